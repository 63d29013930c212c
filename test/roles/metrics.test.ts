/**
 * The metrics roles on fake hosts: given to every host (node-exporter) and to the bastion (metrics) from the
 * metrics section, in the order that lets promtool check real files, the token a secret that never shows.
 */
import { describe, expect, it } from "vitest";
import { withMetricsRoles } from "../../environment/metrics.js";
import { MetricsSettings, type Environment } from "../../environment/schema.js";
import type { TargetHost } from "../../provisioners/engine/hosts.js";
import { SETTLED_EXACT, SETTLED_HOST, failures, fakeHost, operation, operationsOf, plan, targetHosts, variant } from "./helpers.js";

const TOKEN = "9".repeat(64);
const env = variant("local", (e) => (e.metrics = { ...MetricsSettings.parse({}), apiToken: TOKEN }));
/** The hosts as the provisioning phase hands them over: the metrics roles added (provisioners/phase.ts). */
const hostsOf = (e: Environment): TargetHost[] => targetHosts(e).map((h) => ({ ...h, roles: withMetricsRoles(e, h.name, h.roles) }));
const b64 = (s: string) => Buffer.from(s).toString("base64");
const key = (name: string, ...args: unknown[]) => `${name}:${JSON.stringify(args)}`;

describe("metrics roles", () => {
  it("plan on fresh hosts in check mode and apply on settled ones, with no failure", async () => {
    const checked = await plan(env, { hosts: hostsOf(env) });
    expect(failures(checked.report)).toBe("");
    const applied = await plan(env, { hosts: hostsOf(env), check: false, connector: () => fakeHost(SETTLED_HOST, SETTLED_EXACT) });
    expect(failures(applied.report)).toBe("");
    expect(applied.report.ok).toBe(true);
  });

  it("node-exporter on every host: installed without starting, configured, then started", async () => {
    const { report } = await plan(env, { hosts: hostsOf(env) });
    for (const host of ["bastion", "hub", "nfs"]) {
      expect(operationsOf(report, host, "node-exporter")).toEqual([
        "apt.packages present prometheus-node-exporter (services not started)",
        "files.directory /var/lib/prometheus/node-exporter",
        "files.template /etc/default/prometheus-node-exporter",
        "systemd.service prometheus-node-exporter.service started enabled",
      ]);
    }
    expect(report.hosts.find((h) => h.name === "hub")!.roles.map((r) => r.name)).not.toContain("metrics");
  });

  it("Prometheus on the bastion: the token and the rules before the configuration that names them, the flags last", async () => {
    const { report } = await plan(env, { hosts: hostsOf(env) });
    expect(operationsOf(report, "bastion", "metrics")).toEqual([
      "apt.packages present curl prometheus (services not started)",
      "files.file /etc/prometheus/hub-api-token",
      "files.template /etc/prometheus/hubstack-rules.yml",
      "files.template /etc/prometheus/prometheus.yml",
      "files.template /etc/default/prometheus",
      "systemd.service prometheus.service started enabled",
    ]);
  });

  it("the token reaches the bastion (root:prometheus, 0640) and the hub's environment file, and is never shown", async () => {
    const generated = {
      [key("files.content", "/var/lib/hubstack/secrets/jupyterhub-proxy-token")]: `present\n${b64(`${"a".repeat(64)}\n`)}`,
      [key("files.content", "/var/lib/hubstack/secrets/jupyterhub-cookie-secret")]: `present\n${b64(`${"b".repeat(64)}\n`)}`,
    };
    const { report, connectors } = await plan(env, { hosts: hostsOf(env), check: false, connector: () => fakeHost(SETTLED_HOST, { ...SETTLED_EXACT, ...generated }) });
    expect(failures(report)).toBe("");
    expect(operation(report, "bastion", "metrics", "files.file /etc/prometheus/hub-api-token").commands).toEqual([
      expect.stringMatching(/^write \/etc\/prometheus\/hub-api-token \(\d+ bytes, owner root, group prometheus, mode 0640, secret\)$/),
    ]);
    expect(JSON.stringify(report)).not.toContain(TOKEN);
    const uploaded = (host: string) =>
      [...connectors.get(host)!.scripts.join("\n").matchAll(/<<'(HUBSTACK_EOF_\w+)'\n([\s\S]*?)\1/g)].map((m) => Buffer.from(m[2]!.replace(/\n/g, ""), "base64").toString());
    expect(uploaded("hub").some((text) => text.includes(`HUBSTACK_METRICS_TOKEN=${TOKEN}`))).toBe(true);
    expect(uploaded("bastion").some((text) => text === `${TOKEN}\n`)).toBe(true);
  });

  it("without the section nothing of it is planned, and the hub's files name no metrics", async () => {
    const plain = variant("local", () => {});
    const { report } = await plan(plain, { hosts: hostsOf(plain) });
    expect(report.hosts.flatMap((h) => h.roles.map((r) => r.name))).not.toContain("node-exporter");
  });

  it("a missing token is named, not sent empty", async () => {
    const bare = variant("local", (e) => (e.metrics = MetricsSettings.parse({})));
    const { report } = await plan(bare, { hosts: hostsOf(bare) });
    expect(failures(report)).toMatch(/metrics\.apiToken: missing; the provisioning phase makes one/);
  });
});
