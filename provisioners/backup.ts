/**
 * Backups and restores on the hosts, as `npm run backup` and `npm run restore` ask for them: over the same SSH
 * connections as provisioning (SshConnector, the environment's known_hosts, through the bastion), through what
 * the backup role put on each host (hubstack-backup.service, the hubstack-restic wrapper). The scripts are
 * built here, pure, so that the host tests run exactly these.
 */
import { RunError, UsageError } from "../environment/errors.js";
import type { Environment } from "../environment/schema.js";
import { quote } from "./engine/command.js";
import type { Connector } from "./engine/connector.js";
import type { TargetHost } from "./engine/hosts.js";
import { JumpPool, SshConnector } from "./connectors/ssh.js";
import { BACKUP_SERVICE, BACKUP_TAG, RESTIC_WRAPPER } from "./roles/backup/constants.js";
import { backupSources, isBackedUp, type BackupSource, type DatabaseDump } from "./roles/backup/sources.js";

export interface Snapshot {
  readonly id: string;
  readonly shortId: string;
  /** ISO time as restic records it. */
  readonly time: string;
  readonly host: string;
  readonly paths: readonly string[];
}

export interface BackupResult {
  readonly host: string;
  readonly snapshot: Snapshot;
  /** The snapshot's restore size in bytes (`restic stats --mode restore-size`). */
  readonly sizeBytes?: number;
}

/** The host's snapshots made by hubstack, oldest first. */
export function snapshotsScript(hostName: string, wrapper = RESTIC_WRAPPER): string {
  return `${quote(wrapper)} snapshots --json --no-lock --tag ${BACKUP_TAG} --host ${quote(hostName)}`;
}

export function parseSnapshots(stdout: string): Snapshot[] {
  const data = JSON.parse(stdout.trim() || "[]") as { id: string; short_id?: string; time: string; hostname: string; paths?: string[] }[] | null;
  return (data ?? [])
    .map((s) => ({ id: s.id, shortId: s.short_id ?? s.id.slice(0, 8), time: s.time, host: s.hostname, paths: s.paths ?? [] }))
    .sort((a, b) => a.time.localeCompare(b.time));
}

export function statsScript(snapshotId: string, wrapper = RESTIC_WRAPPER): string {
  return `${quote(wrapper)} stats --json --no-lock --mode restore-size ${quote(snapshotId)}`;
}

/** The snapshot `wanted` names (a full id or a prefix of one, at least 4 characters), or undefined. */
export function findSnapshot(snapshots: readonly Snapshot[], wanted: string): Snapshot | undefined {
  if (wanted.length < 4) return undefined;
  const found = snapshots.filter((s) => s.id.startsWith(wanted));
  return found.length === 1 ? found[0] : undefined;
}

/** The dumps a restore of `paths` (all when empty) brings back. */
export function dumpsRestored(source: BackupSource, paths: readonly string[]): DatabaseDump[] {
  if (paths.length === 0) return [...source.dumps];
  return source.dumps.filter((d) => paths.some((p) => d.dump === p || d.dump.startsWith(`${p}/`)));
}

/**
 * Restores `snapshotId` in place (restic restore --target /), only `paths` when given. A database whose dump
 * comes back is put back from it with its unit stopped (started again whatever happens); the file keeps the
 * owner and mode the live one had. Files created since the snapshot stay: restic restore adds and overwrites.
 */
export function restoreScript(source: BackupSource, snapshotId: string, paths: readonly string[], wrapper = RESTIC_WRAPPER): string {
  const dumps = dumpsRestored(source, paths);
  const units = [...new Set(dumps.map((d) => d.unit))];
  const lines = ["set -eu"];
  if (units.length) {
    // Only what runs is stopped, and only that is started again: without systemd (a container, the loopback test
    // host), or with the unit not running (a hub not set up yet), there is nothing to stop and nothing to start.
    lines.push(`hs_stopped=`);
    for (const unit of units) {
      lines.push(`if [ -d /run/systemd/system ] && systemctl is-active --quiet ${quote(unit)}; then systemctl stop ${quote(unit)}; hs_stopped="$hs_stopped ${quote(unit)}"; fi`);
    }
    lines.push(`trap 'if [ -n "$hs_stopped" ]; then systemctl start $hs_stopped; fi' EXIT`);
  }
  // A dump left from the last backup must not pass for the snapshot's.
  for (const d of dumps) lines.push(`rm -f ${quote(d.dump)}`);
  lines.push(`${quote(wrapper)} restore ${quote(snapshotId)} --target /${paths.map((p) => ` --include ${quote(p)}`).join("")}`);
  for (const d of dumps) {
    const db = quote(d.database);
    const tmp = quote(`${d.database}.hubstack-restore`);
    lines.push(
      `if [ -f ${quote(d.dump)} ]; then`,
      `  cp ${quote(d.dump)} ${tmp}`,
      `  if [ -e ${db} ]; then chown --reference=${db} ${tmp}; chmod --reference=${db} ${tmp}; else chmod 0600 ${tmp}; fi`,
      `  rm -f ${quote(`${d.database}-journal`)} ${quote(`${d.database}-wal`)} ${quote(`${d.database}-shm`)}`,
      `  mv ${tmp} ${db}`,
      `  echo "put ${d.database} back from the snapshot's copy"`,
      `else`,
      `  echo "the snapshot holds no copy of ${d.database}: left as it was" >&2`,
      `fi`,
    );
  }
  return lines.join("\n");
}

