/**
 * The seam to stacks/: synthesizing an environment's stack into cdktf.out/stacks/<env>/cdk.tf.json.
 *
 * stacks/main.ts is loaded lazily, on the first command that needs a stack: importing cdktf and the
 * generated OpenStack bindings takes seconds, and `envs`, `--help` or an inventory mistake should not
 * wait for it.
 */
import { chmodSync, existsSync } from "node:fs";
import { join } from "node:path";
import { RunError } from "../environment/errors.js";
import { ensureDeployKey } from "../environment/keys.js";
import type { Output } from "../environment/output.js";
import type { Environment } from "../environment/schema.js";
import type { StackSynthesizer, StateBackendSettings } from "./backend.js";
import { stackDirOf, stateDirOf, type ProjectPaths } from "./paths.js";
import { readRecord, type EnvironmentRecord } from "./records.js";
import { localStackInput } from "../local/environment.js";
import { ensureHostKey } from "../local/ssh.js";

/**
 * A cloud environment's host keys, one per enabled host, made once in `.state/<env>/hostkeys/` (0600, the
 * environment's own folder, which destroy removes): injected through the user data, so that hubstack pins
 * each server's key before it first connects rather than trusting whatever answers first.
 */
async function cloudHostKeys(env: Environment, stateDir: string): Promise<Record<string, { privateKey: string; publicKey: string }>> {
  const keys: Record<string, { privateKey: string; publicKey: string }> = {};
  for (const [name, host] of Object.entries(env.hosts)) {
    if (host.enabled) keys[name] = await ensureHostKey(join(stateDir, "hostkeys", name), `hubstack ${env.name}/${name} host key`);
  }
  return keys;
}

/**
 * Whether a cloud environment's servers get hubstack's host keys. The keys live on this machine
 * (.state/<env>/hostkeys): made here for a new environment, kept for one made with them. Where this machine
 * lacks them (a second clone sharing remote state, a lost folder), new keys would not be the ones the servers
 * hold (user data is read once): then the servers' own keys stay, as first seen.
 */
export function injectsHostKeys(record: Pick<EnvironmentRecord, "hostKeysInjected" | "resources"> | undefined, haveKeys: boolean, remoteState = false): boolean {
  if (haveKeys) return record?.hostKeysInjected ?? !record?.resources;
  return !remoteState && !record?.resources && record?.hostKeysInjected !== true;
}

/** stacks/main.ts's synthEnvironment, imported on first use. */
export async function loadStackSynthesizer(): Promise<StackSynthesizer> {
  const { synthEnvironment } = await import("../stacks/main.js");
  return synthEnvironment;
}

/**
 * Per host, the Debian packages its roles install, for the local VMs' package layers. The provisioners know
 * them and this layer may not import them: the command line hands the function down (cli/commands/context.ts).
 * Every command of an environment must hand the same one, or a plan would see the VMs' specs change.
 */
export type LayerPackages = (env: Environment) => Promise<Record<string, readonly string[]>>;

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
  output?: Output,
  layerPackages?: LayerPackages,
): Promise<SynthesizedStack> {
  const synth = synthesize ?? (await loadStackSynthesizer());
  const reads = synth.reads ?? {};
  const { publicKey, privateKeyFile } = await ensureDeployKey(env, paths.root, output);
  // The local environment's VMs: their spec and pinned host keys are prepared before synth, for a stack
  // that builds VMs from them.
  const local =
    env.target === "local" && reads.localVms
      ? await localStackInput(env, stateDirOf(paths, env.name), privateKeyFile, layerPackages ? await layerPackages(env) : {})
      : undefined;
  if (local && env.local.useHubImage) {
    output?.info(
      local.hubImage
        ? `The hub boots the local hub image ${local.hubImage}`
        : `No local hub image yet: the hub boots the base image and installs everything itself (\`npm run image -- build hub env=${env.name}\` builds one; apply builds it first)`,
    );
  }
  if (local && Object.keys(local.layers).length > 0) {
    // Said on every command: a changed package list replaces the VM, and the plan alone would not say why.
    const layers = Object.entries(local.layers).map(([vm, packages]) => `${vm} (${packages.join(", ")})`);
    output?.info(`Package layers with their roles' Debian packages: ${layers.join("; ")} (local.packageLayers: false boots the base image)`);
  }
  // Servers created before hubstack injected host keys have their own: publishing a key they do not hold would
  // refuse every connection to them. Those keep the key seen first (recorded in known_hosts), with a warning.
  const record = readRecord(paths, env.name);
  const haveKeys = existsSync(join(stateDirOf(paths, env.name), "hostkeys"));
  const injectKeys = env.target === "openstack" && reads.hostKeys === true && injectsHostKeys(record, haveKeys, stateBackend.kind !== "local");
  if (env.target === "openstack" && reads.hostKeys && !injectKeys) {
    output?.warn(`env=${env.name}: this machine holds no host keys hubstack made for its servers (created before hubstack pinned them, or on another machine): their own keys are trusted as first seen`);
  }
  const hostKeys = injectKeys ? await cloudHostKeys(env, stateDirOf(paths, env.name)) : undefined;
  await synth(env, paths.synthDir, { stateBackend, sshPublicKey: publicKey, ...(local ? { local } : {}), ...(hostKeys ? { hostKeys } : {}) });
  const dir = stackDirOf(paths, env.name);
  // The stack holds the servers' private host keys (their user data): this machine's owner's alone.
  if (existsSync(dir)) chmodSync(dir, 0o700);
  const file = join(dir, "cdk.tf.json");
  if (!existsSync(file)) {
    throw new RunError(`synthesizing env=${env.name} wrote no ${file}: the stack must be named after the environment (${env.name})`);
  }
  return { dir, file };
}
