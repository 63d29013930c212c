"use strict";
// https://registry.terraform.io/providers/terraform-provider-openstack/openstack/3.4.0/docs/resources/lb_listener_v2
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
exports.LbListenerV2 = exports.LbListenerV2TimeoutsOutputReference = void 0;
exports.lbListenerV2TimeoutsToTerraform = lbListenerV2TimeoutsToTerraform;
exports.lbListenerV2TimeoutsToHclTerraform = lbListenerV2TimeoutsToHclTerraform;
const cdktf = __importStar(require("cdktf"));
function lbListenerV2TimeoutsToTerraform(struct) {
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
function lbListenerV2TimeoutsToHclTerraform(struct) {
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
class LbListenerV2TimeoutsOutputReference extends cdktf.ComplexObject {
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
exports.LbListenerV2TimeoutsOutputReference = LbListenerV2TimeoutsOutputReference;
/**
* Represents a {@link https://registry.terraform.io/providers/terraform-provider-openstack/openstack/3.4.0/docs/resources/lb_listener_v2 openstack_lb_listener_v2}
*/
class LbListenerV2 extends cdktf.TerraformResource {
    // =================
    // STATIC PROPERTIES
    // =================
    static tfResourceType = "openstack_lb_listener_v2";
    // ==============
    // STATIC Methods
    // ==============
    /**
    * Generates CDKTF code for importing a LbListenerV2 resource upon running "cdktf plan <stack-name>"
    * @param scope The scope in which to define this construct
    * @param importToId The construct id used in the generated config for the LbListenerV2 to import
    * @param importFromId The id of the existing LbListenerV2 that should be imported. Refer to the {@link https://registry.terraform.io/providers/terraform-provider-openstack/openstack/3.4.0/docs/resources/lb_listener_v2#import import section} in the documentation of this resource for the id to use
    * @param provider? Optional instance of the provider where the LbListenerV2 to import is found
    */
    static generateConfigForImport(scope, importToId, importFromId, provider) {
        return new cdktf.ImportableResource(scope, importToId, { terraformResourceType: "openstack_lb_listener_v2", importId: importFromId, provider });
    }
    // ===========
    // INITIALIZER
    // ===========
    /**
    * Create a new {@link https://registry.terraform.io/providers/terraform-provider-openstack/openstack/3.4.0/docs/resources/lb_listener_v2 openstack_lb_listener_v2} Resource
    *
    * @param scope The scope in which to define this construct
    * @param id The scoped construct ID. Must be unique amongst siblings in the same scope
    * @param options LbListenerV2Config
    */
    constructor(scope, id, config) {
        super(scope, id, {
            terraformResourceType: 'openstack_lb_listener_v2',
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
        this._adminStateUp = config.adminStateUp;
        this._allowedCidrs = config.allowedCidrs;
        this._alpnProtocols = config.alpnProtocols;
        this._clientAuthentication = config.clientAuthentication;
        this._clientCaTlsContainerRef = config.clientCaTlsContainerRef;
        this._clientCrlContainerRef = config.clientCrlContainerRef;
        this._connectionLimit = config.connectionLimit;
        this._defaultPoolId = config.defaultPoolId;
        this._defaultTlsContainerRef = config.defaultTlsContainerRef;
        this._description = config.description;
        this._hstsIncludeSubdomains = config.hstsIncludeSubdomains;
        this._hstsMaxAge = config.hstsMaxAge;
        this._hstsPreload = config.hstsPreload;
        this._id = config.id;
        this._insertHeaders = config.insertHeaders;
        this._loadbalancerId = config.loadbalancerId;
        this._name = config.name;
        this._protocol = config.protocol;
        this._protocolPort = config.protocolPort;
        this._region = config.region;
        this._sniContainerRefs = config.sniContainerRefs;
        this._tags = config.tags;
        this._tenantId = config.tenantId;
        this._timeoutClientData = config.timeoutClientData;
        this._timeoutMemberConnect = config.timeoutMemberConnect;
        this._timeoutMemberData = config.timeoutMemberData;
        this._timeoutTcpInspect = config.timeoutTcpInspect;
        this._tlsCiphers = config.tlsCiphers;
        this._tlsVersions = config.tlsVersions;
        this._timeouts.internalValue = config.timeouts;
    }
    // ==========
    // ATTRIBUTES
    // ==========
    // admin_state_up - computed: false, optional: true, required: false
    _adminStateUp;
    get adminStateUp() {
        return this.getBooleanAttribute('admin_state_up');
    }
    set adminStateUp(value) {
        this._adminStateUp = value;
    }
    resetAdminStateUp() {
        this._adminStateUp = undefined;
    }
    // Temporarily expose input value. Use with caution.
    get adminStateUpInput() {
        return this._adminStateUp;
    }
    // allowed_cidrs - computed: false, optional: true, required: false
    _allowedCidrs;
    get allowedCidrs() {
        return this.getListAttribute('allowed_cidrs');
    }
    set allowedCidrs(value) {
        this._allowedCidrs = value;
    }
    resetAllowedCidrs() {
        this._allowedCidrs = undefined;
    }
    // Temporarily expose input value. Use with caution.
    get allowedCidrsInput() {
        return this._allowedCidrs;
    }
    // alpn_protocols - computed: true, optional: true, required: false
    _alpnProtocols;
    get alpnProtocols() {
        return cdktf.Fn.tolist(this.getListAttribute('alpn_protocols'));
    }
    set alpnProtocols(value) {
        this._alpnProtocols = value;
    }
    resetAlpnProtocols() {
        this._alpnProtocols = undefined;
    }
    // Temporarily expose input value. Use with caution.
    get alpnProtocolsInput() {
        return this._alpnProtocols;
    }
    // client_authentication - computed: false, optional: true, required: false
    _clientAuthentication;
    get clientAuthentication() {
        return this.getStringAttribute('client_authentication');
    }
    set clientAuthentication(value) {
        this._clientAuthentication = value;
    }
    resetClientAuthentication() {
        this._clientAuthentication = undefined;
    }
    // Temporarily expose input value. Use with caution.
    get clientAuthenticationInput() {
        return this._clientAuthentication;
    }
    // client_ca_tls_container_ref - computed: false, optional: true, required: false
    _clientCaTlsContainerRef;
    get clientCaTlsContainerRef() {
        return this.getStringAttribute('client_ca_tls_container_ref');
    }
    set clientCaTlsContainerRef(value) {
        this._clientCaTlsContainerRef = value;
    }
    resetClientCaTlsContainerRef() {
        this._clientCaTlsContainerRef = undefined;
    }
    // Temporarily expose input value. Use with caution.
    get clientCaTlsContainerRefInput() {
        return this._clientCaTlsContainerRef;
    }
    // client_crl_container_ref - computed: false, optional: true, required: false
    _clientCrlContainerRef;
    get clientCrlContainerRef() {
        return this.getStringAttribute('client_crl_container_ref');
    }
    set clientCrlContainerRef(value) {
        this._clientCrlContainerRef = value;
    }
    resetClientCrlContainerRef() {
        this._clientCrlContainerRef = undefined;
    }
    // Temporarily expose input value. Use with caution.
    get clientCrlContainerRefInput() {
        return this._clientCrlContainerRef;
    }
    // connection_limit - computed: true, optional: true, required: false
    _connectionLimit;
    get connectionLimit() {
        return this.getNumberAttribute('connection_limit');
    }
    set connectionLimit(value) {
        this._connectionLimit = value;
    }
    resetConnectionLimit() {
        this._connectionLimit = undefined;
    }
    // Temporarily expose input value. Use with caution.
    get connectionLimitInput() {
        return this._connectionLimit;
    }
    // default_pool_id - computed: true, optional: true, required: false
    _defaultPoolId;
    get defaultPoolId() {
        return this.getStringAttribute('default_pool_id');
    }
    set defaultPoolId(value) {
        this._defaultPoolId = value;
    }
    resetDefaultPoolId() {
        this._defaultPoolId = undefined;
    }
    // Temporarily expose input value. Use with caution.
    get defaultPoolIdInput() {
        return this._defaultPoolId;
    }
    // default_tls_container_ref - computed: false, optional: true, required: false
    _defaultTlsContainerRef;
    get defaultTlsContainerRef() {
        return this.getStringAttribute('default_tls_container_ref');
    }
    set defaultTlsContainerRef(value) {
        this._defaultTlsContainerRef = value;
    }
    resetDefaultTlsContainerRef() {
        this._defaultTlsContainerRef = undefined;
    }
    // Temporarily expose input value. Use with caution.
    get defaultTlsContainerRefInput() {
        return this._defaultTlsContainerRef;
    }
    // description - computed: false, optional: true, required: false
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
    // hsts_include_subdomains - computed: false, optional: true, required: false
    _hstsIncludeSubdomains;
    get hstsIncludeSubdomains() {
        return this.getBooleanAttribute('hsts_include_subdomains');
    }
    set hstsIncludeSubdomains(value) {
        this._hstsIncludeSubdomains = value;
    }
    resetHstsIncludeSubdomains() {
        this._hstsIncludeSubdomains = undefined;
    }
    // Temporarily expose input value. Use with caution.
    get hstsIncludeSubdomainsInput() {
        return this._hstsIncludeSubdomains;
    }
    // hsts_max_age - computed: false, optional: true, required: false
    _hstsMaxAge;
    get hstsMaxAge() {
        return this.getNumberAttribute('hsts_max_age');
    }
    set hstsMaxAge(value) {
        this._hstsMaxAge = value;
    }
    resetHstsMaxAge() {
        this._hstsMaxAge = undefined;
    }
    // Temporarily expose input value. Use with caution.
    get hstsMaxAgeInput() {
        return this._hstsMaxAge;
    }
    // hsts_preload - computed: false, optional: true, required: false
    _hstsPreload;
    get hstsPreload() {
        return this.getBooleanAttribute('hsts_preload');
    }
    set hstsPreload(value) {
        this._hstsPreload = value;
    }
    resetHstsPreload() {
        this._hstsPreload = undefined;
    }
    // Temporarily expose input value. Use with caution.
    get hstsPreloadInput() {
        return this._hstsPreload;
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
    // insert_headers - computed: false, optional: true, required: false
    _insertHeaders;
    get insertHeaders() {
        return this.getStringMapAttribute('insert_headers');
    }
    set insertHeaders(value) {
        this._insertHeaders = value;
    }
    resetInsertHeaders() {
        this._insertHeaders = undefined;
    }
    // Temporarily expose input value. Use with caution.
    get insertHeadersInput() {
        return this._insertHeaders;
    }
    // loadbalancer_id - computed: false, optional: false, required: true
    _loadbalancerId;
    get loadbalancerId() {
        return this.getStringAttribute('loadbalancer_id');
    }
    set loadbalancerId(value) {
        this._loadbalancerId = value;
    }
    // Temporarily expose input value. Use with caution.
    get loadbalancerIdInput() {
        return this._loadbalancerId;
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
    // protocol - computed: false, optional: false, required: true
    _protocol;
    get protocol() {
        return this.getStringAttribute('protocol');
    }
    set protocol(value) {
        this._protocol = value;
    }
    // Temporarily expose input value. Use with caution.
    get protocolInput() {
        return this._protocol;
    }
    // protocol_port - computed: false, optional: false, required: true
    _protocolPort;
    get protocolPort() {
        return this.getNumberAttribute('protocol_port');
    }
    set protocolPort(value) {
        this._protocolPort = value;
    }
    // Temporarily expose input value. Use with caution.
    get protocolPortInput() {
        return this._protocolPort;
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
    // sni_container_refs - computed: false, optional: true, required: false
    _sniContainerRefs;
    get sniContainerRefs() {
        return this.getListAttribute('sni_container_refs');
    }
    set sniContainerRefs(value) {
        this._sniContainerRefs = value;
    }
    resetSniContainerRefs() {
        this._sniContainerRefs = undefined;
    }
    // Temporarily expose input value. Use with caution.
    get sniContainerRefsInput() {
        return this._sniContainerRefs;
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
    // tenant_id - computed: true, optional: true, required: false
    _tenantId;
    get tenantId() {
        return this.getStringAttribute('tenant_id');
    }
    set tenantId(value) {
        this._tenantId = value;
    }
    resetTenantId() {
        this._tenantId = undefined;
    }
    // Temporarily expose input value. Use with caution.
    get tenantIdInput() {
        return this._tenantId;
    }
    // timeout_client_data - computed: true, optional: true, required: false
    _timeoutClientData;
    get timeoutClientData() {
        return this.getNumberAttribute('timeout_client_data');
    }
    set timeoutClientData(value) {
        this._timeoutClientData = value;
    }
    resetTimeoutClientData() {
        this._timeoutClientData = undefined;
    }
    // Temporarily expose input value. Use with caution.
    get timeoutClientDataInput() {
        return this._timeoutClientData;
    }
    // timeout_member_connect - computed: true, optional: true, required: false
    _timeoutMemberConnect;
    get timeoutMemberConnect() {
        return this.getNumberAttribute('timeout_member_connect');
    }
    set timeoutMemberConnect(value) {
        this._timeoutMemberConnect = value;
    }
    resetTimeoutMemberConnect() {
        this._timeoutMemberConnect = undefined;
    }
    // Temporarily expose input value. Use with caution.
    get timeoutMemberConnectInput() {
        return this._timeoutMemberConnect;
    }
    // timeout_member_data - computed: true, optional: true, required: false
    _timeoutMemberData;
    get timeoutMemberData() {
        return this.getNumberAttribute('timeout_member_data');
    }
    set timeoutMemberData(value) {
        this._timeoutMemberData = value;
    }
    resetTimeoutMemberData() {
        this._timeoutMemberData = undefined;
    }
    // Temporarily expose input value. Use with caution.
    get timeoutMemberDataInput() {
        return this._timeoutMemberData;
    }
    // timeout_tcp_inspect - computed: true, optional: true, required: false
    _timeoutTcpInspect;
    get timeoutTcpInspect() {
        return this.getNumberAttribute('timeout_tcp_inspect');
    }
    set timeoutTcpInspect(value) {
        this._timeoutTcpInspect = value;
    }
    resetTimeoutTcpInspect() {
        this._timeoutTcpInspect = undefined;
    }
    // Temporarily expose input value. Use with caution.
    get timeoutTcpInspectInput() {
        return this._timeoutTcpInspect;
    }
    // tls_ciphers - computed: true, optional: true, required: false
    _tlsCiphers;
    get tlsCiphers() {
        return this.getStringAttribute('tls_ciphers');
    }
    set tlsCiphers(value) {
        this._tlsCiphers = value;
    }
    resetTlsCiphers() {
        this._tlsCiphers = undefined;
    }
    // Temporarily expose input value. Use with caution.
    get tlsCiphersInput() {
        return this._tlsCiphers;
    }
    // tls_versions - computed: true, optional: true, required: false
    _tlsVersions;
    get tlsVersions() {
        return cdktf.Fn.tolist(this.getListAttribute('tls_versions'));
    }
    set tlsVersions(value) {
        this._tlsVersions = value;
    }
    resetTlsVersions() {
        this._tlsVersions = undefined;
    }
    // Temporarily expose input value. Use with caution.
    get tlsVersionsInput() {
        return this._tlsVersions;
    }
    // timeouts - computed: false, optional: true, required: false
    _timeouts = new LbListenerV2TimeoutsOutputReference(this, "timeouts");
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
            admin_state_up: cdktf.booleanToTerraform(this._adminStateUp),
            allowed_cidrs: cdktf.listMapper(cdktf.stringToTerraform, false)(this._allowedCidrs),
            alpn_protocols: cdktf.listMapper(cdktf.stringToTerraform, false)(this._alpnProtocols),
            client_authentication: cdktf.stringToTerraform(this._clientAuthentication),
            client_ca_tls_container_ref: cdktf.stringToTerraform(this._clientCaTlsContainerRef),
            client_crl_container_ref: cdktf.stringToTerraform(this._clientCrlContainerRef),
            connection_limit: cdktf.numberToTerraform(this._connectionLimit),
            default_pool_id: cdktf.stringToTerraform(this._defaultPoolId),
            default_tls_container_ref: cdktf.stringToTerraform(this._defaultTlsContainerRef),
            description: cdktf.stringToTerraform(this._description),
            hsts_include_subdomains: cdktf.booleanToTerraform(this._hstsIncludeSubdomains),
            hsts_max_age: cdktf.numberToTerraform(this._hstsMaxAge),
            hsts_preload: cdktf.booleanToTerraform(this._hstsPreload),
            id: cdktf.stringToTerraform(this._id),
            insert_headers: cdktf.hashMapper(cdktf.stringToTerraform)(this._insertHeaders),
            loadbalancer_id: cdktf.stringToTerraform(this._loadbalancerId),
            name: cdktf.stringToTerraform(this._name),
            protocol: cdktf.stringToTerraform(this._protocol),
            protocol_port: cdktf.numberToTerraform(this._protocolPort),
            region: cdktf.stringToTerraform(this._region),
            sni_container_refs: cdktf.listMapper(cdktf.stringToTerraform, false)(this._sniContainerRefs),
            tags: cdktf.listMapper(cdktf.stringToTerraform, false)(this._tags),
            tenant_id: cdktf.stringToTerraform(this._tenantId),
            timeout_client_data: cdktf.numberToTerraform(this._timeoutClientData),
            timeout_member_connect: cdktf.numberToTerraform(this._timeoutMemberConnect),
            timeout_member_data: cdktf.numberToTerraform(this._timeoutMemberData),
            timeout_tcp_inspect: cdktf.numberToTerraform(this._timeoutTcpInspect),
            tls_ciphers: cdktf.stringToTerraform(this._tlsCiphers),
            tls_versions: cdktf.listMapper(cdktf.stringToTerraform, false)(this._tlsVersions),
            timeouts: lbListenerV2TimeoutsToTerraform(this._timeouts.internalValue),
        };
    }
    synthesizeHclAttributes() {
        const attrs = {
            admin_state_up: {
                value: cdktf.booleanToHclTerraform(this._adminStateUp),
                isBlock: false,
                type: "simple",
                storageClassType: "boolean",
            },
            allowed_cidrs: {
                value: cdktf.listMapperHcl(cdktf.stringToHclTerraform, false)(this._allowedCidrs),
                isBlock: false,
                type: "list",
                storageClassType: "stringList",
            },
            alpn_protocols: {
                value: cdktf.listMapperHcl(cdktf.stringToHclTerraform, false)(this._alpnProtocols),
                isBlock: false,
                type: "set",
                storageClassType: "stringList",
            },
            client_authentication: {
                value: cdktf.stringToHclTerraform(this._clientAuthentication),
                isBlock: false,
                type: "simple",
                storageClassType: "string",
            },
            client_ca_tls_container_ref: {
                value: cdktf.stringToHclTerraform(this._clientCaTlsContainerRef),
                isBlock: false,
                type: "simple",
                storageClassType: "string",
            },
            client_crl_container_ref: {
                value: cdktf.stringToHclTerraform(this._clientCrlContainerRef),
                isBlock: false,
                type: "simple",
                storageClassType: "string",
            },
            connection_limit: {
                value: cdktf.numberToHclTerraform(this._connectionLimit),
                isBlock: false,
                type: "simple",
                storageClassType: "number",
            },
            default_pool_id: {
                value: cdktf.stringToHclTerraform(this._defaultPoolId),
                isBlock: false,
                type: "simple",
                storageClassType: "string",
            },
            default_tls_container_ref: {
                value: cdktf.stringToHclTerraform(this._defaultTlsContainerRef),
                isBlock: false,
                type: "simple",
                storageClassType: "string",
            },
            description: {
                value: cdktf.stringToHclTerraform(this._description),
                isBlock: false,
                type: "simple",
                storageClassType: "string",
            },
            hsts_include_subdomains: {
                value: cdktf.booleanToHclTerraform(this._hstsIncludeSubdomains),
                isBlock: false,
                type: "simple",
                storageClassType: "boolean",
            },
            hsts_max_age: {
                value: cdktf.numberToHclTerraform(this._hstsMaxAge),
                isBlock: false,
                type: "simple",
                storageClassType: "number",
            },
            hsts_preload: {
                value: cdktf.booleanToHclTerraform(this._hstsPreload),
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
            insert_headers: {
                value: cdktf.hashMapperHcl(cdktf.stringToHclTerraform)(this._insertHeaders),
                isBlock: false,
                type: "map",
                storageClassType: "stringMap",
            },
            loadbalancer_id: {
                value: cdktf.stringToHclTerraform(this._loadbalancerId),
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
            protocol: {
                value: cdktf.stringToHclTerraform(this._protocol),
                isBlock: false,
                type: "simple",
                storageClassType: "string",
            },
            protocol_port: {
                value: cdktf.numberToHclTerraform(this._protocolPort),
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
            sni_container_refs: {
                value: cdktf.listMapperHcl(cdktf.stringToHclTerraform, false)(this._sniContainerRefs),
                isBlock: false,
                type: "list",
                storageClassType: "stringList",
            },
            tags: {
                value: cdktf.listMapperHcl(cdktf.stringToHclTerraform, false)(this._tags),
                isBlock: false,
                type: "set",
                storageClassType: "stringList",
            },
            tenant_id: {
                value: cdktf.stringToHclTerraform(this._tenantId),
                isBlock: false,
                type: "simple",
                storageClassType: "string",
            },
            timeout_client_data: {
                value: cdktf.numberToHclTerraform(this._timeoutClientData),
                isBlock: false,
                type: "simple",
                storageClassType: "number",
            },
            timeout_member_connect: {
                value: cdktf.numberToHclTerraform(this._timeoutMemberConnect),
                isBlock: false,
                type: "simple",
                storageClassType: "number",
            },
            timeout_member_data: {
                value: cdktf.numberToHclTerraform(this._timeoutMemberData),
                isBlock: false,
                type: "simple",
                storageClassType: "number",
            },
            timeout_tcp_inspect: {
                value: cdktf.numberToHclTerraform(this._timeoutTcpInspect),
                isBlock: false,
                type: "simple",
                storageClassType: "number",
            },
            tls_ciphers: {
                value: cdktf.stringToHclTerraform(this._tlsCiphers),
                isBlock: false,
                type: "simple",
                storageClassType: "string",
            },
            tls_versions: {
                value: cdktf.listMapperHcl(cdktf.stringToHclTerraform, false)(this._tlsVersions),
                isBlock: false,
                type: "set",
                storageClassType: "stringList",
            },
            timeouts: {
                value: lbListenerV2TimeoutsToHclTerraform(this._timeouts.internalValue),
                isBlock: true,
                type: "struct",
                storageClassType: "LbListenerV2Timeouts",
            },
        };
        // remove undefined attributes
        return Object.fromEntries(Object.entries(attrs).filter(([_, value]) => value !== undefined && value.value !== undefined));
    }
}
exports.LbListenerV2 = LbListenerV2;
