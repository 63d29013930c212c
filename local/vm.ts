/**
 * One local virtual machine: a qcow2 overlay on a backing image (the Debian base image, or any image built
 * from it such as the Packer hub image), a NoCloud seed with the same user data OpenStack instances get, a tap
 * on the environment's bridge, and qemu daemonized with a pidfile and a serial log.
 *
 * All of a VM's files live in `<vmsDir>/<name>/`; stopping it removes that folder and its tap, so the caller's
 * state folder is the complete list of what exists.
 */
import { access, chmod, constants, mkdir, readFile, rm, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { renderUserData } from "../templates/index.js";
import { withLock } from "./lock.js";
import { ensureTap, removeTap, tapName, type Network } from "./network.js";
import { findProcesses, killAndWait, livePid, pidAlive, processMatches, rssMiB } from "./process.js";
import { ensureHostKey, sshRun, waitForSsh, writeKnownHosts, type SshTarget } from "./ssh.js";
import { pathExists, randomHex, run, seconds, sha256, stderrLog, writeFileAtomic, type Log } from "./util.js";

/** Defaults that let three VMs (bastion, hub, NFS server) run side by side on a 2-core, 24 GiB machine. */
export const VM_DEFAULTS = { vcpus: 2, memoryMiB: 2048, diskGiB: 10 } as const;

/** What a VM boots: a disk (used as the overlay's backing file) plus the kernel and initrd for direct boot. */
export interface VmImage {
  disk: string;
  kernel: string;
  initrd: string;
  cmdline: string;
}

export interface VmSpec {
  env: string;
  name: string;
  /** The environment's VM folder (e.g. `<repo>/.state/<env>/vms`); this VM uses `<vmsDir>/<name>/`. */
  vmsDir: string;
  network: Network;
  /** Static IPv4 address on the bridge. */
  address: string;
  image: VmImage;
  vcpus?: number;
  memoryMiB?: number;
  /** Size of the root disk (the overlay); the root file system grows to it at first boot. */
  diskGiB?: number;
  /** An extra empty disk (virtio, /dev/vdb, serial `hs-data`) for NFS exports or docker data. */
  dataDiskGiB?: number;
  sshUser: string;
  sshAuthorizedKeys: string[];
  /**
   * The guest's ed25519 host key (private key path, `.pub` beside it), created if missing. Default: inside the
   * VM's folder. Pass a path outside it to know the key before the VM exists (terraform plans, pinning).
   */
  hostKeyPath?: string;
  /** apt proxy for the guest (the environment's apt-cacher-ng). */
  aptProxy?: string;
  fqdn?: string;
  timezone?: string;
  /** Default auto: KVM where it can boot guests, TCG elsewhere. */
  accel?: Accel | "auto";
  log?: Log;
}

export type Accel = "kvm" | "tcg";

export interface VmInfo {
  env: string;
  name: string;
  address: string;
  pid: number;
  /** The pinned host key, `ssh-ed25519 AAAA…`. */
  hostKey: string;
  dir: string;
  knownHosts: string;
  serialLog: string;
  tap: string;
  mac: string;
  accel: Accel;
  vcpus: number;
  memoryMiB: number;
  diskGiB: number;
  dataDisk?: string;
  /** When qemu was (last) started, ms since the epoch: boot timings count from here. */
  startedAt: number;
  /** When waitForVm last saw this boot reach cloud-init done (absent until then). */
  readyAt?: number;
  specHash: string;
}

// ---------------------------------------------------------------------------------------------------------

/**
 * KVM where it really boots guests, TCG otherwise. `/dev/kvm` alone proves nothing: on machines with the nested
 * `kvm-pvm` module, KVM_CREATE_VM succeeds but a stock kernel never gets past its decompressor.
 * HUBSTACK_ACCEL=kvm|tcg overrides.
 */
export async function detectAccel(): Promise<{ accel: Accel; reason: string }> {
  const forced = process.env.HUBSTACK_ACCEL;
  if (forced === "kvm" || forced === "tcg") return { accel: forced, reason: "HUBSTACK_ACCEL" };
  if (await pathExists("/sys/module/kvm_pvm")) return { accel: "tcg", reason: "kvm-pvm cannot boot guests" };
  try {
    await access("/dev/kvm", constants.R_OK | constants.W_OK);
    return { accel: "kvm", reason: "/dev/kvm" };
  } catch {
    return { accel: "tcg", reason: "no usable /dev/kvm" };
  }
}

/** A stable, locally administered MAC per env and VM (52:54:00 is qemu's prefix). */
export function macAddress(env: string, name: string): string {
  const h = sha256(`mac/${env}/${name}`);
  return `52:54:00:${h.slice(0, 2)}:${h.slice(2, 4)}:${h.slice(4, 6)}`;
}

/** Marker in qemu's command line (`-name guest=…`) that names env and VM: finds our qemu without a pidfile. */
export function qemuMarker(env: string, name?: string): string {
  return name === undefined ? `guest=hubstack/${env}/` : `guest=hubstack/${env}/${name},`;
}

function vmFiles(vmsDir: string, name: string) {
  const dir = join(vmsDir, name);
  return {
    dir,
    overlay: join(dir, "overlay.qcow2"),
    data: join(dir, "data.qcow2"),
    seed: join(dir, "seed.iso"),
    seedDir: join(dir, "seed"),
    pid: join(dir, "qemu.pid"),
    serial: join(dir, "serial.log"),
    hostKey: join(dir, "host_ed25519_key"),
    knownHosts: join(dir, "known_hosts"),
    info: join(dir, "vm.json"),
  };
}

/** Network config (cloud-init v2) for a static address on the bridge. No gateway: the VMs route nowhere. */
export function networkConfig(mac: string, address: string, prefix: number): string {
  // JSON is YAML: no YAML emitter needed.
  return `${JSON.stringify(
    {
      version: 2,
      ethernets: {
        eth0: { match: { macaddress: mac }, "set-name": "eth0", addresses: [`${address}/${prefix}`] },
      },
    },
    null,
    2,
  )}\n`;
}

export function qemuArgs(o: {
  env: string;
  name: string;
  accel: Accel;
  vcpus: number;
  memoryMiB: number;
  image: VmImage;
  overlay: string;
  data?: string;
  seed: string;
  tap: string;
  mac: string;
  serial: string;
  pidFile: string;
}): string[] {
  const args = [
    "-name", `${qemuMarker(o.env, o.name)}process=hs-${o.name}`,
    "-machine", "q35",
    "-accel", o.accel === "kvm" ? "kvm" : "tcg,thread=multi",
    "-cpu", o.accel === "kvm" ? "host" : "max",
    "-smp", String(o.vcpus),
    "-m", String(o.memoryMiB),
    "-nodefaults", "-no-user-config", "-display", "none",
    "-kernel", o.image.kernel,
    "-initrd", o.image.initrd,
    "-append", o.image.cmdline,
    // Every disk as an explicit -device, in this order, so that PCI slots and hence the guest's names are fixed:
    // root /dev/vda, data /dev/vdb (when there is one), seed last. (qemu adds `-drive if=virtio` disks after
    // all explicit devices, which would put the data disk first.)
    "-drive", `if=none,id=root,file=${o.overlay},format=qcow2,discard=unmap`,
    "-device", "virtio-blk-pci,drive=root,serial=hs-root",
  ];
  if (o.data) {
    args.push(
      "-drive", `if=none,id=data,file=${o.data},format=qcow2,discard=unmap`,
      "-device", "virtio-blk-pci,drive=data,serial=hs-data",
    );
  }
  args.push(
    "-drive", `if=none,id=seed,file=${o.seed},format=raw,readonly=on`,
    "-device", "virtio-blk-pci,drive=seed,serial=hs-seed",
    "-netdev", `tap,id=net0,ifname=${o.tap},script=no,downscript=no`,
    // romfile= (empty): no iPXE option ROM, we never boot from the network.
    "-device", `virtio-net-pci,netdev=net0,mac=${o.mac},romfile=`,
    // Entropy for sshd and the kernel's CRNG at first boot.
    "-object", "rng-random,id=rng0,filename=/dev/urandom", "-device", "virtio-rng-pci,rng=rng0",
    "-chardev", `file,id=serial0,path=${o.serial}`, "-serial", "chardev:serial0",
    "-pidfile", o.pidFile,
    "-daemonize",
  );
  return args;
}

// ---------------------------------------------------------------------------------------------------------

async function readInfo(path: string): Promise<VmInfo | undefined> {
  try {
    return JSON.parse(await readFile(path, "utf8")) as VmInfo;
  } catch {
    return undefined;
  }
}

/** The running VM named in the state folder, or undefined (not started, stopped, or its qemu died). */
export async function vmStatus(vmsDir: string, name: string): Promise<(VmInfo & { rssMiB?: number }) | undefined> {
  const f = vmFiles(vmsDir, name);
  const info = await readInfo(f.info);
  if (!info) return undefined;
  const pid = await livePid(f.pid, f.overlay);
  if (pid === undefined) return undefined;
  return { ...info, pid, rssMiB: await rssMiB(pid) };
}

function specHash(spec: VmSpec, resolved: { vcpus: number; memoryMiB: number; diskGiB: number }): string {
  return sha256(
    JSON.stringify({
      image: spec.image,
      address: spec.address,
      bridge: spec.network.bridge,
      prefix: spec.network.prefix,
      ...resolved,
      dataDiskGiB: spec.dataDiskGiB ?? 0,
      sshUser: spec.sshUser,
      keys: spec.sshAuthorizedKeys,
      aptProxy: spec.aptProxy ?? "",
      fqdn: spec.fqdn ?? "",
      timezone: spec.timezone ?? "",
    }),
  ).slice(0, 16);
}

/**
 * Starts the VM and returns at once (qemu is up; the guest is still booting: see waitForVm). Idempotent:
 * a VM already running with the same spec is returned as it is; one whose qemu is gone but whose disks are
 * still there (host rebooted) is booted again from them; a different spec is an error (stop it first).
 */
export async function startVm(spec: VmSpec): Promise<VmInfo> {
  const { env, name, log = stderrLog } = spec;
  const f = vmFiles(spec.vmsDir, name);
  const vcpus = spec.vcpus ?? VM_DEFAULTS.vcpus;
  const memoryMiB = spec.memoryMiB ?? VM_DEFAULTS.memoryMiB;
  const diskGiB = spec.diskGiB ?? VM_DEFAULTS.diskGiB;
  const hash = specHash(spec, { vcpus, memoryMiB, diskGiB });

  return withLock(
    join(spec.vmsDir, `.${name}.lock`),
    async () => {
      const previous = await readInfo(f.info);
      const running = await livePid(f.pid, f.overlay);
      if (previous && running !== undefined) {
        if (previous.specHash !== hash) {
          throw new Error(`VM ${name} is running with a different spec: stop it first (vmctl down --vm ${name})`);
        }
        log(`${name}: already running (pid ${running})`);
        return { ...previous, pid: running };
      }
      // Only the disks of a VM with the same spec are worth booting again.
      const resume = previous?.specHash === hash && (await pathExists(f.overlay)) && (await pathExists(f.seed));
      if (!resume) await removeVmFiles(f, spec.hostKeyPath === undefined);
      await mkdir(f.dir, { recursive: true, mode: 0o700 });

      const { accel, reason } = spec.accel && spec.accel !== "auto" ? { accel: spec.accel, reason: "asked" } : await detectAccel();
      const hostKeyPath = spec.hostKeyPath ?? f.hostKey;
      const hostKey = await ensureHostKey(hostKeyPath, `hubstack ${env}/${name} host key`);
      const mac = macAddress(env, name);
      const tap = await ensureTap(spec.network, name);

      if (!resume) {
        await run("qemu-img", [
          "create", "-q", "-f", "qcow2", "-F", "qcow2", "-b", spec.image.disk, f.overlay, `${diskGiB}G`,
        ]);
        if (spec.dataDiskGiB) await run("qemu-img", ["create", "-q", "-f", "qcow2", f.data, `${spec.dataDiskGiB}G`]);
        await writeSeed(spec, f, hostKey, mac);
      }
      await writeKnownHosts(f.knownHosts, spec.address, hostKey.publicKey);
      await rm(f.pid, { force: true });
      await writeFile(f.serial, "");

      log(
        `${name}: ${resume ? "booting again from its disks" : "booting"} ${spec.address} (${accel}: ${reason}; ${vcpus} vCPU, ${memoryMiB} MiB, ${diskGiB} GiB${spec.dataDiskGiB ? ` + ${spec.dataDiskGiB} GiB data` : ""})`,
      );
      const startedAt = Date.now();
      const args = qemuArgs({
        env, name, accel, vcpus, memoryMiB, image: spec.image, overlay: f.overlay,
        data: spec.dataDiskGiB ? f.data : undefined, seed: f.seed, tap, mac, serial: f.serial, pidFile: f.pid,
      });
      // -daemonize: qemu reports start-up errors (bad tap, missing file) before detaching, then we get its pidfile.
      await run("qemu-system-x86_64", args, { timeout: 60_000 });
      const pid = await livePid(f.pid, f.overlay);
      if (pid === undefined) throw new Error(`${name}: qemu started but is not running (see ${f.serial})`);

      const info: VmInfo = {
        env, name, address: spec.address, pid, hostKey: hostKey.publicKey, dir: f.dir, knownHosts: f.knownHosts,
        serialLog: f.serial, tap, mac, accel, vcpus, memoryMiB, diskGiB,
        ...(spec.dataDiskGiB ? { dataDisk: f.data } : {}),
        startedAt, specHash: hash,
      };
      await writeFileAtomic(f.info, `${JSON.stringify(info, null, 2)}\n`);
      return info;
    },
    { log, what: `VM ${name}`, timeoutMs: 10 * 60_000 },
  );
}

async function writeSeed(
  spec: VmSpec,
  f: ReturnType<typeof vmFiles>,
  hostKey: { privateKey: string; publicKey: string },
  mac: string,
): Promise<void> {
  const userData = renderUserData({
    hostname: spec.name,
    fqdn: spec.fqdn ?? `${spec.name}.${spec.env}.hubstack.internal`,
    sshUser: spec.sshUser,
    sshAuthorizedKeys: spec.sshAuthorizedKeys,
    hostKey: { ed25519Private: hostKey.privateKey, ed25519Public: hostKey.publicKey },
    ...(spec.aptProxy ? { aptProxy: spec.aptProxy } : {}),
    timezone: spec.timezone ?? "Etc/UTC",
  });
  // A new instance-id per creation: cloud-init runs its first-boot modules once per instance.
  const metaData = `${JSON.stringify({ "instance-id": `hubstack-${spec.env}-${spec.name}-${randomHex()}`, "local-hostname": spec.name })}\n`;
  await writeSeedIso(f.seed, f.seedDir, { "user-data": userData, "meta-data": metaData, "network-config": networkConfig(mac, spec.address, spec.network.prefix) });
}

/**
 * A NoCloud seed ISO (volume label cidata) holding these files, made in `workDir` and removed from it: the
 * seed carries the guest's private host key, so it is readable by root only and no loose copy stays behind.
 */
export async function writeSeedIso(iso: string, workDir: string, files: Record<"user-data" | "meta-data" | "network-config", string>): Promise<void> {
  await mkdir(workDir, { recursive: true, mode: 0o700 });
  const paths = Object.entries(files).map(([name, content]) => ({ path: join(workDir, name), content }));
  for (const { path, content } of paths) await writeFile(path, content, { mode: 0o600 });
  await run("genisoimage", ["-quiet", "-output", iso, "-volid", "cidata", "-joliet", "-rock", ...paths.map((p) => p.path)]);
  await chmod(iso, 0o600);
  await rm(workDir, { recursive: true, force: true });
}

async function removeVmFiles(f: ReturnType<typeof vmFiles>, ownsHostKey: boolean): Promise<void> {
  if (ownsHostKey) {
    await rm(f.dir, { recursive: true, force: true });
    return;
  }
  for (const path of [f.overlay, f.data, f.seed, f.seedDir, f.pid, f.serial, f.knownHosts, f.info]) {
    await rm(path, { recursive: true, force: true });
  }
}

// ---------------------------------------------------------------------------------------------------------

export interface WaitResult {
  /** Seconds from qemu's start to the first SSH login. */
  sshSeconds: number;
  /** Seconds from qemu's start until cloud-init reported done. */
  cloudInitSeconds: number;
  cloudInitStatus: string;
}

/** Records in vm.json that this boot (same qemu PID) reached cloud-init done. */
async function markReady(info: VmInfo): Promise<void> {
  const path = join(info.dir, "vm.json");
  const current = await readInfo(path);
  if (current && current.pid === info.pid) {
    await writeFileAtomic(path, `${JSON.stringify({ ...current, readyAt: Date.now() }, null, 2)}\n`);
  }
}

/** The last lines of the serial console: the only clue when a guest never comes up. */
export async function serialTail(info: VmInfo, lines = 25): Promise<string> {
  const text = await readFile(info.serialLog, "utf8").catch(() => "");
  return text.split("\n").slice(-lines).join("\n");
}

export function sshTarget(info: VmInfo, user: string, privateKeyPath: string): SshTarget {
  return { host: info.address, user, privateKeyPath, knownHostsPath: info.knownHosts };
}

/** Waits for a real SSH login (pinned host key, given key) and then for `cloud-init status --wait`. */
export async function waitForVm(
  info: VmInfo,
  options: { user: string; privateKeyPath: string; timeoutMs?: number; log?: Log },
): Promise<WaitResult> {
  const { timeoutMs = 10 * 60_000, log = stderrLog } = options;
  const target = sshTarget(info, options.user, options.privateKeyPath);
  const alive = () => pidAlive(info.pid);
  if (info.readyAt !== undefined) {
    // This boot was already seen ready (an `up` of a running VM): one login proves it still answers, and
    // saves the two cloud-init runs (python start-up is slow under TCG).
    await waitForSsh(target, { timeoutMs: 60_000, alive });
    return { sshSeconds: 0, cloudInitSeconds: 0, cloudInitStatus: "status: done (seen before)" };
  }
  try {
    await waitForSsh(target, { timeoutMs, alive });
  } catch (err) {
    throw new Error(`${info.name}: ${(err as Error).message}\n--- serial console (${info.serialLog}) ---\n${await serialTail(info)}`);
  }
  const sshSeconds = seconds(info.startedAt);
  log(`${info.name}: SSH login after ${sshSeconds} s`);
  const status = await sshRun(target, "cloud-init status --wait >/dev/null; cloud-init status --long", {
    timeoutMs,
    allowFailure: true,
  });
  const cloudInitSeconds = seconds(info.startedAt);
  const summary = status.stdout.trim();
  if (status.exitCode !== 0 || !/status: done/.test(summary)) {
    throw new Error(`${info.name}: cloud-init did not finish cleanly (exit ${status.exitCode}):\n${summary}\n${status.stderr.trim()}`);
  }
  log(`${info.name}: cloud-init done after ${cloudInitSeconds} s`);
  await markReady(info);
  return { sshSeconds, cloudInitSeconds, cloudInitStatus: summary };
}

/**
 * Stops the VM and removes everything it had: qemu, tap, overlay, data disk, seed, logs. Safe when it is not
 * running or was never started. A host key given from outside (hostKeyPath) is the caller's and stays.
 */
export async function stopVm(o: { env: string; vmsDir: string; name: string; log?: Log }): Promise<void> {
  const { env, name, log = stderrLog } = o;
  const f = vmFiles(o.vmsDir, name);
  await withLock(
    join(o.vmsDir, `.${name}.lock`),
    async () => {
      const pids = new Set<number>();
      const fromFile = await livePid(f.pid, f.overlay);
      if (fromFile !== undefined) pids.add(fromFile);
      // The pidfile may be gone (state folder damaged): find qemu by the marker in its command line too, but
      // only one whose disks are in this folder: the same env and VM name started from another clone is not ours.
      let foreign = false;
      for (const pid of await findProcesses(qemuMarker(env, name))) {
        if (await processMatches(pid, `${f.dir}/`)) pids.add(pid);
        else foreign = true;
      }
      for (const pid of pids) {
        log(`${name}: stopping qemu (pid ${pid})`);
        await killAndWait(pid);
      }
      if (!foreign) await removeTap(tapName(env, name));
      await rm(f.dir, { recursive: true, force: true });
    },
    { log, what: `VM ${name}`, timeoutMs: 10 * 60_000 },
  );
  await rm(join(o.vmsDir, `.${name}.lock`), { recursive: true, force: true });
}

/** PIDs of every qemu of the environment, found by command line (for teardown and for tests). */
export async function envQemuPids(env: string): Promise<number[]> {
  return findProcesses(qemuMarker(env));
}
