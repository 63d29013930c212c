/**
 * Template variables of the bastion role: the login note (/etc/profile.d/hubstack.sh) and the
 * LUKS-encrypted work volume that holds this tool's checkouts and the environments' state.
 *
 * The volume is opened from /etc/crypttab (hubstack owns the whole file: cloud images ship none) and
 * mounted by a mount unit rather than an /etc/fstab line: fstab also holds the image's own root entry,
 * which hubstack must not rewrite, and a unit is exactly what systemd would generate from that line.
 * The key is a file the operator puts on the bastion (bastion.workVolume.keyFile), never in the
 * repository; without one the volume is not opened at boot (a headless machine cannot prompt) and the
 * login note says how to open it by hand.
 */
import type { Environment } from "../../../environment/schema.js";
import { ConfigError } from "../../../environment/errors.js";
import { configFile, unitFile } from "../files.js";
import { mountUnitName } from "../nfs-client/template-vars.js";

export const WORK_MAPPER_NAME = "hubstack-work";

/** What the role reads on the bastion before rendering: the LUKS header's UUID (blkid) once formatted. */
export interface BastionFacts {
  luksUuid: string;
}

export interface WorkVolumeVars {
  mapperName: string;
  luksUuid: string;
  keyFile: string | false;
  mountPoint: string;
  mountUnit: string;
  /** The unit systemd makes from the crypttab line (for the login note). */
  cryptsetupUnit: string;
  stateDir: string;
  envName: string;
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const SAFE_PATH = /^\/[A-Za-z0-9._/-]+$/;

export function workVolumeVars(env: Environment, facts: BastionFacts): WorkVolumeVars {
  const wv = env.bastion.workVolume;
  const problems: string[] = [];
  if (!UUID.test(facts.luksUuid)) problems.push(`bastion: the work volume's LUKS UUID "${facts.luksUuid}" is not a UUID (blkid -s UUID -o value <device>)`);
  if (wv.keyFile !== undefined && !SAFE_PATH.test(wv.keyFile)) problems.push(`bastion.workVolume.keyFile: "${wv.keyFile}" must be an absolute path without spaces or special characters`);
  if (!SAFE_PATH.test(wv.mountPoint)) problems.push(`bastion.workVolume.mountPoint: "${wv.mountPoint}" must be an absolute path without spaces or special characters`);
  if (problems.length) throw new ConfigError(problems);
  const mountPoint = wv.mountPoint.replace(/\/+$/, "");
  return {
    mapperName: WORK_MAPPER_NAME,
    luksUuid: facts.luksUuid.toLowerCase(),
    keyFile: wv.keyFile ?? false,
    mountPoint,
    mountUnit: mountUnitName(mountPoint),
    cryptsetupUnit: `systemd-cryptsetup@${WORK_MAPPER_NAME.replace(/-/g, "\\x2d")}.service`,
    stateDir: `${mountPoint}/state`,
    envName: env.name,
  };
}

/** The files of the bastion's work volume: they name the LUKS header's UUID, so they are rendered once it exists. */
export function bastionFiles(env: Environment, facts: BastionFacts) {
  const vars = workVolumeVars(env, facts);
  return {
    loginNote: configFile("/etc/profile.d/hubstack.sh", { template: "bastion/hubstack.sh.hbs", vars }, { validate: ["sh", "-n", "{}"] }),
    crypttab: configFile("/etc/crypttab", { template: "bastion/crypttab.hbs", vars }),
    mountUnit: unitFile(vars.mountUnit, { template: "bastion/work.mount.hbs", vars }),
  };
}

export type BastionFile = keyof ReturnType<typeof bastionFiles>;
