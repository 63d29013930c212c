/**
 * The hub's package layer: the local base image's recipe plus what the hub's image operations would install
 * inside the build VM (Debian packages, lock virtual environments), made by mmdebstrap on this machine at
 * its own speed instead of by dpkg and pip inside a VM under qemu's TCG, 5–10× slower. The Packer build then
 * boots from the layer and runs the same image operations, which find their work done; a host that did not
 * come from such an image still gets everything from the same operations.
 *
 * What goes in is read from the operations themselves (apt.packagesInstalledBy, pip.venvInstalledBy), so a
 * role's list is written once. Per role, only the packages() operations before any other operation count:
 * one after it may come from an apt source the role adds first (Docker's own repository), which the layer's
 * Debian mirror does not have. The layer is cached by its recipe like the base image (a changed package list
 * or lock makes a new one).
 */
import type { Environment } from "../environment/schema.js";
import { BASE_PACKAGES, defaultRecipe, type BaseImageRecipe } from "../local/base-image.js";
import { packagesInstalledBy } from "../provisioners/operations/apt.js";
import { venvInstalledBy, venvLayerScript } from "../provisioners/operations/pip.js";
import type { TargetHost } from "../provisioners/index.js";
import { imageTasks } from "./plan.js";

export interface LayerContent {
  /** Debian packages beyond the base image's, sorted. */
  readonly packages: string[];
  /** Lock environments, in the order the operations make them. */
  readonly venvs: Array<{ lock: Parameters<typeof venvLayerScript>[0]; venv: string }>;
}

/** What the image operations of `host`'s roles install that a layer can carry. */
export function layerContent(env: Environment, host: TargetHost, basePackages: readonly string[]): LayerContent {
  const packages = new Set<string>();
  const venvs: LayerContent["venvs"] = [];
  for (const { ops } of imageTasks(env, host)) {
    let leading = true;
    for (const op of ops) {
      const names = packagesInstalledBy(op);
      if (!names) leading = false;
      else if (leading) for (const n of names) packages.add(n);
      const venv = venvInstalledBy(op);
      if (venv) venvs.push(venv);
    }
  }
  for (const n of basePackages) packages.delete(n);
  return { packages: [...packages].sort(), venvs };
}

/** The layer's recipe: the base recipe with the packages added and the environments made after installation. */
export function layerRecipe(base: BaseImageRecipe, content: LayerContent): BaseImageRecipe {
  if (content.packages.length === 0 && content.venvs.length === 0) return base;
  const venvScripts = content.venvs.map((v) => `# ${v.venv} from locks/${v.lock.name} (${v.lock.hash})\n${venvLayerScript(v.lock, v.venv)}`);
  return {
    ...base,
    packages: [...base.packages, ...content.packages],
    customize: [base.customize.trimEnd(), "# The hub's package layer (packer/layer.ts)", ...venvScripts, ""].join("\n"),
  };
}

/** The layer recipe for the hub of `env` on this machine (its Debian mirror, as the base image's). */
export async function hubLayerRecipe(env: Environment, host: TargetHost): Promise<BaseImageRecipe> {
  const base = await defaultRecipe();
  return layerRecipe(base, layerContent(env, host, base.packages));
}

/**
 * Per enabled host of `env`, the Debian packages its roles' image operations install beyond the base
 * image's: what a local VM's package layer carries (local/local-env.ts). Only apt packages: a lock's virtual
 * environment needs the package cache filled first, which the hub image build does.
 */
export function hostLayerPackages(env: Environment): Record<string, string[]> {
  const packages: Record<string, string[]> = {};
  for (const [name, host] of Object.entries(env.hosts)) {
    if (!host.enabled) continue;
    // Where the host is does not change what its roles install.
    const target: TargetHost = { name, address: host.address ?? "0.0.0.0", user: env.ssh.user, privateKeyFile: env.ssh.privateKeyFile, roles: host.roles };
    const content = layerContent(env, target, BASE_PACKAGES);
    if (content.packages.length > 0) packages[name] = content.packages;
  }
  return packages;
}
