import { createHash } from "node:crypto";
import { offlineInstallArgs } from "../../../cache/pip.js";
import { quote } from "../../engine/command.js";
import { LOCAL_SSH_PRELUDE } from "../../engine/local-ssh.js";

/**
 * The images role's constants. The chain itself is the inventory's (hub.images), turned into builds in
 * dependency order by template-vars.ts.
 */

/** Build contexts on the host: one folder per image, holding its Dockerfile and files. */
export const CONTEXT_ROOT = "/var/lib/hubstack/images";

/** Debian release of the offline base's root file system (the hub's own release). */
export const ROOTFS_SUITE = "bookworm";

/**
 * The offline base's root file system, with the notebook packages already in it, is made on this machine
 * (the controller) with mmdebstrap and streamed over SSH into `docker import` on the hub. Installing
 * packages inside the hub (a VM under qemu's TCG, here) is many times slower than on the controller.
 *
 * Bash, run locally with the HUBSTACK_HOST_* variables the engine sets for local programs: the Debian
 * mirror and apt proxy this machine's apt uses (deb.debian.org when it has none for the suite), host key
 * checking against the environment's known_hosts, the jump host when there is one.
 */
/** dpkg options of the root file system: no manuals, documentation or translations, as Debian's slim images. */
export const ROOTFS_DPKG_OPTIONS = [
  "path-exclude=/usr/share/man/*",
  "path-exclude=/usr/share/doc/*",
  "path-include=/usr/share/doc/*/copyright",
  "path-exclude=/usr/share/locale/*",
  "path-exclude=/usr/share/info/*",
] as const;

/** The notebook servers' virtual environment in the offline base image (locks/notebook.txt). */
export const NOTEBOOK_VENV = "/opt/notebook";

export interface RootfsVenv {
  /** The lock's wheels on this machine (the package cache), with its requirements.txt. */
  readonly wheelsDir: string;
  /** Where the environment goes inside the root file system. */
  readonly venv: string;
}

/**
 * mmdebstrap's customize hooks, run here at native speed in a chroot of the new root file system: the
 * virtual environment made with the image's own python3, the lock's wheels copied in, installed offline with
 * --require-hashes and byte-compiled here (not on first import in every container), then the wheels removed.
 */
export function venvHooks(v: RootfsVenv): string[] {
  const inside = "/tmp/hubstack-wheels";
  // A clean environment in the chroot: this machine's PIP_* settings (its indexes, find-links) are not the image's.
  const chroot = `chroot "$1" env -i PATH=/usr/sbin:/usr/bin:/sbin:/bin HOME=/root LANG=C.UTF-8`;
  return [
    `${chroot} python3 -m venv ${v.venv}`,
    `mkdir -p "$1${inside}"`,
    `sync-in ${quote(v.wheelsDir)} ${inside}`,
    `${chroot} ${v.venv}/bin/pip install ${offlineInstallArgs(inside, `${inside}/requirements.txt`).join(" ")}`,
    `rm -rf "$1${inside}" "$1/root/.cache"`,
  ];
}

export interface RootfsRecipe {
  readonly ref: string;
  readonly packages: readonly string[];
  readonly changes: readonly string[];
  readonly venv?: RootfsVenv;
}

/**
 * Bash that makes the root file system as a tar file in this machine's cache (once per recipe: the file is
 * named by the hash of this very script) and sets `hs_tar` to it. mmdebstrap writes to a temporary name
 * that is renamed when complete: a killed build leaves no tar that looks whole. The image build runs this
 * alone ahead of the VM (packer/local-build.ts), at the same time as the hub's package layer.
 */
export function buildRootfsScript(o: RootfsRecipe): string {
  const hooks = o.venv ? venvHooks(o.venv).map((h) => `--customize-hook=${quote(h)}`).join(" ") : "";
  const make = [
    `hs_mirror=$(apt-get indextargets --format '$(RELEASE) $(REPO_URI)' 'Created-By: Packages' 2>/dev/null | awk '$1 == "${ROOTFS_SUITE}" { print $2; exit }') || true`,
    `hs_mirror=\${hs_mirror:-http://deb.debian.org/debian}`,
    `eval "$(apt-config shell hs_proxy Acquire::http::Proxy 2>/dev/null)" || true`,
    `mmdebstrap --quiet --variant=minbase --format=tar --include=${o.packages.join(",")} ${ROOTFS_DPKG_OPTIONS.map((d) => quote(`--dpkgopt=${d}`)).join(" ")} \${hs_proxy:+--aptopt="Acquire::http::Proxy \\"$hs_proxy\\""} ${hooks} ${ROOTFS_SUITE} "$hs_tar.$$.part" "deb $hs_mirror ${ROOTFS_SUITE} main"`,
  ].join("\n");
  const key = createHash("sha256").update(make).digest("hex").slice(0, 16);
  return [
    "set -euo pipefail",
    // This machine's cache, as local/paths.ts cacheRoot() finds it (no path of this machine in the script).
    `hs_cache="\${HUBSTACK_CACHE_DIR:-\${XDG_CACHE_HOME:-$HOME/.cache}/hubstack}/rootfs"`,
    `hs_tar="$hs_cache/${key}.tar"`,
    `if [ ! -s "$hs_tar" ]; then`,
    `mkdir -p "$hs_cache"`,
    `trap 'rm -f "$hs_tar.$$.part"' EXIT`,
    make,
    `mv "$hs_tar.$$.part" "$hs_tar"`,
    `trap - EXIT`,
    `fi`,
  ].join("\n");
}

/**
 * The root file system from the cache (made first when missing), streamed over SSH into `docker import` on
 * the host: a local program of the images role (HUBSTACK_HOST_* name the host, its jump host, the key and
 * known_hosts).
 */
export function streamRootfsScript(o: RootfsRecipe): string {
  const remote = ["sudo docker import", ...o.changes.map((c) => `--change ${quote(c)}`), "-", o.ref].join(" ");
  return [buildRootfsScript(o), LOCAL_SSH_PRELUDE, `"\${hs_ssh[@]}" ${quote(remote)} < "$hs_tar"`].join("\n");
}
