/**
 * Every role hubstack knows, by name: exactly the names of environment/schema.ts (ROLE_SPECS), so that a
 * role listed there but missing here, or registered here but unknown to the inventory, fails the
 * typecheck. Dependencies order roles on one host and across hosts: base first everywhere, the NFS server
 * before its client, the Docker engine before the images, the hub after its mounts, hooks and images, and
 * TLS in front of a running hub.
 */
import type { RoleName } from "../../environment/schema.js";
import type { Role } from "../engine/role.js";
import { backupRole } from "./backup/index.js";
import { backupTargetRole } from "./backup-target/index.js";
import { baseRole } from "./base/index.js";
import { bastionRole } from "./bastion/index.js";
import { dockerRole } from "./docker/index.js";
import { imagesRole } from "./images/index.js";
import { jupyterhubRole } from "./jupyterhub/index.js";
import { nfsClientRole } from "./nfs-client/index.js";
import { nfsServerRole } from "./nfs-server/index.js";
import { proxyTlsRole } from "./proxy-tls/index.js";
import { startHooksRole } from "./start-hooks/index.js";
import { metricsRole } from "./metrics/index.js";
import { nodeExporterRole } from "./node-exporter/index.js";

export const ROLES: Readonly<Record<RoleName, Role>> = {
  base: baseRole,
  bastion: bastionRole,
  "nfs-server": nfsServerRole,
  "nfs-client": nfsClientRole,
  docker: dockerRole,
  images: imagesRole,
  "start-hooks": startHooksRole,
  jupyterhub: jupyterhubRole,
  "proxy-tls": proxyTlsRole,
  // Given by hubstack from the backup section (environment/backup.ts), after a host's own roles.
  backup: backupRole,
  "backup-target": backupTargetRole,
  // Given by hubstack from the metrics section (environment/metrics.ts), after a host's own roles.
  "node-exporter": nodeExporterRole,
  metrics: metricsRole,
};
