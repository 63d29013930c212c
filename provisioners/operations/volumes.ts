/**
 * Data volumes: a file system made once on a blank disk, mounted by UUID from /etc/fstab (the line written by
 * mounts.fstabLine, as every fstab line is), bind mounts of folders on it, and LUKS encryption. The one rule:
 * a device that holds anything blkid recognises (a file system, a LUKS header, a partition table) is never
 * formatted. The fact says so before the plan, and the command probes again right before mkfs, so a stale
 * fact cannot destroy data either.
 */
import { sh, type Command } from "../engine/command.js";
import { ConflictError } from "../engine/errors.js";
import type { FactReader, FactRequest } from "../engine/fact.js";
import { change, defineOperation, noop, type Operation, type OperationOptions, type Plan } from "../engine/operation.js";
import * as commandFacts from "../facts/commands.js";
import * as mounts from "../facts/mounts.js";
import * as volumes from "../facts/volumes.js";
import { DATA_LABEL, type BlockInfo } from "../facts/volumes.js";
import { fstabLine } from "./mounts.js";

export interface DeviceArgs {
  /** An explicit block device (/dev/mapper/x); default: the host's data volume (see pickDataVolume). */
  readonly device?: string;
  /** No such device: fail (true) or do nothing and say so (false). @default true */
  readonly required?: boolean;
}

/** The facts that find the device, and the device they found (null: there is none). */
function target(args: DeviceArgs): { facts: FactRequest<unknown>[]; find: (read: FactReader) => BlockInfo | null; what: string } {
  if (args.device) {
    const fact = volumes.block(args.device);
    return { facts: [fact], find: (read) => read(fact), what: args.device };
  }
  const fact = volumes.disks();
  return { facts: [fact], find: (read) => volumes.pickDataVolume(read(fact)), what: "the data volume" };
}

function missing(args: DeviceArgs, what: string, label: string): Plan {
  if (args.required === false) return noop(`no ${what} on this host: ${label} skipped`);
  throw new ConflictError(
    args.device ? `${args.device} does not exist` : "the inventory gives this host a data volume (dataVolumeGiB), but no blank or hubstack-labelled disk besides the system disk was found: is the volume attached?",
  );
}

/** Refuses, at the last moment, to touch a device that is no longer blank (blkid exits 2 only when it finds nothing). */
const stillBlank = (device: string): Command =>
  sh`hs_rc=0; blkid -p ${device} >/dev/null 2>&1 || hs_rc=$?; if [ "$hs_rc" != 2 ]; then echo ${`${device} is not blank any more (blkid found a signature): not formatted`} >&2; exit 1; fi`;

export interface FilesystemArgs extends DeviceArgs, OperationOptions {
  /** @default "ext4" */
  readonly fstype?: "ext4" | "xfs";
  /** @default "hs-data" */
  readonly label?: string;
}

/** A file system on a blank device, made once; a device with any signature is left exactly as it is. */
export function filesystem(args: FilesystemArgs): Operation {
  const t = target(args);
  const fstype = args.fstype ?? "ext4";
  const label = args.label ?? DATA_LABEL;
  return defineOperation(`volumes.filesystem ${args.device ?? "data volume"} ${fstype}`, args, t.facts, (read) => {
    const dev = t.find(read);
    if (!dev) return missing(args, t.what, "formatting");
    if (dev.fstype) return noop(`${dev.device} holds ${dev.fstype}${dev.label ? ` (label ${dev.label})` : ""}: never reformatted`);
    if (dev.pttype) {
      throw new ConflictError(`${dev.device} has a ${dev.pttype} partition table: hubstack formats only blank whole disks; format a partition yourself or wipe the disk (wipefs -a, destroying its data)`);
    }
    return change(`format the blank ${dev.device} as ${fstype} (label ${label})`, [stillBlank(dev.device), sh`mkfs.${fstype === "xfs" ? "xfs" : "ext4"} -q -L ${label} ${dev.device}`]);
  });
}

export interface MountArgs extends DeviceArgs, OperationOptions {
  readonly path: string;
  /** @default ["defaults"] */
  readonly options?: readonly string[];
}

/**
 * The device's file system mounted at `path` now and at boot, by UUID (device names move between boots
 * and clouds). The fstab line is the source of truth for options, as in mounts.mount.
 */
