import type { Operation } from "../../engine/operation.js";
import { unitAction } from "../common.js";
import { NODE_EXPORTER_UNIT } from "./constants.js";

export const RESTART_NODE_EXPORTER = "restart prometheus-node-exporter";

export function nodeExporterHandlers(): Record<string, Operation> {
  // New flags (a new address) take a restart: the exporter reads them only when it starts.
  return { [RESTART_NODE_EXPORTER]: unitAction(NODE_EXPORTER_UNIT, "restart") };
}
