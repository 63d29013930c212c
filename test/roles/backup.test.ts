/**
 * Backups: who takes part (environment/backup.ts), what each host backs up (roles/backup/sources.ts), the
 * whole-environment checks, the firewall and security groups that let the data hosts reach an sftp
 * repository, the restore script's choices, and the backup roles planned on fake hosts.
 */
import { describe, expect, it } from "vitest";
import { backupHosts, backupTargetHost, withBackupRoles } from "../../environment/backup.js";
import { checkEnvironment } from "../../environment/checks.js";
import type { Environment } from "../../environment/schema.js";
import { EnvironmentFile } from "../../environment/schema.js";
import { checkRestorePaths, chooseSources, dumpsRestored, findSnapshot, parseSnapshots, restoreScript } from "../../provisioners/backup.js";
import { firewallVars, hostsFromEnvironment } from "../../provisioners/roles/base/template-vars.js";
import { backupSource } from "../../provisioners/roles/backup/sources.js";
import { backupEnvVars, backupFiles, derivedRepositorySecrets } from "../../provisioners/roles/backup/template-vars.js";
import { clearSecrets, maskSecrets } from "../../environment/output.js";
import { renderManagedFile } from "../../provisioners/roles/files.js";
import { planHosts } from "../../stacks/topology.js";
import { failures, load, operationsOf, plan, settledHost, targetHosts, variant } from "./helpers.js";

const PASSWORD = "restic-Pa55word-0123456789abcdef";
const KEY = {
  privateKey: "-----BEGIN OPENSSH PRIVATE KEY-----\nb3BlbnNzaC1rZXktdjEAAAAA-not-a-real-key\n-----END OPENSSH PRIVATE KEY-----\n",
  publicKey: "ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIBackupKeyBackupKeyBackupKeyBackupKey00 hubstack-backup@local",
  targetHostKey: "ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIBastionHostKeyBastionHostKeyBastion000",
};

function withBackup(name: string, backup: Record<string, unknown>, key = true): Environment {
  return variant(name, (e) => {
    e.backup = EnvironmentFile.shape.backup.parse({ password: PASSWORD, ...backup });
    if (key) e.backupKey = KEY;
  });
}
const sftp = () => withBackup("local", { repository: { type: "sftp", host: "bastion" } });

describe("who backs up, and what", () => {
  it("the data hosts back up, the sftp host keeps the repository; without a section nobody", () => {
    const env = sftp();
    expect(backupHosts(env)).toEqual(["hub", "nfs"]);
    expect(backupTargetHost(env)).toBe("bastion");
    expect(withBackupRoles(env, "nfs", ["base", "nfs-server"])).toEqual(["base", "nfs-server", "backup"]);
    expect(withBackupRoles(env, "bastion", ["base", "bastion"])).toEqual(["base", "bastion", "backup-target"]);
    expect(backupHosts(load("local"))).toEqual([]);
    expect(withBackupRoles(load("local"), "hub", ["base"])).toEqual(["base"]);
  });

  it("the NFS server its export root; the hub a dump of its database, its secrets and Caddy's state", () => {
    const env = sftp();
    expect(backupSource(env, "nfs")).toEqual({ host: "nfs", paths: ["/export"], dumps: [] });
    const hub = backupSource(env, "hub");
    expect(hub.paths).toEqual(["/var/lib/hubstack/backup-dump", "/var/lib/hubstack/secrets", "/var/lib/caddy"]);
    expect(hub.dumps).toEqual([{ kind: "sqlite", database: "/var/lib/jupyterhub/jupyterhub.sqlite", dump: "/var/lib/hubstack/backup-dump/jupyterhub.sqlite", unit: "jupyterhub.service" }]);
  });

  it("schema defaults: daily, keep 7/4/6, the sftp path /srv/backup", () => {
    const env = sftp();
    expect(env.backup).toMatchObject({ onCalendar: "daily", keep: { daily: 7, weekly: 4, monthly: 6 }, repository: { path: "/srv/backup" } });
  });
});

