/**
 * Facts about block devices: the disks that could be a host's data volume, and what one device holds.
 * Signatures are read with `blkid -p` (a fresh low-level probe, never blkid's cache), because these facts
 * decide whether a device may be formatted.
 */
import { quote } from "../engine/command.js";
import { ConflictError } from "../engine/errors.js";
import { defineFact } from "../engine/fact.js";

export interface BlockInfo {
  readonly device: string;
  /** File system or container type (ext4, xfs, crypto_LUKS…), "" when blkid finds none. */
  readonly fstype: string;
  readonly uuid: string;
  readonly label: string;
  /** Partition table type (gpt, dos), "" when there is none. */
  readonly pttype: string;
}

export interface DiskInfo extends BlockInfo {
  /** The disk's serial (virtio: what the hypervisor set; OpenStack: the start of the volume's id). */
  readonly serial: string;
  readonly sizeBytes: number;
  /** Where this disk's own file system is mounted (bind mounts of it included). */
  readonly mountpoints: readonly string[];
}

/** Label hubstack gives the file system (or LUKS header) it makes on a data volume. */
export const DATA_LABEL = "hs-data";

/** Labels of disks that are never a data volume: cloud-init seeds, config drives, a flavor's ephemeral disk. */
const NOT_DATA_LABELS = new Set(["cidata", "CIDATA", "config-2", "ephemeral0"]);
/** Serials the local environment gives its root and seed disks. */
const NOT_DATA_SERIALS = new Set(["hs-root", "hs-seed"]);

/** Un-escapes blkid's export format (backslash before shell-special characters). */
const unescape = (v: string) => v.replace(/\\(.)/g, "$1");

function parseBlkid(lines: readonly string[]): Pick<BlockInfo, "fstype" | "uuid" | "label" | "pttype"> {
  const kv = new Map(lines.map((l) => [l.slice(0, l.indexOf("=")), unescape(l.slice(l.indexOf("=") + 1))] as const));
  return { fstype: kv.get("TYPE") ?? "", uuid: kv.get("UUID") ?? "", label: kv.get("LABEL") ?? "", pttype: kv.get("PTTYPE") ?? "" };
}

/**
 * Whole, writable disks that hold no system mount (/, /boot, /usr, /var, swap): the candidates for a
 * data volume, each with what blkid finds on it and where it is mounted.
 */
export const disks = defineFact(
  "volumes.disks",
  () => `lsblk -dnpbo NAME,TYPE,SIZE,RO | while read -r name type size ro; do
  [ "$type" = disk ] && [ "$ro" = 0 ] || continue
  case $name in /dev/zram*|/dev/loop*|/dev/ram*) continue ;; esac
  sys=0
  for m in $(lsblk -nro MOUNTPOINT "$name"); do case $m in /|/boot|/boot/efi|/usr|/var|'[SWAP]') sys=1 ;; esac; done
  [ "$sys" = 0 ] || continue
  serial=$(cat "/sys/block/\${name#/dev/}/serial" 2>/dev/null || lsblk -dno SERIAL "$name")
  printf '@disk\\t%s\\t%s\\t%s\\n' "$name" "$serial" "$size"
  blkid -p -o export "$name" 2>/dev/null | grep -E '^(TYPE|UUID|LABEL|PTTYPE)='
  findmnt -rn -o TARGET -S "$name" | sed 's/^/MOUNT=/'
done; true`,
  (output: string): DiskInfo[] => {
    const out: DiskInfo[] = [];
    let current: { head: string[]; lines: string[] } | undefined;
    const flush = () => {
      if (!current) return;
      const [, device = "", serial = "", size = "0"] = current.head;
      const mounts = current.lines.filter((l) => l.startsWith("MOUNT=")).map((l) => l.slice("MOUNT=".length).replace(/\\x20/g, " "));
      out.push({ device, serial: serial.trim(), sizeBytes: Number(size), mountpoints: mounts, ...parseBlkid(current.lines.filter((l) => !l.startsWith("MOUNT="))) });
    };
    for (const line of output.split("\n")) {
      if (line.startsWith("@disk\t")) {
        flush();
        current = { head: line.split("\t"), lines: [] };
      } else if (current && line) current.lines.push(line);
    }
    flush();
    return out;
  },
);

/** What one block device (a path such as /dev/mapper/x) holds, or null when there is no such device. */
export const block = defineFact(
  "volumes.block",
  (device: string) => `if [ -b ${quote(device)} ]; then echo present; blkid -p -o export ${quote(device)} 2>/dev/null | grep -E '^(TYPE|UUID|LABEL|PTTYPE)='; else echo absent; fi; true`,
  (output: string, _code: number, device: string): BlockInfo | null => {
    const [state, ...lines] = output.split("\n").filter(Boolean);
    return state === "present" ? { device, ...parseBlkid(lines) } : null;
  },
);

/**
 * The data volume among the candidate disks: the local environment's (serial hs-data), else the only
 * candidate, else the only one hubstack already labelled; null when there is none. Several unlabelled
 * candidates are a question hubstack will not guess the answer to.
 */
export function pickDataVolume(candidates: readonly DiskInfo[]): DiskInfo | null {
  const usable = candidates.filter((d) => !NOT_DATA_LABELS.has(d.label) && !NOT_DATA_SERIALS.has(d.serial));
  const bySerial = usable.find((d) => d.serial === DATA_LABEL);
  if (bySerial) return bySerial;
  if (usable.length <= 1) return usable[0] ?? null;
  const ours = usable.filter((d) => d.label === DATA_LABEL);
  if (ours.length === 1) return ours[0]!;
  throw new ConflictError(
    `several disks could be the data volume (${usable.map((d) => `${d.device}${d.fstype ? ` ${d.fstype}` : " blank"}${d.label ? ` label ${d.label}` : ""}`).join(", ")}); ` +
      `label the one to use (e2label DEVICE ${DATA_LABEL}, or format it with -L ${DATA_LABEL}) or detach the others`,
  );
}

/** Whether `path` is a bind mount of `source` (same device and inode, and a mount point): bound, other (something else is mounted there) or unbound. */
export const bindState = defineFact(
  "volumes.bindState",
  (source: string, path: string) =>
    `if ! mountpoint -q ${quote(path)} 2>/dev/null; then echo unbound
elif [ "$(stat -Lc '%d:%i' -- ${quote(source)} 2>/dev/null)" = "$(stat -Lc '%d:%i' -- ${quote(path)})" ]; then echo bound
else echo other; fi`,
  (output: string): "bound" | "other" | "unbound" => {
    const s = output.trim();
    return s === "bound" || s === "other" ? s : "unbound";
  },
);
