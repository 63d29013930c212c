/**
 * `npm run image -- build hub env=local`: the hub image for the local environment, built by Packer's qemu
 * builder from the local base image, provisioned by hubstack's roles (image() operations) over SSH, cleaned,
 * and stored in the machine's image cache. Cached by recipe: an image whose recipe hash matches is reused
 * (`--force` builds anew).
 *
 * The build VM is on qemu's user network (no bridge, no root needed for the network): Packer forwards a
 * loopback port to its SSH, and apt inside it reaches an apt-cacher-ng on this machine's loopback through
 * qemu's gateway address (10.0.2.2).
 */
import { copyFile, mkdir, readdir, readFile, rename, rm, stat, writeFile } from "node:fs/promises";
import { join } from "node:path";
import type { Environment } from "../environment/schema.js";
import { RunError, UsageError } from "../environment/errors.js";
import { ensureAptCache, stopAptCache } from "../local/apt-cache.js";
import { ensureBaseImage, recipeHash as baseRecipeHash, type BaseImage } from "../local/base-image.js";
import { execa } from "execa";
import { preparationOf } from "../provisioners/operations/docker.js";
import { ensurePackages } from "../provisioners/packages.js";
import { cacheRoot, imagesDir } from "../local/paths.js";
import { ensureHostKey } from "../local/ssh.js";
import { detectAccel } from "../local/accel.js";
import { ensurePrereqs, IMAGE_TOOLS } from "../local/prereqs.js";
import { writeSeedIso } from "../local/vm-seed.js";
import type { Output } from "../environment/output.js";
import type { ProjectPaths } from "../terraform/paths.js";
import { renderUserData } from "../templates/index.js";
import { listLocalHubImages, METADATA_FILE, type LocalHubImage } from "../local/hub-images.js";
import { CLEANUP_SCRIPT, PREPARE_SCRIPT, gitCommit, hubHostOf, hubImageContent, hubTarget, imageName, imageTasks, provisionCommand, HUB_IMAGE_PREFIX } from "./plan.js";
import { packerBuild } from "./run.js";
import { hubLayerRecipe } from "./layer.js";
import { wheelsRoot } from "../cache/wheels.js";
import { formatMemoryPeak, trackPeakMemory } from "../local/memory-peak.js";
import { BUILD_VM_MAC, type PackerPlan } from "./template.js";

/** Not the environments' 3149: a build may run while env=local's cache is up. */
export const BUILD_APT_CACHE_PORT = 3150;
/** qemu's user network: the guest reaches the host's loopback here. */
const USER_NET_GATEWAY = "10.0.2.2";

export interface LocalBuildOptions {
  readonly env: Environment;
  readonly paths: ProjectPaths;
  readonly output: Output;
  /** Build even when an image of the same recipe exists. */
  readonly force?: boolean;
}

export interface LocalBuildResult {
  readonly image: LocalHubImage;
  readonly built: boolean;
  readonly seconds: number;
  /** This machine's side of the build at its peak (this process, mmdebstrap, Packer, qemu, the apt cache), MiB. */
  readonly peakMemoryMiB?: number;
}

/** The build VM: the hub's size, within what a 2-core machine can give. */
function buildVm(env: Environment, hubName: string) {
  const hub = env.hosts[hubName]!;
  return { cpus: Math.min(hub.vcpus ?? 2, 2), memoryMiB: Math.max(hub.memoryMiB ?? 2048, 2048), diskGiB: Math.max(hub.diskGiB ?? 10, 10) };
}

/**
 * Why `apply` should build the hub image first, or undefined when it should not: a local environment with a
 * hub that boots hub images (local.useHubImage) and no image yet. Without one the hub installed its Python
 * environment and built its notebook images itself under TCG: a first apply from nothing took 2,962 s on 2
 * cores (2026-12-08), against 2,437 s for the image (its heavy parts made natively) then the apply from it.
 */
export async function hubImageWanted(env: Environment): Promise<string | undefined> {
  if (env.target !== "local" || !env.local.useHubImage) return undefined;
  if (!Object.values(env.hosts).some((h) => h.enabled && h.roles.includes("jupyterhub"))) return undefined;
  if ((await listLocalHubImages(HUB_IMAGE_PREFIX)).length > 0) return undefined;
  return `no local hub image on this machine yet: building one first, once (the hub then boots it; local.useHubImage: false boots the base image instead)`;
}

