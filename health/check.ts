/**
 * The health check that ends every `apply` (and `npm run check -- env=NAME`): a user logs in, gets a server,
 * runs code in a kernel, writes a file in the home folder, and proves the home keeps it across a server
 * restart. Each step is timed; the first failure stops the run, names the step and says why, and what was
 * started is stopped again on the way out.
 *
 * Proving persistence costs a second server start (a minute under TCG), so a check that is given the file
 * the previous check left (`previous`: the same user, its token) proves it with that file instead: found
 * intact, it has outlived at least one stop and start of the server (and whatever happened since: a second
 * apply, a reboot, a rebuild of the NFS server), and the check starts one server only. The first check, with
 * no previous file, restarts its server as before.
 *
 * A server start is still most of a check under TCG (~45 s: the single-user server's imports), and an apply
 * that changed nothing has nothing new for a start to prove. So a check may leave its server running, with
 * the kernel it ran code in (`keepServer`), and the next check, told that nothing changed since (`reuse`),
 * uses them: the hub, the login, the proxy's route, the server's API, the home's files and a kernel running
 * code are all proven again, without a new start. Whatever is gone (culled, rebooted) is started anew; a check
 * not told so stops a running server first and proves a start.
 */
import { parseHubUrl, readCa } from "./hub-url.js";
import { randomBytes, randomInt } from "node:crypto";
import { performance } from "node:perf_hooks";
import { CheckFailed, ConnectionError, HttpError } from "./errors.js";
import { HubApi } from "./hub-api.js";
import { HubHttp } from "./http.js";
import type { KernelChannel } from "./kernel.js";
import { ServerApi } from "./server-api.js";

export interface HealthCheckTimeouts {
  /** One HTTP request. @default 30 */
  requestSeconds: number;
  /** A server start, from the request to ready (image pulls on a fresh hub count here). @default 180 */
  spawnSeconds: number;
  /** A server stop. @default 90 */
  stopSeconds: number;
  /** Kernel start and first answer, and each code execution. @default 60 */
  kernelSeconds: number;
  /**
   * How long the first request waits for a hub that is still coming up: a proxy that has just been
   * (re)started, a TLS certificate still being issued by the ACME server. @default 180
   */
  readySeconds: number;
}

export const DEFAULT_TIMEOUTS: HealthCheckTimeouts = { requestSeconds: 30, spawnSeconds: 180, stopSeconds: 90, kernelSeconds: 60, readySeconds: 180 };

/** Between two tries of a hub that is not ready yet. */
const READY_RETRY_MS = 3_000;

export interface HealthCheckOptions {
  /** The hub's public URL, as users open it (with its base_url prefix if any): https://hub.example.org */
  hubUrl: string;
  /**
   * A dedicated check account; its server is stopped and restarted, and `~/hubstack-check.txt` written.
   * @default a new `hubstack-check-<hex>`
   */
  username?: string;
  /**
   * Logs in through the login form with this password (the dummy authenticator's, when it has one).
   * When neither this nor `apiToken` is given, a random one is used: the dummy authenticator without a
   * password accepts anything.
   */
  password?: string;
  /**
   * A hub API token of a service with the scopes admin:users, admin:servers and access:servers. Without a
   * password, the user is created and driven through the REST API (for real authenticators: PAM, OAuth);
   * with a password, it is only used to delete the temporary user at the end.
   */
  apiToken?: string;
  /** PEM text of a CA to trust besides Node's built-in roots (pebble's root on a test bed). */
  caCertificate?: string;
  /** The same, read from a file. */
  caFile?: string;
  /** Accept any TLS certificate: throwaway test beds only. */
  insecure?: boolean;
  /** Connect to this address instead of resolving the hub's name (the local environment's hub VM). */
  connectAddress?: string;
  timeouts?: Partial<HealthCheckTimeouts>;
  /**
   * The file the previous check of this user left, by its token: found intact at the start, it proves the
   * home persists, and the server is not restarted.
   */
  previous?: { token: string; writtenAt: string };
  /** Leave the check's file in the home for the next check (which then passes `previous`). @default false */
  keepFile?: boolean;
  /**
   * When the check passes, leave its server running (and the kernel it ran code in, when no restart came
   * after) for the next check: `kept` in the result. Only where something stops idle servers. @default false
   */
  keepServer?: boolean;
  /**
   * Nothing changed since the check that left the server running (an apply that changed nothing): use that
   * server, and this kernel of it when it still runs, instead of starting new ones.
   */
  reuse?: { kernelId?: string };
  /** Progress lines (one per step). Never given a password or token. */
  log?: (line: string) => void;
}

