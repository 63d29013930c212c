/**
 * Values of the secrets file encrypted with age (Debian's `age`, called synchronously: the inventory loader is
 * synchronous), one value at a time, so that a diff of the file still shows which keys changed:
 *
 *     hub:
 *       jupyterhub:
 *         cookieSecret: "age:YWdlLWVuY3J5cHRpb24ub3JnL3YxCi0+IFgyNTUxOSB..."
 *
 * `age:` then the base64 of age's binary output. The key (an age identity) lives outside the repository, in
 * `~/.config/hubstack/age/<env>.key` (0600), or wherever HUBSTACK_AGE_KEY_FILE points; the values are
 * encrypted to its public half. Plain and encrypted values may sit side by side: `npm run secrets -- edit`
 * encrypts every value when it writes the file.
 */
import { execFileSync } from "node:child_process";
import { existsSync, mkdirSync } from "node:fs";
import { homedir } from "node:os";
import { dirname, join } from "node:path";
import { ConfigError } from "./errors.js";

export const AGE_PREFIX = "age:";

/** Where env's key is: HUBSTACK_AGE_KEY_FILE, else ~/.config/hubstack/age/<env>.key. */
export function ageKeyFile(baseName: string, processEnv: NodeJS.ProcessEnv = process.env): string {
  return processEnv.HUBSTACK_AGE_KEY_FILE || join(processEnv.XDG_CONFIG_HOME || join(homedir(), ".config"), "hubstack", "age", `${baseName}.key`);
}

export const isEncrypted = (value: unknown): value is string => typeof value === "string" && value.startsWith(AGE_PREFIX);

function age(args: string[], input?: Buffer): Buffer {
  try {
    return execFileSync(args[0]!, args.slice(1), { ...(input ? { input } : {}), stdio: ["pipe", "pipe", "pipe"], maxBuffer: 1 << 20 });
  } catch (err) {
    const e = err as NodeJS.ErrnoException & { stderr?: Buffer };
    if (e.code === "ENOENT") throw new ConfigError([`${args[0]} is not installed: the secrets file holds age-encrypted values (apt-get install age)`]);
    throw new Error(String(e.stderr ?? e.message).trim().split("\n").pop() ?? "failed");
  }
}

/** The public half of the identity in `keyFile` (age1…). */
export function recipientOf(keyFile: string): string {
  return age(["age-keygen", "-y", keyFile]).toString("utf8").trim();
}

/** Makes a new identity in `keyFile` (0600, in a 0700 folder); refuses to overwrite one. */
export function newIdentity(keyFile: string): string {
  mkdirSync(dirname(keyFile), { recursive: true, mode: 0o700 });
  if (existsSync(keyFile)) throw new ConfigError([`${keyFile} exists already; hubstack never overwrites a key`]);
  age(["age-keygen", "-o", keyFile]);
  return recipientOf(keyFile);
}

export function encryptValue(plain: string, recipient: string): string {
  return AGE_PREFIX + age(["age", "-e", "-r", recipient], Buffer.from(plain, "utf8")).toString("base64");
}

/** One value, decrypted; a failure names the key path and file, never the value. */
export function decryptValue(value: string, keyFile: string, where: string): string {
  let cipher: Buffer;
  try {
    cipher = Buffer.from(value.slice(AGE_PREFIX.length), "base64");
  } catch {
    throw new ConfigError([`${where}: not an age value (age: then base64)`]);
  }
  try {
    return age(["age", "-d", "-i", keyFile], cipher).toString("utf8");
  } catch (err) {
    if (err instanceof ConfigError) throw err;
    throw new ConfigError([`${where}: cannot decrypt it with ${keyFile} (${(err as Error).message.replace(/^age: /, "")}); is that the environment's key?`]);
  }
}

/**
 * Decrypts every `age:` value of a parsed secrets layer in place; `shown` names the file in messages. Without
 * the key, one error says where the key is expected and how to point at another.
 */
export function decryptTree(data: unknown, keyFile: string, shown: string): void {
  const walk = (node: unknown, path: string[]): void => {
    if (Array.isArray(node)) {
      node.forEach((item, i) => (isEncrypted(item) ? (node[i] = decrypt(item, [...path, String(i)])) : walk(item, [...path, String(i)])));
    } else if (node && typeof node === "object") {
      for (const [key, value] of Object.entries(node as Record<string, unknown>)) {
        if (isEncrypted(value)) (node as Record<string, unknown>)[key] = decrypt(value, [...path, key]);
        else walk(value, [...path, key]);
      }
    }
  };
  let checked = false;
  const decrypt = (value: string, path: string[]) => {
    if (!checked && !existsSync(keyFile)) {
      throw new ConfigError([
        `${shown}: ${path.join(".")} is encrypted with age, and the environment's key ${keyFile} is not here: ` +
          `copy it from where it is kept, or set HUBSTACK_AGE_KEY_FILE to its path`,
      ]);
    }
    checked = true;
    return decryptValue(value, keyFile, `${shown}: ${path.join(".")}`);
  };
  walk(data, []);
}

/** Encrypts every string of a tree (values already encrypted stay as they are) for `recipient`. */
export function encryptTree(data: unknown, recipient: string): unknown {
  if (typeof data === "string") return isEncrypted(data) ? data : encryptValue(data, recipient);
  if (Array.isArray(data)) return data.map((d) => encryptTree(d, recipient));
  if (data && typeof data === "object") return Object.fromEntries(Object.entries(data).map(([k, v]) => [k, encryptTree(v, recipient)]));
  return data;
}
