"use strict";
// https://registry.terraform.io/providers/terraform-provider-openstack/openstack/3.4.0/docs/data-sources/lb_loadbalancer_v2
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
exports.DataOpenstackLbLoadbalancerV2 = exports.DataOpenstackLbLoadbalancerV2PoolsList = exports.DataOpenstackLbLoadbalancerV2PoolsOutputReference = exports.DataOpenstackLbLoadbalancerV2ListenersList = exports.DataOpenstackLbLoadbalancerV2ListenersOutputReference = void 0;
exports.dataOpenstackLbLoadbalancerV2ListenersToTerraform = dataOpenstackLbLoadbalancerV2ListenersToTerraform;
exports.dataOpenstackLbLoadbalancerV2ListenersToHclTerraform = dataOpenstackLbLoadbalancerV2ListenersToHclTerraform;
exports.dataOpenstackLbLoadbalancerV2PoolsToTerraform = dataOpenstackLbLoadbalancerV2PoolsToTerraform;
exports.dataOpenstackLbLoadbalancerV2PoolsToHclTerraform = dataOpenstackLbLoadbalancerV2PoolsToHclTerraform;
const cdktf = __importStar(require("cdktf"));
function dataOpenstackLbLoadbalancerV2ListenersToTerraform(struct) {
    if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) {
        return struct;
    }
    if (cdktf.isComplexElement(struct)) {
        throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
    }
    return {};
}
function dataOpenstackLbLoadbalancerV2ListenersToHclTerraform(struct) {
    if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) {
        return struct;
    }
    if (cdktf.isComplexElement(struct)) {
        throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
    }
    const attrs = {};
    return attrs;
}
class DataOpenstackLbLoadbalancerV2ListenersOutputReference extends cdktf.ComplexObject {
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
    // id - computed: true, optional: false, required: false
    get id() {
        return this.getStringAttribute('id');
    }
}
exports.DataOpenstackLbLoadbalancerV2ListenersOutputReference = DataOpenstackLbLoadbalancerV2ListenersOutputReference;
class DataOpenstackLbLoadbalancerV2ListenersList extends cdktf.ComplexList {
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
        return new DataOpenstackLbLoadbalancerV2ListenersOutputReference(this.terraformResource, this.terraformAttribute, index, this.wrapsSet);
    }
}
exports.DataOpenstackLbLoadbalancerV2ListenersList = DataOpenstackLbLoadbalancerV2ListenersList;
function dataOpenstackLbLoadbalancerV2PoolsToTerraform(struct) {
    if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) {
        return struct;
    }
    if (cdktf.isComplexElement(struct)) {
        throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
    }
    return {};
}
function dataOpenstackLbLoadbalancerV2PoolsToHclTerraform(struct) {
    if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) {
        return struct;
    }
    if (cdktf.isComplexElement(struct)) {
        throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
    }
    const attrs = {};
    return attrs;
}
class DataOpenstackLbLoadbalancerV2PoolsOutputReference extends cdktf.ComplexObject {
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
    // id - computed: true, optional: false, required: false
    get id() {
        return this.getStringAttribute('id');
    }
}
exports.DataOpenstackLbLoadbalancerV2PoolsOutputReference = DataOpenstackLbLoadbalancerV2PoolsOutputReference;
class DataOpenstackLbLoadbalancerV2PoolsList extends cdktf.ComplexList {
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
        return new DataOpenstackLbLoadbalancerV2PoolsOutputReference(this.terraformResource, this.terraformAttribute, index, this.wrapsSet);
    }
}
exports.DataOpenstackLbLoadbalancerV2PoolsList = DataOpenstackLbLoadbalancerV2PoolsList;
/**
* Represents a {@link https://registry.terraform.io/providers/terraform-provider-openstack/openstack/3.4.0/docs/data-sources/lb_loadbalancer_v2 openstack_lb_loadbalancer_v2}
*/
class DataOpenstackLbLoadbalancerV2 extends cdktf.TerraformDataSource {
    // =================
    // STATIC PROPERTIES
    // =================
    static tfResourceType = "openstack_lb_loadbalancer_v2";
    // ==============
    // STATIC Methods
    // ==============
    /**
    * Generates CDKTF code for importing a DataOpenstackLbLoadbalancerV2 resource upon running "cdktf plan <stack-name>"
    * @param scope The scope in which to define this construct
    * @param importToId The construct id used in the generated config for the DataOpenstackLbLoadbalancerV2 to import
    * @param importFromId The id of the existing DataOpenstackLbLoadbalancerV2 that should be imported. Refer to the {@link https://registry.terraform.io/providers/terraform-provider-openstack/openstack/3.4.0/docs/data-sources/lb_loadbalancer_v2#import import section} in the documentation of this resource for the id to use
    * @param provider? Optional instance of the provider where the DataOpenstackLbLoadbalancerV2 to import is found
    */
    static generateConfigForImport(scope, importToId, importFromId, provider) {
        return new cdktf.ImportableResource(scope, importToId, { terraformResourceType: "openstack_lb_loadbalancer_v2", importId: importFromId, provider });
    }
    // ===========
    // INITIALIZER
    // ===========
    /**
    * Create a new {@link https://registry.terraform.io/providers/terraform-provider-openstack/openstack/3.4.0/docs/data-sources/lb_loadbalancer_v2 openstack_lb_loadbalancer_v2} Data Source
    *
    * @param scope The scope in which to define this construct
    * @param id The scoped construct ID. Must be unique amongst siblings in the same scope
    * @param options DataOpenstackLbLoadbalancerV2Config = {}
    */
    constructor(scope, id, config = {}) {
        super(scope, id, {
            terraformResourceType: 'openstack_lb_loadbalancer_v2',
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
        this._id = config.id;
        this._loadbalancerId = config.loadbalancerId;
        this._name = config.name;
        this._region = config.region;
        this._tags = config.tags;
        this._tagsAny = config.tagsAny;
        this._tagsNot = config.tagsNot;
        this._tagsNotAny = config.tagsNotAny;
        this._vipAddress = config.vipAddress;
    }
    // ==========
    // ATTRIBUTES
    // ==========
    // additional_vips - computed: true, optional: false, required: false
    get additionalVips() {
        return cdktf.Fn.tolist(this.getListAttribute('additional_vips'));
    }
    // admin_state_up - computed: true, optional: false, required: false
    get adminStateUp() {
        return this.getBooleanAttribute('admin_state_up');
    }
    // availability_zone - computed: true, optional: false, required: false
    get availabilityZone() {
        return this.getStringAttribute('availability_zone');
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
    // flavor_id - computed: true, optional: false, required: false
    get flavorId() {
        return this.getStringAttribute('flavor_id');
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
    // listeners - computed: true, optional: false, required: false
    _listeners = new DataOpenstackLbLoadbalancerV2ListenersList(this, "listeners", true);
    get listeners() {
        return this._listeners;
    }
    // loadbalancer_id - computed: true, optional: true, required: false
    _loadbalancerId;
    get loadbalancerId() {
        return this.getStringAttribute('loadbalancer_id');
    }
    set loadbalancerId(value) {
        this._loadbalancerId = value;
    }
    resetLoadbalancerId() {
        this._loadbalancerId = undefined;
    }
    // Temporarily expose input value. Use with caution.
    get loadbalancerIdInput() {
        return this._loadbalancerId;
    }
    // loadbalancer_provider - computed: true, optional: false, required: false
    get loadbalancerProvider() {
        return this.getStringAttribute('loadbalancer_provider');
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
    // operating_status - computed: true, optional: false, required: false
    get operatingStatus() {
        return this.getStringAttribute('operating_status');
    }
    // pools - computed: true, optional: false, required: false
    _pools = new DataOpenstackLbLoadbalancerV2PoolsList(this, "pools", true);
    get pools() {
        return this._pools;
    }
    // project_id - computed: true, optional: false, required: false
    get projectId() {
        return this.getStringAttribute('project_id');
    }
    // provisioning_status - computed: true, optional: false, required: false
    get provisioningStatus() {
        return this.getStringAttribute('provisioning_status');
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
    // tags - computed: true, optional: true, required: false
    _tags;
    get tags() {
        return this.getListAttribute('tags');
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
    // tags_any - computed: false, optional: true, required: false
    _tagsAny;
    get tagsAny() {
        return this.getListAttribute('tags_any');
    }
    set tagsAny(value) {
        this._tagsAny = value;
    }
    resetTagsAny() {
        this._tagsAny = undefined;
    }
    // Temporarily expose input value. Use with caution.
    get tagsAnyInput() {
        return this._tagsAny;
    }
    // tags_not - computed: false, optional: true, required: false
    _tagsNot;
    get tagsNot() {
        return this.getListAttribute('tags_not');
    }
    set tagsNot(value) {
        this._tagsNot = value;
    }
    resetTagsNot() {
        this._tagsNot = undefined;
    }
    // Temporarily expose input value. Use with caution.
    get tagsNotInput() {
        return this._tagsNot;
    }
    // tags_not_any - computed: false, optional: true, required: false
    _tagsNotAny;
    get tagsNotAny() {
        return this.getListAttribute('tags_not_any');
    }
    set tagsNotAny(value) {
        this._tagsNotAny = value;
    }
    resetTagsNotAny() {
        this._tagsNotAny = undefined;
    }
    // Temporarily expose input value. Use with caution.
    get tagsNotAnyInput() {
        return this._tagsNotAny;
    }
    // vip_address - computed: true, optional: true, required: false
    _vipAddress;
    get vipAddress() {
        return this.getStringAttribute('vip_address');
    }
    set vipAddress(value) {
        this._vipAddress = value;
    }
    resetVipAddress() {
        this._vipAddress = undefined;
    }
    // Temporarily expose input value. Use with caution.
    get vipAddressInput() {
        return this._vipAddress;
    }
    // vip_network_id - computed: true, optional: false, required: false
    get vipNetworkId() {
        return this.getStringAttribute('vip_network_id');
    }
    // vip_port_id - computed: true, optional: false, required: false
    get vipPortId() {
        return this.getStringAttribute('vip_port_id');
    }
    // vip_qos_policy_id - computed: true, optional: false, required: false
    get vipQosPolicyId() {
        return this.getStringAttribute('vip_qos_policy_id');
    }
    // vip_subnet_id - computed: true, optional: false, required: false
    get vipSubnetId() {
        return this.getStringAttribute('vip_subnet_id');
    }
    // =========
    // SYNTHESIS
    // =========
    synthesizeAttributes() {
        return {
            description: cdktf.stringToTerraform(this._description),
            id: cdktf.stringToTerraform(this._id),
            loadbalancer_id: cdktf.stringToTerraform(this._loadbalancerId),
            name: cdktf.stringToTerraform(this._name),
            region: cdktf.stringToTerraform(this._region),
            tags: cdktf.listMapper(cdktf.stringToTerraform, false)(this._tags),
            tags_any: cdktf.listMapper(cdktf.stringToTerraform, false)(this._tagsAny),
            tags_not: cdktf.listMapper(cdktf.stringToTerraform, false)(this._tagsNot),
            tags_not_any: cdktf.listMapper(cdktf.stringToTerraform, false)(this._tagsNotAny),
            vip_address: cdktf.stringToTerraform(this._vipAddress),
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
            id: {
                value: cdktf.stringToHclTerraform(this._id),
                isBlock: false,
                type: "simple",
                storageClassType: "string",
            },
            loadbalancer_id: {
                value: cdktf.stringToHclTerraform(this._loadbalancerId),
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
                type: "list",
                storageClassType: "stringList",
            },
            tags_any: {
                value: cdktf.listMapperHcl(cdktf.stringToHclTerraform, false)(this._tagsAny),
                isBlock: false,
                type: "list",
                storageClassType: "stringList",
            },
            tags_not: {
                value: cdktf.listMapperHcl(cdktf.stringToHclTerraform, false)(this._tagsNot),
                isBlock: false,
                type: "list",
                storageClassType: "stringList",
            },
            tags_not_any: {
                value: cdktf.listMapperHcl(cdktf.stringToHclTerraform, false)(this._tagsNotAny),
                isBlock: false,
                type: "list",
                storageClassType: "stringList",
            },
            vip_address: {
                value: cdktf.stringToHclTerraform(this._vipAddress),
                isBlock: false,
                type: "simple",
                storageClassType: "string",
            },
        };
        // remove undefined attributes
        return Object.fromEntries(Object.entries(attrs).filter(([_, value]) => value !== undefined && value.value !== undefined));
    }
}
exports.DataOpenstackLbLoadbalancerV2 = DataOpenstackLbLoadbalancerV2;