export async function buildLocalHubImage(o: LocalBuildOptions): Promise<LocalBuildResult> {
  const started = Date.now();
  const { env, output } = o;
  if (env.target !== "local") throw new UsageError(`env=${env.name} is not a local environment: build its image with the openstack source (npm run image -- build hub env=${env.name})`);
  hubHostOf(env); // an environment without a hub fails here, before anything starts
  const log = (line: string) => output.info(`  ${line}`);
  // qemu, mmdebstrap, apt-cacher-ng and Packer: installed as root on Debian/Ubuntu, else named with the command.
  await ensurePrereqs({ tools: IMAGE_TOOLS, log });

  const buildApt = join(cacheRoot(), "packer", "apt-cacher-ng");
  const apt = await ensureAptCache({ stateDir: buildApt, bindAddress: "127.0.0.1", port: BUILD_APT_CACHE_PORT, log });
  // The build's controller side must fit beside the environment's VMs: its peak is said at the end.
  const memory = trackPeakMemory({ extraPids: () => [apt.pid] });
  let peakMemoryMiB: number | undefined;
  let measured = false;
  const sayPeak = async () => {
    measured = true;
    const peak = await memory.stop();
    peakMemoryMiB = peak.peak?.totalMiB;
    log(formatMemoryPeak("the build", peak));
  };
  try {
    // The wheels the build VM installs come from this machine's cache: fill it before the layer and Packer.
    await ensurePackages(env, log);
    const keyFile = join(o.paths.root, env.ssh.privateKeyFile);
    const layer = await hubLayerRecipe(env, hubTarget(env, keyFile));
    const { hub, operations, recipe } = hubImageContent(env, keyFile, baseRecipeHash(layer));

    const existing = (await listLocalHubImages(HUB_IMAGE_PREFIX)).find((i) => i.recipeHash === recipe);
    if (existing && !o.force) {
      output.info(`${existing.name} has this recipe (${recipe}): nothing to build (--force builds anew)`);
      return { image: existing, built: false, seconds: (Date.now() - started) / 1000 };
    }
    // The Packer build starts from the hub's package layer, made here at native speed (packer/layer.ts);
    // what the image operations make on this machine (the notebook root file system) is made meanwhile.
    const [base] = await Promise.all([
      ensureBaseImage({
        recipe: layer,
        aptProxy: apt.url,
        hookEnv: { HUBSTACK_WHEELS: wheelsRoot() },
        log: (line) => log(line.replace(/^base image/, "hub package layer")),
      }),
      prepareAhead(env, keyFile, log),
    ]);
    output.step(`Building the hub image of env=${env.name} (recipe ${recipe}) from ${base.name}`);
    for (const r of operations) output.info(`  ${r.role}: ${r.operations.join("; ")}`);
    const image = await buildWithPacker(o, { hubName: hub.name, base, recipe, aptProxy: `http://${USER_NET_GATEWAY}:${apt.port}`, started });
    await sayPeak();
    output.info(`${image.name}: built in ${image.buildSeconds.toFixed(0)} s (${image.dir})`);
    return { image, built: true, seconds: (Date.now() - started) / 1000, ...(peakMemoryMiB !== undefined ? { peakMemoryMiB } : {}) };
  } finally {
    if (!measured) await memory.stop(); // a build that failed or had nothing to do
    await stopAptCache(buildApt).catch(() => {});
  }
}

/**
 * Runs the local preparations the hub's image operations declare (docker.preparationOf: the notebook root
 * file system, made by mmdebstrap into this machine's cache), so that the operation inside the build only
 * streams it. A preparation that fails fails the build, with its last lines.
 */
async function prepareAhead(env: Environment, keyFile: string, log: (line: string) => void): Promise<void> {
  const scripts = imageTasks(env, hubTarget(env, keyFile)).flatMap(({ ops }) => ops.map(preparationOf).filter((p): p is string => p !== undefined));
  for (const script of scripts) {
    const t0 = Date.now();
    const result = await execa("bash", ["-c", script], { all: true, reject: false });
    if (result.exitCode !== 0) {
      throw new RunError(`making the notebook root file system on this machine failed (exit ${result.exitCode}): ${String(result.all ?? "").trim().split("\n").slice(-5).join("\n")}`);
    }
    log(`notebook root file system ready in ${((Date.now() - t0) / 1000).toFixed(1)} s (made here once per recipe, cached)`);
  }
}

