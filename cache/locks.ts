/**
 * The Python package locks: locks/<name>.in says what is wanted, locks/<name>.txt (written by `npm run lock`,
 * never by hand) pins the whole closure, one wheel per package with its sha256, for the Python the hosts run
 * (CPython 3.11, x86_64, glibc 2.36: Debian 12). Hosts install with pip's --require-hashes from these files.
 */
import { createHash } from "node:crypto";
import { readFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { UsageError } from "../environment/errors.js";

export const LOCK_NAMES = ["hub", "notebook"] as const;
export type LockName = (typeof LOCK_NAMES)[number];

/** The Python of Debian 12, the release of every host and of the notebook images. */
export const TARGET_PYTHON = { version: "3.11", implementation: "cp", abi: "cp311" } as const;
/** Wheel platforms that run on Debian 12 (glibc 2.36) on x86_64, most specific first. */
export const TARGET_PLATFORMS = ["manylinux_2_36_x86_64", "manylinux_2_28_x86_64", "manylinux_2_17_x86_64", "manylinux2014_x86_64", "manylinux2010_x86_64", "manylinux1_x86_64", "linux_x86_64"] as const;

const LOCKS_DIR = resolve(import.meta.dirname, "..", "locks");

export interface LockedPackage {
  readonly name: string;
  readonly version: string;
  readonly sha256: string;
}

export interface Lock {
  readonly name: LockName;
  readonly path: string;
  readonly text: string;
  /** sha256 of the lock file, 16 hex digits: names the cache entry and marks an installed environment. */
  readonly hash: string;
  readonly packages: readonly LockedPackage[];
}

export function lockPaths(name: LockName, dir = LOCKS_DIR): { input: string; lock: string } {
  return { input: join(dir, `${name}.in`), lock: join(dir, `${name}.txt`) };
}

/** Normalized as PyPI compares names (PEP 503). */
export const normalizeName = (name: string) => name.toLowerCase().replace(/[-_.]+/g, "-");

/** Locks read by this process: roles, image recipes and checks ask for the same lock many times per run. */
const read = new Map<string, Lock>();

/** Reads and checks a lock (once per process): every requirement pinned with ==, each with exactly one sha256. */
export function readLock(name: LockName, dir = LOCKS_DIR): Lock {
  const key = join(dir, name);
  const known = read.get(key);
  if (known) return known;
  const lock = loadLock(name, dir);
  read.set(key, lock);
  return lock;
}

function loadLock(name: LockName, dir: string): Lock {
  const path = lockPaths(name, dir).lock;
  let text: string;
  try {
    text = readFileSync(path, "utf8");
  } catch {
    throw new UsageError(`${path} is missing: run \`npm run lock\` to write it from ${lockPaths(name, dir).input}`);
  }
  const packages = parseLock(text, path);
  // The header names the hash of the .in it was resolved from: an edited .in without a new lock is stale.
  const input = lockPaths(name, dir).input;
  const from = /^# Written by `npm run lock` from \S+ \(sha256 ([0-9a-f]{16})\)/m.exec(text)?.[1];
  let wanted: string | undefined;
  try {
    wanted = lockHash(readFileSync(input, "utf8"));
  } catch {
    // No .in beside it (a lock copied alone): the lock is what it is.
  }
  if (wanted !== undefined && from !== wanted) {
    throw new UsageError(`${input} has changed since ${path} was written from it: run \`npm run lock\` (it resolves the new wishes and pins them with their hashes)`);
  }
  return { name, path, text, hash: lockHash(text), packages };
}

export function lockHash(text: string): string {
  return createHash("sha256").update(text).digest("hex").slice(0, 16);
}

export function parseLock(text: string, path: string): LockedPackage[] {
  // Continuation lines (a trailing backslash) join a requirement with its hashes.
  const logical = text.replace(/\\\r?\n/g, " ").split(/\r?\n/);
  const packages: LockedPackage[] = [];
  logical.forEach((line, i) => {
    const body = line.replace(/(^|\s)#.*$/, "").trim();
    if (!body) return;
    const m = /^([A-Za-z0-9][A-Za-z0-9._-]*)==([^\s;]+)\s+--hash=sha256:([0-9a-f]{64})$/.exec(body);
    if (!m) throw new UsageError(`${path}: "${body.slice(0, 80)}" is not "name==version --hash=sha256:…": the lock is written by \`npm run lock\`, run it again`);
    packages.push({ name: normalizeName(m[1]!), version: m[2]!, sha256: m[3]! });
  });
  if (packages.length === 0) throw new UsageError(`${path} pins no package: run \`npm run lock\``);
  return packages;
}

/** The version a lock pins for a package, or undefined. */
export function lockedVersion(lock: Lock, pkg: string): string | undefined {
  return lock.packages.find((p) => p.name === normalizeName(pkg))?.version;
}
