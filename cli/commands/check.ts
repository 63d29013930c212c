/**
 * `npm run check -- env=NAME`, and the last step of every apply: a real user's visit to the hub through its
 * front door (login, a server, a kernel running code, a file that survives a restart), timed step by step.
 *
 * Where the hub is: https://<hub hostname>. The local environment's hub has a name no DNS knows, so the
 * check connects to the hub VM's address and trusts the root of the environment's own ACME server (pebble);
 * a static hub is reached at its inventory address too. A cloud hub is reached at its floating IP from the
 * stack's outputs, its name sent as SNI and Host, so that the check works before its DNS record resolves here
 * (a fresh zone, split DNS, a CI runner); through DNS only when the outputs cannot be read.
 */
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import type { Environment } from "../../environment/schema.js";
import { RunError, UsageError } from "../../environment/errors.js";
import { localAcme } from "../../local/environment.js";
import type { Output } from "../../environment/output.js";
import { stateDirOf, type ProjectPaths } from "../../terraform/paths.js";
import { ensureStateDir } from "../../terraform/records.js";
import { hubHostname } from "../../environment/names.js";
import { slowness, spawnTimeouts } from "../../provisioners/roles/jupyterhub/config-vars.js";
import type { HealthCheckTimeouts } from "../../health/index.js";
import { loadEnv, runContext, type CommonOptions } from "./context.js";
import type { Host } from "../../environment/hosts.js";
import { openStack, readHosts, type RunContext } from "../../terraform/stack.js";
import { PROMETHEUS_PORT, prometheusHost } from "../../environment/metrics.js";
import type { MetricsReport } from "../../health/metrics.js";

export interface CheckOptions extends CommonOptions {
  readonly env: string;
}

/** What the health check needs to know about an environment's hub. */
export interface HubTarget {
  /** The inventory's name of the host that serves the hub (its proxy-tls role). */
  readonly hostName: string;
  readonly url: string;
  readonly connectAddress?: string;
  /** What connectAddress is, for the reader ("the hub's floating IP"). */
  readonly connectAddressIs?: string;
  readonly caFile?: string;
  readonly password?: string;
  readonly apiToken?: string;
}

export function hubTargetOf(env: Environment, paths: ProjectPaths, hosts?: readonly Host[]): HubTarget | undefined {
  const hubEntry = Object.entries(env.hosts).find(([, h]) => h.enabled && h.roles.includes("proxy-tls"));
  if (!hubEntry) return undefined;
  const [hubName, hub] = hubEntry;
  const authenticator = env.hub.jupyterhub.authenticator;
  const apiToken = process.env.HUBSTACK_CHECK_TOKEN;
  if (authenticator.type !== "dummy" && !apiToken) {
    throw new UsageError(
      `the health check of env=${env.name} cannot log in through the ${authenticator.type} authenticator: ` +
        `give it a hub API token with the scopes admin:users, admin:servers and access:servers in HUBSTACK_CHECK_TOKEN`,
    );
  }
  const local = env.target === "local" ? localAcme(env, stateDirOf(paths, env.name)) : undefined;
  return {
    hostName: hubName,
    url: `https://${hubHostname(env)}`,
    ...connectAddressOf(env, hub.address, hosts?.find((h) => h.name === hubName)),
    ...(local && existsSync(local.issuerRootFile) ? { caFile: local.issuerRootFile } : {}),
    ...(authenticator.type === "dummy" && authenticator.password ? { password: authenticator.password } : {}),
    ...(apiToken ? { apiToken } : {}),
  };
}

/** Where the check connects: the inventory's address (local, static), the floating IP (openstack), or DNS (none). */
function connectAddressOf(env: Environment, inventoryAddress: string | undefined, host: Host | undefined): Pick<HubTarget, "connectAddress" | "connectAddressIs"> {
  if (env.target !== "openstack") return inventoryAddress ? { connectAddress: inventoryAddress, connectAddressIs: "the hub's address" } : {};
  if (host?.publicAddress) return { connectAddress: host.publicAddress, connectAddressIs: "the hub's floating IP" };
  return {};
}

export interface CheckResult {
  readonly env: string;
  readonly ok: boolean;
  readonly url?: string;
  readonly steps: { name: string; ok: boolean; seconds: number; detail?: string }[];
  readonly error?: string;
  /** With a metrics section: Prometheus's targets and alerts, or why they could not be read (never a failure). */
  readonly metrics?: MetricsReport | { readonly error: string };
}

/**
 * Where the hub is and how to reach it from this machine, for the closing lines of `apply` and `check`: its
 * name may not resolve here (a local bridge, a fresh DNS zone), its certificate may come from a local ACME
 * server, and a newcomer needs to know how to log in.
 */
