/**
 * The OpenStack L1 classes hubstack uses, from the generated bindings in ./.gen (never edited by
 * hand; `npm run bindings` regenerates them). One import point: the L2 constructs import from here,
 * and importing each binding's own module (not the provider's index of 170) keeps synth fast.
 */
export { BlockstorageVolumeV3 } from "./.gen/providers/openstack/blockstorage-volume-v3/index.js";
export { ComputeInstanceV2 } from "./.gen/providers/openstack/compute-instance-v2/index.js";
export { ComputeKeypairV2 } from "./.gen/providers/openstack/compute-keypair-v2/index.js";
export { ComputeVolumeAttachV2 } from "./.gen/providers/openstack/compute-volume-attach-v2/index.js";
export { DataOpenstackDnsZoneV2 } from "./.gen/providers/openstack/data-openstack-dns-zone-v2/index.js";
export { DataOpenstackImagesImageIdsV2 } from "./.gen/providers/openstack/data-openstack-images-image-ids-v2/index.js";
export { DataOpenstackImagesImageV2 } from "./.gen/providers/openstack/data-openstack-images-image-v2/index.js";
export { DataOpenstackNetworkingNetworkV2 } from "./.gen/providers/openstack/data-openstack-networking-network-v2/index.js";
export { DnsRecordsetV2 } from "./.gen/providers/openstack/dns-recordset-v2/index.js";
export { NetworkingFloatingipAssociateV2 } from "./.gen/providers/openstack/networking-floatingip-associate-v2/index.js";
export { NetworkingFloatingipV2 } from "./.gen/providers/openstack/networking-floatingip-v2/index.js";
export { NetworkingNetworkV2 } from "./.gen/providers/openstack/networking-network-v2/index.js";
export { NetworkingPortV2 } from "./.gen/providers/openstack/networking-port-v2/index.js";
export { NetworkingRouterInterfaceV2 } from "./.gen/providers/openstack/networking-router-interface-v2/index.js";
export { NetworkingRouterV2 } from "./.gen/providers/openstack/networking-router-v2/index.js";
export { NetworkingSecgroupRuleV2 } from "./.gen/providers/openstack/networking-secgroup-rule-v2/index.js";
export { NetworkingSecgroupV2 } from "./.gen/providers/openstack/networking-secgroup-v2/index.js";
export { NetworkingSubnetV2 } from "./.gen/providers/openstack/networking-subnet-v2/index.js";
export { OpenstackProvider } from "./.gen/providers/openstack/provider/index.js";
