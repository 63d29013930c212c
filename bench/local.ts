/**
 * Benchmark of the local environment (`npm run bench:local`), on this machine, for real:
 *   - base image build: cold (empty caches, straight from the mirror), rebuild with a warm apt-cacher-ng, and
 *     warm (the cached image is reused);
 *   - boot to SSH and to cloud-init done, per VM, for 1 VM and for N VMs booted in parallel;
 *   - memory (RSS of qemu) per VM; `down` time.
 *
 *   - with --apply: the whole env=local as a user runs it, in a temporary project: `image build hub`, then
 *     `apply` from the hub image (its infrastructure phase apart) and `destroy`; the same without package
 *     layers (local.packageLayers: false, the previous design: the bastion and the NFS server run dpkg
 *     themselves) and `destroy`; then `apply` from the base image (local.useHubImage: false) and `destroy`,
 *     same run, with the ratios against the first.
 *
 * Options: --vms N (parallel boot, default 3), --skip-cold (reuse caches: only warm figures and boots),
 * --apply (add the env=local applies; tens of minutes under TCG), --skip-base (not the apply from the base image).
 * Cold builds go to a temporary cache root, so the machine's real cache is neither used nor disturbed.
 * Cleans up everything it started, also when it fails.
 */
import { cp, mkdir, mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { parseArgs } from "node:util";
import { execa } from "execa";
import { parseDocument } from "yaml";
import { REPO_ROOT } from "../environment/load.js";
import { ensureBaseImage } from "../local/base-image.js";
import { envDown, envStatus, envUp, networkUp, parseSpec, type LocalEnvSpec } from "../local/local-env.js";
import { ensurePrereqs } from "../local/prereqs.js";
import { randomHex, run, seconds } from "../local/util.js";
import { detectAccel } from "../local/accel.js";

const { values } = parseArgs({
  options: {
    vms: { type: "string", default: "3" },
    "skip-cold": { type: "boolean", default: false },
    apply: { type: "boolean", default: false },
    "skip-base": { type: "boolean", default: false },
  },
});
const parallel = Math.max(1, Number(values.vms));
const rows: [string, string][] = [];
const say = (line: string) => process.stderr.write(`[bench] ${line}\n`);
const quiet = () => {};
const record = (what: string, value: string) => {
  rows.push([what, value]);
  say(`${what}: ${value}`);
};

const work = await mkdtemp(join(tmpdir(), "hubstack-bench-local-"));
const env = `bench-${randomHex(2)}`;
const key = join(work, "client_ed25519");
let spec: LocalEnvSpec | undefined;
try {
  await ensurePrereqs({ log: say });
  const { accel, reason } = await detectAccel();
  record("accelerator", `${accel} (${reason})`);
  await run("ssh-keygen", ["-q", "-t", "ed25519", "-N", "", "-f", key]);
  const vms = Array.from({ length: parallel }, (_, i) => ({ name: `b${i + 1}`, address: 10 + i }));
  spec = parseSpec({ env, stateDir: join(work, "state"), ssh: { user: "bench", privateKeyPath: key }, vms });
  const net = await networkUp(spec, quiet);

  if (!values["skip-cold"]) {
    let t = Date.now();
    await ensureBaseImage({ cacheRoot: join(work, "cold"), log: quiet });
    record("base image build, cold (no caches, from the mirror)", `${seconds(t)} s`);
    // Fill apt-cacher-ng, then time a build whose downloads all come from it.
    await ensureBaseImage({ cacheRoot: join(work, "fill"), aptProxy: net.aptCache?.url, log: quiet });
    t = Date.now();
    await ensureBaseImage({ cacheRoot: join(work, "warm-apt"), aptProxy: net.aptCache?.url, log: quiet });
    record("base image build, warm apt-cacher-ng", `${seconds(t)} s`);
    await rm(join(work, "cold"), { recursive: true, force: true });
    await rm(join(work, "fill"), { recursive: true, force: true });
    await rm(join(work, "warm-apt"), { recursive: true, force: true });
  }
  await ensureBaseImage({ aptProxy: net.aptCache?.url, log: say }); // the machine's image (built if missing)
  let t = Date.now();
  const image = await ensureBaseImage({ log: quiet });
  record("base image, warm (cached image reused)", `${seconds(t)} s (${image.name})`);

  // One VM alone, then N in parallel.
  for (const count of parallel > 1 ? [1, parallel] : [1]) {
    const sub = parseSpec({ ...spec, vms: spec.vms.slice(0, count) });
    t = Date.now();
    const hosts = await envUp(sub, quiet);
    const status = await envStatus(sub);
    for (const h of hosts) {
      const rss = status.vms.find((v) => v.name === h.name)?.rssMiB;
      record(`${count} VM(s) in parallel: ${h.name} boot to SSH / cloud-init done / qemu RSS`, `${h.sshSeconds} s / ${h.bootSeconds} s / ${rss} MiB`);
    }
    record(`${count} VM(s) in parallel: all up (envUp)`, `${seconds(t)} s`);
    t = Date.now();
    await envDown(sub, quiet);
    record(`${count} VM(s): down`, `${seconds(t)} s`);
  }
  await envDown(spec, quiet);
  if (values.apply) await applies(join(work, "project"));
} finally {
  if (spec) await envDown(spec, quiet).catch((err: unknown) => say(`cleanup: ${String(err)}`));
  await rm(work, { recursive: true, force: true });
}

/** env=local through the command line, from the hub image and from the base image. */
async function applies(root: string): Promise<void> {
  await mkdir(join(root, "inventory"), { recursive: true });
  for (const file of ["common.yaml", "local.yaml"]) await cp(join(REPO_ROOT, "inventory", file), join(root, "inventory", file));
  const cli = async (...args: string[]) => {
    const t = Date.now();
    const result = await execa(join(REPO_ROOT, "node_modules", ".bin", "tsx"), [join(REPO_ROOT, "cli", "main.ts"), ...args], {
      env: { HUBSTACK_ROOT: root, CI: "true" },
      reject: false,
    });
    if (result.exitCode !== 0) throw new Error(`${args.join(" ")} failed (exit ${result.exitCode}):\n${result.stderr.split("\n").slice(-30).join("\n")}`);
    return { seconds: seconds(t), json: args.includes("--json") ? (JSON.parse(result.stdout) as Record<string, unknown>) : {} };
  };
  const image = await cli("image", "build", "hub", "env=local", "--json");
  record("hub image (Packer), build or cached", `${image.seconds} s (${(image.json.built as boolean) ? "built" : "cached"})`);
  if (typeof image.json.peakMemoryMiB === "number") record("hub image build: peak memory on this machine (sampled)", `${image.json.peakMemoryMiB} MiB`);
  const local = join(root, "inventory", "local.yaml");
  const setting = async (key: string, value: boolean) => {
    const inventory = parseDocument(await readFile(local, "utf8"));
    inventory.setIn(["local", key], value);
    await writeFile(local, inventory.toString());
  };
  let fromImage: Awaited<ReturnType<typeof cli>>;
  let noLayers: Awaited<ReturnType<typeof cli>>;
  let fromBase: Awaited<ReturnType<typeof cli>> | undefined;
  try {
    fromImage = await cli("apply", "env=local", "--yes", "--json");
    record("apply env=local from the hub image", `${fromImage.seconds} s`);
    record("  of which the infrastructure phase", `${(fromImage.json.infrastructureSeconds as number).toFixed(1)} s`);
    // A re-apply that changes nothing (its check reuses the server the first one kept), then the check alone,
    // which always proves a server start: the no-op's cost beside the previous design's check.
    const noop = await cli("apply", "env=local", "--yes", "--json");
    const parts = noop.json.seconds as { provisioning?: number; check?: number };
    record("no-op re-apply of env=local (target ≤ 30 s)", `${noop.seconds} s (provisioning ${parts.provisioning ?? "?"} s, health check ${parts.check ?? "?"} s)`);
    const fullCheck = await cli("check", "env=local", "--json");
    record("health check proving a server start (npm run check, as every apply's before)", `${fullCheck.seconds} s`);
    // --delete-data: each apply starts from nothing, its health check the first (two server starts).
    const down = await cli("destroy", "env=local", "--yes", "--delete-data");
    record("destroy env=local", `${down.seconds} s`);
    await setting("packageLayers", false);
    noLayers = await cli("apply", "env=local", "--yes", "--json");
    record("apply env=local from the hub image, no package layers (previous design)", `${noLayers.seconds} s`);
    record("  of which the infrastructure phase", `${(noLayers.json.infrastructureSeconds as number).toFixed(1)} s`);
    await cli("destroy", "env=local", "--yes", "--delete-data");
    await setting("packageLayers", true);
    if (!values["skip-base"]) {
      await setting("useHubImage", false);
      fromBase = await cli("apply", "env=local", "--yes", "--json");
      record("apply env=local from the base image", `${fromBase.seconds} s`);
      record("  of which the infrastructure phase", `${(fromBase.json.infrastructureSeconds as number).toFixed(1)} s`);
    }
  } finally {
    // Whatever stopped the run, no VM of the bench's env=local stays up.
    await cli("destroy", "env=local", "--yes").catch((err: unknown) => say(`cleanup: ${String(err)}`));
  }
  record("apply from the hub image: with package layers / without", `${(fromImage.seconds / noLayers.seconds).toFixed(2)}`);
  if (fromBase) record("apply from the hub image / from the base image", `${(fromImage.seconds / fromBase.seconds).toFixed(2)} (target ≤ 0.5)`);
}

const width = Math.max(...rows.map(([w]) => w.length));
process.stdout.write(`\nlocal environment benchmark (${new Date().toISOString()}, load ${(await import("node:os")).loadavg()[0]?.toFixed(1)})\n`);
for (const [what, value] of rows) process.stdout.write(`  ${what.padEnd(width)}  ${value}\n`);
