/** The pure parts of the local environment: names, addresses, apt sources, specs. No VMs, no root. */
import { mkdir, mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { withLock } from "../../local/lock.js";
import { debianMirrors, parseDeb822, parseSourcesList } from "../../local/host-apt.js";
import { aptCacheConfig } from "../../local/apt-cache.js";
import { baseImageName, CUSTOMIZE_SCRIPT, pruneBaseImages, type BaseImageRecipe } from "../../local/base-image.js";
import { spawn } from "node:child_process";
import { parseSpec } from "../../local/local-env.js";
import {
  addressInCidr,
  bridgeName,
  chooseSubnet,
  cidrsOverlap,
  nftTableName,
  nthAddress,
  tapName,
} from "../../local/network.js";
import { macAddress, qemuArgs, qemuMarker } from "../../local/qemu-args.js";
import { networkConfig } from "../../local/vm-seed.js";

describe("names", () => {
  it("derives interface names that fit in 15 characters and differ per env and VM", () => {
    expect(bridgeName("local")).toBe("hs-local");
    for (const env of ["local", "hub-ci-3f9a2b7c", "a-very-long-environment-name", "Weird_Name"]) {
      expect(bridgeName(env).length).toBeLessThanOrEqual(15);
      expect(tapName(env, "nfs-server-with-long-name").length).toBeLessThanOrEqual(15);
      expect(bridgeName(env)).toMatch(/^[a-z0-9-]+$/);
    }
    expect(bridgeName("hub-ci-aaaaaa1")).not.toBe(bridgeName("hub-ci-aaaaaa2"));
    expect(tapName("local", "hub")).not.toBe(tapName("local", "nfs"));
    expect(tapName("a", "hub")).not.toBe(tapName("b", "hub"));
    expect(nftTableName("hub-ci-1")).toMatch(/^hubstack_hub_ci_1_[0-9a-f]{4}$/);
  });

  it("marks qemu with a marker that does not match a prefix of another env or VM", () => {
    expect(qemuMarker("a", "hub")).toBe("guest=hubstack/a/hub,");
    expect(qemuMarker("ab", "hub").includes(qemuMarker("a", "hub"))).toBe(false);
    expect(qemuMarker("a", "hub2").includes(qemuMarker("a", "hub"))).toBe(false);
  });

  it("gives stable, locally administered MACs", () => {
    expect(macAddress("local", "hub")).toBe(macAddress("local", "hub"));
    expect(macAddress("local", "hub")).toMatch(/^52:54:00(:[0-9a-f]{2}){3}$/);
    expect(macAddress("local", "hub")).not.toBe(macAddress("local", "nfs"));
  });
});

describe("addresses", () => {
  it("does IPv4 subnet arithmetic", () => {
    expect(nthAddress("10.70.0.0/24", 1)).toBe("10.70.0.1");
    expect(nthAddress("10.70.0.0/24", 11)).toBe("10.70.0.11");
    expect(() => nthAddress("10.70.0.0/24", 255)).toThrow();
    expect(cidrsOverlap("10.0.0.0/8", "10.70.0.0/24")).toBe(true);
    expect(cidrsOverlap("10.70.1.0/24", "10.70.0.0/24")).toBe(false);
    expect(addressInCidr("10.70.0.12", "10.70.0.0/24")).toBe(true);
    expect(addressInCidr("10.71.0.12", "10.70.0.0/24")).toBe(false);
  });

  it("chooses a subnet that clashes with none of the host's routes, stable per env", async () => {
    const first = await chooseSubnet("local", []);
    expect(await chooseSubnet("local", [])).toBe(first);
    const next = await chooseSubnet("local", [first]);
    expect(next).not.toBe(first);
    // A host that routes all of 10/8 (a VPN) gets a subnet elsewhere.
    expect(await chooseSubnet("local", ["10.0.0.0/8"])).toMatch(/^(172\.30|192\.168)\./);
  });
});

describe("host apt sources", () => {
  it("reads deb822 and one-line sources and picks the Debian and security mirrors", () => {
    const deb822 = parseDeb822(
      [
        "Types: deb",
        "URIs: http://mirror.example/debian/",
        "Suites: bookworm bookworm-updates",
        "Components: main",
        "",
        "Types: deb-src",
        "URIs: http://src.example/debian",
        "Suites: bookworm",
        "Components: main",
        "",
        "Types: deb",
        "URIs: http://mirror.example/debian-security",
        "Suites: bookworm-security",
        "Components: main",
      ].join("\n"),
    );
    expect(deb822.map((s) => s.uri)).toEqual(["http://mirror.example/debian", "http://mirror.example/debian-security"]);
    expect(debianMirrors(deb822)).toEqual({
      debian: "http://mirror.example/debian",
      security: "http://mirror.example/debian-security",
    });
    const list = parseSourcesList("deb [arch=amd64] http://ftp.de.debian.org/debian bookworm main\n# deb http://x/ y z\n");
    expect(list).toEqual([{ uri: "http://ftp.de.debian.org/debian", suites: ["bookworm"], components: ["main"] }]);
    expect(debianMirrors([]).debian).toBe("http://deb.debian.org/debian");
  });

  it("points apt-cacher-ng's Debian backends at the host's mirrors", () => {
    const conf = aptCacheConfig({
      stateDir: "/state/apt-cacher-ng",
      bindAddress: "10.70.0.1",
      port: 3149,
      cacheDir: "/cache/acng",
      mirrors: { debian: "http://mirror.example/debian", security: "http://mirror.example/debian-security" },
    });
    expect(conf).toMatch(/^BindAddress: 10\.70\.0\.1$/m);
    expect(conf).toMatch(/^Remap-debrep: .* mirror\.example\/debian ; http:\/\/mirror\.example\/debian\/$/m);
    expect(conf).toMatch(/^Remap-secdeb: .* ; http:\/\/mirror\.example\/debian-security\/$/m);
  });
});

describe("images and VMs", () => {
  const recipe: BaseImageRecipe = {
    version: 1,
    suite: "bookworm",
    sources: ["deb http://deb.debian.org/debian bookworm main"],
    packages: ["systemd"],
    aptOptions: [],
    sizeGiB: 4,
    customize: CUSTOMIZE_SCRIPT,
    cmdline: "root=/dev/vda",
  };

  it("names the cached image by a hash of its whole recipe", () => {
    expect(baseImageName(recipe)).toMatch(/^debian-12-[0-9a-f]{12}$/);
    expect(baseImageName({ ...recipe })).toBe(baseImageName(recipe));
    expect(baseImageName({ ...recipe, packages: ["systemd", "vim"] })).not.toBe(baseImageName(recipe));
    expect(baseImageName({ ...recipe, sources: ["deb http://other/debian bookworm main"] })).not.toBe(baseImageName(recipe));
  });

  it("writes a static network config without a default route", () => {
    const config = JSON.parse(networkConfig("52:54:00:01:02:03", "10.70.0.11", 24)) as {
      ethernets: { eth0: { addresses: string[]; match: { macaddress: string }; gateway4?: string; routes?: unknown } };
    };
    expect(config.ethernets.eth0.addresses).toEqual(["10.70.0.11/24"]);
    expect(config.ethernets.eth0.match.macaddress).toBe("52:54:00:01:02:03");
    expect(config.ethernets.eth0.gateway4).toBeUndefined();
    expect(config.ethernets.eth0.routes).toBeUndefined();
  });

  it("boots qemu with TCG where asked, with disks in a fixed order", () => {
    const args = qemuArgs({
      env: "local", name: "hub", accel: "tcg", vcpus: 2, memoryMiB: 2048,
      image: { disk: "/i/disk.qcow2", kernel: "/i/vmlinuz", initrd: "/i/initrd.img", cmdline: "root=/dev/vda" },
      overlay: "/s/overlay.qcow2", data: "/s/data.qcow2", seed: "/s/seed.iso", tap: "ht-hub-1234",
      mac: "52:54:00:01:02:03", serial: "/s/serial.log", pidFile: "/s/qemu.pid",
    });
    const joined = args.join(" ");
    expect(joined).toContain("-accel tcg");
    expect(joined).toContain("-cpu max");
    expect(joined).toContain("-daemonize");
    const devices = args.filter((a) => a.startsWith("virtio-blk-pci"));
    expect(devices).toEqual([
      "virtio-blk-pci,drive=root,serial=hs-root",
      "virtio-blk-pci,drive=data,serial=hs-data",
      "virtio-blk-pci,drive=seed,serial=hs-seed",
    ]);
    expect(qemuArgs({
      env: "local", name: "hub", accel: "kvm", vcpus: 1, memoryMiB: 512,
      image: { disk: "d", kernel: "k", initrd: "i", cmdline: "c" },
      overlay: "o", seed: "s", tap: "t", mac: "m", serial: "l", pidFile: "p",
    }).join(" ")).toContain("-accel kvm -cpu host");
  });
});

describe("spec", () => {
  it("fills defaults and refuses mistakes with the path of the field", () => {
    const spec = parseSpec({ env: "local", stateDir: "/tmp/x", ssh: { privateKeyPath: "/k" }, vms: [{ name: "hub", address: 11 }] });
    expect(spec.aptCache.port).toBe(3149);
    expect(spec.ssh.user).toBe("debian");
    expect(spec.accel).toBe("auto");
    expect(() => parseSpec({ env: "Local!", stateDir: "/x", ssh: { privateKeyPath: "/k" } })).toThrow(/env/);
    expect(() =>
      parseSpec({ env: "local", stateDir: "/x", ssh: { privateKeyPath: "/k" }, vms: [{ name: "a", address: 10 }, { name: "a", address: 11 }] }),
    ).toThrow(/twice/);
    expect(() => parseSpec({ env: "local", stateDir: "/x", ssh: { privateKeyPath: "/k" }, vms: [{ name: "a", address: "10.0.0.300" }] })).toThrow(/vms\.0\.address/);
  });
});

describe("lock", () => {
  it("serializes holders and takes over a lock whose owner is gone", async () => {
    const dir = await mkdtemp(join(tmpdir(), "hubstack-lock-test-"));
    try {
      const path = join(dir, "build.lock");
      const order: string[] = [];
      const holder = (name: string) =>
        withLock(path, async () => {
          order.push(`${name} in`);
          await new Promise((r) => setTimeout(r, 300));
          order.push(`${name} out`);
        });
      await Promise.all([holder("a"), holder("b")]);
      expect(order).toEqual(order[0] === "a in" ? ["a in", "a out", "b in", "b out"] : ["b in", "b out", "a in", "a out"]);

      // A lock left by a dead process (PID far above pid_max) is taken over, not waited for.
      await mkdir(path);
      await writeFile(join(path, "owner"), "999999999\n");
      const started = Date.now();
      expect(await withLock(path, async () => "got it", { timeoutMs: 5000 })).toBe("got it");
      expect(Date.now() - started).toBeLessThan(3000);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });
});

describe("pruning cached images", () => {
  it("removes the images not kept, but never one a running VM boots", async () => {
    const root = await mkdtemp(join(tmpdir(), "hubstack-prune-"));
    const images = join(root, "images");
    const names = ["debian-12-aaaaaaaaaaaa", "debian-12-bbbbbbbbbbbb", "debian-12-cccccccccccc"];
    for (const n of names) {
      await mkdir(join(images, n), { recursive: true });
      await writeFile(join(images, n, "recipe.json"), "{}");
    }
    // A "qemu" whose command line names the kernel of the second image, as a VM booting its layer does.
    const vm = spawn("sh", ["-c", "sleep 30", join(images, names[1]!, "vmlinuz")], { stdio: "ignore" });
    try {
      await new Promise((r) => setTimeout(r, 200));
      const lines: string[] = [];
      const removed = await pruneBaseImages([names[0]!], root, (l) => lines.push(l));
      expect(removed).toEqual([names[2]]);
      expect(lines.join("\n")).toMatch(new RegExp(`${names[1]}: kept \\(booted by running VMs, pid ${vm.pid}\\)`));
    } finally {
      vm.kill();
      await rm(root, { recursive: true, force: true });
    }
  });
});
