/**
 * The load test's arithmetic and drawing on their own: percentiles, the statistics over users, failure
 * reasons counted once per cause, the summary lines, the chart's structure. No hub involved.
 */
import { execa } from "execa";
import { describe, expect, it } from "vitest";
import { escapeXml, loadChartSvg, tickStep } from "../../health/chart.js";
import {
  aggregateStats,
  failureReasons,
  formatSummary,
  formatUserLine,
  latencyStats,
  normalizeReason,
  percentile,
  summarize,
  utcStamp,
  type LoadTestResult,
  type UserRecord,
} from "../../health/load-report.js";
import { checkLoadSize } from "../../health/load.js";
import { HUB_RESERVE_MIB, SERVER_MIB, memoryFor, parseMemTotal, parseMemoryReading, peakOf, serverCapacity } from "../../health/sizing.js";

/** A user whose phases took the given seconds, one after another from `start`. */
function user(index: number, seconds: Partial<Record<"login" | "spawn" | "kernel" | "execute" | "stop" | "delete", number>>, extra: Partial<UserRecord> = {}): UserRecord {
  let at = index * 0.5;
  const phases = Object.entries(seconds).map(([name, s]) => {
    const p = { name: name as UserRecord["phases"][number]["name"], startSeconds: at, seconds: s, ok: true };
    at += s;
    return p;
  });
  return { username: `hubstack-load-abc123-${index}`, index, outcome: "completed", phases, executions: seconds.execute !== undefined ? [seconds.execute] : [], remains: false, ...extra };
}

function resultOf(users: UserRecord[]): LoadTestResult {
  return {
    runId: "abc123",
    hubUrl: "https://hub.example.org",
    startedAt: "2025-01-02T03:04:05.678Z",
    totalSeconds: Math.max(...users.flatMap((u) => u.phases.map((p) => p.startSeconds + p.seconds))),
    settings: { users: users.length, concurrency: 25, durationSeconds: null, via: "login form", code: "sum(range(10**6))", expected: "499999500000", timeouts: { requestSeconds: 30, spawnSeconds: 180, stopSeconds: 90, kernelSeconds: 60 } },
    interrupted: false,
    ...summarize(users, "abc123"),
    users,
  };
}

/** Parses an SVG with Python's XML parser (well-formedness) and returns, per user group, its user and its phase classes. */
async function parseSvg(svg: string): Promise<{ root: string; users: { user: string; outcome: string; phases: string[] }[] }> {
  const script = [
    "import json, sys, xml.etree.ElementTree as ET",
    "root = ET.fromstring(sys.stdin.buffer.read())",
    "ns = '{http://www.w3.org/2000/svg}'",
    "users = [{'user': g.get('data-user'), 'outcome': g.get('data-outcome'), 'phases': [r.get('class') for r in g.findall(ns + 'rect')]}",
    "         for g in root.iter(ns + 'g') if g.get('class') == 'user']",
    "print(json.dumps({'root': root.tag, 'users': users}))",
  ].join("\n");
  const { stdout } = await execa("python3", ["-c", script], { input: svg });
  return JSON.parse(stdout);
}

