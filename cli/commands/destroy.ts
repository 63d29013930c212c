/**
 * `hubstack destroy env=NAME [--delete-data]`: removes the machines, networks and everything else the
 * environment's stack made, but not its data volumes (the NFS homes, the hub's state: OpenStack volumes,
 * env=local's data disks), which stay in the state for the next apply to attach to new machines. With
 * --delete-data they go too, and then the state folder. It shows the destroy plan, says what it keeps,
 * and asks first (unless --yes or CI=true), like apply.
 *
 * A CI environment's inventory file (hub-ci) is not something that exists: destroy names one of its
 * instances (hub-ci-<random>), so that one CI run can never tear down another's environment.
 */
import { existsSync, rmSync } from "node:fs";
import { UsageError } from "../../environment/errors.js";
import { confirmAction } from "../prompt.js";
import { shownPath, stackDirOf, stateDirOf } from "../../terraform/paths.js";
import { formatPlanSummary, hasResourceChanges, type PlanSummary } from "../../terraform/plan-summary.js";
import { listEnvironmentsWithState, readRecord, removeStateDir, updateRecord } from "../../terraform/records.js";
import { keepDataTargets } from "../../terraform/data-volumes.js";
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
  /** Destroy the data volumes too. */
  readonly deleteData?: boolean;
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
  /** Data volumes left in place (their addresses), for the next apply to attach. */
  readonly keptData: string[];
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
    return report({ env: env.name, target: env.target, destroyed: false, stateRemoved: false, keptData: [] }, `env=${env.name} has target static: hubstack created none of its machines, so there is nothing to destroy.`);
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
    const { targets, kept: data } = keepDataTargets(await stack.terraform.stateResources());
    const keep = !options.deleteData && data.length > 0;
    const keptData = keep ? data : [];
    if (keep && targets.length === 0) {
      return report(
        { env: env.name, target: env.target, destroyed: false, stateRemoved: false, keptData },
        `${env.name} has only its data volumes left (${data.join(", ")}): \`${npmRun("apply", `env=${env.name}`)}\` attaches them to new machines, \`${npmRun("destroy", `env=${env.name} --delete-data`)}\` deletes them.`,
      );
    }
    const planned = await planChanges(stack, ctx, { destroy: true, ...(keep ? { targets } : {}) });
    if (!ctx.output.json) {
      ctx.output.info(formatPlanSummary(env.name, planned.summary));
      if (keep) ctx.output.info(`Kept: ${data.length} data volume(s) (${data.join(", ")}): the next apply attaches them to new machines; --delete-data would delete them.`);
      else if (data.length) ctx.output.warn(`--delete-data: the ${data.length} data volume(s) go too (${data.join(", ")}): every home and the hub's state, for good.`);
    }

    if (hasResourceChanges(planned.summary)) {
      const go = await confirmAction({
        yes: options.yes ?? false,
        action: keep
          ? `destroy ${planned.summary.destroy.length} resource(s) of ${env.name} (its data volumes stay)`
          : `destroy ${planned.summary.destroy.length} resource(s) of ${env.name}${data.length ? `, its ${data.length} data volume(s) included` : ""}`,
        retryWith: npmRun("destroy", `env=${env.name} --yes${options.deleteData ? " --delete-data" : ""}`),
        ...(options.processEnv ? { env: options.processEnv } : {}),
        ...(options.interactive !== undefined ? { interactive: options.interactive } : {}),
        ...(options.ask ? { ask: options.ask } : {}),
      });
      if (!go) {
        discardPlan(planned);
        return report({ env: env.name, target: env.target, plan: planned.summary, destroyed: false, stateRemoved: false, keptData }, "Nothing was destroyed.");
      }
      await applyPlan(stack, ctx, planned);
    } else {
      discardPlan(planned);
    }

    if (keep) {
      // The data volumes are still in the state: it stays, with the record, for the next apply.
      updateRecord(ctx.paths, env.name, { resources: data.length });
      return report(
        { env: env.name, target: env.target, plan: planned.summary, destroyed: true, stateRemoved: false, keptData },
        `Destroyed ${env.name}'s machines: ${planned.summary.destroy.length} resource(s) removed; its ${data.length} data volume(s) kept. ` +
          `\`${npmRun("apply", `env=${env.name}`)}\` brings it back with them, \`${npmRun("destroy", `env=${env.name} --delete-data`)}\` deletes them.`,
      );
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
      { env: env.name, target: env.target, plan: planned.summary, destroyed: true, stateRemoved: true, keptData },
      `${removed ? `Destroyed ${env.name}: ${removed} resource(s) removed` : `${env.name} had nothing to destroy`}; its state folder ${shownPath(ctx.paths, stateDirOf(ctx.paths, env.name))} is gone.`,
    );
  });
}
