"use strict";
// https://registry.terraform.io/providers/terraform-provider-openstack/openstack/3.4.0/docs/resources/lb_pool_v2
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
exports.LbPoolV2 = exports.LbPoolV2TimeoutsOutputReference = exports.LbPoolV2PersistenceOutputReference = void 0;
exports.lbPoolV2PersistenceToTerraform = lbPoolV2PersistenceToTerraform;
exports.lbPoolV2PersistenceToHclTerraform = lbPoolV2PersistenceToHclTerraform;
exports.lbPoolV2TimeoutsToTerraform = lbPoolV2TimeoutsToTerraform;
exports.lbPoolV2TimeoutsToHclTerraform = lbPoolV2TimeoutsToHclTerraform;
const cdktf = __importStar(require("cdktf"));
function lbPoolV2PersistenceToTerraform(struct) {
    if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) {
        return struct;
    }
    if (cdktf.isComplexElement(struct)) {
        throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
    }
    return {
        cookie_name: cdktf.stringToTerraform(struct.cookieName),
        type: cdktf.stringToTerraform(struct.type),
    };
}
function lbPoolV2PersistenceToHclTerraform(struct) {
    if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) {
        return struct;
    }
    if (cdktf.isComplexElement(struct)) {
        throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
    }
    const attrs = {
        cookie_name: {
            value: cdktf.stringToHclTerraform(struct.cookieName),
            isBlock: false,
            type: "simple",
            storageClassType: "string",
        },
        type: {
            value: cdktf.stringToHclTerraform(struct.type),
            isBlock: false,
            type: "simple",
            storageClassType: "string",
        },
    };
    // remove undefined attributes
    return Object.fromEntries(Object.entries(attrs).filter(([_, value]) => value !== undefined && value.value !== undefined));
}
class LbPoolV2PersistenceOutputReference extends cdktf.ComplexObject {
    isEmptyObject = false;
    /**
    * @param terraformResource The parent resource
    * @param terraformAttribute The attribute on the parent resource this class is referencing
    */
    constructor(terraformResource, terraformAttribute) {
        super(terraformResource, terraformAttribute, false, 0);
    }
    get internalValue() {
        let hasAnyValues = this.isEmptyObject;
        const internalValueResult = {};
        if (this._cookieName !== undefined) {
            hasAnyValues = true;
            internalValueResult.cookieName = this._cookieName;
        }
        if (this._type !== undefined) {
            hasAnyValues = true;
            internalValueResult.type = this._type;
        }
        return hasAnyValues ? internalValueResult : undefined;
    }
    set internalValue(value) {
        if (value === undefined) {
            this.isEmptyObject = false;
            this._cookieName = undefined;
            this._type = undefined;
        }
        else {
            this.isEmptyObject = Object.keys(value).length === 0;
            this._cookieName = value.cookieName;
            this._type = value.type;
        }
    }
    // cookie_name - computed: false, optional: true, required: false
    _cookieName;
    get cookieName() {
        return this.getStringAttribute('cookie_name');
    }
    set cookieName(value) {
        this._cookieName = value;
    }
    resetCookieName() {
        this._cookieName = undefined;
    }
    // Temporarily expose input value. Use with caution.
    get cookieNameInput() {
        return this._cookieName;
    }
    // type - computed: false, optional: false, required: true
    _type;
    get type() {
        return this.getStringAttribute('type');
    }
    set type(value) {
        this._type = value;
    }
    // Temporarily expose input value. Use with caution.
    get typeInput() {
        return this._type;
    }
}
exports.LbPoolV2PersistenceOutputReference = LbPoolV2PersistenceOutputReference;
function lbPoolV2TimeoutsToTerraform(struct) {
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
function lbPoolV2TimeoutsToHclTerraform(struct) {
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
class LbPoolV2TimeoutsOutputReference extends cdktf.ComplexObject {
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
exports.LbPoolV2TimeoutsOutputReference = LbPoolV2TimeoutsOutputReference;
/**
* Represents a {@link https://registry.terraform.io/providers/terraform-provider-openstack/openstack/3.4.0/docs/resources/lb_pool_v2 openstack_lb_pool_v2}
*/
class LbPoolV2 extends cdktf.TerraformResource {
    // =================
    // STATIC PROPERTIES
    // =================
    static tfResourceType = "openstack_lb_pool_v2";
    // ==============
    // STATIC Methods
    // ==============
    /**
    * Generates CDKTF code for importing a LbPoolV2 resource upon running "cdktf plan <stack-name>"
    * @param scope The scope in which to define this construct
    * @param importToId The construct id used in the generated config for the LbPoolV2 to import
    * @param importFromId The id of the existing LbPoolV2 that should be imported. Refer to the {@link https://registry.terraform.io/providers/terraform-provider-openstack/openstack/3.4.0/docs/resources/lb_pool_v2#import import section} in the documentation of this resource for the id to use
    * @param provider? Optional instance of the provider where the LbPoolV2 to import is found
    */
    static generateConfigForImport(scope, importToId, importFromId, provider) {
        return new cdktf.ImportableResource(scope, importToId, { terraformResourceType: "openstack_lb_pool_v2", importId: importFromId, provider });
    }
    // ===========
    // INITIALIZER
    // ===========
    /**
    * Create a new {@link https://registry.terraform.io/providers/terraform-provider-openstack/openstack/3.4.0/docs/resources/lb_pool_v2 openstack_lb_pool_v2} Resource
    *
    * @param scope The scope in which to define this construct
    * @param id The scoped construct ID. Must be unique amongst siblings in the same scope
    * @param options LbPoolV2Config
    */
    constructor(scope, id, config) {
        super(scope, id, {
            terraformResourceType: 'openstack_lb_pool_v2',
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
        this._alpnProtocols = config.alpnProtocols;
        this._caTlsContainerRef = config.caTlsContainerRef;
        this._crlContainerRef = config.crlContainerRef;
        this._description = config.description;
        this._id = config.id;
        this._lbMethod = config.lbMethod;
        this._listenerId = config.listenerId;
        this._loadbalancerId = config.loadbalancerId;
        this._name = config.name;
        this._protocol = config.protocol;
        this._region = config.region;
        this._tags = config.tags;
        this._tenantId = config.tenantId;
        this._tlsCiphers = config.tlsCiphers;
        this._tlsContainerRef = config.tlsContainerRef;
        this._tlsEnabled = config.tlsEnabled;
        this._tlsVersions = config.tlsVersions;
        this._persistence.internalValue = config.persistence;
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
    // ca_tls_container_ref - computed: false, optional: true, required: false
    _caTlsContainerRef;
    get caTlsContainerRef() {
        return this.getStringAttribute('ca_tls_container_ref');
    }
    set caTlsContainerRef(value) {
        this._caTlsContainerRef = value;
    }
    resetCaTlsContainerRef() {
        this._caTlsContainerRef = undefined;
    }
    // Temporarily expose input value. Use with caution.
    get caTlsContainerRefInput() {
        return this._caTlsContainerRef;
    }
    // crl_container_ref - computed: false, optional: true, required: false
    _crlContainerRef;
    get crlContainerRef() {
        return this.getStringAttribute('crl_container_ref');
    }
    set crlContainerRef(value) {
        this._crlContainerRef = value;
    }
    resetCrlContainerRef() {
        this._crlContainerRef = undefined;
    }
    // Temporarily expose input value. Use with caution.
    get crlContainerRefInput() {
        return this._crlContainerRef;
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
    // lb_method - computed: false, optional: false, required: true
    _lbMethod;
    get lbMethod() {
        return this.getStringAttribute('lb_method');
    }
    set lbMethod(value) {
        this._lbMethod = value;
    }
    // Temporarily expose input value. Use with caution.
    get lbMethodInput() {
        return this._lbMethod;
    }
    // listener_id - computed: false, optional: true, required: false
    _listenerId;
    get listenerId() {
        return this.getStringAttribute('listener_id');
    }
    set listenerId(value) {
        this._listenerId = value;
    }
    resetListenerId() {
        this._listenerId = undefined;
    }
    // Temporarily expose input value. Use with caution.
    get listenerIdInput() {
        return this._listenerId;
    }
    // loadbalancer_id - computed: false, optional: true, required: false
    _loadbalancerId;
    get loadbalancerId() {
        return this.getStringAttribute('loadbalancer_id');
    }
    set loadbalancerId(value) {
        this._loadbalancerId = value;
    }
    resetLoadbalancerId() {
        this._loadbalancerId = undefined;
    }
    // Temporarily expose input value. Use with caution.
    get loadbalancerIdInput() {
        return this._loadbalancerId;
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
    // tls_container_ref - computed: false, optional: true, required: false
    _tlsContainerRef;
    get tlsContainerRef() {
        return this.getStringAttribute('tls_container_ref');
    }
    set tlsContainerRef(value) {
        this._tlsContainerRef = value;
    }
    resetTlsContainerRef() {
        this._tlsContainerRef = undefined;
    }
    // Temporarily expose input value. Use with caution.
    get tlsContainerRefInput() {
        return this._tlsContainerRef;
    }
    // tls_enabled - computed: false, optional: true, required: false
    _tlsEnabled;
    get tlsEnabled() {
        return this.getBooleanAttribute('tls_enabled');
    }
    set tlsEnabled(value) {
        this._tlsEnabled = value;
    }
    resetTlsEnabled() {
        this._tlsEnabled = undefined;
    }
    // Temporarily expose input value. Use with caution.
    get tlsEnabledInput() {
        return this._tlsEnabled;
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
    // persistence - computed: false, optional: true, required: false
    _persistence = new LbPoolV2PersistenceOutputReference(this, "persistence");
    get persistence() {
        return this._persistence;
    }
    putPersistence(value) {
        this._persistence.internalValue = value;
    }
    resetPersistence() {
        this._persistence.internalValue = undefined;
    }
    // Temporarily expose input value. Use with caution.
    get persistenceInput() {
        return this._persistence.internalValue;
    }
    // timeouts - computed: false, optional: true, required: false
    _timeouts = new LbPoolV2TimeoutsOutputReference(this, "timeouts");
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
            alpn_protocols: cdktf.listMapper(cdktf.stringToTerraform, false)(this._alpnProtocols),
            ca_tls_container_ref: cdktf.stringToTerraform(this._caTlsContainerRef),
            crl_container_ref: cdktf.stringToTerraform(this._crlContainerRef),
            description: cdktf.stringToTerraform(this._description),
            id: cdktf.stringToTerraform(this._id),
            lb_method: cdktf.stringToTerraform(this._lbMethod),
            listener_id: cdktf.stringToTerraform(this._listenerId),
            loadbalancer_id: cdktf.stringToTerraform(this._loadbalancerId),
            name: cdktf.stringToTerraform(this._name),
            protocol: cdktf.stringToTerraform(this._protocol),
            region: cdktf.stringToTerraform(this._region),
            tags: cdktf.listMapper(cdktf.stringToTerraform, false)(this._tags),
            tenant_id: cdktf.stringToTerraform(this._tenantId),
            tls_ciphers: cdktf.stringToTerraform(this._tlsCiphers),
            tls_container_ref: cdktf.stringToTerraform(this._tlsContainerRef),
            tls_enabled: cdktf.booleanToTerraform(this._tlsEnabled),
            tls_versions: cdktf.listMapper(cdktf.stringToTerraform, false)(this._tlsVersions),
            persistence: lbPoolV2PersistenceToTerraform(this._persistence.internalValue),
            timeouts: lbPoolV2TimeoutsToTerraform(this._timeouts.internalValue),
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
            alpn_protocols: {
                value: cdktf.listMapperHcl(cdktf.stringToHclTerraform, false)(this._alpnProtocols),
                isBlock: false,
                type: "set",
                storageClassType: "stringList",
            },
            ca_tls_container_ref: {
                value: cdktf.stringToHclTerraform(this._caTlsContainerRef),
                isBlock: false,
                type: "simple",
                storageClassType: "string",
            },
            crl_container_ref: {
                value: cdktf.stringToHclTerraform(this._crlContainerRef),
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
            id: {
                value: cdktf.stringToHclTerraform(this._id),
                isBlock: false,
                type: "simple",
                storageClassType: "string",
            },
            lb_method: {
                value: cdktf.stringToHclTerraform(this._lbMethod),
                isBlock: false,
                type: "simple",
                storageClassType: "string",
            },
            listener_id: {
                value: cdktf.stringToHclTerraform(this._listenerId),
                isBlock: false,
                type: "simple",
                storageClassType: "string",
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
            tenant_id: {
                value: cdktf.stringToHclTerraform(this._tenantId),
                isBlock: false,
                type: "simple",
                storageClassType: "string",
            },
            tls_ciphers: {
                value: cdktf.stringToHclTerraform(this._tlsCiphers),
                isBlock: false,
                type: "simple",
                storageClassType: "string",
            },
            tls_container_ref: {
                value: cdktf.stringToHclTerraform(this._tlsContainerRef),
                isBlock: false,
                type: "simple",
                storageClassType: "string",
            },
            tls_enabled: {
                value: cdktf.booleanToHclTerraform(this._tlsEnabled),
                isBlock: false,
                type: "simple",
                storageClassType: "boolean",
            },
            tls_versions: {
                value: cdktf.listMapperHcl(cdktf.stringToHclTerraform, false)(this._tlsVersions),
                isBlock: false,
                type: "set",
                storageClassType: "stringList",
            },
            persistence: {
                value: lbPoolV2PersistenceToHclTerraform(this._persistence.internalValue),
                isBlock: true,
                type: "list",
                storageClassType: "LbPoolV2PersistenceList",
            },
            timeouts: {
                value: lbPoolV2TimeoutsToHclTerraform(this._timeouts.internalValue),
                isBlock: true,
                type: "struct",
                storageClassType: "LbPoolV2Timeouts",
            },
        };
        // remove undefined attributes
        return Object.fromEntries(Object.entries(attrs).filter(([_, value]) => value !== undefined && value.value !== undefined));
    }
}
exports.LbPoolV2 = LbPoolV2;
