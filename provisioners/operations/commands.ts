/**
 * Commands, on the host or on this machine. A command is not idempotent by itself: `creates` (a path the
 * command makes) or `unless` (a check that succeeds once it is done) turn it into one; without a guard it
 * runs on every apply and check mode says so.
 */
import { existsSync } from "node:fs";
import { raw, sh, type ShellCommand, type ShellPart } from "../engine/command.js";
import { change, defineOperation, noop, type Operation, type OperationOptions } from "../engine/operation.js";
import * as commands from "../facts/commands.js";

export interface CommandArgs extends OperationOptions {
  /** Shell text, or a `sh` template (whose Secret parts are masked in every output). */
  readonly script: string | ShellCommand;
  /** Skip when this path exists on the host. */
  readonly creates?: string;
  /** Skip when this check (run as root, must not change anything) succeeds. */
  readonly unless?: string;
}

export function command(args: CommandArgs): Operation {
  const script = typeof args.script === "string" ? sh`${raw(args.script)}` : args.script;
  const label = args.label ?? `commands.command ${typeof args.script === "string" ? args.script.split("\n")[0]!.slice(0, 60) : "(script)"}`;
  const guards = [...(args.creates ? [commands.exists(args.creates)] : []), ...(args.unless ? [commands.succeeds(args.unless)] : [])];
  return defineOperation(
    label,
    { ...args, label },
    guards,
    (read) => {
      if (args.creates && read(commands.exists(args.creates))) return noop(`${args.creates} exists`);
      if (args.unless && read(commands.succeeds(args.unless))) return noop(`\`${args.unless}\` succeeds`);
      return change(args.creates || args.unless ? "guard not met: run" : "run (no guard)", [script]);
    },
    { idempotent: guards.length > 0 },
  );
}

export interface LocalArgs extends OperationOptions {
  /**
   * Program and arguments, run on this machine with HUBSTACK_HOST_NAME, HUBSTACK_HOST_ADDRESS,
   * HUBSTACK_HOST_PORT, HUBSTACK_HOST_USER, HUBSTACK_PRIVATE_KEY_FILE and HUBSTACK_KNOWN_HOSTS_FILE set.
   */
  readonly argv: readonly ShellPart[];
  readonly env?: Readonly<Record<string, string>>;
  readonly cwd?: string;
  /** Skip when this path exists on this machine. */
  readonly creates?: string;
}

export function local(args: LocalArgs): Operation {
  const label = args.label ?? `commands.local ${String(args.argv[0])}`;
  return defineOperation(
    label,
    { ...args, label },
    [],
    () => {
      if (args.creates && existsSync(args.creates)) return noop(`${args.creates} exists here`);
      return change(`run ${String(args.argv[0])} here`, [{ kind: "local", argv: args.argv, ...(args.env ? { env: args.env } : {}), ...(args.cwd ? { cwd: args.cwd } : {}) }]);
    },
    { idempotent: args.creates !== undefined },
  );
}
