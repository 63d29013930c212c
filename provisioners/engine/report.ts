/**
 * What a run returns and prints: per host, per role, per operation. The same object is the `--json`
 * report, so it holds no secrets (commands are masked, secret diffs are elided before they get here).
 */
import type { FailureKind } from "./errors.js";

export type OpStatus = "ok" | "changed" | "failed" | "skipped";

export interface OperationResult {
  readonly name: string;
  readonly status: OpStatus;
  /** The no-op reason, the change made (or that would be made), or the error. */
  readonly reason: string;
  readonly handler?: boolean;
  /** Unified diff of a file, in check mode and with --diff. */
  readonly diff?: string;
  /** The commands run or, in check mode, that would run; secrets masked. */
  readonly commands?: readonly string[];
  readonly warning?: string;
  readonly error?: { readonly kind: FailureKind; readonly message: string };
  /** Wall time of the operation on its host (its share of a role's gathered facts is counted in the role). */
  readonly seconds?: number;
}

export interface RoleResult {
  readonly name: string;
  readonly status: OpStatus;
  readonly seconds: number;
  readonly roundTrips: number;
  readonly operations: readonly OperationResult[];
}

export interface HostResult {
  readonly name: string;
  readonly address: string;
  readonly status: "ok" | "changed" | "failed";
  readonly ok: number;
  readonly changed: number;
  readonly failed: number;
  readonly skipped: number;
  readonly seconds: number;
  readonly roundTrips: number;
  readonly roles: readonly RoleResult[];
  /** The error that stopped this host, naming the operation when there was one. */
  readonly error?: { readonly kind: FailureKind; readonly message: string; readonly operation?: string };
}

export interface ProvisionReport {
  readonly check: boolean;
  readonly ok: boolean;
  readonly changed: boolean;
  readonly seconds: number;
  readonly hosts: readonly HostResult[];
}

/** Receives progress as it happens; the CLI picks a live or a plain one. */
export interface Reporter {
  /** `roles`: the host's roles in the order they run. */
  hostStart?(host: string, roles?: readonly string[]): void;
  /** A role waits for roles it depends on to finish on other hosts (the hub's NFS client for the NFS server). */
  roleWaiting?(host: string, role: string, waitingFor: readonly string[]): void;
  roleStart?(host: string, role: string): void;
  operationStart?(host: string, role: string, operation: string): void;
  operationDone?(host: string, role: string, result: OperationResult): void;
  hostDone?(result: HostResult): void;
  done?(report: ProvisionReport): void;
}

export function countStatuses(roles: readonly RoleResult[]): Record<OpStatus, number> {
  const counts: Record<OpStatus, number> = { ok: 0, changed: 0, failed: 0, skipped: 0 };
  for (const role of roles) for (const op of role.operations) counts[op.status] += 1;
  return counts;
}

/** host × ok / changed / failed / skipped / seconds / round trips, as aligned text. */
export function formatSummary(report: ProvisionReport): string {
  const header = ["host", "ok", "changed", "failed", "skipped", "seconds", "round trips"];
  const rows = report.hosts.map((h) => [
    h.name,
    String(h.ok),
    String(h.changed),
    String(h.failed),
    String(h.skipped),
    h.seconds.toFixed(1),
    String(h.roundTrips),
  ]);
  const widths = header.map((title, i) => Math.max(title.length, ...rows.map((r) => r[i]!.length)));
  const line = (cells: string[]) => cells.map((c, i) => (i === 0 ? c.padEnd(widths[i]!) : c.padStart(widths[i]!))).join("  ");
  const out = [line(header), ...rows.map(line)];
  const failures = report.hosts.filter((h) => h.error);
  for (const h of failures) out.push("", `✗ ${h.error!.message}`);
  return out.join("\n");
}

/** Round trips per host and role, for the benchmark and --verbose output. */
export function roundTripsByRole(report: ProvisionReport): Array<{ host: string; role: string; roundTrips: number }> {
  return report.hosts.flatMap((h) => h.roles.map((r) => ({ host: h.name, role: r.name, roundTrips: r.roundTrips })));
}

/**
 * The slowest operations of a run, slowest first: `--profile`, and where a slow apply spent its time. A
 * role's gathered facts (the round trip that reads what its operations need) count as an entry of their own:
 * on a run that changes nothing they are all the time there is.
 */
export function slowestOperations(report: ProvisionReport, count = 10): Array<{ host: string; role: string; name: string; status: OpStatus; seconds: number }> {
  return report.hosts
    .flatMap((h) =>
      h.roles.flatMap((r) => {
        const ops = r.operations.map((o) => ({ host: h.name, role: r.name, name: o.name, status: o.status, seconds: o.seconds ?? 0 }));
        const facts = r.seconds - ops.reduce((sum, o) => sum + o.seconds, 0);
        if (facts < 0.05 || r.roundTrips === 0) return ops;
        return [...ops, { host: h.name, role: r.name, name: `reading facts (${r.roundTrips} round trip${r.roundTrips === 1 ? "" : "s"} in all)`, status: "ok" as const, seconds: facts }];
      }),
    )
    .sort((a, b) => b.seconds - a.seconds)
    .slice(0, count);
}
