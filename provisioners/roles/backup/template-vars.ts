/**
 * Template variables of the backup role (the hosts that hold data): restic's environment file, the wrapper
 * every restic call goes through, the backup script, its service and timer, and for an sftp repository the
 * environment's backup key, the repository host's pinned key and the ssh options.
 *
 * Pure functions of the Environment (with the key material the provisioning phase added, env.backupKey), of
 * the hosts' addresses and of what the host backs up (./sources.ts).
 */
import { BACKUP_SUCCESS_METRIC } from "../metrics/constants.js";
import { TEXTFILE_DIR } from "../node-exporter/constants.js";
import { BACKUP_ACCOUNT } from "../../../environment/backup.js";
import { ConfigError } from "../../../environment/errors.js";
import { registerSecrets } from "../../../environment/output.js";
import type { BackupSettings, Environment } from "../../../environment/schema.js";
import { findHost, type ProvisionedHost } from "../base/template-vars.js";
import { configFile, scriptFile, secretFile, unitFile, type ManagedFile } from "../files.js";
import {
  BACKUP_ENV_PATH,
  BACKUP_KEY_PATH,
  BACKUP_KNOWN_HOSTS,
  BACKUP_SCRIPT,
  BACKUP_SERVICE,
  BACKUP_SSH_CONFIG,
  BACKUP_TAG,
  BACKUP_TIMER,
  RANDOMIZED_DELAY,
  REPOSITORY_FOLDER,
  RESTIC_WRAPPER,
  SSH_HOST_ALIAS,
} from "./constants.js";
import type { BackupSource } from "./sources.js";

export interface EnvEntry {
  readonly name: string;
  readonly value: string;
}

export interface BackupEnvVars {
  hostname: string;
  entries: EnvEntry[];
}

export interface WrapperVars {
  envFile: string;
  /** sftp: restic's sftp.command (ssh with hubstack's own configuration file); false otherwise. */
  sftpCommand: string | false;
}

export interface BackupScriptVars {
  hostname: string;
  wrapper: string;
  tag: string;
  paths: string[];
  dumps: { database: string; dump: string; dumpDir: string }[];
  /** restic forget's --keep-* options, the zero ones left out. */
  keep: string[];
  /** Where a success is recorded for node-exporter's textfile collector (the metrics' backup-age alert). */
  metric: { dir: string; name: string };
}

export interface BackupUnitVars {
  hostname: string;
  script: string;
  onCalendar: string;
  randomizedDelay: string;
}

export interface SshConfigVars {
  alias: string;
  address: string;
  port: number;
  user: string;
  identityFile: string;
  knownHostsFile: string;
}

/** The backup section; a clear error for a caller that gave the role an environment without one. */
export function backupOf(env: Environment): BackupSettings {
  if (!env.backup) throw new ConfigError(["backup: the backup role runs only in an environment with a backup section"]);
  return env.backup;
}

/**
 * RESTIC_REPOSITORY as this host reaches the repository. A rest repository with a user and a password gets
 * them in its URL's authority (rest:https://user:password@host/path/), each percent-encoded: Debian 12's
 * restic 0.14 reads REST credentials only from the URL. So this value is a secret then: it goes only into
 * the root-only backup.env (nothing hubstack prints shows it; restic itself prints such a URL with the
 * password stripped), and its encoded credentials are masked (derivedRepositorySecrets).
 */
export function repositoryUrl(backup: BackupSettings): string {
  const r = backup.repository;
  switch (r.type) {
    case "sftp":
      // The account is chrooted to the repository's path: inside, the repository is /repo.
      return `sftp:${SSH_HOST_ALIAS}:/${REPOSITORY_FOLDER}`;
    case "s3":
      return r.url;
    case "rest": {
      if (r.user === undefined || r.password === undefined) return r.url;
      // The schema's type guarantees rest:http(s):// and an authority without '@'.
      const scheme = /^rest:https?:\/\//.exec(r.url);
      if (!scheme) throw new ConfigError(["backup.repository.url: not a rest:https:// URL"]);
      const [user, password] = restCredentials(r)!;
      return `${scheme[0]}${user}:${password}@${r.url.slice(scheme[0].length)}`;
    }
    case "local":
      return r.path;
  }
}

