/**
 * A Python virtual environment made from a lock (locks/<name>.txt), offline: the lock's wheels travel from
 * the controller's cache as one tar (compared by checksum, sent only when it differs), and pip installs
 * them with --no-index and --require-hashes, so that the host needs no PyPI and installs nothing the
 * lock does not name. The environment remembers the lock's hash; another lock installs again.
 */
import { existsSync } from "node:fs";
import type { Lock } from "../../cache/locks.js";
import { offlineInstallArgs } from "../../cache/pip.js";
import { wheelPaths } from "../../cache/wheels.js";
import { sh } from "../engine/command.js";
import { ConflictError } from "../engine/errors.js";
import { defineOperation, noop, type Operation } from "../engine/operation.js";
import * as commands from "./commands.js";
import * as files from "./files.js";

/** Where wheel archives are kept on hosts: the next install of the same lock sends nothing. */
export const HOST_WHEELS_DIR = "/var/cache/hubstack/wheels";
/** In the environment: the hash of the lock it was installed from, written once the install is whole. */
export const LOCK_MARKER = ".hubstack-lock";

export interface VenvArgs {
  readonly lock: Lock;
  /** The environment's folder on the host, e.g. /opt/jupyterhub. */
  readonly venv: string;
  /** The controller's cache root (tests); default ~/.cache/hubstack. */
  readonly cacheRoot?: string;
}

export function venvFromLock(args: VenvArgs): Operation[] {
  const { lock, venv } = args;
  const local = wheelPaths(lock, args.cacheRoot);
  const archive = `${HOST_WHEELS_DIR}/${lock.name}-${lock.hash}.tar`;
  const unpacked = `${HOST_WHEELS_DIR}/${lock.name}-${lock.hash}`;
  const marker = `${venv}/${LOCK_MARKER}`;
  const install = commands.command({
      label: `pip install the ${lock.packages.length} packages of locks/${lock.name}.txt (${lock.hash}) into ${venv}, offline`,
      script: sh`rm -rf ${unpacked} && mkdir -p ${unpacked} && tar -xf ${archive} -C ${unpacked} && ${`${venv}/bin/pip`} install ${offlineInstallArgs(unpacked, `${unpacked}/requirements.txt`)} && echo ${lock.hash} > ${marker} && rm -rf ${unpacked}`,
      unless: `[ "$(cat ${marker} 2>/dev/null)" = ${lock.hash} ]`,
  });
  venvs.set(install, { lock, venv });
  return [
    cacheFilled(lock, local.archive),
    files.directory({ path: HOST_WHEELS_DIR, mode: "0755" }),
    files.file({ path: archive, localFile: local.archive, mode: "0644" }),
    commands.command({ label: `python3 -m venv ${venv}`, script: sh`python3 -m venv ${venv}`, creates: `${venv}/bin/python3` }),
    install,
  ];
}

/** Which environment each venvFromLock install makes: a build that makes it beforehand reads it. */
const venvs = new WeakMap<Operation, { lock: Lock; venv: string }>();

/** The lock and folder of a venvFromLock install operation, else undefined. */
export function venvInstalledBy(op: Operation): { lock: Lock; venv: string } | undefined {
  return venvs.get(op);
}

/**
 * The same environment made beforehand in a root file system under construction (`$1`, an mmdebstrap
 * customize hook run as root on this machine, at its own speed): the wheel archive where venvFromLock keeps
 * it, the venv made with the root file system's own python3, installed with the same arguments, the same
 * marker. On a host booted from it, every operation of venvFromLock then finds its work done. `$HUBSTACK_WHEELS`
 * names this machine's wheel cache (kept out of the script, so that the script is the same on every machine).
 */
export function venvLayerScript(lock: Lock, venv: string): string {
  const archiveName = `${lock.name}-${lock.hash}.tar`;
  const unpacked = `${HOST_WHEELS_DIR}/${lock.name}-${lock.hash}`;
  // A clean environment in the chroot: this machine's PIP_* settings (its indexes, find-links) are not the host's.
  const chroot = `chroot "$1" env -i PATH=/usr/sbin:/usr/bin:/sbin:/bin HOME=/root LANG=C.UTF-8`;
  return [
    `install -d -m 0755 "$1${HOST_WHEELS_DIR}"`,
    `install -m 0644 "$HUBSTACK_WHEELS/${archiveName}" "$1${HOST_WHEELS_DIR}/${archiveName}"`,
    `${chroot} python3 -m venv ${venv}`,
    `rm -rf "$1${unpacked}" && mkdir -p "$1${unpacked}" && tar -xf "$1${HOST_WHEELS_DIR}/${archiveName}" -C "$1${unpacked}"`,
    `${chroot} ${venv}/bin/pip install ${offlineInstallArgs(unpacked, `${unpacked}/requirements.txt`).join(" ")}`,
    `echo ${lock.hash} > "$1${venv}/${LOCK_MARKER}"`,
    `rm -rf "$1${unpacked}" "$1/root/.cache"`,
  ].join("\n");
}

/**
 * Fails before any host is touched (operations are prepared first, in order, and the archive is read when
 * the next one is) when the controller's cache lacks the lock's wheels, saying how to fill it.
 */
function cacheFilled(lock: Lock, archive: string): Operation {
  return defineOperation(`pip.wheels ${lock.name}-${lock.hash} (this machine's cache)`, undefined, [], () => noop(`${archive} is here`), {
    prepare: () => {
      if (!existsSync(archive)) throw new ConflictError(`the wheels of locks/${lock.name}.txt are not in this machine's cache (${archive}): run \`npm run cache -- fill\``);
    },
  });
}
