/**
 * The idle culler for real: the hub's locked JupyterHub and jupyterhub-idle-culler (the virtual environment of
 * locks/hub.txt), started by hubstack's own jupyterhub_config.py as the hub-managed service it declares, with
 * the permissions the configuration gives it. A user's server that nobody uses is stopped once
 * hub.jupyterhub.cullIdleSeconds has passed; the user stays. Only what ties the configuration to a host is
 * overridden: addresses, state files, and the spawner (JupyterHub's own mock single-user server as a local
 * process instead of a Docker container).
 */
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { variant } from "../support/environments.js";
import { py, startLockedHub, type LockedHub } from "./locked-hub.js";

const IDLE_SECONDS = 20;
const TOKEN = "culler-test-admin-token-0123456789abcdef";

let hub: LockedHub;
let api: string;

async function call(method: string, path: string): Promise<{ status: number; body: any }> {
  const res = await fetch(`${api}${path}`, { method, headers: { Authorization: `token ${TOKEN}` } });
  const text = await res.text();
  return { status: res.status, body: text ? JSON.parse(text) : undefined };
}
const hubLog = () => hub.log();

beforeAll(async () => {
  const env = variant("local", (e) => {
    e.hub.jupyterhub.cullIdleSeconds = IDLE_SECONDS;
  });
  hub = await startLockedHub(env, {
    overrides: (dir) => [
      // A local process instead of a container: JupyterHub's own mock single-user server, no hooks.
      `c.JupyterHub.spawner_class = "simple"`,
      `c.Spawner.cmd = [sys.executable, "-m", "jupyterhub.tests.mocksu"]`,
      `c.Spawner.pre_spawn_hook = None`,
      `c.Spawner.options_form = ""`,
      `c.SimpleLocalProcessSpawner.home_dir_template = ${py(join(dir, "home", "{username}"))}`,
      // The test's own admin service, beside the culler the configuration declares.
      `c.JupyterHub.services.append({"name": "culler-test", "api_token": ${py(TOKEN)}})`,
      `c.JupyterHub.load_roles.append({"name": "culler-test", "scopes": ["admin:users", "admin:servers", "read:users:activity"], "services": ["culler-test"]})`,
    ],
  });
  expect(hub.config).toContain(`--timeout=${IDLE_SECONDS}`);
  api = `${hub.url}/hub/api`;
}, 300_000);

afterAll(() => hub?.stop());

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
