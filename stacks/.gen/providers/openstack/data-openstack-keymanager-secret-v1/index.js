"use strict";
// https://registry.terraform.io/providers/terraform-provider-openstack/openstack/3.4.0/docs/data-sources/keymanager_secret_v1
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
exports.DataOpenstackKeymanagerSecretV1 = exports.DataOpenstackKeymanagerSecretV1AclList = exports.DataOpenstackKeymanagerSecretV1AclOutputReference = exports.DataOpenstackKeymanagerSecretV1AclReadList = exports.DataOpenstackKeymanagerSecretV1AclReadOutputReference = void 0;
exports.dataOpenstackKeymanagerSecretV1AclReadToTerraform = dataOpenstackKeymanagerSecretV1AclReadToTerraform;
exports.dataOpenstackKeymanagerSecretV1AclReadToHclTerraform = dataOpenstackKeymanagerSecretV1AclReadToHclTerraform;
exports.dataOpenstackKeymanagerSecretV1AclToTerraform = dataOpenstackKeymanagerSecretV1AclToTerraform;
exports.dataOpenstackKeymanagerSecretV1AclToHclTerraform = dataOpenstackKeymanagerSecretV1AclToHclTerraform;
const cdktf = __importStar(require("cdktf"));
function dataOpenstackKeymanagerSecretV1AclReadToTerraform(struct) {
    if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) {
        return struct;
    }
    if (cdktf.isComplexElement(struct)) {
        throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
    }
    return {};
}
function dataOpenstackKeymanagerSecretV1AclReadToHclTerraform(struct) {
    if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) {
        return struct;
    }
    if (cdktf.isComplexElement(struct)) {
        throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
    }
    const attrs = {};
    return attrs;
}
class DataOpenstackKeymanagerSecretV1AclReadOutputReference extends cdktf.ComplexObject {
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
    // created_at - computed: true, optional: false, required: false
    get createdAt() {
        return this.getStringAttribute('created_at');
    }
    // project_access - computed: true, optional: false, required: false
    get projectAccess() {
        return this.getBooleanAttribute('project_access');
    }
    // updated_at - computed: true, optional: false, required: false
    get updatedAt() {
        return this.getStringAttribute('updated_at');
    }
    // users - computed: true, optional: false, required: false
    get users() {
        return cdktf.Fn.tolist(this.getListAttribute('users'));
    }
}
exports.DataOpenstackKeymanagerSecretV1AclReadOutputReference = DataOpenstackKeymanagerSecretV1AclReadOutputReference;
class DataOpenstackKeymanagerSecretV1AclReadList extends cdktf.ComplexList {
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
        return new DataOpenstackKeymanagerSecretV1AclReadOutputReference(this.terraformResource, this.terraformAttribute, index, this.wrapsSet);
    }
}
exports.DataOpenstackKeymanagerSecretV1AclReadList = DataOpenstackKeymanagerSecretV1AclReadList;
function dataOpenstackKeymanagerSecretV1AclToTerraform(struct) {
    if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) {
        return struct;
    }
    if (cdktf.isComplexElement(struct)) {
        throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
    }
    return {};
}
function dataOpenstackKeymanagerSecretV1AclToHclTerraform(struct) {
    if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) {
        return struct;
    }
    if (cdktf.isComplexElement(struct)) {
        throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
    }
    const attrs = {};
    return attrs;
}
class DataOpenstackKeymanagerSecretV1AclOutputReference extends cdktf.ComplexObject {
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
    // read - computed: true, optional: false, required: false
    _read = new DataOpenstackKeymanagerSecretV1AclReadList(this, "read", false);
    get read() {
        return this._read;
    }
}
exports.DataOpenstackKeymanagerSecretV1AclOutputReference = DataOpenstackKeymanagerSecretV1AclOutputReference;
class DataOpenstackKeymanagerSecretV1AclList extends cdktf.ComplexList {
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
        return new DataOpenstackKeymanagerSecretV1AclOutputReference(this.terraformResource, this.terraformAttribute, index, this.wrapsSet);
    }
}
exports.DataOpenstackKeymanagerSecretV1AclList = DataOpenstackKeymanagerSecretV1AclList;
/**
* Represents a {@link https://registry.terraform.io/providers/terraform-provider-openstack/openstack/3.4.0/docs/data-sources/keymanager_secret_v1 openstack_keymanager_secret_v1}
*/
class DataOpenstackKeymanagerSecretV1 extends cdktf.TerraformDataSource {
    // =================
    // STATIC PROPERTIES
    // =================
    static tfResourceType = "openstack_keymanager_secret_v1";
    // ==============
    // STATIC Methods
    // ==============
    /**
    * Generates CDKTF code for importing a DataOpenstackKeymanagerSecretV1 resource upon running "cdktf plan <stack-name>"
    * @param scope The scope in which to define this construct
    * @param importToId The construct id used in the generated config for the DataOpenstackKeymanagerSecretV1 to import
    * @param importFromId The id of the existing DataOpenstackKeymanagerSecretV1 that should be imported. Refer to the {@link https://registry.terraform.io/providers/terraform-provider-openstack/openstack/3.4.0/docs/data-sources/keymanager_secret_v1#import import section} in the documentation of this resource for the id to use
    * @param provider? Optional instance of the provider where the DataOpenstackKeymanagerSecretV1 to import is found
    */
    static generateConfigForImport(scope, importToId, importFromId, provider) {
        return new cdktf.ImportableResource(scope, importToId, { terraformResourceType: "openstack_keymanager_secret_v1", importId: importFromId, provider });
    }
    // ===========
    // INITIALIZER
    // ===========
    /**
    * Create a new {@link https://registry.terraform.io/providers/terraform-provider-openstack/openstack/3.4.0/docs/data-sources/keymanager_secret_v1 openstack_keymanager_secret_v1} Data Source
    *
    * @param scope The scope in which to define this construct
    * @param id The scoped construct ID. Must be unique amongst siblings in the same scope
    * @param options DataOpenstackKeymanagerSecretV1Config = {}
    */
    constructor(scope, id, config = {}) {
        super(scope, id, {
            terraformResourceType: 'openstack_keymanager_secret_v1',
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
        this._aclOnly = config.aclOnly;
        this._algorithm = config.algorithm;
        this._bitLength = config.bitLength;
        this._createdAtFilter = config.createdAtFilter;
        this._expirationFilter = config.expirationFilter;
        this._id = config.id;
        this._mode = config.mode;
        this._name = config.name;
        this._region = config.region;
        this._secretType = config.secretType;
        this._updatedAtFilter = config.updatedAtFilter;
    }
    // ==========
    // ATTRIBUTES
    // ==========
    // acl - computed: true, optional: false, required: false
    _acl = new DataOpenstackKeymanagerSecretV1AclList(this, "acl", false);
    get acl() {
        return this._acl;
    }
    // acl_only - computed: false, optional: true, required: false
    _aclOnly;
    get aclOnly() {
        return this.getBooleanAttribute('acl_only');
    }
    set aclOnly(value) {
        this._aclOnly = value;
    }
    resetAclOnly() {
        this._aclOnly = undefined;
    }
    // Temporarily expose input value. Use with caution.
    get aclOnlyInput() {
        return this._aclOnly;
    }
    // algorithm - computed: false, optional: true, required: false
    _algorithm;
    get algorithm() {
        return this.getStringAttribute('algorithm');
    }
    set algorithm(value) {
        this._algorithm = value;
    }
    resetAlgorithm() {
        this._algorithm = undefined;
    }
    // Temporarily expose input value. Use with caution.
    get algorithmInput() {
        return this._algorithm;
    }
    // bit_length - computed: false, optional: true, required: false
    _bitLength;
    get bitLength() {
        return this.getNumberAttribute('bit_length');
    }
    set bitLength(value) {
        this._bitLength = value;
    }
    resetBitLength() {
        this._bitLength = undefined;
    }
    // Temporarily expose input value. Use with caution.
    get bitLengthInput() {
        return this._bitLength;
    }
    // content_types - computed: true, optional: false, required: false
    _contentTypes = new cdktf.StringMap(this, "content_types");
    get contentTypes() {
        return this._contentTypes;
    }
    // created_at - computed: true, optional: false, required: false
    get createdAt() {
        return this.getStringAttribute('created_at');
    }
    // created_at_filter - computed: false, optional: true, required: false
    _createdAtFilter;
    get createdAtFilter() {
        return this.getStringAttribute('created_at_filter');
    }
    set createdAtFilter(value) {
        this._createdAtFilter = value;
    }
    resetCreatedAtFilter() {
        this._createdAtFilter = undefined;
    }
    // Temporarily expose input value. Use with caution.
    get createdAtFilterInput() {
        return this._createdAtFilter;
    }
    // creator_id - computed: true, optional: false, required: false
    get creatorId() {
        return this.getStringAttribute('creator_id');
    }
    // expiration - computed: true, optional: false, required: false
    get expiration() {
        return this.getStringAttribute('expiration');
    }
    // expiration_filter - computed: false, optional: true, required: false
    _expirationFilter;
    get expirationFilter() {
        return this.getStringAttribute('expiration_filter');
    }
    set expirationFilter(value) {
        this._expirationFilter = value;
    }
    resetExpirationFilter() {
        this._expirationFilter = undefined;
    }
    // Temporarily expose input value. Use with caution.
    get expirationFilterInput() {
        return this._expirationFilter;
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
    // metadata - computed: true, optional: false, required: false
    _metadata = new cdktf.StringMap(this, "metadata");
    get metadata() {
        return this._metadata;
    }
    // mode - computed: false, optional: true, required: false
    _mode;
    get mode() {
        return this.getStringAttribute('mode');
    }
    set mode(value) {
        this._mode = value;
    }
    resetMode() {
        this._mode = undefined;
    }
    // Temporarily expose input value. Use with caution.
    get modeInput() {
        return this._mode;
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
    // payload - computed: true, optional: false, required: false
    get payload() {
        return this.getStringAttribute('payload');
    }
    // payload_content_encoding - computed: true, optional: false, required: false
    get payloadContentEncoding() {
        return this.getStringAttribute('payload_content_encoding');
    }
    // payload_content_type - computed: true, optional: false, required: false
    get payloadContentType() {
        return this.getStringAttribute('payload_content_type');
    }
    // region - computed: false, optional: true, required: false
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
    // secret_ref - computed: true, optional: false, required: false
    get secretRef() {
        return this.getStringAttribute('secret_ref');
    }
    // secret_type - computed: false, optional: true, required: false
    _secretType;
    get secretType() {
        return this.getStringAttribute('secret_type');
    }
    set secretType(value) {
        this._secretType = value;
    }
    resetSecretType() {
        this._secretType = undefined;
    }
    // Temporarily expose input value. Use with caution.
    get secretTypeInput() {
        return this._secretType;
    }
    // status - computed: true, optional: false, required: false
    get status() {
        return this.getStringAttribute('status');
    }
    // updated_at - computed: true, optional: false, required: false
    get updatedAt() {
        return this.getStringAttribute('updated_at');
    }
    // updated_at_filter - computed: false, optional: true, required: false
    _updatedAtFilter;
    get updatedAtFilter() {
        return this.getStringAttribute('updated_at_filter');
    }
    set updatedAtFilter(value) {
        this._updatedAtFilter = value;
    }
    resetUpdatedAtFilter() {
        this._updatedAtFilter = undefined;
    }
    // Temporarily expose input value. Use with caution.
    get updatedAtFilterInput() {
        return this._updatedAtFilter;
    }
    // =========
    // SYNTHESIS
    // =========
    synthesizeAttributes() {
        return {
            acl_only: cdktf.booleanToTerraform(this._aclOnly),
            algorithm: cdktf.stringToTerraform(this._algorithm),
            bit_length: cdktf.numberToTerraform(this._bitLength),
            created_at_filter: cdktf.stringToTerraform(this._createdAtFilter),
            expiration_filter: cdktf.stringToTerraform(this._expirationFilter),
            id: cdktf.stringToTerraform(this._id),
            mode: cdktf.stringToTerraform(this._mode),
            name: cdktf.stringToTerraform(this._name),
            region: cdktf.stringToTerraform(this._region),
            secret_type: cdktf.stringToTerraform(this._secretType),
            updated_at_filter: cdktf.stringToTerraform(this._updatedAtFilter),
        };
    }
    synthesizeHclAttributes() {
        const attrs = {
            acl_only: {
                value: cdktf.booleanToHclTerraform(this._aclOnly),
                isBlock: false,
                type: "simple",
                storageClassType: "boolean",
            },
            algorithm: {
                value: cdktf.stringToHclTerraform(this._algorithm),
                isBlock: false,
                type: "simple",
                storageClassType: "string",
            },
            bit_length: {
                value: cdktf.numberToHclTerraform(this._bitLength),
                isBlock: false,
                type: "simple",
                storageClassType: "number",
            },
            created_at_filter: {
                value: cdktf.stringToHclTerraform(this._createdAtFilter),
                isBlock: false,
                type: "simple",
                storageClassType: "string",
            },
            expiration_filter: {
                value: cdktf.stringToHclTerraform(this._expirationFilter),
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
            mode: {
                value: cdktf.stringToHclTerraform(this._mode),
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
            secret_type: {
                value: cdktf.stringToHclTerraform(this._secretType),
                isBlock: false,
                type: "simple",
                storageClassType: "string",
            },
            updated_at_filter: {
                value: cdktf.stringToHclTerraform(this._updatedAtFilter),
                isBlock: false,
                type: "simple",
                storageClassType: "string",
            },
        };
        // remove undefined attributes
        return Object.fromEntries(Object.entries(attrs).filter(([_, value]) => value !== undefined && value.value !== undefined));
    }
}
exports.DataOpenstackKeymanagerSecretV1 = DataOpenstackKeymanagerSecretV1;
