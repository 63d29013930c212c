/**
 * Running Packer: which version is here (it decides the template's rendering), writing the template, and
 * `packer init` / `packer build` with their output streamed to the user line by line.
 */
import { writeFile } from "node:fs/promises";
import { join } from "node:path";
import { execa } from "execa";
import { RunError, UsageError } from "../environment/errors.js";
import type { Output } from "../environment/output.js";
import { packerFeatures, renderHcl2Json, renderJsonTemplate, type PackerPlan } from "./template.js";

export async function packerVersion(): Promise<string> {
  const result = await execa("packer", ["version"], { reject: false });
  const version = result.exitCode === 0 ? /v?(\d+\.\d+\.\d+)/.exec(result.stdout)?.[1] : undefined;
  if (!version) throw new UsageError("packer is not installed: `apt-get install packer` (Debian) or see https://developer.hashicorp.com/packer/install");
  return version;
}

/**
 * Writes the plan as the template this Packer reads best: HCL2 (JSON syntax) declaring its plugins from
 * 1.7 on, the JSON template before. Returns the file and whether `packer init` must run first.
 */
export async function writeTemplate(plan: PackerPlan, dir: string, version: string): Promise<{ file: string; needsInit: boolean }> {
  const features = packerFeatures(version);
  const file = join(dir, features.requiredPlugins ? `${plan.name}.pkr.json` : `${plan.name}.json`);
  const template = features.requiredPlugins ? renderHcl2Json(plan, features) : renderJsonTemplate(plan, features);
  await writeFile(file, `${JSON.stringify(template, null, 2)}\n`, { mode: 0o600 });
  return { file, needsInit: features.requiredPlugins };
}

/** Runs packer in `cwd`; a failure names its last lines, and `hint` where to look further. */
export async function runPacker(args: string[], cwd: string, output: Output, hint?: string): Promise<void> {
  const last: string[] = [];
  const child = execa("packer", args, { cwd, all: true, reject: false, env: { CHECKPOINT_DISABLE: "1" } });
  for await (const line of child.iterable({ from: "all" })) {
    const text = String(line);
    output.info(`  packer: ${text}`);
    last.push(text);
    if (last.length > 15) last.shift();
  }
  const result = await child;
  if (result.exitCode !== 0) {
    throw new RunError(`packer ${args[0]} failed (exit ${result.exitCode}):\n${last.map((l) => `  ${l}`).join("\n")}${hint ? `\n${hint}` : ""}`);
  }
}

/** init (where needed) and build. */
export async function packerBuild(plan: PackerPlan, dir: string, output: Output, hint?: string): Promise<void> {
  const version = await packerVersion();
  const { file, needsInit } = await writeTemplate(plan, dir, version);
  output.info(`packer ${version}: ${file}`);
  if (needsInit) await runPacker(["init", file], dir, output);
  await runPacker(["build", "-color=false", file], dir, output, hint);
}
