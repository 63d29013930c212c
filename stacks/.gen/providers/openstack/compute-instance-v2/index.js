"use strict";
// https://registry.terraform.io/providers/terraform-provider-openstack/openstack/3.4.0/docs/resources/compute_instance_v2
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
exports.ComputeInstanceV2 = exports.ComputeInstanceV2VendorOptionsOutputReference = exports.ComputeInstanceV2TimeoutsOutputReference = exports.ComputeInstanceV2SchedulerHintsList = exports.ComputeInstanceV2SchedulerHintsOutputReference = exports.ComputeInstanceV2PersonalityList = exports.ComputeInstanceV2PersonalityOutputReference = exports.ComputeInstanceV2NetworkList = exports.ComputeInstanceV2NetworkOutputReference = exports.ComputeInstanceV2BlockDeviceList = exports.ComputeInstanceV2BlockDeviceOutputReference = void 0;
exports.computeInstanceV2BlockDeviceToTerraform = computeInstanceV2BlockDeviceToTerraform;
exports.computeInstanceV2BlockDeviceToHclTerraform = computeInstanceV2BlockDeviceToHclTerraform;
exports.computeInstanceV2NetworkToTerraform = computeInstanceV2NetworkToTerraform;
exports.computeInstanceV2NetworkToHclTerraform = computeInstanceV2NetworkToHclTerraform;
exports.computeInstanceV2PersonalityToTerraform = computeInstanceV2PersonalityToTerraform;
exports.computeInstanceV2PersonalityToHclTerraform = computeInstanceV2PersonalityToHclTerraform;
exports.computeInstanceV2SchedulerHintsToTerraform = computeInstanceV2SchedulerHintsToTerraform;
exports.computeInstanceV2SchedulerHintsToHclTerraform = computeInstanceV2SchedulerHintsToHclTerraform;
exports.computeInstanceV2TimeoutsToTerraform = computeInstanceV2TimeoutsToTerraform;
exports.computeInstanceV2TimeoutsToHclTerraform = computeInstanceV2TimeoutsToHclTerraform;
exports.computeInstanceV2VendorOptionsToTerraform = computeInstanceV2VendorOptionsToTerraform;
exports.computeInstanceV2VendorOptionsToHclTerraform = computeInstanceV2VendorOptionsToHclTerraform;
const cdktf = __importStar(require("cdktf"));
function computeInstanceV2BlockDeviceToTerraform(struct) {
    if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) {
        return struct;
    }
    if (cdktf.isComplexElement(struct)) {
        throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
    }
    return {
        boot_index: cdktf.numberToTerraform(struct.bootIndex),
        delete_on_termination: cdktf.booleanToTerraform(struct.deleteOnTermination),
        destination_type: cdktf.stringToTerraform(struct.destinationType),
        device_type: cdktf.stringToTerraform(struct.deviceType),
        disk_bus: cdktf.stringToTerraform(struct.diskBus),
        guest_format: cdktf.stringToTerraform(struct.guestFormat),
        multiattach: cdktf.booleanToTerraform(struct.multiattach),
        source_type: cdktf.stringToTerraform(struct.sourceType),
        uuid: cdktf.stringToTerraform(struct.uuid),
        volume_size: cdktf.numberToTerraform(struct.volumeSize),
        volume_type: cdktf.stringToTerraform(struct.volumeType),
    };
}
function computeInstanceV2BlockDeviceToHclTerraform(struct) {
    if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) {
        return struct;
    }
    if (cdktf.isComplexElement(struct)) {
        throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
    }
    const attrs = {
        boot_index: {
            value: cdktf.numberToHclTerraform(struct.bootIndex),
            isBlock: false,
            type: "simple",
            storageClassType: "number",
        },
        delete_on_termination: {
            value: cdktf.booleanToHclTerraform(struct.deleteOnTermination),
            isBlock: false,
            type: "simple",
            storageClassType: "boolean",
        },
        destination_type: {
            value: cdktf.stringToHclTerraform(struct.destinationType),
            isBlock: false,
            type: "simple",
            storageClassType: "string",
        },
        device_type: {
            value: cdktf.stringToHclTerraform(struct.deviceType),
            isBlock: false,
            type: "simple",
            storageClassType: "string",
        },
        disk_bus: {
            value: cdktf.stringToHclTerraform(struct.diskBus),
            isBlock: false,
            type: "simple",
            storageClassType: "string",
        },
        guest_format: {
            value: cdktf.stringToHclTerraform(struct.guestFormat),
            isBlock: false,
            type: "simple",
            storageClassType: "string",
        },
        multiattach: {
            value: cdktf.booleanToHclTerraform(struct.multiattach),
            isBlock: false,
            type: "simple",
            storageClassType: "boolean",
        },
        source_type: {
            value: cdktf.stringToHclTerraform(struct.sourceType),
            isBlock: false,
            type: "simple",
            storageClassType: "string",
        },
        uuid: {
            value: cdktf.stringToHclTerraform(struct.uuid),
            isBlock: false,
            type: "simple",
            storageClassType: "string",
        },
        volume_size: {
            value: cdktf.numberToHclTerraform(struct.volumeSize),
            isBlock: false,
            type: "simple",
            storageClassType: "number",
        },
        volume_type: {
            value: cdktf.stringToHclTerraform(struct.volumeType),
            isBlock: false,
            type: "simple",
            storageClassType: "string",
        },
    };
    // remove undefined attributes
    return Object.fromEntries(Object.entries(attrs).filter(([_, value]) => value !== undefined && value.value !== undefined));
}
class ComputeInstanceV2BlockDeviceOutputReference extends cdktf.ComplexObject {
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
        if (this._bootIndex !== undefined) {
            hasAnyValues = true;
            internalValueResult.bootIndex = this._bootIndex;
        }
        if (this._deleteOnTermination !== undefined) {
            hasAnyValues = true;
            internalValueResult.deleteOnTermination = this._deleteOnTermination;
        }
        if (this._destinationType !== undefined) {
            hasAnyValues = true;
            internalValueResult.destinationType = this._destinationType;
        }
        if (this._deviceType !== undefined) {
            hasAnyValues = true;
            internalValueResult.deviceType = this._deviceType;
        }
        if (this._diskBus !== undefined) {
            hasAnyValues = true;
            internalValueResult.diskBus = this._diskBus;
        }
        if (this._guestFormat !== undefined) {
            hasAnyValues = true;
            internalValueResult.guestFormat = this._guestFormat;
        }
        if (this._multiattach !== undefined) {
            hasAnyValues = true;
            internalValueResult.multiattach = this._multiattach;
        }
        if (this._sourceType !== undefined) {
            hasAnyValues = true;
            internalValueResult.sourceType = this._sourceType;
        }
        if (this._uuid !== undefined) {
            hasAnyValues = true;
            internalValueResult.uuid = this._uuid;
        }
        if (this._volumeSize !== undefined) {
            hasAnyValues = true;
            internalValueResult.volumeSize = this._volumeSize;
        }
        if (this._volumeType !== undefined) {
            hasAnyValues = true;
            internalValueResult.volumeType = this._volumeType;
        }
        return hasAnyValues ? internalValueResult : undefined;
    }
    set internalValue(value) {
        if (value === undefined) {
            this.isEmptyObject = false;
            this.resolvableValue = undefined;
            this._bootIndex = undefined;
            this._deleteOnTermination = undefined;
            this._destinationType = undefined;
            this._deviceType = undefined;
            this._diskBus = undefined;
            this._guestFormat = undefined;
            this._multiattach = undefined;
            this._sourceType = undefined;
            this._uuid = undefined;
            this._volumeSize = undefined;
            this._volumeType = undefined;
        }
        else if (cdktf.Tokenization.isResolvable(value)) {
            this.isEmptyObject = false;
            this.resolvableValue = value;
        }
        else {
            this.isEmptyObject = Object.keys(value).length === 0;
            this.resolvableValue = undefined;
            this._bootIndex = value.bootIndex;
            this._deleteOnTermination = value.deleteOnTermination;
            this._destinationType = value.destinationType;
            this._deviceType = value.deviceType;
            this._diskBus = value.diskBus;
            this._guestFormat = value.guestFormat;
            this._multiattach = value.multiattach;
            this._sourceType = value.sourceType;
            this._uuid = value.uuid;
            this._volumeSize = value.volumeSize;
            this._volumeType = value.volumeType;
        }
    }
    // boot_index - computed: false, optional: true, required: false
    _bootIndex;
    get bootIndex() {
        return this.getNumberAttribute('boot_index');
    }
    set bootIndex(value) {
        this._bootIndex = value;
    }
    resetBootIndex() {
        this._bootIndex = undefined;
    }
    // Temporarily expose input value. Use with caution.
    get bootIndexInput() {
        return this._bootIndex;
    }
    // delete_on_termination - computed: false, optional: true, required: false
    _deleteOnTermination;
    get deleteOnTermination() {
        return this.getBooleanAttribute('delete_on_termination');
    }
    set deleteOnTermination(value) {
        this._deleteOnTermination = value;
    }
    resetDeleteOnTermination() {
        this._deleteOnTermination = undefined;
    }
    // Temporarily expose input value. Use with caution.
    get deleteOnTerminationInput() {
        return this._deleteOnTermination;
    }
    // destination_type - computed: false, optional: true, required: false
    _destinationType;
    get destinationType() {
        return this.getStringAttribute('destination_type');
    }
    set destinationType(value) {
        this._destinationType = value;
    }
    resetDestinationType() {
        this._destinationType = undefined;
    }
    // Temporarily expose input value. Use with caution.
    get destinationTypeInput() {
        return this._destinationType;
    }
    // device_type - computed: false, optional: true, required: false
    _deviceType;
    get deviceType() {
        return this.getStringAttribute('device_type');
    }
    set deviceType(value) {
        this._deviceType = value;
    }
    resetDeviceType() {
        this._deviceType = undefined;
    }
    // Temporarily expose input value. Use with caution.
    get deviceTypeInput() {
        return this._deviceType;
    }
    // disk_bus - computed: false, optional: true, required: false
    _diskBus;
    get diskBus() {
        return this.getStringAttribute('disk_bus');
    }
    set diskBus(value) {
        this._diskBus = value;
    }
    resetDiskBus() {
        this._diskBus = undefined;
    }
    // Temporarily expose input value. Use with caution.
    get diskBusInput() {
        return this._diskBus;
    }
    // guest_format - computed: false, optional: true, required: false
    _guestFormat;
    get guestFormat() {
        return this.getStringAttribute('guest_format');
    }
    set guestFormat(value) {
        this._guestFormat = value;
    }
    resetGuestFormat() {
        this._guestFormat = undefined;
    }
    // Temporarily expose input value. Use with caution.
    get guestFormatInput() {
        return this._guestFormat;
    }
    // multiattach - computed: false, optional: true, required: false
    _multiattach;
    get multiattach() {
        return this.getBooleanAttribute('multiattach');
    }
    set multiattach(value) {
        this._multiattach = value;
    }
    resetMultiattach() {
        this._multiattach = undefined;
    }
    // Temporarily expose input value. Use with caution.
    get multiattachInput() {
        return this._multiattach;
    }
    // source_type - computed: false, optional: false, required: true
    _sourceType;
    get sourceType() {
        return this.getStringAttribute('source_type');
    }
    set sourceType(value) {
        this._sourceType = value;
    }
    // Temporarily expose input value. Use with caution.
    get sourceTypeInput() {
        return this._sourceType;
    }
    // uuid - computed: false, optional: true, required: false
    _uuid;
    get uuid() {
        return this.getStringAttribute('uuid');
    }
    set uuid(value) {
        this._uuid = value;
    }
    resetUuid() {
        this._uuid = undefined;
    }
    // Temporarily expose input value. Use with caution.
    get uuidInput() {
        return this._uuid;
    }
    // volume_size - computed: false, optional: true, required: false
    _volumeSize;
    get volumeSize() {
        return this.getNumberAttribute('volume_size');
    }
    set volumeSize(value) {
        this._volumeSize = value;
    }
    resetVolumeSize() {
        this._volumeSize = undefined;
    }
    // Temporarily expose input value. Use with caution.
    get volumeSizeInput() {
        return this._volumeSize;
    }
    // volume_type - computed: false, optional: true, required: false
    _volumeType;
    get volumeType() {
        return this.getStringAttribute('volume_type');
    }
    set volumeType(value) {
        this._volumeType = value;
    }
    resetVolumeType() {
        this._volumeType = undefined;
    }
    // Temporarily expose input value. Use with caution.
    get volumeTypeInput() {
        return this._volumeType;
    }
}
exports.ComputeInstanceV2BlockDeviceOutputReference = ComputeInstanceV2BlockDeviceOutputReference;
class ComputeInstanceV2BlockDeviceList extends cdktf.ComplexList {
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
        return new ComputeInstanceV2BlockDeviceOutputReference(this.terraformResource, this.terraformAttribute, index, this.wrapsSet);
    }
}
exports.ComputeInstanceV2BlockDeviceList = ComputeInstanceV2BlockDeviceList;
function computeInstanceV2NetworkToTerraform(struct) {
    if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) {
        return struct;
    }
    if (cdktf.isComplexElement(struct)) {
        throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
    }
    return {
        access_network: cdktf.booleanToTerraform(struct.accessNetwork),
        fixed_ip_v4: cdktf.stringToTerraform(struct.fixedIpV4),
        fixed_ip_v6: cdktf.stringToTerraform(struct.fixedIpV6),
        name: cdktf.stringToTerraform(struct.name),
        port: cdktf.stringToTerraform(struct.port),
        uuid: cdktf.stringToTerraform(struct.uuid),
    };
}
function computeInstanceV2NetworkToHclTerraform(struct) {
    if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) {
        return struct;
    }
    if (cdktf.isComplexElement(struct)) {
        throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
    }
    const attrs = {
        access_network: {
            value: cdktf.booleanToHclTerraform(struct.accessNetwork),
            isBlock: false,
            type: "simple",
            storageClassType: "boolean",
        },
        fixed_ip_v4: {
            value: cdktf.stringToHclTerraform(struct.fixedIpV4),
            isBlock: false,
            type: "simple",
            storageClassType: "string",
        },
        fixed_ip_v6: {
            value: cdktf.stringToHclTerraform(struct.fixedIpV6),
            isBlock: false,
            type: "simple",
            storageClassType: "string",
        },
        name: {
            value: cdktf.stringToHclTerraform(struct.name),
            isBlock: false,
            type: "simple",
            storageClassType: "string",
        },
        port: {
            value: cdktf.stringToHclTerraform(struct.port),
            isBlock: false,
            type: "simple",
            storageClassType: "string",
        },
        uuid: {
            value: cdktf.stringToHclTerraform(struct.uuid),
            isBlock: false,
            type: "simple",
            storageClassType: "string",
        },
    };
    // remove undefined attributes
    return Object.fromEntries(Object.entries(attrs).filter(([_, value]) => value !== undefined && value.value !== undefined));
}
class ComputeInstanceV2NetworkOutputReference extends cdktf.ComplexObject {
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
        if (this._accessNetwork !== undefined) {
            hasAnyValues = true;
            internalValueResult.accessNetwork = this._accessNetwork;
        }
        if (this._fixedIpV4 !== undefined) {
            hasAnyValues = true;
            internalValueResult.fixedIpV4 = this._fixedIpV4;
        }
        if (this._fixedIpV6 !== undefined) {
            hasAnyValues = true;
            internalValueResult.fixedIpV6 = this._fixedIpV6;
        }
        if (this._name !== undefined) {
            hasAnyValues = true;
            internalValueResult.name = this._name;
        }
        if (this._port !== undefined) {
            hasAnyValues = true;
            internalValueResult.port = this._port;
        }
        if (this._uuid !== undefined) {
            hasAnyValues = true;
            internalValueResult.uuid = this._uuid;
        }
        return hasAnyValues ? internalValueResult : undefined;
    }
    set internalValue(value) {
        if (value === undefined) {
            this.isEmptyObject = false;
            this.resolvableValue = undefined;
            this._accessNetwork = undefined;
            this._fixedIpV4 = undefined;
            this._fixedIpV6 = undefined;
            this._name = undefined;
            this._port = undefined;
            this._uuid = undefined;
        }
        else if (cdktf.Tokenization.isResolvable(value)) {
            this.isEmptyObject = false;
            this.resolvableValue = value;
        }
        else {
            this.isEmptyObject = Object.keys(value).length === 0;
            this.resolvableValue = undefined;
            this._accessNetwork = value.accessNetwork;
            this._fixedIpV4 = value.fixedIpV4;
            this._fixedIpV6 = value.fixedIpV6;
            this._name = value.name;
            this._port = value.port;
            this._uuid = value.uuid;
        }
    }
    // access_network - computed: false, optional: true, required: false
    _accessNetwork;
    get accessNetwork() {
        return this.getBooleanAttribute('access_network');
    }
    set accessNetwork(value) {
        this._accessNetwork = value;
    }
    resetAccessNetwork() {
        this._accessNetwork = undefined;
    }
    // Temporarily expose input value. Use with caution.
    get accessNetworkInput() {
        return this._accessNetwork;
    }
    // fixed_ip_v4 - computed: true, optional: true, required: false
    _fixedIpV4;
    get fixedIpV4() {
        return this.getStringAttribute('fixed_ip_v4');
    }
    set fixedIpV4(value) {
        this._fixedIpV4 = value;
    }
    resetFixedIpV4() {
        this._fixedIpV4 = undefined;
    }
    // Temporarily expose input value. Use with caution.
    get fixedIpV4Input() {
        return this._fixedIpV4;
    }
    // fixed_ip_v6 - computed: true, optional: true, required: false
    _fixedIpV6;
    get fixedIpV6() {
        return this.getStringAttribute('fixed_ip_v6');
    }
    set fixedIpV6(value) {
        this._fixedIpV6 = value;
    }
    resetFixedIpV6() {
        this._fixedIpV6 = undefined;
    }
    // Temporarily expose input value. Use with caution.
    get fixedIpV6Input() {
        return this._fixedIpV6;
    }
    // mac - computed: true, optional: false, required: false
    get mac() {
        return this.getStringAttribute('mac');
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
    // port - computed: true, optional: true, required: false
    _port;
    get port() {
        return this.getStringAttribute('port');
    }
    set port(value) {
        this._port = value;
    }
    resetPort() {
        this._port = undefined;
    }
    // Temporarily expose input value. Use with caution.
    get portInput() {
        return this._port;
    }
    // uuid - computed: true, optional: true, required: false
    _uuid;
    get uuid() {
        return this.getStringAttribute('uuid');
    }
    set uuid(value) {
        this._uuid = value;
    }
    resetUuid() {
        this._uuid = undefined;
    }
    // Temporarily expose input value. Use with caution.
    get uuidInput() {
        return this._uuid;
    }
}
exports.ComputeInstanceV2NetworkOutputReference = ComputeInstanceV2NetworkOutputReference;
class ComputeInstanceV2NetworkList extends cdktf.ComplexList {
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
        return new ComputeInstanceV2NetworkOutputReference(this.terraformResource, this.terraformAttribute, index, this.wrapsSet);
    }
}
exports.ComputeInstanceV2NetworkList = ComputeInstanceV2NetworkList;
function computeInstanceV2PersonalityToTerraform(struct) {
    if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) {
        return struct;
    }
    if (cdktf.isComplexElement(struct)) {
        throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
    }
    return {
        content: cdktf.stringToTerraform(struct.content),
        file: cdktf.stringToTerraform(struct.file),
    };
}
function computeInstanceV2PersonalityToHclTerraform(struct) {
    if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) {
        return struct;
    }
    if (cdktf.isComplexElement(struct)) {
        throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
    }
    const attrs = {
        content: {
            value: cdktf.stringToHclTerraform(struct.content),
            isBlock: false,
            type: "simple",
            storageClassType: "string",
        },
        file: {
            value: cdktf.stringToHclTerraform(struct.file),
            isBlock: false,
            type: "simple",
            storageClassType: "string",
        },
    };
    // remove undefined attributes
    return Object.fromEntries(Object.entries(attrs).filter(([_, value]) => value !== undefined && value.value !== undefined));
}
class ComputeInstanceV2PersonalityOutputReference extends cdktf.ComplexObject {
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
        if (this._content !== undefined) {
            hasAnyValues = true;
            internalValueResult.content = this._content;
        }
        if (this._file !== undefined) {
            hasAnyValues = true;
            internalValueResult.file = this._file;
        }
        return hasAnyValues ? internalValueResult : undefined;
    }
    set internalValue(value) {
        if (value === undefined) {
            this.isEmptyObject = false;
            this.resolvableValue = undefined;
            this._content = undefined;
            this._file = undefined;
        }
        else if (cdktf.Tokenization.isResolvable(value)) {
            this.isEmptyObject = false;
            this.resolvableValue = value;
        }
        else {
            this.isEmptyObject = Object.keys(value).length === 0;
            this.resolvableValue = undefined;
            this._content = value.content;
            this._file = value.file;
        }
    }
    // content - computed: false, optional: false, required: true
    _content;
    get content() {
        return this.getStringAttribute('content');
    }
    set content(value) {
        this._content = value;
    }
    // Temporarily expose input value. Use with caution.
    get contentInput() {
        return this._content;
    }
    // file - computed: false, optional: false, required: true
    _file;
    get file() {
        return this.getStringAttribute('file');
    }
    set file(value) {
        this._file = value;
    }
    // Temporarily expose input value. Use with caution.
    get fileInput() {
        return this._file;
    }
}
exports.ComputeInstanceV2PersonalityOutputReference = ComputeInstanceV2PersonalityOutputReference;
class ComputeInstanceV2PersonalityList extends cdktf.ComplexList {
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
        return new ComputeInstanceV2PersonalityOutputReference(this.terraformResource, this.terraformAttribute, index, this.wrapsSet);
    }
}
exports.ComputeInstanceV2PersonalityList = ComputeInstanceV2PersonalityList;
function computeInstanceV2SchedulerHintsToTerraform(struct) {
    if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) {
        return struct;
    }
    if (cdktf.isComplexElement(struct)) {
        throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
    }
    return {
        additional_properties: cdktf.hashMapper(cdktf.stringToTerraform)(struct.additionalProperties),
        build_near_host_ip: cdktf.stringToTerraform(struct.buildNearHostIp),
        different_cell: cdktf.listMapper(cdktf.stringToTerraform, false)(struct.differentCell),
        different_host: cdktf.listMapper(cdktf.stringToTerraform, false)(struct.differentHost),
        group: cdktf.stringToTerraform(struct.group),
        query: cdktf.listMapper(cdktf.stringToTerraform, false)(struct.query),
        same_host: cdktf.listMapper(cdktf.stringToTerraform, false)(struct.sameHost),
        target_cell: cdktf.stringToTerraform(struct.targetCell),
    };
}
function computeInstanceV2SchedulerHintsToHclTerraform(struct) {
    if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) {
        return struct;
    }
    if (cdktf.isComplexElement(struct)) {
        throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
    }
    const attrs = {
        additional_properties: {
            value: cdktf.hashMapperHcl(cdktf.stringToHclTerraform)(struct.additionalProperties),
            isBlock: false,
            type: "map",
            storageClassType: "stringMap",
        },
        build_near_host_ip: {
            value: cdktf.stringToHclTerraform(struct.buildNearHostIp),
            isBlock: false,
            type: "simple",
            storageClassType: "string",
        },
        different_cell: {
            value: cdktf.listMapperHcl(cdktf.stringToHclTerraform, false)(struct.differentCell),
            isBlock: false,
            type: "list",
            storageClassType: "stringList",
        },
        different_host: {
            value: cdktf.listMapperHcl(cdktf.stringToHclTerraform, false)(struct.differentHost),
            isBlock: false,
            type: "list",
            storageClassType: "stringList",
        },
        group: {
            value: cdktf.stringToHclTerraform(struct.group),
            isBlock: false,
            type: "simple",
            storageClassType: "string",
        },
        query: {
            value: cdktf.listMapperHcl(cdktf.stringToHclTerraform, false)(struct.query),
            isBlock: false,
            type: "list",
            storageClassType: "stringList",
        },
        same_host: {
            value: cdktf.listMapperHcl(cdktf.stringToHclTerraform, false)(struct.sameHost),
            isBlock: false,
            type: "list",
            storageClassType: "stringList",
        },
        target_cell: {
            value: cdktf.stringToHclTerraform(struct.targetCell),
            isBlock: false,
            type: "simple",
            storageClassType: "string",
        },
    };
    // remove undefined attributes
    return Object.fromEntries(Object.entries(attrs).filter(([_, value]) => value !== undefined && value.value !== undefined));
}
class ComputeInstanceV2SchedulerHintsOutputReference extends cdktf.ComplexObject {
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
        if (this._additionalProperties !== undefined) {
            hasAnyValues = true;
            internalValueResult.additionalProperties = this._additionalProperties;
        }
        if (this._buildNearHostIp !== undefined) {
            hasAnyValues = true;
            internalValueResult.buildNearHostIp = this._buildNearHostIp;
        }
        if (this._differentCell !== undefined) {
            hasAnyValues = true;
            internalValueResult.differentCell = this._differentCell;
        }
        if (this._differentHost !== undefined) {
            hasAnyValues = true;
            internalValueResult.differentHost = this._differentHost;
        }
        if (this._group !== undefined) {
            hasAnyValues = true;
            internalValueResult.group = this._group;
        }
        if (this._query !== undefined) {
            hasAnyValues = true;
            internalValueResult.query = this._query;
        }
        if (this._sameHost !== undefined) {
            hasAnyValues = true;
            internalValueResult.sameHost = this._sameHost;
        }
        if (this._targetCell !== undefined) {
            hasAnyValues = true;
            internalValueResult.targetCell = this._targetCell;
        }
        return hasAnyValues ? internalValueResult : undefined;
    }
    set internalValue(value) {
        if (value === undefined) {
            this.isEmptyObject = false;
            this.resolvableValue = undefined;
            this._additionalProperties = undefined;
            this._buildNearHostIp = undefined;
            this._differentCell = undefined;
            this._differentHost = undefined;
            this._group = undefined;
            this._query = undefined;
            this._sameHost = undefined;
            this._targetCell = undefined;
        }
        else if (cdktf.Tokenization.isResolvable(value)) {
            this.isEmptyObject = false;
            this.resolvableValue = value;
        }
        else {
            this.isEmptyObject = Object.keys(value).length === 0;
            this.resolvableValue = undefined;
            this._additionalProperties = value.additionalProperties;
            this._buildNearHostIp = value.buildNearHostIp;
            this._differentCell = value.differentCell;
            this._differentHost = value.differentHost;
            this._group = value.group;
            this._query = value.query;
            this._sameHost = value.sameHost;
            this._targetCell = value.targetCell;
        }
    }
    // additional_properties - computed: false, optional: true, required: false
    _additionalProperties;
    get additionalProperties() {
        return this.getStringMapAttribute('additional_properties');
    }
    set additionalProperties(value) {
        this._additionalProperties = value;
    }
    resetAdditionalProperties() {
        this._additionalProperties = undefined;
    }
    // Temporarily expose input value. Use with caution.
    get additionalPropertiesInput() {
        return this._additionalProperties;
    }
    // build_near_host_ip - computed: false, optional: true, required: false
    _buildNearHostIp;
    get buildNearHostIp() {
        return this.getStringAttribute('build_near_host_ip');
    }
    set buildNearHostIp(value) {
        this._buildNearHostIp = value;
    }
    resetBuildNearHostIp() {
        this._buildNearHostIp = undefined;
    }
    // Temporarily expose input value. Use with caution.
    get buildNearHostIpInput() {
        return this._buildNearHostIp;
    }
    // different_cell - computed: false, optional: true, required: false
    _differentCell;
    get differentCell() {
        return this.getListAttribute('different_cell');
    }
    set differentCell(value) {
        this._differentCell = value;
    }
    resetDifferentCell() {
        this._differentCell = undefined;
    }
    // Temporarily expose input value. Use with caution.
    get differentCellInput() {
        return this._differentCell;
    }
    // different_host - computed: false, optional: true, required: false
    _differentHost;
    get differentHost() {
        return this.getListAttribute('different_host');
    }
    set differentHost(value) {
        this._differentHost = value;
    }
    resetDifferentHost() {
        this._differentHost = undefined;
    }
    // Temporarily expose input value. Use with caution.
    get differentHostInput() {
        return this._differentHost;
    }
    // group - computed: false, optional: true, required: false
    _group;
    get group() {
        return this.getStringAttribute('group');
    }
    set group(value) {
        this._group = value;
    }
    resetGroup() {
        this._group = undefined;
    }
    // Temporarily expose input value. Use with caution.
    get groupInput() {
        return this._group;
    }
    // query - computed: false, optional: true, required: false
    _query;
    get query() {
        return this.getListAttribute('query');
    }
    set query(value) {
        this._query = value;
    }
    resetQuery() {
        this._query = undefined;
    }
    // Temporarily expose input value. Use with caution.
    get queryInput() {
        return this._query;
    }
    // same_host - computed: false, optional: true, required: false
    _sameHost;
    get sameHost() {
        return this.getListAttribute('same_host');
    }
    set sameHost(value) {
        this._sameHost = value;
    }
    resetSameHost() {
        this._sameHost = undefined;
    }
    // Temporarily expose input value. Use with caution.
    get sameHostInput() {
        return this._sameHost;
    }
    // target_cell - computed: false, optional: true, required: false
    _targetCell;
    get targetCell() {
        return this.getStringAttribute('target_cell');
    }
    set targetCell(value) {
        this._targetCell = value;
    }
    resetTargetCell() {
        this._targetCell = undefined;
    }
    // Temporarily expose input value. Use with caution.
    get targetCellInput() {
        return this._targetCell;
    }
}
exports.ComputeInstanceV2SchedulerHintsOutputReference = ComputeInstanceV2SchedulerHintsOutputReference;
class ComputeInstanceV2SchedulerHintsList extends cdktf.ComplexList {
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
        return new ComputeInstanceV2SchedulerHintsOutputReference(this.terraformResource, this.terraformAttribute, index, this.wrapsSet);
    }
}
exports.ComputeInstanceV2SchedulerHintsList = ComputeInstanceV2SchedulerHintsList;
function computeInstanceV2TimeoutsToTerraform(struct) {
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
function computeInstanceV2TimeoutsToHclTerraform(struct) {
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
class ComputeInstanceV2TimeoutsOutputReference extends cdktf.ComplexObject {
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
exports.ComputeInstanceV2TimeoutsOutputReference = ComputeInstanceV2TimeoutsOutputReference;
function computeInstanceV2VendorOptionsToTerraform(struct) {
    if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) {
        return struct;
    }
    if (cdktf.isComplexElement(struct)) {
        throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
    }
    return {
        detach_ports_before_destroy: cdktf.booleanToTerraform(struct.detachPortsBeforeDestroy),
        ignore_resize_confirmation: cdktf.booleanToTerraform(struct.ignoreResizeConfirmation),
    };
}
function computeInstanceV2VendorOptionsToHclTerraform(struct) {
    if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) {
        return struct;
    }
    if (cdktf.isComplexElement(struct)) {
        throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
    }
    const attrs = {
        detach_ports_before_destroy: {
            value: cdktf.booleanToHclTerraform(struct.detachPortsBeforeDestroy),
            isBlock: false,
            type: "simple",
            storageClassType: "boolean",
        },
        ignore_resize_confirmation: {
            value: cdktf.booleanToHclTerraform(struct.ignoreResizeConfirmation),
            isBlock: false,
            type: "simple",
            storageClassType: "boolean",
        },
    };
    // remove undefined attributes
    return Object.fromEntries(Object.entries(attrs).filter(([_, value]) => value !== undefined && value.value !== undefined));
}
class ComputeInstanceV2VendorOptionsOutputReference extends cdktf.ComplexObject {
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
        if (this._detachPortsBeforeDestroy !== undefined) {
            hasAnyValues = true;
            internalValueResult.detachPortsBeforeDestroy = this._detachPortsBeforeDestroy;
        }
        if (this._ignoreResizeConfirmation !== undefined) {
            hasAnyValues = true;
            internalValueResult.ignoreResizeConfirmation = this._ignoreResizeConfirmation;
        }
        return hasAnyValues ? internalValueResult : undefined;
    }
    set internalValue(value) {
        if (value === undefined) {
            this.isEmptyObject = false;
            this._detachPortsBeforeDestroy = undefined;
            this._ignoreResizeConfirmation = undefined;
        }
        else {
            this.isEmptyObject = Object.keys(value).length === 0;
            this._detachPortsBeforeDestroy = value.detachPortsBeforeDestroy;
            this._ignoreResizeConfirmation = value.ignoreResizeConfirmation;
        }
    }
    // detach_ports_before_destroy - computed: false, optional: true, required: false
    _detachPortsBeforeDestroy;
    get detachPortsBeforeDestroy() {
        return this.getBooleanAttribute('detach_ports_before_destroy');
    }
    set detachPortsBeforeDestroy(value) {
        this._detachPortsBeforeDestroy = value;
    }
    resetDetachPortsBeforeDestroy() {
        this._detachPortsBeforeDestroy = undefined;
    }
    // Temporarily expose input value. Use with caution.
    get detachPortsBeforeDestroyInput() {
        return this._detachPortsBeforeDestroy;
    }
    // ignore_resize_confirmation - computed: false, optional: true, required: false
    _ignoreResizeConfirmation;
    get ignoreResizeConfirmation() {
        return this.getBooleanAttribute('ignore_resize_confirmation');
    }
    set ignoreResizeConfirmation(value) {
        this._ignoreResizeConfirmation = value;
    }
    resetIgnoreResizeConfirmation() {
        this._ignoreResizeConfirmation = undefined;
    }
    // Temporarily expose input value. Use with caution.
    get ignoreResizeConfirmationInput() {
        return this._ignoreResizeConfirmation;
    }
}
exports.ComputeInstanceV2VendorOptionsOutputReference = ComputeInstanceV2VendorOptionsOutputReference;
/**
* Represents a {@link https://registry.terraform.io/providers/terraform-provider-openstack/openstack/3.4.0/docs/resources/compute_instance_v2 openstack_compute_instance_v2}
*/
class ComputeInstanceV2 extends cdktf.TerraformResource {
    // =================
    // STATIC PROPERTIES
    // =================
    static tfResourceType = "openstack_compute_instance_v2";
    // ==============
    // STATIC Methods
    // ==============
    /**
    * Generates CDKTF code for importing a ComputeInstanceV2 resource upon running "cdktf plan <stack-name>"
    * @param scope The scope in which to define this construct
    * @param importToId The construct id used in the generated config for the ComputeInstanceV2 to import
    * @param importFromId The id of the existing ComputeInstanceV2 that should be imported. Refer to the {@link https://registry.terraform.io/providers/terraform-provider-openstack/openstack/3.4.0/docs/resources/compute_instance_v2#import import section} in the documentation of this resource for the id to use
    * @param provider? Optional instance of the provider where the ComputeInstanceV2 to import is found
    */
    static generateConfigForImport(scope, importToId, importFromId, provider) {
        return new cdktf.ImportableResource(scope, importToId, { terraformResourceType: "openstack_compute_instance_v2", importId: importFromId, provider });
    }
    // ===========
    // INITIALIZER
    // ===========
    /**
    * Create a new {@link https://registry.terraform.io/providers/terraform-provider-openstack/openstack/3.4.0/docs/resources/compute_instance_v2 openstack_compute_instance_v2} Resource
    *
    * @param scope The scope in which to define this construct
    * @param id The scoped construct ID. Must be unique amongst siblings in the same scope
    * @param options ComputeInstanceV2Config
    */
    constructor(scope, id, config) {
        super(scope, id, {
            terraformResourceType: 'openstack_compute_instance_v2',
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
        this._adminPass = config.adminPass;
        this._availabilityZone = config.availabilityZone;
        this._availabilityZoneHints = config.availabilityZoneHints;
        this._configDrive = config.configDrive;
        this._flavorId = config.flavorId;
        this._flavorName = config.flavorName;
        this._forceDelete = config.forceDelete;
        this._hypervisorHostname = config.hypervisorHostname;
        this._id = config.id;
        this._imageId = config.imageId;
        this._imageName = config.imageName;
        this._keyPair = config.keyPair;
        this._metadata = config.metadata;
        this._name = config.name;
        this._networkMode = config.networkMode;
        this._powerState = config.powerState;
        this._region = config.region;
        this._securityGroups = config.securityGroups;
        this._stopBeforeDestroy = config.stopBeforeDestroy;
        this._tags = config.tags;
        this._userData = config.userData;
        this._blockDevice.internalValue = config.blockDevice;
        this._network.internalValue = config.network;
        this._personality.internalValue = config.personality;
        this._schedulerHints.internalValue = config.schedulerHints;
        this._timeouts.internalValue = config.timeouts;
        this._vendorOptions.internalValue = config.vendorOptions;
    }
    // ==========
    // ATTRIBUTES
    // ==========
    // access_ip_v4 - computed: true, optional: false, required: false
    get accessIpV4() {
        return this.getStringAttribute('access_ip_v4');
    }
    // access_ip_v6 - computed: true, optional: false, required: false
    get accessIpV6() {
        return this.getStringAttribute('access_ip_v6');
    }
    // admin_pass - computed: false, optional: true, required: false
    _adminPass;
    get adminPass() {
        return this.getStringAttribute('admin_pass');
    }
    set adminPass(value) {
        this._adminPass = value;
    }
    resetAdminPass() {
        this._adminPass = undefined;
    }
    // Temporarily expose input value. Use with caution.
    get adminPassInput() {
        return this._adminPass;
    }
    // all_metadata - computed: true, optional: false, required: false
    _allMetadata = new cdktf.StringMap(this, "all_metadata");
    get allMetadata() {
        return this._allMetadata;
    }
    // all_tags - computed: true, optional: false, required: false
    get allTags() {
        return cdktf.Fn.tolist(this.getListAttribute('all_tags'));
    }
    // availability_zone - computed: true, optional: true, required: false
    _availabilityZone;
    get availabilityZone() {
        return this.getStringAttribute('availability_zone');
    }
    set availabilityZone(value) {
        this._availabilityZone = value;
    }
    resetAvailabilityZone() {
        this._availabilityZone = undefined;
    }
    // Temporarily expose input value. Use with caution.
    get availabilityZoneInput() {
        return this._availabilityZone;
    }
    // availability_zone_hints - computed: false, optional: true, required: false
    _availabilityZoneHints;
    get availabilityZoneHints() {
        return this.getStringAttribute('availability_zone_hints');
    }
    set availabilityZoneHints(value) {
        this._availabilityZoneHints = value;
    }
    resetAvailabilityZoneHints() {
        this._availabilityZoneHints = undefined;
    }
    // Temporarily expose input value. Use with caution.
    get availabilityZoneHintsInput() {
        return this._availabilityZoneHints;
    }
    // config_drive - computed: false, optional: true, required: false
    _configDrive;
    get configDrive() {
        return this.getBooleanAttribute('config_drive');
    }
    set configDrive(value) {
        this._configDrive = value;
    }
    resetConfigDrive() {
        this._configDrive = undefined;
    }
    // Temporarily expose input value. Use with caution.
    get configDriveInput() {
        return this._configDrive;
    }
    // created - computed: true, optional: false, required: false
    get created() {
        return this.getStringAttribute('created');
    }
    // flavor_id - computed: true, optional: true, required: false
    _flavorId;
    get flavorId() {
        return this.getStringAttribute('flavor_id');
    }
    set flavorId(value) {
        this._flavorId = value;
    }
    resetFlavorId() {
        this._flavorId = undefined;
    }
    // Temporarily expose input value. Use with caution.
    get flavorIdInput() {
        return this._flavorId;
    }
    // flavor_name - computed: true, optional: true, required: false
    _flavorName;
    get flavorName() {
        return this.getStringAttribute('flavor_name');
    }
    set flavorName(value) {
        this._flavorName = value;
    }
    resetFlavorName() {
        this._flavorName = undefined;
    }
    // Temporarily expose input value. Use with caution.
    get flavorNameInput() {
        return this._flavorName;
    }
    // force_delete - computed: false, optional: true, required: false
    _forceDelete;
    get forceDelete() {
        return this.getBooleanAttribute('force_delete');
    }
    set forceDelete(value) {
        this._forceDelete = value;
    }
    resetForceDelete() {
        this._forceDelete = undefined;
    }
    // Temporarily expose input value. Use with caution.
    get forceDeleteInput() {
        return this._forceDelete;
    }
    // hypervisor_hostname - computed: true, optional: true, required: false
    _hypervisorHostname;
    get hypervisorHostname() {
        return this.getStringAttribute('hypervisor_hostname');
    }
    set hypervisorHostname(value) {
        this._hypervisorHostname = value;
    }
    resetHypervisorHostname() {
        this._hypervisorHostname = undefined;
    }
    // Temporarily expose input value. Use with caution.
    get hypervisorHostnameInput() {
        return this._hypervisorHostname;
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
    // image_id - computed: true, optional: true, required: false
    _imageId;
    get imageId() {
        return this.getStringAttribute('image_id');
    }
    set imageId(value) {
        this._imageId = value;
    }
    resetImageId() {
        this._imageId = undefined;
    }
    // Temporarily expose input value. Use with caution.
    get imageIdInput() {
        return this._imageId;
    }
    // image_name - computed: true, optional: true, required: false
    _imageName;
    get imageName() {
        return this.getStringAttribute('image_name');
    }
    set imageName(value) {
        this._imageName = value;
    }
    resetImageName() {
        this._imageName = undefined;
    }
    // Temporarily expose input value. Use with caution.
    get imageNameInput() {
        return this._imageName;
    }
    // key_pair - computed: false, optional: true, required: false
    _keyPair;
    get keyPair() {
        return this.getStringAttribute('key_pair');
    }
    set keyPair(value) {
        this._keyPair = value;
    }
    resetKeyPair() {
        this._keyPair = undefined;
    }
    // Temporarily expose input value. Use with caution.
    get keyPairInput() {
        return this._keyPair;
    }
    // metadata - computed: false, optional: true, required: false
    _metadata;
    get metadata() {
        return this.getStringMapAttribute('metadata');
    }
    set metadata(value) {
        this._metadata = value;
    }
    resetMetadata() {
        this._metadata = undefined;
    }
    // Temporarily expose input value. Use with caution.
    get metadataInput() {
        return this._metadata;
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
    // network_mode - computed: false, optional: true, required: false
    _networkMode;
    get networkMode() {
        return this.getStringAttribute('network_mode');
    }
    set networkMode(value) {
        this._networkMode = value;
    }
    resetNetworkMode() {
        this._networkMode = undefined;
    }
    // Temporarily expose input value. Use with caution.
    get networkModeInput() {
        return this._networkMode;
    }
    // power_state - computed: false, optional: true, required: false
    _powerState;
    get powerState() {
        return this.getStringAttribute('power_state');
    }
    set powerState(value) {
        this._powerState = value;
    }
    resetPowerState() {
        this._powerState = undefined;
    }
    // Temporarily expose input value. Use with caution.
    get powerStateInput() {
        return this._powerState;
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
    // security_groups - computed: true, optional: true, required: false
    _securityGroups;
    get securityGroups() {
        return cdktf.Fn.tolist(this.getListAttribute('security_groups'));
    }
    set securityGroups(value) {
        this._securityGroups = value;
    }
    resetSecurityGroups() {
        this._securityGroups = undefined;
    }
    // Temporarily expose input value. Use with caution.
    get securityGroupsInput() {
        return this._securityGroups;
    }
    // stop_before_destroy - computed: false, optional: true, required: false
    _stopBeforeDestroy;
    get stopBeforeDestroy() {
        return this.getBooleanAttribute('stop_before_destroy');
    }
    set stopBeforeDestroy(value) {
        this._stopBeforeDestroy = value;
    }
    resetStopBeforeDestroy() {
        this._stopBeforeDestroy = undefined;
    }
    // Temporarily expose input value. Use with caution.
    get stopBeforeDestroyInput() {
        return this._stopBeforeDestroy;
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
    // updated - computed: true, optional: false, required: false
    get updated() {
        return this.getStringAttribute('updated');
    }
    // user_data - computed: false, optional: true, required: false
    _userData;
    get userData() {
        return this.getStringAttribute('user_data');
    }
    set userData(value) {
        this._userData = value;
    }
    resetUserData() {
        this._userData = undefined;
    }
    // Temporarily expose input value. Use with caution.
    get userDataInput() {
        return this._userData;
    }
    // block_device - computed: false, optional: true, required: false
    _blockDevice = new ComputeInstanceV2BlockDeviceList(this, "block_device", false);
    get blockDevice() {
        return this._blockDevice;
    }
    putBlockDevice(value) {
        this._blockDevice.internalValue = value;
    }
    resetBlockDevice() {
        this._blockDevice.internalValue = undefined;
    }
    // Temporarily expose input value. Use with caution.
    get blockDeviceInput() {
        return this._blockDevice.internalValue;
    }
    // network - computed: false, optional: true, required: false
    _network = new ComputeInstanceV2NetworkList(this, "network", false);
    get network() {
        return this._network;
    }
    putNetwork(value) {
        this._network.internalValue = value;
    }
    resetNetwork() {
        this._network.internalValue = undefined;
    }
    // Temporarily expose input value. Use with caution.
    get networkInput() {
        return this._network.internalValue;
    }
    // personality - computed: false, optional: true, required: false
    _personality = new ComputeInstanceV2PersonalityList(this, "personality", true);
    get personality() {
        return this._personality;
    }
    putPersonality(value) {
        this._personality.internalValue = value;
    }
    resetPersonality() {
        this._personality.internalValue = undefined;
    }
    // Temporarily expose input value. Use with caution.
    get personalityInput() {
        return this._personality.internalValue;
    }
    // scheduler_hints - computed: false, optional: true, required: false
    _schedulerHints = new ComputeInstanceV2SchedulerHintsList(this, "scheduler_hints", true);
    get schedulerHints() {
        return this._schedulerHints;
    }
    putSchedulerHints(value) {
        this._schedulerHints.internalValue = value;
    }
    resetSchedulerHints() {
        this._schedulerHints.internalValue = undefined;
    }
    // Temporarily expose input value. Use with caution.
    get schedulerHintsInput() {
        return this._schedulerHints.internalValue;
    }
    // timeouts - computed: false, optional: true, required: false
    _timeouts = new ComputeInstanceV2TimeoutsOutputReference(this, "timeouts");
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
    // vendor_options - computed: false, optional: true, required: false
    _vendorOptions = new ComputeInstanceV2VendorOptionsOutputReference(this, "vendor_options");
    get vendorOptions() {
        return this._vendorOptions;
    }
    putVendorOptions(value) {
        this._vendorOptions.internalValue = value;
    }
    resetVendorOptions() {
        this._vendorOptions.internalValue = undefined;
    }
    // Temporarily expose input value. Use with caution.
    get vendorOptionsInput() {
        return this._vendorOptions.internalValue;
    }
    // =========
    // SYNTHESIS
    // =========
    synthesizeAttributes() {
        return {
            admin_pass: cdktf.stringToTerraform(this._adminPass),
            availability_zone: cdktf.stringToTerraform(this._availabilityZone),
            availability_zone_hints: cdktf.stringToTerraform(this._availabilityZoneHints),
            config_drive: cdktf.booleanToTerraform(this._configDrive),
            flavor_id: cdktf.stringToTerraform(this._flavorId),
            flavor_name: cdktf.stringToTerraform(this._flavorName),
            force_delete: cdktf.booleanToTerraform(this._forceDelete),
            hypervisor_hostname: cdktf.stringToTerraform(this._hypervisorHostname),
            id: cdktf.stringToTerraform(this._id),
            image_id: cdktf.stringToTerraform(this._imageId),
            image_name: cdktf.stringToTerraform(this._imageName),
            key_pair: cdktf.stringToTerraform(this._keyPair),
            metadata: cdktf.hashMapper(cdktf.stringToTerraform)(this._metadata),
            name: cdktf.stringToTerraform(this._name),
            network_mode: cdktf.stringToTerraform(this._networkMode),
            power_state: cdktf.stringToTerraform(this._powerState),
            region: cdktf.stringToTerraform(this._region),
            security_groups: cdktf.listMapper(cdktf.stringToTerraform, false)(this._securityGroups),
            stop_before_destroy: cdktf.booleanToTerraform(this._stopBeforeDestroy),
            tags: cdktf.listMapper(cdktf.stringToTerraform, false)(this._tags),
            user_data: cdktf.stringToTerraform(this._userData),
            block_device: cdktf.listMapper(computeInstanceV2BlockDeviceToTerraform, true)(this._blockDevice.internalValue),
            network: cdktf.listMapper(computeInstanceV2NetworkToTerraform, true)(this._network.internalValue),
            personality: cdktf.listMapper(computeInstanceV2PersonalityToTerraform, true)(this._personality.internalValue),
            scheduler_hints: cdktf.listMapper(computeInstanceV2SchedulerHintsToTerraform, true)(this._schedulerHints.internalValue),
            timeouts: computeInstanceV2TimeoutsToTerraform(this._timeouts.internalValue),
            vendor_options: computeInstanceV2VendorOptionsToTerraform(this._vendorOptions.internalValue),
        };
    }
    synthesizeHclAttributes() {
        const attrs = {
            admin_pass: {
                value: cdktf.stringToHclTerraform(this._adminPass),
                isBlock: false,
                type: "simple",
                storageClassType: "string",
            },
            availability_zone: {
                value: cdktf.stringToHclTerraform(this._availabilityZone),
                isBlock: false,
                type: "simple",
                storageClassType: "string",
            },
            availability_zone_hints: {
                value: cdktf.stringToHclTerraform(this._availabilityZoneHints),
                isBlock: false,
                type: "simple",
                storageClassType: "string",
            },
            config_drive: {
                value: cdktf.booleanToHclTerraform(this._configDrive),
                isBlock: false,
                type: "simple",
                storageClassType: "boolean",
            },
            flavor_id: {
                value: cdktf.stringToHclTerraform(this._flavorId),
                isBlock: false,
                type: "simple",
                storageClassType: "string",
            },
            flavor_name: {
                value: cdktf.stringToHclTerraform(this._flavorName),
                isBlock: false,
                type: "simple",
                storageClassType: "string",
            },
            force_delete: {
                value: cdktf.booleanToHclTerraform(this._forceDelete),
                isBlock: false,
                type: "simple",
                storageClassType: "boolean",
            },
            hypervisor_hostname: {
                value: cdktf.stringToHclTerraform(this._hypervisorHostname),
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
            image_id: {
                value: cdktf.stringToHclTerraform(this._imageId),
                isBlock: false,
                type: "simple",
                storageClassType: "string",
            },
            image_name: {
                value: cdktf.stringToHclTerraform(this._imageName),
                isBlock: false,
                type: "simple",
                storageClassType: "string",
            },
            key_pair: {
                value: cdktf.stringToHclTerraform(this._keyPair),
                isBlock: false,
                type: "simple",
                storageClassType: "string",
            },
            metadata: {
                value: cdktf.hashMapperHcl(cdktf.stringToHclTerraform)(this._metadata),
                isBlock: false,
                type: "map",
                storageClassType: "stringMap",
            },
            name: {
                value: cdktf.stringToHclTerraform(this._name),
                isBlock: false,
                type: "simple",
                storageClassType: "string",
            },
            network_mode: {
                value: cdktf.stringToHclTerraform(this._networkMode),
                isBlock: false,
                type: "simple",
                storageClassType: "string",
            },
            power_state: {
                value: cdktf.stringToHclTerraform(this._powerState),
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
            security_groups: {
                value: cdktf.listMapperHcl(cdktf.stringToHclTerraform, false)(this._securityGroups),
                isBlock: false,
                type: "set",
                storageClassType: "stringList",
            },
            stop_before_destroy: {
                value: cdktf.booleanToHclTerraform(this._stopBeforeDestroy),
                isBlock: false,
                type: "simple",
                storageClassType: "boolean",
            },
            tags: {
                value: cdktf.listMapperHcl(cdktf.stringToHclTerraform, false)(this._tags),
                isBlock: false,
                type: "set",
                storageClassType: "stringList",
            },
            user_data: {
                value: cdktf.stringToHclTerraform(this._userData),
                isBlock: false,
                type: "simple",
                storageClassType: "string",
            },
            block_device: {
                value: cdktf.listMapperHcl(computeInstanceV2BlockDeviceToHclTerraform, true)(this._blockDevice.internalValue),
                isBlock: true,
                type: "list",
                storageClassType: "ComputeInstanceV2BlockDeviceList",
            },
            network: {
                value: cdktf.listMapperHcl(computeInstanceV2NetworkToHclTerraform, true)(this._network.internalValue),
                isBlock: true,
                type: "list",
                storageClassType: "ComputeInstanceV2NetworkList",
            },
            personality: {
                value: cdktf.listMapperHcl(computeInstanceV2PersonalityToHclTerraform, true)(this._personality.internalValue),
                isBlock: true,
                type: "set",
                storageClassType: "ComputeInstanceV2PersonalityList",
            },
            scheduler_hints: {
                value: cdktf.listMapperHcl(computeInstanceV2SchedulerHintsToHclTerraform, true)(this._schedulerHints.internalValue),
                isBlock: true,
                type: "set",
                storageClassType: "ComputeInstanceV2SchedulerHintsList",
            },
            timeouts: {
                value: computeInstanceV2TimeoutsToHclTerraform(this._timeouts.internalValue),
                isBlock: true,
                type: "struct",
                storageClassType: "ComputeInstanceV2Timeouts",
            },
            vendor_options: {
                value: computeInstanceV2VendorOptionsToHclTerraform(this._vendorOptions.internalValue),
                isBlock: true,
                type: "set",
                storageClassType: "ComputeInstanceV2VendorOptionsList",
            },
        };
        // remove undefined attributes
        return Object.fromEntries(Object.entries(attrs).filter(([_, value]) => value !== undefined && value.value !== undefined));
    }
}
exports.ComputeInstanceV2 = ComputeInstanceV2;
