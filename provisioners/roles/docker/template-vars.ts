/**
 * Template variables of the docker role: /etc/docker/daemon.json (managed by hubstack; JSON has no
 * comments and dockerd refuses unknown keys, so the reasons live here):
 *
 * - data-root on the data volume when the host has one: images, containers and build cache grow.
 * - json-file logs keep `docker logs` working, rotated (max-size, max-file) so that a chatty notebook
 *   cannot fill the disk.
 * - live-restore: restarting or upgrading dockerd (unattended upgrades) leaves running notebook
 *   containers alone.
 * - no-new-privileges: no setuid escalation inside containers; the images drop from root to the
 *   notebook user with setpriv, which needs none.
 */
import type { Environment } from "../../../environment/schema.js";
import { findHost, type ProvisionedHost } from "../base/template-vars.js";
import { configFile } from "../files.js";

/** Where a host's data volume is mounted (the role that formats it mounts it here). */
export const DATA_VOLUME_MOUNT = "/srv/data";

export interface DaemonJsonVars {
  hostname: string;
  /** Images, containers and build cache: on the data volume when the host has one (they grow). */
  dataRoot: string;
  logMaxSize: string;
  logMaxFiles: number;
}

export function daemonJsonVars(env: Environment, hosts: readonly ProvisionedHost[], hostName: string): DaemonJsonVars {
  findHost(hosts, hostName);
  const hasDataVolume = (env.hosts[hostName]?.dataVolumeGiB ?? 0) > 0;
  return {
    hostname: hostName,
    dataRoot: hasDataVolume ? `${DATA_VOLUME_MOUNT}/docker` : "/var/lib/docker",
    logMaxSize: "10m",
    logMaxFiles: 3,
  };
}

export function dockerFiles(env: Environment, hosts: readonly ProvisionedHost[], hostName: string) {
  return {
    // dockerd --validate exists from Docker 23 on; Debian 12's docker.io (20.10) lacks it.
    daemonJson: configFile("/etc/docker/daemon.json", { template: "docker/daemon.json.hbs", vars: daemonJsonVars(env, hosts, hostName) }),
  };
}
