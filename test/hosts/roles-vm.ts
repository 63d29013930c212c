/**
 * The role tests' own Debian 12 VM (local: qemu, a private bridge, apt through the bridge's
 * apt-cacher-ng), and an Environment whose one host is that VM: the roles change the host for real
 * (hostname, sshd, firewall, services), so they never run on the loopback sshd the other host tests use.
 *
 * Each test file boots its own VM (a fresh host is what "converge" means) and removes it at the end
 * (HUBSTACK_TEST_KEEP_VM=1 keeps it for a look).
 */
import { execa } from "execa";
import { existsSync, mkdirSync } from "node:fs";
import { join } from "node:path";
import type { Environment, RoleName } from "../../environment/schema.js";
import { EnvironmentFile } from "../../environment/schema.js";
import { envDown, networkUp, parseSpec, vmUp, type LocalEnvSpec } from "../../local/local-env.js";
import { isRoot } from "../../local/util.js";
import { SshConnector } from "../../provisioners/connectors/ssh.js";
import type { TargetHost } from "../../provisioners/engine/hosts.js";
import { provision } from "../../provisioners/engine/provision.js";
import type { ProvisionReport } from "../../provisioners/engine/report.js";
import { ROLES } from "../../provisioners/roles/index.js";

/**
 * qemu and root (bridges, taps) are needed, and the run must ask for VMs: HUBSTACK_TEST_HOST=vm (as the
 * engine's host tests) or HUBSTACK_TEST_ROLES=1. The role tests take tens of minutes under TCG, so a plain
 * `vitest --project hosts` on the loopback sshd skips them.
 */
export const canBootVms =
  process.platform === "linux" && isRoot() && existsSync("/usr/bin/qemu-system-x86_64") && (process.env.HUBSTACK_TEST_HOST === "vm" || process.env.HUBSTACK_TEST_ROLES === "1");

export interface RolesVm {
  readonly spec: LocalEnvSpec;
  readonly host: TargetHost;
  readonly knownHostsFile: string;
  /** The bridge's subnet: the Environment's local.subnet, so that the firewall lets this machine in. */
  readonly subnet: string;
  readonly bootSeconds: number;
}

const log = (line: string) => process.stderr.write(`[roles vm] ${line}\n`);

/** Boots one VM named `name` for environment `env` (a fresh bridge and state folder under /tmp). */
export async function bootRolesVm(env: string, name: string, roles: readonly RoleName[], options: { memoryMiB?: number; dataDiskGiB?: number } = {}): Promise<RolesVm> {
  const dir = `/tmp/hubstack-roles-${env}`;
  mkdirSync(dir, { recursive: true });
  const key = join(dir, "id_ed25519");
  if (!existsSync(key)) await execa("ssh-keygen", ["-q", "-t", "ed25519", "-N", "", "-C", "hubstack roles test", "-f", key]);
  const spec = parseSpec({
    env,
    stateDir: join(dir, "state"),
    ssh: { user: "debian", privateKeyPath: key },
    vms: [{ name, address: 11, vcpus: 2, memoryMiB: options.memoryMiB ?? 1536, diskGiB: 8, ...(options.dataDiskGiB ? { dataDiskGiB: options.dataDiskGiB } : {}) }],
  });
  const started = performance.now();
  const net = await networkUp(spec, log);
  const vm = await vmUp(spec, name, log);
  const bootSeconds = (performance.now() - started) / 1000;
  log(`${name} up at ${vm.address} in ${bootSeconds.toFixed(1)} s`);
  return {
    spec,
    host: { name, address: vm.address, user: vm.sshUser, privateKeyFile: key, roles, hostKey: vm.hostKey },
    knownHostsFile: join(dir, "known_hosts"),
    subnet: net.network.cidr,
    bootSeconds,
  };
}

export async function stopRolesVm(vm: RolesVm | undefined): Promise<void> {
  if (!vm || process.env.HUBSTACK_TEST_KEEP_VM === "1") return;
  await envDown(vm.spec, log);
}

/** An Environment (target local) whose only host is the VM, shaped by `patch`. */
export function environmentFor(vm: RolesVm, patch: (file: Record<string, any>) => void = () => {}): Environment {
  const file: Record<string, any> = {
    target: "local",
    domain: "roles.hubstack.test",
    ssh: { user: vm.host.user, privateKeyFile: vm.host.privateKeyFile },
    local: { subnet: vm.subnet },
    hosts: { [vm.host.name]: { roles: [...vm.host.roles], address: vm.host.address } },
  };
  patch(file);
  return { ...EnvironmentFile.parse(file), name: vm.spec.env, baseName: vm.spec.env, secrets: [] };
}

/** Provisions the VM with its roles (the real registry, over real SSH). */
export async function converge(vm: RolesVm, env: Environment, options: { check?: boolean; onlyRoles?: readonly string[] } = {}): Promise<ProvisionReport> {
  return provision([vm.host], {
    roles: ROLES,
    vars: env,
    knownHostsFile: vm.knownHostsFile,
    connectRetries: 2,
    ...(options.check ? { check: true } : {}),
    ...(options.onlyRoles ? { onlyRoles: options.onlyRoles } : {}),
  });
}

/** Runs a script as root on the VM over a new SSH connection (a new login each time: proves sshd still lets us in). */
export async function onVm(vm: RolesVm, script: string, host: Partial<TargetHost> = {}): Promise<{ stdout: string; stderr: string; code: number }> {
  const c = new SshConnector({ ...vm.host, ...host }, { knownHostsFile: vm.knownHostsFile, connectRetries: 0 });
  await c.connect();
  try {
    return await c.exec(script);
  } finally {
    await c.close();
  }
}

/** stdout of a script that must succeed. */
export async function sh(vm: RolesVm, script: string): Promise<string> {
  const r = await onVm(vm, script);
  if (r.code !== 0) throw new Error(`on ${vm.host.name}: ${script}\nexit ${r.code}: ${r.stderr}${r.stdout}`);
  return r.stdout;
}

/** Changed and failed operations, for assertion messages. */
export function explain(report: ProvisionReport): string {
  return report.hosts
    .flatMap((h) => [h.error ? `host error: ${h.error.message}` : "", ...h.roles.flatMap((r) => r.operations.filter((o) => o.status === "changed" || o.status === "failed").map((o) => `${r.name}/${o.name}: ${o.status}: ${o.reason}`))])
    .filter(Boolean)
    .join("\n");
}

export function summary(report: ProvisionReport) {
  const h = report.hosts[0]!;
  return { ok: h.ok, changed: h.changed, failed: h.failed, seconds: Number(h.seconds.toFixed(1)), roundTrips: h.roundTrips };
}
