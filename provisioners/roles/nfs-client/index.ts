/**
 * nfs-client (the hub): the NFS server's exports as systemd mount units (homes, the admin area, shared
 * data), enabled so that they come back after a reboot, once the network is online.
 */
import type { Role } from "../../engine/role.js";
import * as apt from "../../operations/apt.js";
import * as systemd from "../../operations/systemd.js";
import { envOf, managedUnit, provisionedHosts } from "../common.js";
import { NFS_CLIENT_PACKAGES } from "./constants.js";
import { nfsClientHandlers, remount } from "./handlers.js";
import { mountUnitsVars, nfsClientFiles } from "./template-vars.js";

export const nfsClientRole: Role = {
  name: "nfs-client",
  dependsOn: ["base", "nfs-server"],
  tasks(ctx) {
    const env = envOf(ctx);
    const hosts = provisionedHosts(ctx);
    const units = nfsClientFiles(env, hosts);
    const mounts = mountUnitsVars(env, hosts);
    return [
      apt.packages({ names: NFS_CLIENT_PACKAGES }),
      ...mounts.map((m) => managedUnit(units[m.exportName], { notify: remount(m.unitName) })),
      // Parents first (home before home/admin): the units' Requires= would pull them in anyway.
      ...mounts.map((m) => systemd.service({ name: m.unitName, enabled: true, state: "started" })),
    ];
  },
  image: () => [apt.packages({ names: NFS_CLIENT_PACKAGES })],
  handlers: (ctx) => {
    const env = envOf(ctx);
    return nfsClientHandlers(mountUnitsVars(env, provisionedHosts(ctx)).map((m) => m.unitName));
  },
};
