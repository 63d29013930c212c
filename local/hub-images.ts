/**
 * The local hub images: built by `npm run image -- build hub env=local`, kept in the machine's image cache
 * beside the base images (`<cache>/images/hubstack-hub-<UTC timestamp>/`), each a standalone qcow2 with the
 * kernel and initrd the local VMs boot directly, and metadata.json (recipe hash, git commit, base image).
 * An image folder without metadata.json is an unfinished build and is never booted.
 */
import { readdir, readFile } from "node:fs/promises";
import { join } from "node:path";
import { imagesDir } from "./paths.js";

export interface LocalHubImage {
  readonly name: string;
  readonly dir: string;
  readonly disk: string;
  readonly kernel: string;
  readonly initrd: string;
  readonly cmdline: string;
  readonly recipeHash: string;
  readonly gitCommit: string;
  /** ISO time of the build's start. */
  readonly created: string;
  /** The base image it was built from. */
  readonly baseImage: string;
  readonly buildSeconds: number;
}

export const METADATA_FILE = "metadata.json";

/** Local hub images are named `<prefix>-<UTC timestamp>`. */
export const HUB_IMAGE_PREFIX = "hubstack-hub";

/** Every finished local hub image with this name prefix, newest first. */
export async function listLocalHubImages(prefix = HUB_IMAGE_PREFIX, root?: string): Promise<LocalHubImage[]> {
  const dir = imagesDir(root);
  const names = await readdir(dir).catch(() => [] as string[]);
  const images: LocalHubImage[] = [];
  for (const name of names.filter((n) => n.startsWith(`${prefix}-`))) {
    try {
      const meta = JSON.parse(await readFile(join(dir, name, METADATA_FILE), "utf8")) as Omit<LocalHubImage, "dir" | "disk" | "kernel" | "initrd">;
      const imageDir = join(dir, name);
      images.push({ ...meta, name, dir: imageDir, disk: join(imageDir, "disk.qcow2"), kernel: join(imageDir, "vmlinuz"), initrd: join(imageDir, "initrd.img") });
    } catch {
      // No (readable) metadata: a build that did not finish.
    }
  }
  // Names end with a sortable UTC timestamp.
  return images.sort((a, b) => b.name.localeCompare(a.name));
}

export async function newestLocalHubImage(prefix = HUB_IMAGE_PREFIX, root?: string): Promise<LocalHubImage | undefined> {
  return (await listLocalHubImages(prefix, root))[0];
}
