"use strict";
// https://registry.terraform.io/providers/terraform-provider-openstack/openstack/3.4.0/docs/resources/networking_subnet_v2
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
exports.NetworkingSubnetV2 = exports.NetworkingSubnetV2TimeoutsOutputReference = exports.NetworkingSubnetV2AllocationPoolList = exports.NetworkingSubnetV2AllocationPoolOutputReference = void 0;
exports.networkingSubnetV2AllocationPoolToTerraform = networkingSubnetV2AllocationPoolToTerraform;
exports.networkingSubnetV2AllocationPoolToHclTerraform = networkingSubnetV2AllocationPoolToHclTerraform;
exports.networkingSubnetV2TimeoutsToTerraform = networkingSubnetV2TimeoutsToTerraform;
exports.networkingSubnetV2TimeoutsToHclTerraform = networkingSubnetV2TimeoutsToHclTerraform;
const cdktf = __importStar(require("cdktf"));
function networkingSubnetV2AllocationPoolToTerraform(struct) {
    if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) {
        return struct;
    }
    if (cdktf.isComplexElement(struct)) {
        throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
    }
    return {
        end: cdktf.stringToTerraform(struct.end),
        start: cdktf.stringToTerraform(struct.start),
    };
}
function networkingSubnetV2AllocationPoolToHclTerraform(struct) {
    if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) {
        return struct;
    }
    if (cdktf.isComplexElement(struct)) {
        throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
    }
    const attrs = {
        end: {
            value: cdktf.stringToHclTerraform(struct.end),
            isBlock: false,
            type: "simple",
            storageClassType: "string",
        },
        start: {
            value: cdktf.stringToHclTerraform(struct.start),
            isBlock: false,
            type: "simple",
            storageClassType: "string",
        },
    };
    // remove undefined attributes
    return Object.fromEntries(Object.entries(attrs).filter(([_, value]) => value !== undefined && value.value !== undefined));
}
class NetworkingSubnetV2AllocationPoolOutputReference extends cdktf.ComplexObject {
    isEmptyObject = false;
    resolvableValue;
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
        if (this.resolvableValue) {
            return this.resolvableValue;
        }
        let hasAnyValues = this.isEmptyObject;
        const internalValueResult = {};
        if (this._end !== undefined) {
            hasAnyValues = true;
            internalValueResult.end = this._end;
        }
        if (this._start !== undefined) {
            hasAnyValues = true;
            internalValueResult.start = this._start;
        }
        return hasAnyValues ? internalValueResult : undefined;
    }
    set internalValue(value) {
        if (value === undefined) {
            this.isEmptyObject = false;
            this.resolvableValue = undefined;
            this._end = undefined;
            this._start = undefined;
        }
        else if (cdktf.Tokenization.isResolvable(value)) {
            this.isEmptyObject = false;
            this.resolvableValue = value;
        }
        else {
            this.isEmptyObject = Object.keys(value).length === 0;
            this.resolvableValue = undefined;
            this._end = value.end;
            this._start = value.start;
        }
    }
    // end - computed: false, optional: false, required: true
    _end;
    get end() {
        return this.getStringAttribute('end');
    }
    set end(value) {
        this._end = value;
    }
    // Temporarily expose input value. Use with caution.
    get endInput() {
        return this._end;
    }
    // start - computed: false, optional: false, required: true
    _start;
    get start() {
        return this.getStringAttribute('start');
    }
    set start(value) {
        this._start = value;
    }
    // Temporarily expose input value. Use with caution.
    get startInput() {
        return this._start;
    }
}
exports.NetworkingSubnetV2AllocationPoolOutputReference = NetworkingSubnetV2AllocationPoolOutputReference;
class NetworkingSubnetV2AllocationPoolList extends cdktf.ComplexList {
    terraformResource;
    terraformAttribute;
    wrapsSet;
    internalValue;
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
        return new NetworkingSubnetV2AllocationPoolOutputReference(this.terraformResource, this.terraformAttribute, index, this.wrapsSet);
    }
}
exports.NetworkingSubnetV2AllocationPoolList = NetworkingSubnetV2AllocationPoolList;
function networkingSubnetV2TimeoutsToTerraform(struct) {
    if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) {
        return struct;
    }
    if (cdktf.isComplexElement(struct)) {
        throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
    }
    return {
        create: cdktf.stringToTerraform(struct.create),
        delete: cdktf.stringToTerraform(struct.delete),
    };
}
function networkingSubnetV2TimeoutsToHclTerraform(struct) {
    if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) {
        return struct;
    }
    if (cdktf.isComplexElement(struct)) {
        throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
    }
    const attrs = {
        create: {
            value: cdktf.stringToHclTerraform(struct.create),
            isBlock: false,
            type: "simple",
            storageClassType: "string",
        },
        delete: {
            value: cdktf.stringToHclTerraform(struct.delete),
            isBlock: false,
            type: "simple",
            storageClassType: "string",
        },
    };
    // remove undefined attributes
    return Object.fromEntries(Object.entries(attrs).filter(([_, value]) => value !== undefined && value.value !== undefined));
}
class NetworkingSubnetV2TimeoutsOutputReference extends cdktf.ComplexObject {
    isEmptyObject = false;
    resolvableValue;
    /**
    * @param terraformResource The parent resource
    * @param terraformAttribute The attribute on the parent resource this class is referencing
    */
    constructor(terraformResource, terraformAttribute) {
        super(terraformResource, terraformAttribute, false);
    }
    get internalValue() {
        if (this.resolvableValue) {
            return this.resolvableValue;
        }
        let hasAnyValues = this.isEmptyObject;
        const internalValueResult = {};
        if (this._create !== undefined) {
            hasAnyValues = true;
            internalValueResult.create = this._create;
        }
        if (this._delete !== undefined) {
            hasAnyValues = true;
            internalValueResult.delete = this._delete;
        }
        return hasAnyValues ? internalValueResult : undefined;
    }
    set internalValue(value) {
        if (value === undefined) {
            this.isEmptyObject = false;
            this.resolvableValue = undefined;
            this._create = undefined;
            this._delete = undefined;
        }
        else if (cdktf.Tokenization.isResolvable(value)) {
            this.isEmptyObject = false;
            this.resolvableValue = value;
        }
        else {
            this.isEmptyObject = Object.keys(value).length === 0;
            this.resolvableValue = undefined;
            this._create = value.create;
            this._delete = value.delete;
        }
    }
    // create - computed: false, optional: true, required: false
    _create;
    get create() {
        return this.getStringAttribute('create');
    }
    set create(value) {
        this._create = value;
    }
    resetCreate() {
        this._create = undefined;
    }
    // Temporarily expose input value. Use with caution.
    get createInput() {
        return this._create;
    }
    // delete - computed: false, optional: true, required: false
    _delete;
    get delete() {
        return this.getStringAttribute('delete');
    }
    set delete(value) {
        this._delete = value;
    }
    resetDelete() {
        this._delete = undefined;
    }
    // Temporarily expose input value. Use with caution.
    get deleteInput() {
        return this._delete;
    }
}
exports.NetworkingSubnetV2TimeoutsOutputReference = NetworkingSubnetV2TimeoutsOutputReference;
/**
* Represents a {@link https://registry.terraform.io/providers/terraform-provider-openstack/openstack/3.4.0/docs/resources/networking_subnet_v2 openstack_networking_subnet_v2}
*/
class NetworkingSubnetV2 extends cdktf.TerraformResource {
    // =================
    // STATIC PROPERTIES
    // =================
    static tfResourceType = "openstack_networking_subnet_v2";
    // ==============
    // STATIC Methods
    // ==============
    /**
    * Generates CDKTF code for importing a NetworkingSubnetV2 resource upon running "cdktf plan <stack-name>"
    * @param scope The scope in which to define this construct
    * @param importToId The construct id used in the generated config for the NetworkingSubnetV2 to import
    * @param importFromId The id of the existing NetworkingSubnetV2 that should be imported. Refer to the {@link https://registry.terraform.io/providers/terraform-provider-openstack/openstack/3.4.0/docs/resources/networking_subnet_v2#import import section} in the documentation of this resource for the id to use
    * @param provider? Optional instance of the provider where the NetworkingSubnetV2 to import is found
    */
    static generateConfigForImport(scope, importToId, importFromId, provider) {
        return new cdktf.ImportableResource(scope, importToId, { terraformResourceType: "openstack_networking_subnet_v2", importId: importFromId, provider });
    }
    // ===========
    // INITIALIZER
    // ===========
    /**
    * Create a new {@link https://registry.terraform.io/providers/terraform-provider-openstack/openstack/3.4.0/docs/resources/networking_subnet_v2 openstack_networking_subnet_v2} Resource
    *
    * @param scope The scope in which to define this construct
    * @param id The scoped construct ID. Must be unique amongst siblings in the same scope
    * @param options NetworkingSubnetV2Config
    */
    constructor(scope, id, config) {
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
        this._dnsNameservers = config.dnsNameservers;
        this._dnsPublishFixedIp = config.dnsPublishFixedIp;
        this._enableDhcp = config.enableDhcp;
        this._gatewayIp = config.gatewayIp;
        this._id = config.id;
        this._ipVersion = config.ipVersion;
        this._ipv6AddressMode = config.ipv6AddressMode;
        this._ipv6RaMode = config.ipv6RaMode;
        this._name = config.name;
        this._networkId = config.networkId;
        this._noGateway = config.noGateway;
        this._prefixLength = config.prefixLength;
        this._region = config.region;
        this._segmentId = config.segmentId;
        this._serviceTypes = config.serviceTypes;
        this._subnetpoolId = config.subnetpoolId;
        this._tags = config.tags;
        this._tenantId = config.tenantId;
        this._valueSpecs = config.valueSpecs;
        this._allocationPool.internalValue = config.allocationPool;
        this._timeouts.internalValue = config.timeouts;
    }
    // ==========
    // ATTRIBUTES
    // ==========
    // all_tags - computed: true, optional: false, required: false
    get allTags() {
        return cdktf.Fn.tolist(this.getListAttribute('all_tags'));
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
    // description - computed: false, optional: true, required: false
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
    // dns_nameservers - computed: false, optional: true, required: false
    _dnsNameservers;
    get dnsNameservers() {
        return this.getListAttribute('dns_nameservers');
    }
    set dnsNameservers(value) {
        this._dnsNameservers = value;
    }
    resetDnsNameservers() {
        this._dnsNameservers = undefined;
    }
    // Temporarily expose input value. Use with caution.
    get dnsNameserversInput() {
        return this._dnsNameservers;
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
    // enable_dhcp - computed: false, optional: true, required: false
    _enableDhcp;
    get enableDhcp() {
        return this.getBooleanAttribute('enable_dhcp');
    }
    set enableDhcp(value) {
        this._enableDhcp = value;
    }
    resetEnableDhcp() {
        this._enableDhcp = undefined;
    }
    // Temporarily expose input value. Use with caution.
    get enableDhcpInput() {
        return this._enableDhcp;
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
    // ip_version - computed: false, optional: true, required: false
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
    // name - computed: false, optional: true, required: false
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
    // network_id - computed: false, optional: false, required: true
    _networkId;
    get networkId() {
        return this.getStringAttribute('network_id');
    }
    set networkId(value) {
        this._networkId = value;
    }
    // Temporarily expose input value. Use with caution.
    get networkIdInput() {
        return this._networkId;
    }
    // no_gateway - computed: false, optional: true, required: false
    _noGateway;
    get noGateway() {
        return this.getBooleanAttribute('no_gateway');
    }
    set noGateway(value) {
        this._noGateway = value;
    }
    resetNoGateway() {
        this._noGateway = undefined;
    }
    // Temporarily expose input value. Use with caution.
    get noGatewayInput() {
        return this._noGateway;
    }
    // prefix_length - computed: false, optional: true, required: false
    _prefixLength;
    get prefixLength() {
        return this.getNumberAttribute('prefix_length');
    }
    set prefixLength(value) {
        this._prefixLength = value;
    }
    resetPrefixLength() {
        this._prefixLength = undefined;
    }
    // Temporarily expose input value. Use with caution.
    get prefixLengthInput() {
        return this._prefixLength;
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
    // segment_id - computed: false, optional: true, required: false
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
    // service_types - computed: true, optional: true, required: false
    _serviceTypes;
    get serviceTypes() {
        return this.getListAttribute('service_types');
    }
    set serviceTypes(value) {
        this._serviceTypes = value;
    }
    resetServiceTypes() {
        this._serviceTypes = undefined;
    }
    // Temporarily expose input value. Use with caution.
    get serviceTypesInput() {
        return this._serviceTypes;
    }
    // subnetpool_id - computed: false, optional: true, required: false
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
    // value_specs - computed: false, optional: true, required: false
    _valueSpecs;
    get valueSpecs() {
        return this.getStringMapAttribute('value_specs');
    }
    set valueSpecs(value) {
        this._valueSpecs = value;
    }
    resetValueSpecs() {
        this._valueSpecs = undefined;
    }
    // Temporarily expose input value. Use with caution.
    get valueSpecsInput() {
        return this._valueSpecs;
    }
    // allocation_pool - computed: false, optional: true, required: false
    _allocationPool = new NetworkingSubnetV2AllocationPoolList(this, "allocation_pool", true);
    get allocationPool() {
        return this._allocationPool;
    }
    putAllocationPool(value) {
        this._allocationPool.internalValue = value;
    }
    resetAllocationPool() {
        this._allocationPool.internalValue = undefined;
    }
    // Temporarily expose input value. Use with caution.
    get allocationPoolInput() {
        return this._allocationPool.internalValue;
    }
    // timeouts - computed: false, optional: true, required: false
    _timeouts = new NetworkingSubnetV2TimeoutsOutputReference(this, "timeouts");
    get timeouts() {
        return this._timeouts;
    }
    putTimeouts(value) {
        this._timeouts.internalValue = value;
    }
    resetTimeouts() {
        this._timeouts.internalValue = undefined;
    }
    // Temporarily expose input value. Use with caution.
    get timeoutsInput() {
        return this._timeouts.internalValue;
    }
    // =========
    // SYNTHESIS
    // =========
    synthesizeAttributes() {
        return {
            cidr: cdktf.stringToTerraform(this._cidr),
            description: cdktf.stringToTerraform(this._description),
            dns_nameservers: cdktf.listMapper(cdktf.stringToTerraform, false)(this._dnsNameservers),
            dns_publish_fixed_ip: cdktf.booleanToTerraform(this._dnsPublishFixedIp),
            enable_dhcp: cdktf.booleanToTerraform(this._enableDhcp),
            gateway_ip: cdktf.stringToTerraform(this._gatewayIp),
            id: cdktf.stringToTerraform(this._id),
            ip_version: cdktf.numberToTerraform(this._ipVersion),
            ipv6_address_mode: cdktf.stringToTerraform(this._ipv6AddressMode),
            ipv6_ra_mode: cdktf.stringToTerraform(this._ipv6RaMode),
            name: cdktf.stringToTerraform(this._name),
            network_id: cdktf.stringToTerraform(this._networkId),
            no_gateway: cdktf.booleanToTerraform(this._noGateway),
            prefix_length: cdktf.numberToTerraform(this._prefixLength),
            region: cdktf.stringToTerraform(this._region),
            segment_id: cdktf.stringToTerraform(this._segmentId),
            service_types: cdktf.listMapper(cdktf.stringToTerraform, false)(this._serviceTypes),
            subnetpool_id: cdktf.stringToTerraform(this._subnetpoolId),
            tags: cdktf.listMapper(cdktf.stringToTerraform, false)(this._tags),
            tenant_id: cdktf.stringToTerraform(this._tenantId),
            value_specs: cdktf.hashMapper(cdktf.stringToTerraform)(this._valueSpecs),
            allocation_pool: cdktf.listMapper(networkingSubnetV2AllocationPoolToTerraform, true)(this._allocationPool.internalValue),
            timeouts: networkingSubnetV2TimeoutsToTerraform(this._timeouts.internalValue),
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
            dns_nameservers: {
                value: cdktf.listMapperHcl(cdktf.stringToHclTerraform, false)(this._dnsNameservers),
                isBlock: false,
                type: "list",
                storageClassType: "stringList",
            },
            dns_publish_fixed_ip: {
                value: cdktf.booleanToHclTerraform(this._dnsPublishFixedIp),
                isBlock: false,
                type: "simple",
                storageClassType: "boolean",
            },
            enable_dhcp: {
                value: cdktf.booleanToHclTerraform(this._enableDhcp),
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
            no_gateway: {
                value: cdktf.booleanToHclTerraform(this._noGateway),
                isBlock: false,
                type: "simple",
                storageClassType: "boolean",
            },
            prefix_length: {
                value: cdktf.numberToHclTerraform(this._prefixLength),
                isBlock: false,
                type: "simple",
                storageClassType: "number",
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
            service_types: {
                value: cdktf.listMapperHcl(cdktf.stringToHclTerraform, false)(this._serviceTypes),
                isBlock: false,
                type: "list",
                storageClassType: "stringList",
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
            value_specs: {
                value: cdktf.hashMapperHcl(cdktf.stringToHclTerraform)(this._valueSpecs),
                isBlock: false,
                type: "map",
                storageClassType: "stringMap",
            },
            allocation_pool: {
                value: cdktf.listMapperHcl(networkingSubnetV2AllocationPoolToHclTerraform, true)(this._allocationPool.internalValue),
                isBlock: true,
                type: "set",
                storageClassType: "NetworkingSubnetV2AllocationPoolList",
            },
            timeouts: {
                value: networkingSubnetV2TimeoutsToHclTerraform(this._timeouts.internalValue),
                isBlock: true,
                type: "struct",
                storageClassType: "NetworkingSubnetV2Timeouts",
            },
        };
        // remove undefined attributes
        return Object.fromEntries(Object.entries(attrs).filter(([_, value]) => value !== undefined && value.value !== undefined));
    }
}
exports.NetworkingSubnetV2 = NetworkingSubnetV2;
