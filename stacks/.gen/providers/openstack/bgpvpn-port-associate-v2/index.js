"use strict";
// https://registry.terraform.io/providers/terraform-provider-openstack/openstack/3.4.0/docs/resources/bgpvpn_port_associate_v2
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
exports.BgpvpnPortAssociateV2 = exports.BgpvpnPortAssociateV2RoutesList = exports.BgpvpnPortAssociateV2RoutesOutputReference = void 0;
exports.bgpvpnPortAssociateV2RoutesToTerraform = bgpvpnPortAssociateV2RoutesToTerraform;
exports.bgpvpnPortAssociateV2RoutesToHclTerraform = bgpvpnPortAssociateV2RoutesToHclTerraform;
const cdktf = __importStar(require("cdktf"));
function bgpvpnPortAssociateV2RoutesToTerraform(struct) {
    if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) {
        return struct;
    }
    if (cdktf.isComplexElement(struct)) {
        throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
    }
    return {
        bgpvpn_id: cdktf.stringToTerraform(struct.bgpvpnId),
        local_pref: cdktf.numberToTerraform(struct.localPref),
        prefix: cdktf.stringToTerraform(struct.prefix),
        type: cdktf.stringToTerraform(struct.type),
    };
}
function bgpvpnPortAssociateV2RoutesToHclTerraform(struct) {
    if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) {
        return struct;
    }
    if (cdktf.isComplexElement(struct)) {
        throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
    }
    const attrs = {
        bgpvpn_id: {
            value: cdktf.stringToHclTerraform(struct.bgpvpnId),
            isBlock: false,
            type: "simple",
            storageClassType: "string",
        },
        local_pref: {
            value: cdktf.numberToHclTerraform(struct.localPref),
            isBlock: false,
            type: "simple",
            storageClassType: "number",
        },
        prefix: {
            value: cdktf.stringToHclTerraform(struct.prefix),
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
class BgpvpnPortAssociateV2RoutesOutputReference extends cdktf.ComplexObject {
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
        if (this._bgpvpnId !== undefined) {
            hasAnyValues = true;
            internalValueResult.bgpvpnId = this._bgpvpnId;
        }
        if (this._localPref !== undefined) {
            hasAnyValues = true;
            internalValueResult.localPref = this._localPref;
        }
        if (this._prefix !== undefined) {
            hasAnyValues = true;
            internalValueResult.prefix = this._prefix;
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
            this.resolvableValue = undefined;
            this._bgpvpnId = undefined;
            this._localPref = undefined;
            this._prefix = undefined;
            this._type = undefined;
        }
        else if (cdktf.Tokenization.isResolvable(value)) {
            this.isEmptyObject = false;
            this.resolvableValue = value;
        }
        else {
            this.isEmptyObject = Object.keys(value).length === 0;
            this.resolvableValue = undefined;
            this._bgpvpnId = value.bgpvpnId;
            this._localPref = value.localPref;
            this._prefix = value.prefix;
            this._type = value.type;
        }
    }
    // bgpvpn_id - computed: false, optional: true, required: false
    _bgpvpnId;
    get bgpvpnId() {
        return this.getStringAttribute('bgpvpn_id');
    }
    set bgpvpnId(value) {
        this._bgpvpnId = value;
    }
    resetBgpvpnId() {
        this._bgpvpnId = undefined;
    }
    // Temporarily expose input value. Use with caution.
    get bgpvpnIdInput() {
        return this._bgpvpnId;
    }
    // local_pref - computed: false, optional: true, required: false
    _localPref;
    get localPref() {
        return this.getNumberAttribute('local_pref');
    }
    set localPref(value) {
        this._localPref = value;
    }
    resetLocalPref() {
        this._localPref = undefined;
    }
    // Temporarily expose input value. Use with caution.
    get localPrefInput() {
        return this._localPref;
    }
    // prefix - computed: false, optional: true, required: false
    _prefix;
    get prefix() {
        return this.getStringAttribute('prefix');
    }
    set prefix(value) {
        this._prefix = value;
    }
    resetPrefix() {
        this._prefix = undefined;
    }
    // Temporarily expose input value. Use with caution.
    get prefixInput() {
        return this._prefix;
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
exports.BgpvpnPortAssociateV2RoutesOutputReference = BgpvpnPortAssociateV2RoutesOutputReference;
class BgpvpnPortAssociateV2RoutesList extends cdktf.ComplexList {
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
        return new BgpvpnPortAssociateV2RoutesOutputReference(this.terraformResource, this.terraformAttribute, index, this.wrapsSet);
    }
}
exports.BgpvpnPortAssociateV2RoutesList = BgpvpnPortAssociateV2RoutesList;
/**
* Represents a {@link https://registry.terraform.io/providers/terraform-provider-openstack/openstack/3.4.0/docs/resources/bgpvpn_port_associate_v2 openstack_bgpvpn_port_associate_v2}
*/
class BgpvpnPortAssociateV2 extends cdktf.TerraformResource {
    // =================
    // STATIC PROPERTIES
    // =================
    static tfResourceType = "openstack_bgpvpn_port_associate_v2";
    // ==============
    // STATIC Methods
    // ==============
    /**
    * Generates CDKTF code for importing a BgpvpnPortAssociateV2 resource upon running "cdktf plan <stack-name>"
    * @param scope The scope in which to define this construct
    * @param importToId The construct id used in the generated config for the BgpvpnPortAssociateV2 to import
    * @param importFromId The id of the existing BgpvpnPortAssociateV2 that should be imported. Refer to the {@link https://registry.terraform.io/providers/terraform-provider-openstack/openstack/3.4.0/docs/resources/bgpvpn_port_associate_v2#import import section} in the documentation of this resource for the id to use
    * @param provider? Optional instance of the provider where the BgpvpnPortAssociateV2 to import is found
    */
    static generateConfigForImport(scope, importToId, importFromId, provider) {
        return new cdktf.ImportableResource(scope, importToId, { terraformResourceType: "openstack_bgpvpn_port_associate_v2", importId: importFromId, provider });
    }
    // ===========
    // INITIALIZER
    // ===========
    /**
    * Create a new {@link https://registry.terraform.io/providers/terraform-provider-openstack/openstack/3.4.0/docs/resources/bgpvpn_port_associate_v2 openstack_bgpvpn_port_associate_v2} Resource
    *
    * @param scope The scope in which to define this construct
    * @param id The scoped construct ID. Must be unique amongst siblings in the same scope
    * @param options BgpvpnPortAssociateV2Config
    */
    constructor(scope, id, config) {
        super(scope, id, {
            terraformResourceType: 'openstack_bgpvpn_port_associate_v2',
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
        this._advertiseFixedIps = config.advertiseFixedIps;
        this._bgpvpnId = config.bgpvpnId;
        this._id = config.id;
        this._portId = config.portId;
        this._projectId = config.projectId;
        this._region = config.region;
        this._routes.internalValue = config.routes;
    }
    // ==========
    // ATTRIBUTES
    // ==========
    // advertise_fixed_ips - computed: true, optional: true, required: false
    _advertiseFixedIps;
    get advertiseFixedIps() {
        return this.getBooleanAttribute('advertise_fixed_ips');
    }
    set advertiseFixedIps(value) {
        this._advertiseFixedIps = value;
    }
    resetAdvertiseFixedIps() {
        this._advertiseFixedIps = undefined;
    }
    // Temporarily expose input value. Use with caution.
    get advertiseFixedIpsInput() {
        return this._advertiseFixedIps;
    }
    // bgpvpn_id - computed: false, optional: false, required: true
    _bgpvpnId;
    get bgpvpnId() {
        return this.getStringAttribute('bgpvpn_id');
    }
    set bgpvpnId(value) {
        this._bgpvpnId = value;
    }
    // Temporarily expose input value. Use with caution.
    get bgpvpnIdInput() {
        return this._bgpvpnId;
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
    // port_id - computed: false, optional: false, required: true
    _portId;
    get portId() {
        return this.getStringAttribute('port_id');
    }
    set portId(value) {
        this._portId = value;
    }
    // Temporarily expose input value. Use with caution.
    get portIdInput() {
        return this._portId;
    }
    // project_id - computed: true, optional: true, required: false
    _projectId;
    get projectId() {
        return this.getStringAttribute('project_id');
    }
    set projectId(value) {
        this._projectId = value;
    }
    resetProjectId() {
        this._projectId = undefined;
    }
    // Temporarily expose input value. Use with caution.
    get projectIdInput() {
        return this._projectId;
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
    // routes - computed: false, optional: true, required: false
    _routes = new BgpvpnPortAssociateV2RoutesList(this, "routes", true);
    get routes() {
        return this._routes;
    }
    putRoutes(value) {
        this._routes.internalValue = value;
    }
    resetRoutes() {
        this._routes.internalValue = undefined;
    }
    // Temporarily expose input value. Use with caution.
    get routesInput() {
        return this._routes.internalValue;
    }
    // =========
    // SYNTHESIS
    // =========
    synthesizeAttributes() {
        return {
            advertise_fixed_ips: cdktf.booleanToTerraform(this._advertiseFixedIps),
            bgpvpn_id: cdktf.stringToTerraform(this._bgpvpnId),
            id: cdktf.stringToTerraform(this._id),
            port_id: cdktf.stringToTerraform(this._portId),
            project_id: cdktf.stringToTerraform(this._projectId),
            region: cdktf.stringToTerraform(this._region),
            routes: cdktf.listMapper(bgpvpnPortAssociateV2RoutesToTerraform, true)(this._routes.internalValue),
        };
    }
    synthesizeHclAttributes() {
        const attrs = {
            advertise_fixed_ips: {
                value: cdktf.booleanToHclTerraform(this._advertiseFixedIps),
                isBlock: false,
                type: "simple",
                storageClassType: "boolean",
            },
            bgpvpn_id: {
                value: cdktf.stringToHclTerraform(this._bgpvpnId),
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
            port_id: {
                value: cdktf.stringToHclTerraform(this._portId),
                isBlock: false,
                type: "simple",
                storageClassType: "string",
            },
            project_id: {
                value: cdktf.stringToHclTerraform(this._projectId),
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
            routes: {
                value: cdktf.listMapperHcl(bgpvpnPortAssociateV2RoutesToHclTerraform, true)(this._routes.internalValue),
                isBlock: true,
                type: "set",
                storageClassType: "BgpvpnPortAssociateV2RoutesList",
            },
        };
        // remove undefined attributes
        return Object.fromEntries(Object.entries(attrs).filter(([_, value]) => value !== undefined && value.value !== undefined));
    }
}
exports.BgpvpnPortAssociateV2 = BgpvpnPortAssociateV2;
