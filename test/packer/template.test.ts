/**
 * The hub image's Packer template as generated from the shipped environments, checked by the real
 * `packer validate` (Debian's 1.6.6), and what goes into the image (the roles' image() operations).
 */
import { execFileSync, spawnSync } from "node:child_process";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { projectPaths } from "../../terraform/paths.js";
import { openStackPlan } from "../../packer/openstack-build.js";
import { CLEANUP_SCRIPT, PREPARE_SCRIPT, hubHostOf, imageName, imageOperations, provisionCommand, recipeHash } from "../../packer/plan.js";
import { packerFeatures, renderHcl2Json, renderJsonTemplate, type PackerPlan } from "../../packer/template.js";
import { HUB_IMAGE_PROPERTIES, HUB_IMAGE_PROPERTY, HUB_IMAGE_PROPERTY_VALUE } from "../../stacks/image-properties.js";

const PACKER_1_6 = packerFeatures("1.6.6");
const PACKER_1_11 = packerFeatures("1.11.2");
import { load, variant } from "../support/environments.js";
import { requireTools } from "../support/prerequisites.js";

// Named when missing (a machine without Packer met `spawnSync packer ENOENT` here before).
requireTools("packer", "ssh-keygen");

const dir = mkdtempSync(join(tmpdir(), "hubstack-packer-"));
const paths = projectPaths();
// Packer reads the key and the cloud's entry in clouds.yaml while it validates (it contacts no cloud).
execFileSync("ssh-keygen", ["-q", "-t", "ed25519", "-N", "", "-f", join(dir, "id_ed25519")]);
writeFileSync(
  join(dir, "clouds.yaml"),
  "clouds:\n  hubstack:\n    auth:\n      auth_url: http://127.0.0.1:5000/v3\n      username: u\n      password: p\n      project_name: p\n      user_domain_name: Default\n      project_domain_name: Default\n",
);

function validate(file: string, template: unknown): { status: number | null; output: string } {
  writeFileSync(join(dir, file), JSON.stringify(template, null, 2));
  const result = spawnSync("packer", ["validate", file], { cwd: dir, encoding: "utf8", env: { ...process.env, CHECKPOINT_DISABLE: "1" } });
  return { status: result.status, output: `${result.stdout}${result.stderr}` };
}

function localPlan(): PackerPlan {
  // Real files where the qemu builder checks them.
  for (const f of ["base.qcow2", "vmlinuz", "initrd.img", "seed.iso"]) writeFileSync(join(dir, f), "");
  const env = load("local");
  return {
    name: "hub",
    source: {
      kind: "qemu", baseDisk: join(dir, "base.qcow2"), kernel: join(dir, "vmlinuz"), initrd: join(dir, "initrd.img"), cmdline: "root=/dev/vda rw",
      seedIso: join(dir, "seed.iso"), accel: "tcg", cpus: 2, memoryMiB: 2048, diskGiB: 20, outputDir: join(dir, "output"), diskName: "disk.qcow2",
      serialLog: join(dir, "serial.log"),
    },
    sshUser: env.ssh.user,
    privateKeyFile: join(dir, "id_ed25519"),
    provisionCommand: provisionCommand(env, dir),
    prepareScript: PREPARE_SCRIPT,
    cleanupScript: CLEANUP_SCRIPT,
    metadata: { hubstack_recipe: "0123456789abcdef", hubstack_commit: "abc" },
  };
}

