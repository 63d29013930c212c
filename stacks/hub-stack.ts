/**
 * One OpenStack environment as one Terraform stack: network, key pair, one instance per host (with
 * its security group, volume and floating IP), the connections between them, DNS records, the
 * `hosts` output the provisioners read, and the `hub_image` output that says which image the hub boots.
 *
 * It receives a typed, validated Environment; it never reads the inventory.
 */
import { Construct } from "constructs";
import { TerraformOutput, TerraformStack } from "cdktf";
import type { Environment } from "../environment/schema.js";
import type { StateBackendSettings } from "../terraform/backend.js";
import { renderUserData } from "../templates/index.js";
import { addStateBackend } from "./backend.js";
import { Peer, Port } from "./constructs/connections.js";
import { DnsZone, HostRecords } from "./constructs/dns.js";
import { HostInstance } from "./constructs/host-instance.js";
import { HostImages } from "./constructs/images.js";
import { KeyPair } from "./constructs/key-pair.js";
import { HubNetwork, type IHubNetwork } from "./constructs/network.js";
import { HOSTS_OUTPUT, type HostsOutput, type PublishedHost } from "../environment/hosts.js";
import { HUB_IMAGE_OUTPUT } from "./image-properties.js";
import { OpenstackProvider } from "./openstack.js";
import { planHosts, type HostPlan } from "./topology.js";

export const SSH_PORT = Port.tcp(22);
export const WEB_PORTS: readonly Port[] = [Port.tcp(80), Port.tcp(443)];
/** NFS itself and rpcbind, for NFSv3 clients as well as v4. */
export const NFS_PORTS: readonly Port[] = [Port.tcp(2049), Port.udp(2049), Port.tcp(111), Port.udp(111)];

export interface HubStackProps {
  readonly env: Environment;
  /** Where the state lives; decided by the run layer. */
  readonly stateBackend: StateBackendSettings;
  /**
   * The operator's OpenSSH public key: the Nova key pair (unless openstack.keypairName names an
   * existing one) and, with the admins' keys, the authorized keys of the login account.
   */
  readonly sshPublicKey: string;
  /** Each host's SSH host key, injected through its user data and published for pinning (see HubSynthOptions). */
  readonly hostKeys?: Readonly<Record<string, { readonly privateKey: string; readonly publicKey: string }>>;
}

export class HubStack extends TerraformStack {
  /** The environment's machines by host name. */
  readonly hosts: Readonly<Record<string, HostInstance>>;

  constructor(scope: Construct, props: HubStackProps) {
    const { env } = props;
    super(scope, env.name);
    const openstack = env.openstack;
    if (env.target !== "openstack" || !openstack) {
      throw new Error(`HubStack: env.target is ${JSON.stringify(env.target)} for environment ${env.name}; HubStack builds target: openstack environments only`);
    }

    // Credentials come from clouds.yaml (OS_CLOUD / `cloud`) or OS_* variables, never from here.
    new OpenstackProvider(this, "openstack", {
      ...(openstack.cloud ? { cloud: openstack.cloud } : {}),
      ...(openstack.region ? { region: openstack.region } : {}),
    });
    addStateBackend(this, props.stateBackend);

    const network: IHubNetwork =
      "existing" in openstack.network
        ? HubNetwork.fromExisting(this, "Network", openstack.network.existing)
        : new HubNetwork(this, "Network", {
            name: env.name,
            cidr: openstack.network.create.cidr,
            externalNetworkName: openstack.network.create.externalNetwork,
            dnsNameservers: openstack.network.create.dnsNameservers,
          });
    const keyPair = openstack.keypairName
      ? KeyPair.fromName(openstack.keypairName)
      : new KeyPair(this, "KeyPair", { name: env.name, publicKey: props.sshPublicKey });
    const plans = planHosts(env);
    const hasHub = plans.some((p) => p.isHub);
    const images = new HostImages(this, "Images", {
      baseImageName: openstack.images.base,
      // Only a hub boots the hub image; a bastion-only environment need not look for one.
      ...(hasHub ? { hubImagePrefix: openstack.images.hub } : {}),
    });
    const authorizedKeys = [...new Set([props.sshPublicKey.trim(), ...env.admins.filter((a) => a.present).flatMap((a) => a.sshKeys)])];

    const hosts: Record<string, HostInstance> = {};
    for (const plan of plans) {
      // Construct ids are host names: renaming a host replaces it, and nothing else does.
      hosts[plan.name] = new HostInstance(this, plan.name, {
        name: `${env.name}-${plan.name}`,
        flavor: plan.flavor,
        imageId: plan.isHub ? images.hubImageId : images.baseImageId,
        keepOnImageChange: !plan.isHub,
        network,
        keyPair,
        userData: renderUserData({
          hostname: plan.name,
          fqdn: plan.fqdn,
          sshUser: env.ssh.user,
          sshAuthorizedKeys: authorizedKeys,
          timezone: env.timezone,
          ...(props.hostKeys?.[plan.name] ? { hostKey: { ed25519Private: props.hostKeys[plan.name]!.privateKey, ed25519Public: props.hostKeys[plan.name]!.publicKey } } : {}),
        }),
        metadata: { hubstack_env: env.name, hubstack_host: plan.name, hubstack_roles: plan.roles.join(",") },
        volumeGiB: plan.volume?.sizeGiB ?? 0,
        ...(plan.volume ? { volumePurpose: plan.volume.purpose } : {}),
        ...(plan.floatingIp && openstack.floatingIpPool ? { floatingIpPool: openstack.floatingIpPool } : {}),
        ...(plan.isNfsServer ? { defaultPorts: NFS_PORTS } : {}),
      });
    }
    this.hosts = hosts;

    connectHosts(plans, hosts, openstack.adminCidrs);
    if (openstack.dns) addDnsRecords(new Construct(this, "Dns"), plans, hosts, openstack.dns);

    new TerraformOutput(this, HOSTS_OUTPUT, {
      description: "The host inventory: what hubstack connects to, by host name",
      value: hostInventory(plans, hosts, env.ssh.user, props.hostKeys),
    });
    if (hasHub) {
      // Which image the hub boots, and whether it is the base image for want of a hubstack-built one
      // (terraform/images.ts reads it: apply says which, and warns on the fallback).
      new TerraformOutput(this, HUB_IMAGE_OUTPUT, {
        description: "The image the hub boots: the newest hubstack-built hub image, or the base image (fallback: true)",
        value: {
          id: images.hubImageId,
          fallback: images.hubImageFallback,
          namePrefix: openstack.images.hub,
          baseImageName: openstack.images.base,
          baseImageId: images.baseImageId,
        },
      });
    }
  }
}

