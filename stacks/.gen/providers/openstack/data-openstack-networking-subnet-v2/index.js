"use strict";
// https://registry.terraform.io/providers/terraform-provider-openstack/openstack/3.4.0/docs/data-sources/networking_subnet_v2
// generated from terraform resource schema
var __createBinding = (this && this.__createBinding) || (Object.create ? (function(o, m, k, k2) {
    if (k2 === undefined) k2 = k;
    var desc = Object.getOwnPropertyDescriptor(m, k);
    if (!desc || ("get" in desc ? !m.__esModule : desc.writable || desc.configurable)) {
      desc = { enumerable: true, get: function() { return m[k]; } };
    }
    Object.defineProperty(o, k2, desc);
}) : (function(o, m, k, k2) {
    if (k2 === undefined) k2 = k;
    o[k2] = m[k];
}));
var __setModuleDefault = (this && this.__setModuleDefault) || (Object.create ? (function(o, v) {
    Object.defineProperty(o, "default", { enumerable: true, value: v });
}) : function(o, v) {
    o["default"] = v;
});
var __importStar = (this && this.__importStar) || (function () {
    var ownKeys = function(o) {
        ownKeys = Object.getOwnPropertyNames || function (o) {
            var ar = [];
            for (var k in o) if (Object.prototype.hasOwnProperty.call(o, k)) ar[ar.length] = k;
            return ar;
        };
        return ownKeys(o);
    };
    return function (mod) {
        if (mod && mod.__esModule) return mod;
        var result = {};
        if (mod != null) for (var k = ownKeys(mod), i = 0; i < k.length; i++) if (k[i] !== "default") __createBinding(result, mod, k[i]);
        __setModuleDefault(result, mod);
        return result;
    };
})();
Object.defineProperty(exports, "__esModule", { value: true });
exports.DataOpenstackNetworkingSubnetV2 = exports.DataOpenstackNetworkingSubnetV2HostRoutesList = exports.DataOpenstackNetworkingSubnetV2HostRoutesOutputReference = exports.DataOpenstackNetworkingSubnetV2AllocationPoolsList = exports.DataOpenstackNetworkingSubnetV2AllocationPoolsOutputReference = void 0;
exports.dataOpenstackNetworkingSubnetV2AllocationPoolsToTerraform = dataOpenstackNetworkingSubnetV2AllocationPoolsToTerraform;
exports.dataOpenstackNetworkingSubnetV2AllocationPoolsToHclTerraform = dataOpenstackNetworkingSubnetV2AllocationPoolsToHclTerraform;
exports.dataOpenstackNetworkingSubnetV2HostRoutesToTerraform = dataOpenstackNetworkingSubnetV2HostRoutesToTerraform;
exports.dataOpenstackNetworkingSubnetV2HostRoutesToHclTerraform = dataOpenstackNetworkingSubnetV2HostRoutesToHclTerraform;
const cdktf = __importStar(require("cdktf"));
function dataOpenstackNetworkingSubnetV2AllocationPoolsToTerraform(struct) {
    if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) {
        return struct;
    }
    if (cdktf.isComplexElement(struct)) {
        throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
    }
    return {};
}
function dataOpenstackNetworkingSubnetV2AllocationPoolsToHclTerraform(struct) {
    if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) {
        return struct;
    }
    if (cdktf.isComplexElement(struct)) {
        throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
    }
    const attrs = {};
    return attrs;
}
class DataOpenstackNetworkingSubnetV2AllocationPoolsOutputReference extends cdktf.ComplexObject {
    isEmptyObject = false;
    /**
    * @param terraformResource The parent resource
    * @param terraformAttribute The attribute on the parent resource this class is referencing
    * @param complexObjectIndex the index of this item in the list
    * @param complexObjectIsFromSet whether the list is wrapping a set (will add tolist() to be able to access an item via an index)
    */
    constructor(terraformResource, terraformAttribute, complexObjectIndex, complexObjectIsFromSet) {
        super(terraformResource, terraformAttribute, complexObjectIsFromSet, complexObjectIndex);
    }
    get internalValue() {
        let hasAnyValues = this.isEmptyObject;
        const internalValueResult = {};
        return hasAnyValues ? internalValueResult : undefined;
    }
    set internalValue(value) {
        if (value === undefined) {
            this.isEmptyObject = false;
        }
        else {
            this.isEmptyObject = Object.keys(value).length === 0;
        }
    }
    // end - computed: true, optional: false, required: false
    get end() {
        return this.getStringAttribute('end');
    }
    // start - computed: true, optional: false, required: false
    get start() {
        return this.getStringAttribute('start');
    }
}
exports.DataOpenstackNetworkingSubnetV2AllocationPoolsOutputReference = DataOpenstackNetworkingSubnetV2AllocationPoolsOutputReference;
class DataOpenstackNetworkingSubnetV2AllocationPoolsList extends cdktf.ComplexList {
    terraformResource;
    terraformAttribute;
    wrapsSet;
    /**
    * @param terraformResource The parent resource
    * @param terraformAttribute The attribute on the parent resource this class is referencing
    * @param wrapsSet whether the list is wrapping a set (will add tolist() to be able to access an item via an index)
    */
    constructor(terraformResource, terraformAttribute, wrapsSet) {
        super(terraformResource, terraformAttribute, wrapsSet);
        this.terraformResource = terraformResource;
        this.terraformAttribute = terraformAttribute;
        this.wrapsSet = wrapsSet;
    }
    /**
    * @param index the index of the item to return
    */
    get(index) {
        return new DataOpenstackNetworkingSubnetV2AllocationPoolsOutputReference(this.terraformResource, this.terraformAttribute, index, this.wrapsSet);
    }
}
exports.DataOpenstackNetworkingSubnetV2AllocationPoolsList = DataOpenstackNetworkingSubnetV2AllocationPoolsList;
function dataOpenstackNetworkingSubnetV2HostRoutesToTerraform(struct) {
    if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) {
        return struct;
    }
    if (cdktf.isComplexElement(struct)) {
        throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
    }
    return {};
}
function dataOpenstackNetworkingSubnetV2HostRoutesToHclTerraform(struct) {
    if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) {
        return struct;
    }
    if (cdktf.isComplexElement(struct)) {
        throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
    }
    const attrs = {};
    return attrs;
}
class DataOpenstackNetworkingSubnetV2HostRoutesOutputReference extends cdktf.ComplexObject {
    isEmptyObject = false;
    /**
    * @param terraformResource The parent resource
    * @param terraformAttribute The attribute on the parent resource this class is referencing
    * @param complexObjectIndex the index of this item in the list
    * @param complexObjectIsFromSet whether the list is wrapping a set (will add tolist() to be able to access an item via an index)
    */
    constructor(terraformResource, terraformAttribute, complexObjectIndex, complexObjectIsFromSet) {
        super(terraformResource, terraformAttribute, complexObjectIsFromSet, complexObjectIndex);
    }
    get internalValue() {
        let hasAnyValues = this.isEmptyObject;
        const internalValueResult = {};
        return hasAnyValues ? internalValueResult : undefined;
    }
    set internalValue(value) {
        if (value === undefined) {
            this.isEmptyObject = false;
        }
        else {
            this.isEmptyObject = Object.keys(value).length === 0;
        }
    }
    // destination_cidr - computed: true, optional: false, required: false
    get destinationCidr() {
        return this.getStringAttribute('destination_cidr');
    }
    // next_hop - computed: true, optional: false, required: false
    get nextHop() {
        return this.getStringAttribute('next_hop');
    }
}
exports.DataOpenstackNetworkingSubnetV2HostRoutesOutputReference = DataOpenstackNetworkingSubnetV2HostRoutesOutputReference;
class DataOpenstackNetworkingSubnetV2HostRoutesList extends cdktf.ComplexList {
    terraformResource;
    terraformAttribute;
    wrapsSet;
    /**
    * @param terraformResource The parent resource
    * @param terraformAttribute The attribute on the parent resource this class is referencing
    * @param wrapsSet whether the list is wrapping a set (will add tolist() to be able to access an item via an index)
    */
    constructor(terraformResource, terraformAttribute, wrapsSet) {
        super(terraformResource, terraformAttribute, wrapsSet);
        this.terraformResource = terraformResource;
        this.terraformAttribute = terraformAttribute;
        this.wrapsSet = wrapsSet;
    }
    /**
    * @param index the index of the item to return
    */
    get(index) {
        return new DataOpenstackNetworkingSubnetV2HostRoutesOutputReference(this.terraformResource, this.terraformAttribute, index, this.wrapsSet);
    }
}
exports.DataOpenstackNetworkingSubnetV2HostRoutesList = DataOpenstackNetworkingSubnetV2HostRoutesList;
/**
* Represents a {@link https://registry.terraform.io/providers/terraform-provider-openstack/openstack/3.4.0/docs/data-sources/networking_subnet_v2 openstack_networking_subnet_v2}
*/
class DataOpenstackNetworkingSubnetV2 extends cdktf.TerraformDataSource {
    // =================
    // STATIC PROPERTIES
    // =================
    static tfResourceType = "openstack_networking_subnet_v2";
    // ==============
    // STATIC Methods
    // ==============
    /**
    * Generates CDKTF code for importing a DataOpenstackNetworkingSubnetV2 resource upon running "cdktf plan <stack-name>"
    * @param scope The scope in which to define this construct
    * @param importToId The construct id used in the generated config for the DataOpenstackNetworkingSubnetV2 to import
    * @param importFromId The id of the existing DataOpenstackNetworkingSubnetV2 that should be imported. Refer to the {@link https://registry.terraform.io/providers/terraform-provider-openstack/openstack/3.4.0/docs/data-sources/networking_subnet_v2#import import section} in the documentation of this resource for the id to use
    * @param provider? Optional instance of the provider where the DataOpenstackNetworkingSubnetV2 to import is found
    */
    static generateConfigForImport(scope, importToId, importFromId, provider) {
        return new cdktf.ImportableResource(scope, importToId, { terraformResourceType: "openstack_networking_subnet_v2", importId: importFromId, provider });
    }
    // ===========
    // INITIALIZER
    // ===========
    /**
    * Create a new {@link https://registry.terraform.io/providers/terraform-provider-openstack/openstack/3.4.0/docs/data-sources/networking_subnet_v2 openstack_networking_subnet_v2} Data Source
    *
    * @param scope The scope in which to define this construct
    * @param id The scoped construct ID. Must be unique amongst siblings in the same scope
    * @param options DataOpenstackNetworkingSubnetV2Config = {}
    */
    constructor(scope, id, config = {}) {
        super(scope, id, {
            terraformResourceType: 'openstack_networking_subnet_v2',
            terraformGeneratorMetadata: {
                providerName: 'openstack',
                providerVersion: '3.4.0',
                providerVersionConstraint: '~> 3.4'
            },
            provider: config.provider,
            dependsOn: config.dependsOn,
            count: config.count,
            lifecycle: config.lifecycle,
            provisioners: config.provisioners,
            connection: config.connection,
            forEach: config.forEach
        });
        this._cidr = config.cidr;
        this._description = config.description;
        this._dhcpEnabled = config.dhcpEnabled;
        this._dnsPublishFixedIp = config.dnsPublishFixedIp;
        this._gatewayIp = config.gatewayIp;
        this._id = config.id;
        this._ipVersion = config.ipVersion;
        this._ipv6AddressMode = config.ipv6AddressMode;
        this._ipv6RaMode = config.ipv6RaMode;
        this._name = config.name;
        this._networkId = config.networkId;
        this._region = config.region;
        this._segmentId = config.segmentId;
        this._subnetId = config.subnetId;
        this._subnetpoolId = config.subnetpoolId;
        this._tags = config.tags;
        this._tenantId = config.tenantId;
    }
    // ==========
    // ATTRIBUTES
    // ==========
    // all_tags - computed: true, optional: false, required: false
    get allTags() {
        return cdktf.Fn.tolist(this.getListAttribute('all_tags'));
    }
    // allocation_pools - computed: true, optional: false, required: false
    _allocationPools = new DataOpenstackNetworkingSubnetV2AllocationPoolsList(this, "allocation_pools", false);
    get allocationPools() {
        return this._allocationPools;
    }
    // cidr - computed: true, optional: true, required: false
    _cidr;
    get cidr() {
        return this.getStringAttribute('cidr');
    }
    set cidr(value) {
        this._cidr = value;
    }
    resetCidr() {
        this._cidr = undefined;
    }
    // Temporarily expose input value. Use with caution.
    get cidrInput() {
        return this._cidr;
    }
    // description - computed: true, optional: true, required: false
    _description;
    get description() {
        return this.getStringAttribute('description');
    }
    set description(value) {
        this._description = value;
    }
    resetDescription() {
        this._description = undefined;
    }
    // Temporarily expose input value. Use with caution.
    get descriptionInput() {
        return this._description;
    }
    // dhcp_enabled - computed: false, optional: true, required: false
    _dhcpEnabled;
    get dhcpEnabled() {
        return this.getBooleanAttribute('dhcp_enabled');
    }
    set dhcpEnabled(value) {
        this._dhcpEnabled = value;
    }
    resetDhcpEnabled() {
        this._dhcpEnabled = undefined;
    }
    // Temporarily expose input value. Use with caution.
    get dhcpEnabledInput() {
        return this._dhcpEnabled;
    }
    // dns_nameservers - computed: true, optional: false, required: false
    get dnsNameservers() {
        return cdktf.Fn.tolist(this.getListAttribute('dns_nameservers'));
    }
    // dns_publish_fixed_ip - computed: false, optional: true, required: false
    _dnsPublishFixedIp;
    get dnsPublishFixedIp() {
        return this.getBooleanAttribute('dns_publish_fixed_ip');
    }
    set dnsPublishFixedIp(value) {
        this._dnsPublishFixedIp = value;
    }
    resetDnsPublishFixedIp() {
        this._dnsPublishFixedIp = undefined;
    }
    // Temporarily expose input value. Use with caution.
    get dnsPublishFixedIpInput() {
        return this._dnsPublishFixedIp;
    }
    // enable_dhcp - computed: true, optional: false, required: false
    get enableDhcp() {
        return this.getBooleanAttribute('enable_dhcp');
    }
    // gateway_ip - computed: true, optional: true, required: false
    _gatewayIp;
    get gatewayIp() {
        return this.getStringAttribute('gateway_ip');
    }
    set gatewayIp(value) {
        this._gatewayIp = value;
    }
    resetGatewayIp() {
        this._gatewayIp = undefined;
    }
    // Temporarily expose input value. Use with caution.
    get gatewayIpInput() {
        return this._gatewayIp;
    }
    // host_routes - computed: true, optional: false, required: false
    _hostRoutes = new DataOpenstackNetworkingSubnetV2HostRoutesList(this, "host_routes", false);
    get hostRoutes() {
        return this._hostRoutes;
    }
    // id - computed: true, optional: true, required: false
    _id;
    get id() {
        return this.getStringAttribute('id');
    }
    set id(value) {
        this._id = value;
    }
    resetId() {
        this._id = undefined;
    }
    // Temporarily expose input value. Use with caution.
    get idInput() {
        return this._id;
    }
    // ip_version - computed: true, optional: true, required: false
    _ipVersion;
    get ipVersion() {
        return this.getNumberAttribute('ip_version');
    }
    set ipVersion(value) {
        this._ipVersion = value;
    }
    resetIpVersion() {
        this._ipVersion = undefined;
    }
    // Temporarily expose input value. Use with caution.
    get ipVersionInput() {
        return this._ipVersion;
    }
    // ipv6_address_mode - computed: true, optional: true, required: false
    _ipv6AddressMode;
    get ipv6AddressMode() {
        return this.getStringAttribute('ipv6_address_mode');
    }
    set ipv6AddressMode(value) {
        this._ipv6AddressMode = value;
    }
    resetIpv6AddressMode() {
        this._ipv6AddressMode = undefined;
    }
    // Temporarily expose input value. Use with caution.
    get ipv6AddressModeInput() {
        return this._ipv6AddressMode;
    }
    // ipv6_ra_mode - computed: true, optional: true, required: false
    _ipv6RaMode;
    get ipv6RaMode() {
        return this.getStringAttribute('ipv6_ra_mode');
    }
    set ipv6RaMode(value) {
        this._ipv6RaMode = value;
    }
    resetIpv6RaMode() {
        this._ipv6RaMode = undefined;
    }
    // Temporarily expose input value. Use with caution.
    get ipv6RaModeInput() {
        return this._ipv6RaMode;
    }
    // name - computed: true, optional: true, required: false
    _name;
    get name() {
        return this.getStringAttribute('name');
    }
    set name(value) {
        this._name = value;
    }
    resetName() {
        this._name = undefined;
    }
    // Temporarily expose input value. Use with caution.
    get nameInput() {
        return this._name;
    }
    // network_id - computed: true, optional: true, required: false
    _networkId;
    get networkId() {
        return this.getStringAttribute('network_id');
    }
    set networkId(value) {
        this._networkId = value;
    }
    resetNetworkId() {
        this._networkId = undefined;
    }
    // Temporarily expose input value. Use with caution.
    get networkIdInput() {
        return this._networkId;
    }
    // region - computed: true, optional: true, required: false
    _region;
    get region() {
        return this.getStringAttribute('region');
    }
    set region(value) {
        this._region = value;
    }
    resetRegion() {
        this._region = undefined;
    }
    // Temporarily expose input value. Use with caution.
    get regionInput() {
        return this._region;
    }
    // segment_id - computed: true, optional: true, required: false
    _segmentId;
    get segmentId() {
        return this.getStringAttribute('segment_id');
    }
    set segmentId(value) {
        this._segmentId = value;
    }
    resetSegmentId() {
        this._segmentId = undefined;
    }
    // Temporarily expose input value. Use with caution.
    get segmentIdInput() {
        return this._segmentId;
    }
    // service_types - computed: true, optional: false, required: false
    get serviceTypes() {
        return cdktf.Fn.tolist(this.getListAttribute('service_types'));
    }
    // subnet_id - computed: true, optional: true, required: false
    _subnetId;
    get subnetId() {
        return this.getStringAttribute('subnet_id');
    }
    set subnetId(value) {
        this._subnetId = value;
    }
    resetSubnetId() {
        this._subnetId = undefined;
    }
    // Temporarily expose input value. Use with caution.
    get subnetIdInput() {
        return this._subnetId;
    }
    // subnetpool_id - computed: true, optional: true, required: false
    _subnetpoolId;
    get subnetpoolId() {
        return this.getStringAttribute('subnetpool_id');
    }
    set subnetpoolId(value) {
        this._subnetpoolId = value;
    }
    resetSubnetpoolId() {
        this._subnetpoolId = undefined;
    }
    // Temporarily expose input value. Use with caution.
    get subnetpoolIdInput() {
        return this._subnetpoolId;
    }
    // tags - computed: false, optional: true, required: false
    _tags;
    get tags() {
        return cdktf.Fn.tolist(this.getListAttribute('tags'));
    }
    set tags(value) {
        this._tags = value;
    }
    resetTags() {
        this._tags = undefined;
    }
    // Temporarily expose input value. Use with caution.
    get tagsInput() {
        return this._tags;
    }
    // tenant_id - computed: true, optional: true, required: false
    _tenantId;
    get tenantId() {
        return this.getStringAttribute('tenant_id');
    }
    set tenantId(value) {
        this._tenantId = value;
    }
    resetTenantId() {
        this._tenantId = undefined;
    }
    // Temporarily expose input value. Use with caution.
    get tenantIdInput() {
        return this._tenantId;
    }
    // =========
    // SYNTHESIS
    // =========
    synthesizeAttributes() {
        return {
            cidr: cdktf.stringToTerraform(this._cidr),
            description: cdktf.stringToTerraform(this._description),
            dhcp_enabled: cdktf.booleanToTerraform(this._dhcpEnabled),
            dns_publish_fixed_ip: cdktf.booleanToTerraform(this._dnsPublishFixedIp),
            gateway_ip: cdktf.stringToTerraform(this._gatewayIp),
            id: cdktf.stringToTerraform(this._id),
            ip_version: cdktf.numberToTerraform(this._ipVersion),
            ipv6_address_mode: cdktf.stringToTerraform(this._ipv6AddressMode),
            ipv6_ra_mode: cdktf.stringToTerraform(this._ipv6RaMode),
            name: cdktf.stringToTerraform(this._name),
            network_id: cdktf.stringToTerraform(this._networkId),
            region: cdktf.stringToTerraform(this._region),
            segment_id: cdktf.stringToTerraform(this._segmentId),
            subnet_id: cdktf.stringToTerraform(this._subnetId),
            subnetpool_id: cdktf.stringToTerraform(this._subnetpoolId),
            tags: cdktf.listMapper(cdktf.stringToTerraform, false)(this._tags),
            tenant_id: cdktf.stringToTerraform(this._tenantId),
        };
    }
    synthesizeHclAttributes() {
        const attrs = {
            cidr: {
                value: cdktf.stringToHclTerraform(this._cidr),
                isBlock: false,
                type: "simple",
                storageClassType: "string",
            },
            description: {
                value: cdktf.stringToHclTerraform(this._description),
                isBlock: false,
                type: "simple",
                storageClassType: "string",
            },
            dhcp_enabled: {
                value: cdktf.booleanToHclTerraform(this._dhcpEnabled),
                isBlock: false,
                type: "simple",
                storageClassType: "boolean",
            },
            dns_publish_fixed_ip: {
                value: cdktf.booleanToHclTerraform(this._dnsPublishFixedIp),
                isBlock: false,
                type: "simple",
                storageClassType: "boolean",
            },
            gateway_ip: {
                value: cdktf.stringToHclTerraform(this._gatewayIp),
                isBlock: false,
                type: "simple",
                storageClassType: "string",
            },
            id: {
                value: cdktf.stringToHclTerraform(this._id),
                isBlock: false,
                type: "simple",
                storageClassType: "string",
            },
            ip_version: {
                value: cdktf.numberToHclTerraform(this._ipVersion),
                isBlock: false,
                type: "simple",
                storageClassType: "number",
            },
            ipv6_address_mode: {
                value: cdktf.stringToHclTerraform(this._ipv6AddressMode),
                isBlock: false,
                type: "simple",
                storageClassType: "string",
            },
            ipv6_ra_mode: {
                value: cdktf.stringToHclTerraform(this._ipv6RaMode),
                isBlock: false,
                type: "simple",
                storageClassType: "string",
            },
            name: {
                value: cdktf.stringToHclTerraform(this._name),
                isBlock: false,
                type: "simple",
                storageClassType: "string",
            },
            network_id: {
                value: cdktf.stringToHclTerraform(this._networkId),
                isBlock: false,
                type: "simple",
                storageClassType: "string",
            },
            region: {
                value: cdktf.stringToHclTerraform(this._region),
                isBlock: false,
                type: "simple",
                storageClassType: "string",
            },
            segment_id: {
                value: cdktf.stringToHclTerraform(this._segmentId),
                isBlock: false,
                type: "simple",
                storageClassType: "string",
            },
            subnet_id: {
                value: cdktf.stringToHclTerraform(this._subnetId),
                isBlock: false,
                type: "simple",
                storageClassType: "string",
            },
            subnetpool_id: {
                value: cdktf.stringToHclTerraform(this._subnetpoolId),
                isBlock: false,
                type: "simple",
                storageClassType: "string",
            },
            tags: {
                value: cdktf.listMapperHcl(cdktf.stringToHclTerraform, false)(this._tags),
                isBlock: false,
                type: "set",
                storageClassType: "stringList",
            },
            tenant_id: {
                value: cdktf.stringToHclTerraform(this._tenantId),
                isBlock: false,
                type: "simple",
                storageClassType: "string",
            },
        };
        // remove undefined attributes
        return Object.fromEntries(Object.entries(attrs).filter(([_, value]) => value !== undefined && value.value !== undefined));
    }
}
exports.DataOpenstackNetworkingSubnetV2 = DataOpenstackNetworkingSubnetV2;
