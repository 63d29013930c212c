/**
 * Security groups as connections: "the hub allows 22 from the bastion" and "the NFS server allows its
 * default ports from the hub" are calls, and the ingress rules follow from them; nobody keeps rule
 * lists by hand.
 *
 * Unlike AWS, an OpenStack security group is created with rules that allow all egress, so a
 * connection is only ever written on the receiving side: its ingress rule names the source's CIDR or
 * the source's security group.
 */
import { Construct } from "constructs";
import { TerraformStack } from "cdktf";
import { NetworkingSecgroupRuleV2, NetworkingSecgroupV2 } from "../openstack.js";

/** A protocol and a port (or range) on the receiving side. */
export class Port {
  static tcp(port: number): Port {
    return new Port("tcp", port, port);
  }
  static udp(port: number): Port {
    return new Port("udp", port, port);
  }

  private constructor(
    readonly protocol: "tcp" | "udp",
    readonly fromPort: number,
    readonly toPort: number,
  ) {
    for (const [prop, value] of [["fromPort", fromPort], ["toPort", toPort]] as const) {
      if (!Number.isInteger(value) || value < 1 || value > 65535) {
        throw new Error(`Port: ${prop} must be an integer from 1 to 65535, got ${value}`);
      }
    }
  }

  toString(): string {
    return this.fromPort === this.toPort ? `${this.protocol}/${this.fromPort}` : `${this.protocol}/${this.fromPort}-${this.toPort}`;
  }
}

/** Where traffic may come from: an address range, or everything behind another security group. */
export interface IPeer {
  /** Unique among peers; part of the rule's construct id, so it must not change. */
  readonly uniqueId: string;
  readonly ethertype: "IPv4" | "IPv6";
  readonly remoteIpPrefix?: string;
  readonly remoteGroupId?: string;
}

export class Peer {
  /** Any IPv4 address: only for ports meant for the whole world (80, 443). */
  static anyIpv4(): IPeer {
    return Peer.cidr("0.0.0.0/0");
  }
  static anyIpv6(): IPeer {
    return Peer.cidr("::/0");
  }

  static cidr(cidr: string): IPeer {
    const ethertype = /^\d{1,3}(\.\d{1,3}){3}\/\d{1,2}$/.test(cidr) ? "IPv4" : /^[0-9a-f:]+\/\d{1,3}$/i.test(cidr) ? "IPv6" : undefined;
    if (!ethertype) throw new Error(`Peer.cidr(): ${JSON.stringify(cidr)} is not a CIDR such as 203.0.113.0/24 or 2001:db8::/48`);
    const uniqueId = cidr === "0.0.0.0/0" ? "any-ipv4" : cidr === "::/0" ? "any-ipv6" : cidr;
    return { uniqueId, ethertype, remoteIpPrefix: cidr };
  }

  /**
   * Everything behind a security group. IPv4 only: hosts talk to each other over the private IPv4
   * addresses the inventory output gives them.
   */
  static securityGroup(group: SecurityGroup): IPeer {
    // The path inside the stack, not the group's name: names carry the environment's (random) name,
    // and construct ids must not change from one environment to the next.
    const stackPath = TerraformStack.of(group).node.path;
    return { uniqueId: group.node.path.slice(stackPath.length).replace(/^\//, ""), ethertype: "IPv4", remoteGroupId: group.securityGroupId };
  }
}

export interface SecurityGroupProps {
  /** The group's name in OpenStack. */
  readonly name: string;
  readonly description?: string;
}

/** An OpenStack security group whose ingress rules are added through `Connections`. */
export class SecurityGroup extends Construct {
  readonly securityGroupId: string;
  readonly name: string;
  private readonly ruleIds = new Set<string>();

  constructor(scope: Construct, id: string, props: SecurityGroupProps) {
    super(scope, id);
    if (!props.name) throw new Error(`SecurityGroup ${this.node.path}: name must not be empty, got ${JSON.stringify(props.name)}`);
    const group = new NetworkingSecgroupV2(this, "Resource", { name: props.name, description: props.description ?? `hubstack: ${props.name}` });
    this.securityGroupId = group.id;
    this.name = props.name;
  }

  /** Allows `port` from `peer`; asking twice for the same rule adds it once. */
  addIngressRule(peer: IPeer, port: Port, description: string): void {
    const ruleId = `from-${peer.uniqueId}-${port}`.replace(/[^A-Za-z0-9]+/g, "-");
    if (this.ruleIds.has(ruleId)) return;
    this.ruleIds.add(ruleId);
    new NetworkingSecgroupRuleV2(this, ruleId, {
      securityGroupId: this.securityGroupId,
      direction: "ingress",
      ethertype: peer.ethertype,
      protocol: port.protocol,
      portRangeMin: port.fromPort,
      portRangeMax: port.toPort,
      description,
      ...(peer.remoteIpPrefix ? { remoteIpPrefix: peer.remoteIpPrefix } : {}),
      ...(peer.remoteGroupId ? { remoteGroupId: peer.remoteGroupId } : {}),
    });
  }
}

/** Anything behind a security group. */
export interface IConnectable {
  readonly connections: Connections;
}

export interface ConnectionsProps {
  readonly securityGroup: SecurityGroup;
  /** The ports this resource serves, for `allowDefaultPortFrom`. @default none */
  readonly defaultPorts?: readonly Port[];
}

export class Connections implements IConnectable {
  readonly securityGroup: SecurityGroup;
  readonly defaultPorts: readonly Port[];

  constructor(props: ConnectionsProps) {
    this.securityGroup = props.securityGroup;
    this.defaultPorts = props.defaultPorts ?? [];
  }

  get connections(): Connections {
    return this;
  }

  /** Allows `port` on this side from a CIDR or from another connectable's security group. */
  allowFrom(other: IPeer | IConnectable, port: Port, description: string): void {
    const peer = "connections" in other ? Peer.securityGroup(other.connections.securityGroup) : other;
    this.securityGroup.addIngressRule(peer, port, description);
  }

  /** Allows every default port of this resource from `other`. */
  allowDefaultPortFrom(other: IPeer | IConnectable, description: string): void {
    if (this.defaultPorts.length === 0) {
      throw new Error(`Cannot call allowDefaultPortFrom(): security group ${this.securityGroup.name} has no default port`);
    }
    for (const port of this.defaultPorts) this.allowFrom(other, port, description);
  }
}
