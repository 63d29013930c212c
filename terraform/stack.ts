/**
 * The run layer's steps for one environment, in the order every command takes them:
 *
 *   preflight (terraform present, cloud credentials) → synth → init → plan + summary → apply → outputs
 *
 * Commands (cli/commands/*) decide which steps to take and what to ask; this module does the steps and
 * knows nothing of prompts or printing beyond streaming terraform's output.
 */
import { existsSync, rmSync } from "node:fs";
import { join } from "node:path";
import type { Environment } from "../environment/schema.js";
import type { Output } from "../environment/output.js";
import { describeBackend, stateBackendFor, type StackSynthesizer, type StateBackendSettings } from "./backend.js";
import { locateTerraform, PrerequisiteError, type TerraformBinary } from "./binary.js";
import { checkOpenStackCredentials, checkStateBackendCredentials, type CredentialsContext } from "./credentials.js";
import type { Host } from "../environment/hosts.js";
import { hostsFromOutputs } from "./hosts.js";
import { shownPath, stateDirOf, type ProjectPaths } from "./paths.js";
import { summarizePlan, type PlanSummary } from "./plan-summary.js";
import { ensureStateDir } from "./records.js";
import { synthesizeStack, type LayerPackages } from "./synth.js";
import { Terraform, type PlanOptions } from "./terraform.js";
import { isVerbose, terraformCondenser } from "./condense.js";

/** What a command hands the run layer: where to work, how to print, and the seams tests replace. */
export interface RunContext {
  readonly paths: ProjectPaths;
  readonly output: Output;
  /** Synthesizes the stack; defaults to synthEnvironment from stacks/main.ts. */
  readonly synthesize?: StackSynthesizer;
  /** The local VMs' package layers (synth.ts LayerPackages); without it every VM boots the base image or the hub image. */
  readonly layerPackages?: LayerPackages;
  /** The terraform binary; defaults to HUBSTACK_TERRAFORM or `terraform` on PATH. */
  readonly terraformCommand?: string;
  /** Where credentials variables are read from; defaults to process.env. */
  readonly processEnv?: Readonly<Record<string, string | undefined>>;
}

/** An environment's stack, synthesized and initialised: ready for plan, apply and outputs. */
export interface OpenedStack {
  readonly env: Environment;
  readonly dir: string;
  readonly backend: StateBackendSettings;
  readonly terraform: Terraform;
  readonly binary: TerraformBinary;
}

export interface PlannedChanges {
  readonly summary: PlanSummary;
  /** The saved plan, applied as is by applyPlan. */
  readonly planFile: string;
}

/** Checks what must be on this machine before terraform may run; returns the variables it needs. */
async function preflight(env: Environment, ctx: RunContext): Promise<{ binary: TerraformBinary; terraformEnv: Record<string, string> }> {
  let terraformEnv: Record<string, string> = {};
  const credentialsContext: CredentialsContext = {
    cwd: ctx.paths.root,
    env: ctx.processEnv ?? process.env,
    inventoryFile: shownPath(ctx.paths, join(ctx.paths.inventoryDir, `${env.baseName}.yaml`)),
  };
  // Every missing prerequisite at once, rather than one per attempt.
  const missing: string[] = [];
  const collect = async <T>(check: () => T | Promise<T>): Promise<T | undefined> => {
    try {
      return await check();
    } catch (err) {
      if (!(err instanceof PrerequisiteError)) throw err;
      missing.push(err.message);
      return undefined;
    }
  };
  const binary = await collect(() => locateTerraform(ctx.terraformCommand));
  await collect(() => checkStateBackendCredentials(env, credentialsContext));
  // The only place the run layer looks at the target: an OpenStack stack cannot plan without a cloud.
  if (env.target === "openstack") {
    const credentials = await collect(() => checkOpenStackCredentials(env, credentialsContext));
    if (credentials) {
      ctx.output.info(`OpenStack credentials: ${credentials.description}`);
      terraformEnv = credentials.terraformEnv;
    }
  }
  if (missing.length || !binary) throw new PrerequisiteError(missing.join("\n\n"));
  // A TF_CLI_CONFIG_FILE that names a missing file makes terraform warn on every command (four times an
  // apply): said once here, and terraform runs as it would without the variable (empty is unset to it).
  const cliConfig = process.env.TF_CLI_CONFIG_FILE;
  if (cliConfig && !existsSync(cliConfig)) {
    ctx.output.warn(`TF_CLI_CONFIG_FILE names ${cliConfig}, which does not exist: terraform runs without a CLI configuration (create the file or unset the variable)`);
    terraformEnv = { ...terraformEnv, TF_CLI_CONFIG_FILE: "" };
  }
  return { binary, terraformEnv };
}

