/**
 * `hubstack restore env=NAME [--host H] [--snapshot ID] [--paths P,...] [--yes]`: a backup put back in place
 * (`restic restore --target /`), each chosen host's latest snapshot unless --snapshot names one. On the hub,
 * JupyterHub is stopped while its database is put back from the snapshot's copy, and started again.
 *
 * Every mistake is refused before anything is touched: no backup section, a host that does not back up, paths
 * outside what the host backs up, a snapshot that is not there (the latest few are listed), no confirmation
 * without a terminal (--yes). Listing the snapshots reads the repository and changes nothing.
 */
import { UsageError } from "../../environment/errors.js";
import { knownHostsFileOf, toTargetHosts } from "../../provisioners/phase.js";
import {
  checkRestorePaths,
  chooseSources,
  dumpsRestored,
  findSnapshot,
  HostSessions,
  listSnapshots,
  restoreScript,
  withTargets,
  type Snapshot,
} from "../../provisioners/backup.js";
import { confirmAction } from "../prompt.js";
import { SECRETS_DIR } from "../../provisioners/roles/jupyterhub/constants.js";
import { registerSecrets } from "../../environment/output.js";
import { derivedRepositorySecrets } from "../../provisioners/roles/backup/template-vars.js";
import { existingHosts } from "./provision.js";
import { loadEnv, npmRun, runContext, type CommonOptions } from "./context.js";

export interface RestoreOptions extends CommonOptions {
  readonly env: string;
  readonly yes?: boolean;
  readonly hosts?: readonly string[];
  readonly snapshot?: string;
  readonly paths?: readonly string[];
  readonly ask?: (question: string) => Promise<boolean>;
  readonly interactive?: boolean;
}

export interface RestoreResult {
  readonly env: string;
  /** What was restored where; empty when the user declined. */
  readonly restored: { host: string; snapshot: string; time: string; paths: readonly string[] }[];
}

const describe = (s: Snapshot) => `${s.shortId}  ${s.time}  ${s.host}`;

export async function restore(options: RestoreOptions): Promise<RestoreResult> {
  const ctx = runContext(options);
  const env = loadEnv(options.env, ctx);
  // A rest repository's credentials as the hosts' RESTIC_REPOSITORY holds them (percent-encoded): masked too.
  registerSecrets(derivedRepositorySecrets(env.backup));
  const paths = (options.paths ?? []).map((p) => (p.length > 1 ? p.replace(/\/+$/, "") : p));

  // 1. What the inventory says, before any host is reached.
  const sources = chooseSources(env, options.hosts);
  if ((paths.length || options.snapshot) && sources.length > 1) {
    throw new UsageError(
      `${options.snapshot ? "--snapshot" : "--paths"} is about one host, and env=${env.name} has ${sources.length} that back up (${sources.map((s) => s.host).join(", ")}): name it with --host`,
    );
  }
  for (const source of sources) checkRestorePaths(source, paths);

  // 2. The snapshots (read only).
  const chosen = withTargets(env, sources, toTargetHosts(env, await existingHosts(env, ctx), ctx.paths));
  const sessions = new HostSessions(knownHostsFileOf(ctx.paths, env.name));
  try {
    const plan: { target: (typeof chosen)[number]["target"]; source: (typeof chosen)[number]["source"]; snapshot: Snapshot }[] = [];
    for (const { target, source } of chosen) {
      const snapshots = await listSnapshots(sessions, target);
      const latest = snapshots.slice(-5).reverse();
      if (options.snapshot) {
        const found = findSnapshot(snapshots, options.snapshot);
        if (!found) {
          throw new UsageError(
            `--snapshot ${options.snapshot}: no snapshot of ${target.name} has that id${options.snapshot.length < 4 ? " (give at least 4 characters)" : ""}; ` +
              (latest.length ? `its latest:\n  ${latest.map(describe).join("\n  ")}` : "it has none yet (`npm run backup` makes one)"),
          );
        }
        plan.push({ target, source, snapshot: found });
      } else {
        if (!latest[0]) throw new UsageError(`${target.name} has no snapshot yet: nothing to restore (\`${npmRun("backup", `env=${env.name}`)}\` makes one)`);
        plan.push({ target, source, snapshot: latest[0] });
      }
    }

    // 3. Asked (or --yes), then done.
    const what = plan.map(({ target, source, snapshot }) => {
      const stops = [...new Set(dumpsRestored(source, paths).map((d) => d.unit))];
      return `${target.name}: snapshot ${snapshot.shortId} of ${snapshot.time}, ${paths.length ? paths.join(", ") : source.paths.join(", ")}${stops.length ? ` (${stops.join(", ")} stopped meanwhile)` : ""}`;
    });
    for (const line of what) ctx.output.info(line);
    const go = await confirmAction({
      yes: options.yes ?? false,
      action: `restore these in place on env=${env.name} (files of the snapshot overwrite the ones there)`,
      retryWith: npmRun("restore", `env=${env.name}${options.hosts?.length ? ` --host ${options.hosts.join(",")}` : ""}${options.snapshot ? ` --snapshot ${options.snapshot}` : ""}${paths.length ? ` --paths ${paths.join(",")}` : ""} --yes`),
      ...(options.processEnv ? { env: options.processEnv } : {}),
      ...(options.interactive !== undefined ? { interactive: options.interactive } : {}),
      ...(options.ask ? { ask: options.ask } : {}),
    });
    if (!go) {
      ctx.output.info("Nothing was restored.");
      return { env: env.name, restored: [] };
    }
    const restored: RestoreResult["restored"] = [];
    for (const { target, source, snapshot } of plan) {
      ctx.output.step(`Restoring ${target.name} from snapshot ${snapshot.shortId}`);
      const out = await sessions.run(target, restoreScript(source, snapshot.id, paths), `restoring snapshot ${snapshot.shortId}`);
      for (const line of out.trim().split("\n").filter(Boolean).slice(-5)) ctx.output.info(`  ${line}`);
      restored.push({ host: target.name, snapshot: snapshot.id, time: snapshot.time, paths: paths.length ? paths : source.paths });
    }
    // The hub's configuration carries its generated secrets (rendered from SECRETS_DIR at provisioning): restored
    // files change nothing until the next provisioning writes them into JupyterHub's and the proxy's environment.
    const secretsBack = restored.filter((r) => r.paths.some((p) => p === SECRETS_DIR || SECRETS_DIR.startsWith(`${p}/`))).map((r) => r.host);
    if (secretsBack.length) {
      ctx.output.info(
        `The hub's generated secrets came back on ${secretsBack.join(", ")}: \`${npmRun("provision", `env=${env.name} --limit ${secretsBack.join(",")}`)}\` ` +
          `puts them into JupyterHub's and the proxy's configuration and restarts both (until then the running hub keeps the ones it had).`,
      );
    }
    const result = { env: env.name, restored };
    if (ctx.output.json) ctx.output.result(result);
    return result;
  } finally {
    await sessions.close();
  }
}
