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

export function streamRootfsScript(o: { ref: string; packages: readonly string[]; changes: readonly string[]; venv?: RootfsVenv }): string {
  const remote = ["sudo docker import", ...o.changes.map((c) => `--change ${quote(c)}`), "-", o.ref].join(" ");
  const hooks = o.venv ? venvHooks(o.venv).map((h) => `--customize-hook=${quote(h)}`).join(" ") : "";
  return [
    "set -euo pipefail",
    `hs_mirror=$(apt-get indextargets --format '$(RELEASE) $(REPO_URI)' 'Created-By: Packages' 2>/dev/null | awk '$1 == "${ROOTFS_SUITE}" { print $2; exit }') || true`,
    `hs_mirror=\${hs_mirror:-http://deb.debian.org/debian}`,
    `eval "$(apt-config shell hs_proxy Acquire::http::Proxy 2>/dev/null)" || true`,
    LOCAL_SSH_PRELUDE,
    `mmdebstrap --quiet --variant=minbase --include=${o.packages.join(",")} ${ROOTFS_DPKG_OPTIONS.map((d) => quote(`--dpkgopt=${d}`)).join(" ")} \${hs_proxy:+--aptopt="Acquire::http::Proxy \\"$hs_proxy\\""} ${hooks} ${ROOTFS_SUITE} - "deb $hs_mirror ${ROOTFS_SUITE} main" \\`,
    `  | "\${hs_ssh[@]}" ${quote(remote)}`,
  ].join("\n");
}
