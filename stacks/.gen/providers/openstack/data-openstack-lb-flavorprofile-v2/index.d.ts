import { Construct } from 'constructs';
import * as cdktf from 'cdktf';
export interface DataOpenstackLbFlavorprofileV2Config extends cdktf.TerraformMetaArguments {
    /**
    * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/terraform-provider-openstack/openstack/3.4.0/docs/data-sources/lb_flavorprofile_v2#flavorprofile_id DataOpenstackLbFlavorprofileV2#flavorprofile_id}
    */
    readonly flavorprofileId?: string;
    /**
    * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/terraform-provider-openstack/openstack/3.4.0/docs/data-sources/lb_flavorprofile_v2#id DataOpenstackLbFlavorprofileV2#id}
    *
    * Please be aware that the id field is automatically added to all resources in Terraform providers using a Terraform provider SDK version below 2.
    * If you experience problems setting this value it might not be settable. Please take a look at the provider documentation to ensure it should be settable.
    */
    readonly id?: string;
    /**
    * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/terraform-provider-openstack/openstack/3.4.0/docs/data-sources/lb_flavorprofile_v2#name DataOpenstackLbFlavorprofileV2#name}
    */
    readonly name?: string;
    /**
    * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/terraform-provider-openstack/openstack/3.4.0/docs/data-sources/lb_flavorprofile_v2#provider_name DataOpenstackLbFlavorprofileV2#provider_name}
    */
    readonly providerName?: string;
    /**
    * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/terraform-provider-openstack/openstack/3.4.0/docs/data-sources/lb_flavorprofile_v2#region DataOpenstackLbFlavorprofileV2#region}
    */
    readonly region?: string;
}
/**
* Represents a {@link https://registry.terraform.io/providers/terraform-provider-openstack/openstack/3.4.0/docs/data-sources/lb_flavorprofile_v2 openstack_lb_flavorprofile_v2}
*/
export declare class DataOpenstackLbFlavorprofileV2 extends cdktf.TerraformDataSource {
    static readonly tfResourceType = "openstack_lb_flavorprofile_v2";
    /**
    * Generates CDKTF code for importing a DataOpenstackLbFlavorprofileV2 resource upon running "cdktf plan <stack-name>"
    * @param scope The scope in which to define this construct
    * @param importToId The construct id used in the generated config for the DataOpenstackLbFlavorprofileV2 to import
    * @param importFromId The id of the existing DataOpenstackLbFlavorprofileV2 that should be imported. Refer to the {@link https://registry.terraform.io/providers/terraform-provider-openstack/openstack/3.4.0/docs/data-sources/lb_flavorprofile_v2#import import section} in the documentation of this resource for the id to use
    * @param provider? Optional instance of the provider where the DataOpenstackLbFlavorprofileV2 to import is found
    */
    static generateConfigForImport(scope: Construct, importToId: string, importFromId: string, provider?: cdktf.TerraformProvider): cdktf.ImportableResource;
    /**
    * Create a new {@link https://registry.terraform.io/providers/terraform-provider-openstack/openstack/3.4.0/docs/data-sources/lb_flavorprofile_v2 openstack_lb_flavorprofile_v2} Data Source
    *
    * @param scope The scope in which to define this construct
    * @param id The scoped construct ID. Must be unique amongst siblings in the same scope
    * @param options DataOpenstackLbFlavorprofileV2Config = {}
    */
    constructor(scope: Construct, id: string, config?: DataOpenstackLbFlavorprofileV2Config);
    get flavorData(): string;
    private _flavorprofileId?;
    get flavorprofileId(): string;
    set flavorprofileId(value: string);
    resetFlavorprofileId(): void;
    get flavorprofileIdInput(): string | undefined;
    private _id?;
    get id(): string;
    set id(value: string);
    resetId(): void;
    get idInput(): string | undefined;
    private _name?;
    get name(): string;
    set name(value: string);
    resetName(): void;
    get nameInput(): string | undefined;
    private _providerName?;
    get providerName(): string;
    set providerName(value: string);
    resetProviderName(): void;
    get providerNameInput(): string | undefined;
    private _region?;
    get region(): string;
    set region(value: string);
    resetRegion(): void;
    get regionInput(): string | undefined;
    protected synthesizeAttributes(): {
        [name: string]: any;
    };
    protected synthesizeHclAttributes(): {
        [name: string]: any;
    };
}
