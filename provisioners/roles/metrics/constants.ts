/**
 * The metrics role's constants. The retention and the scrape interval are the inventory's (metrics); the
 * targets follow from the hosts (environment/metrics.ts); the alert thresholds are hubstack's.
 */
/** Debian's Prometheus (it ships promtool, which checks every file below before it replaces the old one); curl for `npm run check`. */
export const PROMETHEUS_PACKAGES = ["prometheus", "curl"] as const;
export const PROMETHEUS_UNIT = "prometheus.service";
/** Debian's unit reads its flags from ARGS here. */
export const PROMETHEUS_DEFAULTS = "/etc/default/prometheus";
export const PROMETHEUS_CONFIG = "/etc/prometheus/prometheus.yml";
export const PROMETHEUS_RULES = "/etc/prometheus/hubstack-rules.yml";
/** The hub's metrics API token (service hubstack-metrics, read:metrics only): root's, readable by Prometheus's group. */
export const HUB_TOKEN_PATH = "/etc/prometheus/hub-api-token";
/** The scrape timeout unless the interval is shorter (Prometheus wants the timeout within the interval). */
export const SCRAPE_TIMEOUT_SECONDS = 10;

/** hubstack's alerts: the thresholds the rules file writes out, and README's "Metrics" section repeats. */
export const ALERT_THRESHOLDS = {
  /** A file system fuller than this, in percent, for 10 minutes. */
  diskUsedPercent: 85,
  /** Less memory available than this, in percent of the total, for 10 minutes. */
  memoryAvailablePercent: 10,
  /** A target (the hub, a host) that has not answered for this long. */
  downFor: "5m",
  /** A backup's last success older than this, in seconds (two days). */
  backupMaxAgeSeconds: 2 * 86_400,
} as const;

/** The metric the backup service leaves in node-exporter's textfile folder when it succeeds (a Unix time). */
export const BACKUP_SUCCESS_METRIC = "hubstack_backup_last_success_timestamp_seconds";
