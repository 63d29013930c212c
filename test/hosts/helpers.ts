/** Shared by the host tests: converge operations as a throwaway role, snapshot host state, reset it. */
import { join } from "node:path";
import { expect, inject } from "vitest";
import { SshConnector } from "../../provisioners/connectors/ssh.js";
import type { TargetHost } from "../../provisioners/engine/hosts.js";
import type { Operation } from "../../provisioners/engine/operation.js";
import { provision, type ProvisionOptions } from "../../provisioners/engine/provision.js";
import type { ProvisionReport } from "../../provisioners/engine/report.js";

export const testHost = () => inject("testHost");

export function target(overrides: Partial<TargetHost> = {}): TargetHost {
  const h = testHost();
  return { name: "testhost", address: h.address, port: h.port, user: h.user, privateKeyFile: h.privateKeyFile, roles: ["t"], hostKey: h.hostKey, ...overrides };
}

export const knownHostsFile = () => join(testHost().dir, "known_hosts");

/** Runs `ops` (and `handlers`) as one role on the test host. */
export async function converge(
  ops: () => Operation[],
  options: Partial<ProvisionOptions> & { handlers?: () => Record<string, Operation> } = {},
  host: TargetHost = target(),
): Promise<ProvisionReport> {
  const { handlers, ...rest } = options;
  return provision([host], {
    roles: { t: { name: "t", tasks: ops, ...(handlers ? { handlers } : {}) } },
    knownHostsFile: knownHostsFile(),
    connectRetries: 0,
    ...rest,
  });
}

export function counts(report: ProvisionReport) {
  const h = report.hosts[0]!;
  return { ok: h.ok, changed: h.changed, failed: h.failed, error: h.error?.message };
}

/** Runs a script as root on the test host over SSH and returns its stdout. */
export async function onHost(script: string): Promise<string> {
  const c = new SshConnector(target(), { knownHostsFile: knownHostsFile(), connectRetries: 0 });
  await c.connect();
  try {
    const r = await c.exec(script);
    if (r.code !== 0) throw new Error(`on host: ${script}\n${r.stderr}`);
    return r.stdout;
  } finally {
    await c.close();
  }
}

/**
 * The converge contract for one set of operations: check mode changes nothing (the snapshot is identical)
 * and reports changes; the first apply changes; the second apply and a second check change nothing.
 */
/** The changed and failed operations, for assertion messages. */
export function explain(report: ProvisionReport): string {
  return operations(report)
    .filter((o) => o.status === "changed" || o.status === "failed")
    .map((o) => `${o.name}: ${o.status}: ${o.reason}`)
    .join("\n");
}

export async function expectConverges(ops: () => Operation[], snapshot: string, options: Parameters<typeof converge>[1] = {}) {
  const before = await onHost(snapshot);
  const check = await converge(ops, { ...options, check: true });
  expect(counts(check), explain(check)).toMatchObject({ failed: 0 });
  expect(check.hosts[0]!.changed).toBeGreaterThan(0);
  expect(await onHost(snapshot), "check mode changed the host").toBe(before);

  const first = await converge(ops, options);
  expect(counts(first), explain(first)).toMatchObject({ failed: 0 });
  expect(first.hosts[0]!.changed).toBeGreaterThan(0);

  const second = await converge(ops, options);
  expect(counts(second), explain(second)).toEqual({ ok: second.hosts[0]!.ok, changed: 0, failed: 0, error: undefined });
  const after = await onHost(snapshot);
  const recheck = await converge(ops, { ...options, check: true });
  expect(recheck.hosts[0]!.changed, explain(recheck)).toBe(0);
  expect(await onHost(snapshot), "check mode changed the host").toBe(after);
  return { check, first, second };
}

/** Every operation result of a report, flattened. */
export function operations(report: ProvisionReport) {
  return report.hosts.flatMap((h) => h.roles.flatMap((r) => r.operations));
}