async function buildWithPacker(
  o: LocalBuildOptions,
  b: { hubName: string; base: BaseImage; recipe: string; aptProxy: string; started: number },
): Promise<LocalHubImage> {
  const { env, output, paths } = o;
  const now = new Date(b.started);
  const name = imageName(HUB_IMAGE_PREFIX, now);
  const root = imagesDir();
  await removeStaleBuilds(root);
  const buildDir = join(root, `.build-${name}`);
  await mkdir(buildDir, { recursive: true, mode: 0o700 });

  // The build VM's identity: a host key hubstack pins (no trust on first use here either), the environment's
  // login key, DHCP on qemu's user network, and the apt proxy on this machine.
  const hostKey = await ensureHostKey(join(buildDir, "hostkey"), `hubstack image build ${name}`);
  const loginKey = (await readFile(`${join(paths.root, env.ssh.privateKeyFile)}.pub`, "utf8")).trim();
  const seedIso = join(buildDir, "seed.iso");
  await writeSeedIso(seedIso, join(buildDir, "seed"), {
    "user-data": renderUserData({
      hostname: `${b.hubName}-image`,
      fqdn: `${b.hubName}-image.${env.domain}`,
      sshUser: env.ssh.user,
      sshAuthorizedKeys: [loginKey],
      hostKey: { ed25519Private: hostKey.privateKey, ed25519Public: hostKey.publicKey },
      aptProxy: b.aptProxy,
      timezone: env.timezone,
    }),
    "meta-data": `${JSON.stringify({ "instance-id": `hubstack-image-${name}`, "local-hostname": `${b.hubName}-image` })}\n`,
    "network-config": `${JSON.stringify({ version: 2, ethernets: { eth0: { match: { macaddress: BUILD_VM_MAC }, "set-name": "eth0", dhcp4: true } } })}\n`,
  });

  const { accel } = env.local.accel === "auto" ? await detectAccel() : { accel: env.local.accel };
  const plan: PackerPlan = {
    name: "hub",
    source: {
      kind: "qemu",
      baseDisk: b.base.disk,
      kernel: b.base.kernel,
      initrd: b.base.initrd,
      cmdline: b.base.cmdline,
      seedIso,
      accel,
      ...buildVm(env, b.hubName),
      outputDir: join(buildDir, "output"),
      diskName: "disk.qcow2",
      serialLog: join(buildDir, "serial.log"),
    },
    sshUser: env.ssh.user,
    privateKeyFile: join(paths.root, env.ssh.privateKeyFile),
    provisionCommand: provisionCommand(env, buildDir),
    prepareScript: PREPARE_SCRIPT,
    cleanupScript: CLEANUP_SCRIPT,
    metadata: { hubstack_recipe: b.recipe, hubstack_commit: gitCommit() },
  };

  await packerBuild(plan, buildDir, output, `the build VM's console is in ${join(buildDir, "serial.log")}; its folder stays for a look (the next build removes it after a day)`);

  // Finish: the disk, the kernel and initrd it boots with (the base's: the roles do not change kernels), metadata last.
  const dir = join(root, name);
  await mkdir(dir, { recursive: true });
  await rename(join(plan.source.kind === "qemu" ? plan.source.outputDir : buildDir, "disk.qcow2"), join(dir, "disk.qcow2"));
  await copyFile(b.base.kernel, join(dir, "vmlinuz"));
  await copyFile(b.base.initrd, join(dir, "initrd.img"));
  const meta = {
    cmdline: b.base.cmdline,
    recipeHash: b.recipe,
    gitCommit: plan.metadata.hubstack_commit!,
    created: now.toISOString(),
    baseImage: b.base.name,
    buildSeconds: (Date.now() - b.started) / 1000,
  };
  await writeFile(join(dir, METADATA_FILE), `${JSON.stringify({ name, ...meta }, null, 2)}\n`);
  await rm(buildDir, { recursive: true, force: true });
  const image = (await listLocalHubImages(HUB_IMAGE_PREFIX)).find((i) => i.name === name);
  if (!image) throw new RunError(`${name}: the build finished but ${dir} holds no readable image`);
  return image;
}

/** Build folders of builds that stopped (their Packer is gone): a day old at least, or with no output. */
async function removeStaleBuilds(root: string): Promise<void> {
  for (const entry of await readdir(root).catch(() => [] as string[])) {
    if (!entry.startsWith(`.build-${HUB_IMAGE_PREFIX}-`)) continue;
    const age = Date.now() - (await stat(join(root, entry))).mtimeMs;
    if (age > 24 * 3600_000) await rm(join(root, entry), { recursive: true, force: true });
  }
}
