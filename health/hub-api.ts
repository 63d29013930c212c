/**
 * The hub's side of the check: its login form and its REST API (/hub/api). Every call is made either with
 * the session cookies from the login form, as the user's browser would, or with a service's API token.
 */
import { CheckFailed, HttpError, excerpt } from "./errors.js";
import { HubHttp, expectStatus, jsonBody } from "./http.js";

/** The part of JupyterHub's user model the check reads. */
interface UserModel {
  name: string;
  /** The URL path of the running default server, null when stopped. */
  server: string | null;
  /** "spawn" or "stop" while a transition is under way. */
  pending: string | null;
  /** The user's servers, when the caller may read them (its own session may): "" is the default server. */
  servers?: Record<string, { started?: string | null; ready?: boolean }>;
}

interface ProgressEvent {
  progress?: number;
  message?: string;
  ready?: boolean;
  failed?: boolean;
  url?: string;
}

/** Waiting for the hub to accept a server's start when it throttles (HTTP 429). */
export interface SpawnThrottle {
  /** Epoch ms after which a 429 fails the start. @default the start's own timeout from the first request */
  queueUntil?: number;
  /** Called before each wait, with the seconds waited. */
  onThrottled?: (seconds: number) => void;
}

export class HubApi {
  constructor(
    private readonly http: HubHttp,
    readonly username: string,
    /** When set, calls in the user's name use this token instead of the login cookies. */
    private readonly token?: string,
  ) {}

  private get userPath(): string {
    return `/hub/api/users/${encodeURIComponent(this.username)}`;
  }

  /** GET /hub/api: answers without login and names the hub's version. */
  async version(): Promise<string> {
    const res = expectStatus(await this.http.request("GET", "/hub/api/"), "GET", [200]);
    return jsonBody<{ version?: string }>(res, "GET").version ?? "unknown";
  }