describe("percentiles (nearest rank)", () => {
  it("takes the smallest value with at least p % at or below it", () => {
    const ten = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10];
    expect(percentile(ten, 50)).toBe(5);
    expect(percentile(ten, 95)).toBe(10);
    expect(percentile(ten, 90)).toBe(9);
    expect(percentile(ten, 100)).toBe(10);
    expect(percentile(ten, 0)).toBe(1);
    const twenty = Array.from({ length: 20 }, (_, i) => i + 1);
    expect(percentile(twenty, 95)).toBe(19);
    expect(percentile([7], 50)).toBe(7);
    expect(percentile([7], 95)).toBe(7);
  });

  it("refuses no values and percentages out of range", () => {
    expect(() => percentile([], 50)).toThrow(RangeError);
    expect(() => percentile([1], 101)).toThrow(RangeError);
    expect(() => percentile([1], Number.NaN)).toThrow(RangeError);
  });

  it("statistics of values in any order: p50 ≤ p95 ≤ max, rounded to milliseconds; nulls without samples", () => {
    const st = latencyStats([3.2, 0.1, 9.87654, 1.5, 2.25]);
    expect(st).toEqual({ count: 5, p50: 2.25, p95: 9.877, max: 9.877, mean: 3.385 });
    expect(latencyStats([])).toEqual({ count: 0, p50: null, p95: null, max: null, mean: null });
    // Random samples: the order always holds.
    for (let run = 0; run < 50; run++) {
      const values = Array.from({ length: 1 + Math.floor(Math.random() * 40) }, () => Math.random() * 100);
      const s = latencyStats(values);
      expect(s.p50!).toBeLessThanOrEqual(s.p95!);
      expect(s.p95!).toBeLessThanOrEqual(s.max!);
      expect(s.max!).toBeCloseTo(Math.max(...values), 3);
    }
  });
});

describe("aggregation over users", () => {
  it("counts successful phases only, and every code run", () => {
    const users = [
      user(1, { login: 0.2, spawn: 4, kernel: 1, execute: 0.05, stop: 2, delete: 0.1 }),
      user(2, { login: 0.4, spawn: 6, kernel: 1.5, execute: 0.07, stop: 3, delete: 0.1 }, { executions: [0.07, 0.09, 0.08] }),
      user(3, { login: 0.3, spawn: 60 }, { outcome: "failed", error: "server start: the hub could not start the server: timeout" }),
    ];
    users[2]!.phases[1]!.ok = false; // its spawn failed: not a server start time
    const stats = aggregateStats(users);
    expect(stats.login).toMatchObject({ count: 3, p50: 0.3, max: 0.4 });
    expect(stats.serverStart).toMatchObject({ count: 2, p50: 4, p95: 6, max: 6 });
    expect(stats.kernelStart.count).toBe(2);
    expect(stats.codeRun).toMatchObject({ count: 4, p50: 0.07, max: 0.09 });
    expect(stats.serverStop.count).toBe(2);
  });

  it("one cause is one reason, counted per user, most frequent first; cancelled users are not failures", () => {
    const failed = (i: number, error: string) => user(i, { login: 0.1 }, { outcome: "failed", error });
    const users = [
      failed(1, "kernel start: no complete answer to kernel_info_request within 60 s"),
      failed(2, 'log in: POST /hub/login answered HTTP 200 (expected 302 to the hub): login refused for hubstack-load-abc123-2: "Invalid username or password"'),
      failed(3, 'log in: POST /hub/login answered HTTP 200 (expected 302 to the hub): login refused for hubstack-load-abc123-3: "Invalid username or password"'),
      user(4, { login: 0.1 }, { outcome: "cancelled", error: "cancelled before it started" }),
      user(5, { login: 0.1, spawn: 1 }),
    ];
    expect(failureReasons(users, "abc123")).toEqual([
      { reason: 'log in: POST /hub/login answered HTTP 200 (expected 302 to the hub): login refused for <user>: "Invalid username or password"', count: 2 },
      { reason: "kernel start: no complete answer to kernel_info_request within 60 s", count: 1 },
    ]);
    expect(summarize(users, "abc123")).toMatchObject({ completed: 1, failed: 3, cancelled: 1, remainingUsers: [] });
    // Another run's users are not this run's: their names stay.
    expect(normalizeReason("hubstack-load-zzz999-1 and /user/hubstack-load-abc123-14/", "abc123")).toBe("hubstack-load-zzz999-1 and /user/<user>/");
    expect(normalizeReason("the kernel websocket at /user/hubstack-load-abc123-2/api/kernels/1CC4abb3-6535-4403-a13d-a4cb1df5449a/channels did not open", "abc123"))
      .toBe("the kernel websocket at /user/<user>/api/kernels/<id>/channels did not open");
  });

  it("prints counts, a p50/p95/max table and the first few reasons", () => {
    const users = [user(1, { login: 0.2, spawn: 4, kernel: 1, execute: 0.05, stop: 2, delete: 0.1 })];
    for (let i = 2; i <= 8; i++) users.push(user(i, { login: 0.1 }, { outcome: "failed", error: `log in: reason number ${i}` }));
    const lines = formatSummary(resultOf(users), 3);
    expect(lines[0]).toMatch(/^Load test abc123: 1 completed, 7 failed of 8 users in \d+\.\d s$/);
    expect(lines[1]).toMatch(/^ {2}seconds\s+p50\s+p95\s+max\s+samples$/);
    expect(lines.find((l) => l.includes("server start"))).toMatch(/server start\s+4\.00\s+4\.00\s+4\.00\s+1$/);
    expect(lines.find((l) => l.includes("code run"))).toMatch(/code run\s+0\.05/);
    expect(lines).toContain("Failures (7 distinct reasons, the first 3):");
    expect(lines.filter((l) => / 1 × log in: reason number/.test(l))).toHaveLength(3);
  });
});

