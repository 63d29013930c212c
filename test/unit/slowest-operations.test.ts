import { describe, expect, it } from "vitest";
import { slowestOperations, type ProvisionReport, type RoleResult } from "../../provisioners/engine/report.js";

function role(name: string, ops: Array<[string, number | undefined]>): RoleResult {
  return {
    name, status: "ok", seconds: 0, roundTrips: 0,
    operations: ops.map(([n, s]) => ({ name: n, status: "ok" as const, reason: "", ...(s === undefined ? {} : { seconds: s }) })),
  };
}

const report: ProvisionReport = {
  check: false, ok: true, changed: true, seconds: 30,
  hosts: [
    { name: "hub", address: "10.0.0.2", status: "changed", ok: 3, changed: 0, failed: 0, skipped: 0, seconds: 20, roundTrips: 3,
      roles: [role("docker", [["install docker", 12.5], ["start docker", 0.4]]), role("base", [["timezone", undefined]])] },
    { name: "nfs", address: "10.0.0.3", status: "ok", ok: 1, changed: 0, failed: 0, skipped: 0, seconds: 5, roundTrips: 1,
      roles: [role("nfs", [["exports", 3.1]])] },
  ],
};

describe("slowestOperations", () => {
  it("lists operations across hosts and roles, slowest first, naming host and role", () => {
    expect(slowestOperations(report, 2)).toEqual([
      { host: "hub", role: "docker", name: "install docker", status: "ok", seconds: 12.5 },
      { host: "nfs", role: "nfs", name: "exports", status: "ok", seconds: 3.1 },
    ]);
  });
  it("counts an operation without a time (an older report) as zero, and defaults to ten", () => {
    const all = slowestOperations(report);
    expect(all).toHaveLength(4);
    expect(all.at(-1)).toMatchObject({ name: "timezone", seconds: 0 });
  });
  it("counts a role's fact gathering (its seconds beyond its operations') as an entry: a no-op run's time is there", () => {
    const noop: ProvisionReport = {
      ...report,
      hosts: [{ ...report.hosts[0]!, roles: [{ ...role("images", [["docker.image course", 0], ["files.directory /x", 0.01]]), seconds: 2.6, roundTrips: 1 }] }],
    };
    expect(slowestOperations(noop, 1)).toEqual([{ host: "hub", role: "images", name: "reading facts (1 round trip in all)", status: "ok", seconds: expect.closeTo(2.59, 5) }]);
  });
});
