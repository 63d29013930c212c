/**
 * Every shipped OpenStack environment of inventory/, loaded by the real loader and synthesized by the
 * real entry point: it checks against the provider schema, keeps the security promises, leaks no
 * secret, synthesizes quickly, and matches its snapshot.
 */
import { randomBytes } from "node:crypto";
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { DEFAULT_INVENTORY_DIR, listEnvironmentFiles, loadEnvironment } from "../../environment/load.js";
import type { Environment } from "../../environment/schema.js";
import { stateBackendFor } from "../../terraform/backend.js";
import { projectPaths } from "../../terraform/paths.js";
import { stackFile, synthEnvironment } from "../../stacks/main.js";
import type { HostsOutput } from "../../environment/hosts.js";
import { checked, FAKE_PUBLIC_KEY, resources, withoutMetadata, type TfJson } from "./helpers.js";

const WORLD = ["0.0.0.0/0", "::/0"];

const outdir = mkdtempSync(join(tmpdir(), "hubstack-synth-"));
afterAll(() => rmSync(outdir, { recursive: true, force: true }));

/** A CI environment gets a fresh random suffix on every run, as it does in real life. */
const ciName = (base: string) => `${base}-${randomBytes(4).toString("hex")}`;
const openstackEnvironments = listEnvironmentFiles().filter((name) => loadEnvironment(name).target === "openstack");

function load(name: string, inventoryDir = DEFAULT_INVENTORY_DIR): Environment {
  const env = loadEnvironment(name, { inventoryDir });
  return env.ci.randomName ? loadEnvironment(ciName(name), { inventoryDir }) : env;
}

function synth(env: Environment): { json: TfJson; text: string; ms: number } {
  const started = performance.now();
  // The run layer's own backend decision, for a project rooted at /hubstack.
  synthEnvironment(env, outdir, { stateBackend: stateBackendFor(env, projectPaths("/hubstack")), sshPublicKey: FAKE_PUBLIC_KEY });
  const ms = performance.now() - started;
  const text = readFileSync(stackFile(outdir, env.name), "utf8");
  return { json: JSON.parse(text) as TfJson, text, ms };
}

const rules = (json: TfJson) => resources(json, "openstack_networking_secgroup_rule_v2");
const covers = (rule: Record<string, any>, port: number) => rule.port_range_min <= port && port <= rule.port_range_max;
/** Security group reference → the host it belongs to (groups are named <env>-<host>). */
function groupOwners(json: TfJson, env: Environment): Map<string, string> {
  return new Map(
    Object.entries(json.resource?.openstack_networking_secgroup_v2 ?? {}).map(([id, body]) => [
      `\${openstack_networking_secgroup_v2.${id}.id}`,
      String(body.name).slice(env.name.length + 1),
    ]),
  );
}

it("ships the OpenStack environments the project promises", () => {
  expect(openstackEnvironments).toEqual(expect.arrayContaining(["clavius", "hub-ci", "hub-dev", "hub-prod"]));
});

