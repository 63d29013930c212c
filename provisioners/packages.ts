/**
 * Before a run: the package cache holds what this environment's hosts will install (the hub's virtual
 * environment, the notebook base image's), so that hosts get their packages from the controller and
 * never from PyPI. Filled once per lock and machine; a no-op after that.
 */
import type { Environment } from "../environment/schema.js";
import { ensureWheels, type WheelSet } from "../cache/wheels.js";
import { imageBuilds, LOCAL_BASE_IMAGE } from "./roles/images/vars.js";

export async function ensurePackages(env: Environment, log: (line: string) => void): Promise<WheelSet[]> {
  const roles = new Set(Object.values(env.hosts).flatMap((h) => h.roles));
  const sets: WheelSet[] = [];
  if (roles.has("jupyterhub") && env.hub.jupyterhub.install === "pip") sets.push(await ensureWheels("hub", { log }));
  if (roles.has("images") && imageBuilds(env).some((b) => b.name === LOCAL_BASE_IMAGE)) sets.push(await ensureWheels("notebook", { log }));
  return sets;
}
