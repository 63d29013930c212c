"use strict";
// https://registry.terraform.io/providers/terraform-provider-openstack/openstack/3.4.0/docs/resources/blockstorage_quotaset_v3
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
exports.BlockstorageQuotasetV3 = exports.BlockstorageQuotasetV3TimeoutsOutputReference = void 0;
exports.blockstorageQuotasetV3TimeoutsToTerraform = blockstorageQuotasetV3TimeoutsToTerraform;
exports.blockstorageQuotasetV3TimeoutsToHclTerraform = blockstorageQuotasetV3TimeoutsToHclTerraform;
const cdktf = __importStar(require("cdktf"));
function blockstorageQuotasetV3TimeoutsToTerraform(struct) {
    if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) {
        return struct;
    }
    if (cdktf.isComplexElement(struct)) {
        throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
    }
    return {
        create: cdktf.stringToTerraform(struct.create),
        delete: cdktf.stringToTerraform(struct.delete),
        update: cdktf.stringToTerraform(struct.update),
    };
}
function blockstorageQuotasetV3TimeoutsToHclTerraform(struct) {
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
        update: {
            value: cdktf.stringToHclTerraform(struct.update),
            isBlock: false,
            type: "simple",
            storageClassType: "string",
        },
    };
    // remove undefined attributes
    return Object.fromEntries(Object.entries(attrs).filter(([_, value]) => value !== undefined && value.value !== undefined));
}
class BlockstorageQuotasetV3TimeoutsOutputReference extends cdktf.ComplexObject {
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
        if (this._update !== undefined) {
            hasAnyValues = true;
            internalValueResult.update = this._update;
        }
        return hasAnyValues ? internalValueResult : undefined;
    }
    set internalValue(value) {
        if (value === undefined) {
            this.isEmptyObject = false;
            this.resolvableValue = undefined;
            this._create = undefined;
            this._delete = undefined;
            this._update = undefined;
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
            this._update = value.update;
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
    // update - computed: false, optional: true, required: false
    _update;
    get update() {
        return this.getStringAttribute('update');
    }
    set update(value) {
        this._update = value;
    }
    resetUpdate() {
        this._update = undefined;
    }
    // Temporarily expose input value. Use with caution.
    get updateInput() {
        return this._update;
    }
}
exports.BlockstorageQuotasetV3TimeoutsOutputReference = BlockstorageQuotasetV3TimeoutsOutputReference;
/**
* Represents a {@link https://registry.terraform.io/providers/terraform-provider-openstack/openstack/3.4.0/docs/resources/blockstorage_quotaset_v3 openstack_blockstorage_quotaset_v3}
*/
class BlockstorageQuotasetV3 extends cdktf.TerraformResource {
    // =================
    // STATIC PROPERTIES
    // =================
    static tfResourceType = "openstack_blockstorage_quotaset_v3";
    // ==============
    // STATIC Methods
    // ==============
    /**
    * Generates CDKTF code for importing a BlockstorageQuotasetV3 resource upon running "cdktf plan <stack-name>"
    * @param scope The scope in which to define this construct
    * @param importToId The construct id used in the generated config for the BlockstorageQuotasetV3 to import
    * @param importFromId The id of the existing BlockstorageQuotasetV3 that should be imported. Refer to the {@link https://registry.terraform.io/providers/terraform-provider-openstack/openstack/3.4.0/docs/resources/blockstorage_quotaset_v3#import import section} in the documentation of this resource for the id to use
    * @param provider? Optional instance of the provider where the BlockstorageQuotasetV3 to import is found
    */
    static generateConfigForImport(scope, importToId, importFromId, provider) {
        return new cdktf.ImportableResource(scope, importToId, { terraformResourceType: "openstack_blockstorage_quotaset_v3", importId: importFromId, provider });
    }
    // ===========
    // INITIALIZER
    // ===========
    /**
    * Create a new {@link https://registry.terraform.io/providers/terraform-provider-openstack/openstack/3.4.0/docs/resources/blockstorage_quotaset_v3 openstack_blockstorage_quotaset_v3} Resource
    *
    * @param scope The scope in which to define this construct
    * @param id The scoped construct ID. Must be unique amongst siblings in the same scope
    * @param options BlockstorageQuotasetV3Config
    */
    constructor(scope, id, config) {
        super(scope, id, {
            terraformResourceType: 'openstack_blockstorage_quotaset_v3',
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
        this._backupGigabytes = config.backupGigabytes;
        this._backups = config.backups;
        this._gigabytes = config.gigabytes;
        this._groups = config.groups;
        this._id = config.id;
        this._perVolumeGigabytes = config.perVolumeGigabytes;
        this._projectId = config.projectId;
        this._region = config.region;
        this._snapshots = config.snapshots;
        this._volumeTypeQuota = config.volumeTypeQuota;
        this._volumes = config.volumes;
        this._timeouts.internalValue = config.timeouts;
    }
    // ==========
    // ATTRIBUTES
    // ==========
    // backup_gigabytes - computed: true, optional: true, required: false
    _backupGigabytes;
    get backupGigabytes() {
        return this.getNumberAttribute('backup_gigabytes');
    }
    set backupGigabytes(value) {
        this._backupGigabytes = value;
    }
    resetBackupGigabytes() {
        this._backupGigabytes = undefined;
    }
    // Temporarily expose input value. Use with caution.
    get backupGigabytesInput() {
        return this._backupGigabytes;
    }
    // backups - computed: true, optional: true, required: false
    _backups;
    get backups() {
        return this.getNumberAttribute('backups');
    }
    set backups(value) {
        this._backups = value;
    }
    resetBackups() {
        this._backups = undefined;
    }
    // Temporarily expose input value. Use with caution.
    get backupsInput() {
        return this._backups;
    }
    // gigabytes - computed: true, optional: true, required: false
    _gigabytes;
    get gigabytes() {
        return this.getNumberAttribute('gigabytes');
    }
    set gigabytes(value) {
        this._gigabytes = value;
    }
    resetGigabytes() {
        this._gigabytes = undefined;
    }
    // Temporarily expose input value. Use with caution.
    get gigabytesInput() {
        return this._gigabytes;
    }
    // groups - computed: true, optional: true, required: false
    _groups;
    get groups() {
        return this.getNumberAttribute('groups');
    }
    set groups(value) {
        this._groups = value;
    }
    resetGroups() {
        this._groups = undefined;
    }
    // Temporarily expose input value. Use with caution.
    get groupsInput() {
        return this._groups;
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
    // per_volume_gigabytes - computed: true, optional: true, required: false
    _perVolumeGigabytes;
    get perVolumeGigabytes() {
        return this.getNumberAttribute('per_volume_gigabytes');
    }
    set perVolumeGigabytes(value) {
        this._perVolumeGigabytes = value;
    }
    resetPerVolumeGigabytes() {
        this._perVolumeGigabytes = undefined;
    }
    // Temporarily expose input value. Use with caution.
    get perVolumeGigabytesInput() {
        return this._perVolumeGigabytes;
    }
    // project_id - computed: false, optional: false, required: true
    _projectId;
    get projectId() {
        return this.getStringAttribute('project_id');
    }
    set projectId(value) {
        this._projectId = value;
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
    // snapshots - computed: true, optional: true, required: false
    _snapshots;
    get snapshots() {
        return this.getNumberAttribute('snapshots');
    }
    set snapshots(value) {
        this._snapshots = value;
    }
    resetSnapshots() {
        this._snapshots = undefined;
    }
    // Temporarily expose input value. Use with caution.
    get snapshotsInput() {
        return this._snapshots;
    }
    // volume_type_quota - computed: false, optional: true, required: false
    _volumeTypeQuota;
    get volumeTypeQuota() {
        return this.getStringMapAttribute('volume_type_quota');
    }
    set volumeTypeQuota(value) {
        this._volumeTypeQuota = value;
    }
    resetVolumeTypeQuota() {
        this._volumeTypeQuota = undefined;
    }
    // Temporarily expose input value. Use with caution.
    get volumeTypeQuotaInput() {
        return this._volumeTypeQuota;
    }
    // volumes - computed: true, optional: true, required: false
    _volumes;
    get volumes() {
        return this.getNumberAttribute('volumes');
    }
    set volumes(value) {
        this._volumes = value;
    }
    resetVolumes() {
        this._volumes = undefined;
    }
    // Temporarily expose input value. Use with caution.
    get volumesInput() {
        return this._volumes;
    }
    // timeouts - computed: false, optional: true, required: false
    _timeouts = new BlockstorageQuotasetV3TimeoutsOutputReference(this, "timeouts");
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
            backup_gigabytes: cdktf.numberToTerraform(this._backupGigabytes),
            backups: cdktf.numberToTerraform(this._backups),
            gigabytes: cdktf.numberToTerraform(this._gigabytes),
            groups: cdktf.numberToTerraform(this._groups),
            id: cdktf.stringToTerraform(this._id),
            per_volume_gigabytes: cdktf.numberToTerraform(this._perVolumeGigabytes),
            project_id: cdktf.stringToTerraform(this._projectId),
            region: cdktf.stringToTerraform(this._region),
            snapshots: cdktf.numberToTerraform(this._snapshots),
            volume_type_quota: cdktf.hashMapper(cdktf.stringToTerraform)(this._volumeTypeQuota),
            volumes: cdktf.numberToTerraform(this._volumes),
            timeouts: blockstorageQuotasetV3TimeoutsToTerraform(this._timeouts.internalValue),
        };
    }
    synthesizeHclAttributes() {
        const attrs = {
            backup_gigabytes: {
                value: cdktf.numberToHclTerraform(this._backupGigabytes),
                isBlock: false,
                type: "simple",
                storageClassType: "number",
            },
            backups: {
                value: cdktf.numberToHclTerraform(this._backups),
                isBlock: false,
                type: "simple",
                storageClassType: "number",
            },
            gigabytes: {
                value: cdktf.numberToHclTerraform(this._gigabytes),
                isBlock: false,
                type: "simple",
                storageClassType: "number",
            },
            groups: {
                value: cdktf.numberToHclTerraform(this._groups),
                isBlock: false,
                type: "simple",
                storageClassType: "number",
            },
            id: {
                value: cdktf.stringToHclTerraform(this._id),
                isBlock: false,
                type: "simple",
                storageClassType: "string",
            },
            per_volume_gigabytes: {
                value: cdktf.numberToHclTerraform(this._perVolumeGigabytes),
                isBlock: false,
                type: "simple",
                storageClassType: "number",
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
            snapshots: {
                value: cdktf.numberToHclTerraform(this._snapshots),
                isBlock: false,
                type: "simple",
                storageClassType: "number",
            },
            volume_type_quota: {
                value: cdktf.hashMapperHcl(cdktf.stringToHclTerraform)(this._volumeTypeQuota),
                isBlock: false,
                type: "map",
                storageClassType: "stringMap",
            },
            volumes: {
                value: cdktf.numberToHclTerraform(this._volumes),
                isBlock: false,
                type: "simple",
                storageClassType: "number",
            },
            timeouts: {
                value: blockstorageQuotasetV3TimeoutsToHclTerraform(this._timeouts.internalValue),
                isBlock: true,
                type: "struct",
                storageClassType: "BlockstorageQuotasetV3Timeouts",
            },
        };
        // remove undefined attributes
        return Object.fromEntries(Object.entries(attrs).filter(([_, value]) => value !== undefined && value.value !== undefined));
    }
}
exports.BlockstorageQuotasetV3 = BlockstorageQuotasetV3;
