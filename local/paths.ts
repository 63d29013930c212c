/**
 * Where the local environment keeps things. Two kinds of places:
 * - the per-machine cache (base images, apt-cacher-ng's downloads), outside the repo, shared by every
 *   environment and every clone, so that an image is built once per machine;
 * - the per-environment state folder given by the caller (e.g. `<repo>/.state/<env>`), which holds
 *   everything that `destroy` must find and remove again.
 */
import { homedir } from "node:os";
import { join } from "node:path";

/** `${XDG_CACHE_HOME:-~/.cache}/hubstack`, or HUBSTACK_CACHE_DIR when set (tests and benchmarks use it). */
export function cacheRoot(): string {
  if (process.env.HUBSTACK_CACHE_DIR) return process.env.HUBSTACK_CACHE_DIR;
  const xdg = process.env.XDG_CACHE_HOME;
  return join(xdg && xdg.startsWith("/") ? xdg : join(homedir(), ".cache"), "hubstack");
}

export function imagesDir(root = cacheRoot()): string {
  return join(root, "images");
}

export function aptCacheDir(root = cacheRoot()): string {
  return join(root, "apt-cacher-ng");
}

/** Layout of one environment's state folder. */
export function envPaths(stateDir: string) {
  return {
    stateDir,
    vmsDir: join(stateDir, "vms"),
    /** Data disks, one per VM that has one: kept when the VMs go (local/data-disk.ts). */
    dataDir: join(stateDir, "data"),
    aptCacheState: join(stateDir, "apt-cacher-ng"),
    networkFile: join(stateDir, "network.json"),
    lock: join(stateDir, ".lock"),
  };
}
