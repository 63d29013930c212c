/** Facts about accounts: users, groups and authorized keys. */
import { quote } from "../engine/command.js";
import { createHash } from "node:crypto";
import { defineFact } from "../engine/fact.js";
import type { PathInfo } from "./files.js";

export interface UserInfo {
  readonly name: string;
  readonly uid: number;
  readonly group: string;
  readonly gid: number;
  readonly home: string;
  readonly shell: string;
  /** Supplementary groups, sorted. */
  readonly groups: readonly string[];
}

export const user = defineFact(
  "users.user",
  (name: string) => `getent passwd ${quote(name)} || exit 0; id -gn ${quote(name)}; id -Gn ${quote(name)}`,
  (output: string): UserInfo | null => {
    const [passwd, primary = "", all = ""] = output.split("\n");
    if (!passwd) return null;
    const [name = "", , uid = "0", gid = "0", , home = "", shell = ""] = passwd.split(":");
    return {
      name,
      uid: Number(uid),
      gid: Number(gid),
      group: primary.trim(),
      home,
      shell,
      groups: all.split(" ").filter((g) => g && g !== primary.trim()).sort(),
    };
  },
);

export interface GroupInfo {
  readonly name: string;
  readonly gid: number;
}

export const group = defineFact(
  "users.group",
  (name: string) => `getent group ${quote(name)}; true`,
  (output: string): GroupInfo | null => {
    const [name, , gid] = output.trim().split(":");
    return name ? { name, gid: Number(gid) } : null;
  },
);

/** The user's home directory and ~/.ssh/authorized_keys (null when missing), with its attributes. */
export const authorizedKeys = defineFact(
  "users.authorizedKeys",
  (name: string) =>
    `h=$(getent passwd ${quote(name)} | cut -d: -f6); echo "$h"; f="$h/.ssh/authorized_keys"
if [ -n "$h" ] && [ -f "$f" ] && [ ! -L "$f" ]; then stat -c '%a|%U|%G' -- "$f"; stat -c '%a|%U|%G' -- "$h/.ssh"; base64 -w0 < "$f"; else echo -; fi`,
  (output: string): { home: string | null; file: PathInfo | null; content: Buffer | null; dir: string | null } => {
    const [home = "", meta = "-", dir = "", data = ""] = output.split("\n");
    if (meta === "-") return { home: home || null, file: null, content: null, dir: null };
    const content = Buffer.from(data, "base64");
    const [mode = "", owner = "", group = ""] = meta.split("|");
    return {
      home: home || null,
      content,
      dir,
      file: { type: "file", mode: mode.padStart(4, "0"), owner, group, size: content.length, sha256: createHash("sha256").update(content).digest("hex") },
    };
  },
);
