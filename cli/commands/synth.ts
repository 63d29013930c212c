/**
 * `hubstack synth env=NAME`: writes the environment's stack (cdktf.out/stacks/<env>/cdk.tf.json) and
 * nothing else: no terraform, no credentials, no network.
 */
import { UsageError } from "../../environment/errors.js";
import { describeBackend } from "../../terraform/backend.js";
import { shownPath } from "../../terraform/paths.js";
import { synthOnly } from "../../terraform/stack.js";
import { loadEnv, runContext, type CommonOptions } from "./context.js";

export interface SynthOptions extends CommonOptions {
  readonly env: string;
}

export interface SynthResult {
  readonly env: string;
  readonly target: string;
  /** The synthesized file, relative to the project root. */
  readonly file: string;
  readonly stateBackend: string;
}

export async function synth(options: SynthOptions): Promise<SynthResult> {
  const ctx = runContext(options);
  const env = loadEnv(options.env, ctx);
  if (env.target === "static") {
    throw new UsageError(`env=${env.name} has target static: its machines already exist, so there is no stack to synthesize (\`npm run apply -- env=${env.name}\` provisions them)`);
  }
  ctx.output.step(`Synthesizing the stack of ${env.name}`);
  const { file, backend } = await synthOnly(env, ctx);
  const result: SynthResult = { env: env.name, target: env.target, file: shownPath(ctx.paths, file), stateBackend: describeBackend(backend, ctx.paths) };
  if (ctx.output.json) ctx.output.result(result);
  else ctx.output.info(`Wrote ${result.file} (${result.stateBackend})`);
  return result;
}
