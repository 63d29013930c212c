"use strict";
// https://registry.terraform.io/providers/terraform-provider-openstack/openstack/3.4.0/docs/resources/blockstorage_volume_v3
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
exports.BlockstorageVolumeV3 = exports.BlockstorageVolumeV3TimeoutsOutputReference = exports.BlockstorageVolumeV3SchedulerHintsList = exports.BlockstorageVolumeV3SchedulerHintsOutputReference = exports.BlockstorageVolumeV3AttachmentList = exports.BlockstorageVolumeV3AttachmentOutputReference = void 0;
exports.blockstorageVolumeV3AttachmentToTerraform = blockstorageVolumeV3AttachmentToTerraform;
exports.blockstorageVolumeV3AttachmentToHclTerraform = blockstorageVolumeV3AttachmentToHclTerraform;
exports.blockstorageVolumeV3SchedulerHintsToTerraform = blockstorageVolumeV3SchedulerHintsToTerraform;
exports.blockstorageVolumeV3SchedulerHintsToHclTerraform = blockstorageVolumeV3SchedulerHintsToHclTerraform;
exports.blockstorageVolumeV3TimeoutsToTerraform = blockstorageVolumeV3TimeoutsToTerraform;
exports.blockstorageVolumeV3TimeoutsToHclTerraform = blockstorageVolumeV3TimeoutsToHclTerraform;
const cdktf = __importStar(require("cdktf"));
function blockstorageVolumeV3AttachmentToTerraform(struct) {
    if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) {
        return struct;
    }
    if (cdktf.isComplexElement(struct)) {
        throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
    }
    return {};
}
function blockstorageVolumeV3AttachmentToHclTerraform(struct) {
    if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) {
        return struct;
    }
    if (cdktf.isComplexElement(struct)) {
        throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
    }
    const attrs = {};
    return attrs;
}
class BlockstorageVolumeV3AttachmentOutputReference extends cdktf.ComplexObject {
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
    // device - computed: true, optional: false, required: false
    get device() {
        return this.getStringAttribute('device');
    }
    // id - computed: true, optional: false, required: false
    get id() {
        return this.getStringAttribute('id');
    }
    // instance_id - computed: true, optional: false, required: false
    get instanceId() {
        return this.getStringAttribute('instance_id');
    }
}
exports.BlockstorageVolumeV3AttachmentOutputReference = BlockstorageVolumeV3AttachmentOutputReference;
class BlockstorageVolumeV3AttachmentList extends cdktf.ComplexList {
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
        return new BlockstorageVolumeV3AttachmentOutputReference(this.terraformResource, this.terraformAttribute, index, this.wrapsSet);
    }
}
exports.BlockstorageVolumeV3AttachmentList = BlockstorageVolumeV3AttachmentList;
function blockstorageVolumeV3SchedulerHintsToTerraform(struct) {
    if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) {
        return struct;
    }
    if (cdktf.isComplexElement(struct)) {
        throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
    }
    return {
        additional_properties: cdktf.hashMapper(cdktf.stringToTerraform)(struct.additionalProperties),
        different_host: cdktf.listMapper(cdktf.stringToTerraform, false)(struct.differentHost),
        local_to_instance: cdktf.stringToTerraform(struct.localToInstance),
        query: cdktf.stringToTerraform(struct.query),
        same_host: cdktf.listMapper(cdktf.stringToTerraform, false)(struct.sameHost),
    };
}
function blockstorageVolumeV3SchedulerHintsToHclTerraform(struct) {
    if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) {
        return struct;
    }
    if (cdktf.isComplexElement(struct)) {
        throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
    }
    const attrs = {
        additional_properties: {
            value: cdktf.hashMapperHcl(cdktf.stringToHclTerraform)(struct.additionalProperties),
            isBlock: false,
            type: "map",
            storageClassType: "stringMap",
        },
        different_host: {
            value: cdktf.listMapperHcl(cdktf.stringToHclTerraform, false)(struct.differentHost),
            isBlock: false,
            type: "list",
            storageClassType: "stringList",
        },
        local_to_instance: {
            value: cdktf.stringToHclTerraform(struct.localToInstance),
            isBlock: false,
            type: "simple",
            storageClassType: "string",
        },
        query: {
            value: cdktf.stringToHclTerraform(struct.query),
            isBlock: false,
            type: "simple",
            storageClassType: "string",
        },
        same_host: {
            value: cdktf.listMapperHcl(cdktf.stringToHclTerraform, false)(struct.sameHost),
            isBlock: false,
            type: "list",
            storageClassType: "stringList",
        },
    };
    // remove undefined attributes
    return Object.fromEntries(Object.entries(attrs).filter(([_, value]) => value !== undefined && value.value !== undefined));
}
class BlockstorageVolumeV3SchedulerHintsOutputReference extends cdktf.ComplexObject {
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
        if (this._additionalProperties !== undefined) {
            hasAnyValues = true;
            internalValueResult.additionalProperties = this._additionalProperties;
        }
        if (this._differentHost !== undefined) {
            hasAnyValues = true;
            internalValueResult.differentHost = this._differentHost;
        }
        if (this._localToInstance !== undefined) {
            hasAnyValues = true;
            internalValueResult.localToInstance = this._localToInstance;
        }
        if (this._query !== undefined) {
            hasAnyValues = true;
            internalValueResult.query = this._query;
        }
        if (this._sameHost !== undefined) {
            hasAnyValues = true;
            internalValueResult.sameHost = this._sameHost;
        }
        return hasAnyValues ? internalValueResult : undefined;
    }
    set internalValue(value) {
        if (value === undefined) {
            this.isEmptyObject = false;
            this.resolvableValue = undefined;
            this._additionalProperties = undefined;
            this._differentHost = undefined;
            this._localToInstance = undefined;
            this._query = undefined;
            this._sameHost = undefined;
        }
        else if (cdktf.Tokenization.isResolvable(value)) {
            this.isEmptyObject = false;
            this.resolvableValue = value;
        }
        else {
            this.isEmptyObject = Object.keys(value).length === 0;
            this.resolvableValue = undefined;
            this._additionalProperties = value.additionalProperties;
            this._differentHost = value.differentHost;
            this._localToInstance = value.localToInstance;
            this._query = value.query;
            this._sameHost = value.sameHost;
        }
    }
    // additional_properties - computed: false, optional: true, required: false
    _additionalProperties;
    get additionalProperties() {
        return this.getStringMapAttribute('additional_properties');
    }
    set additionalProperties(value) {
        this._additionalProperties = value;
    }
    resetAdditionalProperties() {
        this._additionalProperties = undefined;
    }
    // Temporarily expose input value. Use with caution.
    get additionalPropertiesInput() {
        return this._additionalProperties;
    }
    // different_host - computed: false, optional: true, required: false
    _differentHost;
    get differentHost() {
        return this.getListAttribute('different_host');
    }
    set differentHost(value) {
        this._differentHost = value;
    }
    resetDifferentHost() {
        this._differentHost = undefined;
    }
    // Temporarily expose input value. Use with caution.
    get differentHostInput() {
        return this._differentHost;
    }
    // local_to_instance - computed: false, optional: true, required: false
    _localToInstance;
    get localToInstance() {
        return this.getStringAttribute('local_to_instance');
    }
    set localToInstance(value) {
        this._localToInstance = value;
    }
    resetLocalToInstance() {
        this._localToInstance = undefined;
    }
    // Temporarily expose input value. Use with caution.
    get localToInstanceInput() {
        return this._localToInstance;
    }
    // query - computed: false, optional: true, required: false
    _query;
    get query() {
        return this.getStringAttribute('query');
    }
    set query(value) {
        this._query = value;
    }
    resetQuery() {
        this._query = undefined;
    }
    // Temporarily expose input value. Use with caution.
    get queryInput() {
        return this._query;
    }
    // same_host - computed: false, optional: true, required: false
    _sameHost;
    get sameHost() {
        return this.getListAttribute('same_host');
    }
    set sameHost(value) {
        this._sameHost = value;
    }
    resetSameHost() {
        this._sameHost = undefined;
    }
    // Temporarily expose input value. Use with caution.
    get sameHostInput() {
        return this._sameHost;
    }
}
exports.BlockstorageVolumeV3SchedulerHintsOutputReference = BlockstorageVolumeV3SchedulerHintsOutputReference;
class BlockstorageVolumeV3SchedulerHintsList extends cdktf.ComplexList {
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
        return new BlockstorageVolumeV3SchedulerHintsOutputReference(this.terraformResource, this.terraformAttribute, index, this.wrapsSet);
    }
}
exports.BlockstorageVolumeV3SchedulerHintsList = BlockstorageVolumeV3SchedulerHintsList;
function blockstorageVolumeV3TimeoutsToTerraform(struct) {
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
function blockstorageVolumeV3TimeoutsToHclTerraform(struct) {
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
class BlockstorageVolumeV3TimeoutsOutputReference extends cdktf.ComplexObject {
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
exports.BlockstorageVolumeV3TimeoutsOutputReference = BlockstorageVolumeV3TimeoutsOutputReference;
/**
* Represents a {@link https://registry.terraform.io/providers/terraform-provider-openstack/openstack/3.4.0/docs/resources/blockstorage_volume_v3 openstack_blockstorage_volume_v3}
*/
class BlockstorageVolumeV3 extends cdktf.TerraformResource {
    // =================
    // STATIC PROPERTIES
    // =================
    static tfResourceType = "openstack_blockstorage_volume_v3";
    // ==============
    // STATIC Methods
    // ==============
    /**
    * Generates CDKTF code for importing a BlockstorageVolumeV3 resource upon running "cdktf plan <stack-name>"
    * @param scope The scope in which to define this construct
    * @param importToId The construct id used in the generated config for the BlockstorageVolumeV3 to import
    * @param importFromId The id of the existing BlockstorageVolumeV3 that should be imported. Refer to the {@link https://registry.terraform.io/providers/terraform-provider-openstack/openstack/3.4.0/docs/resources/blockstorage_volume_v3#import import section} in the documentation of this resource for the id to use
    * @param provider? Optional instance of the provider where the BlockstorageVolumeV3 to import is found
    */
    static generateConfigForImport(scope, importToId, importFromId, provider) {
        return new cdktf.ImportableResource(scope, importToId, { terraformResourceType: "openstack_blockstorage_volume_v3", importId: importFromId, provider });
    }
    // ===========
    // INITIALIZER
    // ===========
    /**
    * Create a new {@link https://registry.terraform.io/providers/terraform-provider-openstack/openstack/3.4.0/docs/resources/blockstorage_volume_v3 openstack_blockstorage_volume_v3} Resource
    *
    * @param scope The scope in which to define this construct
    * @param id The scoped construct ID. Must be unique amongst siblings in the same scope
    * @param options BlockstorageVolumeV3Config
    */
    constructor(scope, id, config) {
        super(scope, id, {
            terraformResourceType: 'openstack_blockstorage_volume_v3',
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
        this._availabilityZone = config.availabilityZone;
        this._backupId = config.backupId;
        this._consistencyGroupId = config.consistencyGroupId;
        this._description = config.description;
        this._enableOnlineResize = config.enableOnlineResize;
        this._id = config.id;
        this._imageId = config.imageId;
        this._metadata = config.metadata;
        this._name = config.name;
        this._region = config.region;
        this._size = config.size;
        this._snapshotId = config.snapshotId;
        this._sourceReplica = config.sourceReplica;
        this._sourceVolId = config.sourceVolId;
        this._volumeRetypePolicy = config.volumeRetypePolicy;
        this._volumeType = config.volumeType;
        this._schedulerHints.internalValue = config.schedulerHints;
        this._timeouts.internalValue = config.timeouts;
    }
    // ==========
    // ATTRIBUTES
    // ==========
    // attachment - computed: true, optional: false, required: false
    _attachment = new BlockstorageVolumeV3AttachmentList(this, "attachment", true);
    get attachment() {
        return this._attachment;
    }
    // availability_zone - computed: true, optional: true, required: false
    _availabilityZone;
    get availabilityZone() {
        return this.getStringAttribute('availability_zone');
    }
    set availabilityZone(value) {
        this._availabilityZone = value;
    }
    resetAvailabilityZone() {
        this._availabilityZone = undefined;
    }
    // Temporarily expose input value. Use with caution.
    get availabilityZoneInput() {
        return this._availabilityZone;
    }
    // backup_id - computed: false, optional: true, required: false
    _backupId;
    get backupId() {
        return this.getStringAttribute('backup_id');
    }
    set backupId(value) {
        this._backupId = value;
    }
    resetBackupId() {
        this._backupId = undefined;
    }
    // Temporarily expose input value. Use with caution.
    get backupIdInput() {
        return this._backupId;
    }
    // consistency_group_id - computed: false, optional: true, required: false
    _consistencyGroupId;
    get consistencyGroupId() {
        return this.getStringAttribute('consistency_group_id');
    }
    set consistencyGroupId(value) {
        this._consistencyGroupId = value;
    }
    resetConsistencyGroupId() {
        this._consistencyGroupId = undefined;
    }
    // Temporarily expose input value. Use with caution.
    get consistencyGroupIdInput() {
        return this._consistencyGroupId;
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
    // enable_online_resize - computed: false, optional: true, required: false
    _enableOnlineResize;
    get enableOnlineResize() {
        return this.getBooleanAttribute('enable_online_resize');
    }
    set enableOnlineResize(value) {
        this._enableOnlineResize = value;
    }
    resetEnableOnlineResize() {
        this._enableOnlineResize = undefined;
    }
    // Temporarily expose input value. Use with caution.
    get enableOnlineResizeInput() {
        return this._enableOnlineResize;
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
    // image_id - computed: false, optional: true, required: false
    _imageId;
    get imageId() {
        return this.getStringAttribute('image_id');
    }
    set imageId(value) {
        this._imageId = value;
    }
    resetImageId() {
        this._imageId = undefined;
    }
    // Temporarily expose input value. Use with caution.
    get imageIdInput() {
        return this._imageId;
    }
    // metadata - computed: true, optional: true, required: false
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
    // size - computed: false, optional: false, required: true
    _size;
    get size() {
        return this.getNumberAttribute('size');
    }
    set size(value) {
        this._size = value;
    }
    // Temporarily expose input value. Use with caution.
    get sizeInput() {
        return this._size;
    }
    // snapshot_id - computed: false, optional: true, required: false
    _snapshotId;
    get snapshotId() {
        return this.getStringAttribute('snapshot_id');
    }
    set snapshotId(value) {
        this._snapshotId = value;
    }
    resetSnapshotId() {
        this._snapshotId = undefined;
    }
    // Temporarily expose input value. Use with caution.
    get snapshotIdInput() {
        return this._snapshotId;
    }
    // source_replica - computed: false, optional: true, required: false
    _sourceReplica;
    get sourceReplica() {
        return this.getStringAttribute('source_replica');
    }
    set sourceReplica(value) {
        this._sourceReplica = value;
    }
    resetSourceReplica() {
        this._sourceReplica = undefined;
    }
    // Temporarily expose input value. Use with caution.
    get sourceReplicaInput() {
        return this._sourceReplica;
    }
    // source_vol_id - computed: false, optional: true, required: false
    _sourceVolId;
    get sourceVolId() {
        return this.getStringAttribute('source_vol_id');
    }
    set sourceVolId(value) {
        this._sourceVolId = value;
    }
    resetSourceVolId() {
        this._sourceVolId = undefined;
    }
    // Temporarily expose input value. Use with caution.
    get sourceVolIdInput() {
        return this._sourceVolId;
    }
    // volume_retype_policy - computed: false, optional: true, required: false
    _volumeRetypePolicy;
    get volumeRetypePolicy() {
        return this.getStringAttribute('volume_retype_policy');
    }
    set volumeRetypePolicy(value) {
        this._volumeRetypePolicy = value;
    }
    resetVolumeRetypePolicy() {
        this._volumeRetypePolicy = undefined;
    }
    // Temporarily expose input value. Use with caution.
    get volumeRetypePolicyInput() {
        return this._volumeRetypePolicy;
    }
    // volume_type - computed: true, optional: true, required: false
    _volumeType;
    get volumeType() {
        return this.getStringAttribute('volume_type');
    }
    set volumeType(value) {
        this._volumeType = value;
    }
    resetVolumeType() {
        this._volumeType = undefined;
    }
    // Temporarily expose input value. Use with caution.
    get volumeTypeInput() {
        return this._volumeType;
    }
    // scheduler_hints - computed: false, optional: true, required: false
    _schedulerHints = new BlockstorageVolumeV3SchedulerHintsList(this, "scheduler_hints", true);
    get schedulerHints() {
        return this._schedulerHints;
    }
    putSchedulerHints(value) {
        this._schedulerHints.internalValue = value;
    }
    resetSchedulerHints() {
        this._schedulerHints.internalValue = undefined;
    }
    // Temporarily expose input value. Use with caution.
    get schedulerHintsInput() {
        return this._schedulerHints.internalValue;
    }
    // timeouts - computed: false, optional: true, required: false
    _timeouts = new BlockstorageVolumeV3TimeoutsOutputReference(this, "timeouts");
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
            availability_zone: cdktf.stringToTerraform(this._availabilityZone),
            backup_id: cdktf.stringToTerraform(this._backupId),
            consistency_group_id: cdktf.stringToTerraform(this._consistencyGroupId),
            description: cdktf.stringToTerraform(this._description),
            enable_online_resize: cdktf.booleanToTerraform(this._enableOnlineResize),
            id: cdktf.stringToTerraform(this._id),
            image_id: cdktf.stringToTerraform(this._imageId),
            metadata: cdktf.hashMapper(cdktf.stringToTerraform)(this._metadata),
            name: cdktf.stringToTerraform(this._name),
            region: cdktf.stringToTerraform(this._region),
            size: cdktf.numberToTerraform(this._size),
            snapshot_id: cdktf.stringToTerraform(this._snapshotId),
            source_replica: cdktf.stringToTerraform(this._sourceReplica),
            source_vol_id: cdktf.stringToTerraform(this._sourceVolId),
            volume_retype_policy: cdktf.stringToTerraform(this._volumeRetypePolicy),
            volume_type: cdktf.stringToTerraform(this._volumeType),
            scheduler_hints: cdktf.listMapper(blockstorageVolumeV3SchedulerHintsToTerraform, true)(this._schedulerHints.internalValue),
            timeouts: blockstorageVolumeV3TimeoutsToTerraform(this._timeouts.internalValue),
        };
    }
    synthesizeHclAttributes() {
        const attrs = {
            availability_zone: {
                value: cdktf.stringToHclTerraform(this._availabilityZone),
                isBlock: false,
                type: "simple",
                storageClassType: "string",
            },
            backup_id: {
                value: cdktf.stringToHclTerraform(this._backupId),
                isBlock: false,
                type: "simple",
                storageClassType: "string",
            },
            consistency_group_id: {
                value: cdktf.stringToHclTerraform(this._consistencyGroupId),
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
            enable_online_resize: {
                value: cdktf.booleanToHclTerraform(this._enableOnlineResize),
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
            image_id: {
                value: cdktf.stringToHclTerraform(this._imageId),
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
            size: {
                value: cdktf.numberToHclTerraform(this._size),
                isBlock: false,
                type: "simple",
                storageClassType: "number",
            },
            snapshot_id: {
                value: cdktf.stringToHclTerraform(this._snapshotId),
                isBlock: false,
                type: "simple",
                storageClassType: "string",
            },
            source_replica: {
                value: cdktf.stringToHclTerraform(this._sourceReplica),
                isBlock: false,
                type: "simple",
                storageClassType: "string",
            },
            source_vol_id: {
                value: cdktf.stringToHclTerraform(this._sourceVolId),
                isBlock: false,
                type: "simple",
                storageClassType: "string",
            },
            volume_retype_policy: {
                value: cdktf.stringToHclTerraform(this._volumeRetypePolicy),
                isBlock: false,
                type: "simple",
                storageClassType: "string",
            },
            volume_type: {
                value: cdktf.stringToHclTerraform(this._volumeType),
                isBlock: false,
                type: "simple",
                storageClassType: "string",
            },
            scheduler_hints: {
                value: cdktf.listMapperHcl(blockstorageVolumeV3SchedulerHintsToHclTerraform, true)(this._schedulerHints.internalValue),
                isBlock: true,
                type: "set",
                storageClassType: "BlockstorageVolumeV3SchedulerHintsList",
            },
            timeouts: {
                value: blockstorageVolumeV3TimeoutsToHclTerraform(this._timeouts.internalValue),
                isBlock: true,
                type: "struct",
                storageClassType: "BlockstorageVolumeV3Timeouts",
            },
        };
        // remove undefined attributes
        return Object.fromEntries(Object.entries(attrs).filter(([_, value]) => value !== undefined && value.value !== undefined));
    }
}
exports.BlockstorageVolumeV3 = BlockstorageVolumeV3;
