/**
 * backup (the hosts that hold data: the NFS server and the hub; given by hubstack when the inventory has a
 * backup section): restic, the repository's settings and password (root-only), the repository made once,
 * then hubstack-backup.service (dumps, `restic backup`, `restic forget --prune`) on hubstack-backup.timer.
 * What each host backs up: ./sources.ts. `npm run backup` and `npm run restore` use what this role puts here.
 *
 * With an sftp repository the role waits for backup-target on the repository's host (the account must exist
 * before the repository is made over SFTP).
 */
import { quote, sh } from "../../engine/command.js";
import type { Operation } from "../../engine/operation.js";
import type { Role } from "../../engine/role.js";
import * as apt from "../../operations/apt.js";
import * as commands from "../../operations/commands.js";
import * as files from "../../operations/files.js";
import * as systemd from "../../operations/systemd.js";
import type { Environment } from "../../../environment/schema.js";
import { envOf, managedFile, managedUnit, provisionedHosts } from "../common.js";
import { BACKUP_ENV_PATH, BACKUP_PACKAGES, BACKUP_TIMER, RESTIC_WRAPPER } from "./constants.js";
import { RESTART_BACKUP_TIMER, backupHandlers } from "./handlers.js";
import { backupSource } from "./sources.js";
import { backupFiles, backupOf, type BackupFiles } from "./template-vars.js";

export const backupRole: Role = {
  name: "backup",
  dependsOn: ["base", "backup-target"],
  tasks(ctx) {
    const env = envOf(ctx);
    const files = backupFiles(env, provisionedHosts(ctx), backupSource(env, ctx.host.name));
    return [...resticSetup(env, files), ...backupSchedule(files)];
  },
  handlers: () => backupHandlers(),
  image: () => [apt.packages({ names: BACKUP_PACKAGES })],
};

/** restic, its settings and key, the wrapper and the backup script, and the repository (made once). */
export function resticSetup(env: Environment, f: BackupFiles): Operation[] {
  const repository = backupOf(env).repository;
  return [
    apt.packages({ names: BACKUP_PACKAGES }),
    files.directory({ path: BACKUP_ENV_PATH.slice(0, BACKUP_ENV_PATH.lastIndexOf("/")), mode: "0755" }),
    managedFile(f.env),
    ...(f.sshKey && f.knownHosts && f.sshConfig
      ? [files.directory({ path: "/root/.ssh", mode: "0700" }), managedFile(f.sshKey), managedFile(f.knownHosts), managedFile(f.sshConfig)]
      : []),
    ...(repository.type === "local" ? [files.directory({ path: repository.path, mode: "0700" })] : []),
    managedFile(f.wrapper),
    managedFile(f.script),
    initRepository(),
  ];
}

/**
 * `restic init`, once: when `restic cat config` answers, the repository exists. Two hosts of one repository
 * may both find none and both init; the loser's init fails on the winner's config, which then answers.
 */
export function initRepository(): Operation {
  const w = quote(RESTIC_WRAPPER);
  return commands.command({
    label: "restic repository (initialised once)",
    script: sh`${RESTIC_WRAPPER} cat config >/dev/null 2>&1 || ${RESTIC_WRAPPER} init || ${RESTIC_WRAPPER} cat config >/dev/null`,
    unless: `${w} cat config >/dev/null 2>&1`,
  });
}

/** The service and its timer, enabled and started. */
export function backupSchedule(f: BackupFiles): Operation[] {
  return [managedUnit(f.service), managedUnit(f.timer, { notify: RESTART_BACKUP_TIMER }), systemd.service({ name: BACKUP_TIMER, enabled: true, state: "started" })];
}
