/**
 * A cross-process lock made of a directory (mkdir is atomic) holding the owner's PID.
 *
 * Why not flock: the callers are separate `vmctl` processes started in parallel by terraform, and a lock held by
 * a process that died (killed build, CI timeout) must not block forever: a lock whose owner PID is gone is
 * taken over.
 */
import { mkdir, readFile, rename, rm, stat, writeFile } from "node:fs/promises";
import { dirname } from "node:path";
import { pidAlive } from "./process.js";
import { randomHex, sleep, type Log, silentLog } from "./util.js";

export interface LockOptions {
  /** Give up after this long (default 30 min: the longest holder is a cold image build). */
  timeoutMs?: number;
  log?: Log;
  /** Said once when we start waiting for another holder. */
  what?: string;
}

async function tryAcquire(path: string): Promise<boolean> {
  try {
    await mkdir(path);
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === "EEXIST") return false;
    throw err;
  }
  await writeFile(`${path}/owner`, `${process.pid}\n`);
  return true;
}

/** True when the lock at `path` is held by a process that no longer exists. */
async function isStale(path: string): Promise<boolean> {
  let owner: string;
  try {
    owner = await readFile(`${path}/owner`, "utf8");
  } catch {
    // Between mkdir and writing the owner file: only stale if it has been like that for a while.
    try {
      return Date.now() - (await stat(path)).mtimeMs > 30_000;
    } catch {
      return false; // released meanwhile
    }
  }
  const pid = Number.parseInt(owner.trim(), 10);
  return !(Number.isInteger(pid) && pid > 0 && pidAlive(pid));
}

export async function withLock<T>(path: string, fn: () => Promise<T>, options: LockOptions = {}): Promise<T> {
  const { timeoutMs = 30 * 60_000, log = silentLog, what = path } = options;
  await mkdir(dirname(path), { recursive: true });
  const deadline = Date.now() + timeoutMs;
  let told = false;
  while (!(await tryAcquire(path))) {
    if (await isStale(path)) {
      // Move aside first so that two waiters that both saw the stale lock do not both remove a fresh one.
      const aside = `${path}.stale-${randomHex()}`;
      try {
        await rename(path, aside);
        await rm(aside, { recursive: true, force: true });
        log(`${what}: took over a lock left by a process that is gone`);
      } catch {
        // someone else moved it first
      }
      continue;
    }
    if (!told) {
      log(`${what}: waiting for another hubstack process that holds ${path}`);
      told = true;
    }
    if (Date.now() > deadline) throw new Error(`timed out after ${timeoutMs / 1000}s waiting for lock ${path}`);
    await sleep(500);
  }
  try {
    return await fn();
  } finally {
    await rm(path, { recursive: true, force: true });
  }
}
