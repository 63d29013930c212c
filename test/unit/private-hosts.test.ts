/**
 * The local environment's cloud shape on this machine's real nftables: the table that keeps this machine off
 * the private hosts' SSH is made, made again (the same), changed and removed. A connection through it is
 * refused in the end-to-end run (test/e2e/local.test.ts), where the hosts exist.
 */
import { execFileSync } from "node:child_process";
import { afterAll, describe, expect, it } from "vitest";
import { ensurePrivateHosts, privateTableName, removePrivateHosts } from "../../local/private-hosts.js";
import { silentLog } from "../../local/util.js";

const ENV = `unit-${process.pid}`;
const list = () => execFileSync("nft", ["list", "table", "inet", privateTableName(ENV)], { encoding: "utf8" });
const tables = () => execFileSync("nft", ["list", "tables"], { encoding: "utf8" });

afterAll(() => removePrivateHosts(ENV, silentLog));

describe("private hosts' nft table", () => {
  it("rejects this machine's connections to their port 22 only, idempotently, and goes away", async () => {
    await ensurePrivateHosts(ENV, ["192.0.2.11", "192.0.2.12"], silentLog);
    await ensurePrivateHosts(ENV, ["192.0.2.11", "192.0.2.12"], silentLog);
    const rules = list();
    expect(rules).toMatch(/hook output/);
    expect(rules).toMatch(/ip daddr \{ 192\.0\.2\.11, 192\.0\.2\.12 \} tcp dport 22 reject with tcp reset/);
    expect(rules.match(/reject/g)).toHaveLength(1);

    await ensurePrivateHosts(ENV, ["192.0.2.11"], silentLog);
    expect(list()).not.toMatch(/192\.0\.2\.12/);

    await ensurePrivateHosts(ENV, [], silentLog);
    expect(tables()).not.toContain(privateTableName(ENV));
  });
});
