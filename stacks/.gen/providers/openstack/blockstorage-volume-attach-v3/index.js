"use strict";
// https://registry.terraform.io/providers/terraform-provider-openstack/openstack/3.4.0/docs/resources/blockstorage_volume_attach_v3
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
exports.BlockstorageVolumeAttachV3 = exports.BlockstorageVolumeAttachV3TimeoutsOutputReference = void 0;
exports.blockstorageVolumeAttachV3TimeoutsToTerraform = blockstorageVolumeAttachV3TimeoutsToTerraform;
exports.blockstorageVolumeAttachV3TimeoutsToHclTerraform = blockstorageVolumeAttachV3TimeoutsToHclTerraform;
const cdktf = __importStar(require("cdktf"));
function blockstorageVolumeAttachV3TimeoutsToTerraform(struct) {
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
function blockstorageVolumeAttachV3TimeoutsToHclTerraform(struct) {
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
class BlockstorageVolumeAttachV3TimeoutsOutputReference extends cdktf.ComplexObject {
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
exports.BlockstorageVolumeAttachV3TimeoutsOutputReference = BlockstorageVolumeAttachV3TimeoutsOutputReference;
/**
* Represents a {@link https://registry.terraform.io/providers/terraform-provider-openstack/openstack/3.4.0/docs/resources/blockstorage_volume_attach_v3 openstack_blockstorage_volume_attach_v3}
*/
class BlockstorageVolumeAttachV3 extends cdktf.TerraformResource {
    // =================
    // STATIC PROPERTIES
    // =================
    static tfResourceType = "openstack_blockstorage_volume_attach_v3";
    // ==============
    // STATIC Methods
    // ==============
    /**
    * Generates CDKTF code for importing a BlockstorageVolumeAttachV3 resource upon running "cdktf plan <stack-name>"
    * @param scope The scope in which to define this construct
    * @param importToId The construct id used in the generated config for the BlockstorageVolumeAttachV3 to import
    * @param importFromId The id of the existing BlockstorageVolumeAttachV3 that should be imported. Refer to the {@link https://registry.terraform.io/providers/terraform-provider-openstack/openstack/3.4.0/docs/resources/blockstorage_volume_attach_v3#import import section} in the documentation of this resource for the id to use
    * @param provider? Optional instance of the provider where the BlockstorageVolumeAttachV3 to import is found
    */
    static generateConfigForImport(scope, importToId, importFromId, provider) {
        return new cdktf.ImportableResource(scope, importToId, { terraformResourceType: "openstack_blockstorage_volume_attach_v3", importId: importFromId, provider });
    }
    // ===========
    // INITIALIZER
    // ===========
    /**
    * Create a new {@link https://registry.terraform.io/providers/terraform-provider-openstack/openstack/3.4.0/docs/resources/blockstorage_volume_attach_v3 openstack_blockstorage_volume_attach_v3} Resource
    *
    * @param scope The scope in which to define this construct
    * @param id The scoped construct ID. Must be unique amongst siblings in the same scope
    * @param options BlockstorageVolumeAttachV3Config
    */
    constructor(scope, id, config) {
        super(scope, id, {
            terraformResourceType: 'openstack_blockstorage_volume_attach_v3',
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
        this._attachMode = config.attachMode;
        this._device = config.device;
        this._hostName = config.hostName;
        this._id = config.id;
        this._initiator = config.initiator;
        this._ipAddress = config.ipAddress;
        this._multipath = config.multipath;
        this._osType = config.osType;
        this._platform = config.platform;
        this._region = config.region;
        this._volumeId = config.volumeId;
        this._wwnn = config.wwnn;
        this._wwpn = config.wwpn;
        this._timeouts.internalValue = config.timeouts;
    }
    // ==========
    // ATTRIBUTES
    // ==========
    // attach_mode - computed: false, optional: true, required: false
    _attachMode;
    get attachMode() {
        return this.getStringAttribute('attach_mode');
    }
    set attachMode(value) {
        this._attachMode = value;
    }
    resetAttachMode() {
        this._attachMode = undefined;
    }
    // Temporarily expose input value. Use with caution.
    get attachModeInput() {
        return this._attachMode;
    }
    // data - computed: true, optional: false, required: false
    _data = new cdktf.StringMap(this, "data");
    get data() {
        return this._data;
    }
    // device - computed: false, optional: true, required: false
    _device;
    get device() {
        return this.getStringAttribute('device');
    }
    set device(value) {
        this._device = value;
    }
    resetDevice() {
        this._device = undefined;
    }
    // Temporarily expose input value. Use with caution.
    get deviceInput() {
        return this._device;
    }
    // driver_volume_type - computed: true, optional: false, required: false
    get driverVolumeType() {
        return this.getStringAttribute('driver_volume_type');
    }
    // host_name - computed: false, optional: false, required: true
    _hostName;
    get hostName() {
        return this.getStringAttribute('host_name');
    }
    set hostName(value) {
        this._hostName = value;
    }
    // Temporarily expose input value. Use with caution.
    get hostNameInput() {
        return this._hostName;
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
    // initiator - computed: false, optional: true, required: false
    _initiator;
    get initiator() {
        return this.getStringAttribute('initiator');
    }
    set initiator(value) {
        this._initiator = value;
    }
    resetInitiator() {
        this._initiator = undefined;
    }
    // Temporarily expose input value. Use with caution.
    get initiatorInput() {
        return this._initiator;
    }
    // ip_address - computed: false, optional: true, required: false
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
    // mount_point_base - computed: true, optional: false, required: false
    get mountPointBase() {
        return this.getStringAttribute('mount_point_base');
    }
    // multipath - computed: false, optional: true, required: false
    _multipath;
    get multipath() {
        return this.getBooleanAttribute('multipath');
    }
    set multipath(value) {
        this._multipath = value;
    }
    resetMultipath() {
        this._multipath = undefined;
    }
    // Temporarily expose input value. Use with caution.
    get multipathInput() {
        return this._multipath;
    }
    // os_type - computed: false, optional: true, required: false
    _osType;
    get osType() {
        return this.getStringAttribute('os_type');
    }
    set osType(value) {
        this._osType = value;
    }
    resetOsType() {
        this._osType = undefined;
    }
    // Temporarily expose input value. Use with caution.
    get osTypeInput() {
        return this._osType;
    }
    // platform - computed: false, optional: true, required: false
    _platform;
    get platform() {
        return this.getStringAttribute('platform');
    }
    set platform(value) {
        this._platform = value;
    }
    resetPlatform() {
        this._platform = undefined;
    }
    // Temporarily expose input value. Use with caution.
    get platformInput() {
        return this._platform;
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
    // volume_id - computed: false, optional: false, required: true
    _volumeId;
    get volumeId() {
        return this.getStringAttribute('volume_id');
    }
    set volumeId(value) {
        this._volumeId = value;
    }
    // Temporarily expose input value. Use with caution.
    get volumeIdInput() {
        return this._volumeId;
    }
    // wwnn - computed: false, optional: true, required: false
    _wwnn;
    get wwnn() {
        return this.getStringAttribute('wwnn');
    }
    set wwnn(value) {
        this._wwnn = value;
    }
    resetWwnn() {
        this._wwnn = undefined;
    }
    // Temporarily expose input value. Use with caution.
    get wwnnInput() {
        return this._wwnn;
    }
    // wwpn - computed: false, optional: true, required: false
    _wwpn;
    get wwpn() {
        return this.getListAttribute('wwpn');
    }
    set wwpn(value) {
        this._wwpn = value;
    }
    resetWwpn() {
        this._wwpn = undefined;
    }
    // Temporarily expose input value. Use with caution.
    get wwpnInput() {
        return this._wwpn;
    }
    // timeouts - computed: false, optional: true, required: false
    _timeouts = new BlockstorageVolumeAttachV3TimeoutsOutputReference(this, "timeouts");
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
            attach_mode: cdktf.stringToTerraform(this._attachMode),
            device: cdktf.stringToTerraform(this._device),
            host_name: cdktf.stringToTerraform(this._hostName),
            id: cdktf.stringToTerraform(this._id),
            initiator: cdktf.stringToTerraform(this._initiator),
            ip_address: cdktf.stringToTerraform(this._ipAddress),
            multipath: cdktf.booleanToTerraform(this._multipath),
            os_type: cdktf.stringToTerraform(this._osType),
            platform: cdktf.stringToTerraform(this._platform),
            region: cdktf.stringToTerraform(this._region),
            volume_id: cdktf.stringToTerraform(this._volumeId),
            wwnn: cdktf.stringToTerraform(this._wwnn),
            wwpn: cdktf.listMapper(cdktf.stringToTerraform, false)(this._wwpn),
            timeouts: blockstorageVolumeAttachV3TimeoutsToTerraform(this._timeouts.internalValue),
        };
    }
    synthesizeHclAttributes() {
        const attrs = {
            attach_mode: {
                value: cdktf.stringToHclTerraform(this._attachMode),
                isBlock: false,
                type: "simple",
                storageClassType: "string",
            },
            device: {
                value: cdktf.stringToHclTerraform(this._device),
                isBlock: false,
                type: "simple",
                storageClassType: "string",
            },
            host_name: {
                value: cdktf.stringToHclTerraform(this._hostName),
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
            initiator: {
                value: cdktf.stringToHclTerraform(this._initiator),
                isBlock: false,
                type: "simple",
                storageClassType: "string",
            },
            ip_address: {
                value: cdktf.stringToHclTerraform(this._ipAddress),
                isBlock: false,
                type: "simple",
                storageClassType: "string",
            },
            multipath: {
                value: cdktf.booleanToHclTerraform(this._multipath),
                isBlock: false,
                type: "simple",
                storageClassType: "boolean",
            },
            os_type: {
                value: cdktf.stringToHclTerraform(this._osType),
                isBlock: false,
                type: "simple",
                storageClassType: "string",
            },
            platform: {
                value: cdktf.stringToHclTerraform(this._platform),
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
            volume_id: {
                value: cdktf.stringToHclTerraform(this._volumeId),
                isBlock: false,
                type: "simple",
                storageClassType: "string",
            },
            wwnn: {
                value: cdktf.stringToHclTerraform(this._wwnn),
                isBlock: false,
                type: "simple",
                storageClassType: "string",
            },
            wwpn: {
                value: cdktf.listMapperHcl(cdktf.stringToHclTerraform, false)(this._wwpn),
                isBlock: false,
                type: "list",
                storageClassType: "stringList",
            },
            timeouts: {
                value: blockstorageVolumeAttachV3TimeoutsToHclTerraform(this._timeouts.internalValue),
                isBlock: true,
                type: "struct",
                storageClassType: "BlockstorageVolumeAttachV3Timeouts",
            },
        };
        // remove undefined attributes
        return Object.fromEntries(Object.entries(attrs).filter(([_, value]) => value !== undefined && value.value !== undefined));
    }
}
exports.BlockstorageVolumeAttachV3 = BlockstorageVolumeAttachV3;
