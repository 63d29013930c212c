/**
 * `hubstack lock` and `hubstack cache fill`: the Python package locks written from locks/*.in, and this
 * machine's package cache filled from them, so that an apply afterwards needs no network for packages
 * (an air-gapped site fills the cache where PyPI is reachable and copies ~/.cache/hubstack/wheels over).
 */
import { UsageError } from "../../environment/errors.js";
import { ensureWheels, LOCK_NAMES, resolveLock, type ResolvedLock, type WheelSet } from "../../cache/index.js";
import { runContext, type CommonOptions } from "./context.js";

export async function lock(options: CommonOptions = {}): Promise<{ locks: ResolvedLock[] }> {
  const ctx = runContext(options);
  const locks: ResolvedLock[] = [];
  for (const name of LOCK_NAMES) {
    ctx.output.step(`Resolving locks/${name}.in with pip`);
    const resolved = await resolveLock(name);
    locks.push(resolved);
    ctx.output.info(`${resolved.path}: ${resolved.packages} packages${resolved.changed ? " (changed: the next apply installs them)" : ", unchanged"}`);
  }
  if (ctx.output.json) ctx.output.result({ locks });
  return { locks };
}

export interface CacheOptions extends CommonOptions {
  readonly words: readonly string[];
}

export async function cache(options: CacheOptions): Promise<{ wheels: Array<Omit<WheelSet, "lock"> & { lock: string }> }> {
  const ctx = runContext(options);
  if (options.words.join(" ") !== "fill") throw new UsageError(`cache takes one word, fill: npm run cache -- fill (got "${options.words.join(" ")}")`);
  const wheels = [];
  for (const name of LOCK_NAMES) {
    const set = await ensureWheels(name, { log: (line) => ctx.output.info(line) });
    wheels.push({ ...set, lock: set.lock.path });
    ctx.output.info(`${name}: ${set.lock.packages.length} wheels in ${set.dir}${set.downloaded ? "" : " (already here)"}`);
  }
  if (ctx.output.json) ctx.output.result({ wheels });
  return { wheels };
}
