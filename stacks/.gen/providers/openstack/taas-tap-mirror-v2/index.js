"use strict";
// https://registry.terraform.io/providers/terraform-provider-openstack/openstack/3.4.0/docs/resources/taas_tap_mirror_v2
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
exports.TaasTapMirrorV2 = exports.TaasTapMirrorV2DirectionsOutputReference = void 0;
exports.taasTapMirrorV2DirectionsToTerraform = taasTapMirrorV2DirectionsToTerraform;
exports.taasTapMirrorV2DirectionsToHclTerraform = taasTapMirrorV2DirectionsToHclTerraform;
const cdktf = __importStar(require("cdktf"));
function taasTapMirrorV2DirectionsToTerraform(struct) {
    if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) {
        return struct;
    }
    if (cdktf.isComplexElement(struct)) {
        throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
    }
    return {
        in: cdktf.numberToTerraform(struct.in),
        out: cdktf.numberToTerraform(struct.out),
    };
}
function taasTapMirrorV2DirectionsToHclTerraform(struct) {
    if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) {
        return struct;
    }
    if (cdktf.isComplexElement(struct)) {
        throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
    }
    const attrs = {
        in: {
            value: cdktf.numberToHclTerraform(struct.in),
            isBlock: false,
            type: "simple",
            storageClassType: "number",
        },
        out: {
            value: cdktf.numberToHclTerraform(struct.out),
            isBlock: false,
            type: "simple",
            storageClassType: "number",
        },
    };
    // remove undefined attributes
    return Object.fromEntries(Object.entries(attrs).filter(([_, value]) => value !== undefined && value.value !== undefined));
}
class TaasTapMirrorV2DirectionsOutputReference extends cdktf.ComplexObject {
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
        if (this._in !== undefined) {
            hasAnyValues = true;
            internalValueResult.in = this._in;
        }
        if (this._out !== undefined) {
            hasAnyValues = true;
            internalValueResult.out = this._out;
        }
        return hasAnyValues ? internalValueResult : undefined;
    }
    set internalValue(value) {
        if (value === undefined) {
            this.isEmptyObject = false;
            this._in = undefined;
            this._out = undefined;
        }
        else {
            this.isEmptyObject = Object.keys(value).length === 0;
            this._in = value.in;
            this._out = value.out;
        }
    }
    // in - computed: false, optional: true, required: false
    _in;
    get in() {
        return this.getNumberAttribute('in');
    }
    set in(value) {
        this._in = value;
    }
    resetIn() {
        this._in = undefined;
    }
    // Temporarily expose input value. Use with caution.
    get inInput() {
        return this._in;
    }
    // out - computed: false, optional: true, required: false
    _out;
    get out() {
        return this.getNumberAttribute('out');
    }
    set out(value) {
        this._out = value;
    }
    resetOut() {
        this._out = undefined;
    }
    // Temporarily expose input value. Use with caution.
    get outInput() {
        return this._out;
    }
}
exports.TaasTapMirrorV2DirectionsOutputReference = TaasTapMirrorV2DirectionsOutputReference;
/**
* Represents a {@link https://registry.terraform.io/providers/terraform-provider-openstack/openstack/3.4.0/docs/resources/taas_tap_mirror_v2 openstack_taas_tap_mirror_v2}
*/
class TaasTapMirrorV2 extends cdktf.TerraformResource {
    // =================
    // STATIC PROPERTIES
    // =================
    static tfResourceType = "openstack_taas_tap_mirror_v2";
    // ==============
    // STATIC Methods
    // ==============
    /**
    * Generates CDKTF code for importing a TaasTapMirrorV2 resource upon running "cdktf plan <stack-name>"
    * @param scope The scope in which to define this construct
    * @param importToId The construct id used in the generated config for the TaasTapMirrorV2 to import
    * @param importFromId The id of the existing TaasTapMirrorV2 that should be imported. Refer to the {@link https://registry.terraform.io/providers/terraform-provider-openstack/openstack/3.4.0/docs/resources/taas_tap_mirror_v2#import import section} in the documentation of this resource for the id to use
    * @param provider? Optional instance of the provider where the TaasTapMirrorV2 to import is found
    */
    static generateConfigForImport(scope, importToId, importFromId, provider) {
        return new cdktf.ImportableResource(scope, importToId, { terraformResourceType: "openstack_taas_tap_mirror_v2", importId: importFromId, provider });
    }
    // ===========
    // INITIALIZER
    // ===========
    /**
    * Create a new {@link https://registry.terraform.io/providers/terraform-provider-openstack/openstack/3.4.0/docs/resources/taas_tap_mirror_v2 openstack_taas_tap_mirror_v2} Resource
    *
    * @param scope The scope in which to define this construct
    * @param id The scoped construct ID. Must be unique amongst siblings in the same scope
    * @param options TaasTapMirrorV2Config
    */
    constructor(scope, id, config) {
        super(scope, id, {
            terraformResourceType: 'openstack_taas_tap_mirror_v2',
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
        this._description = config.description;
        this._id = config.id;
        this._mirrorType = config.mirrorType;
        this._name = config.name;
        this._portId = config.portId;
        this._region = config.region;
        this._remoteIp = config.remoteIp;
        this._tenantId = config.tenantId;
        this._directions.internalValue = config.directions;
    }
    // ==========
    // ATTRIBUTES
    // ==========
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
    // mirror_type - computed: false, optional: false, required: true
    _mirrorType;
    get mirrorType() {
        return this.getStringAttribute('mirror_type');
    }
    set mirrorType(value) {
        this._mirrorType = value;
    }
    // Temporarily expose input value. Use with caution.
    get mirrorTypeInput() {
        return this._mirrorType;
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
    // project_id - computed: true, optional: false, required: false
    get projectId() {
        return this.getStringAttribute('project_id');
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
    // remote_ip - computed: false, optional: false, required: true
    _remoteIp;
    get remoteIp() {
        return this.getStringAttribute('remote_ip');
    }
    set remoteIp(value) {
        this._remoteIp = value;
    }
    // Temporarily expose input value. Use with caution.
    get remoteIpInput() {
        return this._remoteIp;
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
    // directions - computed: false, optional: false, required: true
    _directions = new TaasTapMirrorV2DirectionsOutputReference(this, "directions");
    get directions() {
        return this._directions;
    }
    putDirections(value) {
        this._directions.internalValue = value;
    }
    // Temporarily expose input value. Use with caution.
    get directionsInput() {
        return this._directions.internalValue;
    }
    // =========
    // SYNTHESIS
    // =========
    synthesizeAttributes() {
        return {
            description: cdktf.stringToTerraform(this._description),
            id: cdktf.stringToTerraform(this._id),
            mirror_type: cdktf.stringToTerraform(this._mirrorType),
            name: cdktf.stringToTerraform(this._name),
            port_id: cdktf.stringToTerraform(this._portId),
            region: cdktf.stringToTerraform(this._region),
            remote_ip: cdktf.stringToTerraform(this._remoteIp),
            tenant_id: cdktf.stringToTerraform(this._tenantId),
            directions: taasTapMirrorV2DirectionsToTerraform(this._directions.internalValue),
        };
    }
    synthesizeHclAttributes() {
        const attrs = {
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
            mirror_type: {
                value: cdktf.stringToHclTerraform(this._mirrorType),
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
            port_id: {
                value: cdktf.stringToHclTerraform(this._portId),
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
            remote_ip: {
                value: cdktf.stringToHclTerraform(this._remoteIp),
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
            directions: {
                value: taasTapMirrorV2DirectionsToHclTerraform(this._directions.internalValue),
                isBlock: true,
                type: "list",
                storageClassType: "TaasTapMirrorV2DirectionsList",
            },
        };
        // remove undefined attributes
        return Object.fromEntries(Object.entries(attrs).filter(([_, value]) => value !== undefined && value.value !== undefined));
    }
}
exports.TaasTapMirrorV2 = TaasTapMirrorV2;
