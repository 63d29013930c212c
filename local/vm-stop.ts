/**
 * Stopping a VM: its qemu (found by pidfile, or by command line when the state folder is damaged), its tap and
 * its folder. It needs no spec, only the VM's name: it also cleans up after a VM whose start never finished.
 */
import { rm } from "node:fs/promises";
import { withLock } from "./lock.js";
import { removeTap, tapName } from "./network.js";
import { findProcesses, killAndWait, livePid, processMatches } from "./process.js";
import { qemuMarker } from "./qemu-args.js";
import { stderrLog, type Log } from "./util.js";
import { vmFiles, vmLockPath } from "./vm-files.js";

/**
 * Stops the VM and removes everything it had: qemu, tap, overlay, data disk, seed, logs. Safe when it is not
 * running or was never started. A host key given from outside (hostKeyPath) is the caller's and stays.
 */
export async function stopVm(o: { env: string; vmsDir: string; name: string; log?: Log }): Promise<void> {
  const { env, name, log = stderrLog } = o;
  const f = vmFiles(o.vmsDir, name);
  await withLock(
    vmLockPath(o.vmsDir, name),
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
  await rm(vmLockPath(o.vmsDir, name), { recursive: true, force: true });
}

/** PIDs of every qemu of the environment, found by command line (for teardown and for tests). */
export async function envQemuPids(env: string): Promise<number[]> {
  return findProcesses(qemuMarker(env));
}
