import type { Operation } from "../../engine/operation.js";
import { service } from "../../operations/systemd.js";
import { DOCKER_UNIT } from "./defaults.js";

export const RESTART_DOCKER = "restart docker";

export function dockerHandlers(): Record<string, Operation> {
  // daemon.json sets live-restore: running notebook containers survive the restart.
  return { [RESTART_DOCKER]: service({ name: DOCKER_UNIT, state: "restarted" }) };
}
