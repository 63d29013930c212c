/**
 * Which image each machine boots: the newest hub image (built by Packer, named <prefix>-<date>) for
 * the hub, falling back to the base image until the first hub image exists; the base image for the
 * others.
 *
 * The fallback needs a lookup that can come back empty: the `openstack_images_image_v2` data source
 * fails the plan when nothing matches, so the hub image is found with `openstack_images_image_ids_v2`
 * (every match, newest first) and its first id is taken, or else the base image's.
 */
import { Construct } from "constructs";
import { Fn } from "cdktf";
import { DataOpenstackImagesImageIdsV2, DataOpenstackImagesImageV2 } from "../openstack.js";

export interface HostImagesProps {
  /**
   * Name prefix of the hub images; the newest match wins.
   * @default none: no hub image is looked up, and `hubImageId` is the base image
   */
  readonly hubImagePrefix?: string;
  /** Exact name of the base image (the newest, when several share it). */
  readonly baseImageName: string;
}

export class HostImages extends Construct {
  /** The image every machine but the hub boots. */
  readonly baseImageId: string;
  /** The newest hub image, or the base image when there is none yet. */
  readonly hubImageId: string;

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
    } else {
      const hub = new DataOpenstackImagesImageIdsV2(this, "Hub", { nameRegex: `^${escapeRegex(props.hubImagePrefix)}`, sort: "created_at:desc" });
      this.hubImageId = Fn.element(Fn.concat([hub.ids, [base.id]]), 0);
    }
  }
}

/** A literal prefix for Go's regexp (the provider matches name_regex with it). */
export function escapeRegex(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}
