/**
 * Template variables of the node-exporter role: Debian's prometheus-node-exporter with its flags in
 * /etc/default/prometheus-node-exporter, listening on the host's private address only.
 */
import { NODE_EXPORTER_PORT } from "../../../environment/metrics.js";
import type { Environment } from "../../../environment/schema.js";
import { findHost, type ProvisionedHost } from "../base/template-vars.js";
import { configFile } from "../files.js";
import { FILESYSTEM_MOUNTS_EXCLUDE, NODE_EXPORTER_DEFAULTS, TEXTFILE_DIR } from "./constants.js";

export interface NodeExporterDefaultsVars {
  hostname: string;
  /** The flags, one shell word each (none holds a quote: an address, a port, a path, a fixed pattern). */
  args: string[];
}

/** host:port as Prometheus and Go's listeners write it (an IPv6 address in brackets). */
export function hostPort(address: string, port: number): string {
  return address.includes(":") ? `[${address}]:${port}` : `${address}:${port}`;
}

/** Listening on the private address: the bastion reaches it there, and the public side of a host never sees it. */
export function nodeExporterDefaultsVars(_env: Environment, hosts: readonly ProvisionedHost[], hostName: string): NodeExporterDefaultsVars {
  const host = findHost(hosts, hostName);
  return {
    hostname: hostName,
    args: [
      `--web.listen-address=${hostPort(host.address, NODE_EXPORTER_PORT)}`,
      `--collector.textfile.directory=${TEXTFILE_DIR}`,
      `--collector.filesystem.mount-points-exclude=${FILESYSTEM_MOUNTS_EXCLUDE}`,
    ],
  };
}

/** Every file the node-exporter role writes on `hostName`. */
export function nodeExporterFiles(env: Environment, hosts: readonly ProvisionedHost[], hostName: string) {
  return {
    defaults: configFile(NODE_EXPORTER_DEFAULTS, { template: "node-exporter/prometheus-node-exporter.hbs", vars: nodeExporterDefaultsVars(env, hosts, hostName) }, {
      // The file is sourced by systemd's EnvironmentFile= parser, not a shell: sh -n still catches an unbalanced quote.
      validate: ["sh", "-n", "{}"],
    }),
  };
}
