"use strict";
// https://registry.terraform.io/providers/terraform-provider-openstack/openstack/3.4.0/docs/resources/networking_subnetpool_v2
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
exports.NetworkingSubnetpoolV2 = exports.NetworkingSubnetpoolV2TimeoutsOutputReference = void 0;
exports.networkingSubnetpoolV2TimeoutsToTerraform = networkingSubnetpoolV2TimeoutsToTerraform;
exports.networkingSubnetpoolV2TimeoutsToHclTerraform = networkingSubnetpoolV2TimeoutsToHclTerraform;
const cdktf = __importStar(require("cdktf"));
function networkingSubnetpoolV2TimeoutsToTerraform(struct) {
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
function networkingSubnetpoolV2TimeoutsToHclTerraform(struct) {
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
class NetworkingSubnetpoolV2TimeoutsOutputReference extends cdktf.ComplexObject {
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
exports.NetworkingSubnetpoolV2TimeoutsOutputReference = NetworkingSubnetpoolV2TimeoutsOutputReference;
/**
* Represents a {@link https://registry.terraform.io/providers/terraform-provider-openstack/openstack/3.4.0/docs/resources/networking_subnetpool_v2 openstack_networking_subnetpool_v2}
*/
class NetworkingSubnetpoolV2 extends cdktf.TerraformResource {
    // =================
    // STATIC PROPERTIES
    // =================
    static tfResourceType = "openstack_networking_subnetpool_v2";
    // ==============
    // STATIC Methods
    // ==============
    /**
    * Generates CDKTF code for importing a NetworkingSubnetpoolV2 resource upon running "cdktf plan <stack-name>"
    * @param scope The scope in which to define this construct
    * @param importToId The construct id used in the generated config for the NetworkingSubnetpoolV2 to import
    * @param importFromId The id of the existing NetworkingSubnetpoolV2 that should be imported. Refer to the {@link https://registry.terraform.io/providers/terraform-provider-openstack/openstack/3.4.0/docs/resources/networking_subnetpool_v2#import import section} in the documentation of this resource for the id to use
    * @param provider? Optional instance of the provider where the NetworkingSubnetpoolV2 to import is found
    */
    static generateConfigForImport(scope, importToId, importFromId, provider) {
        return new cdktf.ImportableResource(scope, importToId, { terraformResourceType: "openstack_networking_subnetpool_v2", importId: importFromId, provider });
    }
    // ===========
    // INITIALIZER
    // ===========
    /**
    * Create a new {@link https://registry.terraform.io/providers/terraform-provider-openstack/openstack/3.4.0/docs/resources/networking_subnetpool_v2 openstack_networking_subnetpool_v2} Resource
    *
    * @param scope The scope in which to define this construct
    * @param id The scoped construct ID. Must be unique amongst siblings in the same scope
    * @param options NetworkingSubnetpoolV2Config
    */
    constructor(scope, id, config) {
        super(scope, id, {
            terraformResourceType: 'openstack_networking_subnetpool_v2',
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
        this._addressScopeId = config.addressScopeId;
        this._defaultPrefixlen = config.defaultPrefixlen;
        this._defaultQuota = config.defaultQuota;
        this._description = config.description;
        this._id = config.id;
        this._ipVersion = config.ipVersion;
        this._isDefault = config.isDefault;
        this._maxPrefixlen = config.maxPrefixlen;
        this._minPrefixlen = config.minPrefixlen;
        this._name = config.name;
        this._prefixes = config.prefixes;
        this._projectId = config.projectId;
        this._region = config.region;
        this._shared = config.shared;
        this._tags = config.tags;
        this._valueSpecs = config.valueSpecs;
        this._timeouts.internalValue = config.timeouts;
    }
    // ==========
    // ATTRIBUTES
    // ==========
    // address_scope_id - computed: false, optional: true, required: false
    _addressScopeId;
    get addressScopeId() {
        return this.getStringAttribute('address_scope_id');
    }
    set addressScopeId(value) {
        this._addressScopeId = value;
    }
    resetAddressScopeId() {
        this._addressScopeId = undefined;
    }
    // Temporarily expose input value. Use with caution.
    get addressScopeIdInput() {
        return this._addressScopeId;
    }
    // all_tags - computed: true, optional: false, required: false
    get allTags() {
        return cdktf.Fn.tolist(this.getListAttribute('all_tags'));
    }
    // created_at - computed: true, optional: false, required: false
    get createdAt() {
        return this.getStringAttribute('created_at');
    }
    // default_prefixlen - computed: true, optional: true, required: false
    _defaultPrefixlen;
    get defaultPrefixlen() {
        return this.getNumberAttribute('default_prefixlen');
    }
    set defaultPrefixlen(value) {
        this._defaultPrefixlen = value;
    }
    resetDefaultPrefixlen() {
        this._defaultPrefixlen = undefined;
    }
    // Temporarily expose input value. Use with caution.
    get defaultPrefixlenInput() {
        return this._defaultPrefixlen;
    }
    // default_quota - computed: false, optional: true, required: false
    _defaultQuota;
    get defaultQuota() {
        return this.getNumberAttribute('default_quota');
    }
    set defaultQuota(value) {
        this._defaultQuota = value;
    }
    resetDefaultQuota() {
        this._defaultQuota = undefined;
    }
    // Temporarily expose input value. Use with caution.
    get defaultQuotaInput() {
        return this._defaultQuota;
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
    // is_default - computed: false, optional: true, required: false
    _isDefault;
    get isDefault() {
        return this.getBooleanAttribute('is_default');
    }
    set isDefault(value) {
        this._isDefault = value;
    }
    resetIsDefault() {
        this._isDefault = undefined;
    }
    // Temporarily expose input value. Use with caution.
    get isDefaultInput() {
        return this._isDefault;
    }
    // max_prefixlen - computed: true, optional: true, required: false
    _maxPrefixlen;
    get maxPrefixlen() {
        return this.getNumberAttribute('max_prefixlen');
    }
    set maxPrefixlen(value) {
        this._maxPrefixlen = value;
    }
    resetMaxPrefixlen() {
        this._maxPrefixlen = undefined;
    }
    // Temporarily expose input value. Use with caution.
    get maxPrefixlenInput() {
        return this._maxPrefixlen;
    }
    // min_prefixlen - computed: true, optional: true, required: false
    _minPrefixlen;
    get minPrefixlen() {
        return this.getNumberAttribute('min_prefixlen');
    }
    set minPrefixlen(value) {
        this._minPrefixlen = value;
    }
    resetMinPrefixlen() {
        this._minPrefixlen = undefined;
    }
    // Temporarily expose input value. Use with caution.
    get minPrefixlenInput() {
        return this._minPrefixlen;
    }
    // name - computed: false, optional: false, required: true
    _name;
    get name() {
        return this.getStringAttribute('name');
    }
    set name(value) {
        this._name = value;
    }
    // Temporarily expose input value. Use with caution.
    get nameInput() {
        return this._name;
    }
    // prefixes - computed: false, optional: false, required: true
    _prefixes;
    get prefixes() {
        return this.getListAttribute('prefixes');
    }
    set prefixes(value) {
        this._prefixes = value;
    }
    // Temporarily expose input value. Use with caution.
    get prefixesInput() {
        return this._prefixes;
    }
    // project_id - computed: true, optional: true, required: false
    _projectId;
    get projectId() {
        return this.getStringAttribute('project_id');
    }
    set projectId(value) {
        this._projectId = value;
    }
    resetProjectId() {
        this._projectId = undefined;
    }
    // Temporarily expose input value. Use with caution.
    get projectIdInput() {
        return this._projectId;
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
    // revision_number - computed: true, optional: false, required: false
    get revisionNumber() {
        return this.getNumberAttribute('revision_number');
    }
    // shared - computed: false, optional: true, required: false
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
    // updated_at - computed: true, optional: false, required: false
    get updatedAt() {
        return this.getStringAttribute('updated_at');
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
    // timeouts - computed: false, optional: true, required: false
    _timeouts = new NetworkingSubnetpoolV2TimeoutsOutputReference(this, "timeouts");
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
            address_scope_id: cdktf.stringToTerraform(this._addressScopeId),
            default_prefixlen: cdktf.numberToTerraform(this._defaultPrefixlen),
            default_quota: cdktf.numberToTerraform(this._defaultQuota),
            description: cdktf.stringToTerraform(this._description),
            id: cdktf.stringToTerraform(this._id),
            ip_version: cdktf.numberToTerraform(this._ipVersion),
            is_default: cdktf.booleanToTerraform(this._isDefault),
            max_prefixlen: cdktf.numberToTerraform(this._maxPrefixlen),
            min_prefixlen: cdktf.numberToTerraform(this._minPrefixlen),
            name: cdktf.stringToTerraform(this._name),
            prefixes: cdktf.listMapper(cdktf.stringToTerraform, false)(this._prefixes),
            project_id: cdktf.stringToTerraform(this._projectId),
            region: cdktf.stringToTerraform(this._region),
            shared: cdktf.booleanToTerraform(this._shared),
            tags: cdktf.listMapper(cdktf.stringToTerraform, false)(this._tags),
            value_specs: cdktf.hashMapper(cdktf.stringToTerraform)(this._valueSpecs),
            timeouts: networkingSubnetpoolV2TimeoutsToTerraform(this._timeouts.internalValue),
        };
    }
    synthesizeHclAttributes() {
        const attrs = {
            address_scope_id: {
                value: cdktf.stringToHclTerraform(this._addressScopeId),
                isBlock: false,
                type: "simple",
                storageClassType: "string",
            },
            default_prefixlen: {
                value: cdktf.numberToHclTerraform(this._defaultPrefixlen),
                isBlock: false,
                type: "simple",
                storageClassType: "number",
            },
            default_quota: {
                value: cdktf.numberToHclTerraform(this._defaultQuota),
                isBlock: false,
                type: "simple",
                storageClassType: "number",
            },
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
            ip_version: {
                value: cdktf.numberToHclTerraform(this._ipVersion),
                isBlock: false,
                type: "simple",
                storageClassType: "number",
            },
            is_default: {
                value: cdktf.booleanToHclTerraform(this._isDefault),
                isBlock: false,
                type: "simple",
                storageClassType: "boolean",
            },
            max_prefixlen: {
                value: cdktf.numberToHclTerraform(this._maxPrefixlen),
                isBlock: false,
                type: "simple",
                storageClassType: "number",
            },
            min_prefixlen: {
                value: cdktf.numberToHclTerraform(this._minPrefixlen),
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
            prefixes: {
                value: cdktf.listMapperHcl(cdktf.stringToHclTerraform, false)(this._prefixes),
                isBlock: false,
                type: "list",
                storageClassType: "stringList",
            },
            project_id: {
                value: cdktf.stringToHclTerraform(this._projectId),
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
            value_specs: {
                value: cdktf.hashMapperHcl(cdktf.stringToHclTerraform)(this._valueSpecs),
                isBlock: false,
                type: "map",
                storageClassType: "stringMap",
            },
            timeouts: {
                value: networkingSubnetpoolV2TimeoutsToHclTerraform(this._timeouts.internalValue),
                isBlock: true,
                type: "struct",
                storageClassType: "NetworkingSubnetpoolV2Timeouts",
            },
        };
        // remove undefined attributes
        return Object.fromEntries(Object.entries(attrs).filter(([_, value]) => value !== undefined && value.value !== undefined));
    }
}
exports.NetworkingSubnetpoolV2 = NetworkingSubnetpoolV2;