export interface HealthStep {
  name: string;
  ok: boolean;
  seconds: number;
  detail: string;
}

export interface HealthCheckResult {
  ok: boolean;
  username: string;
  steps: HealthStep[];
  /** On failure: `step "NAME" failed: why`. */
  error?: string;
  totalSeconds: number;
  /** The file this check wrote (and left, with keepFile), for the next check's `previous`. */
  written?: { token: string; writtenAt: string };
  /** What keepServer left running, for the next check's `reuse`. */
  kept?: { kernelId?: string };
}

export const CHECK_FILE = "hubstack-check.txt";

/** What the check writes into CHECK_FILE. */
const checkContent = (token: string) => `hubstack health check ${token}\n`;

/**
 * Retries `fn` while the hub is still coming up (a transient connection error, or the proxy answering 502,
 * 503 or 504 while the hub behind it starts), until it answers or `deadlineMs` has passed: then the last
 * error stands. Anything else fails at once.
 */
async function untilReady<T>(fn: () => Promise<T>, deadlineMs: number): Promise<{ value: T; tries: number }> {
  const until = performance.now() + deadlineMs;
  for (let tries = 1; ; tries++) {
    try {
      return { value: await fn(), tries };
    } catch (err) {
      const notYet = (err instanceof ConnectionError && err.transient) || (err instanceof HttpError && [502, 503, 504].includes(err.status));
      if (!notYet || performance.now() + READY_RETRY_MS > until) {
        if (tries > 1 && err instanceof Error) err.message = `${err.message} (still so after ${tries} tries in ${Math.round(deadlineMs / 1000)} s)`;
        throw err;
      }
      await new Promise((r) => setTimeout(r, READY_RETRY_MS));
    }
  }
}

/**
 * Runs the check and returns every step's outcome; a failing hub gives `ok: false` (it does not throw).
 * Throws a UsageError only for options that cannot work: a hub URL that is not one, an unreadable CA file.
 */
