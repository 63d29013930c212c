/**
 * Progress as people read it: on a terminal, one live line per host (its current operation) under the
 * results so far; elsewhere (CI logs, pipes) one plain line per result. Unchanged operations are only
 * counted, so that a no-op run prints a short list.
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
    if (r) write(`${pc.bold(host)} ${pc.dim(r.role)} done in ${((Date.now() - r.started) / 1000).toFixed(1)} s`);
    current.delete(host);
  };
  return {
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

/** A live task list: results scroll, the hosts' current operations stay at the bottom. */
export function liveReporter(options: OutputOptions = {}): Reporter {
  const out = options.stream ?? process.stdout;
  const current = new Map<string, string>();
  let drawn = 0;
  const clear = () => {
    if (drawn > 0) out.write(`\x1b[${drawn}A\x1b[0J`);
    drawn = 0;
  };
  const draw = () => {
    const width = out.columns ?? 100;
    const lines = [...current].map(([host, op]) => `${pc.cyan("⠿")} ${pc.bold(host)} ${op}`.slice(0, width + 20));
    for (const l of lines) out.write(`${l}\n`);
    drawn = lines.length;
  };
  const plain = plainReporter(options);
  return {
    hostStart(host) {
      clear();
      current.set(host, pc.dim("connecting"));
      draw();
    },
    operationStart(host, role, op) {
      clear();
      current.set(host, `${pc.dim(role)} ${op}`);
      draw();
    },
    operationDone(host, role, r) {
      clear();
      plain.operationDone!(host, role, r);
      draw();
    },
    hostDone(result) {
      clear();
      current.delete(result.name);
      draw();
    },
    done(report) {
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
