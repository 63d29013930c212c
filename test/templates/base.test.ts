/**
 * The base role's files, checked by the programs that read them: the sshd drop-in with `sshd -t`/`-T`
 * on a configuration that includes it, the firewall with `nft -c -f`, the upgrade settings with
 * `apt-config dump`, the sudoers drop-in with `visudo -c`.
 */
import { chmodSync, mkdirSync, mkdtempSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { firewallVars, sshdVars } from "../../provisioners/roles/base/template-vars.js";
import { renderManagedFile } from "../../provisioners/roles/files.js";
import { renderTemplate } from "../../templates/index.js";
import { filesFor, hostsOf, load, run, SHIPPED, variant, writeTemp, SCRATCH } from "./helpers.js";

function baseFile(env: ReturnType<typeof load>, hostName: string, dest: string): string {
  const hosts = hostsOf(env);
  const file = filesFor(env, hosts, hostName).find((f) => f.dest === dest);
  if (!file) throw new Error(`${hostName} has no ${dest}`);
  return renderManagedFile(file);
}

describe("sshd drop-in", () => {
  let hostKey: string;
  beforeAll(() => {
    const dir = mkdtempSync(join(SCRATCH, "hubstack-sshd-"));
    hostKey = join(dir, "ssh_host_ed25519_key");
    expect(run("ssh-keygen", ["-q", "-t", "ed25519", "-N", "", "-f", hostKey]).status).toBe(0);
    // sshd -t wants its privilege separation folder.
    mkdirSync("/run/sshd", { recursive: true });
  });

  /** sshd -T on a main file that includes the drop-in first, the way Debian's sshd_config does. */
  function effective(dropIn: string): Map<string, string> {
    const dir = mkdtempSync(join(SCRATCH, "hubstack-sshd-"));
    const path = writeTemp("/etc/ssh/sshd_config.d/10-hubstack.conf", dropIn, dir);
    // What cloud-init writes for a cloud user when ssh_pwauth is true: the drop-in must win over it.
    const cloud = join(dir, "50-cloud-init.conf");
    writeFileSync(cloud, "PasswordAuthentication yes\n");
    const main = join(dir, "sshd_config");
    writeFileSync(main, `Include ${path}\nInclude ${cloud}\nHostKey ${hostKey}\nPermitRootLogin yes\nUsePAM yes\nSubsystem sftp /usr/lib/openssh/sftp-server\n`);
    const check = run("sshd", ["-t", "-f", main]);
    expect(check.status, check.out).toBe(0);
    const dump = run("sshd", ["-T", "-f", main, "-C", "user=debian,host=client,addr=192.0.2.1"]);
    expect(dump.status, dump.out).toBe(0);
    // Some keywords (allowusers) come one line per value.
    const conf = new Map<string, string>();
    for (const line of dump.stdout.split("\n").filter(Boolean)) {
      const key = line.split(" ")[0]!;
      const value = line.slice(key.length + 1);
      conf.set(key, conf.has(key) ? `${conf.get(key)} ${value}` : value);
    }
    return conf;
  }

  for (const name of SHIPPED) {
    it(`${name}: every host's drop-in passes sshd -t and wins over cloud-init's and the main file`, () => {
      const env = load(name);
      for (const host of hostsOf(env)) {
        const conf = effective(baseFile(env, host.name, "/etc/ssh/sshd_config.d/10-hubstack.conf"));
        expect(conf.get("passwordauthentication")).toBe("no");
        expect(conf.get("kbdinteractiveauthentication")).toBe("no");
        expect(conf.get("permitrootlogin")).toBe("no");
        expect(conf.get("authenticationmethods")).toBe("publickey");
        expect(conf.get("x11forwarding")).toBe("no");
        expect(conf.get("allowusers")?.split(" ")).toContain(env.ssh.user);
      }
    });
  }

  it("opens local forwarding (ProxyJump) only on bastions and jump hosts", () => {
    const env = load("hub-dev");
    const hosts = hostsOf(env);
    expect(sshdVars(env, hosts, "bastion").allowTcpForwarding).toBe("local");
    expect(sshdVars(env, hosts, "hub").allowTcpForwarding).toBe("no");
    const stat = load("static-example");
    // static-example's nfs jumps through its hub.
    expect(sshdVars(stat, hostsOf(stat), "hub").allowTcpForwarding).toBe("local");
  });

  it("lets the team's admins in, not the ones marked absent", () => {
    const env = variant("local", (e) => {
      e.admins = [
        { name: "alice", sshKeys: [], present: true },
        { name: "bob", sshKeys: [], present: false },
      ];
    });
    const conf = effective(baseFile(env, "hub", "/etc/ssh/sshd_config.d/10-hubstack.conf"));
    expect(conf.get("allowusers")?.split(" ").sort()).toEqual(["alice", "debian"]);
  });
});

describe("nftables ruleset", () => {
  function nftCheck(text: string): void {
    const path = writeTemp("/etc/nftables.conf", text);
    const r = run("nft", ["-c", "-f", path]);
    expect(r.status, `${r.out}\n${text}`).toBe(0);
  }

  for (const name of SHIPPED) {
    it(`${name}: every host's ruleset passes nft -c`, () => {
      const env = load(name);
      for (const host of hostsOf(env)) nftCheck(baseFile(env, host.name, "/etc/nftables.conf"));
    });
  }

  it("loads twice over itself (declare, delete, define) and leaves other tables alone", () => {
    const env = load("local");
    const text = baseFile(env, "hub", "/etc/nftables.conf");
    // Checked as one transaction: a foreign table, the ruleset, then the ruleset again.
    nftCheck(`table ip docker_like {\n\tchain c {\n\t\ttype filter hook forward priority 0; policy accept;\n\t}\n}\n${text}\n${text}`);
    expect(text).not.toMatch(/flush ruleset/);
  });

  it("local (cloud-shaped): the hub and the NFS server take SSH from the bastion only, the bastion from the operator's machine; the hub serves 80/443; the NFS server only to the hub", () => {
    const env = load("local");
    const hosts = hostsOf(env);
    const hub = firewallVars(env, hosts, "hub");
    expect(hub.ssh4.sort()).toEqual(["10.70.0.10"]);
    expect(firewallVars(env, hosts, "nfs").ssh4).toEqual(["10.70.0.10"]);
    expect(firewallVars(env, hosts, "bastion").ssh4).toEqual(["10.70.0.1"]);
    expect(hub.sshFromAnywhere).toBe(false);
    expect(hub.publicTcp).toEqual([80, 443]);
    expect(hub.nfs).toBe(false);
    const nfs = firewallVars(env, hosts, "nfs");
    expect(nfs.publicTcp).toEqual([]);
    expect(nfs.nfs).toEqual({ clients4: ["10.70.0.11"], clients6: [], tcp: [111, 2049], udp: [111] });
    const text = baseFile(env, "nfs", "/etc/nftables.conf");
    expect(text).toMatch(/elements = \{ 10\.70\.0\.11 \}/);
    expect(text).toMatch(/ip saddr @nfs_v4 tcp dport \{ 111, 2049 \} accept/);
    expect(text).not.toMatch(/dport \{ 80, 443 \}/);
  });

  it("openstack: a host behind the bastion takes SSH from the bastion only; the bastion from the admin networks (IPv4 and IPv6)", () => {
    const env = load("hub-prod");
    const hosts = hostsOf(env);
    const bastion = hosts.find((h) => h.name === "bastion")!;
    const hub = firewallVars(env, hosts, "hub");
    expect(hub.ssh4).toEqual([bastion.address]);
    expect(hub.ssh6).toEqual([]);
    const b = firewallVars(env, hosts, "bastion");
    expect(b.ssh4).toEqual(["198.51.100.0/24"]);
    expect(b.ssh6).toEqual(["2001:db8:100::/48"]);
    // The Docker spawner's containers reach the hub API on the hubstack bridge only.
    expect(hub.dockerHubApi).toEqual({ bridge: "hubstack0", port: 8081 });
    expect(baseFile(env, "hub", "/etc/nftables.conf")).toMatch(/iifname "hubstack0" tcp dport 8081 accept/);
    // ... and nothing of the environment: not its network, not its other hosts, not the metadata service.
    const others = hosts.filter((h) => h.name !== "hub").map((h) => h.address);
    expect(hub.containersBlocked).toEqual({ bridge: "hubstack0", v4: expect.arrayContaining(["169.254.0.0/16", ...others]), v6: ["fe80::/10"] });
    expect(b.containersBlocked).toBe(false);
    const text = baseFile(env, "hub", "/etc/nftables.conf");
    nftCheck(text);
    expect(text).toMatch(/type filter hook forward priority filter - 10; policy accept;\n(.*\n)+\t\tiifname "hubstack0" ip daddr \{ 169\.254\.0\.0\/16, .*\} counter drop/);
  });

  it("static: SSH stays open (no admin networks are known) and says so", () => {
    const env = load("static-example");
    const text = baseFile(env, "hub", "/etc/nftables.conf");
    expect(text).toMatch(/tcp dport 22 accept/);
    expect(text).toMatch(/narrow it at the site's firewall/);
  });

  it("renders empty sets when a family has no source", () => {
    const text = renderTemplate("base/nftables.conf.hbs", {
      hostname: "x",
      ssh4: [],
      ssh6: [],
      sshFromAnywhere: false,
      publicTcp: [],
      nfs: false,
      dockerHubApi: false,
      containersBlocked: false,
    });
    nftCheck(text);
    expect(text).not.toMatch(/elements/);
  });
});

describe("unattended upgrades", () => {
  it("apt reads it: daily runs, the security origins only, no automatic reboot", () => {
    const text = baseFile(load("local"), "hub", "/etc/apt/apt.conf.d/52hubstack-unattended");
    const path = writeTemp("/etc/apt/apt.conf.d/52hubstack-unattended", text);
    const r = run("apt-config", ["-c", path, "dump"]);
    expect(r.status, r.out).toBe(0);
    expect(r.stdout).toMatch(/^APT::Periodic::Unattended-Upgrade "1";$/m);
    expect(r.stdout).toMatch(/^APT::Periodic::Update-Package-Lists "1";$/m);
    expect(r.stdout).toMatch(/^Unattended-Upgrade::Automatic-Reboot "false";$/m);
    const origins = r.stdout.split("\n").filter((l) => l.startsWith("Unattended-Upgrade::Origins-Pattern:: "));
    expect(origins.length).toBe(2);
    for (const o of origins) expect(o).toMatch(/label=Debian-Security/);
  });

  it("#clear drops origins an earlier file listed (Debian's point releases)", () => {
    const dir = mkdtempSync(join(SCRATCH, "hubstack-apt-"));
    const debian = join(dir, "50unattended-upgrades");
    writeFileSync(debian, 'Unattended-Upgrade::Origins-Pattern { "origin=Debian,codename=${distro_codename},label=Debian"; };\n');
    const ours = writeTemp("/x/52hubstack-unattended", baseFile(load("local"), "hub", "/etc/apt/apt.conf.d/52hubstack-unattended"), dir);
    const r = run("apt-config", ["-c", debian, "-c", ours, "dump"]);
    expect(r.status, r.out).toBe(0);
    expect(r.stdout).not.toMatch(/label=Debian";/);
  });
});

describe("sudoers drop-in", () => {
  it("visudo accepts it, with and without admins; it gives each present admin passwordless sudo", () => {
    for (const admins of [[], [{ name: "alice", sshKeys: [], present: true }, { name: "bob", sshKeys: [], present: false }]]) {
      const env = variant("local", (e) => (e.admins = admins));
      const text = baseFile(env, "hub", "/etc/sudoers.d/hubstack-admins");
      const path = writeTemp("/etc/sudoers.d/hubstack-admins", text);
      chmodSync(path, 0o440);
      const r = run("visudo", ["-c", "-q", "-f", path]);
      expect(r.status, `${r.out}\n${text}`).toBe(0);
      if (admins.length) {
        expect(text).toMatch(/^alice ALL=\(ALL:ALL\) NOPASSWD: ALL$/m);
        expect(text).not.toMatch(/^bob /m);
      }
    }
  });
});
