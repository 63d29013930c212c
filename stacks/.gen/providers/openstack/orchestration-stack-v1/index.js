"use strict";
// https://registry.terraform.io/providers/terraform-provider-openstack/openstack/3.4.0/docs/resources/orchestration_stack_v1
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
exports.OrchestrationStackV1 = exports.OrchestrationStackV1TimeoutsOutputReference = exports.OrchestrationStackV1OutputsList = exports.OrchestrationStackV1OutputsOutputReference = void 0;
exports.orchestrationStackV1OutputsToTerraform = orchestrationStackV1OutputsToTerraform;
exports.orchestrationStackV1OutputsToHclTerraform = orchestrationStackV1OutputsToHclTerraform;
exports.orchestrationStackV1TimeoutsToTerraform = orchestrationStackV1TimeoutsToTerraform;
exports.orchestrationStackV1TimeoutsToHclTerraform = orchestrationStackV1TimeoutsToHclTerraform;
const cdktf = __importStar(require("cdktf"));
function orchestrationStackV1OutputsToTerraform(struct) {
    if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) {
        return struct;
    }
    if (cdktf.isComplexElement(struct)) {
        throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
    }
    return {
        description: cdktf.stringToTerraform(struct.description),
        output_key: cdktf.stringToTerraform(struct.outputKey),
        output_value: cdktf.stringToTerraform(struct.outputValue),
    };
}
function orchestrationStackV1OutputsToHclTerraform(struct) {
    if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) {
        return struct;
    }
    if (cdktf.isComplexElement(struct)) {
        throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
    }
    const attrs = {
        description: {
            value: cdktf.stringToHclTerraform(struct.description),
            isBlock: false,
            type: "simple",
            storageClassType: "string",
        },
        output_key: {
            value: cdktf.stringToHclTerraform(struct.outputKey),
            isBlock: false,
            type: "simple",
            storageClassType: "string",
        },
        output_value: {
            value: cdktf.stringToHclTerraform(struct.outputValue),
            isBlock: false,
            type: "simple",
            storageClassType: "string",
        },
    };
    // remove undefined attributes
    return Object.fromEntries(Object.entries(attrs).filter(([_, value]) => value !== undefined && value.value !== undefined));
}
class OrchestrationStackV1OutputsOutputReference extends cdktf.ComplexObject {
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
        if (this._description !== undefined) {
            hasAnyValues = true;
            internalValueResult.description = this._description;
        }
        if (this._outputKey !== undefined) {
            hasAnyValues = true;
            internalValueResult.outputKey = this._outputKey;
        }
        if (this._outputValue !== undefined) {
            hasAnyValues = true;
            internalValueResult.outputValue = this._outputValue;
        }
        return hasAnyValues ? internalValueResult : undefined;
    }
    set internalValue(value) {
        if (value === undefined) {
            this.isEmptyObject = false;
            this.resolvableValue = undefined;
            this._description = undefined;
            this._outputKey = undefined;
            this._outputValue = undefined;
        }
        else if (cdktf.Tokenization.isResolvable(value)) {
            this.isEmptyObject = false;
            this.resolvableValue = value;
        }
        else {
            this.isEmptyObject = Object.keys(value).length === 0;
            this.resolvableValue = undefined;
            this._description = value.description;
            this._outputKey = value.outputKey;
            this._outputValue = value.outputValue;
        }
    }
    // description - computed: true, optional: true, required: false
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
    // output_key - computed: false, optional: false, required: true
    _outputKey;
    get outputKey() {
        return this.getStringAttribute('output_key');
    }
    set outputKey(value) {
        this._outputKey = value;
    }
    // Temporarily expose input value. Use with caution.
    get outputKeyInput() {
        return this._outputKey;
    }
    // output_value - computed: false, optional: false, required: true
    _outputValue;
    get outputValue() {
        return this.getStringAttribute('output_value');
    }
    set outputValue(value) {
        this._outputValue = value;
    }
    // Temporarily expose input value. Use with caution.
    get outputValueInput() {
        return this._outputValue;
    }
}
exports.OrchestrationStackV1OutputsOutputReference = OrchestrationStackV1OutputsOutputReference;
class OrchestrationStackV1OutputsList extends cdktf.ComplexList {
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
        return new OrchestrationStackV1OutputsOutputReference(this.terraformResource, this.terraformAttribute, index, this.wrapsSet);
    }
}
exports.OrchestrationStackV1OutputsList = OrchestrationStackV1OutputsList;
function orchestrationStackV1TimeoutsToTerraform(struct) {
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
function orchestrationStackV1TimeoutsToHclTerraform(struct) {
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
class OrchestrationStackV1TimeoutsOutputReference extends cdktf.ComplexObject {
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
exports.OrchestrationStackV1TimeoutsOutputReference = OrchestrationStackV1TimeoutsOutputReference;
/**
* Represents a {@link https://registry.terraform.io/providers/terraform-provider-openstack/openstack/3.4.0/docs/resources/orchestration_stack_v1 openstack_orchestration_stack_v1}
*/
class OrchestrationStackV1 extends cdktf.TerraformResource {
    // =================
    // STATIC PROPERTIES
    // =================
    static tfResourceType = "openstack_orchestration_stack_v1";
    // ==============
    // STATIC Methods
    // ==============
    /**
    * Generates CDKTF code for importing a OrchestrationStackV1 resource upon running "cdktf plan <stack-name>"
    * @param scope The scope in which to define this construct
    * @param importToId The construct id used in the generated config for the OrchestrationStackV1 to import
    * @param importFromId The id of the existing OrchestrationStackV1 that should be imported. Refer to the {@link https://registry.terraform.io/providers/terraform-provider-openstack/openstack/3.4.0/docs/resources/orchestration_stack_v1#import import section} in the documentation of this resource for the id to use
    * @param provider? Optional instance of the provider where the OrchestrationStackV1 to import is found
    */
    static generateConfigForImport(scope, importToId, importFromId, provider) {
        return new cdktf.ImportableResource(scope, importToId, { terraformResourceType: "openstack_orchestration_stack_v1", importId: importFromId, provider });
    }
    // ===========
    // INITIALIZER
    // ===========
    /**
    * Create a new {@link https://registry.terraform.io/providers/terraform-provider-openstack/openstack/3.4.0/docs/resources/orchestration_stack_v1 openstack_orchestration_stack_v1} Resource
    *
    * @param scope The scope in which to define this construct
    * @param id The scoped construct ID. Must be unique amongst siblings in the same scope
    * @param options OrchestrationStackV1Config
    */
    constructor(scope, id, config) {
        super(scope, id, {
            terraformResourceType: 'openstack_orchestration_stack_v1',
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
        this._capabilities = config.capabilities;
        this._creationTime = config.creationTime;
        this._description = config.description;
        this._disableRollback = config.disableRollback;
        this._environmentOpts = config.environmentOpts;
        this._id = config.id;
        this._name = config.name;
        this._notificationTopics = config.notificationTopics;
        this._parameters = config.parameters;
        this._region = config.region;
        this._status = config.status;
        this._statusReason = config.statusReason;
        this._tags = config.tags;
        this._templateDescription = config.templateDescription;
        this._templateOpts = config.templateOpts;
        this._timeout = config.timeout;
        this._updatedTime = config.updatedTime;
        this._outputs.internalValue = config.outputs;
        this._timeouts.internalValue = config.timeouts;
    }
    // ==========
    // ATTRIBUTES
    // ==========
    // capabilities - computed: true, optional: true, required: false
    _capabilities;
    get capabilities() {
        return this.getListAttribute('capabilities');
    }
    set capabilities(value) {
        this._capabilities = value;
    }
    resetCapabilities() {
        this._capabilities = undefined;
    }
    // Temporarily expose input value. Use with caution.
    get capabilitiesInput() {
        return this._capabilities;
    }
    // creation_time - computed: true, optional: true, required: false
    _creationTime;
    get creationTime() {
        return this.getStringAttribute('creation_time');
    }
    set creationTime(value) {
        this._creationTime = value;
    }
    resetCreationTime() {
        this._creationTime = undefined;
    }
    // Temporarily expose input value. Use with caution.
    get creationTimeInput() {
        return this._creationTime;
    }
    // description - computed: true, optional: true, required: false
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
    // disable_rollback - computed: true, optional: true, required: false
    _disableRollback;
    get disableRollback() {
        return this.getBooleanAttribute('disable_rollback');
    }
    set disableRollback(value) {
        this._disableRollback = value;
    }
    resetDisableRollback() {
        this._disableRollback = undefined;
    }
    // Temporarily expose input value. Use with caution.
    get disableRollbackInput() {
        return this._disableRollback;
    }
    // environment_opts - computed: false, optional: true, required: false
    _environmentOpts;
    get environmentOpts() {
        return this.getStringMapAttribute('environment_opts');
    }
    set environmentOpts(value) {
        this._environmentOpts = value;
    }
    resetEnvironmentOpts() {
        this._environmentOpts = undefined;
    }
    // Temporarily expose input value. Use with caution.
    get environmentOptsInput() {
        return this._environmentOpts;
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
    // notification_topics - computed: true, optional: true, required: false
    _notificationTopics;
    get notificationTopics() {
        return this.getListAttribute('notification_topics');
    }
    set notificationTopics(value) {
        this._notificationTopics = value;
    }
    resetNotificationTopics() {
        this._notificationTopics = undefined;
    }
    // Temporarily expose input value. Use with caution.
    get notificationTopicsInput() {
        return this._notificationTopics;
    }
    // parameters - computed: false, optional: true, required: false
    _parameters;
    get parameters() {
        return this.getStringMapAttribute('parameters');
    }
    set parameters(value) {
        this._parameters = value;
    }
    resetParameters() {
        this._parameters = undefined;
    }
    // Temporarily expose input value. Use with caution.
    get parametersInput() {
        return this._parameters;
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
    // status - computed: true, optional: true, required: false
    _status;
    get status() {
        return this.getStringAttribute('status');
    }
    set status(value) {
        this._status = value;
    }
    resetStatus() {
        this._status = undefined;
    }
    // Temporarily expose input value. Use with caution.
    get statusInput() {
        return this._status;
    }
    // status_reason - computed: true, optional: true, required: false
    _statusReason;
    get statusReason() {
        return this.getStringAttribute('status_reason');
    }
    set statusReason(value) {
        this._statusReason = value;
    }
    resetStatusReason() {
        this._statusReason = undefined;
    }
    // Temporarily expose input value. Use with caution.
    get statusReasonInput() {
        return this._statusReason;
    }
    // tags - computed: true, optional: true, required: false
    _tags;
    get tags() {
        return this.getListAttribute('tags');
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
    // template_description - computed: true, optional: true, required: false
    _templateDescription;
    get templateDescription() {
        return this.getStringAttribute('template_description');
    }
    set templateDescription(value) {
        this._templateDescription = value;
    }
    resetTemplateDescription() {
        this._templateDescription = undefined;
    }
    // Temporarily expose input value. Use with caution.
    get templateDescriptionInput() {
        return this._templateDescription;
    }
    // template_opts - computed: false, optional: false, required: true
    _templateOpts;
    get templateOpts() {
        return this.getStringMapAttribute('template_opts');
    }
    set templateOpts(value) {
        this._templateOpts = value;
    }
    // Temporarily expose input value. Use with caution.
    get templateOptsInput() {
        return this._templateOpts;
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
    // updated_time - computed: true, optional: true, required: false
    _updatedTime;
    get updatedTime() {
        return this.getStringAttribute('updated_time');
    }
    set updatedTime(value) {
        this._updatedTime = value;
    }
    resetUpdatedTime() {
        this._updatedTime = undefined;
    }
    // Temporarily expose input value. Use with caution.
    get updatedTimeInput() {
        return this._updatedTime;
    }
    // outputs - computed: false, optional: true, required: false
    _outputs = new OrchestrationStackV1OutputsList(this, "outputs", false);
    get outputs() {
        return this._outputs;
    }
    putOutputs(value) {
        this._outputs.internalValue = value;
    }
    resetOutputs() {
        this._outputs.internalValue = undefined;
    }
    // Temporarily expose input value. Use with caution.
    get outputsInput() {
        return this._outputs.internalValue;
    }
    // timeouts - computed: false, optional: true, required: false
    _timeouts = new OrchestrationStackV1TimeoutsOutputReference(this, "timeouts");
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
            capabilities: cdktf.listMapper(cdktf.stringToTerraform, false)(this._capabilities),
            creation_time: cdktf.stringToTerraform(this._creationTime),
            description: cdktf.stringToTerraform(this._description),
            disable_rollback: cdktf.booleanToTerraform(this._disableRollback),
            environment_opts: cdktf.hashMapper(cdktf.stringToTerraform)(this._environmentOpts),
            id: cdktf.stringToTerraform(this._id),
            name: cdktf.stringToTerraform(this._name),
            notification_topics: cdktf.listMapper(cdktf.stringToTerraform, false)(this._notificationTopics),
            parameters: cdktf.hashMapper(cdktf.stringToTerraform)(this._parameters),
            region: cdktf.stringToTerraform(this._region),
            status: cdktf.stringToTerraform(this._status),
            status_reason: cdktf.stringToTerraform(this._statusReason),
            tags: cdktf.listMapper(cdktf.stringToTerraform, false)(this._tags),
            template_description: cdktf.stringToTerraform(this._templateDescription),
            template_opts: cdktf.hashMapper(cdktf.stringToTerraform)(this._templateOpts),
            timeout: cdktf.numberToTerraform(this._timeout),
            updated_time: cdktf.stringToTerraform(this._updatedTime),
            outputs: cdktf.listMapper(orchestrationStackV1OutputsToTerraform, true)(this._outputs.internalValue),
            timeouts: orchestrationStackV1TimeoutsToTerraform(this._timeouts.internalValue),
        };
    }
    synthesizeHclAttributes() {
        const attrs = {
            capabilities: {
                value: cdktf.listMapperHcl(cdktf.stringToHclTerraform, false)(this._capabilities),
                isBlock: false,
                type: "list",
                storageClassType: "stringList",
            },
            creation_time: {
                value: cdktf.stringToHclTerraform(this._creationTime),
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
            disable_rollback: {
                value: cdktf.booleanToHclTerraform(this._disableRollback),
                isBlock: false,
                type: "simple",
                storageClassType: "boolean",
            },
            environment_opts: {
                value: cdktf.hashMapperHcl(cdktf.stringToHclTerraform)(this._environmentOpts),
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
            name: {
                value: cdktf.stringToHclTerraform(this._name),
                isBlock: false,
                type: "simple",
                storageClassType: "string",
            },
            notification_topics: {
                value: cdktf.listMapperHcl(cdktf.stringToHclTerraform, false)(this._notificationTopics),
                isBlock: false,
                type: "list",
                storageClassType: "stringList",
            },
            parameters: {
                value: cdktf.hashMapperHcl(cdktf.stringToHclTerraform)(this._parameters),
                isBlock: false,
                type: "map",
                storageClassType: "stringMap",
            },
            region: {
                value: cdktf.stringToHclTerraform(this._region),
                isBlock: false,
                type: "simple",
                storageClassType: "string",
            },
            status: {
                value: cdktf.stringToHclTerraform(this._status),
                isBlock: false,
                type: "simple",
                storageClassType: "string",
            },
            status_reason: {
                value: cdktf.stringToHclTerraform(this._statusReason),
                isBlock: false,
                type: "simple",
                storageClassType: "string",
            },
            tags: {
                value: cdktf.listMapperHcl(cdktf.stringToHclTerraform, false)(this._tags),
                isBlock: false,
                type: "list",
                storageClassType: "stringList",
            },
            template_description: {
                value: cdktf.stringToHclTerraform(this._templateDescription),
                isBlock: false,
                type: "simple",
                storageClassType: "string",
            },
            template_opts: {
                value: cdktf.hashMapperHcl(cdktf.stringToHclTerraform)(this._templateOpts),
                isBlock: false,
                type: "map",
                storageClassType: "stringMap",
            },
            timeout: {
                value: cdktf.numberToHclTerraform(this._timeout),
                isBlock: false,
                type: "simple",
                storageClassType: "number",
            },
            updated_time: {
                value: cdktf.stringToHclTerraform(this._updatedTime),
                isBlock: false,
                type: "simple",
                storageClassType: "string",
            },
            outputs: {
                value: cdktf.listMapperHcl(orchestrationStackV1OutputsToHclTerraform, true)(this._outputs.internalValue),
                isBlock: true,
                type: "list",
                storageClassType: "OrchestrationStackV1OutputsList",
            },
            timeouts: {
                value: orchestrationStackV1TimeoutsToHclTerraform(this._timeouts.internalValue),
                isBlock: true,
                type: "struct",
                storageClassType: "OrchestrationStackV1Timeouts",
            },
        };
        // remove undefined attributes
        return Object.fromEntries(Object.entries(attrs).filter(([_, value]) => value !== undefined && value.value !== undefined));
    }
}
exports.OrchestrationStackV1 = OrchestrationStackV1;
