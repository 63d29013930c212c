/**
 * One machine: its own port (which carries its security group and, optionally, a floating IP), the
 * instance booted on that port with cloud-init user data, and optionally one extra volume.
 *
 * The bastion (with its work volume), the hub (with its data volume) and the NFS server (with the
 * exported data volume) are all this construct with different props.
 */
import { Construct } from "constructs";
import {
  BlockstorageVolumeV3,
  ComputeInstanceV2,
  ComputeVolumeAttachV2,
  NetworkingFloatingipAssociateV2,
  NetworkingFloatingipV2,
  NetworkingPortV2,
} from "../openstack.js";
import { Connections, SecurityGroup, type IConnectable, type Port } from "./connections.js";
import type { IKeyPair } from "./key-pair.js";
import type { IHubNetwork } from "./network.js";

export interface HostInstanceProps {
  /** Name of the instance (and prefix of its port, group and volume) in OpenStack. */
  readonly name: string;
  readonly flavor: string;
  readonly imageId: string;
  readonly network: IHubNetwork;
  readonly keyPair: IKeyPair;
  /** cloud-init user data; read at first boot only. */
  readonly userData: string;
  /** Nova metadata, e.g. the environment and the roles. @default {} */
  readonly metadata?: Record<string, string>;
  /** Size of the extra volume in GiB. @default 0 (no volume) */
  readonly volumeGiB?: number;
  /** The extra volume's key in `volumeIds` and suffix of its name. @default "data" */
  readonly volumePurpose?: string;
  /** Take a floating IP from this pool and put it on the instance's port. @default none */
  readonly floatingIpPool?: string;
  /** Ports this host serves to others (see Connections.allowDefaultPortFrom). @default none */
  readonly defaultPorts?: readonly Port[];
  /**
   * Keep the instance when a newer image appears. True for machines booted from a moving base
   * image ("Debian 12", most recent): a new cloud image must not silently rebuild the NFS server.
   * @default false
   */
  readonly keepOnImageChange?: boolean;
}

export class HostInstance extends Construct implements IConnectable {
  /** Default extra volume purpose. */
  static readonly DEFAULT_VOLUME_PURPOSE = "data";

  readonly connections: Connections;
  readonly instanceId: string;
  readonly portId: string;
  readonly accessIpV4: string;
  readonly accessIpV6: string;
  /** The floating IP, when the host has one. */
  readonly publicAddress?: string;
  readonly volumeIds: Readonly<Record<string, string>>;

  constructor(scope: Construct, id: string, props: HostInstanceProps) {
    super(scope, id);
    const where = `HostInstance ${this.node.path}`;
    if (!/^[a-z0-9][a-z0-9-]*$/.test(props.name)) throw new Error(`${where}: name must be a DNS label, got ${JSON.stringify(props.name)}`);
    if (!props.flavor) throw new Error(`${where}: flavor must name a flavor, got ${JSON.stringify(props.flavor)}`);
    const volumeGiB = props.volumeGiB ?? 0;
    if (!Number.isInteger(volumeGiB) || volumeGiB < 0) throw new Error(`${where}: volumeGiB must be a whole number of GiB (0 for none), got ${volumeGiB}`);
    if (props.floatingIpPool !== undefined && !props.floatingIpPool) {
      throw new Error(`${where}: floatingIpPool must name a pool, got ${JSON.stringify(props.floatingIpPool)}`);
    }

    const securityGroup = new SecurityGroup(this, "SecurityGroup", { name: props.name, description: `hubstack: ingress to ${props.name}` });
    this.connections = new Connections({ securityGroup, defaultPorts: props.defaultPorts ?? [] });

    // The instance's own port: its security group and its floating IP live here, so neither
    // depends on how Nova happens to attach the instance to the network.
    const port = new NetworkingPortV2(this, "Port", {
      name: props.name,
      networkId: props.network.networkId,
      adminStateUp: true,
      securityGroupIds: [securityGroup.securityGroupId],
      ...(props.network.subnetId ? { fixedIp: [{ subnetId: props.network.subnetId }] } : {}),
    });
    this.portId = port.id;

    const instance = new ComputeInstanceV2(this, "Instance", {
      name: props.name,
      flavorName: props.flavor,
      imageId: props.imageId,
      keyPair: props.keyPair.keyPairName,
      userData: props.userData,
      metadata: { ...props.metadata },
      network: [{ port: port.id }],
      // User data is read at first boot only; later changes (a new admin key) are the provisioners'
      // job, and must not replace a running machine.
      lifecycle: { ignoreChanges: props.keepOnImageChange ? ["user_data", "image_id"] : ["user_data"] },
    });
    this.instanceId = instance.id;
    this.accessIpV4 = instance.accessIpV4;
    this.accessIpV6 = instance.accessIpV6;

    const volumeIds: Record<string, string> = {};
    if (volumeGiB > 0) {
      const purpose = props.volumePurpose ?? HostInstance.DEFAULT_VOLUME_PURPOSE;
      // Stateful: these construct ids must never change, or the volume is replaced.
      const volume = new BlockstorageVolumeV3(this, "Volume", { name: `${props.name}-${purpose}`, size: volumeGiB });
      new ComputeVolumeAttachV2(this, "VolumeAttachment", { instanceId: instance.id, volumeId: volume.id });
      volumeIds[purpose] = volume.id;
    }
    this.volumeIds = volumeIds;

    if (props.floatingIpPool) {
      const floatingIp = new NetworkingFloatingipV2(this, "FloatingIp", { pool: props.floatingIpPool, description: `hubstack: ${props.name}` });
      new NetworkingFloatingipAssociateV2(this, "FloatingIpAssociation", {
        floatingIp: floatingIp.address,
        portId: port.id,
        // The port is only reachable from the external network once the router's interface exists.
        dependsOn: [...props.network.routingDependencies],
      });
      this.publicAddress = floatingIp.address;
    }
  }
}
