import { Construct } from 'constructs';
import * as cdktf from 'cdktf';
export interface TaasTapMirrorV2Config extends cdktf.TerraformMetaArguments {
    /**
    * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/terraform-provider-openstack/openstack/3.4.0/docs/resources/taas_tap_mirror_v2#description TaasTapMirrorV2#description}
    */
    readonly description?: string;
    /**
    * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/terraform-provider-openstack/openstack/3.4.0/docs/resources/taas_tap_mirror_v2#id TaasTapMirrorV2#id}
    *
    * Please be aware that the id field is automatically added to all resources in Terraform providers using a Terraform provider SDK version below 2.
    * If you experience problems setting this value it might not be settable. Please take a look at the provider documentation to ensure it should be settable.
    */
    readonly id?: string;
    /**
    * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/terraform-provider-openstack/openstack/3.4.0/docs/resources/taas_tap_mirror_v2#mirror_type TaasTapMirrorV2#mirror_type}
    */
    readonly mirrorType: string;
    /**
    * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/terraform-provider-openstack/openstack/3.4.0/docs/resources/taas_tap_mirror_v2#name TaasTapMirrorV2#name}
    */
    readonly name?: string;
    /**
    * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/terraform-provider-openstack/openstack/3.4.0/docs/resources/taas_tap_mirror_v2#port_id TaasTapMirrorV2#port_id}
    */
    readonly portId: string;
    /**
    * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/terraform-provider-openstack/openstack/3.4.0/docs/resources/taas_tap_mirror_v2#region TaasTapMirrorV2#region}
    */
    readonly region?: string;
    /**
    * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/terraform-provider-openstack/openstack/3.4.0/docs/resources/taas_tap_mirror_v2#remote_ip TaasTapMirrorV2#remote_ip}
    */
    readonly remoteIp: string;
    /**
    * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/terraform-provider-openstack/openstack/3.4.0/docs/resources/taas_tap_mirror_v2#tenant_id TaasTapMirrorV2#tenant_id}
    */
    readonly tenantId?: string;
    /**
    * directions block
    *
    * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/terraform-provider-openstack/openstack/3.4.0/docs/resources/taas_tap_mirror_v2#directions TaasTapMirrorV2#directions}
    */
    readonly directions: TaasTapMirrorV2Directions;
}
export interface TaasTapMirrorV2Directions {
    /**
    * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/terraform-provider-openstack/openstack/3.4.0/docs/resources/taas_tap_mirror_v2#in TaasTapMirrorV2#in}
    */
    readonly in?: number;
    /**
    * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/terraform-provider-openstack/openstack/3.4.0/docs/resources/taas_tap_mirror_v2#out TaasTapMirrorV2#out}
    */
    readonly out?: number;
}
export declare function taasTapMirrorV2DirectionsToTerraform(struct?: TaasTapMirrorV2DirectionsOutputReference | TaasTapMirrorV2Directions): any;
export declare function taasTapMirrorV2DirectionsToHclTerraform(struct?: TaasTapMirrorV2DirectionsOutputReference | TaasTapMirrorV2Directions): any;
export declare class TaasTapMirrorV2DirectionsOutputReference extends cdktf.ComplexObject {
    private isEmptyObject;
    /**
    * @param terraformResource The parent resource
    * @param terraformAttribute The attribute on the parent resource this class is referencing
    */
    constructor(terraformResource: cdktf.IInterpolatingParent, terraformAttribute: string);
    get internalValue(): TaasTapMirrorV2Directions | undefined;
    set internalValue(value: TaasTapMirrorV2Directions | undefined);
    private _in?;
    get in(): number;
    set in(value: number);
    resetIn(): void;
    get inInput(): number | undefined;
    private _out?;
    get out(): number;
    set out(value: number);
    resetOut(): void;
    get outInput(): number | undefined;
}
/**
* Represents a {@link https://registry.terraform.io/providers/terraform-provider-openstack/openstack/3.4.0/docs/resources/taas_tap_mirror_v2 openstack_taas_tap_mirror_v2}
*/
export declare class TaasTapMirrorV2 extends cdktf.TerraformResource {
    static readonly tfResourceType = "openstack_taas_tap_mirror_v2";
    /**
    * Generates CDKTF code for importing a TaasTapMirrorV2 resource upon running "cdktf plan <stack-name>"
    * @param scope The scope in which to define this construct
    * @param importToId The construct id used in the generated config for the TaasTapMirrorV2 to import
    * @param importFromId The id of the existing TaasTapMirrorV2 that should be imported. Refer to the {@link https://registry.terraform.io/providers/terraform-provider-openstack/openstack/3.4.0/docs/resources/taas_tap_mirror_v2#import import section} in the documentation of this resource for the id to use
    * @param provider? Optional instance of the provider where the TaasTapMirrorV2 to import is found
    */
    static generateConfigForImport(scope: Construct, importToId: string, importFromId: string, provider?: cdktf.TerraformProvider): cdktf.ImportableResource;
    /**
    * Create a new {@link https://registry.terraform.io/providers/terraform-provider-openstack/openstack/3.4.0/docs/resources/taas_tap_mirror_v2 openstack_taas_tap_mirror_v2} Resource
    *
    * @param scope The scope in which to define this construct
    * @param id The scoped construct ID. Must be unique amongst siblings in the same scope
    * @param options TaasTapMirrorV2Config
    */
    constructor(scope: Construct, id: string, config: TaasTapMirrorV2Config);
    private _description?;
    get description(): string;
    set description(value: string);
    resetDescription(): void;
    get descriptionInput(): string | undefined;
    private _id?;
    get id(): string;
    set id(value: string);
    resetId(): void;
    get idInput(): string | undefined;
    private _mirrorType?;
    get mirrorType(): string;
    set mirrorType(value: string);
    get mirrorTypeInput(): string | undefined;
    private _name?;
    get name(): string;
    set name(value: string);
    resetName(): void;
    get nameInput(): string | undefined;
    private _portId?;
    get portId(): string;
    set portId(value: string);
    get portIdInput(): string | undefined;
    get projectId(): string;
    private _region?;
    get region(): string;
    set region(value: string);
    resetRegion(): void;
    get regionInput(): string | undefined;
    private _remoteIp?;
    get remoteIp(): string;
    set remoteIp(value: string);
    get remoteIpInput(): string | undefined;
    private _tenantId?;
    get tenantId(): string;
    set tenantId(value: string);
    resetTenantId(): void;
    get tenantIdInput(): string | undefined;
    private _directions;
    get directions(): TaasTapMirrorV2DirectionsOutputReference;
    putDirections(value: TaasTapMirrorV2Directions): void;
    get directionsInput(): TaasTapMirrorV2Directions | undefined;
    protected synthesizeAttributes(): {
        [name: string]: any;
    };
    protected synthesizeHclAttributes(): {
        [name: string]: any;
    };
}
