/**
 * Filesystems: the fstab entry, and whether it is mounted now. fstabLine is the one editor of /etc/fstab:
 * mounts.mount here and volumes.mount and volumes.bind all write their line through it.
 */
import { sh, type Command } from "../engine/command.js";
import type { FactReader, FactRequest } from "../engine/fact.js";
import { change, defineOperation, noop, type Operation, type OperationOptions } from "../engine/operation.js";
import * as files from "../facts/files.js";
import * as mounts from "../facts/mounts.js";
import { planFile } from "./files.js";
import { daemonReload } from "./systemd.js";

export const FSTAB = "/etc/fstab";

export interface MountArgs extends OperationOptions {
  /** Mount point. */
  readonly path: string;
  /** Device, UUID=…, server:/export or tmpfs. */
  readonly source: string;
  readonly fstype: string;
  /** @default ["defaults"] */
  readonly options?: readonly string[];
  /**
   * mounted: in fstab and mounted; present: in fstab only; unmounted: in fstab, not mounted;
   * absent: neither. @default "mounted"
   */
  readonly state?: "mounted" | "present" | "unmounted" | "absent";
  readonly dump?: number;
  readonly pass?: number;
}

/** fstab with the entry for `path` replaced, added or removed (comments and other lines kept). */
export function editFstab(fstab: string, path: string, entry: string | null): string {
  const lines = fstab === "" ? [] : fstab.replace(/\n$/, "").split("\n");
  const at = lines.findIndex((l) => !l.trimStart().startsWith("#") && l.trim().split(/\s+/)[1] === path);
  if (entry === null) {
    if (at >= 0) lines.splice(at, 1);
  } else if (at >= 0) lines[at] = entry;
  else lines.push(entry);
  return lines.length ? `${lines.join("\n")}\n` : "";
}

/** One mount point's line of /etc/fstab: the facts to read first, then what editing it takes. */
export interface FstabLine {
  readonly facts: readonly FactRequest<unknown>[];
  /**
   * The line for the mount point set to `entry` (null: removed). `edited`: fstab's text changes (a mounted
   * file system then needs a remount); `commands`: writing the file, kept mode, root-owned, then the
   * daemon-reload when asked for (systemd makes mount units from fstab); none when nothing changes.
   */
  plan(read: FactReader, entry: string | null): { readonly edited: boolean; readonly commands: readonly Command[] };
}

export function fstabLine(path: string, options: { daemonReload?: boolean } = {}): FstabLine {
  const info = files.path(FSTAB);
  const content = files.content(FSTAB);
  return {
    facts: [info, content],
    plan(read, entry) {
      const old = read(content)?.toString("utf8") ?? "";
      const next = editFstab(old, path, entry);
      if (next === old) return { edited: false, commands: [] };
      const plan = planFile(FSTAB, Buffer.from(next), read(info), { mode: read(info)?.mode ?? "0644" });
      if (!plan.changed) return { edited: true, commands: [] };
      return { edited: true, commands: options.daemonReload ? [...plan.commands, daemonReload] : plan.commands };
    },
  };
}

export function mount(args: MountArgs): Operation {
  const state = args.state ?? "mounted";
  const options = args.options ?? ["defaults"];
  const entry = [args.source, args.path, args.fstype, options.join(","), args.dump ?? 0, args.pass ?? 0].join("\t");
  // Without the daemon-reload volumes.mount and volumes.bind append: as this operation always was.
  const line = fstabLine(args.path);
  const now = mounts.mounted(args.path);
  return defineOperation(`mounts.mount ${args.path} ${state}`, args, [...line.facts, now], (read) => {
    const fstab = line.plan(read, state === "absent" ? null : entry);
    const commands: Command[] = [...fstab.commands];
    const why: string[] = [];
    if (fstab.commands.length > 0) why.push(state === "absent" ? "remove fstab entry" : "write fstab entry");
    const current = read(now);
    // fstab is the source of truth for options: the kernel prints them its own way (size=8m → size=8192k),
    // so a mounted filesystem is remounted when its fstab entry changed, not by comparing option strings.
    if (state === "mounted") {
      if (current === null) commands.push(sh`mkdir -p ${args.path} && mount ${args.path}`), why.push("mount");
      else if (current.source !== args.source || current.fstype !== args.fstype) commands.push(sh`umount ${args.path} && mount ${args.path}`), why.push("mount the new source");
      else if (fstab.edited) commands.push(sh`mount -o remount ${args.path}`), why.push("remount with the new options");
    }
    if ((state === "unmounted" || state === "absent") && current !== null) commands.unshift(sh`umount ${args.path}`), why.unshift("unmount");
    if (commands.length === 0) return noop(`${args.path}: ${state}`);
    // Unmount before the fstab entry goes, mount after it is written: `mount PATH` reads fstab.
    return change(`${args.path}: ${why.join(", ")}`, commands);
  });
}
