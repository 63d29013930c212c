/**
 * The backup files, checked by the programs that read them: the service and timer with `systemd-analyze
 * verify`, the schedules the schema lets through with `systemd-analyze calendar`, the scripts with shellcheck,
 * the ssh client configuration with `ssh -G`, and the backup account's Match block with `sshd -t`/`-T` on a
 * configuration that includes base's drop-in and then it, the way Debian's sshd_config does.
 */
import { spawn, type ChildProcess } from "node:child_process";
import { chmodSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Environment } from "../../environment/schema.js";
import { EnvironmentFile } from "../../environment/schema.js";
import { backupSource } from "../../provisioners/roles/backup/sources.js";
import { backupFiles } from "../../provisioners/roles/backup/template-vars.js";
import { backupTargetFiles } from "../../provisioners/roles/backup-target/template-vars.js";
import { baseFiles, hostsFromEnvironment } from "../../provisioners/roles/base/template-vars.js";
import { renderManagedFile } from "../../provisioners/roles/files.js";
import { run, SCRATCH, variant, writeTemp } from "./helpers.js";
import { requireTools } from "../support/prerequisites.js";
import { BACKUP_SUCCESS_METRIC } from "../../provisioners/roles/metrics/constants.js";
import { TEXTFILE_DIR } from "../../provisioners/roles/node-exporter/constants.js";

const KEY = {
  privateKey: "-----BEGIN OPENSSH PRIVATE KEY-----\nnot-a-key\n-----END OPENSSH PRIVATE KEY-----\n",
  publicKey: "ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIO8WcuWvbc2Ga9dDMa0zCWOKTMCJnJl4Xm3gM6a3AZ9z hubstack-backup@local",
  targetHostKey: "ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIO8WcuWvbc2Ga9dDMa0zCWOKTMCJnJl4Xm3gM6a3AZ9z",
};

function withBackup(backup: Record<string, unknown>): Environment {
  return variant("local", (e) => {
    e.backup = EnvironmentFile.shape.backup.parse({ password: "restic-pw-0123456789", ...backup });
    e.backupKey = KEY;
  });
}

describe("hubstack-backup.service and .timer", () => {
  for (const [label, onCalendar] of [["default", undefined], ["a chosen time", "Mon..Fri *-*-* 02:30:00"]] as const) {
    it(`pass systemd-analyze verify (${label})`, () => {
      const env = withBackup({ repository: { type: "sftp", host: "bastion" }, ...(onCalendar ? { onCalendar } : {}) });
      const files = backupFiles(env, hostsFromEnvironment(env), backupSource(env, "hub"));
      const dir = mkdtempSync(join(SCRATCH, "backup-units-"));
      const script = join(dir, "hubstack-backup");
      writeFileSync(script, renderManagedFile(files.script));
      chmodSync(script, 0o755);
      writeFileSync(join(dir, "hubstack-backup.service"), renderManagedFile(files.service).replace("ExecStart=/usr/local/sbin/hubstack-backup", `ExecStart=${script}`));
      writeFileSync(join(dir, "hubstack-backup.timer"), renderManagedFile(files.timer));
      expect(renderManagedFile(files.timer)).toMatch(new RegExp(`^OnCalendar=${(onCalendar ?? "daily").replaceAll("*", "\\*").replaceAll(".", "\\.")}$`, "m"));
      expect(renderManagedFile(files.timer)).toMatch(/^Persistent=true$/m);
      expect(renderManagedFile(files.timer)).toMatch(/^RandomizedDelaySec=30min$/m);
      for (const unit of ["hubstack-backup.service", "hubstack-backup.timer"]) {
        const r = run("systemd-analyze", ["verify", "--man=no", join(dir, unit)]);
        expect(r.status, r.out).toBe(0);
        expect(r.out.split("\n").filter((l) => l.includes(dir)).join("\n"), unit).toBe("");
      }
    });
  }

  it("every schedule the schema accepts here is one systemd reads", () => {
    for (const spec of ["daily", "weekly", "hourly", "*-*-* 02:30:00", "Mon..Fri 22:00", "Sat *-*-1..7 03:00", "*:0/15"]) {
      expect(EnvironmentFile.shape.backup.safeParse({ repository: { type: "local", path: "/srv/b" }, onCalendar: spec }).success, spec).toBe(true);
      const r = run("systemd-analyze", ["calendar", spec]);
      expect(r.status, `${spec}: ${r.out}`).toBe(0);
    }
    // What systemd would not read is caught by systemd-analyze, the schema's last word in this test.
    expect(run("systemd-analyze", ["calendar", "every day"]).status).not.toBe(0);
  });
});

