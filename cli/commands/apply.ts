/**
 * `hubstack apply env=NAME`: the whole flow for one environment.
 *
 *   infrastructure phase   synth → terraform init → plan (summary, confirmation) → apply → outputs
 *   provisioning phase     the `hosts` output (or, for target static, the inventory) → provisioners
 *
 * `hubstack rebuild env=NAME [--host H]` is the same flow with the named machines (all by default) replaced
 * in the plan (`-replace`): new machines from the newest image, their data volumes attached again.
 *
 * A CI environment's inventory file (ci.randomName, e.g. hub-ci) is a template: each apply of it creates
 * a new instance hub-ci-<random> with its own state, recorded before terraform creates anything so that
 * `destroy env=hub-ci-<random>` finds it even after a failed first apply.
 */
import { existsSync } from "node:fs";
import { UsageError } from "../../environment/errors.js";
import type { Environment } from "../../environment/schema.js";
import type { Output } from "../../environment/output.js";
import { confirmAction } from "../prompt.js";
import { assertProvisioned, provisionHosts, type ProvisioningPhase, type ProvisioningRequest } from "../../provisioners/phase.js";
import { ensurePackages } from "../../provisioners/packages.js";
import { ensureDeployKey } from "../../environment/keys.js";
import { slowestOperations, type ProvisionReport } from "../../provisioners/engine/report.js";
import type { StateBackendSettings } from "../../terraform/backend.js";
import type { Host } from "../../environment/hosts.js";
import { hostsFromInventory, hostsFromOutputs } from "../../terraform/hosts.js";
import { imageChoiceLines } from "../../terraform/images.js";
import { machineAddresses } from "../../terraform/data-volumes.js";
import { withEnvLock } from "../../terraform/env-lock.js";
import { newInstanceName } from "../../terraform/names.js";
import { stateDirOf } from "../../terraform/paths.js";
import { formatPlanSummary, hasResourceChanges, resourcesAfter, type PlanSummary } from "../../terraform/plan-summary.js";
import { listEnvironmentsWithState, readRecord, removeStateDirIfEmpty, updateRecord, writeRecord } from "../../terraform/records.js";
import { applyPlan, discardPlan, openStack, planChanges, type RunContext } from "../../terraform/stack.js";
import { loadEnv, npmRun, runContext, type CommonOptions } from "./context.js";
import { runCheck, type CheckResult, type RunCheckOptions } from "./check.js";
import type { ProjectPaths } from "../../terraform/paths.js";

/** Flags of the provisioning phase, passed through as given. */
export type ProvisioningFlags = Pick<ProvisioningRequest, "limit" | "roles" | "failFast">;

export interface ApplyOptions extends CommonOptions, ProvisioningFlags {
  readonly env: string;
  /** Apply without asking. CI=true has the same effect. */
  readonly yes?: boolean;
  /** Answers the confirmation question instead of the terminal (tests). */
  readonly ask?: (question: string) => Promise<boolean>;
  /** Whether a terminal can answer the question; defaults to stdin and stderr being TTYs. */
  readonly interactive?: boolean;
  /** The provisioning phase; defaults to the provisioners' engine over SSH (tests replace it). */
  readonly provisioningPhase?: ProvisioningPhase;
  /** The health check that ends the apply (false: none). @default the real one */
  readonly healthCheck?: HealthCheckPhase | false;
  /** Print the ten slowest operations after provisioning. */
  readonly profile?: boolean;
  /** `rebuild`: replace these machines (every one when empty), keeping their data volumes. */
  readonly rebuild?: { readonly hosts: readonly string[] };
  /** target local: build the hub image first when there is none (packer/local-build.ts hubImageWanted). @default true */
  readonly buildHubImage?: boolean;
}

export type HealthCheckPhase = (env: Environment, paths: ProjectPaths, output: Output, hosts?: readonly Host[], options?: RunCheckOptions) => Promise<CheckResult>;

