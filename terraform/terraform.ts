/**
 * The terraform commands hubstack runs, through execa, in one stack's folder.
 *
 * Every command streams its output line by line as it comes (so a long apply shows progress) and keeps
 * a copy for explaining a failure. Nothing here prompts: `-input=false` everywhere, and applies only
 * ever take a saved plan file, which is what the user saw and confirmed.
 */
import { execa } from "execa";
import { RunError } from "../environment/errors.js";
import { explainTerraformFailure } from "./diagnose.js";
import type { PlanJson } from "./plan-summary.js";

export interface TerraformOptions {
  /** The binary (see locateTerraform). */
  readonly command: string;
  /** The stack's folder: cdktf.out/stacks/<env>. */
  readonly cwd: string;
  /** For messages. */
  readonly envName: string;
  /** Extra environment variables (OS_CLIENT_CONFIG_FILE, ...), over the process's own. */
  readonly env?: Readonly<Record<string, string>>;
  /** Receives terraform's output, one line at a time. */
  /** Each line of output as it comes, with the terraform command (init, plan, apply…) it comes from. */
  readonly onLine?: (line: string, stream: "stdout" | "stderr", command: string) => void;
  /** Let terraform colour its output (only when a terminal reads it). */
  readonly color?: boolean;
}

/** One output of `terraform output -json`. */
export interface TerraformOutputValue {
  readonly value: unknown;
  readonly type: unknown;
  readonly sensitive: boolean;
}

export interface PlanOptions {
  readonly destroy?: boolean;
  /** Only these resources (and what depends on them): `-target`. */
  readonly targets?: readonly string[];
  /** Replace these resources although their configuration did not change: `-replace`. */
  readonly replace?: readonly string[];
}

/** Variables that keep terraform from asking questions and from phoning home for update checks. */
const AUTOMATION_ENV = { TF_IN_AUTOMATION: "1", TF_INPUT: "0", CHECKPOINT_DISABLE: "1" };

export class Terraform {
  constructor(readonly options: TerraformOptions) {}

  /** Prepares the folder: backend and providers. Cheap when nothing changed. */
  async init(): Promise<void> {
    await this.run(["init", "-input=false", ...this.colorFlag()]);
  }

  /** Writes a plan to `planFile` (relative to the stack folder, or absolute). */
  async plan(planFile: string, options: PlanOptions = {}): Promise<void> {
    await this.run([
      "plan",
      "-input=false",
      ...this.colorFlag(),
      ...(options.destroy ? ["-destroy"] : []),
      ...(options.targets ?? []).map((t) => `-target=${t}`),
      ...(options.replace ?? []).map((r) => `-replace=${r}`),
      `-out=${planFile}`,
    ]);
  }

  /**
   * The managed resources in the state, by address and type (`terraform show -json`, which unlike
   * `state list` answers for a stack never applied: none).
   */
  async stateResources(): Promise<{ address: string; type: string }[]> {
    const stdout = await this.run(["show", "-json", "-no-color"], { quiet: true });
    const state = JSON.parse(stdout || "{}") as { values?: { root_module?: { resources?: { address: string; type: string; mode: string }[] } } };
    return (state.values?.root_module?.resources ?? []).filter((r) => r.mode === "managed").map(({ address, type }) => ({ address, type }));
  }

  /** The saved plan as terraform's JSON representation (quietly: it is data, not for the reader). */
  async showPlan(planFile: string): Promise<PlanJson> {
    const stdout = await this.run(["show", "-json", "-no-color", planFile], { quiet: true });
    return JSON.parse(stdout) as PlanJson;
  }

  /** Applies exactly the saved plan (a destroy plan included); never asks. */
  async apply(planFile: string): Promise<void> {
    await this.run(["apply", "-input=false", ...this.colorFlag(), planFile]);
  }

  /** Every root output, by name. */
  async outputs(): Promise<Record<string, TerraformOutputValue>> {
    const stdout = await this.run(["output", "-json", "-no-color"], { quiet: true });
    return JSON.parse(stdout || "{}") as Record<string, TerraformOutputValue>;
  }

  private colorFlag(): string[] {
    return this.options.color ? [] : ["-no-color"];
  }

  /** Runs one terraform command; its stdout is returned, a failure becomes a RunError that says what to do. */
  private async run(args: string[], { quiet = false }: { quiet?: boolean } = {}): Promise<string> {
    const { onLine } = this.options;
    // A generator per stream: each line goes to the reader now, and is kept for the result.
    const tee = (stream: "stdout" | "stderr") =>
      function* (line: unknown) {
        if (onLine) onLine(String(line), stream, args[0] ?? "");
        yield line;
      };
    // Ctrl-C reaches terraform too (same process group): it finishes the current step and saves the
    // state. Exiting now would close its output pipe mid-apply, so hubstack waits for it instead.
    let interrupted = false;
    const onSignal = (signal: NodeJS.Signals) => {
      if (!interrupted) onLine?.(`hubstack: ${signal} received; waiting for terraform to stop safely (it saves the state first)`, "stderr", args[0] ?? "");
      interrupted = true;
    };
    process.on("SIGINT", onSignal);
    process.on("SIGTERM", onSignal);
    const result = await execa(this.options.command, args, {
      cwd: this.options.cwd,
      env: { ...AUTOMATION_ENV, ...this.options.env },
      stdin: "ignore",
      reject: false,
      all: true,
      stripFinalNewline: true,
      // Data commands (show -json, output -json) are not for the reader; their stderr still is.
      stdout: quiet || !onLine ? "pipe" : tee("stdout"),
      stderr: onLine ? tee("stderr") : "pipe",
    }).finally(() => {
      process.off("SIGINT", onSignal);
      process.off("SIGTERM", onSignal);
    });
    if (interrupted) {
      // The user asked to stop: never go on to the next step, even when terraform got to finish this one.
      const what = result.failed ? "was interrupted" : "finished before it could stop; hubstack stopped after it";
      throw new RunError(`terraform ${args[0]} ${what} (env=${this.options.envName}); the state records what was done. \`npm run plan -- env=${this.options.envName}\` shows what is left.`);
    }
    if (result.failed) {
      if (result.code === "ENOENT") throw new RunError(`terraform disappeared: "${this.options.command}" cannot be run any more`);
      throw new RunError(
        explainTerraformFailure({ args, exitCode: result.exitCode, output: String(result.all ?? ""), cwd: this.options.cwd, envName: this.options.envName }),
      );
    }
    return String(result.stdout);
  }
}
