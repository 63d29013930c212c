/**
 * Template variables of the images role: the notebook image chain of hub.images, as Dockerfiles with
 * their build contexts, in build order.
 *
 * Each image is tagged twice: hubstack/<name>:<recipe hash> (what was built from exactly this recipe:
 * when that tag exists, nothing is rebuilt) and hubstack/<name>:deploy (what the spawner starts). The
 * recipe hash covers the Dockerfile and every file of the context; a child's FROM names its parent's
 * recipe tag, so a changed parent changes every image below it.
 *
 * `from` in the inventory is another image of the list, "local-base" (the offline base notebook image
 * built here from a Debian root file system, see images/local-base.Dockerfile.hbs), or an image
 * reference such as quay.io/jupyter/minimal-notebook:2024-05-27 (online users).
 */
import { createHash } from "node:crypto";
import type { Environment } from "../../../environment/schema.js";
import { ConfigError } from "../../../environment/errors.js";
import { renderTemplate } from "../../../templates/index.js";
import { BEFORE_NOTEBOOK_DIR, renderStartScripts } from "../start-hooks/template-vars.js";
import { lockedVersion, readLock, type Lock } from "../../../cache/locks.js";
import { NOTEBOOK_VENV, ROOTFS_DPKG_OPTIONS, ROOTFS_SUITE, venvHooks } from "./constants.js";

/** The offline base notebook image: its name in the chain, and the value of `from` that means it. */
export const LOCAL_BASE_IMAGE = "local-base";
/** The Debian root file system (mmdebstrap, with LOCAL_BASE_PACKAGES) imported with `docker import` under this name. */
export const DEBIAN_ROOTFS_IMAGE = "hubstack/debian-rootfs";
export const IMAGE_PREFIX = "hubstack";
export const DEPLOY_TAG = "deploy";
/** docker-stacks' notebook user: same name and ids, so that images of either kind share NFS homes. */
export const NB_USER = "jovyan";
export const NB_UID = 1000;
export const NB_GID = 100;
/**
 * Debian packages of the local base image: Python (the notebook servers' virtual environment, from
 * locks/notebook.txt, is made on it), tini, and what the start script uses (setpriv, getent, ps).
 */
export const LOCAL_BASE_PACKAGES = ["python3", "python3-venv", "tini", "ca-certificates", "util-linux", "procps"] as const;

/**
 * The root file system's reference: its tag names the release and hashes its recipe (packages, dpkg options,
 * the notebook lock and how it is installed), so another recipe makes another image.
 */
export function rootfsRef(lock: Lock = readLock("notebook")): string {
  return `${DEBIAN_ROOTFS_IMAGE}:${ROOTFS_SUITE}-${hash([...LOCAL_BASE_PACKAGES, ...ROOTFS_DPKG_OPTIONS, lock.hash, ...venvHooks({ wheelsDir: "", venv: NOTEBOOK_VENV })]).slice(0, 8)}`;
}

export interface ImageBuild {
  name: string;
  /** hubstack/<name>:<recipe hash> */
  ref: string;
  /** hubstack/<name>:deploy */
  deployRef: string;
  /** The FROM reference. */
  from: string;
  /** The image of this chain it is built on, or null. */
  parent: string | null;
  recipeHash: string;
  dockerfile: string;
  /** Files of the build context besides the Dockerfile, by name. */
  context: Record<string, string>;
  /** Python modules that must import inside the image. */
  imports: string[];
  /** On hubstack's own base (nbclient and a python3 kernel are there): its test runs a notebook too. */
  runsNotebook: boolean;
  /** docker run argv that checks the image (`imports`, and a notebook run on hubstack's own chain); null when there is nothing to check. */
  importCheck: string[] | null;
}

export interface DockerfileVars {
  name: string;
  from: string;
  steps: string[];
  beforeNotebookDir: string;
}

export interface LocalBaseDockerfileVars {
  from: string;
  packages: string[];
  venv: string;
  /** What the virtual environment holds (from the lock), for the header. */
  pythonPackages: string[];
  nbUser: string;
  nbUid: number;
  nbGid: number;
  beforeNotebookDir: string;
}

const PY_MODULE = /^[A-Za-z_][A-Za-z0-9_]*(\.[A-Za-z_][A-Za-z0-9_]*)*$/;
/** Looks like an image reference (a registry, a namespace or a tag), not a bare name of this list. */
const isReference = (from: string) => /[/:@]/.test(from);

const hash = (parts: string[]) => {
  const h = createHash("sha256");
  for (const p of parts) h.update(`${Buffer.byteLength(p)}:${p}`);
  return h.digest("hex").slice(0, 16);
};

/**
 * A notebook run to the end by nbclient in a fresh kernel: what a student does first, checked before an image
 * is tagged deploy. The kernel's output must be the expected value, or the check fails.
 */
export const NOTEBOOK_TEST = [
  "import nbformat, nbclient",
  "nb = nbformat.v4.new_notebook(cells=[nbformat.v4.new_code_cell('print(6 * 7)')])",
  "nbclient.NotebookClient(nb, kernel_name='python3', timeout=300, startup_timeout=300).execute()",
  "out = nb.cells[0].outputs[0].get('text', '').strip()",
  "assert out == '42', f'the notebook printed {out!r}, not 42'",
].join("\n");

/** docker run argv after the options that checks an image: its imports, then (hubstack's chain) a notebook run. */
function imageTest(imports: string[], runsNotebook: boolean): string[] | null {
  const code = [...(imports.length ? [`import ${imports.join(", ")}`] : []), ...(runsNotebook ? [NOTEBOOK_TEST] : [])].join("\n");
  return code ? ["--rm", "--user", String(NB_UID), "--entrypoint", "python3", "IMAGE", "-c", code] : null;
}

