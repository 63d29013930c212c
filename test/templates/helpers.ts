/**
 * Shared by the template tests: the shipped environments with addresses for every host, every file a
 * host's roles render, and the Debian tools that check them (installed once by ./setup.ts).
 */
import { execFileSync, spawnSync, type SpawnSyncReturns } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { basename, join } from "node:path";
import { listEnvironmentFiles } from "../../environment/load.js";
import type { Environment, RoleName } from "../../environment/schema.js";
import { baseFiles, hostsFromEnvironment, type ProvisionedHost } from "../../provisioners/roles/base/template-vars.js";
import { renderManagedFile, type ManagedFile } from "../../provisioners/roles/files.js";
import { bastionFiles } from "../../provisioners/roles/bastion/template-vars.js";
import { dockerFiles } from "../../provisioners/roles/docker/template-vars.js";
import type { GeneratedSecrets } from "../../provisioners/roles/jupyterhub/secret-vars.js";
import { jupyterhubFiles } from "../../provisioners/roles/jupyterhub/template-vars.js";
import { nfsClientFiles } from "../../provisioners/roles/nfs-client/template-vars.js";
import { nfsServerFiles } from "../../provisioners/roles/nfs-server/template-vars.js";
import { proxyTlsFiles } from "../../provisioners/roles/proxy-tls/template-vars.js";
import { startHookFiles } from "../../provisioners/roles/start-hooks/template-vars.js";

/** Debian packages the template tests check files with. */
export const TEST_PACKAGES = ["jupyterhub", "python3-venv", "caddy", "pebble", "openssl", "shellcheck", "sudo", "nftables", "openssh-server", "systemd", "apt", "util-linux", "dash", "prometheus", "prometheus-node-exporter"] as const;

export const SHIPPED = listEnvironmentFiles();

export const GENERATED: GeneratedSecrets = {
  proxyAuthToken: "generated-proxy-token-0123456789abcdef",
  cookieSecret: "0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef",
};

export const BASTION_FACTS = { luksUuid: "0b9f4c2e-6d0a-4a53-9c3e-2f1d5e7a8b90" };

/** Hosts with addresses: the inventory's for local and static, made-up private ones for openstack (they come from stack outputs there). */
export function hostsOf(env: Environment): ProvisionedHost[] {
  if (env.target !== "openstack") return hostsFromEnvironment(env);
  return Object.entries(env.hosts)
    .filter(([, h]) => h.enabled)
    .map(([name, h], i) => ({ name, address: `10.99.0.${10 + i}`, roles: h.roles }));
}



/** Every file the roles of `hostName` put on it (each role's named files, in the order they are declared). */
export function filesFor(env: Environment, hosts: readonly ProvisionedHost[], hostName: string): ManagedFile[] {
  const host = hosts.find((h) => h.name === hostName)!;
  const byRole: Partial<Record<RoleName, () => Record<string, ManagedFile | undefined>>> = {
    base: () => baseFiles(env, hosts, hostName),
    "nfs-server": () => nfsServerFiles(env, hosts, hostName),
    "nfs-client": () => nfsClientFiles(env, hosts),
    docker: () => dockerFiles(env, hosts, hostName),
    "start-hooks": () => startHookFiles(env),
    jupyterhub: () => jupyterhubFiles(env, hosts, GENERATED),
    "proxy-tls": () => proxyTlsFiles(env, hosts),
    bastion: () => bastionFiles(env, BASTION_FACTS),
  };
  return host.roles.flatMap((r) => Object.values(byRole[r]?.() ?? {}).filter((f): f is ManagedFile => f !== undefined));
}

export interface RenderedFile {
  file: ManagedFile;
  text: string;
}

export function renderAll(env: Environment): { host: ProvisionedHost; files: RenderedFile[] }[] {
  const hosts = hostsOf(env);
  return hosts.map((host) => ({ host, files: filesFor(env, hosts, host.name).map((file) => ({ file, text: renderManagedFile(file) })) }));
}

export function templateOf(file: ManagedFile): string | undefined {
  return "template" in file.source ? file.source.template : undefined;
}

/** This test process's scratch folder, removed when it exits. */
export const SCRATCH = mkdtempSync(join(tmpdir(), "hubstack-tpl-"));
process.on("exit", () => rmSync(SCRATCH, { recursive: true, force: true }));

/** Writes `text` into a fresh temporary folder under the destination's own base name. */
export function writeTemp(dest: string, text: string, dir = mkdtempSync(join(SCRATCH, "f-"))): string {
  const path = join(dir, basename(dest));
  writeFileSync(path, text);
  return path;
}

export function has(tool: string): boolean {
  return spawnSync("sh", ["-c", `command -v ${tool}`], { stdio: "ignore", env: { ...process.env, PATH: `${process.env.PATH}:/usr/sbin:/sbin` } }).status === 0;
}

/** Runs a command; returns status and both outputs (never throws on a non-zero status). */
export function run(cmd: string, args: string[], opts: { env?: NodeJS.ProcessEnv; input?: string; cwd?: string } = {}): SpawnSyncReturns<string> & { out: string } {
  const r = spawnSync(cmd, args, {
    encoding: "utf8",
    env: { ...process.env, PATH: `${process.env.PATH}:/usr/sbin:/sbin`, ...opts.env },
    input: opts.input,
    cwd: opts.cwd,
    timeout: 120_000,
  });
  return Object.assign(r, { out: `${r.stdout ?? ""}${r.stderr ?? ""}` });
}

export { DEBIAN_PYTHON, hubPython } from "../support/hub-venv.js";

export function sh(cmd: string): string {
  return execFileSync("sh", ["-c", cmd], { encoding: "utf8" });
}

export { load, variant } from "../support/environments.js";
