/**
 * A small HTTP client for talking to a hub the way a browser does: a cookie jar, redirects followed by hand
 * (each hop's Set-Cookie must land in the jar: the OAuth dance between hub and user server depends on it),
 * Referer and X-XSRFToken on every request, and a custom CA for test beds whose certificates come from
 * pebble. Built on node:http(s) rather than fetch because Node's fetch takes no per-request CA.
 */
import http from "node:http";
import https from "node:https";
import { rootCertificates } from "node:tls";
import { CookieJar } from "tough-cookie";
import { ConnectionError, HttpError, describeConnectionError, excerpt } from "./errors.js";

export interface TlsOptions {
  /** PEM of the CA(s) to trust (pebble's root, a company CA, …). Node's own roots stay trusted too. */
  ca?: string | string[];
  /** Accept any certificate. Only for throwaway test beds. */
  insecure?: boolean;
  /**
   * Connect to this IP address whatever the hub's name resolves to (curl's --resolve): the local
   * environment's hub has a name no DNS knows, yet TLS must still see that name.
   */
  connectAddress?: string;
}

/** A dns.lookup replacement that answers every name with one fixed address. */
export function fixedLookup(address: string) {
  const family = address.includes(":") ? 6 : 4;
  return (_host: string, options: unknown, callback: (...args: unknown[]) => void) => {
    const all = typeof options === "object" && options !== null && (options as { all?: boolean }).all;
    if (all) callback(null, [{ address, family }]);
    else callback(null, address, family);
  };
}

export interface RequestOptions {
  headers?: Record<string, string>;
  /** Sent as application/json. */
  json?: unknown;
  /** Sent as application/x-www-form-urlencoded. */
  form?: Record<string, string>;
  /** `Authorization: token …` instead of (on top of) cookies. */
  token?: string;
  /** The page the request comes "from"; JupyterHub 3 and notebook check it against Host for cookie auth. */
  referer?: string;
  timeoutMs?: number;
}

export interface HttpResponse {
  status: number;
  headers: http.IncomingHttpHeaders;
  body: string;
  url: URL;
}

export class HubHttp {
  readonly jar = new CookieJar();
  private readonly agent: http.Agent;
  private readonly tls: TlsOptions;

  constructor(
    /** The hub's public URL, with its base_url prefix if it has one. */
    readonly base: URL,
    tls: TlsOptions,
    private readonly timeoutMs: number,
  ) {
    // Node's `ca` option replaces the built-in roots: add the extra CA to them instead, so that a hub whose
    // certificate comes from a public CA still passes when a CA file is configured anyway.
    const extra = tls.ca === undefined ? [] : Array.isArray(tls.ca) ? tls.ca : [tls.ca];
    this.tls = { ca: extra.length ? [...rootCertificates, ...extra] : undefined, insecure: tls.insecure, connectAddress: tls.connectAddress };
    const lookup = tls.connectAddress ? { lookup: fixedLookup(tls.connectAddress) as never } : {};
    this.agent =
      base.protocol === "https:"
        ? new https.Agent({ keepAlive: true, ca: this.tls.ca, rejectUnauthorized: !tls.insecure, ...lookup })
        : new http.Agent({ keepAlive: true, ...lookup });
  }

  /** `path` is relative to the hub's base URL: "/hub/login" → https://host/prefix/hub/login. */
  url(path: string): URL {
    const prefix = this.base.pathname.replace(/\/+$/, "");
    return new URL(prefix + path, this.base.origin);
  }

  /** Path as shown in messages: no origin, no query string (it can hold OAuth codes and states). */
  show(url: URL): string {
    return url.pathname;
  }

  /** TLS settings for other clients (the kernel websocket) talking to the same hub. */
  get tlsOptions(): TlsOptions {
    return this.tls;
  }

  /** Headers a cookie-authenticated browser request would carry to `url` (cookies, X-XSRFToken, Referer). */
  async browserHeaders(url: URL, o: Pick<RequestOptions, "token" | "referer">): Promise<Record<string, string>> {
    const h: Record<string, string> = {};
    const cookieUrl = url.href.replace(/^ws/, "http"); // ws(s):// shares cookies with http(s)://
    const cookies = await this.jar.getCookies(cookieUrl);
    if (cookies.length) h.cookie = cookies.map((c) => c.cookieString()).join("; ");
    // tough-cookie sorts the most specific path first: that is the _xsrf the server at this path set.
    const xsrf = cookies.find((c) => c.key === "_xsrf");
    if (xsrf) h["x-xsrftoken"] = xsrf.value;
    if (o.token) h.authorization = `token ${o.token}`;
    h.referer = o.referer ?? this.url("/hub/").href;
    return h;
  }

  async request(method: string, path: string | URL, o: RequestOptions = {}): Promise<HttpResponse> {
    const url = typeof path === "string" ? this.url(path) : path;
    let body: string | undefined;
    const headers: Record<string, string> = { accept: "application/json, text/html;q=0.9, */*;q=0.1", ...(await this.browserHeaders(url, o)), ...o.headers };
    if (o.json !== undefined) {
      body = JSON.stringify(o.json);
      headers["content-type"] = "application/json";
    } else if (o.form) {
      body = new URLSearchParams(o.form).toString();
      headers["content-type"] = "application/x-www-form-urlencoded";
    }
    if (body !== undefined) headers["content-length"] = String(Buffer.byteLength(body));

    const res = await this.send(method, url, headers, body, o.timeoutMs ?? this.timeoutMs);
    const text = await readBody(res);
    await this.storeCookies(res, url);
    return { status: res.statusCode ?? 0, headers: res.headers, body: text, url };
  }