export function mount(args: MountArgs): Operation {
  const t = target(args);
  // systemd turns fstab into mount units: without a reload it would mount the old line at the next boot's start.
  const line = fstabLine(args.path, { daemonReload: true });
  const now = mounts.mounted(args.path);
  return defineOperation(`volumes.mount ${args.device ?? "data volume"} ${args.path}`, args, [...t.facts, ...line.facts, now], (read) => {
    const dev = t.find(read);
    if (!dev) return missing(args, t.what, `mounting on ${args.path}`);
    if (!dev.fstype || !dev.uuid) throw new ConflictError(`${dev.device} has no file system yet`);
    if (dev.fstype === "crypto_LUKS") throw new ConflictError(`${dev.device} is LUKS-encrypted: mount the opened /dev/mapper device instead`);
    const entry = [`UUID=${dev.uuid}`, args.path, dev.fstype, (args.options ?? ["defaults"]).join(","), 0, 2].join("\t");
    const fstab = line.plan(read, entry);
    const commands: Command[] = [...fstab.commands];
    const why: string[] = [];
    if (fstab.commands.length > 0) why.push("write the fstab line (by UUID)");
    const current = read(now);
    if (current === null) commands.push(sh`mkdir -p ${args.path} && mount ${args.path}`), why.push(`mount ${dev.device}`);
    else if (current.source !== dev.device) throw new ConflictError(`${args.path} has ${current.source} mounted, not ${dev.device}: unmount it first`);
    else if (fstab.edited) commands.push(sh`mount -o remount ${args.path}`), why.push("remount with the new options");
    if (commands.length === 0) return noop(`${dev.device} (${dev.fstype}) is mounted on ${args.path}`);
    return change(`${args.path}: ${why.join(", ")}`, commands);
  });
}

export interface BindArgs extends OperationOptions {
  /** The folder to show at `path` (it must exist). */
  readonly source: string;
  readonly path: string;
}

/**
 * `source` bind-mounted at `path`, now and at boot. systemd orders a bind mount after the mount that holds
 * its source by itself, so the line needs no x-systemd option.
 */
export function bind(args: BindArgs): Operation {
  const line = fstabLine(args.path, { daemonReload: true });
  const state = volumes.bindState(args.source, args.path);
  return defineOperation(`volumes.bind ${args.source} ${args.path}`, args, [...line.facts, state], (read) => {
    const entry = [args.source, args.path, "none", "bind", 0, 0].join("\t");
    const commands: Command[] = [...line.plan(read, entry).commands];
    const why: string[] = [];
    if (commands.length > 0) why.push("write the fstab line");
    const s = read(state);
    if (s === "other") throw new ConflictError(`${args.path} is a mount point of something other than ${args.source}: unmount it first`);
    if (s === "unbound") commands.push(sh`mkdir -p ${args.path} && mount ${args.path}`), why.push("bind-mount it");
    if (commands.length === 0) return noop(`${args.source} is bind-mounted on ${args.path}`);
    return change(`${args.path}: ${why.join(", ")}`, commands);
  });
}

export interface LuksFormatArgs extends DeviceArgs, OperationOptions {
  /** Key file on the host (put there by the operator; never in the repository). */
  readonly keyFile: string;
  /** @default "hs-data" */
  readonly label?: string;
}

/**
 * A LUKS2 header on the blank data volume, unlocked by `keyFile`. PBKDF2 rather than argon2id: argon2's
 * memory hardness protects guessable passphrases, while a key file is random, and argon2id would want
 * more memory than a small bastion has. A passphrase added later (cryptsetup luksAddKey) gets argon2id.
 */
export function luksFormat(args: LuksFormatArgs): Operation {
  const t = target(args);
  const key = commandFacts.exists(args.keyFile);
  const label = args.label ?? DATA_LABEL;
  return defineOperation(`volumes.luksFormat ${args.device ?? "data volume"}`, args, [...t.facts, key], (read) => {
    const dev = t.find(read);
    if (!dev) return missing(args, t.what, "encryption");
    if (dev.fstype === "crypto_LUKS") return noop(`${dev.device} is LUKS-encrypted (UUID ${dev.uuid}): never reformatted`);
    if (dev.fstype) {
      throw new ConflictError(
        `${dev.device} holds an unencrypted ${dev.fstype} file system: hubstack never reformats a volume; copy its data away and wipe it (wipefs -a ${dev.device}) to have it encrypted`,
      );
    }
    if (dev.pttype) throw new ConflictError(`${dev.device} has a ${dev.pttype} partition table: hubstack encrypts only blank whole disks`);
    if (!read(key)) {
      throw new ConflictError(`the key file ${args.keyFile} is not on the host: put it there yourself (root-only, mode 0400; it never comes from the repository), e.g. head -c 64 /dev/urandom > ${args.keyFile}`);
    }
    return change(`encrypt the blank ${dev.device} with LUKS2 (key file ${args.keyFile})`, [
      stillBlank(dev.device),
      sh`cryptsetup luksFormat --batch-mode --type luks2 --pbkdf pbkdf2 --label ${label} --key-file ${args.keyFile} ${dev.device}`,
    ]);
  });
}
