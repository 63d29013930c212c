"use strict";
// https://registry.terraform.io/providers/terraform-provider-openstack/openstack/3.4.0/docs/resources/networking_bgp_speaker_v2
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
exports.NetworkingBgpSpeakerV2 = exports.NetworkingBgpSpeakerV2TimeoutsOutputReference = exports.NetworkingBgpSpeakerV2AdvertisedRoutesList = exports.NetworkingBgpSpeakerV2AdvertisedRoutesOutputReference = void 0;
exports.networkingBgpSpeakerV2AdvertisedRoutesToTerraform = networkingBgpSpeakerV2AdvertisedRoutesToTerraform;
exports.networkingBgpSpeakerV2AdvertisedRoutesToHclTerraform = networkingBgpSpeakerV2AdvertisedRoutesToHclTerraform;
exports.networkingBgpSpeakerV2TimeoutsToTerraform = networkingBgpSpeakerV2TimeoutsToTerraform;
exports.networkingBgpSpeakerV2TimeoutsToHclTerraform = networkingBgpSpeakerV2TimeoutsToHclTerraform;
const cdktf = __importStar(require("cdktf"));
function networkingBgpSpeakerV2AdvertisedRoutesToTerraform(struct) {
    if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) {
        return struct;
    }
    if (cdktf.isComplexElement(struct)) {
        throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
    }
    return {};
}
function networkingBgpSpeakerV2AdvertisedRoutesToHclTerraform(struct) {
    if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) {
        return struct;
    }
    if (cdktf.isComplexElement(struct)) {
        throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
    }
    const attrs = {};
    return attrs;
}
class NetworkingBgpSpeakerV2AdvertisedRoutesOutputReference extends cdktf.ComplexObject {
    isEmptyObject = false;
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
        let hasAnyValues = this.isEmptyObject;
        const internalValueResult = {};
        return hasAnyValues ? internalValueResult : undefined;
    }
    set internalValue(value) {
        if (value === undefined) {
            this.isEmptyObject = false;
        }
        else {
            this.isEmptyObject = Object.keys(value).length === 0;
        }
    }
    // destination - computed: true, optional: false, required: false
    get destination() {
        return this.getStringAttribute('destination');
    }
    // next_hop - computed: true, optional: false, required: false
    get nextHop() {
        return this.getStringAttribute('next_hop');
    }
}
exports.NetworkingBgpSpeakerV2AdvertisedRoutesOutputReference = NetworkingBgpSpeakerV2AdvertisedRoutesOutputReference;
class NetworkingBgpSpeakerV2AdvertisedRoutesList extends cdktf.ComplexList {
    terraformResource;
    terraformAttribute;
    wrapsSet;
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
        return new NetworkingBgpSpeakerV2AdvertisedRoutesOutputReference(this.terraformResource, this.terraformAttribute, index, this.wrapsSet);
    }
}
exports.NetworkingBgpSpeakerV2AdvertisedRoutesList = NetworkingBgpSpeakerV2AdvertisedRoutesList;
function networkingBgpSpeakerV2TimeoutsToTerraform(struct) {
    if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) {
        return struct;
    }
    if (cdktf.isComplexElement(struct)) {
        throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
    }
    return {
        delete: cdktf.stringToTerraform(struct.delete),
    };
}
function networkingBgpSpeakerV2TimeoutsToHclTerraform(struct) {
    if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) {
        return struct;
    }
    if (cdktf.isComplexElement(struct)) {
        throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
    }
    const attrs = {
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
class NetworkingBgpSpeakerV2TimeoutsOutputReference extends cdktf.ComplexObject {
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
            this._delete = undefined;
        }
        else if (cdktf.Tokenization.isResolvable(value)) {
            this.isEmptyObject = false;
            this.resolvableValue = value;
        }
        else {
            this.isEmptyObject = Object.keys(value).length === 0;
            this.resolvableValue = undefined;
            this._delete = value.delete;
        }
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
exports.NetworkingBgpSpeakerV2TimeoutsOutputReference = NetworkingBgpSpeakerV2TimeoutsOutputReference;
/**
* Represents a {@link https://registry.terraform.io/providers/terraform-provider-openstack/openstack/3.4.0/docs/resources/networking_bgp_speaker_v2 openstack_networking_bgp_speaker_v2}
*/
class NetworkingBgpSpeakerV2 extends cdktf.TerraformResource {
    // =================
    // STATIC PROPERTIES
    // =================
    static tfResourceType = "openstack_networking_bgp_speaker_v2";
    // ==============
    // STATIC Methods
    // ==============
    /**
    * Generates CDKTF code for importing a NetworkingBgpSpeakerV2 resource upon running "cdktf plan <stack-name>"
    * @param scope The scope in which to define this construct
    * @param importToId The construct id used in the generated config for the NetworkingBgpSpeakerV2 to import
    * @param importFromId The id of the existing NetworkingBgpSpeakerV2 that should be imported. Refer to the {@link https://registry.terraform.io/providers/terraform-provider-openstack/openstack/3.4.0/docs/resources/networking_bgp_speaker_v2#import import section} in the documentation of this resource for the id to use
    * @param provider? Optional instance of the provider where the NetworkingBgpSpeakerV2 to import is found
    */
    static generateConfigForImport(scope, importToId, importFromId, provider) {
        return new cdktf.ImportableResource(scope, importToId, { terraformResourceType: "openstack_networking_bgp_speaker_v2", importId: importFromId, provider });
    }
    // ===========
    // INITIALIZER
    // ===========
    /**
    * Create a new {@link https://registry.terraform.io/providers/terraform-provider-openstack/openstack/3.4.0/docs/resources/networking_bgp_speaker_v2 openstack_networking_bgp_speaker_v2} Resource
    *
    * @param scope The scope in which to define this construct
    * @param id The scoped construct ID. Must be unique amongst siblings in the same scope
    * @param options NetworkingBgpSpeakerV2Config
    */
    constructor(scope, id, config) {
        super(scope, id, {
            terraformResourceType: 'openstack_networking_bgp_speaker_v2',
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
        this._advertiseFloatingIpHostRoutes = config.advertiseFloatingIpHostRoutes;
        this._advertiseTenantNetworks = config.advertiseTenantNetworks;
        this._id = config.id;
        this._ipVersion = config.ipVersion;
        this._localAs = config.localAs;
        this._name = config.name;
        this._networks = config.networks;
        this._peers = config.peers;
        this._region = config.region;
        this._tenantId = config.tenantId;
        this._timeouts.internalValue = config.timeouts;
    }
    // ==========
    // ATTRIBUTES
    // ==========
    // advertise_floating_ip_host_routes - computed: true, optional: true, required: false
    _advertiseFloatingIpHostRoutes;
    get advertiseFloatingIpHostRoutes() {
        return this.getBooleanAttribute('advertise_floating_ip_host_routes');
    }
    set advertiseFloatingIpHostRoutes(value) {
        this._advertiseFloatingIpHostRoutes = value;
    }
    resetAdvertiseFloatingIpHostRoutes() {
        this._advertiseFloatingIpHostRoutes = undefined;
    }
    // Temporarily expose input value. Use with caution.
    get advertiseFloatingIpHostRoutesInput() {
        return this._advertiseFloatingIpHostRoutes;
    }
    // advertise_tenant_networks - computed: true, optional: true, required: false
    _advertiseTenantNetworks;
    get advertiseTenantNetworks() {
        return this.getBooleanAttribute('advertise_tenant_networks');
    }
    set advertiseTenantNetworks(value) {
        this._advertiseTenantNetworks = value;
    }
    resetAdvertiseTenantNetworks() {
        this._advertiseTenantNetworks = undefined;
    }
    // Temporarily expose input value. Use with caution.
    get advertiseTenantNetworksInput() {
        return this._advertiseTenantNetworks;
    }
    // advertised_routes - computed: true, optional: false, required: false
    _advertisedRoutes = new NetworkingBgpSpeakerV2AdvertisedRoutesList(this, "advertised_routes", false);
    get advertisedRoutes() {
        return this._advertisedRoutes;
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
    // ip_version - computed: false, optional: true, required: false
    _ipVersion;
    get ipVersion() {
        return this.getNumberAttribute('ip_version');
    }
    set ipVersion(value) {
        this._ipVersion = value;
    }
    resetIpVersion() {
        this._ipVersion = undefined;
    }
    // Temporarily expose input value. Use with caution.
    get ipVersionInput() {
        return this._ipVersion;
    }
    // local_as - computed: false, optional: false, required: true
    _localAs;
    get localAs() {
        return this.getNumberAttribute('local_as');
    }
    set localAs(value) {
        this._localAs = value;
    }
    // Temporarily expose input value. Use with caution.
    get localAsInput() {
        return this._localAs;
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
    // networks - computed: false, optional: true, required: false
    _networks;
    get networks() {
        return cdktf.Fn.tolist(this.getListAttribute('networks'));
    }
    set networks(value) {
        this._networks = value;
    }
    resetNetworks() {
        this._networks = undefined;
    }
    // Temporarily expose input value. Use with caution.
    get networksInput() {
        return this._networks;
    }
    // peers - computed: false, optional: true, required: false
    _peers;
    get peers() {
        return cdktf.Fn.tolist(this.getListAttribute('peers'));
    }
    set peers(value) {
        this._peers = value;
    }
    resetPeers() {
        this._peers = undefined;
    }
    // Temporarily expose input value. Use with caution.
    get peersInput() {
        return this._peers;
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
    // timeouts - computed: false, optional: true, required: false
    _timeouts = new NetworkingBgpSpeakerV2TimeoutsOutputReference(this, "timeouts");
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
            advertise_floating_ip_host_routes: cdktf.booleanToTerraform(this._advertiseFloatingIpHostRoutes),
            advertise_tenant_networks: cdktf.booleanToTerraform(this._advertiseTenantNetworks),
            id: cdktf.stringToTerraform(this._id),
            ip_version: cdktf.numberToTerraform(this._ipVersion),
            local_as: cdktf.numberToTerraform(this._localAs),
            name: cdktf.stringToTerraform(this._name),
            networks: cdktf.listMapper(cdktf.stringToTerraform, false)(this._networks),
            peers: cdktf.listMapper(cdktf.stringToTerraform, false)(this._peers),
            region: cdktf.stringToTerraform(this._region),
            tenant_id: cdktf.stringToTerraform(this._tenantId),
            timeouts: networkingBgpSpeakerV2TimeoutsToTerraform(this._timeouts.internalValue),
        };
    }
    synthesizeHclAttributes() {
        const attrs = {
            advertise_floating_ip_host_routes: {
                value: cdktf.booleanToHclTerraform(this._advertiseFloatingIpHostRoutes),
                isBlock: false,
                type: "simple",
                storageClassType: "boolean",
            },
            advertise_tenant_networks: {
                value: cdktf.booleanToHclTerraform(this._advertiseTenantNetworks),
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
            ip_version: {
                value: cdktf.numberToHclTerraform(this._ipVersion),
                isBlock: false,
                type: "simple",
                storageClassType: "number",
            },
            local_as: {
                value: cdktf.numberToHclTerraform(this._localAs),
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
            networks: {
                value: cdktf.listMapperHcl(cdktf.stringToHclTerraform, false)(this._networks),
                isBlock: false,
                type: "set",
                storageClassType: "stringList",
            },
            peers: {
                value: cdktf.listMapperHcl(cdktf.stringToHclTerraform, false)(this._peers),
                isBlock: false,
                type: "set",
                storageClassType: "stringList",
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
            timeouts: {
                value: networkingBgpSpeakerV2TimeoutsToHclTerraform(this._timeouts.internalValue),
                isBlock: true,
                type: "struct",
                storageClassType: "NetworkingBgpSpeakerV2Timeouts",
            },
        };
        // remove undefined attributes
        return Object.fromEntries(Object.entries(attrs).filter(([_, value]) => value !== undefined && value.value !== undefined));
    }
}
exports.NetworkingBgpSpeakerV2 = NetworkingBgpSpeakerV2;
