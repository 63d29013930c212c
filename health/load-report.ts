/**
 * What a load test found, as numbers and lines: the per-user records `runLoadTest` (health/load.ts) fills in,
 * the percentiles over them, the distinct failure reasons, and the summary the command prints. Pure: no
 * network, no files, so that the arithmetic is tested on its own.
 */

/** The phases of one simulated user, in order. `execute` spans every code run of the user (one, or a cycle). */
export const LOAD_PHASES = ["login", "spawn", "kernel", "execute", "stop", "delete"] as const;
export type LoadPhase = (typeof LOAD_PHASES)[number];

/** How the phases read in messages, failure reasons and the chart's legend. */
export const PHASE_LABELS: Record<LoadPhase, string> = {
  login: "log in",
  spawn: "server start",
  kernel: "kernel start",
  execute: "code run",
  stop: "server stop",
  delete: "delete user",
};

export interface PhaseRecord {
  name: LoadPhase;
  /** When the phase began, in seconds after the start of the run. */
  startSeconds: number;
  seconds: number;
  ok: boolean;
}

export type UserOutcome = "completed" | "failed" | "cancelled";

export interface UserRecord {
  /** `hubstack-load-<run id>-<n>` */
  username: string;
  /** 1-based, in ramp order. */
  index: number;
  outcome: UserOutcome;
  phases: PhaseRecord[];
  /** Seconds of each code execution, in order (more than one with --duration). */
  executions: number[];
  /** `<phase>: why`, for a failed or cancelled user. Never holds a password or token. */
  error?: string;
  /** Whether the user may still be on the hub after the run (not deleted: no token, or the delete failed). */
  remains: boolean;
  /** How many times the kernel's websocket was opened again after the server dropped it (absent: never). */
  kernelReconnects?: number;
  /** Seconds the hub made this user wait (HTTP 429 beyond its concurrent_spawn_limit) before it took the start; part of the server phase. */
  throttledSeconds?: number;
}

export interface LatencyStats {
  /** How many samples; the other fields are null when there are none. */
  count: number;
  p50: number | null;
  p95: number | null;
  max: number | null;
  mean: number | null;
}

/** The latencies the summary reports, each from the successful phases (or executions) of every user. */
export const STAT_KEYS = ["login", "serverStart", "kernelStart", "codeRun", "serverStop"] as const;
export type StatKey = (typeof STAT_KEYS)[number];
export const STAT_LABELS: Record<StatKey, string> = {
  login: "log in",
  serverStart: "server start",
  kernelStart: "kernel start",
  codeRun: "code run",
  serverStop: "server stop",
};
const STAT_PHASE: Record<Exclude<StatKey, "codeRun">, LoadPhase> = { login: "login", serverStart: "spawn", kernelStart: "kernel", serverStop: "stop" };

export interface FailureReason {
  /** The message with user names replaced by `<user>`, so that one cause counts once. */
  reason: string;
  count: number;
}

export interface LoadSettings {
  users: number;
  /** How many users may be starting (log in → kernel answering) at once. */
  concurrency: number;
  /** Users run code repeatedly until this many seconds after the start of the run; null: once. */
  durationSeconds: number | null;
  /** "login form" (the hub's own authenticator) or "API token" (users created through the REST API). */
  via: "login form" | "API token";
  /** The code each user runs, and the answer it must give. */
  code: string;
  expected: string;
  timeouts: { requestSeconds: number; spawnSeconds: number; stopSeconds: number; kernelSeconds: number };
}

export interface LoadTestResult {
  runId: string;
  hubUrl: string;
  /** Where the connections went instead of the hub name's own address, when given. */
  connectAddress?: string;
  /** ISO 8601, UTC. */
  startedAt: string;
  totalSeconds: number;
  settings: LoadSettings;
  completed: number;
  failed: number;
  /** Users that a Ctrl-C (or the caller's abort signal) stopped before they finished. */
  cancelled: number;
  interrupted: boolean;
  /** A problem of the whole run (the hub did not answer at all), besides each user's own. */
  error?: string;
  stats: Record<StatKey, LatencyStats>;
  /** The distinct reasons of failed users, most frequent first (ties: first seen first). */
  failureReasons: FailureReason[];
  /** Users that may still be on the hub (no API token to delete them, or their delete failed). */
  remainingUsers: string[];
  users: UserRecord[];
}

/**
 * The p-th percentile of ascending `sorted` values by the nearest-rank method: the smallest value with at
 * least p % of the values at or below it. Always one of the values, and monotone in p (p50 ≤ p95 ≤ max).
 */
export function percentile(sorted: readonly number[], p: number): number {
  if (sorted.length === 0) throw new RangeError("percentile of no values");
  if (!(p >= 0 && p <= 100)) throw new RangeError(`percentile ${p} is not between 0 and 100`);
  const rank = Math.max(1, Math.ceil((p / 100) * sorted.length));
  return sorted[rank - 1]!;
}

/** p50, p95, max and mean of `values` (any order), in seconds rounded to milliseconds. */
export function latencyStats(values: readonly number[]): LatencyStats {
  if (values.length === 0) return { count: 0, p50: null, p95: null, max: null, mean: null };
  const sorted = [...values].sort((a, b) => a - b);
  const ms = (x: number) => Math.round(x * 1000) / 1000;
  return {
    count: sorted.length,
    p50: ms(percentile(sorted, 50)),
    p95: ms(percentile(sorted, 95)),
    max: ms(sorted[sorted.length - 1]!),
    mean: ms(sorted.reduce((a, b) => a + b, 0) / sorted.length),
  };
}

