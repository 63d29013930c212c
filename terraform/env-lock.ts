/**
 * One run at a time per environment: `apply`, `provision` and `destroy` hold `.state/<env>.lock` while they
 * work. Two applies on one environment would run terraform against one state and two provisioning phases
 * against the same hosts (two apt runs, two uploads of one file); terraform's own state lock covers only the
 * first half.
 *
 * The file says who holds it (pid, host name, command, start time), so a refusal can name the holder. A lock
 * whose holder is gone (its pid no longer runs on this host: a kill -9, a CI timeout) is stale: named and
 * taken over. A holder on another host (a shared project folder) cannot be checked from here: refused, with
 * how to remove it once that run is known to be over. Written with O_EXCL (`wx`), the one atomic create that
 * every file system hubstack runs on provides; the libraries (proper-lockfile) keep no owner to name.
 */
import { mkdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { hostname } from "node:os";
import { join, relative } from "node:path";
import { RunError } from "../environment/errors.js";
import type { ProjectPaths } from "./paths.js";

export interface LockHolder {
  readonly pid: number;
  readonly host: string;
  readonly command: string;
  readonly startedAt: string;
}

export function envLockFile(paths: ProjectPaths, envName: string): string {
  return join(paths.stateRoot, `${envName}.lock`);
}

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (err) {
    // EPERM: it runs, as another user.
    return (err as NodeJS.ErrnoException).code === "EPERM";
  }
}

function readHolder(file: string): LockHolder | undefined {
  try {
    const value = JSON.parse(readFileSync(file, "utf8")) as Partial<LockHolder>;
    if (typeof value.pid === "number" && typeof value.host === "string") return value as LockHolder;
  } catch {
    // Half-written by a run killed at that instant, or gone meanwhile: treated as stale below.
  }
  return undefined;
}

/**
 * Takes the environment's lock for `command` and returns its release; refuses when another live run holds it.
 * `say` is told when a stale lock is taken over.
 */
export function acquireEnvLock(paths: ProjectPaths, envName: string, command: string, say: (line: string) => void = () => {}): () => void {
  const file = envLockFile(paths, envName);
  mkdirSync(paths.stateRoot, { recursive: true, mode: 0o700 });
  const me: LockHolder = { pid: process.pid, host: hostname(), command, startedAt: new Date().toISOString() };
  for (let attempt = 0; attempt < 3; attempt++) {
    try {
      writeFileSync(file, `${JSON.stringify(me)}\n`, { flag: "wx", mode: 0o600 });
      let released = false;
      const release = () => {
        if (released) return;
        released = true;
        process.off("exit", release);
        // Only our own: a run that took over a lock it judged stale must not lose it to us.
        if (readHolder(file)?.pid === me.pid && readHolder(file)?.host === me.host) rmSync(file, { force: true });
      };
      process.on("exit", release);
      return release;
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code !== "EEXIST") throw err;
    }
    const holder = readHolder(file);
    const where = relative(paths.root, file) || file;
    if (holder && holder.host !== me.host) {
      throw new RunError(
        `env=${envName} is locked by \`${holder.command}\` (pid ${holder.pid} on ${holder.host}, since ${holder.startedAt}); ` +
          `hubstack cannot tell from here whether it still runs. Wait for it, or once you know it is over, remove ${where} and run this again`,
      );
    }
    if (holder && alive(holder.pid) && holder.pid !== process.pid) {
      throw new RunError(
        `env=${envName} is busy: \`${holder.command}\` (pid ${holder.pid} on ${holder.host}) has been working on it since ${holder.startedAt}. ` +
          `Wait for it to finish (one run at a time per environment), or stop it first`,
      );
    }
    say(
      holder
        ? `env=${envName}: a stale lock of \`${holder.command}\` (pid ${holder.pid}, started ${holder.startedAt}, no longer running) was left behind; taking it over`
        : `env=${envName}: an unreadable lock file ${where} was left behind; taking it over`,
    );
    rmSync(file, { force: true });
  }
  throw new RunError(`could not take the lock ${file} of env=${envName}: another run keeps taking it; run this again`);
}

/** Runs `body` holding the environment's lock. */
export async function withEnvLock<T>(paths: ProjectPaths, envName: string, command: string, say: (line: string) => void, body: () => Promise<T>): Promise<T> {
  const release = acquireEnvLock(paths, envName, command, say);
  try {
    return await body();
  } finally {
    release();
  }
}
