/**
 * A whole local environment as one JSON spec: the bridge, apt-cacher-ng, the base image and the VMs. This is
 * what `vmctl` (and through it terraform's create/destroy commands) drives, and what the tests use.
 *
 * Layout of the state folder (`spec.stateDir`, e.g. `<repo>/.state/<env>`):
 *   network.json       the bridge as created (name, subnet, host address, nft table)
 *   apt-cacher-ng/     its configuration, PID and logs (the package cache itself is in the machine cache)
 *   vms/<name>/        each VM's overlay, seed, pidfile, serial log, host key, vm.json
 *   data/<name>.qcow2  each VM's data disk: kept by `down` (the data outlives the machines); only
 *                      `disk --delete` removes one
 * `down` removes exactly the others and leaves anything else in the folder alone.
 */
import { readFile, readdir, rm, rmdir } from "node:fs/promises";
import { resolve } from "node:path";
import { z } from "zod";
import { ensureAcmeServer, stopAcmeServer } from "./acme.js";
import { aptCachePid, DEFAULT_APT_CACHE_PORT, ensureAptCache, stopAptCache, type AptCache } from "./apt-cache.js";
import { DEBIAN_PACKAGE_NAME, defaultRecipe, ensureBaseImage, withPackages, type BaseImage } from "./base-image.js";
import { dataDiskPath, deleteDataDisk, ensureDataDisk } from "./data-disk.js";
import { withLock } from "./lock.js";
import {
  addressInCidr,
  bridgeName,
  ensureNetwork,
  envInterfaces,
  nftTableName,
  nthAddress,
  teardownNetwork,
  type Network,
} from "./network.js";
import { ensurePrivateHosts, removePrivateHosts } from "./private-hosts.js";
import { envPaths } from "./paths.js";
import { ensurePrereqs } from "./prereqs.js";
import { findProcesses, killAndWait, processArgs } from "./process.js";
import { publicKeyOnly } from "./ssh.js";
import { pathExists, run, stderrLog, writeFileAtomic, type Log } from "./util.js";
import { vmStatus } from "./vm-files.js";
import type { VmImage, VmInfo } from "./vm-spec.js";
import { startVm } from "./vm-start.js";
import { envQemuPids, stopVm } from "./vm-stop.js";
import { waitForVm } from "./vm-wait.js";

