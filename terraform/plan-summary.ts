/**
 * The plan summary: what `terraform show -json <planfile>` says will happen, as counts and resource
 * addresses to create, change, replace and destroy. Pure functions, so that `plan`, `apply` and
 * `destroy` print the same thing and tests can feed canned plans.
 */

/** The part of terraform's JSON plan representation (format 1.x) that the summary reads. */
export interface PlanJson {
  readonly format_version?: string;
  readonly terraform_version?: string;
  readonly resource_changes?: readonly ResourceChange[];
  readonly output_changes?: Readonly<Record<string, { readonly actions: readonly string[] }>>;
  readonly errored?: boolean;
}

interface ResourceChange {
  readonly address: string;
  /** "managed" for resources, "data" for data sources (which are read, never changed). */
  readonly mode: string;
  readonly change: { readonly actions: readonly string[] };
}

export interface PlanSummary {
  readonly create: string[];
  /** Changed in place. */
  readonly update: string[];
  /** Destroyed and created again (either order). */
  readonly replace: string[];
  readonly destroy: string[];
  /** Managed resources the plan leaves as they are. */
  readonly unchanged: number;
  /** Root outputs whose value changes (an apply is needed to record them even without resource changes). */
  readonly outputsChanged: string[];
}

export function summarizePlan(plan: PlanJson): PlanSummary {
  const summary = { create: [] as string[], update: [] as string[], replace: [] as string[], destroy: [] as string[], unchanged: 0, outputsChanged: [] as string[] };
  for (const resource of plan.resource_changes ?? []) {
    if (resource.mode !== "managed") continue;
    const actions = resource.change.actions;
    if (actions.includes("delete") && actions.includes("create")) summary.replace.push(resource.address);
    else if (actions.includes("create")) summary.create.push(resource.address);
    else if (actions.includes("update")) summary.update.push(resource.address);
    else if (actions.includes("delete")) summary.destroy.push(resource.address);
    // "no-op", and "forget" (a `removed` block: terraform stops tracking, nothing is touched).
    else summary.unchanged++;
  }
  for (const [name, change] of Object.entries(plan.output_changes ?? {})) {
    if (change.actions.some((action) => action !== "no-op")) summary.outputsChanged.push(name);
  }
  return summary;
}

/** Anything for the infrastructure to do (outputs alone do not need a confirmation). */
export function hasResourceChanges(summary: PlanSummary): boolean {
  return summary.create.length + summary.update.length + summary.replace.length + summary.destroy.length > 0;
}

/** How many managed resources exist once the plan is applied. */
export function resourcesAfter(summary: PlanSummary): number {
  return summary.unchanged + summary.create.length + summary.update.length + summary.replace.length;
}

const SYMBOLS = { create: "+", update: "~", replace: "-/+", destroy: "-" } as const;

/**
 * For example:
 *
 *     Plan for hub-ci-k3x9q2ab: 3 to create, 0 to change, 0 to replace, 0 to destroy (0 unchanged)
 *       +   terraform_data.filler-0
 */
export function formatPlanSummary(envName: string, summary: PlanSummary): string {
  const counts = `${summary.create.length} to create, ${summary.update.length} to change, ${summary.replace.length} to replace, ${summary.destroy.length} to destroy (${summary.unchanged} unchanged)`;
  const lines = [`Plan for ${envName}: ${counts}`];
  for (const kind of ["create", "update", "replace", "destroy"] as const) {
    for (const address of summary[kind]) lines.push(`  ${SYMBOLS[kind].padEnd(3)} ${address}`);
  }
  if (!hasResourceChanges(summary)) {
    lines.push(
      summary.outputsChanged.length
        ? `  No infrastructure changes; outputs to update: ${summary.outputsChanged.join(", ")}`
        : "  No changes: the infrastructure matches the configuration.",
    );
  }
  return lines.join("\n");
}