describe("the chart", () => {
  it("is well-formed SVG with one group per user, its phases as bars, text escaped", async () => {
    const users = [
      user(1, { login: 0.2, spawn: 4, kernel: 1, execute: 0.05, stop: 2, delete: 0.1 }),
      user(2, { login: 0.3, spawn: 2 }, { outcome: "failed", error: `server start: <the hub> said "no" & 'gave up'` }),
      user(3, {}, { outcome: "cancelled", error: "cancelled before it started" }),
    ];
    users[1]!.phases[1]!.ok = false;
    const svg = loadChartSvg(resultOf(users), "load test <of> env=x & y");
    const parsed = await parseSvg(svg);
    expect(parsed.root).toBe("{http://www.w3.org/2000/svg}svg");
    expect(parsed.users).toEqual([
      { user: "hubstack-load-abc123-1", outcome: "completed", phases: ["login", "spawn", "kernel", "execute", "stop", "delete"].map((p) => `phase phase-${p}`) },
      { user: "hubstack-load-abc123-2", outcome: "failed", phases: ["phase phase-login", "phase phase-spawn"] },
      { user: "hubstack-load-abc123-3", outcome: "cancelled", phases: [] },
    ]);
    expect(svg).toContain("&lt;the hub&gt; said &quot;no&quot; &amp; &apos;gave up&apos;");
    expect(svg).toContain("load test &lt;of&gt; env=x &amp; y");
  });

  it("draws 200 users too, on a sensible axis", async () => {
    const users = Array.from({ length: 200 }, (_, i) => user(i + 1, { login: 0.5, spawn: 30 + (i % 17), kernel: 2, execute: 0.1, stop: 3, delete: 0.2 }));
    const parsed = await parseSvg(loadChartSvg(resultOf(users)));
    expect(parsed.users).toHaveLength(200);
    expect([tickStep(0.3), tickStep(9), tickStep(45), tickStep(140), tickStep(3700)]).toEqual([0.5, 1, 5, 15, 600]);
    expect(escapeXml(`a<b>&"'`)).toBe("a&lt;b&gt;&amp;&quot;&apos;");
  });

  it("names files by the run's start in UTC", () => {
    expect(utcStamp(new Date("2025-01-02T03:04:05.678Z"))).toBe("20250102T030405Z");
  });
});

