/**
 * The idle culler for real: the hub's locked JupyterHub and jupyterhub-idle-culler (the virtual environment of
 * locks/hub.txt), started by hubstack's own jupyterhub_config.py as the hub-managed service it declares, with
 * the permissions the configuration gives it. A user's server that nobody uses is stopped once
 * hub.jupyterhub.cullIdleSeconds has passed; the user stays. Only what ties the configuration to a host is
 * overridden: addresses, state files, and the spawner (JupyterHub's own mock single-user server as a local
 * process instead of a Docker container).
 */
import { spawn, type ChildProcess } from "node:child_process";
import { closeSync, openSync } from "node:fs";
import { mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { hostsFromEnvironment, renderManagedFile } from "../../provisioners/roles/base/vars.js";
import { jupyterhubFiles } from "../../provisioners/roles/jupyterhub/vars.js";
import { variant } from "../support/environments.js";
import { ensureHubVenv, hubVenv } from "../support/hub-venv.js";
import { freePort } from "./hub.js";

const IDLE_SECONDS = 20;
const TOKEN = "culler-test-admin-token-0123456789abcdef";
const py = (s: string) => JSON.stringify(s);

let dir: string;
let hub: ChildProcess | undefined;
let api: string;
let logFile: string;

const hubLog = async () => (await readFile(logFile, "utf8").catch(() => "")).slice(-4000);

async function call(method: string, path: string): Promise<{ status: number; body: any }> {
  const res = await fetch(`${api}${path}`, { method, headers: { Authorization: `token ${TOKEN}` } });
  const text = await res.text();
  return { status: res.status, body: text ? JSON.parse(text) : undefined };
}

beforeAll(async () => {
  await ensureHubVenv();
  dir = await mkdtemp(join(tmpdir(), "hubstack-culler-"));
  const ports = { pub: await freePort(), api: await freePort(), hub: await freePort() };
  const hubUrl = `http://127.0.0.1:${ports.pub}`;
  api = `${hubUrl}/hub/api`;
  const env = variant("local", (e) => {
    e.hub.jupyterhub.cullIdleSeconds = IDLE_SECONDS;
  });
  const files = jupyterhubFiles(env, hostsFromEnvironment(env), { proxyAuthToken: "a".repeat(64), cookieSecret: "b".repeat(64) });
  const config = renderManagedFile(files.find((f) => f.dest === "/etc/jupyterhub/jupyterhub_config.py")!);
  expect(config).toContain(`--timeout=${IDLE_SECONDS}`);
  const overrides = [
    `c.JupyterHub.bind_url = ${py(`${hubUrl}/`)}`,
    `c.JupyterHub.hub_bind_url = ${py(`http://127.0.0.1:${ports.hub}`)}`,
    `c.JupyterHub.hub_connect_ip = "127.0.0.1"`,
    `c.ConfigurableHTTPProxy.should_start = True`,
    `c.ConfigurableHTTPProxy.command = ["/usr/bin/configurable-http-proxy"]`,
    `c.ConfigurableHTTPProxy.api_url = ${py(`http://127.0.0.1:${ports.api}`)}`,
    `c.ConfigurableHTTPProxy.pid_file = ${py(join(dir, "proxy.pid"))}`,
    `c.JupyterHub.db_url = ${py(`sqlite:///${join(dir, "jupyterhub.sqlite")}`)}`,
    `c.JupyterHub.pid_file = ${py(join(dir, "jupyterhub.pid"))}`,
    // A local process instead of a container: JupyterHub's own mock single-user server, no hooks.
    `c.JupyterHub.spawner_class = "simple"`,
    `c.Spawner.cmd = [sys.executable, "-m", "jupyterhub.tests.mocksu"]`,
    `c.Spawner.pre_spawn_hook = None`,
    `c.Spawner.options_form = ""`,
    `c.SimpleLocalProcessSpawner.home_dir_template = ${py(join(dir, "home", "{username}"))}`,
    // The test's own admin service, beside the culler the configuration declares.
    `c.JupyterHub.services.append({"name": "culler-test", "api_token": ${py(TOKEN)}})`,
    `c.JupyterHub.load_roles.append({"name": "culler-test", "scopes": ["admin:users", "admin:servers", "read:users:activity"], "services": ["culler-test"]})`,
  ];
  const configFile = join(dir, "jupyterhub_config.py");
  await writeFile(configFile, `${config}\n# --- the test's overrides ---\nimport sys\n${overrides.join("\n")}\n`);
  logFile = join(dir, "jupyterhub.log");
  const out = openSync(logFile, "a");
  hub = spawn(join(hubVenv(), "bin", "jupyterhub"), ["-f", configFile], {
    cwd: dir,
    env: {
      PATH: `${join(hubVenv(), "bin")}:/usr/bin:/bin`, HOME: dir, LANG: "C.UTF-8", NODE_PATH: "/usr/share/nodejs",
      JPY_COOKIE_SECRET: "b".repeat(64), CONFIGPROXY_AUTH_TOKEN: "a".repeat(64),
    },
    stdio: ["ignore", out, out],
    detached: true,
  });
  closeSync(out);
  const deadline = Date.now() + 120_000;
  for (;;) {
    try {
      if ((await fetch(`${api}/`, { signal: AbortSignal.timeout(2_000) })).ok) break;
    } catch {
      /* not yet */
    }
    if (Date.now() > deadline || hub.exitCode !== null) throw new Error(`the hub did not come up:\n${await hubLog()}`);
    await new Promise((r) => setTimeout(r, 500));
  }
}, 300_000);

afterAll(async () => {
  if (hub?.pid && hub.exitCode === null) {
    try { process.kill(-hub.pid, "SIGTERM"); } catch { /* gone */ }
    await new Promise((r) => setTimeout(r, 2_000));
    try { process.kill(-hub.pid, "SIGKILL"); } catch { /* gone */ }
  }
  if (dir) await rm(dir, { recursive: true, force: true });
});

describe("jupyterhub-idle-culler as hubstack configures it", () => {
  it(`stops a server nobody uses once ${IDLE_SECONDS} s have passed, and keeps the user`, async () => {
    expect((await call("POST", "/users/ada")).status).toBe(201);
    const started = await call("POST", "/users/ada/server");
    expect([201, 202], JSON.stringify(started.body)).toContain(started.status);
    const startedAt = Date.now();
    let ready = false;
    while (!ready && Date.now() - startedAt < 60_000) {
      ready = Boolean((await call("GET", "/users/ada")).body?.servers?.[""]?.ready);
      if (!ready) await new Promise((r) => setTimeout(r, 500));
    }
    expect(ready, await hubLog()).toBe(true);

    // Still there well before the timeout: the culler does not stop servers early.
    await new Promise((r) => setTimeout(r, (IDLE_SECONDS / 2) * 1000));
    expect((await call("GET", "/users/ada")).body.servers[""]).toBeDefined();

    let gone = false;
    while (!gone && Date.now() - startedAt < (IDLE_SECONDS * 4 + 30) * 1000) {
      await new Promise((r) => setTimeout(r, 2_000));
      gone = (await call("GET", "/users/ada")).body.servers?.[""] === undefined;
    }
    const seconds = (Date.now() - startedAt) / 1000;
    expect(gone, `the server was not culled after ${seconds} s:\n${await hubLog()}`).toBe(true);
    expect(seconds).toBeGreaterThanOrEqual(IDLE_SECONDS);
    expect((await call("GET", "/users/ada")).status).toBe(200);
    expect(await hubLog()).toMatch(/idle-culler.*Culling server ada|Culling server ada/);
  });
});
