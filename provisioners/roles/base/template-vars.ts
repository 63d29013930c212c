/**
 * Template variables of the base role (every host): SSH hardening, the host firewall, unattended
 * security upgrades and sudo for the team's admins.
 *
 * Also home of what every role's template-vars.ts shares: the hosts as provisioning sees them, the
 * hubstack Docker network and the hub's API port. Every role depends on base. (What a file a role
 * puts on a host looks like is ../files.ts.)
 *
 * Everything here is a pure function of the Environment and of facts the orchestrator already has
 * (the hosts' addresses); nothing reads a host.
 */
import { ConfigError } from "../../../environment/errors.js";
import type { Host } from "../../../environment/hosts.js";
import { ROLE_SPECS, type Environment, type RoleName } from "../../../environment/schema.js";
import { backupHosts, backupTargetHost } from "../../../environment/backup.js";
import { metricsPortsOf, prometheusHost } from "../../../environment/metrics.js";
import { configFile } from "../files.js";

/**
 * A peer as the roles' vars see it: the host contract's name (environment/hosts.ts), its roles as checked
 * role names, and as `address` the one the other hosts reach it at (its private address, which
 * provisionedHosts in ../common.ts picks; the inventory's for local and static).
 */
export type ProvisionedHost = Pick<Host, "name"> & { readonly address: string; readonly roles: readonly RoleName[] };

/** Hosts of a local or static environment, whose addresses the inventory already gives. */
export function hostsFromEnvironment(env: Environment): ProvisionedHost[] {
  return Object.entries(env.hosts)
    .filter(([, spec]) => spec.enabled)
    .map(([name, spec]) => {
      if (!spec.address) {
        throw new ConfigError([`hosts.${name}.address: target ${env.target} has no address for ${name}; on openstack the addresses come from the stack outputs`]);
      }
      return { name, address: spec.address, roles: spec.roles };
    });
}

export function hostsWithRole(hosts: readonly ProvisionedHost[], role: RoleName): ProvisionedHost[] {
  return hosts.filter((h) => h.roles.includes(role));
}

/** The one host with `role`; a clear error when there is none or several. */
export function onlyHostWithRole(hosts: readonly ProvisionedHost[], role: RoleName): ProvisionedHost {
  const found = hostsWithRole(hosts, role);
  if (found.length !== 1) {
    throw new ConfigError([
      `hosts: expected exactly one host with role ${role}, found ${found.length}${found.length ? ` (${found.map((h) => h.name).join(", ")})` : ""}`,
    ]);
  }
  return found[0]!;
}

export function findHost(hosts: readonly ProvisionedHost[], name: string): ProvisionedHost {
  const host = hosts.find((h) => h.name === name);
  if (!host) throw new ConfigError([`hosts: no host named ${name} among ${hosts.map((h) => h.name).join(", ") || "(none)"}`]);
  return host;
}

/** Where roles have always found it; derived in environment/names.ts. */
export { hubHostname } from "../../../environment/names.js";

export const isIPv6 = (addressOrCidr: string) => addressOrCidr.includes(":");

/** First usable address of an IPv4 subnet: where the local environment's bridge (the operator's machine) sits. */
export function firstAddress(cidr: string): string {
  const [base] = cidr.split("/");
  const parts = base!.split(".").map(Number);
  parts[3] = parts[3]! + 1;
  return parts.join(".");
}

// ---------------------------------------------------------------------------------------------------

/** Ports open to everyone on hosts with these roles: declared beside each role's name (environment/schema.ts). */
export const PUBLIC_TCP_PORTS: Partial<Record<RoleName, readonly number[]>> = Object.fromEntries(
  Object.entries(ROLE_SPECS).flatMap(([role, spec]) => ("publicTcpPorts" in spec ? [[role, spec.publicTcpPorts]] : [])),
);

/** NFS: 2049 is all NFSv4 needs; 111 (rpcbind) serves showmount and NFSv3 clients, from the hub only. */
export const NFS_PORTS = { tcp: [111, 2049], udp: [111] } as const;

