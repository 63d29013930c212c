/**
 * The nfs-server role's constants. The exports' paths and clients come from the inventory (nfs.exportRoot,
 * the hosts with role nfs-client) through template-vars.ts.
 */
import { DATA_VOLUME_MOUNT } from "../docker/template-vars.js";

export const NFS_SERVER_PACKAGES = ["nfs-kernel-server"] as const;

/** Debian's unit (nfs-kernel-server.service is an alias of it). */
export const NFS_SERVER_UNIT = "nfs-server.service";

/**
 * With a data volume, the exports live on it in this folder, bind-mounted at nfs.exportRoot: every role
 * mounts a host's data volume at the same place (/srv/data), and the export paths stay the same with or
 * without a volume.
 */
export const EXPORTS_ON_VOLUME = `${DATA_VOLUME_MOUNT}/export`;

/**
 * Owner and mode of each export's top folder (the hub makes what is inside). home is not here: it is the
 * notebook user's by number (see the role), since root on the hub is squashed to that user there.
 */
export const EXPORT_DIRS = {
  // The start hooks' trust anchor: admin's, never writable by others (the runner checks every folder above a hook).
  admin: { owner: "admin", group: "admin", mode: "0755" },
  // Shared data, written by the admin account (root is squashed here), read-only in notebooks.
  shared: { owner: "admin", group: "admin", mode: "0755" },
} as const;
