/**
 * Running code in a kernel over the notebook server's websocket (`/api/kernels/<id>/channels`), with the
 * Jupyter messaging protocol: an `execute_request` goes out on the shell channel; the result comes back on
 * iopub (`execute_result`, `stream`, `error`, then `status: idle`) and the `execute_reply` on shell. Only the
 * JSON (text frame) form of messages is used: the health check never sends or expects binary buffers.
 */
import { randomUUID } from "node:crypto";
import { fixedLookup } from "./http.js";
import WebSocket from "ws";
import { CheckFailed, ConnectionError, describeConnectionError } from "./errors.js";
import type { TlsOptions } from "./http.js";

interface Message {
  header: { msg_id: string; msg_type: string; session?: string };
  parent_header: { msg_id?: string };
  channel?: string;
  content: Record<string, unknown>;
}

export interface ExecuteResult {
  /** `text/plain` of the `execute_result` (the value of the last expression), if any. */
  value?: string;
  /** Everything printed on stdout and stderr. */
  output: string;
}

export class KernelChannel {
  private readonly session = randomUUID();
  private readonly waiters = new Set<(m: Message) => void>();
  private closedReason: string | undefined;

  private constructor(private readonly ws: WebSocket) {
    ws.on("message", (data, isBinary) => {
      if (isBinary) return; // binary frames carry buffers (widgets and the like): not ours
      let msg: Message;
      try {
        msg = JSON.parse(data.toString()) as Message;
      } catch {
        return;
      }
      for (const w of this.waiters) w(msg);
    });
    ws.on("close", (code, reason) => {
      this.closedReason = `the kernel websocket closed (code ${code}${reason.length ? `: ${reason.toString()}` : ""})`;
      for (const w of this.waiters) w({ header: { msg_id: "", msg_type: "__closed" }, parent_header: {}, content: {} });
    });
  }

  /** Opens the channels websocket; `headers` carry the cookies or token that authenticate to the server. */
  static async open(url: URL, headers: Record<string, string>, tls: TlsOptions, timeoutMs: number): Promise<KernelChannel> {
    const ws = new WebSocket(url, {
      headers,
      ca: tls.ca,
      rejectUnauthorized: !tls.insecure,
      handshakeTimeout: timeoutMs,
      ...(tls.connectAddress ? { lookup: fixedLookup(tls.connectAddress) as never } : {}),
    });
    await new Promise<void>((resolve, reject) => {
      ws.once("open", () => resolve());
      // A refused upgrade (403 from the server, 502/503 from a proxy) names its status.
      ws.once("unexpected-response", (_req, res) => {
        reject(new ConnectionError(`the kernel websocket upgrade at ${url.pathname} was refused with HTTP ${res.statusCode} (a proxy in front must pass websockets; the server must accept the login)`));
        ws.terminate();
      });
      ws.once("error", (err) =>
        reject(/handshake has timed out/.test(err.message) ? new ConnectionError(`the kernel websocket at ${url.pathname} did not open within ${timeoutMs / 1000} s`) : describeConnectionError(err, url)),
      );
    });
    return new KernelChannel(ws);
  }

  /** Sends kernel_info_request and waits for the reply: proves the kernel process answers. */
  async kernelInfo(timeoutMs: number): Promise<{ implementation?: string; language?: string }> {
    const replies = await this.request("kernel_info_request", {}, timeoutMs, (m, id) => m.header.msg_type === "kernel_info_reply" && m.parent_header.msg_id === id);
    const reply = replies.find((m) => m.header.msg_type === "kernel_info_reply")!;
    const content = reply.content as { implementation?: string; language_info?: { name?: string; version?: string } };
    const lang = content.language_info;
    return { implementation: content.implementation, language: lang ? `${lang.name ?? "?"} ${lang.version ?? ""}`.trim() : undefined };
  }

  /** Executes `code` and returns its value and output; a Python exception becomes a CheckFailed. */
  async execute(code: string, timeoutMs: number): Promise<ExecuteResult> {
    let gotReply = false;
    let idle = false;
    const msgs = await this.request(
      "execute_request",
      { code, silent: false, store_history: false, user_expressions: {}, allow_stdin: false, stop_on_error: true },
      timeoutMs,
      (m, id) => {
        if (m.parent_header.msg_id !== id) return false;
        if (m.header.msg_type === "execute_reply") gotReply = true;
        if (m.header.msg_type === "status" && m.content.execution_state === "idle") idle = true;
        // Both must arrive: the reply may overtake the last output on iopub, and vice versa.
        return gotReply && idle;
      },
    );
    const result: ExecuteResult = { output: "" };
    for (const m of msgs) {
      switch (m.header.msg_type) {
        case "execute_result":
          result.value = (m.content.data as Record<string, string> | undefined)?.["text/plain"];
          break;
        case "stream":
          result.output += String(m.content.text ?? "");
          break;
        case "error":
          throw new CheckFailed(`the kernel raised ${String(m.content.ename)}: ${String(m.content.evalue)} running ${JSON.stringify(code)}`);
      }
    }
    return result;
  }

  close(): void {
    this.ws.close();
  }

  /**
   * Sends one shell message and collects every message that answers it (same parent msg_id) until `done`
   * says so. Rejects on timeout or a closed socket, saying which message went unanswered.
   */
  private request(msgType: string, content: Record<string, unknown>, timeoutMs: number, done: (m: Message, id: string) => boolean): Promise<Message[]> {
    const id = randomUUID();
    const collected: Message[] = [];
    return new Promise((resolve, reject) => {
      const finish = (err?: Error) => {
        clearTimeout(timer);
        this.waiters.delete(onMessage);
        if (err) reject(err);
        else resolve(collected);
      };
      const onMessage = (m: Message) => {
        if (m.header.msg_type === "__closed") return finish(new ConnectionError(`${this.closedReason} while waiting for the answer to ${msgType}`));
        if (m.parent_header.msg_id === id) collected.push(m);
        if (done(m, id)) finish();
      };
      const timer = setTimeout(() => finish(new CheckFailed(`no complete answer to ${msgType} within ${timeoutMs / 1000} s (got ${collected.map((m) => m.header.msg_type).join(", ") || "nothing"})`)), timeoutMs);
      if (this.closedReason) return finish(new ConnectionError(this.closedReason));
      this.waiters.add(onMessage);
      const msg = {
        header: { msg_id: id, msg_type: msgType, session: this.session, username: "hubstack-check", date: new Date().toISOString(), version: "5.3" },
        parent_header: {},
        metadata: {},
        content,
        channel: "shell",
        buffers: [],
      };
      this.ws.send(JSON.stringify(msg), (err) => err && finish(describeConnectionError(err, new URL(this.ws.url))));
    });
  }
}
