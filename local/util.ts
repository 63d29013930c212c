/**
 * Small helpers shared by the local-environment modules: running host commands, hashing, atomic writes
 * and the one-line progress log. Kept here so that each module reads as the steps it takes.
 */
import { createHash, randomBytes } from "node:crypto";
import { constants } from "node:fs";
import { access, mkdir, rename, rm, writeFile } from "node:fs/promises";
import { dirname, join } from "node:path";
import { execa, type Options } from "execa";

/** One line of progress. Everything the local environment says goes through one of these. */
export type Log = (line: string) => void;

/** Progress goes to stderr so that stdout stays free for machine-readable results (vmctl prints JSON there). */
export const stderrLog: Log = (line) => process.stderr.write(`[local] ${line}\n`);
export const silentLog: Log = () => {};

/**
 * Directories searched for host tools besides PATH: a non-login root shell (or a CI runner) often lacks the
 * sbin directories where ip, nft, mkfs.ext4 and apt-cacher-ng live.
 */
const EXTRA_BIN_DIRS = ["/usr/local/sbin", "/usr/sbin", "/sbin", "/usr/local/bin", "/usr/bin", "/bin"];

/** Absolute path of `command`, or undefined when it is not installed. */
export async function findCommand(command: string): Promise<string | undefined> {
  const dirs = [...(process.env.PATH ?? "").split(":").filter(Boolean), ...EXTRA_BIN_DIRS];
  for (const dir of dirs) {
    const candidate = join(dir, command);
    try {
      await access(candidate, constants.X_OK);
      return candidate;
    } catch {
      // not here
    }
  }
  return undefined;
}

/** PATH with the sbin directories added, for the child processes we start. */
export function hostPath(): string {
  const parts = (process.env.PATH ?? "").split(":").filter(Boolean);
  for (const dir of EXTRA_BIN_DIRS) if (!parts.includes(dir)) parts.push(dir);
  return parts.join(":");
}

export class CommandError extends Error {
  constructor(
    readonly command: string,
    readonly exitCode: number | undefined,
    readonly output: string,
    /** How it failed, when not by an exit code: "killed by SIGTERM", "not installed". */
    how?: string,
  ) {
    const tail = output.trim().split("\n").slice(-15).join("\n");
    super(`${command} failed (${how ?? (exitCode === undefined ? "killed" : `exit ${exitCode}`)})${tail ? `:\n${tail}` : ""}`);
    this.name = "CommandError";
  }
}

export interface RunResult {
  stdout: string;
  stderr: string;
  exitCode: number;
}

/**
 * Runs a host command without a shell (arguments are never re-parsed) and throws a CommandError carrying the
 * tail of its output when it fails, unless `allowFailure` is set.
 */
export async function run(
  command: string,
  args: readonly string[],
  options: Options & { allowFailure?: boolean } = {},
): Promise<RunResult> {
  const { allowFailure, ...execaOptions } = options;
  const result = await execa(command, args, {
    reject: false,
    // No stdin unless we feed one: a command that prompts must fail, not hang.
    ...(execaOptions.input === undefined ? { stdin: "ignore" as const } : {}),
    ...execaOptions,
    env: { PATH: hostPath(), ...(execaOptions.env ?? {}) },
  });
  const stdout = typeof result.stdout === "string" ? result.stdout : "";
  const stderr = typeof result.stderr === "string" ? result.stderr : "";
  const exitCode = result.exitCode ?? -1;
  // A command that never started (not installed, not executable) is said as such, not as a signal.
  const code = (result as { code?: string }).code;
  if (result.exitCode === undefined && result.signal === undefined && code && !allowFailure) {
    throw new CommandError([command, ...args].join(" "), undefined, "", code === "ENOENT" ? `${command} is not installed on this machine` : `could not start: ${code}`);
  }
  if (result.exitCode === undefined && result.signal && !allowFailure) {
    throw new CommandError([command, ...args].join(" "), undefined, `${stdout}\n${stderr}`, `killed by ${result.signal}`);
  }
  if (exitCode !== 0 && !allowFailure) {
    throw new CommandError([command, ...args].join(" "), result.exitCode, `${stdout}\n${stderr}`);
  }
  return { stdout, stderr, exitCode };
}

export function sha256(text: string): string {
  return createHash("sha256").update(text).digest("hex");
}

export function randomHex(bytes = 4): string {
  return randomBytes(bytes).toString("hex");
}

export async function pathExists(path: string): Promise<boolean> {
  try {
    await access(path);
    return true;
  } catch {
    return false;
  }
}

/** Temporary file + rename: a reader never sees half a file, even if we are killed mid-write. */
export async function writeFileAtomic(path: string, data: string | Uint8Array, mode = 0o644): Promise<void> {
  await mkdir(dirname(path), { recursive: true });
  const tmp = `${path}.tmp-${process.pid}-${randomHex()}`;
  try {
    await writeFile(tmp, data, { mode });
    await rename(tmp, path);
  } catch (err) {
    await rm(tmp, { force: true });
    throw err;
  }
}

export const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

export function seconds(sinceMs: number): number {
  return Math.round((Date.now() - sinceMs) / 100) / 10;
}

export function isRoot(): boolean {
  return typeof process.getuid === "function" && process.getuid() === 0;
}
