/**
 * A corpus of mistaken and hostile inventories (test/unit/bad-inventories/), each refused before anything is
 * created: exit code 2, a message naming the file (and line) and the key, no stack trace, no secret.
 *
 * Each fixture is the environment file `inventory/test.yaml` of a project of its own, headed by comments:
 *
 *   # case: what is wrong, in words
 *   # key: the key the message must name (hosts.hub.address), or - for a mistake about the file itself
 *   # at: the file (and line) the message must name, just before the key: inventory/test.yaml:12
 *   # expect: a phrase of the message (what is allowed, or how to fix it)
 *   # problems: how many problems the message lists (default 1: the case fails for its own reason only)
 *   # secrets: directory | dangling-symlink   (the secrets file is not a file)
 *   # secrets-mode: 0644                      (the secrets file's mode; default 0600)
 *   # cli: yes                                (also run through the real command line: synth env=test)
 *
 * Beside it, NNN-name.secrets.yaml becomes inventory/secrets/test.yaml and NNN-name.common.yaml replaces the
 * common.yaml below. No value of a case's secrets file may appear in what is printed.
 */
import { chmodSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { execa } from "execa";
import { afterAll, describe, expect, it } from "vitest";
import { parse } from "yaml";
import { UsageError } from "../../environment/errors.js";
import { loadEnvironment, REPO_ROOT } from "../../environment/load.js";
import { reportError } from "../../cli/run.js";
import { tempDir } from "../support/temp.js";

const CORPUS = join(import.meta.dirname, "bad-inventories");
const COMMON = "domain: example.org\nssh:\n  user: debian\n";
const STACK_TRACE_LINE = /^ {4}at /m;

interface Case {
  readonly stem: string;
  readonly title: string;
  readonly key: string;
  readonly at: string;
  readonly expect: string;
  readonly problems: number;
  readonly secretsSpecial?: "directory" | "dangling-symlink";
  readonly secretsMode: number;
  readonly cli: boolean;
  readonly text: string;
  readonly secrets?: string;
  readonly common?: string;
}

function readCase(file: string): Case {
  const stem = file.slice(0, -".yaml".length);
  const text = readFileSync(join(CORPUS, file), "utf8");
  const header = new Map<string, string>();
  for (const line of text.split("\n")) {
    const m = /^# ([a-z-]+): (.*)$/.exec(line);
    if (!m) break;
    header.set(m[1]!, m[2]!);
  }
  const field = (name: string) => {
    const value = header.get(name);
    if (value === undefined) throw new Error(`${file}: the header has no "# ${name}:" line`);
    return value;
  };
  const sidecar = (suffix: string) => {
    try {
      return readFileSync(join(CORPUS, `${stem}.${suffix}.yaml`), "utf8");
    } catch {
      return undefined;
    }
  };
  const special = header.get("secrets");
  return {
    stem,
    title: field("case"),
    key: field("key"),
    at: field("at"),
    expect: field("expect"),
    problems: Number(header.get("problems") ?? 1),
    ...(special === "directory" || special === "dangling-symlink" ? { secretsSpecial: special } : {}),
    secretsMode: parseInt(header.get("secrets-mode") ?? "0600", 8),
    cli: header.get("cli") === "yes",
    text,
    ...(sidecar("secrets") !== undefined ? { secrets: sidecar("secrets")! } : {}),
    ...(sidecar("common") !== undefined ? { common: sidecar("common")! } : {}),
  };
}

const CASES = readdirSync(CORPUS)
  .filter((f) => f.endsWith(".yaml") && !/\.(secrets|common)\.yaml$/.test(f))
  .sort()
  .map(readCase);

/** Every case's project folder lives under one, removed at the end. */
const projects = tempDir("hubstack-bad-");
afterAll(() => rmSync(projects, { recursive: true, force: true }));

/** A project folder of its own: inventory/common.yaml, inventory/test.yaml and, maybe, inventory/secrets/test.yaml. */
function project(c: Case): string {
  const root = mkdtempSync(join(projects, "case-"));
  const inventory = join(root, "inventory");
  mkdirSync(join(inventory, "secrets"), { recursive: true });
  writeFileSync(join(inventory, "common.yaml"), c.common ?? COMMON);
  writeFileSync(join(inventory, "test.yaml"), c.text);
  const secretsFile = join(inventory, "secrets", "test.yaml");
  if (c.secretsSpecial === "directory") mkdirSync(secretsFile);
  else if (c.secretsSpecial === "dangling-symlink") symlinkSync(join(root, "gone", "secrets.yaml"), secretsFile);
  else if (c.secrets !== undefined) {
    writeFileSync(secretsFile, c.secrets);
    chmodSync(secretsFile, c.secretsMode);
  }
  return root;
}

/** Every string of the case's secrets file, however deep (an alias bomb is not expanded: its words suffice). */
function secretValues(c: Case): string[] {
  if (c.secrets === undefined) return [];
  let data: unknown;
  try {
    data = parse(c.secrets, { maxAliasCount: -1 });
  } catch {
    data = c.secrets.split(/\s+/);
  }
  const out = new Set<string>();
  const visit = (v: unknown) => {
    if (typeof v === "string" && v.length >= 3) out.add(v);
    else if (Array.isArray(v)) new Set(v).forEach(visit);
    else if (v && typeof v === "object") Object.values(v).forEach(visit);
  };
  visit(data);
  return [...out];
}

/** What every case must show, in process or from the command line. */
function expectRefusal(c: Case, text: string): void {
  expect(text, "a stack trace").not.toMatch(STACK_TRACE_LINE);
  expect(text).toContain(c.expect);
  // The file (and line), then the key: the message says where to look and what to change.
  expect(text).toContain(c.key === "-" ? `${c.at}: ` : `${c.at}: ${c.key}: `);
  for (const secret of secretValues(c)) expect(text, "a secret in the message").not.toContain(secret);
  for (const line of text.split("\n").filter((l) => l.trim() && !/problems in the inventory/.test(l))) {
    expect(line, "every problem names its file").toMatch(/inventory\/(test|common|secrets\/test)\.yaml/);
  }
}

describe("the corpus", () => {
  it("holds at least 60 cases, each with a header that says what it is about", () => {
    expect(CASES.length).toBeGreaterThanOrEqual(60);
    for (const c of CASES) expect(c.expect.length, c.stem).toBeGreaterThan(0);
  });
});

describe("bad inventories are refused by the loader: exit 2, file:line, key, no stack trace, no secret", () => {
  it.each(CASES.map((c) => ({ ...c, label: `${c.stem}: ${c.title}` })))("$label", (c) => {
    const root = project(c);
    let caught: unknown;
    try {
      loadEnvironment("test", { inventoryDir: join(root, "inventory"), displayRoot: root });
    } catch (err) {
      caught = err;
    }
    expect(caught, "the inventory loaded").toBeInstanceOf(UsageError);
    const report = reportError(caught);
    expect(report.exitCode).toBe(2);
    expectRefusal(c, report.text);
    const count = /^error: (\d+) problems in the inventory/.exec(report.text);
    expect(count ? Number(count[1]) : 1, report.text).toBe(c.problems);
  });
});

const TSX = join(REPO_ROOT, "node_modules", ".bin", "tsx");
const MAIN = join(REPO_ROOT, "cli", "main.ts");

describe.concurrent("bad inventories through the command line (synth env=test)", () => {
  it.each(CASES.filter((c) => c.cli).map((c) => ({ ...c, label: `${c.stem}: ${c.title}` })))("$label", async (c) => {
    const root = project(c);
    const env: Record<string, string> = {};
    for (const [key, value] of Object.entries(process.env)) if (value !== undefined && !key.startsWith("OS_") && key !== "CI") env[key] = value;
    const run = await execa(TSX, [MAIN, "synth", "env=test"], {
      cwd: REPO_ROOT,
      env: { ...env, HUBSTACK_ROOT: root, HOME: tempDir("hubstack-home-") },
      extendEnv: false,
      reject: false,
      stdin: "ignore",
    });
    expect(run.exitCode, String(run.stderr)).toBe(2);
    expectRefusal(c, String(run.stderr).trimEnd());
    expect(String(run.stdout)).not.toMatch(STACK_TRACE_LINE);
    for (const secret of secretValues(c)) expect(String(run.stdout)).not.toContain(secret);
  });
});