describe("the scripts and the ssh configuration", () => {
  it("the wrapper and the backup script pass shellcheck (hub: with the database dump)", () => {
    for (const type of ["sftp", "local", "rest"] as const) {
      const repository =
        type === "sftp"
          ? { type, host: "bastion" }
          : type === "rest"
            ? { type, url: "rest:https://backup.example.org:8000/hub-dev/", user: "hub-dev", password: "rest-pw-0123" }
            : { type, path: "/srv/backup" };
      const env = withBackup({ repository });
      const files = backupFiles(env, hostsFromEnvironment(env), backupSource(env, "hub"));
      for (const f of [files.wrapper, files.script]) {
        const path = writeTemp(f.dest, renderManagedFile(f));
        const r = run("shellcheck", ["-s", "sh", "-e", "SC1090,SC1091", path]);
        expect(r.status, `${type} ${f.dest}: ${r.out}`).toBe(0);
      }
    }
  });

  it("the backup script dumps the database before restic, and keeps what the inventory says", () => {
    const env = withBackup({ repository: { type: "local", path: "/srv/backup" }, keep: { daily: 3, weekly: 0, monthly: 2 } });
    const text = renderManagedFile(backupFiles(env, hostsFromEnvironment(env), backupSource(env, "hub")).script);
    expect(text.indexOf("source.backup(copy)")).toBeLessThan(text.indexOf("restic_retry backup"));
    expect(text).toMatch(/^restic_retry backup --tag hubstack --host hub "\$@"$/m);
    expect(text).toMatch(/^restic_retry forget --tag hubstack --host hub --keep-daily 3 --keep-monthly 2 --prune$/m);
  });

  it("after a success, records its time where node-exporter reads it, under the name the backup-age alert asks for", () => {
    const env = withBackup({ repository: { type: "local", path: "/srv/backup" } });
    const script = backupFiles(env, hostsFromEnvironment(env), backupSource(env, "nfs")).script;
    const text = renderManagedFile(script);
    expect(text.indexOf(BACKUP_SUCCESS_METRIC)).toBeGreaterThan(text.indexOf("restic_retry forget"));
    // Run the recording part for real, against a textfile folder of its own.
    const dir = mkdtempSync(join(SCRATCH, "textfile-"));
    const part = text.slice(text.indexOf("if [ -d '")).replaceAll(TEXTFILE_DIR, dir);
    const r = run("sh", ["-c", part]);
    expect(r.status, r.out).toBe(0);
    expect(readFileSync(join(dir, "hubstack-backup.prom"), "utf8")).toMatch(new RegExp(`^# HELP ${BACKUP_SUCCESS_METRIC} .*\\n# TYPE ${BACKUP_SUCCESS_METRIC} gauge\\n${BACKUP_SUCCESS_METRIC} \\d{10}\\n$`));
  });

  it("ssh -G reads the client configuration: the bastion's private address, the account, the pinned key", () => {
    const env = withBackup({ repository: { type: "sftp", host: "bastion" } });
    const files = backupFiles(env, hostsFromEnvironment(env), backupSource(env, "nfs"));
    const path = writeTemp(files.sshConfig!.dest, renderManagedFile(files.sshConfig!));
    const r = run("ssh", ["-G", "-F", path, "hubstack-backup-target"]);
    expect(r.status, r.out).toBe(0);
    expect(r.stdout).toMatch(/^hostname 10\.70\.0\.10$/m);
    expect(r.stdout).toMatch(/^user hubstack-backup$/m);
    expect(r.stdout).toMatch(/^stricthostkeychecking true$/m);
    expect(r.stdout).toMatch(/^userknownhostsfile \/root\/\.ssh\/hubstack-backup\.known_hosts$/m);
  });
});

