/**
 * Designate records for the hosts: a zone the project already has (looked up by name), and an A
 * record (plus AAAA on IPv6 networks) per name. Designate wants fully qualified names with their
 * trailing dot.
 */
import { Construct } from "constructs";
import { DataOpenstackDnsZoneV2, DnsRecordsetV2 } from "../openstack.js";

export interface IDnsZone {
  readonly zoneId: string;
  /** With its trailing dot: "example.org." */
  readonly zoneName: string;
}

export class DnsZone {
  /** Looks up an existing zone; hubstack never creates or deletes zones. */
  static fromName(scope: Construct, id: string, zoneName: string): IDnsZone {
    if (!zoneName.endsWith(".")) {
      throw new Error(`DnsZone.fromName(): zoneName must end with a dot, such as "example.org.", got ${JSON.stringify(zoneName)}`);
    }
    const zone = new DataOpenstackDnsZoneV2(scope, id, { name: zoneName });
    return { zoneId: zone.id, zoneName };
  }
}

export interface HostRecordsProps {
  readonly zone: IDnsZone;
  /** Fully qualified, with the trailing dot: "hub.dev.example.org." */
  readonly fqdn: string;
  readonly ipv4Address: string;
  /** Publish an AAAA record with this address. @default none */
  readonly ipv6Address?: string;
  /** @default HostRecords.DEFAULT_TTL_SECONDS */
  readonly ttlSeconds?: number;
}

export class HostRecords extends Construct {
  static readonly DEFAULT_TTL_SECONDS = 300;

  constructor(scope: Construct, id: string, props: HostRecordsProps) {
    super(scope, id);
    const where = `HostRecords ${this.node.path}`;
    if (!props.fqdn.endsWith(".")) {
      throw new Error(`${where}: fqdn must end with a dot (Designate takes fully qualified names), got ${JSON.stringify(props.fqdn)}`);
    }
    if (!props.fqdn.endsWith(`.${props.zone.zoneName}`)) {
      throw new Error(`${where}: fqdn ${JSON.stringify(props.fqdn)} is not inside zone ${JSON.stringify(props.zone.zoneName)}; set the environment's domain under the zone`);
    }
    const ttl = props.ttlSeconds ?? HostRecords.DEFAULT_TTL_SECONDS;
    const record = (type: "A" | "AAAA", address: string) =>
      new DnsRecordsetV2(this, type, { zoneId: props.zone.zoneId, name: props.fqdn, type, records: [address], ttl });
    record("A", props.ipv4Address);
    if (props.ipv6Address !== undefined) record("AAAA", props.ipv6Address);
  }
}
