/**
 * Waiting for a started VM: qemu being up says nothing about the guest, so this waits for a real SSH login and
 * for cloud-init to finish, and shows the serial console when the guest never answers.
 */
import { readFile } from "node:fs/promises";
import { pidAlive } from "./process.js";
import { sshRun, waitForSsh, type SshTarget } from "./ssh.js";
import { seconds, stderrLog, type Log } from "./util.js";
import { markReady } from "./vm-files.js";
import type { VmInfo } from "./vm-spec.js";

export interface WaitResult {
  /** Seconds from qemu's start to the first SSH login. */
  sshSeconds: number;
  /** Seconds from qemu's start until cloud-init reported done. */
  cloudInitSeconds: number;
  cloudInitStatus: string;
}

/** The last lines of the serial console: the only clue when a guest never comes up. */
export async function serialTail(info: VmInfo, lines = 25): Promise<string> {
  const text = await readFile(info.serialLog, "utf8").catch(() => "");
  return text.split("\n").slice(-lines).join("\n");
}

export function sshTarget(info: VmInfo, user: string, privateKeyPath: string): SshTarget {
  return { host: info.address, user, privateKeyPath, knownHostsPath: info.knownHosts };
}

const CLOUD_INIT_STATUS = "cloud-init status --wait >/dev/null; cloud-init status --long";

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
  // The first login can come before cloud-init's ssh module restarts sshd (it writes the pinned key): a session
  // cut by that restart ends with ssh's own 255, which says nothing of cloud-init. Those are tried again.
  let status = await sshRun(target, CLOUD_INIT_STATUS, { timeoutMs, allowFailure: true });
  for (let tries = 1; status.exitCode === 255 && tries < 5 && alive(); tries++) {
    await new Promise((r) => setTimeout(r, 3000));
    status = await sshRun(target, CLOUD_INIT_STATUS, { timeoutMs, allowFailure: true });
  }
  const cloudInitSeconds = seconds(info.startedAt);
  const summary = status.stdout.trim();
  if (status.exitCode !== 0 || !/status: done/.test(summary)) {
    throw new Error(`${info.name}: cloud-init did not finish cleanly (exit ${status.exitCode}):\n${summary}\n${status.stderr.trim()}`);
  }
  log(`${info.name}: cloud-init done after ${cloudInitSeconds} s`);
  await markReady(info);
  return { sshSeconds, cloudInitSeconds, cloudInitStatus: summary };
}
