"use strict";
// https://registry.terraform.io/providers/terraform-provider-openstack/openstack/3.4.0/docs/data-sources/compute_limits_v2
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
exports.DataOpenstackComputeLimitsV2 = void 0;
const cdktf = __importStar(require("cdktf"));
/**
* Represents a {@link https://registry.terraform.io/providers/terraform-provider-openstack/openstack/3.4.0/docs/data-sources/compute_limits_v2 openstack_compute_limits_v2}
*/
class DataOpenstackComputeLimitsV2 extends cdktf.TerraformDataSource {
    // =================
    // STATIC PROPERTIES
    // =================
    static tfResourceType = "openstack_compute_limits_v2";
    // ==============
    // STATIC Methods
    // ==============
    /**
    * Generates CDKTF code for importing a DataOpenstackComputeLimitsV2 resource upon running "cdktf plan <stack-name>"
    * @param scope The scope in which to define this construct
    * @param importToId The construct id used in the generated config for the DataOpenstackComputeLimitsV2 to import
    * @param importFromId The id of the existing DataOpenstackComputeLimitsV2 that should be imported. Refer to the {@link https://registry.terraform.io/providers/terraform-provider-openstack/openstack/3.4.0/docs/data-sources/compute_limits_v2#import import section} in the documentation of this resource for the id to use
    * @param provider? Optional instance of the provider where the DataOpenstackComputeLimitsV2 to import is found
    */
    static generateConfigForImport(scope, importToId, importFromId, provider) {
        return new cdktf.ImportableResource(scope, importToId, { terraformResourceType: "openstack_compute_limits_v2", importId: importFromId, provider });
    }
    // ===========
    // INITIALIZER
    // ===========
    /**
    * Create a new {@link https://registry.terraform.io/providers/terraform-provider-openstack/openstack/3.4.0/docs/data-sources/compute_limits_v2 openstack_compute_limits_v2} Data Source
    *
    * @param scope The scope in which to define this construct
    * @param id The scoped construct ID. Must be unique amongst siblings in the same scope
    * @param options DataOpenstackComputeLimitsV2Config
    */
    constructor(scope, id, config) {
        super(scope, id, {
            terraformResourceType: 'openstack_compute_limits_v2',
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
        this._id = config.id;
        this._projectId = config.projectId;
        this._region = config.region;
    }
    // ==========
    // ATTRIBUTES
    // ==========
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
    // max_image_meta - computed: true, optional: false, required: false
    get maxImageMeta() {
        return this.getNumberAttribute('max_image_meta');
    }
    // max_personality - computed: true, optional: false, required: false
    get maxPersonality() {
        return this.getNumberAttribute('max_personality');
    }
    // max_personality_size - computed: true, optional: false, required: false
    get maxPersonalitySize() {
        return this.getNumberAttribute('max_personality_size');
    }
    // max_security_group_rules - computed: true, optional: false, required: false
    get maxSecurityGroupRules() {
        return this.getNumberAttribute('max_security_group_rules');
    }
    // max_security_groups - computed: true, optional: false, required: false
    get maxSecurityGroups() {
        return this.getNumberAttribute('max_security_groups');
    }
    // max_server_group_members - computed: true, optional: false, required: false
    get maxServerGroupMembers() {
        return this.getNumberAttribute('max_server_group_members');
    }
    // max_server_groups - computed: true, optional: false, required: false
    get maxServerGroups() {
        return this.getNumberAttribute('max_server_groups');
    }
    // max_server_meta - computed: true, optional: false, required: false
    get maxServerMeta() {
        return this.getNumberAttribute('max_server_meta');
    }
    // max_total_cores - computed: true, optional: false, required: false
    get maxTotalCores() {
        return this.getNumberAttribute('max_total_cores');
    }
    // max_total_floating_ips - computed: true, optional: false, required: false
    get maxTotalFloatingIps() {
        return this.getNumberAttribute('max_total_floating_ips');
    }
    // max_total_instances - computed: true, optional: false, required: false
    get maxTotalInstances() {
        return this.getNumberAttribute('max_total_instances');
    }
    // max_total_keypairs - computed: true, optional: false, required: false
    get maxTotalKeypairs() {
        return this.getNumberAttribute('max_total_keypairs');
    }
    // max_total_ram_size - computed: true, optional: false, required: false
    get maxTotalRamSize() {
        return this.getNumberAttribute('max_total_ram_size');
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
    // total_cores_used - computed: true, optional: false, required: false
    get totalCoresUsed() {
        return this.getNumberAttribute('total_cores_used');
    }
    // total_floating_ips_used - computed: true, optional: false, required: false
    get totalFloatingIpsUsed() {
        return this.getNumberAttribute('total_floating_ips_used');
    }
    // total_instances_used - computed: true, optional: false, required: false
    get totalInstancesUsed() {
        return this.getNumberAttribute('total_instances_used');
    }
    // total_ram_used - computed: true, optional: false, required: false
    get totalRamUsed() {
        return this.getNumberAttribute('total_ram_used');
    }
    // total_security_groups_used - computed: true, optional: false, required: false
    get totalSecurityGroupsUsed() {
        return this.getNumberAttribute('total_security_groups_used');
    }
    // total_server_groups_used - computed: true, optional: false, required: false
    get totalServerGroupsUsed() {
        return this.getNumberAttribute('total_server_groups_used');
    }
    // =========
    // SYNTHESIS
    // =========
    synthesizeAttributes() {
        return {
            id: cdktf.stringToTerraform(this._id),
            project_id: cdktf.stringToTerraform(this._projectId),
            region: cdktf.stringToTerraform(this._region),
        };
    }
    synthesizeHclAttributes() {
        const attrs = {
            id: {
                value: cdktf.stringToHclTerraform(this._id),
                isBlock: false,
                type: "simple",
                storageClassType: "string",
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
        };
        // remove undefined attributes
        return Object.fromEntries(Object.entries(attrs).filter(([_, value]) => value !== undefined && value.value !== undefined));
    }
}
exports.DataOpenstackComputeLimitsV2 = DataOpenstackComputeLimitsV2;
