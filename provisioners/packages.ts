/**
 * Before a run: the package cache holds what this environment's hosts will install (the hub's virtual
 * environment, the notebook base image's, the proxy's node_modules), so that hosts get their packages from the
 * controller and never from PyPI or the npm registry. Filled once per lock and machine; a no-op after that.
 */
import type { Environment } from "../environment/schema.js";
import { ensureWheels, type WheelSet } from "../cache/wheels.js";
import { ensureNodeModules } from "../cache/npm.js";
import { imageBuilds, LOCAL_BASE_IMAGE } from "./roles/images/template-vars.js";

/**
 * Calls that need the same locks share one fill: `apply` starts it beside the infrastructure phase (the
 * downloads, ~1-2 min cold, then overlap the machines' creation) and the provisioning phase awaits the same
 * promise. A failed fill is forgotten, so the phase's own call tries again and reports the error in its place.
 */
const inFlight = new Map<string, Promise<WheelSet[]>>();

/** What `env`'s hosts install from the cache: the hub's lock and the proxy's tree, the notebook base image's lock. */
function needs(env: Environment): { hub: boolean; notebook: boolean } {
  const roles = new Set(Object.values(env.hosts).flatMap((h) => h.roles));
  return {
    hub: roles.has("jupyterhub") && env.hub.jupyterhub.install === "pip",
    notebook: roles.has("images") && imageBuilds(env).some((b) => b.name === LOCAL_BASE_IMAGE),
  };
}

export function ensurePackages(env: Environment, log: (line: string) => void): Promise<WheelSet[]> {
  const need = needs(env);
  const key = JSON.stringify(need);
  const known = inFlight.get(key);
  if (known) return known;
  const filling = fill(need, log);
  inFlight.set(key, filling);
  filling.catch(() => inFlight.delete(key));
  return filling;
}

async function fill(need: { hub: boolean; notebook: boolean }, log: (line: string) => void): Promise<WheelSet[]> {
  const sets: WheelSet[] = [];
  if (need.hub) {
    sets.push(await ensureWheels("hub", { log }));
    // configurable-http-proxy and its tree, run by the hub's Node.js.
    await ensureNodeModules("proxy", { log });
  }
  if (need.notebook) sets.push(await ensureWheels("notebook", { log }));
  return sets;
}
