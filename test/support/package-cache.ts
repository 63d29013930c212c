/**
 * Global setup: this machine's package cache holds the locks' wheels (downloaded from PyPI once per lock and
 * machine, as `npm run cache -- fill` does) and the npm locks' trees, since planning a hub reads the archives
 * it would send.
 */
import { ensureNodeModules, ensureWheels, LOCK_NAMES, NPM_LOCK_NAMES } from "../../cache/index.js";

export default async function setup(): Promise<void> {
  for (const name of LOCK_NAMES) {
    const set = await ensureWheels(name, { log: (line) => console.log(line) });
    if (set.downloaded) console.log(`package cache: ${set.lock.packages.length} wheels of locks/${name}.txt in ${set.dir}`);
  }
  for (const name of NPM_LOCK_NAMES) {
    const set = await ensureNodeModules(name, { log: (line) => console.log(line) });
    if (set.downloaded) console.log(`package cache: ${set.lock.packages} npm packages of locks/${name} in ${set.dir}`);
  }
}
