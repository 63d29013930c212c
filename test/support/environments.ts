/** Shipped environments for tests: loaded as a user's would be, and changed only on deep copies. */
import { loadEnvironment } from "../../environment/load.js";
import type { Environment } from "../../environment/schema.js";

export function load(name: string): Environment {
  return loadEnvironment(name);
}

/** An environment changed by `patch` (a deep copy, so shipped ones stay intact). */
export function variant(name: string, patch: (env: Environment) => void): Environment {
  const env = structuredClone(load(name));
  patch(env);
  return env;
}
