/**
 * The notebook image chain: build order, FROM lines, recipe hashes that change exactly when a recipe
 * (or a parent's) changes, refusals; the offline base image's Dockerfile; and its start-notebook.sh
 * run for real as root: hooks sourced, then the server exec'd as the notebook user.
 */
import { chmodSync, chownSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { lockedVersion, readLock } from "../../cache/locks.js";
import { afterAll, describe, expect, it } from "vitest";
import type { Environment } from "../../environment/schema.js";
import { ConfigError } from "../../environment/errors.js";
import { imageBuilds, LOCAL_BASE_IMAGE, NOTEBOOK_TEST } from "../../provisioners/roles/images/template-vars.js";
import { startScriptsVars } from "../../provisioners/roles/start-hooks/template-vars.js";
import { renderTemplate } from "../../templates/index.js";
import { load, run, variant } from "./helpers.js";

type Image = Environment["hub"]["images"][number];
const img = (name: string, from: string, extra: Partial<Image> = {}): Image => ({ name, from, steps: [], imports: [], present: true, ...extra });
const withImages = (images: Image[]) => variant("local", (e) => (e.hub.images = images));

const INSTRUCTIONS = /^(FROM|RUN|CMD|LABEL|EXPOSE|ENV|ADD|COPY|ENTRYPOINT|VOLUME|USER|WORKDIR|ARG|ONBUILD|STOPSIGNAL|HEALTHCHECK|SHELL)\s/;

/** Every instruction line starts with a Dockerfile instruction; continuations follow a trailing backslash. */
function checkDockerfile(text: string): string[] {
  const problems: string[] = [];
  let continued = false;
  text.split("\n").forEach((line, i) => {
    const trimmed = line.trim();
    if (!continued && trimmed && !trimmed.startsWith("#") && !INSTRUCTIONS.test(trimmed)) problems.push(`line ${i + 1}: ${line}`);
    if (!trimmed.startsWith("#") || continued) continued = trimmed.endsWith("\\");
  });
  return problems;
}

describe("the image chain", () => {
  it("env=local's chain: the offline base, then the course image on it", () => {
    const builds = imageBuilds(load("local"));
    expect(builds.map((b) => b.name)).toEqual([LOCAL_BASE_IMAGE, "course"]);
    expect(builds[1]!.dockerfile).toContain(`FROM ${builds[0]!.ref}`);
    expect(builds[1]!.importCheck).toEqual(expect.arrayContaining(["-c", `import json, ipykernel\n${NOTEBOOK_TEST}`]));
  });

  it("without images: only the offline base, from the Debian root file system, its notebook packages from locks/notebook.txt, a jovyan user", () => {
    const builds = imageBuilds(withImages([]));
    expect(builds.map((b) => b.name)).toEqual([LOCAL_BASE_IMAGE]);
    const base = builds[0]!;
    expect(base.ref).toMatch(/^hubstack\/local-base:[0-9a-f]{16}$/);
    expect(base.deployRef).toBe("hubstack/local-base:deploy");
    expect(checkDockerfile(base.dockerfile)).toEqual([]);
    expect(base.dockerfile).toMatch(/^FROM hubstack\/debian-rootfs:bookworm-[0-9a-f]{8}$/m);
    // The packages are in the root file system (made with mmdebstrap, the virtual environment in it): the build installs nothing.
    const lock = readLock("notebook");
    expect(base.dockerfile).toMatch(new RegExp(`holds Debian's python3 python3-venv tini .* in /opt/notebook,\\n# the notebook servers' packages from locks/notebook.txt \\(jupyterhub ${lockedVersion(lock, "jupyterhub")!.replaceAll(".", "\\.")}, jupyterlab `, "s"));
    expect(base.dockerfile).toMatch(/^ {4}PATH=\/opt\/notebook\/bin:\/usr\/local\/sbin:/m);
    expect(base.dockerfile).not.toMatch(/apt-get/);
    expect(base.dockerfile).toMatch(/NB_USER=jovyan \\\n\s+NB_UID=1000 \\\n\s+NB_GID=100/);
    expect(base.dockerfile).toMatch(/^RUN useradd --uid "\$NB_UID" --gid "\$NB_GID"/m);
    expect(base.dockerfile).toMatch(/^COPY start-scripts\.sh \/usr\/local\/bin\/before-notebook\.d\/start-scripts\.sh$/m);
    expect(base.dockerfile).toMatch(/^ENTRYPOINT \["\/usr\/bin\/tini", "-g", "--"\]$/m);
    expect(base.dockerfile).toMatch(/^CMD \["start-notebook\.sh"\]$/m);
    expect(Object.keys(base.context).sort()).toEqual(["start-notebook.sh", "start-scripts.sh"]);
    // Its imports, then a notebook executed by nbclient in a fresh kernel, before it is tagged deploy.
    expect(base.importCheck).toEqual(["--rm", "--user", "1000", "--entrypoint", "python3", "IMAGE", "-c", `import jupyterhub, jupyterlab, notebook, ipykernel, nbclient\n${NOTEBOOK_TEST}`]);
  });

  it("builds parents first whatever the listing order; each FROM names its parent's recipe tag", () => {
    const builds = imageBuilds(
      withImages([
        img("course", "scipy", { steps: ["RUN echo course"], imports: ["json", "os.path"] }),
        img("scipy", "minimal", { steps: ["RUN apt-get update && apt-get install -y python3-scipy"] }),
        img("minimal", "local-base"),
      ]),
    );
    expect(builds.map((b) => b.name)).toEqual(["local-base", "minimal", "scipy", "course"]);
    const [base, minimal, scipy, course] = builds;
    expect(minimal!.from).toBe(base!.ref);
    expect(scipy!.dockerfile).toMatch(new RegExp(`^FROM ${minimal!.ref}$`, "m"));
    expect(course!.parent).toBe("scipy");
    expect(course!.dockerfile).toMatch(/^RUN echo course$/m);
    expect(course!.dockerfile.trimEnd().split("\n").pop()).toBe("USER ${NB_UID:-1000}");
    // On hubstack's base (nbclient, a python3 kernel): its imports and the notebook run, at every level.
    expect(course!.importCheck?.slice(-2)).toEqual(["-c", `import json, os.path\n${NOTEBOOK_TEST}`]);
    for (const b of builds) expect(checkDockerfile(b.dockerfile), b.name).toEqual([]);
  });

  it("recipe hashes: stable, and a change reaches exactly the image and everything below it", () => {
    const chain = (minimalSteps: string[], courseSteps: string[]) =>
      imageBuilds(withImages([img("minimal", "local-base", { steps: minimalSteps }), img("scipy", "minimal"), img("course", "scipy", { steps: courseSteps }), img("other", "local-base")]));
    const hashes = (b: ReturnType<typeof chain>) => Object.fromEntries(b.map((x) => [x.name, x.recipeHash]));
    const a = hashes(chain([], []));
    expect(hashes(chain([], []))).toEqual(a);
    const leaf = hashes(chain([], ["RUN true"]));
    expect(Object.keys(a).filter((k) => a[k] !== leaf[k])).toEqual(["course"]);
    const mid = hashes(chain(["RUN true"], []));
    expect(Object.keys(a).filter((k) => a[k] !== mid[k]).sort()).toEqual(["course", "minimal", "scipy"]);
    // The start hooks' runner is in every image: changing it rebuilds everything.
    const hooks = imageBuilds(variant("local", (e) => {
      e.hub.images = [img("minimal", "local-base"), img("scipy", "minimal"), img("course", "scipy"), img("other", "local-base")];
      e.hub.startHooks.timeoutSeconds = 42;
    }));
    expect(hooks.every((b) => b.recipeHash !== a[b.name])).toBe(true);
  });

  it("online chains start from an image reference and need no local base", () => {
    const builds = imageBuilds(withImages([img("scipy", "quay.io/jupyter/scipy-notebook:2024-05-27"), img("course", "scipy")]));
    expect(builds.map((b) => b.name)).toEqual(["scipy", "course"]);
    expect(builds[0]!.dockerfile).toMatch(/^FROM quay\.io\/jupyter\/scipy-notebook:2024-05-27$/m);
    expect(builds[0]!.parent).toBeNull();
  });

  it("images marked absent are not built", () => {
    const builds = imageBuilds(withImages([img("minimal", "local-base"), img("old", "minimal", { present: false })]));
    expect(builds.map((b) => b.name)).toEqual(["local-base", "minimal"]);
  });

  it("refuses unknown parents, absent parents, cycles, FROM steps, bad module names, reserved and duplicate names", () => {
    const problems = (images: Image[]) => {
      try {
        imageBuilds(withImages(images));
      } catch (err) {
        expect(err).toBeInstanceOf(ConfigError);
        return (err as Error).message;
      }
      throw new Error("expected a refusal");
    };
    expect(problems([img("a", "scipy")])).toMatch(/hub\.images\[0\]\.from: "scipy" is neither an image of hub\.images/);
    expect(problems([img("a", "local-base", { present: false }), img("b", "a")])).toMatch(/hub\.images\[1\]\.from: "a" is marked present: false/);
    expect(problems([img("a", "b"), img("b", "a")])).toMatch(/hub\.images: a -> b -> a is a cycle/);
    expect(problems([img("a", "local-base", { steps: ["from debian"] })])).toMatch(/steps\[0\]: FROM is written by hubstack/);
    expect(problems([img("a", "local-base", { imports: ["os; import shutil"] })])).toMatch(/imports\[0\]: "os; import shutil" is not a Python module name/);
    expect(problems([img("local-base", "quay.io/x:y")])).toMatch(/"local-base" is the name of hubstack's own base image/);
    expect(problems([img("a", "local-base"), img("a", "local-base")])).toMatch(/hub\.images\[1\]\.name: "a" is listed twice/);
  });
});

describe.skipIf(process.getuid?.() !== 0)("start-notebook.sh, run as root the way a container starts", () => {
  const root = mkdtempSync(join(tmpdir(), "hubstack-start-"));
  afterAll(() => rmSync(root, { recursive: true, force: true }));

  it("sources the before-notebook hooks as root, then execs the single-user server as NB_USER with its arguments", () => {
    chmodSync(root, 0o755);
    const hooksDir = join(root, "before-notebook.d");
    const admin = join(root, "admin");
    mkdirSync(hooksDir);
    for (const [dir, mode] of [[admin, 0o755], [join(admin, "start"), 0o755], [join(admin, "logs"), 0o750]] as const) {
      mkdirSync(dir);
      chownSync(dir, 2000, 2000);
      chmodSync(dir, mode);
    }
    writeFileSync(join(admin, "start", "as-root.sh"), `echo "as-root ran as $(id -u)"; touch '${root}/as-root-ran'\n`);
    chmodSync(join(admin, "start", "as-root.sh"), 0o700);
    // The runner exactly as images carry it, with its paths in this temporary root.
    const vars = { ...startScriptsVars(load("local")), startDir: join(admin, "start"), logDir: join(admin, "logs") };
    writeFileSync(join(hooksDir, "start-scripts.sh"), renderTemplate("start-hooks/start-scripts.sh.hbs", vars));
    // A non-.sh hook that is not executable is ignored; a failing .sh would stop a docker-stacks start (set -e): ours never fails.
    writeFileSync(join(hooksDir, "README"), "not a hook\n");
    const start = join(root, "start-notebook.sh");
    writeFileSync(start, renderTemplate("images/start-notebook.sh.hbs", { nbUser: "jovyan", beforeNotebookDir: hooksDir }));
    chmodSync(start, 0o755);
    // The "server": prints who runs it and with what.
    const bin = join(root, "bin");
    mkdirSync(bin);
    writeFileSync(join(bin, "jupyterhub-singleuser"), '#!/bin/sh\necho "server uid=$(id -u) user=$USER home=$HOME args=$*"\n');
    chmodSync(join(bin, "jupyterhub-singleuser"), 0o755);

    const r = run("bash", [start, "--ip=0.0.0.0", "--port=8888"], {
      env: { PATH: `${bin}:/usr/sbin:/usr/bin:/sbin:/bin`, NB_USER: "nobody", JUPYTERHUB_USER: "alice", JUPYTERHUB_API_TOKEN: "t" },
    });
    expect(r.status, r.out).toBe(0);
    expect(r.stdout).toMatch(/^server uid=65534 user=nobody home=\/nonexistent args=--ip=0\.0\.0\.0 --port=8888$/m);
    expect(r.stderr).toMatch(/sourcing .*start-scripts\.sh/);
    expect(r.stderr).toMatch(/ignoring .*README \(not executable\)/);
    expect(run("cat", [join(admin, "logs", "alice-as-root.log")]).stdout).toMatch(/as-root ran as 0/);
  });
});
