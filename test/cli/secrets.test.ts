/**
 * Secrets encrypted with age, value by value, through the real `age` and the command as a user runs it: the
 * first edit makes the key outside the project and writes every value encrypted (0600), the loader decrypts
 * them (and masks them), an edit that changes nothing changes no byte, show prints them, rotate re-encrypts
 * them for a new key, and a missing or wrong key is a clear error that prints no secret.
 */
import { existsSync, mkdirSync, mkdtempSync, readFileSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it, vi } from "vitest";
import { secrets } from "../../cli/commands/secrets.js";
import { ConfigError } from "../../environment/errors.js";
import { loadEnvironment } from "../../environment/load.js";
import { createRecordingOutput } from "../../environment/output.js";
import { requireTools } from "../support/prerequisites.js";

requireTools("age", "age-keygen");

const COOKIE = "c0ffee".repeat(10) + "abcd";
const PASSWORD = "correct-horse-battery-staple";

function project() {
  const root = mkdtempSync(join(tmpdir(), "hubstack-secrets-"));
  mkdirSync(join(root, "inventory"));
  writeFileSync(join(root, "inventory", "common.yaml"), "domain: example.test\n");
  writeFileSync(
    join(root, "inventory", "lab.yaml"),
    "target: local\nhosts:\n  hub:\n    roles: [base, nfs-client, docker, images, start-hooks, jupyterhub, proxy-tls]\n    address: 10.70.0.11\n  nfs:\n    roles: [base, nfs-server]\n    address: 10.70.0.12\n",
  );
  const keyFile = join(root, "keys-elsewhere", "lab.key");
  const wanted = join(root, "wanted.yaml");
  writeFileSync(wanted, `hub:\n  jupyterhub:\n    cookieSecret: "${COOKIE}"\n    authenticator:\n      type: dummy\n      password: "${PASSWORD}"\n`);
  const env = { ...process.env, HUBSTACK_AGE_KEY_FILE: keyFile, EDITOR: `cp ${wanted}` };
  const run = (word: string, extra: NodeJS.ProcessEnv = {}) => secrets({ env: "lab", words: [word], cwd: root, output: createRecordingOutput(), processEnv: { ...env, ...extra } });
  const load = (extra: NodeJS.ProcessEnv = {}) => loadEnvironment("lab", { inventoryDir: join(root, "inventory"), displayRoot: root, processEnv: { ...env, ...extra } });
  return { root, keyFile, file: join(root, "inventory", "secrets", "lab.yaml"), run, load };
}

describe("npm run secrets", () => {
  it("edit makes the key, writes each value encrypted and the file 0600; the loader decrypts and masks them", async () => {
    const p = project();
    const result = await p.run("edit");
    expect(result.changed.sort()).toEqual(["hub.jupyterhub.authenticator.password", "hub.jupyterhub.authenticator.type", "hub.jupyterhub.cookieSecret"]);
    expect(statSync(p.keyFile).mode & 0o777).toBe(0o600);
    expect(statSync(p.file).mode & 0o777).toBe(0o600);
    const text = readFileSync(p.file, "utf8");
    expect(text).not.toContain(COOKIE);
    expect(text).not.toContain(PASSWORD);
    expect(text).toMatch(/cookieSecret: age:[A-Za-z0-9+/=]{100,}/);
    const env = p.load();
    expect(env.hub.jupyterhub.cookieSecret).toBe(COOKIE);
    expect(env.hub.jupyterhub.authenticator).toMatchObject({ type: "dummy", password: PASSWORD });
    expect(env.secrets).toEqual(expect.arrayContaining([COOKIE, PASSWORD]));
  });

  it("an edit that changes nothing changes no byte; one changed value changes that line only", async () => {
    const p = project();
    await p.run("edit");
    const before = readFileSync(p.file, "utf8");
    expect((await p.run("edit", { EDITOR: "true" })).changed).toEqual([]);
    expect(readFileSync(p.file, "utf8")).toBe(before);
    const other = join(p.root, "other.yaml");
    writeFileSync(other, `hub:\n  jupyterhub:\n    cookieSecret: "${COOKIE}"\n    authenticator:\n      type: dummy\n      password: "another-one"\n`);
    expect((await p.run("edit", { EDITOR: `cp ${other}` })).changed).toEqual(["hub.jupyterhub.authenticator.password"]);
    const diff = readFileSync(p.file, "utf8").split("\n").filter((line, i) => line !== before.split("\n")[i]);
    expect(diff).toHaveLength(1);
    expect(diff[0]).toMatch(/^\s+password: age:/);
  });

  it("show prints the values on the terminal; rotate encrypts them for a new key and keeps the old one aside", async () => {
    const p = project();
    await p.run("edit");
    const written: string[] = [];
    const spy = vi.spyOn(process.stdout, "write").mockImplementation((chunk: string | Uint8Array) => (written.push(String(chunk)), true));
    try {
      await p.run("show");
    } finally {
      spy.mockRestore();
    }
    expect(written.join("")).toContain(PASSWORD);

    const before = readFileSync(p.file, "utf8");
    const oldKey = readFileSync(p.keyFile, "utf8");
    await p.run("rotate");
    expect(readFileSync(p.keyFile, "utf8")).not.toBe(oldKey);
    expect(readFileSync(p.file, "utf8")).not.toBe(before);
    expect(p.load().hub.jupyterhub.cookieSecret).toBe(COOKIE);
    // The old key reads the old file only.
    const old = join(p.root, "keys-elsewhere").concat("/", (await import("node:fs")).readdirSync(join(p.root, "keys-elsewhere")).find((f) => f.includes(".old-"))!);
    expect(existsSync(old)).toBe(true);
    const wrong = (() => { try { p.load({ HUBSTACK_AGE_KEY_FILE: old }); } catch (err) { return err as Error; } return undefined; })();
    expect(wrong).toBeInstanceOf(ConfigError);
    expect(wrong!.message).toMatch(/inventory\/secrets\/lab\.yaml: hub\.jupyterhub\.\S+: cannot decrypt it with .*\.old-.*is that the environment's key\?/);
    expect(wrong!.message).not.toContain(PASSWORD);
  });

  it("without the key, one error names where it is expected and how to point at another, and no value", async () => {
    const p = project();
    await p.run("edit");
    const missing = join(p.root, "nowhere.key");
    const err = (() => { try { p.load({ HUBSTACK_AGE_KEY_FILE: missing }); } catch (e) { return e as Error; } return undefined; })();
    expect(err).toBeInstanceOf(ConfigError);
    expect(err!.message).toContain(`the environment's key ${missing} is not here`);
    expect(err!.message).toContain("HUBSTACK_AGE_KEY_FILE");
    expect(err!.message).not.toMatch(/age:[A-Za-z0-9+/]{20}/);
    expect(err!.message).not.toContain(COOKIE);
  });
});
