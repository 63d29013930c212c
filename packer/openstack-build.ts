/**
 * `npm run image -- build hub env=<openstack env>`: the hub image on the cloud. Packer boots a temporary
 * server from the base image (openstack.images.base) with the hub's flavor, reachable over SSH only from the
 * admins' addresses (a temporary security group), runs hubstack's roles against it like the local build, and
 * saves it as `<openstack.images.hub>-<UTC timestamp>` with the recipe hash, git commit and environment as
 * properties, and the marker hubstack_image=hub (stacks/image-properties.ts). The stacks boot the newest image of
 * that prefix that carries the marker, never an image that merely shares the prefix.
 */
import { mkdir, readFile, writeFile } from "node:fs/promises";
import { join } from "node:path";
import type { Environment } from "../environment/schema.js";
import { UsageError } from "../environment/errors.js";
import type { Output } from "../environment/output.js";
import { HUB_IMAGE_PROPERTIES } from "../stacks/image-properties.js";
import { checkOpenStackCredentials } from "../terraform/credentials.js";
import { stateDirOf, type ProjectPaths } from "../terraform/paths.js";
import { CLEANUP_SCRIPT, PREPARE_SCRIPT, gitCommit, hubImageContent, imageName, provisionCommand } from "./plan.js";
import { packerBuild } from "./run.js";
import { ensureHostKey } from "../local/ssh.js";
import { renderUserData } from "../templates/index.js";
import type { PackerPlan } from "./template.js";

export interface OpenStackBuildOptions {
  readonly env: Environment;
  readonly paths: ProjectPaths;
  readonly output: Output;
  readonly processEnv: Readonly<Record<string, string | undefined>>;
}

/**
 * The build plan for a cloud (pure: the tests check it with `packer validate`). `userDataFile`: the build
 * server's cloud-init user data (buildUserData), which gives it the host key hubstack pins.
 */
export function openStackPlan(env: Environment, paths: ProjectPaths, buildDir: string, now = new Date(), userDataFile?: string): PackerPlan {
  const openstack = env.openstack;
  if (env.target !== "openstack" || !openstack) throw new UsageError(`env=${env.name} is not an OpenStack environment`);
  const privateKeyFile = join(paths.root, env.ssh.privateKeyFile);
  // The base image is known by name only: its name stands for it in the recipe.
  const { hub, recipe } = hubImageContent(env, privateKeyFile, `openstack:${openstack.images.base}`);
  const flavor = env.hosts[hub.name]?.flavor;
  if (!flavor) throw new UsageError(`inventory/${env.name}.yaml: hosts.${hub.name}.flavor is needed to build the hub image on it`);
  return {
    name: "hub",
    source: {
      kind: "openstack",
      ...(openstack.cloud ? { cloud: openstack.cloud } : {}),
      ...(openstack.region ? { region: openstack.region } : {}),
      sourceImageName: openstack.images.base,
      flavor,
      networks: [],
      ...(openstack.floatingIpPool ? { floatingIpNetwork: openstack.floatingIpPool } : {}),
      sshFromCidrs: openstack.adminCidrs,
      // The group apply made that lets the admins in: the bastion's, or the hub's own without a bastion.
      sshSecurityGroup: `${env.name}-${bastionName(env) ?? hub.name}`,
      // The stack's key pair: the environment's name unless the inventory names one.
      keypairName: openstack.keypairName ?? env.name,
      imageName: imageName(openstack.images.hub, now),
      ...(userDataFile ? { userDataFile } : {}),
    },
    sshUser: env.ssh.user,
    privateKeyFile,
    provisionCommand: provisionCommand(env, buildDir),
    prepareScript: PREPARE_SCRIPT,
    cleanupScript: CLEANUP_SCRIPT,
    // The marker is what the stacks' lookup filters on (stacks/constructs/images.ts): without it no hub boots the image.
    metadata: { ...HUB_IMAGE_PROPERTIES, hubstack_recipe: recipe, hubstack_commit: gitCommit(), hubstack_env: env.name },
  };
}

export async function buildOpenStackHubImage(o: OpenStackBuildOptions): Promise<{ image: string; seconds: number }> {
  const started = Date.now();
  checkOpenStackCredentials(o.env, { cwd: process.cwd(), env: o.processEnv, inventoryFile: `inventory/${o.env.name}.yaml` });
  const buildDir = join(stateDirOf(o.paths, o.env.name), "packer");
  await mkdir(buildDir, { recursive: true, mode: 0o700 });
  const plan = openStackPlan(o.env, o.paths, buildDir, new Date(), await buildUserData(o.env, o.paths, buildDir));
  o.output.step(`Building ${plan.source.kind === "openstack" ? plan.source.imageName : "the hub image"} on ${o.env.openstack?.cloud ?? "the cloud"}`);
  await packerBuild(plan, buildDir, o.output);
  return { image: plan.source.kind === "openstack" ? plan.source.imageName : "", seconds: (Date.now() - started) / 1000 };
}

/**
 * The build server's identity: a host key made here (`hostkey` in the build folder, which `image provision`
 * pins before it connects: no trust on first use) and the environment's login key, as cloud-init user data.
 * The cleaning step removes the host keys from the image, so that no hub booted from it shares this one.
 */
async function buildUserData(env: Environment, paths: ProjectPaths, buildDir: string): Promise<string> {
  const hub = Object.keys(env.hosts).find((n) => env.hosts[n]!.roles.includes("jupyterhub")) ?? "hub";
  const hostKey = await ensureHostKey(join(buildDir, "hostkey"), `hubstack image build ${env.name}`);
  const loginKey = (await readFile(`${join(paths.root, env.ssh.privateKeyFile)}.pub`, "utf8")).trim();
  const file = join(buildDir, "user-data");
  await writeFile(
    file,
    renderUserData({
      hostname: `${hub}-image`,
      fqdn: `${hub}-image.${env.domain}`,
      sshUser: env.ssh.user,
      sshAuthorizedKeys: [loginKey],
      hostKey: { ed25519Private: hostKey.privateKey, ed25519Public: hostKey.publicKey },
      timezone: env.timezone,
    }),
    { mode: 0o600 },
  );
  return file;
}

function bastionName(env: Environment): string | undefined {
  return Object.entries(env.hosts).find(([, h]) => h.enabled && h.roles.includes("bastion"))?.[0];
}
