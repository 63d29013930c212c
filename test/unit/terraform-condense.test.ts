/**
 * Terraform's output condensed: init's chatter, the plan's body, the refreshes, the outputs and most "Still …"
 * lines go; what changes (counted against the plan's totals), what the VMs' commands say, and every
 * diagnostic stay.
 */
import { describe, expect, it } from "vitest";
import { isVerbose, terraformCondenser } from "../../terraform/condense.js";

const INIT = ["Initializing the backend...", "Initializing provider plugins...", "- terraform.io/builtin/terraform is built in to Terraform", "Terraform has been successfully initialized!"];
const PLAN = [
  "terraform_data.network: Refreshing state... [id=7473a6f1]",
  "Terraform used the selected providers to generate the following execution plan.",
  "Terraform will perform the following actions:",
  "  # terraform_data.vm_hub will be created",
  '  + resource "terraform_data" "vm_hub" {',
  "    }",
  "Plan: 3 to add, 0 to change, 1 to destroy.",
  "Changes to Outputs:",
  "  + hosts = {",
  "╷",
  "│ Warning: Deprecated attribute",
  "╵",
];
const APPLY = [
  "terraform_data.old: Destroying... [id=1]",
  "terraform_data.old: Destruction complete after 0s",
  "terraform_data.network: Creating...",
  'terraform_data.network (local-exec): Executing: ["/bin/sh" "-c" "tsx vmctl.ts network"]',
  "terraform_data.network (local-exec): vmctl local: network up in 0.9 s",
  'terraform_data.network (local-exec): {"env":"local","network":{}}',
  "terraform_data.network: Creation complete after 2s [id=abc]",
  "terraform_data.vm_hub: Still creating... [10s elapsed]",
  "terraform_data.vm_hub: Still creating... [50s elapsed]",
  "terraform_data.vm_hub: Still creating... [1m0s elapsed]",
  "terraform_data.vm_hub: Still creating... [1m10s elapsed]",
  "terraform_data.vm_hub: Still creating... [2m0s elapsed]",
  "terraform_data.vm_hub: Creation complete after 2m14s [id=abc]",
  "terraform_data.vm_nfs: Creation complete after 2m20s [id=def]",
  "",
  "Apply complete! Resources: 3 added, 0 changed, 1 destroyed.",
  "",
  "Outputs:",
  "hosts = {",
  '  "hub" = {',
];

function condensed(verbose: boolean): string[] {
  const condense = terraformCondenser(verbose);
  const lines: Array<[string, string]> = [...INIT.map((l) => [l, "init"] as [string, string]), ...PLAN.map((l) => [l, "plan"] as [string, string]), ...APPLY.map((l) => [l, "apply"] as [string, string])];
  return lines.map(([line, command]) => condense(line, command)).filter((l): l is string => l !== undefined);
}

describe("terraform's output, condensed", () => {
  it("keeps what changes with a count against the plan, what the commands say, diagnostics, and one line a minute of what is awaited", () => {
    expect(condensed(false)).toEqual([
      "╷",
      "│ Warning: Deprecated attribute",
      "╵",
      "terraform_data.old: Destroying... [id=1]",
      "[1/4] terraform_data.old: Destruction complete after 0s",
      "terraform_data.network: Creating...",
      "terraform_data.network (local-exec): vmctl local: network up in 0.9 s",
      "[2/4] terraform_data.network: Creation complete after 2s [id=abc]",
      "terraform_data.vm_hub: Still creating... [1m0s elapsed]",
      "terraform_data.vm_hub: Still creating... [2m0s elapsed]",
      "[3/4] terraform_data.vm_hub: Creation complete after 2m14s [id=abc]",
      "[4/4] terraform_data.vm_nfs: Creation complete after 2m20s [id=def]",
      "Apply complete! Resources: 3 added, 0 changed, 1 destroyed.",
    ]);
  });

  it("a second plan and apply on the same stack start a new count and show their changes again", () => {
    const condense = terraformCondenser(false);
    const run = () => [
      condense("Plan: 1 to add, 0 to change, 0 to destroy.", "plan"),
      condense("terraform_data.a: Creation complete after 1s [id=a]", "apply"),
      condense("Apply complete! Resources: 1 added, 0 changed, 0 destroyed.", "apply"),
      condense("hosts = {", "apply"),
    ];
    const shown = ["[1/1] terraform_data.a: Creation complete after 1s [id=a]", "Apply complete! Resources: 1 added, 0 changed, 0 destroyed."];
    expect(run().filter(Boolean)).toEqual(shown);
    expect(run().filter(Boolean)).toEqual(shown);
  });

  it("an apply without a plan before it (none seen) is not counted", () => {
    const condense = terraformCondenser(false);
    expect(condense("terraform_data.vm_hub: Creation complete after 2m14s [id=abc]", "apply")).toBe("terraform_data.vm_hub: Creation complete after 2m14s [id=abc]");
  });

  it("--verbose shows every line", () => {
    expect(condensed(true)).toEqual([...INIT, ...PLAN, ...APPLY]);
    expect(isVerbose({ HUBSTACK_VERBOSE: "1" })).toBe(true);
    expect(isVerbose({})).toBe(false);
  });
});
