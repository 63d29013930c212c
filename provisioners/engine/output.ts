/**
 * Progress as people read it: on a terminal, a live task list under the results so far, one line per host
 * (its role and place among its roles, the current operation, how long each has taken, redrawn every second so
 * that a slow operation is seen to be alive, and what a host waits for); elsewhere (CI logs, pipes) one plain
 * line per result, per role with its time, and per wait. Unchanged operations are only counted, so that a
 * no-op run prints a short list.
 */
import pc from "picocolors";
import type { OperationResult, ProvisionReport, Reporter } from "./report.js";
import { formatSummary } from "./report.js";

const MARK = { ok: pc.green("ok"), changed: pc.yellow("changed"), failed: pc.red("failed"), skipped: pc.dim("skipped") };

function resultLine(host: string, role: string, r: OperationResult, check: boolean): string {
  const status = r.status === "changed" && check ? pc.yellow("would change") : MARK[r.status];
  const extra = r.warning ? pc.magenta(` (${r.warning})`) : "";
  return `${pc.bold(host)} ${pc.dim(role)} ${r.name}: ${status} — ${r.reason}${extra}`;
}

/** `hub base done in 7.1 s`: a role's time, said when its host moves on (plain and live alike). */
function roleDoneLine(host: string, role: string, started: number): string {
  return `${pc.bold(host)} ${pc.dim(role)} done in ${((Date.now() - started) / 1000).toFixed(1)} s`;
}

export interface OutputOptions {
  readonly check?: boolean;
  /** Print diffs of changed files. */
  readonly diff?: boolean;
  /** Print ok operations too. */
  readonly verbose?: boolean;
  readonly stream?: NodeJS.WriteStream;
}

/** One line per result: for pipes and CI logs. */
export function plainReporter(options: OutputOptions = {}): Reporter {
  const out = options.stream ?? process.stdout;
  const write = (s: string) => out.write(`${s}\n`);
  // Each role's time, said when the host moves on: where a slow run spent its minutes.
  const current = new Map<string, { role: string; started: number }>();
  const roleDone = (host: string) => {
    const r = current.get(host);
    if (r) write(roleDoneLine(host, r.role, r.started));
    current.delete(host);
  };
  return {
    // Minutes can pass here (the hub's NFS client waits for the NFS server's role): say what is awaited.
    roleWaiting(host, role, waitingFor) {
      write(`${pc.bold(host)} ${pc.dim(role)} waits for ${waitingFor.join("; ")}`);
    },
    // A role can run for minutes (package installs on a slow VM): say which one each host is in.
    roleStart(host, role) {
      roleDone(host);
      current.set(host, { role, started: Date.now() });
      write(`${pc.bold(host)} ${pc.dim(role)} …`);
    },
    operationDone(host, role, r) {
      if (r.status === "ok" && !options.verbose) return;
      if (r.status === "skipped" && !options.verbose) return;
      write(resultLine(host, role, r, options.check ?? false));
      if (r.diff && (options.diff || options.check)) write(colorDiff(r.diff));
    },
    hostDone(result) {
      roleDone(result.name);
      write(`${pc.bold(result.name)} ${result.status} after ${result.seconds.toFixed(1)} s`);
    },
    done(report: ProvisionReport) {
      write("");
      write(formatSummary(report));
    },
  };
}

/** What the live list shows for one host. */
interface HostLine {
  readonly started: number;
  roles: readonly string[];
  role?: string;
  roleStarted?: number;
  operation?: string;
  operationStarted?: number;
  waitingFor?: string;
}

const secondsSince = (t: number) => `${Math.floor((Date.now() - t) / 1000)} s`;

