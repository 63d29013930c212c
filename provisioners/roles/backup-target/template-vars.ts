/**
 * Template variables of the backup-target role: the sshd drop-in that lets the backup account in for SFTP
 * only, chrooted to the repository's folder, and the account's one key (the environment's backup key).
 */
import { ConfigError } from "../../../environment/errors.js";
import type { Environment } from "../../../environment/schema.js";
import { AUTHORIZED_KEYS_DIR } from "../base/constants.js";
import { SSHD_DROPIN_CHECK } from "../base/template-vars.js";
import { REPOSITORY_FOLDER } from "../backup/constants.js";
import { configFile, type ManagedFile } from "../files.js";
import { BACKUP_ACCOUNT, BACKUP_SSHD_DROPIN } from "./constants.js";

export interface BackupSshdVars {
  hostname: string;
  account: string;
  /** The chroot: backup.repository.path, root's (sshd insists), holding the account's repository folder. */
  chroot: string;
}

export interface BackupTarget {
  /** The chroot (backup.repository.path). */
  readonly chroot: string;
  /** The repository's folder inside it, the account's. */
  readonly repository: string;
}

export function backupTargetOf(env: Environment): BackupTarget {
  const r = env.backup?.repository;
  if (r?.type !== "sftp") throw new ConfigError(["backup.repository: the backup-target role is for an sftp repository"]);
  return { chroot: r.path, repository: `${r.path}/${REPOSITORY_FOLDER}` };
}

export function backupSshdVars(env: Environment, hostName: string): BackupSshdVars {
  return { hostname: hostName, account: BACKUP_ACCOUNT, chroot: backupTargetOf(env).chroot };
}

/** The account's authorized key: the environment's backup key, restricted (no pty, no forwarding) on top of the Match block. */
export function backupAuthorizedKey(env: Environment): string {
  const publicKey = env.backupKey?.publicKey;
  if (!publicKey) throw new ConfigError([`backup.repository: the backup key of env=${env.name} was not prepared (the provisioning phase makes it under .state/${env.name}/backup/)`]);
  return `restrict ${publicKey.trim().split(/\s+/).slice(0, 2).join(" ")} hubstack-backup@${env.name}\n`;
}

export function backupTargetFiles(env: Environment, hostName: string): { sshd: ManagedFile; authorizedKey: ManagedFile } {
  return {
    sshd: configFile(BACKUP_SSHD_DROPIN, { template: "backup-target/20-hubstack-backup.conf.hbs", vars: backupSshdVars(env, hostName) }, { validate: SSHD_DROPIN_CHECK }),
    authorizedKey: configFile(`${AUTHORIZED_KEYS_DIR}/${BACKUP_ACCOUNT}`, { content: backupAuthorizedKey(env) }),
  };
}
