/**
 * The node-exporter role's constants. Whether it runs and who may scrape it follow from the metrics section
 * (environment/metrics.ts); nothing here is the operator's to choose.
 */
export const NODE_EXPORTER_PACKAGES = ["prometheus-node-exporter"] as const;
export const NODE_EXPORTER_UNIT = "prometheus-node-exporter.service";
/** Debian's unit reads its flags from ARGS here. */
export const NODE_EXPORTER_DEFAULTS = "/etc/default/prometheus-node-exporter";
/**
 * The textfile collector's folder (Debian's own default, named explicitly): `*.prom` files written here become
 * metrics of the host. The backup service writes hubstack_backup_last_success_timestamp_seconds here when it
 * succeeds, which the backup-age alert reads (templates/metrics/hubstack-rules.yml.hbs).
 */
export const TEXTFILE_DIR = "/var/lib/prometheus/node-exporter";
/** Mount points node-exporter never reports: the kernel's, Docker's layers and the hub's NFS mounts' own server reports those. */
export const FILESYSTEM_MOUNTS_EXCLUDE = "^/(dev|proc|run|sys|var/lib/docker/.+)($|/)";
