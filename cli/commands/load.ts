/**
 * `npm run load -- env=NAME --users N [--duration S] [--concurrency C] [--json]`: the built-in load test. N
 * simulated users visit the environment's hub at once, the way the health check's user does (log in, a server,
 * a kernel running code, stop, delete); it prints how many completed and the p50/p95/max of each phase, and
 * writes a JSON report and an SVG timeline to `.state/<env>/load/<UTC timestamp>.{json,svg}`.
 *
 * The hub is found and reached exactly as `npm run check` does (hubTargetOf: its URL, the address to connect
 * to, the local ACME root, the dummy password or HUBSTACK_CHECK_TOKEN): no traffic goes anywhere else. Ctrl-C
 * stops the ramp and cleans up (servers stopped, users deleted); a second Ctrl-C leaves at once, naming the
 * users that may remain.
 */
import { randomBytes } from "node:crypto";
import { join } from "node:path";
import { RunError, UsageError } from "../../environment/errors.js";
import { registerSecrets } from "../../environment/output.js";
import { shownPath, stateDirOf } from "../../terraform/paths.js";
import { cloudHosts, hostTimeouts, hubTargetOf } from "./check.js";
import { loadEnv, runContext, type CommonOptions } from "./context.js";
import type { RunContext } from "../../terraform/stack.js";
import type { Environment } from "../../environment/schema.js";
import type { TargetHost } from "../../provisioners/engine/hosts.js";
import type { LoadTestResult } from "../../health/index.js";

export interface LoadOptions extends CommonOptions {
  readonly env: string;
  /** As typed on the command line (a string) or as a number (callers, tests). */
  readonly users?: string | number;
  readonly duration?: string | number;
  readonly concurrency?: string | number;
  /** Run even when more servers would run at once than the hub's memory is sized for. */
  readonly force?: boolean;
  /** Stops the run as Ctrl-C does (tests); the command also listens for SIGINT and SIGTERM. */
  readonly signal?: AbortSignal;
}

export interface LoadSummary extends LoadTestResult {
  readonly env: string;
  readonly ok: boolean;
  /** The report and the chart, as paths from the project root. */
  readonly report: string;
  readonly chart: string;
  /** The hub's memory while the run lasted, when it could be read over SSH. */
  readonly hubMemory?: { startUsedMiB: number; usedMiB: number; totalMiB: number; servers: number; meanServerMiB: number | null; maxServerMiB: number | null };
}

/** A whole number (or, for seconds, a decimal) from the command line, or a UsageError naming the flag. */
function numberOf(flag: string, value: string | number | undefined, integer: boolean): number | undefined {
  if (value === undefined) return undefined;
  const n = typeof value === "number" ? value : /^\s*\d+(\.\d+)?\s*$/.test(value) ? Number(value) : NaN;
  if (!Number.isFinite(n) || (integer && !Number.isInteger(n))) {
    throw new UsageError(`--${flag} takes ${integer ? "a whole number" : "a number of seconds"} (got ${JSON.stringify(String(value))}), e.g. --${flag} ${integer ? 10 : 300}`);
  }
  return n;
}

