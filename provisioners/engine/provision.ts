/**
 * The entry point the CLI calls: provision(hosts, options) → report.
 *
 * Hosts run in parallel up to a concurrency limit. Each host runs its roles in dependency order, and a
 * role waits until every host that has one of the roles it depends on has finished it (the NFS server
 * before its clients). A failing host stops only itself unless failFast is set; every host is reported.
 */
import { ProvisionError } from "./errors.js";
import { FactCache } from "./fact.js";
import { pendingHandlers } from "./handlers.js";
import { describeHost, hostPort, type TargetHost } from "./hosts.js";
import type { Connector } from "./connector.js";
import { countStatuses, type HostResult, type ProvisionReport, type Reporter, type RoleResult } from "./report.js";
import { dependenciesOf, orderRoles, type RoleRegistry } from "./role.js";
import { asProvisionError, runRole, type PreparedRole } from "./runner.js";
import { RunState } from "./state.js";
import { localEnvironment } from "./local-ssh.js";
import { JumpPool, SshConnector, type SshOptions } from "../connectors/ssh.js";

export interface ProvisionOptions<V = unknown> extends Partial<SshOptions> {
  /** Roles by name: the built-in registry when omitted. */
  readonly roles: RoleRegistry;
  /** Passed to every role (the CLI passes the Environment). */
  readonly vars?: V;
  /** Change nothing; report what would change, with diffs of files. */
  readonly check?: boolean;
  /** Show unified diffs of changed files when applying too. */
  readonly diff?: boolean;
  /** Only these hosts (by name). */
  readonly limit?: readonly string[];
  /** Only these roles; dependencies not listed are taken as already done. */
  readonly onlyRoles?: readonly string[];
  /** Stop every host at its next operation once one host failed. */
  readonly failFast?: boolean;
  /** Hosts worked on at once. @default 10 */
  readonly concurrency?: number;
  readonly reporter?: Reporter;
  /** Transport per host; SSH by default. Tests pass the local or fake connector. */
  readonly connect?: (host: TargetHost) => Connector;
}

