/**
 * `hubstack plan env=NAME`: what apply would create, change, replace and destroy, without touching
 * anything. For a CI environment's inventory file (hub-ci) it plans a fresh instance under the base name.
 */
import type { Host } from "../../environment/hosts.js";
import { hostsFromInventory } from "../../terraform/hosts.js";
import { formatPlanSummary, type PlanSummary } from "../../terraform/plan-summary.js";
import { removeStateDirIfEmpty } from "../../terraform/records.js";
import { discardPlan, openStack, planChanges } from "../../terraform/stack.js";
import { loadEnv, runContext, type CommonOptions } from "./context.js";

export interface PlanOptions extends CommonOptions {
  readonly env: string;
}

export interface PlanResult {
  readonly env: string;
  readonly target: string;
  /** Absent for target static, which has no infrastructure phase. */
  readonly plan?: PlanSummary;
  /** For target static: the machines apply would provision. */
  readonly hosts?: Host[];
}

export async function plan(options: PlanOptions): Promise<PlanResult> {
  const ctx = runContext(options);
  const env = loadEnv(options.env, ctx);
  if (env.target === "static") {
    const hosts = hostsFromInventory(env);
    const result: PlanResult = { env: env.name, target: env.target, hosts };
    if (ctx.output.json) ctx.output.result(result);
    else {
      ctx.output.info(`env=${env.name} has target static: no infrastructure to plan. apply provisions these machines:`);
      for (const host of hosts) ctx.output.info(`  ${host.name}  ${host.sshUser}@${host.address}  roles: ${host.roles.join(", ")}`);
    }
    return result;
  }
  if (env.ci.randomName && env.name === env.baseName) {
    ctx.output.info(`env=${env.name} is a CI environment: this plans a new instance; apply creates it as ${env.name}-<random>.`);
  }
  let planned;
  try {
    planned = await planChanges(await openStack(env, ctx), ctx);
  } finally {
    // plan only looks: it leaves no state folder behind for an environment that has none.
    removeStateDirIfEmpty(ctx.paths, env.name);
  }
  // The saved plan would be stale by the time anyone applies.
  discardPlan(planned);
  const result: PlanResult = { env: env.name, target: env.target, plan: planned.summary };
  if (ctx.output.json) ctx.output.result(result);
  else ctx.output.info(formatPlanSummary(env.name, planned.summary));
  return result;
}
