"use strict";
// https://registry.terraform.io/providers/terraform-provider-openstack/openstack/3.4.0/docs/resources/objectstorage_container_v1
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
exports.ObjectstorageContainerV1 = exports.ObjectstorageContainerV1VersioningLegacyOutputReference = void 0;
exports.objectstorageContainerV1VersioningLegacyToTerraform = objectstorageContainerV1VersioningLegacyToTerraform;
exports.objectstorageContainerV1VersioningLegacyToHclTerraform = objectstorageContainerV1VersioningLegacyToHclTerraform;
const cdktf = __importStar(require("cdktf"));
function objectstorageContainerV1VersioningLegacyToTerraform(struct) {
    if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) {
        return struct;
    }
    if (cdktf.isComplexElement(struct)) {
        throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
    }
    return {
        location: cdktf.stringToTerraform(struct.location),
        type: cdktf.stringToTerraform(struct.type),
    };
}
function objectstorageContainerV1VersioningLegacyToHclTerraform(struct) {
    if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) {
        return struct;
    }
    if (cdktf.isComplexElement(struct)) {
        throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
    }
    const attrs = {
        location: {
            value: cdktf.stringToHclTerraform(struct.location),
            isBlock: false,
            type: "simple",
            storageClassType: "string",
        },
        type: {
            value: cdktf.stringToHclTerraform(struct.type),
            isBlock: false,
            type: "simple",
            storageClassType: "string",
        },
    };
    // remove undefined attributes
    return Object.fromEntries(Object.entries(attrs).filter(([_, value]) => value !== undefined && value.value !== undefined));
}
class ObjectstorageContainerV1VersioningLegacyOutputReference extends cdktf.ComplexObject {
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
        if (this._location !== undefined) {
            hasAnyValues = true;
            internalValueResult.location = this._location;
        }
        if (this._type !== undefined) {
            hasAnyValues = true;
            internalValueResult.type = this._type;
        }
        return hasAnyValues ? internalValueResult : undefined;
    }
    set internalValue(value) {
        if (value === undefined) {
            this.isEmptyObject = false;
            this._location = undefined;
            this._type = undefined;
        }
        else {
            this.isEmptyObject = Object.keys(value).length === 0;
            this._location = value.location;
            this._type = value.type;
        }
    }
    // location - computed: false, optional: false, required: true
    _location;
    get location() {
        return this.getStringAttribute('location');
    }
    set location(value) {
        this._location = value;
    }
    // Temporarily expose input value. Use with caution.
    get locationInput() {
        return this._location;
    }
    // type - computed: false, optional: false, required: true
    _type;
    get type() {
        return this.getStringAttribute('type');
    }
    set type(value) {
        this._type = value;
    }
    // Temporarily expose input value. Use with caution.
    get typeInput() {
        return this._type;
    }
}
exports.ObjectstorageContainerV1VersioningLegacyOutputReference = ObjectstorageContainerV1VersioningLegacyOutputReference;
/**
* Represents a {@link https://registry.terraform.io/providers/terraform-provider-openstack/openstack/3.4.0/docs/resources/objectstorage_container_v1 openstack_objectstorage_container_v1}
*/
class ObjectstorageContainerV1 extends cdktf.TerraformResource {
    // =================
    // STATIC PROPERTIES
    // =================
    static tfResourceType = "openstack_objectstorage_container_v1";
    // ==============
    // STATIC Methods
    // ==============
    /**
    * Generates CDKTF code for importing a ObjectstorageContainerV1 resource upon running "cdktf plan <stack-name>"
    * @param scope The scope in which to define this construct
    * @param importToId The construct id used in the generated config for the ObjectstorageContainerV1 to import
    * @param importFromId The id of the existing ObjectstorageContainerV1 that should be imported. Refer to the {@link https://registry.terraform.io/providers/terraform-provider-openstack/openstack/3.4.0/docs/resources/objectstorage_container_v1#import import section} in the documentation of this resource for the id to use
    * @param provider? Optional instance of the provider where the ObjectstorageContainerV1 to import is found
    */
    static generateConfigForImport(scope, importToId, importFromId, provider) {
        return new cdktf.ImportableResource(scope, importToId, { terraformResourceType: "openstack_objectstorage_container_v1", importId: importFromId, provider });
    }
    // ===========
    // INITIALIZER
    // ===========
    /**
    * Create a new {@link https://registry.terraform.io/providers/terraform-provider-openstack/openstack/3.4.0/docs/resources/objectstorage_container_v1 openstack_objectstorage_container_v1} Resource
    *
    * @param scope The scope in which to define this construct
    * @param id The scoped construct ID. Must be unique amongst siblings in the same scope
    * @param options ObjectstorageContainerV1Config
    */
    constructor(scope, id, config) {
        super(scope, id, {
            terraformResourceType: 'openstack_objectstorage_container_v1',
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
        this._containerRead = config.containerRead;
        this._containerSyncKey = config.containerSyncKey;
        this._containerSyncTo = config.containerSyncTo;
        this._containerWrite = config.containerWrite;
        this._contentType = config.contentType;
        this._forceDestroy = config.forceDestroy;
        this._id = config.id;
        this._metadata = config.metadata;
        this._name = config.name;
        this._region = config.region;
        this._storageClass = config.storageClass;
        this._storagePolicy = config.storagePolicy;
        this._versioning = config.versioning;
        this._versioningLegacy.internalValue = config.versioningLegacy;
    }
    // ==========
    // ATTRIBUTES
    // ==========
    // container_read - computed: false, optional: true, required: false
    _containerRead;
    get containerRead() {
        return this.getStringAttribute('container_read');
    }
    set containerRead(value) {
        this._containerRead = value;
    }
    resetContainerRead() {
        this._containerRead = undefined;
    }
    // Temporarily expose input value. Use with caution.
    get containerReadInput() {
        return this._containerRead;
    }
    // container_sync_key - computed: false, optional: true, required: false
    _containerSyncKey;
    get containerSyncKey() {
        return this.getStringAttribute('container_sync_key');
    }
    set containerSyncKey(value) {
        this._containerSyncKey = value;
    }
    resetContainerSyncKey() {
        this._containerSyncKey = undefined;
    }
    // Temporarily expose input value. Use with caution.
    get containerSyncKeyInput() {
        return this._containerSyncKey;
    }
    // container_sync_to - computed: false, optional: true, required: false
    _containerSyncTo;
    get containerSyncTo() {
        return this.getStringAttribute('container_sync_to');
    }
    set containerSyncTo(value) {
        this._containerSyncTo = value;
    }
    resetContainerSyncTo() {
        this._containerSyncTo = undefined;
    }
    // Temporarily expose input value. Use with caution.
    get containerSyncToInput() {
        return this._containerSyncTo;
    }
    // container_write - computed: false, optional: true, required: false
    _containerWrite;
    get containerWrite() {
        return this.getStringAttribute('container_write');
    }
    set containerWrite(value) {
        this._containerWrite = value;
    }
    resetContainerWrite() {
        this._containerWrite = undefined;
    }
    // Temporarily expose input value. Use with caution.
    get containerWriteInput() {
        return this._containerWrite;
    }
    // content_type - computed: false, optional: true, required: false
    _contentType;
    get contentType() {
        return this.getStringAttribute('content_type');
    }
    set contentType(value) {
        this._contentType = value;
    }
    resetContentType() {
        this._contentType = undefined;
    }
    // Temporarily expose input value. Use with caution.
    get contentTypeInput() {
        return this._contentType;
    }
    // force_destroy - computed: false, optional: true, required: false
    _forceDestroy;
    get forceDestroy() {
        return this.getBooleanAttribute('force_destroy');
    }
    set forceDestroy(value) {
        this._forceDestroy = value;
    }
    resetForceDestroy() {
        this._forceDestroy = undefined;
    }
    // Temporarily expose input value. Use with caution.
    get forceDestroyInput() {
        return this._forceDestroy;
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
    // metadata - computed: false, optional: true, required: false
    _metadata;
    get metadata() {
        return this.getStringMapAttribute('metadata');
    }
    set metadata(value) {
        this._metadata = value;
    }
    resetMetadata() {
        this._metadata = undefined;
    }
    // Temporarily expose input value. Use with caution.
    get metadataInput() {
        return this._metadata;
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
    // storage_class - computed: true, optional: true, required: false
    _storageClass;
    get storageClass() {
        return this.getStringAttribute('storage_class');
    }
    set storageClass(value) {
        this._storageClass = value;
    }
    resetStorageClass() {
        this._storageClass = undefined;
    }
    // Temporarily expose input value. Use with caution.
    get storageClassInput() {
        return this._storageClass;
    }
    // storage_policy - computed: true, optional: true, required: false
    _storagePolicy;
    get storagePolicy() {
        return this.getStringAttribute('storage_policy');
    }
    set storagePolicy(value) {
        this._storagePolicy = value;
    }
    resetStoragePolicy() {
        this._storagePolicy = undefined;
    }
    // Temporarily expose input value. Use with caution.
    get storagePolicyInput() {
        return this._storagePolicy;
    }
    // versioning - computed: false, optional: true, required: false
    _versioning;
    get versioning() {
        return this.getBooleanAttribute('versioning');
    }
    set versioning(value) {
        this._versioning = value;
    }
    resetVersioning() {
        this._versioning = undefined;
    }
    // Temporarily expose input value. Use with caution.
    get versioningInput() {
        return this._versioning;
    }
    // versioning_legacy - computed: false, optional: true, required: false
    _versioningLegacy = new ObjectstorageContainerV1VersioningLegacyOutputReference(this, "versioning_legacy");
    get versioningLegacy() {
        return this._versioningLegacy;
    }
    putVersioningLegacy(value) {
        this._versioningLegacy.internalValue = value;
    }
    resetVersioningLegacy() {
        this._versioningLegacy.internalValue = undefined;
    }
    // Temporarily expose input value. Use with caution.
    get versioningLegacyInput() {
        return this._versioningLegacy.internalValue;
    }
    // =========
    // SYNTHESIS
    // =========
    synthesizeAttributes() {
        return {
            container_read: cdktf.stringToTerraform(this._containerRead),
            container_sync_key: cdktf.stringToTerraform(this._containerSyncKey),
            container_sync_to: cdktf.stringToTerraform(this._containerSyncTo),
            container_write: cdktf.stringToTerraform(this._containerWrite),
            content_type: cdktf.stringToTerraform(this._contentType),
            force_destroy: cdktf.booleanToTerraform(this._forceDestroy),
            id: cdktf.stringToTerraform(this._id),
            metadata: cdktf.hashMapper(cdktf.stringToTerraform)(this._metadata),
            name: cdktf.stringToTerraform(this._name),
            region: cdktf.stringToTerraform(this._region),
            storage_class: cdktf.stringToTerraform(this._storageClass),
            storage_policy: cdktf.stringToTerraform(this._storagePolicy),
            versioning: cdktf.booleanToTerraform(this._versioning),
            versioning_legacy: objectstorageContainerV1VersioningLegacyToTerraform(this._versioningLegacy.internalValue),
        };
    }
    synthesizeHclAttributes() {
        const attrs = {
            container_read: {
                value: cdktf.stringToHclTerraform(this._containerRead),
                isBlock: false,
                type: "simple",
                storageClassType: "string",
            },
            container_sync_key: {
                value: cdktf.stringToHclTerraform(this._containerSyncKey),
                isBlock: false,
                type: "simple",
                storageClassType: "string",
            },
            container_sync_to: {
                value: cdktf.stringToHclTerraform(this._containerSyncTo),
                isBlock: false,
                type: "simple",
                storageClassType: "string",
            },
            container_write: {
                value: cdktf.stringToHclTerraform(this._containerWrite),
                isBlock: false,
                type: "simple",
                storageClassType: "string",
            },
            content_type: {
                value: cdktf.stringToHclTerraform(this._contentType),
                isBlock: false,
                type: "simple",
                storageClassType: "string",
            },
            force_destroy: {
                value: cdktf.booleanToHclTerraform(this._forceDestroy),
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
            metadata: {
                value: cdktf.hashMapperHcl(cdktf.stringToHclTerraform)(this._metadata),
                isBlock: false,
                type: "map",
                storageClassType: "stringMap",
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
            storage_class: {
                value: cdktf.stringToHclTerraform(this._storageClass),
                isBlock: false,
                type: "simple",
                storageClassType: "string",
            },
            storage_policy: {
                value: cdktf.stringToHclTerraform(this._storagePolicy),
                isBlock: false,
                type: "simple",
                storageClassType: "string",
            },
            versioning: {
                value: cdktf.booleanToHclTerraform(this._versioning),
                isBlock: false,
                type: "simple",
                storageClassType: "boolean",
            },
            versioning_legacy: {
                value: objectstorageContainerV1VersioningLegacyToHclTerraform(this._versioningLegacy.internalValue),
                isBlock: true,
                type: "set",
                storageClassType: "ObjectstorageContainerV1VersioningLegacyList",
            },
        };
        // remove undefined attributes
        return Object.fromEntries(Object.entries(attrs).filter(([_, value]) => value !== undefined && value.value !== undefined));
    }
}
exports.ObjectstorageContainerV1 = ObjectstorageContainerV1;
