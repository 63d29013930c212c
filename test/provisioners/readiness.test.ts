/**
 * The readiness wait before provisioning, against a real OpenSSH server on loopback whose port opens only
 * after a delay, like a booting guest: directly, and behind a jump host (where the jump host's channel to the
 * target fails until it is up). And the bound: a host that never answers ends in an error that names the
 * inventory field to raise it.
 */
import { mkdtempSync, rmSync } from "node:fs";
import { createServer, connect, type Server } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startLocalSshd, stopLocalSshd, type TestSshd } from "../../bench/support/local-sshd.js";
import type { TargetHost } from "../../provisioners/engine/hosts.js";
import { awaitHosts } from "../../provisioners/readiness.js";
import { readinessSeconds } from "../../provisioners/phase.js";
import { load, variant } from "../support/environments.js";

let sshd: TestSshd;
let dir: string;
const servers: Server[] = [];

beforeAll(async () => {
  sshd = await startLocalSshd();
  dir = mkdtempSync(join(tmpdir(), "hubstack-readiness-"));
});
afterAll(() => {
  for (const s of servers) s.close();
  if (sshd) stopLocalSshd(sshd);
  if (dir) rmSync(dir, { recursive: true, force: true });
});

/** A port that refuses connections until `afterMs`, then forwards to the sshd: a guest whose sshd starts late. */
async function latePort(afterMs: number): Promise<number> {
  const probe = createServer();
  const port = await new Promise<number>((resolve) => probe.listen(0, "127.0.0.1", () => resolve((probe.address() as { port: number }).port)));
  await new Promise<void>((resolve) => probe.close(() => resolve()));
  setTimeout(() => {
    const server = createServer((client) => {
      const upstream = connect(sshd.port, "127.0.0.1");
      client.pipe(upstream).pipe(client);
      client.on("error", () => upstream.destroy());
      upstream.on("error", () => client.destroy());
    });
    server.listen(port, "127.0.0.1");
    servers.push(server);
  }, afterMs).unref();
  return port;
}

function host(name: string, port: number, jumpHost?: TargetHost): TargetHost {
  return { name, address: "127.0.0.1", port, user: sshd.user, privateKeyFile: sshd.privateKeyFile, hostKey: sshd.hostKey, roles: [], ...(jumpHost ? { jumpHost } : {}) };
}

describe("readiness wait", () => {
  it("waits for a host whose sshd starts late, directly and behind a jump host, saying what it waits for", async () => {
    const said: string[] = [];
    const bastion = host("bastion", sshd.port);
    const [direct, behind] = [await latePort(6000), await latePort(8000)];
    const results = await awaitHosts([bastion, host("hub", direct), host("nfs", behind, bastion)], {
      knownHostsFile: join(dir, "known_hosts"),
      deadlineSeconds: 60,
      say: (l) => said.push(l),
      envName: "test",
      overrideField: "ssh.readyTimeoutSeconds",
    });
    const by = Object.fromEntries(results.map((r) => [r.name, r]));
    expect(by.bastion!.sshSeconds).toBeLessThan(5);
    expect(by.hub!.sshSeconds).toBeGreaterThanOrEqual(5.5);
    expect(by.nfs!.sshSeconds).toBeGreaterThanOrEqual(7.5);
    // This machine has no cloud-init: nothing to wait for.
    expect(results.every((r) => r.cloudInit === "none" || r.cloudInit === "done")).toBe(true);
    expect(said.join("\n")).toMatch(/waiting for hub \(hubtest@127\.0\.0\.1:\d+\) to accept SSH: connection refused/);
    expect(said.join("\n")).toMatch(/waiting for nfs \(hubtest@127\.0\.0\.1:\d+ via bastion\) to accept SSH/);
    expect(said.join("\n")).toMatch(/hub accepts SSH after \d+ s/);
    expect(said.some((l) => l.startsWith("waiting for bastion"))).toBe(false);
  });

  it("gives up at its bound with an error naming the field that raises it", async () => {
    const never = await latePort(3_600_000);
    await expect(
      awaitHosts([host("hub", never)], { knownHostsFile: join(dir, "known_hosts"), deadlineSeconds: 4, say: () => {}, envName: "test", overrideField: "ssh.readyTimeoutSeconds" }),
    ).rejects.toThrow(/hub of env=test did not become reachable within 4 s: .*ECONNREFUSED.*set ssh\.readyTimeoutSeconds/s);
  });

  it("its bound: 600 s for cloud and local hosts, 60 s for static machines, ssh.readyTimeoutSeconds over both", () => {
    expect(readinessSeconds(load("hub-dev"))).toBe(600);
    expect(readinessSeconds(load("local"))).toBe(600);
    expect(readinessSeconds(load("static-example"))).toBe(60);
    expect(readinessSeconds(variant("hub-dev", (e) => (e.ssh.readyTimeoutSeconds = 1200)))).toBe(1200);
  });
});
