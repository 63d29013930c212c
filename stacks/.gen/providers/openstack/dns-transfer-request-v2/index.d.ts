import { Construct } from 'constructs';
import * as cdktf from 'cdktf';
export interface DnsTransferRequestV2Config extends cdktf.TerraformMetaArguments {
    /**
    * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/terraform-provider-openstack/openstack/3.4.0/docs/resources/dns_transfer_request_v2#description DnsTransferRequestV2#description}
    */
    readonly description?: string;
    /**
    * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/terraform-provider-openstack/openstack/3.4.0/docs/resources/dns_transfer_request_v2#disable_status_check DnsTransferRequestV2#disable_status_check}
    */
    readonly disableStatusCheck?: boolean | cdktf.IResolvable;
    /**
    * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/terraform-provider-openstack/openstack/3.4.0/docs/resources/dns_transfer_request_v2#id DnsTransferRequestV2#id}
    *
    * Please be aware that the id field is automatically added to all resources in Terraform providers using a Terraform provider SDK version below 2.
    * If you experience problems setting this value it might not be settable. Please take a look at the provider documentation to ensure it should be settable.
    */
    readonly id?: string;
    /**
    * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/terraform-provider-openstack/openstack/3.4.0/docs/resources/dns_transfer_request_v2#key DnsTransferRequestV2#key}
    */
    readonly key?: string;
    /**
    * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/terraform-provider-openstack/openstack/3.4.0/docs/resources/dns_transfer_request_v2#region DnsTransferRequestV2#region}
    */
    readonly region?: string;
    /**
    * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/terraform-provider-openstack/openstack/3.4.0/docs/resources/dns_transfer_request_v2#target_project_id DnsTransferRequestV2#target_project_id}
    */
    readonly targetProjectId?: string;
    /**
    * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/terraform-provider-openstack/openstack/3.4.0/docs/resources/dns_transfer_request_v2#value_specs DnsTransferRequestV2#value_specs}
    */
    readonly valueSpecs?: {
        [key: string]: string;
    };
    /**
    * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/terraform-provider-openstack/openstack/3.4.0/docs/resources/dns_transfer_request_v2#zone_id DnsTransferRequestV2#zone_id}
    */
    readonly zoneId: string;
    /**
    * timeouts block
    *
    * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/terraform-provider-openstack/openstack/3.4.0/docs/resources/dns_transfer_request_v2#timeouts DnsTransferRequestV2#timeouts}
    */
    readonly timeouts?: DnsTransferRequestV2Timeouts;
}
export interface DnsTransferRequestV2Timeouts {
    /**
    * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/terraform-provider-openstack/openstack/3.4.0/docs/resources/dns_transfer_request_v2#create DnsTransferRequestV2#create}
    */
    readonly create?: string;
    /**
    * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/terraform-provider-openstack/openstack/3.4.0/docs/resources/dns_transfer_request_v2#delete DnsTransferRequestV2#delete}
    */
    readonly delete?: string;
    /**
    * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/terraform-provider-openstack/openstack/3.4.0/docs/resources/dns_transfer_request_v2#update DnsTransferRequestV2#update}
    */
    readonly update?: string;
}
export declare function dnsTransferRequestV2TimeoutsToTerraform(struct?: DnsTransferRequestV2Timeouts | cdktf.IResolvable): any;
export declare function dnsTransferRequestV2TimeoutsToHclTerraform(struct?: DnsTransferRequestV2Timeouts | cdktf.IResolvable): any;
export declare class DnsTransferRequestV2TimeoutsOutputReference extends cdktf.ComplexObject {
    private isEmptyObject;
    private resolvableValue?;
    /**
    * @param terraformResource The parent resource
    * @param terraformAttribute The attribute on the parent resource this class is referencing
    */
    constructor(terraformResource: cdktf.IInterpolatingParent, terraformAttribute: string);
    get internalValue(): DnsTransferRequestV2Timeouts | cdktf.IResolvable | undefined;
    set internalValue(value: DnsTransferRequestV2Timeouts | cdktf.IResolvable | undefined);
    private _create?;
    get create(): string;
    set create(value: string);
    resetCreate(): void;
    get createInput(): string | undefined;
    private _delete?;
    get delete(): string;
    set delete(value: string);
    resetDelete(): void;
    get deleteInput(): string | undefined;
    private _update?;
    get update(): string;
    set update(value: string);
    resetUpdate(): void;
    get updateInput(): string | undefined;
}
/**
* Represents a {@link https://registry.terraform.io/providers/terraform-provider-openstack/openstack/3.4.0/docs/resources/dns_transfer_request_v2 openstack_dns_transfer_request_v2}
*/
export declare class DnsTransferRequestV2 extends cdktf.TerraformResource {
    static readonly tfResourceType = "openstack_dns_transfer_request_v2";
    /**
    * Generates CDKTF code for importing a DnsTransferRequestV2 resource upon running "cdktf plan <stack-name>"
    * @param scope The scope in which to define this construct
    * @param importToId The construct id used in the generated config for the DnsTransferRequestV2 to import
    * @param importFromId The id of the existing DnsTransferRequestV2 that should be imported. Refer to the {@link https://registry.terraform.io/providers/terraform-provider-openstack/openstack/3.4.0/docs/resources/dns_transfer_request_v2#import import section} in the documentation of this resource for the id to use
    * @param provider? Optional instance of the provider where the DnsTransferRequestV2 to import is found
    */
    static generateConfigForImport(scope: Construct, importToId: string, importFromId: string, provider?: cdktf.TerraformProvider): cdktf.ImportableResource;
    /**
    * Create a new {@link https://registry.terraform.io/providers/terraform-provider-openstack/openstack/3.4.0/docs/resources/dns_transfer_request_v2 openstack_dns_transfer_request_v2} Resource
    *
    * @param scope The scope in which to define this construct
    * @param id The scoped construct ID. Must be unique amongst siblings in the same scope
    * @param options DnsTransferRequestV2Config
    */
    constructor(scope: Construct, id: string, config: DnsTransferRequestV2Config);
    private _description?;
    get description(): string;
    set description(value: string);
    resetDescription(): void;
    get descriptionInput(): string | undefined;
    private _disableStatusCheck?;
    get disableStatusCheck(): boolean | cdktf.IResolvable;
    set disableStatusCheck(value: boolean | cdktf.IResolvable);
    resetDisableStatusCheck(): void;
    get disableStatusCheckInput(): boolean | cdktf.IResolvable | undefined;
    private _id?;
    get id(): string;
    set id(value: string);
    resetId(): void;
    get idInput(): string | undefined;
    private _key?;
    get key(): string;
    set key(value: string);
    resetKey(): void;
    get keyInput(): string | undefined;
    private _region?;
    get region(): string;
    set region(value: string);
    resetRegion(): void;
    get regionInput(): string | undefined;
    private _targetProjectId?;
    get targetProjectId(): string;
    set targetProjectId(value: string);
    resetTargetProjectId(): void;
    get targetProjectIdInput(): string | undefined;
    private _valueSpecs?;
    get valueSpecs(): {
        [key: string]: string;
    };
    set valueSpecs(value: {
        [key: string]: string;
    });
    resetValueSpecs(): void;
    get valueSpecsInput(): {
        [key: string]: string;
    } | undefined;
    private _zoneId?;
    get zoneId(): string;
    set zoneId(value: string);
    get zoneIdInput(): string | undefined;
    private _timeouts;
    get timeouts(): DnsTransferRequestV2TimeoutsOutputReference;
    putTimeouts(value: DnsTransferRequestV2Timeouts): void;
    resetTimeouts(): void;
    get timeoutsInput(): DnsTransferRequestV2Timeouts | cdktf.IResolvable | undefined;
    protected synthesizeAttributes(): {
        [name: string]: any;
    };
    protected synthesizeHclAttributes(): {
        [name: string]: any;
    };
}
