/**
 * `hubstack backup env=NAME [--host H]`: a backup now, on every host that backs up (the data hosts, one after
 * another: restic's prune locks the shared repository), through hubstack-backup.service as the timer runs it;
 * then each host's new snapshot (id, time, size). The work is provisioners/backup.ts's.
 */
import { knownHostsFileOf, toTargetHosts } from "../../provisioners/phase.js";
import { backupNow, chooseSources, formatBytes, withTargets, HostSessions, type BackupResult } from "../../provisioners/backup.js";
import { registerSecrets } from "../../environment/output.js";
import { derivedRepositorySecrets } from "../../provisioners/roles/backup/template-vars.js";
import { existingHosts } from "./provision.js";
import { loadEnv, runContext, type CommonOptions } from "./context.js";

export interface BackupOptions extends CommonOptions {
  readonly env: string;
  /** Only these hosts (default: every host that backs up). */
  readonly hosts?: readonly string[];
}

export async function backup(options: BackupOptions): Promise<BackupResult[]> {
  const ctx = runContext(options);
  const env = loadEnv(options.env, ctx);
  // A rest repository's credentials as the hosts' RESTIC_REPOSITORY holds them (percent-encoded): masked too.
  registerSecrets(derivedRepositorySecrets(env.backup));
  // Refused before any host is reached: no backup section, a host that does not back up.
  const sources = chooseSources(env, options.hosts);
  const chosen = withTargets(env, sources, toTargetHosts(env, await existingHosts(env, ctx), ctx.paths));
  const sessions = new HostSessions(knownHostsFileOf(ctx.paths, env.name));
  const results: BackupResult[] = [];
  try {
    for (const { target } of chosen) {
      ctx.output.step(`Backing up ${target.name}`);
      const result = await backupNow(sessions, target);
      results.push(result);
      ctx.output.info(`${target.name}: snapshot ${result.snapshot.shortId} (${result.snapshot.id}) at ${result.snapshot.time}, ${formatBytes(result.sizeBytes)}`);
    }
  } finally {
    await sessions.close();
  }
  if (ctx.output.json) ctx.output.result({ env: env.name, snapshots: results });
  return results;
}
