/**
 * npm run bench:provision — the same task list (bench/role.ts ≡ bench/ansible/playbook.yml) converged by
 * hubstack and by Ansible on the same host with the same key, alternating, several rounds in one run.
 * Each round, for each tool: reset the host (untimed), full converge, no-op converge. hubstack is timed
 * as a process of its own (node + tsx startup included), like ansible-playbook; the engine's own time
 * is printed beside it.
 *
 *   BENCH_ROUNDS=3 (default 3)
 */
import { execa } from "execa";
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { SshConnector } from "../provisioners/connectors/ssh.js";
import { provision } from "../provisioners/engine/provision.js";
import type { ProvisionReport } from "../provisioners/engine/report.js";
import type { TargetHost } from "../provisioners/engine/hosts.js";
import { startLocalSshd, stopLocalSshd, type TestSshd } from "./support/local-sshd.js";
import { RESET_SCRIPT, benchRole, type BenchVars } from "./role.js";

const HERE = dirname(fileURLToPath(import.meta.url));

interface ChildArgs {
  host: TargetHost;
  vars: BenchVars;
  knownHostsFile: string;
}

/** Child mode: one hubstack converge, its report as JSON on stdout. */
async function child(args: ChildArgs): Promise<void> {
  const report = await provision([args.host], { roles: { bench: benchRole }, vars: args.vars, knownHostsFile: args.knownHostsFile });
  process.stdout.write(JSON.stringify(report));
}

async function runHubstack(args: ChildArgs): Promise<{ seconds: number; report: ProvisionReport }> {
  const started = performance.now();
  const result = await execa("node", ["--import", "tsx", join(HERE, "provision.ts"), "--child", JSON.stringify(args)], { cwd: join(HERE, "..") });
  const seconds = (performance.now() - started) / 1000;
  const report = JSON.parse(result.stdout) as ProvisionReport;
  if (!report.ok) throw new Error(`hubstack failed: ${JSON.stringify(report.hosts[0]?.error)}`);
  return { seconds, report };
}

async function runAnsible(dir: string, vars: BenchVars): Promise<{ seconds: number; changed: number }> {
  const started = performance.now();
  const result = await execa(
    "ansible-playbook",
    ["-i", join(dir, "inventory.ini"), join(HERE, "ansible", "playbook.yml"), "-e", JSON.stringify({ bench_key: vars.key, services: vars.services })],
    { env: { ANSIBLE_CONFIG: join(dir, "ansible.cfg") }, reject: false },
  );
  const seconds = (performance.now() - started) / 1000;
  if (result.exitCode !== 0) throw new Error(`ansible-playbook failed:\n${result.stdout.slice(-3000)}\n${result.stderr}`);
  const changed = Number(/changed=(\d+)/.exec(result.stdout)?.[1] ?? -1);
  return { seconds, changed };
}

async function onHost(host: TargetHost, knownHostsFile: string, script: string): Promise<void> {
  const c = new SshConnector(host, { knownHostsFile });
  await c.connect();
  const r = await c.exec(script);
  await c.close();
  if (r.code !== 0) throw new Error(`${script}: ${r.stderr}`);
}