describe("checks", () => {
  const problems = (env: Environment) => checkEnvironment(env, () => false).problems.map((p) => `${p.path.join(".")}: ${p.message}`);

  it("accepts sftp to the bastion, s3 and local", () => {
    expect(problems(sftp())).toEqual([]);
    expect(problems(withBackup("local", { repository: { type: "s3", url: "s3:https://s3.example.org/b", accessKeyId: "AKIA1234", secretAccessKey: "s3cret-key" } }))).toEqual([]);
    expect(problems(withBackup("local", { repository: { type: "local", path: "/srv/backup" } }))).toEqual([]);
  });

  it("rest: accepts a repository with user and password, or with neither; refuses one without the other, naming both", () => {
    const rest = (extra: Record<string, unknown>) => withBackup("local", { repository: { type: "rest", url: "rest:https://backup.example.org:8000/hub-dev/", ...extra } });
    expect(problems(rest({ user: "hub-dev", password: "rest-Pa55word" }))).toEqual([]);
    expect(problems(rest({}))).toEqual([]);
    expect(problems(rest({ password: "rest-Pa55word" }))).toEqual([
      "backup.repository.password: password without user: a rest server's basic authentication takes both; add backup.repository.user to the secrets file (inventory/secrets/<env>.yaml), or remove password for a server without authentication",
    ]);
    expect(problems(rest({ user: "hub-dev" })).join()).toMatch(/^backup\.repository\.user: user without password: .*add backup\.repository\.password to the secrets file/);
    expect(problems(rest({ user: "hub-dev", password: "set-in-secrets" })).join()).toMatch(/backup\.repository\.password: still "set-in-secrets"/);
    expect(problems(rest({ user: "set-in-secrets", password: "rest-Pa55word" })).join()).toMatch(/backup\.repository\.user: still "set-in-secrets"/);
  });

  it("refuses a target that backs itself up, a missing or disabled one, no password, a placeholder", () => {
    expect(problems(withBackup("local", { repository: { type: "sftp", host: "hub" } })).join()).toMatch(/hub holds data that is backed up \(role jupyterhub\)/);
    expect(problems(withBackup("local", { repository: { type: "sftp", host: "nope" } })).join()).toMatch(/names no host/);
    const disabled = variant("local", (e) => (e.hosts.bastion!.enabled = false));
    disabled.backup = sftp().backup;
    expect(problems(disabled).join()).toMatch(/bastion is not enabled/);
    const noPassword = sftp();
    delete noPassword.backup!.password;
    expect(problems(noPassword).join()).toMatch(/password is missing/);
    expect(problems(withBackup("local", { repository: { type: "sftp", host: "bastion" }, password: "set-in-secrets" })).join()).toMatch(/backup.password: still "set-in-secrets"/);
  });

  it("the schema refuses a calendar with a newline or a %, and an s3 URL with credentials", () => {
    const parse = (backup: unknown) => EnvironmentFile.shape.backup.safeParse(backup).success;
    expect(parse({ repository: { type: "local", path: "/srv/b" }, onCalendar: "Mon..Fri *-*-* 02:30:00" })).toBe(true);
    expect(parse({ repository: { type: "local", path: "/srv/b" }, onCalendar: "daily\nExecStart=/bin/id" })).toBe(false);
    expect(parse({ repository: { type: "local", path: "/srv/b" }, onCalendar: "%H" })).toBe(false);
    expect(parse({ repository: { type: "s3", url: "s3:https://k:s@s3.example.org/b", accessKeyId: "a", secretAccessKey: "b" } })).toBe(false);
    expect(parse({ repository: { type: "local", path: "/" } })).toBe(false);
  });

  it("the schema takes a rest URL over https, or http to a private IPv4 address; refuses credentials, another prefix, a quote, http to a name", () => {
    const issues = (url: string, extra: Record<string, unknown> = {}) => {
      const r = EnvironmentFile.shape.backup.safeParse({ repository: { type: "rest", url, ...extra } });
      return r.success ? [] : r.error.issues.map((i) => `${i.path.join(".")}: ${i.message}`);
    };
    for (const url of ["rest:https://backup.example.org:8000/hub-dev/", "rest:https://backup.example.org/hub-dev", "rest:https://backup.example.org", "rest:http://10.70.0.1:18765/", "rest:https://[2001:db8::1]:8000/a/b/"]) {
      expect(issues(url), url).toEqual([]);
    }
    expect(issues("rest:https://backup.example.org/hub-dev/", { user: "hub-dev", password: "p@ss/w+rd=:%#?" })).toEqual([]);
    const refused: [string, RegExp][] = [
      ["rest:https://hub-dev:secret@backup.example.org/hub-dev/", /holds a user name or password; credentials go in user and password, in the secrets file/],
      ["rest:https://hub-dev@backup.example.org/hub-dev/", /holds a user name or password/],
      ["s3:https://backup.example.org/hub-dev/", /does not start with rest:/],
      ["https://backup.example.org/hub-dev/", /does not start with rest:/],
      ["rest:https://backup.example.org/hub-dev'/", /a quote/],
      ['rest:https://backup.example.org/"hub-dev/', /a quote/],
      ["rest:https://backup.example.org/$HOME/", /'\$'/],
      ["rest:https://backup.example.org/hub dev/", /whitespace/],
      ["rest:http://backup.example.org/hub-dev/", /http:\/\/ to a name or a public address: .*in the clear; use https:\/\//],
      ["rest:http://203.0.114.1/hub-dev/", /http:\/\/ to a name or a public address/],
      ["rest:ftp://backup.example.org/hub-dev/", /no https:\/\//],
      ["rest:https://backup.example.org/hub-dev/?x=1", /a query/],
      ["rest:https://backup.example.org/a/../b/", /'\.\.' segment/],
      ["rest:https://backup.example.org/a//b/", /single '\/'/],
    ];
    for (const [url, message] of refused) {
      const found = issues(url);
      expect(found, url).toHaveLength(1);
      expect(found[0], url).toMatch(/^repository\.url: a restic REST repository such as rest:https:\/\//);
      expect(found[0], url).toMatch(message);
    }
    expect(issues("rest:https://backup.example.org/hub-dev/", { password: "it's" }).join()).toMatch(/^repository\.password: a secret of letters/);
    expect(issues("rest:https://backup.example.org/hub-dev/", { user: "a b" }).join()).toMatch(/^repository\.user: a secret of letters/);
  });
});

describe("reaching an sftp repository", () => {
  it("local: the bastion's firewall lets the hub and the NFS server reach its SSH", () => {
    const env = sftp();
    const ssh4 = firewallVars(env, hostsFromEnvironment(env), "bastion").ssh4;
    expect(ssh4).toEqual(expect.arrayContaining(["10.70.0.11", "10.70.0.12", "10.70.0.1"]));
    expect(firewallVars(load("local"), hostsFromEnvironment(load("local")), "bastion").ssh4).toEqual(["10.70.0.1"]);
  });

  it("openstack: the bastion's security group takes SSH from the data hosts", () => {
    const env = withBackup("hub-dev", { repository: { type: "sftp", host: "bastion" } });
    const bastion = planHosts(env).find((h) => h.name === "bastion")!;
    expect(bastion.sshFromHosts).toEqual(expect.arrayContaining(backupHosts(env)));
    expect(planHosts(load("hub-dev")).find((h) => h.name === "bastion")!.sshFromHosts).toEqual([]);
  });
});

describe("the backup role's files", () => {
  it("the environment file holds the repository and the password, single-quoted, and is a secret", () => {
    const env = sftp();
    const files = backupFiles(env, hostsFromEnvironment(env), backupSource(env, "nfs"));
    expect(files.env).toMatchObject({ dest: "/etc/hubstack/backup.env", mode: 0o600, owner: "root", secret: true });
    expect(renderManagedFile(files.env)).toContain(`RESTIC_REPOSITORY='sftp:hubstack-backup-target:/repo'\nRESTIC_PASSWORD='${PASSWORD}'`);
    expect(files.sshKey).toMatchObject({ dest: "/root/.ssh/hubstack-backup", mode: 0o600, secret: true });
    expect(renderManagedFile(files.knownHosts!)).toBe(`hubstack-backup-target ${KEY.targetHostKey}\n`);
    // The private address of the bastion, the backup account.
    expect(renderManagedFile(files.sshConfig!)).toMatch(/HostName 10\.70\.0\.10\n\tPort 22\n\tUser hubstack-backup/);
    for (const f of Object.values(files).filter((x) => x && !x.secret)) expect(renderManagedFile(f!)).not.toContain(PASSWORD);
  });

  it("s3: the keys in the environment file; no ssh files", () => {
    const env = withBackup("local", { repository: { type: "s3", url: "s3:https://s3.example.org/b", accessKeyId: "AKIA1234", secretAccessKey: "s3cret-key" } }, false);
    expect(backupEnvVars(env, "hub").entries.map((e) => e.name)).toEqual(["RESTIC_REPOSITORY", "RESTIC_PASSWORD", "AWS_ACCESS_KEY_ID", "AWS_SECRET_ACCESS_KEY"]);
    expect(backupFiles(env, hostsFromEnvironment(env), backupSource(env, "hub")).sshKey).toBeUndefined();
  });

  it("rest: the user and password percent-encoded into RESTIC_REPOSITORY, masked when printed; no ssh files", () => {
    const user = "hub-dev@site";
    const password = "p@ss/w+rd=:%#?&0123";
    const env = withBackup("local", { repository: { type: "rest", url: "rest:https://backup.example.org:8000/hub-dev/", user, password } }, false);
    clearSecrets();
    try {
      const files = backupFiles(env, hostsFromEnvironment(env), backupSource(env, "nfs"));
      expect(files.env).toMatchObject({ dest: "/etc/hubstack/backup.env", mode: 0o600, owner: "root", secret: true });
      const url = "rest:https://hub-dev%40site:p%40ss%2Fw%2Brd%3D%3A%25%23%3F%260123@backup.example.org:8000/hub-dev/";
      expect(renderManagedFile(files.env)).toContain(`RESTIC_REPOSITORY='${url}'\nRESTIC_PASSWORD='${PASSWORD}'\n`);
      expect(backupEnvVars(env, "nfs").entries.map((e) => e.name)).toEqual(["RESTIC_REPOSITORY", "RESTIC_PASSWORD"]);
      // What restic (Go's url.Parse) reads back: the user and password as the secrets file has them.
      const parsed = new URL(url.slice("rest:".length));
      expect([decodeURIComponent(parsed.username), decodeURIComponent(parsed.password), parsed.host, parsed.pathname]).toEqual([user, password, "backup.example.org:8000", "/hub-dev/"]);
      expect(files.sshKey).toBeUndefined();
      expect(renderManagedFile(files.wrapper)).toContain('exec /usr/bin/restic "$@"');
      for (const f of Object.values(files).filter((x) => x && !x.secret)) expect(renderManagedFile(f!)).not.toContain(encodeURIComponent(password));
      // The encoded form is not in the secrets file as such: rendering registered it, so it never reaches the screen.
      expect(maskSecrets(`Fatal: create repository at ${url} failed`)).toBe("Fatal: create repository at rest:https://***@backup.example.org:8000/hub-dev/ failed");
    } finally {
      clearSecrets();
    }
    expect(derivedRepositorySecrets(env.backup)).toEqual(["hub-dev%40site:p%40ss%2Fw%2Brd%3D%3A%25%23%3F%260123", "p%40ss%2Fw%2Brd%3D%3A%25%23%3F%260123"]);
    // Without credentials the URL is the inventory's, and nothing is derived.
    const open = withBackup("local", { repository: { type: "rest", url: "rest:http://10.70.0.1:18765/" } }, false);
    expect(backupEnvVars(open, "hub").entries[0]).toEqual({ name: "RESTIC_REPOSITORY", value: "rest:http://10.70.0.1:18765/" });
    expect(derivedRepositorySecrets(open.backup)).toEqual([]);
  });

  it("rest with a password and no user (a caller that skipped the checks): a clear error, no half URL", () => {
    const env = withBackup("local", { repository: { type: "rest", url: "rest:https://backup.example.org/hub-dev/", password: "rest-Pa55word" } }, false);
    expect(() => backupEnvVars(env, "hub")).toThrow(/backup\.repository\.user: missing; a rest repository takes both user and password \(in the secrets file\), or neither/);
  });

  it("sftp without the key material the phase adds: a clear error", () => {
    const env = withBackup("local", { repository: { type: "sftp", host: "bastion" } }, false);
    expect(() => backupFiles(env, hostsFromEnvironment(env), backupSource(env, "nfs"))).toThrow(/backup key of env=local was not prepared/);
  });
});

describe("restore's choices", () => {
  const env = sftp();
  const hub = backupSource(env, "hub");
  const nfs = backupSource(env, "nfs");

  it("refuses no backup section, a host that does not back up, a path outside", () => {
    expect(() => chooseSources(load("local"))).toThrow(/has no backup section/);
    expect(() => chooseSources(env, ["bastion"])).toThrow(/--host bastion: not a host that backs up .*hub, nfs/);
    expect(() => checkRestorePaths(nfs, ["/etc/passwd"])).toThrow(/not inside what nfs backs up \(\/export\)/);
    expect(() => checkRestorePaths(nfs, ["/exportfoo"])).toThrow(/not inside/);
    expect(() => checkRestorePaths(nfs, ["/export/home/../../etc"])).toThrow(/not inside/);
    expect(() => checkRestorePaths(nfs, ["/export/home/ada", "/export"])).not.toThrow();
  });

  it("finds a snapshot by a prefix of 4 or more characters, unambiguous", () => {
    const snapshots = parseSnapshots(JSON.stringify([
      { id: "aaaa1111ffff", short_id: "aaaa1111", time: "2026-01-02T00:00:00Z", hostname: "nfs", paths: ["/export"] },
      { id: "aaaa2222ffff", short_id: "aaaa2222", time: "2026-01-01T00:00:00Z", hostname: "nfs", paths: ["/export"] },
    ]));
    expect(snapshots.map((s) => s.shortId)).toEqual(["aaaa2222", "aaaa1111"]);
    expect(findSnapshot(snapshots, "aaaa1")?.id).toBe("aaaa1111ffff");
    expect(findSnapshot(snapshots, "aaaa")).toBeUndefined();
    expect(findSnapshot(snapshots, "aaa")).toBeUndefined();
  });

  it("stops JupyterHub only when the database comes back, and puts the dump back as the database", () => {
    expect(dumpsRestored(hub, ["/var/lib/caddy"])).toEqual([]);
    expect(dumpsRestored(hub, [])).toHaveLength(1);
    const script = restoreScript(hub, "abcd", []);
    expect(script).toMatch(/systemctl stop jupyterhub\.service/);
    // Started again only if it was running: the trap starts what was stopped.
    expect(script).toMatch(/systemctl is-active --quiet jupyterhub\.service; then systemctl stop jupyterhub\.service; hs_stopped="\$hs_stopped jupyterhub\.service"/);
    expect(script).toMatch(/trap 'if \[ -n "\$hs_stopped" \]; then systemctl start \$hs_stopped; fi' EXIT/);
    expect(script).toMatch(/restore abcd --target \/$/m);
    expect(script).toMatch(/mv \/var\/lib\/jupyterhub\/jupyterhub\.sqlite\.hubstack-restore \/var\/lib\/jupyterhub\/jupyterhub\.sqlite/);
    expect(restoreScript(hub, "abcd", ["/var/lib/caddy"])).not.toMatch(/systemctl/);
    expect(restoreScript(nfs, "abcd", ["/export/home/ada"])).toMatch(/restore abcd --target \/ --include \/export\/home\/ada$/m);
  });
});

describe("planning the backup roles (fake hosts)", () => {
  const hosts = (env: Environment) => targetHosts(env).map((h) => ({ ...h, roles: withBackupRoles(env, h.name, h.roles) }));

  it("the data hosts get restic, the secret settings, the repository once, the service and timer; the bastion the account", async () => {
    const env = sftp();
    const { report } = await plan(env, { hosts: hosts(env) });
    expect(failures(report)).toBe("");
    expect(operationsOf(report, "nfs", "backup")).toEqual([
      "apt.packages present restic",
      "files.directory /etc/hubstack",
      "files.template /etc/hubstack/backup.env",
      "files.directory /root/.ssh",
      "files.file /root/.ssh/hubstack-backup",
      "files.file /root/.ssh/hubstack-backup.known_hosts",
      "files.template /etc/hubstack/backup-ssh.conf",
      "files.template /usr/local/sbin/hubstack-restic",
      "files.template /usr/local/sbin/hubstack-backup",
      "restic repository (initialised once)",
      "systemd.unit hubstack-backup.service",
      "systemd.unit hubstack-backup.timer",
      "systemd.service hubstack-backup.timer started enabled",
    ]);
    expect(operationsOf(report, "bastion", "backup-target")).toEqual([
      "users.user hubstack-backup",
      "files.directory /srv/backup",
      "files.directory /srv/backup/repo",
      "ssh key of hubstack-backup (the environment's backup key)",
      "files.template /etc/ssh/sshd_config.d/20-hubstack-backup.conf",
    ]);
    // The role comes last on its host, and hosts without data get none.
    const nfsRoles = report.hosts.find((h) => h.name === "nfs")!.roles.map((r) => r.name);
    expect(nfsRoles.at(-1)).toBe("backup");
    expect(report.hosts.find((h) => h.name === "bastion")!.roles.map((r) => r.name)).not.toContain("backup");
  });

  it("applied: the secrets never show in a command, the password stays in the 0600 file", async () => {
    const env = sftp();
    const { report, connectors } = await plan(env, { check: false, hosts: hosts(env), connector: settledHost });
    expect(failures(report)).toBe("");
    const nfs = connectors.get("nfs")!.scripts.join("\n");
    expect(nfs).toMatch(/hubstack-restic init/);
    expect(JSON.stringify(report)).not.toContain(PASSWORD);
    expect(JSON.stringify(report)).not.toContain("not-a-real-key");
  });
});
