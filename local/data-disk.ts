/**
 * A VM's data disk, kept apart from the VM: `<stateDir>/data/<name>.qcow2`. Stopping or replacing the VM
 * (destroy, rebuild) removes its folder and never this file, so the NFS homes and the hub's state outlive
 * their machines as Cinder volumes do on a cloud; only `destroy --delete-data` removes it (terraform's
 * disk resource, see stacks/local-stack.ts).
 */
import { mkdir, rename, rm, stat } from "node:fs/promises";
import { dirname, join } from "node:path";
import { pathExists, run, type Log } from "./util.js";

export function dataDiskPath(dataDir: string, name: string): string {
  return join(dataDir, `${name}.qcow2`);
}

/** Where hubstack before this layout kept the disk: inside the VM's folder, gone with it. */
function legacyPath(vmsDir: string, name: string): string {
  return join(vmsDir, name, "data.qcow2");
}

/**
 * The disk at `path`, made empty when there is none; an existing one is kept as it is (its file system and
 * data reattach). A disk left inside the VM's folder by an older hubstack is moved out first.
 */
export async function ensureDataDisk(o: { path: string; sizeGiB: number; vmsDir: string; name: string; log: Log }): Promise<"kept" | "created" | "moved"> {
  await mkdir(dirname(o.path), { recursive: true, mode: 0o700 });
  if (await pathExists(o.path)) return "kept";
  const legacy = legacyPath(o.vmsDir, o.name);
  if (await pathExists(legacy)) {
    await rename(legacy, o.path);
    o.log(`${o.name}: data disk moved out of the VM's folder to ${o.path} (it now outlives the VM)`);
    return "moved";
  }
  await run("qemu-img", ["create", "-q", "-f", "qcow2", o.path, `${o.sizeGiB}G`]);
  o.log(`${o.name}: data disk ${o.path} (${o.sizeGiB} GiB) created`);
  return "created";
}

/** Removes the disk (and an older layout's copy). Its data is gone for good. */
export async function deleteDataDisk(o: { path: string; vmsDir: string; name: string; log: Log }): Promise<void> {
  const size = await stat(o.path).then((s) => s.size, () => undefined);
  await rm(o.path, { force: true });
  await rm(legacyPath(o.vmsDir, o.name), { force: true });
  if (size !== undefined) o.log(`${o.name}: data disk ${o.path} deleted (${(size / 2 ** 20).toFixed(0)} MiB in use)`);
}
