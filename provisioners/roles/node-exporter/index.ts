/**
 * node-exporter (every host, given by hubstack when the inventory has a metrics section: environment/metrics.ts):
 * Debian's prometheus-node-exporter on the host's private address, port 9100, which the host firewall (base)
 * and the security groups open to the bastion's Prometheus only. Its textfile folder is where other roles leave
 * metrics of their own (the backup service's last success).
 *
 * Installed without starting (its default listens on every address), configured, then started.
 */
import type { Role } from "../../engine/role.js";
import * as files from "../../operations/files.js";
import * as systemd from "../../operations/systemd.js";
import { envOf, managedFile, packagesQuietly, provisionedHosts } from "../common.js";
import { NODE_EXPORTER_PACKAGES, NODE_EXPORTER_UNIT, TEXTFILE_DIR } from "./constants.js";
import { RESTART_NODE_EXPORTER, nodeExporterHandlers } from "./handlers.js";
import { nodeExporterFiles } from "./template-vars.js";

export const nodeExporterRole: Role = {
  name: "node-exporter",
  dependsOn: ["base"],
  tasks(ctx) {
    const { defaults } = nodeExporterFiles(envOf(ctx), provisionedHosts(ctx), ctx.host.name);
    return [
      packagesQuietly({ names: NODE_EXPORTER_PACKAGES }),
      // The textfile collector's folder: root writes *.prom files there (atomically, by rename), everyone reads.
      files.directory({ path: TEXTFILE_DIR, mode: "0755" }),
      managedFile(defaults, { notify: RESTART_NODE_EXPORTER }),
      systemd.service({ name: NODE_EXPORTER_UNIT, enabled: true, state: "started" }),
    ];
  },
  handlers: () => nodeExporterHandlers(),
  image: () => [packagesQuietly({ names: NODE_EXPORTER_PACKAGES })],
};