const VmEntry = z.strictObject({
  name: z.string().regex(/^[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?$/, "a DNS label"),
  /** Full IPv4 address on the bridge, or the host number in the subnet (10 → x.y.z.10). */
  address: z.union([z.ipv4(), z.number().int().min(2).max(254)]),
  vcpus: z.number().int().min(1).optional(),
  memoryMiB: z.number().int().min(256).optional(),
  diskGiB: z.number().int().min(4).optional(),
  dataDiskGiB: z.number().int().min(0).optional(),
  /** Boot another image (e.g. the Packer hub image); kernel/initrd/cmdline default to the base image's. */
  image: z
    .strictObject({
      disk: z.string(),
      kernel: z.string().optional(),
      initrd: z.string().optional(),
      cmdline: z.string().optional(),
    })
    .optional(),
  /**
   * Debian packages this VM's roles install (what the provisioners' image operations name): the VM boots a
   * package layer, the base recipe with these installed here by mmdebstrap (base-image.ts withPackages), so
   * that its roles find them in place instead of running dpkg under TCG. Ignored with `image`.
   */
  packages: z.array(z.string().regex(DEBIAN_PACKAGE_NAME, "a Debian package name")).optional(),
  /** Host key made before the VM (so a plan can show it); default: made in the VM's folder. */
  hostKeyPath: z.string().optional(),
  /**
   * Behind the bastion, as on a cloud (private-hosts.ts): this machine cannot reach its SSH, so `up` does not
   * wait for it; provisioning's readiness wait does, through the bastion.
   */
  private: z.boolean().default(false),
});

export const LocalEnvSpec = z.strictObject({
  env: z.string().regex(/^[a-z0-9][a-z0-9-]*$/, "lower-case letters, digits and dashes"),
  /** The environment's state folder, e.g. <repo>/.state/<env>. */
  stateDir: z.string(),
  network: z
    .strictObject({
      /** Default: derived from env (hs-<env>). */
      bridge: z.string().max(15).optional(),
      /** Default: a /24 that clashes with none of the host's routes, stable per env. */
      cidr: z.cidrv4().optional(),
    })
    .prefault({}),
  aptCache: z
    .strictObject({
      enabled: z.boolean().default(true),
      port: z.number().int().min(1).max(65535).default(DEFAULT_APT_CACHE_PORT),
    })
    .prefault({}),
  ssh: z.strictObject({
    user: z.string().default("debian"),
    /** The key hubstack logs in with; its .pub is authorized unless authorizedKeys is given. */
    privateKeyPath: z.string(),
    authorizedKeys: z.array(z.string()).optional(),
  }),
  domain: z.string().optional(),
  timezone: z.string().default("Etc/UTC"),
  accel: z.enum(["auto", "kvm", "tcg"]).default("auto"),
  /**
   * A real ACME server (pebble) on the bridge for the hub's certificates, its DNS answering every name
   * with the hub's address, so that HTTP-01 validation reaches the hub VM.
   */
  acme: z.strictObject({ hubAddress: z.ipv4(), hubHostname: z.string() }).optional(),
  /** How long one VM may take from qemu's start to cloud-init done (TCG with several VMs is slow). */
  bootTimeoutS: z.number().positive().default(900),
  vms: z.array(VmEntry).default([]),
});
export type LocalEnvSpec = z.infer<typeof LocalEnvSpec>;
export type LocalEnvSpecInput = z.input<typeof LocalEnvSpec>;

export function parseSpec(input: unknown): LocalEnvSpec {
  const result = LocalEnvSpec.safeParse(input);
  if (!result.success) {
    const issues = result.error.issues.map((i) => `${i.path.join(".") || "(spec)"}: ${i.message}`).join("; ");
    throw new Error(`invalid local environment spec: ${issues}`);
  }
  const spec = result.data;
  const names = spec.vms.map((v) => v.name);
  const dup = names.find((n, i) => names.indexOf(n) !== i);
  if (dup) throw new Error(`invalid local environment spec: VM ${dup} appears twice`);
  return { ...spec, stateDir: resolve(spec.stateDir) };
}

/** What the environment publishes per VM: the shape the provisioners' host inventory is made from. */
export interface LocalHost {
  name: string;
  address: string;
  sshUser: string;
  /** The pinned host key, `ssh-ed25519 AAAA…`. */
  hostKey: string;
  /** The guest's device for the data disk, when it has one. */
  dataDevice?: string;
  pid: number;
  /** Seconds from qemu's start to cloud-init done (undefined when it was already running). */
  bootSeconds?: number;
  sshSeconds?: number;
}

export interface LocalNetwork {
  network: Network;
  aptCache?: AptCache;
}

// ---------------------------------------------------------------------------------------------------------

/**
 * The VMs of the same environment name started from another folder (another clone, or a test's temporary
 * project). On the host an environment is its name: its bridge, taps, addresses and qemu names. Two folders
 * running env=local at once would share a bridge and answer on the same addresses, so one must stop first.
 */
export async function foreignVms(spec: LocalEnvSpec): Promise<Array<{ pid: number; folder: string }>> {
  const ours = `${envPaths(spec.stateDir).vmsDir}/`;
  const found: Array<{ pid: number; folder: string }> = [];
  for (const pid of await envQemuPids(spec.env)) {
    const args = await processArgs(pid);
    // Gone, or a zombie (an empty command line): qemu's -daemonize parent exits while a sibling VM of this
    // same apply starts, and counting it here refused that apply as "another folder".
    if (args === undefined || args.length === 0) continue;
    if (args.some((a) => a.includes(ours))) continue;
    // The pidfile sits in <stateDir>/vms/<name>/: that names the other folder.
    const pidFile = args[args.indexOf("-pidfile") + 1];
    found.push({ pid, folder: pidFile ? resolve(pidFile, "../../..") : "an unknown folder" });
  }
  return found;
}

async function refuseForeignVms(spec: LocalEnvSpec): Promise<void> {
  const foreign = await foreignVms(spec);
  if (foreign.length === 0) return;
  const folders = [...new Set(foreign.map((f) => f.folder))];
  throw new Error(
    `env=${spec.env} is already running from another folder (${folders.join(", ")}; qemu pid ${foreign.map((f) => f.pid).join(", ")}): ` +
      `it holds the bridge, the addresses and the VM names this one needs. Destroy it from its clone ` +
      `(npm run destroy -- env=${spec.env}) and run this again`,
  );
}

/** Host packages, bridge and apt-cacher-ng. Idempotent, and safe to run from several processes at once. */
export async function networkUp(spec: LocalEnvSpec, log: Log = stderrLog): Promise<LocalNetwork> {
  await refuseForeignVms(spec);
  await ensurePrereqs({ log });
  const paths = envPaths(spec.stateDir);
  return withLock(
    paths.lock,
    async () => {
      const network = await ensureNetwork({ env: spec.env, bridge: spec.network.bridge, cidr: spec.network.cidr, log });
      await writeFileAtomic(paths.networkFile, `${JSON.stringify(network, null, 2)}\n`);
      await ensurePrivateHosts(spec.env, spec.vms.filter((v) => v.private).map((v) => vmAddress(spec, v, network)), log);
      const aptCache = spec.aptCache.enabled
        ? await ensureAptCache({ stateDir: paths.aptCacheState, bindAddress: network.hostAddress, port: spec.aptCache.port, log })
        : undefined;
      if (spec.acme) await ensureAcmeServer({ stateDir: spec.stateDir, bindAddress: network.hostAddress, hubAddress: spec.acme.hubAddress, log });
      return { network, ...(aptCache ? { aptCache } : {}) };
    },
    { log, what: `env ${spec.env}` },
  );
}

/** The base image (built once per machine), through the environment's apt-cacher-ng when there is one. */
export async function baseImage(net: LocalNetwork | undefined, log: Log = stderrLog): Promise<BaseImage> {
  return ensureBaseImage({ ...(net?.aptCache ? { aptProxy: net.aptCache.url } : {}), log });
}

function vmAddress(spec: LocalEnvSpec, vm: LocalEnvSpec["vms"][number], network: Network): string {
  const address = typeof vm.address === "number" ? nthAddress(network.cidr, vm.address) : vm.address;
  if (!addressInCidr(address, network.cidr)) {
    throw new Error(`VM ${vm.name}: address ${address} is not in the bridge's subnet ${network.cidr}`);
  }
  if (address === network.hostAddress) throw new Error(`VM ${vm.name}: ${address} is the host's own address`);
  return address;
}

async function authorizedKeys(spec: LocalEnvSpec): Promise<string[]> {
  if (spec.ssh.authorizedKeys) return spec.ssh.authorizedKeys;
  const pub = `${spec.ssh.privateKeyPath}.pub`;
  try {
    return [publicKeyOnly(await readFile(pub, "utf8"))];
  } catch {
    throw new Error(`no public key at ${pub}: give ssh.authorizedKeys or create the key pair`);
  }
}

/** Starts one VM (and the network, image and apt cache it needs) and waits until cloud-init is done. */
export async function vmUp(spec: LocalEnvSpec, name: string, log: Log = stderrLog, prepared?: { net: LocalNetwork; image?: BaseImage }): Promise<LocalHost> {
  const vm = spec.vms.find((v) => v.name === name);
  if (!vm) throw new Error(`no VM ${name} in the spec of env ${spec.env} (VMs: ${spec.vms.map((v) => v.name).join(", ") || "none"})`);
  const net = prepared?.net ?? (await networkUp(spec, log));
  const image = await bootImage(vm, net, log, prepared?.image);
  const paths = envPaths(spec.stateDir);
  const info = await startVm({
    env: spec.env,
    name,
    vmsDir: paths.vmsDir,
    network: net.network,
    address: vmAddress(spec, vm, net.network),
    image,
    ...(vm.vcpus ? { vcpus: vm.vcpus } : {}),
    ...(vm.memoryMiB ? { memoryMiB: vm.memoryMiB } : {}),
    ...(vm.diskGiB ? { diskGiB: vm.diskGiB } : {}),
    ...(vm.dataDiskGiB ? { dataDiskGiB: vm.dataDiskGiB, dataDiskPath: dataDiskPath(paths.dataDir, name) } : {}),
    sshUser: spec.ssh.user,
    sshAuthorizedKeys: await authorizedKeys(spec),
    ...(vm.hostKeyPath ? { hostKeyPath: resolve(vm.hostKeyPath) } : {}),
    ...(net.aptCache ? { aptProxy: net.aptCache.url } : {}),
    ...(spec.domain ? { fqdn: `${name}.${spec.domain}` } : {}),
    timezone: spec.timezone,
    accel: spec.accel,
    log,
  });
  // Behind the bastion: this machine cannot log in; provisioning waits for it through the bastion.
  if (vm.private) return hostOf(spec, info);
  const waited = await waitForVm(info, {
    user: spec.ssh.user,
    privateKeyPath: spec.ssh.privateKeyPath,
    timeoutMs: spec.bootTimeoutS * 1000,
    log,
  });
  return hostOf(spec, info, waited.cloudInitSeconds, waited.sshSeconds);
}

/**
 * What the VM boots: its own image (the Packer hub image; its missing parts from the base image), else its
 * package layer when it names packages, else the base image. A layer is built on first use (once per
 * recipe on this machine, through the environment's apt-cacher-ng).
 */
async function bootImage(vm: LocalEnvSpec["vms"][number], net: LocalNetwork, log: Log, base?: BaseImage): Promise<VmImage> {
  const own = vm.image;
  if (own?.kernel && own.initrd && own.cmdline) return { disk: own.disk, kernel: own.kernel, initrd: own.initrd, cmdline: own.cmdline };
  if (!own && vm.packages?.length) {
    const recipe = withPackages(await defaultRecipe(), vm.packages);
    const layer = await ensureBaseImage({ recipe, ...(net.aptCache ? { aptProxy: net.aptCache.url } : {}), log: (line) => log(line.replace(/^base image/, `${vm.name}: package layer`)) });
    log(`${vm.name}: boots package layer ${layer.name} (${vm.packages.join(", ")}${layer.built ? `; built in ${layer.seconds} s` : ""})`);
    return { disk: layer.disk, kernel: layer.kernel, initrd: layer.initrd, cmdline: layer.cmdline };
  }
  const b = base ?? (await baseImage(net, log));
  return { disk: own?.disk ?? b.disk, kernel: own?.kernel ?? b.kernel, initrd: own?.initrd ?? b.initrd, cmdline: own?.cmdline ?? b.cmdline };
}

function hostOf(spec: LocalEnvSpec, info: VmInfo, bootSeconds?: number, sshSeconds?: number): LocalHost {
  return {
    name: info.name,
    address: info.address,
    sshUser: spec.ssh.user,
    hostKey: info.hostKey,
    ...(info.dataDisk ? { dataDevice: "/dev/vdb" } : {}),
    pid: info.pid,
    ...(bootSeconds !== undefined ? { bootSeconds } : {}),
    ...(sshSeconds !== undefined ? { sshSeconds } : {}),
  };
}

/** Network, image and every VM of the spec (booted in parallel), each waited for. */
export async function envUp(spec: LocalEnvSpec, log: Log = stderrLog): Promise<LocalHost[]> {
  const net = await networkUp(spec, log);
  // The base image once for every VM that boots it (not once per VM, each racing for its lock).
  const image = spec.vms.some((vm) => !vm.image?.kernel && !vm.packages?.length) ? await baseImage(net, log) : undefined;
  return Promise.all(spec.vms.map((vm) => vmUp(spec, vm.name, log, { net, ...(image ? { image } : {}) })));
}

export async function vmDown(spec: LocalEnvSpec, name: string, log: Log = stderrLog): Promise<void> {
  await stopVm({ env: spec.env, vmsDir: envPaths(spec.stateDir).vmsDir, name, log });
}

/** The VM's data disk, made if missing (before the VM, by terraform's disk resource); its path. */
export async function vmDiskUp(spec: LocalEnvSpec, name: string, log: Log = stderrLog): Promise<string | undefined> {
  const vm = spec.vms.find((v) => v.name === name);
  if (!vm) throw new Error(`no VM ${name} in the spec of env ${spec.env} (VMs: ${spec.vms.map((v) => v.name).join(", ") || "none"})`);
  if (!vm.dataDiskGiB) return undefined;
  const paths = envPaths(spec.stateDir);
  const path = dataDiskPath(paths.dataDir, name);
  await ensureDataDisk({ path, sizeGiB: vm.dataDiskGiB, vmsDir: paths.vmsDir, name, log });
  return path;
}

/** Deletes the VM's data disk: what `destroy --delete-data` asks for, and nothing else does. */
export async function vmDiskDelete(spec: LocalEnvSpec, name: string, log: Log = stderrLog): Promise<void> {
  const paths = envPaths(spec.stateDir);
  await deleteDataDisk({ path: dataDiskPath(paths.dataDir, name), vmsDir: paths.vmsDir, name, log });
  await rmdir(paths.dataDir).catch(() => {});
}

/**
 * Removes everything of the environment: every VM (those in the state folder and any qemu whose command line
 * names the env), apt-cacher-ng, taps, bridge, nft table. Safe to run twice and after a partial up.
 */
export async function envDown(spec: LocalEnvSpec, log: Log = stderrLog): Promise<void> {
  const paths = envPaths(spec.stateDir);
  const known = new Set(spec.vms.map((v) => v.name));
  for (const entry of await readdir(paths.vmsDir).catch(() => [] as string[])) {
    if (!entry.startsWith(".")) known.add(entry);
  }
  await Promise.all([...known].map((name) => vmDown(spec, name, log)));
  // Strays are ours (their disks are in our folder); another folder's VMs of the same name are left running,
  // and so is the bridge they hang on.
  const foreign = new Set((await foreignVms(spec)).map((f) => f.pid));
  for (const pid of await envQemuPids(spec.env)) {
    if (foreign.has(pid)) continue;
    log(`stopping a stray qemu of env ${spec.env} (pid ${pid})`);
    await killAndWait(pid);
  }
  await stopAptCache(paths.aptCacheState, log);
  await stopAcmeServer(spec.stateDir, log);
  // An apt-cacher-ng whose state folder was lost: found by its configuration path.
  for (const pid of await findProcesses(paths.aptCacheState)) await killAndWait(pid);
  let bridge = spec.network.bridge ?? bridgeName(spec.env);
  try {
    bridge = (JSON.parse(await readFile(paths.networkFile, "utf8")) as Network).bridge;
  } catch {
    // never created, or already gone
  }
  if (foreign.size === 0) {
    await teardownNetwork(spec.env, { bridge, log });
    await removePrivateHosts(spec.env, log);
  }
  else log(`network: bridge ${bridge} left in place: env=${spec.env} from another folder still uses it (qemu pid ${[...foreign].join(", ")})`);
  await rm(paths.networkFile, { force: true });
  await rm(paths.lock, { recursive: true, force: true });
  await rmdir(paths.vmsDir).catch(() => {});
}

export interface LocalEnvStatus {
  env: string;
  network?: Network;
  aptCachePid?: number;
  vms: (LocalHost & { rssMiB?: number })[];
  /** Leftovers that belong to the env but are not in the state folder (after a crash): down removes them. */
  strays: { qemuPids: number[]; interfaces: string[]; nftTable?: string };
}

export async function envStatus(spec: LocalEnvSpec): Promise<LocalEnvStatus> {
  const paths = envPaths(spec.stateDir);
  const network = await readFile(paths.networkFile, "utf8").then((t) => JSON.parse(t) as Network).catch(() => undefined);
  const acng = await aptCachePid(paths.aptCacheState);
  const vms: LocalEnvStatus["vms"] = [];
  const names = new Set(spec.vms.map((v) => v.name));
  for (const entry of await readdir(paths.vmsDir).catch(() => [] as string[])) if (!entry.startsWith(".")) names.add(entry);
  const ours = new Set<number>();
  for (const name of names) {
    const status = await vmStatus(paths.vmsDir, name);
    if (!status) continue;
    ours.add(status.pid);
    vms.push({ ...hostOf(spec, status), ...(status.rssMiB !== undefined ? { rssMiB: status.rssMiB } : {}) });
  }
  const ifaces = await envInterfaces(spec.env);
  const table = nftTableName(spec.env);
  const hasTable = (await run("nft", ["list", "table", "inet", table], { allowFailure: true })).exitCode === 0;
  return {
    env: spec.env,
    ...(network ? { network } : {}),
    ...(acng !== undefined ? { aptCachePid: acng } : {}),
    vms,
    strays: {
      qemuPids: (await envQemuPids(spec.env)).filter((p) => !ours.has(p)),
      interfaces: network ? [] : [...ifaces.bridges, ...ifaces.taps],
      ...(hasTable && !network?.nftTable ? { nftTable: table } : {}),
    },
  };
}

/** True when nothing of the environment is left on the host (for tests and for `down`'s own check). */
export async function envIsGone(spec: LocalEnvSpec): Promise<{ gone: boolean; left: string[] }> {
  const paths = envPaths(spec.stateDir);
  const left: string[] = [];
  for (const pid of await envQemuPids(spec.env)) left.push(`qemu pid ${pid}`);
  for (const pid of await findProcesses(paths.aptCacheState)) left.push(`apt-cacher-ng pid ${pid}`);
  const ifaces = await envInterfaces(spec.env);
  for (const name of [...ifaces.bridges, ...ifaces.taps]) left.push(`interface ${name}`);
  if ((await run("nft", ["list", "table", "inet", nftTableName(spec.env)], { allowFailure: true })).exitCode === 0) {
    left.push(`nft table inet ${nftTableName(spec.env)}`);
  }
  for (const path of [paths.vmsDir, paths.aptCacheState, paths.networkFile]) {
    if (await pathExists(path)) left.push(path);
  }
  return { gone: left.length === 0, left };
}
