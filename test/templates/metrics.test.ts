/**
 * The metrics files checked by the real tools: prometheus.yml and the alert rules by promtool (Debian's
 * prometheus), the flags files by sh, every host's nftables ruleset with the metrics ports by nft -c, the
 * Caddyfile with its metrics site by caddy validate, jupyterhub_config.py with the metrics service by the hub's
 * own traitlets; then Debian's Prometheus and node-exporter for real on loopback, with hubstack's configuration
 * and rules: a target up, one down, and the backup-age alert firing from a textfile metric.
 */
import { spawn, type ChildProcess } from "node:child_process";
import { mkdirSync, mkdtempSync, writeFileSync } from "node:fs";
import { createServer } from "node:net";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { withMetricsRoles } from "../../environment/metrics.js";
import { MetricsSettings, type Environment } from "../../environment/schema.js";
import { parseAlerts, parseTargets } from "../../health/metrics.js";
import { baseFiles, type ProvisionedHost } from "../../provisioners/roles/base/template-vars.js";
import { renderManagedFile } from "../../provisioners/roles/files.js";
import { jupyterhubFiles } from "../../provisioners/roles/jupyterhub/template-vars.js";
import { BACKUP_SUCCESS_METRIC } from "../../provisioners/roles/metrics/constants.js";
import { metricsFiles, prometheusConfigVars } from "../../provisioners/roles/metrics/template-vars.js";
import { nodeExporterFiles } from "../../provisioners/roles/node-exporter/template-vars.js";
import { proxyTlsFiles } from "../../provisioners/roles/proxy-tls/template-vars.js";
import { renderTemplate } from "../../templates/index.js";
import { GENERATED, SCRATCH, hostsOf, hubPython, run, variant, writeTemp } from "./helpers.js";

const TOKEN = "7".repeat(64);
const withMetrics = (name: string, metrics: Partial<MetricsSettings> = {}, change: (e: Environment) => void = () => {}) =>
  variant(name, (e) => {
    e.metrics = { ...MetricsSettings.parse({}), apiToken: TOKEN, ...metrics };
    change(e);
  });
/** The hosts with the roles the provisioning phase gives them. */
const provisioned = (env: Environment): ProvisionedHost[] => hostsOf(env).map((h) => ({ ...h, roles: withMetricsRoles(env, h.name, h.roles) as ProvisionedHost["roles"] }));
const bastionOf = (env: Environment) => provisioned(env).find((h) => h.roles.includes("metrics"))!.name;

/** prometheus.yml rendered for real, with the files it names (rules, token) in a folder of their own. */
function configInFolder(env: Environment, overrides: Record<string, unknown> = {}): { dir: string; config: string; rules: string } {
  const dir = mkdtempSync(join(SCRATCH, "prom-"));
  const files = metricsFiles(env, provisioned(env), bastionOf(env));
  const rules = join(dir, "hubstack-rules.yml");
  writeFileSync(rules, renderManagedFile(files.rules));
  writeFileSync(join(dir, "hub-api-token"), files.hubToken ? renderManagedFile(files.hubToken) : "");
  const vars = { ...prometheusConfigVars(env, provisioned(env), bastionOf(env)), rulesFile: rules, hubTokenFile: join(dir, "hub-api-token"), ...overrides };
  const config = join(dir, "prometheus.yml");
  writeFileSync(config, renderTemplate("metrics/prometheus.yml.hbs", vars));
  return { dir, config, rules };
}

