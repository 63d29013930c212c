/**
 * SSH keys in root-owned files under /etc/ssh/authorized_keys/ (see constants.ts for why not ~/.ssh), and
 * the sshd drop-in that makes them the only place sshd looks.
 */
import { existsSync, readFileSync } from "node:fs";
import type { Environment } from "../../../environment/schema.js";
import { defineOperation, type Operation } from "../../engine/operation.js";
import * as fileFacts from "../../facts/files.js";
import * as userFacts from "../../facts/users.js";
import * as files from "../../operations/files.js";
import { planFile } from "../../operations/files.js";
import { configFile, type ManagedFile } from "../files.js";
import { AUTHORIZED_KEYS_DIR, KEYS_DROPIN } from "./constants.js";

export const keysFile = (user: string) => `${AUTHORIZED_KEYS_DIR}/${user}`;

const lines = (text: string | Buffer | null | undefined) =>
  (text ?? "")
    .toString()
    .split("\n")
    .map((l) => l.trim())
    .filter((l) => l && !l.startsWith("#"));

/** The keys of one admin of the inventory (exactly those), or their removal. */
export function adminKeys(admin: Environment["admins"][number], notify?: string): Operation {
  const path = keysFile(admin.name);
  if (!admin.present) return files.file({ path, present: false, label: `ssh keys of ${admin.name} absent` });
  return files.file({
    path,
    content: admin.sshKeys.map((k) => `${k.trim()}\n`).join(""),
    owner: "root",
    group: "root",
    mode: "0644",
    label: `ssh keys of ${admin.name}`,
    ...(notify ? { notify } : {}),
  });
}

/**
 * The login user's keys: never fewer than it has. What cloud-init put in ~/.ssh/authorized_keys, the
 * public half of the key hubstack logs in with (beside it, as <key>.pub), and whatever the file already
 * holds, in that order. Only adding: removing the key hubstack logs in with would lock it out, so a
 * stale key of this account is removed by hand.
 */
export function loginUserKeys(user: string, privateKeyFile: string): Operation {
  const path = keysFile(user);
  const current = fileFacts.path(path);
  const existing = fileFacts.content(path);
  const home = userFacts.authorizedKeys(user);
  const pub = `${privateKeyFile}.pub`;
  const ours = existsSync(pub) ? lines(readFileSync(pub, "utf8")) : [];
  return defineOperation(`ssh keys of the login user ${user}`, {}, [current, existing, home], (read) => {
    const keys = [...new Set([...lines(read(existing)), ...lines(read(home).content), ...ours])];
    return planFile(path, Buffer.from(keys.map((k) => `${k}\n`).join("")), read(current), { owner: "root", group: "root", mode: "0644" });
  });
}

/** sshd reads keys from AUTHORIZED_KEYS_DIR only; checked like the hardening drop-in (a whole configuration with sshd -t). */
export function keysDropIn(sshdCheck: ManagedFile["validate"]): ManagedFile {
  const content = [
    "# Managed by hubstack (provisioners/roles/base): local edits are overwritten.",
    "# Keys come only from root-owned files that hubstack writes, one per account. Not ~/.ssh: on the hub",
    "# /home is an NFS export (it would hide the keys of the login user and the admins), and nobody who can",
    "# write a home folder may plant a key for an account with sudo.",
    `AuthorizedKeysFile ${AUTHORIZED_KEYS_DIR}/%u`,
    "",
  ].join("\n");
  return configFile(KEYS_DROPIN, { content }, sshdCheck ? { validate: sshdCheck } : {});
}
