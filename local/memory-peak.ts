/**
 * The peak resident memory of a process tree while it works: a build's controller side (this process, the
 * mmdebstrap runs, Packer and the qemu it starts, whose resident memory is the guest memory it has touched)
 * must fit beside an environment's VMs, and a build that outgrows the machine fails far from its cause.
 *
 * Linux's own counters do not answer this: getrusage(RUSAGE_CHILDREN) reports the largest single child, and
 * only once it is reaped, and this machine has no cgroup of its own to read memory.peak from. So the tree is
 * sampled: every interval, /proc is read for the processes descending from the root, and their VmRSS summed.
 * A peak shorter than the interval can be missed; at 1 s, against builds of minutes, that is a small error,
 * and the figure says it is sampled.
 */
import { readFile, readdir } from "node:fs/promises";

export interface MemorySample {
  /** Seconds since the tracking started. */
  readonly atSeconds: number;
  /** Resident memory of the whole tree, MiB. */
  readonly totalMiB: number;
  /** The largest processes of the tree then, largest first (at most five). */
  readonly top: readonly { readonly command: string; readonly rssMiB: number }[];
}

export interface MemoryPeak {
  /** The sample with the largest total, or undefined when none could be taken (no /proc). */
  readonly peak?: MemorySample;
  readonly samples: number;
  readonly intervalMs: number;
}

interface ProcEntry {
  readonly pid: number;
  readonly ppid: number;
  readonly command: string;
  readonly rssKiB: number;
}

/** One process from /proc/PID/status: its parent, name and resident memory (kernel threads have none). */
async function readEntry(pid: number): Promise<ProcEntry | undefined> {
  try {
    const status = await readFile(`/proc/${pid}/status`, "utf8");
    const field = (name: string) => new RegExp(`^${name}:\\s+(.+)$`, "m").exec(status)?.[1]?.trim();
    const ppid = Number(field("PPid"));
    const rss = field("VmRSS");
    return { pid, ppid, command: field("Name") ?? "?", rssKiB: rss ? Number.parseInt(rss, 10) : 0 };
  } catch {
    return undefined; // gone between the listing and the read
  }
}

/** The tree under `rootPid` (itself included) now, with its total resident memory. */
export async function sampleTree(rootPid: number): Promise<{ totalMiB: number; members: ProcEntry[] } | undefined> {
  let names: string[];
  try {
    names = await readdir("/proc");
  } catch {
    return undefined;
  }
  const entries = (await Promise.all(names.filter((n) => /^\d+$/.test(n)).map((n) => readEntry(Number(n))))).filter((e): e is ProcEntry => e !== undefined);
  const children = new Map<number, ProcEntry[]>();
  for (const e of entries) children.set(e.ppid, [...(children.get(e.ppid) ?? []), e]);
  const root = entries.find((e) => e.pid === rootPid);
  if (!root) return undefined;
  const members: ProcEntry[] = [];
  const queue = [root];
  while (queue.length) {
    const e = queue.pop()!;
    members.push(e);
    queue.push(...(children.get(e.pid) ?? []));
  }
  return { totalMiB: Math.round(members.reduce((sum, e) => sum + e.rssKiB, 0) / 1024), members };
}

/**
 * Starts sampling the tree under `rootPid` (this process by default); `stop()` ends it and returns the peak.
 * Extra PIDs (daemons the work started that left the tree, such as the apt cache) are counted with it.
 */
export function trackPeakMemory(o: { rootPid?: number; intervalMs?: number; extraPids?: () => readonly number[] } = {}): { stop: () => Promise<MemoryPeak> } {
  const rootPid = o.rootPid ?? process.pid;
  const intervalMs = o.intervalMs ?? 1000;
  const started = Date.now();
  let peak: MemorySample | undefined;
  let samples = 0;
  let running: Promise<void> = Promise.resolve();

  const take = async () => {
    const tree = await sampleTree(rootPid);
    if (!tree) return;
    const extra = (await Promise.all((o.extraPids?.() ?? []).filter((pid) => !tree.members.some((m) => m.pid === pid)).map(readEntry))).filter(
      (e): e is ProcEntry => e !== undefined,
    );
    const members = [...tree.members, ...extra];
    const totalMiB = tree.totalMiB + Math.round(extra.reduce((s, e) => s + e.rssKiB, 0) / 1024);
    samples++;
    if (!peak || totalMiB > peak.totalMiB) {
      const top = members
        .filter((m) => m.rssKiB > 0)
        .sort((a, b) => b.rssKiB - a.rssKiB)
        .slice(0, 5)
        .map((m) => ({ command: m.command, rssMiB: Math.round(m.rssKiB / 1024) }));
      peak = { atSeconds: Math.round((Date.now() - started) / 1000), totalMiB, top };
    }
  };
  // One sample at a time: a slow /proc read never piles up samples behind it.
  const timer = setInterval(() => {
    running = running.then(take, take);
  }, intervalMs);
  timer.unref();
  running = take();

  return {
    stop: async () => {
      clearInterval(timer);
      await running.catch(() => {});
      await take().catch(() => {});
      return { ...(peak ? { peak } : {}), samples, intervalMs };
    },
  };
}

/** "peak memory of the build: 3,120 MiB resident at 212 s (sampled every 1 s): qemu-system-x86 2,310 MiB, node 180 MiB, ..." */
export function formatMemoryPeak(what: string, m: MemoryPeak): string {
  if (!m.peak) return `peak memory of ${what}: not measured (no /proc here)`;
  const n = (x: number) => x.toLocaleString("en-US");
  const top = m.peak.top.map((t) => `${t.command} ${n(t.rssMiB)} MiB`).join(", ");
  return `peak memory of ${what}: ${n(m.peak.totalMiB)} MiB resident at ${m.peak.atSeconds} s (summed over its processes, sampled every ${m.intervalMs / 1000} s): ${top}`;
}
