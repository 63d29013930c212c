/**
 * apt-cacher-ng for one environment, started by hand (no systemd here to do it), listening only on the
 * environment's bridge address. The guests' apt goes through it, so they reach nothing but the host's Debian
 * mirror, and its cache lives outside the repo (shared by every environment on the machine), so a second run
 * downloads nothing.
 *
 * We write our own configuration instead of using /etc/apt-cacher-ng: Debian's package leaves the Debian backend
 * list empty on some images, and apt-cacher-ng then forwards to an unreachable default mirror ("503 Host not
 * found"). Our Remap lines point the Debian and security archives at the mirrors the host's apt uses.
 */
import { spawn } from "node:child_process";
import { mkdir, open, readFile, rm } from "node:fs/promises";
import { connect } from "node:net";
import { join } from "node:path";
import { debianMirrors, hostAptSources, type DebianMirrors } from "./host-apt.js";
import { withLock } from "./lock.js";
import { aptCacheDir, cacheRoot } from "./paths.js";
import { killAndWait, livePid, pidAlive } from "./process.js";
import { findCommand, seconds, sleep, stderrLog, writeFileAtomic, type Log } from "./util.js";

/** Not 3142: a system-wide apt-cacher-ng (Debian starts one on install) holds that port on every address. */
export const DEFAULT_APT_CACHE_PORT = 3149;

export interface AptCacheSpec {
  /** Folder for this instance's config, PID and logs (the environment's state: `<state>/apt-cacher-ng`). */
  stateDir: string;
  /** Address to listen on: the bridge's host address. */
  bindAddress: string;
  port?: number;
  /**
   * Where packages are cached. Default: the machine's `<cache>/apt-cacher-ng`, shared by all environments one
   * at a time (see claimCacheDir), else a private one in the state folder.
   */
  cacheDir?: string;
  /** Upstream mirrors (default: the host's). */
  mirrors?: DebianMirrors;
  log?: Log;
}

export interface AptCache {
  /** The proxy URL for apt in the guests, e.g. http://10.213.7.1:3149 */
  url: string;
  pid: number;
  bindAddress: string;
  port: number;
  cacheDir: string;
}

function files(stateDir: string) {
  return {
    conf: join(stateDir, "acng.conf"),
    pid: join(stateDir, "pid"),
    logDir: join(stateDir, "log"),
    output: join(stateDir, "output.log"),
    socket: join(stateDir, "socket"),
  };
}

/** host/path of a URL, as apt-cacher-ng's Remap lines match requests: http://deb.debian.org/debian → deb.debian.org/debian */
function hostPath(url: string): string {
  return url.replace(/^https?:\/\//, "").replace(/\/+$/, "");
}

export function aptCacheConfig(spec: Required<Pick<AptCacheSpec, "stateDir" | "bindAddress" | "port" | "cacheDir" | "mirrors">>): string {
  const f = files(spec.stateDir);
  const { debian, security } = spec.mirrors;
  return [
    "# Written by hubstack (local/apt-cache.ts) for one environment; do not edit.",
    `CacheDir: ${spec.cacheDir}`,
    `LogDir: ${f.logDir}`,
    "SupportDir: /usr/lib/apt-cacher-ng",
    `Port: ${spec.port}`,
    `BindAddress: ${spec.bindAddress}`,
    // The default socket is /run/apt-cacher-ng/socket, which a system instance owns.
    `SocketPath: ${f.socket.length < 100 ? f.socket : ""}`,
    `PidFile: ${f.pid}`,
    // Requests for the usual Debian names and for the host's own mirror go to the host's mirror.
    `Remap-debrep: file:deb_mirror*.gz /debian deb.debian.org/debian ${hostPath(debian)} ; ${debian.replace(/\/*$/, "/")}`,
    `Remap-secdeb: security.debian.org security.debian.org/debian-security deb.debian.org/debian-security /debian-security ${hostPath(security)} ; ${security.replace(/\/*$/, "/")}`,
    "ReportPage: acng-report.html",
    "ExThreshold: 4",
    "",
  ].join("\n");
}

/** Resolves when something accepts TCP connections on host:port, or rejects after timeoutMs. */
export async function waitForPort(host: string, port: number, timeoutMs: number, alive?: () => boolean): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const ok = await new Promise<boolean>((resolve) => {
      const socket = connect({ host, port });
      const done = (result: boolean) => {
        socket.destroy();
        resolve(result);
      };
      socket.setTimeout(2000, () => done(false));
      socket.once("connect", () => done(true));
      socket.once("error", () => done(false));
    });
    if (ok) return;
    if (alive && !alive()) throw new Error(`the process meant to listen on ${host}:${port} exited`);
    if (Date.now() > deadline) throw new Error(`nothing listens on ${host}:${port} after ${timeoutMs / 1000}s`);
    await sleep(250);
  }
}

/** The running instance for the state folder, if any. */
export async function aptCachePid(stateDir: string): Promise<number | undefined> {
  const f = files(stateDir);
  return livePid(f.pid, f.conf.replace(/\/acng\.conf$/, ""));
}