describe("the backup account's sshd block", () => {
  let hostKey: string;
  beforeAll(() => {
    const dir = mkdtempSync(join(SCRATCH, "backup-sshd-"));
    hostKey = join(dir, "ssh_host_ed25519_key");
    expect(run("ssh-keygen", ["-q", "-t", "ed25519", "-N", "", "-f", hostKey]).status).toBe(0);
    mkdirSync("/run/sshd", { recursive: true });
  });

  it("sshd -t passes; the account gets SFTP only, in its chroot, without forwarding or a tty; the others keep theirs", () => {
    const env = withBackup({ repository: { type: "sftp", host: "bastion" } });
    const dir = mkdtempSync(join(SCRATCH, "backup-sshd-"));
    const base = writeTemp("/etc/ssh/sshd_config.d/10-hubstack.conf", renderManagedFile(baseFiles(env, hostsFromEnvironment(env), "bastion").sshd), dir);
    const target = backupTargetFiles(env, "bastion");
    const block = writeTemp(target.sshd.dest, renderManagedFile(target.sshd), dir);
    // Debian's main file after its Include: these lines must not fall inside the Match block.
    const main = join(dir, "sshd_config");
    writeFileSync(main, `Include ${base}\nInclude ${block}\nHostKey ${hostKey}\nX11Forwarding yes\nUsePAM yes\nSubsystem sftp /usr/lib/openssh/sftp-server\n`);
    const check = run("sshd", ["-t", "-f", main]);
    expect(check.status, check.out).toBe(0);
    const effective = (user: string) => {
      const r = run("sshd", ["-T", "-f", main, "-C", `user=${user},host=hub,addr=10.70.0.11`]);
      expect(r.status, r.out).toBe(0);
      const conf = new Map<string, string>();
      for (const line of r.stdout.split("\n").filter(Boolean)) {
        const key = line.split(" ")[0]!;
        const value = line.slice(key.length + 1);
        conf.set(key, conf.has(key) ? `${conf.get(key)} ${value}` : value);
      }
      return conf;
    };
    const backup = effective("hubstack-backup");
    expect(backup.get("forcecommand")).toBe("internal-sftp");
    expect(backup.get("chrootdirectory")).toBe("/srv/backup");
    expect(backup.get("permittty")).toBe("no");
    expect(backup.get("allowtcpforwarding")).toBe("no");
    expect(backup.get("allowagentforwarding")).toBe("no");
    expect(backup.get("x11forwarding")).toBe("no");
    expect(backup.get("authenticationmethods")).toBe("publickey");
    expect(backup.get("allowusers")!.split(" ")).toEqual(expect.arrayContaining(["debian", "hubstack-backup"]));
    const admin = effective("debian");
    expect(admin.get("forcecommand")).toBe("none");
    expect(admin.get("chrootdirectory")).toBe("none");
    expect(admin.get("permittty")).toBe("yes");
    // The bastion keeps ProxyJump for the hosts behind it.
    expect(admin.get("allowtcpforwarding")).toBe("local");
    // The authorized key: the environment's backup key, restricted.
    expect(renderManagedFile(target.authorizedKey)).toBe(`restrict ${KEY.publicKey.split(" ").slice(0, 2).join(" ")} hubstack-backup@local\n`);
    expect(readFileSync(block, "utf8")).toMatch(/^Match User hubstack-backup$/m);
  });
});

