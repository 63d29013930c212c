/**
 * The hub roles plan cleanly on fake hosts: every shipped environment, every host, in check mode and
 * applied; and the decisions that matter are taken from the facts (never reformat, rebuild only on a
 * changed recipe, secrets never shown, servers before clients, a bastion without a volume skips it).
 */
import { describe, expect, it } from "vitest";
import { listEnvironmentFiles } from "../../environment/load.js";
import { ROLES } from "../../provisioners/roles/index.js";
import { orderRoles } from "../../provisioners/engine/role.js";
import { imageBuilds, rootfsRef } from "../../provisioners/roles/images/template-vars.js";
import { readLock } from "../../cache/locks.js";
import { SETTLED_EXACT, SETTLED_HOST, failures, fakeHost, load, operation, operationsOf, plan, settledHost, targetHosts, variant } from "./helpers.js";

const key = (name: string, ...args: unknown[]) => `${name}:${JSON.stringify(args)}`;
const b64 = (s: string) => Buffer.from(s).toString("base64");

describe("every shipped environment", () => {
  for (const name of listEnvironmentFiles()) {
    it(`${name}: plans on fresh hosts in check mode, and applies on settled ones, with no failure`, async () => {
      const env = load(name);
      const checked = await plan(env);
      expect(failures(checked.report)).toBe("");
      expect(checked.report.ok).toBe(true);
      // Check mode sends facts and diffs only: no write, no package, no service touched.
      for (const c of checked.connectors.values()) expect(c.scripts.join("\n")).not.toMatch(/mv -f "\$hs_t"|apt-get -q -y .* install|systemctl (start|enable|restart)/);

      const applied = await plan(env, { check: false, connector: settledHost });
      expect(failures(applied.report)).toBe("");
      expect(applied.report.hosts.every((h) => h.changed > 0)).toBe(true);
    });
  }
});

describe("role order", () => {
  it("base first, servers before clients, engine before images, hub after its mounts, hooks and images, TLS last", () => {
    const hub = ["proxy-tls", "jupyterhub", "images", "docker", "start-hooks", "nfs-client", "base"];
    expect(orderRoles(hub, ROLES)).toEqual(["base", "nfs-client", "start-hooks", "docker", "images", "jupyterhub", "proxy-tls"]);
    expect(ROLES["nfs-client"]!.dependsOn).toContain("nfs-server");
  });

  it("waits for the NFS server on its host before mounting on the hub", async () => {
    const env = load("local");
    const seen: string[] = [];
    const { report } = await plan(env, {
      connector: () => {
        const c = fakeHost();
        const exec = c.exec.bind(c);
        c.exec = async (script: string) => {
          if (script.includes("nfs-server.service")) seen.push("nfs-server");
          if (script.includes("home.mount")) seen.push("nfs-client");
          return exec(script);
        };
        return c;
      },
    });
    expect(report.ok).toBe(true);
    expect(seen.indexOf("nfs-server")).toBeGreaterThanOrEqual(0);
    // The hub's client facts are read (or read again, when read ahead) after the NFS server's role, and planned from those.
    expect(seen.indexOf("nfs-server")).toBeLessThan(seen.lastIndexOf("nfs-client"));
  });
});

describe("base", () => {
  it("puts keys and accounts before the sshd drop-ins that rely on them, and the firewall last", async () => {
    const env = variant("local", (e) => {
      e.admins = [
        { name: "alice", sshKeys: ["ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIA alice@laptop"], present: true },
        { name: "bob", sshKeys: [], present: false },
      ];
    });
    const { report } = await plan(env);
    const ops = operationsOf(report, "hub", "base");
    const at = (re: RegExp) => ops.findIndex((o) => re.test(o));
    expect(at(/^apt\.packages/)).toBe(0);
    expect(at(/users\.user alice/)).toBeLessThan(at(/09-hubstack-keys/));
    expect(at(/ssh keys of the login user/)).toBeLessThan(at(/09-hubstack-keys/));
    expect(at(/09-hubstack-keys/)).toBeLessThan(at(/10-hubstack\.conf/));
    expect(at(/users\.user bob/)).toBeGreaterThan(0);
    expect(at(/nftables\.conf/)).toBeGreaterThan(at(/10-hubstack\.conf/));
    expect(ops[ops.length - 1]).toMatch(/nftables\.service/);
  });

  it("checks sshd drop-ins as a whole configuration, on a copy named like the destination", async () => {
    const { connectors } = await plan(load("local"), { check: false, connector: settledHost });
    const script = connectors.get("hub")!.scripts.join("\n");
    expect(script).toMatch(/cp "\$hs_t" "\$hs_v\/"10-hubstack\.conf && sh -c .*sshd -t/);
    expect(script).toMatch(/cp "\$hs_t" "\$hs_v\/"hub\.mount && systemd-analyze verify "\$hs_v\/"hub\.mount|cp "\$hs_t" "\$hs_v\/"home\.mount && systemd-analyze verify/);
  });
});

