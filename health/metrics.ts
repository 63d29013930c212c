/**
 * The metrics part of `npm run check` (when the inventory has a metrics section): Prometheus on the bastion is
 * asked, over the same SSH as provisioning (through the jump host, host keys pinned in the environment's
 * known_hosts), for its targets and its alerts (/api/v1/targets, /api/v1/alerts on 127.0.0.1:9090, with the
 * curl the metrics role installs), and the answer is reduced to what an operator reads: targets up or down,
 * alerts firing or pending.
 *
 * What it means for the exit code: nothing. The health check (a user's visit to the hub) decides whether the
 * hub works; a full disk or a bastion's exporter that is down is reported (as warnings, and in --json) but
 * fails neither `check` nor the health check at the end of `apply`.
 */
import { withHostConnection } from "../provisioners/connectors/host-connection.js";
import type { TargetHost } from "../provisioners/engine/hosts.js";
import { PROMETHEUS_PORT } from "../environment/metrics.js";

export interface TargetState {
  /** The scrape job: node, jupyterhub, prometheus. */
  readonly job: string;
  /** The host label hubstack gives each target (the instance address when there is none). */
  readonly host: string;
  readonly instance: string;
  readonly health: "up" | "down" | "unknown";
  /** Prometheus's last scrape error, when down. */
  readonly lastError?: string;
}

export interface AlertState {
  readonly name: string;
  readonly state: "firing" | "pending" | "inactive";
  readonly severity?: string;
  readonly host?: string;
  readonly summary?: string;
  /** When the alert became active (RFC 3339). */
  readonly activeAt?: string;
}

export interface MetricsReport {
  readonly targets: TargetState[];
  readonly alerts: AlertState[];
}

/** Prometheus's answer envelope: `{"status":"success","data":...}` or `{"status":"error","error":...}`. */
function dataOf(text: string, what: string): unknown {
  let parsed: { status?: string; data?: unknown; error?: string };
  try {
    parsed = JSON.parse(text) as typeof parsed;
  } catch {
    throw new Error(`Prometheus answered ${what} with something that is not JSON: ${text.trim().slice(0, 120) || "(nothing)"}`);
  }
  if (parsed.status !== "success") throw new Error(`Prometheus answered ${what} with an error: ${parsed.error ?? parsed.status ?? "no status"}`);
  return parsed.data;
}

type Labels = Record<string, string | undefined>;

/** /api/v1/targets: the active targets, sorted by job and host. */
export function parseTargets(text: string): TargetState[] {
  const data = dataOf(text, "/api/v1/targets") as { activeTargets?: { labels?: Labels; scrapePool?: string; health?: string; lastError?: string }[] };
  return (data.activeTargets ?? [])
    .map((t): TargetState => {
      const labels = t.labels ?? {};
      const health = t.health === "up" || t.health === "down" ? t.health : "unknown";
      const instance = labels.instance ?? "?";
      return {
        job: labels.job ?? t.scrapePool ?? "?",
        host: labels.host ?? instance,
        instance,
        health,
        ...(health !== "up" && t.lastError ? { lastError: t.lastError } : {}),
      };
    })
    .sort((a, b) => a.job.localeCompare(b.job) || a.host.localeCompare(b.host));
}

/** /api/v1/alerts: the active alerts (firing first), sorted by name and host. */
export function parseAlerts(text: string): AlertState[] {
  const data = dataOf(text, "/api/v1/alerts") as { alerts?: { labels?: Labels; annotations?: Labels; state?: string; activeAt?: string }[] };
  const rank = { firing: 0, pending: 1, inactive: 2 } as const;
  return (data.alerts ?? [])
    .map((a): AlertState => {
      const labels = a.labels ?? {};
      const state = a.state === "firing" || a.state === "pending" ? a.state : "inactive";
      return {
        name: labels.alertname ?? "?",
        state,
        ...(labels.severity ? { severity: labels.severity } : {}),
        ...(labels.host ? { host: labels.host } : {}),
        ...(a.annotations?.summary ? { summary: a.annotations.summary } : {}),
        ...(a.activeAt ? { activeAt: a.activeAt } : {}),
      };
    })
    .sort((a, b) => rank[a.state] - rank[b.state] || a.name.localeCompare(b.name) || (a.host ?? "").localeCompare(b.host ?? ""));
}

/** Targets down or unknown, and alerts firing: what `check` warns about. */
export function metricsProblems(report: MetricsReport): string[] {
  return [
    ...report.targets.filter((t) => t.health !== "up").map((t) => `target ${t.job} on ${t.host} (${t.instance}) is ${t.health}${t.lastError ? `: ${t.lastError}` : ""}`),
    ...report.alerts.filter((a) => a.state === "firing").map((a) => `alert ${a.name} is firing${a.severity ? ` (${a.severity})` : ""}${a.summary ? `: ${a.summary}` : a.host ? ` on ${a.host}` : ""}`),
  ];
}

/** The report as lines for the terminal: one per target and per active alert, problems marked. */
export function formatMetricsReport(report: MetricsReport): string[] {
  const up = report.targets.filter((t) => t.health === "up").length;
  const lines = [`Metrics: ${up} of ${report.targets.length} targets up, ${report.alerts.filter((a) => a.state === "firing").length} alert(s) firing`];
  for (const t of report.targets) lines.push(`  ${t.health === "up" ? "up  " : "DOWN"} ${t.job.padEnd(10)} ${t.host}${t.health === "up" ? "" : ` (${t.instance}${t.lastError ? `: ${t.lastError}` : ""})`}`);
  for (const a of report.alerts.filter((x) => x.state !== "inactive")) {
    lines.push(`  ${a.state === "firing" ? "FIRING " : "pending"} ${a.name}${a.severity ? ` [${a.severity}]` : ""}${a.summary ? `: ${a.summary}` : a.host ? ` on ${a.host}` : ""}`);
  }
  return lines;
}

const SEPARATOR = "#hubstack-metrics-separator";

/** The script run as root on the bastion: both answers, separated by a line of their own. */
export function prometheusQueryScript(port = PROMETHEUS_PORT): string {
  const get = (path: string) => `curl -fsS --max-time 15 http://127.0.0.1:${port}${path}`;
  return `${get("/api/v1/targets?state=active")} && echo && echo ${SEPARATOR} && ${get("/api/v1/alerts")}`;
}

/** Both answers of prometheusQueryScript's output as one report. */
export function parseQueryOutput(stdout: string): MetricsReport {
  const at = stdout.indexOf(SEPARATOR);
  if (at < 0) throw new Error(`Prometheus's answer on the bastion is incomplete: ${stdout.trim().slice(0, 120) || "(nothing)"}`);
  return { targets: parseTargets(stdout.slice(0, at)), alerts: parseAlerts(stdout.slice(at + SEPARATOR.length)) };
}

/** Asks Prometheus on `bastion` over SSH (through its jump host, if any); throws with the host's own words on failure. */
export async function queryPrometheus(bastion: TargetHost, knownHostsFile: string): Promise<MetricsReport> {
  return withHostConnection(bastion, knownHostsFile, async (connector) => {
    const r = await connector.exec(prometheusQueryScript());
    if (r.code !== 0) {
      throw new Error(`asking Prometheus on ${bastion.name} failed (exit ${r.code}): ${`${r.stderr}\n${r.stdout}`.trim().split("\n").slice(-3).join(" ") || "no output"}`);
    }
    return parseQueryOutput(r.stdout);
  });
}
