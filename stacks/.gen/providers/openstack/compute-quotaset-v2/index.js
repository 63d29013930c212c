"use strict";
// https://registry.terraform.io/providers/terraform-provider-openstack/openstack/3.4.0/docs/resources/compute_quotaset_v2
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
exports.ComputeQuotasetV2 = exports.ComputeQuotasetV2TimeoutsOutputReference = void 0;
exports.computeQuotasetV2TimeoutsToTerraform = computeQuotasetV2TimeoutsToTerraform;
exports.computeQuotasetV2TimeoutsToHclTerraform = computeQuotasetV2TimeoutsToHclTerraform;
const cdktf = __importStar(require("cdktf"));
function computeQuotasetV2TimeoutsToTerraform(struct) {
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
function computeQuotasetV2TimeoutsToHclTerraform(struct) {
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
class ComputeQuotasetV2TimeoutsOutputReference extends cdktf.ComplexObject {
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
exports.ComputeQuotasetV2TimeoutsOutputReference = ComputeQuotasetV2TimeoutsOutputReference;
/**
* Represents a {@link https://registry.terraform.io/providers/terraform-provider-openstack/openstack/3.4.0/docs/resources/compute_quotaset_v2 openstack_compute_quotaset_v2}
*/
class ComputeQuotasetV2 extends cdktf.TerraformResource {
    // =================
    // STATIC PROPERTIES
    // =================
    static tfResourceType = "openstack_compute_quotaset_v2";
    // ==============
    // STATIC Methods
    // ==============
    /**
    * Generates CDKTF code for importing a ComputeQuotasetV2 resource upon running "cdktf plan <stack-name>"
    * @param scope The scope in which to define this construct
    * @param importToId The construct id used in the generated config for the ComputeQuotasetV2 to import
    * @param importFromId The id of the existing ComputeQuotasetV2 that should be imported. Refer to the {@link https://registry.terraform.io/providers/terraform-provider-openstack/openstack/3.4.0/docs/resources/compute_quotaset_v2#import import section} in the documentation of this resource for the id to use
    * @param provider? Optional instance of the provider where the ComputeQuotasetV2 to import is found
    */
    static generateConfigForImport(scope, importToId, importFromId, provider) {
        return new cdktf.ImportableResource(scope, importToId, { terraformResourceType: "openstack_compute_quotaset_v2", importId: importFromId, provider });
    }
    // ===========
    // INITIALIZER
    // ===========
    /**
    * Create a new {@link https://registry.terraform.io/providers/terraform-provider-openstack/openstack/3.4.0/docs/resources/compute_quotaset_v2 openstack_compute_quotaset_v2} Resource
    *
    * @param scope The scope in which to define this construct
    * @param id The scoped construct ID. Must be unique amongst siblings in the same scope
    * @param options ComputeQuotasetV2Config
    */
    constructor(scope, id, config) {
        super(scope, id, {
            terraformResourceType: 'openstack_compute_quotaset_v2',
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
        this._cores = config.cores;
        this._fixedIps = config.fixedIps;
        this._floatingIps = config.floatingIps;
        this._id = config.id;
        this._injectedFileContentBytes = config.injectedFileContentBytes;
        this._injectedFilePathBytes = config.injectedFilePathBytes;
        this._injectedFiles = config.injectedFiles;
        this._instances = config.instances;
        this._keyPairs = config.keyPairs;
        this._metadataItems = config.metadataItems;
        this._projectId = config.projectId;
        this._ram = config.ram;
        this._region = config.region;
        this._securityGroupRules = config.securityGroupRules;
        this._securityGroups = config.securityGroups;
        this._serverGroupMembers = config.serverGroupMembers;
        this._serverGroups = config.serverGroups;
        this._timeouts.internalValue = config.timeouts;
    }
    // ==========
    // ATTRIBUTES
    // ==========
    // cores - computed: true, optional: true, required: false
    _cores;
    get cores() {
        return this.getNumberAttribute('cores');
    }
    set cores(value) {
        this._cores = value;
    }
    resetCores() {
        this._cores = undefined;
    }
    // Temporarily expose input value. Use with caution.
    get coresInput() {
        return this._cores;
    }
    // fixed_ips - computed: true, optional: true, required: false
    _fixedIps;
    get fixedIps() {
        return this.getNumberAttribute('fixed_ips');
    }
    set fixedIps(value) {
        this._fixedIps = value;
    }
    resetFixedIps() {
        this._fixedIps = undefined;
    }
    // Temporarily expose input value. Use with caution.
    get fixedIpsInput() {
        return this._fixedIps;
    }
    // floating_ips - computed: true, optional: true, required: false
    _floatingIps;
    get floatingIps() {
        return this.getNumberAttribute('floating_ips');
    }
    set floatingIps(value) {
        this._floatingIps = value;
    }
    resetFloatingIps() {
        this._floatingIps = undefined;
    }
    // Temporarily expose input value. Use with caution.
    get floatingIpsInput() {
        return this._floatingIps;
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
    // injected_file_content_bytes - computed: true, optional: true, required: false
    _injectedFileContentBytes;
    get injectedFileContentBytes() {
        return this.getNumberAttribute('injected_file_content_bytes');
    }
    set injectedFileContentBytes(value) {
        this._injectedFileContentBytes = value;
    }
    resetInjectedFileContentBytes() {
        this._injectedFileContentBytes = undefined;
    }
    // Temporarily expose input value. Use with caution.
    get injectedFileContentBytesInput() {
        return this._injectedFileContentBytes;
    }
    // injected_file_path_bytes - computed: true, optional: true, required: false
    _injectedFilePathBytes;
    get injectedFilePathBytes() {
        return this.getNumberAttribute('injected_file_path_bytes');
    }
    set injectedFilePathBytes(value) {
        this._injectedFilePathBytes = value;
    }
    resetInjectedFilePathBytes() {
        this._injectedFilePathBytes = undefined;
    }
    // Temporarily expose input value. Use with caution.
    get injectedFilePathBytesInput() {
        return this._injectedFilePathBytes;
    }
    // injected_files - computed: true, optional: true, required: false
    _injectedFiles;
    get injectedFiles() {
        return this.getNumberAttribute('injected_files');
    }
    set injectedFiles(value) {
        this._injectedFiles = value;
    }
    resetInjectedFiles() {
        this._injectedFiles = undefined;
    }
    // Temporarily expose input value. Use with caution.
    get injectedFilesInput() {
        return this._injectedFiles;
    }
    // instances - computed: true, optional: true, required: false
    _instances;
    get instances() {
        return this.getNumberAttribute('instances');
    }
    set instances(value) {
        this._instances = value;
    }
    resetInstances() {
        this._instances = undefined;
    }
    // Temporarily expose input value. Use with caution.
    get instancesInput() {
        return this._instances;
    }
    // key_pairs - computed: true, optional: true, required: false
    _keyPairs;
    get keyPairs() {
        return this.getNumberAttribute('key_pairs');
    }
    set keyPairs(value) {
        this._keyPairs = value;
    }
    resetKeyPairs() {
        this._keyPairs = undefined;
    }
    // Temporarily expose input value. Use with caution.
    get keyPairsInput() {
        return this._keyPairs;
    }
    // metadata_items - computed: true, optional: true, required: false
    _metadataItems;
    get metadataItems() {
        return this.getNumberAttribute('metadata_items');
    }
    set metadataItems(value) {
        this._metadataItems = value;
    }
    resetMetadataItems() {
        this._metadataItems = undefined;
    }
    // Temporarily expose input value. Use with caution.
    get metadataItemsInput() {
        return this._metadataItems;
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
    // ram - computed: true, optional: true, required: false
    _ram;
    get ram() {
        return this.getNumberAttribute('ram');
    }
    set ram(value) {
        this._ram = value;
    }
    resetRam() {
        this._ram = undefined;
    }
    // Temporarily expose input value. Use with caution.
    get ramInput() {
        return this._ram;
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
    // security_group_rules - computed: true, optional: true, required: false
    _securityGroupRules;
    get securityGroupRules() {
        return this.getNumberAttribute('security_group_rules');
    }
    set securityGroupRules(value) {
        this._securityGroupRules = value;
    }
    resetSecurityGroupRules() {
        this._securityGroupRules = undefined;
    }
    // Temporarily expose input value. Use with caution.
    get securityGroupRulesInput() {
        return this._securityGroupRules;
    }
    // security_groups - computed: true, optional: true, required: false
    _securityGroups;
    get securityGroups() {
        return this.getNumberAttribute('security_groups');
    }
    set securityGroups(value) {
        this._securityGroups = value;
    }
    resetSecurityGroups() {
        this._securityGroups = undefined;
    }
    // Temporarily expose input value. Use with caution.
    get securityGroupsInput() {
        return this._securityGroups;
    }
    // server_group_members - computed: true, optional: true, required: false
    _serverGroupMembers;
    get serverGroupMembers() {
        return this.getNumberAttribute('server_group_members');
    }
    set serverGroupMembers(value) {
        this._serverGroupMembers = value;
    }
    resetServerGroupMembers() {
        this._serverGroupMembers = undefined;
    }
    // Temporarily expose input value. Use with caution.
    get serverGroupMembersInput() {
        return this._serverGroupMembers;
    }
    // server_groups - computed: true, optional: true, required: false
    _serverGroups;
    get serverGroups() {
        return this.getNumberAttribute('server_groups');
    }
    set serverGroups(value) {
        this._serverGroups = value;
    }
    resetServerGroups() {
        this._serverGroups = undefined;
    }
    // Temporarily expose input value. Use with caution.
    get serverGroupsInput() {
        return this._serverGroups;
    }
    // timeouts - computed: false, optional: true, required: false
    _timeouts = new ComputeQuotasetV2TimeoutsOutputReference(this, "timeouts");
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
            cores: cdktf.numberToTerraform(this._cores),
            fixed_ips: cdktf.numberToTerraform(this._fixedIps),
            floating_ips: cdktf.numberToTerraform(this._floatingIps),
            id: cdktf.stringToTerraform(this._id),
            injected_file_content_bytes: cdktf.numberToTerraform(this._injectedFileContentBytes),
            injected_file_path_bytes: cdktf.numberToTerraform(this._injectedFilePathBytes),
            injected_files: cdktf.numberToTerraform(this._injectedFiles),
            instances: cdktf.numberToTerraform(this._instances),
            key_pairs: cdktf.numberToTerraform(this._keyPairs),
            metadata_items: cdktf.numberToTerraform(this._metadataItems),
            project_id: cdktf.stringToTerraform(this._projectId),
            ram: cdktf.numberToTerraform(this._ram),
            region: cdktf.stringToTerraform(this._region),
            security_group_rules: cdktf.numberToTerraform(this._securityGroupRules),
            security_groups: cdktf.numberToTerraform(this._securityGroups),
            server_group_members: cdktf.numberToTerraform(this._serverGroupMembers),
            server_groups: cdktf.numberToTerraform(this._serverGroups),
            timeouts: computeQuotasetV2TimeoutsToTerraform(this._timeouts.internalValue),
        };
    }
    synthesizeHclAttributes() {
        const attrs = {
            cores: {
                value: cdktf.numberToHclTerraform(this._cores),
                isBlock: false,
                type: "simple",
                storageClassType: "number",
            },
            fixed_ips: {
                value: cdktf.numberToHclTerraform(this._fixedIps),
                isBlock: false,
                type: "simple",
                storageClassType: "number",
            },
            floating_ips: {
                value: cdktf.numberToHclTerraform(this._floatingIps),
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
            injected_file_content_bytes: {
                value: cdktf.numberToHclTerraform(this._injectedFileContentBytes),
                isBlock: false,
                type: "simple",
                storageClassType: "number",
            },
            injected_file_path_bytes: {
                value: cdktf.numberToHclTerraform(this._injectedFilePathBytes),
                isBlock: false,
                type: "simple",
                storageClassType: "number",
            },
            injected_files: {
                value: cdktf.numberToHclTerraform(this._injectedFiles),
                isBlock: false,
                type: "simple",
                storageClassType: "number",
            },
            instances: {
                value: cdktf.numberToHclTerraform(this._instances),
                isBlock: false,
                type: "simple",
                storageClassType: "number",
            },
            key_pairs: {
                value: cdktf.numberToHclTerraform(this._keyPairs),
                isBlock: false,
                type: "simple",
                storageClassType: "number",
            },
            metadata_items: {
                value: cdktf.numberToHclTerraform(this._metadataItems),
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
            ram: {
                value: cdktf.numberToHclTerraform(this._ram),
                isBlock: false,
                type: "simple",
                storageClassType: "number",
            },
            region: {
                value: cdktf.stringToHclTerraform(this._region),
                isBlock: false,
                type: "simple",
                storageClassType: "string",
            },
            security_group_rules: {
                value: cdktf.numberToHclTerraform(this._securityGroupRules),
                isBlock: false,
                type: "simple",
                storageClassType: "number",
            },
            security_groups: {
                value: cdktf.numberToHclTerraform(this._securityGroups),
                isBlock: false,
                type: "simple",
                storageClassType: "number",
            },
            server_group_members: {
                value: cdktf.numberToHclTerraform(this._serverGroupMembers),
                isBlock: false,
                type: "simple",
                storageClassType: "number",
            },
            server_groups: {
                value: cdktf.numberToHclTerraform(this._serverGroups),
                isBlock: false,
                type: "simple",
                storageClassType: "number",
            },
            timeouts: {
                value: computeQuotasetV2TimeoutsToHclTerraform(this._timeouts.internalValue),
                isBlock: true,
                type: "struct",
                storageClassType: "ComputeQuotasetV2Timeouts",
            },
        };
        // remove undefined attributes
        return Object.fromEntries(Object.entries(attrs).filter(([_, value]) => value !== undefined && value.value !== undefined));
    }
}
exports.ComputeQuotasetV2 = ComputeQuotasetV2;
