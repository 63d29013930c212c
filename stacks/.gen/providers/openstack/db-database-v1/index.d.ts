import { Construct } from 'constructs';
import * as cdktf from 'cdktf';
export interface DbDatabaseV1Config extends cdktf.TerraformMetaArguments {
    /**
    * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/terraform-provider-openstack/openstack/3.4.0/docs/resources/db_database_v1#id DbDatabaseV1#id}
    *
    * Please be aware that the id field is automatically added to all resources in Terraform providers using a Terraform provider SDK version below 2.
    * If you experience problems setting this value it might not be settable. Please take a look at the provider documentation to ensure it should be settable.
    */
    readonly id?: string;
    /**
    * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/terraform-provider-openstack/openstack/3.4.0/docs/resources/db_database_v1#instance_id DbDatabaseV1#instance_id}
    */
    readonly instanceId: string;
    /**
    * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/terraform-provider-openstack/openstack/3.4.0/docs/resources/db_database_v1#name DbDatabaseV1#name}
    */
    readonly name: string;
    /**
    * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/terraform-provider-openstack/openstack/3.4.0/docs/resources/db_database_v1#region DbDatabaseV1#region}
    */
    readonly region?: string;
    /**
    * timeouts block
    *
    * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/terraform-provider-openstack/openstack/3.4.0/docs/resources/db_database_v1#timeouts DbDatabaseV1#timeouts}
    */
    readonly timeouts?: DbDatabaseV1Timeouts;
}
export interface DbDatabaseV1Timeouts {
    /**
    * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/terraform-provider-openstack/openstack/3.4.0/docs/resources/db_database_v1#create DbDatabaseV1#create}
    */
    readonly create?: string;
    /**
    * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/terraform-provider-openstack/openstack/3.4.0/docs/resources/db_database_v1#delete DbDatabaseV1#delete}
    */
    readonly delete?: string;
}
export declare function dbDatabaseV1TimeoutsToTerraform(struct?: DbDatabaseV1Timeouts | cdktf.IResolvable): any;
export declare function dbDatabaseV1TimeoutsToHclTerraform(struct?: DbDatabaseV1Timeouts | cdktf.IResolvable): any;
export declare class DbDatabaseV1TimeoutsOutputReference extends cdktf.ComplexObject {
    private isEmptyObject;
    private resolvableValue?;
    /**
    * @param terraformResource The parent resource
    * @param terraformAttribute The attribute on the parent resource this class is referencing
    */
    constructor(terraformResource: cdktf.IInterpolatingParent, terraformAttribute: string);
    get internalValue(): DbDatabaseV1Timeouts | cdktf.IResolvable | undefined;
    set internalValue(value: DbDatabaseV1Timeouts | cdktf.IResolvable | undefined);
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
}
/**
* Represents a {@link https://registry.terraform.io/providers/terraform-provider-openstack/openstack/3.4.0/docs/resources/db_database_v1 openstack_db_database_v1}
*/
export declare class DbDatabaseV1 extends cdktf.TerraformResource {
    static readonly tfResourceType = "openstack_db_database_v1";
    /**
    * Generates CDKTF code for importing a DbDatabaseV1 resource upon running "cdktf plan <stack-name>"
    * @param scope The scope in which to define this construct
    * @param importToId The construct id used in the generated config for the DbDatabaseV1 to import
    * @param importFromId The id of the existing DbDatabaseV1 that should be imported. Refer to the {@link https://registry.terraform.io/providers/terraform-provider-openstack/openstack/3.4.0/docs/resources/db_database_v1#import import section} in the documentation of this resource for the id to use
    * @param provider? Optional instance of the provider where the DbDatabaseV1 to import is found
    */
    static generateConfigForImport(scope: Construct, importToId: string, importFromId: string, provider?: cdktf.TerraformProvider): cdktf.ImportableResource;
    /**
    * Create a new {@link https://registry.terraform.io/providers/terraform-provider-openstack/openstack/3.4.0/docs/resources/db_database_v1 openstack_db_database_v1} Resource
    *
    * @param scope The scope in which to define this construct
    * @param id The scoped construct ID. Must be unique amongst siblings in the same scope
    * @param options DbDatabaseV1Config
    */
    constructor(scope: Construct, id: string, config: DbDatabaseV1Config);
    private _id?;
    get id(): string;
    set id(value: string);
    resetId(): void;
    get idInput(): string | undefined;
    private _instanceId?;
    get instanceId(): string;
    set instanceId(value: string);
    get instanceIdInput(): string | undefined;
    private _name?;
    get name(): string;
    set name(value: string);
    get nameInput(): string | undefined;
    private _region?;
    get region(): string;
    set region(value: string);
    resetRegion(): void;
    get regionInput(): string | undefined;
    private _timeouts;
    get timeouts(): DbDatabaseV1TimeoutsOutputReference;
    putTimeouts(value: DbDatabaseV1Timeouts): void;
    resetTimeouts(): void;
    get timeoutsInput(): DbDatabaseV1Timeouts | cdktf.IResolvable | undefined;
    protected synthesizeAttributes(): {
        [name: string]: any;
    };
    protected synthesizeHclAttributes(): {
        [name: string]: any;
    };
}