export async function load(options: LoadOptions): Promise<LoadSummary> {
  const { checkLoadSize, runLoadTest, writeLoadReport, formatSummary, DEFAULT_TIMEOUTS, DEFAULT_CONCURRENCY } = await import("../../health/index.js");
  // The size is checked before anything else: a mistake here never loads an environment or reaches a hub.
  const users = numberOf("users", options.users, true);
  if (users === undefined) throw new UsageError(`load needs the number of simulated users: npm run load -- env=${options.env} --users N (1 to 200)`);
  const concurrency = numberOf("concurrency", options.concurrency, true);
  const durationSeconds = numberOf("duration", options.duration, false);
  checkLoadSize({ users, concurrency, durationSeconds });

  const ctx = runContext(options);
  const { output } = ctx;
  const env = loadEnv(options.env, ctx);
  const target = hubTargetOf(env, ctx.paths, env.target === "openstack" ? await cloudHosts(env, ctx, "the load test") : undefined);
  if (!target) throw new UsageError(`env=${env.name} has no hub (no host with the proxy-tls role): there is nothing to load`);
  if (target.apiToken) registerSecrets([target.apiToken]); // never printed, never in the report: masked if it ever were

  const hubHost = await checkHubSizing(env, ctx, target.hostName, Math.min(users, concurrency ?? DEFAULT_CONCURRENCY), options.force ?? false);

  const timeouts = hostTimeouts(env, DEFAULT_TIMEOUTS);
  const spawnSeconds = timeouts.spawnSeconds;
  const runId = randomBytes(3).toString("hex");
  output.step(
    `Load test of ${target.url} ` +
      (target.connectAddress ? `(at ${target.connectAddress}, ${target.connectAddressIs ?? "given"}) ` : "") +
      `with ${users} users (hubstack-load-${runId}-1 to -${users}), ${Math.min(users, concurrency ?? DEFAULT_CONCURRENCY)} starting at once` +
      (durationSeconds !== undefined ? `, running code for ${durationSeconds} s` : "") +
      `; each server may take ${spawnSeconds} s to start. Ctrl-C stops it and cleans up.`,
  );

  // Ctrl-C: stop starting users and clean up; a second one (not the echo of the first through npm and tsx) leaves.
  const abort = new AbortController();
  options.signal?.addEventListener("abort", () => abort.abort(), { once: true });
  let firstSignalAt = 0;
  const onSignal = (signal: NodeJS.Signals) => {
    const now = Date.now();
    if (!abort.signal.aborted) {
      firstSignalAt = now;
      output.warn(`${signal} received: no more users start; stopping their servers and deleting them (Ctrl-C again to leave at once)`);
      abort.abort();
    } else if (now - firstSignalAt > 1_000) {
      output.warn(`leaving without cleaning up: users of this run (hubstack-load-${runId}-1 to -${users}) may remain on the hub, with their servers`);
      process.exit(130);
    }
  };
  process.on("SIGINT", onSignal);
  process.on("SIGTERM", onSignal);

  // The hub's memory every 30 s over SSH while the run lasts (the benchmark's memory figures); a hub that
  // cannot be read is named and the run goes on.
  const { sampleMemory, peakOf } = await import("../../health/sizing.js");
  const sampler = hubHost
    ? await sampleMemory(hubHost.host, hubHost.knownHostsFile).catch((err: Error) => {
        output.warn(`the hub's memory will not be reported: ${err.message.split("\n")[0]}`);
        return undefined;
      })
    : undefined;
  let result: LoadTestResult;
  try {
    result = await runLoadTest({
      hubUrl: target.url,
      users,
      ...(concurrency !== undefined ? { concurrency } : {}),
      ...(durationSeconds !== undefined ? { durationSeconds } : {}),
      ...(target.connectAddress ? { connectAddress: target.connectAddress } : {}),
      ...(target.caFile ? { caFile: target.caFile } : {}),
      ...(target.password ? { password: target.password } : {}),
      ...(target.apiToken ? { apiToken: target.apiToken } : {}),
      timeouts,
      runId,
      signal: abort.signal,
      log: (line) => output.info(line),
    });
  } finally {
    process.off("SIGINT", onSignal);
    process.off("SIGTERM", onSignal);
  }
  const readings = sampler ? await sampler.stop() : [];
  const idle = readings[0];
  const peak = peakOf(readings);

  const { report: reportFile, chart: chartFile } = await writeLoadReport(join(stateDirOf(ctx.paths, env.name), "load"), result, {
    env: env.name,
    title: `hubstack load test of env=${env.name} (${result.runId})`,
  });

  for (const line of formatSummary(result)) output.info(line);
  if (peak && idle) {
    output.info(
      `Hub memory (every 30 s, ${readings.length} readings): ${idle.usedMiB} MiB in use at the start, at most ${peak.usedMiB} of ${peak.totalMiB} MiB` +
        (peak.servers ? ` with ${peak.servers} servers running (per server: mean ${peak.meanServerMiB} MiB, largest ${peak.maxServerMiB} MiB)` : ""),
    );
  }
  if (result.remainingUsers.length) {
    output.warn(
      target.apiToken
        ? `${result.remainingUsers.length} users could not be deleted and remain on the hub: ${result.remainingUsers.join(", ")}`
        : `${result.remainingUsers.length} users stay in the hub's user list (their servers are stopped): deleting users takes a hub API token ` +
            `with the scopes admin:users, admin:servers and access:servers in HUBSTACK_CHECK_TOKEN`,
    );
  }
  output.info(`Report: ${shownPath(ctx.paths, reportFile)}`);
  output.info(`Chart:  ${shownPath(ctx.paths, chartFile)}`);

  const ok = result.failed === 0 && result.cancelled === 0 && !result.error;
  const summary: LoadSummary = {
    env: env.name,
    ok,
    ...result,
    ...(peak && idle ? { hubMemory: { startUsedMiB: idle.usedMiB, ...peak } } : {}),
    report: shownPath(ctx.paths, reportFile),
    chart: shownPath(ctx.paths, chartFile),
  };
  if (output.json) output.result(summary);
  if (result.interrupted) throw new RunError(`the load test of env=${env.name} was interrupted: ${result.completed} of ${users} users completed; what it started was cleaned up`);
  if (!ok) {
    throw new RunError(
      `the load test of env=${env.name} failed: ${result.failed} of ${users} users failed` +
        (result.failureReasons[0] ? ` (first reason: ${result.failureReasons[0].reason})` : ""),
    );
  }
  return summary;
}

