/**
 * A VM's folder on disk, `<vmsDir>/<name>/`: where each of its files lives, its record (vm.json), and whether the
 * qemu recorded there still runs. The folder is the complete list of what a VM has, so starting, waiting and
 * stopping all read it through here.
 */
import { readFile, rm } from "node:fs/promises";
import { join } from "node:path";
import { livePid, rssMiB } from "./process.js";
import { writeFileAtomic } from "./util.js";
import type { VmInfo } from "./vm-spec.js";

export function vmFiles(vmsDir: string, name: string) {
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

export type VmFiles = ReturnType<typeof vmFiles>;

/** The lock that start and stop of one VM take; beside its folder, since stopping removes the folder. */
export function vmLockPath(vmsDir: string, name: string): string {
  return join(vmsDir, `.${name}.lock`);
}

/** The VM's record (vm.json), or undefined when it has none or it cannot be read. */
export async function readInfo(path: string): Promise<VmInfo | undefined> {
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

/** Records in vm.json that this boot (same qemu PID) reached cloud-init done. */
export async function markReady(info: VmInfo): Promise<void> {
  const path = join(info.dir, "vm.json");
  const current = await readInfo(path);
  if (current && current.pid === info.pid) {
    await writeFileAtomic(path, `${JSON.stringify({ ...current, readyAt: Date.now() }, null, 2)}\n`);
  }
}

/**
 * Clears the folder for a fresh start. A host key given from outside (hostKeyPath) is the caller's: then only
 * the VM's own files go, one by one, and the folder stays.
 */
export async function removeVmFiles(f: VmFiles, ownsHostKey: boolean): Promise<void> {
  if (ownsHostKey) {
    await rm(f.dir, { recursive: true, force: true });
    return;
  }
  for (const path of [f.overlay, f.data, f.seed, f.seedDir, f.pid, f.serial, f.knownHosts, f.info]) {
    await rm(path, { recursive: true, force: true });
  }
}
