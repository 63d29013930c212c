/**
 * What the hub roles share: the Environment and the hosts as the vars builders (roles/<role>/template-vars.ts)
 * take them, and the few operation shapes every role needs on top of the engine's modules:
 *
 * - managedFile: a ManagedFile (a template-vars.ts description, see files.ts: template or content, owner, mode, checker)
 *   as a files.file operation, its checker run on a copy that keeps the destination's name;
 * - managedUnit: the same for systemd unit files, with a daemon-reload when one changed;
 * - factFile: a file whose content depends on what the host says (a generated secret, a LUKS UUID),
 *   so it is rendered when the plan is made rather than before the run;
 * - packagesQuietly: apt packages installed without letting their maintainer scripts start services
 *   that hubstack configures itself (Debian's jupyterhub starts with its own configuration).
 */
import { basename } from "node:path";
import type { Environment, RoleName } from "../../environment/schema.js";
import { quote, sh } from "../engine/command.js";
import type { FactReader, FactRequest } from "../engine/fact.js";
import { change, defineOperation, extend, noop, thenRun, type Operation, type OperationOptions } from "../engine/operation.js";
import type { RoleContext } from "../engine/role.js";
import * as apt from "../operations/apt.js";
import * as commands from "../operations/commands.js";
import * as users from "../operations/users.js";
import { file, planFile } from "../operations/files.js";
import { daemonReload } from "../operations/systemd.js";
import * as fileFacts from "../facts/files.js";
import { type ProvisionedHost } from "./base/template-vars.js";
import { renderManagedFile, type ManagedFile } from "./files.js";

/** The Environment the CLI passes as `vars`; a clear error when a caller passed something else. */
export function envOf(ctx: RoleContext): Environment {
  const env = ctx.vars as Partial<Environment> | undefined;
  if (!env || typeof env !== "object" || !env.hub || !env.nfs || !env.hosts) {
    throw new Error("the hub roles need the Environment as vars (provision(hosts, { vars: env }))");
  }
  return env as Environment;
}

/**
 * The hosts as the vars builders see them: the address the other hosts reach each one at, which is the
 * private address the stack outputs give (on OpenStack a host with a floating IP is still reached, and
 * connects to the others, on its private address: the bastion's SSH to the hosts behind it comes from
 * there). The inventory's address stands in where the caller gave none (local and static targets, where
 * it is the private address), and the connect address last.
 */
export function provisionedHosts(ctx: RoleContext): ProvisionedHost[] {
  const env = envOf(ctx);
  return ctx.hosts.map((h) => ({
    name: h.name,
    address: h.privateAddress ?? env.hosts[h.name]?.address ?? h.address,
    // Role names were checked against the registry before any role ran.
    roles: h.roles as RoleName[],
  }));
}

/** The inventory's entry for the host being provisioned. */
export function hostSpecOf(ctx: RoleContext): Environment["hosts"][string] | undefined {
  return envOf(ctx).hosts[ctx.host.name];
}

/** True when the inventory gives this host a data volume (dataVolumeGiB > 0). */
export function hasDataVolume(ctx: RoleContext): boolean {
  return (hostSpecOf(ctx)?.dataVolumeGiB ?? 0) > 0;
}

export const octal = (mode: number): string => mode.toString(8).padStart(4, "0");

/**
 * A ManagedFile checker (argv, "{}" for the file) as the engine's validate string (run on the temporary
 * file, "%s" for its path). The file is copied into a private folder under its destination's name
 * first: systemd-analyze insists on a unit's real name, and py_compile would leave __pycache__ beside
 * the destination. The subshell keeps `exit` from leaving the operation's script.
 */
export function validateCommand(argv: readonly string[], dest: string): string {
  const name = basename(dest);
  const args = argv.map((a) => (a === "{}" ? `"$hs_v/"${quote(name)}` : quote(a))).join(" ");
  return `( hs_v=$(mktemp -d) && cp %s "$hs_v/"${quote(name)} && ${args}; hs_s=$?; rm -rf "$hs_v"; exit $hs_s )`;
}

/** A ManagedFile as an operation (rendered before the run: a missing variable stops it early). */
export function managedFile(f: ManagedFile, options: OperationOptions & { present?: boolean } = {}): Operation {
  if (options.present === false) return file({ path: f.dest, present: false, ...(options.notify ? { notify: options.notify } : {}) });
  return file({
    path: f.dest,
    content: renderManagedFile(f),
    owner: f.owner,
    group: f.group,
    mode: octal(f.mode),
    ...(f.secret ? { secret: true } : {}),
    ...(f.validate ? { validate: validateCommand(f.validate, f.dest) } : {}),
    label: options.label ?? `${"template" in f.source ? "files.template" : "files.file"} ${f.dest}`,
    ...(options.notify ? { notify: options.notify } : {}),
  });
}

