/**
 * nfs-server: the hub's homes, admin area and shared data, on the host's data volume (formatted once,
 * never again), exported to the hub's address only.
 */
import type { Role } from "../../engine/role.js";
import * as apt from "../../operations/apt.js";
import { mask, sh } from "../../engine/command.js";
import * as commands from "../../operations/commands.js";
import * as files from "../../operations/files.js";
import * as systemd from "../../operations/systemd.js";
import * as volumes from "../../operations/volumes.js";
import { envOf, fixedAccount, hasDataVolume, managedFile, note, provisionedHosts } from "../common.js";
import { DATA_VOLUME_MOUNT } from "../docker/template-vars.js";
import { NB_GID, NB_UID } from "../images/template-vars.js";
import { ADMIN_USER } from "../start-hooks/template-vars.js";
import { EXPORT_DIRS, EXPORTS_ON_VOLUME, NFS_SERVER_PACKAGES, NFS_SERVER_UNIT } from "./constants.js";
import { REEXPORT, nfsServerHandlers } from "./handlers.js";
import { exportPath, nfsServerFiles, type ExportName } from "./template-vars.js";

export const nfsServerRole: Role = {
  name: "nfs-server",
  dependsOn: ["base"],
  tasks(ctx) {
    const env = envOf(ctx);
    const root = env.nfs.exportRoot.replace(/\/+$/, "");
    const { exports } = nfsServerFiles(env, provisionedHosts(ctx), ctx.host.name);
    return [
      apt.packages({ names: NFS_SERVER_PACKAGES }),
      // The admin account by the same numbers as on the hub (NFS compares numbers), so that names match too.
      ...fixedAccount({ name: ADMIN_USER, uid: env.nfs.adminUid, gid: env.nfs.adminGid, home: exportPath(env, "admin"), comment: "hubstack admin area" }),

      // The data volume: made once, mounted by UUID, the exports' folder on it shown at the export root.
      ...(hasDataVolume(ctx)
        ? [
            volumes.filesystem({}),
            volumes.mount({ path: DATA_VOLUME_MOUNT }),
            files.directory({ path: EXPORTS_ON_VOLUME, mode: "0755" }),
            files.directory({ path: root, mode: "0755" }),
            volumes.bind({ source: EXPORTS_ON_VOLUME, path: root }),
          ]
        : [note("data volume", `hosts.${ctx.host.name}.dataVolumeGiB is 0: the exports live on the root disk in ${root}`), files.directory({ path: root, mode: "0755" })]),
      ...(Object.keys(EXPORT_DIRS) as (keyof typeof EXPORT_DIRS)[]).map((name) => files.directory({ path: exportPath(env, name), ...EXPORT_DIRS[name] })),
      // The homes' top folder is the notebook user's, by number (on this host the number may name someone else,
      // or no one): the hub's root is squashed to that user here, and creates each new home in it.
      homesOwner(exportPath(env, "home")),

      managedFile(exports, { notify: REEXPORT }),
      systemd.service({ name: NFS_SERVER_UNIT, enabled: true, state: "started" }),
    ];
  },
  handlers: () => nfsServerHandlers(),
  image: () => [apt.packages({ names: NFS_SERVER_PACKAGES })],
};

/** files.directory compares owners by name; this one is a number that may name someone else on this host. */
function homesOwner(path: string) {
  const ids = `${NB_UID}:${NB_GID}`;
  return commands.command({
    label: `${path}: a folder of ${ids} (the notebook user), mode 0755`,
    script: sh`mkdir -p ${path} && chown ${ids} ${path} && chmod 0755 ${path}`,
    unless: mask(sh`[ "$(stat -c %u:%g:%a ${path} 2>/dev/null)" = ${`${ids}:755`} ]`.parts),
  });
}
