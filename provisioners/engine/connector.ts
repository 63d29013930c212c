/**
 * The narrow interface every transport implements (pyinfra's connectors/base.py): run a script as root,
 * put a file, get a file. Each call is one round trip, counted here so that the report can show them.
 */
import type { TargetHost } from "./hosts.js";

export interface ExecResult {
  readonly stdout: string;
  readonly stderr: string;
  readonly code: number;
}

export interface Connector {
  readonly host: TargetHost;
  /** Remote calls so far (exec, put, get): the figure the summary table shows. */
  readonly roundTrips: number;
  connect(): Promise<void>;
  /**
   * Runs `script` with sh as root (through `sudo -n` unless the login user is root). The script travels on
   * stdin, never on the command line, so secrets in it are not visible in the host's process list.
   */
  exec(script: string): Promise<ExecResult>;
  /** Copies a local file to `remotePath` as the login user (the runner then moves it into place as root). */
  put(localFile: string, remotePath: string): Promise<void>;
  close(): Promise<void>;
}

/** Counts round trips for the connectors. */
export class RoundTripCounter {
  count = 0;
  tick(): void {
    this.count += 1;
  }
}

/**
 * The last line of every script a connector sends. A script arrives on stdin; when the connection drops
 * halfway (hubstack killed, the network gone), the host sees end-of-file early, and a shell would run the
 * part that came: the first commands of a change without the rest. The host runs a script only when its
 * last line is this one, so a script runs whole or not at all.
 */
export const SCRIPT_END = "#hubstack-script-end";

/** The script as a connector sends it: with SCRIPT_END as its last line. */
export function framedScript(script: string): string {
  return `${script}\n${SCRIPT_END}\n`;
}

/**
 * Wraps a framed script so that it runs from a variable instead of from stdin (commands that read stdin,
 * apt-get and debconf, would otherwise swallow the rest of the script), and only when it arrived whole:
 * a cut one exits 125 having run nothing.
 */
export function shellInvocation(become: boolean): string {
  const run = `sh -c 's=$(cat); case "$s" in *"${SCRIPT_END}") eval "$s" </dev/null ;; *) echo "hubstack: the script arrived cut short (the connection dropped?): nothing of it was run" >&2; exit 125 ;; esac'`;
  return become ? `sudo -n -H -- ${run}` : run;
}