/** Where the machine-wide cache's current user is recorded: `{"stateDir": …}`. */
function sharedOwnerFile(): string {
  return `${aptCacheDir()}.owner.json`;
}

/**
 * The cache folder for a new instance. Every environment uses the machine's shared cache (a second run
 * downloads nothing), but only one apt-cacher-ng at a time: two instances writing the same files would corrupt
 * them (apt-cacher-ng coordinates downloads only inside one process). An environment started while another
 * one holds the shared cache gets a private cache in its state folder, removed on down.
 */
async function claimCacheDir(stateDir: string, log: Log): Promise<string> {
  return withLock(join(cacheRoot(), "locks", "apt-cacher-ng"), async () => {
    const owner = await readFile(sharedOwnerFile(), "utf8")
      .then((t) => (JSON.parse(t) as { stateDir?: string }).stateDir)
      .catch(() => undefined);
    if (owner && owner !== stateDir && (await aptCachePid(owner)) !== undefined) {
      log(`apt-cacher-ng: the shared cache is in use by ${owner}; this environment caches in its own state folder`);
      return join(stateDir, "cache");
    }
    await writeFileAtomic(sharedOwnerFile(), `${JSON.stringify({ stateDir })}\n`);
    return aptCacheDir();
  });
}

async function releaseCacheDir(stateDir: string): Promise<void> {
  const owner = await readFile(sharedOwnerFile(), "utf8")
    .then((t) => (JSON.parse(t) as { stateDir?: string }).stateDir)
    .catch(() => undefined);
  if (owner === stateDir) await rm(sharedOwnerFile(), { force: true });
}

/** Starts apt-cacher-ng for the environment, or returns the one already running with the same configuration. */
export async function ensureAptCache(spec: AptCacheSpec): Promise<AptCache> {
  const { log = stderrLog } = spec;
  const port = spec.port ?? DEFAULT_APT_CACHE_PORT;
  const mirrors = spec.mirrors ?? debianMirrors(await hostAptSources());
  const f = files(spec.stateDir);
  const url = `http://${spec.bindAddress}:${port}`;
  const configFor = (cacheDir: string) =>
    aptCacheConfig({ stateDir: spec.stateDir, bindAddress: spec.bindAddress, port, cacheDir, mirrors });
  const result = (pid: number, cacheDir: string): AptCache => ({ url, pid, bindAddress: spec.bindAddress, port, cacheDir });

  const running = await aptCachePid(spec.stateDir);
  if (running !== undefined) {
    const current = await readFile(f.conf, "utf8").catch(() => "");
    const currentCacheDir = /^CacheDir: (.*)$/m.exec(current)?.[1] ?? "";
    if (current === configFor(spec.cacheDir ?? currentCacheDir)) {
      await waitForPort(spec.bindAddress, port, 10_000);
      return result(running, currentCacheDir);
    }
    log(`apt-cacher-ng: configuration changed, restarting (pid ${running})`);
    await killAndWait(running);
  }
  const cacheDir = spec.cacheDir ?? (await claimCacheDir(spec.stateDir, log));
  const config = configFor(cacheDir);

  const binary = await findCommand("apt-cacher-ng");
  if (!binary) throw new Error("apt-cacher-ng is not installed (ensurePrereqs installs it)");
  await mkdir(f.logDir, { recursive: true });
  await mkdir(cacheDir, { recursive: true });
  await writeFileAtomic(f.conf, config);
  await rm(f.pid, { force: true });

  const started = Date.now();
  // Foreground under our own detached child rather than apt-cacher-ng's daemon mode: we know its PID at once
  // and see its output if it dies on start (e.g. the port is taken).
  const output = await open(f.output, "a");
  const child = spawn(binary, ["-c", spec.stateDir, "ForeGround=1"], {
    detached: true,
    stdio: ["ignore", output.fd, output.fd],
  });
  await output.close();
  const pid = child.pid;
  if (pid === undefined) throw new Error("could not start apt-cacher-ng");
  child.unref();
  await writeFileAtomic(f.pid, `${pid}\n`);
  try {
    await waitForPort(spec.bindAddress, port, 15_000, () => pidAlive(pid));
  } catch (err) {
    const out = (await readFile(f.output, "utf8").catch(() => "")).trim().split("\n").slice(-5).join("\n");
    await killAndWait(pid, 2000);
    throw new Error(`apt-cacher-ng did not start on ${spec.bindAddress}:${port}: ${(err as Error).message}\n${out}`);
  }
  log(`apt-cacher-ng: listening on ${url} (pid ${pid}, cache ${cacheDir}) in ${seconds(started)} s`);
  return result(pid, cacheDir);
}

/** Stops the environment's apt-cacher-ng and removes its state folder (the shared cache stays). */
export async function stopAptCache(stateDir: string, log: Log = stderrLog): Promise<void> {
  const pid = await aptCachePid(stateDir);
  if (pid !== undefined) {
    log(`apt-cacher-ng: stopping (pid ${pid})`);
    await killAndWait(pid);
  }
  await releaseCacheDir(stateDir);
  await rm(stateDir, { recursive: true, force: true });
}
