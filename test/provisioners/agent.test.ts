/**
 * An encrypted deploy key, used through ssh-agent (hubstack never asks for a passphrase), against a real OpenSSH
 * server on loopback: with the agent holding the key, provisioning logs in; without an agent, the error says
 * how to load the key. And the check that tells an encrypted key from a plain one, on keys ssh-keygen made.
 */
import { execFileSync, spawnSync } from "node:child_process";
import { appendFileSync, chmodSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startLocalSshd, stopLocalSshd, type TestSshd } from "../../bench/support/local-sshd.js";
import { isEncryptedKey } from "../../provisioners/connectors/ssh.js";
import { sh } from "../../provisioners/engine/command.js";
import { change, defineOperation } from "../../provisioners/engine/operation.js";
import { provision } from "../../provisioners/engine/provision.js";
import type { Role } from "../../provisioners/engine/role.js";

let sshd: TestSshd;
let dir: string;
let agentSocket: string;
let agentPid: number;
const PASSPHRASE = "agent-test-passphrase";

beforeAll(async () => {
  sshd = await startLocalSshd();
  dir = mkdtempSync(join(tmpdir(), "hubstack-agent-"));
  execFileSync("ssh-keygen", ["-q", "-t", "ed25519", "-N", PASSPHRASE, "-C", "encrypted", "-f", join(dir, "encrypted")]);
  execFileSync("ssh-keygen", ["-q", "-t", "ed25519", "-N", "", "-C", "plain", "-f", join(dir, "plain")]);
  appendFileSync(join(sshd.dir, "authorized_keys"), readFileSync(join(dir, "encrypted.pub")));
  agentSocket = join(dir, "agent.sock");
  const out = execFileSync("ssh-agent", ["-a", agentSocket], { encoding: "utf8" });
  agentPid = Number(/SSH_AGENT_PID=(\d+)/.exec(out)![1]);
  // ssh-add reads the passphrase from SSH_ASKPASS when told to, as a desktop session would provide it.
  const askpass = join(dir, "askpass");
  writeFileSync(askpass, `#!/bin/sh\necho ${PASSPHRASE}\n`);
  chmodSync(askpass, 0o700);
  const added = spawnSync("ssh-add", [join(dir, "encrypted")], { env: { ...process.env, SSH_AUTH_SOCK: agentSocket, SSH_ASKPASS: askpass, SSH_ASKPASS_REQUIRE: "force", DISPLAY: ":0" }, encoding: "utf8", stdio: ["ignore", "pipe", "pipe"] });
  expect(added.status, added.stderr).toBe(0);
});
afterAll(() => {
  if (agentPid) process.kill(agentPid);
  if (sshd) stopLocalSshd(sshd);
  if (dir) rmSync(dir, { recursive: true, force: true });
});

const role: Role = { name: "probe", tasks: () => [defineOperation("probe", {}, [], () => change("run", [sh`true`]))] };

function target() {
  return { name: "hub", address: sshd.address, port: sshd.port, user: sshd.user, privateKeyFile: join(dir, "encrypted"), hostKey: sshd.hostKey, roles: ["probe"] };
}

describe("an encrypted deploy key", () => {
  it("is told from a plain one", () => {
    expect(isEncryptedKey(readFileSync(join(dir, "encrypted"), "utf8"))).toBe(true);
    expect(isEncryptedKey(readFileSync(join(dir, "plain"), "utf8"))).toBe(false);
  });

  it("logs in through ssh-agent", async () => {
    const report = await provision([target()], { roles: { probe: role }, knownHostsFile: join(dir, "known_hosts"), agent: agentSocket });
    expect(report.hosts[0]!.error?.message).toBeUndefined();
    expect(report.ok).toBe(true);
  });

  it("without an agent, says how to load it", async () => {
    const saved = process.env.SSH_AUTH_SOCK;
    delete process.env.SSH_AUTH_SOCK;
    try {
      const report = await provision([target()], { roles: { probe: role }, knownHostsFile: join(dir, "known_hosts") });
      expect(report.ok).toBe(false);
      expect(report.hosts[0]!.error?.message).toMatch(/is encrypted: load it into ssh-agent .*ssh-add .*SSH_AUTH_SOCK/);
    } finally {
      if (saved !== undefined) process.env.SSH_AUTH_SOCK = saved;
    }
  });
});
