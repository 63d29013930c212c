/**
 * The test host as a Debian 12 VM booted through local (qemu, private bridge, pinned host key, apt
 * through the environment's apt-cacher-ng), shaped like the local sshd so that the tests do not care.
 */
import { execa } from "execa";
import { existsSync, mkdirSync } from "node:fs";
import { join } from "node:path";
import { envDown, envUp, parseSpec } from "../../local/local-env.js";
import { SshConnector } from "../../provisioners/connectors/ssh.js";
import { PASSWORD_SUDO_USER, type TestSshd } from "../../bench/support/local-sshd.js";

const ENV = "hs-prov-test";

function spec(stateDir: string) {
  return parseSpec({ env: ENV, stateDir: join(stateDir, "state"), ssh: { privateKeyPath: join(stateDir, "id_ed25519") }, vms: [{ name: "t1", address: 10, memoryMiB: 1024 }] });
}

export async function startTestVm(stateDir: string): Promise<TestSshd> {
  mkdirSync(stateDir, { recursive: true });
  const key = join(stateDir, "id_ed25519");
  if (!existsSync(key)) await execa("ssh-keygen", ["-q", "-t", "ed25519", "-N", "", "-f", key]);
  const [vm] = await envUp(spec(stateDir));
  const host: TestSshd = {
    address: vm!.address,
    port: 22,
    user: vm!.sshUser,
    passwordSudoUser: PASSWORD_SUDO_USER,
    privateKeyFile: key,
    hostKey: vm!.hostKey,
    dir: stateDir,
    pid: vm!.pid,
    systemd: true,
  };
  // The user whose sudo asks for a password, for the fault tests.
  const c = new SshConnector({ name: "t1", address: host.address, user: host.user, privateKeyFile: key, roles: [], hostKey: host.hostKey }, { knownHostsFile: join(stateDir, "known_hosts") });
  await c.connect();
  await c.exec(
    `id ${PASSWORD_SUDO_USER} >/dev/null 2>&1 || useradd -m -s /bin/bash ${PASSWORD_SUDO_USER}; usermod -p '*' ${PASSWORD_SUDO_USER}
install -d -o ${PASSWORD_SUDO_USER} -m 700 /home/${PASSWORD_SUDO_USER}/.ssh; install -o ${PASSWORD_SUDO_USER} -m 600 ~${host.user}/.ssh/authorized_keys /home/${PASSWORD_SUDO_USER}/.ssh/
echo '${PASSWORD_SUDO_USER} ALL=(ALL) ALL' > /etc/sudoers.d/${PASSWORD_SUDO_USER}; chmod 440 /etc/sudoers.d/${PASSWORD_SUDO_USER}`,
  );
  await c.close();
  return host;
}

export async function stopTestVm(stateDir: string): Promise<void> {
  await envDown(spec(stateDir));
}
