/**
 * Terraform's streamed output, condensed to what an operator reads: a local apply printed ~165 lines of plan
 * (hubstack prints its own summary of it) and ~180 "Still creating… [10s elapsed]" lines. Kept: everything
 * that says what changes or what failed, and one "Still …" line per resource and minute, so no silent minute
 * passes without saying what is awaited. `--verbose` (or HUBSTACK_VERBOSE=1) shows every line.
 */

/** `hub: Still creating... [1m0s elapsed]` */
const STILL = /^(?:\x1b\[[0-9;]*m)*(\S.*?): Still (?:creating|destroying|modifying|reading)\.\.\. \[(?:(\d+)m)?(\d+)s elapsed\]/;
/** The plan's body, between these two: hubstack prints a summary of the same plan. */
const PLAN_START = /Terraform will perform the following actions:/;
const PLAN_END = /^(?:\x1b\[[0-9;]*m)*Plan: \d+ to add/;

/** Returns a filter for one terraform command's lines: true to print the line. */
export function terraformLineFilter(verbose: boolean): (line: string) => boolean {
  if (verbose) return () => true;
  let inPlan = false;
  return (line) => {
    if (PLAN_START.test(line)) {
      inPlan = true;
      return false;
    }
    if (inPlan) {
      if (!PLAN_END.test(line)) return false;
      inPlan = false;
      return true;
    }
    const still = STILL.exec(line);
    // Terraform says "Still …" every 10 s per resource: one a minute is enough to show what is awaited.
    if (still) return still[2] !== undefined && Number(still[3]) === 0;
    return true;
  };
}

/** `--verbose` sets it for the whole run (terraform is started deep in the run layer). */
export const isVerbose = (env: NodeJS.ProcessEnv = process.env): boolean => env.HUBSTACK_VERBOSE === "1";