/** Synthesizes the stack only (no terraform, no credentials): `npm run synth`. */
export async function synthOnly(env: Environment, ctx: RunContext): Promise<{ dir: string; file: string; backend: StateBackendSettings }> {
  const backend = stateBackendFor(env, ctx.paths);
  const { dir, file } = await synthesizeStack(env, ctx.paths, backend, ctx.synthesize, ctx.output, ctx.layerPackages);
  return { dir, file, backend };
}

/** Preflight, synth and `terraform init`. */
export async function openStack(env: Environment, ctx: RunContext): Promise<OpenedStack> {
  const { binary, terraformEnv } = await preflight(env, ctx);
  const backend = stateBackendFor(env, ctx.paths);
  // Made owner-only before terraform writes anything there: it holds the state and the saved plans.
  ensureStateDir(ctx.paths, env.name);
  ctx.output.step(`Synthesizing the stack of ${env.name}`);
  const { dir } = await synthesizeStack(env, ctx.paths, backend, ctx.synthesize, ctx.output, ctx.layerPackages);
  // Condensed unless --verbose: what changes, what failed, and what is awaited once a minute.
  const condense = terraformCondenser(isVerbose());
  const terraform = new Terraform({
    command: binary.command,
    cwd: dir,
    envName: env.name,
    env: terraformEnv,
    color: ctx.output.color,
    onLine: (line, stream, command) => {
      const shown = stream === "stderr" ? line : condense(line, command);
      if (shown !== undefined) ctx.output.terraformLine(shown, stream);
    },
  });
  ctx.output.step(`terraform init in ${shownPath(ctx.paths, dir)} (${describeBackend(backend, ctx.paths)}, terraform ${binary.version})`);
  await terraform.init();
  return { env, dir, backend, terraform, binary };
}

/** `terraform plan -out` then `terraform show -json`: the plan to apply and its summary. */
export async function planChanges(stack: OpenedStack, ctx: RunContext, options: PlanOptions = {}): Promise<PlannedChanges> {
  // Saved plans can hold secret values: they go to the owner-only state folder, not to cdktf.out.
  const planFile = join(stateDirOf(ctx.paths, stack.env.name), options.destroy ? "destroy.tfplan" : "apply.tfplan");
  const how = [options.destroy ? " -destroy" : "", options.targets ? ` of ${options.targets.length} resource(s)` : "", options.replace?.length ? `, replacing ${options.replace.join(", ")}` : ""].join("");
  ctx.output.step(`terraform plan${how} for ${stack.env.name}`);
  await stack.terraform.plan(planFile, options);
  const summary = summarizePlan(await stack.terraform.showPlan(planFile));
  return { summary, planFile };
}

/** Applies a saved plan, then forgets it (a plan file can hold secrets, and is stale once applied). */
export async function applyPlan(stack: OpenedStack, ctx: RunContext, planned: PlannedChanges): Promise<void> {
  ctx.output.step(`terraform apply for ${stack.env.name}`);
  try {
    await stack.terraform.apply(planned.planFile);
  } finally {
    discardPlan(planned);
  }
}

export function discardPlan(planned: PlannedChanges): void {
  rmSync(planned.planFile, { force: true });
}

/** `terraform output -json` → the machines for the provisioning phase. */
export async function readHosts(stack: OpenedStack): Promise<Host[]> {
  return hostsFromOutputs(await stack.terraform.outputs(), stack.env);
}
