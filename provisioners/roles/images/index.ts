/**
 * images (hub): the notebook image chain of hub.images, built on the hub in dependency order (parents
 * first; a child's FROM names its parent's recipe tag, so a changed parent rebuilds its children). Each
 * image is rebuilt only when its recipe hash differs from the label of its deployed image, tested (its
 * Python imports) and only then tagged `deploy`. When the chain starts from hubstack's offline base, the
 * Debian root file system under it (with the notebook packages) is made on this machine with mmdebstrap
 * (cached by recipe; an image build makes it ahead of its VM) and imported on the hub once.
 */
import type { Operation } from "../../engine/operation.js";
import type { Role } from "../../engine/role.js";
import * as docker from "../../operations/docker.js";
import * as files from "../../operations/files.js";
import { envOf, hasDataVolume } from "../common.js";
import { readLock } from "../../../cache/locks.js";
import { wheelPaths } from "../../../cache/wheels.js";
import { buildRootfsScript, CONTEXT_ROOT, NOTEBOOK_VENV, streamRootfsScript } from "./constants.js";
import { DEPLOY_TAG, IMAGE_PREFIX, LOCAL_BASE_IMAGE, LOCAL_BASE_PACKAGES, imageBuilds, rootfsRef, type ImageBuild } from "./template-vars.js";

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
  // the root disk (a data volume would hide them).
  image(ctx) {
    return envOf(ctx).hub.bakeNotebookImages && !hasDataVolume(ctx) ? this.tasks(ctx) : [];
  },
};

/** The offline base's Debian root file system, made here with mmdebstrap and imported once. */
function localRootfs(): Operation[] {
  const lock = readLock("notebook");
  const ref = rootfsRef(lock);
  const venv = { wheelsDir: wheelPaths(lock).dir, venv: NOTEBOOK_VENV };
  const recipe = { ref, packages: LOCAL_BASE_PACKAGES, changes: ['CMD ["/bin/bash"]'], venv };
  return [docker.importedImage({ ref, script: streamRootfsScript(recipe), prepare: buildRootfsScript(recipe) })];
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
    }),
  ];
}
