/**
 * Runs a local command of an operation (a program on this machine that works on the host: the images role's
 * root file system stream) in its own process group.
 *
 * Its own group, because what it runs may signal its group: the stream's tools sent SIGHUP to theirs when the
 * ssh at the end of the pipe failed, and in hubstack's group that killed hubstack with exit 129, no summary and
 * no error. A Ctrl-C or SIGTERM meant for hubstack is passed on to the program's group, and the operation then
 * fails like any other (the run ends with its summary); when hubstack exits, the group is killed with it.
 */
import { execa } from "execa";
import { reveal, type LocalCommand } from "./command.js";
import { ProvisionError, lastLines } from "./errors.js";

const FORWARDED: readonly NodeJS.Signals[] = ["SIGINT", "SIGTERM", "SIGHUP"];

export async function runLocal(command: LocalCommand, env: Readonly<Record<string, string>>): Promise<void> {
  const [program, ...args] = command.argv.map((p) => reveal([p]));
  if (!program) throw new Error("local command without a program");
  const hostName = env.HUBSTACK_HOST_NAME ?? "local";
  const child = execa(program, args, {
    env: { ...env, ...command.env },
    ...(command.cwd ? { cwd: command.cwd } : {}),
    reject: false,
    all: true,
    stdin: "ignore",
    detached: true,
  });
  let interrupted: NodeJS.Signals | undefined;
  const killGroup = (signal: NodeJS.Signals) => {
    try {
      if (child.pid) process.kill(-child.pid, signal);
    } catch {
      // The group is gone already.
    }
  };
  const onSignal = (signal: NodeJS.Signals) => {
    interrupted = signal;
    killGroup("SIGTERM");
  };
  const onExit = () => killGroup("SIGKILL");
  for (const s of FORWARDED) process.on(s, onSignal);
  process.on("exit", onExit);
  try {
    const result = await child;
    if (interrupted) throw new ProvisionError("command-failed", hostName, `local program ${program} stopped: hubstack received ${interrupted}`);
    if (result.exitCode !== 0) {
      throw new ProvisionError("command-failed", hostName, `local program ${program} exited with ${result.exitCode ?? result.signal}: ${lastLines(String(result.all ?? ""), 8)}`);
    }
  } finally {
    for (const s of FORWARDED) process.off(s, onSignal);
    process.off("exit", onExit);
  }
}
