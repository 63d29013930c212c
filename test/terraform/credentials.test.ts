/**
 * OpenStack credentials found (or not) the way the provider finds them, checked before terraform runs.
 * Each case builds its own working folder and HOME, so the machine's own clouds.yaml never interferes.
 */
import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import type { Environment } from "../../environment/schema.js";
import { PrerequisiteError } from "../../terraform/binary.js";
import { checkOpenStackCredentials, checkStateBackendCredentials, type CredentialsContext } from "../../terraform/credentials.js";
import { tempDir } from "../support/temp.js";

const CLOUDS = "clouds:\n  hubstack:\n    auth:\n      auth_url: https://keystone.example.org:5000/v3\n      application_credential_id: abc\n      application_credential_secret: s3cr3t\n    auth_type: v3applicationcredential\n  other: {}\n";

function env(cloud?: string): Environment {
  return { name: "hub-dev", baseName: "hub-dev", target: "openstack", openstack: cloud ? { cloud } : {} } as unknown as Environment;
}

function context(files: { cwd?: string; home?: string } = {}, vars: Record<string, string> = {}): CredentialsContext {
  const cwd = tempDir("hubstack-cwd-");
  const home = tempDir("hubstack-home-");
  if (files.cwd) writeFileSync(join(cwd, "clouds.yaml"), files.cwd);
  if (files.home) {
    mkdirSync(join(home, ".config", "openstack"), { recursive: true });
    writeFileSync(join(home, ".config", "openstack", "clouds.yaml"), files.home);
  }
  return { cwd, home, env: vars, inventoryFile: "inventory/hub-dev.yaml" };
}

function refusal(run: () => unknown): string {
  try {
    run();
  } catch (err) {
    expect(err).toBeInstanceOf(PrerequisiteError);
    return (err as Error).message;
  }
  throw new Error("expected the credentials to be refused");
}

describe("OpenStack credentials", () => {
  it("the inventory's cloud, from ~/.config/openstack/clouds.yaml", () => {
    const ctx = context({ home: CLOUDS });
    const found = checkOpenStackCredentials(env("hubstack"), ctx);
    expect(found.description).toBe(`cloud "hubstack" from ${join(ctx.home!, ".config/openstack/clouds.yaml")}`);
    expect(found.terraformEnv).toEqual({ OS_CLIENT_CONFIG_FILE: join(ctx.home!, ".config/openstack/clouds.yaml") });
  });

  it("./clouds.yaml wins over ~/.config, and terraform (running elsewhere) is pointed at it", () => {
    const ctx = context({ cwd: CLOUDS, home: "clouds: {}\n" });
    expect(checkOpenStackCredentials(env("hubstack"), ctx).terraformEnv).toEqual({ OS_CLIENT_CONFIG_FILE: join(ctx.cwd, "clouds.yaml") });
  });

  it("OS_CLIENT_CONFIG_FILE comes first and is passed on as it is", () => {
    const ctx = context({ home: "clouds: {}\n" });
    const file = join(ctx.cwd, "elsewhere.yaml");
    writeFileSync(file, CLOUDS);
    const found = checkOpenStackCredentials(env("hubstack"), { ...ctx, env: { OS_CLIENT_CONFIG_FILE: file } });
    expect(found.description).toContain(file);
    expect(found.terraformEnv).toEqual({});
  });

  it("OS_CLOUD when the inventory names no cloud", () => {
    expect(checkOpenStackCredentials(env(), context({ home: CLOUDS }, { OS_CLOUD: "other" })).description).toMatch(/^cloud "other"/);
  });

  it("no clouds.yaml anywhere: the cloud asked for, every place searched, and both ways to fix it", () => {
    const message = refusal(() => checkOpenStackCredentials(env("hubstack"), context()));
    expect(message).toContain('targets OpenStack cloud "hubstack" (openstack.cloud in inventory/hub-dev.yaml), but no clouds.yaml was found');
    expect(message).toContain("OS_CLOUD is not set");
    for (const place of ["$OS_CLIENT_CONFIG_FILE: not set", "./clouds.yaml", "~/.config/openstack/clouds.yaml", "/etc/openstack/clouds.yaml"]) expect(message).toContain(place);
    expect(message).toMatch(/application credential/);
    expect(message).toMatch(/OS_AUTH_URL with OS_USERNAME, OS_PASSWORD/);
  });

  it("a clouds.yaml without the cloud: names the file and the clouds it has", () => {
    const message = refusal(() => checkOpenStackCredentials(env("prod"), context({ home: CLOUDS })));
    expect(message).toMatch(/has no entry "prod"; its clouds: hubstack, other/);
  });

  it("the OS_* variables: a password, an application credential or a token, with OS_AUTH_URL", () => {
    const url = { OS_AUTH_URL: "https://keystone.example.org:5000/v3" };
    expect(checkOpenStackCredentials(env(), context({}, { ...url, OS_USERNAME: "u", OS_PASSWORD: "p" })).description).toMatch(/user u/);
    expect(checkOpenStackCredentials(env(), context({}, { ...url, OS_APPLICATION_CREDENTIAL_ID: "i", OS_APPLICATION_CREDENTIAL_SECRET: "s" })).description).toMatch(/application credential/);
    expect(checkOpenStackCredentials(env(), context({}, { ...url, OS_TOKEN: "t" })).description).toMatch(/token/);
  });

  it("incomplete OS_* variables: says which part is missing and which variables are set", () => {
    const half = refusal(() => checkOpenStackCredentials(env(), context({}, { OS_AUTH_URL: "https://k", OS_USERNAME: "u" })));
    expect(half).toMatch(/OS_AUTH_URL is set but neither OS_USERNAME \+ OS_PASSWORD/);
    expect(half).toContain("(set: OS_AUTH_URL, OS_USERNAME)");
    const none = refusal(() => checkOpenStackCredentials(env(), context()));
    expect(none).toMatch(/names no cloud \(openstack\.cloud\), OS_CLOUD is not set, and OS_AUTH_URL is not set/);
  });
});

describe("S3 state credentials", () => {
  const s3 = (name: string) =>
    ({ name, baseName: name, target: "openstack", state: { backend: "s3", bucket: "hubstack-state", endpoint: "https://object-store.example.org", key: "k", region: "r" } }) as unknown as Environment;

  it("needs AWS_ACCESS_KEY_ID and AWS_SECRET_ACCESS_KEY (or a profile) before terraform runs", () => {
    const message = refusal(() => checkStateBackendCredentials(s3("hub-prod"), context()));
    expect(message).toMatch(/state\.backend: s3, bucket hubstack-state at https:\/\/object-store\.example\.org/);
    expect(message).toMatch(/AWS_ACCESS_KEY_ID and AWS_SECRET_ACCESS_KEY are not set/);
    expect(message).toContain("openstack ec2 credentials create");
    expect(() => checkStateBackendCredentials(s3("hub-prod"), context({}, { AWS_ACCESS_KEY_ID: "a", AWS_SECRET_ACCESS_KEY: "b" }))).not.toThrow();
    expect(() => checkStateBackendCredentials(s3("hub-prod"), context({}, { AWS_PROFILE: "objects" }))).not.toThrow();
  });

  it("local state needs nothing", () => {
    expect(() => checkStateBackendCredentials({ name: "x", state: { backend: "local" } } as unknown as Environment, context())).not.toThrow();
  });
});
