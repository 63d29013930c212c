/**
 * The hub's package layer: what the hub's image operations install, read from the operations themselves, and
 * the recipe that makes it with mmdebstrap. The layer is built for real by the image build in the e2e (its
 * roles then find their packages and the hub's environment in place); here, what goes in and what stays out.
 */
import { describe, expect, it } from "vitest";
import { BASE_PACKAGES, CUSTOMIZE_SCRIPT, recipeHash, withPackages, type BaseImageRecipe } from "../../local/base-image.js";
import { localStackInput } from "../../local/environment.js";
import { parseSpec } from "../../local/local-env.js";
import { hostLayerPackages, layerContent, layerRecipe } from "../../packer/layer.js";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { hubTarget, imageTasks } from "../../packer/plan.js";
import { preparationOf } from "../../provisioners/operations/docker.js";
import { readLock } from "../../cache/locks.js";
import { cacheRoot } from "../../local/paths.js";
import { load, variant } from "../support/environments.js";

const base: BaseImageRecipe = {
  version: 1,
  suite: "bookworm",
  sources: ["deb http://deb.debian.org/debian bookworm main"],
  packages: [...BASE_PACKAGES],
  aptOptions: [],
  sizeGiB: 4,
  customize: CUSTOMIZE_SCRIPT,
  cmdline: "root=/dev/vda",
};

describe("the hub's package layer", () => {
  it("env=local: the Debian packages of the hub's roles beyond the base image's, and the hub's environment from its lock", () => {
    const env = load("local");
    const content = layerContent(env, hubTarget(env, "/nonexistent"), BASE_PACKAGES);
    expect(content.packages).toEqual(["apparmor", "caddy", "docker.io", "nfs-common", "nodejs", "python3-venv"]);
    // The base image has these already: not listed twice.
    for (const p of ["nftables", "openssh-server", "sudo"]) expect(content.packages).not.toContain(p);
    expect(content.venvs.map((v) => [v.venv, v.lock.name, v.lock.hash])).toEqual([["/opt/jupyterhub", "hub", readLock("hub").hash]]);
  });

  it("packages a role installs after adding an apt source (Docker's repository) stay out; the ones before it go in", () => {
    const env = variant("local", (e) => ((e as unknown as { docker: { source: string } }).docker = { source: "docker" }));
    const content = layerContent(env, hubTarget(env, "/nonexistent"), BASE_PACKAGES);
    expect(content.packages).not.toContain("docker-ce");
    expect(content.packages).not.toContain("docker.io");
    expect(content.packages).toEqual(expect.arrayContaining(["gpg", "nfs-common", "caddy"]));
  });

  it("the recipe: the base's packages and then the layer's; the environment made by the customize script with the host's own install arguments and marker", () => {
    const env = load("local");
    const content = layerContent(env, hubTarget(env, "/nonexistent"), BASE_PACKAGES);
    const recipe = layerRecipe(base, content);
    expect(recipe.packages).toEqual([...BASE_PACKAGES, ...content.packages]);
    expect(recipe.customize.startsWith(CUSTOMIZE_SCRIPT.trimEnd())).toBe(true);
    const lock = readLock("hub");
    expect(recipe.customize).toContain(`install -m 0644 "$HUBSTACK_WHEELS/hub-${lock.hash}.tar" "$1/var/cache/hubstack/wheels/hub-${lock.hash}.tar"`);
    expect(recipe.customize).toMatch(/chroot "\$1" env -i [^\n]* \/opt\/jupyterhub\/bin\/pip install [^\n]*--no-index[^\n]*--require-hashes/);
    expect(recipe.customize).toContain(`echo ${lock.hash} > "$1/opt/jupyterhub/.hubstack-lock"`);
    // No path of this machine in the recipe: its hash names the layer the same everywhere.
    expect(recipe.customize).not.toContain(cacheRoot());
    // A changed lock is another layer; no content is the base itself.
    expect(recipeHash(layerRecipe(base, { ...content, venvs: [{ ...content.venvs[0]!, lock: { ...lock, hash: "0".repeat(16) } }] }))).not.toBe(recipeHash(recipe));
    expect(layerRecipe(base, { packages: [], venvs: [] })).toBe(base);
  });
});