describe("promtool", () => {
  for (const [name, metrics] of [["local", {}], ["hub-dev", { scrapeInterval: "5s", retention: "90d" }], ["hub-prod", { scrapeInterval: "1m" }]] as const) {
    it(`${name}: prometheus.yml and the alert rules pass promtool check`, () => {
      const env = withMetrics(name, metrics);
      const { config, rules } = configInFolder(env);
      const c = run("promtool", ["check", "config", config]);
      expect(c.status, c.out).toBe(0);
      expect(c.out).toMatch(/SUCCESS: 1 rule files found/);
      const r = run("promtool", ["check", "rules", rules]);
      expect(r.status, r.out).toBe(0);
      expect(r.out).toMatch(/SUCCESS: 5 rules found/);
    });
  }

  it("the file the role writes is what was checked (only the paths differ)", () => {
    const env = withMetrics("local");
    const written = renderManagedFile(metricsFiles(env, provisioned(env), "bastion").config);
    expect(written).toMatch(/^ {2}- "\/etc\/prometheus\/hubstack-rules\.yml"$/m);
    expect(written).toMatch(/credentials_file: "\/etc\/prometheus\/hub-api-token"/);
    expect(written).not.toContain(TOKEN);
    expect(metricsFiles(env, provisioned(env), "bastion").config.validate).toEqual(["promtool", "check", "config", "{}"]);
  });

  it("the alert rules fire as meant (promtool test rules: a full disk, a silent hub, an old backup)", () => {
    const { dir, rules } = configInFolder(withMetrics("local"));
    const day = 86_400;
    const tests = {
      rule_files: [rules],
      evaluation_interval: "1m",
      tests: [
        {
          interval: "1m",
          input_series: [
            { series: 'node_filesystem_avail_bytes{host="nfs",mountpoint="/srv/data",fstype="ext4"}', values: "10x30" },
            { series: 'node_filesystem_size_bytes{host="nfs",mountpoint="/srv/data",fstype="ext4"}', values: "100x30" },
            { series: 'node_filesystem_avail_bytes{host="hub",mountpoint="/home",fstype="nfs4"}', values: "1x30" },
            { series: 'node_filesystem_size_bytes{host="hub",mountpoint="/home",fstype="nfs4"}', values: "100x30" },
            { series: 'up{job="jupyterhub",host="hub"}', values: "1 1 0x10" },
            { series: `${BACKUP_SUCCESS_METRIC}{host="nfs"}`, values: `${-3 * day}x30` },
            { series: `${BACKUP_SUCCESS_METRIC}{host="hub"}`, values: "0x30" },
          ],
          alert_rule_test: [
            // 90% full on ext4 fires after 10 minutes; the hub's NFS view of the same export never does.
            { eval_time: "15m", alertname: "HubstackDiskFull", exp_alerts: [{ exp_labels: { severity: "warning", host: "nfs", mountpoint: "/srv/data", fstype: "ext4" }, exp_annotations: { summary: "/srv/data on nfs is 90% full (alert above 85%)" } }] },
            { eval_time: "5m", alertname: "HubstackHubDown", exp_alerts: [] },
            { eval_time: "8m", alertname: "HubstackHubDown", exp_alerts: [{ exp_labels: { severity: "critical", job: "jupyterhub", host: "hub" }, exp_annotations: { summary: "JupyterHub on hub has not answered /hub/metrics for 5m" } }] },
            // Only the host whose last success is older than two days (the hub's backup just succeeded, at time 0).
            { eval_time: "10m", alertname: "HubstackBackupTooOld", exp_alerts: [{ exp_labels: { severity: "warning", host: "nfs" }, exp_annotations: { summary: "the last successful backup of nfs is older than 2 days" } }] },
          ],
        },
      ],
    };
    const file = join(dir, "rules.test.yml");
    writeFileSync(file, JSON.stringify(tests));
    const r = run("promtool", ["test", "rules", file]);
    expect(r.status, r.out).toBe(0);
  });
});

describe("flags files", () => {
  it("node-exporter's and Prometheus's ARGS parse as one word list, addresses private and loopback", () => {
    const env = withMetrics("local");
    const hosts = provisioned(env);
    const node = writeTemp("/etc/default/prometheus-node-exporter", renderManagedFile(nodeExporterFiles(env, hosts, "hub").defaults));
    const prom = writeTemp("/etc/default/prometheus", renderManagedFile(metricsFiles(env, hosts, "bastion").defaults));
    for (const file of [node, prom]) expect(run("sh", ["-n", file]).status).toBe(0);
    const words = (file: string) => run("sh", ["-c", '. "$1"; set -f; for w in $ARGS; do echo "$w"; done', "sh", file]).stdout.trim().split("\n");
    expect(words(node)).toContain("--web.listen-address=10.70.0.11:9100");
    expect(words(prom)).toEqual(["--config.file=/etc/prometheus/prometheus.yml", "--web.listen-address=127.0.0.1:9090", "--storage.tsdb.retention.time=15d"]);
  });
});

