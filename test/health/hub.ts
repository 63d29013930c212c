/**
 * A real JupyterHub for the health-check tests: Debian's jupyterhub 3.0 package, run on loopback with the
 * dummy authenticator and the `simple` spawner (every user's server runs as this process's user, with its
 * home under a temporary directory). Each hub gets its own ports, database and cookie secret.
 */
import { spawn, type ChildProcess } from "node:child_process";
import { createServer } from "node:net";
import { mkdtemp, mkdir, readFile, readdir, readlink, rm, writeFile } from "node:fs/promises";
import { openSync, closeSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { execa } from "execa";
import { CHECK_SERVICE_SCOPES } from "../../health/index.js";

/** Is a Debian package installed? `dpkg-query` is the source of truth, not a binary on PATH. */
async function isInstalled(pkg: string): Promise<boolean> {
  const r = await execa("dpkg-query", ["-W", "-f=${Status}", pkg], { reject: false });
  return r.exitCode === 0 && r.stdout.includes("install ok installed");
}

/** What the health tests run: the hub (with configurable-http-proxy and the notebook server), the TLS front door. */
export const TEST_PACKAGES = ["jupyterhub", "python3-venv", "caddy", "openssl"];

/**
 * Installs the test packages that are missing. Idempotent and cheap when all are there. The dpkg lock
 * timeout lets it wait for another test project's apt run instead of failing on the lock.
 */
export async function ensureTestPackages(): Promise<void> {
  const missing: string[] = [];
  for (const p of TEST_PACKAGES) if (!(await isInstalled(p))) missing.push(p);
  if (missing.length === 0) return;
  if (process.getuid?.() !== 0) {
    throw new Error(`the health tests need these Debian packages: ${missing.join(" ")} (apt-get install -y ${missing.join(" ")}, as root)`);
  }
  const env = { DEBIAN_FRONTEND: "noninteractive" };
  const lock = ["-o", "DPkg::Lock::Timeout=600"];
  await execa("apt-get", [...lock, "update", "-qq"], { env });
  await execa("apt-get", [...lock, "install", "-y", "-qq", "--no-install-recommends", ...missing], { env });
}

/** A free loopback TCP port (the kernel picks it; a tiny race with other processes is acceptable in tests). */
export async function freePort(): Promise<number> {
  return await new Promise((resolve, reject) => {
    const srv = createServer();
    srv.once("error", reject);
    srv.listen(0, "127.0.0.1", () => {
      const addr = srv.address();
      srv.close(() => (typeof addr === "object" && addr ? resolve(addr.port) : reject(new Error("no port"))));
    });
  });
}

export interface HubOptions {
  /** JupyterHub.concurrent_spawn_limit, with a 5 s Retry-After for the starts it refuses (HTTP 429). */
  concurrentSpawnLimit?: number;
  /** DummyAuthenticator.password: when set, only this password logs in. */
  dummyPassword?: string;
  /** A service token with the role the health check needs for real authenticators. */
  serviceToken?: string;
  /**
   * Seconds the hub waits for a spawn inside the POST before answering 202 (JupyterHub's default is 10).
   * 0 makes every start go through the progress event stream, the path slow real spawns take.
   */
  slowSpawnTimeoutSeconds?: number;
  /** A base_url prefix with both slashes, e.g. "/jhub/": the hub then lives under it. */
  baseUrl?: string;
}

export interface RunningHub {
  /** The public URL (the proxy) with the base_url prefix, e.g. http://127.0.0.1:PORT or http://127.0.0.1:PORT/jhub */
  url: string;
  dir: string;
  /** The hub's log so far (for failure messages). */
  log(): Promise<string>;
  stop(): Promise<void>;
}

const py = (s: string) => JSON.stringify(s); // a JSON string is a valid Python string literal

function hubConfig(dir: string, ports: { pub: number; api: number; hub: number }, o: HubOptions): string {
  const lines = [
    `c = get_config()  # noqa`,
    // The base_url prefix goes into bind_url: setting JupyterHub.base_url as well makes 3.0 ignore bind_url.
    `c.JupyterHub.bind_url = ${py(`http://127.0.0.1:${ports.pub}${o.baseUrl ?? "/"}`)}`,
    `c.JupyterHub.hub_bind_url = ${py(`http://127.0.0.1:${ports.hub}`)}`,
    `c.ConfigurableHTTPProxy.api_url = ${py(`http://127.0.0.1:${ports.api}`)}`,
    `c.ConfigurableHTTPProxy.pid_file = ${py(join(dir, "proxy.pid"))}`,
    `c.JupyterHub.db_url = ${py(`sqlite:///${join(dir, "jupyterhub.sqlite")}`)}`,
    `c.JupyterHub.cookie_secret_file = ${py(join(dir, "cookie_secret"))}`,
    `c.JupyterHub.pid_file = ${py(join(dir, "jupyterhub.pid"))}`,
    `c.JupyterHub.authenticator_class = "dummy"`,
    `c.JupyterHub.spawner_class = "simple"`,
    `c.SimpleLocalProcessSpawner.home_dir_template = ${py(join(dir, "home", "{username}"))}`,
    // The servers run as this process's user, which is root on the test bed: notebook refuses root without it.
    `c.Spawner.args = ["--allow-root"]`,
    `c.Spawner.start_timeout = 120`,
    `c.Spawner.http_timeout = 120`,
  ];
  if (o.slowSpawnTimeoutSeconds !== undefined) lines.push(`c.JupyterHub.tornado_settings = {"slow_spawn_timeout": ${o.slowSpawnTimeoutSeconds}}`);
  if (o.concurrentSpawnLimit !== undefined) lines.push(`c.JupyterHub.concurrent_spawn_limit = ${o.concurrentSpawnLimit}`, `c.JupyterHub.spawn_throttle_retry_range = (5, 6)`);
  if (o.dummyPassword !== undefined) lines.push(`c.DummyAuthenticator.password = ${py(o.dummyPassword)}`);
  if (o.serviceToken !== undefined) {
    lines.push(
      `c.JupyterHub.services = [{"name": "hubstack-check", "api_token": ${py(o.serviceToken)}}]`,
      `c.JupyterHub.load_roles = [{"name": "hubstack-check", "scopes": ${JSON.stringify(CHECK_SERVICE_SCOPES)}, "services": ["hubstack-check"]}]`,
    );
  }
  return lines.join("\n") + "\n";
}

/** Starts a hub in a new temporary directory and waits until its API answers through the proxy. */
export async function startHub(o: HubOptions = {}): Promise<RunningHub> {
  const dir = await mkdtemp(join(tmpdir(), "hubstack-hub-"));
  await mkdir(join(dir, "home"));
  const ports = { pub: await freePort(), api: await freePort(), hub: await freePort() };
  const configFile = join(dir, "jupyterhub_config.py");
  await writeFile(configFile, hubConfig(dir, ports, o));
  const logFile = join(dir, "jupyterhub.log");
  const out = openSync(logFile, "a");

  const child = spawn("jupyterhub", ["-f", configFile], {
    cwd: dir,
    env: {
      // Debian's python and scripts first: a developer's pyenv shims must not shadow /usr/bin/python3.
      PATH: "/usr/local/bin:/usr/bin:/bin",
      HOME: process.env.HOME ?? "/root",
      LANG: "C.UTF-8",
      // Debian's configurable-http-proxy finds its modules only here when `node` is not Debian's own.
      NODE_PATH: "/usr/share/nodejs",
    },
    stdio: ["ignore", out, out],
    detached: true, // its own process group, so stop() reaches the proxy too
  });
  closeSync(out);
  const exited = new Promise<number | null>((resolve) => child.once("exit", (code) => resolve(code)));

  const url = `http://127.0.0.1:${ports.pub}${(o.baseUrl ?? "/").replace(/\/$/, "")}`;
  const hub: RunningHub = {
    url,
    dir,
    log: () => readFile(logFile, "utf8").catch(() => ""),
    stop: () => stopHub(child, exited, dir),
  };
  try {
    // Through the proxy: proves the proxy runs and the hub has registered its route with it.
    await waitUntilUp(`${url}/hub/api/`, exited, 90_000);
  } catch (err) {
    const tail = (await hub.log()).split("\n").slice(-40).join("\n");
    await hub.stop();
    throw new Error(`${(err as Error).message}\n--- jupyterhub.log (tail) ---\n${tail}`);
  }
  return hub;
}

async function waitUntilUp(url: string, exited: Promise<number | null>, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  let done: number | null | undefined;
  void exited.then((c) => (done = c));
  while (Date.now() < deadline) {
    if (done !== undefined) throw new Error(`jupyterhub exited with code ${done} before it answered on ${url}`);
    try {
      const r = await fetch(url, { signal: AbortSignal.timeout(2_000) });
      if (r.ok) return;
    } catch {
      /* not listening yet */
    }
    await new Promise((r) => setTimeout(r, 250));
  }
  throw new Error(`jupyterhub did not answer on ${url} within ${timeoutMs / 1000} s`);
}

/**
 * SIGTERM to the hub's process group (hub + proxy); the hub stops the user servers it started on the way out.
 * Servers are started in sessions of their own, so as a backstop we end any process still working inside this
 * hub's temporary home folders: those can only be ones this hub started.
 */
async function stopHub(child: ChildProcess, exited: Promise<number | null>, dir: string): Promise<void> {
  if (child.exitCode === null && child.signalCode === null && child.pid !== undefined) {
    try {
      process.kill(-child.pid, "SIGTERM");
    } catch {
      /* already gone */
    }
    const timer = new Promise((r) => setTimeout(r, 15_000, "timeout"));
    if ((await Promise.race([exited, timer])) === "timeout") {
      try {
        process.kill(-child.pid, "SIGKILL");
      } catch {
        /* gone */
      }
    }
  }
  for (const pid of await processesUnder(join(dir, "home"))) {
    try {
      process.kill(pid, "SIGKILL");
    } catch {
      /* gone */
    }
  }
  await rm(dir, { recursive: true, force: true });
}

/** PIDs whose working directory lies under `root` (servers and kernels of this hub's users). */
async function processesUnder(root: string): Promise<number[]> {
  const pids: number[] = [];
  for (const entry of await readdir("/proc")) {
    if (!/^\d+$/.test(entry)) continue;
    const cwd = await readlink(`/proc/${entry}/cwd`).catch(() => "");
    if (cwd === root || cwd.startsWith(root + "/")) pids.push(Number(entry));
  }
  return pids;
}