/**
 * A rest repository for real: `rclone serve restic` (Debian's rclone) with basic authentication on 127.0.0.1, and
 * Debian's restic (0.14, as on the hosts) run through the rendered wrapper and backup.env: the user and the password,
 * percent-encoded into RESTIC_REPOSITORY, are what restic sends, characters that mean something in a URL included.
 */
describe("a rest repository, through rclone serve restic and Debian's restic", () => {
  // A missing tool fails here, naming its package (never a skip: README, Requirements; .ci/run installs both).
  beforeAll(() => requireTools("rclone", "restic"));
  const USER = "hub-dev";
  const PASSWORD = "p@ss/w+rd=:%#?&0123";
  let server: ChildProcess | undefined;
  let port = 0;
  let dir = "";

  beforeAll(async () => {
    dir = mkdtempSync(join(SCRATCH, "backup-rest-"));
    server = spawn("rclone", ["serve", "restic", "--addr", "127.0.0.1:0", "--user", USER, "--pass", PASSWORD, join(dir, "server")], {
      stdio: ["ignore", "ignore", "pipe"],
      env: { ...process.env, RCLONE_CONFIG: join(dir, "rclone.conf") },
    });
    port = await new Promise<number>((resolve, reject) => {
      let text = "";
      const timer = setTimeout(() => reject(new Error(`rclone serve restic did not start: ${text}`)), 20_000);
      server!.stderr!.on("data", (chunk: Buffer) => {
        text += chunk.toString();
        const m = /Serving restic REST API on http:\/\/127\.0\.0\.1:(\d+)\//.exec(text);
        if (m) {
          clearTimeout(timer);
          resolve(Number(m[1]));
        }
      });
      server!.on("exit", (code) => reject(new Error(`rclone serve restic exited (${code}): ${text}`)));
    });
  }, 30_000);
  afterAll(() => {
    server?.kill();
  });

  /** The wrapper as rendered, reading this folder's backup.env and cache instead of the host's. */
  function wrapper(repository: Record<string, unknown>): string {
    const env = withBackup({ repository });
    const files = backupFiles(env, hostsFromEnvironment(env), backupSource(env, "nfs"));
    const own = mkdtempSync(join(dir, "host-"));
    const envFile = join(own, "backup.env");
    writeFileSync(envFile, renderManagedFile(files.env));
    const script = join(own, "hubstack-restic");
    writeFileSync(script, renderManagedFile(files.wrapper).replace(`. ${files.env.dest}`, `. ${envFile}`).replace('"${RESTIC_CACHE_DIR:-/var/cache/hubstack-restic}"', `"${join(own, "cache")}"`));
    chmodSync(script, 0o755);
    return script;
  }

  it("restic init and cat config answer with the credentials; a wrong password gets 401, and restic prints no password", () => {
    const good = wrapper({ type: "rest", url: `rest:http://127.0.0.1:${port}/hub-dev/`, user: USER, password: PASSWORD });
    const init = run(good, ["init"]);
    expect(init.status, init.out).toBe(0);
    expect(init.out).toMatch(/created restic repository [0-9a-f]+ at rest:http:\/\/hub-dev:\*\*\*@127\.0\.0\.1/);
    const config = run(good, ["cat", "config"]);
    expect(config.status, config.out).toBe(0);
    expect(JSON.parse(config.stdout)).toMatchObject({ version: expect.any(Number), id: expect.any(String) });

    const wrong = run(wrapper({ type: "rest", url: `rest:http://127.0.0.1:${port}/hub-dev/`, user: USER, password: "not-the-password" }), ["cat", "config"]);
    expect(wrong.status).not.toBe(0);
    expect(wrong.out).toMatch(/401/);
    const none = run(wrapper({ type: "rest", url: `rest:http://127.0.0.1:${port}/hub-dev/` }), ["cat", "config"]);
    expect(none.status).not.toBe(0);
    expect(none.out).toMatch(/401/);
    for (const r of [init, config, wrong]) {
      expect(r.out).not.toContain(PASSWORD);
      expect(r.out).not.toContain(encodeURIComponent(PASSWORD));
    }
  });
});
