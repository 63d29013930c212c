/**
 * The deploy key: the SSH key pair hubstack logs in with (ssh.privateKeyFile, default keys/id_ed25519).
 *
 * Machines that hubstack creates (local VMs, cloud instances) get its public half at first boot, so a
 * fresh clone needs no key of its own: the pair is made on first use, once, owner-only. Machines that
 * already exist (target: static) must have the key installed by their owner, so for them a missing key
 * stays an error (see provisioners/phase.ts).
 */
import { randomBytes } from "node:crypto";
import { existsSync } from "node:fs";
import { chmod, mkdir, readFile, rename, writeFile } from "node:fs/promises";
import { dirname, resolve } from "node:path";
import { execa } from "execa";
import type { Environment } from "./schema.js";
import { RunError } from "./errors.js";
import { registerSecrets, type Output } from "./output.js";
import { metricsOn } from "./metrics.js";

export interface DeployKey {
  readonly privateKeyFile: string;
  /** `ssh-ed25519 AAAA… comment` */
  readonly publicKey: string;
}

export async function ensureDeployKey(env: Environment, projectRoot: string, output?: Output): Promise<DeployKey> {
  const privateKeyFile = resolve(projectRoot, env.ssh.privateKeyFile);
  const publicKeyFile = `${privateKeyFile}.pub`;
  try {
    if (!existsSync(privateKeyFile)) {
      await mkdir(dirname(privateKeyFile), { recursive: true, mode: 0o700 });
      // Made beside its final name and renamed, so that an interrupted run never leaves half a pair.
      const tmp = `${privateKeyFile}.tmp-${process.pid}`;
      await execa("ssh-keygen", ["-q", "-t", "ed25519", "-N", "", "-C", `hubstack-${env.baseName}`, "-f", tmp]);
      await rename(`${tmp}.pub`, publicKeyFile);
      await rename(tmp, privateKeyFile);
      output?.info(`created the deploy key ${env.ssh.privateKeyFile} (and .pub): machines of env=${env.name} will accept it`);
    } else if (!existsSync(publicKeyFile)) {
      const { stdout } = await execa("ssh-keygen", ["-y", "-f", privateKeyFile]);
      await writeFile(publicKeyFile, `${stdout.trim()}\n`, { mode: 0o644 });
    }
    await chmod(privateKeyFile, 0o600);
    return { privateKeyFile, publicKey: (await readFile(publicKeyFile, "utf8")).trim() };
  } catch (err) {
    const detail = err instanceof Error ? err.message.split("\n")[0] : String(err);
    throw new RunError(
      `could not prepare the deploy key ${env.ssh.privateKeyFile} (ssh.privateKeyFile): ${detail}; ` +
        `create it with \`ssh-keygen -t ed25519 -N '' -f ${env.ssh.privateKeyFile}\` (ssh-keygen is in openssh-client)`,
    );
  }
}

export interface BackupKeyPair {
  readonly privateKeyFile: string;
  /** The private key's text: a secret, never printed. */
  readonly privateKey: string;
  /** `ssh-ed25519 AAAA… comment` */
  readonly publicKey: string;
}

/**
 * The environment's backup key: the pair the data hosts log in with on an sftp repository's host. Made once on
 * this machine, in the environment's state folder (`<stateDir>/backup/id_ed25519`, owner-only), never printed;
 * the private half reaches the data hosts as a secret file, the public half the repository host's account.
 */
export async function ensureBackupKey(stateDir: string, envName: string): Promise<BackupKeyPair> {
  const privateKeyFile = resolve(stateDir, "backup", "id_ed25519");
  const publicKeyFile = `${privateKeyFile}.pub`;
  try {
    await mkdir(dirname(privateKeyFile), { recursive: true, mode: 0o700 });
    await chmod(dirname(privateKeyFile), 0o700);
    if (!existsSync(privateKeyFile) || !existsSync(publicKeyFile)) {
      // Made beside its final name and renamed, so that an interrupted run never leaves half a pair.
      const tmp = `${privateKeyFile}.tmp-${process.pid}`;
      await execa("ssh-keygen", ["-q", "-t", "ed25519", "-N", "", "-C", `hubstack-backup@${envName}`, "-f", tmp]);
      await rename(`${tmp}.pub`, publicKeyFile);
      await rename(tmp, privateKeyFile);
    }
    await chmod(privateKeyFile, 0o600);
    return { privateKeyFile, privateKey: await readFile(privateKeyFile, "utf8"), publicKey: (await readFile(publicKeyFile, "utf8")).trim() };
  } catch (err) {
    const detail = err instanceof Error ? err.message.split("\n")[0] : String(err);
    throw new RunError(`could not prepare the backup key ${privateKeyFile}: ${detail} (ssh-keygen is in openssh-client)`);
  }
}

/**
 * The metrics API token: the JupyterHub API token of the service hubstack-metrics (scope read:metrics only), which
 * the hub accepts and Prometheus on the bastion sends. Two hosts need it, so it is made on this machine, once, in
 * the environment's state folder (`<stateDir>/metrics/hub-api-token`, owner-only, 32 random bytes as hex), unless
 * the secrets file gives metrics.apiToken. Lost, a new one is made and the next apply gives it to both hosts.
 */
export async function ensureMetricsToken(stateDir: string): Promise<string> {
  const file = resolve(stateDir, "metrics", "hub-api-token");
  try {
    await mkdir(dirname(file), { recursive: true, mode: 0o700 });
    await chmod(dirname(file), 0o700);
    if (existsSync(file)) {
      const token = (await readFile(file, "utf8")).trim();
      if (/^[0-9a-f]{64}$/.test(token)) return token;
    }
    const token = randomBytes(32).toString("hex");
    // Written beside its final name and renamed, so that an interrupted run never leaves half a token.
    const tmp = `${file}.tmp-${process.pid}`;
    await writeFile(tmp, `${token}\n`, { mode: 0o600 });
    await rename(tmp, file);
    return token;
  } catch (err) {
    const detail = err instanceof Error ? err.message.split("\n")[0] : String(err);
    throw new RunError(`could not prepare the metrics API token ${file}: ${detail}`);
  }
}

/**
 * The Environment the roles see when metrics are on: metrics.apiToken from the secrets file, or else the one made
 * on this machine (ensureMetricsToken), registered as a secret so that nothing prints it.
 */
export async function withMetricsToken(env: Environment, stateDir: string): Promise<Environment> {
  if (!metricsOn(env) || env.metrics!.apiToken) return env;
  const apiToken = await ensureMetricsToken(stateDir);
  registerSecrets([apiToken]);
  return { ...env, secrets: [...env.secrets, apiToken], metrics: { ...env.metrics!, apiToken } };
}
