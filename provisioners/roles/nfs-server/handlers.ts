import type { Operation } from "../../engine/operation.js";
import * as commands from "../../operations/commands.js";

export const REEXPORT = "re-export";

export function nfsServerHandlers(): Record<string, Operation> {
  // exportfs -ra re-reads /etc/exports and syncs the kernel's table: clients keep their mounts.
  return { [REEXPORT]: commands.command({ label: "exportfs -ra", script: "exportfs -ra" }) };
}
