/**
 * Each L2 construct on its own: what it synthesizes (every stack checked against the provider
 * schema by synthScope), and the message a bad prop gets.
 */
import { describe, expect, it } from "vitest";
import { addStateBackend } from "../../stacks/backend.js";
import { Connections, Peer, Port, SecurityGroup } from "../../stacks/constructs/connections.js";
import { DnsZone, HostRecords } from "../../stacks/constructs/dns.js";
import { HostInstance, type HostInstanceProps } from "../../stacks/constructs/host-instance.js";
import { TerraformOutput } from "cdktf";
import { escapeRegex, HostImages } from "../../stacks/constructs/images.js";
import { HUB_IMAGE_PROPERTY, HUB_IMAGE_PROPERTY_VALUE } from "../../stacks/image-properties.js";
import { KeyPair } from "../../stacks/constructs/key-pair.js";
import { HubNetwork } from "../../stacks/constructs/network.js";
import type { TerraformStack } from "../support/cdktf.js";
import { dataSources, FAKE_PUBLIC_KEY, resource, resources, rulesOf, synthScope } from "./helpers.js";

/** A HostInstance on an existing network with an existing key pair, `overrides` applied. */
function host(stack: TerraformStack, id: string, overrides: Partial<HostInstanceProps> = {}): HostInstance {
  return new HostInstance(stack, id, {
    name: id,
    flavor: "m1.small",
    imageId: "image-id",
    network: HubNetwork.fromExisting(stack, `${id}-net`, "project-net"),
    keyPair: KeyPair.fromName("ops"),
    userData: "#cloud-config\n",
    ...overrides,
  });
}

describe("Connections", () => {
  it("writes an ingress rule from a CIDR, with the CIDR's ethertype", () => {
    // GIVEN a host WHEN it allows 22 from an IPv4 and an IPv6 range
    const json = synthScope((stack) => {
      const bastion = host(stack, "bastion");
      bastion.connections.allowFrom(Peer.cidr("198.51.100.0/24"), Port.tcp(22), "admins");
      bastion.connections.allowFrom(Peer.cidr("2001:db8::/48"), Port.tcp(22), "admins");
    });
    // THEN the bastion's group has exactly those two rules
    expect(rulesOf(json, "bastion").map((r) => [r.direction, r.ethertype, r.protocol, r.port_range_min, r.port_range_max, r.remote_ip_prefix])).toEqual([
      ["ingress", "IPv4", "tcp", 22, 22, "198.51.100.0/24"],
      ["ingress", "IPv6", "tcp", 22, 22, "2001:db8::/48"],
    ]);
  });

  it("writes a rule naming the other side's security group when allowing from a connectable", () => {
    const json = synthScope((stack) => {
      const bastion = host(stack, "bastion");
      host(stack, "hub").connections.allowFrom(bastion, Port.tcp(22), "ssh from bastion");
    });
    const [rule] = rulesOf(json, "hub");
    expect(rule).toMatchObject({ remote_group_id: expect.stringMatching(/^\$\{openstack_networking_secgroup_v2\.bastion_SecurityGroup_\w+\.id\}$/), port_range_min: 22 });
    expect(rule!.remote_ip_prefix).toBeUndefined();
  });

  it("adds a rule once however often it is asked for", () => {
    const json = synthScope((stack) => {
      const hub = host(stack, "hub");
      for (let i = 0; i < 3; i++) hub.connections.allowFrom(Peer.anyIpv4(), Port.tcp(443), "web");
    });
    expect(rulesOf(json, "hub")).toHaveLength(1);
  });

  it("opens every default port from the other side with allowDefaultPortFrom", () => {
    const json = synthScope((stack) => {
      const nfs = host(stack, "nfs", { defaultPorts: [Port.tcp(2049), Port.udp(2049)] });
      nfs.connections.allowDefaultPortFrom(host(stack, "hub"), "nfs from hub");
    });
    expect(rulesOf(json, "nfs").map((r) => `${r.protocol}/${r.port_range_min}`)).toEqual(["tcp/2049", "udp/2049"]);
  });

  it("refuses allowDefaultPortFrom on a resource without default ports", () => {
    expect(() =>
      synthScope((stack) => {
        host(stack, "hub").connections.allowDefaultPortFrom(Peer.anyIpv4(), "x");
      }),
    ).toThrow("Cannot call allowDefaultPortFrom(): security group hub has no default port");
  });

  it("rejects bad ports and CIDRs by value", () => {
    expect(() => Port.tcp(0)).toThrow("Port: fromPort must be an integer from 1 to 65535, got 0");
    expect(() => Port.udp(70000)).toThrow("got 70000");
    expect(() => Peer.cidr("198.51.100.7")).toThrow('Peer.cidr(): "198.51.100.7" is not a CIDR');
  });

  it("is usable on a bare security group too", () => {
    const json = synthScope((stack) => {
      const connections = new Connections({ securityGroup: new SecurityGroup(stack, "Group", { name: "extra" }) });
      connections.allowFrom(Peer.cidr("203.0.113.0/24"), Port.tcp(8080), "x");
    });
    expect(rulesOf(json, "extra")).toHaveLength(1);
  });
});

