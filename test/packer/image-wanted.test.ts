/**
 * `apply` of a local environment builds the hub image first when the machine has none: the hub then boots
 * it instead of installing its Python environment and building its notebook images itself under TCG. Only
 * where a hub boots hub images, and never again once one exists (a half-built one does not count).
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { hubImageWanted } from "../../packer/local-build.js";
import { load, variant } from "../support/environments.js";

describe("apply builds the local hub image first", () => {
  const root = mkdtempSync(join(tmpdir(), "hubstack-cache-"));
  const saved = process.env.HUBSTACK_CACHE_DIR;
  beforeAll(() => void (process.env.HUBSTACK_CACHE_DIR = root));
  afterAll(() => {
    if (saved === undefined) delete process.env.HUBSTACK_CACHE_DIR;
    else process.env.HUBSTACK_CACHE_DIR = saved;
    rmSync(root, { recursive: true, force: true });
  });

  it("when a local hub boots hub images and none is there", async () => {
    expect(await hubImageWanted(load("local"))).toMatch(/^no local hub image on this machine yet: building one first/);
    // A build that never finished (no metadata) is no image.
    mkdirSync(join(root, "images", "hubstack-hub-20261208T000000Z"), { recursive: true });
    expect(await hubImageWanted(load("local"))).toBeDefined();
  });

  it("not where the inventory says the hub boots the base image, nor without a hub, nor off target local", async () => {
    expect(await hubImageWanted(variant("local", (e) => void ((e.local as { useHubImage: boolean }).useHubImage = false)))).toBeUndefined();
    expect(await hubImageWanted(variant("local", (e) => {
      for (const h of Object.values(e.hosts)) (h as { roles: string[] }).roles = h.roles.filter((r) => r !== "jupyterhub");
    }))).toBeUndefined();
    expect(await hubImageWanted(load("static-example"))).toBeUndefined();
  });

  it("not once an image is there", async () => {
    writeFileSync(join(root, "images", "hubstack-hub-20261208T000000Z", "metadata.json"), JSON.stringify({ recipeHash: "x", gitCommit: "y", baseImage: "z", buildSeconds: 1 }));
    expect(await hubImageWanted(load("local"))).toBeUndefined();
  });
});
