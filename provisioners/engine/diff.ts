/** Unified diffs of files for check mode and --diff; secret and binary content is never shown. */
import { createTwoFilesPatch } from "diff";

export function fileDiff(path: string, before: Buffer | null, after: Buffer, secret = false): string {
  if (secret) return `--- ${path}\n+++ ${path}\n(secret content changed: not shown)\n`;
  if ((before && before.includes(0)) || after.includes(0)) {
    return `--- ${path}\n+++ ${path}\nBinary content differs (${before?.length ?? 0} → ${after.length} bytes)\n`;
  }
  return createTwoFilesPatch(
    before === null ? "/dev/null" : path,
    path,
    before?.toString("utf8") ?? "",
    after.toString("utf8"),
    undefined,
    undefined,
    { context: 3 },
  ).replace(/^=+\n/m, "");
}