  /**
   * Logs in through the login form, as a person would: GET the form (JupyterHub ≥ 4.1 puts an _xsrf field in
   * it and a matching cookie in the jar; 3.0 has neither), POST the credentials, expect a redirect that sets
   * the login cookie, then ask /hub/api/user who we are.
   */
  async loginWithForm(password: string): Promise<void> {
    const page = expectStatus(await this.http.request("GET", "/hub/login"), "GET", [200]);
    if (!/name=["']?username/.test(page.body)) {
      throw new CheckFailed(
        `the hub's login page (${page.url.pathname}) has no username/password form, so its authenticator logs users in ` +
          `elsewhere (OAuth?): give the health check a service API token instead`,
      );
    }
    const form: Record<string, string> = { username: this.username, password };
    const xsrfInput = /<input\b[^>]*\bname=["']?_xsrf\b[^>]*>/i.exec(page.body)?.[0];
    const xsrf = xsrfInput && /\bvalue=["']([^"']*)["']/i.exec(xsrfInput)?.[1];
    if (xsrf) form._xsrf = xsrf;

    const next = this.http.url("/hub/").pathname;
    const res = await this.http.request("POST", `/hub/login?next=${encodeURIComponent(next)}`, { form, referer: page.url.href });
    if (res.status === 200) {
      // The hub re-renders the form with its reason when it refuses the credentials.
      const reason = /class=["']login_error["'][^>]*>([\s\S]*?)<\//.exec(res.body)?.[1]?.trim();
      throw new HttpError("POST", "/hub/login", 200, reason ? `login refused for ${this.username}: "${excerpt(reason)}"` : `login refused for ${this.username} (the form came back)`, "302 to the hub");
    }
    expectStatus(res, "POST", [302, 303]);

    const me = jsonBody<UserModel>(expectStatus(await this.http.request("GET", "/hub/api/user"), "GET", [200]), "GET");
    if (me.name !== this.username) {
      throw new CheckFailed(`after logging in as ${this.username} the hub says we are ${JSON.stringify(me.name)}`);
    }
  }

  /** POST /hub/api/users/<name> with an admin token. Returns false when the user existed already. */
  async createUser(adminToken: string): Promise<boolean> {
    const res = await this.http.request("POST", this.userPath, { token: adminToken, json: {} });
    if (res.status === 409) return false;
    expectStatus(res, "POST", [201]);
    return true;
  }

  async deleteUser(adminToken: string): Promise<void> {
    expectStatus(await this.http.request("DELETE", this.userPath, { token: adminToken }), "DELETE", [204]);
  }

  /** The default server when it runs and is not starting or stopping: its URL path and when it started. */
  async runningServer(): Promise<{ path: string; started?: string } | undefined> {
    const u = await this.user();
    if (u.server === null || u.pending !== null) return undefined;
    const started = u.servers?.[""]?.started ?? undefined;
    return { path: u.server, ...(started ? { started } : {}) };
  }

  async user(): Promise<UserModel> {
    return jsonBody<UserModel>(expectStatus(await this.http.request("GET", this.userPath, { token: this.token }), "GET", [200]), "GET");
  }

  /**
   * Asks for the default server and follows the hub's progress stream until it is ready.
   * Returns the server's URL path (e.g. /user/name/) and the last progress message.
   */
  async startServer(timeoutMs: number, throttle: SpawnThrottle = {}): Promise<{ path: string; message: string; throttledSeconds: number }> {
    const asked = Date.now();
    let throttled = false;
    let started = await this.http.request("POST", `${this.userPath}/server`, { token: this.token, json: {} });
    // 429: more servers are starting than the hub's concurrent_spawn_limit lets start at once. A person is told
    // "Try again in N seconds" and does; so does this, after the Retry-After the hub sends, until `queueUntil`.
    while (started.status === 429) {
      const retryAfter = Math.min(60, Math.max(5, Number(started.headers["retry-after"]) || 30));
      const queueUntil = throttle.queueUntil ?? asked + timeoutMs;
      if (Date.now() + retryAfter * 1000 > queueUntil) {
        throw new CheckFailed(`the hub kept refusing to start the server for ${Math.round((Date.now() - asked) / 1000)} s: too many servers starting at once (HTTP 429, its concurrent_spawn_limit)`);
      }
      throttled = true;
      throttle.onThrottled?.(retryAfter);
      await new Promise((r) => setTimeout(r, retryAfter * 1000));
      started = await this.http.request("POST", `${this.userPath}/server`, { token: this.token, json: {} });
    }
    expectStatus(started, "POST", [201, 202]);
    // Only a start the hub refused at least once was queued (the first answer's own latency is not a queue).
    const throttledSeconds = throttled ? (Date.now() - asked) / 1000 : 0;

    let last: ProgressEvent = {};
    // The server's own time to start begins when the hub accepted the request, not while it was throttled.
    const deadline = Date.now() + timeoutMs;
    if (started.status === 202) {
      const ended = await this.http.events(`${this.userPath}/server/progress`, { token: this.token, timeoutMs }, (data) => {
        last = JSON.parse(data) as ProgressEvent;
        return Boolean(last.ready || last.failed);
      });
      if (last.failed) throw new CheckFailed(`the hub could not start the server: ${last.message ?? "no reason given"}`);
      if (!ended && !last.ready) throw new CheckFailed(`the progress stream ended before the server was ready (last: ${last.message ?? "nothing"})`);
    }
    // The stream says "ready" when the spawner is done; the proxy route is added right after. Confirm both.
    const model = await this.waitFor((u) => u.server !== null && u.pending === null, deadline, "ready");
    return { path: model.server!, message: last.message ?? "started within the request", throttledSeconds };
  }

  /** DELETE the default server and wait until the hub reports it stopped. */
  async stopServer(timeoutMs: number): Promise<void> {
    const res = await this.http.request("DELETE", `${this.userPath}/server`, { token: this.token });
    // 400 is "not running": already the state we want.
    if (res.status === 400 && /not running/i.test(res.body)) return;
    expectStatus(res, "DELETE", [202, 204]);
    await this.waitFor((u) => u.server === null && u.pending === null, Date.now() + timeoutMs, "stopped");
  }

  private async waitFor(done: (u: UserModel) => boolean, deadline: number, what: string): Promise<UserModel> {
    for (;;) {
      const u = await this.user();
      if (done(u)) return u;
      if (Date.now() > deadline) throw new CheckFailed(`the server was not ${what} in time (server: ${u.server ?? "none"}, pending: ${u.pending ?? "none"})`);
      await new Promise((r) => setTimeout(r, 250));
    }
  }
}
