/**
 * Template variables of the nfs-client role (the hub): one systemd mount unit per export.
 *
 * Mount units rather than /etc/fstab lines: a unit is a whole file hubstack owns (no editing of a
 * shared file), and its ordering is written out instead of being encoded in x-systemd.* options, which
 * are fstab's spelling of the same Wants=/After=/Requires= lines and are ignored in a unit's Options=.
 */
import type { Environment } from "../../../environment/schema.js";
import { ConfigError } from "../../../environment/errors.js";
import { onlyHostWithRole, type ProvisionedHost } from "../base/template-vars.js";
import { unitFile, type ManagedFile } from "../files.js";
import { exportPath, type ExportName } from "../nfs-server/template-vars.js";

/**
 * NFSv4.2 over TCP, hard (a server restart stalls I/O instead of corrupting it), and nosuid,nodev: a
 * setuid file or device node on the share (admin is no_root_squash) grants nothing on the hub.
 * _netdev marks a network mount: ordered after the network, before remote-fs.target.
 */
export const NFS_MOUNT_OPTIONS = "rw,nosuid,nodev,vers=4.2,proto=tcp,hard,timeo=600,retrans=2,_netdev";

export interface MountUnitVars {
  /** The unit's file name, derived from the mount point as systemd requires (home-admin.mount). */
  unitName: string;
  what: string;
  where: string;
  options: string;
  /** Mount units of parent mount points managed here (home.mount for /home/admin). */
  parents: string[];
  exportName: ExportName;
}

/** systemd-escape --path: the unit name a mount point must have. */
export function escapeSystemdPath(path: string): string {
  const trimmed = path.replace(/\/+/g, "/").replace(/^\/|\/$/g, "");
  if (trimmed === "") return "-";
  return trimmed
    .split("/")
    .map((part) =>
      [...Buffer.from(part, "utf8")]
        .map((byte, i) => {
          const ch = String.fromCharCode(byte);
          if (/[A-Za-z0-9:_]/.test(ch) || (ch === "." && i > 0)) return ch;
          return `\\x${byte.toString(16).padStart(2, "0")}`;
        })
        .join(""),
    )
    .join("-");
}

export function mountUnitName(where: string): string {
  return `${escapeSystemdPath(where)}.mount`;
}

const normalize = (p: string) => p.replace(/\/+/g, "/").replace(/(.)\/$/, "$1");
const isUnder = (child: string, parent: string) => parent === "/" || child.startsWith(`${parent}/`);

export function mountUnitsVars(env: Environment, hosts: readonly ProvisionedHost[]): MountUnitVars[] {
  const server = onlyHostWithRole(hosts, "nfs-server");
  const names: ExportName[] = ["home", "admin", "shared"];
  const wheres = names.map((n) => normalize(env.nfs.mounts[n]));
  const problems: string[] = [];
  wheres.forEach((w, i) => {
    if (!w.startsWith("/")) problems.push(`nfs.mounts.${names[i]}: "${w}" is not an absolute path`);
    if (w === "/") problems.push(`nfs.mounts.${names[i]}: an NFS export cannot be mounted over /`);
    if (wheres.indexOf(w) !== i) problems.push(`nfs.mounts.${names[i]}: "${w}" is also nfs.mounts.${names[wheres.indexOf(w)]}`);
  });
  if (problems.length) throw new ConfigError(problems);
  // An IPv6 server address needs brackets in What=.
  const host = server.address.includes(":") ? `[${server.address}]` : server.address;
  return names.map((name, i) => {
    const where = wheres[i]!;
    return {
      unitName: mountUnitName(where),
      what: `${host}:${exportPath(env, name)}`,
      where,
      options: NFS_MOUNT_OPTIONS,
      parents: wheres.filter((other) => other !== where && isUnder(where, other)).map(mountUnitName),
      exportName: name,
    };
  });
}

/** The mount units, by export (in mountUnitsVars' order: home, admin, shared). */
export function nfsClientFiles(env: Environment, hosts: readonly ProvisionedHost[]): Record<ExportName, ManagedFile> {
  return Object.fromEntries(mountUnitsVars(env, hosts).map((vars) => [vars.exportName, unitFile(vars.unitName, { template: "nfs-client/path.mount.hbs", vars })])) as Record<ExportName, ManagedFile>;
}
