/**
 * What every command shares: the options that point it at a project (tests use a temporary one), the
 * output, and loading the environment (which also registers its secrets for masking).
 */
import { loadEnvironment } from "../../environment/load.js";
import type { Environment } from "../../environment/schema.js";
import { createOutput, registerSecrets, type Output } from "../../environment/output.js";
import type { StackSynthesizer } from "../../terraform/backend.js";
import { projectPaths } from "../../terraform/paths.js";
import type { RunContext } from "../../terraform/stack.js";

/** Options every command accepts besides its own flags. */
export interface CommonOptions {
  /** Machine-readable result on stdout. */
  readonly json?: boolean;
  /** The project root holding inventory/, .state/ and cdktf.out/; defaults to this repository. */
  readonly cwd?: string;
  /** Where to print; defaults to the terminal. */
  readonly output?: Output;
  /** Replaces stacks/main.ts's synthEnvironment (tests use a terraform_data stack). */
  readonly synthesize?: StackSynthesizer;
  /** The terraform binary; defaults to HUBSTACK_TERRAFORM or `terraform` on PATH. */
  readonly terraformCommand?: string;
  /** The process environment (CI, OS_* credentials); defaults to process.env. */
  readonly processEnv?: Readonly<Record<string, string | undefined>>;
}

export function runContext(options: CommonOptions): RunContext {
  return {
    paths: projectPaths(options.cwd),
    output: options.output ?? createOutput({ json: options.json ?? false }),
    ...(options.synthesize ? { synthesize: options.synthesize } : {}),
    ...(options.terraformCommand ? { terraformCommand: options.terraformCommand } : {}),
    ...(options.processEnv ? { processEnv: options.processEnv } : {}),
    layerPackages,
  };
}

/**
 * The local VMs' package layers (terraform/synth.ts LayerPackages): what each host's roles install, read
 * from the provisioners (imported on first use: `envs` or a usage mistake need not load every role).
 */
async function layerPackages(env: Environment): Promise<Record<string, readonly string[]>> {
  if (env.target !== "local" || !env.local.packageLayers) return {};
  const { hostLayerPackages } = await import("../../packer/layer.js");
  return hostLayerPackages(env);
}

/** Loads and validates the environment, and from then on masks its secrets in everything printed. */
export function loadEnv(name: string, ctx: RunContext): Environment {
  const env = loadEnvironment(name, { inventoryDir: ctx.paths.inventoryDir, displayRoot: ctx.paths.root });
  registerSecrets(env.secrets);
  // What the inventory may do but should say it means (an opt-in to exposure): said on every command.
  for (const warning of env.warnings ?? []) ctx.output.warn(warning);
  return env;
}

/** How to run a command again, as the user typed it. */
export function npmRun(command: string, args: string): string {
  return `npm run ${command} -- ${args}`;
}
