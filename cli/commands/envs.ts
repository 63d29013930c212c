/**
 * `hubstack envs`: the environments that have state on this machine (CI instances included), with the
 * inventory file each came from, its target, and how many resources it has.
 */
import { listEnvironmentsWithState, type EnvironmentListing } from "../../terraform/records.js";
import { runContext, type CommonOptions } from "./context.js";

export type EnvsOptions = CommonOptions;

export interface EnvsResult {
  readonly environments: EnvironmentListing[];
}

/** A fixed-width table: name, base, target, resources, last apply. */
export function formatEnvironmentTable(environments: readonly EnvironmentListing[]): string {
  const rows = [
    ["NAME", "BASE", "TARGET", "RESOURCES", "LAST APPLY"],
    ...environments.map((e) => [e.name, e.baseName ?? "?", e.target ?? "?", e.resources === undefined ? "?" : String(e.resources), e.lastAppliedAt?.replace(/\.\d+Z$/, "Z") ?? "never"]),
  ];
  const widths = rows[0]!.map((_, column) => Math.max(...rows.map((row) => row[column]!.length)));
  return rows.map((row) => row.map((cell, column) => cell.padEnd(widths[column]!)).join("  ").trimEnd()).join("\n");
}

export async function envs(options: EnvsOptions = {}): Promise<EnvsResult> {
  const ctx = runContext(options);
  const result: EnvsResult = { environments: listEnvironmentsWithState(ctx.paths) };
  if (ctx.output.json) ctx.output.result(result);
  else if (result.environments.length === 0) ctx.output.info("No environment has state on this machine (`npm run apply -- env=NAME` creates one).");
  else ctx.output.info(formatEnvironmentTable(result.environments));
  return result;
}