/** A rest repository's user and password as its URL holds them (percent-encoded), or undefined. */
function restCredentials(r: BackupSettings["repository"]): [string, string] | undefined {
  if (r.type !== "rest" || r.user === undefined || r.password === undefined) return undefined;
  return [encodeURIComponent(r.user), encodeURIComponent(r.password)];
}

/**
 * The forms of the repository's secrets that the secrets file does not hold as such (every string of that
 * file is masked already, cli/commands/context.ts): a rest repository's credentials as RESTIC_REPOSITORY
 * holds them, percent-encoded (`user:password`, and the password alone). Registered for masking
 * (environment/output.ts) wherever that URL could surface. Not the user alone: a short name masked
 * everywhere would garble the output, and the password is what must not leak.
 */
export function derivedRepositorySecrets(backup: BackupSettings | undefined): string[] {
  const credentials = backup ? restCredentials(backup.repository) : undefined;
  if (!credentials) return [];
  const [user, password] = credentials;
  return [`${user}:${password}`, password];
}

export function backupEnvVars(env: Environment, hostName: string): BackupEnvVars {
  const backup = backupOf(env);
  if (backup.password === undefined) throw new ConfigError(["backup.password: missing; it goes in the secrets file"]);
  const r = backup.repository;
  if (r.type === "rest" && (r.user === undefined) !== (r.password === undefined)) {
    throw new ConfigError([`backup.repository.${r.user === undefined ? "user" : "password"}: missing; a rest repository takes both user and password (in the secrets file), or neither`]);
  }
  // RESTIC_REPOSITORY holds the rest credentials percent-encoded: masked in anything printed from now on.
  registerSecrets(derivedRepositorySecrets(backup));
  const entries: EnvEntry[] = [
    { name: "RESTIC_REPOSITORY", value: repositoryUrl(backup) },
    { name: "RESTIC_PASSWORD", value: backup.password },
    ...(r.type === "s3"
      ? [
          { name: "AWS_ACCESS_KEY_ID", value: r.accessKeyId },
          { name: "AWS_SECRET_ACCESS_KEY", value: r.secretAccessKey },
        ]
      : []),
  ];
  // Single-quoted for both readers (systemd's EnvironmentFile= and sh's `.`); the schema's secret type has no quotes.
  const bad = entries.filter((e) => /['\\\n]/.test(e.value)).map((e) => `backup: ${e.name} contains a quote, a backslash or a newline`);
  if (bad.length) throw new ConfigError(bad);
  return { hostname: hostName, entries };
}

export function wrapperVars(env: Environment): WrapperVars {
  const sftp = backupOf(env).repository.type === "sftp";
  return { envFile: BACKUP_ENV_PATH, sftpCommand: sftp ? `ssh -F ${BACKUP_SSH_CONFIG} ${SSH_HOST_ALIAS} -s sftp` : false };
}

export function backupScriptVars(env: Environment, source: BackupSource): BackupScriptVars {
  const keep = backupOf(env).keep;
  return {
    hostname: source.host,
    wrapper: RESTIC_WRAPPER,
    tag: BACKUP_TAG,
    paths: [...source.paths],
    dumps: source.dumps.map((d) => ({ database: d.database, dump: d.dump, dumpDir: d.dump.slice(0, d.dump.lastIndexOf("/")) })),
    keep: (["daily", "weekly", "monthly"] as const).filter((k) => keep[k] > 0).map((k) => `--keep-${k} ${keep[k]}`),
    metric: { dir: TEXTFILE_DIR, name: BACKUP_SUCCESS_METRIC },
  };
}

export function backupUnitVars(env: Environment, hostName: string): BackupUnitVars {
  return { hostname: hostName, script: BACKUP_SCRIPT, onCalendar: backupOf(env).onCalendar, randomizedDelay: RANDOMIZED_DELAY };
}

/** sftp: how ssh reaches the repository host: its private address, the backup account, the pinned key. */
export function sshConfigVars(env: Environment, hosts: readonly ProvisionedHost[]): SshConfigVars {
  const r = backupOf(env).repository;
  if (r.type !== "sftp") throw new Error("sshConfigVars: not an sftp repository");
  return {
    alias: SSH_HOST_ALIAS,
    address: findHost(hosts, r.host).address,
    port: env.hosts[r.host]?.sshPort ?? 22,
    user: BACKUP_ACCOUNT,
    identityFile: BACKUP_KEY_PATH,
    knownHostsFile: BACKUP_KNOWN_HOSTS,
  };
}

/** sftp: the key material the provisioning phase added; without it the role cannot reach the repository. */
function backupKeyOf(env: Environment): NonNullable<Environment["backupKey"]> & { targetHostKey: string } {
  const key = env.backupKey;
  const target = backupOf(env).repository;
  const host = target.type === "sftp" ? target.host : "?";
  if (!key) throw new ConfigError([`backup.repository: the backup key of env=${env.name} was not prepared (the provisioning phase makes it under .state/${env.name}/backup/)`]);
  if (!key.targetHostKey) {
    throw new ConfigError([`backup.repository.host: the SSH host key of ${host} is unknown, so the data hosts could not pin it; provision ${host} once (\`npm run provision -- env=${env.name} --limit ${host}\`) and run again`]);
  }
  return { ...key, targetHostKey: key.targetHostKey };
}

export interface BackupFiles {
  env: ManagedFile;
  wrapper: ManagedFile;
  script: ManagedFile;
  service: ManagedFile;
  timer: ManagedFile;
  /** sftp only. */
  sshKey?: ManagedFile;
  knownHosts?: ManagedFile;
  sshConfig?: ManagedFile;
}

/** Every file the backup role writes on `source.host`. */
export function backupFiles(env: Environment, hosts: readonly ProvisionedHost[], source: BackupSource): BackupFiles {
  const hostName = source.host;
  const files: BackupFiles = {
    env: secretFile(BACKUP_ENV_PATH, { template: "backup/backup.env.hbs", vars: backupEnvVars(env, hostName) }),
    wrapper: scriptFile(RESTIC_WRAPPER, { template: "backup/hubstack-restic.hbs", vars: wrapperVars(env) }, { validate: ["sh", "-n", "{}"] }),
    script: scriptFile(BACKUP_SCRIPT, { template: "backup/hubstack-backup.hbs", vars: backupScriptVars(env, source) }, { validate: ["sh", "-n", "{}"] }),
    service: unitFile(BACKUP_SERVICE, { template: "backup/hubstack-backup.service.hbs", vars: backupUnitVars(env, hostName) }),
    // verify would look for the service beside the timer's copy; the templates test verifies the pair.
    timer: unitFile(BACKUP_TIMER, { template: "backup/hubstack-backup.timer.hbs", vars: backupUnitVars(env, hostName) }, { validate: false }),
  };
  if (backupOf(env).repository.type !== "sftp") return files;
  const key = backupKeyOf(env);
  const vars = sshConfigVars(env, hosts);
  return {
    ...files,
    sshKey: secretFile(BACKUP_KEY_PATH, { content: `${key.privateKey.trim()}\n` }),
    knownHosts: configFile(BACKUP_KNOWN_HOSTS, { content: `${SSH_HOST_ALIAS} ${key.targetHostKey.trim().split(/\s+/).slice(0, 2).join(" ")}\n` }),
    sshConfig: configFile(BACKUP_SSH_CONFIG, { template: "backup/backup-ssh.conf.hbs", vars }, { validate: ["ssh", "-G", "-F", "{}", SSH_HOST_ALIAS] }),
  };
}
