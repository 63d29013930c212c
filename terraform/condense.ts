/**
 * Terraform's streamed output, condensed to what an operator reads: a local apply printed ~165 lines of plan
 * (hubstack prints its own summary of it), ~180 "Still creating… [10s elapsed]" lines, init's chatter, the
 * refresh of every resource and the whole `hosts` output twice. Kept: every warning and error, what changes
 * as it changes (with a progress count, `[3/5]`, from the plan's totals), what the VMs' commands say, and
 * one "Still …" line per resource and minute, so no silent minute passes without saying what is awaited.
 * `--verbose` (or HUBSTACK_VERBOSE=1) shows every line.
 */

/** `hub: Still creating... [1m0s elapsed]` */
const STILL = /^(?:\x1b\[[0-9;]*m)*(\S.*?): Still (?:creating|destroying|modifying|reading)\.\.\. \[(?:(\d+)m)?(\d+)s elapsed\]/;
/** `Plan: 2 to add, 2 to change, 2 to destroy.`: the count of actions the apply will report done. */
const PLAN_TOTALS = /Plan: (\d+) to add, (\d+) to change, (\d+) to destroy/;
/** One resource action finished. */
const DONE = /^(?:\x1b\[[0-9;]*m)*\S+: (?:Creation|Destruction|Modifications) complete after /;
/** Terraform's diagnostics (warnings, errors), drawn in a box on either stream: always shown. */
const DIAGNOSTIC = /^(?:\x1b\[[0-9;]*m)*(?:[╷│╵]|(?:Error|Warning):)/;
/** A resource's command (local-exec): the command line itself and the JSON a vmctl prints for terraform. */
const EXEC_NOISE = /\(local-exec\): (?:Executing: \[|\{")/;
/** The end of the apply: the outputs that follow it are the stack's data (hubstack reads them itself). */
const APPLY_DONE = /^(?:\x1b\[[0-9;]*m)*Apply complete!/;

/** The terraform command a line comes from (the first argument: init, plan, apply, show, output…). */
export type TerraformCommand = string;

/**
 * Returns a condenser for one stack's terraform commands: called with each line, it returns the line to
 * print (possibly with a progress count) or undefined to leave it out. It keeps the plan's totals to count
 * the apply that follows.
 */
export function terraformCondenser(verbose: boolean): (line: string, command: TerraformCommand) => string | undefined {
  if (verbose) return (line) => line;
  let total: number | undefined;
  let done = 0;
  let afterApply = false;
  let previous: TerraformCommand | undefined;
  return (line, command) => {
    // A new plan starts a new count (one stack may plan and apply more than once: a test, a retry).
    if (command === "plan" && previous !== "plan") {
      total = undefined;
      done = 0;
      afterApply = false;
    }
    previous = command;
    if (DIAGNOSTIC.test(line)) return line;
    if (command === "plan") {
      const totals = PLAN_TOTALS.exec(line);
      if (totals) total = Number(totals[1]) + Number(totals[2]) + Number(totals[3]);
      // The plan itself: hubstack prints its own summary of it (formatPlanSummary).
      return undefined;
    }
    if (command !== "apply") return undefined; // init, show, output: chatter or data
    if (APPLY_DONE.test(line)) {
      afterApply = true;
      return line;
    }
    if (afterApply || EXEC_NOISE.test(line) || line.trim() === "") return undefined;
    const still = STILL.exec(line);
    // Terraform says "Still …" every 10 s per resource: one a minute is enough to show what is awaited.
    if (still) return still[2] !== undefined && Number(still[3]) === 0 ? line : undefined;
    if (DONE.test(line)) {
      done += 1;
      return total ? `[${Math.min(done, total)}/${total}] ${line}` : line;
    }
    return line;
  };
}

/** `--verbose` sets it for the whole run (terraform is started deep in the run layer). */
export const isVerbose = (env: NodeJS.ProcessEnv = process.env): boolean => env.HUBSTACK_VERBOSE === "1";
