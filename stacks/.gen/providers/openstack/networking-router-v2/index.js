"use strict";
// https://registry.terraform.io/providers/terraform-provider-openstack/openstack/3.4.0/docs/resources/networking_router_v2
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
exports.NetworkingRouterV2 = exports.NetworkingRouterV2VendorOptionsOutputReference = exports.NetworkingRouterV2TimeoutsOutputReference = exports.NetworkingRouterV2ExternalFixedIpList = exports.NetworkingRouterV2ExternalFixedIpOutputReference = void 0;
exports.networkingRouterV2ExternalFixedIpToTerraform = networkingRouterV2ExternalFixedIpToTerraform;
exports.networkingRouterV2ExternalFixedIpToHclTerraform = networkingRouterV2ExternalFixedIpToHclTerraform;
exports.networkingRouterV2TimeoutsToTerraform = networkingRouterV2TimeoutsToTerraform;
exports.networkingRouterV2TimeoutsToHclTerraform = networkingRouterV2TimeoutsToHclTerraform;
exports.networkingRouterV2VendorOptionsToTerraform = networkingRouterV2VendorOptionsToTerraform;
exports.networkingRouterV2VendorOptionsToHclTerraform = networkingRouterV2VendorOptionsToHclTerraform;
const cdktf = __importStar(require("cdktf"));
function networkingRouterV2ExternalFixedIpToTerraform(struct) {
    if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) {
        return struct;
    }
    if (cdktf.isComplexElement(struct)) {
        throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
    }
    return {
        ip_address: cdktf.stringToTerraform(struct.ipAddress),
        subnet_id: cdktf.stringToTerraform(struct.subnetId),
    };
}
function networkingRouterV2ExternalFixedIpToHclTerraform(struct) {
    if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) {
        return struct;
    }
    if (cdktf.isComplexElement(struct)) {
        throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
    }
    const attrs = {
        ip_address: {
            value: cdktf.stringToHclTerraform(struct.ipAddress),
            isBlock: false,
            type: "simple",
            storageClassType: "string",
        },
        subnet_id: {
            value: cdktf.stringToHclTerraform(struct.subnetId),
            isBlock: false,
            type: "simple",
            storageClassType: "string",
        },
    };
    // remove undefined attributes
    return Object.fromEntries(Object.entries(attrs).filter(([_, value]) => value !== undefined && value.value !== undefined));
}
class NetworkingRouterV2ExternalFixedIpOutputReference extends cdktf.ComplexObject {
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
        if (this._ipAddress !== undefined) {
            hasAnyValues = true;
            internalValueResult.ipAddress = this._ipAddress;
        }
        if (this._subnetId !== undefined) {
            hasAnyValues = true;
            internalValueResult.subnetId = this._subnetId;
        }
        return hasAnyValues ? internalValueResult : undefined;
    }
    set internalValue(value) {
        if (value === undefined) {
            this.isEmptyObject = false;
            this.resolvableValue = undefined;
            this._ipAddress = undefined;
            this._subnetId = undefined;
        }
        else if (cdktf.Tokenization.isResolvable(value)) {
            this.isEmptyObject = false;
            this.resolvableValue = value;
        }
        else {
            this.isEmptyObject = Object.keys(value).length === 0;
            this.resolvableValue = undefined;
            this._ipAddress = value.ipAddress;
            this._subnetId = value.subnetId;
        }
    }
    // ip_address - computed: true, optional: true, required: false
    _ipAddress;
    get ipAddress() {
        return this.getStringAttribute('ip_address');
    }
    set ipAddress(value) {
        this._ipAddress = value;
    }
    resetIpAddress() {
        this._ipAddress = undefined;
    }
    // Temporarily expose input value. Use with caution.
    get ipAddressInput() {
        return this._ipAddress;
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
}
exports.NetworkingRouterV2ExternalFixedIpOutputReference = NetworkingRouterV2ExternalFixedIpOutputReference;
class NetworkingRouterV2ExternalFixedIpList extends cdktf.ComplexList {
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
        return new NetworkingRouterV2ExternalFixedIpOutputReference(this.terraformResource, this.terraformAttribute, index, this.wrapsSet);
    }
}
exports.NetworkingRouterV2ExternalFixedIpList = NetworkingRouterV2ExternalFixedIpList;
function networkingRouterV2TimeoutsToTerraform(struct) {
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
function networkingRouterV2TimeoutsToHclTerraform(struct) {
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
class NetworkingRouterV2TimeoutsOutputReference extends cdktf.ComplexObject {
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
exports.NetworkingRouterV2TimeoutsOutputReference = NetworkingRouterV2TimeoutsOutputReference;
function networkingRouterV2VendorOptionsToTerraform(struct) {
    if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) {
        return struct;
    }
    if (cdktf.isComplexElement(struct)) {
        throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
    }
    return {
        set_router_gateway_after_create: cdktf.booleanToTerraform(struct.setRouterGatewayAfterCreate),
    };
}
function networkingRouterV2VendorOptionsToHclTerraform(struct) {
    if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) {
        return struct;
    }
    if (cdktf.isComplexElement(struct)) {
        throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
    }
    const attrs = {
        set_router_gateway_after_create: {
            value: cdktf.booleanToHclTerraform(struct.setRouterGatewayAfterCreate),
            isBlock: false,
            type: "simple",
            storageClassType: "boolean",
        },
    };
    // remove undefined attributes
    return Object.fromEntries(Object.entries(attrs).filter(([_, value]) => value !== undefined && value.value !== undefined));
}
class NetworkingRouterV2VendorOptionsOutputReference extends cdktf.ComplexObject {
    isEmptyObject = false;
    /**
    * @param terraformResource The parent resource
    * @param terraformAttribute The attribute on the parent resource this class is referencing
    */
    constructor(terraformResource, terraformAttribute) {
        super(terraformResource, terraformAttribute, false, 0);
    }
    get internalValue() {
        let hasAnyValues = this.isEmptyObject;
        const internalValueResult = {};
        if (this._setRouterGatewayAfterCreate !== undefined) {
            hasAnyValues = true;
            internalValueResult.setRouterGatewayAfterCreate = this._setRouterGatewayAfterCreate;
        }
        return hasAnyValues ? internalValueResult : undefined;
    }
    set internalValue(value) {
        if (value === undefined) {
            this.isEmptyObject = false;
            this._setRouterGatewayAfterCreate = undefined;
        }
        else {
            this.isEmptyObject = Object.keys(value).length === 0;
            this._setRouterGatewayAfterCreate = value.setRouterGatewayAfterCreate;
        }
    }
    // set_router_gateway_after_create - computed: false, optional: true, required: false
    _setRouterGatewayAfterCreate;
    get setRouterGatewayAfterCreate() {
        return this.getBooleanAttribute('set_router_gateway_after_create');
    }
    set setRouterGatewayAfterCreate(value) {
        this._setRouterGatewayAfterCreate = value;
    }
    resetSetRouterGatewayAfterCreate() {
        this._setRouterGatewayAfterCreate = undefined;
    }
    // Temporarily expose input value. Use with caution.
    get setRouterGatewayAfterCreateInput() {
        return this._setRouterGatewayAfterCreate;
    }
}
exports.NetworkingRouterV2VendorOptionsOutputReference = NetworkingRouterV2VendorOptionsOutputReference;
/**
* Represents a {@link https://registry.terraform.io/providers/terraform-provider-openstack/openstack/3.4.0/docs/resources/networking_router_v2 openstack_networking_router_v2}
*/
class NetworkingRouterV2 extends cdktf.TerraformResource {
    // =================
    // STATIC PROPERTIES
    // =================
    static tfResourceType = "openstack_networking_router_v2";
    // ==============
    // STATIC Methods
    // ==============
    /**
    * Generates CDKTF code for importing a NetworkingRouterV2 resource upon running "cdktf plan <stack-name>"
    * @param scope The scope in which to define this construct
    * @param importToId The construct id used in the generated config for the NetworkingRouterV2 to import
    * @param importFromId The id of the existing NetworkingRouterV2 that should be imported. Refer to the {@link https://registry.terraform.io/providers/terraform-provider-openstack/openstack/3.4.0/docs/resources/networking_router_v2#import import section} in the documentation of this resource for the id to use
    * @param provider? Optional instance of the provider where the NetworkingRouterV2 to import is found
    */
    static generateConfigForImport(scope, importToId, importFromId, provider) {
        return new cdktf.ImportableResource(scope, importToId, { terraformResourceType: "openstack_networking_router_v2", importId: importFromId, provider });
    }
    // ===========
    // INITIALIZER
    // ===========
    /**
    * Create a new {@link https://registry.terraform.io/providers/terraform-provider-openstack/openstack/3.4.0/docs/resources/networking_router_v2 openstack_networking_router_v2} Resource
    *
    * @param scope The scope in which to define this construct
    * @param id The scoped construct ID. Must be unique amongst siblings in the same scope
    * @param options NetworkingRouterV2Config = {}
    */
    constructor(scope, id, config = {}) {
        super(scope, id, {
            terraformResourceType: 'openstack_networking_router_v2',
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
        this._adminStateUp = config.adminStateUp;
        this._availabilityZoneHints = config.availabilityZoneHints;
        this._description = config.description;
        this._distributed = config.distributed;
        this._enableSnat = config.enableSnat;
        this._externalNetworkId = config.externalNetworkId;
        this._externalQosPolicyId = config.externalQosPolicyId;
        this._externalSubnetIds = config.externalSubnetIds;
        this._id = config.id;
        this._name = config.name;
        this._region = config.region;
        this._tags = config.tags;
        this._tenantId = config.tenantId;
        this._valueSpecs = config.valueSpecs;
        this._externalFixedIp.internalValue = config.externalFixedIp;
        this._timeouts.internalValue = config.timeouts;
        this._vendorOptions.internalValue = config.vendorOptions;
    }
    // ==========
    // ATTRIBUTES
    // ==========
    // admin_state_up - computed: true, optional: true, required: false
    _adminStateUp;
    get adminStateUp() {
        return this.getBooleanAttribute('admin_state_up');
    }
    set adminStateUp(value) {
        this._adminStateUp = value;
    }
    resetAdminStateUp() {
        this._adminStateUp = undefined;
    }
    // Temporarily expose input value. Use with caution.
    get adminStateUpInput() {
        return this._adminStateUp;
    }
    // all_tags - computed: true, optional: false, required: false
    get allTags() {
        return cdktf.Fn.tolist(this.getListAttribute('all_tags'));
    }
    // availability_zone_hints - computed: true, optional: true, required: false
    _availabilityZoneHints;
    get availabilityZoneHints() {
        return this.getListAttribute('availability_zone_hints');
    }
    set availabilityZoneHints(value) {
        this._availabilityZoneHints = value;
    }
    resetAvailabilityZoneHints() {
        this._availabilityZoneHints = undefined;
    }
    // Temporarily expose input value. Use with caution.
    get availabilityZoneHintsInput() {
        return this._availabilityZoneHints;
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
    // distributed - computed: true, optional: true, required: false
    _distributed;
    get distributed() {
        return this.getBooleanAttribute('distributed');
    }
    set distributed(value) {
        this._distributed = value;
    }
    resetDistributed() {
        this._distributed = undefined;
    }
    // Temporarily expose input value. Use with caution.
    get distributedInput() {
        return this._distributed;
    }
    // enable_snat - computed: true, optional: true, required: false
    _enableSnat;
    get enableSnat() {
        return this.getBooleanAttribute('enable_snat');
    }
    set enableSnat(value) {
        this._enableSnat = value;
    }
    resetEnableSnat() {
        this._enableSnat = undefined;
    }
    // Temporarily expose input value. Use with caution.
    get enableSnatInput() {
        return this._enableSnat;
    }
    // external_network_id - computed: true, optional: true, required: false
    _externalNetworkId;
    get externalNetworkId() {
        return this.getStringAttribute('external_network_id');
    }
    set externalNetworkId(value) {
        this._externalNetworkId = value;
    }
    resetExternalNetworkId() {
        this._externalNetworkId = undefined;
    }
    // Temporarily expose input value. Use with caution.
    get externalNetworkIdInput() {
        return this._externalNetworkId;
    }
    // external_qos_policy_id - computed: true, optional: true, required: false
    _externalQosPolicyId;
    get externalQosPolicyId() {
        return this.getStringAttribute('external_qos_policy_id');
    }
    set externalQosPolicyId(value) {
        this._externalQosPolicyId = value;
    }
    resetExternalQosPolicyId() {
        this._externalQosPolicyId = undefined;
    }
    // Temporarily expose input value. Use with caution.
    get externalQosPolicyIdInput() {
        return this._externalQosPolicyId;
    }
    // external_subnet_ids - computed: false, optional: true, required: false
    _externalSubnetIds;
    get externalSubnetIds() {
        return this.getListAttribute('external_subnet_ids');
    }
    set externalSubnetIds(value) {
        this._externalSubnetIds = value;
    }
    resetExternalSubnetIds() {
        this._externalSubnetIds = undefined;
    }
    // Temporarily expose input value. Use with caution.
    get externalSubnetIdsInput() {
        return this._externalSubnetIds;
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
    // external_fixed_ip - computed: false, optional: true, required: false
    _externalFixedIp = new NetworkingRouterV2ExternalFixedIpList(this, "external_fixed_ip", false);
    get externalFixedIp() {
        return this._externalFixedIp;
    }
    putExternalFixedIp(value) {
        this._externalFixedIp.internalValue = value;
    }
    resetExternalFixedIp() {
        this._externalFixedIp.internalValue = undefined;
    }
    // Temporarily expose input value. Use with caution.
    get externalFixedIpInput() {
        return this._externalFixedIp.internalValue;
    }
    // timeouts - computed: false, optional: true, required: false
    _timeouts = new NetworkingRouterV2TimeoutsOutputReference(this, "timeouts");
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
    // vendor_options - computed: false, optional: true, required: false
    _vendorOptions = new NetworkingRouterV2VendorOptionsOutputReference(this, "vendor_options");
    get vendorOptions() {
        return this._vendorOptions;
    }
    putVendorOptions(value) {
        this._vendorOptions.internalValue = value;
    }
    resetVendorOptions() {
        this._vendorOptions.internalValue = undefined;
    }
    // Temporarily expose input value. Use with caution.
    get vendorOptionsInput() {
        return this._vendorOptions.internalValue;
    }
    // =========
    // SYNTHESIS
    // =========
    synthesizeAttributes() {
        return {
            admin_state_up: cdktf.booleanToTerraform(this._adminStateUp),
            availability_zone_hints: cdktf.listMapper(cdktf.stringToTerraform, false)(this._availabilityZoneHints),
            description: cdktf.stringToTerraform(this._description),
            distributed: cdktf.booleanToTerraform(this._distributed),
            enable_snat: cdktf.booleanToTerraform(this._enableSnat),
            external_network_id: cdktf.stringToTerraform(this._externalNetworkId),
            external_qos_policy_id: cdktf.stringToTerraform(this._externalQosPolicyId),
            external_subnet_ids: cdktf.listMapper(cdktf.stringToTerraform, false)(this._externalSubnetIds),
            id: cdktf.stringToTerraform(this._id),
            name: cdktf.stringToTerraform(this._name),
            region: cdktf.stringToTerraform(this._region),
            tags: cdktf.listMapper(cdktf.stringToTerraform, false)(this._tags),
            tenant_id: cdktf.stringToTerraform(this._tenantId),
            value_specs: cdktf.hashMapper(cdktf.stringToTerraform)(this._valueSpecs),
            external_fixed_ip: cdktf.listMapper(networkingRouterV2ExternalFixedIpToTerraform, true)(this._externalFixedIp.internalValue),
            timeouts: networkingRouterV2TimeoutsToTerraform(this._timeouts.internalValue),
            vendor_options: networkingRouterV2VendorOptionsToTerraform(this._vendorOptions.internalValue),
        };
    }
    synthesizeHclAttributes() {
        const attrs = {
            admin_state_up: {
                value: cdktf.booleanToHclTerraform(this._adminStateUp),
                isBlock: false,
                type: "simple",
                storageClassType: "boolean",
            },
            availability_zone_hints: {
                value: cdktf.listMapperHcl(cdktf.stringToHclTerraform, false)(this._availabilityZoneHints),
                isBlock: false,
                type: "list",
                storageClassType: "stringList",
            },
            description: {
                value: cdktf.stringToHclTerraform(this._description),
                isBlock: false,
                type: "simple",
                storageClassType: "string",
            },
            distributed: {
                value: cdktf.booleanToHclTerraform(this._distributed),
                isBlock: false,
                type: "simple",
                storageClassType: "boolean",
            },
            enable_snat: {
                value: cdktf.booleanToHclTerraform(this._enableSnat),
                isBlock: false,
                type: "simple",
                storageClassType: "boolean",
            },
            external_network_id: {
                value: cdktf.stringToHclTerraform(this._externalNetworkId),
                isBlock: false,
                type: "simple",
                storageClassType: "string",
            },
            external_qos_policy_id: {
                value: cdktf.stringToHclTerraform(this._externalQosPolicyId),
                isBlock: false,
                type: "simple",
                storageClassType: "string",
            },
            external_subnet_ids: {
                value: cdktf.listMapperHcl(cdktf.stringToHclTerraform, false)(this._externalSubnetIds),
                isBlock: false,
                type: "list",
                storageClassType: "stringList",
            },
            id: {
                value: cdktf.stringToHclTerraform(this._id),
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
            region: {
                value: cdktf.stringToHclTerraform(this._region),
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
            external_fixed_ip: {
                value: cdktf.listMapperHcl(networkingRouterV2ExternalFixedIpToHclTerraform, true)(this._externalFixedIp.internalValue),
                isBlock: true,
                type: "list",
                storageClassType: "NetworkingRouterV2ExternalFixedIpList",
            },
            timeouts: {
                value: networkingRouterV2TimeoutsToHclTerraform(this._timeouts.internalValue),
                isBlock: true,
                type: "struct",
                storageClassType: "NetworkingRouterV2Timeouts",
            },
            vendor_options: {
                value: networkingRouterV2VendorOptionsToHclTerraform(this._vendorOptions.internalValue),
                isBlock: true,
                type: "set",
                storageClassType: "NetworkingRouterV2VendorOptionsList",
            },
        };
        // remove undefined attributes
        return Object.fromEntries(Object.entries(attrs).filter(([_, value]) => value !== undefined && value.value !== undefined));
    }
}
exports.NetworkingRouterV2 = NetworkingRouterV2;
