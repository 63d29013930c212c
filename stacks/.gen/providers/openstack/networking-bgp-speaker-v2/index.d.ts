import { Construct } from 'constructs';
import * as cdktf from 'cdktf';
export interface NetworkingBgpSpeakerV2Config extends cdktf.TerraformMetaArguments {
    /**
    * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/terraform-provider-openstack/openstack/3.4.0/docs/resources/networking_bgp_speaker_v2#advertise_floating_ip_host_routes NetworkingBgpSpeakerV2#advertise_floating_ip_host_routes}
    */
    readonly advertiseFloatingIpHostRoutes?: boolean | cdktf.IResolvable;
    /**
    * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/terraform-provider-openstack/openstack/3.4.0/docs/resources/networking_bgp_speaker_v2#advertise_tenant_networks NetworkingBgpSpeakerV2#advertise_tenant_networks}
    */
    readonly advertiseTenantNetworks?: boolean | cdktf.IResolvable;
    /**
    * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/terraform-provider-openstack/openstack/3.4.0/docs/resources/networking_bgp_speaker_v2#id NetworkingBgpSpeakerV2#id}
    *
    * Please be aware that the id field is automatically added to all resources in Terraform providers using a Terraform provider SDK version below 2.
    * If you experience problems setting this value it might not be settable. Please take a look at the provider documentation to ensure it should be settable.
    */
    readonly id?: string;
    /**
    * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/terraform-provider-openstack/openstack/3.4.0/docs/resources/networking_bgp_speaker_v2#ip_version NetworkingBgpSpeakerV2#ip_version}
    */
    readonly ipVersion?: number;
    /**
    * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/terraform-provider-openstack/openstack/3.4.0/docs/resources/networking_bgp_speaker_v2#local_as NetworkingBgpSpeakerV2#local_as}
    */
    readonly localAs: number;
    /**
    * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/terraform-provider-openstack/openstack/3.4.0/docs/resources/networking_bgp_speaker_v2#name NetworkingBgpSpeakerV2#name}
    */
    readonly name?: string;
    /**
    * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/terraform-provider-openstack/openstack/3.4.0/docs/resources/networking_bgp_speaker_v2#networks NetworkingBgpSpeakerV2#networks}
    */
    readonly networks?: string[];
    /**
    * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/terraform-provider-openstack/openstack/3.4.0/docs/resources/networking_bgp_speaker_v2#peers NetworkingBgpSpeakerV2#peers}
    */
    readonly peers?: string[];
    /**
    * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/terraform-provider-openstack/openstack/3.4.0/docs/resources/networking_bgp_speaker_v2#region NetworkingBgpSpeakerV2#region}
    */
    readonly region?: string;
    /**
    * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/terraform-provider-openstack/openstack/3.4.0/docs/resources/networking_bgp_speaker_v2#tenant_id NetworkingBgpSpeakerV2#tenant_id}
    */
    readonly tenantId?: string;
    /**
    * timeouts block
    *
    * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/terraform-provider-openstack/openstack/3.4.0/docs/resources/networking_bgp_speaker_v2#timeouts NetworkingBgpSpeakerV2#timeouts}
    */
    readonly timeouts?: NetworkingBgpSpeakerV2Timeouts;
}
export interface NetworkingBgpSpeakerV2AdvertisedRoutes {
}
export declare function networkingBgpSpeakerV2AdvertisedRoutesToTerraform(struct?: NetworkingBgpSpeakerV2AdvertisedRoutes): any;
export declare function networkingBgpSpeakerV2AdvertisedRoutesToHclTerraform(struct?: NetworkingBgpSpeakerV2AdvertisedRoutes): any;
export declare class NetworkingBgpSpeakerV2AdvertisedRoutesOutputReference extends cdktf.ComplexObject {
    private isEmptyObject;
    /**
    * @param terraformResource The parent resource
    * @param terraformAttribute The attribute on the parent resource this class is referencing
    * @param complexObjectIndex the index of this item in the list
    * @param complexObjectIsFromSet whether the list is wrapping a set (will add tolist() to be able to access an item via an index)
    */
    constructor(terraformResource: cdktf.IInterpolatingParent, terraformAttribute: string, complexObjectIndex: number, complexObjectIsFromSet: boolean);
    get internalValue(): NetworkingBgpSpeakerV2AdvertisedRoutes | undefined;
    set internalValue(value: NetworkingBgpSpeakerV2AdvertisedRoutes | undefined);
    get destination(): string;
    get nextHop(): string;
}
export declare class NetworkingBgpSpeakerV2AdvertisedRoutesList extends cdktf.ComplexList {
    protected terraformResource: cdktf.IInterpolatingParent;
    protected terraformAttribute: string;
    protected wrapsSet: boolean;
    /**
    * @param terraformResource The parent resource
    * @param terraformAttribute The attribute on the parent resource this class is referencing
    * @param wrapsSet whether the list is wrapping a set (will add tolist() to be able to access an item via an index)
    */
    constructor(terraformResource: cdktf.IInterpolatingParent, terraformAttribute: string, wrapsSet: boolean);
    /**
    * @param index the index of the item to return
    */
    get(index: number): NetworkingBgpSpeakerV2AdvertisedRoutesOutputReference;
}
export interface NetworkingBgpSpeakerV2Timeouts {
    /**
    * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/terraform-provider-openstack/openstack/3.4.0/docs/resources/networking_bgp_speaker_v2#delete NetworkingBgpSpeakerV2#delete}
    */
    readonly delete?: string;
}
export declare function networkingBgpSpeakerV2TimeoutsToTerraform(struct?: NetworkingBgpSpeakerV2Timeouts | cdktf.IResolvable): any;
export declare function networkingBgpSpeakerV2TimeoutsToHclTerraform(struct?: NetworkingBgpSpeakerV2Timeouts | cdktf.IResolvable): any;
export declare class NetworkingBgpSpeakerV2TimeoutsOutputReference extends cdktf.ComplexObject {
    private isEmptyObject;
    private resolvableValue?;
    /**
    * @param terraformResource The parent resource
    * @param terraformAttribute The attribute on the parent resource this class is referencing
    */
    constructor(terraformResource: cdktf.IInterpolatingParent, terraformAttribute: string);
    get internalValue(): NetworkingBgpSpeakerV2Timeouts | cdktf.IResolvable | undefined;
    set internalValue(value: NetworkingBgpSpeakerV2Timeouts | cdktf.IResolvable | undefined);
    private _delete?;
    get delete(): string;
    set delete(value: string);
    resetDelete(): void;
    get deleteInput(): string | undefined;
}
/**
* Represents a {@link https://registry.terraform.io/providers/terraform-provider-openstack/openstack/3.4.0/docs/resources/networking_bgp_speaker_v2 openstack_networking_bgp_speaker_v2}
*/
export declare class NetworkingBgpSpeakerV2 extends cdktf.TerraformResource {
    static readonly tfResourceType = "openstack_networking_bgp_speaker_v2";
    /**
    * Generates CDKTF code for importing a NetworkingBgpSpeakerV2 resource upon running "cdktf plan <stack-name>"
    * @param scope The scope in which to define this construct
    * @param importToId The construct id used in the generated config for the NetworkingBgpSpeakerV2 to import
    * @param importFromId The id of the existing NetworkingBgpSpeakerV2 that should be imported. Refer to the {@link https://registry.terraform.io/providers/terraform-provider-openstack/openstack/3.4.0/docs/resources/networking_bgp_speaker_v2#import import section} in the documentation of this resource for the id to use
    * @param provider? Optional instance of the provider where the NetworkingBgpSpeakerV2 to import is found
    */
    static generateConfigForImport(scope: Construct, importToId: string, importFromId: string, provider?: cdktf.TerraformProvider): cdktf.ImportableResource;
    /**
    * Create a new {@link https://registry.terraform.io/providers/terraform-provider-openstack/openstack/3.4.0/docs/resources/networking_bgp_speaker_v2 openstack_networking_bgp_speaker_v2} Resource
    *
    * @param scope The scope in which to define this construct
    * @param id The scoped construct ID. Must be unique amongst siblings in the same scope
    * @param options NetworkingBgpSpeakerV2Config
    */
    constructor(scope: Construct, id: string, config: NetworkingBgpSpeakerV2Config);
    private _advertiseFloatingIpHostRoutes?;
    get advertiseFloatingIpHostRoutes(): boolean | cdktf.IResolvable;
    set advertiseFloatingIpHostRoutes(value: boolean | cdktf.IResolvable);
    resetAdvertiseFloatingIpHostRoutes(): void;
    get advertiseFloatingIpHostRoutesInput(): boolean | cdktf.IResolvable | undefined;
    private _advertiseTenantNetworks?;
    get advertiseTenantNetworks(): boolean | cdktf.IResolvable;
    set advertiseTenantNetworks(value: boolean | cdktf.IResolvable);
    resetAdvertiseTenantNetworks(): void;
    get advertiseTenantNetworksInput(): boolean | cdktf.IResolvable | undefined;
    private _advertisedRoutes;
    get advertisedRoutes(): NetworkingBgpSpeakerV2AdvertisedRoutesList;
    private _id?;
    get id(): string;
    set id(value: string);
    resetId(): void;
    get idInput(): string | undefined;
    private _ipVersion?;
    get ipVersion(): number;
    set ipVersion(value: number);
    resetIpVersion(): void;
    get ipVersionInput(): number | undefined;
    private _localAs?;
    get localAs(): number;
    set localAs(value: number);
    get localAsInput(): number | undefined;
    private _name?;
    get name(): string;
    set name(value: string);
    resetName(): void;
    get nameInput(): string | undefined;
    private _networks?;
    get networks(): string[];
    set networks(value: string[]);
    resetNetworks(): void;
    get networksInput(): string[] | undefined;
    private _peers?;
    get peers(): string[];
    set peers(value: string[]);
    resetPeers(): void;
    get peersInput(): string[] | undefined;
    private _region?;
    get region(): string;
    set region(value: string);
    resetRegion(): void;
    get regionInput(): string | undefined;
    private _tenantId?;
    get tenantId(): string;
    set tenantId(value: string);
    resetTenantId(): void;
    get tenantIdInput(): string | undefined;
    private _timeouts;
    get timeouts(): NetworkingBgpSpeakerV2TimeoutsOutputReference;
    putTimeouts(value: NetworkingBgpSpeakerV2Timeouts): void;
    resetTimeouts(): void;
    get timeoutsInput(): cdktf.IResolvable | NetworkingBgpSpeakerV2Timeouts | undefined;
    protected synthesizeAttributes(): {
        [name: string]: any;
    };
    protected synthesizeHclAttributes(): {
        [name: string]: any;
    };
}
