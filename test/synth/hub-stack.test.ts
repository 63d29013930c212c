/**
 * The whole OpenStack stack built from environments written in code: which rules, records, volumes
 * and outputs follow from which settings.
 */
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { parse as parseYaml } from "yaml";
import type { z } from "zod";
import type { Environment, HostSpec } from "../../environment/schema.js";
import { UsageError } from "../../environment/errors.js";
import { HubStack, NFS_PORTS, SSH_PORT } from "../../stacks/hub-stack.js";
import type { HostsOutput } from "../../environment/hosts.js";
import { Testing } from "../support/cdktf.js";
import { planHosts } from "../../stacks/topology.js";
import { keepDataTargets, machineAddresses } from "../../terraform/data-volumes.js";
import { HUB_IMAGE_OUTPUT, HUB_IMAGE_PROPERTY, HUB_IMAGE_PROPERTY_VALUE } from "../../stacks/image-properties.js";
import { testApp, checked, dataSources, environment, FAKE_PUBLIC_KEY, LOCAL_STATE, resource, resources, rulesOf, type TfJson } from "./helpers.js";

function synthHub(env: Environment): TfJson {
  const app = testApp();
  const stack = new HubStack(app, { env, stateBackend: LOCAL_STATE, sshPublicKey: FAKE_PUBLIC_KEY });
  return checked(JSON.parse(Testing.synth(stack)) as TfJson);
}

const hostsOutput = (json: TfJson) => json.output!.hosts!.value as HostsOutput;
const sshSources = (json: TfJson, group: string) =>
  rulesOf(json, group)
    .filter((r) => r.port_range_min === SSH_PORT.fromPort)
    .map((r) => r.remote_ip_prefix ?? r.remote_group_id.replace(/^\$\{openstack_networking_secgroup_v2\.(\w+?)_SecurityGroup_\w+\.id\}$/, "group:$1"));

type HostInput = z.input<typeof HostSpec>;
/** hub-dev's shape: a bastion with a work volume, a public hub behind it, a private NFS server. */
const threeHosts: Record<"bastion" | "hub" | "nfs", HostInput> = {
  bastion: { roles: ["base", "bastion"], flavor: "m1.small", floatingIp: true, dataVolumeGiB: 20 },
  hub: { roles: ["base", "nfs-client", "jupyterhub", "proxy-tls"], flavor: "m1.large", floatingIp: true, jumpHost: "bastion", dataVolumeGiB: 100 },
  nfs: { roles: ["base", "nfs-server"], flavor: "m1.medium", dataVolumeGiB: 200 },
};
const withPool = { network: { existing: "project-net" }, adminCidrs: ["198.51.100.0/24"], floatingIpPool: "public" };

