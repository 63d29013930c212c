/**
 * Who is who in an OpenStack environment, decided once from the Environment and free of cdktf: which
 * host is the bastion, which one boots the hub image, who may reach whose SSH port, and how hubstack
 * reaches each host. The stack turns this plan into resources; tests can read it without a synth.
 */
import { backupHosts, backupTargetHost } from "../environment/backup.js";
import { UsageError } from "../environment/errors.js";
import { metricsPortsOf, prometheusHost } from "../environment/metrics.js";
import type { Host } from "../environment/hosts.js";
import type { Environment, RoleName } from "../environment/schema.js";

/**
 * What the stack makes for one host: its flavor, volume, floating IP, security and DNS names. Not a host
 * shape of its own: the stack publishes each as a Host (environment/hosts.ts), whose name and jump host
 * these are.
 */
export interface HostPlan extends Pick<Host, "name" | "jumpHost"> {
  /** <name>.<domain>, without the trailing dot. */
  readonly fqdn: string;
  readonly roles: readonly RoleName[];
  readonly flavor: string;
  readonly isBastion: boolean;
  /** Runs JupyterHub: boots from the hub image and serves 80/443 to the world. */
  readonly isHub: boolean;
  readonly isNfsServer: boolean;
  readonly isNfsClient: boolean;
  /** The extra volume: a bastion's is its "work" volume, anyone else's is "data". */
  readonly volume?: { readonly sizeGiB: number; readonly purpose: "work" | "data" };
  readonly floatingIp: boolean;
  /** Port 22 is open to the configured admin CIDRs. */
  readonly sshFromAdmins: boolean;
  /** Port 22 is open to these hosts (by security group). */
  readonly sshFromHosts: readonly string[];
  /** Metrics: these TCP ports are open to the Prometheus host (the bastion), and to nothing else (environment/metrics.ts). */
  readonly metricsFrom?: { readonly host: string; readonly tcpPorts: readonly number[] };
  /** Extra public DNS names (hub.hostname), besides <fqdn>. */
  readonly extraNames: readonly string[];
}

/** An inventory whose settings contradict each other: the user's to fix (exit code 2). */
export class TopologyError extends UsageError {
  override name = "TopologyError";
}

/**
 * Plans every enabled host of an OpenStack environment.
 *
 * SSH: when the environment has a bastion, only the bastion takes 22 from the admin CIDRs and every
 * other host takes it from the bastion (and from its own jump host); with no bastion, every host
 * takes it from the admin CIDRs. A host with neither a floating IP nor a jump host is reached
 * through the bastion, or else through a host that has a floating IP, since its private address is
 * not routable from the operator's machine.
 */
export function planHosts(env: Environment): HostPlan[] {
  const enabled = Object.entries(env.hosts)
    .filter(([, spec]) => spec.enabled)
    .sort(([a], [b]) => a.localeCompare(b));
  const bastions = enabled.filter(([, spec]) => spec.roles.includes("bastion")).map(([name]) => name);
  const publicHosts = enabled.filter(([, spec]) => spec.floatingIp).map(([name]) => name);
  const hubs = enabled.filter(([, spec]) => spec.roles.includes("jupyterhub")).map(([name]) => name);
  if (env.hub.hostname && hubs.length > 1) {
    throw new TopologyError(`hub.hostname is ${JSON.stringify(env.hub.hostname)} but ${hubs.length} hosts run jupyterhub (${hubs.join(", ")}): which one should it name?`);
  }

  const zone = env.openstack?.dns?.zone;
  const checkInZone = (fqdn: string, setting: string) => {
    if (zone && !`${fqdn}.`.endsWith(`.${zone}`)) {
      throw new TopologyError(`${setting} puts ${fqdn} outside openstack.dns.zone ${JSON.stringify(zone)}; Designate can only name hosts inside the zone`);
    }
  };

  return enabled.map(([name, spec]): HostPlan => {
    if (!spec.flavor) throw new TopologyError(`hosts.${name}.flavor is missing: an OpenStack host needs a flavor`);
    const isBastion = spec.roles.includes("bastion");
    const isHub = spec.roles.includes("jupyterhub");
    const jumpHost = spec.jumpHost ?? (spec.floatingIp ? undefined : (bastions.find((b) => b !== name) ?? publicHosts.find((h) => h !== name)));
    if (jumpHost !== undefined && !enabled.some(([other]) => other === jumpHost)) {
      throw new TopologyError(`hosts.${name}.jumpHost is ${JSON.stringify(jumpHost)}, a host that is not enabled`);
    }
    const sshFromAdmins = bastions.length === 0 || isBastion;
    // The sftp backup repository's host takes SSH from the hosts that back up to it (environment/backup.ts).
    const backupClients = backupTargetHost(env) === name ? backupHosts(env) : [];
    const sshFromHosts = [...new Set([...(isBastion ? [] : bastions), ...(jumpHost ? [jumpHost] : []), ...backupClients])].filter((h) => h !== name);
    const fqdn = `${name}.${env.domain}`;
    checkInZone(fqdn, `domain ${JSON.stringify(env.domain)}`);
    const metricsPorts = metricsPortsOf(env, name);
    const scraper = prometheusHost(env);
    const hubName = isHub ? env.hub.hostname?.replace(/\.$/, "") : undefined;
    if (hubName) checkInZone(hubName, `hub.hostname ${JSON.stringify(env.hub.hostname)}`);
    return {
      name,
      fqdn,
      roles: spec.roles,
      flavor: spec.flavor,
      isBastion,
      isHub,
      isNfsServer: spec.roles.includes("nfs-server"),
      isNfsClient: spec.roles.includes("nfs-client"),
      ...(spec.dataVolumeGiB > 0 ? { volume: { sizeGiB: spec.dataVolumeGiB, purpose: isBastion && !isHub && !spec.roles.includes("nfs-server") ? "work" : "data" } } : {}),
      floatingIp: spec.floatingIp,
      ...(jumpHost ? { jumpHost } : {}),
      sshFromAdmins,
      sshFromHosts,
      ...(scraper && metricsPorts.length ? { metricsFrom: { host: scraper, tcpPorts: metricsPorts } } : {}),
      extraNames: hubName && hubName !== fqdn ? [hubName] : [],
    };
  });
}
