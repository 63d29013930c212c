/**
 * Planning logic on the fake connector: which facts are read and in how many round trips, what a plan
 * decides, what check mode sends (nothing but facts), how roles order across hosts. Real behaviour on a
 * real host is the business of test/hosts/.
 */
import { createHash } from "node:crypto";
import { describe, expect, it } from "vitest";
import { FakeConnector, type CannedFact } from "../support/fake-connector.js";
import type { TargetHost } from "../../provisioners/engine/hosts.js";
import { provision } from "../../provisioners/engine/provision.js";
import * as files from "../../provisioners/operations/files.js";
import * as apt from "../../provisioners/operations/apt.js";
import * as filesFacts from "../../provisioners/facts/files.js";
import * as aptFacts from "../../provisioners/facts/apt.js";

const sha = (s: string) => createHash("sha256").update(s).digest("hex");
const host = (name: string, roles: string[]): TargetHost => ({ name, address: "192.0.2.1", user: "root", privateKeyFile: "/dev/null", roles });

function facts(entries: Array<[{ key: string }, CannedFact]>): Map<string, CannedFact> {
  return new Map(entries.map(([f, v]) => [f.key, v]));
}

describe("planning", () => {
  it("gathers a role's facts in one round trip and changes nothing when the host matches", async () => {
    const canned = facts([
      [filesFacts.path("/etc/motd"), { output: `regular file|644|root|root|6\n${sha("hello\n")}` }],
      [filesFacts.path("/srv"), { output: "directory|755|root|root|4096" }],
      [aptFacts.installed(["jq"]), { output: "jq\tii \t1.6" }],
      [aptFacts.listsAge(), { output: "100\n3\n50" }],
      [{ key: 'hubstack.pendingHandlers:["r"]' }, { output: "" }],
    ]);
    const fake = new FakeConnector(canned);
    const report = await provision([host("h", ["r"])], {
      roles: { r: { name: "r", tasks: () => [files.file({ path: "/etc/motd", content: "hello\n" }), files.directory({ path: "/srv" }), apt.packages({ names: ["jq"] })] } },
      connect: () => fake,
    });
    expect(report.hosts[0]).toMatchObject({ ok: 3, changed: 0, failed: 0, roundTrips: 1 });
    expect(report.hosts[0]!.roles[0]!.operations.map((o) => o.reason)).toEqual(["/etc/motd is up to date", "/srv is up to date", "installed: jq"]);
  });

  it("check mode reads facts and the old file for the diff, and sends no change", async () => {
    const canned = facts([
      [filesFacts.path("/etc/motd"), { output: `regular file|644|root|root|4\n${sha("old\n")}` }],
      [{ key: 'hubstack.pendingHandlers:["r"]' }, { output: "" }],
    ]);
    const fake = new FakeConnector(canned);
    const report = await provision([host("h", ["r"])], {
      roles: { r: { name: "r", tasks: () => [files.file({ path: "/etc/motd", content: "new\n" })] } },
      connect: () => fake,
      check: true,
    });
    expect(report.hosts[0]).toMatchObject({ changed: 1, roundTrips: 2 });
    expect(fake.scripts.some((s) => s.includes("mv -f"))).toBe(false);
  });

  it("applies a change and re-reads the next operations' facts in the same round trip", async () => {
    const canned = facts([
      [filesFacts.path("/a"), { output: "absent" }],
      [filesFacts.path("/b"), { output: "absent" }],
      [{ key: 'hubstack.pendingHandlers:["r"]' }, { output: "" }],
    ]);
    const fake = new FakeConnector(canned);
    const report = await provision([host("h", ["r"])], {
      roles: { r: { name: "r", tasks: () => [files.file({ path: "/a", content: "a" }), files.file({ path: "/b", content: "b" })] } },
      connect: () => fake,
    });
    // 1 gather + 1 per changed operation (its commands plus the following facts).
    expect(report.hosts[0]).toMatchObject({ changed: 2, roundTrips: 3 });
    // The change to /a, then the fact /b's operation reads, as the fact itself writes it.
    const applied = fake.scripts[1]!;
    expect(applied).toMatch(/mv -f "\$hs_t" \/a/);
    expect(applied.indexOf(` 0'\n( ${filesFacts.path("/b").script}\n)`)).toBeGreaterThan(applied.search(/mv -f "\$hs_t" \/a/));
  });

  it("runs a server role on every host before a client role that depends on it", async () => {
    const order: string[] = [];
    const mark = (name: string) => ({ name: `mark ${name}`, facts: [], notify: [], idempotent: true, plan: () => (order.push(name), { changed: false as const, reason: "" }) });
    const registry = {
      server: { name: "server", tasks: ({ host: h }: { host: TargetHost }) => [mark(`server@${h.name}`)] },
      client: { name: "client", dependsOn: ["server"], tasks: ({ host: h }: { host: TargetHost }) => [mark(`client@${h.name}`)] },
    };
    await provision([host("hub", ["client"]), host("nfs", ["server"])], {
      roles: registry,
      connect: (h) => new FakeConnector(new Map([[`hubstack.pendingHandlers:["${h.roles[0]}"]`, { output: "" }]]), h),
    });
    expect(order).toEqual(["server@nfs", "client@hub"]);
  });

  it("reads a host's later roles' facts ahead once a role changed nothing: a settled host costs two round trips whatever its roles", async () => {
    const canned = facts([
      [filesFacts.path("/a"), { output: `regular file|644|root|root|1\n${sha("a")}` }],
      [filesFacts.path("/b"), { output: `regular file|644|root|root|1\n${sha("b")}` }],
      [filesFacts.path("/c"), { output: `regular file|644|root|root|1\n${sha("c")}` }],
      ...["r1", "r2", "r3"].map((r): [{ key: string }, CannedFact] => [{ key: `hubstack.pendingHandlers:["${r}"]` }, { output: "" }]),
    ]);
    const roles = {
      r1: { name: "r1", tasks: () => [files.file({ path: "/a", content: "a" })] },
      r2: { name: "r2", tasks: () => [files.file({ path: "/b", content: "b" })] },
      r3: { name: "r3", tasks: () => [files.file({ path: "/c", content: "c" })] },
    };
    const fake = new FakeConnector(canned);
    const report = await provision([host("h", ["r1", "r2", "r3"])], { roles, connect: () => fake });
    expect(report.hosts[0]).toMatchObject({ ok: 3, changed: 0, roundTrips: 2 });
    // The read ahead holds the later roles' facts, not the first role's.
    const ahead = fake.scripts.find((script) => script.includes(filesFacts.path("/b").script))!;
    expect(ahead).toContain(filesFacts.path("/c").script);
    expect(ahead).not.toContain(filesFacts.path("/a").script);

    // A change in the first role (a fresh host): nothing is read ahead, each later role reads its own facts
    // after the change, once.
    const changing = new FakeConnector(facts([...canned].map(([k, v]) => [{ key: k }, k.includes('"/a"') ? { output: "absent" } : v])));
    const changed = await provision([host("h", ["r1", "r2", "r3"])], { roles, connect: () => changing });
    expect(changed.hosts[0]).toMatchObject({ ok: 2, changed: 1 });
    const readsOfC = changing.scripts.filter((script) => script.includes(filesFacts.path("/c").script));
    expect(readsOfC).toHaveLength(1);
    expect(readsOfC[0]).not.toContain(filesFacts.path("/b").script);
  });

  it("names the operation whose handler is missing before connecting anywhere", async () => {
    const fake = new FakeConnector();
    const report = await provision([host("h", ["r"])], {
      roles: { r: { name: "r", tasks: () => [files.file({ path: "/a", content: "a", notify: "restart x" })] } },
      connect: () => fake,
    });
    expect(report.hosts[0]!.error!.message).toBe("h [files.file /a]: notifies restart x, which role r does not define (handlers: none)");
    expect(fake.roundTrips).toBe(0);
  });
});