/** One host's line: `⠿ hub  jupyterhub (6/7, 12 s)  files.template /etc/jupyterhub/jupyterhub_config.py  3 s`. */
export function hostLine(host: string, h: HostLine, width: number): string {
  const place = h.role ? `${h.role} (${h.roles.indexOf(h.role) + 1}/${h.roles.length}, ${secondsSince(h.roleStarted ?? h.started)})` : "connecting";
  const doing = h.waitingFor
    ? pc.magenta(`waits for ${h.waitingFor}`)
    : h.operation
      ? `${h.operation}${h.operationStarted ? pc.dim(`  ${secondsSince(h.operationStarted)}`) : ""}`
      : "";
  const line = `${pc.cyan("⠿")} ${pc.bold(host)} ${pc.dim(place)} ${doing}`;
  // Cut to the terminal's width (colour codes do not take room: count without them).
  const plain = line.replace(/\x1b\[[0-9;]*m/g, "");
  return plain.length <= width ? line : `${plain.slice(0, Math.max(10, width - 1))}…`;
}

/** A live task list: results scroll, the hosts' lines stay at the bottom and tick every second. */
export function liveReporter(options: OutputOptions = {}): Reporter {
  const out = options.stream ?? process.stdout;
  const hosts = new Map<string, HostLine>();
  let drawn = 0;
  let ticker: NodeJS.Timeout | undefined;
  const clear = () => {
    if (drawn > 0) out.write(`\x1b[${drawn}A\x1b[0J`);
    drawn = 0;
  };
  const draw = () => {
    const width = out.columns ?? 100;
    const lines = [...hosts].map(([host, h]) => hostLine(host, h, width));
    for (const l of lines) out.write(`${l}\n`);
    drawn = lines.length;
  };
  const redraw = () => {
    clear();
    draw();
  };
  const update = (host: string, change: (h: HostLine) => void) => {
    const h = hosts.get(host);
    if (h) change(h);
    redraw();
  };
  /** Each role's time goes above the list when its host moves on (as the plain lines say it). */
  const enterRole = (host: string, h: HostLine, role: string) => {
    if (h.role === role) return;
    if (h.role && !h.waitingFor) {
      clear();
      out.write(`${roleDoneLine(host, h.role, h.roleStarted ?? h.started)}\n`);
    }
    h.role = role;
    h.roleStarted = Date.now();
  };
  const plain = plainReporter(options);
  return {
    hostStart(host, roles) {
      hosts.set(host, { started: Date.now(), roles: roles ?? [] });
      if (!ticker) {
        ticker = setInterval(redraw, 1000);
        ticker.unref();
      }
      redraw();
    },
    roleWaiting(host, role, waitingFor) {
      update(host, (h) => {
        enterRole(host, h, role);
        h.waitingFor = waitingFor.join("; ");
        h.operation = undefined;
      });
    },
    roleStart(host, role) {
      update(host, (h) => {
        // The wait is over: the role's own time starts now.
        if (h.waitingFor) h.roleStarted = Date.now();
        h.waitingFor = undefined;
        enterRole(host, h, role);
        h.operation = undefined;
      });
    },
    operationStart(host, role, op) {
      update(host, (h) => {
        enterRole(host, h, role);
        h.waitingFor = undefined;
        h.operation = op;
        h.operationStarted = Date.now();
      });
    },
    operationDone(host, role, r) {
      clear();
      plain.operationDone!(host, role, r);
      draw();
    },
    hostDone(result) {
      clear();
      const h = hosts.get(result.name);
      if (h?.role) out.write(`${roleDoneLine(result.name, h.role, h.roleStarted ?? h.started)}\n`);
      hosts.delete(result.name);
      plain.hostDone!(result);
      draw();
    },
    done(report) {
      if (ticker) clearInterval(ticker);
      ticker = undefined;
      clear();
      plain.done!(report);
    },
  };
}

export function defaultReporter(options: OutputOptions = {}): Reporter {
  const stream = options.stream ?? process.stdout;
  return stream.isTTY ? liveReporter(options) : plainReporter(options);
}

function colorDiff(diff: string): string {
  return diff
    .split("\n")
    .map((l) => (l.startsWith("+") && !l.startsWith("+++") ? pc.green(l) : l.startsWith("-") && !l.startsWith("---") ? pc.red(l) : l))
    .join("\n");
}
