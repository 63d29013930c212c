/**
 * backup-target (the host an sftp repository lives on, usually the bastion; given by hubstack from
 * backup.repository.host): the account hubstack-backup, which may only speak SFTP, only inside its chroot
 * (backup.repository.path), only with the environment's backup key; the repository folder it owns.
 *
 * The data hosts reach it on its private address: base's firewall lets them reach SSH here, and on OpenStack
 * the stack's security group does too (environment/backup.ts says who they are).
 */
import type { Role } from "../../engine/role.js";
import * as files from "../../operations/files.js";
import * as users from "../../operations/users.js";
import { RELOAD_SSHD, reloadSshd } from "../base/handlers.js";
import { envOf, managedFile } from "../common.js";
import { BACKUP_ACCOUNT } from "./constants.js";
import { backupTargetFiles, backupTargetOf } from "./template-vars.js";

export const backupTargetRole: Role = {
  name: "backup-target",
  dependsOn: ["base"],
  tasks(ctx) {
    const env = envOf(ctx);
    const target = backupTargetOf(env);
    const { sshd, authorizedKey } = backupTargetFiles(env, ctx.host.name);
    return [
      users.user({ name: BACKUP_ACCOUNT, system: true, home: target.chroot, shell: "/usr/sbin/nologin", createHome: false, comment: "hubstack backups (SFTP only)" }),
      // The chroot is root's and nobody else may write it (sshd refuses the login otherwise); the repository inside is the account's.
      files.directory({ path: target.chroot, owner: "root", group: "root", mode: "0755" }),
      files.directory({ path: target.repository, owner: BACKUP_ACCOUNT, group: BACKUP_ACCOUNT, mode: "0700" }),
      // The key before the drop-in that lets the account in.
      managedFile(authorizedKey, { label: `ssh key of ${BACKUP_ACCOUNT} (the environment's backup key)` }),
      managedFile(sshd, { notify: RELOAD_SSHD }),
    ];
  },
  handlers: () => ({ [RELOAD_SSHD]: reloadSshd() }),
};
