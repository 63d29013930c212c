/**
 * `hubstack destroy env=NAME`: removes everything the environment's stack made, then its state folder.
 * It shows the destroy plan and asks first (unless --yes or CI=true), like apply.
 *
 * A CI environment's inventory file (hub-ci) is not something that exists: destroy names one of its
 * instances (hub-ci-<random>), so that one CI run can never tear down another's environment.
 */
import { existsSync, rmSync } from "node:fs";
import { UsageError } from "../../environment/errors.js";
import { confirmAction } from "../prompt.js";
import { shownPath, stackDirOf, stateDirOf } from "../../terraform/paths.js";
import { formatPlanSummary, hasResourceChanges, type PlanSummary } from "../../terraform/plan-summary.js";
import { listEnvironmentsWithState, readRecord, removeStateDir } from "../../terraform/records.js";
import { withEnvLock } from "../../terraform/env-lock.js";
import { applyPlan, discardPlan, openStack, planChanges } from "../../terraform/stack.js";
import { loadEnv, npmRun, runContext, type CommonOptions } from "./context.js";

export interface DestroyOptions extends CommonOptions {
  readonly env: string;
  /** Destroy without asking. CI=true has the same effect. */
  readonly yes?: boolean;
  /** Answers the confirmation question instead of the terminal (tests). */
  readonly ask?: (question: string) => Promise<boolean>;
  readonly interactive?: boolean;
}

export interface DestroyResult {
  readonly env: string;
  readonly target: string;
  /** The destroy plan; absent when there was nothing to destroy (target static). */
  readonly plan?: PlanSummary;
  /** False when the user declined, or there was nothing to do. */
  readonly destroyed: boolean;
  /** The state folder was removed. */
  readonly stateRemoved: boolean;
}

export async function destroy(options: DestroyOptions): Promise<DestroyResult> {
  const ctx = runContext(options);
  const env = loadEnv(options.env, ctx);
  const report = (result: DestroyResult, text: string) => {
    if (ctx.output.json) ctx.output.result(result);
    else ctx.output.info(text);
    return result;
  };

  if (env.target === "static") {
    return report({ env: env.name, target: env.target, destroyed: false, stateRemoved: false }, `env=${env.name} has target static: hubstack created none of its machines, so there is nothing to destroy.`);
  }
  if (env.ci.randomName && env.name === env.baseName) {
    const instances = listEnvironmentsWithState(ctx.paths).filter((e) => e.baseName === env.baseName || e.name.startsWith(`${env.baseName}-`));
    throw new UsageError(
      `env=${env.name} is a CI environment's inventory file; destroy one of its instances: ` +
        (instances.length ? instances.map((i) => npmRun("destroy", `env=${i.name}`)).join(", ") : `there are none with state on this machine (\`npm run envs\` lists environments)`),
    );
  }
  if (env.name !== env.baseName && !readRecord(ctx.paths, env.name) && !existsSync(stateDirOf(ctx.paths, env.name))) {
    throw new UsageError(`env=${env.name} has no state on this machine: nothing to destroy (\`npm run envs\` lists the environments that have state)`);
  }

  return withEnvLock(ctx.paths, env.name, "destroy", (line) => ctx.output.warn(line), async () => {
    const stack = await openStack(env, ctx);
    const planned = await planChanges(stack, ctx, { destroy: true });
    if (!ctx.output.json) ctx.output.info(formatPlanSummary(env.name, planned.summary));

    if (hasResourceChanges(planned.summary)) {
      const go = await confirmAction({
        yes: options.yes ?? false,
        action: `destroy ${planned.summary.destroy.length} resource(s) of ${env.name}`,
        retryWith: npmRun("destroy", `env=${env.name} --yes`),
        ...(options.processEnv ? { env: options.processEnv } : {}),
        ...(options.interactive !== undefined ? { interactive: options.interactive } : {}),
        ...(options.ask ? { ask: options.ask } : {}),
      });
      if (!go) {
        discardPlan(planned);
        return report({ env: env.name, target: env.target, plan: planned.summary, destroyed: false, stateRemoved: false }, "Nothing was destroyed.");
      }
      await applyPlan(stack, ctx, planned);
    } else {
      discardPlan(planned);
    }

    // Everything is gone: the state (and its backups, which still name the old resources), the record,
    // and the synthesized stack with its .terraform folder.
    removeStateDir(ctx.paths, env.name);
    if (stack.backend.kind === "local") {
      // A custom state.dir keeps the state file outside .state/<env>.
      rmSync(stack.backend.path, { force: true });
      rmSync(`${stack.backend.path}.backup`, { force: true });
    }
    rmSync(stackDirOf(ctx.paths, env.name), { recursive: true, force: true });
    const removed = planned.summary.destroy.length;
    return report(
      { env: env.name, target: env.target, plan: planned.summary, destroyed: true, stateRemoved: true },
      `${removed ? `Destroyed ${env.name}: ${removed} resource(s) removed` : `${env.name} had nothing to destroy`}; its state folder ${shownPath(ctx.paths, stateDirOf(ctx.paths, env.name))} is gone.`,
    );
  });
}
