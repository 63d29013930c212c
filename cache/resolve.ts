/**
 * `npm run lock`: locks/<name>.in resolved by pip's own resolver (a dry run that reports what it would
 * install) into locks/<name>.txt, each package pinned to the one wheel pip chose, with that wheel's sha256.
 *
 * Leaving optional packages out: a line of the .in
 *
 *     # omit: <package> [<package> ...] -- <reason>
 *
 * (a comment to pip) drops those packages from the resolved closure. Names are compared normalized (PEP 503:
 * lowercase, runs of - _ . as one -); the reason after " -- " is required. It is refused, naming the .in, the
 * line and the package, when an omitted package:
 *   - is not in pip's resolution at all (a typo, or a package nothing needs any more);
 *   - is asked for by the .in itself, or required unconditionally by a package that stays: a requirement in
 *     the kept package's metadata (Requires-Dist) without a marker, or with one that does not mention
 *     `extra`. Only what a package needs for one of its extras may go (jsonschema's
 *     `rfc3987-syntax; extra == "format-nongpl"`): the package then runs without that feature.
 * And it is refused when a package that stays is then needed only by omitted packages (lark, needed only by
 * rfc3987-syntax): the omit line must name it too, so that the line says everything the lock leaves out.
 * The lock's header hash is over the whole .in text, omit lines included.
 */
import { mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { basename, join } from "node:path";
import { lockHash, lockPaths, normalizeName, parseLock, TARGET_PLATFORMS, TARGET_PYTHON, type LockName } from "./locks.js";
import { UsageError } from "../environment/errors.js";
import { pip, PipError, TARGET_FLAGS } from "./pip.js";

/** One package of pip's installation report (`pip install --dry-run --report`), the fields read here. */
export interface PipReportItem {
  metadata: { name: string; version: string; requires_dist?: string[] };
  download_info: { url: string; archive_info?: { hashes?: Record<string, string>; hash?: string } };
  /** Named by the requirements file itself (not only reached as a dependency). */
  requested?: boolean;
  requested_extras?: string[];
}

export interface PipReport {
  install: PipReportItem[];
}

/** A package an `# omit:` line of a .in leaves out of the lock. */
export interface OmittedPackage {
  /** Normalized (PEP 503). */
  readonly name: string;
  /** 1-based line of the .in. */
  readonly line: number;
  readonly reason: string;
}

const NAME = /^[A-Za-z0-9](?:[A-Za-z0-9._-]*[A-Za-z0-9])?$/;
const OMIT_FORM = "# omit: <package> [<package> ...] -- <reason>";

/** The `# omit:` lines of a .in (see the header); a line that starts like one but is not is refused. */
export function parseOmits(text: string, input: string): OmittedPackage[] {
  const omitted: OmittedPackage[] = [];
  text.split(/\r?\n/).forEach((raw, i) => {
    if (!/^\s*#\s*omit\b/i.test(raw)) return;
    const line = i + 1;
    const m = /^\s*#\s*omit:(.*?)\s--\s+(\S.*)$/.exec(raw);
    const names = m?.[1]!.trim().split(/\s+/).filter(Boolean) ?? [];
    if (!m || names.length === 0) throw new UsageError(`${input} line ${line}: "${raw.trim()}" is not "${OMIT_FORM}"`);
    for (const name of names) {
      if (!NAME.test(name)) throw new UsageError(`${input} line ${line}: "${name}" is not a package name (${OMIT_FORM})`);
      const normalized = normalizeName(name);
      if (!omitted.some((o) => o.name === normalized)) omitted.push({ name: normalized, line, reason: m[2]!.trim() });
    }
  });
  return omitted;
}

interface Requirement {
  readonly spec: string;
  readonly name: string;
  readonly extras: readonly string[];
  readonly marker?: string;
}

/** A Requires-Dist entry (PEP 508): its name, the extras it asks for, its marker. */
function parseRequirement(spec: string): Requirement | undefined {
  const m = /^\s*([A-Za-z0-9](?:[A-Za-z0-9._-]*[A-Za-z0-9])?)\s*(?:\[([^\]]*)\])?[^;]*(?:;(.*))?$/.exec(spec);
  if (!m) return undefined;
  const extras = (m[2] ?? "").split(",").map((e) => e.trim()).filter(Boolean).map(normalizeName);
  const marker = m[3]?.trim();
  return { spec: spec.trim(), name: normalizeName(m[1]!), extras, ...(marker ? { marker } : {}) };
}

const mentionsExtra = (marker: string | undefined) => marker !== undefined && /\bextra\b/.test(marker);

/** The extras a marker names (`extra == "x"` or `"x" == extra`). */
function markerExtras(marker: string): string[] {
  const names: string[] = [];
  for (const m of marker.matchAll(/\bextra\s*==\s*["']([^"']*)["']|["']([^"']*)["']\s*==\s*extra\b/g)) names.push(normalizeName(m[1] ?? m[2]!));
  return names;
}

const requirementsOf = (item: PipReportItem) => (item.metadata.requires_dist ?? []).map(parseRequirement).filter((r): r is Requirement => r !== undefined);

/**
 * pip's resolution less the omitted packages, or a UsageError listing every reason it cannot be (see the
 * header): an unknown name, a package the .in asks for or that a kept package requires unconditionally, a
 * kept package then needed only by omitted ones.
 */
export function applyOmits<T extends PipReportItem>(install: readonly T[], omits: readonly OmittedPackage[], input: string): T[] {
  if (omits.length === 0) return [...install];
  const byName = new Map(install.map((item) => [normalizeName(item.metadata.name), item] as const));
  const omitted = new Map(omits.map((o) => [o.name, o] as const));
  const kept = install.filter((item) => !omitted.has(normalizeName(item.metadata.name)));
  const problems: string[] = [];
  for (const o of omits) {
    const item = byName.get(o.name);
    if (!item) problems.push(`${input} line ${o.line}: ${o.name} is not in what pip resolved from ${basename(input)}: is the name right, and is it still needed by anything?`);
    else if (item.requested) problems.push(`${input} line ${o.line}: ${o.name} is asked for by ${basename(input)} itself: remove that requirement or the omit`);
  }
  for (const item of kept) {
    for (const req of requirementsOf(item)) {
      const o = omitted.get(req.name);
      if (!o || !byName.has(req.name) || mentionsExtra(req.marker)) continue;
      problems.push(`${input} line ${o.line}: ${o.name} cannot be omitted: ${normalizeName(item.metadata.name)} ${item.metadata.version}, which stays, requires it unconditionally ("${req.spec}")`);
    }
  }
  if (problems.length === 0) {
    // What the kept packages still need, from what the .in asks for: a requirement under an extra only when
    // that extra is asked for of its package (by the .in, or by a kept package's requirement).
    const extrasOf = new Map<string, Set<string>>();
    const queue: string[] = [];
    const reach = (name: string, extras: readonly string[]) => {
      const known = extrasOf.get(name);
      const added = extras.filter((e) => !known?.has(e));
      if (known && added.length === 0) return;
      extrasOf.set(name, new Set([...(known ?? []), ...added]));
      queue.push(name);
    };
    for (const item of kept) if (item.requested) reach(normalizeName(item.metadata.name), (item.requested_extras ?? []).map(normalizeName));
    while (queue.length > 0) {
      const name = queue.shift()!;
      const extras = extrasOf.get(name)!;
      for (const req of requirementsOf(byName.get(name)!)) {
        if (!byName.has(req.name) || omitted.has(req.name)) continue;
        if (mentionsExtra(req.marker)) {
          const needs = markerExtras(req.marker!);
          if (needs.length > 0 && !needs.some((e) => extras.has(e))) continue;
        }
        reach(req.name, req.extras);
      }
    }
    const leftover = kept.map((item) => normalizeName(item.metadata.name)).filter((name) => !extrasOf.has(name));
    for (const name of leftover) {
      // Who still names it: omitted packages, or kept ones that are left over themselves (a kept package that
      // stays names it only under an extra nobody asks for).
      const by = [...byName.keys()].filter((n) => n !== name && (omitted.has(n) || leftover.includes(n)) && requirementsOf(byName.get(n)!).some((r) => r.name === name));
      const lines = [...new Set(by.map((n) => omitted.get(n)?.line).filter((l): l is number => l !== undefined))];
      const where = lines.length > 0 ? `${input} line ${lines.join(", ")}` : input;
      const named = by.map((n) => (omitted.has(n) ? `omitted ${n}` : `${n} (itself required only by omitted packages)`));
      problems.push(
        by.length > 0
          ? `${where}: ${name} is required only by ${named.join(", ")}: add it to the omit line`
          : `${input}: ${name} is required by nothing that stays: add it to the omit line`,
      );
    }
  }
  if (problems.length === 1) throw new UsageError(problems[0]!);
  if (problems.length > 1) throw new UsageError(`${problems.length} problems with the omit lines of ${input}:\n${problems.map((p) => `  - ${p}`).join("\n")}`);
  return kept;
}

export interface ResolvedLock {
  readonly name: LockName;
  readonly path: string;
  readonly packages: number;
  readonly changed: boolean;
}

/** Resolves one lock and writes it; `changed` says whether its content differs from the file it replaces. */
export async function resolveLock(name: LockName, dir?: string): Promise<ResolvedLock> {
  const { input, lock } = lockPaths(name, dir);
  const wanted = await readFile(input, "utf8").catch(() => {
    throw new PipError(`${input} is missing: it lists what the ${name} environment is made of`);
  });
  const omits = parseOmits(wanted, input);
  const work = await mkdtemp(join(tmpdir(), "hubstack-lock-"));
  try {
    const report = join(work, "report.json");
    // --target: pip accepts the platform flags only for an install that is not into this Python; nothing
    // is installed (--dry-run), it only resolves.
    await pip(["install", "--dry-run", "--quiet", "--ignore-installed", "--target", join(work, "target"), "--report", report, ...TARGET_FLAGS, "-r", input], { isolated: true });
    const parsed = JSON.parse(await readFile(report, "utf8")) as PipReport;
    const rows = applyOmits(parsed.install, omits, input)
      .map((p) => {
        const sha = p.download_info.archive_info?.hashes?.sha256 ?? /^sha256=([0-9a-f]{64})$/.exec(p.download_info.archive_info?.hash ?? "")?.[1];
        if (!sha) throw new PipError(`pip reported no sha256 for ${p.metadata.name} (${p.download_info.url})`);
        return { name: normalizeName(p.metadata.name), version: p.metadata.version, sha, file: basename(new URL(p.download_info.url).pathname) };
      })
      .sort((a, b) => a.name.localeCompare(b.name));
    const text = [
      `# Written by \`npm run lock\` from ${basename(input)} (sha256 ${lockHash(wanted)}): do not edit.`,
      `# For CPython ${TARGET_PYTHON.version} on ${TARGET_PLATFORMS[0]} (Debian 12); wheels only, one per package.`,
      ...(omits.length > 0 ? [`# Left out by the omit lines of ${basename(input)}: ${omits.map((o) => o.name).sort().join(", ")}.`] : []),
      ...rows.map((r) => `${r.name}==${r.version} \\\n    --hash=sha256:${r.sha}\n    # ${r.file}`),
      "",
    ].join("\n");
    parseLock(text, lock); // what we write must read back
    const before = await readFile(lock, "utf8").catch(() => "");
    // The header names the input's hash; compare what is pinned, so that a comment edit is not a change.
    const pinned = (t: string) => t.split("\n").filter((l) => !l.startsWith("#")).join("\n");
    const changed = pinned(before) !== pinned(text);
    if (before !== text) await writeFile(lock, text);
    return { name, path: lock, packages: rows.length, changed };
  } finally {
    await rm(work, { recursive: true, force: true });
  }
}
