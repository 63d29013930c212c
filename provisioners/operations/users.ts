/** Users, groups and SSH authorized keys. */
import { sh, type Command } from "../engine/command.js";
import { ConflictError } from "../engine/errors.js";
import { change, defineOperation, noop, type Operation, type OperationOptions } from "../engine/operation.js";
import * as users from "../facts/users.js";
import { planFile } from "./files.js";

export interface GroupArgs extends OperationOptions {
  readonly name: string;
  readonly gid?: number;
  readonly system?: boolean;
  readonly present?: boolean;
}

export function group(args: GroupArgs): Operation {
  const fact = users.group(args.name);
  return defineOperation(`users.group ${args.name}`, args, [fact], (read) => {
    const current = read(fact);
    if (args.present === false) return current ? change(`remove group ${args.name}`, [sh`groupdel ${args.name}`]) : noop(`group ${args.name} is absent`);
    if (!current) {
      const flags = [...(args.system ? ["--system"] : []), ...(args.gid !== undefined ? ["--gid", String(args.gid)] : [])];
      return change(`create group ${args.name}`, [sh`groupadd ${flags} ${args.name}`]);
    }
    if (args.gid !== undefined && current.gid !== args.gid) return change(`group ${args.name}: gid ${current.gid} → ${args.gid}`, [sh`groupmod --gid ${String(args.gid)} ${args.name}`]);
    return noop(`group ${args.name} exists`);
  });
}

export interface UserArgs extends OperationOptions {
  readonly name: string;
  readonly uid?: number;
  /** Primary group (must exist). @default a group named after the user */
  readonly group?: string;
  /** Supplementary groups (must exist). */
  readonly groups?: readonly string[];
  /** Keep supplementary groups not listed instead of removing them. @default false */
  readonly appendGroups?: boolean;
  /** @default /home/<name>, or /nonexistent-like defaults of useradd for system users */
  readonly home?: string;
  /** @default /bin/bash, or /usr/sbin/nologin for system users */
  readonly shell?: string;
  readonly system?: boolean;
  /** @default true for normal users, false for system users */
  readonly createHome?: boolean;
  readonly comment?: string;
  readonly present?: boolean;
  /** Removing the user also removes its home. @default false */
  readonly removeHome?: boolean;
}

export function user(args: UserArgs): Operation {
  const fact = users.user(args.name);
  const shell = args.shell ?? (args.system ? "/usr/sbin/nologin" : "/bin/bash");
  return defineOperation(`users.user ${args.name}`, args, [fact], (read) => {
    const current = read(fact);
    if (args.present === false) {
      if (!current) return noop(`user ${args.name} is absent`);
      return change(`remove user ${args.name}`, [sh`userdel ${args.removeHome ? ["--remove"] : []} ${args.name}`]);
    }
    if (!current) {
      const flags: string[] = [];
      if (args.system) flags.push("--system");
      if (args.uid !== undefined) flags.push("--uid", String(args.uid));
      if (args.group && args.group !== args.name) flags.push("--gid", args.group);
      else flags.push("--user-group");
      if (args.groups?.length) flags.push("--groups", args.groups.join(","));
      if (args.home) flags.push("--home-dir", args.home);
      flags.push((args.createHome ?? !args.system) ? "--create-home" : "--no-create-home");
      flags.push("--shell", shell);
      if (args.comment) flags.push("--comment", args.comment);
      return change(`create user ${args.name}`, [sh`useradd ${flags} ${args.name}`]);
    }
    const flags: string[] = [];
    const why: string[] = [];
    if (args.uid !== undefined && current.uid !== args.uid) flags.push("--uid", String(args.uid)), why.push(`uid ${current.uid} → ${args.uid}`);
    const primary = args.group ?? args.name;
    if (current.group !== primary && (args.group !== undefined || current.group !== args.name)) flags.push("--gid", primary), why.push(`group ${current.group} → ${primary}`);
    if (args.groups) {
      const want = [...new Set(args.appendGroups ? [...current.groups, ...args.groups] : args.groups)].sort();
      if (want.join(",") !== current.groups.join(",")) flags.push("--groups", want.join(",")), why.push(`groups ${current.groups.join(",") || "-"} → ${want.join(",") || "-"}`);
    }
    if (args.home && current.home !== args.home) flags.push("--home", args.home), why.push(`home ${current.home} → ${args.home}`);
    if (args.shell && current.shell !== args.shell) flags.push("--shell", args.shell), why.push(`shell ${current.shell} → ${args.shell}`);
    if (flags.length === 0) return noop(`user ${args.name} is up to date`);
    return change(`user ${args.name}: ${why.join(", ")}`, [sh`usermod ${flags} ${args.name}`]);
  });
}

export interface AuthorizedKeysArgs extends OperationOptions {
  readonly user: string;
  readonly keys: readonly string[];
  /** Remove keys not listed. @default true */
  readonly exclusive?: boolean;
}

/** ~user/.ssh/authorized_keys holding `keys` (0600, owned by the user, in a 0700 .ssh). */
export function authorizedKeys(args: AuthorizedKeysArgs): Operation {
  const keysFact = users.authorizedKeys(args.user);
  const userFact = users.user(args.user);
  return defineOperation(`users.authorized_keys ${args.user}`, args, [keysFact, userFact], (read) => {
    const { home, file, content, dir } = read(keysFact);
    const account = read(userFact);
    if (!home || !account) throw new ConflictError(`user ${args.user} does not exist: create it first (users.user)`);
    const existing = content ? content.toString("utf8").split("\n").filter((l) => l.trim()) : [];
    const lines = args.exclusive === false ? [...new Set([...existing, ...args.keys.map((k) => k.trim())])] : args.keys.map((k) => k.trim());
    const path = `${home}/.ssh/authorized_keys`;
    const plan = planFile(path, Buffer.from(lines.map((l) => `${l}\n`).join("")), file, { owner: args.user, group: account.group, mode: "0600" });
    const dirOk = dir === `700|${args.user}|${account.group}`;
    if (!plan.changed && dirOk) return noop(`${path} holds ${lines.length} key(s)`);
    const mkdir: Command = sh`install -d -o ${args.user} -g ${account.group} -m 0700 ${`${home}/.ssh`}`;
    return change(plan.changed ? plan.reason : `${home}/.ssh: set owner and mode 0700`, [mkdir, ...(plan.changed ? plan.commands : [])]);
  });
}