export interface FirewallVars {
  hostname: string;
  /** Sources allowed to reach SSH, by family. Empty lists with sshFromAnywhere false: nobody. */
  ssh4: string[];
  ssh6: string[];
  /** No list of admin networks is known (static machines): SSH stays open to all, with a comment saying so. */
  sshFromAnywhere: boolean;
  publicTcp: number[];
  /** NFS server: the clients (the hub) allowed to reach the NFS ports. */
  nfs: false | { clients4: string[]; clients6: string[]; tcp: number[]; udp: number[] };
  /** Hub with the Docker spawner: notebook containers reach the hub's API on the hubstack bridge. */
  dockerHubApi: false | { bridge: string; port: number };
  /**
   * Hub with the Docker spawner: where notebook containers may not go (forwarded traffic from the hubstack
   * bridge), by family: the environment's network and its other hosts, the cloud's metadata service.
   */
  containersBlocked: false | { bridge: string; v4: string[]; v6: string[] };
  /**
   * Metrics (environment/metrics.ts): the ports Prometheus scrapes here (node-exporter's, the hub's metrics
   * listener), open to the bastion's private address only; false without metrics and on the bastion itself.
   */
  metrics: false | { from4: string[]; from6: string[]; ports: number[] };
}

export interface SshdVars {
  hostname: string;
  allowUsers: string[];
  /** "local" on hosts others jump through (ProxyJump needs direct-tcpip), "no" elsewhere. */
  allowTcpForwarding: "local" | "no";
}

export interface UnattendedVars {
  hostname: string;
  /** Reboot when an upgrade needs it, at this local time; false never reboots (user servers would die). */
  automaticReboot: false | string;
}

export interface SudoersVars {
  hostname: string;
  admins: string[];
}

/**
 * The Docker network the hub and its notebook containers share (Docker spawner). The role creates it
 * with `docker network create --subnet <subnet> --gateway <gateway> -o <option>=<value>... <name>`.
 */
export const DOCKER_NETWORK = {
  name: "hubstack",
  /** Bridge interface name, so that the firewall can name it. */
  bridge: "hubstack0",
  subnet: "172.30.0.0/24",
  /** The host's address on the bridge: the hub's API listens here for the containers. */
  gateway: "172.30.0.1",
  options: {
    "com.docker.network.bridge.name": "hubstack0",
    // One user's container cannot reach another's; each still reaches the hub's API on the gateway.
    "com.docker.network.bridge.enable_icc": "false",
  },
} as const;

/** Port of the hub's own API (JupyterHub's hub_port). */
export const HUB_API_PORT = 8081;

/** Who may reach port 22 of `host`. */
function sshSources(env: Environment, hosts: readonly ProvisionedHost[], host: ProvisionedHost): { sources: string[]; anywhere: boolean } {
  const spec = env.hosts[host.name];
  const sources = new Set<string>();
  // The sftp repository's host: the hosts that back up to it log in as hubstack-backup (environment/backup.ts).
  if (backupTargetHost(env) === host.name) {
    for (const name of backupHosts(env)) if (name !== host.name) sources.add(findHost(hosts, name).address);
  }
  // Bastions always may: that is what they are for.
  for (const bastion of hostsWithRole(hosts, "bastion")) if (bastion.name !== host.name) sources.add(bastion.address);
  if (spec?.jumpHost) {
    // Reached through another host: only that host (and the bastions) may connect.
    sources.add(findHost(hosts, spec.jumpHost).address);
    return { sources: [...sources], anywhere: false };
  }
  switch (env.target) {
    case "openstack":
      env.openstack?.adminCidrs.forEach((c) => sources.add(c));
      return { sources: [...sources], anywhere: false };
    case "local":
      // hubstack runs on the machine that owns the bridge, at the subnet's first address.
      sources.add(firstAddress(env.local.subnet));
      return { sources: [...sources], anywhere: false };
    case "static":
      // The inventory has no list of admin networks for machines we did not make: closing SSH would
      // lock the operator out. Security groups or the site's own firewall must narrow it.
      return { sources: [...sources], anywhere: true };
  }
}

const dockerSpawns = (env: Environment, host: ProvisionedHost) => host.roles.includes("jupyterhub") && env.hub.jupyterhub.spawner === "docker";

/**
 * What a notebook container must not reach. Docker masquerades its traffic to the hub's own address, which
 * the NFS server trusts with every uid (AUTH_SYS): a container that reached it could read and write any
 * user's home. So: the environment's network and every other host of it, and link-local (169.254.169.254
 * is the cloud's metadata service, which hands out the instance's credentials and user data).
 */
function containerBlocks(env: Environment, hosts: readonly ProvisionedHost[], host: ProvisionedHost): { v4: string[]; v6: string[] } {
  const nets: string[] = ["169.254.0.0/16", "fe80::/10"];
  if (env.target === "local") nets.push(env.local.subnet);
  if (env.target === "openstack" && env.openstack && "create" in env.openstack.network) nets.push(env.openstack.network.create.cidr);
  for (const other of hosts) if (other.name !== host.name) nets.push(other.address);
  const unique = [...new Set(nets)];
  return { v4: unique.filter((n) => !isIPv6(n.split("/")[0]!)), v6: unique.filter((n) => isIPv6(n.split("/")[0]!)) };
}

