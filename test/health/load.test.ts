/**
 * The load test against a real hub: Debian's JupyterHub 3.0 on loopback (dummy authenticator with a password,
 * `simple` spawner, a service token with the check's role), as in health-check.test.ts. Simulated users log in,
 * get servers, run code in kernels over the websocket, and are gone afterwards; failures are counted with their
 * reason and cleaned up as well; an abort stops the ramp and cleans up. No timing is asserted.
 */
import { randomBytes } from "node:crypto";
import { mkdtemp, readFile, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { basename, join } from "node:path";
import { execa } from "execa";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { HubHttp } from "../../health/http.js";
import { formatSummary, runLoadTest, writeLoadReport, type LoadTestOptions, type LoadTestResult } from "../../health/index.js";
import { STAT_KEYS } from "../../health/load-report.js";
import { freePort, startHub, type RunningHub } from "./hub.js";

const password = `pw-${randomBytes(8).toString("hex")}`;
const serviceToken = randomBytes(24).toString("hex");

/** The load-test users on the hub, through its REST API. */
async function loadUsersOn(hub: RunningHub): Promise<{ name: string; server: string | null }[]> {
  const http = new HubHttp(new URL(hub.url), {}, 10_000);
  try {
    const res = await http.request("GET", "/hub/api/users", { token: serviceToken });
    expect(res.status).toBe(200);
    return (JSON.parse(res.body) as { name: string; server: string | null }[]).filter((u) => u.name.startsWith("hubstack-load-"));
  } finally {
    http.close();
  }
}

/** Parses an SVG with Python's XML parser: its root tag and, per user group, its user and bar classes. */
async function parseSvg(svg: string): Promise<{ root: string; users: { user: string; phases: string[] }[] }> {
  const script = [
    "import json, sys, xml.etree.ElementTree as ET",
    "root = ET.fromstring(sys.stdin.buffer.read())",
    "ns = '{http://www.w3.org/2000/svg}'",
    "users = [{'user': g.get('data-user'), 'phases': [r.get('class') for r in g.findall(ns + 'rect')]} for g in root.iter(ns + 'g') if g.get('class') == 'user']",
    "print(json.dumps({'root': root.tag, 'users': users}))",
  ].join("\n");
  return JSON.parse((await execa("python3", ["-c", script], { input: svg })).stdout);
}

describe("load test against Debian's JupyterHub 3.0", () => {
  let hub: RunningHub;
  let reports: string;
  const logLines: string[] = [];
  const files: string[] = [];
  const runs: { name: string; result: LoadTestResult }[] = [];

  async function load(name: string, o: Omit<LoadTestOptions, "hubUrl"> & { hubUrl?: string }): Promise<LoadTestResult> {
    const result = await runLoadTest({ hubUrl: hub.url, ...o, log: (l) => logLines.push(`[${name}] ${l}`) });
    runs.push({ name, result });
    return result;
  }

  beforeAll(async () => {
    // slow_spawn_timeout 0: every start answers 202 and goes through the progress stream, as slow spawns do.
    hub = await startHub({ dummyPassword: password, serviceToken, slowSpawnTimeoutSeconds: 0 });
    reports = await mkdtemp(join(tmpdir(), "hubstack-load-"));
  });

  afterAll(async () => {
    await hub?.stop();
    if (reports) await rm(reports, { recursive: true, force: true });
    for (const { name, result } of runs) console.log(`--- ${name}\n${formatSummary(result).join("\n")}`);
  });

  it("5 users log in by form, start servers, run code in kernels, stop, and are deleted; report and chart written", async () => {
    const result = await load("five users", { users: 5, password, apiToken: serviceToken });

    expect(result.error).toBeUndefined();
    expect(result.users.filter((u) => u.outcome !== "completed").map((u) => `${u.username}: ${u.error}`)).toEqual([]);
    expect(result).toMatchObject({ completed: 5, failed: 0, cancelled: 0, interrupted: false, remainingUsers: [], failureReasons: [] });
    expect(result.settings).toMatchObject({ users: 5, concurrency: 5, durationSeconds: null, via: "login form" });
    expect(result.runId).toMatch(/^[0-9a-f]{6}$/);
    for (const u of result.users) {
      expect(u.username).toMatch(new RegExp(`^hubstack-load-${result.runId}-${u.index}$`));
      expect(u.phases.map((p) => [p.name, p.ok])).toEqual([["login", true], ["spawn", true], ["kernel", true], ["execute", true], ["stop", true], ["delete", true]]);
      expect(u.executions).toHaveLength(1);
    }
    for (const key of STAT_KEYS) {
      const st = result.stats[key];
      expect(st.count, key).toBe(5);
      for (const v of [st.p50, st.p95, st.max]) expect(typeof v).toBe("number");
      expect(st.p50!).toBeGreaterThanOrEqual(0);
      expect(st.p50!).toBeLessThanOrEqual(st.p95!);
      expect(st.p95!).toBeLessThanOrEqual(st.max!);
    }
    // Each server ran in its user's home under the hub's directory: the servers were real.
    expect((await execa("ls", [join(hub.dir, "home")])).stdout.split("\n").filter((n) => n.startsWith(`hubstack-load-${result.runId}-`))).toHaveLength(5);
    expect(await loadUsersOn(hub)).toEqual([]);

    const { report, chart } = await writeLoadReport(reports, result, { env: "loopback" });
    files.push(report, chart);
    expect(basename(report)).toMatch(/^\d{8}T\d{6}Z\.json$/);
    expect(basename(chart)).toBe(basename(report).replace(/\.json$/, ".svg"));
    const parsed = JSON.parse(await readFile(report, "utf8")) as LoadTestResult & { env: string };
    expect(parsed.env).toBe("loopback");
    expect(parsed.users.map((u) => u.username)).toEqual(result.users.map((u) => u.username));
    expect(parsed.completed).toBe(5);
    const svg = await parseSvg(await readFile(chart, "utf8"));
    expect(svg.root).toBe("{http://www.w3.org/2000/svg}svg");
    expect(svg.users.map((g) => g.user)).toEqual(result.users.map((u) => u.username));
    for (const g of svg.users) expect(g.phases).toEqual(["login", "spawn", "kernel", "execute", "stop", "delete"].map((p) => `phase phase-${p}`));
  });

  it("with a service token alone (real authenticators): users created through the REST API, ramped two at a time, cycling for a while", async () => {
    // The duration counts from the start of the run: long enough that the first user still cycles after its spawn.
    const result = await load("token, ramp and duration", { users: 3, concurrency: 2, durationSeconds: 30, apiToken: serviceToken });

    expect(result.error).toBeUndefined();
    expect(result).toMatchObject({ completed: 3, failed: 0, remainingUsers: [] });
    expect(result.settings).toMatchObject({ concurrency: 2, durationSeconds: 30, via: "API token" });
    // The first user cycles until the duration is over: more than one run of the code.
    expect(result.users[0]!.executions.length).toBeGreaterThan(1);
    expect(result.stats.codeRun.count).toBe(result.users.reduce((n, u) => n + u.executions.length, 0));
    // The third user started only once one of the first two had its kernel: the ramp held.
    const kernelReady = result.users.slice(0, 2).map((u) => u.phases.find((p) => p.name === "kernel")!).map((p) => p.startSeconds + p.seconds);
    expect(result.users[2]!.phases[0]!.startSeconds).toBeGreaterThanOrEqual(Math.min(...kernelReady) - 0.01);
    expect(await loadUsersOn(hub)).toEqual([]);
  });

  it("a wrong password: every user fails at log in, counted with the hub's reason once, and nothing is left", async () => {
    const result = await load("wrong password", { users: 4, password: "not-the-password", apiToken: serviceToken });

    expect(result).toMatchObject({ completed: 0, failed: 4, cancelled: 0, remainingUsers: [] });
    expect(result.failureReasons).toHaveLength(1);
    expect(result.failureReasons[0]!.count).toBe(4);
    expect(result.failureReasons[0]!.reason).toMatch(/^log in: POST \/hub\/login answered HTTP 200 .*login refused for <user>: "Invalid username or password"/);
    for (const u of result.users) expect(u.phases.map((p) => [p.name, p.ok])).toEqual([["login", false]]);
    expect(result.stats.login.count).toBe(0);
    expect(formatSummary(result)).toContain("Failures (1 distinct reason):");
    expect(await loadUsersOn(hub)).toEqual([]);
  });

  it("a failure after the servers started: they are stopped and the users deleted all the same", async () => {
    const result = await load("kernel timeout", { users: 3, password, apiToken: serviceToken, timeouts: { kernelSeconds: 0.001 } });

    expect(result).toMatchObject({ completed: 0, failed: 3, remainingUsers: [] });
    expect(result.failureReasons.map((f) => [f.count, f.reason.split(":")[0]])).toEqual([[3, "kernel start"]]);
    for (const u of result.users) {
      expect(u.phases.map((p) => [p.name, p.ok])).toEqual([["login", true], ["spawn", true], ["kernel", false], ["stop", true], ["delete", true]]);
    }
    expect(await loadUsersOn(hub)).toEqual([]);
  });

  it("a hub that does not answer: the run fails at once, every user counted failed with the reason, nothing started", async () => {
    const port = await freePort();
    const result = await load("nothing listening", { hubUrl: `http://127.0.0.1:${port}`, users: 3, password });

    expect(result).toMatchObject({ completed: 0, failed: 3 });
    expect(result.error).toMatch(/^the hub did not answer, no user was started: reach hub: could not connect to 127\.0\.0\.1:\d+: connection refused/);
    expect(result.failureReasons).toEqual([{ reason: expect.stringMatching(/^reach hub: could not connect/), count: 3 }]);
    expect(result.users.every((u) => u.phases.length === 0)).toBe(true);
  });

  it("an abort (Ctrl-C) stops the ramp, ends the cycling users early, and cleans up", async () => {
    const abort = new AbortController();
    // Abort as soon as the first user has a running server.
    let watching = true;
    const watcher = (async () => {
      while (watching && !abort.signal.aborted) {
        if ((await loadUsersOn(hub)).some((u) => u.server)) abort.abort();
        else await new Promise((r) => setTimeout(r, 200));
      }
    })();
    let result: LoadTestResult;
    try {
      result = await load("abort", { users: 4, concurrency: 1, durationSeconds: 600, password, apiToken: serviceToken, signal: abort.signal });
    } finally {
      watching = false;
      await watcher;
    }

    expect(result.interrupted).toBe(true);
    expect(result.failed).toBe(0);
    expect(result.completed + result.cancelled).toBe(4);
    expect(result.cancelled).toBeGreaterThanOrEqual(3); // at most the first user got as far as running its code
    expect(result.users.filter((u) => u.error === "cancelled before it started").length).toBeGreaterThanOrEqual(2);
    expect(result.users.reduce((n, u) => n + u.executions.length, 0)).toBeLessThanOrEqual(2); // nobody cycled on
    expect(result.remainingUsers).toEqual([]);
    expect(await loadUsersOn(hub)).toEqual([]);
  });

  it("refuses sizes out of bounds before touching the hub", async () => {
    await expect(runLoadTest({ hubUrl: hub.url, users: 201 })).rejects.toThrow(/at most 200 simulated users/);
    await expect(runLoadTest({ hubUrl: hub.url, users: 2, durationSeconds: 3601 })).rejects.toThrow(/at most 3600 s/);
    await expect(runLoadTest({ hubUrl: "hub.example.org", users: 1 })).rejects.toThrow(/is not a URL/);
  });

  it("never writes the password or the token: not in the log, the report or the chart", async () => {
    expect(logLines.length).toBeGreaterThan(10);
    expect(logLines.some((l) => /^\[five users\] +ok +hubstack-load-[0-9a-f]+-1 +log in /.test(l))).toBe(true);
    const texts = [...logLines, ...(await Promise.all(files.map((f) => readFile(f, "utf8")))), ...runs.map((r) => JSON.stringify(r.result))];
    expect(files).toHaveLength(2);
    for (const text of texts) {
      expect(text).not.toContain(password);
      expect(text).not.toContain(serviceToken);
    }
  });
});

describe("load test against a hub that throttles starts (concurrent_spawn_limit 1)", () => {
  let hub: RunningHub;
  beforeAll(async () => {
    hub = await startHub({ dummyPassword: password, serviceToken, slowSpawnTimeoutSeconds: 0, concurrentSpawnLimit: 1 });
  });
  afterAll(async () => {
    await hub?.stop();
  });

  it("users the hub tells to try again (HTTP 429) wait its Retry-After and complete; the wait is named in their line", async () => {
    const lines: string[] = [];
    const result = await runLoadTest({ hubUrl: hub.url, users: 3, password, apiToken: serviceToken, log: (l) => lines.push(l) });
    expect(result.error).toBeUndefined();
    expect(result).toMatchObject({ completed: 3, failed: 0, remainingUsers: [] });
    const queued = result.users.filter((u) => (u.throttledSeconds ?? 0) >= 5);
    expect(queued.length).toBeGreaterThanOrEqual(1);
    for (const u of queued) expect(lines.some((l) => l.includes(u.username) && l.includes("queued") && l.includes("spawn limit"))).toBe(true);
    // The hub really refused: its log has the 429s.
    expect(await hub.log()).toMatch(/429|Too many users/);
  });
});

describe("npm run load: the command line", () => {
  it("refuses sizes out of bounds with a usage error (exit 2) before loading the environment", async () => {
    const { main } = await import("../../cli/main.js");
    const { reportError } = await import("../../cli/run.js");
    const { UsageError } = await import("../../environment/errors.js");
    for (const [argv, message] of [
      ["load env=local --users 201", /--users 201 is more than the load test runs \(at most 200/],
      ["load env=local --users 5 --duration 3601", /--duration 3601 is longer than the load test runs \(at most 3600 s\)/],
      ["load env=local --users 5 --concurrency 0", /--concurrency must be a whole number from 1 to 200/],
      ["load env=local --users ten", /--users takes a whole number \(got "ten"\)/],
      ["load env=local", /load needs the number of simulated users/],
      ["load env=local --users", /--users needs a value/],
      ["load env=no-such-environment-here --users 0", /--users must be a whole number from 1 to 200/],
    ] as const) {
      const error = await main(argv.split(" ")).then(() => undefined, (err: unknown) => err);
      expect(error, argv).toBeInstanceOf(UsageError);
      expect((error as Error).message, argv).toMatch(message);
      expect(reportError(error).exitCode).toBe(2);
    }
  });
});
