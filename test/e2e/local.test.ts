/**
 * End to end, as an operator would: `npm run image -- build hub env=local` (Packer's qemu builder, the hub
 * roles' image part run by hubstack against the build VM), then `npm run apply -- env=local` from nothing
 * (three qemu VMs through the CDKTF → terraform path, the hub booted from that image, every role over SSH, the
 * health check through the hub's TLS front door with a certificate from pebble), a second apply that changes
 * nothing, the properties the hub promises checked on the machines themselves, then
 * `npm run destroy -- env=local` (the NFS data disk kept), then `--delete-data`, which must leave nothing behind.
 *
 * It runs in a temporary project root (HUBSTACK_ROOT) holding a copy of the shipped inventory, so that its
 * state and keys never mix with an operator's own env=local in the clone.
 */
import { execFileSync } from "node:child_process";
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { connect } from "node:net";
import { join, resolve } from "node:path";
import { execa } from "execa";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { ApplyResult } from "../../cli/commands/apply.js";
import type { LocalBuildResult } from "../../packer/local-build.js";

const REPO = resolve(import.meta.dirname, "../..");
const root = mkdtempSync(join(tmpdir(), "hubstack-e2e-"));
const stateDir = join(root, ".state", "local");
const key = join(root, "keys", "id_ed25519");

mkdirSync(join(root, "inventory"), { recursive: true });
for (const file of ["common.yaml", "local.yaml"]) cpSync(join(REPO, "inventory", file), join(root, "inventory", file));

let commands = 0;

/** The CLI as a user runs it (npm run <command> -- env=local), in the temporary project. */
async function hubstack(...args: string[]) {
  // A cold hub image build under TCG next to other VM suites took 45 minutes here.
  const minutes = args[0] === "image" ? 100 : 45;
  const started = Date.now();
  const result = await execa(join(REPO, "node_modules", ".bin", "tsx"), [join(REPO, "cli", "main.ts"), ...args], {
    env: { HUBSTACK_ROOT: root, CI: "true" },
    reject: false,
    all: true,
    timeout: minutes * 60_000,
  });
  const seconds = (Date.now() - started) / 1000;
  // The whole output in a file (CI keeps the console's tail; a failure's cause may be further up).
  const log = join(root, `hubstack-${++commands}-${args.slice(0, 2).join("-")}.log`);
  writeFileSync(log, result.all ?? "");
  console.log(`--- hubstack ${args.join(" ")}: exit ${result.exitCode}${result.timedOut ? ` (stopped after ${minutes} minutes)` : ""} in ${seconds.toFixed(0)} s (whole output: ${log})\n${(result.all ?? "").split("\n").slice(-60).join("\n")}`);
  return { ...result, seconds };
}

const BASTION = "10.70.0.10";

/** Whether this machine can open a TCP connection to address:port. */
function tcpState(address: string, port: number): Promise<"open" | "refused" | "timeout"> {
  return new Promise((resolve) => {
    const socket = connect({ host: address, port, timeout: 10_000 });
    socket.on("connect", () => (socket.destroy(), resolve("open")));
    socket.on("timeout", () => (socket.destroy(), resolve("timeout")));
    socket.on("error", (err: NodeJS.ErrnoException) => resolve(err.code === "ECONNREFUSED" ? "refused" : "timeout"));
  });
}
const HUB = "10.70.0.11";
const NFS = "10.70.0.12";

/**
 * A command on a VM over real SSH, with the host keys hubstack pinned; the hub and the NFS server through the
 * bastion, as hubstack reaches them (this machine cannot reach their SSH: the environment is cloud-shaped).
 */
function onHost(address: string, command: string): string {
  const options = ["-i", key, "-o", `UserKnownHostsFile=${join(stateDir, "known_hosts")}`, "-o", "StrictHostKeyChecking=yes", "-o", "BatchMode=yes", "-o", "ConnectTimeout=20"];
  const jump = address === BASTION ? [] : ["-o", `ProxyCommand=ssh ${options.join(" ")} -W %h:%p debian@${BASTION}`];
  return execFileSync("ssh", [...options, ...jump, `debian@${address}`, command], { encoding: "utf8", timeout: 120_000 }).trim();
}

