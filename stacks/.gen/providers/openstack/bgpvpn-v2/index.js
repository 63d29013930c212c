"use strict";
// https://registry.terraform.io/providers/terraform-provider-openstack/openstack/3.4.0/docs/resources/bgpvpn_v2
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
exports.BgpvpnV2 = exports.BgpvpnV2TimeoutsOutputReference = void 0;
exports.bgpvpnV2TimeoutsToTerraform = bgpvpnV2TimeoutsToTerraform;
exports.bgpvpnV2TimeoutsToHclTerraform = bgpvpnV2TimeoutsToHclTerraform;
const cdktf = __importStar(require("cdktf"));
function bgpvpnV2TimeoutsToTerraform(struct) {
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
function bgpvpnV2TimeoutsToHclTerraform(struct) {
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
class BgpvpnV2TimeoutsOutputReference extends cdktf.ComplexObject {
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
exports.BgpvpnV2TimeoutsOutputReference = BgpvpnV2TimeoutsOutputReference;
/**
* Represents a {@link https://registry.terraform.io/providers/terraform-provider-openstack/openstack/3.4.0/docs/resources/bgpvpn_v2 openstack_bgpvpn_v2}
*/
class BgpvpnV2 extends cdktf.TerraformResource {
    // =================
    // STATIC PROPERTIES
    // =================
    static tfResourceType = "openstack_bgpvpn_v2";
    // ==============
    // STATIC Methods
    // ==============
    /**
    * Generates CDKTF code for importing a BgpvpnV2 resource upon running "cdktf plan <stack-name>"
    * @param scope The scope in which to define this construct
    * @param importToId The construct id used in the generated config for the BgpvpnV2 to import
    * @param importFromId The id of the existing BgpvpnV2 that should be imported. Refer to the {@link https://registry.terraform.io/providers/terraform-provider-openstack/openstack/3.4.0/docs/resources/bgpvpn_v2#import import section} in the documentation of this resource for the id to use
    * @param provider? Optional instance of the provider where the BgpvpnV2 to import is found
    */
    static generateConfigForImport(scope, importToId, importFromId, provider) {
        return new cdktf.ImportableResource(scope, importToId, { terraformResourceType: "openstack_bgpvpn_v2", importId: importFromId, provider });
    }
    // ===========
    // INITIALIZER
    // ===========
    /**
    * Create a new {@link https://registry.terraform.io/providers/terraform-provider-openstack/openstack/3.4.0/docs/resources/bgpvpn_v2 openstack_bgpvpn_v2} Resource
    *
    * @param scope The scope in which to define this construct
    * @param id The scoped construct ID. Must be unique amongst siblings in the same scope
    * @param options BgpvpnV2Config = {}
    */
    constructor(scope, id, config = {}) {
        super(scope, id, {
            terraformResourceType: 'openstack_bgpvpn_v2',
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
        this._exportTargets = config.exportTargets;
        this._id = config.id;
        this._importTargets = config.importTargets;
        this._localPref = config.localPref;
        this._name = config.name;
        this._projectId = config.projectId;
        this._region = config.region;
        this._routeDistinguishers = config.routeDistinguishers;
        this._routeTargets = config.routeTargets;
        this._type = config.type;
        this._vni = config.vni;
        this._timeouts.internalValue = config.timeouts;
    }
    // ==========
    // ATTRIBUTES
    // ==========
    // export_targets - computed: true, optional: true, required: false
    _exportTargets;
    get exportTargets() {
        return cdktf.Fn.tolist(this.getListAttribute('export_targets'));
    }
    set exportTargets(value) {
        this._exportTargets = value;
    }
    resetExportTargets() {
        this._exportTargets = undefined;
    }
    // Temporarily expose input value. Use with caution.
    get exportTargetsInput() {
        return this._exportTargets;
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
    // import_targets - computed: true, optional: true, required: false
    _importTargets;
    get importTargets() {
        return cdktf.Fn.tolist(this.getListAttribute('import_targets'));
    }
    set importTargets(value) {
        this._importTargets = value;
    }
    resetImportTargets() {
        this._importTargets = undefined;
    }
    // Temporarily expose input value. Use with caution.
    get importTargetsInput() {
        return this._importTargets;
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
    // networks - computed: true, optional: false, required: false
    get networks() {
        return cdktf.Fn.tolist(this.getListAttribute('networks'));
    }
    // ports - computed: true, optional: false, required: false
    get ports() {
        return cdktf.Fn.tolist(this.getListAttribute('ports'));
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
    // route_distinguishers - computed: true, optional: true, required: false
    _routeDistinguishers;
    get routeDistinguishers() {
        return cdktf.Fn.tolist(this.getListAttribute('route_distinguishers'));
    }
    set routeDistinguishers(value) {
        this._routeDistinguishers = value;
    }
    resetRouteDistinguishers() {
        this._routeDistinguishers = undefined;
    }
    // Temporarily expose input value. Use with caution.
    get routeDistinguishersInput() {
        return this._routeDistinguishers;
    }
    // route_targets - computed: true, optional: true, required: false
    _routeTargets;
    get routeTargets() {
        return cdktf.Fn.tolist(this.getListAttribute('route_targets'));
    }
    set routeTargets(value) {
        this._routeTargets = value;
    }
    resetRouteTargets() {
        this._routeTargets = undefined;
    }
    // Temporarily expose input value. Use with caution.
    get routeTargetsInput() {
        return this._routeTargets;
    }
    // routers - computed: true, optional: false, required: false
    get routers() {
        return cdktf.Fn.tolist(this.getListAttribute('routers'));
    }
    // shared - computed: true, optional: false, required: false
    get shared() {
        return this.getBooleanAttribute('shared');
    }
    // type - computed: true, optional: true, required: false
    _type;
    get type() {
        return this.getStringAttribute('type');
    }
    set type(value) {
        this._type = value;
    }
    resetType() {
        this._type = undefined;
    }
    // Temporarily expose input value. Use with caution.
    get typeInput() {
        return this._type;
    }
    // vni - computed: false, optional: true, required: false
    _vni;
    get vni() {
        return this.getNumberAttribute('vni');
    }
    set vni(value) {
        this._vni = value;
    }
    resetVni() {
        this._vni = undefined;
    }
    // Temporarily expose input value. Use with caution.
    get vniInput() {
        return this._vni;
    }
    // timeouts - computed: false, optional: true, required: false
    _timeouts = new BgpvpnV2TimeoutsOutputReference(this, "timeouts");
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
            export_targets: cdktf.listMapper(cdktf.stringToTerraform, false)(this._exportTargets),
            id: cdktf.stringToTerraform(this._id),
            import_targets: cdktf.listMapper(cdktf.stringToTerraform, false)(this._importTargets),
            local_pref: cdktf.numberToTerraform(this._localPref),
            name: cdktf.stringToTerraform(this._name),
            project_id: cdktf.stringToTerraform(this._projectId),
            region: cdktf.stringToTerraform(this._region),
            route_distinguishers: cdktf.listMapper(cdktf.stringToTerraform, false)(this._routeDistinguishers),
            route_targets: cdktf.listMapper(cdktf.stringToTerraform, false)(this._routeTargets),
            type: cdktf.stringToTerraform(this._type),
            vni: cdktf.numberToTerraform(this._vni),
            timeouts: bgpvpnV2TimeoutsToTerraform(this._timeouts.internalValue),
        };
    }
    synthesizeHclAttributes() {
        const attrs = {
            export_targets: {
                value: cdktf.listMapperHcl(cdktf.stringToHclTerraform, false)(this._exportTargets),
                isBlock: false,
                type: "set",
                storageClassType: "stringList",
            },
            id: {
                value: cdktf.stringToHclTerraform(this._id),
                isBlock: false,
                type: "simple",
                storageClassType: "string",
            },
            import_targets: {
                value: cdktf.listMapperHcl(cdktf.stringToHclTerraform, false)(this._importTargets),
                isBlock: false,
                type: "set",
                storageClassType: "stringList",
            },
            local_pref: {
                value: cdktf.numberToHclTerraform(this._localPref),
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
            route_distinguishers: {
                value: cdktf.listMapperHcl(cdktf.stringToHclTerraform, false)(this._routeDistinguishers),
                isBlock: false,
                type: "set",
                storageClassType: "stringList",
            },
            route_targets: {
                value: cdktf.listMapperHcl(cdktf.stringToHclTerraform, false)(this._routeTargets),
                isBlock: false,
                type: "set",
                storageClassType: "stringList",
            },
            type: {
                value: cdktf.stringToHclTerraform(this._type),
                isBlock: false,
                type: "simple",
                storageClassType: "string",
            },
            vni: {
                value: cdktf.numberToHclTerraform(this._vni),
                isBlock: false,
                type: "simple",
                storageClassType: "number",
            },
            timeouts: {
                value: bgpvpnV2TimeoutsToHclTerraform(this._timeouts.internalValue),
                isBlock: true,
                type: "struct",
                storageClassType: "BgpvpnV2Timeouts",
            },
        };
        // remove undefined attributes
        return Object.fromEntries(Object.entries(attrs).filter(([_, value]) => value !== undefined && value.value !== undefined));
    }
}
exports.BgpvpnV2 = BgpvpnV2;
