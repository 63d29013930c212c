/**
 * The host inventory a stack publishes as its `hosts` output (`terraform output -json hosts`): what
 * the provisioners connect to. Free of cdktf on purpose, so that the CLI can import the type.
 */

/** The Terraform output holding the inventory, one JSON object keyed by host name. */
export const HOSTS_OUTPUT = "hosts";

export interface HostInventoryEntry {
  /** The host's name in the environment (a key of `hosts:` in the inventory). */
  readonly name: string;
  /** What hubstack connects to: the private address behind a jump host, else the public one. */
  readonly address: string;
  readonly privateAddress: string;
  /** Present when the host has a floating IP. */
  readonly publicAddress?: string;
  readonly roles: string[];
  readonly sshUser: string;
  /** Attached volumes by purpose ("data", or "work" on a bastion); empty when there are none. */
  readonly volumeIds: Record<string, string>;
  /** Name of the host to jump through, when this one is not reached directly. */
  readonly jumpHost?: string;
  /** The host key injected at creation ("ssh-ed25519 AAAA..."): pinned before the first connection. */
  readonly hostKey?: string;
}

export type HostInventory = Record<string, HostInventoryEntry>;
