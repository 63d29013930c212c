/**
 * The confirmation before apply and destroy: a y/N question on a terminal, skipped with --yes or in CI
 * (CI=true), and refused outright when nobody can answer, rather than hanging on a closed stdin or
 * applying unasked.
 */
import { createInterface } from "node:readline/promises";
import { UsageError } from "../environment/errors.js";

export type ConfirmationPolicy = "proceed" | "ask" | "refuse";

/** CI systems set CI=true (GitHub, GitLab, Woodpecker, ...); "1" is common too. */
export function isCi(env: Readonly<Record<string, string | undefined>>): boolean {
  return ["true", "1"].includes((env.CI ?? "").toLowerCase());
}

export function confirmationPolicy(options: { yes: boolean; env: Readonly<Record<string, string | undefined>>; interactive: boolean }): ConfirmationPolicy {
  if (options.yes || isCi(options.env)) return "proceed";
  return options.interactive ? "ask" : "refuse";
}

/** Asks on the terminal; only "y" or "yes" goes ahead. */
export async function askYesNo(question: string): Promise<boolean> {
  const rl = createInterface({ input: process.stdin, output: process.stderr });
  try {
    const answer = await rl.question(`${question} [y/N] `);
    return /^y(es)?$/i.test(answer.trim());
  } finally {
    rl.close();
  }
}

export interface ConfirmOptions {
  readonly yes: boolean;
  /** "apply these changes to hub-dev": the question, and in the refusal, what could not be confirmed. */
  readonly action: string;
  /** The command line to suggest, e.g. "npm run apply -- env=hub-dev --yes". */
  readonly retryWith: string;
  readonly env?: Readonly<Record<string, string | undefined>>;
  /** Whether someone can answer: stdin and stderr are terminals. */
  readonly interactive?: boolean;
  /** Replaces the terminal question (tests). */
  readonly ask?: (question: string) => Promise<boolean>;
}

/** True to go ahead, false when the user said no; throws when nobody can be asked. */
export async function confirmAction(options: ConfirmOptions): Promise<boolean> {
  const policy = confirmationPolicy({
    yes: options.yes,
    env: options.env ?? process.env,
    interactive: options.interactive ?? Boolean(process.stdin.isTTY && process.stderr.isTTY),
  });
  if (policy === "proceed") return true;
  if (policy === "refuse") {
    throw new UsageError(`refusing to ${options.action} without confirmation: there is no terminal to ask on. Run \`${options.retryWith}\` (or set CI=true) to confirm in advance.`);
  }
  return (options.ask ?? askYesNo)(`Do you want to ${options.action}?`);
}
