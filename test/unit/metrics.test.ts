/**
 * Metrics, the pure parts: the inventory's section (types, defaults, whole-environment checks), who gets which
 * role, what the bastion scrapes and who may reach the ports, the token made once on this machine, and the
 * reading of Prometheus's answers that `npm run check` prints.
 */
import { mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { checkEnvironment } from "../../environment/checks.js";
import { ensureMetricsToken, withMetricsToken } from "../../environment/keys.js";
import { HUB_METRICS_PORT, NODE_EXPORTER_PORT, exporterHosts, metricsPortsOf, prometheusHost, withMetricsRoles } from "../../environment/metrics.js";
import { EnvironmentFile, MetricsSettings, type Environment } from "../../environment/schema.js";
import { parsePrometheusDuration } from "../../environment/types.js";
import { formatMetricsReport, metricsProblems, parseAlerts, parseQueryOutput, parseTargets, prometheusQueryScript } from "../../health/metrics.js";
import { firewallVars, hostsFromEnvironment, type ProvisionedHost } from "../../provisioners/roles/base/template-vars.js";
import { prometheusConfigVars, prometheusDefaultsVars, scrapeTargets } from "../../provisioners/roles/metrics/template-vars.js";
import { nodeExporterDefaultsVars } from "../../provisioners/roles/node-exporter/template-vars.js";
import { caddyfileVars } from "../../provisioners/roles/proxy-tls/template-vars.js";
import { planHosts } from "../../stacks/topology.js";
import { load, variant } from "../support/environments.js";

const scratch = mkdtempSync(join(tmpdir(), "hubstack-metrics-"));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

const TOKEN = "f".repeat(64);
const withMetrics = (name = "local", metrics: Partial<MetricsSettings> = {}, change: (e: Environment) => void = () => {}) =>
  variant(name, (e) => {
    e.metrics = { ...MetricsSettings.parse({}), apiToken: TOKEN, ...metrics };
    change(e);
  });

/** The hosts as provisioning hands them to the roles: the inventory's addresses, the derived roles added. */
const provisioned = (env: Environment): ProvisionedHost[] =>
  hostsFromEnvironment(env).map((h) => ({ ...h, roles: withMetricsRoles(env, h.name, h.roles) as ProvisionedHost["roles"] }));

const findings = (env: Environment) => checkEnvironment(env, () => false).problems.map((p) => `${p.path.join(".")}: ${p.message}`);

describe("the metrics section", () => {
  it("defaults: on, 15 days kept, scraped every 30 s; absent means off", () => {
    expect(MetricsSettings.parse({})).toEqual({ enabled: true, retention: "15d", scrapeInterval: "30s" });
    expect(load("local").metrics).toBeUndefined();
    expect(prometheusHost(load("local"))).toBeUndefined();
  });

  it("durations as Prometheus reads them, refused otherwise", () => {
    expect(parsePrometheusDuration("15d")).toBe(15 * 86_400_000);
    expect(parsePrometheusDuration("1h30m")).toBe(5_400_000);
    expect(parsePrometheusDuration("500ms")).toBe(500);
    for (const bad of ["15", "15 days", "1.5h", "d", "-1d", "15D", "30s\n"]) {
      expect(MetricsSettings.safeParse({ retention: bad }).success, bad).toBe(false);
    }
    expect(MetricsSettings.safeParse({ scrapeInterval: "30m1h" }).error?.issues[0]?.message).toMatch(/not in decreasing order/);
    expect(MetricsSettings.safeParse({ retention: "0d" }).error?.issues[0]?.message).toMatch(/it is zero/);
    expect(MetricsSettings.safeParse({ apiToken: 'a"b' }).success).toBe(false);
  });

  it("is part of the environment file, strict like every section", () => {
    const base = { target: "local", hosts: { b: { roles: ["base", "bastion"], address: "10.70.0.10" } } };
    expect(EnvironmentFile.parse({ ...base, metrics: {} }).metrics?.enabled).toBe(true);
    expect(EnvironmentFile.safeParse({ ...base, metrics: { retenion: "15d" } }).success).toBe(false);
  });

  it("needs exactly one bastion, and durations Prometheus can work with", () => {
    expect(findings(withMetrics())).toEqual([]);
    const noBastion = withMetrics("local", {}, (e) => (e.hosts.bastion!.enabled = false));
    expect(findings(noBastion).join("\n")).toMatch(/^metrics: Prometheus runs on the bastion, and no enabled host has role bastion/m);
    const two = withMetrics("local", {}, (e) => (e.hosts.nfs!.roles = [...e.hosts.nfs!.roles, "bastion"]));
    expect(findings(two).join("\n")).toMatch(/2 hosts have role bastion \(bastion, nfs\)/);
    expect(findings(withMetrics("local", { scrapeInterval: "2s" })).join("\n")).toMatch(/^metrics\.scrapeInterval: a scrape interval from 5s to 5m/m);
    expect(findings(withMetrics("local", { scrapeInterval: "10m" })).join("\n")).toMatch(/^metrics\.scrapeInterval/m);
    expect(findings(withMetrics("local", { retention: "12h" })).join("\n")).toMatch(/^metrics\.retention: a retention of at least 1d/m);
    // Switched off: no bastion needed.
    expect(findings(withMetrics("local", { enabled: false }, (e) => (e.hosts.bastion!.enabled = false))).filter((f) => f.startsWith("metrics"))).toEqual([]);
  });

  it("refuses the derived roles in the inventory, with or without the section", () => {
    const env = variant("local", (e) => (e.hosts.hub!.roles = [...e.hosts.hub!.roles, "node-exporter"]));
    expect(findings(env)).toEqual([expect.stringMatching(/^hosts\.hub\.roles\.7: node-exporter is given by hubstack from the metrics section/)]);
  });

  it("refuses the placeholder where the token belongs", () => {
    expect(findings(withMetrics("local", { apiToken: "set-in-secrets" })).join("\n")).toMatch(/^metrics\.apiToken: still "set-in-secrets"/m);
  });
});

describe("who gets which role", () => {
  it("node-exporter on every enabled host, metrics on the bastion; nothing without the section or when switched off", () => {
    const env = withMetrics();
    expect(withMetricsRoles(env, "bastion", ["base", "bastion"])).toEqual(["base", "bastion", "node-exporter", "metrics"]);
    expect(withMetricsRoles(env, "hub", ["base", "jupyterhub"])).toEqual(["base", "jupyterhub", "node-exporter"]);
    expect(exporterHosts(withMetrics("local", {}, (e) => (e.hosts.nfs!.enabled = false)))).toEqual(["bastion", "hub"]);
    expect(withMetricsRoles(load("local"), "bastion", ["base", "bastion"])).toEqual(["base", "bastion"]);
    expect(withMetricsRoles(withMetrics("local", { enabled: false }), "hub", ["base"])).toEqual(["base"]);
  });

  it("the ports each host opens to the bastion: 9100 everywhere, 9180 on the hub, none on the bastion itself", () => {
    const env = withMetrics();
    expect(metricsPortsOf(env, "nfs")).toEqual([NODE_EXPORTER_PORT]);
    expect(metricsPortsOf(env, "hub")).toEqual([NODE_EXPORTER_PORT, HUB_METRICS_PORT]);
    expect(metricsPortsOf(env, "bastion")).toEqual([]);
    expect(metricsPortsOf(load("local"), "hub")).toEqual([]);
  });
});

describe("what the bastion scrapes, from the hosts", () => {
  it("every host's node-exporter and the hub's metrics listener, at their private addresses", () => {
    const env = withMetrics();
    expect(scrapeTargets(env, provisioned(env))).toEqual({
      nodes: [
        { host: "bastion", target: "10.70.0.10:9100" },
        { host: "hub", target: "10.70.0.11:9100" },
        { host: "nfs", target: "10.70.0.12:9100" },
      ],
      hub: { host: "hub", target: "10.70.0.11:9180" },
    });
  });

  it("the private address from the stack, not the public one, on a cloud; IPv6 in brackets", () => {
    const env = withMetrics("hub-dev");
    const hosts: ProvisionedHost[] = [
      { name: "bastion", address: "10.20.0.5", roles: ["base", "bastion", "metrics"] },
      { name: "hub", address: "2001:db8::11", roles: ["base", "jupyterhub", "proxy-tls"] },
      ...Object.keys(env.hosts).filter((n) => n !== "bastion" && n !== "hub").map((name, i) => ({ name, address: `10.20.0.${20 + i}`, roles: ["base" as const] })),
    ];
    const targets = scrapeTargets(env, hosts);
    expect(targets.hub).toEqual({ host: "hub", target: "[2001:db8::11]:9180" });
    expect(targets.nodes.find((n) => n.host === "bastion")?.target).toBe("10.20.0.5:9100");
  });

  it("no hub, no hub job", () => {
    const env = withMetrics("local", {}, (e) => (e.hosts.hub!.enabled = false));
    expect(scrapeTargets(env, provisioned(env)).hub).toBe(false);
  });

  it("a scrape timeout within the interval, the retention and loopback-only flags", () => {
    const env = withMetrics("local", { scrapeInterval: "5s", retention: "30d" });
    const vars = prometheusConfigVars(env, provisioned(env), "bastion");
    expect([vars.scrapeInterval, vars.scrapeTimeout]).toEqual(["5s", "5s"]);
    expect(prometheusConfigVars(withMetrics(), provisioned(withMetrics()), "bastion").scrapeTimeout).toBe("10s");
    expect(prometheusDefaultsVars(env, "bastion").args).toEqual([
      "--config.file=/etc/prometheus/prometheus.yml",
      "--web.listen-address=127.0.0.1:9090",
      "--storage.tsdb.retention.time=30d",
    ]);
  });

  it("node-exporter listens on the host's private address only", () => {
    const env = withMetrics();
    expect(nodeExporterDefaultsVars(env, provisioned(env), "nfs").args[0]).toBe("--web.listen-address=10.70.0.12:9100");
  });
});

describe("who may reach the metrics ports", () => {
  it("the host firewall opens them to the bastion's private address, and to no one without the section", () => {
    const env = withMetrics();
    const hosts = provisioned(env);
    expect(firewallVars(env, hosts, "hub").metrics).toEqual({ from4: ["10.70.0.10"], from6: [], ports: [9100, 9180] });
    expect(firewallVars(env, hosts, "nfs").metrics).toEqual({ from4: ["10.70.0.10"], from6: [], ports: [9100] });
    expect(firewallVars(env, hosts, "bastion").metrics).toBe(false);
    expect(firewallVars(env, hosts, "hub").publicTcp).toEqual([80, 443]);
    expect(firewallVars(load("local"), hostsFromEnvironment(load("local")), "hub").metrics).toBe(false);
  });

  it("Caddy's metrics site binds the hub's private address and admits the bastion only", () => {
    const env = withMetrics();
    expect(caddyfileVars(env, provisioned(env)).metrics).toEqual({ address: "10.70.0.11", port: 9180, scraper: "10.70.0.10" });
    expect(caddyfileVars(load("local")).metrics).toBe(false);
    expect(() => caddyfileVars(env)).toThrow(/hosts .* were not given/);
  });

  it("on OpenStack, security groups open the same ports from the bastion only", () => {
    const env = withMetrics("hub-dev");
    const plans = planHosts(env);
    const hub = plans.find((p) => p.isHub)!;
    expect(hub.metricsFrom).toEqual({ host: "bastion", tcpPorts: [9100, 9180] });
    expect(plans.find((p) => p.isBastion)!.metricsFrom).toBeUndefined();
    expect(planHosts(load("hub-dev")).every((p) => p.metricsFrom === undefined)).toBe(true);
  });
});

describe("the metrics API token", () => {
  it("is made once on this machine, owner-only, and kept", async () => {
    const dir = join(scratch, "state-a");
    const first = await ensureMetricsToken(dir);
    expect(first).toMatch(/^[0-9a-f]{64}$/);
    expect(await ensureMetricsToken(dir)).toBe(first);
    const file = join(dir, "metrics", "hub-api-token");
    expect(statSync(file).mode & 0o777).toBe(0o600);
    expect(statSync(join(dir, "metrics")).mode & 0o777).toBe(0o700);
    writeFileSync(file, "garbage\n");
    expect(await ensureMetricsToken(dir)).not.toBe(first);
    expect(readFileSync(file, "utf8")).toMatch(/^[0-9a-f]{64}\n$/);
  });

  it("the secrets file's wins; none is made without metrics; a made one is a secret of the environment", async () => {
    const given = withMetrics();
    expect(await withMetricsToken(given, join(scratch, "state-b"))).toBe(given);
    const off = load("local");
    expect(await withMetricsToken(off, join(scratch, "state-c"))).toBe(off);
    const bare = variant("local", (e) => (e.metrics = MetricsSettings.parse({})));
    const live = await withMetricsToken(bare, join(scratch, "state-d"));
    expect(live.metrics?.apiToken).toMatch(/^[0-9a-f]{64}$/);
    expect(live.secrets).toContain(live.metrics?.apiToken);
  });
});

const TARGETS = JSON.stringify({
  status: "success",
  data: {
    activeTargets: [
      { labels: { instance: "10.70.0.12:9100", job: "node", host: "nfs" }, scrapePool: "node", health: "down", lastError: 'Get "http://10.70.0.12:9100/metrics": dial tcp 10.70.0.12:9100: connect: connection refused' },
      { labels: { instance: "10.70.0.11:9180", job: "jupyterhub", host: "hub" }, scrapePool: "jupyterhub", health: "up", lastError: "" },
      { labels: { instance: "10.70.0.10:9100", job: "node", host: "bastion" }, scrapePool: "node", health: "up", lastError: "" },
      { labels: { instance: "127.0.0.1:9090", job: "prometheus" }, scrapePool: "prometheus", health: "unknown", lastError: "" },
    ],
    droppedTargets: [],
  },
});

const ALERTS = JSON.stringify({
  status: "success",
  data: {
    alerts: [
      { labels: { alertname: "HubstackMemoryLow", host: "hub", severity: "warning" }, annotations: { summary: "hub has 8% of its memory available (alert below 10%)" }, state: "pending", activeAt: "2026-12-07T01:00:00Z", value: "8e+00" },
      { labels: { alertname: "HubstackDiskFull", host: "nfs", mountpoint: "/srv/data", severity: "warning" }, annotations: { summary: "/srv/data on nfs is 91% full (alert above 85%)" }, state: "firing", activeAt: "2026-12-07T00:00:00Z", value: "9.1e+01" },
    ],
  },
});

describe("Prometheus's answers, as `npm run check` reads them", () => {
  it("targets: job, host, health and the error of those down, sorted", () => {
    expect(parseTargets(TARGETS)).toEqual([
      { job: "jupyterhub", host: "hub", instance: "10.70.0.11:9180", health: "up" },
      { job: "node", host: "bastion", instance: "10.70.0.10:9100", health: "up" },
      { job: "node", host: "nfs", instance: "10.70.0.12:9100", health: "down", lastError: expect.stringContaining("connection refused") },
      { job: "prometheus", host: "127.0.0.1:9090", instance: "127.0.0.1:9090", health: "unknown" },
    ]);
  });

  it("alerts: firing first, with severity, host and summary", () => {
    const alerts = parseAlerts(ALERTS);
    expect(alerts.map((a) => [a.name, a.state, a.host])).toEqual([
      ["HubstackDiskFull", "firing", "nfs"],
      ["HubstackMemoryLow", "pending", "hub"],
    ]);
    expect(alerts[0]).toMatchObject({ severity: "warning", summary: "/srv/data on nfs is 91% full (alert above 85%)" });
  });

  it("problems: targets not up and firing alerts, not pending ones", () => {
    const report = { targets: parseTargets(TARGETS), alerts: parseAlerts(ALERTS) };
    const problems = metricsProblems(report);
    expect(problems).toHaveLength(3);
    expect(problems.join("\n")).toMatch(/target node on nfs \(10\.70\.0\.12:9100\) is down: .*connection refused/);
    expect(problems.join("\n")).toMatch(/alert HubstackDiskFull is firing \(warning\): \/srv\/data on nfs is 91% full/);
    expect(problems.join("\n")).not.toMatch(/MemoryLow/);
    const lines = formatMetricsReport(report);
    expect(lines[0]).toBe("Metrics: 2 of 4 targets up, 1 alert(s) firing");
    expect(lines).toContainEqual(expect.stringMatching(/^ {2}pending HubstackMemoryLow \[warning\]/));
    expect(metricsProblems({ targets: [], alerts: [] })).toEqual([]);
  });

  it("both answers from one script's output; errors and half answers say what came", () => {
    const report = parseQueryOutput(`${TARGETS}\n#hubstack-metrics-separator\n${ALERTS}\n`);
    expect(report.targets).toHaveLength(4);
    expect(report.alerts).toHaveLength(2);
    expect(prometheusQueryScript()).toContain("http://127.0.0.1:9090/api/v1/alerts");
    expect(() => parseQueryOutput(TARGETS)).toThrow(/incomplete/);
    expect(() => parseTargets('{"status":"error","errorType":"bad_data","error":"boom"}')).toThrow(/with an error: boom/);
    expect(() => parseAlerts("<html>")).toThrow(/not JSON: <html>/);
    expect(parseAlerts('{"status":"success","data":{"alerts":[]}}')).toEqual([]);
  });
});
