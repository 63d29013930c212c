/**
 * The seam to stacks/: synthesizing an environment's stack into cdktf.out/stacks/<env>/cdk.tf.json.
 *
 * stacks/main.ts is loaded lazily, on the first command that needs a stack: importing cdktf and the
 * generated OpenStack bindings takes seconds, and `envs`, `--help` or an inventory mistake should not
 * wait for it.
 */
import { existsSync } from "node:fs";
import { join } from "node:path";
import { RunError } from "../errors.js";
import type { Environment } from "../environment/schema.js";
import type { StackSynthesizer, StateBackendSettings } from "./backend.js";
import { stackDirOf, type ProjectPaths } from "./paths.js";

/** The module and export that synthesize the real stacks (the contract with stacks/). */
const STACKS_MODULE = "../../stacks/main.js";
const STACKS_EXPORT = "synthEnvironment";

export async function loadStackSynthesizer(): Promise<StackSynthesizer> {
  let module: Record<string, unknown>;
  try {
    // A computed specifier: stacks/main.ts is written by the stacks work and may not exist yet.
    const specifier: string = STACKS_MODULE;
    module = (await import(specifier)) as Record<string, unknown>;
  } catch (err) {
    if ((err as { code?: string }).code === "ERR_MODULE_NOT_FOUND" && String((err as Error).message).includes("stacks/main")) {
      throw new RunError(`the stacks are not available: stacks/main.ts does not exist yet (it must export ${STACKS_EXPORT}(env, outdir, options))`);
    }
    throw err;
  }
  const synthesize = module[STACKS_EXPORT];
  if (typeof synthesize !== "function") {
    throw new RunError(`stacks/main.ts does not export ${STACKS_EXPORT}(env, outdir, options) (it exports: ${Object.keys(module).join(", ") || "nothing"})`);
  }
  return synthesize as StackSynthesizer;
}

export interface SynthesizedStack {
  /** The folder terraform runs in. */
  readonly dir: string;
  readonly file: string;
}

/** Writes the environment's stack and checks that it landed where terraform will look for it. */
export async function synthesizeStack(
  env: Environment,
  paths: ProjectPaths,
  stateBackend: StateBackendSettings,
  synthesize?: StackSynthesizer,
): Promise<SynthesizedStack> {
  const synth = synthesize ?? (await loadStackSynthesizer());
  await synth(env, paths.synthDir, { stateBackend });
  const dir = stackDirOf(paths, env.name);
  const file = join(dir, "cdk.tf.json");
  if (!existsSync(file)) {
    throw new RunError(`synthesizing env=${env.name} wrote no ${file}: the stack must be named after the environment (${env.name})`);
  }
  return { dir, file };
}
