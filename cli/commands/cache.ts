/**
 * `hubstack lock` and `hubstack cache fill`: the package locks written from locks/*.in (pip) and
 * locks/<name>/package.json (npm), and this machine's package cache filled from them, so that an apply
 * afterwards needs no network for packages (an air-gapped site fills the cache where PyPI and the npm
 * registry are reachable and copies ~/.cache/hubstack/wheels and ~/.cache/hubstack/npm over).
 */
import { UsageError } from "../../environment/errors.js";
import { ensureNodeModules, ensureWheels, LOCK_NAMES, NPM_LOCK_NAMES, resolveLock, resolveNpmLock, type ResolvedLock, type WheelSet } from "../../cache/index.js";
import { runContext, type CommonOptions } from "./context.js";

export async function lock(options: CommonOptions = {}): Promise<{ locks: Array<Pick<ResolvedLock, "path" | "packages" | "changed">> }> {
  const ctx = runContext(options);
  const locks: Array<Pick<ResolvedLock, "path" | "packages" | "changed">> = [];
  const say = (resolved: Pick<ResolvedLock, "path" | "packages" | "changed">) =>
    ctx.output.info(`${resolved.path}: ${resolved.packages} packages${resolved.changed ? " (changed: the next apply installs them)" : ", unchanged"}`);
  for (const name of LOCK_NAMES) {
    ctx.output.step(`Resolving locks/${name}.in with pip`);
    const resolved = await resolveLock(name);
    locks.push(resolved);
    say(resolved);
  }
  for (const name of NPM_LOCK_NAMES) {
    ctx.output.step(`Resolving locks/${name}/package.json with npm`);
    const resolved = await resolveNpmLock(name);
    locks.push(resolved);
    say(resolved);
  }
  if (ctx.output.json) ctx.output.result({ locks });
  return { locks };
}

export interface CacheOptions extends CommonOptions {
  readonly words: readonly string[];
}

export async function cache(options: CacheOptions): Promise<{ wheels: Array<Omit<WheelSet, "lock"> & { lock: string }>; node: Array<{ lock: string; dir: string; archive: string; archiveSha256: string; downloaded: boolean }> }> {
  const ctx = runContext(options);
  if (options.words.join(" ") !== "fill") throw new UsageError(`cache takes one word, fill: npm run cache -- fill (got "${options.words.join(" ")}")`);
  const wheels = [];
  for (const name of LOCK_NAMES) {
    const set = await ensureWheels(name, { log: (line) => ctx.output.info(line) });
    wheels.push({ ...set, lock: set.lock.path });
    ctx.output.info(`${name}: ${set.lock.packages.length} wheels in ${set.dir}${set.downloaded ? "" : " (already here)"}`);
  }
  const node = [];
  for (const name of NPM_LOCK_NAMES) {
    const set = await ensureNodeModules(name, { log: (line) => ctx.output.info(line) });
    node.push({ lock: `locks/${name}`, dir: set.dir, archive: set.archive, archiveSha256: set.archiveSha256, downloaded: set.downloaded });
    ctx.output.info(`${name}: ${set.lock.packages} npm packages in ${set.dir}${set.downloaded ? "" : " (already here)"}`);
  }
  if (ctx.output.json) ctx.output.result({ wheels, node });
  return { wheels, node };
}
