"use strict";
// https://registry.terraform.io/providers/terraform-provider-openstack/openstack/3.4.0/docs/data-sources/sharedfilesystem_sharenetwork_v2
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
exports.DataOpenstackSharedfilesystemSharenetworkV2 = void 0;
const cdktf = __importStar(require("cdktf"));
/**
* Represents a {@link https://registry.terraform.io/providers/terraform-provider-openstack/openstack/3.4.0/docs/data-sources/sharedfilesystem_sharenetwork_v2 openstack_sharedfilesystem_sharenetwork_v2}
*/
class DataOpenstackSharedfilesystemSharenetworkV2 extends cdktf.TerraformDataSource {
    // =================
    // STATIC PROPERTIES
    // =================
    static tfResourceType = "openstack_sharedfilesystem_sharenetwork_v2";
    // ==============
    // STATIC Methods
    // ==============
    /**
    * Generates CDKTF code for importing a DataOpenstackSharedfilesystemSharenetworkV2 resource upon running "cdktf plan <stack-name>"
    * @param scope The scope in which to define this construct
    * @param importToId The construct id used in the generated config for the DataOpenstackSharedfilesystemSharenetworkV2 to import
    * @param importFromId The id of the existing DataOpenstackSharedfilesystemSharenetworkV2 that should be imported. Refer to the {@link https://registry.terraform.io/providers/terraform-provider-openstack/openstack/3.4.0/docs/data-sources/sharedfilesystem_sharenetwork_v2#import import section} in the documentation of this resource for the id to use
    * @param provider? Optional instance of the provider where the DataOpenstackSharedfilesystemSharenetworkV2 to import is found
    */
    static generateConfigForImport(scope, importToId, importFromId, provider) {
        return new cdktf.ImportableResource(scope, importToId, { terraformResourceType: "openstack_sharedfilesystem_sharenetwork_v2", importId: importFromId, provider });
    }
    // ===========
    // INITIALIZER
    // ===========
    /**
    * Create a new {@link https://registry.terraform.io/providers/terraform-provider-openstack/openstack/3.4.0/docs/data-sources/sharedfilesystem_sharenetwork_v2 openstack_sharedfilesystem_sharenetwork_v2} Data Source
    *
    * @param scope The scope in which to define this construct
    * @param id The scoped construct ID. Must be unique amongst siblings in the same scope
    * @param options DataOpenstackSharedfilesystemSharenetworkV2Config = {}
    */
    constructor(scope, id, config = {}) {
        super(scope, id, {
            terraformResourceType: 'openstack_sharedfilesystem_sharenetwork_v2',
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
        this._ipVersion = config.ipVersion;
        this._name = config.name;
        this._networkType = config.networkType;
        this._neutronNetId = config.neutronNetId;
        this._neutronSubnetId = config.neutronSubnetId;
        this._region = config.region;
        this._securityServiceId = config.securityServiceId;
        this._segmentationId = config.segmentationId;
    }
    // ==========
    // ATTRIBUTES
    // ==========
    // cidr - computed: true, optional: false, required: false
    get cidr() {
        return this.getStringAttribute('cidr');
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
    // network_type - computed: true, optional: true, required: false
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
    // neutron_net_id - computed: true, optional: true, required: false
    _neutronNetId;
    get neutronNetId() {
        return this.getStringAttribute('neutron_net_id');
    }
    set neutronNetId(value) {
        this._neutronNetId = value;
    }
    resetNeutronNetId() {
        this._neutronNetId = undefined;
    }
    // Temporarily expose input value. Use with caution.
    get neutronNetIdInput() {
        return this._neutronNetId;
    }
    // neutron_subnet_id - computed: true, optional: true, required: false
    _neutronSubnetId;
    get neutronSubnetId() {
        return this.getStringAttribute('neutron_subnet_id');
    }
    set neutronSubnetId(value) {
        this._neutronSubnetId = value;
    }
    resetNeutronSubnetId() {
        this._neutronSubnetId = undefined;
    }
    // Temporarily expose input value. Use with caution.
    get neutronSubnetIdInput() {
        return this._neutronSubnetId;
    }
    // project_id - computed: true, optional: false, required: false
    get projectId() {
        return this.getStringAttribute('project_id');
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
    // security_service_id - computed: false, optional: true, required: false
    _securityServiceId;
    get securityServiceId() {
        return this.getStringAttribute('security_service_id');
    }
    set securityServiceId(value) {
        this._securityServiceId = value;
    }
    resetSecurityServiceId() {
        this._securityServiceId = undefined;
    }
    // Temporarily expose input value. Use with caution.
    get securityServiceIdInput() {
        return this._securityServiceId;
    }
    // security_service_ids - computed: true, optional: false, required: false
    get securityServiceIds() {
        return cdktf.Fn.tolist(this.getListAttribute('security_service_ids'));
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
    // =========
    // SYNTHESIS
    // =========
    synthesizeAttributes() {
        return {
            description: cdktf.stringToTerraform(this._description),
            id: cdktf.stringToTerraform(this._id),
            ip_version: cdktf.numberToTerraform(this._ipVersion),
            name: cdktf.stringToTerraform(this._name),
            network_type: cdktf.stringToTerraform(this._networkType),
            neutron_net_id: cdktf.stringToTerraform(this._neutronNetId),
            neutron_subnet_id: cdktf.stringToTerraform(this._neutronSubnetId),
            region: cdktf.stringToTerraform(this._region),
            security_service_id: cdktf.stringToTerraform(this._securityServiceId),
            segmentation_id: cdktf.numberToTerraform(this._segmentationId),
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
            ip_version: {
                value: cdktf.numberToHclTerraform(this._ipVersion),
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
            network_type: {
                value: cdktf.stringToHclTerraform(this._networkType),
                isBlock: false,
                type: "simple",
                storageClassType: "string",
            },
            neutron_net_id: {
                value: cdktf.stringToHclTerraform(this._neutronNetId),
                isBlock: false,
                type: "simple",
                storageClassType: "string",
            },
            neutron_subnet_id: {
                value: cdktf.stringToHclTerraform(this._neutronSubnetId),
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
            security_service_id: {
                value: cdktf.stringToHclTerraform(this._securityServiceId),
                isBlock: false,
                type: "simple",
                storageClassType: "string",
            },
            segmentation_id: {
                value: cdktf.numberToHclTerraform(this._segmentationId),
                isBlock: false,
                type: "simple",
                storageClassType: "number",
            },
        };
        // remove undefined attributes
        return Object.fromEntries(Object.entries(attrs).filter(([_, value]) => value !== undefined && value.value !== undefined));
    }
}
exports.DataOpenstackSharedfilesystemSharenetworkV2 = DataOpenstackSharedfilesystemSharenetworkV2;
