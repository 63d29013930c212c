import { quote } from "../../engine/command.js";

/**
 * The images role's constants. The chain itself is the inventory's (hub.images), turned into builds in
 * dependency order by vars.ts.
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

export function streamRootfsScript(o: { ref: string; packages: readonly string[]; changes: readonly string[] }): string {
  const remote = ["sudo docker import", ...o.changes.map((c) => `--change ${quote(c)}`), "-", o.ref].join(" ");
  return [
    "set -euo pipefail",
    `hs_mirror=$(apt-get indextargets --format '$(RELEASE) $(REPO_URI)' 'Created-By: Packages' 2>/dev/null | awk '$1 == "${ROOTFS_SUITE}" { print $2; exit }') || true`,
    `hs_mirror=\${hs_mirror:-http://deb.debian.org/debian}`,
    `eval "$(apt-config shell hs_proxy Acquire::http::Proxy 2>/dev/null)" || true`,
    `hs_ssh=(-i "$HUBSTACK_PRIVATE_KEY_FILE" -p "$HUBSTACK_HOST_PORT" -o BatchMode=yes -o StrictHostKeyChecking=yes -o UserKnownHostsFile="$HUBSTACK_KNOWN_HOSTS_FILE")`,
    `[ -z "\${HUBSTACK_JUMP_HOST:-}" ] || hs_ssh+=(-J "$HUBSTACK_JUMP_HOST")`,
    `mmdebstrap --quiet --variant=minbase --include=${o.packages.join(",")} ${ROOTFS_DPKG_OPTIONS.map((d) => quote(`--dpkgopt=${d}`)).join(" ")} \${hs_proxy:+--aptopt="Acquire::http::Proxy \\"$hs_proxy\\""} ${ROOTFS_SUITE} - "deb $hs_mirror ${ROOTFS_SUITE} main" \\`,
    `  | ssh "\${hs_ssh[@]}" "$HUBSTACK_HOST_USER@$HUBSTACK_HOST_ADDRESS" ${quote(remote)}`,
  ].join("\n");
}