export function hubAccessLines(env: Environment, target: HubTarget): string[] {
  const name = hubHostname(env);
  const lines = [`The hub: ${target.url}`];
  if (target.connectAddress) {
    lines.push(
      env.target === "openstack"
        ? `  until its DNS record resolves where you are, add "${target.connectAddress} ${name}" to /etc/hosts, or`
        : `  its name resolves only where you make it: add "${target.connectAddress} ${name}" to /etc/hosts, or`,
      `  curl --resolve ${name}:443:${target.connectAddress}${target.caFile ? ` --cacert ${target.caFile}` : ""} ${target.url}/hub/login`,
    );
  }
  if (target.caFile) lines.push(`  its certificate comes from the local ACME server (pebble): trust ${target.caFile}`);
  const auth = env.hub.jupyterhub.authenticator;
  const login: Record<typeof auth.type, string> = {
    dummy: auth.type === "dummy" && auth.password
      ? "any user name, with the shared password (hub.jupyterhub.authenticator.password in the secrets file)"
      : "any user name and any password (the dummy authenticator: for test beds only)",
    pam: "a Unix account of the hub host",
    native: "sign up at /hub/signup; an admin authorizes new users",
    github: "your GitHub account (the allowed organizations and users)",
    "generic-oauth": "your account at the OAuth provider",
  };
  lines.push(`  log in with: ${login[auth.type]}`);
  return lines;
}

/**
 * The check's and the load test's waits, sized for the host: the server as long as the hub lets it start and
 * answer (plus a margin), the kernel, a stop and each request scaled by how slow the guest may be (a kernel
 * under TCG took over 60 s to open its websocket with ten servers starting beside it).
 */
export function hostTimeouts(env: Environment, base: HealthCheckTimeouts): HealthCheckTimeouts {
  const k = slowness(env);
  return {
    ...base,
    spawnSeconds: checkSpawnSeconds(env, base.spawnSeconds),
    kernelSeconds: base.kernelSeconds * k,
    stopSeconds: base.stopSeconds * k,
    requestSeconds: base.requestSeconds * k,
  };
}

/** How long the check waits for its server: the hub's start and answer timeouts plus a margin, never less than `floor`. */
export function checkSpawnSeconds(env: Environment, floor: number): number {
  const { startSeconds, httpSeconds } = spawnTimeouts(env);
  return Math.max(floor, startSeconds + httpSeconds + 30);
}

/** The one account every check of an environment uses: one user on the hub, never a new one per check. */
export const CHECK_USER = "hubstack-check";

/** What the last check left in CHECK_USER's home, kept in the state folder for the next check. */
interface CheckRecord {
  url: string;
  username: string;
  token: string;
  writtenAt: string;
  /** The server (and kernel) that check left running, for an apply that changes nothing. */
  kept?: { kernelId?: string };
}

const checkRecordPath = (paths: ProjectPaths, env: Environment) => join(stateDirOf(paths, env.name), "health-check.json");

function readCheckRecord(paths: ProjectPaths, env: Environment, url: string): CheckRecord | undefined {
  try {
    const r = JSON.parse(readFileSync(checkRecordPath(paths, env), "utf8")) as CheckRecord;
    if (r.kept?.kernelId !== undefined && !/^[0-9a-f-]{36}$/.test(r.kept.kernelId)) delete r.kept;
    return r.url === url && r.username === CHECK_USER && /^[0-9a-f]{32}$/.test(r.token) ? r : undefined;
  } catch {
    return undefined;
  }
}

export interface RunCheckOptions {
  /**
   * The apply that ends with this check changed nothing (no resource, no operation): the server and kernel the
   * previous check left running are used as they are. `npm run check` never passes this: it proves a start.
   */
  readonly unchanged?: boolean;
}

/**
 * Runs the check and prints each step; throws a RunError naming the failed step. Where the hub stops idle
 * servers (hub.jupyterhub.cullIdleSeconds), the check leaves its server running for the next one.
 */
