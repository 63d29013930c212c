import { mkdtempSync, readFileSync, statSync, unlinkSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { loadEnvironment } from "../../environment/load.js";
import { ensureDeployKey } from "../../environment/keys.js";

describe("the deploy key", () => {
  const env = loadEnvironment("local");

  it("is made once on first use, owner-only, and reused after", async () => {
    const root = mkdtempSync(join(tmpdir(), "hubstack-keys-"));
    const first = await ensureDeployKey(env, root);
    expect(first.privateKeyFile).toBe(join(root, "keys/id_ed25519"));
    expect(first.publicKey).toMatch(/^ssh-ed25519 AAAA\S+ hubstack-local$/);
    expect(statSync(first.privateKeyFile).mode & 0o777).toBe(0o600);
    const second = await ensureDeployKey(env, root);
    expect(second.publicKey).toBe(first.publicKey);
  });

  it("derives a lost public half from the private key", async () => {
    const root = mkdtempSync(join(tmpdir(), "hubstack-keys-"));
    const { privateKeyFile, publicKey } = await ensureDeployKey(env, root);
    unlinkSync(`${privateKeyFile}.pub`);
    const again = await ensureDeployKey(env, root);
    expect(again.publicKey.split(" ").slice(0, 2)).toEqual(publicKey.split(" ").slice(0, 2));
    expect(readFileSync(`${privateKeyFile}.pub`, "utf8")).toContain("ssh-ed25519");
  });
});
