/**
 * The user's own notebook server, reached through the hub's proxy at /user/<name>/: its OAuth login, the
 * kernels API and websocket, and the Contents API (files in the home folder).
 */
import { randomUUID } from "node:crypto";
import { CheckFailed } from "./errors.js";
import { HubHttp, expectStatus, jsonBody } from "./http.js";
import { KernelChannel } from "./kernel.js";

export class ServerApi {
  /** e.g. https://hub.example.org/user/name/ */
  readonly root: URL;

  constructor(
    private readonly http: HubHttp,
    /** The server's URL path from the hub's user model. */
    serverPath: string,
    /** When set, used instead of the server's login cookie. */
    private readonly token?: string,
  ) {
    this.root = new URL(serverPath.endsWith("/") ? serverPath : `${serverPath}/`, http.base.origin);
  }

  private at(path: string): URL {
    return new URL(path, this.root);
  }

  private opts(extra: { json?: unknown } = {}) {
    return { token: this.token, referer: this.root.href, ...extra };
  }

  /**
   * Opens the server as a browser does. Without a token that is the OAuth dance: the server sends us to the
   * hub's authorize endpoint, the hub (seeing its login cookie) back to the server's oauth_callback, which
   * sets the server's own cookie; the page at the end sets the _xsrf cookie that API writes need. Each
   * start gets a new cookie secret, so this is needed after every start. Then the REST API must answer.
   */
  async open(): Promise<string> {
    if (!this.token) {
      const page = await this.http.follow(this.root, { referer: this.http.url("/hub/home").href });
      expectStatus(page, "GET", [200]);
    }
    const res = expectStatus(await this.http.request("GET", this.at("api/status"), this.opts()), "GET", [200]);
    const status = jsonBody<{ kernels?: number }>(res, "GET");
    return this.token ? "API answers to the token" : `logged in through the hub's OAuth; API answers (${status.kernels ?? 0} kernels)`;
  }

  async startKernel(): Promise<{ id: string; name: string }> {
    const res = expectStatus(await this.http.request("POST", this.at("api/kernels"), this.opts({ json: {} })), "POST", [201]);
    return jsonBody<{ id: string; name: string }>(res, "POST");
  }

  async connectKernel(id: string, timeoutMs: number): Promise<KernelChannel> {
    const url = this.at(`api/kernels/${encodeURIComponent(id)}/channels?session_id=${randomUUID()}`);
    url.protocol = url.protocol === "https:" ? "wss:" : "ws:";
    const headers = await this.http.browserHeaders(url, this.opts());
    return KernelChannel.open(url, headers, this.http.tlsOptions, timeoutMs);
  }

  /** True when the server still runs a kernel of this id (one a previous check left running). */
  async hasKernel(id: string): Promise<boolean> {
    const res = await this.http.request("GET", this.at(`api/kernels/${encodeURIComponent(id)}`), this.opts());
    if (res.status === 404) return false;
    expectStatus(res, "GET", [200]);
    return true;
  }

  async deleteKernel(id: string): Promise<void> {
    expectStatus(await this.http.request("DELETE", this.at(`api/kernels/${encodeURIComponent(id)}`), this.opts()), "DELETE", [204]);
  }

  async writeFile(name: string, text: string): Promise<void> {
    const body = { type: "file", format: "text", content: text };
    expectStatus(await this.http.request("PUT", this.at(`api/contents/${encodeURIComponent(name)}`), this.opts({ json: body })), "PUT", [200, 201]);
  }

  async readFile(name: string): Promise<string> {
    const res = await this.http.request("GET", this.at(`api/contents/${encodeURIComponent(name)}?type=file&format=text&content=1`), this.opts());
    if (res.status === 404) throw new CheckFailed(`${name} is gone from the home folder after the restart (is the home folder persistent?)`);
    const model = jsonBody<{ content?: unknown }>(expectStatus(res, "GET", [200]), "GET");
    if (typeof model.content !== "string") throw new CheckFailed(`the Contents API returned no text for ${name}`);
    return model.content;
  }

  async deleteFile(name: string): Promise<void> {
    expectStatus(await this.http.request("DELETE", this.at(`api/contents/${encodeURIComponent(name)}`), this.opts()), "DELETE", [204]);
  }
}