/** Every reported latency over all users: successful phases only (a refused login is not a login time). */
export function aggregateStats(users: readonly UserRecord[]): Record<StatKey, LatencyStats> {
  const ok = (phase: LoadPhase) => users.flatMap((u) => u.phases.filter((p) => p.name === phase && p.ok).map((p) => p.seconds));
  return {
    login: latencyStats(ok(STAT_PHASE.login)),
    serverStart: latencyStats(ok(STAT_PHASE.serverStart)),
    kernelStart: latencyStats(ok(STAT_PHASE.kernelStart)),
    codeRun: latencyStats(users.flatMap((u) => u.executions)),
    serverStop: latencyStats(ok(STAT_PHASE.serverStop)),
  };
}

/**
 * The run's own user names become `<user>` and UUIDs (kernel and session ids) `<id>`: the same cause for 40
 * users is one reason, counted 40 times.
 */
export function normalizeReason(reason: string, runId: string): string {
  const escaped = runId.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
  return reason
    .replace(new RegExp(`hubstack-load-${escaped}-\\d+`, "g"), "<user>")
    .replace(/\b[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}\b/gi, "<id>");
}

/** The distinct reasons of failed users (cancelled ones are not failures), most frequent first. */
export function failureReasons(users: readonly UserRecord[], runId: string): FailureReason[] {
  const counts = new Map<string, number>();
  for (const u of users) {
    if (u.outcome !== "failed") continue;
    const reason = normalizeReason(u.error ?? "unknown error", runId);
    counts.set(reason, (counts.get(reason) ?? 0) + 1);
  }
  // Map keeps insertion order and sort is stable: ties stay in the order they were first seen.
  return [...counts].map(([reason, count]) => ({ reason, count })).sort((a, b) => b.count - a.count);
}

/** Counts, statistics and reasons from the per-user records. */
export function summarize(users: readonly UserRecord[], runId: string): Pick<LoadTestResult, "completed" | "failed" | "cancelled" | "stats" | "failureReasons" | "remainingUsers"> {
  return {
    completed: users.filter((u) => u.outcome === "completed").length,
    failed: users.filter((u) => u.outcome === "failed").length,
    cancelled: users.filter((u) => u.outcome === "cancelled").length,
    stats: aggregateStats(users),
    failureReasons: failureReasons(users, runId),
    remainingUsers: users.filter((u) => u.remains).map((u) => u.username),
  };
}

const fmt = (x: number | null) => (x === null ? "-" : x.toFixed(2));

/** One line per finished user, as the run goes: status, name, and the seconds of each phase (or why it failed). */
export function formatUserLine(u: UserRecord): string {
  const status = u.outcome === "completed" ? "  ok  " : u.outcome === "failed" ? "  FAIL" : "  stop";
  const secondsOf = (phase: LoadPhase) => u.phases.find((p) => p.name === phase && p.ok)?.seconds ?? null;
  const ran = u.executions.length;
  const detail =
    u.outcome === "completed"
      ? `log in ${fmt(secondsOf("login"))} s, server ${fmt(secondsOf("spawn"))} s, kernel ${fmt(secondsOf("kernel"))} s, ` +
        `code ${fmt(ran ? latencyStats(u.executions).p50 : null)} s${ran > 1 ? ` (p50 of ${ran} runs)` : ""}`
      : (u.error ?? "unknown error");
  const reconnects = u.kernelReconnects ? ` (kernel websocket reopened ${u.kernelReconnects}×)` : "";
  const queued = u.throttledSeconds ? ` (queued ${u.throttledSeconds} s of it by the hub's spawn limit)` : "";
  return `${status} ${u.username.padEnd(26)} ${detail}${queued}${reconnects}`;
}

/** The closing summary: counts, a table of p50/p95/max, the first few distinct failure reasons. */
export function formatSummary(r: LoadTestResult, maxReasons = 5): string[] {
  const s = r.settings;
  const lines = [
    `Load test ${r.runId}: ${r.completed} completed, ${r.failed} failed` +
      `${r.cancelled ? `, ${r.cancelled} cancelled` : ""} of ${s.users} users in ${r.totalSeconds.toFixed(1)} s` +
      `${r.interrupted ? " (interrupted)" : ""}`,
  ];
  if (r.error) lines.push(`  ${r.error}`);
  const width = Math.max(...STAT_KEYS.map((k) => STAT_LABELS[k].length));
  lines.push(`  ${"seconds".padEnd(width)}  ${"p50".padStart(7)}  ${"p95".padStart(7)}  ${"max".padStart(7)}  samples`);
  for (const key of STAT_KEYS) {
    const st = r.stats[key];
    lines.push(`  ${STAT_LABELS[key].padEnd(width)}  ${fmt(st.p50).padStart(7)}  ${fmt(st.p95).padStart(7)}  ${fmt(st.max).padStart(7)}  ${st.count}`);
  }
  if (r.failureReasons.length) {
    const shown = r.failureReasons.slice(0, maxReasons);
    lines.push(`Failures (${r.failureReasons.length} distinct reason${r.failureReasons.length === 1 ? "" : "s"}${r.failureReasons.length > shown.length ? `, the first ${shown.length}` : ""}):`);
    for (const f of shown) lines.push(`  ${String(f.count).padStart(3)} × ${f.reason}`);
  }
  return lines;
}

/** `2025-01-02T03:04:05.678Z` → `20250102T030405Z`: sortable, and safe in a file name. */
export function utcStamp(date: Date): string {
  return date.toISOString().replace(/[-:]/g, "").replace(/\.\d+Z$/, "Z");
}
