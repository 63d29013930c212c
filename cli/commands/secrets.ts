/**
 * `npm run secrets -- edit|show|rotate env=NAME`: the environment's secrets file with its values encrypted by
 * age, one value at a time (environment/age.ts).
 *
 * - edit: the file decrypted into a private temporary copy, opened in $VISUAL/$EDITOR (vi), then written back
 *   with every value encrypted; a value that did not change keeps its ciphertext, so the diff shows only what
 *   changed. The first edit makes the environment's key (outside the repository) and says where it is.
 * - show: the decrypted values, on this terminal only (never in a log: hubstack's output masks them).
 * - rotate: a new key; every value encrypted anew for it; the old key kept beside it as <key>.old-<time>.
 */
import { spawnSync } from "node:child_process";
import { chmodSync, existsSync, mkdirSync, mkdtempSync, readFileSync, renameSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join, relative } from "node:path";
import { parse, stringify } from "yaml";
import { ageKeyFile, decryptTree, encryptTree, encryptValue, isEncrypted, newIdentity, recipientOf } from "../../environment/age.js";
import { RunError, UsageError } from "../../environment/errors.js";
import { runContext, type CommonOptions } from "./context.js";

export interface SecretsOptions extends CommonOptions {
  readonly env: string;
  readonly words: readonly string[];
  /** Where HUBSTACK_AGE_KEY_FILE, EDITOR and VISUAL are read (tests). */
  readonly processEnv?: NodeJS.ProcessEnv;
}

export interface SecretsResult {
  readonly env: string;
  readonly action: "edit" | "show" | "rotate";
  readonly file: string;
  readonly keyFile: string;
  /** The key paths whose values changed (edit) or were encrypted anew (rotate). */
  readonly changed: string[];
}

type Tree = Record<string, unknown>;

