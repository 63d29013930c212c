/** Facts about paths: what is there (kind, mode, owner, checksum) and, for small text files, the content. */
import { quote } from "../engine/command.js";
import { defineFact } from "../engine/fact.js";

export interface PathInfo {
  readonly type: "file" | "directory" | "link" | "other";
  /** Four octal digits, as chmod takes them: "0644". */
  readonly mode: string;
  readonly owner: string;
  readonly group: string;
  readonly size: number;
  /** Regular files only. */
  readonly sha256?: string;
  /** Symlinks only. */
  readonly target?: string;
}

/** What is at `path` (not following a symlink), or null when nothing is. */
export const path = defineFact(
  "files.path",
  (p: string) =>
    `p=${quote(p)}
if [ -L "$p" ]; then stat -c 'link|%a|%U|%G|%s' -- "$p"; readlink -- "$p"
elif [ -e "$p" ]; then stat -c '%F|%a|%U|%G|%s' -- "$p"; if [ -f "$p" ]; then sha256sum -- "$p" | cut -d' ' -f1; fi
else echo absent; fi`,
  (output: string): PathInfo | null => {
    const [meta = "", extra = ""] = output.split("\n");
    if (meta === "absent") return null;
    const [kind = "", mode = "", owner = "", group = "", size = "0"] = meta.split("|");
    const type = kind === "link" ? "link" : kind.startsWith("regular") ? "file" : kind === "directory" ? "directory" : "other";
    return {
      type,
      mode: mode.padStart(4, "0"),
      owner,
      group,
      size: Number(size),
      ...(type === "file" ? { sha256: extra.trim() } : {}),
      ...(type === "link" ? { target: extra } : {}),
    };
  },
);

/** The bytes of a regular file, or null when there is none (for line and block edits, fstab, sysctl). */
export const content = defineFact(
  "files.content",
  (p: string) => `if [ -f ${quote(p)} ]; then echo present; base64 -w0 < ${quote(p)}; else echo absent; fi`,
  (output: string): Buffer | null => {
    const [state, data = ""] = output.split("\n");
    return state === "present" ? Buffer.from(data, "base64") : null;
  },
);
