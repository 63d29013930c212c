/**
 * The CDKTF app: one Terraform stack per environment, written to <outdir>/stacks/<env>/cdk.tf.json.
 *
 * `synthEnvironment` is what the run layer calls (see StackSynthesizer in terraform/backend.ts).
 * Run directly (it is the app named in cdktf.json), it synthesizes the environments named as
 * `env=NAME` arguments, or every openstack environment of the inventory:
 *
 *     npx tsx stacks/main.ts env=hub-dev
 */
import { existsSync, readFileSync, rmSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { App } from "cdktf";
import type { Environment } from "../environment/schema.js";
import { UsageError } from "../environment/errors.js";
import type { StackSynthesizer, SynthOptions } from "../terraform/backend.js";
import { HubStack } from "./hub-stack.js";
import { LocalStack } from "./local-stack.js";

const REPO_ROOT = resolve(dirname(fileURLToPath(import.meta.url)), "..");

export interface HubSynthOptions extends SynthOptions {
  /**
   * The operator's OpenSSH public key. @default the contents of `<ssh.privateKeyFile>.pub`, relative
   * to the repository root
   */
  readonly sshPublicKey?: string;
}

/** Where `synthEnvironment` writes an environment's Terraform JSON. */
export function stackFile(outdir: string, envName: string): string {
  return join(outdir, "stacks", envName, "cdk.tf.json");
}

/** Builds the environment's stack and writes <outdir>/stacks/<env.name>/cdk.tf.json. */
export const synthEnvironment: StackSynthesizer = Object.assign(synthStacks, { reads: { localVms: true, hostKeys: true } } as const);

function synthStacks(env: Environment, outdir: string, options: HubSynthOptions): void {
  // stackTraces off: cdktf would otherwise record a stack trace per construct in the JSON.
  const app = new App({ outdir, stackTraces: false });
  if (env.target === "local") {
    if (!options.local) throw new Error(`stacks: env ${env.name} has target local, and the run layer gave no local stack input`);
    const tsx = join(REPO_ROOT, "node_modules", ".bin", "tsx");
    new LocalStack(app, { env, stateBackend: options.stateBackend, local: options.local, vmctl: `${tsx} ${join(REPO_ROOT, "local", "vmctl.ts")}` });
  } else if (env.target === "openstack") {
    new HubStack(app, { env, stateBackend: options.stateBackend, sshPublicKey: options.sshPublicKey ?? readPublicKey(env), ...(options.hostKeys ? { hostKeys: options.hostKeys } : {}) });
  } else {
    throw new Error(`stacks: environment ${env.name} has target ${env.target}, which has no infrastructure phase`);
  }
  app.synth();
  refuseSecrets(stackFile(outdir, env.name), env);
}

function readPublicKey(env: Environment): string {
  const file = resolve(REPO_ROOT, `${env.ssh.privateKeyFile}.pub`);
  if (!existsSync(file)) {
    throw new UsageError(
      `stacks: ${env.name} needs the operator's SSH public key, and ${file} does not exist; create the pair with ` +
        `\`ssh-keygen -t ed25519 -N '' -f ${env.ssh.privateKeyFile}\` or point ssh.privateKeyFile at yours`,
    );
  }
  return readFileSync(file, "utf8").trim();
}

/**
 * A last guard: no value from the secrets layer may end up in Terraform JSON (which lands in the
 * state and in CI artifacts). The stacks use no secret today; this keeps it that way.
 */
function refuseSecrets(file: string, env: Environment): void {
  const json = readFileSync(file, "utf8");
  const leaked = env.secrets.filter((secret) => secret.length > 0 && (json.includes(secret) || json.includes(JSON.stringify(secret).slice(1, -1))));
  if (leaked.length > 0) {
    rmSync(file);
    throw new UsageError(
      `stacks: refusing to write ${file}: it contained ${leaked.length} value(s) from inventory/secrets/${env.baseName}.yaml; ` +
        `secrets must never reach Terraform JSON`,
    );
  }
}

/** `npx tsx stacks/main.ts [env=NAME ...]`, also what `cdktf synth` runs. */
async function main(argv: string[]): Promise<void> {
  // Loaded only here: constructing stacks needs no inventory reader.
  const { listEnvironmentFiles, loadEnvironment } = await import("../environment/load.js");
  const { stateBackendFor } = await import("../terraform/backend.js");
  const { projectPaths } = await import("../terraform/paths.js");
  const paths = projectPaths(REPO_ROOT);
  const outdir = process.env.CDKTF_OUTDIR ?? paths.synthDir;

  const named = argv.filter((a) => a.startsWith("env=")).map((a) => a.slice("env=".length));
  const envs = named.length > 0 ? named.map((name) => loadEnvironment(name)) : listEnvironmentFiles().map((name) => loadEnvironment(name)).filter((e) => e.target === "openstack");
  for (const env of envs) {
    const started = performance.now();
    synthEnvironment(env, outdir, { stateBackend: stateBackendFor(env, paths) });
    console.log(`${stackFile(outdir, env.name)} (${Math.round(performance.now() - started)} ms)`);
  }
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  main(process.argv.slice(2)).catch((err: unknown) => {
    console.error(err instanceof Error ? err.message : String(err));
    process.exit(1);
  });
}
