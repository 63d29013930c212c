/**
 * The hub's health check as a library, for `npm run check -- env=NAME` and the last step of `apply`:
 *
 *   const result = await runHealthCheck({ hubUrl, password, apiToken, caFile, log: (l) => console.log(l) });
 *   assertHealthy(result); // RunError (exit 1) naming the failed step
 *
 * On the dummy authenticator give `password` (its configured one, if any); on real authenticators give
 * `apiToken`, the token of a hub service whose role has CHECK_SERVICE_SCOPES (the jupyterhub role's
 * `load_roles`). With both, the user logs in by form and the token deletes it afterwards.
 */
import { RunError } from "../environment/errors.js";
import type { HealthCheckResult } from "./check.js";

export { runHealthCheck, formatStep, DEFAULT_TIMEOUTS, CHECK_FILE } from "./check.js";
export type { HealthCheckOptions, HealthCheckResult, HealthCheckTimeouts, HealthStep } from "./check.js";
export { runLoadTest, writeLoadReport, checkLoadSize, MAX_USERS, MAX_DURATION_SECONDS, DEFAULT_CONCURRENCY, LOAD_CODE, LOAD_ANSWER } from "./load.js";
export type { LoadTestOptions } from "./load.js";
export { formatSummary, formatUserLine, latencyStats, percentile, utcStamp } from "./load-report.js";
export type { LatencyStats, LoadTestResult, UserRecord } from "./load-report.js";
export { loadChartSvg } from "./chart.js";

/** The scopes of the health check's service role: create and delete users, start and stop their servers, talk to them. */
export const CHECK_SERVICE_SCOPES = ["admin:users", "admin:servers", "access:servers"] as const;

/** Throws a RunError naming the failed step unless the check passed. */
export function assertHealthy(result: HealthCheckResult): void {
  if (!result.ok) throw new RunError(`the hub's health check failed: ${result.error ?? "unknown error"}`);
}
