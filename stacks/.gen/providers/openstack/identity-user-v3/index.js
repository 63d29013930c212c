"use strict";
// https://registry.terraform.io/providers/terraform-provider-openstack/openstack/3.4.0/docs/resources/identity_user_v3
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
exports.IdentityUserV3 = exports.IdentityUserV3MultiFactorAuthRuleList = exports.IdentityUserV3MultiFactorAuthRuleOutputReference = void 0;
exports.identityUserV3MultiFactorAuthRuleToTerraform = identityUserV3MultiFactorAuthRuleToTerraform;
exports.identityUserV3MultiFactorAuthRuleToHclTerraform = identityUserV3MultiFactorAuthRuleToHclTerraform;
const cdktf = __importStar(require("cdktf"));
function identityUserV3MultiFactorAuthRuleToTerraform(struct) {
    if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) {
        return struct;
    }
    if (cdktf.isComplexElement(struct)) {
        throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
    }
    return {
        rule: cdktf.listMapper(cdktf.stringToTerraform, false)(struct.rule),
    };
}
function identityUserV3MultiFactorAuthRuleToHclTerraform(struct) {
    if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) {
        return struct;
    }
    if (cdktf.isComplexElement(struct)) {
        throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
    }
    const attrs = {
        rule: {
            value: cdktf.listMapperHcl(cdktf.stringToHclTerraform, false)(struct.rule),
            isBlock: false,
            type: "list",
            storageClassType: "stringList",
        },
    };
    // remove undefined attributes
    return Object.fromEntries(Object.entries(attrs).filter(([_, value]) => value !== undefined && value.value !== undefined));
}
class IdentityUserV3MultiFactorAuthRuleOutputReference extends cdktf.ComplexObject {
    isEmptyObject = false;
    resolvableValue;
    /**
    * @param terraformResource The parent resource
    * @param terraformAttribute The attribute on the parent resource this class is referencing
    * @param complexObjectIndex the index of this item in the list
    * @param complexObjectIsFromSet whether the list is wrapping a set (will add tolist() to be able to access an item via an index)
    */
    constructor(terraformResource, terraformAttribute, complexObjectIndex, complexObjectIsFromSet) {
        super(terraformResource, terraformAttribute, complexObjectIsFromSet, complexObjectIndex);
    }
    get internalValue() {
        if (this.resolvableValue) {
            return this.resolvableValue;
        }
        let hasAnyValues = this.isEmptyObject;
        const internalValueResult = {};
        if (this._rule !== undefined) {
            hasAnyValues = true;
            internalValueResult.rule = this._rule;
        }
        return hasAnyValues ? internalValueResult : undefined;
    }
    set internalValue(value) {
        if (value === undefined) {
            this.isEmptyObject = false;
            this.resolvableValue = undefined;
            this._rule = undefined;
        }
        else if (cdktf.Tokenization.isResolvable(value)) {
            this.isEmptyObject = false;
            this.resolvableValue = value;
        }
        else {
            this.isEmptyObject = Object.keys(value).length === 0;
            this.resolvableValue = undefined;
            this._rule = value.rule;
        }
    }
    // rule - computed: false, optional: false, required: true
    _rule;
    get rule() {
        return this.getListAttribute('rule');
    }
    set rule(value) {
        this._rule = value;
    }
    // Temporarily expose input value. Use with caution.
    get ruleInput() {
        return this._rule;
    }
}
exports.IdentityUserV3MultiFactorAuthRuleOutputReference = IdentityUserV3MultiFactorAuthRuleOutputReference;
class IdentityUserV3MultiFactorAuthRuleList extends cdktf.ComplexList {
    terraformResource;
    terraformAttribute;
    wrapsSet;
    internalValue;
    /**
    * @param terraformResource The parent resource
    * @param terraformAttribute The attribute on the parent resource this class is referencing
    * @param wrapsSet whether the list is wrapping a set (will add tolist() to be able to access an item via an index)
    */
    constructor(terraformResource, terraformAttribute, wrapsSet) {
        super(terraformResource, terraformAttribute, wrapsSet);
        this.terraformResource = terraformResource;
        this.terraformAttribute = terraformAttribute;
        this.wrapsSet = wrapsSet;
    }
    /**
    * @param index the index of the item to return
    */
    get(index) {
        return new IdentityUserV3MultiFactorAuthRuleOutputReference(this.terraformResource, this.terraformAttribute, index, this.wrapsSet);
    }
}
exports.IdentityUserV3MultiFactorAuthRuleList = IdentityUserV3MultiFactorAuthRuleList;
/**
* Represents a {@link https://registry.terraform.io/providers/terraform-provider-openstack/openstack/3.4.0/docs/resources/identity_user_v3 openstack_identity_user_v3}
*/
class IdentityUserV3 extends cdktf.TerraformResource {
    // =================
    // STATIC PROPERTIES
    // =================
    static tfResourceType = "openstack_identity_user_v3";
    // ==============
    // STATIC Methods
    // ==============
    /**
    * Generates CDKTF code for importing a IdentityUserV3 resource upon running "cdktf plan <stack-name>"
    * @param scope The scope in which to define this construct
    * @param importToId The construct id used in the generated config for the IdentityUserV3 to import
    * @param importFromId The id of the existing IdentityUserV3 that should be imported. Refer to the {@link https://registry.terraform.io/providers/terraform-provider-openstack/openstack/3.4.0/docs/resources/identity_user_v3#import import section} in the documentation of this resource for the id to use
    * @param provider? Optional instance of the provider where the IdentityUserV3 to import is found
    */
    static generateConfigForImport(scope, importToId, importFromId, provider) {
        return new cdktf.ImportableResource(scope, importToId, { terraformResourceType: "openstack_identity_user_v3", importId: importFromId, provider });
    }
    // ===========
    // INITIALIZER
    // ===========
    /**
    * Create a new {@link https://registry.terraform.io/providers/terraform-provider-openstack/openstack/3.4.0/docs/resources/identity_user_v3 openstack_identity_user_v3} Resource
    *
    * @param scope The scope in which to define this construct
    * @param id The scoped construct ID. Must be unique amongst siblings in the same scope
    * @param options IdentityUserV3Config = {}
    */
    constructor(scope, id, config = {}) {
        super(scope, id, {
            terraformResourceType: 'openstack_identity_user_v3',
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
        this._defaultProjectId = config.defaultProjectId;
        this._description = config.description;
        this._domainId = config.domainId;
        this._enabled = config.enabled;
        this._extra = config.extra;
        this._id = config.id;
        this._ignoreChangePasswordUponFirstUse = config.ignoreChangePasswordUponFirstUse;
        this._ignoreLockoutFailureAttempts = config.ignoreLockoutFailureAttempts;
        this._ignorePasswordExpiry = config.ignorePasswordExpiry;
        this._multiFactorAuthEnabled = config.multiFactorAuthEnabled;
        this._name = config.name;
        this._password = config.password;
        this._region = config.region;
        this._multiFactorAuthRule.internalValue = config.multiFactorAuthRule;
    }
    // ==========
    // ATTRIBUTES
    // ==========
    // default_project_id - computed: true, optional: true, required: false
    _defaultProjectId;
    get defaultProjectId() {
        return this.getStringAttribute('default_project_id');
    }
    set defaultProjectId(value) {
        this._defaultProjectId = value;
    }
    resetDefaultProjectId() {
        this._defaultProjectId = undefined;
    }
    // Temporarily expose input value. Use with caution.
    get defaultProjectIdInput() {
        return this._defaultProjectId;
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
    // domain_id - computed: true, optional: true, required: false
    _domainId;
    get domainId() {
        return this.getStringAttribute('domain_id');
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
    // enabled - computed: false, optional: true, required: false
    _enabled;
    get enabled() {
        return this.getBooleanAttribute('enabled');
    }
    set enabled(value) {
        this._enabled = value;
    }
    resetEnabled() {
        this._enabled = undefined;
    }
    // Temporarily expose input value. Use with caution.
    get enabledInput() {
        return this._enabled;
    }
    // extra - computed: false, optional: true, required: false
    _extra;
    get extra() {
        return this.getStringMapAttribute('extra');
    }
    set extra(value) {
        this._extra = value;
    }
    resetExtra() {
        this._extra = undefined;
    }
    // Temporarily expose input value. Use with caution.
    get extraInput() {
        return this._extra;
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
    // ignore_change_password_upon_first_use - computed: false, optional: true, required: false
    _ignoreChangePasswordUponFirstUse;
    get ignoreChangePasswordUponFirstUse() {
        return this.getBooleanAttribute('ignore_change_password_upon_first_use');
    }
    set ignoreChangePasswordUponFirstUse(value) {
        this._ignoreChangePasswordUponFirstUse = value;
    }
    resetIgnoreChangePasswordUponFirstUse() {
        this._ignoreChangePasswordUponFirstUse = undefined;
    }
    // Temporarily expose input value. Use with caution.
    get ignoreChangePasswordUponFirstUseInput() {
        return this._ignoreChangePasswordUponFirstUse;
    }
    // ignore_lockout_failure_attempts - computed: false, optional: true, required: false
    _ignoreLockoutFailureAttempts;
    get ignoreLockoutFailureAttempts() {
        return this.getBooleanAttribute('ignore_lockout_failure_attempts');
    }
    set ignoreLockoutFailureAttempts(value) {
        this._ignoreLockoutFailureAttempts = value;
    }
    resetIgnoreLockoutFailureAttempts() {
        this._ignoreLockoutFailureAttempts = undefined;
    }
    // Temporarily expose input value. Use with caution.
    get ignoreLockoutFailureAttemptsInput() {
        return this._ignoreLockoutFailureAttempts;
    }
    // ignore_password_expiry - computed: false, optional: true, required: false
    _ignorePasswordExpiry;
    get ignorePasswordExpiry() {
        return this.getBooleanAttribute('ignore_password_expiry');
    }
    set ignorePasswordExpiry(value) {
        this._ignorePasswordExpiry = value;
    }
    resetIgnorePasswordExpiry() {
        this._ignorePasswordExpiry = undefined;
    }
    // Temporarily expose input value. Use with caution.
    get ignorePasswordExpiryInput() {
        return this._ignorePasswordExpiry;
    }
    // multi_factor_auth_enabled - computed: false, optional: true, required: false
    _multiFactorAuthEnabled;
    get multiFactorAuthEnabled() {
        return this.getBooleanAttribute('multi_factor_auth_enabled');
    }
    set multiFactorAuthEnabled(value) {
        this._multiFactorAuthEnabled = value;
    }
    resetMultiFactorAuthEnabled() {
        this._multiFactorAuthEnabled = undefined;
    }
    // Temporarily expose input value. Use with caution.
    get multiFactorAuthEnabledInput() {
        return this._multiFactorAuthEnabled;
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
    // password - computed: false, optional: true, required: false
    _password;
    get password() {
        return this.getStringAttribute('password');
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
    // multi_factor_auth_rule - computed: false, optional: true, required: false
    _multiFactorAuthRule = new IdentityUserV3MultiFactorAuthRuleList(this, "multi_factor_auth_rule", false);
    get multiFactorAuthRule() {
        return this._multiFactorAuthRule;
    }
    putMultiFactorAuthRule(value) {
        this._multiFactorAuthRule.internalValue = value;
    }
    resetMultiFactorAuthRule() {
        this._multiFactorAuthRule.internalValue = undefined;
    }
    // Temporarily expose input value. Use with caution.
    get multiFactorAuthRuleInput() {
        return this._multiFactorAuthRule.internalValue;
    }
    // =========
    // SYNTHESIS
    // =========
    synthesizeAttributes() {
        return {
            default_project_id: cdktf.stringToTerraform(this._defaultProjectId),
            description: cdktf.stringToTerraform(this._description),
            domain_id: cdktf.stringToTerraform(this._domainId),
            enabled: cdktf.booleanToTerraform(this._enabled),
            extra: cdktf.hashMapper(cdktf.stringToTerraform)(this._extra),
            id: cdktf.stringToTerraform(this._id),
            ignore_change_password_upon_first_use: cdktf.booleanToTerraform(this._ignoreChangePasswordUponFirstUse),
            ignore_lockout_failure_attempts: cdktf.booleanToTerraform(this._ignoreLockoutFailureAttempts),
            ignore_password_expiry: cdktf.booleanToTerraform(this._ignorePasswordExpiry),
            multi_factor_auth_enabled: cdktf.booleanToTerraform(this._multiFactorAuthEnabled),
            name: cdktf.stringToTerraform(this._name),
            password: cdktf.stringToTerraform(this._password),
            region: cdktf.stringToTerraform(this._region),
            multi_factor_auth_rule: cdktf.listMapper(identityUserV3MultiFactorAuthRuleToTerraform, true)(this._multiFactorAuthRule.internalValue),
        };
    }
    synthesizeHclAttributes() {
        const attrs = {
            default_project_id: {
                value: cdktf.stringToHclTerraform(this._defaultProjectId),
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
            domain_id: {
                value: cdktf.stringToHclTerraform(this._domainId),
                isBlock: false,
                type: "simple",
                storageClassType: "string",
            },
            enabled: {
                value: cdktf.booleanToHclTerraform(this._enabled),
                isBlock: false,
                type: "simple",
                storageClassType: "boolean",
            },
            extra: {
                value: cdktf.hashMapperHcl(cdktf.stringToHclTerraform)(this._extra),
                isBlock: false,
                type: "map",
                storageClassType: "stringMap",
            },
            id: {
                value: cdktf.stringToHclTerraform(this._id),
                isBlock: false,
                type: "simple",
                storageClassType: "string",
            },
            ignore_change_password_upon_first_use: {
                value: cdktf.booleanToHclTerraform(this._ignoreChangePasswordUponFirstUse),
                isBlock: false,
                type: "simple",
                storageClassType: "boolean",
            },
            ignore_lockout_failure_attempts: {
                value: cdktf.booleanToHclTerraform(this._ignoreLockoutFailureAttempts),
                isBlock: false,
                type: "simple",
                storageClassType: "boolean",
            },
            ignore_password_expiry: {
                value: cdktf.booleanToHclTerraform(this._ignorePasswordExpiry),
                isBlock: false,
                type: "simple",
                storageClassType: "boolean",
            },
            multi_factor_auth_enabled: {
                value: cdktf.booleanToHclTerraform(this._multiFactorAuthEnabled),
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
            password: {
                value: cdktf.stringToHclTerraform(this._password),
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
            multi_factor_auth_rule: {
                value: cdktf.listMapperHcl(identityUserV3MultiFactorAuthRuleToHclTerraform, true)(this._multiFactorAuthRule.internalValue),
                isBlock: true,
                type: "list",
                storageClassType: "IdentityUserV3MultiFactorAuthRuleList",
            },
        };
        // remove undefined attributes
        return Object.fromEntries(Object.entries(attrs).filter(([_, value]) => value !== undefined && value.value !== undefined));
    }
}
exports.IdentityUserV3 = IdentityUserV3;