export interface ApplyResult {
  readonly env: string;
  readonly baseName: string;
  readonly target: string;
  /** This apply created a new CI instance (its name is `env`). */
  readonly createdInstance: boolean;
  /** The infrastructure plan; absent for target static. */
  readonly plan?: PlanSummary;
  /** False when the user declined the confirmation. */
  readonly applied: boolean;
  readonly hosts: Host[];
  /** The provisioning phase's report; absent when nothing was applied. */
  readonly provisioning?: ProvisionReport;
  /** The health check's steps; absent when it did not run (nothing applied, --limit or --roles given). */
  readonly check?: CheckResult;
  /** Wall seconds of the infrastructure phase (synth, plan, terraform apply, outputs), when it ran. */
  readonly infrastructureSeconds?: number;
  /** Wall seconds of the whole apply and of each phase that ran (the profile every apply prints last). */
  readonly seconds?: { readonly total: number; readonly infrastructure?: number; readonly provisioning?: number; readonly check?: number };
}

/** A CI template becomes a new instance; an instance must be one this machine created. */
function resolveInstance(requested: Environment, ctx: RunContext): { env: Environment; created: boolean } {
  if (!requested.ci.randomName) return { env: requested, created: false };
  if (requested.name !== requested.baseName) {
    if (!readRecord(ctx.paths, requested.name) && !existsSync(stateDirOf(ctx.paths, requested.name))) {
      throw new UsageError(
        `env=${requested.name} is not a CI environment of this machine (no ${stateDirOf(ctx.paths, requested.name)}). ` +
          `\`npm run envs\` lists them; \`${npmRun("apply", `env=${requested.baseName}`)}\` creates a new one.`,
      );
    }
    return { env: requested, created: false };
  }
  const taken = new Set(listEnvironmentsWithState(ctx.paths).map((e) => e.name));
  const name = newInstanceName(requested.baseName, (candidate) => taken.has(candidate) || existsSync(stateDirOf(ctx.paths, candidate)));
  return { env: loadEnv(name, ctx), created: true };
}

function recordApplyStarting(env: Environment, backend: StateBackendSettings, ctx: RunContext): void {
  const existing = readRecord(ctx.paths, env.name);
  writeRecord(ctx.paths, {
    ...existing,
    name: env.name,
    baseName: env.baseName,
    target: env.target,
    createdAt: existing?.createdAt ?? new Date().toISOString(),
    // Servers created from now on get hubstack's host keys; ones created before keep their own (terraform/synth.ts).
    ...(env.target === "openstack" ? { hostKeysInjected: existing?.hostKeysInjected ?? !existing?.resources } : {}),
    backend: backend.kind,
    ...(backend.kind === "local" ? { statePath: backend.path } : {}),
  });
}

/** Prints the result (or writes it as JSON), fails the command if provisioning failed, then checks the hub. */
async function finish(result: ApplyResult, env: Environment, ctx: RunContext, options: ApplyOptions, started: number): Promise<ApplyResult> {
  if (!ctx.output.json) printOutcome(result, ctx.output);
  if (options.profile && result.provisioning && !ctx.output.json) {
    ctx.output.info("The ten slowest operations:");
    for (const o of slowestOperations(result.provisioning)) ctx.output.info(`  ${o.seconds.toFixed(1).padStart(7)} s  ${o.host} ${o.role}: ${o.name} (${o.status})`);
  }
  if (result.provisioning && !result.provisioning.ok) {
    if (ctx.output.json) ctx.output.result(result);
    assertProvisioned(env, result.provisioning);
  }
  // A partial provisioning (--limit, --roles) may leave the hub half-configured on purpose: no verdict then.
  const healthCheck = options.healthCheck ?? runCheck;
  const partial = (options.limit?.length ?? 0) > 0 || (options.roles?.length ?? 0) > 0;
  const checkStarted = Date.now();
  const checked = result.applied && healthCheck && !partial ? { ...result, check: await healthCheck(env, ctx.paths, ctx.output, result.hosts, { unchanged: changedNothing(result) }) } : result;
  const seconds = {
    total: round((Date.now() - started) / 1000),
    ...(result.infrastructureSeconds !== undefined ? { infrastructure: round(result.infrastructureSeconds) } : {}),
    ...(result.provisioning ? { provisioning: round(result.provisioning.seconds) } : {}),
    ...(checked.check ? { check: round((Date.now() - checkStarted) / 1000) } : {}),
  };
  const done = { ...checked, seconds };
  if (ctx.output.json) ctx.output.result(done);
  else if (result.applied) ctx.output.info(formatSeconds(result.env, seconds));
  return done;
}

const round = (s: number) => Math.round(s * 10) / 10;