export function firewallVars(env: Environment, hosts: readonly ProvisionedHost[], hostName: string): FirewallVars {
  const host = findHost(hosts, hostName);
  const { sources, anywhere } = sshSources(env, hosts, host);
  const publicTcp = [...new Set(host.roles.flatMap((r) => PUBLIC_TCP_PORTS[r] ?? []))].sort((a, b) => a - b);
  const clients = hostsWithRole(hosts, "nfs-client").map((h) => h.address);
  return {
    hostname: hostName,
    ssh4: sources.filter((s) => !isIPv6(s)),
    ssh6: sources.filter(isIPv6),
    sshFromAnywhere: anywhere,
    publicTcp,
    nfs: host.roles.includes("nfs-server")
      ? { clients4: clients.filter((c) => !isIPv6(c)), clients6: clients.filter(isIPv6), tcp: [...NFS_PORTS.tcp], udp: [...NFS_PORTS.udp] }
      : false,
    dockerHubApi: dockerSpawns(env, host) ? { bridge: DOCKER_NETWORK.bridge, port: HUB_API_PORT } : false,
    containersBlocked: dockerSpawns(env, host) ? { bridge: DOCKER_NETWORK.bridge, ...containerBlocks(env, hosts, host) } : false,
    metrics: metricsFirewall(env, hosts, hostName),
  };
}

/** Who may scrape `hostName`: the Prometheus host's private address, on the metrics ports only. */
function metricsFirewall(env: Environment, hosts: readonly ProvisionedHost[], hostName: string): FirewallVars["metrics"] {
  const ports = metricsPortsOf(env, hostName);
  const scraper = prometheusHost(env);
  if (ports.length === 0 || !scraper) return false;
  const from = findHost(hosts, scraper).address;
  return { from4: isIPv6(from) ? [] : [from], from6: isIPv6(from) ? [from] : [], ports };
}

export function sshdVars(env: Environment, hosts: readonly ProvisionedHost[], hostName: string): SshdVars {
  const host = findHost(hosts, hostName);
  const isJumpHost = host.roles.includes("bastion") || Object.values(env.hosts).some((h) => h.enabled && h.jumpHost === hostName);
  const admins = env.admins.filter((a) => a.present).map((a) => a.name);
  return {
    hostname: hostName,
    allowUsers: [...new Set([env.ssh.user, ...admins])],
    allowTcpForwarding: isJumpHost ? "local" : "no",
  };
}

export function unattendedVars(_env: Environment, hostName: string): UnattendedVars {
  return { hostname: hostName, automaticReboot: false };
}

export function sudoersVars(env: Environment, hostName: string): SudoersVars {
  return { hostname: hostName, admins: env.admins.filter((a) => a.present).map((a) => a.name) };
}

/** An sshd drop-in's checker: sshd checks whole configurations, not fragments, so one that includes the new file first. */
export const SSHD_DROPIN_CHECK = ["sh", "-c", 'printf "Include %s\\nInclude /etc/ssh/sshd_config\\n" "$1" > "$1.main" && sshd -t -f "$1.main"; s=$?; rm -f "$1.main"; exit $s', "sh", "{}"] as const;

/** Every file the base role writes on `hostName`. */
export function baseFiles(env: Environment, hosts: readonly ProvisionedHost[], hostName: string) {
  return {
    sshd: configFile("/etc/ssh/sshd_config.d/10-hubstack.conf", { template: "base/10-hubstack.conf.hbs", vars: sshdVars(env, hosts, hostName) }, { validate: SSHD_DROPIN_CHECK }),
    nftables: configFile("/etc/nftables.conf", { template: "base/nftables.conf.hbs", vars: firewallVars(env, hosts, hostName) }, { validate: ["nft", "-c", "-f", "{}"] }),
    unattended: configFile("/etc/apt/apt.conf.d/52hubstack-unattended", { template: "base/52hubstack-unattended.hbs", vars: unattendedVars(env, hostName) }, {
      validate: ["apt-config", "-c", "{}", "dump"],
    }),
    sudoers: configFile("/etc/sudoers.d/hubstack-admins", { template: "base/hubstack-admins.hbs", vars: sudoersVars(env, hostName) }, { mode: 0o440, validate: ["visudo", "-c", "-q", "-f", "{}"] }),
  };
}