export async function secrets(options: SecretsOptions): Promise<SecretsResult> {
  const ctx = runContext(options);
  const processEnv = options.processEnv ?? process.env;
  const action = options.words.join(" ");
  if (action !== "edit" && action !== "show" && action !== "rotate") {
    throw new UsageError(`secrets takes one word, edit, show or rotate: npm run secrets -- edit env=${options.env} (got "${action}")`);
  }
  if (!existsSync(join(ctx.paths.inventoryDir, `${options.env}.yaml`))) {
    throw new UsageError(`env=${options.env} has no inventory/${options.env}.yaml: the secrets file belongs to an environment's inventory file`);
  }
  const file = join(ctx.paths.inventoryDir, "secrets", `${options.env}.yaml`);
  const shown = relative(ctx.paths.root, file);
  const keyFile = ageKeyFile(options.env, processEnv);
  const read = (): { raw: Tree; plain: Tree } => {
    if (!existsSync(file)) return { raw: {}, plain: {} };
    const raw = (parse(readFileSync(file, "utf8")) ?? {}) as Tree;
    const plain = structuredClone(raw);
    decryptTree(plain, keyFile, shown);
    return { raw, plain };
  };

  if (action === "show") {
    const { plain } = read();
    // Straight to the terminal: hubstack's own output would mask every value (that is its job).
    process.stdout.write(options.json ? `${JSON.stringify(plain, null, 2)}\n` : stringify(plain));
    return { env: options.env, action, file: shown, keyFile, changed: [] };
  }

  if (action === "rotate") {
    if (!existsSync(keyFile)) throw new UsageError(`env=${options.env} has no key at ${keyFile} to rotate (npm run secrets -- edit env=${options.env} makes one)`);
    const { plain } = read();
    const old = `${keyFile}.old-${new Date().toISOString().replace(/[:.]/g, "")}`;
    renameSync(keyFile, old);
    let recipient: string;
    try {
      recipient = newIdentity(keyFile);
    } catch (err) {
      renameSync(old, keyFile);
      throw err;
    }
    writeSecrets(file, encryptTree(plain, recipient) as Tree);
    const changed = leafPaths(plain);
    ctx.output.info(`${shown}: ${changed.length} value(s) encrypted for the new key ${keyFile} (${recipient}); the old key is ${old}: delete it once every copy of the file is the new one`);
    return { env: options.env, action, file: shown, keyFile, changed };
  }

  // edit: the file read first (encrypted values without the key stop here, before any key is made)
  const { raw, plain } = read();
  if (!existsSync(keyFile)) {
    const made = newIdentity(keyFile);
    ctx.output.info(`made env=${options.env}'s age key ${keyFile} (${made}): keep a copy where your team keeps secrets; without it the values cannot be read`);
  }
  const recipient = recipientOf(keyFile);
  const dir = mkdtempSync(join(tmpdir(), "hubstack-secrets-"));
  try {
    const draft = join(dir, `${options.env}.yaml`);
    writeFileSync(draft, existsSync(file) ? stringify(plain) : "# The secrets of this environment, e.g.\n# hub:\n#   jupyterhub:\n#     cookieSecret: ...\n", { mode: 0o600 });
    const editor = processEnv.VISUAL || processEnv.EDITOR || "vi";
    const ran = spawnSync("sh", ["-c", `${editor} "$1"`, "editor", draft], { stdio: "inherit", env: processEnv });
    if (ran.status !== 0) throw new RunError(`the editor (${editor}) exited with ${ran.status ?? ran.signal}: ${shown} is unchanged`);
    let edited: Tree;
    try {
      edited = (parse(readFileSync(draft, "utf8")) ?? {}) as Tree;
    } catch (err) {
      throw new UsageError(`what you wrote is not YAML (${(err as Error).message.split("\n")[0]}): ${shown} is unchanged; run the command again`);
    }
    if (typeof edited !== "object" || Array.isArray(edited)) throw new UsageError(`the secrets file must be a mapping of keys: ${shown} is unchanged`);
    // A value that did not change keeps its ciphertext: the diff shows what changed, nothing else.
    const changed: string[] = [];
    const encrypt = (node: unknown, before: unknown, beforeRaw: unknown, path: string[]): unknown => {
      if (typeof node === "string") {
        if (node === before && isEncrypted(beforeRaw)) return beforeRaw;
        changed.push(path.join("."));
        return encryptValue(node, recipient);
      }
      if (Array.isArray(node)) return node.map((n, i) => encrypt(n, (before as unknown[] | undefined)?.[i], (beforeRaw as unknown[] | undefined)?.[i], [...path, String(i)]));
      if (node && typeof node === "object") {
        return Object.fromEntries(Object.entries(node).map(([k, v]) => [k, encrypt(v, (before as Tree | undefined)?.[k], (beforeRaw as Tree | undefined)?.[k], [...path, k])]));
      }
      return node;
    };
    const next = encrypt(edited, plain, raw, []) as Tree;
    writeSecrets(file, next);
    ctx.output.info(changed.length ? `${shown}: ${changed.length} value(s) encrypted anew (${changed.join(", ")})` : `${shown}: no value changed`);
    return { env: options.env, action: "edit", file: shown, keyFile, changed };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** Written whole or not at all, the owner's alone (the loader refuses anything else). */
function writeSecrets(file: string, tree: Tree): void {
  mkdirSync(dirname(file), { recursive: true, mode: 0o700 });
  const tmp = `${file}.tmp-${process.pid}`;
  writeFileSync(tmp, `# Managed by npm run secrets (values encrypted with age, one by one).\n${stringify(tree)}`, { mode: 0o600 });
  chmodSync(tmp, 0o600);
  renameSync(tmp, file);
}

function leafPaths(tree: unknown, path: string[] = []): string[] {
  if (typeof tree === "string") return [path.join(".")];
  if (Array.isArray(tree)) return tree.flatMap((t, i) => leafPaths(t, [...path, String(i)]));
  if (tree && typeof tree === "object") return Object.entries(tree).flatMap(([k, v]) => leafPaths(v, [...path, k]));
  return [];
}
