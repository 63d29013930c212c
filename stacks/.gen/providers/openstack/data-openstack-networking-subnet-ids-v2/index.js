"use strict";
// https://registry.terraform.io/providers/terraform-provider-openstack/openstack/3.4.0/docs/data-sources/networking_subnet_ids_v2
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
exports.DataOpenstackNetworkingSubnetIdsV2 = void 0;
const cdktf = __importStar(require("cdktf"));
/**
* Represents a {@link https://registry.terraform.io/providers/terraform-provider-openstack/openstack/3.4.0/docs/data-sources/networking_subnet_ids_v2 openstack_networking_subnet_ids_v2}
*/
class DataOpenstackNetworkingSubnetIdsV2 extends cdktf.TerraformDataSource {
    // =================
    // STATIC PROPERTIES
    // =================
    static tfResourceType = "openstack_networking_subnet_ids_v2";
    // ==============
    // STATIC Methods
    // ==============
    /**
    * Generates CDKTF code for importing a DataOpenstackNetworkingSubnetIdsV2 resource upon running "cdktf plan <stack-name>"
    * @param scope The scope in which to define this construct
    * @param importToId The construct id used in the generated config for the DataOpenstackNetworkingSubnetIdsV2 to import
    * @param importFromId The id of the existing DataOpenstackNetworkingSubnetIdsV2 that should be imported. Refer to the {@link https://registry.terraform.io/providers/terraform-provider-openstack/openstack/3.4.0/docs/data-sources/networking_subnet_ids_v2#import import section} in the documentation of this resource for the id to use
    * @param provider? Optional instance of the provider where the DataOpenstackNetworkingSubnetIdsV2 to import is found
    */
    static generateConfigForImport(scope, importToId, importFromId, provider) {
        return new cdktf.ImportableResource(scope, importToId, { terraformResourceType: "openstack_networking_subnet_ids_v2", importId: importFromId, provider });
    }
    // ===========
    // INITIALIZER
    // ===========
    /**
    * Create a new {@link https://registry.terraform.io/providers/terraform-provider-openstack/openstack/3.4.0/docs/data-sources/networking_subnet_ids_v2 openstack_networking_subnet_ids_v2} Data Source
    *
    * @param scope The scope in which to define this construct
    * @param id The scoped construct ID. Must be unique amongst siblings in the same scope
    * @param options DataOpenstackNetworkingSubnetIdsV2Config = {}
    */
    constructor(scope, id, config = {}) {
        super(scope, id, {
            terraformResourceType: 'openstack_networking_subnet_ids_v2',
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
        this._nameRegex = config.nameRegex;
        this._networkId = config.networkId;
        this._region = config.region;
        this._segmentId = config.segmentId;
        this._sortDirection = config.sortDirection;
        this._sortKey = config.sortKey;
        this._subnetpoolId = config.subnetpoolId;
        this._tags = config.tags;
        this._tenantId = config.tenantId;
    }
    // ==========
    // ATTRIBUTES
    // ==========
    // cidr - computed: false, optional: true, required: false
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
    // gateway_ip - computed: false, optional: true, required: false
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
    // ids - computed: true, optional: false, required: false
    get ids() {
        return this.getListAttribute('ids');
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
    // ipv6_address_mode - computed: false, optional: true, required: false
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
    // name_regex - computed: false, optional: true, required: false
    _nameRegex;
    get nameRegex() {
        return this.getStringAttribute('name_regex');
    }
    set nameRegex(value) {
        this._nameRegex = value;
    }
    resetNameRegex() {
        this._nameRegex = undefined;
    }
    // Temporarily expose input value. Use with caution.
    get nameRegexInput() {
        return this._nameRegex;
    }
    // network_id - computed: false, optional: true, required: false
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
    // sort_direction - computed: false, optional: true, required: false
    _sortDirection;
    get sortDirection() {
        return this.getStringAttribute('sort_direction');
    }
    set sortDirection(value) {
        this._sortDirection = value;
    }
    resetSortDirection() {
        this._sortDirection = undefined;
    }
    // Temporarily expose input value. Use with caution.
    get sortDirectionInput() {
        return this._sortDirection;
    }
    // sort_key - computed: false, optional: true, required: false
    _sortKey;
    get sortKey() {
        return this.getStringAttribute('sort_key');
    }
    set sortKey(value) {
        this._sortKey = value;
    }
    resetSortKey() {
        this._sortKey = undefined;
    }
    // Temporarily expose input value. Use with caution.
    get sortKeyInput() {
        return this._sortKey;
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
    // tenant_id - computed: false, optional: true, required: false
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
            name_regex: cdktf.stringToTerraform(this._nameRegex),
            network_id: cdktf.stringToTerraform(this._networkId),
            region: cdktf.stringToTerraform(this._region),
            segment_id: cdktf.stringToTerraform(this._segmentId),
            sort_direction: cdktf.stringToTerraform(this._sortDirection),
            sort_key: cdktf.stringToTerraform(this._sortKey),
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
            name_regex: {
                value: cdktf.stringToHclTerraform(this._nameRegex),
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
            sort_direction: {
                value: cdktf.stringToHclTerraform(this._sortDirection),
                isBlock: false,
                type: "simple",
                storageClassType: "string",
            },
            sort_key: {
                value: cdktf.stringToHclTerraform(this._sortKey),
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
exports.DataOpenstackNetworkingSubnetIdsV2 = DataOpenstackNetworkingSubnetIdsV2;