/** What the chosen hosts back up: every backing-up host, or those `only` names. Refused before any host is reached. */
export function chooseSources(env: Environment, only?: readonly string[]): BackupSource[] {
  if (!env.backup) {
    throw new UsageError(`env=${env.name} has no backup section: add one to inventory/${env.baseName}.yaml (see README, "Backups") and provision`);
  }
  const sources = backupSources(env);
  const names = sources.map((s) => s.host);
  const unknown = (only ?? []).filter((n) => !names.includes(n));
  if (unknown.length) throw new UsageError(`--host ${unknown.join(", ")}: not a host that backs up (the hosts of env=${env.name} that do: ${names.join(", ")})`);
  return sources.filter((s) => !only?.length || only.includes(s.host));
}

/** The chosen sources with the TargetHost each is reached as. */
export function withTargets(env: Environment, sources: readonly BackupSource[], targets: readonly TargetHost[]): { target: TargetHost; source: BackupSource }[] {
  return sources.map((source) => {
    const target = targets.find((t) => t.name === source.host);
    if (!target) throw new RunError(`host ${source.host} of env=${env.name} is not among the machines its state knows; apply first`);
    return { target, source };
  });
}

/** Paths a restore may name on `source`: the ones it backs up, or inside them. A clear error otherwise. */
export function checkRestorePaths(source: BackupSource, paths: readonly string[]): void {
  const outside = paths.filter((p) => !p.startsWith("/") || p.split("/").includes("..") || !isBackedUp(source, p.replace(/\/+$/, "") || "/"));
  if (outside.length) {
    throw new UsageError(`--paths ${outside.join(", ")}: not inside what ${source.host} backs up (${source.paths.join(", ")})`);
  }
}

/** One SSH connection per host, sharing the jump hosts'; closed by `close`. */
export class HostSessions {
  private readonly jumps: JumpPool;
  private readonly open = new Map<string, Promise<Connector>>();
  constructor(private readonly knownHostsFile: string) {
    this.jumps = new JumpPool({ knownHostsFile });
  }

  connector(target: TargetHost): Promise<Connector> {
    let c = this.open.get(target.name);
    if (!c) {
      c = (async () => {
        const connector = new SshConnector(target, { knownHostsFile: this.knownHostsFile }, this.jumps);
        await connector.connect();
        return connector;
      })();
      this.open.set(target.name, c);
    }
    return c;
  }

  /** Runs `script` as root on `target`; a failure is a RunError with the script's last lines of output. */
  async run(target: TargetHost, script: string, what: string): Promise<string> {
    const r = await (await this.connector(target)).exec(script);
    if (r.code !== 0) {
      const tail = `${r.stderr}\n${r.stdout}`.trim().split("\n").slice(-15).join("\n");
      throw new RunError(`${target.name}: ${what} failed (exit ${r.code}):\n${tail}`);
    }
    return r.stdout;
  }

  async close(): Promise<void> {
    for (const c of this.open.values()) await (await c.catch(() => undefined))?.close();
    await this.jumps.closeAll();
  }
}

export async function listSnapshots(sessions: HostSessions, target: TargetHost): Promise<Snapshot[]> {
  return parseSnapshots(await sessions.run(target, snapshotsScript(target.name), "listing the snapshots"));
}

/** Runs the host's backup service now (systemctl start waits for a oneshot), then reads its newest snapshot. */
export async function backupNow(sessions: HostSessions, target: TargetHost): Promise<BackupResult> {
  await sessions.run(
    target,
    `if ! systemctl start ${BACKUP_SERVICE}; then journalctl -u ${BACKUP_SERVICE} -n 20 --no-pager -o cat >&2; exit 1; fi`,
    `the backup (${BACKUP_SERVICE})`,
  );
  const snapshot = (await listSnapshots(sessions, target)).at(-1);
  if (!snapshot) throw new RunError(`${target.name}: the backup ran but the repository holds no snapshot of it`);
  let sizeBytes: number | undefined;
  try {
    sizeBytes = (JSON.parse(await sessions.run(target, statsScript(snapshot.id), "reading the snapshot's size")) as { total_size?: number }).total_size;
  } catch {
    sizeBytes = undefined;
  }
  return { host: target.name, snapshot, ...(sizeBytes !== undefined ? { sizeBytes } : {}) };
}

/** 1.5 GiB, 340 MiB, 12 KiB. */
export function formatBytes(bytes: number | undefined): string {
  if (bytes === undefined) return "?";
  const units = ["B", "KiB", "MiB", "GiB", "TiB"];
  let value = bytes;
  let unit = 0;
  while (value >= 1024 && unit < units.length - 1) {
    value /= 1024;
    unit += 1;
  }
  return `${unit === 0 ? value : value.toFixed(1)} ${units[unit]}`;
}
