import { sh } from "../../engine/command.js";
import { change, defineOperation, type Operation } from "../../engine/operation.js";
import { unitAction } from "../common.js";

export const RELOAD_SSHD = "reload sshd";
export const RELOAD_NFTABLES = "reload nftables";

export function baseHandlers(): Record<string, Operation> {
  return {
    [RELOAD_SSHD]: reloadSshd(),
    // nftables.service reloads with `nft -f /etc/nftables.conf`, which replaces only hubstack's table.
    [RELOAD_NFTABLES]: unitAction("nftables.service", "reload-or-restart"),
  };
}

/**
 * A reload (SIGHUP) keeps open sessions, hubstack's own included; the files were checked with sshd -t.
 * sshd re-executes itself on SIGHUP and does not listen meanwhile: a moment on real hardware, many
 * seconds on an emulated VM. The handler waits until it listens again, so that the next connection (the
 * next role, the next apply) is not refused.
 */
export function reloadSshd(): Operation {
  return defineOperation(
    "systemctl reload-or-restart ssh.service (then wait until sshd listens)",
    {},
    [],
    () =>
      change("reload-or-restart ssh.service", [
        sh`systemctl reload-or-restart ssh.service`,
        sh`hs_port=$(sshd -T 2>/dev/null | awk '$1 == "port" { print $2; exit }'); hs_i=0; until ss -Hltn "sport = :\${hs_port:-22}" | grep -q .; do hs_i=$((hs_i + 1)); if [ "$hs_i" -ge 120 ]; then echo "sshd does not listen on port \${hs_port:-22} 120 s after its reload" >&2; exit 1; fi; sleep 1; done`,
      ]),
    { idempotent: false },
  );
}
