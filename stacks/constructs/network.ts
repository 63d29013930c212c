/**
 * The network the hosts live on: one the project already has (looked up by name), or a new network
 * with one IPv4 subnet and a router to an external network.
 */
import { Construct } from "constructs";
import type { ITerraformDependable } from "cdktf";
import {
  DataOpenstackNetworkingNetworkV2,
  NetworkingNetworkV2,
  NetworkingRouterInterfaceV2,
  NetworkingRouterV2,
  NetworkingSubnetV2,
} from "../openstack.js";

export interface IHubNetwork {
  readonly networkId: string;
  /** The subnet ports take their address from; undefined lets OpenStack choose (existing networks). */
  readonly subnetId?: string;
  /**
   * What must exist before a floating IP can reach a port on this network (the router's interface);
   * empty for an existing network, whose routing is not ours.
   */
  readonly routingDependencies: readonly ITerraformDependable[];
}

export interface HubNetworkProps {
  /** Name of the network, subnet and router in OpenStack. */
  readonly name: string;
  /** IPv4 range of the subnet, e.g. 10.20.0.0/24. */
  readonly cidr: string;
  /** Name of the external (provider) network the router's gateway goes to, e.g. "public". */
  readonly externalNetworkName: string;
  /** Resolvers handed out by DHCP. @default [] (the cloud's own) */
  readonly dnsNameservers?: readonly string[];
}

export class HubNetwork extends Construct implements IHubNetwork {
  /** A network the project already has; nothing is created. */
  static fromExisting(scope: Construct, id: string, networkName: string): IHubNetwork {
    if (!networkName) throw new Error(`HubNetwork.fromExisting(): networkName must not be empty, got ${JSON.stringify(networkName)}`);
    return new ExistingNetwork(scope, id, networkName);
  }

  readonly networkId: string;
  readonly subnetId: string;
  readonly routerId: string;
  readonly routingDependencies: readonly ITerraformDependable[];

  constructor(scope: Construct, id: string, props: HubNetworkProps) {
    super(scope, id);
    if (!props.name) throw new Error(`HubNetwork ${this.node.path}: name must not be empty, got ${JSON.stringify(props.name)}`);
    if (!/^\d{1,3}(\.\d{1,3}){3}\/\d{1,2}$/.test(props.cidr)) {
      throw new Error(`HubNetwork ${this.node.path}: cidr must be an IPv4 CIDR such as 10.20.0.0/24, got ${JSON.stringify(props.cidr)}`);
    }
    if (!props.externalNetworkName) {
      throw new Error(`HubNetwork ${this.node.path}: externalNetworkName must name the cloud's external network, got ${JSON.stringify(props.externalNetworkName)}`);
    }

    const network = new NetworkingNetworkV2(this, "Network", { name: props.name, adminStateUp: true });
    const subnet = new NetworkingSubnetV2(this, "Subnet", {
      name: props.name,
      networkId: network.id,
      cidr: props.cidr,
      ipVersion: 4,
      ...(props.dnsNameservers?.length ? { dnsNameservers: [...props.dnsNameservers] } : {}),
    });
    const external = new DataOpenstackNetworkingNetworkV2(this, "External", { name: props.externalNetworkName, external: true });
    const router = new NetworkingRouterV2(this, "Router", { name: props.name, adminStateUp: true, externalNetworkId: external.id });
    const routerInterface = new NetworkingRouterInterfaceV2(this, "RouterInterface", { routerId: router.id, subnetId: subnet.id });

    this.networkId = network.id;
    this.subnetId = subnet.id;
    this.routerId = router.id;
    this.routingDependencies = [routerInterface];
  }
}

class ExistingNetwork extends Construct implements IHubNetwork {
  readonly networkId: string;
  readonly routingDependencies: readonly ITerraformDependable[] = [];

  constructor(scope: Construct, id: string, networkName: string) {
    super(scope, id);
    this.networkId = new DataOpenstackNetworkingNetworkV2(this, "Lookup", { name: networkName }).id;
  }
}
