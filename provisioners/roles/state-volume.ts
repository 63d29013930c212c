/**
 * A host's state that must outlive the machine (the hub's database and generated secrets, Caddy's ACME
 * account and certificates, lego's): on a host with a data volume, each such folder lives on the volume
 * (`/srv/data/state/<name>`) and is bind-mounted where its program looks for it. `rebuild` replaces the
 * machine and attaches the same volume (terraform/data-volumes.ts), so a rebuilt hub keeps its users, its
 * cookie secret (nobody is logged out) and its certificate (no new order against Let's Encrypt's limits).
 *
 * A folder that already has contents on the machine (a hub provisioned before this, without it on the
 * volume) is copied onto the volume once, before the bind hides it; a volume that already holds the state
 * (a rebuilt machine) is never overwritten by what the new machine's packages put there.
 */
import { quote, sh } from "../engine/command.js";
import type { Operation } from "../engine/operation.js";
import type { RoleContext } from "../engine/role.js";
import * as commands from "../operations/commands.js";
import * as files from "../operations/files.js";
import * as volumes from "../operations/volumes.js";
import { hasDataVolume } from "./common.js";
import { DATA_VOLUME_MOUNT } from "./docker/template-vars.js";

export interface StateFolder {
  /** Where the program reads it: /var/lib/jupyterhub. */
  readonly path: string;
  /** Its folder on the volume: /srv/data/state/<name>. */
  readonly name: string;
  readonly owner?: string;
  readonly group?: string;
  readonly mode: string;
  /** Handlers to run when the folder moves onto the volume (the program must reopen it). */
  readonly notify?: string | readonly string[];
}

/**
 * True (exit 0) when nothing is to be copied: no folder, an empty one, one already bound, or a volume that
 * holds the state already.
 */
export function copyDone(path: string, source: string): string {
  return [`! [ -d ${quote(path)} ]`, `[ -z "$(ls -A ${quote(path)})" ]`, `mountpoint -q ${quote(path)}`, `[ -n "$(ls -A ${quote(source)})" ]`].join(" || ");
}

export function stateSource(name: string): string {
  return `${DATA_VOLUME_MOUNT}/state/${name}`;
}

/** The operations that put `folder` on the data volume; none on a host without one. */
export function stateOnDataVolume(ctx: RoleContext, folder: StateFolder): Operation[] {
  if (!hasDataVolume(ctx)) return [];
  const source = stateSource(folder.name);
  const owner = { ...(folder.owner ? { owner: folder.owner } : {}), ...(folder.group ? { group: folder.group } : {}), mode: folder.mode };
  return [
    files.directory({ path: `${DATA_VOLUME_MOUNT}/state`, mode: "0755" }),
    files.directory({ path: source, ...owner }),
    commands.command({
      label: `${folder.path}: its contents copied onto the data volume, once`,
      script: sh`cp -a ${`${folder.path}/.`} ${`${source}/`}`,
      // Nothing to copy, or already done (bound), or the volume holds this state already (a rebuilt machine).
      unless: copyDone(folder.path, source),
    }),
    files.directory({ path: folder.path, ...owner }),
    volumes.bind({ source, path: folder.path, ...(folder.notify ? { notify: folder.notify } : {}) }),
  ];
}
