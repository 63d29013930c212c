"use strict";
// https://registry.terraform.io/providers/terraform-provider-openstack/openstack/3.4.0/docs/resources/containerinfra_cluster_v1
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
exports.ContainerinfraClusterV1 = exports.ContainerinfraClusterV1TimeoutsOutputReference = void 0;
exports.containerinfraClusterV1TimeoutsToTerraform = containerinfraClusterV1TimeoutsToTerraform;
exports.containerinfraClusterV1TimeoutsToHclTerraform = containerinfraClusterV1TimeoutsToHclTerraform;
const cdktf = __importStar(require("cdktf"));
function containerinfraClusterV1TimeoutsToTerraform(struct) {
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
function containerinfraClusterV1TimeoutsToHclTerraform(struct) {
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
class ContainerinfraClusterV1TimeoutsOutputReference extends cdktf.ComplexObject {
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
exports.ContainerinfraClusterV1TimeoutsOutputReference = ContainerinfraClusterV1TimeoutsOutputReference;
/**
* Represents a {@link https://registry.terraform.io/providers/terraform-provider-openstack/openstack/3.4.0/docs/resources/containerinfra_cluster_v1 openstack_containerinfra_cluster_v1}
*/
class ContainerinfraClusterV1 extends cdktf.TerraformResource {
    // =================
    // STATIC PROPERTIES
    // =================
    static tfResourceType = "openstack_containerinfra_cluster_v1";
    // ==============
    // STATIC Methods
    // ==============
    /**
    * Generates CDKTF code for importing a ContainerinfraClusterV1 resource upon running "cdktf plan <stack-name>"
    * @param scope The scope in which to define this construct
    * @param importToId The construct id used in the generated config for the ContainerinfraClusterV1 to import
    * @param importFromId The id of the existing ContainerinfraClusterV1 that should be imported. Refer to the {@link https://registry.terraform.io/providers/terraform-provider-openstack/openstack/3.4.0/docs/resources/containerinfra_cluster_v1#import import section} in the documentation of this resource for the id to use
    * @param provider? Optional instance of the provider where the ContainerinfraClusterV1 to import is found
    */
    static generateConfigForImport(scope, importToId, importFromId, provider) {
        return new cdktf.ImportableResource(scope, importToId, { terraformResourceType: "openstack_containerinfra_cluster_v1", importId: importFromId, provider });
    }
    // ===========
    // INITIALIZER
    // ===========
    /**
    * Create a new {@link https://registry.terraform.io/providers/terraform-provider-openstack/openstack/3.4.0/docs/resources/containerinfra_cluster_v1 openstack_containerinfra_cluster_v1} Resource
    *
    * @param scope The scope in which to define this construct
    * @param id The scoped construct ID. Must be unique amongst siblings in the same scope
    * @param options ContainerinfraClusterV1Config
    */
    constructor(scope, id, config) {
        super(scope, id, {
            terraformResourceType: 'openstack_containerinfra_cluster_v1',
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
        this._clusterTemplateId = config.clusterTemplateId;
        this._createTimeout = config.createTimeout;
        this._discoveryUrl = config.discoveryUrl;
        this._dockerVolumeSize = config.dockerVolumeSize;
        this._fixedNetwork = config.fixedNetwork;
        this._fixedSubnet = config.fixedSubnet;
        this._flavor = config.flavor;
        this._floatingIpEnabled = config.floatingIpEnabled;
        this._id = config.id;
        this._keypair = config.keypair;
        this._labels = config.labels;
        this._masterCount = config.masterCount;
        this._masterFlavor = config.masterFlavor;
        this._masterLbEnabled = config.masterLbEnabled;
        this._mergeLabels = config.mergeLabels;
        this._name = config.name;
        this._nodeCount = config.nodeCount;
        this._region = config.region;
        this._timeouts.internalValue = config.timeouts;
    }
    // ==========
    // ATTRIBUTES
    // ==========
    // api_address - computed: true, optional: false, required: false
    get apiAddress() {
        return this.getStringAttribute('api_address');
    }
    // cluster_template_id - computed: false, optional: false, required: true
    _clusterTemplateId;
    get clusterTemplateId() {
        return this.getStringAttribute('cluster_template_id');
    }
    set clusterTemplateId(value) {
        this._clusterTemplateId = value;
    }
    // Temporarily expose input value. Use with caution.
    get clusterTemplateIdInput() {
        return this._clusterTemplateId;
    }
    // coe_version - computed: true, optional: false, required: false
    get coeVersion() {
        return this.getStringAttribute('coe_version');
    }
    // container_version - computed: true, optional: false, required: false
    get containerVersion() {
        return this.getStringAttribute('container_version');
    }
    // create_timeout - computed: true, optional: true, required: false
    _createTimeout;
    get createTimeout() {
        return this.getNumberAttribute('create_timeout');
    }
    set createTimeout(value) {
        this._createTimeout = value;
    }
    resetCreateTimeout() {
        this._createTimeout = undefined;
    }
    // Temporarily expose input value. Use with caution.
    get createTimeoutInput() {
        return this._createTimeout;
    }
    // created_at - computed: true, optional: false, required: false
    get createdAt() {
        return this.getStringAttribute('created_at');
    }
    // discovery_url - computed: true, optional: true, required: false
    _discoveryUrl;
    get discoveryUrl() {
        return this.getStringAttribute('discovery_url');
    }
    set discoveryUrl(value) {
        this._discoveryUrl = value;
    }
    resetDiscoveryUrl() {
        this._discoveryUrl = undefined;
    }
    // Temporarily expose input value. Use with caution.
    get discoveryUrlInput() {
        return this._discoveryUrl;
    }
    // docker_volume_size - computed: true, optional: true, required: false
    _dockerVolumeSize;
    get dockerVolumeSize() {
        return this.getNumberAttribute('docker_volume_size');
    }
    set dockerVolumeSize(value) {
        this._dockerVolumeSize = value;
    }
    resetDockerVolumeSize() {
        this._dockerVolumeSize = undefined;
    }
    // Temporarily expose input value. Use with caution.
    get dockerVolumeSizeInput() {
        return this._dockerVolumeSize;
    }
    // fixed_network - computed: true, optional: true, required: false
    _fixedNetwork;
    get fixedNetwork() {
        return this.getStringAttribute('fixed_network');
    }
    set fixedNetwork(value) {
        this._fixedNetwork = value;
    }
    resetFixedNetwork() {
        this._fixedNetwork = undefined;
    }
    // Temporarily expose input value. Use with caution.
    get fixedNetworkInput() {
        return this._fixedNetwork;
    }
    // fixed_subnet - computed: true, optional: true, required: false
    _fixedSubnet;
    get fixedSubnet() {
        return this.getStringAttribute('fixed_subnet');
    }
    set fixedSubnet(value) {
        this._fixedSubnet = value;
    }
    resetFixedSubnet() {
        this._fixedSubnet = undefined;
    }
    // Temporarily expose input value. Use with caution.
    get fixedSubnetInput() {
        return this._fixedSubnet;
    }
    // flavor - computed: true, optional: true, required: false
    _flavor;
    get flavor() {
        return this.getStringAttribute('flavor');
    }
    set flavor(value) {
        this._flavor = value;
    }
    resetFlavor() {
        this._flavor = undefined;
    }
    // Temporarily expose input value. Use with caution.
    get flavorInput() {
        return this._flavor;
    }
    // floating_ip_enabled - computed: true, optional: true, required: false
    _floatingIpEnabled;
    get floatingIpEnabled() {
        return this.getBooleanAttribute('floating_ip_enabled');
    }
    set floatingIpEnabled(value) {
        this._floatingIpEnabled = value;
    }
    resetFloatingIpEnabled() {
        this._floatingIpEnabled = undefined;
    }
    // Temporarily expose input value. Use with caution.
    get floatingIpEnabledInput() {
        return this._floatingIpEnabled;
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
    // keypair - computed: true, optional: true, required: false
    _keypair;
    get keypair() {
        return this.getStringAttribute('keypair');
    }
    set keypair(value) {
        this._keypair = value;
    }
    resetKeypair() {
        this._keypair = undefined;
    }
    // Temporarily expose input value. Use with caution.
    get keypairInput() {
        return this._keypair;
    }
    // kubeconfig - computed: true, optional: false, required: false
    _kubeconfig = new cdktf.StringMap(this, "kubeconfig");
    get kubeconfig() {
        return this._kubeconfig;
    }
    // labels - computed: true, optional: true, required: false
    _labels;
    get labels() {
        return this.getStringMapAttribute('labels');
    }
    set labels(value) {
        this._labels = value;
    }
    resetLabels() {
        this._labels = undefined;
    }
    // Temporarily expose input value. Use with caution.
    get labelsInput() {
        return this._labels;
    }
    // master_addresses - computed: true, optional: false, required: false
    get masterAddresses() {
        return this.getListAttribute('master_addresses');
    }
    // master_count - computed: true, optional: true, required: false
    _masterCount;
    get masterCount() {
        return this.getNumberAttribute('master_count');
    }
    set masterCount(value) {
        this._masterCount = value;
    }
    resetMasterCount() {
        this._masterCount = undefined;
    }
    // Temporarily expose input value. Use with caution.
    get masterCountInput() {
        return this._masterCount;
    }
    // master_flavor - computed: true, optional: true, required: false
    _masterFlavor;
    get masterFlavor() {
        return this.getStringAttribute('master_flavor');
    }
    set masterFlavor(value) {
        this._masterFlavor = value;
    }
    resetMasterFlavor() {
        this._masterFlavor = undefined;
    }
    // Temporarily expose input value. Use with caution.
    get masterFlavorInput() {
        return this._masterFlavor;
    }
    // master_lb_enabled - computed: true, optional: true, required: false
    _masterLbEnabled;
    get masterLbEnabled() {
        return this.getBooleanAttribute('master_lb_enabled');
    }
    set masterLbEnabled(value) {
        this._masterLbEnabled = value;
    }
    resetMasterLbEnabled() {
        this._masterLbEnabled = undefined;
    }
    // Temporarily expose input value. Use with caution.
    get masterLbEnabledInput() {
        return this._masterLbEnabled;
    }
    // merge_labels - computed: false, optional: true, required: false
    _mergeLabels;
    get mergeLabels() {
        return this.getBooleanAttribute('merge_labels');
    }
    set mergeLabels(value) {
        this._mergeLabels = value;
    }
    resetMergeLabels() {
        this._mergeLabels = undefined;
    }
    // Temporarily expose input value. Use with caution.
    get mergeLabelsInput() {
        return this._mergeLabels;
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
    // node_addresses - computed: true, optional: false, required: false
    get nodeAddresses() {
        return this.getListAttribute('node_addresses');
    }
    // node_count - computed: false, optional: true, required: false
    _nodeCount;
    get nodeCount() {
        return this.getNumberAttribute('node_count');
    }
    set nodeCount(value) {
        this._nodeCount = value;
    }
    resetNodeCount() {
        this._nodeCount = undefined;
    }
    // Temporarily expose input value. Use with caution.
    get nodeCountInput() {
        return this._nodeCount;
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
    // stack_id - computed: true, optional: false, required: false
    get stackId() {
        return this.getStringAttribute('stack_id');
    }
    // updated_at - computed: true, optional: false, required: false
    get updatedAt() {
        return this.getStringAttribute('updated_at');
    }
    // user_id - computed: true, optional: false, required: false
    get userId() {
        return this.getStringAttribute('user_id');
    }
    // timeouts - computed: false, optional: true, required: false
    _timeouts = new ContainerinfraClusterV1TimeoutsOutputReference(this, "timeouts");
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
            cluster_template_id: cdktf.stringToTerraform(this._clusterTemplateId),
            create_timeout: cdktf.numberToTerraform(this._createTimeout),
            discovery_url: cdktf.stringToTerraform(this._discoveryUrl),
            docker_volume_size: cdktf.numberToTerraform(this._dockerVolumeSize),
            fixed_network: cdktf.stringToTerraform(this._fixedNetwork),
            fixed_subnet: cdktf.stringToTerraform(this._fixedSubnet),
            flavor: cdktf.stringToTerraform(this._flavor),
            floating_ip_enabled: cdktf.booleanToTerraform(this._floatingIpEnabled),
            id: cdktf.stringToTerraform(this._id),
            keypair: cdktf.stringToTerraform(this._keypair),
            labels: cdktf.hashMapper(cdktf.stringToTerraform)(this._labels),
            master_count: cdktf.numberToTerraform(this._masterCount),
            master_flavor: cdktf.stringToTerraform(this._masterFlavor),
            master_lb_enabled: cdktf.booleanToTerraform(this._masterLbEnabled),
            merge_labels: cdktf.booleanToTerraform(this._mergeLabels),
            name: cdktf.stringToTerraform(this._name),
            node_count: cdktf.numberToTerraform(this._nodeCount),
            region: cdktf.stringToTerraform(this._region),
            timeouts: containerinfraClusterV1TimeoutsToTerraform(this._timeouts.internalValue),
        };
    }
    synthesizeHclAttributes() {
        const attrs = {
            cluster_template_id: {
                value: cdktf.stringToHclTerraform(this._clusterTemplateId),
                isBlock: false,
                type: "simple",
                storageClassType: "string",
            },
            create_timeout: {
                value: cdktf.numberToHclTerraform(this._createTimeout),
                isBlock: false,
                type: "simple",
                storageClassType: "number",
            },
            discovery_url: {
                value: cdktf.stringToHclTerraform(this._discoveryUrl),
                isBlock: false,
                type: "simple",
                storageClassType: "string",
            },
            docker_volume_size: {
                value: cdktf.numberToHclTerraform(this._dockerVolumeSize),
                isBlock: false,
                type: "simple",
                storageClassType: "number",
            },
            fixed_network: {
                value: cdktf.stringToHclTerraform(this._fixedNetwork),
                isBlock: false,
                type: "simple",
                storageClassType: "string",
            },
            fixed_subnet: {
                value: cdktf.stringToHclTerraform(this._fixedSubnet),
                isBlock: false,
                type: "simple",
                storageClassType: "string",
            },
            flavor: {
                value: cdktf.stringToHclTerraform(this._flavor),
                isBlock: false,
                type: "simple",
                storageClassType: "string",
            },
            floating_ip_enabled: {
                value: cdktf.booleanToHclTerraform(this._floatingIpEnabled),
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
            keypair: {
                value: cdktf.stringToHclTerraform(this._keypair),
                isBlock: false,
                type: "simple",
                storageClassType: "string",
            },
            labels: {
                value: cdktf.hashMapperHcl(cdktf.stringToHclTerraform)(this._labels),
                isBlock: false,
                type: "map",
                storageClassType: "stringMap",
            },
            master_count: {
                value: cdktf.numberToHclTerraform(this._masterCount),
                isBlock: false,
                type: "simple",
                storageClassType: "number",
            },
            master_flavor: {
                value: cdktf.stringToHclTerraform(this._masterFlavor),
                isBlock: false,
                type: "simple",
                storageClassType: "string",
            },
            master_lb_enabled: {
                value: cdktf.booleanToHclTerraform(this._masterLbEnabled),
                isBlock: false,
                type: "simple",
                storageClassType: "boolean",
            },
            merge_labels: {
                value: cdktf.booleanToHclTerraform(this._mergeLabels),
                isBlock: false,
                type: "simple",
                storageClassType: "boolean",
            },
            name: {
                value: cdktf.stringToHclTerraform(this._name),
                isBlock: false,
                type: "simple",
                storageClassType: "string",
            },
            node_count: {
                value: cdktf.numberToHclTerraform(this._nodeCount),
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
            timeouts: {
                value: containerinfraClusterV1TimeoutsToHclTerraform(this._timeouts.internalValue),
                isBlock: true,
                type: "struct",
                storageClassType: "ContainerinfraClusterV1Timeouts",
            },
        };
        // remove undefined attributes
        return Object.fromEntries(Object.entries(attrs).filter(([_, value]) => value !== undefined && value.value !== undefined));
    }
}
exports.ContainerinfraClusterV1 = ContainerinfraClusterV1;