/**
 * Refuses, before any user exists, a run that would hold more servers at once than the hub's memory is sized
 * for (health/sizing.ts says how it counts); --force runs it anyway. A hub whose memory cannot be read is
 * named in a warning and the run goes on: the sizing is a guard, not a prerequisite.
 */
async function checkHubSizing(env: Environment, ctx: RunContext, hub: string, atOnce: number, force: boolean): Promise<{ host: TargetHost; knownHostsFile: string } | undefined> {
  const { readMemTotalMiB, serverCapacity, memoryFor, SERVER_MIB, HUB_RESERVE_MIB } = await import("../../health/sizing.js");
  const { existingHosts } = await import("./provision.js");
  const { toTargetHosts, knownHostsFileOf } = await import("../../provisioners/phase.js");
  let memTotal: number;
  let found: { host: TargetHost; knownHostsFile: string };
  try {
    const host = toTargetHosts(env, await existingHosts(env, ctx), ctx.paths).find((h) => h.name === hub);
    if (!host) throw new Error(`${hub} is not among the machines the state of env=${env.name} knows; apply first`);
    found = { host, knownHostsFile: knownHostsFileOf(ctx.paths, env.name) };
    memTotal = await readMemTotalMiB(found.host, found.knownHostsFile);
  } catch (err) {
    ctx.output.warn(`the hub's memory could not be read (${(err as Error).message.split("\n")[0]}): the run's size is not checked against it`);
    return undefined;
  }
  const capacity = serverCapacity(memTotal);
  const sizing = `${hub} has ${memTotal} MiB: ${HUB_RESERVE_MIB} MiB for the hub itself and ${SERVER_MIB} MiB per server hold ${capacity} servers at once`;
  if (atOnce <= capacity) {
    ctx.output.info(`Sizing: ${sizing}; this run starts ${atOnce} at once`);
    return found;
  }
  const fix =
    env.target === "local"
      ? // The guest's kernel keeps ~150 MiB of memoryMiB for itself (3072 gives MemTotal 2918).
        `give ${hub} memoryMiB: ${Math.ceil((memoryFor(atOnce) + 256) / 256) * 256} or more in inventory/${env.name}.yaml and apply`
      : `give ${hub} a flavor with ${memoryFor(atOnce)} MiB or more and apply`;
  if (force) {
    ctx.output.warn(`--force: ${atOnce} servers at once is more than the hub is sized for (${sizing}); the hub may swap or kill processes`);
    return found;
  }
  throw new UsageError(
    `--users ${atOnce} at once is more than env=${env.name}'s hub is sized for: ${sizing}. ` +
      `Run at most ${capacity} at once (--concurrency ${capacity}), ${fix}, or add --force to run it anyway.`,
  );
}
