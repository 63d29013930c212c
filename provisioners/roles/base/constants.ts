/**
 * The base role's knobs. Everything an operator chooses comes from the inventory (timezone, admins,
 * ssh.user); these are the constants hubstack decides, exported for the roles and tests that need them.
 */

/** The firewall, sudo, security upgrades and time zones: nothing else is installed on every host. */
export const BASE_PACKAGES = ["nftables", "openssh-server", "sudo", "tzdata", "unattended-upgrades"] as const;

/**
 * Where sshd reads authorized keys: root-owned files, one per account, and nowhere else. On the hub
 * /home is an NFS export (it would hide ~/.ssh of the login user and the admins the moment it is
 * mounted), and a notebook user whose home is writable must never be able to plant a key for an
 * account that has sudo.
 */
export const AUTHORIZED_KEYS_DIR = "/etc/ssh/authorized_keys";

/** The sshd drop-in that points sshd at AUTHORIZED_KEYS_DIR (sorted before 10-hubstack.conf; first value wins). */
export const KEYS_DROPIN = "/etc/ssh/sshd_config.d/09-hubstack-keys.conf";

/** Timers of Debian's apt that run unattended-upgrades daily (APT::Periodic in 52hubstack-unattended). */
export const APT_TIMERS = ["apt-daily.timer", "apt-daily-upgrade.timer"] as const;