/**
 * No resource and no operation changed: the hub is as the previous check found it, and the check may reuse the
 * server it left (a start proves nothing new). A static environment has no plan: its operations alone say.
 */
export function changedNothing(result: ApplyResult): boolean {
  const plan = result.plan;
  const planQuiet = !plan || !hasResourceChanges(plan);
  const provisioning = result.provisioning;
  return planQuiet && provisioning !== undefined && provisioning.ok && provisioning.hosts.every((h) => h.status !== "failed" && h.changed === 0);
}

/** `local: applied in 368 s (infrastructure 137 s, provisioning 143 s, health check 87 s)` */
export function formatSeconds(env: string, s: NonNullable<ApplyResult["seconds"]>): string {
  const parts = [
    s.infrastructure !== undefined ? `infrastructure ${s.infrastructure.toFixed(0)} s` : undefined,
    s.provisioning !== undefined ? `provisioning ${s.provisioning.toFixed(0)} s` : undefined,
    s.check !== undefined ? `health check ${s.check.toFixed(0)} s` : undefined,
  ].filter(Boolean);
  return `${env}: applied in ${s.total.toFixed(0)} s${parts.length ? ` (${parts.join(", ")})` : ""}`;
}

function printOutcome(result: ApplyResult, output: Output): void {
  if (result.createdInstance) {
    output.info("");
    output.info(`CI environment: ${result.env}`);
    output.info(`  destroy it with: ${npmRun("destroy", `env=${result.env}`)}`);
  }
  if (!result.applied) {
    output.info("Nothing was applied.");
    return;
  }
  output.info(`${result.env}: ${result.hosts.length} host(s): ${result.hosts.map((h) => `${h.name} (${h.address})`).join(", ") || "none"}`);
}

export async function apply(options: ApplyOptions): Promise<ApplyResult> {
  const ctx = runContext(options);
  const requested = loadEnv(options.env, ctx);
  // A new CI instance gets a name nobody else has: nothing to lock yet.
  if (requested.ci.randomName && requested.name === requested.baseName) return applyLocked(options, ctx, requested);
  return withEnvLock(ctx.paths, requested.name, "apply", (line) => ctx.output.warn(line), () => applyLocked(options, ctx, requested));
}

