"use strict";
// https://registry.terraform.io/providers/terraform-provider-openstack/openstack/3.4.0/docs/data-sources/images_image_ids_v2
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
exports.DataOpenstackImagesImageIdsV2 = void 0;
const cdktf = __importStar(require("cdktf"));
/**
* Represents a {@link https://registry.terraform.io/providers/terraform-provider-openstack/openstack/3.4.0/docs/data-sources/images_image_ids_v2 openstack_images_image_ids_v2}
*/
class DataOpenstackImagesImageIdsV2 extends cdktf.TerraformDataSource {
    // =================
    // STATIC PROPERTIES
    // =================
    static tfResourceType = "openstack_images_image_ids_v2";
    // ==============
    // STATIC Methods
    // ==============
    /**
    * Generates CDKTF code for importing a DataOpenstackImagesImageIdsV2 resource upon running "cdktf plan <stack-name>"
    * @param scope The scope in which to define this construct
    * @param importToId The construct id used in the generated config for the DataOpenstackImagesImageIdsV2 to import
    * @param importFromId The id of the existing DataOpenstackImagesImageIdsV2 that should be imported. Refer to the {@link https://registry.terraform.io/providers/terraform-provider-openstack/openstack/3.4.0/docs/data-sources/images_image_ids_v2#import import section} in the documentation of this resource for the id to use
    * @param provider? Optional instance of the provider where the DataOpenstackImagesImageIdsV2 to import is found
    */
    static generateConfigForImport(scope, importToId, importFromId, provider) {
        return new cdktf.ImportableResource(scope, importToId, { terraformResourceType: "openstack_images_image_ids_v2", importId: importFromId, provider });
    }
    // ===========
    // INITIALIZER
    // ===========
    /**
    * Create a new {@link https://registry.terraform.io/providers/terraform-provider-openstack/openstack/3.4.0/docs/data-sources/images_image_ids_v2 openstack_images_image_ids_v2} Data Source
    *
    * @param scope The scope in which to define this construct
    * @param id The scoped construct ID. Must be unique amongst siblings in the same scope
    * @param options DataOpenstackImagesImageIdsV2Config = {}
    */
    constructor(scope, id, config = {}) {
        super(scope, id, {
            terraformResourceType: 'openstack_images_image_ids_v2',
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
        this._diskFormat = config.diskFormat;
        this._hidden = config.hidden;
        this._id = config.id;
        this._memberStatus = config.memberStatus;
        this._name = config.name;
        this._nameRegex = config.nameRegex;
        this._owner = config.owner;
        this._properties = config.properties;
        this._region = config.region;
        this._sizeMax = config.sizeMax;
        this._sizeMin = config.sizeMin;
        this._sort = config.sort;
        this._tag = config.tag;
        this._tags = config.tags;
        this._visibility = config.visibility;
    }
    // ==========
    // ATTRIBUTES
    // ==========
    // container_format - computed: false, optional: true, required: false
    _containerFormat;
    get containerFormat() {
        return this.getStringAttribute('container_format');
    }
    set containerFormat(value) {
        this._containerFormat = value;
    }
    resetContainerFormat() {
        this._containerFormat = undefined;
    }
    // Temporarily expose input value. Use with caution.
    get containerFormatInput() {
        return this._containerFormat;
    }
    // disk_format - computed: false, optional: true, required: false
    _diskFormat;
    get diskFormat() {
        return this.getStringAttribute('disk_format');
    }
    set diskFormat(value) {
        this._diskFormat = value;
    }
    resetDiskFormat() {
        this._diskFormat = undefined;
    }
    // Temporarily expose input value. Use with caution.
    get diskFormatInput() {
        return this._diskFormat;
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
    // ids - computed: true, optional: false, required: false
    get ids() {
        return this.getListAttribute('ids');
    }
    // member_status - computed: false, optional: true, required: false
    _memberStatus;
    get memberStatus() {
        return this.getStringAttribute('member_status');
    }
    set memberStatus(value) {
        this._memberStatus = value;
    }
    resetMemberStatus() {
        this._memberStatus = undefined;
    }
    // Temporarily expose input value. Use with caution.
    get memberStatusInput() {
        return this._memberStatus;
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
    // name_regex - computed: false, optional: true, required: false
    _nameRegex;
    get nameRegex() {
        return this.getStringAttribute('name_regex');
    }
    set nameRegex(value) {
        this._nameRegex = value;
    }
    resetNameRegex() {
        this._nameRegex = undefined;
    }
    // Temporarily expose input value. Use with caution.
    get nameRegexInput() {
        return this._nameRegex;
    }
    // owner - computed: false, optional: true, required: false
    _owner;
    get owner() {
        return this.getStringAttribute('owner');
    }
    set owner(value) {
        this._owner = value;
    }
    resetOwner() {
        this._owner = undefined;
    }
    // Temporarily expose input value. Use with caution.
    get ownerInput() {
        return this._owner;
    }
    // properties - computed: false, optional: true, required: false
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
    // size_max - computed: false, optional: true, required: false
    _sizeMax;
    get sizeMax() {
        return this.getNumberAttribute('size_max');
    }
    set sizeMax(value) {
        this._sizeMax = value;
    }
    resetSizeMax() {
        this._sizeMax = undefined;
    }
    // Temporarily expose input value. Use with caution.
    get sizeMaxInput() {
        return this._sizeMax;
    }
    // size_min - computed: false, optional: true, required: false
    _sizeMin;
    get sizeMin() {
        return this.getNumberAttribute('size_min');
    }
    set sizeMin(value) {
        this._sizeMin = value;
    }
    resetSizeMin() {
        this._sizeMin = undefined;
    }
    // Temporarily expose input value. Use with caution.
    get sizeMinInput() {
        return this._sizeMin;
    }
    // sort - computed: false, optional: true, required: false
    _sort;
    get sort() {
        return this.getStringAttribute('sort');
    }
    set sort(value) {
        this._sort = value;
    }
    resetSort() {
        this._sort = undefined;
    }
    // Temporarily expose input value. Use with caution.
    get sortInput() {
        return this._sort;
    }
    // tag - computed: false, optional: true, required: false
    _tag;
    get tag() {
        return this.getStringAttribute('tag');
    }
    set tag(value) {
        this._tag = value;
    }
    resetTag() {
        this._tag = undefined;
    }
    // Temporarily expose input value. Use with caution.
    get tagInput() {
        return this._tag;
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
    // =========
    // SYNTHESIS
    // =========
    synthesizeAttributes() {
        return {
            container_format: cdktf.stringToTerraform(this._containerFormat),
            disk_format: cdktf.stringToTerraform(this._diskFormat),
            hidden: cdktf.booleanToTerraform(this._hidden),
            id: cdktf.stringToTerraform(this._id),
            member_status: cdktf.stringToTerraform(this._memberStatus),
            name: cdktf.stringToTerraform(this._name),
            name_regex: cdktf.stringToTerraform(this._nameRegex),
            owner: cdktf.stringToTerraform(this._owner),
            properties: cdktf.hashMapper(cdktf.stringToTerraform)(this._properties),
            region: cdktf.stringToTerraform(this._region),
            size_max: cdktf.numberToTerraform(this._sizeMax),
            size_min: cdktf.numberToTerraform(this._sizeMin),
            sort: cdktf.stringToTerraform(this._sort),
            tag: cdktf.stringToTerraform(this._tag),
            tags: cdktf.listMapper(cdktf.stringToTerraform, false)(this._tags),
            visibility: cdktf.stringToTerraform(this._visibility),
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
            member_status: {
                value: cdktf.stringToHclTerraform(this._memberStatus),
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
            name_regex: {
                value: cdktf.stringToHclTerraform(this._nameRegex),
                isBlock: false,
                type: "simple",
                storageClassType: "string",
            },
            owner: {
                value: cdktf.stringToHclTerraform(this._owner),
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
            region: {
                value: cdktf.stringToHclTerraform(this._region),
                isBlock: false,
                type: "simple",
                storageClassType: "string",
            },
            size_max: {
                value: cdktf.numberToHclTerraform(this._sizeMax),
                isBlock: false,
                type: "simple",
                storageClassType: "number",
            },
            size_min: {
                value: cdktf.numberToHclTerraform(this._sizeMin),
                isBlock: false,
                type: "simple",
                storageClassType: "number",
            },
            sort: {
                value: cdktf.stringToHclTerraform(this._sort),
                isBlock: false,
                type: "simple",
                storageClassType: "string",
            },
            tag: {
                value: cdktf.stringToHclTerraform(this._tag),
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
            visibility: {
                value: cdktf.stringToHclTerraform(this._visibility),
                isBlock: false,
                type: "simple",
                storageClassType: "string",
            },
        };
        // remove undefined attributes
        return Object.fromEntries(Object.entries(attrs).filter(([_, value]) => value !== undefined && value.value !== undefined));
    }
}
exports.DataOpenstackImagesImageIdsV2 = DataOpenstackImagesImageIdsV2;
