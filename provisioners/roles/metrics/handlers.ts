import type { Operation } from "../../engine/operation.js";
import { unitAction } from "../common.js";
import { PROMETHEUS_UNIT } from "./constants.js";

export const RELOAD_PROMETHEUS = "reload prometheus";
export const RESTART_PROMETHEUS = "restart prometheus";

export function metricsHandlers(): Record<string, Operation> {
  return {
    // SIGHUP (Debian's ExecReload): prometheus.yml and the rules again, the samples kept in memory stay.
    [RELOAD_PROMETHEUS]: unitAction(PROMETHEUS_UNIT, "reload-or-restart"),
    // New flags (the address, the retention) are read only at start.
    [RESTART_PROMETHEUS]: unitAction(PROMETHEUS_UNIT, "restart"),
  };
}
