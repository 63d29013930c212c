/**
 * Benchmark of the local environment (`npm run bench:local`), on this machine, for real:
 *   - base image build: cold (empty caches, straight from the mirror), rebuild with a warm apt-cacher-ng, and
 *     warm (the cached image is reused);
 *   - boot to SSH and to cloud-init done, per VM, for 1 VM and for N VMs booted in parallel;
 *   - memory (RSS of qemu) per VM; `down` time.
 *
 * Options: --vms N (parallel boot, default 3), --skip-cold (reuse caches: only warm figures and boots).
 * Cold builds go to a temporary cache root, so the machine's real cache is neither used nor disturbed.
 * Cleans up everything it started, also when it fails.
 */
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { parseArgs } from "node:util";
import { ensureBaseImage } from "../cli/local/base-image.js";
import { envDown, envStatus, envUp, networkUp, parseSpec, type LocalEnvSpec } from "../cli/local/local-env.js";
import { ensurePrereqs } from "../cli/local/prereqs.js";
import { randomHex, run, seconds } from "../cli/local/util.js";
import { detectAccel } from "../cli/local/vm.js";

const { values } = parseArgs({
  options: { vms: { type: "string", default: "3" }, "skip-cold": { type: "boolean", default: false } },
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
} finally {
  if (spec) await envDown(spec, quiet).catch((err: unknown) => say(`cleanup: ${String(err)}`));
  await rm(work, { recursive: true, force: true });
}

const width = Math.max(...rows.map(([w]) => w.length));
process.stdout.write(`\nlocal environment benchmark (${new Date().toISOString()}, load ${(await import("node:os")).loadavg()[0]?.toFixed(1)})\n`);
for (const [what, value] of rows) process.stdout.write(`  ${what.padEnd(width)}  ${value}\n`);
