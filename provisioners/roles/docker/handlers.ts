import type { Operation } from "../../engine/operation.js";
import { unitAction } from "../common.js";
import { DOCKER_UNIT } from "./constants.js";

export const RESTART_DOCKER = "restart docker";

export function dockerHandlers(): Record<string, Operation> {
  // daemon.json sets live-restore: running notebook containers survive the restart.
  return { [RESTART_DOCKER]: unitAction(DOCKER_UNIT, "restart") };
}
