import { Construct } from 'constructs';
import * as cdktf from 'cdktf';
export interface NetworkingRouterRoutesV2Config extends cdktf.TerraformMetaArguments {
    /**
    * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/terraform-provider-openstack/openstack/3.4.0/docs/resources/networking_router_routes_v2#id NetworkingRouterRoutesV2#id}
    *
    * Please be aware that the id field is automatically added to all resources in Terraform providers using a Terraform provider SDK version below 2.
    * If you experience problems setting this value it might not be settable. Please take a look at the provider documentation to ensure it should be settable.
    */
    readonly id?: string;
    /**
    * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/terraform-provider-openstack/openstack/3.4.0/docs/resources/networking_router_routes_v2#region NetworkingRouterRoutesV2#region}
    */
    readonly region?: string;
    /**
    * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/terraform-provider-openstack/openstack/3.4.0/docs/resources/networking_router_routes_v2#router_id NetworkingRouterRoutesV2#router_id}
    */
    readonly routerId: string;
    /**
    * routes block
    *
    * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/terraform-provider-openstack/openstack/3.4.0/docs/resources/networking_router_routes_v2#routes NetworkingRouterRoutesV2#routes}
    */
    readonly routes?: NetworkingRouterRoutesV2Routes[] | cdktf.IResolvable;
}
export interface NetworkingRouterRoutesV2Routes {
    /**
    * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/terraform-provider-openstack/openstack/3.4.0/docs/resources/networking_router_routes_v2#destination_cidr NetworkingRouterRoutesV2#destination_cidr}
    */
    readonly destinationCidr: string;
    /**
    * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/terraform-provider-openstack/openstack/3.4.0/docs/resources/networking_router_routes_v2#next_hop NetworkingRouterRoutesV2#next_hop}
    */
    readonly nextHop: string;
}
export declare function networkingRouterRoutesV2RoutesToTerraform(struct?: NetworkingRouterRoutesV2Routes | cdktf.IResolvable): any;
export declare function networkingRouterRoutesV2RoutesToHclTerraform(struct?: NetworkingRouterRoutesV2Routes | cdktf.IResolvable): any;
export declare class NetworkingRouterRoutesV2RoutesOutputReference extends cdktf.ComplexObject {
    private isEmptyObject;
    private resolvableValue?;
    /**
    * @param terraformResource The parent resource
    * @param terraformAttribute The attribute on the parent resource this class is referencing
    * @param complexObjectIndex the index of this item in the list
    * @param complexObjectIsFromSet whether the list is wrapping a set (will add tolist() to be able to access an item via an index)
    */
    constructor(terraformResource: cdktf.IInterpolatingParent, terraformAttribute: string, complexObjectIndex: number, complexObjectIsFromSet: boolean);
    get internalValue(): NetworkingRouterRoutesV2Routes | cdktf.IResolvable | undefined;
    set internalValue(value: NetworkingRouterRoutesV2Routes | cdktf.IResolvable | undefined);
    private _destinationCidr?;
    get destinationCidr(): string;
    set destinationCidr(value: string);
    get destinationCidrInput(): string | undefined;
    private _nextHop?;
    get nextHop(): string;
    set nextHop(value: string);
    get nextHopInput(): string | undefined;
}
export declare class NetworkingRouterRoutesV2RoutesList extends cdktf.ComplexList {
    protected terraformResource: cdktf.IInterpolatingParent;
    protected terraformAttribute: string;
    protected wrapsSet: boolean;
    internalValue?: NetworkingRouterRoutesV2Routes[] | cdktf.IResolvable;
    /**
    * @param terraformResource The parent resource
    * @param terraformAttribute The attribute on the parent resource this class is referencing
    * @param wrapsSet whether the list is wrapping a set (will add tolist() to be able to access an item via an index)
    */
    constructor(terraformResource: cdktf.IInterpolatingParent, terraformAttribute: string, wrapsSet: boolean);
    /**
    * @param index the index of the item to return
    */
    get(index: number): NetworkingRouterRoutesV2RoutesOutputReference;
}
/**
* Represents a {@link https://registry.terraform.io/providers/terraform-provider-openstack/openstack/3.4.0/docs/resources/networking_router_routes_v2 openstack_networking_router_routes_v2}
*/
export declare class NetworkingRouterRoutesV2 extends cdktf.TerraformResource {
    static readonly tfResourceType = "openstack_networking_router_routes_v2";
    /**
    * Generates CDKTF code for importing a NetworkingRouterRoutesV2 resource upon running "cdktf plan <stack-name>"
    * @param scope The scope in which to define this construct
    * @param importToId The construct id used in the generated config for the NetworkingRouterRoutesV2 to import
    * @param importFromId The id of the existing NetworkingRouterRoutesV2 that should be imported. Refer to the {@link https://registry.terraform.io/providers/terraform-provider-openstack/openstack/3.4.0/docs/resources/networking_router_routes_v2#import import section} in the documentation of this resource for the id to use
    * @param provider? Optional instance of the provider where the NetworkingRouterRoutesV2 to import is found
    */
    static generateConfigForImport(scope: Construct, importToId: string, importFromId: string, provider?: cdktf.TerraformProvider): cdktf.ImportableResource;
    /**
    * Create a new {@link https://registry.terraform.io/providers/terraform-provider-openstack/openstack/3.4.0/docs/resources/networking_router_routes_v2 openstack_networking_router_routes_v2} Resource
    *
    * @param scope The scope in which to define this construct
    * @param id The scoped construct ID. Must be unique amongst siblings in the same scope
    * @param options NetworkingRouterRoutesV2Config
    */
    constructor(scope: Construct, id: string, config: NetworkingRouterRoutesV2Config);
    private _id?;
    get id(): string;
    set id(value: string);
    resetId(): void;
    get idInput(): string | undefined;
    private _region?;
    get region(): string;
    set region(value: string);
    resetRegion(): void;
    get regionInput(): string | undefined;
    private _routerId?;
    get routerId(): string;
    set routerId(value: string);
    get routerIdInput(): string | undefined;
    private _routes;
    get routes(): NetworkingRouterRoutesV2RoutesList;
    putRoutes(value: NetworkingRouterRoutesV2Routes[] | cdktf.IResolvable): void;
    resetRoutes(): void;
    get routesInput(): NetworkingRouterRoutesV2Routes[] | cdktf.IResolvable | undefined;
    protected synthesizeAttributes(): {
        [name: string]: any;
    };
    protected synthesizeHclAttributes(): {
        [name: string]: any;
    };
}