export async function runHealthCheck(o: HealthCheckOptions): Promise<HealthCheckResult> {
  const t = { ...DEFAULT_TIMEOUTS, ...o.timeouts };
  const log = o.log ?? (() => {});
  const username = o.username ?? `hubstack-check-${randomBytes(4).toString("hex")}`;
  const viaApi = o.apiToken !== undefined && o.password === undefined;
  const steps: HealthStep[] = [];
  const started = performance.now();

  const base = parseHubUrl(o.hubUrl);
  const ca = o.caCertificate ?? (o.caFile ? await readCa(o.caFile) : undefined);
  const http = new HubHttp(base, { ca, insecure: o.insecure, connectAddress: o.connectAddress }, t.requestSeconds * 1000);
  const hub = new HubApi(http, username, viaApi ? o.apiToken : undefined);

  /** Runs one timed step; its return value is the detail shown. A failure is recorded and rethrown. */
  const step = async (name: string, fn: () => Promise<string>): Promise<void> => {
    const t0 = performance.now();
    try {
      const detail = await fn();
      record({ name, ok: true, seconds: since(t0), detail });
    } catch (err) {
      record({ name, ok: false, seconds: since(t0), detail: (err as Error).message });
      throw new StepFailed(name, err as Error);
    }
  };
  const record = (s: HealthStep) => {
    steps.push(s);
    log(formatStep(s));
  };

  // What to undo if a step fails half way.
  let serverUp = false;
  let createdUser = false;
  let kernelState: { id: string; channel: KernelChannel } | undefined;
  let error: string | undefined;
  let written: HealthCheckResult["written"];
  let kept: HealthCheckResult["kept"];
  try {
    await step("reach hub", async () => {
      const { value: version, tries } = await untilReady(() => hub.version(), t.readySeconds * 1000);
      return `JupyterHub ${version} at ${base.origin}${base.pathname.replace(/\/$/, "")}${tries > 1 ? ` (ready after ${tries} tries)` : ""}`;
    });

    if (viaApi) {
      await step("create user", async () => {
        createdUser = await hub.createUser(o.apiToken!);
        return createdUser ? `created ${username} through the REST API` : `${username} exists already: using it`;
      });
    } else {
      await step("log in", async () => {
        await hub.loginWithForm(o.password ?? randomBytes(12).toString("hex"));
        return `${username} logged in through the login form`;
      });
    }

    let server!: ServerApi;
    const start = async () => {
      serverUp = true; // from the request on: a half-started server must be stopped too
      const { path, message } = await hub.startServer(t.spawnSeconds * 1000);
      server = new ServerApi(http, path, viaApi ? o.apiToken : undefined);
      return `ready at ${path} (${message})`;
    };
    // A server a previous check left running: reused when nothing changed since, else stopped, so that this check proves a start.
    const running = await hub.runningServer();
    let reused: { started?: string } | undefined;
    if (running && o.reuse) {
      await step("reuse server", async () => {
        serverUp = true;
        reused = running;
        server = new ServerApi(http, running.path, viaApi ? o.apiToken : undefined);
        return `running at ${running.path}${running.started ? ` since ${running.started}` : ""}, left by the previous check; nothing changed since, so not restarted`;
      });
    } else {
      if (running) {
        await step("stop running server", async () => {
          await hub.stopServer(t.stopSeconds * 1000);
          return "the previous check left it running: stopped, so that this check proves a start";
        });
      }
      await step("start server", start);
    }
    await step("open server", () => server.open());

    let persisted = false;
    if (o.previous) {
      const previous = o.previous;
      await step("find previous file", async () => {
        const found = await server.readFile(CHECK_FILE).catch((err: unknown) => {
          if (err instanceof CheckFailed) return undefined; // 404: gone
          throw err;
        });
        if (found !== checkContent(previous.token)) {
          throw new CheckFailed(`~/${CHECK_FILE}, written by the check of ${previous.writtenAt}, is ${found === undefined ? "gone" : "changed"}: this user's home did not keep it`);
        }
        persisted = true;
        const restartedSince = !reused || (reused.started !== undefined && Date.parse(reused.started) > Date.parse(previous.writtenAt));
        return restartedSince
          ? `~/${CHECK_FILE} from the check of ${previous.writtenAt} is intact: the home kept it across server restarts`
          : `~/${CHECK_FILE} from the check of ${previous.writtenAt} is intact (this server has run since before it was written; the check that started it proved the home persists)`;
      });
    }

    const keptKernel = reused && o.reuse?.kernelId && (await server.hasKernel(o.reuse.kernelId)) ? o.reuse.kernelId : undefined;
    if (keptKernel) {
      await step("reuse kernel", async () => {
        const channel = await server.connectKernel(keptKernel, t.kernelSeconds * 1000);
        try {
          const info = await channel.kernelInfo(t.kernelSeconds * 1000);
          kernelState = { id: keptKernel, channel };
          return `kernel ${keptKernel.slice(0, 8)}, left by the previous check, answers (${info.language ?? info.implementation ?? "unknown language"})`;
        } catch (err) {
          channel.close();
          throw err;
        }
      });
    } else await step("start kernel", async () => {
      const kernel = await server.startKernel();
      const channel = await server.connectKernel(kernel.id, t.kernelSeconds * 1000);
      try {
        const info = await channel.kernelInfo(t.kernelSeconds * 1000);
        kernelState = { id: kernel.id, channel };
        return `${kernel.name} kernel ${kernel.id.slice(0, 8)} answers (${info.language ?? info.implementation ?? "unknown language"})`;
      } catch (err) {
        channel.close();
        throw err;
      }
    });

    await step("run code", async () => {
      const { channel } = kernelState!;
      const [a, b] = [randomInt(100, 1000), randomInt(100, 1000)];
      const product = await channel.execute(`${a} * ${b}`, t.kernelSeconds * 1000);
      if (product.value !== String(a * b)) throw new CheckFailed(`${a} * ${b} gave ${JSON.stringify(product.value)}, expected ${a * b}`);
      const host = await channel.execute("import socket\nprint(socket.gethostname())", t.kernelSeconds * 1000);
      const hostname = host.output.trim();
      if (!hostname) throw new CheckFailed("print(socket.gethostname()) printed nothing on the stream");
      return `${a} * ${b} = ${product.value}; the kernel runs on ${hostname}`;
    });

    // A kernel kept with its server (no restart comes after it) is left for the next check; else shut down.
    const keepKernel = o.keepServer === true && persisted;
    if (!keepKernel) {
      await step("stop kernel", async () => {
        kernelState!.channel.close();
        await server.deleteKernel(kernelState!.id);
        return "kernel shut down";
      });
    }

    const token = randomBytes(16).toString("hex");
    const content = checkContent(token);
    await step("write file", async () => {
      await server.writeFile(CHECK_FILE, content);
      written = { token, writtenAt: new Date().toISOString() };
      return `~/${CHECK_FILE} (${content.length} bytes)`;
    });

    const keep = async (kernelId?: string) =>
      step("keep server", async () => {
        kept = kernelId ? { kernelId } : {};
        return `left running${kernelId ? ` with kernel ${kernelId.slice(0, 8)}` : ""} for the next check (the hub's idle culler stops it)`;
      });
    if (keepKernel) await keep(kernelState!.id);
    else await step("stop server", async () => {
      await hub.stopServer(t.stopSeconds * 1000);
      serverUp = false;
      return persisted ? "stopped (persistence proven by the previous check's file: no restart needed)" : "stopped";
    });
    // Without a previous file: prove persistence here, with a second start.
    if (!persisted) {
      await step("start server again", start);
      await step("open server again", () => server.open());

      await step("find file", async () => {
        const found = await server.readFile(CHECK_FILE);
        if (found !== content) throw new CheckFailed(`~/${CHECK_FILE} changed across the restart: expected ${content.length} bytes with the check's token, got ${JSON.stringify(found.slice(0, 80))}`);
        if (o.keepFile) return `~/${CHECK_FILE} survived the restart with the same content; left for the next check`;
        await server.deleteFile(CHECK_FILE);
        written = undefined;
        return `~/${CHECK_FILE} survived the restart with the same content; deleted`;
      });

      if (o.keepServer) await keep();
      else await step("stop server again", async () => {
        await hub.stopServer(t.stopSeconds * 1000);
        serverUp = false;
        return "stopped";
      });
    }
  } catch (err) {
    error = err instanceof StepFailed ? err.message : `health check crashed: ${(err as Error).message}`;
  } finally {
    kernelState?.channel.close();
    await cleanUp();
    http.close();
  }

  const ok = error === undefined;
  const totalSeconds = since(started);
  // The verdict on success is the caller's to print (with where the hub is); a failure is said here, with its cause.
  if (!ok) log(`health check FAILED after ${totalSeconds.toFixed(1)} s: ${error}`);
  return { ok, username, steps, totalSeconds, ...(error ? { error } : {}), ...(written ? { written } : {}), ...(kept && ok ? { kept } : {}) };

  /** Leaves the hub as it was: no running server, and no temporary user when a token allows deleting it. */
  async function cleanUp(): Promise<void> {
    const quietly = async (name: string, fn: () => Promise<string>) => {
      try {
        await step(name, fn);
      } catch {
        /* recorded; the first failure is the one to report */
      }
    };
    if (serverUp && !kept) {
      await quietly("clean up: stop server", async () => {
        await hub.stopServer(t.stopSeconds * 1000);
        serverUp = false;
        return "stopped";
      });
    }
    // A user kept for the next check (keepFile) stays; a temporary one goes when a token allows it.
    const mayDelete = !o.keepFile && o.apiToken !== undefined && (createdUser || (!viaApi && o.username === undefined));
    if (mayDelete && !serverUp) {
      await quietly("delete user", async () => (await hub.deleteUser(o.apiToken!), `${username} deleted`));
    } else if (o.apiToken === undefined && !o.keepFile) {
      log(`note: ${username} stays in the hub's user list (no API token to delete it)`);
    }
  }
}


class StepFailed extends Error {
  constructor(step: string, cause: Error) {
    super(`step "${step}" failed: ${cause.message}`);
    this.name = "StepFailed";
  }
}

function since(t0: number): number {
  return Math.round(performance.now() - t0) / 1000;
}

/** One line per step: status, name, seconds, detail. */
export function formatStep(s: HealthStep): string {
  return `${s.ok ? "  ok  " : "  FAIL"} ${s.name.padEnd(22)} ${s.seconds.toFixed(2).padStart(7)} s  ${s.detail}`;
}
