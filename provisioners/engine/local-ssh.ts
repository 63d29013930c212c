/**
 * What a program run on this machine (the images role's root file system stream, Packer, a scanner) is told
 * about the host the engine works on, and the one way it opens its own ssh there.
 *
 * Its ssh gets the connector's options on every hop: the environment's key and login, the pinned known_hosts
 * file, batch mode (a prompt would hang a run nobody watches), a connect timeout and keepalives. A host behind
 * a jump host is reached through a ProxyCommand that is itself an ssh with the same options: `ssh -J` hands
 * the jump hop none of them, so on a cloud its host key failed verification and the stream died.
 */
import { hostPort, type TargetHost } from "./hosts.js";

/** The HUBSTACK_* variables of a local program's environment. */
export function localEnvironment(host: TargetHost, knownHostsFile: string | undefined): Record<string, string> {
  const jump = host.jumpHost;
  return {
    HUBSTACK_HOST_NAME: host.name,
    HUBSTACK_HOST_ADDRESS: host.address,
    HUBSTACK_HOST_PORT: String(hostPort(host)),
    HUBSTACK_HOST_USER: host.user,
    HUBSTACK_PRIVATE_KEY_FILE: host.privateKeyFile,
    ...(knownHostsFile ? { HUBSTACK_KNOWN_HOSTS_FILE: knownHostsFile } : {}),
    ...(jump
      ? {
          // One hop: a jump host that itself sits behind another is not a shape the inventory allows.
          HUBSTACK_JUMP_HOST: `${jump.user}@${jump.address}:${hostPort(jump)}`,
          HUBSTACK_JUMP_ADDRESS: jump.address,
          HUBSTACK_JUMP_PORT: String(hostPort(jump)),
          HUBSTACK_JUMP_USER: jump.user,
        }
      : {}),
  };
}

/**
 * Bash that defines the array `hs_ssh`: the ssh command line to the host, ending with its destination, so
 * that a script runs `"${hs_ssh[@]}" 'remote command'`. Needs `set -u`-safe HUBSTACK_* variables as above.
 */
export const LOCAL_SSH_PRELUDE = [
  `hs_ssh_opts=(-o BatchMode=yes -o StrictHostKeyChecking=yes -o UserKnownHostsFile="$HUBSTACK_KNOWN_HOSTS_FILE" -o GlobalKnownHostsFile=/dev/null`,
  `  -o IdentitiesOnly=yes -i "$HUBSTACK_PRIVATE_KEY_FILE" -o ConnectTimeout=30 -o ServerAliveInterval=15 -o ServerAliveCountMax=4 -o LogLevel=ERROR)`,
  `case "$HUBSTACK_HOST_ADDRESS" in *:*) hs_target="[$HUBSTACK_HOST_ADDRESS]:$HUBSTACK_HOST_PORT" ;; *) hs_target="$HUBSTACK_HOST_ADDRESS:$HUBSTACK_HOST_PORT" ;; esac`,
  `hs_ssh=(ssh "\${hs_ssh_opts[@]}" -p "$HUBSTACK_HOST_PORT")`,
  `if [ -n "\${HUBSTACK_JUMP_ADDRESS:-}" ]; then`,
  `  hs_ssh+=(-o "ProxyCommand=$(printf '%q ' ssh "\${hs_ssh_opts[@]}" -p "$HUBSTACK_JUMP_PORT" -l "$HUBSTACK_JUMP_USER" -W "$hs_target" "$HUBSTACK_JUMP_ADDRESS")")`,
  `fi`,
  `hs_ssh+=(-l "$HUBSTACK_HOST_USER" "$HUBSTACK_HOST_ADDRESS")`,
].join("\n");
