"use strict";
// https://registry.terraform.io/providers/terraform-provider-openstack/openstack/3.4.0/docs/data-sources/containerinfra_clustertemplate_v1
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
exports.DataOpenstackContainerinfraClustertemplateV1 = void 0;
const cdktf = __importStar(require("cdktf"));
/**
* Represents a {@link https://registry.terraform.io/providers/terraform-provider-openstack/openstack/3.4.0/docs/data-sources/containerinfra_clustertemplate_v1 openstack_containerinfra_clustertemplate_v1}
*/
class DataOpenstackContainerinfraClustertemplateV1 extends cdktf.TerraformDataSource {
    // =================
    // STATIC PROPERTIES
    // =================
    static tfResourceType = "openstack_containerinfra_clustertemplate_v1";
    // ==============
    // STATIC Methods
    // ==============
    /**
    * Generates CDKTF code for importing a DataOpenstackContainerinfraClustertemplateV1 resource upon running "cdktf plan <stack-name>"
    * @param scope The scope in which to define this construct
    * @param importToId The construct id used in the generated config for the DataOpenstackContainerinfraClustertemplateV1 to import
    * @param importFromId The id of the existing DataOpenstackContainerinfraClustertemplateV1 that should be imported. Refer to the {@link https://registry.terraform.io/providers/terraform-provider-openstack/openstack/3.4.0/docs/data-sources/containerinfra_clustertemplate_v1#import import section} in the documentation of this resource for the id to use
    * @param provider? Optional instance of the provider where the DataOpenstackContainerinfraClustertemplateV1 to import is found
    */
    static generateConfigForImport(scope, importToId, importFromId, provider) {
        return new cdktf.ImportableResource(scope, importToId, { terraformResourceType: "openstack_containerinfra_clustertemplate_v1", importId: importFromId, provider });
    }
    // ===========
    // INITIALIZER
    // ===========
    /**
    * Create a new {@link https://registry.terraform.io/providers/terraform-provider-openstack/openstack/3.4.0/docs/data-sources/containerinfra_clustertemplate_v1 openstack_containerinfra_clustertemplate_v1} Data Source
    *
    * @param scope The scope in which to define this construct
    * @param id The scoped construct ID. Must be unique amongst siblings in the same scope
    * @param options DataOpenstackContainerinfraClustertemplateV1Config
    */
    constructor(scope, id, config) {
        super(scope, id, {
            terraformResourceType: 'openstack_containerinfra_clustertemplate_v1',
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
        this._name = config.name;
        this._region = config.region;
    }
    // ==========
    // ATTRIBUTES
    // ==========
    // apiserver_port - computed: true, optional: false, required: false
    get apiserverPort() {
        return this.getNumberAttribute('apiserver_port');
    }
    // cluster_distro - computed: true, optional: false, required: false
    get clusterDistro() {
        return this.getStringAttribute('cluster_distro');
    }
    // coe - computed: true, optional: false, required: false
    get coe() {
        return this.getStringAttribute('coe');
    }
    // created_at - computed: true, optional: false, required: false
    get createdAt() {
        return this.getStringAttribute('created_at');
    }
    // dns_nameserver - computed: true, optional: false, required: false
    get dnsNameserver() {
        return this.getStringAttribute('dns_nameserver');
    }
    // docker_storage_driver - computed: true, optional: false, required: false
    get dockerStorageDriver() {
        return this.getStringAttribute('docker_storage_driver');
    }
    // docker_volume_size - computed: true, optional: false, required: false
    get dockerVolumeSize() {
        return this.getNumberAttribute('docker_volume_size');
    }
    // external_network_id - computed: true, optional: false, required: false
    get externalNetworkId() {
        return this.getStringAttribute('external_network_id');
    }
    // fixed_network - computed: true, optional: false, required: false
    get fixedNetwork() {
        return this.getStringAttribute('fixed_network');
    }
    // fixed_subnet - computed: true, optional: false, required: false
    get fixedSubnet() {
        return this.getStringAttribute('fixed_subnet');
    }
    // flavor - computed: true, optional: false, required: false
    get flavor() {
        return this.getStringAttribute('flavor');
    }
    // floating_ip_enabled - computed: true, optional: false, required: false
    get floatingIpEnabled() {
        return this.getBooleanAttribute('floating_ip_enabled');
    }
    // hidden - computed: true, optional: false, required: false
    get hidden() {
        return this.getBooleanAttribute('hidden');
    }
    // http_proxy - computed: true, optional: false, required: false
    get httpProxy() {
        return this.getStringAttribute('http_proxy');
    }
    // https_proxy - computed: true, optional: false, required: false
    get httpsProxy() {
        return this.getStringAttribute('https_proxy');
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
    // image - computed: true, optional: false, required: false
    get image() {
        return this.getStringAttribute('image');
    }
    // insecure_registry - computed: true, optional: false, required: false
    get insecureRegistry() {
        return this.getStringAttribute('insecure_registry');
    }
    // keypair_id - computed: true, optional: false, required: false
    get keypairId() {
        return this.getStringAttribute('keypair_id');
    }
    // labels - computed: true, optional: false, required: false
    _labels = new cdktf.StringMap(this, "labels");
    get labels() {
        return this._labels;
    }
    // master_flavor - computed: true, optional: false, required: false
    get masterFlavor() {
        return this.getStringAttribute('master_flavor');
    }
    // master_lb_enabled - computed: true, optional: false, required: false
    get masterLbEnabled() {
        return this.getBooleanAttribute('master_lb_enabled');
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
    // network_driver - computed: true, optional: false, required: false
    get networkDriver() {
        return this.getStringAttribute('network_driver');
    }
    // no_proxy - computed: true, optional: false, required: false
    get noProxy() {
        return this.getStringAttribute('no_proxy');
    }
    // project_id - computed: true, optional: false, required: false
    get projectId() {
        return this.getStringAttribute('project_id');
    }
    // public - computed: true, optional: false, required: false
    get public() {
        return this.getBooleanAttribute('public');
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
    // registry_enabled - computed: true, optional: false, required: false
    get registryEnabled() {
        return this.getBooleanAttribute('registry_enabled');
    }
    // server_type - computed: true, optional: false, required: false
    get serverType() {
        return this.getStringAttribute('server_type');
    }
    // tls_disabled - computed: true, optional: false, required: false
    get tlsDisabled() {
        return this.getBooleanAttribute('tls_disabled');
    }
    // updated_at - computed: true, optional: false, required: false
    get updatedAt() {
        return this.getStringAttribute('updated_at');
    }
    // user_id - computed: true, optional: false, required: false
    get userId() {
        return this.getStringAttribute('user_id');
    }
    // volume_driver - computed: true, optional: false, required: false
    get volumeDriver() {
        return this.getStringAttribute('volume_driver');
    }
    // =========
    // SYNTHESIS
    // =========
    synthesizeAttributes() {
        return {
            id: cdktf.stringToTerraform(this._id),
            name: cdktf.stringToTerraform(this._name),
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
        };
        // remove undefined attributes
        return Object.fromEntries(Object.entries(attrs).filter(([_, value]) => value !== undefined && value.value !== undefined));
    }
}
exports.DataOpenstackContainerinfraClustertemplateV1 = DataOpenstackContainerinfraClustertemplateV1;
