/**
 * A real OpenSSH server on this machine, loopback only, for the host tests and the benchmark where no VM
 * is available: its own host key, a login user with passwordless sudo (as on cloud images), and a second
 * user whose sudo asks for a password (to test that fault). It is this machine's Debian 12, so apt, users,
 * files, sysctl and mounts are real; systemd is not PID 1 here, so service tests need a VM.
 */
import { execa } from "execa";
import { spawn } from "node:child_process";
import { existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync, chmodSync } from "node:fs";
import { createServer } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";

export interface TestSshd {
  readonly address: string;
  readonly port: number;
  readonly user: string;
  /** A user whose sudo wants a password. */
  readonly passwordSudoUser: string;
  readonly privateKeyFile: string;
  /** "ssh-ed25519 AAAA…": the server's key, as an orchestrator would know it from creation. */
  readonly hostKey: string;
  readonly dir: string;
  readonly pid: number;
  /** systemd runs on the host (false here, true on a VM). */
  readonly systemd: boolean;
}

export const LOGIN_USER = "hubtest";
export const PASSWORD_SUDO_USER = "hubtest-pw";

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.listen(0, "127.0.0.1", () => {
      const port = (server.address() as { port: number }).port;
      server.close(() => resolve(port));
    });
    server.on("error", reject);
  });
}

async function ensureUser(name: string, sudoers: string): Promise<void> {
  const exists = await execa("getent", ["passwd", name], { reject: false });
  if (exists.exitCode !== 0) await execa("useradd", ["--create-home", "--shell", "/bin/bash", name]);
  // "*": no password, but not locked, so sshd (without PAM) accepts a key.
  await execa("usermod", ["-p", "*", name]);
  mkdirSync("/etc/sudoers.d", { recursive: true });
  writeFileSync(`/etc/sudoers.d/${name}`, sudoers, { mode: 0o440 });
}

export async function startLocalSshd(): Promise<TestSshd> {
  if (process.getuid?.() !== 0) throw new Error("the local sshd test host needs root (it creates test users)");
  // The login user becomes root with sudo, as on every cloud image.
  if ((await execa("sh", ["-c", "command -v sudo"], { reject: false })).exitCode !== 0) {
    await execa("apt-get", ["install", "-y", "-q", "sudo"], { env: { DEBIAN_FRONTEND: "noninteractive" } });
  }
  const dir = mkdtempSync(join(tmpdir(), "hubstack-sshd-"));
  chmodSync(dir, 0o755);
  await execa("ssh-keygen", ["-q", "-t", "ed25519", "-N", "", "-f", join(dir, "ssh_host_ed25519_key")]);
  await execa("ssh-keygen", ["-q", "-t", "ed25519", "-N", "", "-C", "hubstack-test", "-f", join(dir, "id_ed25519")]);
  await ensureUser(LOGIN_USER, `${LOGIN_USER} ALL=(ALL) NOPASSWD:ALL\n`);
  await ensureUser(PASSWORD_SUDO_USER, `${PASSWORD_SUDO_USER} ALL=(ALL) ALL\n`);
  const keys = join(dir, "authorized_keys");
  writeFileSync(keys, readFileSync(join(dir, "id_ed25519.pub")), { mode: 0o644 });
  const port = await freePort();
  const config = join(dir, "sshd_config");
  writeFileSync(
    config,
    [
      `Port ${port}`,
      "ListenAddress 127.0.0.1",
      `HostKey ${join(dir, "ssh_host_ed25519_key")}`,
      `PidFile ${join(dir, "sshd.pid")}`,
      `AuthorizedKeysFile ${keys}`,
      "StrictModes no",
      "UsePAM no",
      "PasswordAuthentication no",
      "KbdInteractiveAuthentication no",
      "PermitRootLogin no",
      "MaxSessions 50",
      "MaxStartups 50",
      "Subsystem sftp internal-sftp",
      "LogLevel FATAL",
      "",
    ].join("\n"),
  );
  mkdirSync("/run/sshd", { recursive: true });
  // Named here rather than met as `spawn /usr/sbin/sshd ENOENT` in every file that uses this server.
  if (!existsSync("/usr/sbin/sshd")) throw new Error("the loopback SSH server needs /usr/sbin/sshd: apt-get install openssh-server (.ci/run installs it)");
  const child = spawn("/usr/sbin/sshd", ["-D", "-e", "-f", config], { stdio: ["ignore", "ignore", "inherit"], detached: true });
  child.unref();
  await waitForPort(port);
  return {
    address: "127.0.0.1",
    port,
    user: LOGIN_USER,
    passwordSudoUser: PASSWORD_SUDO_USER,
    privateKeyFile: join(dir, "id_ed25519"),
    hostKey: readFileSync(join(dir, "ssh_host_ed25519_key.pub"), "utf8").trim(),
    dir,
    pid: child.pid!,
    systemd: false,
  };
}

async function waitForPort(port: number): Promise<void> {
  const { connect } = await import("node:net");
  for (let i = 0; i < 100; i++) {
    const ok = await new Promise<boolean>((resolve) => {
      const s = connect(port, "127.0.0.1");
      s.on("connect", () => (s.destroy(), resolve(true)));
      s.on("error", () => resolve(false));
    });
    if (ok) return;
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`sshd did not listen on 127.0.0.1:${port}`);
}

export function stopLocalSshd(sshd: TestSshd): void {
  try {
    process.kill(sshd.pid, "SIGTERM");
  } catch {
    // already gone
  }
}
