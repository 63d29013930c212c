/**
 * Template variables of the nfs-server role: /etc/exports.
 *
 * Three exports, each to the hub's address only (no wildcard, no subnet):
 *
 * - home   rw, root_squash with anonuid/anongid the notebook user's (NB_UID:NB_GID, docker-stacks'
 *          1000:100). Every notebook container runs as that one user, so every home is that user's: the
 *          hub's root, squashed to it, creates a new home already owned by it and can do nothing in the
 *          homes that the notebook user could not. A container started as root (for the as-root hook)
 *          is squashed likewise: no root-owned file, no setuid binary is ever planted in a home.
 * - admin  rw, no_root_squash. The start hooks trust /home/admin/start/as-root.sh because it is owned
 *          by root; under root_squash only the NFS server's own root could create such a file, and the
 *          hub could neither install the default hooks nor keep their logs owned by admin.
 * - shared rw, root_squash. Nothing on the hub needs root there; squashing keeps a root process on the
 *          hub (or in a container started as root) from planting root-owned files in shared data.
 *
 * no_root_squash on admin is bounded: the only client is the hub, whose root already runs every notebook
 * and never mounts admin into a container writable; the hub mounts all three with nosuid,nodev (see
 * nfs-client), so a root-owned setuid file on the share grants nothing there.
 */
import type { Environment } from "../../../environment/schema.js";
import { hostsWithRole, type ProvisionedHost } from "../base/template-vars.js";
import { configFile } from "../files.js";
import { ConfigError } from "../../../environment/errors.js";
import { NB_GID, NB_UID } from "../images/template-vars.js";

export interface NfsExport {
  /** Path on the NFS server, e.g. /export/home. */
  path: string;
  /** What the hub mounts it as (for the comment). */
  mountedAt: string;
  clients: string[];
  options: string;
  why: string;
}

export interface ExportsVars {
  hostname: string;
  exports: NfsExport[];
}

/** Options every export shares: synchronous writes (no lost data on a server crash), no subtree check
 * (renames of open files break it, and each export is a whole file system directory anyway). */
export const COMMON_EXPORT_OPTIONS = "rw,sync,no_subtree_check,sec=sys";

/** The homes' squash: root (on the hub, or in a container started as root) becomes the notebook user. */
export const HOME_SQUASH = `root_squash,anonuid=${NB_UID},anongid=${NB_GID}`;

export type ExportName = "home" | "admin" | "shared";

export function exportPath(env: Environment, name: ExportName): string {
  return `${env.nfs.exportRoot.replace(/\/+$/, "")}/${name}`;
}

export function exportsVars(env: Environment, hosts: readonly ProvisionedHost[], hostName: string): ExportsVars {
  const clients = hostsWithRole(hosts, "nfs-client").map((h) => h.address);
  if (clients.length === 0) {
    throw new ConfigError([`hosts: ${hostName} has role nfs-server but no host has role nfs-client (the hub): there is nobody to export to`]);
  }
  const make = (name: ExportName, squash: string, why: string): NfsExport => ({
    path: exportPath(env, name),
    mountedAt: env.nfs.mounts[name],
    clients,
    options: `${COMMON_EXPORT_OPTIONS},${squash}`,
    why,
  });
  return {
    hostname: hostName,
    exports: [
      make("home", HOME_SQUASH, "every home is the notebook user's; root on the hub is squashed to that user"),
      make("admin", "no_root_squash", "start hooks: as-root.sh must be owned by root, written from the hub"),
      make("shared", "root_squash", "nothing on the hub needs root here"),
    ],
  };
}

export function nfsServerFiles(env: Environment, hosts: readonly ProvisionedHost[], hostName: string) {
  return {
    exports: configFile("/etc/exports", { template: "nfs-server/exports.hbs", vars: exportsVars(env, hosts, hostName) }),
  };
}
