/**
 * Starting a VM: an overlay on its image, a seed, a tap, and qemu daemonized. Idempotent, because terraform and
 * `vmctl up` call it again on a VM that may already run, or whose qemu died with the host while its disks stayed.
 */
import { mkdir, rm, writeFile } from "node:fs/promises";
import { detectAccel } from "./accel.js";
import { withLock } from "./lock.js";
import { ensureTap } from "./network.js";
import { livePid } from "./process.js";
import { macAddress, qemuArgs } from "./qemu-args.js";
import { ensureHostKey, writeKnownHosts } from "./ssh.js";
import { pathExists, run, sha256, stderrLog, writeFileAtomic } from "./util.js";
import { ensureDataDisk } from "./data-disk.js";
import { readInfo, removeVmFiles, vmFiles, vmLockPath } from "./vm-files.js";
import { writeSeed } from "./vm-seed.js";
import { VM_DEFAULTS, type VmInfo, type VmSpec } from "./vm-spec.js";

/** Everything a guest is made from: a running VM is the one asked for only when this matches. */
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
    vmLockPath(spec.vmsDir, name),
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
      // A data disk kept outside the folder is made (or found, or moved out of an older layout) first: the
      // folder's removal below never takes it.
      const dataDisk = spec.dataDiskGiB ? (spec.dataDiskPath ?? f.data) : undefined;
      if (spec.dataDiskGiB && spec.dataDiskPath) await ensureDataDisk({ path: spec.dataDiskPath, sizeGiB: spec.dataDiskGiB, vmsDir: spec.vmsDir, name, log });
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
        if (spec.dataDiskGiB && !spec.dataDiskPath) await run("qemu-img", ["create", "-q", "-f", "qcow2", f.data, `${spec.dataDiskGiB}G`]);
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
        data: dataDisk, seed: f.seed, tap, mac, serial: f.serial, pidFile: f.pid,
      });
      // -daemonize: qemu reports start-up errors (bad tap, missing file) before detaching, then we get its pidfile.
      await run("qemu-system-x86_64", args, { timeout: 60_000 });
      const pid = await livePid(f.pid, f.overlay);
      if (pid === undefined) throw new Error(`${name}: qemu started but is not running (see ${f.serial})`);

      const info: VmInfo = {
        env, name, address: spec.address, pid, hostKey: hostKey.publicKey, dir: f.dir, knownHosts: f.knownHosts,
        serialLog: f.serial, tap, mac, accel, vcpus, memoryMiB, diskGiB,
        ...(dataDisk ? { dataDisk } : {}),
        startedAt, specHash: hash,
      };
      await writeFileAtomic(f.info, `${JSON.stringify(info, null, 2)}\n`);
      return info;
    },
    { log, what: `VM ${name}`, timeoutMs: 10 * 60_000 },
  );
}
