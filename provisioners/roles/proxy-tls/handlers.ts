import type { Operation } from "../../engine/operation.js";
import { unitAction } from "../common.js";
import { CADDY_UNIT } from "./defaults.js";

export const RELOAD_CADDY = "reload caddy";

export function proxyTlsHandlers(): Record<string, Operation> {
  // Debian's unit reloads with `caddy reload`: a graceful switch, open websockets stay up.
  return { [RELOAD_CADDY]: unitAction(CADDY_UNIT, "reload-or-restart") };
}
