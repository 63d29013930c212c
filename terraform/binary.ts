/**
 * Finding the terraform binary and checking its version, before anything else runs, so that a missing
 * or too old terraform is one message that says how to install it rather than an ENOENT.
 */
import { execa } from "execa";
import { UsageError } from "../environment/errors.js";

/** terraform_data, `-json` plans and `import` blocks all exist from 1.5 on. */
export const MINIMUM_TERRAFORM_VERSION = "1.5.0";
/** The version the tests of this repository run against. */
export const TESTED_TERRAFORM_VERSION = "1.11";

export interface TerraformBinary {
  /** What to execute: a name looked up in PATH, or a path. */
  readonly command: string;
  readonly version: string;
}

/** A prerequisite of the operator's machine is missing: nothing has run yet (exit 2). */
export class PrerequisiteError extends UsageError {
  constructor(message: string) {
    super(message);
    this.name = "PrerequisiteError";
  }
}

const INSTALL_HINT = [
  `Install terraform >= ${MINIMUM_TERRAFORM_VERSION} (hubstack is tested with ${TESTED_TERRAFORM_VERSION}):`,
  "  - Debian/Ubuntu, from HashiCorp's apt repository:",
  "      wget -O- https://apt.releases.hashicorp.com/gpg | sudo gpg --dearmor -o /usr/share/keyrings/hashicorp-archive-keyring.gpg",
  '      echo "deb [signed-by=/usr/share/keyrings/hashicorp-archive-keyring.gpg] https://apt.releases.hashicorp.com $(lsb_release -cs) main" | sudo tee /etc/apt/sources.list.d/hashicorp.list',
  "      sudo apt-get update && sudo apt-get install terraform",
  "  - or the zip for your platform from https://releases.hashicorp.com/terraform/ (unzip it into a folder on PATH, e.g. /usr/local/bin).",
  "Set HUBSTACK_TERRAFORM to the binary's path if it is not on PATH.",
].join("\n");

/** Compares dotted versions numerically: -1, 0 or 1. */
export function compareVersions(a: string, b: string): number {
  const parts = (v: string) => v.replace(/^v/, "").split(/[.-]/).slice(0, 3).map((p) => Number.parseInt(p, 10) || 0);
  const [pa, pb] = [parts(a), parts(b)];
  for (let i = 0; i < 3; i++) {
    const d = (pa[i] ?? 0) - (pb[i] ?? 0);
    if (d !== 0) return Math.sign(d);
  }
  return 0;
}

/** Finds terraform (HUBSTACK_TERRAFORM, else `terraform` on PATH) and checks that it is recent enough. */
export async function locateTerraform(command = process.env.HUBSTACK_TERRAFORM || "terraform"): Promise<TerraformBinary> {
  const result = await execa(command, ["version", "-json"], { reject: false, env: { CHECKPOINT_DISABLE: "1" } });
  if (result.failed && (result.code === "ENOENT" || result.code === "EACCES")) {
    throw new PrerequisiteError(`terraform is not installed (no "${command}" ${command.includes("/") ? "file" : "on PATH"}).\n${INSTALL_HINT}`);
  }
  let version: string | undefined;
  try {
    version = (JSON.parse(result.stdout) as { terraform_version?: string }).terraform_version;
  } catch {
    version = /Terraform v(\d+\.\d+\.\d+)/.exec(result.stdout)?.[1];
  }
  if (!version) {
    throw new PrerequisiteError(`"${command} version" did not say which version it is (exit ${result.exitCode}): ${result.stderr || result.stdout}\n${INSTALL_HINT}`);
  }
  if (compareVersions(version, MINIMUM_TERRAFORM_VERSION) < 0) {
    throw new PrerequisiteError(`terraform ${version} is too old: hubstack needs ${MINIMUM_TERRAFORM_VERSION} or newer.\n${INSTALL_HINT}`);
  }
  return { command, version };
}
