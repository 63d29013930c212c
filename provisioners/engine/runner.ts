/**
 * Runs the operations of one role on one host: gather every fact the role's operations need in one round
 * trip, then for each operation plan, and (unless in check mode) apply. Applying an operation and
 * re-reading the facts of the operations after it share one round trip, so a no-op role costs one round
 * trip and a changing operation one more. A handler that runs reads its facts anew right before it plans
 * (one round trip when it has facts, none when it has none): the handler before it may have changed them.
 */
import { randomBytes } from "node:crypto";
import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describeCommand, type Command, type LocalCommand, type UploadCommand } from "./command.js";
import { runLocal } from "./local-program.js";
import type { Connector, ExecResult } from "./connector.js";
import { fileDiff } from "./diff.js";
import { ConflictError, ProvisionError, explainCommandFailure, lastLines } from "./errors.js";
import { batchScript, parseBatch, type FactCache, type FactRequest } from "./fact.js";
import { markScript, markerPath, pendingHandlers, startedAfterMarker, unmarkScript } from "./handlers.js";
import type { Operation, Plan } from "./operation.js";
import type { OperationResult, Reporter, RoleResult } from "./report.js";
import { commandScript, needsStaging, operationScript, splitOperationOutput, STAGING_SWEEP, stagingPath } from "./script.js";

/** Everything a role run needs from its host's run. */
export interface HostSession {
  readonly connector: Connector;
  readonly cache: FactCache;
  readonly check: boolean;
  readonly diff: boolean;
  readonly reporter: Reporter;
  /** Environment of local programs: the host's address, port, user, key and known_hosts file. */
  readonly localEnv: Readonly<Record<string, string>>;
  isAborted(): boolean;
}

export interface PreparedRole {
  readonly name: string;
  readonly operations: readonly Operation[];
  readonly handlers: Readonly<Record<string, Operation>>;
}

type Applied = { result: OperationResult; error?: undefined } | { result: OperationResult; error: ProvisionError };

export async function runRole(session: HostSession, role: PreparedRole): Promise<{ result: RoleResult; error?: ProvisionError }> {
  const { connector, cache, reporter } = session;
  const hostName = connector.host.name;
  const started = performance.now();
  const tripsBefore = connector.roundTrips;
  const results: OperationResult[] = [];
  const notified = new Set<string>();
  const pending = pendingHandlers(role.name);
  const handlerNames = Object.keys(role.handlers);
  // Handlers' facts are not among these: each handler reads its own right before it plans.
  const factsFrom = (index: number): FactRequest<unknown>[] => [...role.operations.slice(index).flatMap((op) => op.facts), pending];
  const finish = (error?: ProvisionError) => {
    const status = error ? "failed" : results.some((r) => r.status === "changed") ? "changed" : "ok";
    return {
      result: {
        name: role.name,
        status,
        seconds: (performance.now() - started) / 1000,
        roundTrips: connector.roundTrips - tripsBefore,
        operations: results,
      } satisfies RoleResult,
      ...(error ? { error } : {}),
    };
  };
  const skipRest = (from: number, why: string) => {
    for (const op of role.operations.slice(from)) {
      const r: OperationResult = { name: op.name, status: "skipped", reason: why };
      results.push(r);
      reporter.operationDone?.(hostName, role.name, r);
    }
  };

  reporter.roleStart?.(hostName, role.name);
  try {
    await gather(connector, cache, factsFrom(0), `${role.name}: gathering facts`);
  } catch (err) {
    const error = asProvisionError(err, hostName, `${role.name}: gathering facts`);
    skipRest(0, "not run: facts could not be gathered");
    return finish(error);
  }

  for (const [index, op] of role.operations.entries()) {
    if (session.isAborted()) {
      skipRest(index, "not run: the run was aborted (--fail-fast)");
      return finish(new ProvisionError("aborted", hostName, "aborted because another host failed (--fail-fast)"));
    }
    reporter.operationStart?.(hostName, role.name, op.name);
    const opStarted = performance.now();
    const applied = await runOperation(session, role.name, op, () => factsFrom(index + 1), results.some((r) => r.status === "changed"));
    applied.result = { ...applied.result, seconds: (performance.now() - opStarted) / 1000 };
    results.push(applied.result);
    reporter.operationDone?.(hostName, role.name, applied.result);
    if (applied.error) {
      skipRest(index + 1, `not run: ${op.name} failed`);
      return finish(applied.error);
    }
    if (applied.result.status === "changed") for (const h of op.notify) notified.add(h);
  }

  // Handlers: those notified now, and those a failed earlier run still owes (markers on the host).
  let owed: Set<string>;
  try {
    await gather(connector, cache, [pending], `${role.name}: handlers`);
    owed = cache.read(pending);
  } catch (err) {
    return finish(asProvisionError(err, hostName, `${role.name}: handlers`));
  }
  for (const name of handlerNames) {
    const fromEarlierRun = owed.has(markerPath(role.name, name));
    if (!notified.has(name) && !fromEarlierRun) continue;
    const handler = role.handlers[name]!;
    reporter.operationStart?.(hostName, role.name, name);
    const handlerStarted = performance.now();
    const applied = await runHandler(session, role.name, name, handler, fromEarlierRun && !notified.has(name));
    applied.result = { ...applied.result, seconds: (performance.now() - handlerStarted) / 1000 };
    results.push(applied.result);
    reporter.operationDone?.(hostName, role.name, applied.result);
    if (applied.error) return finish(applied.error);
  }
  return finish();
}

