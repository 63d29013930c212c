/**
 * The hub roles that fit on one Debian 12 VM without Docker, for real: base, then start-hooks, then
 * proxy-tls with a certificate from a real ACME server (pebble on this machine, validating over HTTP-01
 * through the hub's firewall). Each stage converges (check mode first, which must leave the host as it
 * was), converges again with 0 changed, then is verified: an admin logs in with their key and has sudo,
 * sshd and the firewall are what they should be, the hooks run and log with the right owners and modes and
 * a hook writable by others is refused, and Caddy serves the hub's name with pebble's certificate.
 * JupyterHub itself (a virtual environment, DockerSpawner, the notebook images) is proven by the e2e on
 * env=local, where it runs as in production.
 *
 * One VM for the whole file. Slow: ~15-30 min under TCG.
 */
import { execa } from "execa";
import { existsSync, readFileSync } from "node:fs";
import http from "node:http";
import https from "node:https";
import type { TLSSocket } from "node:tls";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Environment } from "../../environment/schema.js";
import type { ProvisionReport } from "../../provisioners/engine/report.js";
import { startPebble, type Pebble } from "./pebble.js";
import { bootRolesVm, canBootVms, converge, environmentFor, explain, onVm, sh, stopRolesVm, summary, type RolesVm } from "./roles-vm.js";

const log = (line: string) => process.stderr.write(`[roles-hub] ${line}\n`);
const HUB = "hub.roles.hubstack.test";
const STAGE_TIMEOUT = 60 * 60_000;