function build(name: string, from: string, parent: string | null, dockerfile: string, context: Record<string, string>, imports: string[], runsNotebook = false): ImageBuild {
  const recipeHash = hash([dockerfile, ...Object.keys(context).sort().flatMap((k) => [k, context[k]!])]);
  return {
    name,
    ref: `${IMAGE_PREFIX}/${name}:${recipeHash}`,
    deployRef: `${IMAGE_PREFIX}/${name}:${DEPLOY_TAG}`,
    from,
    parent,
    recipeHash,
    dockerfile,
    context,
    imports,
    runsNotebook,
    importCheck: imageTest(imports, runsNotebook),
  };
}

/** The local base image's build. */
export function localBaseBuild(env: Environment): ImageBuild {
  const vars: LocalBaseDockerfileVars = {
    from: rootfsRef(),
    packages: [...LOCAL_BASE_PACKAGES],
    venv: NOTEBOOK_VENV,
    pythonPackages: ["jupyterhub", "jupyterlab", "notebook", "ipykernel", "nbclient"].map((p) => `${p} ${lockedVersion(readLock("notebook"), p) ?? "?"}`),
    nbUser: NB_USER,
    nbUid: NB_UID,
    nbGid: NB_GID,
    beforeNotebookDir: BEFORE_NOTEBOOK_DIR,
  };
  const context = {
    "start-notebook.sh": renderTemplate("images/start-notebook.sh.hbs", { nbUser: NB_USER, beforeNotebookDir: BEFORE_NOTEBOOK_DIR }),
    "start-scripts.sh": renderStartScripts(env),
  };
  return build(LOCAL_BASE_IMAGE, rootfsRef(), null, renderTemplate("images/local-base.Dockerfile.hbs", vars), context, ["jupyterhub", "jupyterlab", "notebook", "ipykernel", "nbclient"], true);
}

/** Every image to build, parents first. The local base comes first when anything needs it (or nothing else is listed). */
export function imageBuilds(env: Environment): ImageBuild[] {
  const listed = env.hub.images;
  const problems: string[] = [];
  const byName = new Map<string, (typeof listed)[number]>();
  listed.forEach((img, i) => {
    if (img.name === LOCAL_BASE_IMAGE) problems.push(`hub.images[${i}].name: "${LOCAL_BASE_IMAGE}" is the name of hubstack's own base image; choose another`);
    else if (byName.has(img.name)) problems.push(`hub.images[${i}].name: "${img.name}" is listed twice`);
    else byName.set(img.name, img);
    img.steps.forEach((step, j) => {
      if (/^\s*FROM\b/i.test(step)) problems.push(`hub.images[${i}].steps[${j}]: FROM is written by hubstack from "from"; remove this step`);
    });
    img.imports.forEach((mod, j) => {
      if (!PY_MODULE.test(mod)) problems.push(`hub.images[${i}].imports[${j}]: "${mod}" is not a Python module name`);
    });
  });
  const present = listed.filter((img) => img.present);
  for (const img of present) {
    const i = listed.indexOf(img);
    if (img.from === LOCAL_BASE_IMAGE || isReference(img.from)) continue;
    const parent = byName.get(img.from);
    if (!parent) problems.push(`hub.images[${i}].from: "${img.from}" is neither an image of hub.images, nor "${LOCAL_BASE_IMAGE}", nor an image reference such as quay.io/jupyter/minimal-notebook:latest`);
    else if (!parent.present) problems.push(`hub.images[${i}].from: "${img.from}" is marked present: false, but ${img.name} is built on it`);
  }
  if (problems.length) throw new ConfigError(problems);

  // Depth-first, parents first; a cycle is an error naming it.
  const order: (typeof listed)[number][] = [];
  const state = new Map<string, "visiting" | "done">();
  const visit = (img: (typeof listed)[number], path: string[]) => {
    if (state.get(img.name) === "done") return;
    if (state.get(img.name) === "visiting") throw new ConfigError([`hub.images: ${[...path, img.name].join(" -> ")} is a cycle`]);
    state.set(img.name, "visiting");
    const parent = byName.get(img.from);
    if (parent && !isReference(img.from)) visit(parent, [...path, img.name]);
    state.set(img.name, "done");
    order.push(img);
  };
  present.forEach((img) => visit(img, []));

  const builds: ImageBuild[] = [];
  const built = new Map<string, ImageBuild>();
  const needsBase = order.length === 0 || order.some((img) => img.from === LOCAL_BASE_IMAGE);
  if (needsBase) {
    const base = localBaseBuild(env);
    builds.push(base);
    built.set(LOCAL_BASE_IMAGE, base);
  }
  const startScripts = renderStartScripts(env);
  for (const img of order) {
    const parent = isReference(img.from) ? undefined : built.get(img.from);
    const from = parent ? parent.ref : img.from;
    const vars: DockerfileVars = { name: img.name, from, steps: img.steps, beforeNotebookDir: BEFORE_NOTEBOOK_DIR };
    // Images on hubstack's base have nbclient and a python3 kernel: they run the notebook test too.
    const b = build(img.name, from, parent ? parent.name : null, renderTemplate("images/Dockerfile.hbs", vars), { "start-scripts.sh": startScripts }, img.imports, parent?.runsNotebook ?? false);
    builds.push(b);
    built.set(img.name, b);
  }
  return builds;
}
