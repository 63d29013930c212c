/**
 * Errors a user can act on. The one handler in cli/run.ts prints their message (no stack trace) and
 * exits with their code; anything else is a bug and is printed with its stack.
 */

/** Exit code 2: the command line or the inventory is wrong. */
export class UsageError extends Error {
  readonly exitCode = 2;
  constructor(message: string) {
    super(message);
    this.name = "UsageError";
  }
}

/** Exit code 2: the inventory is wrong; every problem is listed at once. */
export class ConfigError extends UsageError {
  constructor(readonly problems: string[]) {
    super(problems.length === 1 ? problems[0]! : `${problems.length} problems in the inventory:\n${problems.map((p) => `  - ${p}`).join("\n")}`);
    this.name = "ConfigError";
  }
}

/** Exit code 1: the run failed (terraform, a host, a check), with a message that says what to do. */
export class RunError extends Error {
  readonly exitCode = 1;
  constructor(message: string) {
    super(message);
    this.name = "RunError";
  }
}

export function isUserError(err: unknown): err is UsageError | RunError {
  return err instanceof UsageError || err instanceof RunError;
}
