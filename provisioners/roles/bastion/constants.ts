/**
 * The bastion role's constants. The work volume's key file and mount point are the inventory's
 * (bastion.workVolume); the volume itself is the host's data volume.
 */

/**
 * What running hubstack needs, from Debian: git, Node.js and npm (Debian 12 has Node 18: hubstack wants
 * 20, which NodeSource's repository provides), Packer, the OpenStack client, cryptsetup for the work
 * volume. Terraform is not in Debian: HashiCorp's repository (apt.releases.hashicorp.com) has it.
 */
export const DEFAULT_TOOLS = ["git", "nodejs", "npm", "packer", "python3-openstackclient", "rsync"] as const;

/** The bastion's packages: the inventory's tools (bastion.tools) or the defaults, and cryptsetup for the work volume. */
export function bastionPackages(tools: readonly string[] | undefined): string[] {
  return [...new Set(["cryptsetup", ...(tools ?? DEFAULT_TOOLS)])];
}

/** The team's group: its members (the present admins) work in the state folder. */
export const TEAM_GROUP = "hubstack";

/** Label of the file system inside the LUKS container. */
export const WORK_LABEL = "hs-work";