  /** GET `path`, then follow redirects on the hub's own origin, keeping every cookie set on the way. */
  async follow(path: string | URL, o: RequestOptions = {}, maxHops = 10): Promise<HttpResponse> {
    let res = await this.request("GET", path, o);
    for (let hop = 0; isRedirect(res.status); hop++) {
      const location = res.headers.location;
      if (!location) throw new HttpError("GET", this.show(res.url), res.status, "redirect without a Location header");
      const next = new URL(location, res.url);
      if (next.origin !== this.base.origin) {
        throw new HttpError("GET", this.show(res.url), res.status, `redirected off the hub to ${next.origin}${next.pathname} (an external login? use an API token)`);
      }
      if (hop >= maxHops) throw new HttpError("GET", this.show(res.url), res.status, `more than ${maxHops} redirects (a redirect loop; last to ${next.pathname})`);
      res = await this.request("GET", next, { ...o, referer: res.url.href });
    }
    return res;
  }

  /**
   * GET a text/event-stream and hand each `data:` payload to `onEvent` until it returns true (done) or the
   * stream ends. Returns whether `onEvent` said done.
   */
  async events(path: string, o: RequestOptions & { timeoutMs: number }, onEvent: (data: string) => boolean): Promise<boolean> {
    const url = this.url(path);
    const headers = { ...(await this.browserHeaders(url, o)), accept: "text/event-stream", ...o.headers };
    const res = await this.send("GET", url, headers, undefined, o.timeoutMs);
    if (res.statusCode !== 200) {
      throw new HttpError("GET", this.show(url), res.statusCode ?? 0, excerpt(await readBody(res)), "200");
    }
    res.setEncoding("utf8");
    let buffer = "";
    try {
      for await (const chunk of res as AsyncIterable<string>) {
        buffer += chunk;
        let nl: number;
        while ((nl = buffer.indexOf("\n")) >= 0) {
          const line = buffer.slice(0, nl).trimEnd();
          buffer = buffer.slice(nl + 1);
          if (line.startsWith("data:") && onEvent(line.slice(5).trim())) return true;
        }
      }
    } finally {
      res.destroy(); // stop listening: the hub keeps the stream open after the last event
    }
    return false;
  }

  /** Frees kept-alive sockets so that the process can exit. */
  close(): void {
    this.agent.destroy();
  }

  private send(method: string, url: URL, headers: Record<string, string>, body: string | undefined, timeoutMs: number): Promise<http.IncomingMessage> {
    const lib = url.protocol === "https:" ? https : http;
    return new Promise((resolve, reject) => {
      const req = lib.request(url, { method, headers, agent: this.agent }, resolve);
      // One deadline for the whole exchange (headers and body), not an idle timeout.
      const timer = setTimeout(() => req.destroy(Object.assign(new Error(`no answer within ${timeoutMs / 1000} s`), { code: "ETIMEDOUT_HUB" })), timeoutMs);
      req.once("response", (res) => res.once("close", () => clearTimeout(timer)));
      req.once("error", (err) => {
        clearTimeout(timer);
        reject((err as NodeJS.ErrnoException).code === "ETIMEDOUT_HUB" ? describeTimeout(method, url, timeoutMs) : describeConnectionError(err, url));
      });
      req.end(body);
    });
  }

  private async storeCookies(res: http.IncomingMessage, url: URL): Promise<void> {
    for (const c of res.headers["set-cookie"] ?? []) {
      // Malformed or foreign cookies are the server's business; a browser ignores them too.
      await this.jar.setCookie(c, url.href, { ignoreError: true });
    }
  }
}

function describeTimeout(method: string, url: URL, ms: number): Error {
  return new ConnectionError(`${method} ${url.pathname}: no answer from ${url.host} within ${ms / 1000} s`);
}

function isRedirect(status: number): boolean {
  return status === 301 || status === 302 || status === 303 || status === 307 || status === 308;
}

async function readBody(res: http.IncomingMessage): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const c of res) chunks.push(c as Buffer);
  return Buffer.concat(chunks).toString("utf8");
}

/** Throws an HttpError unless the response has one of the expected statuses. */
export function expectStatus(res: HttpResponse, method: string, expected: number[], show: (u: URL) => string = (u) => u.pathname): HttpResponse {
  if (!expected.includes(res.status)) throw new HttpError(method, show(res.url), res.status, excerpt(res.body), expected.join(" or "));
  return res;
}

/** Parses a JSON body, naming the request when the hub sent something else (a proxy's error page, say). */
export function jsonBody<T>(res: HttpResponse, method: string): T {
  try {
    return JSON.parse(res.body) as T;
  } catch {
    throw new HttpError(method, res.url.pathname, res.status, `expected JSON, got: ${excerpt(res.body, 200)}`);
  }
}