describe.skipIf(!canBootVms)("hub roles on one Debian 12 VM", () => {
  let vm: RolesVm;
  let env: Environment;
  let pebble: Pebble;
  let aliceKey: string;

  beforeAll(async () => {
    vm = await bootRolesVm("hs-roles-hub", "hub", ["base", "start-hooks", "jupyterhub", "proxy-tls"], { memoryMiB: 2048 });
    pebble = startPebble("/tmp/hubstack-roles-hs-roles-hub/pebble", vm.subnet.replace(/\.0\/24$/, ".1"), vm.host.address);
    aliceKey = `${vm.host.privateKeyFile}-alice`;
    if (!existsSync(aliceKey)) await execa("ssh-keygen", ["-q", "-t", "ed25519", "-N", "", "-C", "alice", "-f", aliceKey]);
    const key = readFileSync(`${aliceKey}.pub`, "utf8").trim();
    env = environmentFor(vm, (f) => {
      f.timezone = "Europe/Zurich";
      f.admins = [
        { name: "alice", sshKeys: [key] },
        { name: "mallory", sshKeys: [key] },
      ];
      f.hub = {
        tls: { acmeDirectory: pebble.directory, acmeCaRoot: pebble.caFile, email: "ops@example.org" },
        // A notebook server under TCG takes longer than JupyterHub's 30 s default to answer.
        jupyterhub: { extraConfig: { "Spawner.http_timeout": 300, "Spawner.start_timeout": 300 } },
      };
    });
    expect(env.hub.hostname ?? `hub.${env.domain}`).toBe(HUB);
    // Something for the hostname step to put right (still resolvable, or sudo complains).
    await sh(vm, "hostnamectl set-hostname scratch && echo '127.0.1.2 scratch' >> /etc/hosts");
  }, 30 * 60_000);

  afterAll(async () => {
    pebble?.stop();
    await stopRolesVm(vm);
  }, 300_000);

  /** Converges `roles`: check mode (the host must not change), a first run, a second run with 0 changed. */
  async function stage(roles: string[], snapshot: string): Promise<{ first: ProvisionReport; second: ProvisionReport }> {
    const before = await sh(vm, snapshot);
    const check = await converge(vm, env, { check: true, onlyRoles: roles });
    expect(check.ok, explain(check)).toBe(true);
    expect(check.hosts[0]!.changed).toBeGreaterThan(0);
    expect(await sh(vm, snapshot), "check mode changed the host").toBe(before);

    const first = await converge(vm, env, { onlyRoles: roles });
    log(`${roles.join("+")}: first converge ${JSON.stringify(summary(first))}: ${first.hosts[0]!.roles.map((r) => `${r.name} ${r.seconds.toFixed(1)} s`).join(", ")}`);
    expect(first.ok, explain(first)).toBe(true);
    expect(first.hosts[0]!.changed).toBeGreaterThan(0);

    const second = await converge(vm, env, { onlyRoles: roles });
    log(`${roles.join("+")}: second converge ${JSON.stringify(summary(second))}`);
    expect(second.hosts[0], explain(second)).toMatchObject({ changed: 0, failed: 0 });
    return { first, second };
  }

  describe("base", () => {
    it(
      "converges: check mode changes nothing, the first run changes, the second changes nothing",
      async () => {
        await stage(["base"], "hostname; cat /etc/timezone; ls /etc/ssh/sshd_config.d /etc/ssh; getent passwd alice || true; dpkg -l nftables 2>/dev/null | tail -1 | cut -c1-2");
      },
      STAGE_TIMEOUT,
    );

    it("names the host and sets its time zone", async () => {
      expect(await sh(vm, "hostname; cat /etc/hostname; cat /etc/timezone")).toBe("hub\nhub\nEurope/Zurich\n");
    });

    it("lets an admin in with their key, with sudo; keys are root's files outside the homes", async () => {
      // hubstack's connector runs scripts through sudo: SUDO_USER is who logged in, uid 0 proves sudo without a password.
      expect((await onVm(vm, 'printf "%s\\n" "$SUDO_USER"; id -u', { user: "alice", privateKeyFile: aliceKey })).stdout).toBe("alice\n0\n");
      expect(await sh(vm, "stat -c '%U %a' /etc/ssh/authorized_keys/alice /etc/ssh/authorized_keys/debian; test -e ~alice/.ssh/authorized_keys || echo no-home-keys")).toBe("root 644\nroot 644\nno-home-keys\n");
    });

    it("hardens sshd: keys only, no root, only the login user and the admins", async () => {
      const t = await sh(vm, "sshd -T 2>/dev/null | grep -Ei '^(passwordauthentication|permitrootlogin|kbdinteractiveauthentication|allowusers|authorizedkeysfile) '");
      expect(t).toContain("passwordauthentication no");
      expect(t).toContain("permitrootlogin no");
      expect(t).toContain("kbdinteractiveauthentication no");
      expect(t).toContain("authorizedkeysfile /etc/ssh/authorized_keys/%u");
      expect(t.match(/^allowusers (.*)$/gm)!.join(" ")).toMatch(/debian.*alice.*mallory/);
      // root is refused even with a key sshd would otherwise accept.
      await sh(vm, "cp /etc/ssh/authorized_keys/debian /etc/ssh/authorized_keys/root");
      await expect(onVm(vm, "true", { user: "root" })).rejects.toThrow();
      await sh(vm, "rm -f /etc/ssh/authorized_keys/root");
    });

    it("loads the firewall, enabled for the next boot, with SSH open to this machine only", async () => {
      const rules = await sh(vm, "nft list table inet hubstack");
      expect(rules).toContain("policy drop");
      expect(rules).toContain(`elements = { ${vm.subnet.replace(/\.0\/24$/, ".1")} }`);
      expect(await sh(vm, "systemctl is-enabled nftables.service; systemctl is-active nftables.service")).toBe("enabled\nactive\n");
    });

    it("configures security upgrades (the local image masks apt's timers: left alone, with a note)", async () => {
      const dump = await sh(vm, "apt-config dump | grep -E '^(APT::Periodic::Unattended-Upgrade|Unattended-Upgrade::Origins-Pattern::) '");
      expect(dump).toContain('APT::Periodic::Unattended-Upgrade "1";');
      expect(dump).toContain("label=Debian-Security");
      const report = await converge(vm, env, { check: true, onlyRoles: ["base"] });
      const timer = report.hosts[0]!.roles[0]!.operations.find((o) => o.name.includes("apt-daily-upgrade.timer"))!;
      expect(timer.reason).toMatch(/masked on this host .* unattended upgrades do not run here|apt-daily-upgrade\.timer is active/);
    });

    it(
      "removes an admin marked present: false; the next run is a no-op again",
      async () => {
        env.admins = env.admins.map((a) => (a.name === "mallory" ? { ...a, present: false } : a));
        const removed = await converge(vm, env, { onlyRoles: ["base"] });
        expect(removed.ok, explain(removed)).toBe(true);
        expect(await sh(vm, "getent passwd mallory || echo gone; test -e /etc/ssh/authorized_keys/mallory || echo no-keys; grep -c mallory /etc/sudoers.d/hubstack-admins || true")).toBe("gone\nno-keys\n0\n");
        const again = await converge(vm, env, { onlyRoles: ["base"] });
        expect(again.hosts[0], explain(again)).toMatchObject({ changed: 0, failed: 0 });
      },
      STAGE_TIMEOUT,
    );
  });

  describe("start-hooks", () => {
    const runHooks = (user: string) =>
      sh(vm, `env -i PATH=/usr/sbin:/usr/bin:/sbin:/bin NB_USER=${user} JUPYTERHUB_USER=${user} HOME=/home/${user} /bin/bash /usr/local/bin/before-notebook.d/start-scripts.sh 2>&1`);

    it(
      "converges: check mode changes nothing, the first run changes, the second changes nothing",
      async () => {
        await stage(["base", "start-hooks"], "ls -la /home /home/admin 2>&1; ls -la /usr/local/bin/before-notebook.d 2>&1 || true");
      },
      STAGE_TIMEOUT,
    );

    it("installs the hooks with the owners and modes the runner trusts", async () => {
      expect(await sh(vm, "stat -c '%n %U:%G %a' /home/admin /home/admin/start /home/admin/logs /home/admin/start/as-root.sh /home/admin/start/as-user.sh /usr/local/bin/before-notebook.d/start-scripts.sh")).toBe(
        [
          "/home/admin admin:admin 755",
          // root's: nobody else can rename or replace a hook in it.
          "/home/admin/start root:root 755",
          "/home/admin/logs admin:admin 750",
          "/home/admin/start/as-root.sh root:root 700",
          "/home/admin/start/as-user.sh admin:admin 755",
          "/usr/local/bin/before-notebook.d/start-scripts.sh root:root 755",
          "",
        ].join("\n"),
      );
      expect(await sh(vm, "id admin")).toBe("uid=2000(admin) gid=2000(admin) groups=2000(admin)\n");
    });

    it(
      "runs both hooks and logs them as admin, 0640; refuses a hook writable by others; the next converge repairs it",
      async () => {
        await sh(vm, "id carol >/dev/null 2>&1 || useradd -m -s /bin/bash carol");
        await runHooks("carol");
        expect(await sh(vm, "stat -c '%n %U:%G %a' /home/admin/logs/carol-as-root.log /home/admin/logs/carol-as-user.log")).toBe(
          "/home/admin/logs/carol-as-root.log admin:admin 640\n/home/admin/logs/carol-as-user.log admin:admin 640\n",
        );
        expect(await sh(vm, "cat /home/admin/logs/carol-as-root.log")).toContain("as-root: nothing to do for carol (default hook)");
        expect(await sh(vm, "cat /home/admin/logs/carol-as-user.log")).toContain("as-user: carol in /home/carol (default hook)");
        // The notebook user cannot read its own hook logs.
        expect((await onVm(vm, "sudo -n -u carol cat /home/admin/logs/carol-as-user.log")).code).not.toBe(0);

        await sh(vm, "chmod o+w /home/admin/start/as-user.sh");
        await runHooks("carol");
        expect(await sh(vm, "tail -n 2 /home/admin/logs/carol-as-user.log")).toMatch(/REFUSED: \/home\/admin\/start\/as-user\.sh can be written by group or others \(mode 757\)/);

        const repaired = await converge(vm, env, { onlyRoles: ["start-hooks"] });
        expect(repaired.hosts[0], explain(repaired)).toMatchObject({ changed: 1, failed: 0 });
        expect(explain(repaired)).toContain("/home/admin/start/as-user.sh: set mode 0755");
        await runHooks("carol");
        expect(await sh(vm, "tail -n 3 /home/admin/logs/carol-as-user.log")).toContain("as-user: carol");
      },
      STAGE_TIMEOUT,
    );
  });

  describe("proxy-tls (Caddy, certificate from pebble)", () => {
    it(
      "converges: check mode changes nothing, the first run changes, the second changes nothing",
      async () => {
        await stage(["base", "start-hooks", "proxy-tls"], "ls -la /etc/caddy 2>&1; dpkg -l caddy 2>/dev/null | tail -1 | cut -c1-2; nft list table inet hubstack | grep -c 443 || true");
      },
      STAGE_TIMEOUT,
    );

    it("serves HTTPS with a certificate pebble issued (502 behind it: no hub runs here), and redirects HTTP to it", async () => {
      const root = await pebble.issuingRoot();
      let served: { status: number; issuer: string } | undefined;
      for (const deadline = Date.now() + 180_000; !served; ) {
        served = await get(`https://${vm.host.address}/hub/api`, { ca: root }).catch((err) => {
          if (Date.now() > deadline) throw err;
          return undefined;
        });
        if (!served) await new Promise((r) => setTimeout(r, 3000));
      }
      // Caddy answers for the hub's proxy, which this VM does not run.
      expect(served.status).toBe(502);
      expect(served.issuer).toMatch(/Pebble/);
      const plain = await get(`http://${vm.host.address}/hub/`);
      expect(plain.status).toBe(308);
      expect(plain.location).toBe(`https://${HUB}/hub/`);
    }, 300_000);
  });

  function get(url: string, opts: { ca?: string } = {}): Promise<{ status: number; issuer: string; location?: string }> {
    const u = new URL(url);
    const mod = u.protocol === "https:" ? https : http;
    return new Promise((resolve, reject) => {
      const req = mod.request(
        { host: u.hostname, port: u.port || undefined, path: u.pathname, headers: { host: HUB }, servername: HUB, ...(opts.ca ? { ca: opts.ca } : {}), agent: false, timeout: 30_000 },
        (res) => {
          res.resume();
          res.on("end", () => {
            const cert = u.protocol === "https:" ? (res.socket as TLSSocket).getPeerCertificate?.() : undefined;
            resolve({ status: res.statusCode!, issuer: String(cert?.issuer?.CN ?? ""), ...(res.headers.location ? { location: res.headers.location } : {}) });
          });
        },
      );
      req.on("error", reject);
      req.on("timeout", () => req.destroy(new Error(`${url}: timed out`)));
      req.end();
    });
  }
});
