/**
 * The load test's chart: one row per simulated user, its phases (log in, server start, kernel start, code
 * run, server stop, delete) as horizontal bars on a common time axis, so that queueing (the ramp), slow
 * spawns and where users failed show at a glance; the p50/p95/max table below. Plain SVG written from
 * the result: no dependency, opens in any browser. Every text is escaped; the result holds no secrets.
 */
import { LOAD_PHASES, PHASE_LABELS, STAT_KEYS, STAT_LABELS, type LoadPhase, type LoadTestResult } from "./load-report.js";

const PHASE_COLORS: Record<LoadPhase, string> = {
  login: "#4e79a7",
  spawn: "#f28e2b",
  kernel: "#59a14f",
  execute: "#76b7b2",
  stop: "#9c755f",
  delete: "#bab0ac",
};
const FAIL_COLOR = "#d62728";

const WIDTH = 1000;
const LABEL_WIDTH = 230;
const RIGHT = 40;
const TOP = 78;

/** Escapes text for SVG content and attribute values. */
export function escapeXml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&apos;" })[c]!);
}

/** A tick step (seconds) that puts at most about ten ticks on an axis of `total` seconds. */
export function tickStep(total: number): number {
  for (const step of [0.5, 1, 2, 5, 10, 15, 30, 60, 120, 300, 600, 900, 1800, 3600]) if (total / step <= 10) return step;
  return 7200;
}

const num = (x: number) => (Math.round(x * 10) / 10).toString();