describe("env=local from nothing to a working hub, and back to nothing", () => {
  let image: Awaited<ReturnType<typeof hubstack>>;
  let first: Awaited<ReturnType<typeof hubstack>>;

  // Two hooks, each with its own time limit: the image is cached by recipe on the machine (a second run of
  // the suite reuses it), the apply starts from nothing every time.
  beforeAll(async () => {
    image = await hubstack("image", "build", "hub", "env=local", "--json");
  });
  beforeAll(async () => {
    if (image?.exitCode === 0 && !image.timedOut) first = await hubstack("apply", "env=local", "--yes", "--json");
  });

  afterAll(async () => {
    // Destroy even when a test failed, so that CI never leaves VMs running.
    if (existsSync(stateDir)) await hubstack("destroy", "env=local", "--yes", "--delete-data");
  });

  it("builds the hub image with Packer, provisioned by hubstack's roles", () => {
    expect(image.exitCode).toBe(0);
    const result = JSON.parse(image.stdout) as LocalBuildResult;
    expect(result.image.name).toMatch(/^hubstack-hub-\d{8}T\d{6}Z$/);
    expect(result.image.recipeHash).toMatch(/^[0-9a-f]{16}$/);
    expect(existsSync(result.image.disk)).toBe(true);
    // The commit of the code that built it (this checkout), though the project is a temporary folder.
    if (result.built) expect(result.image.gitCommit).toMatch(/^[0-9a-f]{40}(-dirty)?$/);
    console.log(`hub image ${result.image.name}: ${result.built ? `built in ${result.seconds.toFixed(0)} s` : "cached"}`);
  });

  it("applies: infrastructure, the hub from its image, every role, and the health check through the TLS front door", () => {
    expect(first.exitCode).toBe(0);
    expect(first.all).toMatch(/The hub boots the local hub image hubstack-hub-/);
    expect(first.all).toMatch(/Health check passed/);
    const result = JSON.parse(first.stdout) as ApplyResult;
    // The network, the NFS server's data disk (a resource of its own: destroy keeps it) and the three VMs.
    expect(result.plan?.create.sort()).toEqual(["terraform_data.disk-nfs", "terraform_data.network", "terraform_data.vm-bastion", "terraform_data.vm-hub", "terraform_data.vm-nfs"]);
    console.log(`first apply: ${first.seconds.toFixed(0)} s, of which the infrastructure phase ${result.infrastructureSeconds?.toFixed(0)} s`);
    expect(result.check?.ok).toBe(true);
    // The first check has no earlier file to find: it proves persistence with a second server start.
    expect(result.check!.steps.map((s) => s.name)).toContain("start server again");
    // What the image carries, the hub finds done: its packages are there, its notebook images built.
    const hub = result.provisioning!.hosts.find((h) => h.name === "hub")!;
    const ops = hub.roles.flatMap((r) => r.operations.map((o) => ({ role: r.name, ...o })));
    const baked = ops.filter((o) => /^apt\.packages/.test(o.name) || /^docker\.(image|import) [^ ]+$/.test(o.name));
    expect(baked.length).toBeGreaterThan(5);
    expect(baked.filter((o) => o.status !== "ok").map((o) => `${o.role}: ${o.name} ${o.status}`)).toEqual([]);
    // The bastion and the NFS server boot their package layers: their roles' packages are there, no dpkg ran.
    expect(first.all).toMatch(/bastion: boots package layer debian-12-[0-9a-f]{12} \(cryptsetup, git, rsync/);
    expect(first.all).toMatch(/nfs: boots package layer debian-12-[0-9a-f]{12} \(nfs-kernel-server/);
    const packageOps = result.provisioning!.hosts
      .filter((h) => h.name !== "hub")
      .flatMap((h) => h.roles.flatMap((r) => r.operations.filter((o) => /^apt\.packages/.test(o.name)).map((o) => `${h.name} ${r.name}: ${o.name} ${o.status}`)));
    expect(packageOps.length).toBeGreaterThanOrEqual(4);
    expect(packageOps.filter((o) => !o.endsWith(" ok"))).toEqual([]);
    for (const host of result.provisioning!.hosts) console.log(`first converge ${host.name}: ${host.changed} changed, ${host.ok} ok, ${host.seconds.toFixed(1)} s`);
  });

  it("is cloud-shaped: this machine reaches only the bastion's SSH and the hub's HTTPS; hubstack went through the bastion", async () => {
    expect(first?.exitCode).toBe(0);
    expect(await tcpState(HUB, 22)).toBe("refused");
    expect(await tcpState(NFS, 22)).toBe("refused");
    expect(await tcpState(BASTION, 22)).toBe("open");
    expect(await tcpState(HUB, 443)).toBe("open");
    const result = JSON.parse(first.stdout) as ApplyResult;
    expect(result.provisioning!.hosts.find((h) => h.name === "hub")!.address).toMatch(/ via bastion$/);
    expect(result.provisioning!.hosts.find((h) => h.name === "nfs")!.address).toMatch(/ via bastion$/);
  });

  it("a second apply changes nothing, on the infrastructure or on any host", async () => {
    // Without a first apply, this one would start from nothing (and take the whole time limit again).
    expect(first?.exitCode).toBe(0);
    const second = await hubstack("apply", "env=local", "--yes", "--json");
    expect(second.exitCode).toBe(0);
    const result = JSON.parse(second.stdout) as ApplyResult;
    expect(result.plan).toMatchObject({ create: [], update: [], replace: [], destroy: [] });
    const changedOps = result.provisioning!.hosts.flatMap((h) =>
      h.roles.flatMap((r) => r.operations.filter((o) => o.status === "changed").map((o) => `${h.name}/${r.name}: ${o.name}`)),
    );
    expect(changedOps).toEqual([]);
    expect(result.check?.ok).toBe(true);
    // One server start: the file the first check left in the same user's home proves persistence.
    const steps = result.check!.steps.map((s) => s.name);
    expect(steps).toContain("find previous file");
    expect(steps).not.toContain("start server again");
    // Nothing changed: the server the first check left running is used as it is (no start, ~45 s under TCG).
    expect(steps).toContain("reuse server");
    expect(steps).not.toContain("start server");
    console.log(`second apply: ${second.seconds.toFixed(0)} s, its health check ${result.check!.steps.reduce((n, s) => n + s.seconds, 0).toFixed(0)} s`);
    for (const host of result.provisioning!.hosts) console.log(`no-op converge ${host.name}: ${host.seconds.toFixed(1)} s, ${host.roundTrips} round trips`);
  });

  it("serves the hub over TLS with a certificate issued through pebble", () => {
    const issuer = onHost(HUB, "echo | openssl s_client -connect 127.0.0.1:443 -servername hub.local.hubstack.test 2>/dev/null | openssl x509 -noout -issuer");
    expect(issuer).toMatch(/Pebble/i);
  });

  it("mounts the homes from the NFS server, exported to the hub alone", () => {
    expect(onHost(HUB, "findmnt -n -o SOURCE,FSTYPE /home")).toMatch(/:\/export\/home\s+nfs4?/);
    expect(onHost(NFS, "sudo exportfs -v")).toMatch(new RegExp(`/export/home\\s+${HUB.replaceAll(".", "\\.")}`));
    // root on the hub is the notebook user (1000:100) in the homes: what it makes is that user's, it cannot
    // make anything root's (no setuid-root file can be planted in a home), and the homes' folder is theirs.
    const probe = onHost(HUB, "cd / && sudo sh -c 'f=/home/.hubstack-squash-probe; touch $f; stat -c %u:%g $f; chown 0:0 $f 2>/dev/null && echo chowned || echo refused; rm -f $f'");
    expect(probe).toBe("1000:100\nrefused");
    expect(onHost(NFS, "stat -c %u:%g:%a /export/home")).toBe("1000:100:755");
  });

  it("ran both start hooks and logged them, owned by admin and unreadable by others", () => {
    const logs = onHost(HUB, "sudo sh -c 'stat -c \"%n %U %G %a\" /home/admin/logs/*.log'");
    expect(logs).toMatch(/-as-root\.log admin admin 6[40]0/);
    expect(logs).toMatch(/-as-user\.log admin admin 6[40]0/);
  });

  it("built the notebook images in order (parents first), each tested before it was tagged deploy", () => {
    // Each image's parent is the recipe tag of the image before it in the chain; deploy tags only after the tests.
    const images = onHost(HUB, "sudo docker image ls --format '{{.Repository}}:{{.Tag}}' 'hubstack/*'").split("\n");
    expect(images).toEqual(expect.arrayContaining(["hubstack/local-base:deploy", "hubstack/course:deploy"]));
    const created = (ref: string) => Date.parse(onHost(HUB, `sudo docker image inspect --format '{{.Created}}' ${ref}`));
    expect(created("hubstack/course:deploy")).toBeGreaterThan(created("hubstack/local-base:deploy"));
    expect(onHost(HUB, "sudo docker run --rm hubstack/course:deploy cat /opt/course/README")).toBe("Welcome to the course");
  });

  it("isolates notebook containers: from inside one, the hub's API answers, the NFS server, the proxy's API and the other hosts do not", () => {
    // A container as DockerSpawner makes them: the course image, the hubstack network, capabilities dropped.
    const probe = [
      "import socket, sys",
      "def reach(host, port):",
      "    try:",
      "        socket.create_connection((host, port), timeout=5).close()",
      "        return 'open'",
      "    except OSError as e:",
      "        return type(e).__name__",
      `for host, port in [('172.30.0.1', 8081), ('${NFS}', 2049), ('${NFS}', 22), ('172.30.0.1', 8001), ('10.70.0.10', 22), ('169.254.169.254', 80)]:`,
      "    print(host, port, reach(host, port))",
    ].join("\n");
    // The program travels as base64: nothing in it is read by the two shells on the way.
    const code = `import base64; exec(base64.b64decode('${Buffer.from(probe).toString("base64")}'))`;
    const out = onHost(HUB, `sudo docker run --rm --network hubstack --cap-drop ALL --security-opt no-new-privileges:true --user 1000 --entrypoint python3 hubstack/course:deploy -c "${code}"`);
    const result = Object.fromEntries(out.split("\n").map((l) => { const [h, p, r] = l.trim().split(" "); return [`${h}:${p}`, r]; }));
    expect(result["172.30.0.1:8081"]).toBe("open");
    for (const closed of [`${NFS}:2049`, `${NFS}:22`, "172.30.0.1:8001", "10.70.0.10:22", "169.254.169.254:80"]) expect(result[closed], closed).not.toBe("open");
    // No container but the one the health check keeps running for the next check (the idle culler stops it).
    expect(onHost(HUB, "sudo docker ps -a --format '{{.Names}} {{.Image}}'")).toBe("jupyter-hubstack-2dcheck hubstack/course:deploy");
  });

  it("survives a hub reboot: the NFS mounts come back with their files, and the health check passes; a hook others can write is refused, the notebook starts anyway", async () => {
    const bootId = () => onHost(HUB, "cat /proc/sys/kernel/random/boot_id");
    const before = bootId();
    // The marker written as admin, as a user's file would be. The as-user hook, made writable by others,
    // must be refused at the next spawn (the health check's).
    onHost(HUB, "cd / && sudo -u admin sh -c 'echo survived > /home/admin/reboot-marker' && sudo chmod o+w /home/admin/start/as-user.sh && "
      + "sudo systemd-run --quiet --on-active=2 systemctl reboot");
    // Back when SSH answers with another boot id (the hub's services start with it).
    const deadline = Date.now() + 15 * 60_000;
    let after = before;
    while (after === before && Date.now() < deadline) {
      await new Promise((r) => setTimeout(r, 10_000));
      try {
        after = bootId();
      } catch {
        // Still rebooting.
      }
    }
    expect(after).not.toBe(before);
    expect(onHost(HUB, "cd / && findmnt -n -o FSTYPE /home && sudo -u admin cat /home/admin/reboot-marker")).toMatch(/^nfs4?\nsurvived$/);
    const check = await hubstack("check", "env=local");
    expect(check.exitCode).toBe(0);
    expect(check.all).toMatch(/Health check passed/);
    // The file the second apply's check left survived the reboot (the NFS home came back with it).
    expect(check.all).toMatch(/ok\s+find previous file .* is intact/);
    const refused = onHost(HUB, "cd / && sudo -u admin sh -c 'grep -h REFUSED /home/admin/logs/*-as-user.log' || true");
    expect(refused).toMatch(/REFUSED: \/home\/admin\/start\/as-user\.sh can be written by group or others/);
  });

  it("destroys the machines and keeps the NFS data disk; with --delete-data no VM, disk, bridge, tap, nft table or seed is left", async () => {
    const down = await hubstack("destroy", "env=local", "--yes");
    expect(down.exitCode).toBe(0);
    expect(down.all).toMatch(/its 1 data volume\(s\) kept/);
    expect(existsSync(join(stateDir, "data", "nfs.qcow2"))).toBe(true);
    expect(execFileSync("sh", ["-c", "pgrep -af qemu-system || true"], { encoding: "utf8" })).not.toContain(stateDir);
    const gone = await hubstack("destroy", "env=local", "--yes", "--delete-data");
    expect(gone.exitCode).toBe(0);
    expect(gone.all).toMatch(/data volume\(s\) go too/);
    expect(existsSync(stateDir)).toBe(false);
    const qemu = execFileSync("sh", ["-c", "pgrep -af qemu-system || true"], { encoding: "utf8" });
    expect(qemu).not.toContain(stateDir);
    const links = execFileSync("ip", ["-o", "link", "show"], { encoding: "utf8" });
    expect(links).not.toMatch(/hs-local|ht-(bastion|hub|nfs)-/);
    const tables = execFileSync("nft", ["list", "tables"], { encoding: "utf8" });
    expect(tables).not.toMatch(/hubstack.*local|hs-local/);
    expect(readdirSync(join(root, ".state")).filter((e) => e === "local")).toEqual([]);
  });
});