describe("bounds", () => {
  it("refuses sizes out of bounds with a usage error, and accepts the limits", () => {
    expect(() => checkLoadSize({ users: 200, concurrency: 200, durationSeconds: 3600 })).not.toThrow();
    expect(() => checkLoadSize({ users: 201 })).toThrow(/--users 201 is more than the load test runs \(at most 200/);
    expect(() => checkLoadSize({ users: 0 })).toThrow(/--users must be a whole number from 1 to 200/);
    expect(() => checkLoadSize({ users: 2.5 })).toThrow(/--users must be a whole number/);
    expect(() => checkLoadSize({ users: 5, durationSeconds: 3601 })).toThrow(/--duration 3601 is longer than the load test runs \(at most 3600 s\)/);
    expect(() => checkLoadSize({ users: 5, durationSeconds: 0 })).toThrow(/--duration must be a number of seconds above 0/);
    expect(() => checkLoadSize({ users: 5, concurrency: 0 })).toThrow(/--concurrency must be a whole number from 1 to 200/);
  });
});

describe("a user's line", () => {
  it("says when the kernel's websocket had to be opened again, and says nothing when it never was", () => {
    const again = formatUserLine(user(1, { login: 1, spawn: 2, kernel: 3, execute: 0.5 }, { kernelReconnects: 2 }));
    expect(again).toMatch(/^ {2}ok {3}hubstack-load-abc123-1 +log in 1\.00 s, server 2\.00 s, kernel 3\.00 s, code 0\.50 s \(kernel websocket reopened 2×\)$/);
    expect(formatUserLine(user(2, { login: 1, spawn: 2, kernel: 3, execute: 0.5 }))).not.toContain("reopened");
  });
});

describe("the hub's sizing for a load test", () => {
  it("reads MemTotal from /proc/meminfo as the kernel writes it, and nothing else", () => {
    const meminfo = "MemTotal:        3030216 kB\nMemFree:         1034828 kB\nMemAvailable:    2371516 kB\n";
    expect(parseMemTotal(meminfo)).toBe(2959);
    expect(parseMemTotal("MemFree:         1034828 kB\n")).toBeUndefined();
    expect(parseMemTotal("MemTotal: lots\n")).toBeUndefined();
  });

  it("counts servers after the hub's own share, at least one, and names the memory a size needs", () => {
    expect(serverCapacity(2959)).toBe(Math.floor((2959 - HUB_RESERVE_MIB) / SERVER_MIB));
    expect(serverCapacity(2959)).toBeLessThan(25);
    expect(serverCapacity(512)).toBe(1);
    expect(serverCapacity(memoryFor(25))).toBe(25);
    expect(serverCapacity(memoryFor(25) - 1)).toBe(24);
  });
});

describe("the hub's memory during a load test", () => {
  const out = (availableKb: number, containers: string[]) =>
    `MemTotal:        5562368 kB\nMemFree:          100000 kB\nMemAvailable:    ${availableKb} kB\n--- docker\n${containers.join("\n")}\n`;

  it("reads what is in use and each server container's memory, in MiB, whatever unit docker prints", () => {
    const r = parseMemoryReading(out(3000000, ["jupyter-hubstack-2dload-2dabc-2d1\t151.2MiB / 2GiB", "jupyter-hubstack-2dcheck\t1.5GiB / 2GiB", "caddy-like\t10MiB / 1GiB", "jupyter-x\t900KiB / 2GiB"]))!;
    expect(r.totalMiB).toBe(5432);
    expect(r.usedMiB).toBe(Math.round((5562368 - 3000000) / 1024));
    expect(r.servers).toEqual([151, 1536, 1]);
    expect(parseMemoryReading("--- docker\n")).toBeUndefined();
  });

  it("the peak is the reading with the most in use, with its servers' mean and largest", () => {
    const readings = [parseMemoryReading(out(5000000, []))!, parseMemoryReading(out(2000000, ["jupyter-a\t100MiB / 2GiB", "jupyter-b\t200MiB / 2GiB"]))!, parseMemoryReading(out(3000000, ["jupyter-a\t120MiB / 2GiB"]))!];
    expect(peakOf(readings)).toEqual({ usedMiB: Math.round((5562368 - 2000000) / 1024), totalMiB: 5432, servers: 2, meanServerMiB: 150, maxServerMiB: 200 });
    expect(peakOf([])).toBeUndefined();
  });
});