describe("every local VM's package layer", () => {
  it("env=local: per host, the Debian packages of its roles beyond the base image's", () => {
    const packages = hostLayerPackages(load("local"));
    expect(packages).toEqual({
      bastion: ["cryptsetup", "git", "rsync"],
      hub: ["apparmor", "caddy", "docker.io", "nfs-common", "nodejs", "python3-venv"],
      nfs: ["nfs-kernel-server"],
    });
    // The inventory's bastion tools are the bastion role's packages: they follow it.
    const more = hostLayerPackages(variant("local", (e) => ((e as unknown as { bastion: { tools: string[] } }).bastion.tools = ["git", "rsync", "tmux"])));
    expect(more.bastion).toContain("tmux");
  });

  it("the VM spec carries them, except for a VM that boots the hub image; a bad name is refused by the spec", async () => {
    const work = mkdtempSync(join(tmpdir(), "hubstack-layer-"));
    try {
      const env = load("local");
      const input = await localStackInput({ ...env, local: { ...env.local, useHubImage: false } }, join(work, "state"), join(work, "key"), hostLayerPackages(env));
      const spec = parseSpec(JSON.parse(input.spec));
      expect(Object.fromEntries(spec.vms.map((v) => [v.name, v.packages]))).toEqual({
        bastion: ["cryptsetup", "git", "rsync"],
        hub: ["apparmor", "caddy", "docker.io", "nfs-common", "nodejs", "python3-venv"],
        nfs: ["nfs-kernel-server"],
      });
      // What the command line says before the plan (a changed list replaces the VM).
      expect(input.layers).toEqual(Object.fromEntries(spec.vms.map((v) => [v.name, v.packages])));
      expect(() => parseSpec({ ...JSON.parse(input.spec), vms: [{ name: "x", address: 20, packages: ["ok", "--option=evil"] }] })).toThrow(/vms\.0\.packages\.1: a Debian package name/);
    } finally {
      rmSync(work, { recursive: true, force: true });
    }
  });

  it("a layer's recipe is the base's plus the packages, sorted and once; none beyond the base's is the base itself", () => {
    const layer = withPackages(base, ["rsync", "git", "git", "sudo"]);
    expect(layer.packages).toEqual([...BASE_PACKAGES, "git", "rsync"]);
    expect(layer.customize).toBe(base.customize);
    expect(recipeHash(withPackages(base, ["git", "rsync"]))).toBe(recipeHash(layer));
    expect(recipeHash(layer)).not.toBe(recipeHash(base));
    expect(withPackages(base, ["sudo"])).toBe(base);
    expect(() => withPackages(base, ["git; rm -rf /"])).toThrow(/not a Debian package name/);
  });
});

describe("the notebook root file system, made ahead", () => {
  it("the import operation declares its preparation (mmdebstrap into this machine's cache, by recipe); the import itself streams the cached tar", () => {
    const env = load("local");
    const ops = imageTasks(env, hubTarget(env, "/nonexistent")).flatMap((t) => t.ops);
    const prepared = ops.map((op) => [op.name, preparationOf(op)] as const).filter(([, p]) => p !== undefined);
    expect(prepared.map(([name]) => name)).toEqual([expect.stringMatching(/^docker\.import hubstack\/debian-rootfs:bookworm-[0-9a-f]{8}$/)]);
    const prepare = prepared[0]![1]!;
    expect(prepare).toMatch(/hs_tar="\$hs_cache\/[0-9a-f]{16}\.tar"/);
    expect(prepare).toContain('if [ ! -s "$hs_tar" ]; then');
    expect(prepare).toMatch(/mmdebstrap --quiet --variant=minbase --format=tar .* "\$hs_tar\.\$\$\.part"/);
    expect(prepare).toContain('mv "$hs_tar.$$.part" "$hs_tar"');
    // No path of this machine decides where the cache is: the script finds it as cacheRoot() does.
    expect(prepare).toContain('hs_cache="${HUBSTACK_CACHE_DIR:-${XDG_CACHE_HOME:-$HOME/.cache}/hubstack}/rootfs"');
    // Every other operation declares none; a preparation is only ever run ahead, never instead.
    expect(ops.filter((op) => preparationOf(op) === undefined).length).toBe(ops.length - 1);
  });
});
