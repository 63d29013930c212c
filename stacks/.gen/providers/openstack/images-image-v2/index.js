"use strict";
// https://registry.terraform.io/providers/terraform-provider-openstack/openstack/3.4.0/docs/resources/images_image_v2
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
exports.ImagesImageV2 = exports.ImagesImageV2TimeoutsOutputReference = void 0;
exports.imagesImageV2TimeoutsToTerraform = imagesImageV2TimeoutsToTerraform;
exports.imagesImageV2TimeoutsToHclTerraform = imagesImageV2TimeoutsToHclTerraform;
const cdktf = __importStar(require("cdktf"));
function imagesImageV2TimeoutsToTerraform(struct) {
    if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) {
        return struct;
    }
    if (cdktf.isComplexElement(struct)) {
        throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
    }
    return {
        create: cdktf.stringToTerraform(struct.create),
    };
}
function imagesImageV2TimeoutsToHclTerraform(struct) {
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
    };
    // remove undefined attributes
    return Object.fromEntries(Object.entries(attrs).filter(([_, value]) => value !== undefined && value.value !== undefined));
}
class ImagesImageV2TimeoutsOutputReference extends cdktf.ComplexObject {
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
        return hasAnyValues ? internalValueResult : undefined;
    }
    set internalValue(value) {
        if (value === undefined) {
            this.isEmptyObject = false;
            this.resolvableValue = undefined;
            this._create = undefined;
        }
        else if (cdktf.Tokenization.isResolvable(value)) {
            this.isEmptyObject = false;
            this.resolvableValue = value;
        }
        else {
            this.isEmptyObject = Object.keys(value).length === 0;
            this.resolvableValue = undefined;
            this._create = value.create;
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
}
exports.ImagesImageV2TimeoutsOutputReference = ImagesImageV2TimeoutsOutputReference;
/**
* Represents a {@link https://registry.terraform.io/providers/terraform-provider-openstack/openstack/3.4.0/docs/resources/images_image_v2 openstack_images_image_v2}
*/
class ImagesImageV2 extends cdktf.TerraformResource {
    // =================
    // STATIC PROPERTIES
    // =================
    static tfResourceType = "openstack_images_image_v2";
    // ==============
    // STATIC Methods
    // ==============
    /**
    * Generates CDKTF code for importing a ImagesImageV2 resource upon running "cdktf plan <stack-name>"
    * @param scope The scope in which to define this construct
    * @param importToId The construct id used in the generated config for the ImagesImageV2 to import
    * @param importFromId The id of the existing ImagesImageV2 that should be imported. Refer to the {@link https://registry.terraform.io/providers/terraform-provider-openstack/openstack/3.4.0/docs/resources/images_image_v2#import import section} in the documentation of this resource for the id to use
    * @param provider? Optional instance of the provider where the ImagesImageV2 to import is found
    */
    static generateConfigForImport(scope, importToId, importFromId, provider) {
        return new cdktf.ImportableResource(scope, importToId, { terraformResourceType: "openstack_images_image_v2", importId: importFromId, provider });
    }
    // ===========
    // INITIALIZER
    // ===========
    /**
    * Create a new {@link https://registry.terraform.io/providers/terraform-provider-openstack/openstack/3.4.0/docs/resources/images_image_v2 openstack_images_image_v2} Resource
    *
    * @param scope The scope in which to define this construct
    * @param id The scoped construct ID. Must be unique amongst siblings in the same scope
    * @param options ImagesImageV2Config
    */
    constructor(scope, id, config) {
        super(scope, id, {
            terraformResourceType: 'openstack_images_image_v2',
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
        this._containerFormat = config.containerFormat;
        this._decompress = config.decompress;
        this._diskFormat = config.diskFormat;
        this._hidden = config.hidden;
        this._id = config.id;
        this._imageCachePath = config.imageCachePath;
        this._imageId = config.imageId;
        this._imageSourcePassword = config.imageSourcePassword;
        this._imageSourceUrl = config.imageSourceUrl;
        this._imageSourceUsername = config.imageSourceUsername;
        this._localFilePath = config.localFilePath;
        this._minDiskGb = config.minDiskGb;
        this._minRamMb = config.minRamMb;
        this._name = config.name;
        this._properties = config.properties;
        this._protected = config.protected;
        this._region = config.region;
        this._tags = config.tags;
        this._verifyChecksum = config.verifyChecksum;
        this._visibility = config.visibility;
        this._webDownload = config.webDownload;
        this._timeouts.internalValue = config.timeouts;
    }
    // ==========
    // ATTRIBUTES
    // ==========
    // checksum - computed: true, optional: false, required: false
    get checksum() {
        return this.getStringAttribute('checksum');
    }
    // container_format - computed: false, optional: false, required: true
    _containerFormat;
    get containerFormat() {
        return this.getStringAttribute('container_format');
    }
    set containerFormat(value) {
        this._containerFormat = value;
    }
    // Temporarily expose input value. Use with caution.
    get containerFormatInput() {
        return this._containerFormat;
    }
    // created_at - computed: true, optional: false, required: false
    get createdAt() {
        return this.getStringAttribute('created_at');
    }
    // decompress - computed: false, optional: true, required: false
    _decompress;
    get decompress() {
        return this.getBooleanAttribute('decompress');
    }
    set decompress(value) {
        this._decompress = value;
    }
    resetDecompress() {
        this._decompress = undefined;
    }
    // Temporarily expose input value. Use with caution.
    get decompressInput() {
        return this._decompress;
    }
    // disk_format - computed: false, optional: false, required: true
    _diskFormat;
    get diskFormat() {
        return this.getStringAttribute('disk_format');
    }
    set diskFormat(value) {
        this._diskFormat = value;
    }
    // Temporarily expose input value. Use with caution.
    get diskFormatInput() {
        return this._diskFormat;
    }
    // file - computed: true, optional: false, required: false
    get file() {
        return this.getStringAttribute('file');
    }
    // hidden - computed: false, optional: true, required: false
    _hidden;
    get hidden() {
        return this.getBooleanAttribute('hidden');
    }
    set hidden(value) {
        this._hidden = value;
    }
    resetHidden() {
        this._hidden = undefined;
    }
    // Temporarily expose input value. Use with caution.
    get hiddenInput() {
        return this._hidden;
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
    // image_cache_path - computed: false, optional: true, required: false
    _imageCachePath;
    get imageCachePath() {
        return this.getStringAttribute('image_cache_path');
    }
    set imageCachePath(value) {
        this._imageCachePath = value;
    }
    resetImageCachePath() {
        this._imageCachePath = undefined;
    }
    // Temporarily expose input value. Use with caution.
    get imageCachePathInput() {
        return this._imageCachePath;
    }
    // image_id - computed: true, optional: true, required: false
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
    // image_source_password - computed: false, optional: true, required: false
    _imageSourcePassword;
    get imageSourcePassword() {
        return this.getStringAttribute('image_source_password');
    }
    set imageSourcePassword(value) {
        this._imageSourcePassword = value;
    }
    resetImageSourcePassword() {
        this._imageSourcePassword = undefined;
    }
    // Temporarily expose input value. Use with caution.
    get imageSourcePasswordInput() {
        return this._imageSourcePassword;
    }
    // image_source_url - computed: false, optional: true, required: false
    _imageSourceUrl;
    get imageSourceUrl() {
        return this.getStringAttribute('image_source_url');
    }
    set imageSourceUrl(value) {
        this._imageSourceUrl = value;
    }
    resetImageSourceUrl() {
        this._imageSourceUrl = undefined;
    }
    // Temporarily expose input value. Use with caution.
    get imageSourceUrlInput() {
        return this._imageSourceUrl;
    }
    // image_source_username - computed: false, optional: true, required: false
    _imageSourceUsername;
    get imageSourceUsername() {
        return this.getStringAttribute('image_source_username');
    }
    set imageSourceUsername(value) {
        this._imageSourceUsername = value;
    }
    resetImageSourceUsername() {
        this._imageSourceUsername = undefined;
    }
    // Temporarily expose input value. Use with caution.
    get imageSourceUsernameInput() {
        return this._imageSourceUsername;
    }
    // local_file_path - computed: false, optional: true, required: false
    _localFilePath;
    get localFilePath() {
        return this.getStringAttribute('local_file_path');
    }
    set localFilePath(value) {
        this._localFilePath = value;
    }
    resetLocalFilePath() {
        this._localFilePath = undefined;
    }
    // Temporarily expose input value. Use with caution.
    get localFilePathInput() {
        return this._localFilePath;
    }
    // metadata - computed: true, optional: false, required: false
    _metadata = new cdktf.StringMap(this, "metadata");
    get metadata() {
        return this._metadata;
    }
    // min_disk_gb - computed: false, optional: true, required: false
    _minDiskGb;
    get minDiskGb() {
        return this.getNumberAttribute('min_disk_gb');
    }
    set minDiskGb(value) {
        this._minDiskGb = value;
    }
    resetMinDiskGb() {
        this._minDiskGb = undefined;
    }
    // Temporarily expose input value. Use with caution.
    get minDiskGbInput() {
        return this._minDiskGb;
    }
    // min_ram_mb - computed: false, optional: true, required: false
    _minRamMb;
    get minRamMb() {
        return this.getNumberAttribute('min_ram_mb');
    }
    set minRamMb(value) {
        this._minRamMb = value;
    }
    resetMinRamMb() {
        this._minRamMb = undefined;
    }
    // Temporarily expose input value. Use with caution.
    get minRamMbInput() {
        return this._minRamMb;
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
    // owner - computed: true, optional: false, required: false
    get owner() {
        return this.getStringAttribute('owner');
    }
    // properties - computed: true, optional: true, required: false
    _properties;
    get properties() {
        return this.getStringMapAttribute('properties');
    }
    set properties(value) {
        this._properties = value;
    }
    resetProperties() {
        this._properties = undefined;
    }
    // Temporarily expose input value. Use with caution.
    get propertiesInput() {
        return this._properties;
    }
    // protected - computed: false, optional: true, required: false
    _protected;
    get protected() {
        return this.getBooleanAttribute('protected');
    }
    set protected(value) {
        this._protected = value;
    }
    resetProtected() {
        this._protected = undefined;
    }
    // Temporarily expose input value. Use with caution.
    get protectedInput() {
        return this._protected;
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
    // schema - computed: true, optional: false, required: false
    get schema() {
        return this.getStringAttribute('schema');
    }
    // size_bytes - computed: true, optional: false, required: false
    get sizeBytes() {
        return this.getNumberAttribute('size_bytes');
    }
    // status - computed: true, optional: false, required: false
    get status() {
        return this.getStringAttribute('status');
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
    // verify_checksum - computed: false, optional: true, required: false
    _verifyChecksum;
    get verifyChecksum() {
        return this.getBooleanAttribute('verify_checksum');
    }
    set verifyChecksum(value) {
        this._verifyChecksum = value;
    }
    resetVerifyChecksum() {
        this._verifyChecksum = undefined;
    }
    // Temporarily expose input value. Use with caution.
    get verifyChecksumInput() {
        return this._verifyChecksum;
    }
    // visibility - computed: false, optional: true, required: false
    _visibility;
    get visibility() {
        return this.getStringAttribute('visibility');
    }
    set visibility(value) {
        this._visibility = value;
    }
    resetVisibility() {
        this._visibility = undefined;
    }
    // Temporarily expose input value. Use with caution.
    get visibilityInput() {
        return this._visibility;
    }
    // web_download - computed: false, optional: true, required: false
    _webDownload;
    get webDownload() {
        return this.getBooleanAttribute('web_download');
    }
    set webDownload(value) {
        this._webDownload = value;
    }
    resetWebDownload() {
        this._webDownload = undefined;
    }
    // Temporarily expose input value. Use with caution.
    get webDownloadInput() {
        return this._webDownload;
    }
    // timeouts - computed: false, optional: true, required: false
    _timeouts = new ImagesImageV2TimeoutsOutputReference(this, "timeouts");
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
            container_format: cdktf.stringToTerraform(this._containerFormat),
            decompress: cdktf.booleanToTerraform(this._decompress),
            disk_format: cdktf.stringToTerraform(this._diskFormat),
            hidden: cdktf.booleanToTerraform(this._hidden),
            id: cdktf.stringToTerraform(this._id),
            image_cache_path: cdktf.stringToTerraform(this._imageCachePath),
            image_id: cdktf.stringToTerraform(this._imageId),
            image_source_password: cdktf.stringToTerraform(this._imageSourcePassword),
            image_source_url: cdktf.stringToTerraform(this._imageSourceUrl),
            image_source_username: cdktf.stringToTerraform(this._imageSourceUsername),
            local_file_path: cdktf.stringToTerraform(this._localFilePath),
            min_disk_gb: cdktf.numberToTerraform(this._minDiskGb),
            min_ram_mb: cdktf.numberToTerraform(this._minRamMb),
            name: cdktf.stringToTerraform(this._name),
            properties: cdktf.hashMapper(cdktf.stringToTerraform)(this._properties),
            protected: cdktf.booleanToTerraform(this._protected),
            region: cdktf.stringToTerraform(this._region),
            tags: cdktf.listMapper(cdktf.stringToTerraform, false)(this._tags),
            verify_checksum: cdktf.booleanToTerraform(this._verifyChecksum),
            visibility: cdktf.stringToTerraform(this._visibility),
            web_download: cdktf.booleanToTerraform(this._webDownload),
            timeouts: imagesImageV2TimeoutsToTerraform(this._timeouts.internalValue),
        };
    }
    synthesizeHclAttributes() {
        const attrs = {
            container_format: {
                value: cdktf.stringToHclTerraform(this._containerFormat),
                isBlock: false,
                type: "simple",
                storageClassType: "string",
            },
            decompress: {
                value: cdktf.booleanToHclTerraform(this._decompress),
                isBlock: false,
                type: "simple",
                storageClassType: "boolean",
            },
            disk_format: {
                value: cdktf.stringToHclTerraform(this._diskFormat),
                isBlock: false,
                type: "simple",
                storageClassType: "string",
            },
            hidden: {
                value: cdktf.booleanToHclTerraform(this._hidden),
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
            image_cache_path: {
                value: cdktf.stringToHclTerraform(this._imageCachePath),
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
            image_source_password: {
                value: cdktf.stringToHclTerraform(this._imageSourcePassword),
                isBlock: false,
                type: "simple",
                storageClassType: "string",
            },
            image_source_url: {
                value: cdktf.stringToHclTerraform(this._imageSourceUrl),
                isBlock: false,
                type: "simple",
                storageClassType: "string",
            },
            image_source_username: {
                value: cdktf.stringToHclTerraform(this._imageSourceUsername),
                isBlock: false,
                type: "simple",
                storageClassType: "string",
            },
            local_file_path: {
                value: cdktf.stringToHclTerraform(this._localFilePath),
                isBlock: false,
                type: "simple",
                storageClassType: "string",
            },
            min_disk_gb: {
                value: cdktf.numberToHclTerraform(this._minDiskGb),
                isBlock: false,
                type: "simple",
                storageClassType: "number",
            },
            min_ram_mb: {
                value: cdktf.numberToHclTerraform(this._minRamMb),
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
            properties: {
                value: cdktf.hashMapperHcl(cdktf.stringToHclTerraform)(this._properties),
                isBlock: false,
                type: "map",
                storageClassType: "stringMap",
            },
            protected: {
                value: cdktf.booleanToHclTerraform(this._protected),
                isBlock: false,
                type: "simple",
                storageClassType: "boolean",
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
            verify_checksum: {
                value: cdktf.booleanToHclTerraform(this._verifyChecksum),
                isBlock: false,
                type: "simple",
                storageClassType: "boolean",
            },
            visibility: {
                value: cdktf.stringToHclTerraform(this._visibility),
                isBlock: false,
                type: "simple",
                storageClassType: "string",
            },
            web_download: {
                value: cdktf.booleanToHclTerraform(this._webDownload),
                isBlock: false,
                type: "simple",
                storageClassType: "boolean",
            },
            timeouts: {
                value: imagesImageV2TimeoutsToHclTerraform(this._timeouts.internalValue),
                isBlock: true,
                type: "struct",
                storageClassType: "ImagesImageV2Timeouts",
            },
        };
        // remove undefined attributes
        return Object.fromEntries(Object.entries(attrs).filter(([_, value]) => value !== undefined && value.value !== undefined));
    }
}
exports.ImagesImageV2 = ImagesImageV2;