function ansibleFiles(dir: string, sshd: TestSshd, knownHostsFile: string): void {
  writeFileSync(
    join(dir, "inventory.ini"),
    `[bench]\nbenchhost ansible_host=${sshd.address} ansible_port=${sshd.port} ansible_user=${sshd.user} ansible_ssh_private_key_file=${sshd.privateKeyFile} ` +
      `ansible_ssh_common_args='-o UserKnownHostsFile=${knownHostsFile} -o StrictHostKeyChecking=yes'\n`,
  );
  writeFileSync(
    join(dir, "ansible.cfg"),
    ["[defaults]", "host_key_checking = True", "interpreter_python = /usr/bin/python3", "retry_files_enabled = False", "[ssh_connection]", "pipelining = True", ""].join("\n"),
  );
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

async function main(): Promise<void> {
  const rounds = Number(process.env.BENCH_ROUNDS ?? 3);
  const sshd = await startLocalSshd();
  const dir = mkdtempSync(join(tmpdir(), "hubstack-bench-"));
  const knownHostsFile = join(dir, "known_hosts");
  writeFileSync(knownHostsFile, `[${sshd.address}]:${sshd.port} ${sshd.hostKey}\n`);
  ansibleFiles(dir, sshd, knownHostsFile);
  const host: TargetHost = { name: "benchhost", address: sshd.address, port: sshd.port, user: sshd.user, privateKeyFile: sshd.privateKeyFile, roles: ["bench"], hostKey: sshd.hostKey };
  const vars: BenchVars = { key: readFileSync(`${sshd.privateKeyFile}.pub`, "utf8").trim(), services: sshd.systemd };
  const args: ChildArgs = { host, vars, knownHostsFile };
  const operations = benchRole.tasks({ host, hosts: [host], vars }).length;
  console.log(`bench:provision — ${operations} operations, host ${sshd.address}:${sshd.port} (${sshd.systemd ? "systemd" : "no systemd: services left out"}), ${rounds} rounds, alternating`);

  const times = { hubstack: { full: [] as number[], noop: [] as number[], engineFull: [] as number[], engineNoop: [] as number[] }, ansible: { full: [] as number[], noop: [] as number[] } };
  let tripsPerRole: { full: number; noop: number } = { full: 0, noop: 0 };
  try {
    // Untimed: what the Ansible apt module needs on the target, and the package lists fresh for both.
    await onHost(host, knownHostsFile, "apt-get -q -y -o DPkg::Lock::Timeout=600 install python3-apt >/dev/null && apt-get -q -o DPkg::Lock::Timeout=600 update >/dev/null");
    for (let round = 0; round < rounds; round++) {
      const order = round % 2 === 0 ? (["hubstack", "ansible"] as const) : (["ansible", "hubstack"] as const);
      for (const tool of order) {
        await onHost(host, knownHostsFile, RESET_SCRIPT);
        if (tool === "hubstack") {
          const full = await runHubstack(args);
          const noop = await runHubstack(args);
          if (noop.report.hosts[0]!.changed !== 0) throw new Error("hubstack no-op converge changed something");
          times.hubstack.full.push(full.seconds);
          times.hubstack.noop.push(noop.seconds);
          times.hubstack.engineFull.push(full.report.seconds);
          times.hubstack.engineNoop.push(noop.report.seconds);
          tripsPerRole = { full: full.report.hosts[0]!.roles[0]!.roundTrips, noop: noop.report.hosts[0]!.roles[0]!.roundTrips };
          console.log(`  round ${round + 1} hubstack: full ${full.seconds.toFixed(2)}s (engine ${full.report.seconds.toFixed(2)}s, ${tripsPerRole.full} round trips), no-op ${noop.seconds.toFixed(2)}s (engine ${noop.report.seconds.toFixed(2)}s, ${tripsPerRole.noop} round trips)`);
        } else {
          const full = await runAnsible(dir, vars);
          const noop = await runAnsible(dir, vars);
          if (noop.changed !== 0) throw new Error(`ansible no-op converge changed ${noop.changed}`);
          times.ansible.full.push(full.seconds);
          times.ansible.noop.push(noop.seconds);
          console.log(`  round ${round + 1} ansible:  full ${full.seconds.toFixed(2)}s (changed=${full.changed}), no-op ${noop.seconds.toFixed(2)}s`);
        }
      }
    }
    await onHost(host, knownHostsFile, RESET_SCRIPT);
  } finally {
    stopLocalSshd(sshd);
  }

  const h = { full: median(times.hubstack.full), noop: median(times.hubstack.noop) };
  const a = { full: median(times.ansible.full), noop: median(times.ansible.noop) };
  const verdict = (ok: boolean) => (ok ? "meets target" : "MISSES target");
  console.log("");
  console.log("median wall seconds   hubstack   (engine)   ansible   ratio");
  console.log(`full converge         ${h.full.toFixed(2).padStart(8)}   ${median(times.hubstack.engineFull).toFixed(2).padStart(8)}   ${a.full.toFixed(2).padStart(7)}   ${(h.full / a.full).toFixed(3)}  (≤ 0.5: ${verdict(h.full / a.full <= 0.5)})`);
  console.log(`no-op converge        ${h.noop.toFixed(2).padStart(8)}   ${median(times.hubstack.engineNoop).toFixed(2).padStart(8)}   ${a.noop.toFixed(2).padStart(7)}   ${(h.noop / a.noop).toFixed(3)}  (≤ 0.2: ${verdict(h.noop / a.noop <= 0.2)})`);
  console.log("");
  console.log(`SSH round trips per role (bench, ${operations} operations): full converge ${tripsPerRole.full}, no-op ${tripsPerRole.noop}  (≤ 3 on a no-op: ${verdict(tripsPerRole.noop <= 3)})`);
}

if (process.argv[2] === "--child") await child(JSON.parse(process.argv[3]!) as ChildArgs);
else await main();
