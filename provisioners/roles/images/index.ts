/**
 * images (hub): the notebook image chain of hub.images, built on the hub in dependency order (parents
 * first; a child's FROM names its parent's recipe tag, so a changed parent rebuilds its children). Each
 * image is rebuilt only when its recipe hash differs from the label of its deployed image, tested (its
 * Python imports) and only then tagged `deploy`. When the chain starts from hubstack's offline base, the
 * Debian root file system under it is made on the hub with mmdebstrap and imported once.
 */
import type { Operation } from "../../engine/operation.js";
import type { Role } from "../../engine/role.js";
import * as apt from "../../operations/apt.js";
import * as docker from "../../operations/docker.js";
import * as files from "../../operations/files.js";
import { envOf, hasDataVolume } from "../common.js";
import { APT_PROXY_SHELL, CONTEXT_ROOT, MAKE_ROOTFS_SHELL, ROOTFS_PACKAGES, WORK_DIR_SHELL } from "./defaults.js";
import { DEBIAN_ROOTFS_IMAGE, DEPLOY_TAG, IMAGE_PREFIX, LOCAL_BASE_IMAGE, imageBuilds, type ImageBuild } from "./vars.js";

export const imagesRole: Role = {
  name: "images",
  dependsOn: ["base", "docker"],
  tasks(ctx) {
    const env = envOf(ctx);
    const builds = imageBuilds(env);
    const needsRootfs = builds.some((b) => b.name === LOCAL_BASE_IMAGE);
    return [
      ...(needsRootfs ? localRootfs() : []),
      files.directory({ path: CONTEXT_ROOT, mode: "0755" }),
      ...builds.flatMap(buildSteps),
      // Images the inventory marks present: false lose their deployment tag (and the spawner's choice).
      ...env.hub.images.filter((img) => !img.present).map((img) => docker.imageAbsent({ ref: `${IMAGE_PREFIX}/${img.name}:${DEPLOY_TAG}` })),
    ];
  },
  // The whole chain when the inventory asks for it (hub.bakeNotebookImages) and Docker keeps its images on
  // the root disk; else the root file system's tool only (a data volume would hide the images).
  image(ctx) {
    if (envOf(ctx).hub.bakeNotebookImages && !hasDataVolume(ctx)) return this.tasks(ctx);
    return imageBuilds(envOf(ctx)).some((b) => b.name === LOCAL_BASE_IMAGE) ? [apt.packages({ names: ROOTFS_PACKAGES })] : [];
  },
};

/** The offline base's Debian root file system, made with mmdebstrap and imported once. */
function localRootfs(): Operation[] {
  return [
    apt.packages({ names: ROOTFS_PACKAGES }),
    docker.importedImage({
      ref: DEBIAN_ROOTFS_IMAGE,
      prelude: WORK_DIR_SHELL,
      make: MAKE_ROOTFS_SHELL,
      changes: ['CMD ["/bin/bash"]'],
    }),
  ];
}

/** One image: its context folder, then the build (test, tag) when its recipe changed. */
function buildSteps(b: ImageBuild): Operation[] {
  const dir = `${CONTEXT_ROOT}/${b.name}`;
  return [
    files.directory({ path: dir, mode: "0755" }),
    files.file({ path: `${dir}/Dockerfile`, content: b.dockerfile, mode: "0644" }),
    ...Object.entries(b.context).map(([name, content]) => files.file({ path: `${dir}/${name}`, content, mode: name.endsWith(".sh") ? "0755" : "0644" })),
    docker.image({
      ref: b.ref,
      tags: [b.deployRef],
      recipeHash: b.recipeHash,
      contextDir: dir,
      test: b.importCheck,
      // The offline base installs Debian packages while it builds: through the hub's own apt proxy.
      ...(b.name === LOCAL_BASE_IMAGE ? { prelude: APT_PROXY_SHELL, buildArgs: { APT_PROXY: '"${hs_proxy:-}"' } } : {}),
    }),
  ];
}
