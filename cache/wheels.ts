/**
 * The wheel cache on the controller: each lock's wheels downloaded once per machine into
 * `~/.cache/hubstack/wheels/<lock>-<hash>/` (checked against the lock's hashes by pip), and packed into one
 * reproducible tar beside it, which is what reaches a host: one upload, compared by checksum, instead of a
 * download from PyPI on every host. A new lock is a new folder; nothing is downloaded twice.
 */
import { existsSync } from "node:fs";
import { mkdir, readdir, readFile, rename, rm, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { withLock } from "../local/lock.js";
import { cacheRoot } from "../local/paths.js";
import { readLock, type Lock, type LockName } from "./locks.js";
import { packReproducibly } from "./archive.js";
import { pip, PipError, TARGET_FLAGS } from "./pip.js";

export interface WheelSet {
  readonly lock: Lock;
  /** The folder of wheels and requirements.txt (the lock itself). */
  readonly dir: string;
  /** The same, as one tar (sorted, fixed times and owners: the same bytes on every machine). */
  readonly archive: string;
  /** sha256 of the archive. */
  readonly archiveSha256: string;
  /** Whether this call downloaded anything. */
  readonly downloaded: boolean;
}

export function wheelsRoot(root = cacheRoot()): string {
  return join(root, "wheels");
}

/** Where a lock's wheels are (or will be), without touching anything. */
export function wheelPaths(lock: Lock, root = cacheRoot()): { dir: string; archive: string; checksum: string } {
  const base = join(wheelsRoot(root), `${lock.name}-${lock.hash}`);
  return { dir: base, archive: `${base}.tar`, checksum: `${base}.tar.sha256` };
}

/** The lock's wheels, downloaded when they are not here yet (safe from several processes at once). */
export async function ensureWheels(name: LockName, options: { root?: string; log?: (line: string) => void; offline?: boolean } = {}): Promise<WheelSet> {
  const lock = readLock(name);
  const root = options.root ?? cacheRoot();
  const paths = wheelPaths(lock, root);
  // The checksum file is written last: when it is there, the folder and the archive are whole.
  const cached = async (): Promise<WheelSet> => ({ lock, dir: paths.dir, archive: paths.archive, archiveSha256: (await readFile(paths.checksum, "utf8")).trim(), downloaded: false });
  if (existsSync(paths.checksum)) return cached();
  return withLock(`${paths.dir}.lock`, async () => {
    if (existsSync(paths.checksum)) return cached();
    if (options.offline) throw new PipError(`the wheels of ${lock.path} are not in the cache (${paths.dir}): fill it where PyPI is reachable (npm run cache -- fill) and copy ${wheelsRoot(root)} here`);
    options.log?.(`cache: downloading the ${lock.packages.length} wheels of ${lock.path} into ${paths.dir}`);
    const partial = `${paths.dir}.partial`;
    await rm(partial, { recursive: true, force: true });
    await mkdir(partial, { recursive: true });
    // --require-hashes: pip refuses any file whose sha256 is not the lock's; --no-deps: the lock is the closure.
    await pip(["download", "--quiet", "--no-deps", "--require-hashes", ...TARGET_FLAGS, "--dest", partial, "-r", lock.path]);
    const wheels = (await readdir(partial)).filter((f) => f.endsWith(".whl"));
    if (wheels.length !== lock.packages.length) throw new PipError(`pip downloaded ${wheels.length} wheels for the ${lock.packages.length} packages of ${lock.path}`);
    await writeFile(join(partial, "requirements.txt"), lock.text);
    await rm(paths.dir, { recursive: true, force: true });
    await rename(partial, paths.dir);
    const sha = await packReproducibly(paths.dir, paths.archive, paths.checksum);
    return { lock, dir: paths.dir, archive: paths.archive, archiveSha256: sha, downloaded: true };
  }, { what: `the ${name} wheel cache`, ...(options.log ? { log: options.log } : {}) });
}