export async function runCheck(env: Environment, paths: ProjectPaths, output: Output, hosts?: readonly Host[], options: RunCheckOptions = {}): Promise<CheckResult> {
  const target = hubTargetOf(env, paths, hosts);
  if (!target) {
    output.info(`env=${env.name} has no hub (no host with the proxy-tls role): nothing to check`);
    return { env: env.name, ok: true, steps: [] };
  }
  const { runHealthCheck, DEFAULT_TIMEOUTS } = await import("../../health/index.js");
  output.step(
    `Health check of ${target.url} ` +
      (target.connectAddress ? `(at ${target.connectAddress}, ${target.connectAddressIs ?? "given"}; the name sent as SNI and Host)` : "(through DNS: the stack's outputs give no floating IP for the hub)"),
  );
  const previous = readCheckRecord(paths, env, target.url);
  const keepServer = env.hub.jupyterhub.cullIdleSeconds > 0;
  const result = await runHealthCheck({
    hubUrl: target.url,
    username: CHECK_USER,
    keepFile: true,
    keepServer,
    ...(options.unchanged && previous?.kept ? { reuse: previous.kept } : {}),
    ...(previous ? { previous: { token: previous.token, writtenAt: previous.writtenAt } } : {}),
    ...(target.connectAddress ? { connectAddress: target.connectAddress } : {}),
    ...(target.caFile ? { caFile: target.caFile } : {}),
    ...(target.password ? { password: target.password } : {}),
    ...(target.apiToken ? { apiToken: target.apiToken } : {}),
    // The check waits as long as the hub itself lets a server start and answer (sized for the host), and a little more.
    timeouts: hostTimeouts(env, DEFAULT_TIMEOUTS),
    log: (line) => output.info(line),
  });
  // The token of the file now in the home (also after a failure that came later): the next check looks for it.
  if (result.written) {
    ensureStateDir(paths, env.name);
    const record: CheckRecord = { url: target.url, username: CHECK_USER, ...result.written, ...(result.kept ? { kept: result.kept } : {}) };
    writeFileSync(checkRecordPath(paths, env), `${JSON.stringify(record, null, 2)}\n`, { mode: 0o600 });
  }
  const summary: CheckResult = { env: env.name, ok: result.ok, url: target.url, steps: result.steps, ...(result.error ? { error: result.error } : {}) };
  if (!result.ok) {
    const hint = result.error?.startsWith('step "find previous file"')
      ? `; if the homes were emptied on purpose, remove ${checkRecordPath(paths, env)} and the next check starts afresh`
      : "";
    throw new RunError(`the health check of env=${env.name} failed: ${result.error ?? "a step failed"}${hint}`);
  }
  output.info(`Health check passed in ${result.totalSeconds.toFixed(1)} s`);
  for (const line of hubAccessLines(env, target)) output.info(line);
  return summary;
}

/**
 * The hosts from the stack's outputs (the hub's floating IP), for commands that reach a cloud hub (`what`:
 * "the check", "the load test"); none when they cannot be read, and the command goes through DNS.
 */
export async function cloudHosts(env: Environment, ctx: RunContext, what = "the check"): Promise<Host[] | undefined> {
  try {
    return await readHosts(await openStack(env, ctx));
  } catch (err) {
    ctx.output.warn(`cannot read the hub's address from the state of env=${env.name} (${(err as Error).message.split("\n")[0]}): ${what} goes through DNS`);
    return undefined;
  }
}

export async function check(options: CheckOptions): Promise<CheckResult> {
  const ctx = runContext(options);
  const env = loadEnv(options.env, ctx);
  let metrics: CheckResult["metrics"];
  let result: CheckResult;
  try {
    result = await runCheck(env, ctx.paths, ctx.output, env.target === "openstack" ? await cloudHosts(env, ctx) : undefined);
  } finally {
    // Also after a failed check, when the metrics may say why; they never change the exit code (health/metrics.ts).
    metrics = await reportMetrics(env, ctx);
  }
  const withMetrics: CheckResult = metrics ? { ...result, metrics } : result;
  if (ctx.output.json) ctx.output.result(withMetrics);
  return withMetrics;
}

/**
 * With a metrics section: Prometheus on the bastion asked over SSH for its targets and alerts, printed; a target
 * down, a firing alert or an unreachable Prometheus is a warning, never a failure (see health/metrics.ts).
 */
export async function reportMetrics(env: Environment, ctx: RunContext): Promise<CheckResult["metrics"]> {
  const bastionName = prometheusHost(env);
  if (!bastionName) return undefined;
  const { queryPrometheus, formatMetricsReport, metricsProblems } = await import("../../health/metrics.js");
  ctx.output.step(`Metrics from Prometheus on ${bastionName} (127.0.0.1:${PROMETHEUS_PORT}, over SSH)`);
  try {
    const { existingHosts } = await import("./provision.js");
    const { toTargetHosts, knownHostsFileOf } = await import("../../provisioners/phase.js");
    const bastion = toTargetHosts(env, await existingHosts(env, ctx), ctx.paths).find((h) => h.name === bastionName);
    if (!bastion) throw new Error(`${bastionName} is not among the machines the state of env=${env.name} knows; apply first`);
    const report = await queryPrometheus(bastion, knownHostsFileOf(ctx.paths, env.name));
    for (const line of formatMetricsReport(report)) ctx.output.info(line);
    for (const problem of metricsProblems(report)) ctx.output.warn(problem);
    return report;
  } catch (err) {
    const message = (err as Error).message.split("\n")[0]!;
    ctx.output.warn(`metrics: could not ask Prometheus on ${bastionName}: ${message} (the health check's result stands)`);
    return { error: message };
  }
}