describe.each(openstackEnvironments)("inventory/%s.yaml", (name) => {
  const env = load(name);
  const { json, text, ms } = synth(env);
  const hubs = Object.entries(env.hosts).filter(([, h]) => h.enabled && h.roles.includes("jupyterhub")).map(([host]) => host);
  const owners = groupOwners(json, env);

  // Synth runs before every plan; its time is reported here, never asserted (timings belong to benchmarks).
  console.log(`synth ${env.name}: ${ms.toFixed(0)} ms`);

  it("checks against the provider schema: every resource, data source and the provider block", () => {
    checked(json);
    expect(Object.keys(json.resource ?? {}).length).toBeGreaterThan(0);
  });

  it("opens 22 only to the configured admin CIDRs (or to other hosts' groups)", () => {
    const sshFromAddresses = rules(json).filter((r) => covers(r, 22) && r.remote_ip_prefix !== undefined);
    expect(sshFromAddresses.length).toBeGreaterThan(0);
    for (const rule of sshFromAddresses) expect(env.openstack!.adminCidrs).toContain(rule.remote_ip_prefix);
    // The world only if an admin wrote it down.
    const world = sshFromAddresses.filter((r) => WORLD.includes(r.remote_ip_prefix));
    for (const rule of world) expect(env.openstack!.adminCidrs).toContain(rule.remote_ip_prefix);
  });

  it("opens ports to the world only for the hub's web server", () => {
    for (const rule of rules(json).filter((r) => WORLD.includes(r.remote_ip_prefix) && !env.openstack!.adminCidrs.includes(r.remote_ip_prefix))) {
      expect([80, 443]).toContain(rule.port_range_min);
      expect(rule.port_range_max).toBe(rule.port_range_min);
      expect(hubs).toContain(owners.get(rule.security_group_id));
    }
  });

  it("lets only the hub reach NFS (2049, 111)", () => {
    for (const rule of rules(json).filter((r) => covers(r, 2049) || covers(r, 111))) {
      expect(rule.remote_ip_prefix).toBeUndefined();
      expect(hubs).toContain(owners.get(rule.remote_group_id));
    }
  });

  it("writes no rule without a protocol and a port range", () => {
    for (const rule of rules(json)) {
      expect(rule).toMatchObject({ direction: "ingress", protocol: expect.stringMatching(/^(tcp|udp)$/) });
      expect(rule.port_range_min).toBeGreaterThan(0);
    }
  });

  it("puts every instance on its own port, behind a security group", () => {
    const ports = json.resource?.openstack_networking_port_v2 ?? {};
    for (const instance of resources(json, "openstack_compute_instance_v2")) {
      const portId = /^\$\{openstack_networking_port_v2\.(\w+)\.id\}$/.exec(instance.network?.[0]?.port)?.[1];
      expect(ports[portId!]?.security_group_ids).toHaveLength(1);
    }
  });

  it("uses the networking API for floating IPs, never the removed compute association", () => {
    expect(json.resource?.openstack_compute_floatingip_associate_v2).toBeUndefined();
    const floating = Object.values(env.hosts).filter((h) => h.enabled && h.floatingIp).length;
    expect(resources(json, "openstack_networking_floatingip_associate_v2")).toHaveLength(floating);
  });

  it("publishes every enabled host in the hosts output", () => {
    const hosts = json.output!.hosts!.value as HostsOutput;
    const enabled = Object.entries(env.hosts).filter(([, h]) => h.enabled).map(([host]) => host);
    expect(Object.keys(hosts).sort()).toEqual(enabled.sort());
    for (const host of Object.values(hosts)) expect(host).toMatchObject({ sshUser: env.ssh.user, address: expect.stringMatching(/^\$\{/) });
  });

  it("keeps no credential in the provider block", () => {
    const provider = json.provider!.openstack[0] as Record<string, unknown>;
    expect(Object.keys(provider).filter((k) => !["cloud", "region"].includes(k))).toEqual([]);
  });

  it("matches its snapshot", () => {
    // A CI environment's random suffix differs on every run; everything else must not.
    const stable = text.replaceAll(env.name, env.name === env.baseName ? env.name : `${env.baseName}-<random>`);
    expect(withoutMetadata(JSON.parse(stable))).toMatchSnapshot();
  });
});

describe("secrets", () => {
  const FAKE_SECRETS = {
    clientId: `fake-client-id-${randomBytes(6).toString("hex")}`,
    clientSecret: `fake-client-secret-${randomBytes(6).toString("hex")}`,
    cookieSecret: `fake-cookie-secret-${randomBytes(16).toString("hex")}`,
    proxyAuthToken: `fake-proxy-token-${randomBytes(16).toString("hex")}`,
  };

  /** A copy of the inventory with `secrets/<env>.yaml` added. */
  function inventoryWithSecrets(env: string, yaml: string): string {
    const dir = mkdtempSync(join(outdir, "inventory-"));
    cpSync(DEFAULT_INVENTORY_DIR, dir, { recursive: true, filter: (src) => !src.includes("/secrets") });
    mkdirSync(join(dir, "secrets"), { recursive: true });
    writeFileSync(join(dir, "secrets", `${env}.yaml`), yaml, { mode: 0o600 });
    return dir;
  }

  it("leave no value from the secrets layer in the Terraform JSON", () => {
    // GIVEN hub-prod with its GitHub credentials and hub secrets in the secrets layer
    const dir = inventoryWithSecrets(
      "hub-prod",
      [
        "hub:",
        "  jupyterhub:",
        `    cookieSecret: ${FAKE_SECRETS.cookieSecret}`,
        `    proxyAuthToken: ${FAKE_SECRETS.proxyAuthToken}`,
        "    authenticator:",
        "      type: github",
        `      clientId: ${FAKE_SECRETS.clientId}`,
        `      clientSecret: ${FAKE_SECRETS.clientSecret}`,
      ].join("\n"),
    );
    const env = load("hub-prod", dir);
    expect(env.secrets).toEqual(expect.arrayContaining(Object.values(FAKE_SECRETS)));
    // WHEN it is synthesized
    const { text } = synth(env);
    // THEN none of them is anywhere in the file
    for (const secret of Object.values(FAKE_SECRETS)) expect(text).not.toContain(secret);
  });

  it("refuse to keep a stack that would carry one, without printing it", () => {
    // GIVEN a value the stack does use, placed in the secrets layer
    const pool = `pool-from-secrets-${randomBytes(4).toString("hex")}`;
    const env = load("hub-dev", inventoryWithSecrets("hub-dev", `openstack:\n  floatingIpPool: ${pool}\n`));
    // WHEN synthesized THEN it fails, says why, and leaves no file behind
    let message = "";
    try {
      synth(env);
    } catch (err) {
      message = (err as Error).message;
    }
    expect(message).toMatch(/refusing to write .*cdk\.tf\.json: it contained 1 value\(s\) from inventory\/secrets\/hub-dev\.yaml/);
    expect(message).not.toContain(pool);
    expect(existsSync(stackFile(outdir, env.name))).toBe(false);
  });
});

describe("synthEnvironment", () => {
  it("refuses an environment of another target", () => {
    const env = loadEnvironment("static-example");
    expect(() => synthEnvironment(env, outdir, { stateBackend: { kind: "local", path: "/x/terraform.tfstate" } })).toThrow(
      "stacks: environment static-example has target static, which has no infrastructure phase",
    );
  });

  it("says how to make the SSH key when it is missing", () => {
    const env = { ...loadEnvironment("hub-dev"), ssh: { user: "debian", privateKeyFile: "keys/no-such-key" } };
    expect(() => synthEnvironment(env, outdir, { stateBackend: { kind: "local", path: "/x/terraform.tfstate" } })).toThrow(
      "create the pair with `ssh-keygen -t ed25519 -N '' -f keys/no-such-key`",
    );
  });
});