export async function provision<V>(hosts: readonly TargetHost[], options: ProvisionOptions<V>): Promise<ProvisionReport> {
  const started = performance.now();
  const state = new RunState();
  const reporter = options.reporter ?? {};
  const registry = options.roles;

  // Setup: which hosts, which roles, in which order. Mistakes here are the caller's: thrown, not reported.
  const unknownHosts = (options.limit ?? []).filter((n) => !hosts.some((h) => h.name === n));
  if (unknownHosts.length > 0) throw new Error(`--limit names unknown hosts: ${unknownHosts.join(", ")} (hosts: ${hosts.map((h) => h.name).join(", ")})`);
  const selected = hosts.filter((h) => !options.limit || options.limit.includes(h.name));
  for (const host of selected) {
    const unknown = host.roles.filter((r) => !registry[r]);
    if (unknown.length > 0) throw new Error(`host ${host.name} has roles hubstack does not know: ${unknown.join(", ")} (known: ${Object.keys(registry).join(", ")})`);
  }
  const rolesOf = new Map(
    selected.map((h) => [h.name, orderRoles(h.roles, registry).filter((r) => !options.onlyRoles || options.onlyRoles.includes(r))]),
  );

  // Prepare: build every operation and render every template before connecting anywhere.
  state.advance("prepare");
  const prepared = new Map<string, PreparedRole[]>();
  const prepareErrors = new Map<string, ProvisionError>();
  for (const host of selected) {
    const ctx = { host, hosts, vars: options.vars as V };
    const roles: PreparedRole[] = [];
    for (const name of rolesOf.get(host.name)!) {
      const role = registry[name]!;
      let current = `${name}: building operations`;
      try {
        const operations = role.tasks(ctx);
        const handlers = role.handlers?.(ctx) ?? {};
        for (const op of [...operations, ...Object.values(handlers)]) {
          current = op.name;
          op.prepare?.();
          const unknown = op.notify.filter((h) => !(h in handlers));
          if (unknown.length > 0) throw new Error(`notifies ${unknown.join(", ")}, which role ${name} does not define (handlers: ${Object.keys(handlers).join(", ") || "none"})`);
        }
        roles.push({ name, operations, handlers });
      } catch (err) {
        prepareErrors.set(host.name, asProvisionError(err, host.name, current));
        break;
      }
    }
    prepared.set(host.name, roles);
  }

  // Execute. A role's barrier resolves when every selected host with that role has finished it.
  state.advance("execute");
  const barriers = new Map<string, { pending: number; failed: string[]; changed: boolean; done: Promise<void>; resolve: () => void }>();
  for (const roles of rolesOf.values()) {
    for (const role of roles) {
      let b = barriers.get(role);
      if (!b) {
        let resolve!: () => void;
        const done = new Promise<void>((r) => (resolve = r));
        b = { pending: 0, failed: [], changed: false, done, resolve };
        barriers.set(role, b);
      }
      b.pending += 1;
    }
  }
  const finishRole = (role: string, host: string, ok: boolean, changed = false) => {
    const b = barriers.get(role)!;
    if (!ok) b.failed.push(host);
    if (changed) b.changed = true;
    if (--b.pending === 0) b.resolve();
  };

  let aborted = false;
  const slots = new Semaphore(options.concurrency ?? 10);
  const jumps = options.connect ? undefined : new JumpPool(sshOptions(options));
  const connectorFor = options.connect ?? ((host: TargetHost) => new SshConnector(host, sshOptions(options), jumps));

  const runHost = async (host: TargetHost): Promise<HostResult> => {
    const hostStarted = performance.now();
    const roleNames = rolesOf.get(host.name)!;
    const roleResults: RoleResult[] = [];
    const connector = connectorFor(host);
    let error: ProvisionError | undefined = prepareErrors.get(host.name);
    let connected = false;
    reporter.hostStart?.(host.name, roleNames);
    const roles = prepared.get(host.name)!;
    const cache = hostCaches.get(host.name)!;
    // The facts of the host's later roles, read in one round trip once a role changed nothing (below): a
    // settled host then costs two round trips whatever its roles, read while the hub waits for the NFS server.
    let readAhead: Promise<void> = Promise.resolve();
    let readingAhead = false;
    for (const [i, name] of roleNames.entries()) {
      const role = roles[i];
      if (error || !role) {
        roleResults.push(skippedRole(name, roles[i]?.operations.map((o) => o.name) ?? [], error ? `not run: ${error.message}` : "not run"));
        finishRole(name, host.name, false);
        continue;
      }
      // Wait for the roles this one depends on, on every host, without holding a slot meanwhile.
      const deps = [...dependenciesOf(name, registry)].filter((d) => barriers.has(d) && !roleNames.includes(d));
      const unfinished = deps.filter((d) => barriers.get(d)!.pending > 0);
      const onHosts = (d: string) => [...rolesOf].filter(([, rs]) => rs.includes(d)).map(([h]) => h).join(", ");
      if (unfinished.length > 0) reporter.roleWaiting?.(host.name, name, unfinished.map((d) => `${d} on ${onHosts(d)}`));
      await Promise.all(deps.map((d) => barriers.get(d)!.done));
      // A role another host changed may have changed what this host's facts say (facts read ahead among them).
      if (deps.some((d) => barriers.get(d)!.changed)) cache.clear();
      await readAhead;
      const failedDeps = deps.flatMap((d) => barriers.get(d)!.failed.map((h) => `${d} on ${h}`));
      if (failedDeps.length > 0) {
        error = new ProvisionError("dependency-failed", host.name, `role ${name} needs ${failedDeps.join(", ")}, which failed`, name);
        roleResults.push(skippedRole(name, role.operations.map((o) => o.name), `not run: ${error.message}`));
        finishRole(name, host.name, false);
        continue;
      }
      await slots.acquire();
      try {
        if (!connected) {
          try {
            await connector.connect();
            connected = true;
          } catch (err) {
            error = asProvisionError(err, host.name, "connecting");
            roleResults.push(skippedRole(name, role.operations.map((o) => o.name), `not run: ${error.message}`));
            finishRole(name, host.name, false);
            continue;
          }
        }
        const { result, error: roleError } = await runRole(
          {
            connector,
            cache,
            check: options.check ?? false,
            diff: options.diff ?? false,
            reporter,
            localEnv: localEnvironment(host, options.knownHostsFile),
            isAborted: () => aborted,
          },
          role,
        );
        roleResults.push(result);
        // A role that changed nothing: the host is likely settled, and its later roles' facts are read now in
        // one batch, while the next role waits for another host's (a fresh host, where they would all be read
        // again after its changes, reads none ahead).
        if (!readingAhead && !roleError && result.status === "ok") {
          readingAhead = true;
          const later = roles.slice(i + 1).filter((r): r is PreparedRole => r !== undefined);
          if (later.length > 1) readAhead = cache.prefetch((script) => connector.exec(script), later.flatMap((r) => [...r.operations.flatMap((op) => op.facts), pendingHandlers(r.name)]));
        }
        if (roleError) {
          error = roleError;
          if (options.failFast) aborted = true;
        }
        finishRole(name, host.name, !roleError, result.status === "changed");
      } finally {
        slots.release();
      }
    }
    if (connected) await connector.close().catch(() => undefined);
    const counts = countStatuses(roleResults);
    const result: HostResult = {
      name: host.name,
      address: describeHost(host),
      status: error ? "failed" : counts.changed > 0 ? "changed" : "ok",
      ...counts,
      seconds: (performance.now() - hostStarted) / 1000,
      roundTrips: connector.roundTrips,
      roles: roleResults,
      ...(error ? { error: { kind: error.kind, message: error.message, ...(error.operation ? { operation: error.operation } : {}) } } : {}),
    };
    reporter.hostDone?.(result);
    return result;
  };

  const hostCaches = new Map(selected.map((h) => [h.name, new FactCache()]));
  const results = await Promise.all(selected.map(runHost));
  state.advance("disconnect");
  await jumps?.closeAll();
  state.advance("done");

  const report: ProvisionReport = {
    check: options.check ?? false,
    ok: results.every((r) => r.status !== "failed"),
    changed: results.some((r) => r.changed > 0),
    seconds: (performance.now() - started) / 1000,
    hosts: results,
  };
  reporter.done?.(report);
  return report;
}

function skippedRole(name: string, operations: readonly string[], reason: string): RoleResult {
  return { name, status: "skipped", seconds: 0, roundTrips: 0, operations: operations.map((op) => ({ name: op, status: "skipped", reason })) };
}

function sshOptions(options: Partial<SshOptions>): SshOptions {
  if (!options.knownHostsFile) throw new Error("provision needs knownHostsFile (the environment's known_hosts) to connect over SSH");
  return options as SshOptions;
}

class Semaphore {
  private waiting: Array<() => void> = [];
  constructor(private free: number) {}
  async acquire(): Promise<void> {
    if (this.free > 0) {
      this.free -= 1;
      return;
    }
    await new Promise<void>((resolve) => this.waiting.push(resolve));
  }
  release(): void {
    const next = this.waiting.shift();
    if (next) next();
    else this.free += 1;
  }
}
