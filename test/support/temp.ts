/**
 * Temporary folders of a test file, removed when the file's tests are done: a bare mkdtemp in a helper
 * leaves one folder per call in the system's temporary directory (hundreds a run, thousands a day).
 */
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll } from "vitest";

const made: string[] = [];

// Importing this module registers the cleanup on the importing test file (vitest collects top-level hooks).
afterAll(() => {
  for (const dir of made.splice(0)) rmSync(dir, { recursive: true, force: true });
});

/** A new folder `<tmp>/<prefix>XXXXXX`, removed after the test file. */
export function tempDir(prefix: string): string {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  made.push(dir);
  return dir;
}