describe("the generated template passes packer validate", () => {
  it("qemu source, JSON template (the local build's)", () => {
    const result = validate("local.json", renderJsonTemplate(localPlan(), PACKER_1_6));
    expect(result.output).not.toMatch(/error/i);
    expect(result.status).toBe(0);
  });

  it("qemu source, HCL2 in JSON syntax (without the plugin block 1.6.6 does not know)", () => {
    const result = validate("local.pkr.json", renderHcl2Json(localPlan(), PACKER_1_6));
    expect(result.output).not.toMatch(/error/i);
    expect(result.status).toBe(0);
  });

  it("openstack source of hub-dev: the hub's flavor, the base image, SSH only from the admins, properties", () => {
    // The test's own key: a fresh clone has no keys/ yet (apply creates the deploy key on first use).
    const userData = join(dir, "user-data");
    writeFileSync(userData, "#cloud-config\n");
    const plan = { ...openStackPlan(load("hub-dev"), paths, dir, new Date("2026-11-22T05:30:00Z"), userData), privateKeyFile: join(dir, "id_ed25519") };
    const template = renderJsonTemplate(plan, PACKER_1_6) as { builders: Record<string, unknown>[] };
    expect(template.builders[0]).toMatchObject({
      type: "openstack",
      cloud: "hubstack",
      source_image_name: "Debian 12",
      flavor: "m1.large",
      image_name: "hubstack-hub-20261122T053000Z",
      // Packer 1.6.6 has no temporary security group: the bastion's group (SSH from the admins) instead.
      security_groups: ["hub-dev-bastion"],
      floating_ip_network: "public",
      ssh_keypair_name: "hub-dev",
      // The build server's host key, which hubstack pins (see buildUserData).
      user_data_file: userData,
      metadata: { hubstack_env: "hub-dev", hubstack_recipe: expect.stringMatching(/^[0-9a-f]{16}$/) },
    });
    // The marker the stacks' hub image lookup filters on (stacks/constructs/images.ts): without it no hub boots the image.
    expect((template.builders[0]!.metadata as Record<string, string>)[HUB_IMAGE_PROPERTY]).toBe(HUB_IMAGE_PROPERTY_VALUE);
    expect(HUB_IMAGE_PROPERTIES).toEqual({ hubstack_image: "hub" });
    // Packer decodes every setting (an unknown one fails here, as the next test shows), then logs in to the
    // cloud of clouds.yaml: a loopback address where nothing listens, so getting that far is the proof.
    const result = validate("openstack.json", template);
    expect(result.output).not.toMatch(/unknown configuration key|invalid/i);
    expect(result.output).toMatch(/127\.0\.0\.1:5000.*connection refused/s);
  });

  it("prepares the build VM, provisions it with hubstack, then cleans it, undoing the build's speed-ups", () => {
    const template = renderJsonTemplate(localPlan(), PACKER_1_6) as { provisioners: Array<{ type: string; inline: string[] }> };
    expect(template.provisioners.map((p) => p.type)).toEqual(["shell", "shell-local", "shell"]);
    expect(template.provisioners[0]!.inline[0]).toMatch(/force-unsafe-io > \/etc\/dpkg\/dpkg\.cfg\.d\/hubstack-image-build/);
    expect(template.provisioners[1]!.inline[0]).toMatch(/cli\/main\.ts image provision env=local --build-dir /);
    expect(template.provisioners[2]!.inline[0]).toMatch(/rm -f \/etc\/dpkg\/dpkg\.cfg\.d\/hubstack-image-build/);
  });

  it("a broken template is refused (the check can fail)", () => {
    const template = renderJsonTemplate(localPlan(), PACKER_1_6) as { builders: Record<string, unknown>[] };
    template.builders[0]!.no_such_setting = true;
    const result = validate("broken.json", template);
    expect(result.status).not.toBe(0);
    expect(result.output).toMatch(/no_such_setting/);
  });

  it("declares the qemu and openstack plugins for Packer 1.7 and later", () => {
    expect(renderHcl2Json(localPlan(), PACKER_1_11)).toMatchObject({
      packer: { required_plugins: { qemu: { source: "github.com/hashicorp/qemu" } } },
      build: { sources: ["source.qemu.hub"] },
    });
    expect(["1.6.6", "1.7.0", "v1.11.2", "2.0.0"].map((v) => packerFeatures(v).requiredPlugins)).toEqual([false, true, true, true]);
    // A current Packer gets a temporary security group that allows SSH from the admins' addresses alone.
    const modern = renderHcl2Json(openStackPlan(load("hub-dev"), paths, dir), PACKER_1_11) as { source: { openstack: { hub: Record<string, unknown> } } };
    expect(modern.source.openstack.hub).toMatchObject({ temporary_security_group_source_cidrs: ["198.51.100.0/24"] });
    expect(modern.source.openstack.hub).not.toHaveProperty("security_groups");
    expect(modern.source.openstack.hub.metadata).toMatchObject(HUB_IMAGE_PROPERTIES);
    expect(execFileSync("packer", ["version"], { encoding: "utf8" })).toMatch(/Packer v1\.6\.6/);
  });
});

describe("what the hub image carries", () => {
  const target = (env: ReturnType<typeof load>) => {
    const hub = hubHostOf(env);
    return { name: hub.name, address: "127.0.0.1", user: "debian", privateKeyFile: "/k", roles: hub.roles };
  };

  it("the slow, environment-independent part of each hub role: packages, and the notebook images when asked", () => {
    const env = load("local");
    const ops = Object.fromEntries(imageOperations(env, target(env)).map((r) => [r.role, r.operations.join("\n")]));
    expect(Object.keys(ops)).toEqual(["base", "nfs-client", "docker", "images", "jupyterhub", "proxy-tls"]);
    expect(ops.docker).toMatch(/docker\.io/);
    expect(ops["nfs-client"]).toMatch(/nfs-common/);
    expect(ops.jupyterhub).toMatch(/jupyterhub/);
    expect(ops["proxy-tls"]).toMatch(/caddy/);
    // local.yaml bakes the notebook images (its hub keeps Docker's images on the root disk).
    expect(ops.images).toMatch(/hubstack\/local-base/);
    // No configuration and no secrets: those stay for apply.
    expect(Object.values(ops).join("\n")).not.toMatch(/jupyterhub_config|daemon\.json|Caddyfile|sshd_config|secret/i);
  });

  it("without a request to bake them, or with a data volume that would hide them, no notebook image", () => {
    const plain = variant("local", (e) => { e.hub.bakeNotebookImages = false; });
    const withVolume = variant("local", (e) => { e.hosts.hub!.dataVolumeGiB = 20; });
    for (const env of [plain, withVolume]) {
      const roles = imageOperations(env, target(env)).map((r) => r.role);
      expect(roles).not.toContain("images");
      expect(roles).toContain("docker");
    }
  });

  it("the recipe hash names the content: the same inputs give the same hash, another package another one", () => {
    const env = load("local");
    const ops = imageOperations(env, target(env));
    expect(recipeHash("base1", ops)).toBe(recipeHash("base1", ops));
    expect(recipeHash("base2", ops)).not.toBe(recipeHash("base1", ops));
    const other = variant("local", (e) => { e.hub.images = e.hub.images.map((i) => ({ ...i, steps: [...i.steps, "RUN true"] })); });
    expect(recipeHash("base1", imageOperations(other, target(other)))).not.toBe(recipeHash("base1", ops));
  });

  it("names images hubstack-hub-<UTC timestamp>, which sort by age", () => {
    expect(imageName("hubstack-hub", new Date("2026-11-22T05:30:07.123Z"))).toBe("hubstack-hub-20261122T053007Z");
    expect(imageName("hubstack-hub", new Date("2027-01-01T00:00:00Z")) > imageName("hubstack-hub", new Date("2026-12-31T23:59:59Z"))).toBe(true);
  });
});
