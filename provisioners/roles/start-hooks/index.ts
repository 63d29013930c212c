/**
 * start-hooks (hub): the runner (/usr/local/bin/before-notebook.d/start-scripts.sh) and the two hooks it
 * runs before every notebook server, in the admin area (NFS): as-root.sh (root's, 0700) and as-user.sh
 * (admin's, 0755), with the log folder admin's alone. Ownership is the trust anchor the runner checks,
 * so this role applies exactly the owners and modes of template-vars.ts and puts back whatever drifted. The
 * inventory may replace either hook's content (hub.startHooks.asRoot / asUser).
 */
import type { Role } from "../../engine/role.js";
import * as files from "../../operations/files.js";
import { envOf, fixedAccount, managedFile, octal } from "../common.js";
import { ADMIN_USER, startHookDirs, startHookFiles, startHookPaths } from "./template-vars.js";

export const startHooksRole: Role = {
  name: "start-hooks",
  // The admin area is an NFS mount on the hub: mounted first, or the hooks would land underneath it.
  dependsOn: ["base", "nfs-client"],
  tasks(ctx) {
    const env = envOf(ctx);
    return [
      // The admin account by fixed numbers (nfs.adminUid/adminGid): NFS compares numbers, not names.
      ...fixedAccount({ name: ADMIN_USER, uid: env.nfs.adminUid, gid: env.nfs.adminGid, home: startHookPaths(env).adminDir, comment: "hubstack admin area" }),
      ...startHookDirs(env).map((d) => files.directory({ path: d.path, owner: d.owner, group: d.group, mode: octal(d.mode) })),
      ...Object.values(startHookFiles(env)).map((f) => managedFile(f)),
    ];
  },
};
