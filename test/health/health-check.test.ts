/**
 * The health check against a real hub: Debian's JupyterHub 3.0 on loopback (dummy authenticator with a
 * password, `simple` spawner, a service token with the check's role), once directly and once through a
 * Caddy TLS front door whose certificate comes from a throwaway CA.
 */
import { randomBytes } from "node:crypto";
import { existsSync, readFileSync, readdirSync } from "node:fs";
import { createServer, connect } from "node:net";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { runHealthCheck, type HealthCheckOptions, type HealthCheckResult } from "../../health/index.js";
import { HubHttp } from "../../health/http.js";
import { freePort, startHub, type RunningHub } from "./hub.js";
import { startFrontDoor, type FrontDoor } from "./front-door.js";

const password = `pw-${randomBytes(8).toString("hex")}`;
const serviceToken = randomBytes(24).toString("hex");

const STEPS_FORM = ["reach hub", "log in", "start server", "open server", "start kernel", "run code", "stop kernel", "write file",
  "stop server", "start server again", "open server again", "find file", "stop server again"];
const STEPS_TOKEN = STEPS_FORM.map((s) => (s === "log in" ? "create user" : s)).concat("delete user");

describe("health check against Debian's JupyterHub 3.0", () => {
  let hub: RunningHub;
  let door: FrontDoor;
  const logLines: string[] = [];
  const timings: { run: string; result: HealthCheckResult }[] = [];

  /** Runs the check, keeping its log lines (to look for secrets) and its step times (for the report). */
  async function check(run: string, o: HealthCheckOptions): Promise<HealthCheckResult> {
    const result = await runHealthCheck({ ...o, log: (l) => logLines.push(`[${run}] ${l}`) });
    timings.push({ run, result });
    return result;
  }

  beforeAll(async () => {
    // slow_spawn_timeout 0: every start answers 202 and goes through the progress stream, as slow spawns do.
    hub = await startHub({ dummyPassword: password, serviceToken, slowSpawnTimeoutSeconds: 0 });
    door = await startFrontDoor(new URL(hub.url).host);
  });

  afterAll(async () => {
    await door?.stop();
    await hub?.stop();
    for (const { run, result } of timings) {
      console.log(`${run}: ${result.ok ? "passed" : "failed"} in ${result.totalSeconds.toFixed(1)} s\n` +
        result.steps.map((s) => `  ${s.name.padEnd(22)} ${s.seconds.toFixed(2).padStart(6)} s`).join("\n"));
    }
  });

  it("passes through the login form, and the file round-trips across a restart", async () => {
    const result = await check("login form", { hubUrl: hub.url, password });

    expect(result.error).toBeUndefined();
    expect(result.ok).toBe(true);
    expect(result.steps.map((s) => s.name)).toEqual(STEPS_FORM);
    expect(result.steps.every((s) => s.ok)).toBe(true);
    expect(result.username).toMatch(/^hubstack-check-[0-9a-f]{8}$/);
    const step = (n: string) => result.steps.find((s) => s.name === n)!.detail;
    expect(step("run code")).toMatch(/^(\d+) \* (\d+) = \d+; the kernel runs on \S+/);
    expect(step("find file")).toContain("survived the restart with the same content");
    // The server really ran in the user's home under the hub's directory, and the file was cleaned up.
    const home = join(hub.dir, "home", result.username);
    expect(existsSync(home)).toBe(true);
    expect(readdirSync(home)).not.toContain("hubstack-check.txt");
  });

  it("passes with a service API token (real authenticators) and deletes the temporary user", async () => {
    const result = await check("service token", { hubUrl: hub.url, apiToken: serviceToken });

    expect(result.error).toBeUndefined();
    expect(result.steps.map((s) => s.name)).toEqual(STEPS_TOKEN);
    expect(result.steps.every((s) => s.ok)).toBe(true);
    const http = new HubHttp(new URL(hub.url), {}, 10_000);
    const res = await http.request("GET", `/hub/api/users/${result.username}`, { token: serviceToken });
    http.close();
    expect(res.status).toBe(404);
  });

  it("one user reused: the file a check leaves proves persistence to the next, which starts one server only", async () => {
    const username = `hubstack-check-reuse-${randomBytes(2).toString("hex")}`;
    const first = await check("reused user, first", { hubUrl: hub.url, password, username, keepFile: true });
    expect(first.error).toBeUndefined();
    expect(first.steps.map((s) => s.name)).toEqual(STEPS_FORM);
    expect(first.written?.token).toMatch(/^[0-9a-f]{32}$/);
    expect(readFileSync(join(hub.dir, "home", username, "hubstack-check.txt"), "utf8")).toBe(`hubstack health check ${first.written!.token}\n`);

    const second = await check("reused user, second", { hubUrl: hub.url, password, username, keepFile: true, previous: first.written! });
    expect(second.error).toBeUndefined();
    expect(second.steps.map((s) => s.name)).toEqual(["reach hub", "log in", "start server", "open server", "find previous file", "start kernel", "run code", "stop kernel", "write file", "stop server"]);
    expect(second.steps.find((s) => s.name === "find previous file")!.detail).toContain(`from the check of ${first.written!.writtenAt} is intact`);
    expect(second.written!.token).not.toBe(first.written!.token);

    // A home that lost the file (or a stale record) fails the step that looks for it, and says which check wrote it.
    const stale = await check("reused user, stale", { hubUrl: hub.url, password, username, keepFile: true, previous: first.written! });
    expect(stale.ok).toBe(false);
    expect(stale.error).toMatch(new RegExp(`^step "find previous file" failed: ~/hubstack-check\\.txt, written by the check of ${first.written!.writtenAt}, is changed`));
    expect(stale.steps.at(-1)).toMatchObject({ name: "clean up: stop server", ok: true });
  });

  it("a kept server and kernel are reused when nothing changed, and restarted by a check that was not told so", async () => {
    const username = `hubstack-check-keep-${randomBytes(2).toString("hex")}`;
    const running = async () => (await new HubHttp(new URL(hub.url), {}, 10_000).request("GET", `/hub/api/users/${username}`, { token: serviceToken })).body;
    // The first check of a user: the restart proves persistence; the server is left running without a kernel.
    const first = await check("kept server, first", { hubUrl: hub.url, password, username, keepFile: true, keepServer: true });
    expect(first.error).toBeUndefined();
    expect(first.steps.map((s) => s.name)).toEqual([...STEPS_FORM.slice(0, -1), "keep server"]);
    expect(first.kept).toEqual({});
    expect(JSON.parse(await running()).server).toBe(`/user/${username}/`);

    // Nothing changed: the same server, a kernel started and kept this time, no start.
    const second = await check("kept server, reused", { hubUrl: hub.url, password, username, keepFile: true, keepServer: true, previous: first.written!, reuse: first.kept! });
    expect(second.error).toBeUndefined();
    expect(second.steps.map((s) => s.name)).toEqual(["reach hub", "log in", "reuse server", "open server", "find previous file", "start kernel", "run code", "write file", "keep server"]);
    // The file was written before the first check's restart: the server running now started after it.
    expect(second.steps.find((s) => s.name === "find previous file")!.detail).toMatch(/is intact: the home kept it across server restarts/);
    expect(second.kept!.kernelId).toMatch(/^[0-9a-f-]{36}$/);

    // Again: the kept kernel answers; the file it finds was written by this same server (said so).
    const third = await check("kept server, kernel reused", { hubUrl: hub.url, password, username, keepFile: true, keepServer: true, previous: second.written!, reuse: second.kept! });
    expect(third.error).toBeUndefined();
    expect(third.steps.map((s) => s.name)).toEqual(["reach hub", "log in", "reuse server", "open server", "find previous file", "reuse kernel", "run code", "write file", "keep server"]);
    expect(third.steps.find((s) => s.name === "find previous file")!.detail).toMatch(/this server has run since before it was written/);
    expect(third.steps.find((s) => s.name === "reuse kernel")!.detail).toContain(second.kept!.kernelId!.slice(0, 8));
    expect(third.kept).toEqual(second.kept);

    // Not told that nothing changed: the running server is stopped and a start proven; without keepServer, stopped at the end.
    const full = await check("kept server, full check", { hubUrl: hub.url, password, username, keepFile: true, previous: third.written! });
    expect(full.error).toBeUndefined();
    expect(full.steps.map((s) => s.name)).toEqual(["reach hub", "log in", "stop running server", "start server", "open server", "find previous file", "start kernel", "run code", "stop kernel", "write file", "stop server"]);
    expect(full.kept).toBeUndefined();
    expect(JSON.parse(await running()).server).toBeNull();

    // Told to reuse, with nothing running (culled, rebooted): it starts one, as a full check would.
    const gone = await check("kept server, gone", { hubUrl: hub.url, password, username, keepFile: true, previous: full.written!, reuse: third.kept! });
    expect(gone.error).toBeUndefined();
    expect(gone.steps.map((s) => s.name)).toContain("start server");
    expect(gone.steps.map((s) => s.name)).not.toContain("reuse server");
  });

  it("passes through the Caddy TLS front door when given the CA that issued its certificate", async () => {
    const result = await check("TLS front door", { hubUrl: door.url, caFile: door.caFile, password, apiToken: serviceToken });

    expect(result.error).toBeUndefined();
    expect(result.ok).toBe(true);
    expect(result.steps.at(-1)!.name).toBe("delete user"); // logged in by form, cleaned up with the token
  });

  it("reaches a hub whose name no DNS knows through connectAddress (the local environment's hub VM)", async () => {
    const named = new URL(hub.url);
    named.hostname = "hub.hubstack.invalid"; // .invalid never resolves: only connectAddress can reach it
    const result = await check("connectAddress", { hubUrl: named.href, connectAddress: "127.0.0.1", password, apiToken: serviceToken });

    expect(result.error).toBeUndefined();
    expect(result.steps.find((s) => s.name === "run code")!.ok).toBe(true); // the kernel websocket took the same address
  });

  it("passes on a hub that lives under a base_url prefix", async () => {
    const prefixed = await startHub({ baseUrl: "/jhub/" });
    try {
      const result = await check("base_url /jhub/", { hubUrl: prefixed.url });

      expect(prefixed.url).toMatch(/\/jhub$/);
      expect(result.error).toBeUndefined();
      expect(result.steps.find((s) => s.name === "start server")!.detail).toMatch(/^ready at \/jhub\/user\/hubstack-check-/);
    } finally {
      await prefixed.stop();
    }
  });

  it("refuses the front door's certificate without the CA, naming the step", async () => {
    const result = await check("TLS without CA", { hubUrl: door.url, password });

    expect(result.ok).toBe(false);
    expect(result.error).toMatch(/^step "reach hub" failed: the TLS certificate of 127\.0\.0\.1:\d+ is not trusted \(UNABLE_TO_VERIFY_LEAF_SIGNATURE/);
    expect(result.error).toContain("pass the CA that issued it");
  });

  it("fails at the log-in step with the status and the hub's reason for a wrong password", async () => {
    const result = await check("wrong password", { hubUrl: hub.url, password: "not-the-password" });

    expect(result.ok).toBe(false);
    expect(result.error).toMatch(/^step "log in" failed: POST \/hub\/login answered HTTP 200 .*login refused for hubstack-check-[0-9a-f]+: "Invalid username or password"/);
    expect(result.steps.map((s) => [s.name, s.ok])).toEqual([["reach hub", true], ["log in", false]]);
  });

  it("says that nothing listens when the hub URL points nowhere, after waiting for it as long as asked", async () => {
    const port = await freePort();
    const result = await check("nothing listening", { hubUrl: `http://127.0.0.1:${port}`, password, timeouts: { readySeconds: 4 } });

    expect(result.ok).toBe(false);
    expect(result.error).toMatch(new RegExp(`^step "reach hub" failed: could not connect to 127\\.0\\.0\\.1:${port}: connection refused ` +
      `\\(nothing listens there: is the hub's proxy running and is the hub URL right\\?\\) \\(still so after [2-3] tries in 4 s\\)$`));
    expect(result.steps[0]!.seconds).toBeGreaterThanOrEqual(3);
  });

  it("waits for a hub that comes up late (a proxy just restarted), then goes on", async () => {
    // A TCP relay to the hub that starts listening two seconds after the check has begun.
    const port = await freePort();
    const target = new URL(hub.url);
    const sockets = new Set<import("node:net").Socket>();
    const relay = createServer((client) => {
      const upstream = connect(Number(target.port), target.hostname);
      sockets.add(client).add(upstream);
      client.pipe(upstream).pipe(client);
      client.on("error", () => upstream.destroy());
      upstream.on("error", () => client.destroy());
    });
    const opening = new Promise<void>((r) => setTimeout(() => relay.listen(port, "127.0.0.1", () => r()), 2_000));
    try {
      const result = await check("late hub", { hubUrl: `http://127.0.0.1:${port}`, password });
      await opening;
      expect(result.error).toBeUndefined();
      expect(result.steps[0]!.detail).toMatch(/\(ready after [2-9] tries\)$/);
    } finally {
      await opening;
      for (const socket of sockets) socket.destroy();
      await new Promise((r) => relay.close(r));
    }
  });

  it("stops the server it started when a later step fails", async () => {
    const result = await check("kernel timeout", { hubUrl: hub.url, password, apiToken: serviceToken, timeouts: { kernelSeconds: 0.001 } });

    expect(result.ok).toBe(false);
    expect(result.error).toMatch(/^step "start kernel" failed: /);
    expect(result.steps.map((s) => [s.name, s.ok])).toEqual([
      ["reach hub", true], ["log in", true], ["start server", true], ["open server", true], ["start kernel", false],
      ["clean up: stop server", true], ["delete user", true],
    ]);
  });

  it("rejects options that cannot work before touching the hub", async () => {
    await expect(runHealthCheck({ hubUrl: "hub.example.org" })).rejects.toThrow('the hub URL "hub.example.org" is not a URL');
    await expect(runHealthCheck({ hubUrl: hub.url, caFile: join(hub.dir, "no-such-ca.pem") })).rejects.toThrow(/^cannot read the CA file .*no-such-ca\.pem: ENOENT/);
  });

  it("never logs the password or the token", () => {
    expect(logLines.length).toBeGreaterThan(20);
    for (const line of logLines) {
      expect(line).not.toContain(password);
      expect(line).not.toContain(serviceToken);
    }
  });
});
