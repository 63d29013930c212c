/**
 * Loads an environment: inventory/common.yaml, then inventory/<env>.yaml, then the git-ignored
 * inventory/secrets/<env>.yaml, deep-merged (mappings merge, everything else is replaced by the later
 * layer), then validated once against ./schema.ts.
 *
 * Each value remembers the file and line it came from, so that every problem is reported as
 * "inventory/hub-dev.yaml:12: hosts.hub.flavor: expected ..., found ..." and all of them at once.
 */
import { accessSync, constants, existsSync, lstatSync, readdirSync, readFileSync, readlinkSync, statSync } from "node:fs";
import { dirname, join, relative, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { isMap, isScalar, isSeq, LineCounter, parseDocument, type Node as YamlNode } from "yaml";
import type { z } from "zod";
import { checkEnvironment, type Finding } from "./checks.js";
import { ageKeyFile, decryptTree } from "./age.js";
import { ConfigError, UsageError } from "./errors.js";
import { EnvironmentFile, SECRET_PLACEHOLDER, type Environment } from "./schema.js";
import { closest } from "./suggest.js";
import { TYPED_ISSUE } from "./types.js";

export { SECRET_PLACEHOLDER };

export const REPO_ROOT = resolve(dirname(fileURLToPath(import.meta.url)), "..");
export const DEFAULT_INVENTORY_DIR = join(REPO_ROOT, "inventory");

export interface LoadOptions {
  /** Folder holding common.yaml, <env>.yaml and secrets/. */
  inventoryDir?: string;
  /** Base for the file names printed in messages (defaults to the repository root). */
  displayRoot?: string;
  /** Where HUBSTACK_AGE_KEY_FILE and XDG_CONFIG_HOME are read (the age key of an encrypted secrets file). */
  processEnv?: NodeJS.ProcessEnv;
}

type Path = (string | number)[];
interface Origin {
  file: string;
  line: number;
}
interface Layer {
  file: string;
  data: Record<string, unknown>;
  origins: Map<string, Origin>;
}

const pathKey = (path: readonly PropertyKey[]) => JSON.stringify(path.map((p) => (typeof p === "number" ? p : String(p))));

/** Dotted form for messages: hosts.hub.roles[2]; a key of unusual characters is quoted: hosts["a b"]. */
export function formatPath(path: readonly PropertyKey[]): string {
  return path.reduce<string>((out, part) => {
    if (typeof part === "number") return `${out}[${part}]`;
    const key = String(part);
    if (!/^[A-Za-z0-9_.:@/+-]+$/.test(key)) return `${out}[${quote(key)}]`;
    return out ? `${out}.${key}` : key;
  }, "");
}

/**
 * A string as messages show it: in double quotes, with newlines, control characters and bidirectional
 * overrides escaped, so that a hostile value can neither forge a line of the message nor drive the terminal.
 */
export function quote(text: string): string {
  return JSON.stringify(text).replace(/[\u007f-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069]/gu, (c) => `\\u${c.codePointAt(0)!.toString(16).padStart(4, "0")}`);
}

/**
 * Reads one layer. An empty file is no data, except for the environment's own file (`required`), which must say
 * at least what its target and hosts are: blaming the missing keys on common.yaml would send the reader there.
 */
function readLayer(file: string, shown: string, required = false): Layer | undefined {
  if (!existsSync(file)) return undefined;
  const lineCounter = new LineCounter();
  const doc = parseDocument(readFileSync(file, "utf8"), { lineCounter, prettyErrors: true, uniqueKeys: true });
  if (doc.errors.length > 0) {
    throw new ConfigError(
      doc.errors.map((e) => {
        const at = e.linePos?.[0];
        const what = e.code === "MULTIPLE_DOCS" ? "a second document ('---'): an inventory file is one YAML document" : e.message.split("\n")[0]!.replace(/ at line \d+, column \d+:?$/, "");
        return `${shown}${at ? `:${at.line}:${at.col}` : ""}: not valid YAML: ${what}`;
      }),
    );
  }
  let data: unknown;
  try {
    // toJS refuses a document whose aliases expand too far (a "billion laughs"): a mistake to report, not a crash.
    data = doc.toJS({ maxAliasCount: 100 });
  } catch (err) {
    const detail = (err as Error).message.split("\n")[0]!;
    const hint = /alias/i.test(detail) ? "; write the values out instead of repeating them through aliases" : "";
    throw new ConfigError([`${shown}: cannot be read as data: ${detail}${hint}`]);
  }
  if (data === null || data === undefined) {
    if (required) throw new ConfigError([`${shown}: is empty; an environment file says at least its target: (openstack, local or static) and its hosts:`]);
    data = {};
  }
  if (typeof data !== "object" || data === null || Array.isArray(data)) {
    throw new ConfigError([`${shown}: expected a mapping of keys (target:, hosts:, ...), found ${describeValue(data)}`]);
  }
  const origins = new Map<string, Origin>();
  const visit = (node: unknown, path: Path) => {
    if (!node || typeof node !== "object") return;
    const range = (node as YamlNode).range;
    // A key's own line wins over the line its value starts on.
    if (range && !origins.has(pathKey(path))) origins.set(pathKey(path), { file: shown, line: lineCounter.linePos(range[0]).line });
    if (isMap(node)) {
      for (const pair of node.items) {
        const key = isScalar(pair.key) ? String(pair.key.value) : String(pair.key);
        const keyRange = (pair.key as YamlNode | null)?.range;
        if (keyRange) origins.set(pathKey([...path, key]), { file: shown, line: lineCounter.linePos(keyRange[0]).line });
        visit(pair.value, [...path, key]);
      }
    } else if (isSeq(node)) {
      node.items.forEach((item, i) => visit(item, [...path, i]));
    }
  };
  visit(doc.contents, []);
  return { file: shown, data: data as Record<string, unknown>, origins };
}

const isPlainObject = (v: unknown): v is Record<string, unknown> => typeof v === "object" && v !== null && !Array.isArray(v);

function mergeInto(target: Record<string, unknown>, source: Record<string, unknown>): Record<string, unknown> {
  for (const [key, value] of Object.entries(source)) {
    const existing = target[key];
    target[key] = isPlainObject(existing) && isPlainObject(value) ? mergeInto({ ...existing }, value) : value;
  }
  return target;
}

function collectStrings(value: unknown, out: string[]): string[] {
  if (typeof value === "string" && value.length > 0) out.push(value);
  else if (Array.isArray(value)) value.forEach((v) => collectStrings(v, out));
  else if (isPlainObject(value)) Object.values(value).forEach((v) => collectStrings(v, out));
  return out;
}

function describeValue(value: unknown): string {
  if (value === undefined) return "nothing";
  if (value === null) return "null (an empty value)";
  if (Array.isArray(value)) return `a list of ${value.length}`;
  if (typeof value === "object") return "a mapping";
  if (typeof value === "string") return `${quote(value.length > 40 ? `${value.slice(0, 37)}...` : value)} (a string)`;
  return `${String(value)} (a ${typeof value})`;
}

/** Keys whose values are secrets wherever they appear: they belong in the secrets layer, never in a tracked file. */
const SECRET_KEYS = new Set(["password", "clientSecret", "cookieSecret", "proxyAuthToken", "cryptKey", "applicationCredentialSecret", "apiToken", "secretKey", "accessKeyId", "secretAccessKey"]);

/**
 * common.yaml and <env>.yaml are committed: a secret written there is in git's history for good. Refused, by
 * file:line and key, without the value, with where it goes instead.
 */
function refuseTrackedSecrets(tracked: Layer[], secretsFile: string): void {
  const problems: string[] = [];
  for (const layer of tracked) {
    const visit = (node: unknown, path: PropertyKey[]) => {
      if (Array.isArray(node)) node.forEach((item, i) => visit(item, [...path, i]));
      else if (isPlainObject(node)) {
        for (const [key, value] of Object.entries(node)) {
          if (SECRET_KEYS.has(key) && typeof value === "string" && value !== "" && value !== SECRET_PLACEHOLDER) {
            const line = layer.origins.get(pathKey([...path, key]))?.line;
            problems.push(
              `${layer.file}${line ? `:${line}` : ""}: ${formatPath([...path, key])}: a secret in a file git tracks; ` +
                `move it to ${secretsFile} (chmod 600, git ignores it) and write "${SECRET_PLACEHOLDER}" or nothing here`,
            );
          } else visit(value, [...path, key]);
        }
      }
    };
    visit(layer.data, []);
  }
  if (problems.length > 0) throw new ConfigError(problems);
}

/** What a value is, without the value: for messages about the secrets file. */
function describeKind(value: unknown): string {
  if (typeof value === "string") return `a string of ${value.length} characters (not shown: a secret)`;
  if (value === null || value === undefined || typeof value === "object") return describeValue(value);
  return `a ${typeof value} (not shown: a secret)`;
}

/**
 * The secrets file is read only when it is what it should be: a regular file (a dangling symlink was skipped
 * as if absent, and placeholders deployed), readable by its owner alone, and owned by whoever runs hubstack.
 */
function checkSecretsFile(file: string, shown: string): void {
  let info;
  try {
    info = lstatSync(file);
  } catch {
    return; // no secrets file: the environment has no secrets layer
  }
  if (info.isSymbolicLink()) {
    try {
      info = statSync(file);
    } catch {
      throw new ConfigError([`${shown}: a symbolic link to a file that does not exist (${readlinkSafe(file)}): restore the file or remove the link`]);
    }
  }
  if (!info.isFile()) throw new ConfigError([`${shown}: expected a YAML file, found ${info.isDirectory() ? "a directory" : "something that is not a file"}`]);
  if ((info.mode & 0o077) !== 0) {
    throw new ConfigError([`${shown}: readable or writable by others (mode ${(info.mode & 0o777).toString(8).padStart(4, "0")}); a secrets file must be the owner's alone: chmod 600 ${shown}`]);
  }
  const uid = process.getuid?.();
  if (uid !== undefined && info.uid !== uid) {
    throw new ConfigError([`${shown}: owned by uid ${info.uid}, not by you (uid ${uid}): chown ${uid} ${shown}, as its owner or root`]);
  }
  try {
    accessSync(file, constants.R_OK);
  } catch {
    throw new ConfigError([`${shown}: cannot be read by you`]);
  }
}

function readlinkSafe(file: string): string {
  try {
    return readlinkSync(file);
  } catch {
    return "?";
  }
}

function valueAt(data: unknown, path: readonly PropertyKey[]): unknown {
  let here: unknown = data;
  for (const part of path) {
    if (here === null || typeof here !== "object") return undefined;
    here = (here as Record<PropertyKey, unknown>)[part];
  }
  return here;
}

/** The keys an object schema accepts at `path`, for "did you mean". */
function knownKeysAt(schema: z.ZodType, path: readonly PropertyKey[], data: unknown): string[] {
  // zod 4 exposes every schema's definition as `.def`; walk it through wrappers and containers.
  const unwrap = (s: z.ZodType, value: unknown): z.ZodType[] => {
    const def = (s as unknown as { def: Record<string, unknown> & { type: string } }).def;
    switch (def.type) {
      case "optional":
      case "default":
      case "prefault":
      case "nullable":
        return unwrap(def.innerType as z.ZodType, value);
      case "pipe":
        return unwrap(def.in as z.ZodType, value);
      case "union":
        return (def.options as z.ZodType[]).flatMap((o) => unwrap(o, value));
      default:
        return [s];
    }
  };
  let candidates = unwrap(schema, data);
  let here: unknown = data;
  for (const part of path) {
    here = isPlainObject(here) || Array.isArray(here) ? (here as Record<PropertyKey, unknown>)[part] : undefined;
    candidates = candidates.flatMap((s) => {
      const def = (s as unknown as { def: Record<string, unknown> & { type: string } }).def;
      if (def.type === "object") {
        const child = (def.shape as Record<string, z.ZodType>)[String(part)];
        return child ? unwrap(child, here) : [];
      }
      if (def.type === "record") return unwrap(def.valueType as z.ZodType, here);
      if (def.type === "array") return unwrap(def.element as z.ZodType, here);
      return [];
    });
  }
  const keys = new Set<string>();
  for (const s of candidates) {
    const def = (s as unknown as { def: Record<string, unknown> & { type: string } }).def;
    if (def.type === "object") Object.keys(def.shape as object).forEach((k) => keys.add(k));
  }
  return [...keys];
}

interface FormatContext {
  data: unknown;
  layers: Layer[];
  envFile: string;
  commonFile: string;
  /** Values from this file are never quoted in a message: it holds secrets. */
  secretsFile: string;
}

/** The file and line a path (or its nearest ancestor) was written at. */
function originOf(ctx: FormatContext, path: readonly PropertyKey[]): Origin | undefined {
  for (let n = path.length; n >= 0; n--) {
    const key = pathKey(path.slice(0, n));
    for (const layer of [...ctx.layers].reverse()) {
      const origin = layer.origins.get(key);
      if (origin) return origin;
    }
  }
  return undefined;
}

/** ", one of: local, s3, http" for the discriminated union whose discriminator is at `path`. */
function knownDiscriminatorValues(path: readonly PropertyKey[]): string {
  const discriminator = path[path.length - 1];
  const options = knownKeysAt(EnvironmentFile, path.slice(0, -1), undefined).includes(String(discriminator)) ? discriminatorValues(path) : [];
  return options.length ? ` (one of: ${options.join(", ")})` : "";
}

function discriminatorValues(path: readonly PropertyKey[]): string[] {
  // Walk to the union and read each option's literal.
  let schema: unknown = EnvironmentFile;
  const def = (s: unknown) => (s as { def: Record<string, unknown> & { type: string } }).def;
  const unwrap = (s: unknown): unknown => (["optional", "default", "prefault", "nullable"].includes(def(s).type) ? unwrap(def(s).innerType) : def(s).type === "pipe" ? unwrap(def(s).in) : s);
  for (const part of path.slice(0, -1)) {
    const d = def(unwrap(schema));
    schema = d.type === "object" ? (d.shape as Record<string, unknown>)[String(part)] : d.type === "record" ? d.valueType : d.type === "array" ? d.element : undefined;
    if (!schema) return [];
  }
  const union = def(unwrap(schema));
  if (union.type !== "union") return [];
  return (union.options as unknown[]).flatMap((option) => {
    const field = (def(option).shape as Record<string, unknown> | undefined)?.[String(path[path.length - 1])];
    const values = field ? (def(field).values as unknown[] | undefined) : undefined;
    return values ? values.map(String) : [];
  });
}

function formatIssue(ctx: FormatContext, issue: z.core.$ZodIssue): string[] {
  const where = (path: readonly PropertyKey[]) => {
    const origin = originOf(ctx, path);
    const location = origin ? `${origin.file}:${origin.line}` : ctx.envFile;
    return `${location}: ${formatPath(path) || "(top level)"}`;
  };
  const found = valueAt(ctx.data, issue.path);
  // A value from the secrets file is described by its kind only: the message must not print a secret.
  const fromSecrets = originOf(ctx, issue.path)?.file === ctx.secretsFile;
  const describe = (value: unknown) => (fromSecrets ? describeKind(value) : describeValue(value));
  switch (issue.code) {
    case "unrecognized_keys": {
      const known = knownKeysAt(EnvironmentFile, issue.path, ctx.data);
      return issue.keys.map((key) => {
        const guess = closest(key, known);
        const hint = guess ? `did you mean "${guess}"?` : `known keys here: ${known.join(", ")}`;
        return `${where([...issue.path, key])}: unknown key ${quote(key)}; ${hint}`;
      });
    }
    case "invalid_type": {
      if (found === undefined) {
        return [
          `${where(issue.path)}: is missing (expected ${issue.expected}); set it in ${ctx.envFile} or ${ctx.commonFile}`,
        ];
      }
      return [`${where(issue.path)}: expected ${issue.expected === "record" ? "a mapping" : `a ${issue.expected}`}, found ${describe(found)}`];
    }
    case "invalid_value": {
      if (found === undefined) {
        return [`${where(issue.path)}: is missing (expected one of ${issue.values.map((v) => JSON.stringify(v)).join(", ")}); set it in ${ctx.envFile}`];
      }
      const allowed = issue.values.map((v) => JSON.stringify(v));
      const guess = typeof found === "string" ? closest(found, issue.values.map(String)) : undefined;
      return [
        `${where(issue.path)}: expected one of ${allowed.join(", ")}, found ${describe(found)}${guess ? `; did you mean "${guess}"?` : ""}`,
      ];
    }
    case "invalid_union": {
      // A discriminated union reports at its own path: say which discriminator values exist.
      // (zod puts the discriminator itself at the end of the issue's path.)
      if ((issue as { note?: string }).note === "No matching discriminator") {
        const kinds = knownDiscriminatorValues(issue.path);
        return [`${where(issue.path)}: ${found === undefined ? "is missing" : `${describe(found)} is not a known kind`}${kinds}`];
      }
      // A union of scalar formats (an IPv4 or IPv6 CIDR): its own message says what is expected.
      if (!issue.errors.some((branch) => branch.some((inner) => inner.path.length > 0))) {
        return [`${where(issue.path)}: expected ${issue.message}, found ${describe(found)}`];
      }
      // For plain unions, the deepest branch's message is the useful one.
      const branches = issue.errors.map((branch) => branch.map((inner) => formatIssue(ctx, { ...inner, path: [...issue.path, ...inner.path] } as z.core.$ZodIssue)).flat());
      const best = branches.sort((a, b) => a.length - b.length)[0];
      return best && best.length > 0 ? best : [`${where(issue.path)}: ${issue.message}, found ${describe(found)}`];
    }
    case "invalid_key":
      return issue.issues.map((inner) => `${where(issue.path)}: this name must be ${inner.message}`);
    default: {
      // The value types' own messages say what is allowed; the value found follows (described, never quoted, when it is a secret).
      const typed = issue.code === "custom" && (issue.params as Record<string, unknown> | undefined)?.hubstackTyped === TYPED_ISSUE.hubstackTyped;
      const showFound = found !== undefined && (issue.code !== "custom" || typed);
      return [`${where(issue.path)}: ${issue.message.replace(/^Invalid input: /, "")}${showFound ? `, found ${describe(found)}` : ""}`];
    }
  }
}

/** Names of the environments defined in the inventory (its YAML files except common.yaml). */
export function listEnvironmentFiles(inventoryDir = DEFAULT_INVENTORY_DIR): string[] {
  if (!existsSync(inventoryDir)) return [];
  return readdirSync(inventoryDir)
    .filter((f) => f.endsWith(".yaml") && f !== "common.yaml")
    .map((f) => f.slice(0, -".yaml".length))
    .sort();
}

const INSTANCE_NAME = /^(.+)-([a-z0-9]{4,12})$/;

/** Which inventory file defines `name`: itself, or the CI environment it is an instance of. */
function resolveBaseName(name: string, inventoryDir: string, shownDir: string): string {
  if (existsSync(join(inventoryDir, `${name}.yaml`))) return name;
  const match = INSTANCE_NAME.exec(name);
  if (match && existsSync(join(inventoryDir, `${match[1]}.yaml`))) return match[1]!;
  const known = listEnvironmentFiles(inventoryDir);
  const guess = closest(name, known);
  throw new UsageError(
    `no environment "${name}": there is no ${shownDir}/${name}.yaml` +
      (guess ? `; did you mean env=${guess}?` : "") +
      (known.length ? ` (environments: ${known.join(", ")})` : ""),
  );
}

export function loadEnvironment(name: string, options: LoadOptions = {}): Environment {
  const inventoryDir = options.inventoryDir ?? DEFAULT_INVENTORY_DIR;
  const displayRoot = options.displayRoot ?? REPO_ROOT;
  const shown = (file: string) => relative(displayRoot, file) || file;
  if (!/^[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?$/.test(name)) {
    throw new UsageError(`env=${name}: an environment name is a DNS label (lowercase letters, digits and '-', at most 63 characters)`);
  }
  const baseName = resolveBaseName(name, inventoryDir, shown(inventoryDir));
  const commonFile = join(inventoryDir, "common.yaml");
  const envFile = join(inventoryDir, `${baseName}.yaml`);
  const secretsFile = join(inventoryDir, "secrets", `${baseName}.yaml`);

  checkSecretsFile(secretsFile, shown(secretsFile));
  const layers = [readLayer(commonFile, shown(commonFile)), readLayer(envFile, shown(envFile), true), readLayer(secretsFile, shown(secretsFile))];
  // Values encrypted with age (environment/age.ts) are decrypted here, before anything reads or checks them.
  if (layers[2]) decryptTree(layers[2].data, ageKeyFile(baseName, options.processEnv ?? process.env), shown(secretsFile));
  refuseTrackedSecrets([layers[0], layers[1]].filter((l): l is Layer => l !== undefined), shown(secretsFile));
  const present = layers.filter((l): l is Layer => l !== undefined);
  const merged = present.reduce<Record<string, unknown>>((acc, layer) => mergeInto(acc, layer.data), {});
  const secrets = layers[2] ? collectStrings(layers[2].data, []) : [];
  // Whatever a message quotes, a value of the secrets file never reaches the screen (cli/run.ts masks only
  // what a loaded environment registered, and this one did not load).
  const refuse = (problems: string[]) => new ConfigError([...new Set(problems)].map((p) => maskValues(p, secrets)));

  const ctx: FormatContext = { data: merged, layers: present, envFile: shown(envFile), commonFile: shown(commonFile), secretsFile: shown(secretsFile) };
  const result = EnvironmentFile.safeParse(merged);
  if (!result.success) throw refuse(result.error.issues.flatMap((issue) => formatIssue(ctx, issue)));

  // The whole environment: topology, exposure, logins. Keys written in the environment's own file (or its
  // secrets) count as chosen for it; common.yaml is shared by every target.
  const own = [layers[1], layers[2]].filter((l): l is Layer => l !== undefined);
  const checks = checkEnvironment(result.data, (path) => own.some((layer) => layer.origins.has(pathKey(path))));
  const located = (finding: Finding) => {
    const origin = originOf(ctx, finding.path);
    return `${origin ? `${origin.file}:${origin.line}` : ctx.envFile}: ${formatPath(finding.path) || "(top level)"}: ${finding.message}`;
  };
  if (checks.problems.length > 0) throw refuse(checks.problems.map(located));

  if (name !== baseName && !result.data.ci.randomName) {
    throw new UsageError(`no environment "${name}": ${shown(envFile)} exists but is not a CI environment (ci.randomName is not set)`);
  }
  return { ...result.data, name, baseName, secrets, warnings: checks.warnings.map((w) => maskValues(located(w), secrets)) };
}

/** Replaces each of `values` (longest first) by *** in `text`; values shorter than 3 characters would garble the message. */
function maskValues(text: string, values: readonly string[]): string {
  let masked = text;
  for (const value of [...values].filter((v) => v.length >= 3).sort((a, b) => b.length - a.length)) {
    masked = masked.replaceAll(value, "***").replaceAll(quote(value).slice(1, -1), "***");
  }
  return masked;
}
