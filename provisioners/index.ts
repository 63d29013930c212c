/**
 * The provisioners' public surface, for the CLI and Packer:
 *
 *   const report = await provision(hosts, { roles: ROLES, vars: env, knownHostsFile, check, diff, limit,
 *                                           onlyRoles, failFast, reporter: defaultReporter({ check, diff }) });
 *   if (json) print(JSON.stringify(report)); else the reporter already printed the summary table.
 *   exit code: report.ok ? 0 : 1
 */
export { provision, type ProvisionOptions } from "./engine/provision.js";
export type { TargetHost } from "./engine/hosts.js";
export type { ProvisionReport, HostResult, RoleResult, OperationResult, Reporter } from "./engine/report.js";
export { formatSummary, roundTripsByRole } from "./engine/report.js";
export { defaultReporter, liveReporter, plainReporter } from "./engine/output.js";
export type { Role, RoleContext, RoleRegistry } from "./engine/role.js";
export { imageRoles } from "./engine/role.js";
export { ProvisionError, type FailureKind } from "./engine/errors.js";
export { ROLES } from "./roles/index.js";
export { LocalConnector } from "./connectors/local.js";
export { KnownHosts } from "./connectors/known-hosts.js";
