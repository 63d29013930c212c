/**
 * What marks a hub image as one hubstack built, and how the hub stack reports which image its hub boots.
 * Named once here, free of cdktf on purpose: the image build (packer/openstack-build.ts) sets the property,
 * the stack's image lookup (stacks/constructs/images.ts) filters on it, and the run layer
 * (terraform/images.ts) reads the stack's `hub_image` output and names the property in its warning.
 */

/** The image property every hub image hubstack builds carries, and its value. */
export const HUB_IMAGE_PROPERTY = "hubstack_image";
export const HUB_IMAGE_PROPERTY_VALUE = "hub";

/**
 * The properties a hub image must carry for the hub to boot it: an image that merely shares the name prefix
 * (someone else's, or an upload by hand) never matches.
 */
export const HUB_IMAGE_PROPERTIES: Readonly<Record<string, string>> = Object.freeze({ [HUB_IMAGE_PROPERTY]: HUB_IMAGE_PROPERTY_VALUE });

/** The Terraform output saying which image the hub boots (present when the environment has a hub). */
export const HUB_IMAGE_OUTPUT = "hub_image";

/** The `hub_image` output's value. */
export interface HubImageOutput {
  /** The image the hub boots: the newest hubstack-built hub image, else the base image. */
  readonly id: string;
  /** True when no hubstack-built hub image matched and the hub boots the base image. */
  readonly fallback: boolean;
  /** The name prefix the hub images were looked up with (as well as the property). */
  readonly namePrefix: string;
  /** The base image's name and id (what the hub boots on a fallback). */
  readonly baseImageName: string;
  readonly baseImageId: string;
}