describe("HubStack", () => {
  it("refuses an environment of another target", () => {
    const env = { ...environment({}), target: "local" as const };
    expect(() => synthHub(env)).toThrow('HubStack: env.target is "local" for environment test; HubStack builds target: openstack environments only');
  });

  it("with a bastion, opens 22 to the admins on the bastion only, and to the bastion everywhere else", () => {
    // GIVEN bastion, hub and nfs
    const json = synthHub(environment({ openstack: withPool, hosts: threeHosts }));
    // THEN
    expect(sshSources(json, "test-bastion")).toEqual(["198.51.100.0/24"]);
    expect(sshSources(json, "test-hub")).toEqual(["group:bastion"]);
    expect(sshSources(json, "test-nfs")).toEqual(["group:bastion"]);
  });

  it("without a bastion, opens 22 to the admins on every host, and to the jump host", () => {
    const json = synthHub(
      environment({
        openstack: { ...withPool, adminCidrs: ["198.51.100.0/24", "2001:db8:100::/48"] },
        hosts: { hub: { roles: ["base", "nfs-client", "jupyterhub"], flavor: "m1.large", floatingIp: true }, nfs: threeHosts.nfs },
      }),
    );
    expect(sshSources(json, "test-hub")).toEqual(["198.51.100.0/24", "2001:db8:100::/48"]);
    expect(sshSources(json, "test-nfs")).toEqual(["198.51.100.0/24", "2001:db8:100::/48", "group:hub"]);
    expect(hostsOutput(json).nfs!.jumpHost).toBe("hub");
  });

  it("opens NFS on the server to its clients' security group only", () => {
    const json = synthHub(environment({ openstack: withPool, hosts: threeHosts }));
    const nfsRules = rulesOf(json, "test-nfs").filter((r) => r.port_range_min !== SSH_PORT.fromPort);
    expect(nfsRules.map((r) => `${r.protocol}/${r.port_range_min}`).sort()).toEqual(NFS_PORTS.map(String).sort());
    expect(new Set(nfsRules.map((r) => r.remote_group_id))).toEqual(new Set([expect.stringContaining("hub_SecurityGroup")]));
    expect(nfsRules.every((r) => r.remote_ip_prefix === undefined)).toBe(true);
  });

  it("names volumes after their purpose: the bastion's work volume, the others' data volumes", () => {
    const json = synthHub(environment({ openstack: withPool, hosts: threeHosts }));
    expect(resources(json, "openstack_blockstorage_volume_v3").map((v) => [v.name, v.size]).sort()).toEqual([
      ["test-bastion-work", 20],
      ["test-hub-data", 100],
      ["test-nfs-data", 200],
    ]);
    expect(Object.keys(hostsOutput(json).bastion!.volumeIds)).toEqual(["work"]);
  });

  it("names its machines for rebuild, and its volumes as the data a destroy keeps", () => {
    const json = synthHub(environment({ openstack: withPool, hosts: threeHosts }));
    const dir = mkdtempSync(join(tmpdir(), "hubstack-machines-"));
    writeFileSync(join(dir, "cdk.tf.json"), JSON.stringify(json));
    const { addresses, unknown } = machineAddresses(dir, "test", ["hub", "nfs", "db"]);
    expect(addresses.hub).toMatch(/^openstack_compute_instance_v2\.hub_Instance_[0-9A-F]+$/);
    expect(addresses.nfs).toMatch(/^openstack_compute_instance_v2\.nfs_Instance_[0-9A-F]+$/);
    expect(unknown).toEqual(["db"]);
    const all = Object.entries(json.resource!).flatMap(([type, byId]) => Object.keys(byId as object).map((id) => ({ address: `${type}.${id}`, type })));
    const { kept, targets } = keepDataTargets(all);
    expect(kept).toHaveLength(3);
    expect(kept.every((a) => a.startsWith("openstack_blockstorage_volume_v3."))).toBe(true);
    // The attachments go with the machines; the volumes stay.
    expect(targets.filter((a) => a.startsWith("openstack_compute_volume_attach_v2."))).toHaveLength(3);
    expect(targets).toContain(addresses.hub);
    rmSync(dir, { recursive: true, force: true });
  });

  it("boots the hub from the hub image and the others from the base image, which may not replace them", () => {
    const json = synthHub(environment({ openstack: withPool, hosts: threeHosts }));
    const instance = (name: string) => resource(json, "openstack_compute_instance_v2", (i) => i.name === name);
    expect(instance("test-hub").image_id).toContain("openstack_images_image_ids_v2");
    // Only images hubstack built for a hub: the property, not merely the name prefix.
    expect(dataSources(json, "openstack_images_image_ids_v2")).toEqual([
      expect.objectContaining({ name_regex: "^hubstack-hub", properties: { [HUB_IMAGE_PROPERTY]: HUB_IMAGE_PROPERTY_VALUE } }),
    ]);
    expect(instance("test-hub").lifecycle.ignore_changes).toEqual(["user_data"]);
    expect(instance("test-nfs").image_id).toMatch(/^\$\{data\.openstack_images_image_v2\.\w+\.id\}$/);
    expect(instance("test-nfs").lifecycle.ignore_changes).toEqual(["user_data", "image_id"]);
  });

  it("publishes which image the hub boots, and whether that is the base image for want of a hubstack-built one", () => {
    const json = synthHub(environment({ openstack: withPool, hosts: threeHosts }));
    const hub = resource(json, "openstack_compute_instance_v2", (i) => i.name === "test-hub");
    const lookup = Object.keys(json.data!.openstack_images_image_ids_v2!)[0]!;
    expect(json.output![HUB_IMAGE_OUTPUT]!.value).toEqual({
      id: hub.image_id,
      fallback: `\${(0 == length(data.openstack_images_image_ids_v2.${lookup}.ids))}`,
      namePrefix: "hubstack-hub",
      baseImageName: "Debian 12",
      baseImageId: expect.stringMatching(/^\$\{data\.openstack_images_image_v2\.\w+\.id\}$/),
    });
  });

  it("publishes no hub image and looks none up when the environment has no hub", () => {
    const json = synthHub(environment({ openstack: withPool, hosts: { bastion: threeHosts.bastion } }));
    expect(json.output).not.toHaveProperty(HUB_IMAGE_OUTPUT);
    expect(dataSources(json, "openstack_images_image_ids_v2")).toEqual([]);
  });

  it("publishes the host inventory: addresses, roles, user, volumes, jump host", () => {
    const json = synthHub(environment({ openstack: withPool, hosts: threeHosts, ssh: { user: "ubuntu" } }));
    const hosts = hostsOutput(json);
    expect(Object.keys(hosts).sort()).toEqual(["bastion", "hub", "nfs"]);
    // The bastion is reached on its floating IP; the hub, though public, through the bastion.
    expect(hosts.bastion!.address).toBe(hosts.bastion!.publicAddress);
    expect(hosts.hub).toMatchObject({ name: "hub", address: hosts.hub!.privateAddress, jumpHost: "bastion", sshUser: "ubuntu", roles: ["base", "nfs-client", "jupyterhub", "proxy-tls"] });
    expect(hosts.hub!.publicAddress).toMatch(/openstack_networking_floatingip_v2/);
    expect(hosts.nfs).not.toHaveProperty("publicAddress");
    expect(hosts.nfs!.privateAddress).toMatch(/^\$\{openstack_compute_instance_v2\.nfs_Instance_\w+\.access_ip_v4\}$/);
  });

  it("injects each host's own SSH host key through its user data and publishes its public half for pinning", () => {
    const hostKeys = Object.fromEntries(
      ["bastion", "hub", "nfs"].map((n) => [n, { privateKey: `-----BEGIN OPENSSH PRIVATE KEY-----\nkey-of-${n}\n-----END OPENSSH PRIVATE KEY-----\n`, publicKey: `ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAA${n}` }]),
    );
    const app = testApp();
    const stack = new HubStack(app, { env: environment({ openstack: withPool, hosts: threeHosts }), stateBackend: LOCAL_STATE, sshPublicKey: FAKE_PUBLIC_KEY, hostKeys });
    const json = checked(JSON.parse(Testing.synth(stack)) as TfJson);
    for (const name of ["bastion", "hub", "nfs"]) {
      const userData = parseYaml(resource(json, "openstack_compute_instance_v2", (i) => i.name === `test-${name}`).user_data) as { ssh_keys: Record<string, string>; ssh_deletekeys: boolean };
      expect(userData.ssh_deletekeys).toBe(true);
      expect(userData.ssh_keys).toEqual({ ed25519_private: hostKeys[name]!.privateKey, ed25519_public: hostKeys[name]!.publicKey });
      expect(hostsOutput(json)[name]!.hostKey).toBe(hostKeys[name]!.publicKey);
    }
    // Without keys (a test's own synthesizer), nothing is injected and nothing claimed.
    const plain = synthHub(environment({ openstack: withPool, hosts: threeHosts }));
    expect(hostsOutput(plain).hub).not.toHaveProperty("hostKey");
  });

  it("leaves a disabled host out entirely", () => {
    const json = synthHub(environment({ openstack: withPool, hosts: { ...threeHosts, nfs: { ...threeHosts.nfs, enabled: false } } }));
    expect(Object.keys(hostsOutput(json)).sort()).toEqual(["bastion", "hub"]);
    expect(resources(json, "openstack_compute_instance_v2")).toHaveLength(2);
  });

  it("writes A records for every host, AAAA too on IPv6 networks, and one for hub.hostname", () => {
    const json = synthHub(
      environment({
        domain: "dev.example.org",
        openstack: { ...withPool, dns: { zone: "example.org.", ipv6: true } },
        hosts: threeHosts,
        hub: { hostname: "jupyter.example.org" },
      }),
    );
    const records = resources(json, "openstack_dns_recordset_v2").map((r) => `${r.type} ${r.name}`).sort();
    expect(records).toEqual([
      "A bastion.dev.example.org.",
      "A hub.dev.example.org.",
      "A jupyter.example.org.",
      "A nfs.dev.example.org.",
      "AAAA bastion.dev.example.org.",
      "AAAA hub.dev.example.org.",
      "AAAA jupyter.example.org.",
      "AAAA nfs.dev.example.org.",
    ]);
    // Public hosts are published with their floating IP, the others with their private address.
    const a = (name: string) => resource(json, "openstack_dns_recordset_v2", (r) => r.type === "A" && r.name === name).records;
    expect(a("hub.dev.example.org.")).toEqual([expect.stringMatching(/openstack_networking_floatingip_v2/)]);
    expect(a("nfs.dev.example.org.")).toEqual([expect.stringMatching(/access_ip_v4/)]);
  });

  it("refuses a domain or hub.hostname outside the DNS zone, as the user's mistake", () => {
    const env = environment({ domain: "dev.example.net", openstack: { ...withPool, dns: { zone: "example.org." } }, hosts: threeHosts });
    expect(() => synthHub(env)).toThrow(
      'domain "dev.example.net" puts bastion.dev.example.net outside openstack.dns.zone "example.org."; Designate can only name hosts inside the zone',
    );
    expect(() => synthHub(env)).toThrow(UsageError);
    const hostname = environment({ openstack: { ...withPool, dns: { zone: "test.example.org." } }, hosts: threeHosts, hub: { hostname: "hub.example.com" } });
    expect(() => synthHub(hostname)).toThrow('hub.hostname "hub.example.com" puts hub.example.com outside');
  });

  it("creates no key pair when the inventory names an existing one", () => {
    const json = synthHub(environment({ openstack: { ...withPool, keypairName: "team" }, hosts: threeHosts }));
    expect(resources(json, "openstack_compute_keypair_v2")).toEqual([]);
    expect(new Set(resources(json, "openstack_compute_instance_v2").map((i) => i.key_pair))).toEqual(new Set(["team"]));
  });

  it("authorizes the operator's and the present admins' keys in the user data, no one else's", () => {
    const json = synthHub(
      environment({
        openstack: withPool,
        hosts: threeHosts,
        admins: [
          { name: "ada", sshKeys: ["ssh-ed25519 AAAAada ada@example.org"] },
          { name: "bob", sshKeys: ["ssh-ed25519 AAAAbob bob@example.org"], present: false },
        ],
      }),
    );
    const userData: string = resource(json, "openstack_compute_instance_v2", (i) => i.name === "test-hub").user_data;
    expect(userData).toMatch(/^#cloud-config\n/);
    expect(userData).toContain(FAKE_PUBLIC_KEY);
    expect(userData).toContain("ssh-ed25519 AAAAada ada@example.org");
    expect(userData).not.toContain("AAAAbob");
    expect(userData).toContain('fqdn: "hub.test.example.org"');
  });

  it("creates a network, subnet and router when asked to, and the ports use its subnet", () => {
    const json = synthHub(
      environment({ openstack: { ...withPool, network: { create: { cidr: "10.30.0.0/24", externalNetwork: "ext" } } }, hosts: threeHosts }),
    );
    expect(resource(json, "openstack_networking_subnet_v2")).toMatchObject({ name: "test", cidr: "10.30.0.0/24" });
    expect(resources(json, "openstack_networking_port_v2").every((p) => p.fixed_ip?.[0]?.subnet_id?.includes("openstack_networking_subnet_v2"))).toBe(true);
  });

  it("configures the provider with the cloud and region, and nothing secret", () => {
    const json = synthHub(environment({ openstack: { ...withPool, cloud: "mycloud", region: "RegionTwo" }, hosts: threeHosts }));
    expect(json.provider!.openstack).toEqual([{ cloud: "mycloud", region: "RegionTwo" }]);
  });
});

describe("planHosts", () => {
  it("defaults a private host's jump host to the bastion", () => {
    const plans = planHosts(environment({ openstack: withPool, hosts: { ...threeHosts, hub: { ...threeHosts.hub, jumpHost: undefined, floatingIp: false } } }));
    expect(plans.find((p) => p.name === "hub")!.jumpHost).toBe("bastion");
    expect(plans.find((p) => p.name === "bastion")!.jumpHost).toBeUndefined();
  });

  it("refuses a jump host that is disabled", () => {
    const env = environment({ openstack: withPool, hosts: { ...threeHosts, bastion: { ...threeHosts.bastion, enabled: false } } });
    expect(() => planHosts(env)).toThrow('hosts.hub.jumpHost is "bastion", a host that is not enabled');
  });

  it("refuses hub.hostname when two hosts run jupyterhub", () => {
    const env = environment({ openstack: withPool, hosts: { a: { ...threeHosts.hub, jumpHost: undefined }, b: { ...threeHosts.hub, jumpHost: undefined } }, hub: { hostname: "hub.example.org" } });
    expect(() => planHosts(env)).toThrow('hub.hostname is "hub.example.org" but 2 hosts run jupyterhub (a, b)');
  });
});