/** The whole chart as an SVG document. */
export function loadChartSvg(r: LoadTestResult, title = `hubstack load test ${r.runId}`): string {
  const rowHeight = r.users.length > 60 ? 12 : 20;
  const barHeight = rowHeight - (rowHeight > 12 ? 6 : 3);
  const plotWidth = WIDTH - LABEL_WIDTH - RIGHT;
  const end = Math.max(r.totalSeconds, ...r.users.flatMap((u) => u.phases.map((p) => p.startSeconds + p.seconds)), 0.001);
  const step = tickStep(end);
  const axisEnd = Math.ceil(end / step) * step;
  const x = (seconds: number) => LABEL_WIDTH + (seconds / axisEnd) * plotWidth;
  const plotHeight = r.users.length * rowHeight;
  const legendY = TOP + plotHeight + 34;
  const statsY = legendY + 34;
  const height = statsY + (STAT_KEYS.length + 1) * 16 + 20;

  const out: string[] = [];
  out.push(`<?xml version="1.0" encoding="UTF-8"?>`);
  out.push(`<svg xmlns="http://www.w3.org/2000/svg" width="${WIDTH}" height="${height}" viewBox="0 0 ${WIDTH} ${height}" font-family="sans-serif" font-size="11">`);
  out.push(`<title>${escapeXml(title)}</title>`);
  out.push(`<rect x="0" y="0" width="${WIDTH}" height="${height}" fill="#ffffff"/>`);

  // Heading: what ran against what, and how it went.
  const s = r.settings;
  out.push(`<text x="10" y="20" font-size="15" font-weight="bold">${escapeXml(title)}</text>`);
  out.push(
    `<text x="10" y="38">${escapeXml(
      `${r.hubUrl} · ${r.startedAt} · ${s.users} users, ${s.concurrency} starting at once` +
        `${s.durationSeconds !== null ? `, running code for ${s.durationSeconds} s` : ""} · ${s.via}`,
    )}</text>`,
  );
  out.push(
    `<text x="10" y="54"${r.failed ? ` fill="${FAIL_COLOR}"` : ""}>${escapeXml(
      `${r.completed} completed, ${r.failed} failed${r.cancelled ? `, ${r.cancelled} cancelled` : ""} in ${r.totalSeconds.toFixed(1)} s${r.interrupted ? " (interrupted)" : ""}`,
    )}</text>`,
  );

  // The time axis, with a light grid through the rows.
  out.push(`<g class="axis" stroke="#dddddd">`);
  for (let t = 0; t <= axisEnd + 1e-9; t += step) {
    out.push(`<line x1="${num(x(t))}" y1="${TOP - 4}" x2="${num(x(t))}" y2="${TOP + plotHeight}"/>`);
  }
  out.push(`</g>`);
  out.push(`<g class="ticks" fill="#555555" text-anchor="middle">`);
  for (let t = 0; t <= axisEnd + 1e-9; t += step) out.push(`<text x="${num(x(t))}" y="${TOP - 8}">${num(t)} s</text>`);
  out.push(`</g>`);

  // One group per user: its name, its phases, a cross where it failed.
  out.push(`<g class="users">`);
  r.users.forEach((u, row) => {
    const y = TOP + row * rowHeight;
    const barY = y + (rowHeight - barHeight) / 2;
    const failed = u.outcome === "failed";
    out.push(`<g class="user" data-user="${escapeXml(u.username)}" data-outcome="${u.outcome}">`);
    out.push(`<text x="${LABEL_WIDTH - 6}" y="${num(y + rowHeight / 2 + 4)}" text-anchor="end"${failed ? ` fill="${FAIL_COLOR}"` : u.outcome === "cancelled" ? ` fill="#888888"` : ""}>${escapeXml(u.username)}</text>`);
    for (const p of u.phases) {
      const w = Math.max(1, x(p.startSeconds + p.seconds) - x(p.startSeconds));
      const label = `${u.username}: ${PHASE_LABELS[p.name]} ${p.seconds.toFixed(2)} s${p.ok ? "" : " (failed)"}` + (p.name === "execute" && u.executions.length > 1 ? `, ${u.executions.length} runs` : "");
      out.push(
        `<rect class="phase phase-${p.name}" x="${num(x(p.startSeconds))}" y="${num(barY)}" width="${num(w)}" height="${barHeight}" fill="${PHASE_COLORS[p.name]}"` +
          `${p.ok ? "" : ` stroke="${FAIL_COLOR}" stroke-width="2"`}><title>${escapeXml(label)}</title></rect>`,
      );
    }
    if (failed) {
      const last = u.phases.at(-1);
      const where = last ? x(last.startSeconds + last.seconds) + 4 : LABEL_WIDTH + 4;
      out.push(`<text class="failure" x="${num(where)}" y="${num(y + rowHeight / 2 + 4)}" fill="${FAIL_COLOR}" font-weight="bold">✕<title>${escapeXml(u.error ?? "failed")}</title></text>`);
    }
    out.push(`</g>`);
  });
  out.push(`</g>`);

  // Legend.
  out.push(`<g class="legend">`);
  LOAD_PHASES.forEach((phase, i) => {
    const lx = LABEL_WIDTH + i * 120;
    out.push(`<rect x="${lx}" y="${legendY - 10}" width="12" height="12" fill="${PHASE_COLORS[phase]}"/>`);
    out.push(`<text x="${lx + 16}" y="${legendY}">${escapeXml(PHASE_LABELS[phase])}</text>`);
  });
  out.push(`</g>`);

  // The percentiles, as the command prints them.
  out.push(`<g class="stats" font-family="monospace">`);
  out.push(`<text x="${LABEL_WIDTH}" y="${statsY}" font-weight="bold">${escapeXml(`${"seconds".padEnd(13)} ${"p50".padStart(8)} ${"p95".padStart(8)} ${"max".padStart(8)}  samples`)}</text>`);
  STAT_KEYS.forEach((key, i) => {
    const st = r.stats[key];
    const f = (v: number | null) => (v === null ? "-" : v.toFixed(2)).padStart(8);
    out.push(`<text x="${LABEL_WIDTH}" y="${statsY + (i + 1) * 16}" xml:space="preserve">${escapeXml(`${STAT_LABELS[key].padEnd(13)} ${f(st.p50)} ${f(st.p95)} ${f(st.max)}  ${st.count}`)}</text>`);
  });
  out.push(`</g>`);

  out.push(`</svg>`);
  return out.join("\n") + "\n";
}
