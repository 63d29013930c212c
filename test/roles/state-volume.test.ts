/**
 * The state folders' move onto the data volume (provisioners/roles/state-volume.ts): the copy runs exactly when
 * the machine has state the volume lacks, never over a volume that already holds it (a rebuilt machine,
 * whose fresh packages put their own files there). The guard is run by the real sh, on real folders.
 */
import { execFileSync } from "node:child_process";
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { copyDone } from "../../provisioners/roles/state-volume.js";

const root = mkdtempSync(join(tmpdir(), "hubstack-state-"));
afterAll(() => rmSync(root, { recursive: true, force: true }));

function copyWanted(setup: { local?: string[]; volume?: string[] }, name: string): boolean {
  const local = join(root, name, "var-lib-x");
  const volume = join(root, name, "volume");
  mkdirSync(volume, { recursive: true });
  if (setup.local) {
    mkdirSync(local, { recursive: true });
    for (const f of setup.local) writeFileSync(join(local, f), "x");
  }
  for (const f of setup.volume ?? []) writeFileSync(join(volume, f), "y");
  try {
    execFileSync("sh", ["-c", copyDone(local, volume)]);
    return false;
  } catch {
    return true;
  }
}

describe("state onto the data volume", () => {
  it("copies a machine's state onto an empty volume, once", () => {
    expect(copyWanted({ local: ["jupyterhub.sqlite"] }, "first")).toBe(true);
  });
  it("never copies over a volume that holds the state (a rebuilt machine)", () => {
    expect(copyWanted({ local: ["caddy-default-files"], volume: ["jupyterhub.sqlite"] }, "rebuilt")).toBe(false);
  });
  it("has nothing to copy from a missing or empty folder", () => {
    expect(copyWanted({}, "missing")).toBe(false);
    expect(copyWanted({ local: [] }, "empty")).toBe(false);
  });
});
