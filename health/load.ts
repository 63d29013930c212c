/**
 * The built-in load test (`npm run load -- env=NAME --users N`): N simulated users, each doing what the health
 * check's user does, at once: log in (through the hub's own login form, or created through the REST API with a
 * service token), start a server and wait until it answers, open a kernel over the websocket, run a small piece
 * of code and check its answer (repeatedly until the run's duration is over, with --duration), stop the server,
 * and delete the user. Each phase is timed; the result holds every user's timeline and the percentiles.
 *
 * Bounded: at most MAX_USERS users and MAX_DURATION_SECONDS of cycling, at most `concurrency` users starting
 * (log in → kernel answering) at once, each wait bounded by the check's own timeouts. It stops by itself, and
 * what it started is undone on every way out: a failed user's server is stopped and the user deleted, and
 * after an abort (Ctrl-C) no further user starts, those running stop at the end of their current phase, and
 * all of them are cleaned up. Traffic goes only to the hub URL given (or its connectAddress).
 */
import { parseHubUrl, readCa } from "./hub-url.js";
import { randomBytes } from "node:crypto";
import { mkdir, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { performance } from "node:perf_hooks";
import { UsageError } from "../environment/errors.js";
import { maskSecrets } from "../environment/output.js";
import { DEFAULT_TIMEOUTS, type HealthCheckTimeouts } from "./check.js";
import { CheckFailed, HttpError } from "./errors.js";
import { HubApi } from "./hub-api.js";
import { HubHttp, type TlsOptions } from "./http.js";
import { loadChartSvg } from "./chart.js";
import type { KernelChannel } from "./kernel.js";
import { PHASE_LABELS, formatUserLine, summarize, utcStamp, type LoadPhase, type LoadSettings, type LoadTestResult, type PhaseRecord, type UserRecord } from "./load-report.js";
import { ServerApi } from "./server-api.js";

/** More simulated users than this is a mistake on the command line, not a test. */
export const MAX_USERS = 200;
/** The longest --duration: an hour. */
export const MAX_DURATION_SECONDS = 3600;
/** Users starting at once when not told: all of them, up to this many. */
export const DEFAULT_CONCURRENCY = 25;
/** What each user runs, and the answer it must give. */
export const LOAD_CODE = "sum(range(10**6))";
export const LOAD_ANSWER = "499999500000";
/** Between two code runs of one user (with --duration): a person reads the output before running the next cell. */
export const THINK_SECONDS = 1;
/** How often a long run says where its users are. */
const PROGRESS_EVERY_MS = 30_000;
/** How many times a kernel websocket the server dropped is opened again (JupyterLab reconnects too). */
const KERNEL_RECONNECTS = 3;

export interface LoadTestOptions {
  /** The hub's public URL, with its base_url prefix if any. */
  hubUrl: string;
  /** How many users: 1 to MAX_USERS. */
  users: number;
  /** How many users start (log in → kernel answering) at once. @default min(users, DEFAULT_CONCURRENCY) */
  concurrency?: number;
  /** Keep running code until this many seconds after the start of the run (at most MAX_DURATION_SECONDS). @default run once */
  durationSeconds?: number;
  /** The dummy authenticator's password: users log in through the login form with it. */
  password?: string;
  /**
   * A hub API token with the scopes admin:users, admin:servers and access:servers. Without a password the
   * users are created and driven through the REST API with it; with a password it only deletes them.
   * Without a token the users log in by form and stay in the hub's user list (servers stopped).
   */
  apiToken?: string;
  caCertificate?: string;
  caFile?: string;
  insecure?: boolean;
  /** Connect to this address instead of resolving the hub's name (its name still goes out as SNI and Host). */
  connectAddress?: string;
  timeouts?: Partial<HealthCheckTimeouts>;
  /** Names the run's users `hubstack-load-<runId>-<n>`. @default 6 random hex digits */
  runId?: string;
  /** Stops the run: no new users start, running ones clean up at the end of their current phase. */
  signal?: AbortSignal;
  /** Progress lines (one per finished user, a status line every 30 s). Never given a password or token. */
  log?: (line: string) => void;
}

/** Checks the size of a run; a UsageError (exit 2) says what is allowed. */
export function checkLoadSize(o: { users: number; concurrency?: number | undefined; durationSeconds?: number | undefined }): void {
  if (!Number.isInteger(o.users) || o.users < 1) throw new UsageError(`--users must be a whole number from 1 to ${MAX_USERS} (got ${o.users})`);
  if (o.users > MAX_USERS) {
    throw new UsageError(`--users ${o.users} is more than the load test runs (at most ${MAX_USERS} simulated users): run several load tests, or size the hub with fewer`);
  }
  if (o.concurrency !== undefined && (!Number.isInteger(o.concurrency) || o.concurrency < 1 || o.concurrency > MAX_USERS)) {
    throw new UsageError(`--concurrency must be a whole number from 1 to ${MAX_USERS} (got ${o.concurrency})`);
  }
  if (o.durationSeconds !== undefined) {
    if (!Number.isFinite(o.durationSeconds) || o.durationSeconds <= 0) throw new UsageError(`--duration must be a number of seconds above 0, at most ${MAX_DURATION_SECONDS} (got ${o.durationSeconds})`);
    if (o.durationSeconds > MAX_DURATION_SECONDS) throw new UsageError(`--duration ${o.durationSeconds} is longer than the load test runs (at most ${MAX_DURATION_SECONDS} s)`);
  }
}

/**
 * Runs the load test and returns every user's record and the statistics; failing users give `failed` > 0
 * (it does not throw). Throws a UsageError only for options that cannot work: a size out of bounds, a hub
 * URL that is not one, an unreadable CA file.
 */
export async function runLoadTest(o: LoadTestOptions): Promise<LoadTestResult> {
  checkLoadSize(o);
  const t = { ...DEFAULT_TIMEOUTS, ...o.timeouts };
  const log = o.log ?? (() => {});
  const runId = o.runId ?? randomBytes(3).toString("hex");
  if (!/^[a-z0-9]{1,12}$/.test(runId)) throw new UsageError(`the run id ${JSON.stringify(runId)} must be 1 to 12 lower-case letters and digits`);
  const concurrency = Math.min(o.users, o.concurrency ?? DEFAULT_CONCURRENCY);
  const viaApi = o.apiToken !== undefined && o.password === undefined;
  const base = parseHubUrl(o.hubUrl);
  const ca = o.caCertificate ?? (o.caFile ? await readCa(o.caFile) : undefined);
  const tls: TlsOptions = { ca, insecure: o.insecure, connectAddress: o.connectAddress };
  const signal = o.signal ?? new AbortController().signal;
  // Defence in depth: no message of the hub should quote a credential, and none leaves this function if it does.
  const secrets = [o.password, o.apiToken].filter((s): s is string => Boolean(s));
  const scrub = (text: string) => secrets.reduce((acc, s) => acc.replaceAll(s, "***"), text);

  const settings: LoadSettings = {
    users: o.users,
    concurrency,
    durationSeconds: o.durationSeconds ?? null,
    via: viaApi ? "API token" : "login form",
    code: LOAD_CODE,
    expected: LOAD_ANSWER,
    timeouts: { requestSeconds: t.requestSeconds, spawnSeconds: t.spawnSeconds, stopSeconds: t.stopSeconds, kernelSeconds: t.kernelSeconds },
  };
  const startedAt = new Date();
  const t0 = performance.now();
  const since = (mark: number) => Math.round(performance.now() - mark) / 1000;
  const deadline = o.durationSeconds !== undefined ? t0 + o.durationSeconds * 1000 : undefined;

  const users: UserRecord[] = Array.from({ length: o.users }, (_, i) => ({
    username: `hubstack-load-${runId}-${i + 1}`,
    index: i + 1,
    outcome: "cancelled",
    phases: [],
    executions: [],
    remains: false,
  }));
  /** Where each user is, for the progress line. */
  const where = new Map<string, string>(users.map((u) => [u.username, "waiting"]));

  const finish = (error?: string): LoadTestResult => ({
    runId,
    hubUrl: base.href.replace(/\/$/, ""),
    ...(o.connectAddress ? { connectAddress: o.connectAddress } : {}),
    startedAt: startedAt.toISOString(),
    totalSeconds: since(t0),
    settings,
    ...summarize(users, runId),
    interrupted: signal.aborted,
    ...(error ? { error } : {}),
    users,
  });

  // One question before any user exists: a hub that does not answer fails the run without creating anything.
  const probe = new HubHttp(base, tls, t.requestSeconds * 1000);
  try {
    await new HubApi(probe, "hubstack-load-probe").version();
  } catch (err) {
    const error = `reach hub: ${scrub((err as Error).message)}`;
    for (const u of users) Object.assign(u, { outcome: "failed", error });
    log(`load test FAILED: the hub did not answer: ${error}`);
    return finish(`the hub did not answer, no user was started: ${error}`);
  } finally {
    probe.close();
  }

  const progress = setInterval(() => {
    const counts = new Map<string, number>();
    for (const state of where.values()) counts.set(state, (counts.get(state) ?? 0) + 1);
    log(`  after ${Math.round(since(t0))} s: ${[...counts].map(([state, n]) => `${n} ${state}`).join(", ")}`);
  }, PROGRESS_EVERY_MS);
  progress.unref();

  const slots = new Slots(concurrency);
  try {
    await Promise.all(users.map((u) => runUser(u)));
  } finally {
    clearInterval(progress);
  }
  return finish();

  /** One simulated user, from its slot in the ramp to its deletion. Never throws: the record says what happened. */
  async function runUser(u: UserRecord): Promise<void> {
    await slots.take();
    let holdsSlot = true;
    const release = () => {
      if (holdsSlot) slots.give();
      holdsSlot = false;
    };
    if (signal.aborted) {
      release();
      u.error = "cancelled before it started";
      where.set(u.username, "cancelled");
      return;
    }

    const http = new HubHttp(base, tls, t.requestSeconds * 1000);
    const hub = new HubApi(http, u.username, viaApi ? o.apiToken : undefined);
    let mayExist = false;
    let ours = true; // false only when the REST API says the name was taken before us: never delete that one
    let serverRequested = false;
    let ranThrough = false;
    let channel: KernelChannel | undefined;

    /** Runs one timed phase; a failure becomes "<phase>: why" and ends the user's run. */
    const phase = async (name: LoadPhase, state: string, fn: () => Promise<void>): Promise<void> => {
      where.set(u.username, state);
      const record: PhaseRecord = { name, startSeconds: since(t0), seconds: 0, ok: false };
      u.phases.push(record);
      const p0 = performance.now();
      try {
        await fn();
        record.ok = true;
      } catch (err) {
        throw new PhaseFailed(name, err as Error);
      } finally {
        record.seconds = since(p0);
      }
    };
    /** Between phases: after an abort the user goes no further (and cleans up). */
    const goOn = () => {
      if (signal.aborted) throw new Cancelled();
    };
    const fail = (err: unknown) => {
      if (u.outcome === "failed") return; // the first failure is the one to report
      u.outcome = "failed";
      u.error = scrub((err as Error).message);
    };

    try {
      await phase("login", "logging in", async () => {
        mayExist = true;
        if (viaApi) {
          if (!(await hub.createUser(o.apiToken!))) {
            ours = false;
            throw new CheckFailed(`${u.username} exists on the hub already (another run with the same id?): left alone`);
          }
          return;
        }
        try {
          await hub.loginWithForm(o.password ?? randomBytes(12).toString("hex"));
        } catch (err) {
          // The hub re-rendering its form (HTTP 200) refused the login before creating the user.
          if (err instanceof HttpError && err.status === 200) mayExist = false;
          throw err;
        }
      });
      goOn();

      let server!: ServerApi;
      await phase("spawn", "starting servers", async () => {
        serverRequested = true; // from the request on: a half-started server must be stopped too
        // A hub that throttles starts (HTTP 429 beyond its concurrent_spawn_limit) queues the user, as a person
        // told "try again" would be, for as long as a run may last; the server then has its own spawn wait.
        const { path, throttledSeconds } = await hub.startServer(t.spawnSeconds * 1000, { queueUntil: startedAt.getTime() + MAX_DURATION_SECONDS * 1000 });
        if (throttledSeconds >= 1) u.throttledSeconds = Math.round(throttledSeconds);
        server = new ServerApi(http, path, viaApi ? o.apiToken : undefined);
        await server.open();
      });
      goOn();

      await phase("kernel", "starting kernels", async () => {
        const kernel = await server.startKernel();
        // A websocket the server drops before the kernel answers (seen under a surge on a slow host: the proxy
        // logged ECONNRESET from the server) is opened again, as JupyterLab reconnects its kernels, while the
        // kernel wait lasts; only a kernel that never answers in it fails the user.
        const until = performance.now() + t.kernelSeconds * 1000;
        for (let attempt = 1; ; attempt++) {
          try {
            // The first attempt has exactly the kernel wait; a reopened websocket gets at least a second.
            const left = () => Math.max(attempt === 1 ? 1 : 1000, until - performance.now());
            channel = await server.connectKernel(kernel.id, left());
            await channel.kernelInfo(left());
            break;
          } catch (err) {
            channel?.close();
            channel = undefined;
            const dropped = err instanceof Error && /websocket closed|ECONNRESET|socket hang up|Unexpected server response: 50[234]/.test(err.message);
            if (!dropped || attempt >= KERNEL_RECONNECTS || performance.now() + 2000 >= until) throw err;
            u.kernelReconnects = attempt;
            await sleep(2000, signal);
          }
        }
      });
      release(); // this user is up: the next one may start
      goOn();

      await phase("execute", "running code", async () => {
        for (;;) {
          const e0 = performance.now();
          const result = await channel!.execute(LOAD_CODE, t.kernelSeconds * 1000);
          if (result.value !== LOAD_ANSWER) throw new CheckFailed(`${LOAD_CODE} gave ${JSON.stringify(result.value ?? result.output)}, expected ${LOAD_ANSWER}`);
          u.executions.push(since(e0));
          if (deadline === undefined || signal.aborted || performance.now() + THINK_SECONDS * 1000 >= deadline) break;
          await sleep(THINK_SECONDS * 1000, signal);
          if (signal.aborted) break; // it ran at least once: the user is done, just early
        }
      });
      ranThrough = true;
    } catch (err) {
      if (err instanceof Cancelled) u.error = `cancelled after ${PHASE_LABELS[u.phases.at(-1)!.name]}`;
      else fail(err);
    } finally {
      release();
      channel?.close(); // the kernel ends with its server
      await cleanUp();
      http.close();
      if (ranThrough && u.outcome !== "failed") u.outcome = "completed";
      where.set(u.username, u.outcome);
      log(formatUserLine(u));
    }

    /** Stops the server and deletes the user; a failure here fails the user, even one that had run its code. */
    async function cleanUp(): Promise<void> {
      if (serverRequested) {
        try {
          await phase("stop", "stopping servers", () => stopPatiently(hub));
          serverRequested = false;
        } catch (err) {
          fail(err);
        }
      }
      if (!mayExist || !ours) return;
      if (o.apiToken === undefined) {
        u.remains = true; // no token: a user cannot delete itself
        return;
      }
      if (serverRequested) {
        u.remains = true; // deleting a user whose server would not stop would hide a stuck server: name it instead
        return;
      }
      try {
        await phase("delete", "deleting users", () => deletePatiently(hub, u.username, o.apiToken!));
      } catch (err) {
        u.remains = true;
        fail(err);
      }
    }
  }

  /**
   * DELETE the server and wait until it is stopped. A spawn still pending cannot be stopped (the hub answers 400
   * "pending spawn"): wait for it to end, as long as a spawn may last.
   */
  async function stopPatiently(hub: HubApi): Promise<void> {
    const until = Date.now() + t.spawnSeconds * 1000;
    for (;;) {
      try {
        return await hub.stopServer(t.stopSeconds * 1000);
      } catch (err) {
        if (!(err instanceof HttpError && err.status === 400 && /pending/i.test(err.message)) || Date.now() > until) throw err;
        await sleep(1_000);
      }
    }
  }

  /** DELETE the user; gone already (a refused login creates no user) is as good, a stop still under way is waited for. */
  async function deletePatiently(hub: HubApi, username: string, token: string): Promise<void> {
    const until = Date.now() + t.stopSeconds * 1000;
    for (;;) {
      try {
        return await hub.deleteUser(token);
      } catch (err) {
        if (err instanceof HttpError && err.status === 404) return;
        if (!(err instanceof HttpError && err.status === 400 && /stopping|pending/i.test(err.message)) || Date.now() > until) {
          throw new CheckFailed(`could not delete ${username}: ${(err as Error).message}`);
        }
        await sleep(1_000);
      }
    }
  }
}

/**
 * Writes the run's JSON report and SVG chart as `<dir>/<stamp>.json` and `.svg` (the stamp: the run's start,
 * UTC) and returns their paths. Both go through the process's secret masking on top of holding none.
 */
export async function writeLoadReport(dir: string, result: LoadTestResult, extra: { env?: string; title?: string } = {}): Promise<{ report: string; chart: string }> {
  const stamp = utcStamp(new Date(result.startedAt));
  const report = join(dir, `${stamp}.json`);
  const chart = join(dir, `${stamp}.svg`);
  await mkdir(dir, { recursive: true });
  await writeFile(report, maskSecrets(JSON.stringify(extra.env ? { env: extra.env, ...result } : result, null, 2)) + "\n", { mode: 0o644 });
  await writeFile(chart, maskSecrets(loadChartSvg(result, extra.title)), { mode: 0o644 });
  return { report, chart };
}

/** A FIFO of `size` slots: users take one to start and give it back once their kernel answers (or they fail). */
class Slots {
  private readonly waiting: (() => void)[] = [];
  constructor(private free: number) {}

  take(): Promise<void> {
    if (this.free > 0) {
      this.free--;
      return Promise.resolve();
    }
    return new Promise((resolve) => this.waiting.push(resolve));
  }

  give(): void {
    const next = this.waiting.shift();
    if (next) next();
    else this.free++;
  }
}

class PhaseFailed extends Error {
  constructor(phase: LoadPhase, cause: Error) {
    super(`${PHASE_LABELS[phase]}: ${cause.message}`);
    this.name = "PhaseFailed";
  }
}

class Cancelled extends Error {
  constructor() {
    super("cancelled");
    this.name = "Cancelled";
  }
}

/** Waits `ms`, or less when `signal` aborts. */
function sleep(ms: number, signal?: AbortSignal): Promise<void> {
  return new Promise((resolve) => {
    if (signal?.aborted) return resolve();
    const done = () => {
      clearTimeout(timer);
      signal?.removeEventListener("abort", done);
      resolve();
    };
    const timer = setTimeout(done, ms);
    signal?.addEventListener("abort", done, { once: true });
  });
}