async function runOperation(
  session: HostSession,
  role: string,
  op: Operation,
  followUp: () => FactRequest<unknown>[],
  /** In check mode, an earlier operation of the role would have changed the host. */
  afterChanges = false,
): Promise<Applied> {
  const host = session.connector.host.name;
  const fail = (err: unknown): Applied => {
    const error = asProvisionError(err, host, op.name);
    return { result: { name: op.name, status: "failed", reason: error.message, error: { kind: error.kind, message: error.message } }, error };
  };
  let plan: Plan;
  try {
    // Facts were gathered for the whole role; a gap here means an earlier step cleared them.
    await gather(session.connector, session.cache, op.facts, op.name);
    plan = op.plan(session.cache.read);
  } catch (err) {
    // Check mode cannot create the user an authorized_keys file needs: when an earlier step would have
    // changed the host, a conflict is the expected consequence of not having applied it, not a failure.
    if (session.check && afterChanges && err instanceof ConflictError) {
      return { result: { name: op.name, status: "changed", reason: `depends on the changes above: ${err.message}`, warning: "cannot be predicted before the earlier changes are applied" } };
    }
    return fail(err);
  }
  if (!plan.changed) return { result: { name: op.name, status: "ok", reason: plan.reason } };

  const commands = plan.commands.map(describeCommand);
  const warning = op.idempotent ? undefined : "changes something on every run: give it a `creates` or `unless` guard";
  try {
    const diff = session.check || session.diff ? await diffUploads(session.connector, plan.commands) : undefined;
    const base = { name: op.name, status: "changed" as const, reason: plan.reason, commands, ...(diff ? { diff } : {}), ...(warning ? { warning } : {}) };
    if (session.check) return { result: base };
    await applyCommands(session, plan.commands, markScript(role, op.notify), followUp());
    return { result: base };
  } catch (err) {
    return fail(err);
  }
}

async function runHandler(session: HostSession, role: string, name: string, handler: Operation, owedOnly: boolean): Promise<Applied> {
  const host = session.connector.host.name;
  const label = `handler: ${name}`;
  const reasonSuffix = owedOnly ? " (owed by an earlier run that stopped before its handlers)" : "";
  try {
    // A restart is owed only by a unit that has not started since the change (handlers.ts); not in check
    // mode, where the operations that would start it did not run.
    const since = handler.restarts && !session.check ? startedAfterMarker(handler.restarts, markerPath(role, name)) : undefined;
    // Read now, not with the role's facts: an earlier handler (or the operations) may have changed them.
    const facts = [...handler.facts, ...(since ? [since] : [])];
    if (facts.length > 0) await gather(session.connector, session.cache, facts, label, { fresh: true });
    if (since && session.cache.read(since)) {
      await applyCommands(session, [], [], [], [unmarkScript(role, name)]);
      return { result: { name: label, status: "ok", reason: `${handler.restarts} started after the change that notified this: it runs with it already${reasonSuffix}`, handler: true } };
    }
    const plan = handler.plan(session.cache.read);
    const commands = plan.changed ? plan.commands : [];
    const result: OperationResult = {
      name: label,
      status: plan.changed ? "changed" : "ok",
      reason: plan.reason + reasonSuffix,
      handler: true,
      ...(commands.length ? { commands: commands.map(describeCommand) } : {}),
    };
    // The marker goes after the handler's commands, in the same script: a run killed while a reload runs
    // still owes it (a handler run twice is harmless; one lost leaves a service on an old configuration).
    if (!session.check) await applyCommands(session, commands, [], [], [unmarkScript(role, name)]);
    return { result };
  } catch (err) {
    // In check mode the unit a restart handler needs may exist only once the changes above are applied.
    if (session.check && err instanceof ConflictError) {
      return { result: { name: label, status: "changed", reason: `would run after the changes above (${err.message})`, handler: true } };
    }
    const error = asProvisionError(err, host, label);
    return { result: { name: label, status: "failed", reason: error.message, handler: true, error: { kind: error.kind, message: error.message } }, error };
  }
}

