/**
 * Everything hubstack prints goes through here, for two reasons:
 *
 * - secrets: every string of the environment's secrets layer is replaced by `***` in anything printed,
 *   terraform's streamed output and error messages included. The registry is process-wide because a
 *   secret can surface anywhere (a terraform error quoting user data, an exception message), and the
 *   one error handler in cli/run.ts must mask too;
 * - --json: the result is the only thing on stdout, so logs and terraform's output move to stderr.
 */
import type { Writable } from "node:stream";

const MASK = "***";
const secretValues = new Set<string>();

/** Registers values that must never be printed. Call it as soon as an environment is loaded. */
export function registerSecrets(values: Iterable<string>): void {
  for (const value of values) {
    if (value.length === 0) continue;
    secretValues.add(value);
    // The same value as it appears inside JSON output (quotes and backslashes escaped).
    secretValues.add(JSON.stringify(value).slice(1, -1));
  }
}

/** For tests: forget every registered secret. */
export function clearSecrets(): void {
  secretValues.clear();
}

/** Replaces every registered secret in `text` by `***`, longest first so that no part of one survives. */
export function maskSecrets(text: string): string {
  if (secretValues.size === 0) return text;
  let masked = text;
  for (const secret of [...secretValues].sort((a, b) => b.length - a.length)) masked = masked.replaceAll(secret, MASK);
  return masked;
}

export interface Output {
  /** True with --json: the result goes to stdout as JSON, everything else to stderr. */
  readonly json: boolean;
  /** A step of the run: "--> Planning hub-dev". */
  step(text: string): void;
  /** A plain line for the human reader. */
  info(text: string): void;
  warn(text: string): void;
  /** One line of terraform's output, streamed as it comes. */
  terraformLine(line: string, stream: "stdout" | "stderr"): void;
  /** Whether terraform may colour its output (the reader is a terminal). */
  readonly color: boolean;
  /** The command's result for machines: printed as JSON on stdout with --json, ignored otherwise. */
  result(value: unknown): void;
}

export interface OutputOptions {
  json?: boolean;
  stdout?: Writable & { isTTY?: boolean };
  stderr?: Writable & { isTTY?: boolean };
}

export function createOutput(options: OutputOptions = {}): Output {
  const json = options.json ?? false;
  const stdout = options.stdout ?? process.stdout;
  const stderr = options.stderr ?? process.stderr;
  // With --json, stdout carries the result alone; logs go to stderr.
  const log = json ? stderr : stdout;
  const write = (stream: Writable, text: string) => stream.write(`${maskSecrets(text)}\n`);
  return {
    json,
    color: Boolean(log.isTTY) && !process.env.NO_COLOR,
    step: (text) => write(log, `--> ${text}`),
    info: (text) => write(log, text),
    warn: (text) => write(stderr, `warning: ${text}`),
    terraformLine: (line, stream) => write(stream === "stderr" ? stderr : log, line),
    result: (value) => {
      if (json) write(stdout, JSON.stringify(value, null, 2));
    },
  };
}

/** An Output that records lines instead of printing them (tests, and callers that want the text). */
export function createRecordingOutput(options: { json?: boolean } = {}): Output & { lines: string[]; results: unknown[] } {
  const lines: string[] = [];
  const results: unknown[] = [];
  return {
    json: options.json ?? false,
    color: false,
    lines,
    results,
    step: (text) => lines.push(maskSecrets(`--> ${text}`)),
    info: (text) => lines.push(maskSecrets(text)),
    warn: (text) => lines.push(maskSecrets(`warning: ${text}`)),
    terraformLine: (line) => lines.push(maskSecrets(line)),
    result: (value) => results.push(JSON.parse(maskSecrets(JSON.stringify(value)))),
  };
}

/**
 * A terminal stream whose writes are masked, for code that prints on its own (the provisioners'
 * reporter, which shows file diffs). It keeps isTTY and columns, so live output still works.
 */
export function maskedStream(stream: NodeJS.WriteStream): NodeJS.WriteStream {
  return new Proxy(stream, {
    get(target, property) {
      if (property === "write") {
        return (chunk: unknown, ...rest: unknown[]) =>
          (target.write as (...args: unknown[]) => boolean)(typeof chunk === "string" ? maskSecrets(chunk) : chunk, ...rest);
      }
      const value: unknown = Reflect.get(target, property, target);
      return typeof value === "function" ? (value as (...args: unknown[]) => unknown).bind(target) : value;
    },
  });
}
