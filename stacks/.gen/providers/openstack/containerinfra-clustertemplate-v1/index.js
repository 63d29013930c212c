"use strict";
// https://registry.terraform.io/providers/terraform-provider-openstack/openstack/3.4.0/docs/resources/containerinfra_clustertemplate_v1
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
exports.ContainerinfraClustertemplateV1 = exports.ContainerinfraClustertemplateV1TimeoutsOutputReference = void 0;
exports.containerinfraClustertemplateV1TimeoutsToTerraform = containerinfraClustertemplateV1TimeoutsToTerraform;
exports.containerinfraClustertemplateV1TimeoutsToHclTerraform = containerinfraClustertemplateV1TimeoutsToHclTerraform;
const cdktf = __importStar(require("cdktf"));
function containerinfraClustertemplateV1TimeoutsToTerraform(struct) {
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
function containerinfraClustertemplateV1TimeoutsToHclTerraform(struct) {
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
class ContainerinfraClustertemplateV1TimeoutsOutputReference extends cdktf.ComplexObject {
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
exports.ContainerinfraClustertemplateV1TimeoutsOutputReference = ContainerinfraClustertemplateV1TimeoutsOutputReference;
/**
* Represents a {@link https://registry.terraform.io/providers/terraform-provider-openstack/openstack/3.4.0/docs/resources/containerinfra_clustertemplate_v1 openstack_containerinfra_clustertemplate_v1}
*/
class ContainerinfraClustertemplateV1 extends cdktf.TerraformResource {
    // =================
    // STATIC PROPERTIES
    // =================
    static tfResourceType = "openstack_containerinfra_clustertemplate_v1";
    // ==============
    // STATIC Methods
    // ==============
    /**
    * Generates CDKTF code for importing a ContainerinfraClustertemplateV1 resource upon running "cdktf plan <stack-name>"
    * @param scope The scope in which to define this construct
    * @param importToId The construct id used in the generated config for the ContainerinfraClustertemplateV1 to import
    * @param importFromId The id of the existing ContainerinfraClustertemplateV1 that should be imported. Refer to the {@link https://registry.terraform.io/providers/terraform-provider-openstack/openstack/3.4.0/docs/resources/containerinfra_clustertemplate_v1#import import section} in the documentation of this resource for the id to use
    * @param provider? Optional instance of the provider where the ContainerinfraClustertemplateV1 to import is found
    */
    static generateConfigForImport(scope, importToId, importFromId, provider) {
        return new cdktf.ImportableResource(scope, importToId, { terraformResourceType: "openstack_containerinfra_clustertemplate_v1", importId: importFromId, provider });
    }
    // ===========
    // INITIALIZER
    // ===========
    /**
    * Create a new {@link https://registry.terraform.io/providers/terraform-provider-openstack/openstack/3.4.0/docs/resources/containerinfra_clustertemplate_v1 openstack_containerinfra_clustertemplate_v1} Resource
    *
    * @param scope The scope in which to define this construct
    * @param id The scoped construct ID. Must be unique amongst siblings in the same scope
    * @param options ContainerinfraClustertemplateV1Config
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
        this._apiserverPort = config.apiserverPort;
        this._clusterDistro = config.clusterDistro;
        this._coe = config.coe;
        this._dnsNameserver = config.dnsNameserver;
        this._dockerStorageDriver = config.dockerStorageDriver;
        this._dockerVolumeSize = config.dockerVolumeSize;
        this._externalNetworkId = config.externalNetworkId;
        this._fixedNetwork = config.fixedNetwork;
        this._fixedSubnet = config.fixedSubnet;
        this._flavor = config.flavor;
        this._floatingIpEnabled = config.floatingIpEnabled;
        this._hidden = config.hidden;
        this._httpProxy = config.httpProxy;
        this._httpsProxy = config.httpsProxy;
        this._id = config.id;
        this._image = config.image;
        this._insecureRegistry = config.insecureRegistry;
        this._keypairId = config.keypairId;
        this._labels = config.labels;
        this._masterFlavor = config.masterFlavor;
        this._masterLbEnabled = config.masterLbEnabled;
        this._name = config.name;
        this._networkDriver = config.networkDriver;
        this._noProxy = config.noProxy;
        this._public = config.public;
        this._region = config.region;
        this._registryEnabled = config.registryEnabled;
        this._serverType = config.serverType;
        this._tlsDisabled = config.tlsDisabled;
        this._volumeDriver = config.volumeDriver;
        this._timeouts.internalValue = config.timeouts;
    }
    // ==========
    // ATTRIBUTES
    // ==========
    // apiserver_port - computed: false, optional: true, required: false
    _apiserverPort;
    get apiserverPort() {
        return this.getNumberAttribute('apiserver_port');
    }
    set apiserverPort(value) {
        this._apiserverPort = value;
    }
    resetApiserverPort() {
        this._apiserverPort = undefined;
    }
    // Temporarily expose input value. Use with caution.
    get apiserverPortInput() {
        return this._apiserverPort;
    }
    // cluster_distro - computed: true, optional: true, required: false
    _clusterDistro;
    get clusterDistro() {
        return this.getStringAttribute('cluster_distro');
    }
    set clusterDistro(value) {
        this._clusterDistro = value;
    }
    resetClusterDistro() {
        this._clusterDistro = undefined;
    }
    // Temporarily expose input value. Use with caution.
    get clusterDistroInput() {
        return this._clusterDistro;
    }
    // coe - computed: false, optional: false, required: true
    _coe;
    get coe() {
        return this.getStringAttribute('coe');
    }
    set coe(value) {
        this._coe = value;
    }
    // Temporarily expose input value. Use with caution.
    get coeInput() {
        return this._coe;
    }
    // created_at - computed: true, optional: false, required: false
    get createdAt() {
        return this.getStringAttribute('created_at');
    }
    // dns_nameserver - computed: false, optional: true, required: false
    _dnsNameserver;
    get dnsNameserver() {
        return this.getStringAttribute('dns_nameserver');
    }
    set dnsNameserver(value) {
        this._dnsNameserver = value;
    }
    resetDnsNameserver() {
        this._dnsNameserver = undefined;
    }
    // Temporarily expose input value. Use with caution.
    get dnsNameserverInput() {
        return this._dnsNameserver;
    }
    // docker_storage_driver - computed: false, optional: true, required: false
    _dockerStorageDriver;
    get dockerStorageDriver() {
        return this.getStringAttribute('docker_storage_driver');
    }
    set dockerStorageDriver(value) {
        this._dockerStorageDriver = value;
    }
    resetDockerStorageDriver() {
        this._dockerStorageDriver = undefined;
    }
    // Temporarily expose input value. Use with caution.
    get dockerStorageDriverInput() {
        return this._dockerStorageDriver;
    }
    // docker_volume_size - computed: false, optional: true, required: false
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
    // external_network_id - computed: false, optional: true, required: false
    _externalNetworkId;
    get externalNetworkId() {
        return this.getStringAttribute('external_network_id');
    }
    set externalNetworkId(value) {
        this._externalNetworkId = value;
    }
    resetExternalNetworkId() {
        this._externalNetworkId = undefined;
    }
    // Temporarily expose input value. Use with caution.
    get externalNetworkIdInput() {
        return this._externalNetworkId;
    }
    // fixed_network - computed: false, optional: true, required: false
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
    // fixed_subnet - computed: false, optional: true, required: false
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
    // flavor - computed: false, optional: true, required: false
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
    // floating_ip_enabled - computed: false, optional: true, required: false
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
    // http_proxy - computed: false, optional: true, required: false
    _httpProxy;
    get httpProxy() {
        return this.getStringAttribute('http_proxy');
    }
    set httpProxy(value) {
        this._httpProxy = value;
    }
    resetHttpProxy() {
        this._httpProxy = undefined;
    }
    // Temporarily expose input value. Use with caution.
    get httpProxyInput() {
        return this._httpProxy;
    }
    // https_proxy - computed: false, optional: true, required: false
    _httpsProxy;
    get httpsProxy() {
        return this.getStringAttribute('https_proxy');
    }
    set httpsProxy(value) {
        this._httpsProxy = value;
    }
    resetHttpsProxy() {
        this._httpsProxy = undefined;
    }
    // Temporarily expose input value. Use with caution.
    get httpsProxyInput() {
        return this._httpsProxy;
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
    // image - computed: false, optional: false, required: true
    _image;
    get image() {
        return this.getStringAttribute('image');
    }
    set image(value) {
        this._image = value;
    }
    // Temporarily expose input value. Use with caution.
    get imageInput() {
        return this._image;
    }
    // insecure_registry - computed: false, optional: true, required: false
    _insecureRegistry;
    get insecureRegistry() {
        return this.getStringAttribute('insecure_registry');
    }
    set insecureRegistry(value) {
        this._insecureRegistry = value;
    }
    resetInsecureRegistry() {
        this._insecureRegistry = undefined;
    }
    // Temporarily expose input value. Use with caution.
    get insecureRegistryInput() {
        return this._insecureRegistry;
    }
    // keypair_id - computed: false, optional: true, required: false
    _keypairId;
    get keypairId() {
        return this.getStringAttribute('keypair_id');
    }
    set keypairId(value) {
        this._keypairId = value;
    }
    resetKeypairId() {
        this._keypairId = undefined;
    }
    // Temporarily expose input value. Use with caution.
    get keypairIdInput() {
        return this._keypairId;
    }
    // labels - computed: false, optional: true, required: false
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
    // master_flavor - computed: false, optional: true, required: false
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
    // master_lb_enabled - computed: false, optional: true, required: false
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
    // network_driver - computed: true, optional: true, required: false
    _networkDriver;
    get networkDriver() {
        return this.getStringAttribute('network_driver');
    }
    set networkDriver(value) {
        this._networkDriver = value;
    }
    resetNetworkDriver() {
        this._networkDriver = undefined;
    }
    // Temporarily expose input value. Use with caution.
    get networkDriverInput() {
        return this._networkDriver;
    }
    // no_proxy - computed: false, optional: true, required: false
    _noProxy;
    get noProxy() {
        return this.getStringAttribute('no_proxy');
    }
    set noProxy(value) {
        this._noProxy = value;
    }
    resetNoProxy() {
        this._noProxy = undefined;
    }
    // Temporarily expose input value. Use with caution.
    get noProxyInput() {
        return this._noProxy;
    }
    // project_id - computed: true, optional: false, required: false
    get projectId() {
        return this.getStringAttribute('project_id');
    }
    // public - computed: false, optional: true, required: false
    _public;
    get public() {
        return this.getBooleanAttribute('public');
    }
    set public(value) {
        this._public = value;
    }
    resetPublic() {
        this._public = undefined;
    }
    // Temporarily expose input value. Use with caution.
    get publicInput() {
        return this._public;
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
    // registry_enabled - computed: false, optional: true, required: false
    _registryEnabled;
    get registryEnabled() {
        return this.getBooleanAttribute('registry_enabled');
    }
    set registryEnabled(value) {
        this._registryEnabled = value;
    }
    resetRegistryEnabled() {
        this._registryEnabled = undefined;
    }
    // Temporarily expose input value. Use with caution.
    get registryEnabledInput() {
        return this._registryEnabled;
    }
    // server_type - computed: true, optional: true, required: false
    _serverType;
    get serverType() {
        return this.getStringAttribute('server_type');
    }
    set serverType(value) {
        this._serverType = value;
    }
    resetServerType() {
        this._serverType = undefined;
    }
    // Temporarily expose input value. Use with caution.
    get serverTypeInput() {
        return this._serverType;
    }
    // tls_disabled - computed: false, optional: true, required: false
    _tlsDisabled;
    get tlsDisabled() {
        return this.getBooleanAttribute('tls_disabled');
    }
    set tlsDisabled(value) {
        this._tlsDisabled = value;
    }
    resetTlsDisabled() {
        this._tlsDisabled = undefined;
    }
    // Temporarily expose input value. Use with caution.
    get tlsDisabledInput() {
        return this._tlsDisabled;
    }
    // updated_at - computed: true, optional: false, required: false
    get updatedAt() {
        return this.getStringAttribute('updated_at');
    }
    // user_id - computed: true, optional: false, required: false
    get userId() {
        return this.getStringAttribute('user_id');
    }
    // volume_driver - computed: false, optional: true, required: false
    _volumeDriver;
    get volumeDriver() {
        return this.getStringAttribute('volume_driver');
    }
    set volumeDriver(value) {
        this._volumeDriver = value;
    }
    resetVolumeDriver() {
        this._volumeDriver = undefined;
    }
    // Temporarily expose input value. Use with caution.
    get volumeDriverInput() {
        return this._volumeDriver;
    }
    // timeouts - computed: false, optional: true, required: false
    _timeouts = new ContainerinfraClustertemplateV1TimeoutsOutputReference(this, "timeouts");
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
            apiserver_port: cdktf.numberToTerraform(this._apiserverPort),
            cluster_distro: cdktf.stringToTerraform(this._clusterDistro),
            coe: cdktf.stringToTerraform(this._coe),
            dns_nameserver: cdktf.stringToTerraform(this._dnsNameserver),
            docker_storage_driver: cdktf.stringToTerraform(this._dockerStorageDriver),
            docker_volume_size: cdktf.numberToTerraform(this._dockerVolumeSize),
            external_network_id: cdktf.stringToTerraform(this._externalNetworkId),
            fixed_network: cdktf.stringToTerraform(this._fixedNetwork),
            fixed_subnet: cdktf.stringToTerraform(this._fixedSubnet),
            flavor: cdktf.stringToTerraform(this._flavor),
            floating_ip_enabled: cdktf.booleanToTerraform(this._floatingIpEnabled),
            hidden: cdktf.booleanToTerraform(this._hidden),
            http_proxy: cdktf.stringToTerraform(this._httpProxy),
            https_proxy: cdktf.stringToTerraform(this._httpsProxy),
            id: cdktf.stringToTerraform(this._id),
            image: cdktf.stringToTerraform(this._image),
            insecure_registry: cdktf.stringToTerraform(this._insecureRegistry),
            keypair_id: cdktf.stringToTerraform(this._keypairId),
            labels: cdktf.hashMapper(cdktf.stringToTerraform)(this._labels),
            master_flavor: cdktf.stringToTerraform(this._masterFlavor),
            master_lb_enabled: cdktf.booleanToTerraform(this._masterLbEnabled),
            name: cdktf.stringToTerraform(this._name),
            network_driver: cdktf.stringToTerraform(this._networkDriver),
            no_proxy: cdktf.stringToTerraform(this._noProxy),
            public: cdktf.booleanToTerraform(this._public),
            region: cdktf.stringToTerraform(this._region),
            registry_enabled: cdktf.booleanToTerraform(this._registryEnabled),
            server_type: cdktf.stringToTerraform(this._serverType),
            tls_disabled: cdktf.booleanToTerraform(this._tlsDisabled),
            volume_driver: cdktf.stringToTerraform(this._volumeDriver),
            timeouts: containerinfraClustertemplateV1TimeoutsToTerraform(this._timeouts.internalValue),
        };
    }
    synthesizeHclAttributes() {
        const attrs = {
            apiserver_port: {
                value: cdktf.numberToHclTerraform(this._apiserverPort),
                isBlock: false,
                type: "simple",
                storageClassType: "number",
            },
            cluster_distro: {
                value: cdktf.stringToHclTerraform(this._clusterDistro),
                isBlock: false,
                type: "simple",
                storageClassType: "string",
            },
            coe: {
                value: cdktf.stringToHclTerraform(this._coe),
                isBlock: false,
                type: "simple",
                storageClassType: "string",
            },
            dns_nameserver: {
                value: cdktf.stringToHclTerraform(this._dnsNameserver),
                isBlock: false,
                type: "simple",
                storageClassType: "string",
            },
            docker_storage_driver: {
                value: cdktf.stringToHclTerraform(this._dockerStorageDriver),
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
            external_network_id: {
                value: cdktf.stringToHclTerraform(this._externalNetworkId),
                isBlock: false,
                type: "simple",
                storageClassType: "string",
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
            hidden: {
                value: cdktf.booleanToHclTerraform(this._hidden),
                isBlock: false,
                type: "simple",
                storageClassType: "boolean",
            },
            http_proxy: {
                value: cdktf.stringToHclTerraform(this._httpProxy),
                isBlock: false,
                type: "simple",
                storageClassType: "string",
            },
            https_proxy: {
                value: cdktf.stringToHclTerraform(this._httpsProxy),
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
            image: {
                value: cdktf.stringToHclTerraform(this._image),
                isBlock: false,
                type: "simple",
                storageClassType: "string",
            },
            insecure_registry: {
                value: cdktf.stringToHclTerraform(this._insecureRegistry),
                isBlock: false,
                type: "simple",
                storageClassType: "string",
            },
            keypair_id: {
                value: cdktf.stringToHclTerraform(this._keypairId),
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
            name: {
                value: cdktf.stringToHclTerraform(this._name),
                isBlock: false,
                type: "simple",
                storageClassType: "string",
            },
            network_driver: {
                value: cdktf.stringToHclTerraform(this._networkDriver),
                isBlock: false,
                type: "simple",
                storageClassType: "string",
            },
            no_proxy: {
                value: cdktf.stringToHclTerraform(this._noProxy),
                isBlock: false,
                type: "simple",
                storageClassType: "string",
            },
            public: {
                value: cdktf.booleanToHclTerraform(this._public),
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
            registry_enabled: {
                value: cdktf.booleanToHclTerraform(this._registryEnabled),
                isBlock: false,
                type: "simple",
                storageClassType: "boolean",
            },
            server_type: {
                value: cdktf.stringToHclTerraform(this._serverType),
                isBlock: false,
                type: "simple",
                storageClassType: "string",
            },
            tls_disabled: {
                value: cdktf.booleanToHclTerraform(this._tlsDisabled),
                isBlock: false,
                type: "simple",
                storageClassType: "boolean",
            },
            volume_driver: {
                value: cdktf.stringToHclTerraform(this._volumeDriver),
                isBlock: false,
                type: "simple",
                storageClassType: "string",
            },
            timeouts: {
                value: containerinfraClustertemplateV1TimeoutsToHclTerraform(this._timeouts.internalValue),
                isBlock: true,
                type: "struct",
                storageClassType: "ContainerinfraClustertemplateV1Timeouts",
            },
        };
        // remove undefined attributes
        return Object.fromEntries(Object.entries(attrs).filter(([_, value]) => value !== undefined && value.value !== undefined));
    }
}
exports.ContainerinfraClustertemplateV1 = ContainerinfraClustertemplateV1;
