/**
 * The backup-target role's constants (the host an sftp repository lives on). The folder is the inventory's
 * (backup.repository.path); the account and its key are hubstack's.
 */
export { BACKUP_ACCOUNT } from "../../../environment/backup.js";

/** The sshd drop-in with the account's Match block (after base's 10-hubstack.conf). */
export const BACKUP_SSHD_DROPIN = "/etc/ssh/sshd_config.d/20-hubstack-backup.conf";
