/**
 * Before a run: the package cache holds what this environment's hosts will install (the hub's virtual
 * environment, the notebook base image's, the proxy's node_modules), so that hosts get their packages from the
 * controller and never from PyPI or the npm registry. Filled once per lock and machine; a no-op after that.
 */
import type { Environment } from "../environment/schema.js";
import { ensureWheels, type WheelSet } from "../cache/wheels.js";
import { ensureNodeModules } from "../cache/npm.js";
import { imageBuilds, LOCAL_BASE_IMAGE } from "./roles/images/template-vars.js";

export async function ensurePackages(env: Environment, log: (line: string) => void): Promise<WheelSet[]> {
  const roles = new Set(Object.values(env.hosts).flatMap((h) => h.roles));
  const sets: WheelSet[] = [];
  if (roles.has("jupyterhub") && env.hub.jupyterhub.install === "pip") {
    sets.push(await ensureWheels("hub", { log }));
    // configurable-http-proxy and its tree, run by the hub's Node.js.
    await ensureNodeModules("proxy", { log });
  }
  if (roles.has("images") && imageBuilds(env).some((b) => b.name === LOCAL_BASE_IMAGE)) sets.push(await ensureWheels("notebook", { log }));
  return sets;
}
