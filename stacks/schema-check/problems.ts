/**
 * What the schema check reports: a problem names its kind, the Terraform address and the path inside it, in
 * words a person can act on. The checks of blocks and of values both add to one list through a Context.
 */

export type ProblemKind =
  | "unknown-provider"
  | "unknown-type"
  | "unknown-name"
  | "missing-required"
  | "computed-only"
  | "block-count"
  | "literal-type";

export interface SchemaProblem {
  kind: ProblemKind;
  /** Terraform address: openstack_compute_instance_v2.hub, data.openstack_dns_zone_v2.zone, provider.openstack */
  address: string;
  /** Where inside it: network[0].port; empty for the whole resource. */
  path: string;
  message: string;
}

export function formatProblem(problem: SchemaProblem): string {
  return `${problem.address}${problem.path ? `.${problem.path}` : ""}: ${problem.message}`;
}

export function problem(kind: ProblemKind, address: string, path: string, message: string): SchemaProblem {
  return { kind, address, path, message };
}

/** Where a check stands (address and path) and the list it adds its problems to. */
export interface Context {
  address: string;
  path: string;
  problems: SchemaProblem[];
  /** Meta-argument names allowed at this level only (the top of a resource or provider). */
  ignore?: ReadonlySet<string>;
}
