/**
 * The images role's constants. The chain itself is the inventory's (hub.images), turned into builds in
 * dependency order by vars.ts.
 */
import { DATA_VOLUME_MOUNT } from "../docker/vars.js";

/** Build contexts on the host: one folder per image, holding its Dockerfile and files. */
export const CONTEXT_ROOT = "/var/lib/hubstack/images";

/** Debian release of the offline base's root file system (the hub's own release). */
export const ROOTFS_SUITE = "bookworm";

/** Makes the local base's root file system: mmdebstrap on the hub, from the hub's own Debian mirror and apt proxy. */
export const ROOTFS_PACKAGES = ["mmdebstrap"] as const;

/**
 * Where large temporary files go: the data volume when it is mounted (it has the room), else /var/tmp.
 * Shell: sets hs_tmp.
 */
export const WORK_DIR_SHELL = `hs_tmp=/var/tmp; if mountpoint -q ${DATA_VOLUME_MOUNT}; then hs_tmp=${DATA_VOLUME_MOUNT}; fi`;

/**
 * apt's HTTP proxy on the hub (the test bed's apt-cacher-ng, set by cloud-init), if any, in hs_proxy:
 * builds pass it on so that image builds use the same cache and mirror as the host.
 */
export const APT_PROXY_SHELL = `eval "$(apt-config shell hs_proxy Acquire::http::Proxy)"`;

/**
 * The hub's Debian mirror (the first source of the main suite apt knows), in hs_mirror, and a tarball of
 * a minimal Debian made from it with mmdebstrap into "$1".
 */
export const MAKE_ROOTFS_SHELL = [
  `hs_mirror=$(apt-get indextargets --format '$(RELEASE) $(REPO_URI)' 'Created-By: Packages' | awk '$1 == "${ROOTFS_SUITE}" { print $2; exit }')`,
  `[ -n "$hs_mirror" ] || { echo "no apt source for ${ROOTFS_SUITE} on this host to build the base image from" >&2; exit 1; }`,
  APT_PROXY_SHELL,
  `mmdebstrap --quiet --variant=minbase \${hs_proxy:+--aptopt="Acquire::http::Proxy \\"$hs_proxy\\""} ${ROOTFS_SUITE} "$1" "deb $hs_mirror ${ROOTFS_SUITE} main"`,
].join("\n");
