/**
 * Where an environment's Terraform state lives, and the contract between the run layer and stacks/.
 *
 * The run layer decides the state location (one folder per environment, or the remote backend the
 * inventory names) and hands it to the stack as `StateBackendSettings`; the stack only turns it into a
 * backend block. Keeping the decision here means two environments can never share state by accident:
 * every path and key is derived from the environment's full name (hub-ci-<random> included).
 */
import { join, resolve } from "node:path";
import type { Environment } from "../environment/schema.js";
import type { LocalStackInput } from "../local/environment.js";
import { shownPath, stateDirOf, type ProjectPaths } from "./paths.js";

export type StateBackendSettings =
  /** Terraform's local backend: an absolute path to the state file. */
  | { readonly kind: "local"; readonly path: string }
  /** S3-compatible object storage (credentials from AWS_ACCESS_KEY_ID / AWS_SECRET_ACCESS_KEY). */
  | { readonly kind: "s3"; readonly bucket: string; readonly key: string; readonly region: string; readonly endpoint: string }
  /** Terraform's HTTP backend (GitLab, a small state server, ...). */
  | { readonly kind: "http"; readonly address: string; readonly lockAddress?: string; readonly unlockAddress?: string };

/** What the run layer passes to a stack synthesizer besides the environment. */
export interface SynthOptions {
  readonly stateBackend: StateBackendSettings;
  /** The deploy key's public half (`ssh-ed25519 AAAA…`), which every machine the stack creates accepts. */
  readonly sshPublicKey?: string;
  /** target local: the VMs' spec and host inventory (local/environment.ts). */
  readonly local?: LocalStackInput;
  /**
   * target openstack: each host's SSH host key, made before synth (terraform/synth.ts), injected through the
   * user data and published in the hosts output, so that hubstack pins it before the first connection.
   */
  readonly hostKeys?: Readonly<Record<string, { readonly privateKey: string; readonly publicKey: string }>>;
}

/**
 * The signature of `synthEnvironment` in stacks/main.ts (and of the test fixture stacks): write
 * `<outdir>/stacks/<env.name>/cdk.tf.json` with the given backend and an output named `hosts`.
 */
export interface StackSynthesizer {
  (env: Environment, outdir: string, options: SynthOptions): void | Promise<void>;
  /**
   * The machine inputs it builds from (SynthOptions.local, SynthOptions.hostKeys): the run layer prepares
   * those (VM specs and pinned keys, private host keys) only for a synthesizer that reads them.
   */
  readonly reads?: { readonly localVms?: boolean; readonly hostKeys?: boolean };
}

/** The state file name inside an environment's state folder. */
export const STATE_FILE = "terraform.tfstate";

/** The backend settings for an environment, with `{env}` placeholders filled in. */
export function stateBackendFor(env: Environment, paths: ProjectPaths): StateBackendSettings {
  const fill = (template: string) => template.replaceAll("{env}", env.name);
  const state = env.state;
  switch (state.backend) {
    case "local":
      // A custom dir (relative to the project root) still gets one folder per environment.
      return { kind: "local", path: state.dir ? resolve(paths.root, state.dir, env.name, STATE_FILE) : join(stateDirOf(paths, env.name), STATE_FILE) };
    case "s3":
      return { kind: "s3", bucket: state.bucket, key: fill(state.key), region: state.region, endpoint: state.endpoint };
    case "http":
      return {
        kind: "http",
        address: fill(state.address),
        ...(state.lockAddress ? { lockAddress: fill(state.lockAddress) } : {}),
        ...(state.unlockAddress ? { unlockAddress: fill(state.unlockAddress) } : {}),
      };
  }
}

/** One line for humans: where this environment's state is. */
export function describeBackend(settings: StateBackendSettings, paths: ProjectPaths): string {
  switch (settings.kind) {
    case "local":
      return `local state ${shownPath(paths, settings.path)}`;
    case "s3":
      return `S3 state s3://${settings.bucket}/${settings.key} at ${settings.endpoint}`;
    case "http":
      return `HTTP state at ${settings.address}`;
  }
}
