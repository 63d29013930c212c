/**
 * Who takes part in the backups: derived from the roles, never configured. Every layer that needs it reads it
 * here (the checks, the stack's security groups, the host firewall, the provisioning phase that gives the
 * roles, the backup and restore commands); what each host backs up (its paths, its database dumps) is the
 * backup role's, in provisioners/roles/backup/sources.ts.
 *
 * - a host with role nfs-server or jupyterhub holds data: it gets role `backup`;
 * - with an sftp repository, the host it names gets role `backup-target` (the account, the SFTP-only sshd
 *   block, the repository folder).
 *
 * Neither role is listed in the inventory: the checks refuse them there.
 */
import type { EnvironmentFile, RoleName } from "./schema.js";

/** The roles whose hosts hold data worth a backup. */
export const DATA_ROLES = ["nfs-server", "jupyterhub"] as const satisfies readonly RoleName[];

/** The roles hubstack gives from the backup section. */
export const BACKUP_ROLES = ["backup", "backup-target"] as const satisfies readonly RoleName[];

/** The account the data hosts log in as on an sftp repository's host. */
export const BACKUP_ACCOUNT = "hubstack-backup";

/** The enabled hosts that hold data, in inventory order (whether or not the environment has a backup section). */
export function dataHosts(env: Pick<EnvironmentFile, "hosts">): string[] {
  return Object.entries(env.hosts)
    .filter(([, h]) => h.enabled && h.roles.some((r) => (DATA_ROLES as readonly string[]).includes(r)))
    .map(([name]) => name);
}

/** The hosts that back up: the data hosts, when the environment has a backup section. */
export function backupHosts(env: Pick<EnvironmentFile, "hosts" | "backup">): string[] {
  return env.backup ? dataHosts(env) : [];
}

/** The host an sftp repository lives on, or undefined (no backup, or another kind of repository). */
export function backupTargetHost(env: Pick<EnvironmentFile, "backup">): string | undefined {
  const repository = env.backup?.repository;
  return repository?.type === "sftp" ? repository.host : undefined;
}

/** A host's roles with the backup roles it is given: the provisioning phase hands these to the engine. */
export function withBackupRoles(env: Pick<EnvironmentFile, "hosts" | "backup">, hostName: string, roles: readonly string[]): string[] {
  const extra: string[] = [];
  if (backupHosts(env).includes(hostName)) extra.push("backup");
  if (backupTargetHost(env) === hostName) extra.push("backup-target");
  return [...roles.filter((r) => !extra.includes(r)), ...extra];
}
