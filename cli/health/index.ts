/**
 * The health check as a library: `runHealthCheck` for `npm run check` and the end of `apply`, and
 * `assertHealthy` to turn a failed result into the CLI's RunError (exit code 1).
 */
import { RunError } from "../errors.js";
import type { HealthCheckResult } from "./check.js";

export { runHealthCheck, formatStep, DEFAULT_TIMEOUTS, CHECK_FILE } from "./check.js";
export type { HealthCheckOptions, HealthCheckResult, HealthCheckTimeouts, HealthStep } from "./check.js";

/** Throws a RunError naming the failed step unless the check passed. */
export function assertHealthy(result: HealthCheckResult): void {
  if (!result.ok) throw new RunError(`the hub's health check failed: ${result.error ?? "unknown error"}`);
}
