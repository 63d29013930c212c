import type { Operation } from "../../engine/operation.js";
import { sh } from "../../engine/command.js";
import * as commands from "../../operations/commands.js";
import { CADDY_ADMIN_SOCKET, CADDY_UNIT } from "./constants.js";

export const RELOAD_CADDY = "reload caddy";

export function proxyTlsHandlers(): Record<string, Operation> {
  // Debian's unit reloads with `caddy reload`: a graceful switch, open websockets stay up. It reaches the
  // running Caddy at the admin address of the new Caddyfile: a Caddy started before the admin API moved to
  // its socket is not there, and is restarted instead.
  return {
    [RELOAD_CADDY]: commands.command({
      label: `systemctl reload ${CADDY_UNIT} (restart when its admin socket is not up yet)`,
      script: sh`if [ -S ${CADDY_ADMIN_SOCKET} ] && systemctl is-active --quiet ${CADDY_UNIT}; then systemctl reload ${CADDY_UNIT}; else systemctl restart ${CADDY_UNIT}; fi`,
    }),
  };
}
