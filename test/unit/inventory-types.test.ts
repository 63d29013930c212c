/**
 * The value types of environment/types.ts and the whole-environment checks of environment/checks.ts, from the
 * other side of the corpus (bad-inventories.test.ts): what they must still accept, what an opt-in changes,
 * and the address arithmetic they rest on.
 */
import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { UsageError } from "../../environment/errors.js";
import { listEnvironmentFiles, loadEnvironment } from "../../environment/load.js";
import * as t from "../../environment/types.js";
import { tempDir } from "../support/temp.js";

const COMMON = "domain: example.org\nssh:\n  user: debian\n";
const LOCAL = `target: local
hosts:
  hub:
    roles: [base, nfs-client, docker, jupyterhub]
    address: 10.70.0.11
  nfs:
    roles: [base, nfs-server]
    address: 10.70.0.12
`;
const OPENSTACK = `target: openstack
openstack:
  network:
    existing: project-net
  adminCidrs: [198.51.100.0/24]
  floatingIpPool: public
hosts:
  hub:
    roles: [base, nfs-client, docker, jupyterhub]
    flavor: m1.large
    floatingIp: true
  nfs:
    roles: [base, nfs-server]
    flavor: m1.small
`;
const STATIC = `target: static
hosts:
  hub:
    roles: [base, nfs-client, docker, jupyterhub]
    address: 192.0.2.11
  nfs:
    roles: [base, nfs-server]
    address: 192.0.2.12
    jumpHost: hub
`;

function load(text: string, secrets?: string) {
  const root = tempDir("hubstack-types-");
  mkdirSync(join(root, "inventory", "secrets"), { recursive: true });
  writeFileSync(join(root, "inventory", "common.yaml"), COMMON);
  writeFileSync(join(root, "inventory", "test.yaml"), text);
  if (secrets !== undefined) writeFileSync(join(root, "inventory", "secrets", "test.yaml"), secrets, { mode: 0o600 });
  return loadEnvironment("test", { inventoryDir: join(root, "inventory"), displayRoot: root });
}

function refusal(text: string, secrets?: string): string {
  try {
    load(text, secrets);
  } catch (err) {
    expect(err).toBeInstanceOf(UsageError);
    return (err as Error).message;
  }
  throw new Error("expected the inventory to be refused");
}

describe("the corpus' base inventories load (the corpus fails for its own reasons)", () => {
  it.each([
    ["local", LOCAL],
    ["openstack", OPENSTACK + "hub:\n  jupyterhub:\n    authenticator:\n      type: github\n      clientId: x\n      clientSecret: set-in-secrets\n      allowedOrganizations: [example-org]\n"],
    ["static", STATIC],
  ])("%s", (_, text) => {
    expect(load(text).warnings).toEqual([]);
  });
});

