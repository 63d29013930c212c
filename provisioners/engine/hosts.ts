/**
 * The machines the provisioners act on. The CLI builds these from terraform outputs (or from the inventory
 * for static environments); the engine never reads Terraform state or YAML itself.
 */

/** One machine to provision, as the CLI hands it over. */
export interface TargetHost {
  /** Inventory name ("hub", "nfs"): used in every message and in the report. */
  readonly name: string;
  /** Address to connect to (from the jump host's point of view when jumpHost is set). */
  readonly address: string;
  /**
   * Where the environment's other hosts reach this one (its address on the private network); absent when
   * the caller knows only `address`. Roles name this one in firewall rules, exports and mounts.
   */
  readonly privateAddress?: string;
  /** @default 22 */
  readonly port?: number;
  /** Login user; sudo is used to become root unless this is root. */
  readonly user: string;
  /** Private key file (OpenSSH or PEM, unencrypted). */
  readonly privateKeyFile: string;
  /** Role names, in the order the inventory lists them; dependencies are ordered by the engine. */
  readonly roles: readonly string[];
  /** Another TargetHost to jump through (the bastion). */
  readonly jumpHost?: TargetHost;
  /**
   * The host's public key when known from its creation ("ssh-ed25519 AAAA..."). It is pinned before
   * the first connection; without it the key seen first is recorded.
   */
  readonly hostKey?: string;
}

export function hostPort(host: TargetHost): number {
  return host.port ?? 22;
}

/** "debian@10.0.0.5:22", or with the jump: "debian@10.0.0.5:22 via bastion". */
export function describeHost(host: TargetHost): string {
  const base = `${host.user}@${host.address}:${hostPort(host)}`;
  return host.jumpHost ? `${base} via ${host.jumpHost.name}` : base;
}
