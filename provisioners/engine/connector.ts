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
 * Wraps a script so that it runs from a variable instead of from stdin: commands that read stdin
 * (apt-get, debconf) would otherwise swallow the rest of the script.
 */
export function shellInvocation(become: boolean): string {
  const run = `sh -c 'eval "$(cat)" </dev/null'`;
  return become ? `sudo -n -H -- ${run}` : run;
}
