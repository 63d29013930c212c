/**
 * The local environment for real: base image (built or reused), a fresh bridge, apt-cacher-ng, one qemu VM
 * reached with a real ssh client, then `down` and a check that nothing is left. No mocks.
 *
 * Needs root on Linux (bridges, taps); installs the Debian packages it needs. Slow under TCG: minutes for a
 * cold image build, ~20-60 s per boot.
 */
import { mkdtemp, readFile, readdir, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { execa } from "execa";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { aptCachePid } from "../../local/apt-cache.js";
import { ensureBaseImage, type BaseImage } from "../../local/base-image.js";
import { envDown, envIsGone, envStatus, parseSpec, vmUp, type LocalEnvSpec, type LocalHost } from "../../local/local-env.js";
import { bridgeName, nftRuleset, nftTableName, tapName } from "../../local/network.js";
import { envPaths } from "../../local/paths.js";
import { ensurePrereqs } from "../../local/prereqs.js";
import { findProcesses } from "../../local/process.js";
import { sshRun, type SshTarget } from "../../local/ssh.js";
import { isRoot, randomHex, run } from "../../local/util.js";
import { qemuMarker } from "../../local/qemu-args.js";

const repo = fileURLToPath(new URL("../..", import.meta.url));
const vmctl = join(repo, "local/vmctl.ts");
const canRun = process.platform === "linux" && isRoot();
const log = (line: string) => process.stderr.write(`[test local] ${line}\n`);

describe.skipIf(!canRun)("local environment on a real VM", { timeout: 15 * 60_000 }, () => {
  // A fresh env name per run: parallel runs never share a bridge, and leftovers of one run are not ours.
  const env = `t-${randomHex(3)}`;
  let stateDir: string;
  let spec: LocalEnvSpec;
  let image: BaseImage;
  let host: LocalHost;
  let target: SshTarget;

  beforeAll(async () => {
    stateDir = await mkdtemp(join(tmpdir(), "hubstack-local-test-"));
    await ensurePrereqs({ log });
    const key = join(stateDir, "client_ed25519");
    await run("ssh-keygen", ["-q", "-t", "ed25519", "-N", "", "-C", "hubstack test client", "-f", key]);
    spec = parseSpec({
      env,
      stateDir,
      ssh: { user: "hubadmin", privateKeyPath: key },
      vms: [{ name: "t1", address: 10, vcpus: 2, memoryMiB: 1536, diskGiB: 6, dataDiskGiB: 1 }],
    });
    image = await ensureBaseImage({ log });
    log(`base image ${image.name} ${image.built ? `built in ${image.seconds} s` : "reused"}`);
    host = await vmUp(spec, "t1", log);
    log(`t1 up: SSH after ${host.sshSeconds} s, cloud-init done after ${host.bootSeconds} s`);
    target = {
      host: host.address,
      user: "hubadmin",
      privateKeyPath: key,
      knownHostsPath: join(envPaths(stateDir).vmsDir, "t1", "known_hosts"),
    };
    // Generous on purpose: package installs plus a cold image build plus a TCG boot on a busy 2-core machine.
  }, 45 * 60_000);

  afterAll(async () => {
    // Whatever happened above, leave no VM, daemon, interface or nft table behind.
    if (spec) await envDown(spec, log).catch((err: unknown) => log(`cleanup failed: ${String(err)}`));
    if (stateDir) await rm(stateDir, { recursive: true, force: true });
  }, 5 * 60_000);

  it("boots to a running system (degraded only with its reasons printed)", async () => {
    const state = (await sshRun(target, "systemctl is-system-running", { allowFailure: true })).stdout.trim();
    if (state !== "running") {
      const failed = await sshRun(target, "systemctl --failed --no-legend --plain; sudo journalctl -p err -b --no-pager | tail -30", {
        allowFailure: true,
      });
      log(`system state ${state}; failed units and errors:\n${failed.stdout}`);
    }
    expect(["running", "degraded"]).toContain(state);
    const hostname = await sshRun(target, "hostname && sudo -n true && echo sudo-ok");
    expect(hostname.stdout.split("\n")).toEqual(["t1", "sudo-ok"]);
  });

  it("presents exactly the host key hubstack pinned", async () => {
    // The login above used StrictHostKeyChecking=yes with only the pinned key known; check the key directly too.
    const scanned = await run("ssh-keyscan", ["-T", "10", "-t", "ed25519", host.address]);
    const line = scanned.stdout.split("\n").find((l) => l.includes("ssh-ed25519"));
    expect(line?.split(/\s+/).slice(1, 3).join(" ")).toBe(host.hostKey);
    const onGuest = await sshRun(target, "sudo cat /etc/ssh/ssh_host_ed25519_key.pub");
    expect(onGuest.stdout.trim().split(/\s+/).slice(0, 2).join(" ")).toBe(host.hostKey);
    // No other host key types were generated (only the pinned one may be offered).
    const keys = await sshRun(target, "sudo ls /etc/ssh/ | grep '^ssh_host_.*_key$' || true");
    expect(keys.stdout.trim().split("\n")).toEqual(["ssh_host_ed25519_key"]);
  });

  it("runs apt through apt-cacher-ng on the bridge and reaches nothing else", async () => {
    const network = (await envStatus(spec)).network!;
    const proxy = await sshRun(target, "apt-config dump Acquire::http::Proxy");
    expect(proxy.stdout).toContain(`http://${network.hostAddress}:${spec.aptCache.port}`);
    const update = await sshRun(target, "sudo apt-get update 2>&1", { timeoutMs: 600_000, allowFailure: true });
    log(`guest apt-get update:\n${update.stdout.split("\n").slice(-6).join("\n")}`);
    expect(update.exitCode).toBe(0);
    expect(update.stdout).not.toMatch(/^(W|E): /m);
    // apt-cacher-ng saw the requests.
    const acngLog = await readFile(join(envPaths(stateDir).aptCacheState, "log", "apt-cacher.log"), "utf8");
    expect(acngLog).toMatch(/bookworm/);
    // No default route: the guest can only talk to its bridge.
    const routes = await sshRun(target, "ip -4 route show default");
    expect(routes.stdout.trim()).toBe("");
  });

  it("has its data disk and a root file system grown to the overlay's size", async () => {
    const disks = await sshRun(target, "lsblk -bdno NAME,SIZE,SERIAL");
    expect(disks.stdout).toMatch(/^vdb\s+1073741824\s+hs-data$/m);
    // Something on it, for the VM that replaces this one to find.
    const marked = await sshRun(target, "sudo mkfs.ext4 -q /dev/vdb && sudo mount /dev/vdb /mnt && echo kept | sudo tee /mnt/marker >/dev/null && sudo umount /mnt && echo ok");
    expect(marked.stdout.trim()).toBe("ok");
    const root = await sshRun(target, "df -B1 --output=size / | tail -1");
    expect(Number(root.stdout.trim())).toBeGreaterThan(5 * 1024 ** 3);
  });

  it("is idempotent through vmctl: up of a running VM is quick and changes nothing", async () => {
    const before = host.pid;
    const started = Date.now();
    const result = await execa("npx", ["tsx", vmctl, "up", "--spec", JSON.stringify(spec), "--vm", "t1"], { cwd: repo });
    const out = JSON.parse(result.stdout.trim().split("\n").at(-1)!) as { hosts: LocalHost[] };
    expect(out.hosts[0]?.pid).toBe(before);
    expect(out.hosts[0]?.hostKey).toBe(host.hostKey);
    expect(result.stderr).toMatch(/already running/);
    log(`vmctl up (already up) took ${(Date.now() - started) / 1000} s`);
  });

  it("keeps the data disk when the VM goes, and attaches it to the VM made in its place", async () => {
    const b64 = Buffer.from(JSON.stringify(spec)).toString("base64");
    await execa("npx", ["tsx", vmctl, "down", "--spec-b64", b64, "--vm", "t1"], { cwd: repo });
    expect(await readdir(envPaths(stateDir).vmsDir)).not.toContain("t1");
    expect(await readdir(envPaths(stateDir).dataDir)).toEqual(["t1.qcow2"]);
    host = await vmUp(spec, "t1", log);
    const found = await sshRun(target, "sudo mount /dev/vdb /mnt && cat /mnt/marker && sudo umount /mnt");
    expect(found.stdout.trim()).toBe("kept");
  });

  it("has an isolation ruleset that nft accepts (used only on hosts that forward packets)", async () => {
    const check = await run("nft", ["-c", "-f", "-"], { input: nftRuleset(nftTableName(env), bridgeName(env)), allowFailure: true });
    expect(check.stderr).toBe("");
    expect(check.exitCode).toBe(0);
  });

  it("down through vmctl removes everything but the data disk, down again is fine, disk --delete removes that", async () => {
    const paths = envPaths(stateDir);
    expect(await aptCachePid(paths.aptCacheState)).toBeDefined();
    const b64 = Buffer.from(JSON.stringify(spec)).toString("base64");
    await execa("npx", ["tsx", vmctl, "down", "--spec-b64", b64], { cwd: repo });
    await execa("npx", ["tsx", vmctl, "down", "--spec-b64", b64], { cwd: repo });
    expect(await readdir(paths.dataDir)).toEqual(["t1.qcow2"]);
    await execa("npx", ["tsx", vmctl, "disk", "--delete", "--vm", "t1", "--spec-b64", b64], { cwd: repo });

    expect(await findProcesses(qemuMarker(env))).toEqual([]);
    expect(await findProcesses(paths.aptCacheState)).toEqual([]);
    const links = (await run("ip", ["-br", "link"])).stdout;
    expect(links).not.toContain(bridgeName(env));
    expect(links).not.toContain(tapName(env, "t1"));
    const tables = (await run("nft", ["list", "tables"])).stdout;
    expect(tables).not.toContain(nftTableName(env));
    expect(await readdir(stateDir)).toEqual(["client_ed25519", "client_ed25519.pub"]);
    const gone = await envIsGone(spec);
    expect(gone.left).toEqual([]);
  });
});