/** Runs the remote commands of one operation in one script (plus SFTP for large files), then local ones. */
async function applyCommands(
  session: HostSession,
  commands: readonly Command[],
  prologue: readonly string[],
  followUp: readonly FactRequest<unknown>[],
  epilogue: readonly string[] = [],
): Promise<void> {
  const { connector, cache } = session;
  const remote = commands.filter((c) => c.kind !== "local");
  const local = commands.filter((c): c is LocalCommand => c.kind === "local");
  if (remote.length > 0 || prologue.length > 0 || epilogue.length > 0) {
    const body = [...prologue];
    for (const command of remote) {
      const staged = needsStaging(command) ? await stage(connector, command) : undefined;
      body.push(commandScript(command, staged));
    }
    // Only reached when every command succeeded (the script runs under set -e).
    body.push(...epilogue);
    const nonce = randomBytes(6).toString("hex");
    const facts = followUp.length > 0 ? batchScript(followUp) : undefined;
    const result = await connector.exec(operationScript(body, nonce, facts?.script));
    const split = splitOperationOutput(result.stdout, nonce);
    if (!split) throw failure(connector.host.name, result, result.code || 1);
    if (split.code !== 0) throw failure(connector.host.name, { ...result, stdout: split.output }, split.code);
    cache.clear();
    if (facts) cache.store(parseBatch(facts, split.rest));
  }
  for (const command of local) {
    // A local program (Packer, a scanner) may change the host in ways no fact predicted.
    cache.clear();
    await runLocal(command, session.localEnv);
  }
}

/** Connectors whose host has been rid of earlier runs' staging files in this run. */
const swept = new WeakSet<Connector>();

/**
 * A staging file lives only within the one operation that puts it and moves it into place; one that exists
 * when a run starts staging was left by a run killed halfway through an upload (test/hosts/interrupted.test.ts).
 * Runs of one environment never overlap (its lock), so before its first upload to a host a run removes the
 * login user's staging files there: a killed run leaves no partial copies behind for good.
 */
async function sweepStaging(connector: Connector): Promise<void> {
  if (swept.has(connector)) return;
  swept.add(connector);
  const result = await connector.exec(STAGING_SWEEP);
  if (result.code !== 0) throw failure(connector.host.name, result, result.code);
}

async function stage(connector: Connector, command: UploadCommand): Promise<string> {
  await sweepStaging(connector);
  const dir = await mkdtemp(join(tmpdir(), "hubstack-upload-"));
  const file = join(dir, "content");
  try {
    await writeFile(file, command.content, { mode: 0o600 });
    const remote = stagingPath();
    await connector.put(file, remote);
    return remote;
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

/** Fetches the current content of every file the plan would write (one round trip) and diffs it. */
async function diffUploads(connector: Connector, commands: readonly Command[]): Promise<string | undefined> {
  const uploads = commands.filter((c): c is UploadCommand => c.kind === "upload");
  if (uploads.length === 0) return undefined;
  const readable = uploads.filter((u) => !u.secret);
  const before = new Map<string, Buffer | null>();
  if (readable.length > 0) {
    const nonce = randomBytes(6).toString("hex");
    const script = readable
      .map((u, i) => `printf '@@D-${nonce} ${i} '; if [ -f '${u.path.replace(/'/g, `'\\''`)}' ]; then base64 -w0 < '${u.path.replace(/'/g, `'\\''`)}'; else printf '-'; fi; echo`)
      .join("\n");
    const result = await connector.exec(script);
    if (result.code !== 0) throw failure(connector.host.name, result, result.code);
    for (const m of result.stdout.matchAll(new RegExp(`^@@D-${nonce} (\\d+) (.*)$`, "gm"))) {
      const u = readable[Number(m[1])];
      if (u) before.set(u.path, m[2] === "-" ? null : Buffer.from(m[2] ?? "", "base64"));
    }
  }
  return uploads.map((u) => fileDiff(u.path, before.get(u.path) ?? null, u.content, u.secret)).join("");
}

/** Gathers the facts of `requests` that are not cached yet (all of them when `fresh`), in one round trip. */
export async function gather(
  connector: Connector,
  cache: FactCache,
  requests: readonly FactRequest<unknown>[],
  what: string,
  options: { readonly fresh?: boolean } = {},
): Promise<void> {
  const missing = options.fresh ? requests : cache.missing(requests);
  if (missing.length === 0) return;
  const batch = batchScript(missing);
  const result = await connector.exec(batch.script);
  if (result.code !== 0) throw failure(connector.host.name, result, result.code, what);
  cache.store(parseBatch(batch, result.stdout));
}

function failure(host: string, result: ExecResult, code: number, operation?: string): ProvisionError {
  const { kind, message } = explainCommandFailure(result.stderr, result.stdout, code);
  return new ProvisionError(kind, host, message, operation);
}

export function asProvisionError(err: unknown, host: string, operation: string): ProvisionError {
  if (err instanceof ProvisionError) {
    return err.operation ? err : new ProvisionError(err.kind, err.host, err.message.replace(`${err.host}: `, ""), operation);
  }
  if (err instanceof ConflictError) return new ProvisionError("command-failed", host, err.message, operation);
  if (err instanceof Error && err.name === "TemplateError") return new ProvisionError("template", host, err.message, operation);
  const message = err instanceof Error ? err.message : String(err);
  return new ProvisionError("internal", host, message, operation);
}