/** A unit file (or anything else systemd generates units from), with a daemon-reload when it changed. */
export function managedUnit(f: ManagedFile, options: OperationOptions = {}): Operation {
  const inner = managedFile(f, { label: options.label ?? `systemd.unit ${basename(f.dest)}` });
  return withDaemonReload(inner, options);
}

export function withDaemonReload(inner: Operation, options: OperationOptions = {}): Operation {
  return extend(inner, { notify: options.notify ?? [], after: (plan) => thenRun(plan, daemonReload) });
}

/**
 * A file rendered at plan time from facts: `build` returns the ManagedFile, or a string saying why
 * there is nothing to write (which becomes the no-op reason). `dest` must be the ManagedFile's dest.
 */
export function factFile(
  label: string,
  dest: string,
  facts: readonly FactRequest<unknown>[],
  build: (read: FactReader) => ManagedFile | string,
  options: OperationOptions & { reload?: boolean } = {},
): Operation {
  const target = fileFacts.path(dest);
  return defineOperation(label, options, [target, ...facts], (read) => {
    const f = build(read);
    if (typeof f === "string") return noop(f);
    if (f.dest !== dest) throw new Error(`${label}: built a file for ${f.dest}, declared for ${dest}`);
    const plan = planFile(dest, Buffer.from(renderManagedFile(f)), read(target), {
      owner: f.owner,
      group: f.group,
      mode: octal(f.mode),
      ...(f.secret ? { secret: true } : {}),
      ...(f.validate ? { validate: validateCommand(f.validate, dest) } : {}),
    });
    return options.reload ? thenRun(plan, daemonReload) : plan;
  });
}

/**
 * apt packages whose maintainer scripts must not start their services: the role writes their
 * configuration and starts them itself. A policy-rc.d that answers 101 ("action forbidden") is in place
 * only while apt runs, and removed even when it fails; one that was already there (an image build) is
 * left alone and obeyed.
 */
export function packagesQuietly(args: apt.PackagesArgs): Operation {
  const inner = apt.packages(args);
  const guard = sh`if [ ! -e /usr/sbin/policy-rc.d ]; then printf '#!/bin/sh\\nexit 101\\n' > /usr/sbin/policy-rc.d && chmod 0755 /usr/sbin/policy-rc.d && trap 'rm -f /usr/sbin/policy-rc.d' EXIT; fi`;
  return extend(inner, {
    label: `${inner.name} (services not started)`,
    notify: args.notify ?? [],
    after: (plan) => (plan.changed ? change(plan.reason, [guard, ...plan.commands]) : plan),
  });
}

/** An operation that only reports: a step skipped for a reason the operator should see. */
export function note(label: string, reason: string): Operation {
  return defineOperation(label, { label }, [], () => noop(reason));
}

/** `inner`, unless `skip` gives a reason not to (read from facts): then a no-op that says why. */
export function onlyIf(inner: Operation, facts: readonly FactRequest<unknown>[], skip: (read: FactReader) => string | null): Operation {
  return extend(inner, { facts, skip });
}

/**
 * A handler that restarts or reloads a unit. A plain command with no facts to read, on purpose: the
 * engine re-reads no facts after a handler ran, so a second handler of the same role that needed facts
 * (systemd.service does) would find none (see the report on provisioners/engine/runner.ts, runHandler).
 */
export function unitAction(unit: string, action: "restart" | "reload-or-restart"): Operation {
  // restarts: as a handler, skipped when the unit started after the change that notified it (engine/handlers.ts).
  return defineOperation(`systemctl ${action} ${unit}`, {}, [], () => change(`${action} ${unit}`, [sh`systemctl ${action} ${unit}`]), { idempotent: false, restarts: unit });
}

export interface AccountArgs {
  readonly name: string;
  readonly uid: number;
  readonly gid: number;
  readonly home: string;
  readonly comment: string;
}

/**
 * A no-login account with a group of its own name, both by fixed numbers (NFS compares numbers, so the
 * hub and the NFS server must agree). Created with an explicit --gid: users.user would ask useradd for
 * --user-group, which refuses once the group exists (see the report on provisioners/operations/users.ts);
 * users.user then keeps it as it should be.
 */
export function fixedAccount(a: AccountArgs): Operation[] {
  return [
    users.group({ name: a.name, gid: a.gid }),
    commands.command({
      label: `create user ${a.name} (uid ${a.uid})`,
      script: sh`useradd --uid ${String(a.uid)} --gid ${a.name} --home-dir ${a.home} --no-create-home --shell /usr/sbin/nologin --comment ${a.comment} ${a.name}`,
      unless: `getent passwd ${quote(a.name)} >/dev/null`,
    }),
    users.user({ name: a.name, uid: a.uid, group: a.name, home: a.home, shell: "/usr/sbin/nologin" }),
  ];
}
