/**
 * The hub's locked JupyterHub (the virtual environment of locks/hub.txt) run on loopback with hubstack's own
 * jupyterhub_config.py for an environment, and after it only what ties the configuration to a host: addresses,
 * state files, the proxy it starts itself (Debian's configurable-http-proxy), and the test's own overrides.
 */
import { spawn, type ChildProcess } from "node:child_process";
import { closeSync, openSync } from "node:fs";
import { mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { Environment } from "../../environment/schema.js";
import { hostsFromEnvironment } from "../../provisioners/roles/base/template-vars.js";
import { renderManagedFile } from "../../provisioners/roles/files.js";
import { jupyterhubFiles } from "../../provisioners/roles/jupyterhub/template-vars.js";
import { ensureHubVenv, hubVenv } from "../support/hub-venv.js";
import { freePort } from "./hub.js";

export const py = (s: string) => JSON.stringify(s);

export interface LockedHub {
  /** Its public URL (the proxy's), e.g. http://127.0.0.1:40123. */
  readonly url: string;
  readonly dir: string;
  readonly config: string;
  log(): Promise<string>;
  stop(): Promise<void>;
}

export async function startLockedHub(env: Environment, o: { overrides?: (dir: string, url: string) => string[]; env?: Record<string, string> } = {}): Promise<LockedHub> {
  await ensureHubVenv();
  const dir = await mkdtemp(join(tmpdir(), "hubstack-locked-hub-"));
  const ports = { pub: await freePort(), api: await freePort(), hub: await freePort() };
  const url = `http://127.0.0.1:${ports.pub}`;
  const generated = { proxyAuthToken: "a".repeat(64), cookieSecret: "b".repeat(64) };
  const files = jupyterhubFiles(env, hostsFromEnvironment(env), generated);
  const config = renderManagedFile(files.config);
  const overrides = [
    "import sys",
    `c.JupyterHub.bind_url = ${py(`${url}/`)}`,
    `c.JupyterHub.hub_bind_url = ${py(`http://127.0.0.1:${ports.hub}`)}`,
    `c.JupyterHub.hub_connect_ip = "127.0.0.1"`,
    `c.ConfigurableHTTPProxy.should_start = True`,
    `c.ConfigurableHTTPProxy.command = ["/usr/bin/configurable-http-proxy"]`,
    `c.ConfigurableHTTPProxy.api_url = ${py(`http://127.0.0.1:${ports.api}`)}`,
    `c.ConfigurableHTTPProxy.pid_file = ${py(join(dir, "proxy.pid"))}`,
    `c.JupyterHub.db_url = ${py(`sqlite:///${join(dir, "jupyterhub.sqlite")}`)}`,
    `c.JupyterHub.pid_file = ${py(join(dir, "jupyterhub.pid"))}`,
    ...(o.overrides?.(dir, url) ?? []),
  ];
  const configFile = join(dir, "jupyterhub_config.py");
  await writeFile(configFile, `${config}\n# --- the test's overrides ---\n${overrides.join("\n")}\n`);
  const logFile = join(dir, "jupyterhub.log");
  const out = openSync(logFile, "a");
  const hub: ChildProcess = spawn(join(hubVenv(), "bin", "jupyterhub"), ["-f", configFile], {
    cwd: dir,
    env: {
      PATH: `${join(hubVenv(), "bin")}:/usr/bin:/bin`, HOME: dir, LANG: "C.UTF-8", NODE_PATH: "/usr/share/nodejs",
      // What the hub's environment file holds (the template reads secrets from there, never from the config).
      JPY_COOKIE_SECRET: generated.cookieSecret, CONFIGPROXY_AUTH_TOKEN: generated.proxyAuthToken,
      ...o.env,
    },
    stdio: ["ignore", out, out],
    detached: true,
  });
  closeSync(out);
  const log = async () => (await readFile(logFile, "utf8").catch(() => "")).slice(-4000);
  const stop = async () => {
    if (hub.pid && hub.exitCode === null) {
      try { process.kill(-hub.pid, "SIGTERM"); } catch { /* gone */ }
      await new Promise((r) => setTimeout(r, 2_000));
      try { process.kill(-hub.pid, "SIGKILL"); } catch { /* gone */ }
    }
    await rm(dir, { recursive: true, force: true });
  };
  const deadline = Date.now() + 120_000;
  for (;;) {
    try {
      if ((await fetch(`${url}/hub/api/`, { signal: AbortSignal.timeout(2_000) })).ok) break;
    } catch {
      /* not yet */
    }
    if (Date.now() > deadline || hub.exitCode !== null) {
      const text = await log();
      await stop();
      throw new Error(`the hub did not come up:\n${text}`);
    }
    await new Promise((r) => setTimeout(r, 500));
  }
  return { url, dir, config, log, stop };
}
