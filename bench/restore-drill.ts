/**
 * The restore drill on env=local (`npm run drill:restore`), for real, as issue 16 and every backup policy ask:
 * a backup is only as good as a restore from nothing. In a temporary project (HUBSTACK_ROOT) holding the shipped
 * env=local with a backup section added:
 *
 *   1. `apply` from nothing: three VMs, the hub's health check writes ~/hubstack-check.txt from a notebook into
 *      its user's home on the NFS server, and the hub's database and secrets exist;
 *   2. what the drill will look for is read off the machines: that file's bytes, the hub's users (name and
 *      creation time from its sqlite database), the hash of its cookie secret;
 *   3. `backup`; 4. `destroy --delete-data` (machines, disks, state folder: nothing of the environment is left);
 *   5. `apply` again (new machines, empty disks, a new database and secrets: the drill checks they differ);
 *   6. `restore --host nfs`, `restore --host hub` (its database and secrets), `provision --limit hub` (the
 *      secrets into the hub's configuration); 7. the same readings must equal step 2's, and
 *      `check` with the first check's record finds the first file in the home ("find previous file").
 *
 * The repository must outlive `destroy --delete-data`, so it is off the environment: `rclone serve restic` (a
 * restic REST server, Debian's rclone) on this machine's side of the local bridge (10.70.0.1), the repository in
 * the temporary project. Prints the time of each phase; exits 1 when any reading differs. Cleans up what it
 * started (the environment with --delete-data, the server, the temporary project) also when it fails.
 *
 * Needs: what env=local needs, plus rclone (`apt-get install rclone`). Refuses to start while env=local runs
 * from another folder (they would share the bridge and addresses).
 */