/** The security-group rules: every one of them follows from the topology plan. */
function connectHosts(plans: readonly HostPlan[], hosts: Record<string, HostInstance>, adminCidrs: readonly string[]): void {
  for (const plan of plans) {
    const host = hosts[plan.name]!;
    if (plan.sshFromAdmins) {
      for (const cidr of adminCidrs) host.connections.allowFrom(Peer.cidr(cidr), SSH_PORT, "ssh from the admin CIDRs");
    }
    for (const source of plan.sshFromHosts) host.connections.allowFrom(hosts[source]!, SSH_PORT, `ssh from ${source}`);
    // Metrics: Prometheus on the bastion scrapes node-exporter (and the hub's metrics listener) on the private network.
    for (const port of plan.metricsFrom?.tcpPorts ?? []) host.connections.allowFrom(hosts[plan.metricsFrom!.host]!, Port.tcp(port), `metrics from ${plan.metricsFrom!.host}`);
    if (plan.isHub) {
      for (const port of WEB_PORTS) {
        host.connections.allowFrom(Peer.anyIpv4(), port, "the hub's web server");
        host.connections.allowFrom(Peer.anyIpv6(), port, "the hub's web server");
      }
    }
    if (plan.isNfsServer) {
      for (const client of plans.filter((p) => p.isNfsClient && p.name !== plan.name)) {
        host.connections.allowDefaultPortFrom(hosts[client.name]!, `nfs from ${client.name}`);
      }
    }
  }
}

type DnsSettings = NonNullable<NonNullable<Environment["openstack"]>["dns"]>;

/** <host>.<domain>. for every host (and hub.hostname for the hub), with its public address if it has one. */
function addDnsRecords(scope: Construct, plans: readonly HostPlan[], hosts: Record<string, HostInstance>, dns: DnsSettings): void {
  const zone = DnsZone.fromName(scope, "Zone", dns.zone);
  for (const plan of plans) {
    const host = hosts[plan.name]!;
    [plan.fqdn, ...plan.extraNames].forEach((name, i) => {
      new HostRecords(scope, i === 0 ? plan.name : `${plan.name}-${name}`, {
        zone,
        fqdn: `${name}.`,
        ipv4Address: host.publicAddress ?? host.accessIpV4,
        ...(dns.ipv6 ? { ipv6Address: host.accessIpV6 } : {}),
        ttlSeconds: dns.ttl,
      });
    });
  }
}

function hostInventory(plans: readonly HostPlan[], hosts: Record<string, HostInstance>, sshUser: string, hostKeys: HubStackProps["hostKeys"]): HostsOutput {
  const inventory: Record<string, PublishedHost> = {};
  for (const plan of plans) {
    const host = hosts[plan.name]!;
    const entry: PublishedHost = {
      name: plan.name,
      // Behind a jump host the private address is the one to use; the public one may not even take 22.
      address: plan.jumpHost || !host.publicAddress ? host.accessIpV4 : host.publicAddress,
      privateAddress: host.accessIpV4,
      ...(host.publicAddress ? { publicAddress: host.publicAddress } : {}),
      roles: [...plan.roles],
      sshUser,
      volumeIds: { ...host.volumeIds },
      ...(plan.jumpHost ? { jumpHost: plan.jumpHost } : {}),
      ...(hostKeys?.[plan.name] ? { hostKey: hostKeys[plan.name]!.publicKey } : {}),
    };
    inventory[plan.name] = entry;
  }
  return inventory;
}