describe("what the types still accept", () => {
  const ok = (extra: string, base = LOCAL) => expect(() => load(base + extra)).not.toThrow();

  it("names, paths and references of every ordinary shape", () => {
    ok("timezone: America/Argentina/Buenos_Aires\n");
    ok("timezone: Etc/GMT+5\n");
    ok("description: Hub for the course \"Data 101\" (spring)\n");
    ok("domain: a-b.c0.example.org\n");
    ok("hub:\n  hostname: jupyter.example.org\n");
    ok("nfs:\n  exportRoot: /srv/nfs-export\n  mounts:\n    home: /home\n    admin: /home/admin\n    shared: /mnt/shared.data\n");
    ok("bastion:\n  workVolume:\n    keyFile: /root/keys/work.key\n    mountPoint: /srv/work\n");
    ok("ssh:\n  privateKeyFile: /tmp/hubstack keys/id_ed25519\n");
    ok("local:\n  bridge: hs-br0\n  subnet: 192.168.77.0/24\n", LOCAL.replaceAll("10.70.0.", "192.168.77."));
    ok(
      "hub:\n  images:\n" +
        "    - {name: a, from: quay.io/jupyter/minimal-notebook:2024-07-29}\n" +
        "    - {name: b, from: 'registry.example.org:5000/team/img@sha256:" + "a".repeat(64) + "'}\n" +
        "    - {name: c, from: a, steps: ['RUN pip install numpy==2.0'], imports: [numpy, matplotlib.pyplot]}\n" +
        "    - {name: d, from: local-base}\n" +
        "  profiles:\n    - {name: course, displayName: 'Course: yours is kept', image: c, memLimit: 1.5G}\n",
    );
  });

  it("logins: org:team, loopback OAuth for tests, hex and token secrets from the secrets file", () => {
    ok("hub:\n  jupyterhub:\n    authenticator:\n      type: github\n      clientId: Iv1.0123abcd\n      clientSecret: set-in-secrets\n      allowedOrganizations: [example-org, other-org:teachers]\n      adminTeams: [example-org:hub-admins]\n");
    ok("hub:\n  jupyterhub:\n    adminUsers: [ada, grace@example.org]\n    authenticator:\n      type: generic-oauth\n      clientId: hub\n      clientSecret: set-in-secrets\n      authorizeUrl: http://127.0.0.1:8081/authorize\n      tokenUrl: http://localhost:8081/token\n      userdataUrl: https://id.example.org/userinfo\n      allowedGroups: [teachers, /staff/it]\n      groupsClaim: realm_access.roles\n");
    const env = load(LOCAL, `hub:\n  jupyterhub:\n    cookieSecret: ${"ab".repeat(32)}\n    proxyAuthToken: tok-en_123.456~x\n`);
    expect(env.hub.jupyterhub.cookieSecret).toBe("ab".repeat(32));
  });

  it("admins' keys of every OpenSSH type, with comments", () => {
    ok(
      "admins:\n  - name: alice\n    sshKeys:\n" +
        "      - ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIFakeKeyForTests alice@laptop (work)\n" +
        "      - ecdsa-sha2-nistp256 AAAAE2VjZHNhLXNoYTItbmlzdHAyNTYAAAAIbmlzdHAyNTY=\n" +
        "      - sk-ssh-ed25519@openssh.com AAAAGnNrLXNzaC1lZDI1NTE5QG9wZW5zc2guY29t yubikey\n",
    );
  });

  it("state backends: S3 with {env} in its key, a state server on localhost over http", () => {
    ok("state:\n  backend: s3\n  bucket: hubstack-state\n  key: teams/{env}/terraform.tfstate\n  region: regionOne\n  endpoint: https://object-store.example.org\n");
    ok("state:\n  backend: http\n  address: http://localhost:8080/state/{env}\n");
    ok("state:\n  backend: local\n  dir: .state\n");
  });

  it("a start hook is free text: lines and tabs", () => {
    const env = load(LOCAL + 'hub:\n  startHooks:\n    asRoot: "#!/bin/sh\\nset -e\\n\\techo \\"hello\\" > /tmp/x\\n"\n');
    expect(env.hub.startHooks.asRoot).toContain("\n\techo");
  });

  it("settings of another target in common.yaml are shared, not refused", () => {
    const root = tempDir("hubstack-types-");
    mkdirSync(join(root, "inventory"), { recursive: true });
    writeFileSync(join(root, "inventory", "common.yaml"), `${COMMON}local:\n  accel: tcg\n`);
    writeFileSync(join(root, "inventory", "test.yaml"), STATIC);
    expect(loadEnvironment("test", { inventoryDir: join(root, "inventory") }).target).toBe("static");
  });
});

describe("opt-ins and exposure", () => {
  it("SSH from everyone is accepted with openstack.sshFromEveryone, and said in a warning naming file:line", () => {
    const text = OPENSTACK.replace("adminCidrs: [198.51.100.0/24]", "adminCidrs: [0.0.0.0/0]\n  sshFromEveryone: true");
    const env = load(text + "hub:\n  jupyterhub:\n    authenticator:\n      type: pam\n");
    expect(env.warnings).toEqual([expect.stringMatching(/^inventory\/test\.yaml:5: openstack\.adminCidrs\[0\]: 0\.0\.0\.0\/0 lets every address on the internet try SSH logins \(accepted by openstack\.sshFromEveryone: true\)$/)]);
  });

  it("a /8 admin network is not 'everyone'", () => {
    const env = load(OPENSTACK.replace("adminCidrs: [198.51.100.0/24]", "adminCidrs: [10.0.0.0/8]") + "hub:\n  jupyterhub:\n    authenticator:\n      type: pam\n");
    expect(env.warnings).toEqual([]);
  });

  it("the dummy authenticator: fine on a private bridge or address, with a password from the secrets file, refused on a public static hub", () => {
    expect(load(LOCAL).warnings).toEqual([]);
    expect(load(STATIC).warnings).toEqual([]);
    const publicHub = STATIC.replace("192.0.2.11", "93.184.215.14");
    expect(refusal(publicHub)).toMatch(/hub\.jupyterhub\.authenticator: the dummy authenticator without a password lets anyone log in/);
    const withPassword = load(publicHub, "hub:\n  jupyterhub:\n    authenticator:\n      type: dummy\n      password: Corr3ct-H0rse\n");
    expect(withPassword.warnings).toEqual([]);
  });

  it("a cloud hub with a floating IP and the dummy authenticator without a password: a warning for now (the shipped hub-dev and hub-ci are such hubs)", () => {
    const env = load(OPENSTACK);
    expect(env.warnings).toEqual([expect.stringMatching(/hub\.jupyterhub\.authenticator: the dummy authenticator without a password lets anyone log in .* its floating IP \(hosts\.hub\.floatingIp\)/)]);
  });

  it("every shipped environment loads, and only the dummy cloud hubs carry a warning", () => {
    for (const name of listEnvironmentFiles()) {
      const env = loadEnvironment(name);
      const dummyCloudHub = env.target === "openstack" && env.hub.jupyterhub.authenticator.type === "dummy" && Object.values(env.hosts).some((h) => h.roles.includes("jupyterhub") && h.floatingIp);
      expect(env.warnings ?? [], name).toHaveLength(dummyCloudHub ? 1 : 0);
    }
  });
});

