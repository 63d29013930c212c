/**
 * How many servers a hub can hold at once, for the load test's refusal of a run larger than the hub is sized
 * for (`--force` runs it anyway). A load test that pushes the hub into swapping or the OOM killer measures
 * the sizing mistake, not the hub, and may kill the hub process real users are on.
 *
 * The figure is memory, read from the hub itself (/proc/meminfo over SSH, so a cloud flavor counts as much as
 * env=local's memoryMiB): what the hub's own processes hold is set aside, and each server counts at what a
 * started notebook server with a kernel held when measured. Limits (memLimit) are ceilings, not what a server
 * holds, so sizing by them would refuse every hub that overcommits, as all of them do.
 */
import type { TargetHost } from "../provisioners/engine/hosts.js";
import { JumpPool, SshConnector } from "../provisioners/connectors/ssh.js";

/**
 * One server with a kernel that ran code: 118–152 MiB per container (docker stats on env=local's hub during a
 * 10-user load test, README "Load test"), rounded up for the notebook a student actually opens.
 */
export const SERVER_MIB = 160;
/**
 * The hub's own share: the OS, dockerd, JupyterHub, configurable-http-proxy and Caddy held ~600 MiB on
 * env=local's hub with no server running; the rest is page cache the servers' images need.
 */
export const HUB_RESERVE_MIB = 1024;

/** Servers that fit at once in this much memory (never below 1: one server is what the health check starts). */
export function serverCapacity(memTotalMiB: number): number {
  return Math.max(1, Math.floor((memTotalMiB - HUB_RESERVE_MIB) / SERVER_MIB));
}

/** The memory a hub needs for this many servers at once, in MiB (what an inventory's memoryMiB should say). */
export function memoryFor(servers: number): number {
  return HUB_RESERVE_MIB + servers * SERVER_MIB;
}

/** MemTotal of /proc/meminfo, in MiB; the line is the kernel's, its format fixed since 2.6. */
export function parseMemTotal(meminfo: string): number | undefined {
  const m = /^MemTotal:\s+(\d+)\s+kB$/m.exec(meminfo);
  return m ? Math.floor(Number(m[1]) / 1024) : undefined;
}

/** The hub's memory as its kernel sees it, over the environment's SSH (through its bastion when there is one). */
export async function readMemTotalMiB(hub: TargetHost, knownHostsFile: string): Promise<number> {
  const jumps = new JumpPool({ knownHostsFile, connectRetries: 1 });
  const connector = new SshConnector(hub, { knownHostsFile, connectRetries: 1 }, jumps);
  try {
    await connector.connect();
    const r = await connector.exec("cat /proc/meminfo");
    const mib = r.code === 0 ? parseMemTotal(r.stdout) : undefined;
    if (mib === undefined) throw new Error(`reading /proc/meminfo on ${hub.name} gave no MemTotal line (exit ${r.code})`);
    return mib;
  } finally {
    await connector.close();
    await jumps.closeAll();
  }
}
