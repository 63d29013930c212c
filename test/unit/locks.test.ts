/** The Python locks: what the repository ships is whole and current, and a damaged or stale lock is named with its fix. */
import { cpSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { describe, expect, it } from "vitest";
import { UsageError } from "../../environment/errors.js";
import { LOCK_NAMES, lockedVersion, parseLock, readLock } from "../../cache/locks.js";

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
