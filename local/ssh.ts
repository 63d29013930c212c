/**
 * The OpenSSH client as the local environment uses it: key-only, batch mode, and the guest's host key pinned
 * from a known_hosts file we write ourselves (never trust-on-first-use: we made the key, so we know it).
 */
import { chmod, mkdir, readFile, rename } from "node:fs/promises";
import { dirname } from "node:path";
import { waitForPort } from "./apt-cache.js";
import { pathExists, run, sleep, writeFileAtomic, type RunResult } from "./util.js";

export interface SshTarget {
  host: string;
  user: string;
  privateKeyPath: string;
  /** A known_hosts file naming only this host's pinned key. */
  knownHostsPath: string;
  port?: number;
}

export function sshArgs(target: SshTarget, connectTimeoutS = 10): string[] {
  return [
    "-o", "BatchMode=yes",
    "-o", "StrictHostKeyChecking=yes",
    "-o", `UserKnownHostsFile=${target.knownHostsPath}`,
    "-o", "GlobalKnownHostsFile=/dev/null",
    "-o", "IdentitiesOnly=yes",
    "-o", `ConnectTimeout=${connectTimeoutS}`,
    "-o", "ServerAliveInterval=15",
    "-o", "LogLevel=ERROR",
    "-i", target.privateKeyPath,
    "-p", String(target.port ?? 22),
    `${target.user}@${target.host}`,
  ];
}

/** Runs one shell command on the guest. */
export async function sshRun(
  target: SshTarget,
  command: string,
  options: { timeoutMs?: number; allowFailure?: boolean } = {},
): Promise<RunResult> {
  return run("ssh", [...sshArgs(target), command], {
    timeout: options.timeoutMs ?? 120_000,
    allowFailure: options.allowFailure,
  });
}

/** The public half of a key as known_hosts and pinning want it: `ssh-ed25519 AAAA…` (no comment). */
export function publicKeyOnly(line: string): string {
  return line.trim().split(/\s+/).slice(0, 2).join(" ");
}

/**
 * An ed25519 key pair at `path` (private) and `path.pub`, made with ssh-keygen unless it is already there.
 * Used for the guests' host keys: created before the VM, so hubstack pins it before the first connection.
 */
export async function ensureHostKey(path: string, comment: string): Promise<{ privateKey: string; publicKey: string }> {
  if (!(await pathExists(path)) || !(await pathExists(`${path}.pub`))) {
    await mkdir(dirname(path), { recursive: true, mode: 0o700 });
    const tmp = `${path}.tmp-${process.pid}`;
    await run("ssh-keygen", ["-q", "-t", "ed25519", "-N", "", "-C", comment, "-f", tmp]);
    // Rename both halves into place; a concurrent caller's key may win, which is fine: it is one key pair.
    await rename(`${tmp}.pub`, `${path}.pub`);
    await rename(tmp, path);
  }
  await chmod(path, 0o600);
  return {
    privateKey: await readFile(path, "utf8"),
    publicKey: publicKeyOnly(await readFile(`${path}.pub`, "utf8")),
  };
}

export async function writeKnownHosts(path: string, host: string, publicKey: string): Promise<void> {
  await writeFileAtomic(path, `${host} ${publicKeyOnly(publicKey)}\n`, 0o644);
}

export interface WaitForSshOptions {
  timeoutMs: number;
  /** Stop waiting at once when this says the VM is gone. */
  alive?: () => boolean;
}

/**
 * Waits until the guest accepts a real login with our key and pinned host key: first TCP (cheap), then `ssh true`
 * until it works (sshd may be up before cloud-init has created the user).
 */
export async function waitForSsh(target: SshTarget, options: WaitForSshOptions): Promise<void> {
  const deadline = Date.now() + options.timeoutMs;
  await waitForPort(target.host, target.port ?? 22, options.timeoutMs, options.alive);
  let last = "";
  while (Date.now() < deadline) {
    if (options.alive && !options.alive()) throw new Error(`${target.host}: VM exited while waiting for SSH`);
    const result = await run("ssh", [...sshArgs(target, 5), "true"], { allowFailure: true, timeout: 30_000 });
    if (result.exitCode === 0) return;
    last = result.stderr.trim() || `exit ${result.exitCode}`;
    await sleep(1000);
  }
  throw new Error(`${target.host}: no SSH login as ${target.user} after ${options.timeoutMs / 1000}s: ${last}`);
}