describe("the other roles' files with metrics on", () => {
  for (const name of ["local", "hub-dev", "hub-prod"]) {
    it(`${name}: every host's nftables ruleset passes nft -c and opens the metrics ports to the bastion only`, () => {
      const env = withMetrics(name);
      const hosts = provisioned(env);
      const bastion = hosts.find((h) => h.name === bastionOf(env))!;
      for (const host of hosts) {
        const text = renderManagedFile(baseFiles(env, hosts, host.name).nftables);
        const r = run("nft", ["-c", "-f", writeTemp("/etc/nftables.conf", text)]);
        expect(r.status, `${r.out}\n${text}`).toBe(0);
        const rule = text.split("\n").find((l) => l.includes("dport { 9100"));
        if (host.name === bastion.name) expect(rule).toBeUndefined();
        else expect(rule?.trim()).toBe(`ip saddr { ${bastion.address} } tcp dport { ${host.roles.includes("proxy-tls") ? "9100, 9180" : "9100"} } accept`);
      }
    });
  }

  it("the Caddyfile with its metrics site passes caddy validate", () => {
    const env = withMetrics("local");
    const text = renderManagedFile(proxyTlsFiles(env, provisioned(env)).caddyfile);
    expect(text).toMatch(/^http:\/\/:9180 \{\n\tbind 10\.70\.0\.11\n\t@scraper \{\n\t\tremote_ip 10\.70\.0\.10\n\t\tpath \/hub\/metrics\n/m);
    const r = run("caddy", ["validate", "--adapter", "caddyfile", "--config", writeTemp("/etc/caddy/Caddyfile", text)]);
    expect(r.status, r.out).toBe(0);
  });

  it("jupyterhub_config.py: the hubstack-metrics service with read:metrics only, beside the idle culler or alone", () => {
    const load = `
import json, os, sys
from jupyterhub.app import JupyterHub
# JupyterHub's own loading: an append to a list the file never set applies to the trait's default.
app = JupyterHub()
app.load_config_file(os.path.basename(sys.argv[1]), path=os.path.dirname(sys.argv[1]))
print(json.dumps({"roles": app.load_roles, "services": app.services}))
`;
    const loader = writeTemp("/tmp/load.py", load);
    for (const cull of [3600, 0]) {
      const env = withMetrics("local", {}, (e) => (e.hub.jupyterhub.cullIdleSeconds = cull));
      const text = renderManagedFile(jupyterhubFiles(env, provisioned(env), GENERATED).config);
      const r = run(hubPython(), [loader, writeTemp("/etc/jupyterhub/jupyterhub_config.py", text)], { env: { HUBSTACK_METRICS_TOKEN: TOKEN } });
      expect(r.status, r.out).toBe(0);
      const loaded = JSON.parse(r.stdout) as { roles: { name: string; scopes: string[]; services: string[] }[]; services: { name: string; api_token?: string }[] };
      expect(loaded.roles.find((x) => x.name === "hubstack-metrics")).toEqual({ name: "hubstack-metrics", scopes: ["read:metrics"], services: ["hubstack-metrics"] });
      expect(loaded.services.find((s) => s.name === "hubstack-metrics")).toEqual({ name: "hubstack-metrics", api_token: TOKEN });
      expect(loaded.services.some((s) => s.name === "idle-culler")).toBe(cull > 0);
      expect(text).not.toContain(TOKEN);
    }
    const env = withMetrics("local");
    expect(renderManagedFile(jupyterhubFiles(env, provisioned(env), GENERATED).hubEnv)).toContain(`HUBSTACK_METRICS_TOKEN=${TOKEN}`);
  });
});

describe("Prometheus and node-exporter for real, on loopback", () => {
  const children: ChildProcess[] = [];
  afterAll(() => {
    for (const c of children) c.kill("SIGKILL");
  });

  const freePort = () =>
    new Promise<number>((resolve, reject) => {
      const server = createServer();
      server.once("error", reject);
      server.listen(0, "127.0.0.1", () => {
        const { port } = server.address() as { port: number };
        server.close(() => resolve(port));
      });
    });

  const start = (cmd: string, args: string[]) => {
    const child = spawn(cmd, args, { stdio: ["ignore", "ignore", "pipe"] });
    let log = "";
    child.stderr!.on("data", (d: Buffer) => (log = (log + d.toString()).slice(-4000)));
    children.push(child);
    return () => log;
  };

  async function until<T>(what: string, probe: () => Promise<T | undefined>, seconds: number, log: () => string): Promise<T> {
    const deadline = Date.now() + seconds * 1000;
    for (;;) {
      const value = await probe().catch(() => undefined);
      if (value !== undefined) return value;
      if (Date.now() > deadline) throw new Error(`${what} within ${seconds} s; log:\n${log()}`);
      await new Promise((r) => setTimeout(r, 250));
    }
  }

  it("hubstack's configuration scrapes a node-exporter (up), misses a silent one (down) and fires the backup-age alert", async () => {
    const [exporterPort, silentPort, promPort] = [await freePort(), await freePort(), await freePort()];
    const env = withMetrics("local", { scrapeInterval: "1s" });
    // The textfile folder, with a backup that last succeeded three days ago (what the backup service writes).
    const textfiles = mkdtempSync(join(SCRATCH, "textfile-"));
    writeFileSync(join(textfiles, "hubstack-backup.prom"), `# TYPE ${BACKUP_SUCCESS_METRIC} gauge\n${BACKUP_SUCCESS_METRIC} ${Math.floor(Date.now() / 1000) - 3 * 86_400}\n`);
    const exporterLog = start("prometheus-node-exporter", [`--web.listen-address=127.0.0.1:${exporterPort}`, `--collector.textfile.directory=${textfiles}`]);
    const { dir, config } = configInFolder(env, {
      nodes: [{ host: "nfs", target: `127.0.0.1:${exporterPort}` }, { host: "gone", target: `127.0.0.1:${silentPort}` }],
      hub: false,
      self: `127.0.0.1:${promPort}`,
    });
    mkdirSync(join(dir, "data"));
    const promLog = start("prometheus", [`--config.file=${config}`, `--web.listen-address=127.0.0.1:${promPort}`, `--storage.tsdb.path=${join(dir, "data")}`, "--storage.tsdb.retention.time=1d"]);
    const api = async (path: string) => {
      const res = await fetch(`http://127.0.0.1:${promPort}${path}`);
      return res.ok ? res.text() : undefined;
    };
    const log = () => `prometheus:\n${promLog()}\nnode-exporter:\n${exporterLog()}`;
    const targets = await until(
      "both node targets scraped",
      async () => {
        const t = parseTargets((await api("/api/v1/targets?state=active"))!);
        return t.filter((x) => x.job === "node" && x.health !== "unknown").length === 2 ? t : undefined;
      },
      25,
      log,
    );
    expect(targets.find((t) => t.host === "nfs")).toMatchObject({ job: "node", health: "up" });
    expect(targets.find((t) => t.host === "gone")).toMatchObject({ job: "node", health: "down", lastError: expect.stringMatching(/connection refused/) });
    const alerts = await until(
      "the backup-age alert firing, the node-down one pending",
      async () => {
        const a = parseAlerts((await api("/api/v1/alerts"))!);
        const firing = a.some((x) => x.name === "HubstackBackupTooOld" && x.state === "firing");
        return firing && a.some((x) => x.name === "HubstackNodeDown") ? a : undefined;
      },
      20,
      log,
    );
    expect(alerts.find((a) => a.name === "HubstackBackupTooOld")).toMatchObject({ state: "firing", host: "nfs", severity: "warning", summary: "the last successful backup of nfs is older than 2 days" });
    // The silent target's alert waits its 5 minutes: pending, not firing.
    expect(alerts.find((a) => a.name === "HubstackNodeDown")).toMatchObject({ state: "pending", host: "gone" });
  }, 60_000);
});
