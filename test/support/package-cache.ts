/**
 * Global setup: this machine's package cache holds the locks' wheels (downloaded from PyPI once per lock and
 * machine, as `npm run cache -- fill` does), since planning a hub reads the wheel archives it would send.
 */
import { ensureWheels, LOCK_NAMES } from "../../cache/index.js";

export default async function setup(): Promise<void> {
  for (const name of LOCK_NAMES) {
    const set = await ensureWheels(name, { log: (line) => console.log(line) });
    if (set.downloaded) console.log(`package cache: ${set.lock.packages.length} wheels of locks/${name}.txt in ${set.dir}`);
  }
}
