/**
 * The hub stack's `hub_image` output as the run layer reads it (terraform/images.ts): which image the hub
 * boots, and the warning when it boots the base image for want of a hubstack-built one. The first tests take
 * the output from a synthesized stack and have the real terraform evaluate it (the image lookups' results
 * stand in as locals: the OpenStack provider cannot be downloaded here), so the stack's expressions, the
 * output's shape and the reader cannot drift apart.
 */
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { HubStack } from "../../stacks/hub-stack.js";
import { Testing } from "../support/cdktf.js";
import { HUB_IMAGE_OUTPUT, imageChoiceLines } from "../../terraform/images.js";
import { Terraform, type TerraformOutputValue } from "../../terraform/terraform.js";
import { testApp, checked, environment, FAKE_PUBLIC_KEY, LOCAL_STATE, type TfJson } from "./helpers.js";
import { tempDir } from "../support/temp.js";

const HUB_ID = "5b1c7e2a-0000-4000-8000-00000000c0de";
const BASE_ID = "9d3f0a41-0000-4000-8000-0000000000de";

/** What `terraform output -json` gives for one output. */
const out = (value: unknown): TerraformOutputValue => ({ value, type: "dynamic", sensitive: false });

/**
 * The synthesized hub_image output applied by the real terraform, the hub image lookup having found
 * `hubIds` (newest first) and the base image lookup BASE_ID; returns `terraform output -json`.
 */
async function appliedHubImage(hubIds: string[]): Promise<Record<string, TerraformOutputValue>> {
  const app = testApp();
  const stack = new HubStack(app, { env: environment({}), stateBackend: LOCAL_STATE, sshPublicKey: FAKE_PUBLIC_KEY });
  const json = checked(JSON.parse(Testing.synth(stack)) as TfJson);
  const output = JSON.stringify(json.output![HUB_IMAGE_OUTPUT])
    .replace(/data\.openstack_images_image_ids_v2\.\w+\.ids/g, "local.hub_ids")
    .replace(/data\.openstack_images_image_v2\.\w+\.id/g, "local.base_id");
  expect(output).not.toMatch(/data\./);
  const dir = tempDir("hubstack-hub-image-");
  writeFileSync(
    join(dir, "main.tf.json"),
    JSON.stringify({ locals: { hub_ids: hubIds, base_id: BASE_ID }, output: { [HUB_IMAGE_OUTPUT]: JSON.parse(output) } }),
  );
  const terraform = new Terraform({ command: "terraform", cwd: dir, envName: "test" });
  await terraform.init();
  await terraform.plan("plan");
  await terraform.apply("plan");
  return terraform.outputs();
}

describe("imageChoiceLines", () => {
  it("names the hubstack-built image the hub boots (the newest), with no warning", async () => {
    const outputs = await appliedHubImage([HUB_ID, "0ld1d000-0000-4000-8000-000000000000"]);
    expect(outputs[HUB_IMAGE_OUTPUT]!.value).toMatchObject({ id: HUB_ID, fallback: false });
    expect(imageChoiceLines(outputs, "hub-dev")).toEqual({
      lines: [`hub boots image ${HUB_ID}, the newest hubstack-built hub image`],
    });
  });

  it("warns on the fallback to the base image, naming the property, the base image and how to build one", async () => {
    const outputs = await appliedHubImage([]);
    expect(outputs[HUB_IMAGE_OUTPUT]!.value).toMatchObject({ id: BASE_ID, fallback: true });
    const choice = imageChoiceLines(outputs, "hub-dev");
    expect(choice.lines).toEqual([`hub boots the base image "Debian 12" (${BASE_ID}): no hubstack-built hub image yet`]);
    expect(choice.warning).toBe(
      `no hubstack-built hub image (property hubstack_image=hub, name starting with hubstack-hub) found: ` +
        `the hub boots the base image "Debian 12" (${BASE_ID}); build one with \`npm run image -- build hub env=hub-dev\` ` +
        "(an image hubstack built before it marked them: `openstack image set --property hubstack_image=hub <image>`)",
    );
  });

  it("says nothing where there is no hub_image output (no hub, a local or static target, an older stack)", () => {
    expect(imageChoiceLines({})).toEqual({ lines: [] });
    expect(imageChoiceLines({ hosts: out({}) })).toEqual({ lines: [] });
  });

  it("reads a minimal or jsonencoded value, and an environment it was not told", () => {
    expect(imageChoiceLines({ [HUB_IMAGE_OUTPUT]: out(JSON.stringify({ id: HUB_ID, fallback: "false" })) }).lines).toEqual([
      `hub boots image ${HUB_ID}, the newest hubstack-built hub image`,
    ]);
    const minimal = imageChoiceLines({ [HUB_IMAGE_OUTPUT]: out({ id: BASE_ID, fallback: true }) });
    expect(minimal.lines).toEqual([`hub boots the base image ${BASE_ID}: no hubstack-built hub image yet`]);
    expect(minimal.warning).toMatch(/^no hubstack-built hub image \(property hubstack_image=hub\) found: .* env=<env>` \(/);
  });

  it("warns, and does not throw, on an output it cannot read", () => {
    const choice = imageChoiceLines({ [HUB_IMAGE_OUTPUT]: out({ id: "", fallback: "maybe" }) });
    expect(choice.lines).toEqual([]);
    expect(choice.warning).toMatch(/^the stack's "hub_image" output does not say which image the hub boots \(id: .*; fallback: .*\)$/);
  });
});
