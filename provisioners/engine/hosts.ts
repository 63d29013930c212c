/**
 * The machines the provisioners act on. The CLI builds these from terraform outputs (or from the inventory
 * for static environments); the engine never reads Terraform state or YAML itself.
 */
import type { Host } from "../../environment/hosts.js";

/**
 * One machine to provision, as the CLI hands it over: the host contract (environment/hosts.ts) with the login
 * key added and the jump host resolved to the TargetHost it is. `user` and `port` are the contract's sshUser
 * and sshPort (provisioners/phase.ts, toTargetHosts).
 */
export interface TargetHost extends Pick<Host, "name" | "address" | "privateAddress" | "roles" | "hostKey"> {
  /** @default 22 */
  readonly port?: number;
  /** Login user; sudo is used to become root unless this is root. */
  readonly user: string;
  /** Private key file (OpenSSH or PEM, unencrypted). */
  readonly privateKeyFile: string;
  /** Another TargetHost to jump through (the bastion). */
  readonly jumpHost?: TargetHost;
}

export function hostPort(host: TargetHost): number {
  return host.port ?? 22;
}

/** "debian@10.0.0.5:22", or with the jump: "debian@10.0.0.5:22 via bastion". */
export function describeHost(host: TargetHost): string {
  const base = `${host.user}@${host.address}:${hostPort(host)}`;
  return host.jumpHost ? `${base} via ${host.jumpHost.name}` : base;
}