describe("HubNetwork", () => {
  it("creates a network, an IPv4 subnet and a router to the external network", () => {
    // GIVEN a new network WHEN synthesized
    const json = synthScope((stack) => {
      new HubNetwork(stack, "Network", { name: "hub-dev", cidr: "10.20.0.0/24", externalNetworkName: "public", dnsNameservers: ["9.9.9.9"] });
    });
    // THEN the pieces are there and wired together
    expect(resource(json, "openstack_networking_network_v2")).toMatchObject({ name: "hub-dev" });
    expect(resource(json, "openstack_networking_subnet_v2")).toMatchObject({ cidr: "10.20.0.0/24", ip_version: 4, dns_nameservers: ["9.9.9.9"] });
    const external = resource(json, "openstack_networking_router_v2").external_network_id;
    expect(external).toMatch(/^\$\{data\.openstack_networking_network_v2\.\w+\.id\}$/);
    expect(dataSources(json, "openstack_networking_network_v2")).toEqual([expect.objectContaining({ name: "public", external: true })]);
    expect(resources(json, "openstack_networking_router_interface_v2")).toHaveLength(1);
  });

  it("only looks up an existing network", () => {
    const json = synthScope((stack) => {
      HubNetwork.fromExisting(stack, "Network", "project-net");
    });
    expect(json.resource).toBeUndefined();
    expect(dataSources(json, "openstack_networking_network_v2")).toEqual([expect.objectContaining({ name: "project-net" })]);
  });

  it("names a bad prop and its value", () => {
    expect(() => synthScope((stack) => new HubNetwork(stack, "Network", { name: "n", cidr: "10.20.0.0", externalNetworkName: "public" }))).toThrow(
      'HubNetwork test/Network: cidr must be an IPv4 CIDR such as 10.20.0.0/24, got "10.20.0.0"',
    );
    expect(() => synthScope((stack) => new HubNetwork(stack, "Network", { name: "n", cidr: "10.0.0.0/24", externalNetworkName: "" }))).toThrow(
      "externalNetworkName must name the cloud's external network",
    );
  });
});

