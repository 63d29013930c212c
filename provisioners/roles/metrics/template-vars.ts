/**
 * Template variables of the metrics role (the bastion): Prometheus's flags, prometheus.yml with every host's
 * node-exporter and the hub's /hub/metrics as targets (private addresses), and hubstack's alert rules.
 */
import { ConfigError } from "../../../environment/errors.js";
import { HUB_METRICS_PORT, NODE_EXPORTER_PORT, PROMETHEUS_PORT, exporterHosts, hubMetricsHost } from "../../../environment/metrics.js";
import type { Environment } from "../../../environment/schema.js";
import { parsePrometheusDuration } from "../../../environment/types.js";
import { findHost, type ProvisionedHost } from "../base/template-vars.js";
import { configFile, secretFile } from "../files.js";
import { hostPort } from "../node-exporter/template-vars.js";
import { ALERT_THRESHOLDS, BACKUP_SUCCESS_METRIC, HUB_TOKEN_PATH, PROMETHEUS_CONFIG, PROMETHEUS_DEFAULTS, PROMETHEUS_RULES, SCRAPE_TIMEOUT_SECONDS } from "./constants.js";

/** One scrape target: the host it is, and where Prometheus reaches it. */
export interface ScrapeTarget {
  host: string;
  /** address:port on the private network. */
  target: string;
}

export interface ScrapeTargets {
  /** node-exporter on every host. */
  nodes: ScrapeTarget[];
  /** The hub's /hub/metrics through Caddy's private listener; false without a hub. */
  hub: false | ScrapeTarget;
}

/** Who Prometheus scrapes, from the hosts (their private addresses): every host's node-exporter, and the hub. */
export function scrapeTargets(env: Environment, hosts: readonly ProvisionedHost[]): ScrapeTargets {
  const hub = hubMetricsHost(env);
  return {
    nodes: exporterHosts(env).map((name) => ({ host: name, target: hostPort(findHost(hosts, name).address, NODE_EXPORTER_PORT) })),
    hub: hub ? { host: hub, target: hostPort(findHost(hosts, hub).address, HUB_METRICS_PORT) } : false,
  };
}

export interface PrometheusConfigVars extends ScrapeTargets {
  hostname: string;
  scrapeInterval: string;
  scrapeTimeout: string;
  rulesFile: string;
  /** The hub's token file, read at every scrape. */
  hubTokenFile: string;
  /** Prometheus itself, on loopback. */
  self: string;
}

export interface PrometheusDefaultsVars {
  hostname: string;
  args: string[];
}

export interface RulesVars {
  diskUsedPercent: number;
  memoryAvailablePercent: number;
  downFor: string;
  backupMaxAgeSeconds: number;
  backupMaxAgeText: string;
  backupMetric: string;
}

function metricsOf(env: Environment): NonNullable<Environment["metrics"]> {
  if (!env.metrics?.enabled) throw new ConfigError(["metrics: the metrics role runs only when the inventory has a metrics section"]);
  return env.metrics;
}

export function prometheusConfigVars(env: Environment, hosts: readonly ProvisionedHost[], hostName: string): PrometheusConfigVars {
  const metrics = metricsOf(env);
  const intervalMs = parsePrometheusDuration(metrics.scrapeInterval) ?? 30_000;
  return {
    hostname: hostName,
    scrapeInterval: metrics.scrapeInterval,
    // Prometheus refuses a timeout longer than the interval.
    scrapeTimeout: intervalMs < SCRAPE_TIMEOUT_SECONDS * 1000 ? metrics.scrapeInterval : `${SCRAPE_TIMEOUT_SECONDS}s`,
    rulesFile: PROMETHEUS_RULES,
    hubTokenFile: HUB_TOKEN_PATH,
    self: hostPort("127.0.0.1", PROMETHEUS_PORT),
    ...scrapeTargets(env, hosts),
  };
}

export function prometheusDefaultsVars(env: Environment, hostName: string): PrometheusDefaultsVars {
  const metrics = metricsOf(env);
  return {
    hostname: hostName,
    args: [
      `--config.file=${PROMETHEUS_CONFIG}`,
      // Loopback only: `ssh -L 9090:127.0.0.1:9090 <bastion>` to look, `npm run check` asks it over SSH.
      `--web.listen-address=${hostPort("127.0.0.1", PROMETHEUS_PORT)}`,
      `--storage.tsdb.retention.time=${metrics.retention}`,
    ],
  };
}

export function rulesVars(): RulesVars {
  return {
    diskUsedPercent: ALERT_THRESHOLDS.diskUsedPercent,
    memoryAvailablePercent: ALERT_THRESHOLDS.memoryAvailablePercent,
    downFor: ALERT_THRESHOLDS.downFor,
    backupMaxAgeSeconds: ALERT_THRESHOLDS.backupMaxAgeSeconds,
    backupMaxAgeText: `${ALERT_THRESHOLDS.backupMaxAgeSeconds / 86_400} days`,
    backupMetric: BACKUP_SUCCESS_METRIC,
  };
}

/** The token Prometheus sends to the hub: metrics.apiToken, which the provisioning phase fills in when the secrets file gives none. */
function hubToken(env: Environment): string {
  const token = env.metrics?.apiToken;
  if (!token) throw new ConfigError(["metrics.apiToken: missing; the provisioning phase makes one (or give it in the secrets file)"]);
  return token;
}

/** Every file the metrics role writes on the bastion; hubToken only when there is a hub to scrape. */
export function metricsFiles(env: Environment, hosts: readonly ProvisionedHost[], hostName: string) {
  const config = prometheusConfigVars(env, hosts, hostName);
  return {
    defaults: configFile(PROMETHEUS_DEFAULTS, { template: "metrics/prometheus.hbs", vars: prometheusDefaultsVars(env, hostName) }, { validate: ["sh", "-n", "{}"] }),
    rules: configFile(PROMETHEUS_RULES, { template: "metrics/hubstack-rules.yml.hbs", vars: rulesVars() }, { validate: ["promtool", "check", "rules", "{}"] }),
    // Checked with the rules file and the token file in place (the role writes them first).
    config: configFile(PROMETHEUS_CONFIG, { template: "metrics/prometheus.yml.hbs", vars: config }, { validate: ["promtool", "check", "config", "{}"] }),
    ...(config.hub ? { hubToken: secretFile(HUB_TOKEN_PATH, { content: `${hubToken(env)}\n` }, { group: "prometheus", mode: 0o640 }) } : {}),
  };
}
