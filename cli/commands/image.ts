/**
 * `npm run image -- build hub env=NAME`: the hub image through Packer, provisioned by hubstack's own roles.
 * `npm run image -- list env=NAME`: the environment's hub images, newest first (the one apply boots).
 * `image provision` is Packer's step, not the user's: it runs the image() operations of the hub's roles on
 * the build VM whose address, port and user Packer gives in HUBSTACK_BUILD_*.
 */
import { readFile } from "node:fs/promises";
import { join } from "node:path";
import { UsageError } from "../../environment/errors.js";
import type { Environment } from "../../environment/schema.js";
import type { Host } from "../../environment/hosts.js";
import { assertProvisioned, provisionHosts } from "../../provisioners/phase.js";
import { ensureDeployKey } from "../../environment/keys.js";
import type { RunContext } from "../../terraform/stack.js";
import { loadEnv, runContext, type CommonOptions } from "./context.js";

export interface ImageOptions extends CommonOptions {
  readonly env: string;
  /** `build hub`, `list`, or `provision` (Packer's step). */
  readonly words: readonly string[];
  readonly force?: boolean;
  readonly buildDir?: string;
}

const USAGE = "npm run image -- build hub env=NAME [--force] | list env=NAME";

export async function image(options: ImageOptions): Promise<unknown> {
  const ctx = runContext(options);
  const env = loadEnv(options.env, ctx);
  const [action, what, ...extra] = options.words;
  if (action === "build") {
    if (what !== "hub" || extra.length) throw new UsageError(`image build builds the hub image: ${USAGE}`);
    return build(env, ctx, options.force ?? false);
  }
  if (action === "list" && what === undefined) return list(env, ctx);
  if (action === "provision" && what === undefined) return provisionBuild(env, ctx, options.buildDir);
  throw new UsageError(`image needs an action: ${USAGE}${action ? ` (found "${options.words.join(" ")}")` : ""}`);
}

async function build(env: Environment, ctx: RunContext, force: boolean) {
  await ensureDeployKey(env, ctx.paths.root, ctx.output);
  if (env.target === "local") {
    const { buildLocalHubImage } = await import("../../packer/local-build.js");
    const result = await buildLocalHubImage({ env, paths: ctx.paths, output: ctx.output, force });
    ctx.output.result(result);
    return result;
  }
  if (env.target === "openstack") {
    const { buildOpenStackHubImage } = await import("../../packer/openstack-build.js");
    const result = await buildOpenStackHubImage({ env, paths: ctx.paths, output: ctx.output, processEnv: ctx.processEnv ?? process.env });
    ctx.output.result(result);
    return result;
  }
  throw new UsageError(`env=${env.name} is a static environment: its machines exist already, there is no image to boot them from`);
}

async function list(env: Environment, ctx: RunContext) {
  if (env.target !== "local") {
    throw new UsageError(`image list shows local images; a cloud's are \`openstack image list --name ${env.openstack?.images.hub ?? "hubstack-hub"}\``);
  }
  const { listLocalHubImages } = await import("../../local/hub-images.js");
  const images = await listLocalHubImages();
  if (!images.length) ctx.output.info(`no local hub image yet: \`npm run image -- build hub env=${env.name}\` builds one (apply boots the base image until then)`);
  for (const [i, img] of images.entries()) {
    ctx.output.info(`${img.name}  recipe ${img.recipeHash}  commit ${img.gitCommit.slice(0, 12)}  from ${img.baseImage}  built in ${img.buildSeconds.toFixed(0)} s${i === 0 ? "  (newest: apply boots this one)" : ""}`);
  }
  ctx.output.result(images);
  return images;
}

/** Packer's shell-local step: the provisioning phase on the build VM, the hub's roles reduced to what an image carries. */
async function provisionBuild(env: Environment, ctx: RunContext, buildDir: string | undefined) {
  const host = process.env.HUBSTACK_BUILD_HOST;
  const port = Number(process.env.HUBSTACK_BUILD_PORT);
  const user = process.env.HUBSTACK_BUILD_USER;
  if (!buildDir || !host || !Number.isInteger(port) || !user) {
    throw new UsageError("image provision is the step Packer runs during `npm run image -- build hub`: it needs --build-dir and HUBSTACK_BUILD_HOST/PORT/USER");
  }
  const { hubHostOf } = await import("../../packer/plan.js");
  const hub = hubHostOf(env);
  // The build VM's host key was made before it booted (its seed, or the cloud build's user data): pinned, never trusted on first sight.
  const hostKey = await readFile(join(buildDir, "hostkey.pub"), "utf8").then((k) => k.trim(), () => undefined);
  const buildVm: Host = { name: hub.name, address: host, roles: hub.roles, sshUser: user, sshPort: port, ...(hostKey ? { hostKey } : {}) };
  const report = await provisionHosts(env, [buildVm], { image: { knownHostsFile: join(buildDir, "known_hosts") } }, ctx);
  // Every build says where its time went (a build is minutes under TCG; the log is all there is afterwards).
  const { slowestOperations } = await import("../../provisioners/engine/report.js");
  ctx.output.info("The ten slowest operations of the build:");
  for (const o of slowestOperations(report)) ctx.output.info(`  ${o.seconds.toFixed(1).padStart(7)} s  ${o.role}: ${o.name} (${o.status})`);
  assertProvisioned(env, report);
  return report;
}
