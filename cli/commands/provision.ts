/**
 * `hubstack provision env=NAME`: the provisioning phase alone, on the hosts the environment's state
 * already knows (or, for target static, the inventory's). No infrastructure changes.
 *
 *   --check     a dry run: what would change on each host (with --diff, the file diffs); nothing changes
 *   (default)   the same dry run first, then a confirmation (unless --yes or CI=true), then the real run
 */
import { existsSync } from "node:fs";
import { join } from "node:path";
import { UsageError } from "../../environment/errors.js";
import type { Environment } from "../../environment/schema.js";
import { confirmationPolicy, confirmAction } from "../prompt.js";
import { assertProvisioned, provisionHosts, type ProvisioningPhase, type ProvisioningRequest } from "../../provisioners/phase.js";
import type { ProvisionReport } from "../../provisioners/index.js";
import { STATE_FILE } from "../../terraform/backend.js";
import type { Host } from "../../environment/hosts.js";
import { hostsFromInventory } from "../../terraform/hosts.js";
import { stateDirOf } from "../../terraform/paths.js";
import { readRecord } from "../../terraform/records.js";
import { openStack, readHosts, type RunContext } from "../../terraform/stack.js";
import { withEnvLock } from "../../terraform/env-lock.js";
import { loadEnv, npmRun, runContext, type CommonOptions } from "./context.js";

export interface ProvisionOptions extends CommonOptions, ProvisioningRequest {
  readonly env: string;
  /** Provision without the dry run and the question. CI=true has the same effect. */
  readonly yes?: boolean;
  /** Answers the confirmation question instead of the terminal (tests). */
  readonly ask?: (question: string) => Promise<boolean>;
  readonly interactive?: boolean;
  /** The provisioning phase; defaults to the provisioners' engine over SSH (tests replace it). */
  readonly provisioningPhase?: ProvisioningPhase;
}

export interface ProvisionResult {
  readonly env: string;
  readonly hosts: Host[];
  /** The dry run's report (with --check, or before asking). */
  readonly dryRun?: ProvisionReport;
  /** The real run's report; absent with --check or when the user declined. */
  readonly report?: ProvisionReport;
}

/** The hosts of an environment whose infrastructure exists: from its state's `hosts` output. */
export async function existingHosts(env: Environment, ctx: RunContext): Promise<Host[]> {
  if (env.target === "static") return hostsFromInventory(env);
  if (env.ci.randomName && env.name === env.baseName) {
    throw new UsageError(`env=${env.name} is a CI environment's inventory file; provision one of its instances (\`npm run envs\` lists them)`);
  }
  const hasLocalState = existsSync(join(stateDirOf(ctx.paths, env.name), STATE_FILE));
  if (env.state.backend === "local" && !env.state.dir && !hasLocalState && !readRecord(ctx.paths, env.name)) {
    throw new UsageError(`env=${env.name} has no infrastructure yet: \`${npmRun("apply", `env=${env.name}`)}\` creates it and provisions it`);
  }
  return readHosts(await openStack(env, ctx));
}

export async function provision(options: ProvisionOptions): Promise<ProvisionResult> {
  const ctx = runContext(options);
  const env = loadEnv(options.env, ctx);
  return withEnvLock(ctx.paths, env.name, "provision", (line) => ctx.output.warn(line), () => provisionLocked(options, ctx, env));
}

async function provisionLocked(options: ProvisionOptions, ctx: RunContext, env: Environment): Promise<ProvisionResult> {
  const phase = options.provisioningPhase ?? provisionHosts;
  const request: ProvisioningRequest = {
    ...(options.diff ? { diff: true } : {}),
    ...(options.limit ? { limit: options.limit } : {}),
    ...(options.roles ? { roles: options.roles } : {}),
    ...(options.failFast ? { failFast: true } : {}),
  };
  const hosts = await existingHosts(env, ctx);
  const finish = (result: ProvisionResult) => {
    if (ctx.output.json) ctx.output.result(result);
    const last = result.report ?? result.dryRun;
    if (last) assertProvisioned(env, last);
    return result;
  };

  if (options.check) return finish({ env: env.name, hosts, dryRun: await phase(env, hosts, { ...request, check: true }, ctx) });

  const processEnv = options.processEnv ?? process.env;
  const interactive = options.interactive ?? Boolean(process.stdin.isTTY && process.stderr.isTTY);
  if (confirmationPolicy({ yes: options.yes ?? false, env: processEnv, interactive }) === "proceed") {
    return finish({ env: env.name, hosts, report: await phase(env, hosts, request, ctx) });
  }
  // Someone is there to ask (or confirmAction refuses below): show what would change first.
  const dryRun = interactive ? await phase(env, hosts, { ...request, check: true }, ctx) : undefined;
  if (dryRun && !dryRun.changed) {
    ctx.output.info(`Nothing to change on the hosts of ${env.name}.`);
    return finish({ env: env.name, hosts, dryRun });
  }
  const go = await confirmAction({
    yes: false,
    action: `make these changes on the hosts of ${env.name}`,
    retryWith: npmRun("provision", `env=${env.name} --yes`),
    env: processEnv,
    interactive,
    ...(options.ask ? { ask: options.ask } : {}),
  });
  if (!go) {
    ctx.output.info("Nothing was changed.");
    return finish({ env: env.name, hosts, ...(dryRun ? { dryRun } : {}) });
  }
  return finish({ env: env.name, hosts, ...(dryRun ? { dryRun } : {}), report: await phase(env, hosts, request, ctx) });
}
