/** Facts about mounted filesystems. */
import { quote } from "../engine/command.js";
import { defineFact } from "../engine/fact.js";

export interface MountInfo {
  readonly source: string;
  readonly fstype: string;
  readonly options: readonly string[];
}

/** What is mounted exactly at `path`, or null. */
export const mounted = defineFact(
  "mounts.mounted",
  (path: string) => `findmnt -n -P -o SOURCE,FSTYPE,OPTIONS --mountpoint ${quote(path)}; true`,
  (output: string): MountInfo | null => {
    const line = output.split("\n").filter(Boolean).pop();
    if (!line) return null;
    const field = (name: string) => new RegExp(`${name}="([^"]*)"`).exec(line)?.[1] ?? "";
    return { source: field("SOURCE"), fstype: field("FSTYPE"), options: field("OPTIONS").split(",") };
  },
);
