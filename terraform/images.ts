/**
 * Which image the hub boots, as the hub stack reports it: its `hub_image` output (`terraform output -json`),
 *
 *     { "hub_image": { "value": { "id": "…", "fallback": false, "namePrefix": "hubstack-hub",
 *                                 "baseImageName": "Debian 12", "baseImageId": "…" }, … } }
 *
 * The stack boots the newest image that carries hubstack's hub image property (hubstack_image=hub, set by
 * `npm run image -- build hub`) and whose name starts with openstack.images.hub; with none, the base image, and
 * `fallback` is true (stacks/constructs/images.ts, stacks/image-properties.ts).
 *
 * `imageChoiceLines(outputs, envName?)` turns that into what the command line prints after the infrastructure
 * phase: `lines` to print as they are (always one: which image the hub boots), and on a fallback a `warning`
 * that says how to build a hub image. An environment without a hub, a target without the output (local,
 * static) or a stack applied before the output existed gives no lines and no warning; an output that cannot
 * be read gives a warning, never an error (it is information, not something apply depends on).
 *
 *     const choice = imageChoiceLines(await terraform.outputs(), env.name);
 *     for (const line of choice.lines) output.info(line);
 *     if (choice.warning) output.warn(choice.warning);
 */
import { z } from "zod";
import { HUB_IMAGE_OUTPUT, HUB_IMAGE_PROPERTY, HUB_IMAGE_PROPERTY_VALUE } from "../stacks/image-properties.js";
import type { TerraformOutputValue } from "./terraform.js";

/** Named once, by the stack that publishes it. */
export { HUB_IMAGE_OUTPUT } from "../stacks/image-properties.js";

export interface ImageChoice {
  /** What to print: which image the hub boots (none when there is no hub_image output). */
  readonly lines: string[];
  /** Set when the hub boots the base image for want of a hubstack-built one, or the output is unreadable. */
  readonly warning?: string;
}

// Terraform gives booleans as booleans; a stack that jsonencoded its output would give strings.
const Bool = z.union([z.boolean(), z.enum(["true", "false"]).transform((s) => s === "true")]);
const HubImageValue = z.looseObject({
  id: z.string().min(1),
  fallback: Bool,
  namePrefix: z.string().min(1).nullish(),
  baseImageName: z.string().min(1).nullish(),
  baseImageId: z.string().min(1).nullish(),
});

/** Which image the hub boots, from the stack's outputs; see the file's header. */
export function imageChoiceLines(outputs: Record<string, TerraformOutputValue>, envName?: string): ImageChoice {
  const output = outputs[HUB_IMAGE_OUTPUT];
  if (output === undefined) return { lines: [] };
  let raw = output.value;
  if (typeof raw === "string") {
    try {
      raw = JSON.parse(raw);
    } catch {
      // Left as it is: the schema names it below.
    }
  }
  const parsed = HubImageValue.safeParse(raw);
  if (!parsed.success) {
    const problem = parsed.error.issues.map((i) => `${i.path.join(".") || "value"}: ${i.message}`).join("; ");
    return { lines: [], warning: `the stack's "${HUB_IMAGE_OUTPUT}" output does not say which image the hub boots (${problem})` };
  }
  const v = parsed.data;
  if (!v.fallback) return { lines: [`hub boots image ${v.id}, the newest hubstack-built hub image`] };

  const base = v.baseImageName ? `"${v.baseImageName}" (${v.id})` : v.id;
  const named = v.namePrefix ? `, name starting with ${v.namePrefix}` : "";
  return {
    lines: [`hub boots the base image ${base}: no hubstack-built hub image yet`],
    warning:
      `no hubstack-built hub image (property ${HUB_IMAGE_PROPERTY}=${HUB_IMAGE_PROPERTY_VALUE}${named}) found: the hub boots the base image ${base}; ` +
      `build one with \`npm run image -- build hub env=${envName ?? "<env>"}\` ` +
      `(an image hubstack built before it marked them: \`openstack image set --property ${HUB_IMAGE_PROPERTY}=${HUB_IMAGE_PROPERTY_VALUE} <image>\`)`,
  };
}
