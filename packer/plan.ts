/**
 * What every hub image build shares, whichever the source: which host of the environment the image is for,
 * what goes into it (its roles' image() operations), the recipe hash that names that content, the
 * provisioning command Packer runs, the cleaning script, and the image's name and properties.
 */
import { createHash } from "node:crypto";
import { execFileSync } from "node:child_process";
import { join } from "node:path";
import type { Environment } from "../environment/schema.js";
import { UsageError } from "../environment/errors.js";
import { REPO_ROOT } from "../environment/load.js";
import { ROLES, imageRoles, type TargetHost } from "../provisioners/index.js";
import type { Operation } from "../provisioners/engine/operation.js";

/** Image names are `hubstack-hub-<UTC timestamp>`; the stacks pick the newest with the environment's prefix. */
export { HUB_IMAGE_PREFIX } from "../local/hub-images.js";

/** Bump when the build procedure changes in a way the operations do not show (the cleaning script, say). */
const RECIPE_VERSION = 1;

/** The environment's hub: the host with the jupyterhub role. */
export function hubHostOf(env: Environment): { name: string; roles: string[] } {
  const hub = Object.entries(env.hosts).find(([, host]) => host.enabled && host.roles.includes("jupyterhub"));
  if (!hub) {
    throw new UsageError(`env=${env.name} has no hub: the hub image is for the host with the jupyterhub role (inventory/${env.name}.yaml, hosts.<name>.roles)`);
  }
  return { name: hub[0], roles: [...hub[1].roles] };
}

/**
 * The operations an image of this environment's hub carries, by name (names carry the package lists), in
 * role order: what the recipe hash covers, and what `image build` prints before it starts.
 */
export function imageOperations(env: Environment, host: TargetHost): Array<{ role: string; operations: string[] }> {
  return imageTasks(env, host)
    .map(({ role, ops }) => ({ role, operations: ops.map((op) => op.name) }))
    .filter((r) => r.operations.length > 0);
}

/** The image() operations of each of `host`'s roles, in role order (what the image build runs). */
export function imageTasks(env: Environment, host: TargetHost): Array<{ role: string; ops: Operation[] }> {
  const registry = imageRoles(ROLES);
  return host.roles.map((role) => ({ role, ops: registry[role]?.tasks({ host, hosts: [host], vars: env }) ?? [] }));
}

/**
 * What an image of this environment's hub holds, for either source: the hub, its image operations, and
 * the recipe hash over them and the base (`baseRecipe`: the local base image's hash, or a cloud image's name).
 */
export function hubImageContent(env: Environment, privateKeyFile: string, baseRecipe: string) {
  const hub = hubHostOf(env);
  const operations = imageOperations(env, hubTarget(env, privateKeyFile));
  return { hub, operations, recipe: recipeHash(baseRecipe, operations) };
}

/** The hub as the image operations see it: the build VM, reached on loopback. */
export function hubTarget(env: Environment, privateKeyFile: string): TargetHost {
  const hub = hubHostOf(env);
  return { name: hub.name, address: "127.0.0.1", user: env.ssh.user, privateKeyFile, roles: hub.roles };
}

/** The recipe hash: the base the image starts from and every operation it gets. */
export function recipeHash(baseRecipe: string, operations: ReturnType<typeof imageOperations>): string {
  return createHash("sha256")
    .update(JSON.stringify({ version: RECIPE_VERSION, base: baseRecipe, operations, prepare: PREPARE_SCRIPT, cleanup: CLEANUP_SCRIPT }))
    .digest("hex")
    .slice(0, 16);
}

/** `hubstack-hub-20261122T053000Z` */
export function imageName(prefix: string, now = new Date()): string {
  return `${prefix}-${now.toISOString().replace(/[-:]/g, "").replace(/\.\d+Z$/, "Z")}`;
}

/**
 * The commit of the hubstack code that built the image (`-dirty` when its tree had changes), or "unknown"
 * outside git. The code's checkout, not the project's: a project kept apart (HUBSTACK_ROOT) is built by it too.
 */
export function gitCommit(root = REPO_ROOT): string {
  try {
    const commit = execFileSync("git", ["rev-parse", "HEAD"], { cwd: root, encoding: "utf8", stdio: ["ignore", "pipe", "ignore"] }).trim();
    const dirty = execFileSync("git", ["status", "--porcelain", "--untracked-files=no"], { cwd: root, encoding: "utf8", stdio: ["ignore", "pipe", "ignore"] }).trim();
    return dirty ? `${commit}-dirty` : commit;
  } catch {
    return "unknown";
  }
}

/**
 * `image provision` as Packer's shell-local step runs it: this clone's CLI, for the same project (Packer
 * passes HUBSTACK_ROOT on, when it is set).
 */
export function provisionCommand(env: Environment, buildDir: string): string[] {
  return [join(REPO_ROOT, "node_modules", ".bin", "tsx"), join(REPO_ROOT, "cli", "main.ts"), "image", "provision", `env=${env.name}`, "--build-dir", buildDir];
}

/**
 * Run as root in the build VM first: what makes a throwaway machine install faster. dpkg stops syncing each
 * file (the build VM's disk is thrown away if the build fails; the image is synced when it is cleaned) and
 * man-db stops rebuilding its index after every package. The cleaning script undoes both, so hosts booted
 * from the image behave as any other.
 */
export const PREPARE_SCRIPT = `#!/bin/sh
set -eu
echo force-unsafe-io > /etc/dpkg/dpkg.cfg.d/hubstack-image-build
rm -f /var/lib/man-db/auto-update
echo "build VM prepared"
`;

/**
 * Run as root in the build VM last: what makes one machine's disk a reusable image. Each host booted from
 * it gets a new identity (machine-id, SSH host keys from cloud-init), its own apt proxy and login keys.
 */
export const CLEANUP_SCRIPT = `#!/bin/sh
set -eu
# The build's speed-ups (PREPARE_SCRIPT) end here.
rm -f /etc/dpkg/dpkg.cfg.d/hubstack-image-build
if [ -d /var/lib/man-db ]; then touch /var/lib/man-db/auto-update; fi
# cloud-init runs again on the next boot, as on a new instance (its state, logs and the build's seed go).
cloud-init clean --logs --seed
# apt: the build's proxy setting, downloaded packages and lists (a host refreshes them when it installs).
rm -f /etc/apt/apt.conf.d/*cloud-init*proxy* /etc/apt/apt.conf.d/90cloud-init-aptproxy
apt-get clean
rm -rf /var/lib/apt/lists/* /var/lib/hubstack/apt-update-stamp
# Identity: a new machine-id and new host keys on first boot.
: > /etc/machine-id
rm -f /var/lib/dbus/machine-id /etc/ssh/ssh_host_*
# The build's login key (cloud-init installs the environment's keys on each host).
rm -f /home/*/.ssh/authorized_keys /root/.ssh/authorized_keys
# Logs and temporary files of the build.
journalctl --rotate >/dev/null 2>&1 || true
journalctl --vacuum-time=1s >/dev/null 2>&1 || true
find /var/log -type f \\( -name '*.gz' -o -name '*.[0-9]' \\) -delete
find /var/log -type f -exec truncate -s 0 {} +
rm -rf /tmp/* /var/tmp/*
# Freed blocks back to the image file (the disks are attached with discard).
fstrim -a >/dev/null 2>&1 || true
sync
echo "image cleaned"
`;
