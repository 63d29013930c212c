/** Kernel parameters: set now, and persisted in /etc/sysctl.d/ so that a reboot keeps them. */
import { sh } from "../engine/command.js";
import { change, combine, defineOperation, type Operation, type OperationOptions } from "../engine/operation.js";
import * as files from "../facts/files.js";
import * as sysctl from "../facts/sysctl.js";
import { planFile } from "./files.js";

export interface SysctlArgs extends OperationOptions {
  readonly key: string;
  readonly value: string | number;
  /** @default true */
  readonly persist?: boolean;
}

export function set(args: SysctlArgs): Operation {
  const value = String(args.value).trim().split(/\s+/).join(" ");
  const running = sysctl.value(args.key);
  const path = `/etc/sysctl.d/60-hubstack-${args.key.replace(/[/.]/g, "-")}.conf`;
  const persisted = files.path(path);
  return defineOperation(`sysctl ${args.key}=${value}`, args, args.persist === false ? [running] : [running, persisted], (read) => {
    const now = read(running);
    if (now === null) throw new Error(`the kernel has no parameter ${args.key}`);
    return combine(
      [
        now === value ? { changed: false, reason: "" } : change(`${args.key}: ${now} → ${value}`, [sh`sysctl -q -w ${`${args.key}=${value}`}`]),
        ...(args.persist === false ? [] : [planFile(path, Buffer.from(`${args.key} = ${value}\n`), read(persisted), {})]),
      ],
      `${args.key} is ${value}`,
    );
  });
}
