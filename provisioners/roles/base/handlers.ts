import type { Operation } from "../../engine/operation.js";
import { unitAction } from "../common.js";

export const RELOAD_SSHD = "reload sshd";
export const RELOAD_NFTABLES = "reload nftables";

export function baseHandlers(): Record<string, Operation> {
  return {
    // A reload (SIGHUP) keeps open sessions, hubstack's own included; the files were checked with sshd -t.
    [RELOAD_SSHD]: unitAction("ssh.service", "reload-or-restart"),
    // nftables.service reloads with `nft -f /etc/nftables.conf`, which replaces only hubstack's table.
    [RELOAD_NFTABLES]: unitAction("nftables.service", "reload-or-restart"),
  };
}
