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
  return [
    cacheFilled(lock, local.archive),
    files.directory({ path: HOST_WHEELS_DIR, mode: "0755" }),
    files.file({ path: archive, localFile: local.archive, mode: "0644" }),
    commands.command({ label: `python3 -m venv ${venv}`, script: sh`python3 -m venv ${venv}`, creates: `${venv}/bin/python3` }),
    commands.command({
      label: `pip install the ${lock.packages.length} packages of locks/${lock.name}.txt (${lock.hash}) into ${venv}, offline`,
      script: sh`rm -rf ${unpacked} && mkdir -p ${unpacked} && tar -xf ${archive} -C ${unpacked} && ${`${venv}/bin/pip`} install ${offlineInstallArgs(unpacked, `${unpacked}/requirements.txt`)} && echo ${lock.hash} > ${marker} && rm -rf ${unpacked}`,
      unless: `[ "$(cat ${marker} 2>/dev/null)" = ${lock.hash} ]`,
    }),
  ];
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
