/**
 * Which image each machine boots: for the hub, the newest image hubstack built for it (named
 * <prefix>-<date> and carrying the property hubstack_image=hub, see stacks/image-properties.ts), falling
 * back to the base image until the first one exists; the base image, by its exact name, for the others.
 *
 * A hub image is chosen by what hubstack built, never by a name prefix alone: on a shared cloud an image
 * that merely shares the prefix (someone else's, an upload by hand) must not become the hub. Packer sets
 * the property on every hub image it saves (packer/openstack-build.ts).
 *
 * The fallback needs a lookup that can come back empty: the `openstack_images_image_v2` data source
 * fails the plan when nothing matches, so the hub image is found with `openstack_images_image_ids_v2`
 * (every match, newest first) and its first id is taken, or else the base image's. Whether that happened
 * is a Terraform expression too (`hubImageFallback`), which the stack publishes so that apply can say which
 * image the hub boots and warn on a fallback (terraform/images.ts).
 */
import { Construct } from "constructs";
import { Fn, Op, type IResolvable } from "cdktf";
import { HUB_IMAGE_PROPERTIES } from "../image-properties.js";
import { DataOpenstackImagesImageIdsV2, DataOpenstackImagesImageV2 } from "../openstack.js";

export interface HostImagesProps {
  /**
   * Name prefix of the hub images; the newest match that carries hubstack's hub image property wins.
   * @default none: no hub image is looked up, and `hubImageId` is the base image
   */
  readonly hubImagePrefix?: string;
  /** Exact name of the base image (the newest, when several share it). */
  readonly baseImageName: string;
}

export class HostImages extends Construct {
  /** The image every machine but the hub boots. */
  readonly baseImageId: string;
  /** The newest hubstack-built hub image, or the base image when there is none yet. */
  readonly hubImageId: string;
  /**
   * Whether the hub boots a hubstack-built hub image: a Terraform boolean (`0 < length(ids)`) when one is
   * looked up, `false` when there is no hub image prefix.
   */
  readonly hubImageIsHubstackBuilt: IResolvable | false;
  /** The opposite: the hub boots the base image (`0 == length(ids)`, or `true` without a prefix). */
  readonly hubImageFallback: IResolvable | true;

  constructor(scope: Construct, id: string, props: HostImagesProps) {
    super(scope, id);
    const named = (prop: string, value: string | undefined) => {
      if (!value?.trim()) throw new Error(`HostImages ${this.node.path}: ${prop} must name an image, got ${JSON.stringify(value)}`);
    };
    named("baseImageName", props.baseImageName);
    if (props.hubImagePrefix !== undefined) named("hubImagePrefix", props.hubImagePrefix);

    const base = new DataOpenstackImagesImageV2(this, "Base", { name: props.baseImageName, mostRecent: true });
    this.baseImageId = base.id;
    if (props.hubImagePrefix === undefined) {
      this.hubImageId = this.baseImageId;
      this.hubImageIsHubstackBuilt = false;
      this.hubImageFallback = true;
    } else {
      const hub = new DataOpenstackImagesImageIdsV2(this, "Hub", {
        nameRegex: `^${escapeRegex(props.hubImagePrefix)}`,
        properties: { ...HUB_IMAGE_PROPERTIES },
        sort: "created_at:desc",
      });
      this.hubImageId = Fn.element(Fn.concat([hub.ids, [base.id]]), 0);
      // The 0 on the left: cdktf's operators drop a right operand that is falsy (`length(…) == undefined`).
      this.hubImageIsHubstackBuilt = Op.lt(0, Fn.lengthOf(hub.ids));
      this.hubImageFallback = Op.eq(0, Fn.lengthOf(hub.ids));
    }
  }
}

/** A literal prefix for Go's regexp (the provider matches name_regex with it). */
export function escapeRegex(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}
