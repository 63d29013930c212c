/**
 * base (every host): who the host is, who may log in and how, what may reach it, and security updates.
 *
 * The order keeps hubstack from locking itself out: every account and key file is in place before the
 * sshd drop-ins that rely on them, and sshd is only reloaded (open sessions stay) after each drop-in
 * passed `sshd -t` as part of the whole configuration. The firewall comes last and always lets the
 * orchestrator in (see firewallVars).
 */
import { quote, sh } from "../../engine/command.js";
import type { Role } from "../../engine/role.js";
import type { Operation } from "../../engine/operation.js";
import * as apt from "../../operations/apt.js";
import * as commands from "../../operations/commands.js";
import * as files from "../../operations/files.js";
import * as systemd from "../../operations/systemd.js";
import * as users from "../../operations/users.js";
import * as systemdFacts from "../../facts/systemd.js";
import { envOf, managedFile, onlyIf, provisionedHosts } from "../common.js";
import { APT_TIMERS, AUTHORIZED_KEYS_DIR, BASE_PACKAGES } from "./constants.js";
import { RELOAD_NFTABLES, RELOAD_SSHD, baseHandlers } from "./handlers.js";
import { adminKeys, keysDropIn, loginUserKeys } from "./keys.js";
import { baseFiles } from "./template-vars.js";

export const baseRole: Role = {
  name: "base",
  tasks(ctx) {
    const env = envOf(ctx);
    const { sshd, nftables, unattended, sudoers } = baseFiles(env, provisionedHosts(ctx), ctx.host.name);
    return [
      apt.packages({ names: BASE_PACKAGES }),
      hostname(ctx.host.name),
      timezone(env.timezone),

      // Accounts: the team's admins (present: false removes them), their keys, sudo without a password.
      files.directory({ path: AUTHORIZED_KEYS_DIR, mode: "0755" }),
      loginUserKeys(ctx.host.user, ctx.host.privateKeyFile),
      ...env.admins.flatMap((admin) => adminAccount(admin, ctx.host.roles.includes("nfs-client"))),
      managedFile(sudoers),

      // SSH: keys from AUTHORIZED_KEYS_DIR only, then the hardening (keys only, no root, AllowUsers).
      managedFile(keysDropIn(sshd.validate), { notify: RELOAD_SSHD }),
      managedFile(sshd, { notify: RELOAD_SSHD }),
      systemd.service({ name: "ssh.service", enabled: true, state: "started" }),

      // Security updates every day (no automatic reboot: it would stop every user's server).
      managedFile(unattended),
      ...APT_TIMERS.map(aptTimer),

      // The host firewall: only what the security groups allow.
      managedFile(nftables, { notify: RELOAD_NFTABLES }),
      systemd.service({ name: "nftables.service", enabled: true, state: "started" }),
    ];
  },
  handlers: () => baseHandlers(),
  image: () => [apt.packages({ names: BASE_PACKAGES })],
};

/** The inventory's host name as the system's, in /etc/hostname and the kernel (cloud-init keeps /etc/hosts). */
function hostname(name: string): Operation {
  return commands.command({
    label: `hostname ${name}`,
    script: sh`if [ -d /run/systemd/system ] && command -v hostnamectl >/dev/null; then hostnamectl set-hostname ${name}; else echo ${name} > /etc/hostname && hostname ${name}; fi`,
    unless: `[ "$(cat /etc/hostname 2>/dev/null)" = ${quote(name)} ] && [ "$(hostname)" = ${quote(name)} ]`,
  });
}

/** The inventory's time zone: /etc/localtime and /etc/timezone, with or without systemd running. */
function timezone(tz: string): Operation {
  const zone = `/usr/share/zoneinfo/${tz}`;
  return commands.command({
    label: `timezone ${tz}`,
    script: sh`if [ ! -f ${zone} ]; then echo ${`unknown time zone ${tz} (timezone in the inventory): no ${zone}`} >&2; exit 1; fi; ln -sfn ${zone} /etc/localtime && echo ${tz} > /etc/timezone`,
    unless: `cmp -s /etc/localtime ${quote(zone)} && [ "$(cat /etc/timezone 2>/dev/null)" = ${quote(tz)} ]`,
  });
}

/**
 * One of apt's daily timers, enabled and started, unless masked: an image that masks them (the local
 * test image does, so that apt's lock stays free while hosts are provisioned) made that choice on
 * purpose, and the report says that upgrades do not run there.
 */
function aptTimer(timer: string): Operation {
  const unit = systemdFacts.unit(timer);
  return onlyIf(systemd.service({ name: timer, enabled: true, state: "started" }), [unit], (read) =>
    read(unit).load === "masked" || read(unit).unitFile === "masked" ? `${timer} is masked on this host (by its image): left alone, so unattended upgrades do not run here` : null,
  );
}

/**
 * A team admin's account. On the hub /home is the notebook users' NFS export, where root is squashed to
 * the notebook user and cannot give a folder to anyone else: an admin added there gets no home (their
 * keys live in AUTHORIZED_KEYS_DIR, and sudo needs none).
 */
function adminAccount(admin: ReturnType<typeof envOf>["admins"][number], homesOnNfs: boolean): Operation[] {
  if (!admin.present) return [adminKeys(admin), users.user({ name: admin.name, present: false })];
  return [users.user({ name: admin.name, shell: "/bin/bash", comment: "hubstack admin", ...(homesOnNfs ? { createHome: false } : {}) }), adminKeys(admin)];
}
