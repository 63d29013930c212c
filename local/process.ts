/**
 * Daemons we start ourselves (qemu, apt-cacher-ng): there is no systemd to supervise them, so we keep their
 * PIDs in files and, before trusting or killing a PID, check that it still belongs to the process we started
 * (a PID can be reused after a reboot or a crash).
 */
import { readFileSync } from "node:fs";
import { readFile, readdir } from "node:fs/promises";
import { sleep } from "./util.js";

export function pidAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
  } catch (err) {
    // EPERM: it exists but belongs to someone else.
    return (err as NodeJS.ErrnoException).code === "EPERM";
  }
  // A daemonized process is re-parented to PID 1; where PID 1 is not a real init (containers, CI sandboxes)
  // nobody reaps it and it lingers as a zombie, which kill(0) still reports as alive.
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, "utf8");
    const state = stat.slice(stat.lastIndexOf(")") + 2, stat.lastIndexOf(")") + 3);
    return state !== "Z" && state !== "X";
  } catch {
    return false;
  }
}

/** The PID in a pidfile, or undefined when the file is missing or garbage. */
export async function readPidFile(path: string): Promise<number | undefined> {
  try {
    const pid = Number.parseInt((await readFile(path, "utf8")).trim(), 10);
    return Number.isInteger(pid) && pid > 0 ? pid : undefined;
  } catch {
    return undefined;
  }
}

/** The command line of a live process as its arguments, or undefined when it is gone. */
export async function processArgs(pid: number): Promise<string[] | undefined> {
  try {
    const raw = await readFile(`/proc/${pid}/cmdline`, "utf8");
    return raw.split("\0").filter((part) => part.length > 0);
  } catch {
    return undefined;
  }
}

/** True when `pid` is alive and its command line contains `marker` (a path only our process would name). */
export async function processMatches(pid: number, marker: string): Promise<boolean> {
  const args = await processArgs(pid);
  return args !== undefined && args.some((arg) => arg.includes(marker));
}

/** The PID of a pidfile whose process is alive and still ours (command line contains `marker`). */
export async function livePid(pidFile: string, marker: string): Promise<number | undefined> {
  const pid = await readPidFile(pidFile);
  if (pid === undefined) return undefined;
  return (await processMatches(pid, marker)) ? pid : undefined;
}

/** All live processes whose command line contains `marker`: the fallback when a pidfile was lost. */
export async function findProcesses(marker: string): Promise<number[]> {
  const pids: number[] = [];
  for (const entry of await readdir("/proc")) {
    if (!/^\d+$/.test(entry)) continue;
    const pid = Number(entry);
    if (pid === process.pid) continue;
    if (await processMatches(pid, marker)) pids.push(pid);
  }
  return pids;
}

/** Resident memory of a process in MiB (VmRSS), or undefined when it is gone. */
export async function rssMiB(pid: number): Promise<number | undefined> {
  try {
    const status = await readFile(`/proc/${pid}/status`, "utf8");
    const match = /^VmRSS:\s+(\d+)\s+kB/m.exec(status);
    return match ? Math.round(Number(match[1]) / 1024) : undefined;
  } catch {
    return undefined;
  }
}

/** SIGTERM, then SIGKILL after `graceMs`; resolves once the process is gone. */
export async function killAndWait(pid: number, graceMs = 10_000): Promise<void> {
  if (!pidAlive(pid)) return;
  try {
    process.kill(pid, "SIGTERM");
  } catch {
    return;
  }
  const deadline = Date.now() + graceMs;
  while (pidAlive(pid) && Date.now() < deadline) await sleep(100);
  if (pidAlive(pid)) {
    try {
      process.kill(pid, "SIGKILL");
    } catch {
      return;
    }
    while (pidAlive(pid)) await sleep(50);
  }
}
