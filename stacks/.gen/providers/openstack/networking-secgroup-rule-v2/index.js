"use strict";
// https://registry.terraform.io/providers/terraform-provider-openstack/openstack/3.4.0/docs/resources/networking_secgroup_rule_v2
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
exports.NetworkingSecgroupRuleV2 = exports.NetworkingSecgroupRuleV2TimeoutsOutputReference = void 0;
exports.networkingSecgroupRuleV2TimeoutsToTerraform = networkingSecgroupRuleV2TimeoutsToTerraform;
exports.networkingSecgroupRuleV2TimeoutsToHclTerraform = networkingSecgroupRuleV2TimeoutsToHclTerraform;
const cdktf = __importStar(require("cdktf"));
function networkingSecgroupRuleV2TimeoutsToTerraform(struct) {
    if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) {
        return struct;
    }
    if (cdktf.isComplexElement(struct)) {
        throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
    }
    return {
        delete: cdktf.stringToTerraform(struct.delete),
    };
}
function networkingSecgroupRuleV2TimeoutsToHclTerraform(struct) {
    if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) {
        return struct;
    }
    if (cdktf.isComplexElement(struct)) {
        throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
    }
    const attrs = {
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
class NetworkingSecgroupRuleV2TimeoutsOutputReference extends cdktf.ComplexObject {
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
            this._delete = undefined;
        }
        else if (cdktf.Tokenization.isResolvable(value)) {
            this.isEmptyObject = false;
            this.resolvableValue = value;
        }
        else {
            this.isEmptyObject = Object.keys(value).length === 0;
            this.resolvableValue = undefined;
            this._delete = value.delete;
        }
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
exports.NetworkingSecgroupRuleV2TimeoutsOutputReference = NetworkingSecgroupRuleV2TimeoutsOutputReference;
/**
* Represents a {@link https://registry.terraform.io/providers/terraform-provider-openstack/openstack/3.4.0/docs/resources/networking_secgroup_rule_v2 openstack_networking_secgroup_rule_v2}
*/
class NetworkingSecgroupRuleV2 extends cdktf.TerraformResource {
    // =================
    // STATIC PROPERTIES
    // =================
    static tfResourceType = "openstack_networking_secgroup_rule_v2";
    // ==============
    // STATIC Methods
    // ==============
    /**
    * Generates CDKTF code for importing a NetworkingSecgroupRuleV2 resource upon running "cdktf plan <stack-name>"
    * @param scope The scope in which to define this construct
    * @param importToId The construct id used in the generated config for the NetworkingSecgroupRuleV2 to import
    * @param importFromId The id of the existing NetworkingSecgroupRuleV2 that should be imported. Refer to the {@link https://registry.terraform.io/providers/terraform-provider-openstack/openstack/3.4.0/docs/resources/networking_secgroup_rule_v2#import import section} in the documentation of this resource for the id to use
    * @param provider? Optional instance of the provider where the NetworkingSecgroupRuleV2 to import is found
    */
    static generateConfigForImport(scope, importToId, importFromId, provider) {
        return new cdktf.ImportableResource(scope, importToId, { terraformResourceType: "openstack_networking_secgroup_rule_v2", importId: importFromId, provider });
    }
    // ===========
    // INITIALIZER
    // ===========
    /**
    * Create a new {@link https://registry.terraform.io/providers/terraform-provider-openstack/openstack/3.4.0/docs/resources/networking_secgroup_rule_v2 openstack_networking_secgroup_rule_v2} Resource
    *
    * @param scope The scope in which to define this construct
    * @param id The scoped construct ID. Must be unique amongst siblings in the same scope
    * @param options NetworkingSecgroupRuleV2Config
    */
    constructor(scope, id, config) {
        super(scope, id, {
            terraformResourceType: 'openstack_networking_secgroup_rule_v2',
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
        this._description = config.description;
        this._direction = config.direction;
        this._ethertype = config.ethertype;
        this._id = config.id;
        this._portRangeMax = config.portRangeMax;
        this._portRangeMin = config.portRangeMin;
        this._protocol = config.protocol;
        this._region = config.region;
        this._remoteAddressGroupId = config.remoteAddressGroupId;
        this._remoteGroupId = config.remoteGroupId;
        this._remoteIpPrefix = config.remoteIpPrefix;
        this._securityGroupId = config.securityGroupId;
        this._tenantId = config.tenantId;
        this._timeouts.internalValue = config.timeouts;
    }
    // ==========
    // ATTRIBUTES
    // ==========
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
    // direction - computed: false, optional: false, required: true
    _direction;
    get direction() {
        return this.getStringAttribute('direction');
    }
    set direction(value) {
        this._direction = value;
    }
    // Temporarily expose input value. Use with caution.
    get directionInput() {
        return this._direction;
    }
    // ethertype - computed: false, optional: false, required: true
    _ethertype;
    get ethertype() {
        return this.getStringAttribute('ethertype');
    }
    set ethertype(value) {
        this._ethertype = value;
    }
    // Temporarily expose input value. Use with caution.
    get ethertypeInput() {
        return this._ethertype;
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
    // port_range_max - computed: false, optional: true, required: false
    _portRangeMax;
    get portRangeMax() {
        return this.getNumberAttribute('port_range_max');
    }
    set portRangeMax(value) {
        this._portRangeMax = value;
    }
    resetPortRangeMax() {
        this._portRangeMax = undefined;
    }
    // Temporarily expose input value. Use with caution.
    get portRangeMaxInput() {
        return this._portRangeMax;
    }
    // port_range_min - computed: false, optional: true, required: false
    _portRangeMin;
    get portRangeMin() {
        return this.getNumberAttribute('port_range_min');
    }
    set portRangeMin(value) {
        this._portRangeMin = value;
    }
    resetPortRangeMin() {
        this._portRangeMin = undefined;
    }
    // Temporarily expose input value. Use with caution.
    get portRangeMinInput() {
        return this._portRangeMin;
    }
    // protocol - computed: false, optional: true, required: false
    _protocol;
    get protocol() {
        return this.getStringAttribute('protocol');
    }
    set protocol(value) {
        this._protocol = value;
    }
    resetProtocol() {
        this._protocol = undefined;
    }
    // Temporarily expose input value. Use with caution.
    get protocolInput() {
        return this._protocol;
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
    // remote_address_group_id - computed: true, optional: true, required: false
    _remoteAddressGroupId;
    get remoteAddressGroupId() {
        return this.getStringAttribute('remote_address_group_id');
    }
    set remoteAddressGroupId(value) {
        this._remoteAddressGroupId = value;
    }
    resetRemoteAddressGroupId() {
        this._remoteAddressGroupId = undefined;
    }
    // Temporarily expose input value. Use with caution.
    get remoteAddressGroupIdInput() {
        return this._remoteAddressGroupId;
    }
    // remote_group_id - computed: true, optional: true, required: false
    _remoteGroupId;
    get remoteGroupId() {
        return this.getStringAttribute('remote_group_id');
    }
    set remoteGroupId(value) {
        this._remoteGroupId = value;
    }
    resetRemoteGroupId() {
        this._remoteGroupId = undefined;
    }
    // Temporarily expose input value. Use with caution.
    get remoteGroupIdInput() {
        return this._remoteGroupId;
    }
    // remote_ip_prefix - computed: true, optional: true, required: false
    _remoteIpPrefix;
    get remoteIpPrefix() {
        return this.getStringAttribute('remote_ip_prefix');
    }
    set remoteIpPrefix(value) {
        this._remoteIpPrefix = value;
    }
    resetRemoteIpPrefix() {
        this._remoteIpPrefix = undefined;
    }
    // Temporarily expose input value. Use with caution.
    get remoteIpPrefixInput() {
        return this._remoteIpPrefix;
    }
    // security_group_id - computed: false, optional: false, required: true
    _securityGroupId;
    get securityGroupId() {
        return this.getStringAttribute('security_group_id');
    }
    set securityGroupId(value) {
        this._securityGroupId = value;
    }
    // Temporarily expose input value. Use with caution.
    get securityGroupIdInput() {
        return this._securityGroupId;
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
    // timeouts - computed: false, optional: true, required: false
    _timeouts = new NetworkingSecgroupRuleV2TimeoutsOutputReference(this, "timeouts");
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
            description: cdktf.stringToTerraform(this._description),
            direction: cdktf.stringToTerraform(this._direction),
            ethertype: cdktf.stringToTerraform(this._ethertype),
            id: cdktf.stringToTerraform(this._id),
            port_range_max: cdktf.numberToTerraform(this._portRangeMax),
            port_range_min: cdktf.numberToTerraform(this._portRangeMin),
            protocol: cdktf.stringToTerraform(this._protocol),
            region: cdktf.stringToTerraform(this._region),
            remote_address_group_id: cdktf.stringToTerraform(this._remoteAddressGroupId),
            remote_group_id: cdktf.stringToTerraform(this._remoteGroupId),
            remote_ip_prefix: cdktf.stringToTerraform(this._remoteIpPrefix),
            security_group_id: cdktf.stringToTerraform(this._securityGroupId),
            tenant_id: cdktf.stringToTerraform(this._tenantId),
            timeouts: networkingSecgroupRuleV2TimeoutsToTerraform(this._timeouts.internalValue),
        };
    }
    synthesizeHclAttributes() {
        const attrs = {
            description: {
                value: cdktf.stringToHclTerraform(this._description),
                isBlock: false,
                type: "simple",
                storageClassType: "string",
            },
            direction: {
                value: cdktf.stringToHclTerraform(this._direction),
                isBlock: false,
                type: "simple",
                storageClassType: "string",
            },
            ethertype: {
                value: cdktf.stringToHclTerraform(this._ethertype),
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
            port_range_max: {
                value: cdktf.numberToHclTerraform(this._portRangeMax),
                isBlock: false,
                type: "simple",
                storageClassType: "number",
            },
            port_range_min: {
                value: cdktf.numberToHclTerraform(this._portRangeMin),
                isBlock: false,
                type: "simple",
                storageClassType: "number",
            },
            protocol: {
                value: cdktf.stringToHclTerraform(this._protocol),
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
            remote_address_group_id: {
                value: cdktf.stringToHclTerraform(this._remoteAddressGroupId),
                isBlock: false,
                type: "simple",
                storageClassType: "string",
            },
            remote_group_id: {
                value: cdktf.stringToHclTerraform(this._remoteGroupId),
                isBlock: false,
                type: "simple",
                storageClassType: "string",
            },
            remote_ip_prefix: {
                value: cdktf.stringToHclTerraform(this._remoteIpPrefix),
                isBlock: false,
                type: "simple",
                storageClassType: "string",
            },
            security_group_id: {
                value: cdktf.stringToHclTerraform(this._securityGroupId),
                isBlock: false,
                type: "simple",
                storageClassType: "string",
            },
            tenant_id: {
                value: cdktf.stringToHclTerraform(this._tenantId),
                isBlock: false,
                type: "simple",
                storageClassType: "string",
            },
            timeouts: {
                value: networkingSecgroupRuleV2TimeoutsToHclTerraform(this._timeouts.internalValue),
                isBlock: true,
                type: "struct",
                storageClassType: "NetworkingSecgroupRuleV2Timeouts",
            },
        };
        // remove undefined attributes
        return Object.fromEntries(Object.entries(attrs).filter(([_, value]) => value !== undefined && value.value !== undefined));
    }
}
exports.NetworkingSecgroupRuleV2 = NetworkingSecgroupRuleV2;
