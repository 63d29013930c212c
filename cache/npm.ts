/**
 * Node packages for hosts, the way the wheels are: locks/<name>/package.json says what is wanted and
 * locks/<name>/package-lock.json (written by `npm run lock`, never by hand) pins the whole tree with each
 * tarball's integrity hash. The tree is installed once per lock and machine, here, by `npm ci` (which checks
 * every tarball against the lock and runs no install scripts), into `~/.cache/hubstack/npm/<name>-<hash>/`,
 * and packed into one reproducible tar that hosts receive over SFTP: no host reaches the npm registry. The
 * tarballs themselves stay in `~/.cache/hubstack/npm/_cacache`, so a filled cache installs again offline.
 *
 * Only packages without native code belong here (configurable-http-proxy's tree is plain JavaScript): the
 * tree is built on this machine and run by the hosts' own Node.js.
 */
import { createHash } from "node:crypto";
import { existsSync, readFileSync } from "node:fs";
import { cp, mkdir, readFile, rename, rm } from "node:fs/promises";
import { join, resolve } from "node:path";
import { execa } from "execa";
import { RunError, UsageError } from "../environment/errors.js";
import { withLock } from "../local/lock.js";
import { cacheRoot } from "../local/paths.js";
import { packReproducibly } from "./archive.js";

export const NPM_LOCK_NAMES = ["proxy"] as const;
export type NpmLockName = (typeof NPM_LOCK_NAMES)[number];

const LOCKS_DIR = resolve(import.meta.dirname, "..", "locks");

export interface NpmLock {
  readonly name: NpmLockName;
  /** locks/<name>: package.json and package-lock.json. */
  readonly dir: string;
  /** sha256 of package.json and package-lock.json, 16 hex digits: names the cache entry, marks an install. */
  readonly hash: string;
  /** Packages in the tree. */
  readonly packages: number;
  /** The locked version of each direct dependency. */
  readonly versions: Readonly<Record<string, string>>;
}

export function npmLockDir(name: NpmLockName, dir = LOCKS_DIR): string {
  return join(dir, name);
}

export function readNpmLock(name: NpmLockName, dir = LOCKS_DIR): NpmLock {
  const folder = npmLockDir(name, dir);
  let manifest: { dependencies?: Record<string, string> };
  let lockText: string;
  try {
    manifest = JSON.parse(readFileSync(join(folder, "package.json"), "utf8"));
    lockText = readFileSync(join(folder, "package-lock.json"), "utf8");
  } catch (err) {
    throw new UsageError(`cannot read the npm lock in ${folder} (${(err as Error).message}): run \`npm run lock\``);
  }
  const lock = JSON.parse(lockText) as { packages?: Record<string, { version?: string; dev?: boolean }> };
  const entries = Object.entries(lock.packages ?? {}).filter(([path]) => path !== "");
  const wanted = Object.keys(manifest.dependencies ?? {});
  const versions: Record<string, string> = {};
  for (const dep of wanted) {
    const version = lock.packages?.[`node_modules/${dep}`]?.version;
    if (!version) throw new UsageError(`locks/${name}/package-lock.json does not lock ${dep}, which package.json asks for: run \`npm run lock\``);
    versions[dep] = version;
  }
  const hash = createHash("sha256").update(readFileSync(join(folder, "package.json"))).update(lockText).digest("hex").slice(0, 16);
  return { name, dir: folder, hash, packages: entries.length, versions };
}

/** `npm run lock`: package-lock.json rewritten from package.json (no install, no scripts). */
export async function resolveNpmLock(name: NpmLockName): Promise<{ path: string; changed: boolean; packages: number }> {
  const dir = npmLockDir(name);
  const lockFile = join(dir, "package-lock.json");
  const before = existsSync(lockFile) ? await readFile(lockFile, "utf8") : "";
  await npm(["install", "--package-lock-only", "--ignore-scripts", "--no-audit", "--no-fund"], dir);
  const after = await readFile(lockFile, "utf8");
  return { path: `locks/${name}/package-lock.json`, changed: before !== after, packages: readNpmLock(name).packages };
}

export interface NodeModulesSet {
  readonly lock: NpmLock;
  /** The installed tree: <dir>/node_modules. */
  readonly dir: string;
  readonly archive: string;
  readonly archiveSha256: string;
  readonly downloaded: boolean;
}

export function nodeModulesPaths(lock: NpmLock, root = cacheRoot()): { dir: string; archive: string; checksum: string; tarballs: string } {
  const base = join(root, "npm", `${lock.name}-${lock.hash}`);
  return { dir: base, archive: `${base}.tar`, checksum: `${base}.tar.sha256`, tarballs: join(root, "npm", "_cacache") };
}

/** The lock's tree, installed here when it is not yet (safe from several processes at once). */
export async function ensureNodeModules(name: NpmLockName, options: { root?: string; log?: (line: string) => void; offline?: boolean } = {}): Promise<NodeModulesSet> {
  const lock = readNpmLock(name);
  const paths = nodeModulesPaths(lock, options.root ?? cacheRoot());
  const cached = async (): Promise<NodeModulesSet> => ({ lock, dir: paths.dir, archive: paths.archive, archiveSha256: (await readFile(paths.checksum, "utf8")).trim(), downloaded: false });
  if (existsSync(paths.checksum)) return cached();
  return withLock(`${paths.dir}.lock`, async () => {
    if (existsSync(paths.checksum)) return cached();
    options.log?.(`cache: installing the ${lock.packages} npm packages of locks/${name} into ${paths.dir}`);
    const partial = `${paths.dir}.partial`;
    await rm(partial, { recursive: true, force: true });
    await mkdir(partial, { recursive: true });
    await cp(join(lock.dir, "package.json"), join(partial, "package.json"));
    await cp(join(lock.dir, "package-lock.json"), join(partial, "package-lock.json"));
    // npm ci: exactly the lock's tree, each tarball checked against its integrity hash; no scripts run.
    await npm(["ci", "--omit=dev", "--ignore-scripts", "--no-audit", "--no-fund", "--cache", paths.tarballs, ...(options.offline ? ["--offline"] : ["--prefer-offline"])], partial);
    await rm(paths.dir, { recursive: true, force: true });
    await rename(partial, paths.dir);
    const sha = await packReproducibly(paths.dir, paths.archive, paths.checksum);
    return { lock, dir: paths.dir, archive: paths.archive, archiveSha256: sha, downloaded: true };
  }, { what: `the ${name} npm cache`, ...(options.log ? { log: options.log } : {}) });
}

async function npm(args: string[], cwd: string): Promise<void> {
  const result = await execa("npm", args, { cwd, reject: false, all: true, env: { npm_config_update_notifier: "false" } });
  if (result.exitCode !== 0) {
    const out = String(result.all ?? "").trim().split("\n").slice(-8).join("\n");
    const stale = /in sync|package\.json and package-lock\.json/i.test(out) ? " (package.json and package-lock.json disagree: run `npm run lock`)" : "";
    throw new RunError(`npm ${args[0]} in ${cwd} failed${stale}:\n${out}`);
  }
}