describe("messages quote values safely", () => {
  it("a value with control characters is shown escaped: it can forge no line of the message and drive no terminal", () => {
    const message = refusal(LOCAL + 'description: "ok\\n  - inventory/common.yaml:1: all good\\u001b[2J\\u202e"\n');
    expect(message).not.toContain("\u001b");
    expect(message).not.toContain("\u202e");
    expect(message.split("\n")).toHaveLength(1);
    expect(message).toContain('found "ok\\n  - inventory/common.yaml:1: all g..." (a string)');
  });

  it("a secret quoted by a check (a CIDR's suggestion) is masked", () => {
    const message = refusal(OPENSTACK, "openstack:\n  adminCidrs: [203.0.113.77/24]\n");
    expect(message).toContain("did you mean 203.0.113.0/24?");
    expect(message).not.toContain("203.0.113.77");
  });
});

describe("address arithmetic", () => {
  it("parses IPv4 strictly", () => {
    expect(t.parseIpv4("10.70.0.11")).toBe(0x0a46000b);
    for (const bad of ["10.70.0", "10.70.0.256", "10.070.0.1", "1.2.3.4.5", " 1.2.3.4", "1.2.3.4\n", "0x1.2.3.4"]) expect(t.parseIpv4(bad), bad).toBeUndefined();
  });

  it("parses and prints IPv6, with '::' and an IPv4 tail", () => {
    const cases: [string, string][] = [
      ["::", "::"],
      ["::1", "::1"],
      ["2001:db8::", "2001:db8::"],
      ["2001:0db8:0000:0000:0000:0000:0000:0001", "2001:db8::1"],
      ["2001:db8:0:1:0:0:0:1", "2001:db8:0:1::1"],
      ["::ffff:192.0.2.1", "::ffff:c000:201"],
      ["fe80::1:2:3:4:5", "fe80::1:2:3:4:5"],
    ];
    for (const [text, printed] of cases) expect(t.formatIpv6(t.parseIpv6(text)!), text).toBe(printed);
    for (const bad of [":::", "1:2:3:4:5:6:7:8:9", "2001:db8::1::2", "12345::", "::g", "1:2:3:4:5:6:7", "::1.2.3"]) expect(t.parseIpv6(bad), bad).toBeUndefined();
  });

  it("finds host bits and suggests the network", () => {
    expect(t.parseCidr("10.0.0.5/24")).toMatchObject({ hostBits: true, prefix: 24 });
    expect(t.formatCidr(t.parseCidr("10.0.0.5/24")!)).toBe("10.0.0.0/24");
    expect(t.formatCidr(t.parseCidr("2001:db8:100::1/48")!)).toBe("2001:db8:100::/48");
    expect(t.parseCidr("0.0.0.0/0")).toMatchObject({ hostBits: false, prefix: 0 });
    expect(t.parseCidr("::/0")).toMatchObject({ hostBits: false, version: 6 });
    for (const bad of ["10.0.0.0", "10.0.0.0/33", "10.0.0.0/-1", "10.0.0.0/08", "::/129", "10.0.0.0/24/1"]) expect(t.parseCidr(bad), bad).toBeUndefined();
  });

  it("tells public addresses from private, documentation and shared ones", () => {
    for (const a of ["93.184.215.14", "8.8.8.8", "1.1.1.1"]) expect(t.isPublicIpv4(a), a).toBe(true);
    for (const a of ["10.1.2.3", "172.20.0.1", "192.168.1.1", "127.0.0.1", "169.254.1.1", "100.64.0.1", "192.0.2.11", "198.51.100.7", "203.0.113.9"]) expect(t.isPublicIpv4(a), a).toBe(false);
  });
});
