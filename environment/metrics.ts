/**
 * Who takes part in the metrics: derived from the metrics section and the roles, never configured per host.
 * Every layer that needs it reads it here (the checks, the stack's security groups, the host firewall, the
 * provisioning phase that gives the roles, the Prometheus configuration, `npm run check`).
 *
 * - every enabled host gets role `node-exporter` (prometheus-node-exporter on its private address, :9100);
 * - the host with role `bastion` gets role `metrics` (Prometheus on its 127.0.0.1:9090 only, which scrapes
 *   them all over the private network, and the hub's /hub/metrics through Caddy's private listener).
 *
 * Neither role is listed in the inventory: the checks refuse them there.
 */
import type { EnvironmentFile, RoleName } from "./schema.js";

/** The roles hubstack gives from the metrics section. */
export const METRICS_ROLES = ["node-exporter", "metrics"] as const satisfies readonly RoleName[];

/** prometheus-node-exporter, on each host's private address. */
export const NODE_EXPORTER_PORT = 9100;
/** Prometheus on the bastion, on 127.0.0.1 only (`ssh -L 9090:127.0.0.1:9090 bastion` to look). */
export const PROMETHEUS_PORT = 9090;
/**
 * Caddy's private listener on the hub: /hub/metrics only, on the hub's private address, for the bastion only
 * (see provisioners/roles/metrics/index.ts for why not through 443).
 */
export const HUB_METRICS_PORT = 9180;

type MetricsView = Pick<EnvironmentFile, "hosts" | "metrics">;

/** True when the environment has a metrics section that is not switched off. */
export function metricsOn(env: Pick<EnvironmentFile, "metrics">): boolean {
  return env.metrics?.enabled === true;
}

/** The enabled hosts with role bastion, in inventory order (the checks want exactly one when metrics are on). */
function bastions(env: Pick<EnvironmentFile, "hosts">): string[] {
  return Object.entries(env.hosts)
    .filter(([, h]) => h.enabled && h.roles.includes("bastion"))
    .map(([name]) => name);
}

/** The host Prometheus runs on (the bastion), or undefined (metrics off, or no bastion: the checks refuse that). */
export function prometheusHost(env: MetricsView): string | undefined {
  return metricsOn(env) ? bastions(env)[0] : undefined;
}

/** The hosts node-exporter runs on: every enabled host, when metrics are on. */
export function exporterHosts(env: MetricsView): string[] {
  return metricsOn(env) ? Object.entries(env.hosts).filter(([, h]) => h.enabled).map(([name]) => name) : [];
}

/** The host whose /hub/metrics Prometheus scrapes: the one with jupyterhub and proxy-tls (Caddy), when metrics are on. */
export function hubMetricsHost(env: MetricsView): string | undefined {
  if (!metricsOn(env)) return undefined;
  return Object.entries(env.hosts).find(([, h]) => h.enabled && h.roles.includes("jupyterhub") && h.roles.includes("proxy-tls"))?.[0];
}

/**
 * The TCP ports `hostName` opens to the Prometheus host (never to anyone else): node-exporter's everywhere,
 * the hub's metrics listener on the hub. Empty on the Prometheus host itself, which scrapes its own over lo.
 */
export function metricsPortsOf(env: MetricsView, hostName: string): number[] {
  const scraper = prometheusHost(env);
  if (!scraper || scraper === hostName || !exporterHosts(env).includes(hostName)) return [];
  return [NODE_EXPORTER_PORT, ...(hubMetricsHost(env) === hostName ? [HUB_METRICS_PORT] : [])];
}

/** A host's roles with the metrics roles it is given: the provisioning phase hands these to the engine. */
export function withMetricsRoles(env: MetricsView, hostName: string, roles: readonly string[]): string[] {
  const extra: string[] = [];
  if (exporterHosts(env).includes(hostName)) extra.push("node-exporter");
  if (prometheusHost(env) === hostName) extra.push("metrics");
  return [...roles.filter((r) => !extra.includes(r)), ...extra];
}
