"use strict";
// https://registry.terraform.io/providers/terraform-provider-openstack/openstack/3.4.0/docs/resources/networking_network_v2
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
exports.NetworkingNetworkV2 = exports.NetworkingNetworkV2TimeoutsOutputReference = exports.NetworkingNetworkV2SegmentsList = exports.NetworkingNetworkV2SegmentsOutputReference = void 0;
exports.networkingNetworkV2SegmentsToTerraform = networkingNetworkV2SegmentsToTerraform;
exports.networkingNetworkV2SegmentsToHclTerraform = networkingNetworkV2SegmentsToHclTerraform;
exports.networkingNetworkV2TimeoutsToTerraform = networkingNetworkV2TimeoutsToTerraform;
exports.networkingNetworkV2TimeoutsToHclTerraform = networkingNetworkV2TimeoutsToHclTerraform;
const cdktf = __importStar(require("cdktf"));
function networkingNetworkV2SegmentsToTerraform(struct) {
    if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) {
        return struct;
    }
    if (cdktf.isComplexElement(struct)) {
        throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
    }
    return {
        network_type: cdktf.stringToTerraform(struct.networkType),
        physical_network: cdktf.stringToTerraform(struct.physicalNetwork),
        segmentation_id: cdktf.numberToTerraform(struct.segmentationId),
    };
}
function networkingNetworkV2SegmentsToHclTerraform(struct) {
    if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) {
        return struct;
    }
    if (cdktf.isComplexElement(struct)) {
        throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
    }
    const attrs = {
        network_type: {
            value: cdktf.stringToHclTerraform(struct.networkType),
            isBlock: false,
            type: "simple",
            storageClassType: "string",
        },
        physical_network: {
            value: cdktf.stringToHclTerraform(struct.physicalNetwork),
            isBlock: false,
            type: "simple",
            storageClassType: "string",
        },
        segmentation_id: {
            value: cdktf.numberToHclTerraform(struct.segmentationId),
            isBlock: false,
            type: "simple",
            storageClassType: "number",
        },
    };
    // remove undefined attributes
    return Object.fromEntries(Object.entries(attrs).filter(([_, value]) => value !== undefined && value.value !== undefined));
}
class NetworkingNetworkV2SegmentsOutputReference extends cdktf.ComplexObject {
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
        if (this._networkType !== undefined) {
            hasAnyValues = true;
            internalValueResult.networkType = this._networkType;
        }
        if (this._physicalNetwork !== undefined) {
            hasAnyValues = true;
            internalValueResult.physicalNetwork = this._physicalNetwork;
        }
        if (this._segmentationId !== undefined) {
            hasAnyValues = true;
            internalValueResult.segmentationId = this._segmentationId;
        }
        return hasAnyValues ? internalValueResult : undefined;
    }
    set internalValue(value) {
        if (value === undefined) {
            this.isEmptyObject = false;
            this.resolvableValue = undefined;
            this._networkType = undefined;
            this._physicalNetwork = undefined;
            this._segmentationId = undefined;
        }
        else if (cdktf.Tokenization.isResolvable(value)) {
            this.isEmptyObject = false;
            this.resolvableValue = value;
        }
        else {
            this.isEmptyObject = Object.keys(value).length === 0;
            this.resolvableValue = undefined;
            this._networkType = value.networkType;
            this._physicalNetwork = value.physicalNetwork;
            this._segmentationId = value.segmentationId;
        }
    }
    // network_type - computed: false, optional: true, required: false
    _networkType;
    get networkType() {
        return this.getStringAttribute('network_type');
    }
    set networkType(value) {
        this._networkType = value;
    }
    resetNetworkType() {
        this._networkType = undefined;
    }
    // Temporarily expose input value. Use with caution.
    get networkTypeInput() {
        return this._networkType;
    }
    // physical_network - computed: false, optional: true, required: false
    _physicalNetwork;
    get physicalNetwork() {
        return this.getStringAttribute('physical_network');
    }
    set physicalNetwork(value) {
        this._physicalNetwork = value;
    }
    resetPhysicalNetwork() {
        this._physicalNetwork = undefined;
    }
    // Temporarily expose input value. Use with caution.
    get physicalNetworkInput() {
        return this._physicalNetwork;
    }
    // segmentation_id - computed: true, optional: true, required: false
    _segmentationId;
    get segmentationId() {
        return this.getNumberAttribute('segmentation_id');
    }
    set segmentationId(value) {
        this._segmentationId = value;
    }
    resetSegmentationId() {
        this._segmentationId = undefined;
    }
    // Temporarily expose input value. Use with caution.
    get segmentationIdInput() {
        return this._segmentationId;
    }
}
exports.NetworkingNetworkV2SegmentsOutputReference = NetworkingNetworkV2SegmentsOutputReference;
class NetworkingNetworkV2SegmentsList extends cdktf.ComplexList {
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
        return new NetworkingNetworkV2SegmentsOutputReference(this.terraformResource, this.terraformAttribute, index, this.wrapsSet);
    }
}
exports.NetworkingNetworkV2SegmentsList = NetworkingNetworkV2SegmentsList;
function networkingNetworkV2TimeoutsToTerraform(struct) {
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
function networkingNetworkV2TimeoutsToHclTerraform(struct) {
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
class NetworkingNetworkV2TimeoutsOutputReference extends cdktf.ComplexObject {
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
exports.NetworkingNetworkV2TimeoutsOutputReference = NetworkingNetworkV2TimeoutsOutputReference;
/**
* Represents a {@link https://registry.terraform.io/providers/terraform-provider-openstack/openstack/3.4.0/docs/resources/networking_network_v2 openstack_networking_network_v2}
*/
class NetworkingNetworkV2 extends cdktf.TerraformResource {
    // =================
    // STATIC PROPERTIES
    // =================
    static tfResourceType = "openstack_networking_network_v2";
    // ==============
    // STATIC Methods
    // ==============
    /**
    * Generates CDKTF code for importing a NetworkingNetworkV2 resource upon running "cdktf plan <stack-name>"
    * @param scope The scope in which to define this construct
    * @param importToId The construct id used in the generated config for the NetworkingNetworkV2 to import
    * @param importFromId The id of the existing NetworkingNetworkV2 that should be imported. Refer to the {@link https://registry.terraform.io/providers/terraform-provider-openstack/openstack/3.4.0/docs/resources/networking_network_v2#import import section} in the documentation of this resource for the id to use
    * @param provider? Optional instance of the provider where the NetworkingNetworkV2 to import is found
    */
    static generateConfigForImport(scope, importToId, importFromId, provider) {
        return new cdktf.ImportableResource(scope, importToId, { terraformResourceType: "openstack_networking_network_v2", importId: importFromId, provider });
    }
    // ===========
    // INITIALIZER
    // ===========
    /**
    * Create a new {@link https://registry.terraform.io/providers/terraform-provider-openstack/openstack/3.4.0/docs/resources/networking_network_v2 openstack_networking_network_v2} Resource
    *
    * @param scope The scope in which to define this construct
    * @param id The scoped construct ID. Must be unique amongst siblings in the same scope
    * @param options NetworkingNetworkV2Config = {}
    */
    constructor(scope, id, config = {}) {
        super(scope, id, {
            terraformResourceType: 'openstack_networking_network_v2',
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
        this._dnsDomain = config.dnsDomain;
        this._external = config.external;
        this._id = config.id;
        this._mtu = config.mtu;
        this._name = config.name;
        this._portSecurityEnabled = config.portSecurityEnabled;
        this._qosPolicyId = config.qosPolicyId;
        this._region = config.region;
        this._shared = config.shared;
        this._tags = config.tags;
        this._tenantId = config.tenantId;
        this._transparentVlan = config.transparentVlan;
        this._valueSpecs = config.valueSpecs;
        this._segments.internalValue = config.segments;
        this._timeouts.internalValue = config.timeouts;
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
        return cdktf.Fn.tolist(this.getListAttribute('availability_zone_hints'));
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
    // dns_domain - computed: true, optional: true, required: false
    _dnsDomain;
    get dnsDomain() {
        return this.getStringAttribute('dns_domain');
    }
    set dnsDomain(value) {
        this._dnsDomain = value;
    }
    resetDnsDomain() {
        this._dnsDomain = undefined;
    }
    // Temporarily expose input value. Use with caution.
    get dnsDomainInput() {
        return this._dnsDomain;
    }
    // external - computed: true, optional: true, required: false
    _external;
    get external() {
        return this.getBooleanAttribute('external');
    }
    set external(value) {
        this._external = value;
    }
    resetExternal() {
        this._external = undefined;
    }
    // Temporarily expose input value. Use with caution.
    get externalInput() {
        return this._external;
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
    // mtu - computed: true, optional: true, required: false
    _mtu;
    get mtu() {
        return this.getNumberAttribute('mtu');
    }
    set mtu(value) {
        this._mtu = value;
    }
    resetMtu() {
        this._mtu = undefined;
    }
    // Temporarily expose input value. Use with caution.
    get mtuInput() {
        return this._mtu;
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
    // port_security_enabled - computed: true, optional: true, required: false
    _portSecurityEnabled;
    get portSecurityEnabled() {
        return this.getBooleanAttribute('port_security_enabled');
    }
    set portSecurityEnabled(value) {
        this._portSecurityEnabled = value;
    }
    resetPortSecurityEnabled() {
        this._portSecurityEnabled = undefined;
    }
    // Temporarily expose input value. Use with caution.
    get portSecurityEnabledInput() {
        return this._portSecurityEnabled;
    }
    // qos_policy_id - computed: true, optional: true, required: false
    _qosPolicyId;
    get qosPolicyId() {
        return this.getStringAttribute('qos_policy_id');
    }
    set qosPolicyId(value) {
        this._qosPolicyId = value;
    }
    resetQosPolicyId() {
        this._qosPolicyId = undefined;
    }
    // Temporarily expose input value. Use with caution.
    get qosPolicyIdInput() {
        return this._qosPolicyId;
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
    // shared - computed: true, optional: true, required: false
    _shared;
    get shared() {
        return this.getBooleanAttribute('shared');
    }
    set shared(value) {
        this._shared = value;
    }
    resetShared() {
        this._shared = undefined;
    }
    // Temporarily expose input value. Use with caution.
    get sharedInput() {
        return this._shared;
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
    // transparent_vlan - computed: true, optional: true, required: false
    _transparentVlan;
    get transparentVlan() {
        return this.getBooleanAttribute('transparent_vlan');
    }
    set transparentVlan(value) {
        this._transparentVlan = value;
    }
    resetTransparentVlan() {
        this._transparentVlan = undefined;
    }
    // Temporarily expose input value. Use with caution.
    get transparentVlanInput() {
        return this._transparentVlan;
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
    // segments - computed: false, optional: true, required: false
    _segments = new NetworkingNetworkV2SegmentsList(this, "segments", true);
    get segments() {
        return this._segments;
    }
    putSegments(value) {
        this._segments.internalValue = value;
    }
    resetSegments() {
        this._segments.internalValue = undefined;
    }
    // Temporarily expose input value. Use with caution.
    get segmentsInput() {
        return this._segments.internalValue;
    }
    // timeouts - computed: false, optional: true, required: false
    _timeouts = new NetworkingNetworkV2TimeoutsOutputReference(this, "timeouts");
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
            admin_state_up: cdktf.booleanToTerraform(this._adminStateUp),
            availability_zone_hints: cdktf.listMapper(cdktf.stringToTerraform, false)(this._availabilityZoneHints),
            description: cdktf.stringToTerraform(this._description),
            dns_domain: cdktf.stringToTerraform(this._dnsDomain),
            external: cdktf.booleanToTerraform(this._external),
            id: cdktf.stringToTerraform(this._id),
            mtu: cdktf.numberToTerraform(this._mtu),
            name: cdktf.stringToTerraform(this._name),
            port_security_enabled: cdktf.booleanToTerraform(this._portSecurityEnabled),
            qos_policy_id: cdktf.stringToTerraform(this._qosPolicyId),
            region: cdktf.stringToTerraform(this._region),
            shared: cdktf.booleanToTerraform(this._shared),
            tags: cdktf.listMapper(cdktf.stringToTerraform, false)(this._tags),
            tenant_id: cdktf.stringToTerraform(this._tenantId),
            transparent_vlan: cdktf.booleanToTerraform(this._transparentVlan),
            value_specs: cdktf.hashMapper(cdktf.stringToTerraform)(this._valueSpecs),
            segments: cdktf.listMapper(networkingNetworkV2SegmentsToTerraform, true)(this._segments.internalValue),
            timeouts: networkingNetworkV2TimeoutsToTerraform(this._timeouts.internalValue),
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
                type: "set",
                storageClassType: "stringList",
            },
            description: {
                value: cdktf.stringToHclTerraform(this._description),
                isBlock: false,
                type: "simple",
                storageClassType: "string",
            },
            dns_domain: {
                value: cdktf.stringToHclTerraform(this._dnsDomain),
                isBlock: false,
                type: "simple",
                storageClassType: "string",
            },
            external: {
                value: cdktf.booleanToHclTerraform(this._external),
                isBlock: false,
                type: "simple",
                storageClassType: "boolean",
            },
            id: {
                value: cdktf.stringToHclTerraform(this._id),
                isBlock: false,
                type: "simple",
                storageClassType: "string",
            },
            mtu: {
                value: cdktf.numberToHclTerraform(this._mtu),
                isBlock: false,
                type: "simple",
                storageClassType: "number",
            },
            name: {
                value: cdktf.stringToHclTerraform(this._name),
                isBlock: false,
                type: "simple",
                storageClassType: "string",
            },
            port_security_enabled: {
                value: cdktf.booleanToHclTerraform(this._portSecurityEnabled),
                isBlock: false,
                type: "simple",
                storageClassType: "boolean",
            },
            qos_policy_id: {
                value: cdktf.stringToHclTerraform(this._qosPolicyId),
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
            shared: {
                value: cdktf.booleanToHclTerraform(this._shared),
                isBlock: false,
                type: "simple",
                storageClassType: "boolean",
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
            transparent_vlan: {
                value: cdktf.booleanToHclTerraform(this._transparentVlan),
                isBlock: false,
                type: "simple",
                storageClassType: "boolean",
            },
            value_specs: {
                value: cdktf.hashMapperHcl(cdktf.stringToHclTerraform)(this._valueSpecs),
                isBlock: false,
                type: "map",
                storageClassType: "stringMap",
            },
            segments: {
                value: cdktf.listMapperHcl(networkingNetworkV2SegmentsToHclTerraform, true)(this._segments.internalValue),
                isBlock: true,
                type: "set",
                storageClassType: "NetworkingNetworkV2SegmentsList",
            },
            timeouts: {
                value: networkingNetworkV2TimeoutsToHclTerraform(this._timeouts.internalValue),
                isBlock: true,
                type: "struct",
                storageClassType: "NetworkingNetworkV2Timeouts",
            },
        };
        // remove undefined attributes
        return Object.fromEntries(Object.entries(attrs).filter(([_, value]) => value !== undefined && value.value !== undefined));
    }
}
exports.NetworkingNetworkV2 = NetworkingNetworkV2;
