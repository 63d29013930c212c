"use strict";
// https://registry.terraform.io/providers/terraform-provider-openstack/openstack/3.4.0/docs/resources/vpnaas_site_connection_v2
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
exports.VpnaasSiteConnectionV2 = exports.VpnaasSiteConnectionV2TimeoutsOutputReference = exports.VpnaasSiteConnectionV2DpdList = exports.VpnaasSiteConnectionV2DpdOutputReference = void 0;
exports.vpnaasSiteConnectionV2DpdToTerraform = vpnaasSiteConnectionV2DpdToTerraform;
exports.vpnaasSiteConnectionV2DpdToHclTerraform = vpnaasSiteConnectionV2DpdToHclTerraform;
exports.vpnaasSiteConnectionV2TimeoutsToTerraform = vpnaasSiteConnectionV2TimeoutsToTerraform;
exports.vpnaasSiteConnectionV2TimeoutsToHclTerraform = vpnaasSiteConnectionV2TimeoutsToHclTerraform;
const cdktf = __importStar(require("cdktf"));
function vpnaasSiteConnectionV2DpdToTerraform(struct) {
    if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) {
        return struct;
    }
    if (cdktf.isComplexElement(struct)) {
        throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
    }
    return {
        action: cdktf.stringToTerraform(struct.action),
        interval: cdktf.numberToTerraform(struct.interval),
        timeout: cdktf.numberToTerraform(struct.timeout),
    };
}
function vpnaasSiteConnectionV2DpdToHclTerraform(struct) {
    if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) {
        return struct;
    }
    if (cdktf.isComplexElement(struct)) {
        throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
    }
    const attrs = {
        action: {
            value: cdktf.stringToHclTerraform(struct.action),
            isBlock: false,
            type: "simple",
            storageClassType: "string",
        },
        interval: {
            value: cdktf.numberToHclTerraform(struct.interval),
            isBlock: false,
            type: "simple",
            storageClassType: "number",
        },
        timeout: {
            value: cdktf.numberToHclTerraform(struct.timeout),
            isBlock: false,
            type: "simple",
            storageClassType: "number",
        },
    };
    // remove undefined attributes
    return Object.fromEntries(Object.entries(attrs).filter(([_, value]) => value !== undefined && value.value !== undefined));
}
class VpnaasSiteConnectionV2DpdOutputReference extends cdktf.ComplexObject {
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
        if (this._action !== undefined) {
            hasAnyValues = true;
            internalValueResult.action = this._action;
        }
        if (this._interval !== undefined) {
            hasAnyValues = true;
            internalValueResult.interval = this._interval;
        }
        if (this._timeout !== undefined) {
            hasAnyValues = true;
            internalValueResult.timeout = this._timeout;
        }
        return hasAnyValues ? internalValueResult : undefined;
    }
    set internalValue(value) {
        if (value === undefined) {
            this.isEmptyObject = false;
            this.resolvableValue = undefined;
            this._action = undefined;
            this._interval = undefined;
            this._timeout = undefined;
        }
        else if (cdktf.Tokenization.isResolvable(value)) {
            this.isEmptyObject = false;
            this.resolvableValue = value;
        }
        else {
            this.isEmptyObject = Object.keys(value).length === 0;
            this.resolvableValue = undefined;
            this._action = value.action;
            this._interval = value.interval;
            this._timeout = value.timeout;
        }
    }
    // action - computed: true, optional: true, required: false
    _action;
    get action() {
        return this.getStringAttribute('action');
    }
    set action(value) {
        this._action = value;
    }
    resetAction() {
        this._action = undefined;
    }
    // Temporarily expose input value. Use with caution.
    get actionInput() {
        return this._action;
    }
    // interval - computed: true, optional: true, required: false
    _interval;
    get interval() {
        return this.getNumberAttribute('interval');
    }
    set interval(value) {
        this._interval = value;
    }
    resetInterval() {
        this._interval = undefined;
    }
    // Temporarily expose input value. Use with caution.
    get intervalInput() {
        return this._interval;
    }
    // timeout - computed: true, optional: true, required: false
    _timeout;
    get timeout() {
        return this.getNumberAttribute('timeout');
    }
    set timeout(value) {
        this._timeout = value;
    }
    resetTimeout() {
        this._timeout = undefined;
    }
    // Temporarily expose input value. Use with caution.
    get timeoutInput() {
        return this._timeout;
    }
}
exports.VpnaasSiteConnectionV2DpdOutputReference = VpnaasSiteConnectionV2DpdOutputReference;
class VpnaasSiteConnectionV2DpdList extends cdktf.ComplexList {
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
        return new VpnaasSiteConnectionV2DpdOutputReference(this.terraformResource, this.terraformAttribute, index, this.wrapsSet);
    }
}
exports.VpnaasSiteConnectionV2DpdList = VpnaasSiteConnectionV2DpdList;
function vpnaasSiteConnectionV2TimeoutsToTerraform(struct) {
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
function vpnaasSiteConnectionV2TimeoutsToHclTerraform(struct) {
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
class VpnaasSiteConnectionV2TimeoutsOutputReference extends cdktf.ComplexObject {
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
exports.VpnaasSiteConnectionV2TimeoutsOutputReference = VpnaasSiteConnectionV2TimeoutsOutputReference;
/**
* Represents a {@link https://registry.terraform.io/providers/terraform-provider-openstack/openstack/3.4.0/docs/resources/vpnaas_site_connection_v2 openstack_vpnaas_site_connection_v2}
*/
class VpnaasSiteConnectionV2 extends cdktf.TerraformResource {
    // =================
    // STATIC PROPERTIES
    // =================
    static tfResourceType = "openstack_vpnaas_site_connection_v2";
    // ==============
    // STATIC Methods
    // ==============
    /**
    * Generates CDKTF code for importing a VpnaasSiteConnectionV2 resource upon running "cdktf plan <stack-name>"
    * @param scope The scope in which to define this construct
    * @param importToId The construct id used in the generated config for the VpnaasSiteConnectionV2 to import
    * @param importFromId The id of the existing VpnaasSiteConnectionV2 that should be imported. Refer to the {@link https://registry.terraform.io/providers/terraform-provider-openstack/openstack/3.4.0/docs/resources/vpnaas_site_connection_v2#import import section} in the documentation of this resource for the id to use
    * @param provider? Optional instance of the provider where the VpnaasSiteConnectionV2 to import is found
    */
    static generateConfigForImport(scope, importToId, importFromId, provider) {
        return new cdktf.ImportableResource(scope, importToId, { terraformResourceType: "openstack_vpnaas_site_connection_v2", importId: importFromId, provider });
    }
    // ===========
    // INITIALIZER
    // ===========
    /**
    * Create a new {@link https://registry.terraform.io/providers/terraform-provider-openstack/openstack/3.4.0/docs/resources/vpnaas_site_connection_v2 openstack_vpnaas_site_connection_v2} Resource
    *
    * @param scope The scope in which to define this construct
    * @param id The scoped construct ID. Must be unique amongst siblings in the same scope
    * @param options VpnaasSiteConnectionV2Config
    */
    constructor(scope, id, config) {
        super(scope, id, {
            terraformResourceType: 'openstack_vpnaas_site_connection_v2',
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
        this._description = config.description;
        this._id = config.id;
        this._ikepolicyId = config.ikepolicyId;
        this._initiator = config.initiator;
        this._ipsecpolicyId = config.ipsecpolicyId;
        this._localEpGroupId = config.localEpGroupId;
        this._localId = config.localId;
        this._mtu = config.mtu;
        this._name = config.name;
        this._peerAddress = config.peerAddress;
        this._peerCidrs = config.peerCidrs;
        this._peerEpGroupId = config.peerEpGroupId;
        this._peerId = config.peerId;
        this._psk = config.psk;
        this._region = config.region;
        this._tenantId = config.tenantId;
        this._valueSpecs = config.valueSpecs;
        this._vpnserviceId = config.vpnserviceId;
        this._dpd.internalValue = config.dpd;
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
    // ikepolicy_id - computed: false, optional: false, required: true
    _ikepolicyId;
    get ikepolicyId() {
        return this.getStringAttribute('ikepolicy_id');
    }
    set ikepolicyId(value) {
        this._ikepolicyId = value;
    }
    // Temporarily expose input value. Use with caution.
    get ikepolicyIdInput() {
        return this._ikepolicyId;
    }
    // initiator - computed: true, optional: true, required: false
    _initiator;
    get initiator() {
        return this.getStringAttribute('initiator');
    }
    set initiator(value) {
        this._initiator = value;
    }
    resetInitiator() {
        this._initiator = undefined;
    }
    // Temporarily expose input value. Use with caution.
    get initiatorInput() {
        return this._initiator;
    }
    // ipsecpolicy_id - computed: false, optional: false, required: true
    _ipsecpolicyId;
    get ipsecpolicyId() {
        return this.getStringAttribute('ipsecpolicy_id');
    }
    set ipsecpolicyId(value) {
        this._ipsecpolicyId = value;
    }
    // Temporarily expose input value. Use with caution.
    get ipsecpolicyIdInput() {
        return this._ipsecpolicyId;
    }
    // local_ep_group_id - computed: false, optional: true, required: false
    _localEpGroupId;
    get localEpGroupId() {
        return this.getStringAttribute('local_ep_group_id');
    }
    set localEpGroupId(value) {
        this._localEpGroupId = value;
    }
    resetLocalEpGroupId() {
        this._localEpGroupId = undefined;
    }
    // Temporarily expose input value. Use with caution.
    get localEpGroupIdInput() {
        return this._localEpGroupId;
    }
    // local_id - computed: false, optional: true, required: false
    _localId;
    get localId() {
        return this.getStringAttribute('local_id');
    }
    set localId(value) {
        this._localId = value;
    }
    resetLocalId() {
        this._localId = undefined;
    }
    // Temporarily expose input value. Use with caution.
    get localIdInput() {
        return this._localId;
    }
    // mtu - computed: true, optional: true, required: false
    _mtu;
    get mtu() {
        return this.getNumberAttribute('mtu');
    }
    set mtu(value) {
        this._mtu = value;
    }
    resetMtu() {
        this._mtu = undefined;
    }
    // Temporarily expose input value. Use with caution.
    get mtuInput() {
        return this._mtu;
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
    // peer_address - computed: false, optional: false, required: true
    _peerAddress;
    get peerAddress() {
        return this.getStringAttribute('peer_address');
    }
    set peerAddress(value) {
        this._peerAddress = value;
    }
    // Temporarily expose input value. Use with caution.
    get peerAddressInput() {
        return this._peerAddress;
    }
    // peer_cidrs - computed: false, optional: true, required: false
    _peerCidrs;
    get peerCidrs() {
        return this.getListAttribute('peer_cidrs');
    }
    set peerCidrs(value) {
        this._peerCidrs = value;
    }
    resetPeerCidrs() {
        this._peerCidrs = undefined;
    }
    // Temporarily expose input value. Use with caution.
    get peerCidrsInput() {
        return this._peerCidrs;
    }
    // peer_ep_group_id - computed: false, optional: true, required: false
    _peerEpGroupId;
    get peerEpGroupId() {
        return this.getStringAttribute('peer_ep_group_id');
    }
    set peerEpGroupId(value) {
        this._peerEpGroupId = value;
    }
    resetPeerEpGroupId() {
        this._peerEpGroupId = undefined;
    }
    // Temporarily expose input value. Use with caution.
    get peerEpGroupIdInput() {
        return this._peerEpGroupId;
    }
    // peer_id - computed: false, optional: false, required: true
    _peerId;
    get peerId() {
        return this.getStringAttribute('peer_id');
    }
    set peerId(value) {
        this._peerId = value;
    }
    // Temporarily expose input value. Use with caution.
    get peerIdInput() {
        return this._peerId;
    }
    // psk - computed: false, optional: false, required: true
    _psk;
    get psk() {
        return this.getStringAttribute('psk');
    }
    set psk(value) {
        this._psk = value;
    }
    // Temporarily expose input value. Use with caution.
    get pskInput() {
        return this._psk;
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
    // value_specs - computed: false, optional: true, required: false
    _valueSpecs;
    get valueSpecs() {
        return this.getStringMapAttribute('value_specs');
    }
    set valueSpecs(value) {
        this._valueSpecs = value;
    }
    resetValueSpecs() {
        this._valueSpecs = undefined;
    }
    // Temporarily expose input value. Use with caution.
    get valueSpecsInput() {
        return this._valueSpecs;
    }
    // vpnservice_id - computed: false, optional: false, required: true
    _vpnserviceId;
    get vpnserviceId() {
        return this.getStringAttribute('vpnservice_id');
    }
    set vpnserviceId(value) {
        this._vpnserviceId = value;
    }
    // Temporarily expose input value. Use with caution.
    get vpnserviceIdInput() {
        return this._vpnserviceId;
    }
    // dpd - computed: false, optional: true, required: false
    _dpd = new VpnaasSiteConnectionV2DpdList(this, "dpd", true);
    get dpd() {
        return this._dpd;
    }
    putDpd(value) {
        this._dpd.internalValue = value;
    }
    resetDpd() {
        this._dpd.internalValue = undefined;
    }
    // Temporarily expose input value. Use with caution.
    get dpdInput() {
        return this._dpd.internalValue;
    }
    // timeouts - computed: false, optional: true, required: false
    _timeouts = new VpnaasSiteConnectionV2TimeoutsOutputReference(this, "timeouts");
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
            description: cdktf.stringToTerraform(this._description),
            id: cdktf.stringToTerraform(this._id),
            ikepolicy_id: cdktf.stringToTerraform(this._ikepolicyId),
            initiator: cdktf.stringToTerraform(this._initiator),
            ipsecpolicy_id: cdktf.stringToTerraform(this._ipsecpolicyId),
            local_ep_group_id: cdktf.stringToTerraform(this._localEpGroupId),
            local_id: cdktf.stringToTerraform(this._localId),
            mtu: cdktf.numberToTerraform(this._mtu),
            name: cdktf.stringToTerraform(this._name),
            peer_address: cdktf.stringToTerraform(this._peerAddress),
            peer_cidrs: cdktf.listMapper(cdktf.stringToTerraform, false)(this._peerCidrs),
            peer_ep_group_id: cdktf.stringToTerraform(this._peerEpGroupId),
            peer_id: cdktf.stringToTerraform(this._peerId),
            psk: cdktf.stringToTerraform(this._psk),
            region: cdktf.stringToTerraform(this._region),
            tenant_id: cdktf.stringToTerraform(this._tenantId),
            value_specs: cdktf.hashMapper(cdktf.stringToTerraform)(this._valueSpecs),
            vpnservice_id: cdktf.stringToTerraform(this._vpnserviceId),
            dpd: cdktf.listMapper(vpnaasSiteConnectionV2DpdToTerraform, true)(this._dpd.internalValue),
            timeouts: vpnaasSiteConnectionV2TimeoutsToTerraform(this._timeouts.internalValue),
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
            ikepolicy_id: {
                value: cdktf.stringToHclTerraform(this._ikepolicyId),
                isBlock: false,
                type: "simple",
                storageClassType: "string",
            },
            initiator: {
                value: cdktf.stringToHclTerraform(this._initiator),
                isBlock: false,
                type: "simple",
                storageClassType: "string",
            },
            ipsecpolicy_id: {
                value: cdktf.stringToHclTerraform(this._ipsecpolicyId),
                isBlock: false,
                type: "simple",
                storageClassType: "string",
            },
            local_ep_group_id: {
                value: cdktf.stringToHclTerraform(this._localEpGroupId),
                isBlock: false,
                type: "simple",
                storageClassType: "string",
            },
            local_id: {
                value: cdktf.stringToHclTerraform(this._localId),
                isBlock: false,
                type: "simple",
                storageClassType: "string",
            },
            mtu: {
                value: cdktf.numberToHclTerraform(this._mtu),
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
            peer_address: {
                value: cdktf.stringToHclTerraform(this._peerAddress),
                isBlock: false,
                type: "simple",
                storageClassType: "string",
            },
            peer_cidrs: {
                value: cdktf.listMapperHcl(cdktf.stringToHclTerraform, false)(this._peerCidrs),
                isBlock: false,
                type: "list",
                storageClassType: "stringList",
            },
            peer_ep_group_id: {
                value: cdktf.stringToHclTerraform(this._peerEpGroupId),
                isBlock: false,
                type: "simple",
                storageClassType: "string",
            },
            peer_id: {
                value: cdktf.stringToHclTerraform(this._peerId),
                isBlock: false,
                type: "simple",
                storageClassType: "string",
            },
            psk: {
                value: cdktf.stringToHclTerraform(this._psk),
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
            tenant_id: {
                value: cdktf.stringToHclTerraform(this._tenantId),
                isBlock: false,
                type: "simple",
                storageClassType: "string",
            },
            value_specs: {
                value: cdktf.hashMapperHcl(cdktf.stringToHclTerraform)(this._valueSpecs),
                isBlock: false,
                type: "map",
                storageClassType: "stringMap",
            },
            vpnservice_id: {
                value: cdktf.stringToHclTerraform(this._vpnserviceId),
                isBlock: false,
                type: "simple",
                storageClassType: "string",
            },
            dpd: {
                value: cdktf.listMapperHcl(vpnaasSiteConnectionV2DpdToHclTerraform, true)(this._dpd.internalValue),
                isBlock: true,
                type: "set",
                storageClassType: "VpnaasSiteConnectionV2DpdList",
            },
            timeouts: {
                value: vpnaasSiteConnectionV2TimeoutsToHclTerraform(this._timeouts.internalValue),
                isBlock: true,
                type: "struct",
                storageClassType: "VpnaasSiteConnectionV2Timeouts",
            },
        };
        // remove undefined attributes
        return Object.fromEntries(Object.entries(attrs).filter(([_, value]) => value !== undefined && value.value !== undefined));
    }
}
exports.VpnaasSiteConnectionV2 = VpnaasSiteConnectionV2;