describe("HostImages", () => {
  it("takes the newest hubstack-built hub image (the property and the prefix), else the newest base image", () => {
    let images: HostImages | undefined;
    const json = synthScope((stack) => {
      images = new HostImages(stack, "Images", { hubImagePrefix: "hubstack-hub", baseImageName: "Debian 12" });
      host(stack, "hub", { imageId: images.hubImageId });
    });
    expect(dataSources(json, "openstack_images_image_v2")).toEqual([expect.objectContaining({ name: "Debian 12", most_recent: true })]);
    expect(dataSources(json, "openstack_images_image_ids_v2")).toEqual([
      expect.objectContaining({ name_regex: "^hubstack-hub", properties: { [HUB_IMAGE_PROPERTY]: "hub" }, sort: "created_at:desc" }),
    ]);
    // The fallback: the hub images' ids, then the base image's id; the first one wins.
    expect(resource(json, "openstack_compute_instance_v2").image_id).toMatch(
      /^\$\{element\(concat\(data\.openstack_images_image_ids_v2\.\w+\.ids, \[data\.openstack_images_image_v2\.\w+\.id\]\), 0\)\}$/,
    );
    // Whether it fell back, as Terraform booleans over the same lookup.
    const resolve = (value: unknown) => synthScope((stack) => void new TerraformOutput(stack, "o", { value })).output!.o!.value;
    expect(resolve(images!.hubImageFallback)).toMatch(/^\$\{\(0 == length\(data\.openstack_images_image_ids_v2\.Images_Hub_\w+\.ids\)\)\}$/);
    expect(resolve(images!.hubImageIsHubstackBuilt)).toMatch(/^\$\{\(0 < length\(data\.openstack_images_image_ids_v2\.Images_Hub_\w+\.ids\)\)\}$/);
  });

  it("never looks a hub image up by its name prefix alone", () => {
    const json = synthScope((stack) => {
      new HostImages(stack, "Images", { hubImagePrefix: "hubstack-hub", baseImageName: "Debian 12" });
    });
    const lookups = [...dataSources(json, "openstack_images_image_ids_v2"), ...dataSources(json, "openstack_images_image_v2")];
    const byName = lookups.filter((l) => l.name_regex !== undefined || (l.name !== undefined && l.name !== "Debian 12"));
    expect(byName).toHaveLength(1);
    expect(byName.every((l) => l.properties?.[HUB_IMAGE_PROPERTY] === HUB_IMAGE_PROPERTY_VALUE)).toBe(true);
  });

  it("looks up no hub image when there is no prefix", () => {
    let images: HostImages | undefined;
    const json = synthScope((stack) => {
      images = new HostImages(stack, "Images", { baseImageName: "Debian 12" });
    });
    expect(dataSources(json, "openstack_images_image_ids_v2")).toEqual([]);
    expect(images!.hubImageId).toBe(images!.baseImageId);
    expect(images!.hubImageFallback).toBe(true);
    expect(images!.hubImageIsHubstackBuilt).toBe(false);
  });

  it("matches the prefix literally", () => {
    expect(escapeRegex("hub.v2+(test)")).toBe("hub\\.v2\\+\\(test\\)");
  });

  it("names an empty image prop", () => {
    expect(() => synthScope((stack) => new HostImages(stack, "Images", { hubImagePrefix: " ", baseImageName: "Debian 12" }))).toThrow(
      'HostImages test/Images: hubImagePrefix must name an image, got " "',
    );
  });
});

