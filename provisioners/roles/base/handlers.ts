import type { Operation } from "../../engine/operation.js";
import { service } from "../../operations/systemd.js";

export const RELOAD_SSHD = "reload sshd";
export const RELOAD_NFTABLES = "reload nftables";

export function baseHandlers(): Record<string, Operation> {
  return {
    // A reload (SIGHUP) keeps open sessions, hubstack's own included; the files were checked with sshd -t.
    [RELOAD_SSHD]: service({ name: "ssh.service", state: "reloaded" }),
    // nftables.service reloads with `nft -f /etc/nftables.conf`, which replaces only hubstack's table.
    [RELOAD_NFTABLES]: service({ name: "nftables.service", state: "reloaded" }),
  };
}
