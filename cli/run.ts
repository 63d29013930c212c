/**
 * The one top-level error handler. Every command runs inside it, and it alone decides what an error
 * looks like and which exit code it gets:
 *
 *   UsageError, ConfigError (and PrerequisiteError)  the message, exit 2: the command line, the inventory
 *                                                     or this machine's setup must change; nothing ran
 *   RunError                                          the message, exit 1: a run started and failed
 *   anything else                                     "this is a bug in hubstack" with the stack, exit 1
 *
 * A user's mistake never shows a stack trace; a bug always does, since that is what a report needs.
 * Every message is masked: an error can quote a secret (terraform echoing user data, say).
 */
import { RunError, UsageError } from "../environment/errors.js";
import { maskSecrets } from "../environment/output.js";

export const EXIT_OK = 0;
export const EXIT_FAILURE = 1;
export const EXIT_USAGE = 2;

export interface ErrorReport {
  readonly exitCode: number;
  /** What to print on stderr. */
  readonly text: string;
}

export function reportError(err: unknown): ErrorReport {
  if (err instanceof UsageError) return { exitCode: EXIT_USAGE, text: maskSecrets(`error: ${err.message}`) };
  if (err instanceof RunError) return { exitCode: EXIT_FAILURE, text: maskSecrets(`error: ${err.message}`) };
  const detail = err instanceof Error ? (err.stack ?? `${err.name}: ${err.message}`) : String(err);
  return {
    exitCode: EXIT_FAILURE,
    text: maskSecrets(`error: this is a bug in hubstack, not something you did. Please report it with the details below.\n${detail}`),
  };
}

/** Runs `body`, turns whatever it throws into a message and an exit code, and exits with that code. */
export async function runCli(body: () => Promise<number | void>): Promise<never> {
  let exitCode: number = EXIT_OK;
  try {
    exitCode = (await body()) ?? EXIT_OK;
  } catch (err) {
    const report = reportError(err);
    process.stderr.write(`${report.text}\n`);
    exitCode = report.exitCode;
  }
  // Let stdout drain (a large --json result through a pipe) before exiting.
  process.exitCode = exitCode;
  await new Promise<void>((resolve) => process.stdout.write("", () => resolve()));
  process.exit(exitCode);
}