describe("HostInstance", () => {
  it("boots on its own port, which carries its security group", () => {
    const json = synthScope((stack) => host(stack, "hub"));
    const port = resource(json, "openstack_networking_port_v2");
    expect(port.security_group_ids).toEqual([expect.stringMatching(/^\$\{openstack_networking_secgroup_v2\.hub_SecurityGroup_\w+\.id\}$/)]);
    const instance = resource(json, "openstack_compute_instance_v2");
    expect(instance.network).toEqual([{ port: expect.stringMatching(/^\$\{openstack_networking_port_v2\.hub_Port_\w+\.id\}$/) }]);
    expect(instance.security_groups).toBeUndefined();
  });

  it("adds and attaches a volume only when asked for one", () => {
    const json = synthScope((stack) => {
      host(stack, "bastion", { volumeGiB: 20, volumePurpose: "work" });
      host(stack, "hub");
    });
    expect(resources(json, "openstack_blockstorage_volume_v3")).toEqual([expect.objectContaining({ name: "bastion-work", size: 20 })]);
    expect(resources(json, "openstack_compute_volume_attach_v2")).toHaveLength(1);
  });

  it("exposes its volume ids by purpose", () => {
    let ids: Readonly<Record<string, string>> = {};
    synthScope((stack) => {
      ids = host(stack, "nfs", { volumeGiB: 200 }).volumeIds;
    });
    expect(Object.keys(ids)).toEqual([HostInstance.DEFAULT_VOLUME_PURPOSE]);
  });

  it("associates a floating IP with the instance's own port, after the router is up", () => {
    // GIVEN a host on a new network with a floating IP
    const json = synthScope((stack) => {
      const network = new HubNetwork(stack, "Network", { name: "n", cidr: "10.0.0.0/24", externalNetworkName: "public" });
      host(stack, "hub", { network, floatingIpPool: "public" });
    });
    // THEN the floating IP comes from the pool and goes to the port, through the networking API
    expect(resource(json, "openstack_networking_floatingip_v2")).toMatchObject({ pool: "public" });
    const association = resource(json, "openstack_networking_floatingip_associate_v2");
    expect(association.port_id).toMatch(/^\$\{openstack_networking_port_v2\.hub_Port_\w+\.id\}$/);
    expect(association.floating_ip).toMatch(/^\$\{openstack_networking_floatingip_v2\.\w+\.address\}$/);
    expect(association.depends_on).toEqual([expect.stringMatching(/^openstack_networking_router_interface_v2\./)]);
    expect(json.resource?.openstack_compute_floatingip_associate_v2).toBeUndefined();
    // AND the port takes its address from the new subnet
    expect(resource(json, "openstack_networking_port_v2").fixed_ip).toEqual([{ subnet_id: expect.stringMatching(/openstack_networking_subnet_v2/) }]);
  });

  it("ignores user data changes, and image changes when asked to", () => {
    const json = synthScope((stack) => {
      host(stack, "hub");
      host(stack, "nfs", { keepOnImageChange: true });
    });
    const ignored = (name: string) => resource(json, "openstack_compute_instance_v2", (i) => i.name === name).lifecycle.ignore_changes;
    expect(ignored("hub")).toEqual(["user_data"]);
    expect(ignored("nfs")).toEqual(["user_data", "image_id"]);
  });

  it.each([
    [{ name: "Hub_1" }, 'name must be a DNS label, got "Hub_1"'],
    [{ flavor: "" }, 'flavor must name a flavor, got ""'],
    [{ volumeGiB: 1.5 }, "volumeGiB must be a whole number of GiB (0 for none), got 1.5"],
    [{ floatingIpPool: "" }, 'floatingIpPool must name a pool, got ""'],
  ])("rejects %o", (overrides, message) => {
    expect(() => synthScope((stack) => host(stack, "hub", overrides))).toThrow(`HostInstance test/hub: ${message}`);
  });
});

describe("KeyPair", () => {
  it("creates a key pair from a public key", () => {
    const json = synthScope((stack) => new KeyPair(stack, "KeyPair", { name: "hub-dev", publicKey: `${FAKE_PUBLIC_KEY}\n` }));
    expect(resource(json, "openstack_compute_keypair_v2")).toEqual({ name: "hub-dev", public_key: FAKE_PUBLIC_KEY });
  });

  it("creates nothing for an existing key pair", () => {
    const json = synthScope((stack) => host(stack, "hub", { keyPair: KeyPair.fromName("team-key") }));
    expect(resources(json, "openstack_compute_keypair_v2")).toEqual([]);
    expect(resource(json, "openstack_compute_instance_v2").key_pair).toBe("team-key");
  });

  it("refuses what is not a public key", () => {
    expect(() => synthScope((stack) => new KeyPair(stack, "KeyPair", { name: "k", publicKey: "-----BEGIN OPENSSH PRIVATE KEY-----" }))).toThrow(
      'KeyPair test/KeyPair: publicKey must be an OpenSSH public key line, got "-----BEGIN OPENSSH PRIVATE KEY"',
    );
  });
});

