/** Terraform's output condensed: the plan's body and most "Still …" lines go, what changes and fails stays. */
import { describe, expect, it } from "vitest";
import { isVerbose, terraformLineFilter } from "../../terraform/condense.js";

const APPLY = [
  "Terraform used the selected providers to generate the following execution plan.",
  "Terraform will perform the following actions:",
  "  # terraform_data.vm_hub will be created",
  '  + resource "terraform_data" "vm_hub" {',
  "    }",
  "Plan: 4 to add, 0 to change, 0 to destroy.",
  "terraform_data.network: Creating...",
  "terraform_data.vm_hub: Still creating... [10s elapsed]",
  "terraform_data.vm_hub: Still creating... [50s elapsed]",
  "terraform_data.vm_hub: Still creating... [1m0s elapsed]",
  "terraform_data.vm_hub: Still creating... [1m10s elapsed]",
  "terraform_data.vm_hub: Still creating... [2m0s elapsed]",
  "terraform_data.vm_hub: Creation complete after 2m14s [id=abc]",
  "Apply complete! Resources: 4 added, 0 changed, 0 destroyed.",
];

describe("terraform's output, condensed", () => {
  it("keeps what changes and one line a minute of what is awaited", () => {
    const shown = APPLY.filter(terraformLineFilter(false));
    expect(shown).toEqual([
      "Terraform used the selected providers to generate the following execution plan.",
      "Plan: 4 to add, 0 to change, 0 to destroy.",
      "terraform_data.network: Creating...",
      "terraform_data.vm_hub: Still creating... [1m0s elapsed]",
      "terraform_data.vm_hub: Still creating... [2m0s elapsed]",
      "terraform_data.vm_hub: Creation complete after 2m14s [id=abc]",
      "Apply complete! Resources: 4 added, 0 changed, 0 destroyed.",
    ]);
  });

  it("--verbose shows every line", () => {
    expect(APPLY.filter(terraformLineFilter(true))).toEqual(APPLY);
    expect(isVerbose({ HUBSTACK_VERBOSE: "1" })).toBe(true);
    expect(isVerbose({})).toBe(false);
  });
});
