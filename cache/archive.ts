/**
 * One reproducible tar of a folder (sorted names, time 0, owner root, modes normalized), written beside it
 * with its sha256: the same bytes on every machine, so that a host compares checksums and is sent nothing
 * when it already has the archive. Shared by the wheel and the node_modules caches.
 */
import { createHash } from "node:crypto";
import { createReadStream } from "node:fs";
import { rename, writeFile } from "node:fs/promises";
import { execa } from "execa";

export async function sha256File(path: string): Promise<string> {
  const hash = createHash("sha256");
  for await (const chunk of createReadStream(path)) hash.update(chunk as Buffer);
  return hash.digest("hex");
}

/** Packs `dir` into `archive` and writes `checksum` (last: when it exists, the archive is whole). */
export async function packReproducibly(dir: string, archive: string, checksum: string): Promise<string> {
  await execa("tar", ["--sort=name", "--mtime=@0", "--owner=0", "--group=0", "--numeric-owner", "--mode=a+rX,u+w,go-w", "-cf", `${archive}.partial`, "-C", dir, "."]);
  await rename(`${archive}.partial`, archive);
  const sha = await sha256File(archive);
  await writeFile(checksum, `${sha}\n`);
  return sha;
}
