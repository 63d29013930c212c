/**
 * Imports point one way (docs/ARCHITECTURE.md): environment → stacks/terraform/local → provisioners/packer/health → cli.
 * A module may import its own layer or any layer below, never one above; product code never imports test code.
 * Read from the source text (relative `from "…"` and `import("…")`), so a new upward import fails here, not in review.
 */
import { readdirSync, readFileSync, statSync } from "node:fs";
import { join, posix, relative, resolve } from "node:path";
import { describe, expect, it } from "vitest";

const REPO = resolve(import.meta.dirname, "../..");

/** Lower numbers are lower layers. templates/ holds the files rendered onto hosts: data any layer may read. */
const LAYER: Record<string, number> = {
  environment: 0, templates: 0,
  stacks: 1, terraform: 1, local: 1, cache: 1,
  provisioners: 2, packer: 2, health: 2,
  cli: 3,
  // Tools around the product: they may use it all, but product code never imports them.
  bench: 4, scripts: 4, test: 5,
};

function sources(dir: string, out: string[] = []): string[] {
  for (const name of readdirSync(dir)) {
    if (name === "node_modules" || name.startsWith(".")) continue;
    const path = join(dir, name);
    if (statSync(path).isDirectory()) sources(path, out);
    else if (/\.(ts|mts)$/.test(name) && !name.endsWith(".d.ts")) out.push(path);
  }
  return out;
}

function importsOf(file: string): string[] {
  const text = readFileSync(file, "utf8");
  return [...text.matchAll(/(?:from|import)\s*\(?\s*["'](\.{1,2}\/[^"']+)["']/g)].map((m) => m[1]!);
}

const topFolder = (repoPath: string) => repoPath.split("/")[0]!;

describe("layers", () => {
  const files = Object.keys(LAYER).flatMap((folder) => {
    try { return sources(join(REPO, folder)); } catch { return []; }
  });

  it("finds the product's modules", () => {
    expect(files.length).toBeGreaterThan(100);
  });

  it("no module imports a layer above its own", () => {
    const upward: string[] = [];
    for (const file of files) {
      const from = relative(REPO, file).split("\\").join("/");
      const fromLayer = LAYER[topFolder(from)]!;
      for (const spec of importsOf(file)) {
        const target = posix.normalize(posix.join(posix.dirname(from), spec));
        const toLayer = LAYER[topFolder(target)];
        if (toLayer === undefined) continue; // a root file such as package.json
        if (toLayer > fromLayer) upward.push(`${from} imports ${target}`);
      }
    }
    expect(upward).toEqual([]);
  });
});
