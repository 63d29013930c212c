/**
 * The host contract: one machine of an environment as the infrastructure phase reports it and the
 * provisioning phase takes it. Defined here, once, for every layer:
 *
 *   inventory (HostSpec, schema.ts)
 *     ─▶ Host: what a stack publishes as its `hosts` output (stacks/hub-stack.ts, local/environment.ts),
 *        what terraform/hosts.ts reads back from it (or builds from the inventory for target static)
 *     ─▶ TargetHost (provisioners/engine/hosts.ts): a Host with the login key added and its jump host
 *        resolved, as the engine connects to it
 *
 * The roles see their peers as a projection of it (ProvisionedHost, provisioners/roles/base/vars.ts).
 * Free of cdktf, zod and Terraform: stacks, the run layer, the engine and the CLI all import it.
 */

/** The Terraform output holding the hosts, one JSON object keyed by host name. */
export const HOSTS_OUTPUT = "hosts";

/** One machine, ready for the provisioning phase. */
export interface Host {
  /** The host's name in the environment (a key of `hosts:` in the inventory): used in every message and report. */
  readonly name: string;
  /** What hubstack connects to: the private address behind a jump host (seen from its side), else the public one. */
  readonly address: string;
  /**
   * Where the other hosts of the environment reach it, and where its connections to them come from: the
   * firewall rules, NFS exports and mounts of the roles name this one, never a floating address. Absent when
   * only `address` is known.
   */
  readonly privateAddress?: string;
  /** Where it is reached from outside the environment's network (a floating IP), when it has one. */
  readonly publicAddress?: string;
  /** Role names, in the order the inventory lists them; the engine orders their dependencies. */
  readonly roles: readonly string[];
  /** Login user; sudo is used to become root unless this is root. */
  readonly sshUser: string;
  readonly sshPort: number;
  /** The name of the host to jump through, when this one is not reached directly. */
  readonly jumpHost?: string;
  /**
   * The host's public key when the infrastructure phase knows it ("ssh-ed25519 AAAA..."): pinned before the
   * first connection; without it the key seen first is recorded.
   */
  readonly hostKey?: string;
}

/**
 * A Host as a stack publishes it: the SSH port may be left to the inventory (terraform/hosts.ts fills it in,
 * default 22), and the attached volumes are listed by purpose ("data", or "work" on a bastion; empty when
 * there are none) for whoever reads the output; provisioning does not need them.
 */
export type PublishedHost = Omit<Host, "sshPort"> & { readonly sshPort?: number; readonly volumeIds: Readonly<Record<string, string>> };

/** The value of the `hosts` output, keyed by host name. */
export type HostsOutput = Readonly<Record<string, PublishedHost>>;
