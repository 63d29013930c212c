"use strict";
// https://registry.terraform.io/providers/terraform-provider-openstack/openstack/3.4.0/docs
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
exports.OpenstackProvider = void 0;
const cdktf = __importStar(require("cdktf"));
/**
* Represents a {@link https://registry.terraform.io/providers/terraform-provider-openstack/openstack/3.4.0/docs openstack}
*/
class OpenstackProvider extends cdktf.TerraformProvider {
    // =================
    // STATIC PROPERTIES
    // =================
    static tfResourceType = "openstack";
    // ==============
    // STATIC Methods
    // ==============
    /**
    * Generates CDKTF code for importing a OpenstackProvider resource upon running "cdktf plan <stack-name>"
    * @param scope The scope in which to define this construct
    * @param importToId The construct id used in the generated config for the OpenstackProvider to import
    * @param importFromId The id of the existing OpenstackProvider that should be imported. Refer to the {@link https://registry.terraform.io/providers/terraform-provider-openstack/openstack/3.4.0/docs#import import section} in the documentation of this resource for the id to use
    * @param provider? Optional instance of the provider where the OpenstackProvider to import is found
    */
    static generateConfigForImport(scope, importToId, importFromId, provider) {
        return new cdktf.ImportableResource(scope, importToId, { terraformResourceType: "openstack", importId: importFromId, provider });
    }
    // ===========
    // INITIALIZER
    // ===========
    /**
    * Create a new {@link https://registry.terraform.io/providers/terraform-provider-openstack/openstack/3.4.0/docs openstack} Resource
    *
    * @param scope The scope in which to define this construct
    * @param id The scoped construct ID. Must be unique amongst siblings in the same scope
    * @param options OpenstackProviderConfig = {}
    */
    constructor(scope, id, config = {}) {
        super(scope, id, {
            terraformResourceType: 'openstack',
            terraformGeneratorMetadata: {
                providerName: 'openstack',
                providerVersion: '3.4.0',
                providerVersionConstraint: '~> 3.4'
            },
            terraformProviderSource: 'terraform-provider-openstack/openstack'
        });
        this._allowReauth = config.allowReauth;
        this._applicationCredentialId = config.applicationCredentialId;
        this._applicationCredentialName = config.applicationCredentialName;
        this._applicationCredentialSecret = config.applicationCredentialSecret;
        this._authUrl = config.authUrl;
        this._cacertFile = config.cacertFile;
        this._cert = config.cert;
        this._cloud = config.cloud;
        this._defaultDomain = config.defaultDomain;
        this._delayedAuth = config.delayedAuth;
        this._disableNoCacheHeader = config.disableNoCacheHeader;
        this._domainId = config.domainId;
        this._domainName = config.domainName;
        this._enableLogging = config.enableLogging;
        this._endpointOverrides = config.endpointOverrides;
        this._endpointType = config.endpointType;
        this._insecure = config.insecure;
        this._key = config.key;
        this._maxRetries = config.maxRetries;
        this._password = config.password;
        this._projectDomainId = config.projectDomainId;
        this._projectDomainName = config.projectDomainName;
        this._region = config.region;
        this._swauth = config.swauth;
        this._systemScope = config.systemScope;
        this._tenantId = config.tenantId;
        this._tenantName = config.tenantName;
        this._token = config.token;
        this._userDomainId = config.userDomainId;
        this._userDomainName = config.userDomainName;
        this._userId = config.userId;
        this._userName = config.userName;
        this._alias = config.alias;
    }
    // ==========
    // ATTRIBUTES
    // ==========
    // allow_reauth - computed: false, optional: true, required: false
    _allowReauth;
    get allowReauth() {
        return this._allowReauth;
    }
    set allowReauth(value) {
        this._allowReauth = value;
    }
    resetAllowReauth() {
        this._allowReauth = undefined;
    }
    // Temporarily expose input value. Use with caution.
    get allowReauthInput() {
        return this._allowReauth;
    }
    // application_credential_id - computed: false, optional: true, required: false
    _applicationCredentialId;
    get applicationCredentialId() {
        return this._applicationCredentialId;
    }
    set applicationCredentialId(value) {
        this._applicationCredentialId = value;
    }
    resetApplicationCredentialId() {
        this._applicationCredentialId = undefined;
    }
    // Temporarily expose input value. Use with caution.
    get applicationCredentialIdInput() {
        return this._applicationCredentialId;
    }
    // application_credential_name - computed: false, optional: true, required: false
    _applicationCredentialName;
    get applicationCredentialName() {
        return this._applicationCredentialName;
    }
    set applicationCredentialName(value) {
        this._applicationCredentialName = value;
    }
    resetApplicationCredentialName() {
        this._applicationCredentialName = undefined;
    }
    // Temporarily expose input value. Use with caution.
    get applicationCredentialNameInput() {
        return this._applicationCredentialName;
    }
    // application_credential_secret - computed: false, optional: true, required: false
    _applicationCredentialSecret;
    get applicationCredentialSecret() {
        return this._applicationCredentialSecret;
    }
    set applicationCredentialSecret(value) {
        this._applicationCredentialSecret = value;
    }
    resetApplicationCredentialSecret() {
        this._applicationCredentialSecret = undefined;
    }
    // Temporarily expose input value. Use with caution.
    get applicationCredentialSecretInput() {
        return this._applicationCredentialSecret;
    }
    // auth_url - computed: false, optional: true, required: false
    _authUrl;
    get authUrl() {
        return this._authUrl;
    }
    set authUrl(value) {
        this._authUrl = value;
    }
    resetAuthUrl() {
        this._authUrl = undefined;
    }
    // Temporarily expose input value. Use with caution.
    get authUrlInput() {
        return this._authUrl;
    }
    // cacert_file - computed: false, optional: true, required: false
    _cacertFile;
    get cacertFile() {
        return this._cacertFile;
    }
    set cacertFile(value) {
        this._cacertFile = value;
    }
    resetCacertFile() {
        this._cacertFile = undefined;
    }
    // Temporarily expose input value. Use with caution.
    get cacertFileInput() {
        return this._cacertFile;
    }
    // cert - computed: false, optional: true, required: false
    _cert;
    get cert() {
        return this._cert;
    }
    set cert(value) {
        this._cert = value;
    }
    resetCert() {
        this._cert = undefined;
    }
    // Temporarily expose input value. Use with caution.
    get certInput() {
        return this._cert;
    }
    // cloud - computed: false, optional: true, required: false
    _cloud;
    get cloud() {
        return this._cloud;
    }
    set cloud(value) {
        this._cloud = value;
    }
    resetCloud() {
        this._cloud = undefined;
    }
    // Temporarily expose input value. Use with caution.
    get cloudInput() {
        return this._cloud;
    }
    // default_domain - computed: false, optional: true, required: false
    _defaultDomain;
    get defaultDomain() {
        return this._defaultDomain;
    }
    set defaultDomain(value) {
        this._defaultDomain = value;
    }
    resetDefaultDomain() {
        this._defaultDomain = undefined;
    }
    // Temporarily expose input value. Use with caution.
    get defaultDomainInput() {
        return this._defaultDomain;
    }
    // delayed_auth - computed: false, optional: true, required: false
    _delayedAuth;
    get delayedAuth() {
        return this._delayedAuth;
    }
    set delayedAuth(value) {
        this._delayedAuth = value;
    }
    resetDelayedAuth() {
        this._delayedAuth = undefined;
    }
    // Temporarily expose input value. Use with caution.
    get delayedAuthInput() {
        return this._delayedAuth;
    }
    // disable_no_cache_header - computed: false, optional: true, required: false
    _disableNoCacheHeader;
    get disableNoCacheHeader() {
        return this._disableNoCacheHeader;
    }
    set disableNoCacheHeader(value) {
        this._disableNoCacheHeader = value;
    }
    resetDisableNoCacheHeader() {
        this._disableNoCacheHeader = undefined;
    }
    // Temporarily expose input value. Use with caution.
    get disableNoCacheHeaderInput() {
        return this._disableNoCacheHeader;
    }
    // domain_id - computed: false, optional: true, required: false
    _domainId;
    get domainId() {
        return this._domainId;
    }
    set domainId(value) {
        this._domainId = value;
    }
    resetDomainId() {
        this._domainId = undefined;
    }
    // Temporarily expose input value. Use with caution.
    get domainIdInput() {
        return this._domainId;
    }
    // domain_name - computed: false, optional: true, required: false
    _domainName;
    get domainName() {
        return this._domainName;
    }
    set domainName(value) {
        this._domainName = value;
    }
    resetDomainName() {
        this._domainName = undefined;
    }
    // Temporarily expose input value. Use with caution.
    get domainNameInput() {
        return this._domainName;
    }
    // enable_logging - computed: false, optional: true, required: false
    _enableLogging;
    get enableLogging() {
        return this._enableLogging;
    }
    set enableLogging(value) {
        this._enableLogging = value;
    }
    resetEnableLogging() {
        this._enableLogging = undefined;
    }
    // Temporarily expose input value. Use with caution.
    get enableLoggingInput() {
        return this._enableLogging;
    }
    // endpoint_overrides - computed: false, optional: true, required: false
    _endpointOverrides;
    get endpointOverrides() {
        return this._endpointOverrides;
    }
    set endpointOverrides(value) {
        this._endpointOverrides = value;
    }
    resetEndpointOverrides() {
        this._endpointOverrides = undefined;
    }
    // Temporarily expose input value. Use with caution.
    get endpointOverridesInput() {
        return this._endpointOverrides;
    }
    // endpoint_type - computed: false, optional: true, required: false
    _endpointType;
    get endpointType() {
        return this._endpointType;
    }
    set endpointType(value) {
        this._endpointType = value;
    }
    resetEndpointType() {
        this._endpointType = undefined;
    }
    // Temporarily expose input value. Use with caution.
    get endpointTypeInput() {
        return this._endpointType;
    }
    // insecure - computed: false, optional: true, required: false
    _insecure;
    get insecure() {
        return this._insecure;
    }
    set insecure(value) {
        this._insecure = value;
    }
    resetInsecure() {
        this._insecure = undefined;
    }
    // Temporarily expose input value. Use with caution.
    get insecureInput() {
        return this._insecure;
    }
    // key - computed: false, optional: true, required: false
    _key;
    get key() {
        return this._key;
    }
    set key(value) {
        this._key = value;
    }
    resetKey() {
        this._key = undefined;
    }
    // Temporarily expose input value. Use with caution.
    get keyInput() {
        return this._key;
    }
    // max_retries - computed: false, optional: true, required: false
    _maxRetries;
    get maxRetries() {
        return this._maxRetries;
    }
    set maxRetries(value) {
        this._maxRetries = value;
    }
    resetMaxRetries() {
        this._maxRetries = undefined;
    }
    // Temporarily expose input value. Use with caution.
    get maxRetriesInput() {
        return this._maxRetries;
    }
    // password - computed: false, optional: true, required: false
    _password;
    get password() {
        return this._password;
    }
    set password(value) {
        this._password = value;
    }
    resetPassword() {
        this._password = undefined;
    }
    // Temporarily expose input value. Use with caution.
    get passwordInput() {
        return this._password;
    }
    // project_domain_id - computed: false, optional: true, required: false
    _projectDomainId;
    get projectDomainId() {
        return this._projectDomainId;
    }
    set projectDomainId(value) {
        this._projectDomainId = value;
    }
    resetProjectDomainId() {
        this._projectDomainId = undefined;
    }
    // Temporarily expose input value. Use with caution.
    get projectDomainIdInput() {
        return this._projectDomainId;
    }
    // project_domain_name - computed: false, optional: true, required: false
    _projectDomainName;
    get projectDomainName() {
        return this._projectDomainName;
    }
    set projectDomainName(value) {
        this._projectDomainName = value;
    }
    resetProjectDomainName() {
        this._projectDomainName = undefined;
    }
    // Temporarily expose input value. Use with caution.
    get projectDomainNameInput() {
        return this._projectDomainName;
    }
    // region - computed: false, optional: true, required: false
    _region;
    get region() {
        return this._region;
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
    // swauth - computed: false, optional: true, required: false
    _swauth;
    get swauth() {
        return this._swauth;
    }
    set swauth(value) {
        this._swauth = value;
    }
    resetSwauth() {
        this._swauth = undefined;
    }
    // Temporarily expose input value. Use with caution.
    get swauthInput() {
        return this._swauth;
    }
    // system_scope - computed: false, optional: true, required: false
    _systemScope;
    get systemScope() {
        return this._systemScope;
    }
    set systemScope(value) {
        this._systemScope = value;
    }
    resetSystemScope() {
        this._systemScope = undefined;
    }
    // Temporarily expose input value. Use with caution.
    get systemScopeInput() {
        return this._systemScope;
    }
    // tenant_id - computed: false, optional: true, required: false
    _tenantId;
    get tenantId() {
        return this._tenantId;
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
    // tenant_name - computed: false, optional: true, required: false
    _tenantName;
    get tenantName() {
        return this._tenantName;
    }
    set tenantName(value) {
        this._tenantName = value;
    }
    resetTenantName() {
        this._tenantName = undefined;
    }
    // Temporarily expose input value. Use with caution.
    get tenantNameInput() {
        return this._tenantName;
    }
    // token - computed: false, optional: true, required: false
    _token;
    get token() {
        return this._token;
    }
    set token(value) {
        this._token = value;
    }
    resetToken() {
        this._token = undefined;
    }
    // Temporarily expose input value. Use with caution.
    get tokenInput() {
        return this._token;
    }
    // user_domain_id - computed: false, optional: true, required: false
    _userDomainId;
    get userDomainId() {
        return this._userDomainId;
    }
    set userDomainId(value) {
        this._userDomainId = value;
    }
    resetUserDomainId() {
        this._userDomainId = undefined;
    }
    // Temporarily expose input value. Use with caution.
    get userDomainIdInput() {
        return this._userDomainId;
    }
    // user_domain_name - computed: false, optional: true, required: false
    _userDomainName;
    get userDomainName() {
        return this._userDomainName;
    }
    set userDomainName(value) {
        this._userDomainName = value;
    }
    resetUserDomainName() {
        this._userDomainName = undefined;
    }
    // Temporarily expose input value. Use with caution.
    get userDomainNameInput() {
        return this._userDomainName;
    }
    // user_id - computed: false, optional: true, required: false
    _userId;
    get userId() {
        return this._userId;
    }
    set userId(value) {
        this._userId = value;
    }
    resetUserId() {
        this._userId = undefined;
    }
    // Temporarily expose input value. Use with caution.
    get userIdInput() {
        return this._userId;
    }
    // user_name - computed: false, optional: true, required: false
    _userName;
    get userName() {
        return this._userName;
    }
    set userName(value) {
        this._userName = value;
    }
    resetUserName() {
        this._userName = undefined;
    }
    // Temporarily expose input value. Use with caution.
    get userNameInput() {
        return this._userName;
    }
    // alias - computed: false, optional: true, required: false
    _alias;
    get alias() {
        return this._alias;
    }
    set alias(value) {
        this._alias = value;
    }
    resetAlias() {
        this._alias = undefined;
    }
    // Temporarily expose input value. Use with caution.
    get aliasInput() {
        return this._alias;
    }
    // =========
    // SYNTHESIS
    // =========
    synthesizeAttributes() {
        return {
            allow_reauth: cdktf.booleanToTerraform(this._allowReauth),
            application_credential_id: cdktf.stringToTerraform(this._applicationCredentialId),
            application_credential_name: cdktf.stringToTerraform(this._applicationCredentialName),
            application_credential_secret: cdktf.stringToTerraform(this._applicationCredentialSecret),
            auth_url: cdktf.stringToTerraform(this._authUrl),
            cacert_file: cdktf.stringToTerraform(this._cacertFile),
            cert: cdktf.stringToTerraform(this._cert),
            cloud: cdktf.stringToTerraform(this._cloud),
            default_domain: cdktf.stringToTerraform(this._defaultDomain),
            delayed_auth: cdktf.booleanToTerraform(this._delayedAuth),
            disable_no_cache_header: cdktf.booleanToTerraform(this._disableNoCacheHeader),
            domain_id: cdktf.stringToTerraform(this._domainId),
            domain_name: cdktf.stringToTerraform(this._domainName),
            enable_logging: cdktf.booleanToTerraform(this._enableLogging),
            endpoint_overrides: cdktf.hashMapper(cdktf.stringToTerraform)(this._endpointOverrides),
            endpoint_type: cdktf.stringToTerraform(this._endpointType),
            insecure: cdktf.booleanToTerraform(this._insecure),
            key: cdktf.stringToTerraform(this._key),
            max_retries: cdktf.numberToTerraform(this._maxRetries),
            password: cdktf.stringToTerraform(this._password),
            project_domain_id: cdktf.stringToTerraform(this._projectDomainId),
            project_domain_name: cdktf.stringToTerraform(this._projectDomainName),
            region: cdktf.stringToTerraform(this._region),
            swauth: cdktf.booleanToTerraform(this._swauth),
            system_scope: cdktf.booleanToTerraform(this._systemScope),
            tenant_id: cdktf.stringToTerraform(this._tenantId),
            tenant_name: cdktf.stringToTerraform(this._tenantName),
            token: cdktf.stringToTerraform(this._token),
            user_domain_id: cdktf.stringToTerraform(this._userDomainId),
            user_domain_name: cdktf.stringToTerraform(this._userDomainName),
            user_id: cdktf.stringToTerraform(this._userId),
            user_name: cdktf.stringToTerraform(this._userName),
            alias: cdktf.stringToTerraform(this._alias),
        };
    }
    synthesizeHclAttributes() {
        const attrs = {
            allow_reauth: {
                value: cdktf.booleanToHclTerraform(this._allowReauth),
                isBlock: false,
                type: "simple",
                storageClassType: "boolean",
            },
            application_credential_id: {
                value: cdktf.stringToHclTerraform(this._applicationCredentialId),
                isBlock: false,
                type: "simple",
                storageClassType: "string",
            },
            application_credential_name: {
                value: cdktf.stringToHclTerraform(this._applicationCredentialName),
                isBlock: false,
                type: "simple",
                storageClassType: "string",
            },
            application_credential_secret: {
                value: cdktf.stringToHclTerraform(this._applicationCredentialSecret),
                isBlock: false,
                type: "simple",
                storageClassType: "string",
            },
            auth_url: {
                value: cdktf.stringToHclTerraform(this._authUrl),
                isBlock: false,
                type: "simple",
                storageClassType: "string",
            },
            cacert_file: {
                value: cdktf.stringToHclTerraform(this._cacertFile),
                isBlock: false,
                type: "simple",
                storageClassType: "string",
            },
            cert: {
                value: cdktf.stringToHclTerraform(this._cert),
                isBlock: false,
                type: "simple",
                storageClassType: "string",
            },
            cloud: {
                value: cdktf.stringToHclTerraform(this._cloud),
                isBlock: false,
                type: "simple",
                storageClassType: "string",
            },
            default_domain: {
                value: cdktf.stringToHclTerraform(this._defaultDomain),
                isBlock: false,
                type: "simple",
                storageClassType: "string",
            },
            delayed_auth: {
                value: cdktf.booleanToHclTerraform(this._delayedAuth),
                isBlock: false,
                type: "simple",
                storageClassType: "boolean",
            },
            disable_no_cache_header: {
                value: cdktf.booleanToHclTerraform(this._disableNoCacheHeader),
                isBlock: false,
                type: "simple",
                storageClassType: "boolean",
            },
            domain_id: {
                value: cdktf.stringToHclTerraform(this._domainId),
                isBlock: false,
                type: "simple",
                storageClassType: "string",
            },
            domain_name: {
                value: cdktf.stringToHclTerraform(this._domainName),
                isBlock: false,
                type: "simple",
                storageClassType: "string",
            },
            enable_logging: {
                value: cdktf.booleanToHclTerraform(this._enableLogging),
                isBlock: false,
                type: "simple",
                storageClassType: "boolean",
            },
            endpoint_overrides: {
                value: cdktf.hashMapperHcl(cdktf.stringToHclTerraform)(this._endpointOverrides),
                isBlock: false,
                type: "map",
                storageClassType: "stringMap",
            },
            endpoint_type: {
                value: cdktf.stringToHclTerraform(this._endpointType),
                isBlock: false,
                type: "simple",
                storageClassType: "string",
            },
            insecure: {
                value: cdktf.booleanToHclTerraform(this._insecure),
                isBlock: false,
                type: "simple",
                storageClassType: "boolean",
            },
            key: {
                value: cdktf.stringToHclTerraform(this._key),
                isBlock: false,
                type: "simple",
                storageClassType: "string",
            },
            max_retries: {
                value: cdktf.numberToHclTerraform(this._maxRetries),
                isBlock: false,
                type: "simple",
                storageClassType: "number",
            },
            password: {
                value: cdktf.stringToHclTerraform(this._password),
                isBlock: false,
                type: "simple",
                storageClassType: "string",
            },
            project_domain_id: {
                value: cdktf.stringToHclTerraform(this._projectDomainId),
                isBlock: false,
                type: "simple",
                storageClassType: "string",
            },
            project_domain_name: {
                value: cdktf.stringToHclTerraform(this._projectDomainName),
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
            swauth: {
                value: cdktf.booleanToHclTerraform(this._swauth),
                isBlock: false,
                type: "simple",
                storageClassType: "boolean",
            },
            system_scope: {
                value: cdktf.booleanToHclTerraform(this._systemScope),
                isBlock: false,
                type: "simple",
                storageClassType: "boolean",
            },
            tenant_id: {
                value: cdktf.stringToHclTerraform(this._tenantId),
                isBlock: false,
                type: "simple",
                storageClassType: "string",
            },
            tenant_name: {
                value: cdktf.stringToHclTerraform(this._tenantName),
                isBlock: false,
                type: "simple",
                storageClassType: "string",
            },
            token: {
                value: cdktf.stringToHclTerraform(this._token),
                isBlock: false,
                type: "simple",
                storageClassType: "string",
            },
            user_domain_id: {
                value: cdktf.stringToHclTerraform(this._userDomainId),
                isBlock: false,
                type: "simple",
                storageClassType: "string",
            },
            user_domain_name: {
                value: cdktf.stringToHclTerraform(this._userDomainName),
                isBlock: false,
                type: "simple",
                storageClassType: "string",
            },
            user_id: {
                value: cdktf.stringToHclTerraform(this._userId),
                isBlock: false,
                type: "simple",
                storageClassType: "string",
            },
            user_name: {
                value: cdktf.stringToHclTerraform(this._userName),
                isBlock: false,
                type: "simple",
                storageClassType: "string",
            },
            alias: {
                value: cdktf.stringToHclTerraform(this._alias),
                isBlock: false,
                type: "simple",
                storageClassType: "string",
            },
        };
        // remove undefined attributes
        return Object.fromEntries(Object.entries(attrs).filter(([_, value]) => value !== undefined && value.value !== undefined));
    }
}
exports.OpenstackProvider = OpenstackProvider;
