import type { Operation } from "../../engine/operation.js";
import { unitAction } from "../common.js";
import { HUB_UNIT, PROXY_UNIT } from "./constants.js";

export const RESTART_PROXY = "restart configurable-http-proxy";
export const RESTART_HUB = "restart jupyterhub";

/**
 * In this order: a restarted proxy forgets its routes, and the hub restores them when it starts. So
 * whatever changes the proxy notifies both. Running notebook servers survive a hub restart (the hub
 * does not clean them up).
 */
export function jupyterhubHandlers(): Record<string, Operation> {
  return {
    [RESTART_PROXY]: unitAction(PROXY_UNIT, "restart"),
    [RESTART_HUB]: unitAction(HUB_UNIT, "restart"),
  };
}
