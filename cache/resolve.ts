/**
 * `npm run lock`: locks/<name>.in resolved by pip's own resolver (a dry run that reports what it would
 * install) into locks/<name>.txt, each package pinned to the one wheel pip chose, with that wheel's sha256.
 */
import { mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { basename, join } from "node:path";
import { lockHash, lockPaths, normalizeName, parseLock, TARGET_PLATFORMS, TARGET_PYTHON, type LockName } from "./locks.js";
import { pip, PipError, TARGET_FLAGS } from "./pip.js";

interface PipReport {
  install: Array<{
    metadata: { name: string; version: string };
    download_info: { url: string; archive_info?: { hashes?: Record<string, string>; hash?: string } };
  }>;
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
  const work = await mkdtemp(join(tmpdir(), "hubstack-lock-"));
  try {
    const report = join(work, "report.json");
    // --target: pip accepts the platform flags only for an install that is not into this Python; nothing
    // is installed (--dry-run), it only resolves.
    await pip(["install", "--dry-run", "--quiet", "--ignore-installed", "--target", join(work, "target"), "--report", report, ...TARGET_FLAGS, "-r", input], { isolated: true });
    const parsed = JSON.parse(await readFile(report, "utf8")) as PipReport;
    const rows = parsed.install
      .map((p) => {
        const sha = p.download_info.archive_info?.hashes?.sha256 ?? /^sha256=([0-9a-f]{64})$/.exec(p.download_info.archive_info?.hash ?? "")?.[1];
        if (!sha) throw new PipError(`pip reported no sha256 for ${p.metadata.name} (${p.download_info.url})`);
        return { name: normalizeName(p.metadata.name), version: p.metadata.version, sha, file: basename(new URL(p.download_info.url).pathname) };
      })
      .sort((a, b) => a.name.localeCompare(b.name));
    const text = [
      `# Written by \`npm run lock\` from ${basename(input)} (sha256 ${lockHash(wanted)}): do not edit.`,
      `# For CPython ${TARGET_PYTHON.version} on ${TARGET_PLATFORMS[0]} (Debian 12); wheels only, one per package.`,
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
