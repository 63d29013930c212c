/** systemd unit files and service state, and the one daemon-reload every unit or fstab writer appends. */
import { raw, sh, type Command } from "../engine/command.js";
import { ConflictError } from "../engine/errors.js";
import { change, defineOperation, noop, type Operation, type OperationOptions } from "../engine/operation.js";
import * as systemd from "../facts/systemd.js";
import { file, type FileArgs } from "./files.js";

/** systemd re-reads unit files, and /etc/fstab, which it turns into mount units. */
const DAEMON_RELOAD = raw("systemctl daemon-reload");

/**
 * The daemon-reload appended to the commands that wrote a unit file or /etc/fstab, only where systemd runs:
 * an image build's chroot has none. (systemd.service reloads unguarded: it has refused a host without
 * systemd already.)
 */
export const daemonReload: Command = sh`if [ -d /run/systemd/system ]; then ${DAEMON_RELOAD}; fi`;

export interface UnitArgs extends OperationOptions {
  /** "hub.service", "data.mount". */
  readonly name: string;
  readonly content?: string;
  readonly template?: string;
  readonly vars?: object;
  readonly present?: boolean;
}

/** /etc/systemd/system/<name>, with a daemon-reload in the same round trip when it changed. */
export function unit(args: UnitArgs): Operation {
  const path = `/etc/systemd/system/${args.name}`;
  const inner = file({
    path,
    ...(args.present === false ? { present: false } : args.template ? { template: args.template, vars: args.vars ?? {} } : { content: args.content ?? "" }),
  } as FileArgs);
  return defineOperation(
    `systemd.unit ${args.name}`,
    args,
    inner.facts,
    (read) => {
      const plan = inner.plan(read);
      if (!plan.changed) return plan;
      return change(plan.reason, [...plan.commands, daemonReload]);
    },
    { prepare: () => inner.prepare?.() },
  );
}

export interface ServiceArgs extends OperationOptions {
  readonly name: string;
  readonly enabled?: boolean;
  /** restarted and reloaded act on every run: use them as handlers. */
  readonly state?: "started" | "stopped" | "restarted" | "reloaded";
}

export function service(args: ServiceArgs): Operation {
  const fact = systemd.unit(args.name);
  const always = args.state === "restarted" || args.state === "reloaded";
  return defineOperation(
    `systemd.service ${args.name}${args.state ? ` ${args.state}` : ""}${args.enabled !== undefined ? (args.enabled ? " enabled" : " disabled") : ""}`,
    args,
    [fact],
    (read) => {
      const unit = read(fact);
      if (!unit.systemd) throw new ConflictError("systemd is not running on this host (PID 1 is not systemd), so services cannot be managed here");
      if (unit.load === "not-found") throw new ConflictError(`no unit ${args.name} on the host: install its package or write its unit first`);
      const commands: Command[] = [];
      const why: string[] = [];
      if (unit.needDaemonReload) commands.push(sh`${DAEMON_RELOAD}`), why.push("reload changed unit files");
      if (args.enabled !== undefined) {
        const isEnabled = unit.unitFile === "enabled" || unit.unitFile === "enabled-runtime";
        // --no-reload: enabling only links the unit into its targets' .wants (read at boot); systemctl's own
        // daemon-reload would re-run every generator and re-read every unit, 3-10 s under TCG, for nothing
        // this run needs: the unit is loaded already (or reloaded above when its file changed), and started below.
        if (args.enabled && !isEnabled && unit.unitFile !== "static") commands.push(sh`systemctl --no-reload enable ${args.name}`), why.push("enable");
        if (!args.enabled && isEnabled) commands.push(sh`systemctl --no-reload disable ${args.name}`), why.push("disable");
      }
      const active = unit.active === "active" || unit.active === "activating" || unit.active === "reloading";
      if (args.state === "started" && !active) commands.push(sh`systemctl start ${args.name}`), why.push("start");
      if (args.state === "stopped" && active) commands.push(sh`systemctl stop ${args.name}`), why.push("stop");
      if (args.state === "restarted") commands.push(sh`systemctl restart ${args.name}`), why.push("restart");
      if (args.state === "reloaded") commands.push(sh`systemctl reload-or-restart ${args.name}`), why.push("reload");
      if (commands.length === 0) return noop(`${args.name} is ${unit.active}, ${unit.unitFile || "no unit file state"}`);
      return change(`${why.join(", ")} ${args.name}`, commands);
    },
    { idempotent: !always, ...(always ? { restarts: args.name } : {}) },
  );
}
