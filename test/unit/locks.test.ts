/** The Python locks: what the repository ships is whole and current, and a damaged or stale lock is named with its fix. */
import { cpSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { describe, expect, it } from "vitest";
import { UsageError } from "../../environment/errors.js";
import { LOCK_NAMES, lockedVersion, parseLock, readLock } from "../../cache/locks.js";
import { applyOmits, parseOmits, type PipReportItem } from "../../cache/resolve.js";

const LOCKS = resolve(import.meta.dirname, "../../locks");

function copyLocks(): string {
  const dir = mkdtempSync(join(tmpdir(), "hubstack-locks-"));
  cpSync(LOCKS, dir, { recursive: true });
  return dir;
}

describe("the shipped locks", () => {
  it.each(LOCK_NAMES)("locks/%s.txt pins every package of its closure to one wheel with its sha256, and is current with its .in", (name) => {
    const lock = readLock(name);
    expect(lock.packages.length).toBeGreaterThan(20);
    for (const p of lock.packages) expect(p.sha256).toMatch(/^[0-9a-f]{64}$/);
    // What the .in asks for is what the lock pins.
    for (const line of readFileSync(join(LOCKS, `${name}.in`), "utf8").split("\n")) {
      const m = /^([a-z0-9-]+)==(\S+)$/.exec(line.trim());
      if (m) expect(lockedVersion(lock, m[1]!), line).toBe(m[2]);
    }
  });

  it("the hub's JupyterHub is the notebook servers' (jupyterhub-singleuser must match the hub)", () => {
    expect(lockedVersion(readLock("notebook"), "jupyterhub")).toBe(lockedVersion(readLock("hub"), "jupyterhub"));
  });
});

describe("a lock that is not what npm run lock wrote", () => {
  it("an edited .in without a new lock is stale: the error says to run npm run lock", () => {
    const dir = copyLocks();
    writeFileSync(join(dir, "hub.in"), `${readFileSync(join(dir, "hub.in"), "utf8")}requests==2.0.0\n`);
    expect(() => readLock("hub", dir)).toThrow(UsageError);
    expect(() => readLock("hub", dir)).toThrow(/hub\.in has changed since .*hub\.txt was written from it: run `npm run lock`/);
  });

  it("a line without its hash, or unpinned, names the file and the command", () => {
    expect(() => parseLock("jupyterhub==6.1.1\n", "locks/hub.txt")).toThrow(/locks\/hub\.txt: "jupyterhub==6\.1\.1" is not "name==version --hash=sha256:…": .*npm run lock/);
    expect(() => parseLock(`jupyterhub>=6 \\\n    --hash=sha256:${"a".repeat(64)}\n`, "locks/hub.txt")).toThrow(/is not "name==version/);
    expect(() => parseLock("# nothing\n", "locks/hub.txt")).toThrow(/pins no package/);
  });

  it("a missing lock says how to write it", () => {
    const dir = mkdtempSync(join(tmpdir(), "hubstack-locks-"));
    expect(() => readLock("hub", dir)).toThrow(/hub\.txt is missing: run `npm run lock`/);
  });
});

/** A package of pip's report, as much of it as the omit handling reads. */
function pkg(name: string, requires: string[] = [], extra: Partial<PipReportItem> = {}): PipReportItem {
  return { metadata: { name, version: "1.0", requires_dist: requires }, download_info: { url: `https://files.example/${name}-1.0-py3-none-any.whl` }, ...extra };
}
const names = (items: readonly PipReportItem[]) => items.map((i) => i.metadata.name).sort();
const IN = "locks/notebook.in";

// app (asked for) -> lib[fmt] -> opt (only under lib's extra "fmt") -> dep; lib -> core.
const report = (): PipReportItem[] => [
  pkg("app", ["lib[fmt]>=1"], { requested: true }),
  pkg("lib", ["core", 'opt>=1; extra == "fmt"', 'unused; extra == "other"']),
  pkg("Opt", ["dep>=2"]),
  pkg("dep"),
  pkg("core"),
];

describe("omit lines: leaving optional packages out of a lock", () => {
  it("parses `# omit: <package> ... -- <reason>`, names normalized (PEP 503), with its line", () => {
    const text = "app==1.0\n# a comment\n# omit: Rfc3987_Syntax lark -- slow to import\n#omit:  zope.Interface -- why not\n";
    expect(parseOmits(text, IN)).toEqual([
      { name: "rfc3987-syntax", line: 3, reason: "slow to import" },
      { name: "lark", line: 3, reason: "slow to import" },
      { name: "zope-interface", line: 4, reason: "why not" },
    ]);
    expect(parseOmits("app==1.0\n# omitted nothing here\n", IN)).toEqual([]);
  });

  it("an omit line without a reason, without packages or with a bad name is refused with its line", () => {
    expect(() => parseOmits("app==1.0\n# omit: lark\n", IN)).toThrow(UsageError);
    expect(() => parseOmits("app==1.0\n# omit: lark\n", IN)).toThrow(/locks\/notebook\.in line 2: "# omit: lark" is not "# omit: <package> \[<package> \.\.\.\] -- <reason>"/);
    expect(() => parseOmits("# omit: -- no packages\n", IN)).toThrow(/line 1: .* is not "# omit:/);
    expect(() => parseOmits("# omit lark -- no colon\n", IN)).toThrow(/line 1: .* is not "# omit:/);
    expect(() => parseOmits("# omit: lark, -- a comma\n", IN)).toThrow(/line 1: "lark," is not a package name/);
  });

  it("a package reached only through an extra may go, with what only it requires", () => {
    const kept = applyOmits(report(), parseOmits("# omit: opt dep -- optional\n", IN), IN);
    expect(names(kept)).toEqual(["app", "core", "lib"]);
    // No omit line: pip's resolution as it is.
    expect(names(applyOmits(report(), [], IN))).toEqual(["Opt", "app", "core", "dep", "lib"]);
  });

  it("a package a kept one requires unconditionally (no marker, or a marker without `extra`) is refused, naming the requirer", () => {
    const plain = [...report(), pkg("other", ["dep"], { requested: true })];
    expect(() => applyOmits(plain, parseOmits("x==1\n# omit: opt dep -- optional\n", IN), IN)).toThrow(UsageError);
    expect(() => applyOmits(plain, parseOmits("x==1\n# omit: opt dep -- optional\n", IN), IN)).toThrow(
      'locks/notebook.in line 2: dep cannot be omitted: other 1.0, which stays, requires it unconditionally ("dep")',
    );
    const marked = [...report(), pkg("other", ['dep; python_version >= "3.8"'], { requested: true })];
    expect(() => applyOmits(marked, parseOmits("# omit: opt dep -- optional\n", IN), IN)).toThrow('dep cannot be omitted: other 1.0, which stays, requires it unconditionally ("dep; python_version >= "3.8"")');
    // What the .in asks for is not optional either.
    expect(() => applyOmits(report(), parseOmits("# omit: app -- no\n", IN), IN)).toThrow(/line 1: app is asked for by notebook\.in itself/);
  });

  it("a package left needed only by omitted ones must be named too: the error says which, and by what", () => {
    expect(() => applyOmits(report(), parseOmits("app==1\n# omit: opt -- optional\n", IN), IN)).toThrow(UsageError);
    expect(() => applyOmits(report(), parseOmits("app==1\n# omit: opt -- optional\n", IN), IN)).toThrow(
      "locks/notebook.in line 2: dep is required only by omitted opt: add it to the omit line",
    );
    // Further down the chain too, all at once: dep2 is needed only by dep, itself needed only by opt.
    const chain = [...report().filter((p) => p.metadata.name !== "dep"), pkg("dep", ["dep2"]), pkg("dep2")];
    expect(() => applyOmits(chain, parseOmits("# omit: opt -- optional\n", IN), IN)).toThrow(
      /^2 problems .*\n {2}- locks\/notebook\.in line 1: dep is required only by omitted opt: add it .*\n {2}- locks\/notebook\.in: dep2 is required only by dep \(itself required only by omitted packages\): add it to the omit line$/,
    );
    expect(names(applyOmits(chain, parseOmits("# omit: opt dep dep2 -- optional\n", IN), IN))).toEqual(["app", "core", "lib"]);
    // A kept package's requirement under an extra nobody asks for does not keep a package.
    const unasked = report().map((p) => (p.metadata.name === "lib" ? pkg("lib", ["core", 'opt>=1; extra == "fmt"', 'dep; extra == "other"']) : p));
    expect(() => applyOmits(unasked, parseOmits("# omit: opt -- optional\n", IN), IN)).toThrow(/dep is required only by omitted opt: add it to the omit line/);
    // The same requirement under an extra that is asked for keeps it.
    const asked = report().map((p) => (p.metadata.name === "lib" ? pkg("lib", ["core", 'opt>=1; extra == "fmt"', 'dep; extra == "fmt"']) : p));
    expect(names(applyOmits(asked, parseOmits("# omit: opt -- optional\n", IN), IN))).toEqual(["app", "core", "dep", "lib"]);
  });

  it("a name pip did not resolve (a typo) is refused; several problems are listed at once", () => {
    expect(() => applyOmits(report(), parseOmits("# omit: opt dep lrak -- optional\n", IN), IN)).toThrow(
      "locks/notebook.in line 1: lrak is not in what pip resolved from notebook.in: is the name right, and is it still needed by anything?",
    );
    expect(() => applyOmits(report(), parseOmits("# omit: opt dep lrak core -- optional\n", IN), IN)).toThrow(
      /^2 problems with the omit lines of locks\/notebook\.in:\n {2}- .*lrak is not in what pip resolved.*\n {2}- .*core cannot be omitted: lib 1\.0, which stays, requires it unconditionally \("core"\)$/,
    );
  });

  it("the shipped notebook lock leaves out rfc3987-syntax and lark, and its omit line is covered by the lock's hash", () => {
    const omitted = parseOmits(readFileSync(join(LOCKS, "notebook.in"), "utf8"), "notebook.in").map((o) => o.name);
    expect(omitted).toEqual(["rfc3987-syntax", "lark"]);
    const lock = readLock("notebook");
    for (const name of omitted) expect(lockedVersion(lock, name)).toBeUndefined();
    expect(lockedVersion(lock, "jsonschema")).toBeDefined();
    const dir = copyLocks();
    const input = join(dir, "notebook.in");
    writeFileSync(input, readFileSync(input, "utf8").replace("# omit: rfc3987-syntax lark --", "# omit: rfc3987-syntax lark webcolors --"));
    expect(() => readLock("notebook", dir)).toThrow(/notebook\.in has changed since .*notebook\.txt was written from it/);
  });
});