describe("data volumes", () => {
  const nfsOnly = (answers: Record<string, string>) => {
    const env = load("local");
    return plan(env, { check: false, hosts: targetHosts(env), connector: () => fakeHost(answers, SETTLED_EXACT) });
  };

  it("formats a blank volume once, probing it again right before mkfs", async () => {
    const { report, connectors } = await nfsOnly({});
    expect(operation(report, "nfs", "nfs-server", /volumes\.filesystem/).status).toBe("changed");
    const script = connectors.get("nfs")!.scripts.join("\n");
    expect(script).toMatch(/blkid -p \/dev\/vdb[^\n]*\|\| hs_rc=\$\?; if \[ "\$hs_rc" != 2 \][\s\S]*mkfs\.ext4 -q -L hs-data \/dev\/vdb/);
  });

  it("never formats a volume that holds a file system, and mounts it by UUID", async () => {
    const uuid = "4f1c2a3b-1111-2222-3333-444455556666";
    const { report, connectors } = await nfsOnly({ "volumes.disks": `@disk\t/dev/vdb\ths-data\t10737418240\nTYPE=ext4\nUUID=${uuid}\nLABEL=old-data` });
    expect(operation(report, "nfs", "nfs-server", /volumes\.filesystem/)).toMatchObject({ status: "ok", reason: "/dev/vdb holds ext4 (label old-data): never reformatted" });
    const script = connectors.get("nfs")!.scripts.join("\n");
    expect(script).not.toMatch(/mkfs/);
    expect(report.ok).toBe(true);
    // fstab lines travel base64-encoded inside the uploads (the fake host's fstab never changes, so each upload holds one).
    const uploads = [...script.matchAll(/base64 -d > "\$hs_t" <<'(HUBSTACK_EOF_\w+)'\n([\s\S]*?)\1/g)].map((m) => Buffer.from(m[2]!.replace(/\n/g, ""), "base64").toString());
    expect(uploads).toContain(`UUID=${uuid}\t/srv/data\text4\tdefaults\t0\t2\n`);
    expect(uploads).toContain("/srv/data/export\t/export\tnone\tbind\t0\t0\n");
  });

  it("refuses a disk with a partition table instead of formatting it", async () => {
    const { report } = await nfsOnly({ "volumes.disks": "@disk\t/dev/vdb\t\t10737418240\nPTTYPE=gpt" });
    expect(report.ok).toBe(false);
    expect(operation(report, "nfs", "nfs-server", /volumes\.filesystem/).reason).toMatch(/gpt partition table: hubstack formats only blank whole disks/);
  });

  it("asks which disk when several blank ones could be the data volume", async () => {
    const { report } = await nfsOnly({ "volumes.disks": "@disk\t/dev/vdb\tabc\t1\n@disk\t/dev/vdc\tdef\t1" });
    expect(operation(report, "nfs", "nfs-server", /volumes\.filesystem/).reason).toMatch(/several disks could be the data volume .*label the one to use/);
  });
});

