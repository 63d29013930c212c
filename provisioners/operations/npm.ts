/**
 * A Node package tree from an npm lock (locks/<name>/), offline: the tree installed on the controller by
 * `npm ci` (cache/npm.ts) travels as one tar, compared by checksum and sent only when it differs, and is
 * unpacked beside its destination and swapped in with one rename, so that a service running from it never
 * sees half a tree. The tree remembers the lock's hash; another lock unpacks again.
 */
import { existsSync } from "node:fs";
import { nodeModulesPaths, type NpmLock } from "../../cache/npm.js";
import { sh } from "../engine/command.js";
import { ConflictError } from "../engine/errors.js";
import { defineOperation, noop, type Operation, type OperationOptions } from "../engine/operation.js";
import * as commands from "./commands.js";
import * as files from "./files.js";

/** Where tree archives are kept on hosts: the next install of the same lock sends nothing. */
export const HOST_NPM_DIR = "/var/cache/hubstack/npm";
/** In the tree's folder: the hash of the lock it was unpacked from, written into the new tree before the swap. */
export const NPM_LOCK_MARKER = ".hubstack-lock";

export interface NodeTreeArgs extends Pick<OperationOptions, "notify"> {
  readonly lock: NpmLock;
  /** The tree's folder on the host (holds node_modules/), e.g. /opt/configurable-http-proxy. */
  readonly dest: string;
  /** The controller's cache root (tests); default ~/.cache/hubstack. */
  readonly cacheRoot?: string;
}

export function nodeTreeFromLock(args: NodeTreeArgs): Operation[] {
  const { lock, dest } = args;
  const local = nodeModulesPaths(lock, args.cacheRoot);
  const archive = `${HOST_NPM_DIR}/${lock.name}-${lock.hash}.tar`;
  const marker = `${dest}/${NPM_LOCK_MARKER}`;
  const next = `${dest}.new`;
  const old = `${dest}.old`;
  return [
    cacheFilled(lock, local.archive),
    files.directory({ path: HOST_NPM_DIR, mode: "0755" }),
    files.file({ path: archive, localFile: local.archive, mode: "0644" }),
    commands.command({
      label: `unpack the ${lock.packages} npm packages of locks/${lock.name} (${lock.hash}) into ${dest}`,
      script: sh`rm -rf ${next} ${old} && mkdir -p ${next} && tar -xf ${archive} -C ${next} --no-same-owner && echo ${lock.hash} > ${`${next}/${NPM_LOCK_MARKER}`} && { [ ! -e ${dest} ] || mv ${dest} ${old}; } && mv ${next} ${dest} && rm -rf ${old}`,
      unless: `[ "$(cat ${marker} 2>/dev/null)" = ${lock.hash} ]`,
      ...(args.notify ? { notify: args.notify } : {}),
    }),
  ];
}

/** Fails before any host is touched when the controller's cache lacks the tree, saying how to fill it. */
function cacheFilled(lock: NpmLock, archive: string): Operation {
  return defineOperation(`npm.tree ${lock.name}-${lock.hash} (this machine's cache)`, undefined, [], () => noop(`${archive} is here`), {
    prepare: () => {
      if (!existsSync(archive)) throw new ConflictError(`the npm packages of locks/${lock.name} are not in this machine's cache (${archive}): run \`npm run cache -- fill\``);
    },
  });
}
