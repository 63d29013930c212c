/**
 * Inventory loading: layering, and one clear message per mistake (file, line, key path, expected, found).
 * Each case writes a small inventory into a temporary folder, exactly as a user would.
 */
import { mkdirSync, symlinkSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { loadEnvironment, listEnvironmentFiles } from "../../environment/load.js";
import { ConfigError, UsageError } from "../../environment/errors.js";
import { tempDir } from "../support/temp.js";

const COMMON = `domain: example.org
ssh:
  user: debian
`;

const GOOD_LOCAL = `target: local
hosts:
  hub:
    roles: [base, jupyterhub]
    address: 10.70.0.11
`;

function inventory(files: Record<string, string>): string {
  const dir = tempDir("hubstack-inv-");
  for (const [name, text] of Object.entries(files)) {
    const file = join(dir, name);
    mkdirSync(join(file, ".."), { recursive: true });
    // A secrets file is the operator's alone (hubstack refuses one that others may read).
    writeFileSync(file, text, { mode: name.startsWith("secrets/") ? 0o600 : 0o644 });
  }
  return dir;
}

function load(envText: string, extra: Record<string, string> = {}) {
  const dir = inventory({ "common.yaml": COMMON, "test.yaml": envText, ...extra });
  return loadEnvironment("test", { inventoryDir: dir, displayRoot: join(dir, "..") });
}

function problemsOf(envText: string, extra: Record<string, string> = {}): string {
  try {
    load(envText, extra);
  } catch (err) {
    expect(err).toBeInstanceOf(UsageError);
    expect((err as UsageError).exitCode).toBe(2);
    return (err as Error).message;
  }
  throw new Error("expected the inventory to be refused");
}

describe("layering", () => {
  it("merges common, environment and secrets, later layers winning", () => {
    const env = load(GOOD_LOCAL + "timezone: Europe/Paris\n", {
      "common.yaml": COMMON + "timezone: Etc/UTC\nhub:\n  jupyterhub:\n    cullIdleSeconds: 60\n    adminUsers: [a]\n",
      "secrets/test.yaml": "hub:\n  jupyterhub:\n    cookieSecret: s3cr3t-cookie\n",
    });
    expect(env.timezone).toBe("Europe/Paris");
    expect(env.domain).toBe("example.org");
    expect(env.hub.jupyterhub.cullIdleSeconds).toBe(60);
    expect(env.hub.jupyterhub.adminUsers).toEqual(["a"]);
    expect(env.hub.jupyterhub.cookieSecret).toBe("s3cr3t-cookie");
    expect(env.secrets).toEqual(["s3cr3t-cookie"]);
    expect(env.name).toBe("test");
  });

  it("replaces lists instead of concatenating them", () => {
    const env = load(GOOD_LOCAL.replace("[base, jupyterhub]", "[base]"), {});
    expect(env.hosts.hub!.roles).toEqual(["base"]);
  });

  it("fills documented defaults", () => {
    const env = load(GOOD_LOCAL);
    expect(env.hosts.hub!.vcpus).toBe(1);
    expect(env.local.subnet).toBe("10.70.0.0/24");
    expect(env.state).toEqual({ backend: "local" });
    expect(env.hub.jupyterhub.install).toBe("pip");
  });

  it("resolves a CI instance name to its inventory file", () => {
    const dir = inventory({ "ci.yaml": GOOD_LOCAL + "ci:\n  randomName: true\n" });
    const env = loadEnvironment("ci-a1b2c3", { inventoryDir: dir });
    expect(env.name).toBe("ci-a1b2c3");
    expect(env.baseName).toBe("ci");
  });

  it("loads every shipped environment", () => {
    const names = listEnvironmentFiles();
    expect(names).toEqual(expect.arrayContaining(["local", "hub-dev", "hub-prod", "hub-ci", "clavius", "static-example"]));
    for (const name of names) expect(loadEnvironment(name).baseName).toBe(name);
  });
});

// [what the user wrote, what the message must say]
const BAD_INPUTS: [string, string, Record<string, string>?][] = [
  ["targte: local\n" + GOOD_LOCAL, 'inventory-x/test.yaml:1: targte: unknown key "targte"; did you mean "target"?'],
  [GOOD_LOCAL.replace("target: local", "target: lokal"), 'target: expected one of "openstack", "local", "static", found "lokal" (a string); did you mean "local"?'],
  [GOOD_LOCAL.replace("target: local\n", ""), "test.yaml:1: target: is missing (expected one of \"openstack\", \"local\", \"static\")"],
  [GOOD_LOCAL.replace("roles:", "rolse:"), 'hosts.hub.rolse: unknown key "rolse"; did you mean "roles"?'],
  [GOOD_LOCAL.replace("[base, jupyterhub]", "[base, jupyterhib]"), 'hosts.hub.roles[1]: expected one of'],
  [GOOD_LOCAL.replace("[base, jupyterhub]", "[]"), "hosts.hub.roles: Too small"],
  [GOOD_LOCAL.replace("10.70.0.11", "10.70.0.300"), "hosts.hub.address: an IPv4 address such as 10.70.0.10"],
  [GOOD_LOCAL.replace("    address: 10.70.0.11\n", ""), "hosts.hub.address: target local needs an address for every host"],
  [GOOD_LOCAL + "    vcpus: two\n", 'hosts.hub.vcpus: expected a number, found "two" (a string)'],
  [GOOD_LOCAL + "    memoryMiB: -5\n", "hosts.hub.memoryMiB: Too small"],
  [GOOD_LOCAL + "    jumpHost: bastoin\n", "hosts.hub.jumpHost: names no host of this environment (hosts: hub)"],
  [GOOD_LOCAL.replace("  hub:", "  Hub_1:"), "hosts.Hub_1: this name must be a DNS label"],
  ["target: local\nhosts: {}\n", "hosts: at least one host"],
  ["target: local\nhosts: [hub]\n", "hosts: expected a mapping, found a list of 1"],
  [GOOD_LOCAL + "local:\n  subnet: 10.70.0.0\n", "local.subnet:"],
  [GOOD_LOCAL + "local:\n  accel: fast\n", 'local.accel: expected one of "auto", "kvm", "tcg", found "fast" (a string)'],
  [GOOD_LOCAL + "state:\n  backend: ftp\n", 'state.backend: "ftp" (a string) is not a known kind (one of: local, s3, http)'],
  [GOOD_LOCAL + "state:\n  backend: s3\n  bucket: b\n", "state.endpoint: is missing"],
  [GOOD_LOCAL + "state:\n  backend: http\n  address: not-a-url\n", "state.address: Invalid URL"],
  [GOOD_LOCAL.replace("target: local", "target: openstack"), "openstack: target is openstack, so an openstack section is required"],
  [
    GOOD_LOCAL.replace("target: local", "target: openstack") + "openstack:\n  network: {existing: n}\n  adminCidrs: [0.0.0.0/33]\n",
    'openstack.adminCidrs[0]: expected a CIDR such as 203.0.113.0/24 or 2001:db8::/48, found "0.0.0.0/33"',
  ],
  [
    GOOD_LOCAL.replace("target: local", "target: openstack") + "openstack:\n  network: {existing: n}\n  adminCidrs: [10.0.0.0/8]\n",
    "hosts.hub.flavor: target openstack needs a flavor for every host",
  ],
  [
    GOOD_LOCAL.replace("target: local", "target: openstack") + "    flavor: m1\nopenstack:\n  network: {existing: n}\n  adminCidrs: [10.0.0.0/8]\n  dns:\n    zone: example.org\n",
    "openstack.dns.zone: a zone name ending with a dot",
  ],
  [GOOD_LOCAL + "admins:\n  - name: Alice\n", "admins[0].name: a Unix user name"],
  [GOOD_LOCAL + "admins:\n  - name: alice\n    sshKeys: [hello]\n", "admins[0].sshKeys[0]: an OpenSSH public key line"],
  [GOOD_LOCAL + "hub:\n  jupyterhub:\n    authenticator:\n      type: github\n", "hub.jupyterhub.authenticator.clientId: is missing"],
  [GOOD_LOCAL + "hub:\n  jupyterhub:\n    spawner: kubernetes\n", 'hub.jupyterhub.spawner: expected one of "docker", "local"'],
  [GOOD_LOCAL + "hub:\n  tls:\n    email: nobody\n", "hub.tls.email: Invalid email"],
  [GOOD_LOCAL + "hub:\n  images:\n    - name: Scipy\n      from: base\n", "hub.images[0].name: an image name such as scipy"],
  ["target: local\n  hosts: x\n", "test.yaml:1:9: not valid YAML: Nested mappings are not allowed in compact mappings\n"],
  ["- target\n", "test.yaml: expected a mapping of keys (target:, hosts:, ...), found a list of 1"],
  [GOOD_LOCAL + "target: static\n", "not valid YAML: Map keys must be unique"],
  [GOOD_LOCAL, 'common.yaml:2: sshh: unknown key "sshh"; did you mean "ssh"?', { "common.yaml": "domain: example.org\nsshh:\n  user: x\n" }],
  [GOOD_LOCAL, "secrets/test.yaml:3: hub.jupyterhub.cookieSecret: expected a string, found a number (not shown: a secret)", {
    "secrets/test.yaml": "hub:\n  jupyterhub:\n    cookieSecret: 42\n",
  }],
];

describe("bad inputs are refused with a message naming file, key, expectation and finding", () => {
  it.each(BAD_INPUTS.map(([text, message, extra], i) => ({ i, text, message, extra })))("case $i: $message", ({ text, message, extra }) => {
    const dir = inventory({ "common.yaml": COMMON, "test.yaml": text, ...(extra ?? {}) });
    let caught: unknown;
    try {
      loadEnvironment("test", { inventoryDir: dir, displayRoot: join(dir, "..") });
    } catch (err) {
      caught = err;
    }
    expect(caught).toBeInstanceOf(UsageError);
    const text_ = (caught as Error).message.replaceAll(dir.split("/").pop()!, "inventory-x");
    expect(text_).toContain(message.replace(/^inventory-x\//, ""));
    // Every line names the file it comes from, except the count line.
    for (const line of text_.split("\n").filter((l) => !/problems in the inventory/.test(l))) expect(line).toMatch(/\.yaml/);
  });

  it("reports every problem at once", () => {
    const message = problemsOf(GOOD_LOCAL.replace("target: local", "target: lokal") + "    vcpus: two\nfoo: 1\n");
    expect(message).toMatch(/^3 problems in the inventory/);
    // Each of the three, by its key: the count alone would pass with the same problem reported thrice.
    expect(message).toMatch(/\btarget\b.*lokal/);
    expect(message).toMatch(/vcpus/);
    expect(message).toMatch(/unknown key "foo"/);
  });

  it("rejects an unknown environment with a suggestion and the list", () => {
    const dir = inventory({ "common.yaml": COMMON, "hub-dev.yaml": GOOD_LOCAL });
    expect(() => loadEnvironment("hub-dve", { inventoryDir: dir })).toThrow(/no environment "hub-dve".*did you mean env=hub-dev\? \(environments: hub-dev\)/);
    expect(() => loadEnvironment("Bad_Name", { inventoryDir: dir })).toThrow(/a DNS label/);
    expect(() => loadEnvironment("hub-dev-abcdef", { inventoryDir: dir })).toThrow(/is not a CI environment/);
  });

  it("is a ConfigError carrying the problem list", () => {
    // An inventory that loaded would otherwise pass this test without one assertion.
    expect.assertions(2);
    try {
      load("target: local\nhosts: {}\nfoo: 1\n");
    } catch (err) {
      expect(err).toBeInstanceOf(ConfigError);
      expect((err as ConfigError).problems).toHaveLength(2);
    }
  });
});

describe("the secrets file is read only when it is what it should be", () => {
  function refused(setup: (dir: string) => void): string {
    const dir = inventory({ "common.yaml": COMMON, "test.yaml": GOOD_LOCAL });
    mkdirSync(join(dir, "secrets"), { recursive: true });
    setup(dir);
    try {
      loadEnvironment("test", { inventoryDir: dir, displayRoot: join(dir, "..") });
    } catch (err) {
      expect(err).toBeInstanceOf(ConfigError);
      expect((err as ConfigError).exitCode).toBe(2);
      return (err as Error).message;
    }
    throw new Error("expected the inventory to be refused");
  }
  const secrets = (dir: string) => join(dir, "secrets", "test.yaml");

  it("a dangling symlink is an error, not an absent layer (placeholders would deploy)", () => {
    expect(refused((dir) => symlinkSync("/nonexistent/secrets.yaml", secrets(dir)))).toMatch(/secrets\/test\.yaml: a symbolic link to a file that does not exist \(\/nonexistent\/secrets\.yaml\)/);
  });

  it("a directory is named as such (no stack trace)", () => {
    expect(refused((dir) => mkdirSync(secrets(dir)))).toMatch(/secrets\/test\.yaml: expected a YAML file, found a directory/);
  });

  it("a file others may read is refused, with the chmod that fixes it", () => {
    expect(refused((dir) => writeFileSync(secrets(dir), "hub: {}\n", { mode: 0o644 }))).toMatch(/secrets\/test\.yaml: readable or writable by others \(mode 0644\).*chmod 600 .*secrets\/test\.yaml/);
  });

  it("a malformed secret value is described, never printed", () => {
    const secret = "hunter2-do-not-print";
    const message = refused((dir) => writeFileSync(secrets(dir), `hub:\n  jupyterhub:\n    cookieSecret: [${secret}]\n`, { mode: 0o600 }));
    expect(message).toMatch(/secrets\/test\.yaml:3: hub\.jupyterhub\.cookieSecret: expected a string/);
    expect(message).not.toContain(secret);
    const scalar = refused((dir) => writeFileSync(secrets(dir), `hub:\n  jupyterhub:\n    spawner: ${secret}\n`, { mode: 0o600 }));
    expect(scalar).toMatch(/hub\.jupyterhub\.spawner/);
    expect(scalar).not.toContain(secret);
  });

  it("a YAML alias bomb is a clear error naming the file", () => {
    const bomb = ["a: &a [x, x, x, x, x, x, x, x, x, x]", ...Array.from({ length: 8 }, (_, i) => `${String.fromCharCode(98 + i)}: &${String.fromCharCode(98 + i)} [*${String.fromCharCode(97 + i)}, *${String.fromCharCode(97 + i)}, *${String.fromCharCode(97 + i)}, *${String.fromCharCode(97 + i)}, *${String.fromCharCode(97 + i)}, *${String.fromCharCode(97 + i)}, *${String.fromCharCode(97 + i)}, *${String.fromCharCode(97 + i)}, *${String.fromCharCode(97 + i)}, *${String.fromCharCode(97 + i)}]`)].join("\n");
    expect(refused((dir) => writeFileSync(secrets(dir), `${bomb}\n`, { mode: 0o600 }))).toMatch(/secrets\/test\.yaml: cannot be read as data: .*alias/i);
  });
});

describe("secrets written into a tracked file", () => {
  it("are refused by file:line and key, without the value, saying where they go", () => {
    const secret = "gh-client-secret-do-not-print";
    const message = problemsOf(`${GOOD_LOCAL}hub:\n  jupyterhub:\n    authenticator:\n      type: dummy\n      password: ${secret}\n`);
    expect(message).toMatch(/test\.yaml:\d+: hub\.jupyterhub\.authenticator\.password: a secret in a file git tracks; move it to .*secrets\/test\.yaml/);
    expect(message).not.toContain(secret);
    const inCommon = problemsOf(GOOD_LOCAL, { "common.yaml": `${COMMON}hub:\n  jupyterhub:\n    cookieSecret: ${secret}\n` });
    expect(inCommon).toMatch(/common\.yaml:\d+: hub\.jupyterhub\.cookieSecret: a secret in a file git tracks/);
    expect(inCommon).not.toContain(secret);
  });

  it("the placeholder stays allowed, and the secrets file is where they belong", () => {
    const env = load(`${GOOD_LOCAL}hub:\n  jupyterhub:\n    authenticator:\n      type: dummy\n      password: set-in-secrets\n`, {
      "secrets/test.yaml": "hub:\n  jupyterhub:\n    authenticator:\n      password: the-real-one\n",
    });
    expect(env.hub.jupyterhub.authenticator).toEqual({ type: "dummy", password: "the-real-one" });
    expect(env.secrets).toContain("the-real-one");
  });
});