describe("DnsZone and HostRecords", () => {
  it("looks the zone up and writes A and AAAA records with trailing-dot names", () => {
    const json = synthScope((stack) => {
      const zone = DnsZone.fromName(stack, "Zone", "example.org.");
      new HostRecords(stack, "hub", { zone, fqdn: "hub.dev.example.org.", ipv4Address: "203.0.113.5", ipv6Address: "2001:db8::5", ttlSeconds: 600 });
    });
    expect(dataSources(json, "openstack_dns_zone_v2")).toEqual([expect.objectContaining({ name: "example.org." })]);
    const records = resources(json, "openstack_dns_recordset_v2").sort((a, b) => a.type.localeCompare(b.type));
    expect(records.map((r) => [r.name, r.type, r.records, r.ttl])).toEqual([
      ["hub.dev.example.org.", "A", ["203.0.113.5"], 600],
      ["hub.dev.example.org.", "AAAA", ["2001:db8::5"], 600],
    ]);
  });

  it("writes only an A record without an IPv6 address, with the default TTL", () => {
    const json = synthScope((stack) => {
      new HostRecords(stack, "nfs", { zone: DnsZone.fromName(stack, "Zone", "example.org."), fqdn: "nfs.example.org.", ipv4Address: "10.0.0.5" });
    });
    expect(resource(json, "openstack_dns_recordset_v2")).toMatchObject({ type: "A", ttl: HostRecords.DEFAULT_TTL_SECONDS });
  });

  it("refuses names without the trailing dot or outside the zone", () => {
    const attempt = (zoneName: string, fqdn: string) => () =>
      synthScope((stack) => new HostRecords(stack, "r", { zone: DnsZone.fromName(stack, "Zone", zoneName), fqdn, ipv4Address: "10.0.0.5" }));
    expect(attempt("example.org", "hub.example.org.")).toThrow('DnsZone.fromName(): zoneName must end with a dot, such as "example.org.", got "example.org"');
    expect(attempt("example.org.", "hub.example.org")).toThrow('HostRecords test/r: fqdn must end with a dot (Designate takes fully qualified names), got "hub.example.org"');
    expect(attempt("example.org.", "hub.example.net.")).toThrow('fqdn "hub.example.net." is not inside zone "example.org."');
    // a zone name that merely ends the same way is not a parent zone
    expect(attempt("example.org.", "hub.badexample.org.")).toThrow("is not inside zone");
  });
});

describe("addStateBackend", () => {
  const backendOf = (settings: Parameters<typeof addStateBackend>[1]) => synthScope((stack) => addStateBackend(stack, settings)).terraform.backend;

  it("writes a local backend at the absolute path the run layer chose", () => {
    expect(backendOf({ kind: "local", path: "/srv/hubstack/.state/hub-dev/terraform.tfstate" })).toEqual({
      local: { path: "/srv/hubstack/.state/hub-dev/terraform.tfstate" },
    });
  });

  it("refuses a relative local path", () => {
    expect(() => backendOf({ kind: "local", path: ".state/x/terraform.tfstate" })).toThrow(
      'state backend: a local state path must be absolute, got ".state/x/terraform.tfstate"',
    );
  });

  it("writes an S3 backend for S3-compatible storage", () => {
    expect(backendOf({ kind: "s3", bucket: "state", key: "hubstack/hub-prod/terraform.tfstate", region: "regionOne", endpoint: "https://s3.example.org" })).toEqual({
      s3: {
        bucket: "state",
        key: "hubstack/hub-prod/terraform.tfstate",
        region: "regionOne",
        endpoints: { s3: "https://s3.example.org" },
        use_path_style: true,
        skip_credentials_validation: true,
        skip_region_validation: true,
        skip_requesting_account_id: true,
        skip_metadata_api_check: true,
        skip_s3_checksum: true,
      },
    });
  });

  it("writes an HTTP backend", () => {
    expect(backendOf({ kind: "http", address: "https://state.example.org/hub-dev", lockAddress: "https://state.example.org/hub-dev/lock" })).toEqual({
      http: { address: "https://state.example.org/hub-dev", lock_address: "https://state.example.org/hub-dev/lock" },
    });
  });
});
