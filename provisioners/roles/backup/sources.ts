/**
 * What each host backs up: derived from its roles here, once, and read by the role (the service's paths and
 * dumps), the backup command and the restore command (which paths a restore may name, which service to stop).
 *
 * - nfs-server: the export root (nfs.exportRoot: the homes, the admin area, the shared data);
 * - jupyterhub: an online copy of JupyterHub's sqlite database (SQLite's backup API through Debian's python3,
 *   consistent while the hub writes), written to DUMP_DIR first; the secrets hubstack generated
 *   (/var/lib/hubstack/secrets: the cookie secret, the proxy token); Caddy's home (its ACME account and
 *   certificates).
 *
 * Which hosts take part is environment/backup.ts's.
 */
import { backupHosts } from "../../../environment/backup.js";
import type { Environment } from "../../../environment/schema.js";
import { HUB_UNIT, SECRETS_DIR, STATE_DIR } from "../jupyterhub/constants.js";
import { CADDY_HOME } from "../proxy-tls/constants.js";
import { DUMP_DIR } from "./constants.js";

/** A database copied to a file before the backup, and put back from it after a restore. */
export interface DatabaseDump {
  readonly kind: "sqlite";
  /** The live database. */
  readonly database: string;
  /** Its copy, inside one of the backed-up paths. */
  readonly dump: string;
  /** The unit that writes it: stopped while the database is put back. */
  readonly unit: string;
}

export interface BackupSource {
  readonly host: string;
  /** Absolute paths given to `restic backup` (those that exist when it runs). */
  readonly paths: readonly string[];
  readonly dumps: readonly DatabaseDump[];
}

export const HUB_DATABASE = `${STATE_DIR}/jupyterhub.sqlite`;

/** What `hostName` backs up (empty paths: nothing, it is no data host). */
export function backupSource(env: Pick<Environment, "hosts" | "nfs">, hostName: string): BackupSource {
  const roles = env.hosts[hostName]?.roles ?? [];
  const paths: string[] = [];
  const dumps: DatabaseDump[] = [];
  if (roles.includes("nfs-server")) paths.push(env.nfs.exportRoot);
  if (roles.includes("jupyterhub")) {
    dumps.push({ kind: "sqlite", database: HUB_DATABASE, dump: `${DUMP_DIR}/jupyterhub.sqlite`, unit: HUB_UNIT });
    paths.push(DUMP_DIR, SECRETS_DIR, CADDY_HOME);
  }
  return { host: hostName, paths, dumps };
}

/** Every backing-up host's source, in inventory order. */
export function backupSources(env: Pick<Environment, "hosts" | "nfs" | "backup">): BackupSource[] {
  return backupHosts(env).map((name) => backupSource(env, name));
}

/** True when `path` is one of `source`'s paths or inside one. */
export function isBackedUp(source: BackupSource, path: string): boolean {
  return source.paths.some((p) => path === p || path.startsWith(`${p}/`));
}
