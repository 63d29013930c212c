/**
 * The Debian 12 base image every local VM boots from (through a qcow2 overlay).
 *
 * Built with mmdebstrap from the mirror the host's apt uses, turned into an ext4 file system without mounting
 * anything (`mkfs.ext4 -d`), converted to qcow2, with the kernel and initrd beside it for direct kernel boot (no
 * partition table, no boot loader: fewer moving parts, and qemu boots it in seconds).
 *
 * Cached per machine outside the repo under `<cache>/images/debian-12-<hash of recipe>/`: the hash covers
 * everything that decides the image's content, so a changed recipe builds a new image and an unchanged one is
 * never rebuilt. Built in a temporary directory renamed into place (readers never see half an image), under a
 * lock (parallel `vmctl up` processes wait for the one build instead of each starting their own).
 */
import { chmod, copyFile, mkdir, open, readdir, readFile, rename, rm, stat, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { debianMirrors, hostAptOptions, hostAptSources, type AptSource } from "./host-apt.js";
import { withLock } from "./lock.js";
import { findProcesses, pidAlive } from "./process.js";
import { imagesDir } from "./paths.js";
import { pathExists, randomHex, run, seconds, sha256, stderrLog, CommandError, type Log } from "./util.js";

/** Everything that decides the image's content. Its hash names the cached image. */
export interface BaseImageRecipe {
  /** Bump when the build procedure changes in a way the other fields do not show. */
  version: number;
  suite: string;
  /** One-line apt sources (`deb URI SUITE COMPONENTS`), written into the image as its sources.list. */
  sources: string[];
  packages: string[];
  /** apt.conf lines for the build and the image (e.g. Check-Valid-Until for a snapshot mirror). */
  aptOptions: string[];
  /** Virtual size of the root file system; overlays may be larger (cloud-init grows the file system). */
  sizeGiB: number;
  /** Shell script run on the host after installation; `$1` is the image's root directory. */
  customize: string;
  /** Kernel command line for direct kernel boot. */
  cmdline: string;
}

export interface BaseImage {
  name: string;
  dir: string;
  disk: string;
  kernel: string;
  initrd: string;
  cmdline: string;
  recipeHash: string;
  /** True when this call built it (false: it was cached). */
  built: boolean;
  seconds: number;
}

export const BASE_PACKAGES: readonly string[] = [
  "systemd",
  "systemd-sysv",
  "udev",
  "dbus", // hostnamectl/timedatectl, which cloud-init uses
  "openssh-server",
  "openssh-sftp-server", // hubstack's provisioners upload files over SFTP
  "cloud-init",
  "linux-image-cloud-amd64",
  "initramfs-tools",
  "lz4", // the initramfs compressor (see CUSTOMIZE_SCRIPT)
  "sudo",
  "python3",
  "ca-certificates",
  "tzdata", // cloud-init sets the timezone from user data
  "iproute2",
  "iputils-ping",
  "netbase",
  "e2fsprogs", // resize2fs: cloud-init grows the root file system to the overlay's size
  "procps",
  "less",
  "curl",
  // As in Debian's own cloud images (nftables is priority important; the cloud images ship
  // unattended-upgrades): the base role then finds them, as it does on a cloud.
  "nftables",
  "unattended-upgrades",
];

/** Runs on the host with the image's root directory as $1, after the packages are installed. */
export const CUSTOMIZE_SCRIPT = `#!/bin/sh
set -eu
root="$1"
# Per-VM identity is made at first boot: machine-id by systemd, SSH host keys by cloud-init (from the key
# hubstack pins, passed in user data). An image that carried them would give every VM the same ones.
: > "$root/etc/machine-id"
rm -f "$root/var/lib/dbus/machine-id" "$root"/etc/ssh/ssh_host_*
echo localhost > "$root/etc/hostname"
# The root file system is the whole disk: direct kernel boot needs no partition table and no boot loader.
printf 'LABEL=hubroot / ext4 rw,discard,errors=remount-ro 0 1\\n' > "$root/etc/fstab"
cat > "$root/etc/cloud/cloud.cfg.d/90_hubstack.cfg" <<'CFG'
# hubstack local image. Only the NoCloud seed: probing cloud metadata services would wait for timeouts.
datasource_list: [NoCloud, None]
# Network config from the seed is written as systemd-networkd files (no ifupdown, no netplan in the image).
system_info:
  network:
    renderers: [networkd]
    activators: [networkd]
CFG
# A small initramfs: only what mounts a virtio root disk (ext4 is built into the kernel). Debian's default
# (MODULES=most, zstd) makes the guest unpack ~15 MB and load dozens of modules at every boot, which under
# TCG costs tens of seconds; lz4 unpacks fastest.
cat > "$root/etc/initramfs-tools/conf.d/hubstack.conf" <<'CONF'
MODULES=list
COMPRESS=lz4
CONF
printf '%s\n' virtio_pci virtio_blk crc32c_generic crc32c_intel > "$root/etc/initramfs-tools/modules"
chroot "$root" update-initramfs -u -k all
chroot "$root" systemctl enable systemd-networkd.service
# apt's daily timers would take dpkg's lock in the middle of provisioning.
chroot "$root" systemctl mask apt-daily.timer apt-daily-upgrade.timer
`;

/** apt sources for the image: the host's Debian and security mirrors, bookworm, main. */
export function imageSources(mirrors: { debian: string; security: string }, suite = "bookworm"): string[] {
  return [
    `deb ${mirrors.debian} ${suite} main`,
    `deb ${mirrors.debian} ${suite}-updates main`,
    `deb ${mirrors.security} ${suite}-security main`,
  ];
}

/** The default recipe on this host: Debian 12 from the host's mirror, with the host's mirror-related apt options. */
export async function defaultRecipe(sources?: AptSource[]): Promise<BaseImageRecipe> {
  const mirrors = debianMirrors(sources ?? (await hostAptSources()));
  return {
    version: 1,
    suite: "bookworm",
    sources: imageSources(mirrors),
    packages: [...BASE_PACKAGES],
    aptOptions: [...(await hostAptOptions()), 'Acquire::Languages "none";'],
    sizeGiB: 4,
    customize: CUSTOMIZE_SCRIPT,
    cmdline: "root=/dev/vda rw console=ttyS0 net.ifnames=0",
  };
}

/** What a Debian package name may be (Debian policy 5.6.1): it goes into mmdebstrap's --include list. */
export const DEBIAN_PACKAGE_NAME = /^[a-z0-9][a-z0-9+.-]+$/;

/**
 * A package layer: `base` with `packages` installed at build time, here at native speed rather than by dpkg
 * in a VM under TCG. Its hash differs from the base's only by the packages, so each host kind's layer is
 * cached once per machine; no packages beyond the base's gives the base itself.
 */
export function withPackages(base: BaseImageRecipe, packages: readonly string[]): BaseImageRecipe {
  const bad = packages.find((p) => !DEBIAN_PACKAGE_NAME.test(p));
  if (bad !== undefined) throw new Error(`package layer: ${JSON.stringify(bad)} is not a Debian package name`);
  const added = [...new Set(packages)].filter((p) => !base.packages.includes(p)).sort();
  return added.length === 0 ? base : { ...base, packages: [...base.packages, ...added] };
}

export function recipeHash(recipe: BaseImageRecipe): string {
  return sha256(JSON.stringify(recipe)).slice(0, 12);
}

export function baseImageName(recipe: BaseImageRecipe): string {
  return `debian-12-${recipeHash(recipe)}`;
}

function imageFiles(dir: string) {
  return {
    disk: join(dir, "disk.qcow2"),
    kernel: join(dir, "vmlinuz"),
    initrd: join(dir, "initrd.img"),
    recipe: join(dir, "recipe.json"),
    log: join(dir, "build.log"),
  };
}

/** The cached image for `recipe`, or undefined when it has not been built on this machine. */
export async function findBaseImage(recipe: BaseImageRecipe, root?: string): Promise<BaseImage | undefined> {
  const name = baseImageName(recipe);
  const dir = join(imagesDir(root), name);
  const files = imageFiles(dir);
  // recipe.json is written last before the rename, so its presence means a complete image.
  if (!(await pathExists(files.recipe))) return undefined;
  return { name, dir, ...files, cmdline: recipe.cmdline, recipeHash: recipeHash(recipe), built: false, seconds: 0 };
}

export interface EnsureBaseImageOptions {
  recipe?: BaseImageRecipe;
  /** Cache root (default `${XDG_CACHE_HOME:-~/.cache}/hubstack`). */
  cacheRoot?: string;
  /**
   * An HTTP proxy for the build's downloads (the environment's apt-cacher-ng): a rebuild after a recipe change
   * then downloads nothing. Not part of the recipe: it does not change the image.
   */
  aptProxy?: string;
  /** Environment of the build's customize script (what it reads from this machine, e.g. HUBSTACK_WHEELS). Not part of the recipe. */
  hookEnv?: Record<string, string>;
  log?: Log;
}

/** Returns the cached base image, building it first when this machine has none for the recipe. */
export async function ensureBaseImage(options: EnsureBaseImageOptions = {}): Promise<BaseImage> {
  const started = Date.now();
  const { log = stderrLog } = options;
  const recipe = options.recipe ?? (await defaultRecipe());
  const cached = await findBaseImage(recipe, options.cacheRoot);
  if (cached) return { ...cached, seconds: seconds(started) };

  const dir = imagesDir(options.cacheRoot);
  const name = baseImageName(recipe);
  return withLock(
    join(dir, `.${name}.lock`),
    async () => {
      // Someone else may have finished the build while we waited for the lock.
      const built = await findBaseImage(recipe, options.cacheRoot);
      if (built) return { ...built, seconds: seconds(started) };
      await removeAbandonedBuilds(dir, log);
      log(`base image ${name}: building from ${recipe.sources[0]?.split(" ")[1]} (a few minutes, once per machine)`);
      await buildImage(recipe, join(dir, name), options.aptProxy, log, options.hookEnv);
      const image = await findBaseImage(recipe, options.cacheRoot);
      if (!image) throw new Error(`base image ${name}: build finished but ${dir} has no image`);
      log(`base image ${name}: built in ${seconds(started)} s`);
      return { ...image, built: true, seconds: seconds(started) };
    },
    { log, what: `base image ${name}` },
  );
}

/** Build directories whose builder died (killed, machine reset) are only disk space: remove them. */
async function removeAbandonedBuilds(dir: string, log: Log): Promise<void> {
  for (const entry of await readdir(dir).catch(() => [] as string[])) {
    const match = /^\.build-.*-(\d+)-[0-9a-f]+$/.exec(entry);
    if (match && !pidAlive(Number(match[1]))) {
      log(`base image: removing abandoned build ${entry}`);
      await rm(join(dir, entry), { recursive: true, force: true });
    }
  }
}

async function buildImage(recipe: BaseImageRecipe, finalDir: string, aptProxy: string | undefined, log: Log, hookEnv: Record<string, string> = {}) {
  const tmp = join(finalDir, "..", `.build-${recipeHash(recipe)}-${process.pid}-${randomHex()}`);
  const rootfs = join(tmp, "rootfs");
  const files = imageFiles(tmp);
  await mkdir(tmp, { recursive: true });
  const logFile = await open(files.log, "a");
  const step = async (what: string, command: string, args: string[], env: Record<string, string> = {}) => {
    const t0 = Date.now();
    await logFile.write(`\n### ${what}: ${command} ${args.join(" ")}\n`);
    const result = await run(command, args, { env, allowFailure: true, all: true });
    await logFile.write(`${result.stdout}\n${result.stderr}\n`);
    if (result.exitCode !== 0) {
      throw new CommandError(`${what} (${command}; full log: ${files.log})`, result.exitCode, result.stderr || result.stdout);
    }
    log(`base image: ${what} done in ${seconds(t0)} s`);
  };
  try {
    const customize = join(tmp, "customize.sh");
    await writeFile(customize, recipe.customize, { mode: 0o755 });
    const proxyEnv: Record<string, string> = { ...hookEnv, ...(aptProxy ? { http_proxy: aptProxy, HTTP_PROXY: aptProxy } : {}) };
    await step(
      "mmdebstrap",
      "mmdebstrap",
      [
        // root mode needs no user namespaces (often disabled in containers and CI); we are root anyway.
        "--mode=root",
        "--variant=apt",
        `--include=${recipe.packages.join(",")}`,
        ...recipe.aptOptions.map((o) => `--aptopt=${o}`),
        `--customize-hook=sh ${customize} "$1"`,
        recipe.suite,
        rootfs,
        ...recipe.sources,
      ],
      proxyEnv,
    );
    const bootFiles = await readdir(join(rootfs, "boot"));
    const vmlinuz = bootFiles.filter((f) => f.startsWith("vmlinuz-")).sort().at(-1);
    const initrd = bootFiles.filter((f) => f.startsWith("initrd.img-")).sort().at(-1);
    if (!vmlinuz || !initrd) throw new Error(`base image: no kernel/initrd in ${rootfs}/boot (${bootFiles.join(", ")})`);
    await copyFile(join(rootfs, "boot", vmlinuz), files.kernel);
    await copyFile(join(rootfs, "boot", initrd), files.initrd);

    const raw = join(tmp, "root.raw");
    await step("mkfs.ext4", "mkfs.ext4", ["-q", "-F", "-L", "hubroot", "-d", rootfs, raw, `${recipe.sizeGiB}G`]);
    await rm(rootfs, { recursive: true, force: true });
    await step("qemu-img convert", "qemu-img", ["convert", "-O", "qcow2", raw, files.disk]);
    await rm(raw, { force: true });
    // Overlays point at this file: nobody may write to it.
    await chmod(files.disk, 0o444);
    await writeFile(files.recipe, `${JSON.stringify(recipe, null, 2)}\n`);
    await logFile.close();
    await rename(tmp, finalDir);
  } catch (err) {
    await logFile.close().catch(() => {});
    // Keep the log of a failed build next to the cache for a post-mortem, drop the rest.
    const failedLog = `${finalDir}.failed.log`;
    await copyFile(files.log, failedLog).catch(() => {});
    await rm(tmp, { recursive: true, force: true });
    throw err;
  }
}

/** Reads the recipe a cached image was built from (for `vmctl image` and diagnostics). */
export async function readImageRecipe(dir: string): Promise<BaseImageRecipe> {
  return JSON.parse(await readFile(imageFiles(dir).recipe, "utf8")) as BaseImageRecipe;
}

/** Cached base images on this machine (complete ones only), newest first. */
export async function listBaseImages(root?: string): Promise<{ name: string; dir: string; mtimeMs: number }[]> {
  const dir = imagesDir(root);
  const images: { name: string; dir: string; mtimeMs: number }[] = [];
  for (const entry of await readdir(dir).catch(() => [] as string[])) {
    if (!/^debian-12-[0-9a-f]{12}$/.test(entry)) continue;
    const recipe = join(dir, entry, "recipe.json");
    const info = await stat(recipe).catch(() => undefined);
    if (info) images.push({ name: entry, dir: join(dir, entry), mtimeMs: info.mtimeMs });
  }
  return images.sort((a, b) => b.mtimeMs - a.mtimeMs);
}

/**
 * Removes cached images other than `keep` (names), except those a running VM boots (its qemu names the
 * image's kernel; its overlay is backed by the image's disk): a package layer of an environment that is up.
 */
export async function pruneBaseImages(keep: string[], root?: string, log: Log = stderrLog): Promise<string[]> {
  const removed: string[] = [];
  for (const image of await listBaseImages(root)) {
    if (keep.includes(image.name)) continue;
    // A running VM boots its kernel from the image's folder and its overlay is backed by the image's disk:
    // a package layer of a running environment is not an old image.
    const users = await findProcesses(`${image.dir}/`);
    if (users.length > 0) {
      log(`base image ${image.name}: kept (booted by running VMs, pid ${users.join(", ")})`);
      continue;
    }
    log(`base image ${image.name}: removing (not the current recipe)`);
    await rm(image.dir, { recursive: true, force: true });
    removed.push(image.name);
  }
  return removed;
}
