/**
 * bastion (clavius): the team's workstation. hubstack's prerequisites, the team's group (admins and
 * their keys come from base), and the LUKS-encrypted work volume that holds the environments' state:
 * encrypted once with the operator's key file (on the host, never in the repository), opened from
 * /etc/crypttab, formatted once inside, mounted by a mount unit. A host without a data volume skips the
 * volume with a note and keeps the state folder on its root disk.
 */
import type { Environment } from "../../../environment/schema.js";
import { sh } from "../../engine/command.js";
import type { FactReader } from "../../engine/fact.js";
import { change, defineOperation, noop, type Operation } from "../../engine/operation.js";
import type { Role, RoleContext } from "../../engine/role.js";
import * as mountFacts from "../../facts/mounts.js";
import * as volumeFacts from "../../facts/volumes.js";
import * as apt from "../../operations/apt.js";
import * as files from "../../operations/files.js";
import * as systemd from "../../operations/systemd.js";
import * as users from "../../operations/users.js";
import * as volumes from "../../operations/volumes.js";
import type { ManagedFile } from "../files.js";
import { envOf, factFile, hasDataVolume, note, onlyIf } from "../common.js";
import { TEAM_GROUP, WORK_LABEL, bastionPackages } from "./constants.js";
import { WORK_MAPPER_NAME, bastionFiles, workVolumeVars, type BastionFile } from "./template-vars.js";

const MAPPER = `/dev/mapper/${WORK_MAPPER_NAME}`;

export const bastionRole: Role = {
  name: "bastion",
  dependsOn: ["base"],
  tasks(ctx) {
    const env = envOf(ctx);
    const mountPoint = env.bastion.workVolume.mountPoint.replace(/\/+$/, "");
    const admins = env.admins.filter((a) => a.present).map((a) => a.name);
    return [
      apt.packages({ names: bastionPackages(env.bastion.tools) }),
      note("terraform", "terraform is not packaged by Debian: install it from HashiCorp's repository (apt.releases.hashicorp.com) where the bastion has internet"),

      users.group({ name: TEAM_GROUP }),
      ...admins.map((name) => users.user({ name, groups: [TEAM_GROUP], appendGroups: true })),

      ...(hasDataVolume(ctx)
        ? workVolume(ctx)
        : [note("work volume", `hosts.${ctx.host.name}.dataVolumeGiB is 0: no encrypted work volume; the state stays on the root disk in ${mountPoint}/state`)]),

      // The state folder: on the opened volume, or on the root disk when there is no volume (never underneath a closed one).
      onlyIf(files.directory({ path: `${mountPoint}/state`, group: TEAM_GROUP, mode: "2770" }), [mountFacts.mounted(mountPoint)], (read) =>
        hasDataVolume(ctx) && !read(mountFacts.mounted(mountPoint)) ? `the work volume is not mounted on ${mountPoint}: the state folder waits for it` : null,
      ),
    ];
  },
  image: (ctx) => [apt.packages({ names: bastionPackages(envOf(ctx).bastion.tools) })],
};

/** The data volume when it holds LUKS (the work volume), else null. */
function luksVolume(read: FactReader): volumeFacts.DiskInfo | null {
  const vol = volumeFacts.pickDataVolume(read(volumeFacts.disks()));
  return vol?.fstype === "crypto_LUKS" ? vol : null;
}

/** The LUKS work volume on the host's data volume (exported for its host test, which skips the big packages). */
export function workVolume(ctx: RoleContext): Operation[] {
  const env = envOf(ctx);
  const keyFile = env.bastion.workVolume.keyFile;
  const names = workVolumeVars(env, { luksUuid: "00000000-0000-0000-0000-000000000000" });
  const disks = volumeFacts.disks();
  const mapper = volumeFacts.block(MAPPER);
  return [
    keyFile ? volumes.luksFormat({ keyFile, required: false }) : formatByHand(),
    // crypttab, the mount unit and the login note name the LUKS header's UUID: rendered once it exists.
    ...(["crypttab", "mountUnit", "loginNote"] as const).map((name) => workFile(env, name, disks)),
    openVolume(names.cryptsetupUnit, keyFile, disks, mapper),
    volumes.filesystem({ device: MAPPER, required: false, label: WORK_LABEL }),
    onlyIf(systemd.service({ name: names.mountUnit, state: "started", ...(keyFile ? { enabled: true } : {}) }), [mapper], (read) =>
      read(mapper)?.fstype ? null : `${MAPPER} is not open (or holds no file system yet): nothing to mount`,
    ),
  ];
}

/** Without a key file hubstack cannot encrypt the volume itself (a passphrase is typed by a person). */
function formatByHand(): Operation {
  const disks = volumeFacts.disks();
  return defineOperation("work volume: LUKS (by hand)", {}, [disks], (read) => {
    const vol = volumeFacts.pickDataVolume(read(disks));
    if (!vol) return noop("no data volume on this host: the work volume is skipped");
    if (vol.fstype === "crypto_LUKS") return noop(`${vol.device} is LUKS-encrypted`);
    return noop(
      `bastion.workVolume.keyFile is not set, so hubstack does not encrypt ${vol.device} itself: run \`sudo cryptsetup luksFormat --type luks2 ${vol.device}\` (it asks for the passphrase), then apply again`,
    );
  });
}

/** One of bastionFiles, once the data volume holds LUKS. */
function workFile(env: Environment, name: BastionFile, disks: ReturnType<typeof volumeFacts.disks>): Operation {
  const sample = bastionFiles(env, { luksUuid: "00000000-0000-0000-0000-000000000000" })[name];
  return factFile(
    `files.template ${sample.dest}`,
    sample.dest,
    [disks],
    (read): ManagedFile | string => {
      const vol = luksVolume(read);
      if (!vol) return `the data volume is not LUKS-encrypted (yet): ${sample.dest} waits for it`;
      return withGenerators(bastionFiles(env, { luksUuid: vol.uuid })[name]);
    },
    // crypttab and the mount unit are read by systemd's generators: reload when they change.
    { reload: name !== "loginNote" },
  );
}

/**
 * The mount unit requires the cryptsetup unit that systemd generates from /etc/crypttab: its check
 * (systemd-analyze verify) must run the generators to see it (written before it, from the same facts).
 */
function withGenerators(f: ManagedFile): ManagedFile {
  if (!f.validate || f.validate[1] !== "verify" || f.validate.includes("--generators=yes")) return f;
  return { ...f, validate: [...f.validate.slice(0, 2), "--generators=yes", ...f.validate.slice(2)] };
}

/** Opens the volume through the unit systemd generates from crypttab (with the key file; by hand otherwise). */
function openVolume(cryptsetupUnit: string, keyFile: string | undefined, disks: ReturnType<typeof volumeFacts.disks>, mapper: ReturnType<typeof volumeFacts.block>): Operation {
  return defineOperation(`open the work volume (${MAPPER})`, {}, [disks, mapper], (read) => {
    if (!luksVolume(read)) return noop("no LUKS work volume to open");
    if (read(mapper)) return noop(`${MAPPER} is open`);
    if (!keyFile) return noop(`no key file: open it by hand with \`sudo systemctl start '${cryptsetupUnit}'\` (it asks for the passphrase)`);
    return change(`open it with ${keyFile}`, [sh`systemctl start ${cryptsetupUnit}`]);
  });
}
