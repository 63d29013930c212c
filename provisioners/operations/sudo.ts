/** sudoers drop-ins, checked with `visudo -cf` before they replace anything: a typo never locks admins out. */
import { type Operation, type OperationOptions } from "../engine/operation.js";
import { file } from "./files.js";

export interface SudoersArgs extends OperationOptions {
  /** File name in /etc/sudoers.d/ (sudo ignores names with '.' or '~'). */
  readonly name: string;
  readonly content?: string;
  readonly present?: boolean;
}

export function sudoers(args: SudoersArgs): Operation {
  if (!/^[A-Za-z0-9_-]+$/.test(args.name)) throw new Error(`sudo.sudoers: ${args.name} would be ignored by sudo: use letters, digits, '_' and '-' only`);
  return file({
    label: `sudo.sudoers ${args.name}`,
    path: `/etc/sudoers.d/${args.name}`,
    ...(args.present === false ? { present: false } : { content: (args.content ?? "").replace(/\n?$/, "\n") }),
    owner: "root",
    group: "root",
    mode: "0440",
    validate: "visudo -cf %s",
    ...(args.notify ? { notify: args.notify } : {}),
  });
}