async function applyLocked(options: ApplyOptions, ctx: RunContext, requested: Environment): Promise<ApplyResult> {
  const started = Date.now();
  const flags: ProvisioningFlags = { ...(options.limit ? { limit: options.limit } : {}), ...(options.roles ? { roles: options.roles } : {}), ...(options.failFast ? { failFast: true } : {}) };
  const provisioningPhase = options.provisioningPhase ?? provisionHosts;

  if (options.rebuild && requested.target === "static") {
    throw new UsageError(`env=${requested.name} has target static: hubstack did not make its machines and cannot rebuild them; rebuild them yourself, then \`${npmRun("apply", `env=${requested.name}`)}\``);
  }
  if (options.rebuild && requested.ci.randomName && requested.name === requested.baseName) {
    throw new UsageError(`env=${requested.name} is a CI environment's inventory file; rebuild one of its instances (\`npm run envs\` lists them)`);
  }
  // target static: the machines exist; straight to provisioning.
  if (requested.target === "static") {
    const hosts = hostsFromInventory(requested);
    ctx.output.step(`env=${requested.name} has target static: no infrastructure phase`);
    const provisioning = await provisioningPhase(requested, hosts, flags, ctx);
    return finish({ env: requested.name, baseName: requested.baseName, target: requested.target, createdInstance: false, applied: true, hosts, provisioning }, requested, ctx, options, started);
  }

  const { env, created } = resolveInstance(requested, ctx);
  if (created) ctx.output.step(`Creating CI environment ${env.name} (from inventory/${env.baseName}.yaml)`);
  // Before the synth, which picks the image the hub boots.
  if (env.target === "local" && options.buildHubImage !== false) {
    const { buildLocalHubImage, hubImageWanted } = await import("../../packer/local-build.js");
    const why = await hubImageWanted(env);
    if (why) {
      ctx.output.step(why);
      await ensureDeployKey(env, ctx.paths.root, ctx.output);
      await buildLocalHubImage({ env, paths: ctx.paths, output: ctx.output });
    }
  }

  const infrastructureStarted = Date.now();
  let stack;
  let planned;
  try {
    stack = await openStack(env, ctx);
    planned = await planChanges(stack, ctx, options.rebuild ? { replace: await rebuildAddresses(stack, env, options.rebuild.hosts) } : {});
  } catch (err) {
    // Nothing was created: leave no empty state folder behind.
    removeStateDirIfEmpty(ctx.paths, env.name);
    throw err;
  }
  if (!ctx.output.json) ctx.output.info(formatPlanSummary(env.name, planned.summary));

  const changes = hasResourceChanges(planned.summary);
  const go =
    !changes ||
    (await confirmAction({
      yes: options.yes ?? false,
      action: options.rebuild ? `rebuild these machines of ${env.name} (their data volumes stay)` : `apply these changes to ${env.name}`,
      retryWith: options.rebuild
        ? npmRun("rebuild", `env=${env.name}${options.rebuild.hosts.length ? ` --host ${options.rebuild.hosts.join(",")}` : ""} --yes`)
        : npmRun("apply", `env=${created ? env.baseName : env.name} --yes`),
      ...(options.processEnv ? { env: options.processEnv } : {}),
      ...(options.interactive !== undefined ? { interactive: options.interactive } : {}),
      ...(options.ask ? { ask: options.ask } : {}),
    }));
  if (!go) {
    discardPlan(planned);
    removeStateDirIfEmpty(ctx.paths, env.name);
    return finish({ env: env.name, baseName: env.baseName, target: env.target, createdInstance: false, plan: planned.summary, applied: false, hosts: [] }, env, ctx, options, started);
  }

  // The package cache fills while terraform makes the machines (the provisioning phase awaits the same fill);
  // its errors are reported by that phase.
  if (!options.provisioningPhase && changes) void ensurePackages(env, (line) => ctx.output.info(line)).catch(() => {});
  // Recorded before terraform creates anything: a failed first apply can still be found and destroyed.
  recordApplyStarting(env, stack.backend, ctx);
  // Outputs alone can change too (a new output in the stack): the apply records them in the state.
  if (changes || planned.summary.outputsChanged.length > 0) await applyPlan(stack, ctx, planned);
  else discardPlan(planned);
  updateRecord(ctx.paths, env.name, { lastAppliedAt: new Date().toISOString(), resources: resourcesAfter(planned.summary) });

  const outputs = await stack.terraform.outputs();
  const hosts = hostsFromOutputs(outputs, env);
  if (!ctx.output.json) {
    const image = imageChoiceLines(outputs, env.name);
    for (const line of image.lines) ctx.output.info(line);
    if (image.warning) ctx.output.warn(image.warning);
  }
  // Not counting the time the user took to answer the question.
  const infrastructureSeconds = (Date.now() - infrastructureStarted) / 1000;
  // Named before provisioning, so that the name is on screen even if provisioning fails.
  if (created) ctx.output.step(`CI environment ${env.name} is up`);
  const provisioning = await provisioningPhase(env, hosts, flags, ctx);
  return finish(
    { env: env.name, baseName: env.baseName, target: env.target, createdInstance: created, plan: planned.summary, applied: true, hosts, provisioning, infrastructureSeconds },
    env,
    ctx,
    options,
    started,
  );
}

/** The `-replace` addresses of the machines to rebuild; a name the stack does not hold is the caller's mistake. */
async function rebuildAddresses(stack: { dir: string; terraform: { stateResources(): Promise<{ address: string }[]> } }, env: Environment, hosts: readonly string[]): Promise<string[]> {
  const { addresses, unknown } = machineAddresses(stack.dir, env.name, hosts);
  const all = Object.keys(machineAddresses(stack.dir, env.name, []).addresses);
  if (unknown.length) throw new UsageError(`--host ${unknown.join(", ")}: env=${env.name} has no such machine (machines: ${all.join(", ") || "none"})`);
  const inState = new Set((await stack.terraform.stateResources()).map((r) => r.address));
  const missing = Object.entries(addresses).filter(([, a]) => !inState.has(a)).map(([h]) => h);
  if (missing.length === Object.keys(addresses).length) {
    throw new UsageError(`env=${env.name}: ${missing.join(", ")} do not exist yet; \`${npmRun("apply", `env=${env.name}`)}\` creates them`);
  }
  return Object.values(addresses).filter((a) => inState.has(a));
}
