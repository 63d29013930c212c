/** Facts behind command guards: does a path exist, does a check command succeed. */
import { quote } from "../engine/command.js";
import { defineFact } from "../engine/fact.js";

export const exists = defineFact(
  "commands.exists",
  (path: string) => `if [ -e ${quote(path)} ]; then echo yes; else echo no; fi`,
  (output: string) => output.trim() === "yes",
);

/** Runs a read-only check as root; true when it exits 0. The check must not change the host. */
export const succeeds = defineFact(
  "commands.succeeds",
  (check: string) => `if ( ${check}\n) >/dev/null 2>&1; then echo yes; else echo no; fi`,
  (output: string) => output.trim() === "yes",
);