describe("images", () => {
  const env = variant("local", (e) => {
    e.hub.profiles = [];
    e.hub.images = [
      { name: "minimal", from: "local-base", steps: ["RUN true"], imports: ["json"], present: true },
      { name: "scipy", from: "minimal", steps: [], imports: ["math"], present: true },
      { name: "old", from: "local-base", steps: [], imports: [], present: false },
    ];
  });
  const builds = imageBuilds(env);

  it("builds parents first, tests each image, then tags it deploy", async () => {
    const { report, connectors } = await plan(env, { check: false, connector: settledHost });
    expect(builds.map((b) => b.name)).toEqual(["local-base", "minimal", "scipy"]);
    const ops = operationsOf(report, "hub", "images").filter((o) => o.startsWith("docker."));
    expect(ops).toEqual([`docker.import ${rootfsRef()}`, ...builds.map((b) => `docker.image ${b.ref}`), "docker.image hubstack/old:deploy absent"]);
    const script = connectors.get("hub")!.scripts.join("\n");
    const minimal = builds[1]!;
    expect(script).toContain(`docker build --label org.hubstack.recipe=${minimal.recipeHash}  --tag ${minimal.ref} /var/lib/hubstack/images/minimal`);
    expect(script.indexOf(`docker run --rm --user 1000 --entrypoint python3 ${minimal.ref} -c 'import json'`)).toBeLessThan(script.indexOf(`docker tag ${minimal.ref} hubstack/minimal:deploy`));
  });

  it("online chains (quay.io) need no local root file system", async () => {
    const online = variant("local", (e) => {
      e.hub.images = [{ name: "course", from: "quay.io/jupyter/scipy-notebook:2024-05-27", steps: ["RUN pip install --no-cache-dir altair"], imports: ["altair"], present: true }];
    });
    const { report } = await plan(online);
    const ops = operationsOf(report, "hub", "images");
    expect(ops.some((o) => o.includes("debian-rootfs") || o.includes("mmdebstrap"))).toBe(false);
    expect(ops).toContain(`docker.image ${imageBuilds(online)[0]!.ref}`);
  });

  it("rebuilds only the images whose deployed recipe label differs", async () => {
    const [base, minimal, scipy] = builds;
    const info = (hash: string) => `sha256:abc ${hash}`;
    const connector = () =>
      fakeHost({}, {
        [key("docker.image", rootfsRef())]: "sha256:root ",
        [key("docker.image", base!.deployRef)]: info(base!.recipeHash),
        [key("docker.image", minimal!.deployRef)]: info(minimal!.recipeHash),
        [key("docker.image", scipy!.deployRef)]: info("0123456789abcdef"),
      });
    const { report } = await plan(env, { check: true, connector });
    expect(operation(report, "hub", "images", `docker.image ${minimal!.ref}`)).toMatchObject({ status: "ok", reason: `hubstack/minimal:deploy is built from this recipe (${minimal!.recipeHash})` });
    expect(operation(report, "hub", "images", `docker.image ${scipy!.ref}`)).toMatchObject({ status: "changed", reason: expect.stringMatching(/recipe changed \(0123456789abcdef → /) });
    expect(operation(report, "hub", "images", `docker.import ${rootfsRef()}`).status).toBe("ok");
  });
});

describe("jupyterhub", () => {
  const token = "a".repeat(64);
  const cookie = "b".repeat(64);
  const generated = {
    [key("files.content", "/var/lib/hubstack/secrets/jupyterhub-proxy-token")]: `present\n${b64(`${token}\n`)}`,
    [key("files.content", "/var/lib/hubstack/secrets/jupyterhub-cookie-secret")]: `present\n${b64(`${cookie}\n`)}`,
  };

  it("writes generated secrets into 0600 files and never shows them", async () => {
    const { report, connectors } = await plan(load("local"), { check: false, connector: () => fakeHost(SETTLED_HOST, { ...SETTLED_EXACT, ...generated }) });
    expect(report.ok).toBe(true);
    const hubEnv = operation(report, "hub", "jupyterhub", "files.template /etc/jupyterhub/jupyterhub.env (secret)");
    expect(hubEnv.commands).toEqual([expect.stringMatching(/^write \/etc\/jupyterhub\/jupyterhub\.env \(\d+ bytes, owner root, group root, mode 0600, secret\)$/)]);
    expect(JSON.stringify(report)).not.toContain(token);
    expect(JSON.stringify(report)).not.toContain(cookie);
    // The values do reach the host, inside the upload.
    const uploads = connectors.get("hub")!.scripts.join("\n");
    expect([...uploads.matchAll(/<<'(HUBSTACK_EOF_\w+)'\n([\s\S]*?)\1/g)].some((m) => Buffer.from(m[2]!.replace(/\n/g, ""), "base64").toString().includes(`JPY_COOKIE_SECRET=${cookie}`))).toBe(true);
  });

  it("generates the secrets only when the inventory has none", async () => {
    const given = variant("local", (e) => {
      e.hub.jupyterhub.proxyAuthToken = "c".repeat(64);
      e.hub.jupyterhub.cookieSecret = "d".repeat(64);
    });
    expect(operationsOf((await plan(given)).report, "hub", "jupyterhub").some((o) => o.startsWith("generate"))).toBe(false);
    expect(operationsOf((await plan(load("local"))).report, "hub", "jupyterhub")).toContain("generate jupyterhub-proxy-token, jupyterhub-cookie-secret once");
  });

  it("a hub with a data volume keeps its database, generated secrets and ACME state there, bound where they are read", async () => {
    const withVolume = variant("local", (e) => (e.hosts.hub!.dataVolumeGiB = 20));
    const { report } = await plan(withVolume);
    const hub = operationsOf(report, "hub", "jupyterhub");
    for (const [name, path] of [["jupyterhub", "/var/lib/jupyterhub"], ["hubstack-secrets", "/var/lib/hubstack/secrets"]]) {
      const bind = hub.indexOf(`volumes.bind /srv/data/state/${name} ${path}`);
      expect(bind, name).toBeGreaterThan(hub.indexOf(`${path}: its contents copied onto the data volume, once`));
      expect(bind, name).toBeLessThan(hub.indexOf("systemd.service jupyterhub.service started enabled"));
    }
    expect(bindOf(hub, "jupyterhub")).toBeLessThan(hub.findIndex((o) => o.startsWith("generate")));
    const tls = operationsOf(report, "hub", "proxy-tls");
    expect(tls.indexOf("volumes.bind /srv/data/state/caddy /var/lib/caddy")).toBeLessThan(tls.indexOf("systemd.service caddy.service started enabled"));
    // Without a volume: nothing of it.
    expect(operationsOf((await plan(load("local"))).report, "hub", "jupyterhub").filter((o) => o.includes("/srv/data/state"))).toEqual([]);
  });

  it("pip (the default): a virtual environment from locks/hub.txt, its wheels sent from this machine's cache", async () => {
    const lock = readLock("hub");
    const { report } = await plan(load("local"));
    expect(report.ok).toBe(true);
    const ops = operationsOf(report, "hub", "jupyterhub");
    expect(ops).toContain(`files.copy /var/cache/hubstack/wheels/hub-${lock.hash}.tar`);
    expect(ops).toContain(`pip install the ${lock.packages.length} packages of locks/hub.txt (${lock.hash}) into /opt/jupyterhub, offline`);
    expect(ops).toContain("docker.network hubstack");
    expect(ops.indexOf("systemd.service configurable-http-proxy.service started enabled")).toBeLessThan(ops.indexOf("systemd.service jupyterhub.service started enabled"));
    // Offline and checked: no index, every wheel's hash.
    const install = operation(report, "hub", "jupyterhub", `pip install the ${lock.packages.length} packages of locks/hub.txt (${lock.hash}) into /opt/jupyterhub, offline`);
    expect(install.commands!.join("\n")).toMatch(/\/opt\/jupyterhub\/bin\/pip install --quiet --disable-pip-version-check --no-index --find-links \S+ --require-hashes --only-binary=:all: -r /);
  });
});

function bindOf(ops: string[], name: string): number {
  return ops.findIndex((o) => o.startsWith(`volumes.bind /srv/data/state/${name} `));
}

describe("bastion", () => {
  it("skips the work volume with a note when the host has none", async () => {
    const env = variant("clavius", (e) => {
      e.hosts.clavius!.dataVolumeGiB = 0;
    });
    const { report } = await plan(env);
    expect(report.ok).toBe(true);
    expect(operation(report, "clavius", "bastion", "work volume").reason).toMatch(/dataVolumeGiB is 0: no encrypted work volume/);
  });

  it("without a key file asks for the volume to be encrypted by hand", async () => {
    const { report } = await plan(load("clavius"));
    expect(operation(report, "clavius", "bastion", "work volume: LUKS (by hand)").reason).toMatch(/keyFile is not set.*cryptsetup luksFormat --type luks2 \/dev\/vdb/);
    expect(operation(report, "clavius", "bastion", "files.template /etc/crypttab").reason).toMatch(/not LUKS-encrypted/);
  });

  it("with a key file that is not on the host, says where to put it", async () => {
    const env = variant("clavius", (e) => {
      e.bastion.workVolume.keyFile = "/root/keys/work.key";
    });
    const { report } = await plan(env);
    expect(operation(report, "clavius", "bastion", /volumes\.luksFormat/).reason).toMatch(/key file \/root\/keys\/work\.key is not on the host: put it there yourself/);
  });

  it("on an encrypted volume writes crypttab with its UUID and opens it with the key file", async () => {
    const env = variant("clavius", (e) => {
      e.bastion.workVolume.keyFile = "/root/keys/work.key";
    });
    const uuid = "0b9f4c2e-6d0a-4a53-9c3e-2f1d5e7a8b90";
    const { report, connectors } = await plan(env, { check: false, connector: () => fakeHost({ "volumes.disks": `@disk\t/dev/vdb\t\t1\nTYPE=crypto_LUKS\nUUID=${uuid}\nLABEL=hs-data`, "commands.exists": "yes" }) });
    expect(report.ok).toBe(true);
    expect(operation(report, "clavius", "bastion", /volumes\.luksFormat/).reason).toMatch(/never reformatted/);
    const script = connectors.get("clavius")!.scripts.join("\n");
    expect(script).toMatch(/systemctl start 'systemd-cryptsetup@hubstack\\x2dwork\.service'/);
    const texts = [...script.matchAll(/<<'(HUBSTACK_EOF_\w+)'\n([\s\S]*?)\1/g)].map((m) => Buffer.from(m[2]!.replace(/\n/g, ""), "base64").toString());
    expect(texts.find((t) => t.includes("luks,discard"))).toContain(`hubstack-work UUID=${uuid} /root/keys/work.key luks,discard,nofail`);
  });
});
