/**
 * The backup role's constants. What is backed up follows from the roles (./sources.ts); where to, when and how
 * long are the inventory's (backup:); these are what hubstack fixes.
 */

/** Debian's restic (0.14 on bookworm). */
export const BACKUP_PACKAGES = ["restic"] as const;

/** RESTIC_REPOSITORY, RESTIC_PASSWORD and the S3 keys: root's, 0600. */
export const BACKUP_ENV_PATH = "/etc/hubstack/backup.env";
/** restic with the environment file and the repository's options: what the service and the commands run. */
export const RESTIC_WRAPPER = "/usr/local/sbin/hubstack-restic";
/** One backup: the dumps, `restic backup`, then `restic forget --prune` (hubstack-backup.service runs it). */
export const BACKUP_SCRIPT = "/usr/local/sbin/hubstack-backup";

export const BACKUP_SERVICE = "hubstack-backup.service";
export const BACKUP_TIMER = "hubstack-backup.timer";
/** Every snapshot hubstack makes carries this tag (and the host's inventory name as its host). */
export const BACKUP_TAG = "hubstack";

/** sftp repositories: the environment's backup key, the repository host's pinned key, and the ssh options. */
export const BACKUP_KEY_PATH = "/root/.ssh/hubstack-backup";
export const BACKUP_KNOWN_HOSTS = "/root/.ssh/hubstack-backup.known_hosts";
export const BACKUP_SSH_CONFIG = "/etc/hubstack/backup-ssh.conf";
/** The name the ssh configuration gives the repository host. */
export const SSH_HOST_ALIAS = "hubstack-backup-target";
/** Inside the target's chroot (backup.repository.path), the repository's folder. */
export const REPOSITORY_FOLDER = "repo";

/** Where a data host writes its database dumps before restic reads them (inside the snapshot too). */
export const DUMP_DIR = "/var/lib/hubstack/backup-dump";

/** Spread over this window after the timer's time, so that the hosts of one repository rarely meet. */
export const RANDOMIZED_DELAY = "30min";