import { execFileSync, spawn, type ChildProcess } from "node:child_process";
import { appendFileSync, cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { execa } from "execa";
import { GENERATED_COOKIE_SECRET, SECRETS_DIR } from "../provisioners/roles/jupyterhub/constants.js";
import { DUMP_DIR } from "../provisioners/roles/backup/constants.js";

const REPO = resolve(import.meta.dirname, "..");
const root = mkdtempSync(join(tmpdir(), "hubstack-drill-"));
const stateDir = join(root, ".state", "local");
const key = join(root, "keys", "id_ed25519");
const BASTION = "10.70.0.10";
const NFS = "10.70.0.12";
const HUB = "10.70.0.11";
const REST_PORT = 18765;
const repository = join(root, "restic-repository");

const started = Date.now();
const rows: [string, string][] = [];
const say = (line: string) => process.stderr.write(`[drill ${((Date.now() - started) / 1000).toFixed(0)}s] ${line}\n`);

let commands = 0;
/** The CLI as an operator runs it, in the temporary project; the whole output in a file beside it. */
async function hubstack(...args: string[]): Promise<void> {
  const t = Date.now();
  const result = await execa(join(REPO, "node_modules", ".bin", "tsx"), [join(REPO, "cli", "main.ts"), ...args], {
    env: { HUBSTACK_ROOT: root, CI: "true" },
    reject: false,
    all: true,
  });
  const seconds = ((Date.now() - t) / 1000).toFixed(0);
  const log = join(root, `hubstack-${++commands}-${args.slice(0, 2).join("-")}.log`);
  writeFileSync(log, result.all ?? "");
  rows.push([`hubstack ${args.join(" ")}`, `${seconds} s, exit ${result.exitCode}`]);
  say(`hubstack ${args.join(" ")}: exit ${result.exitCode} in ${seconds} s (${log})`);
  if (result.exitCode !== 0) {
    process.stderr.write(`${(result.all ?? "").split("\n").slice(-40).join("\n")}\n`);
    throw new Error(`hubstack ${args.join(" ")} failed (exit ${result.exitCode}); whole output in ${log}`);
  }
}

/** A command on a VM over SSH as hubstack reaches it (the hub and the NFS server through the bastion). */
function onHost(address: string, command: string): string {
  const options = ["-i", key, "-o", `UserKnownHostsFile=${join(stateDir, "known_hosts")}`, "-o", "StrictHostKeyChecking=yes", "-o", "BatchMode=yes", "-o", "ConnectTimeout=20"];
  const jump = address === BASTION ? [] : ["-o", `ProxyCommand=ssh ${options.join(" ")} -W %h:%p debian@${BASTION}`];
  return execFileSync("ssh", [...options, ...jump, `debian@${address}`, command], { encoding: "utf8", timeout: 120_000 }).trim();
}

/** What a restore must bring back, read off the machines. */
interface Readings {
  homeFile: string;
  hubUsers: string;
  cookieSecret: string;
}
function readings(): Readings {
  return {
    // The check user's home on the NFS server's export (its bytes and owner), as the notebook wrote it.
    // (Its folder is DockerSpawner's escaped name, hubstack-2dcheck: found, not spelled.)
    homeFile: onHost(NFS, "sudo find /export/home -maxdepth 2 -name hubstack-check.txt -exec stat -c '%n %u:%g %s' {} ';' -exec cat {} ';'"),
    // The hub's users as its database holds them (name and when each was created).
    hubUsers: onHost(HUB, `sudo python3 -c "import sqlite3; print(sorted(sqlite3.connect('file:/var/lib/jupyterhub/jupyterhub.sqlite?mode=ro', uri=True).execute('select name, created from users').fetchall()))"`),
    cookieSecret: onHost(HUB, `sudo sha256sum ${GENERATED_COOKIE_SECRET}`),
  };
}

/** rclone's restic REST server on the bridge address; started again when it exits (the bridge goes with destroy). */
let server: ChildProcess | undefined;
let stopping = false;
function serveRepository(): void {
  if (stopping) return;
  server = spawn("rclone", ["serve", "restic", "--addr", `10.70.0.1:${REST_PORT}`, repository], { stdio: ["ignore", "ignore", "pipe"] });
  server.stderr?.on("data", (chunk: Buffer) => appendFileSync(join(root, "rclone.log"), chunk));
  server.on("exit", () => setTimeout(serveRepository, 2000));
}

let failed = false;
try {
  execFileSync("rclone", ["version"], { stdio: "ignore" });
  mkdirSync(join(root, "inventory", "secrets"), { recursive: true });
  mkdirSync(repository);
  for (const file of ["common.yaml", "local.yaml"]) cpSync(join(REPO, "inventory", file), join(root, "inventory", file));
  appendFileSync(
    join(root, "inventory", "local.yaml"),
    `\n# Added by the restore drill: a repository off the environment, on this machine.\nbackup:\n  repository: { type: rest, url: "rest:http://10.70.0.1:${REST_PORT}/" }\n`,
  );
  writeFileSync(join(root, "inventory", "secrets", "local.yaml"), `backup:\n  password: ${execFileSync("openssl", ["rand", "-hex", "24"], { encoding: "utf8" }).trim()}\n`, { mode: 0o600 });
  serveRepository();
  say(`project ${root}; restic REST server (rclone) on 10.70.0.1:${REST_PORT}, repository ${repository}`);

  await hubstack("apply", "env=local", "--yes");
  const before = readings();
  const checkRecord = readFileSync(join(stateDir, "health-check.json"), "utf8");
  say(`before: ${JSON.stringify(before)}`);
  if (!before.homeFile.includes("hubstack health check")) throw new Error(`the check's file is not on the NFS export: ${JSON.stringify(before.homeFile)}`);

  await hubstack("backup", "env=local");
  await hubstack("destroy", "env=local", "--delete-data", "--yes");
  await hubstack("apply", "env=local", "--yes");
  const fresh = readings();
  say(`after the new apply: ${JSON.stringify(fresh)}`);
  // The new machines must really be new: otherwise the drill would prove nothing.
  for (const k of ["hubUsers", "cookieSecret", "homeFile"] as const) {
    const differs = fresh[k] !== before[k];
    rows.push([`new machines differ: ${k}`, differs ? "yes" : "NO (the drill proves nothing for it)"]);
    if (!differs) failed = true;
  }

  await hubstack("restore", "env=local", "--host", "nfs", "--yes");
  // The hub's database and generated secrets, not Caddy's state: env=local's ACME server (pebble) is a new CA in
  // every environment, and the restored certificate would be one the new root does not sign. (On a real site the
  // certificate is restored with the rest: same CA, and no new one to ask for.)
  await hubstack("restore", "env=local", "--host", "hub", "--paths", `${DUMP_DIR},${SECRETS_DIR}`, "--yes");
  // The secrets reach JupyterHub's and the proxy's configuration at provisioning (the restore says so).
  await hubstack("provision", "env=local", "--limit", "hub");
  const after = readings();
  say(`after the restore: ${JSON.stringify(after)}`);
  for (const k of ["homeFile", "hubUsers", "cookieSecret"] as const) {
    const same = after[k] === before[k];
    rows.push([`restored: ${k}`, same ? "as before the backup" : `DIFFERS: ${after[k]} (before: ${before[k]})`]);
    if (!same) failed = true;
  }
  // The first check's record: the next check must find the file that check wrote, through the hub, as its user.
  writeFileSync(join(stateDir, "health-check.json"), checkRecord, { mode: 0o600 });
  await hubstack("check", "env=local");
  rows.push(["check after the restore finds the first check's file", "yes"]);
} catch (err) {
  failed = true;
  say(`FAILED: ${(err as Error).message}`);
} finally {
  await hubstack("destroy", "env=local", "--delete-data", "--yes").catch((err: Error) => say(`cleanup: ${err.message}`));
  stopping = true;
  server?.kill();
  say(`keeping the logs in ${root} (remove it when done)`);
  rmSync(repository, { recursive: true, force: true });
}

const width = Math.max(...rows.map(([k]) => k.length));
process.stdout.write(`\nRestore drill on env=local (${((Date.now() - started) / 1000).toFixed(0)} s in all)\n`);
for (const [k, v] of rows) process.stdout.write(`  ${k.padEnd(width)}  ${v}\n`);
process.stdout.write(failed ? "\nDRILL FAILED\n" : "\nDRILL PASSED: the homes, the hub's users and its secrets came back from the backup alone\n");
process.exit(failed ? 1 : 0);
