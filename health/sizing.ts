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
import { openHostConnection, withHostConnection } from "../provisioners/connectors/host-connection.js";

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

/** One reading of the hub's memory: what is in use (MemTotal − MemAvailable) and each server container's share. */
export interface MemoryReading {
  totalMiB: number;
  usedMiB: number;
  /** Memory of each notebook server container (docker stats), MiB. */
  servers: number[];
}

/** What the sampler runs on the hub (as root): the kernel's counters, then docker's per-container usage. */
export const MEMORY_SCRIPT = "cat /proc/meminfo; echo '--- docker'; docker stats --no-stream --format '{{.Name}}\t{{.MemUsage}}' 2>/dev/null || true";

const UNIT_MIB: Record<string, number> = { B: 1 / 1048576, KiB: 1 / 1024, kB: 1 / 1024, MiB: 1, MB: 1, GiB: 1024, GB: 1024 };

/** Parses MEMORY_SCRIPT's output; containers named by DockerSpawner (jupyter-*) count as servers. */
export function parseMemoryReading(out: string): MemoryReading | undefined {
  const [meminfo = "", docker = ""] = out.split("--- docker");
  const kib = (field: string) => Number(new RegExp(`^${field}:\\s+(\\d+)\\s+kB$`, "m").exec(meminfo)?.[1] ?? NaN);
  const total = kib("MemTotal");
  const available = kib("MemAvailable");
  if (!Number.isFinite(total) || !Number.isFinite(available)) return undefined;
  const servers: number[] = [];
  for (const line of docker.split("\n")) {
    const m = /^(jupyter-\S+)\t([\d.]+)\s*([A-Za-z]+)\s*\//.exec(line.trim());
    const unit = m ? UNIT_MIB[m[3]!] : undefined;
    if (m && unit !== undefined) servers.push(Math.round(Number(m[2]) * unit));
  }
  return { totalMiB: Math.floor(total / 1024), usedMiB: Math.round((total - available) / 1024), servers };
}

/** The reading with the most memory in use, and its servers' mean and largest share. */
export function peakOf(readings: readonly MemoryReading[]): { usedMiB: number; totalMiB: number; servers: number; meanServerMiB: number | null; maxServerMiB: number | null } | undefined {
  const peak = readings.reduce<MemoryReading | undefined>((best, r) => (!best || r.usedMiB > best.usedMiB ? r : best), undefined);
  if (!peak) return undefined;
  const n = peak.servers.length;
  return {
    usedMiB: peak.usedMiB,
    totalMiB: peak.totalMiB,
    servers: n,
    meanServerMiB: n ? Math.round(peak.servers.reduce((a, b) => a + b, 0) / n) : null,
    maxServerMiB: n ? Math.max(...peak.servers) : null,
  };
}

/**
 * Reads the hub's memory every `everyMs` over one SSH connection while a load test runs; stop() ends it and
 * returns the readings. A reading that fails is skipped (the load test's result does not depend on it).
 */
export async function sampleMemory(hub: TargetHost, knownHostsFile: string, everyMs = 30_000): Promise<{ stop(): Promise<MemoryReading[]> }> {
  const { connector, close } = await openHostConnection(hub, knownHostsFile);
  const readings: MemoryReading[] = [];
  let busy: Promise<void> = Promise.resolve();
  const read = () => {
    busy = connector
      .exec(MEMORY_SCRIPT)
      .then((r) => {
        const reading = r.code === 0 ? parseMemoryReading(r.stdout) : undefined;
        if (reading) readings.push(reading);
      })
      .catch(() => {});
  };
  read();
  const timer = setInterval(() => void busy.then(read), everyMs);
  return {
    async stop() {
      clearInterval(timer);
      await busy;
      await close();
      return readings;
    },
  };
}

/** The hub's memory as its kernel sees it, over the environment's SSH (through its bastion when there is one). */
export async function readMemTotalMiB(hub: TargetHost, knownHostsFile: string): Promise<number> {
  return withHostConnection(hub, knownHostsFile, async (connector) => {
    const r = await connector.exec("cat /proc/meminfo");
    const mib = r.code === 0 ? parseMemTotal(r.stdout) : undefined;
    if (mib === undefined) throw new Error(`reading /proc/meminfo on ${hub.name} gave no MemTotal line (exit ${r.code})`);
    return mib;
  });
}
