/**
 * A local program's own ssh to the host (the images role streams a root file system that way) through a jump
 * host, against a real OpenSSH server on loopback that is both the jump host and the target: every hop must
 * carry the environment's key, user and pinned known_hosts (`ssh -J` gave the jump hop none of them: "Host key
 * verification failed" on a cloud). And a local program that signals its own process group cannot take the
 * run down with it: the operation fails and the run ends with its report.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startLocalSshd, stopLocalSshd, type TestSshd } from "../../bench/support/local-sshd.js";
import { LOCAL_SSH_PRELUDE } from "../../provisioners/engine/local-ssh.js";
import { change, defineOperation } from "../../provisioners/engine/operation.js";
import { provision } from "../../provisioners/engine/provision.js";
import type { TargetHost } from "../../provisioners/engine/hosts.js";
import type { Role } from "../../provisioners/engine/role.js";

let sshd: TestSshd;
let dir: string;

beforeAll(async () => {
  sshd = await startLocalSshd();
  dir = mkdtempSync(join(tmpdir(), "hubstack-local-program-"));
});
afterAll(() => {
  if (sshd) stopLocalSshd(sshd);
  if (dir) rmSync(dir, { recursive: true, force: true });
});

/** A role of one operation that runs `script` (bash) on this machine. */
function localRole(script: string): Role {
  return { name: "local", tasks: () => [defineOperation("local program", {}, [], () => change("run it", [{ kind: "local", argv: ["bash", "-c", script] }]))] };
}

function hosts(): { jump: TargetHost; target: TargetHost } {
  const common = { address: sshd.address, port: sshd.port, user: sshd.user, privateKeyFile: sshd.privateKeyFile, hostKey: sshd.hostKey };
  const jump: TargetHost = { name: "bastion", roles: [], ...common };
  return { jump, target: { name: "hub", roles: ["local"], jumpHost: jump, ...common } };
}

describe("local programs", () => {
  it("stream to a host behind a jump host with the environment's key and pinned host keys on both hops", async () => {
    const out = join(dir, "streamed");
    const script = ["set -euo pipefail", LOCAL_SSH_PRELUDE, `printf 'through the bastion' | "\${hs_ssh[@]}" ${`'sudo tee ${out} >/dev/null'`}`].join("\n");
    const { target } = hosts();
    const report = await provision([target], { roles: { local: localRole(script) }, knownHostsFile: join(dir, "known_hosts") });
    expect(report.hosts[0]!.error?.message).toBeUndefined();
    expect(report.ok).toBe(true);
    expect(readFileSync(out, "utf8")).toBe("through the bastion");
  });

  it("a jump host whose key is not the pinned one stops the stream (no trust on first use on any hop)", async () => {
    const { target } = hosts();
    const other = "ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIFYtqeRwvt3ldm4Rqh6lyzPaTSmBWaU5sIkJ1pQNB7dB";
    const knownHostsFile = join(dir, "known_hosts_wrong");
    // The engine's own connection goes straight to the target here (no jump), so only the local ssh's jump hop
    // meets the wrong key: it is written for a name the target does not share.
    const script = ["set -euo pipefail", LOCAL_SSH_PRELUDE, `true | "\${hs_ssh[@]}" true`].join("\n");
    const env = { HUBSTACK_JUMP_ADDRESS: "localhost", HUBSTACK_JUMP_PORT: String(sshd.port), HUBSTACK_JUMP_USER: sshd.user };
    const role: Role = {
      name: "local",
      tasks: () => [defineOperation("local program", {}, [], () => change("run it", [{ kind: "local", argv: ["bash", "-c", script], env }]))],
    };
    writeFileSync(knownHostsFile, `[localhost]:${sshd.port} ${other}\n`);
    const report = await provision([{ ...target, jumpHost: undefined }], { roles: { local: role }, knownHostsFile });
    expect(report.ok).toBe(false);
    expect(report.hosts[0]!.error?.message).toMatch(/local program bash exited with 255/);
  });

  it("a program that signals its own process group fails its operation, not hubstack", async () => {
    const { target } = hosts();
    const report = await provision([{ ...target, jumpHost: undefined }], {
      roles: { local: localRole("echo about to hang up >&2; kill -HUP 0; sleep 5") },
      knownHostsFile: join(dir, "known_hosts"),
    });
    // Still here: the SIGHUP reached only the program's group.
    expect(report.ok).toBe(false);
    expect(report.hosts[0]!.error?.message).toMatch(/local program bash exited with SIGHUP/);
  });
});
