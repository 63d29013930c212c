/**
 * Template variables of the start-hooks role: the runner start-scripts.sh (in every notebook image, and
 * on the hub for the local spawner) and the two hooks it runs, in the admin area on NFS.
 *
 * Ownership is the trust anchor: as-root.sh must be owned by root, as-user.sh by root or admin, and
 * neither they nor their folders writable by group or others. The role applies exactly the owners and
 * modes below; the runner refuses anything else.
 */
import type { Environment } from "../../../environment/schema.js";
import { ConfigError } from "../../../environment/errors.js";
import { renderTemplate } from "../../../templates/index.js";
import { scriptFile, type FileSource } from "../files.js";

/** Where the runner lives: docker-stacks runs (sources) every *.sh of this folder before the notebook starts. */
export const BEFORE_NOTEBOOK_DIR = "/usr/local/bin/before-notebook.d";
export const START_SCRIPTS_PATH = `${BEFORE_NOTEBOOK_DIR}/start-scripts.sh`;
/** The admin account's name on the hub and the NFS server (its ids are nfs.adminUid/adminGid). */
export const ADMIN_USER = "admin";
export const LOG_MAX_BYTES = 1024 * 1024;

export interface StartScriptsVars {
  startDir: string;
  logDir: string;
  adminUid: number;
  adminGid: number;
  timeoutSeconds: number;
  logMaxBytes: number;
}

export interface HookVars {
  logDir: string;
  timeoutSeconds: number;
}

/** Paths are written into shell code between single quotes: only plain characters are allowed. */
const SAFE_PATH = /^\/[A-Za-z0-9._/-]*$/;

export function startHookPaths(env: Environment): { adminDir: string; startDir: string; logDir: string } {
  const adminDir = env.nfs.mounts.admin.replace(/\/+$/, "");
  if (!SAFE_PATH.test(adminDir) || adminDir.split("/").includes("..")) {
    throw new ConfigError([`nfs.mounts.admin: "${env.nfs.mounts.admin}" must be an absolute path of letters, digits, '.', '_', '-' and '/' (it is written into the start hooks' shell code)`]);
  }
  return { adminDir, startDir: `${adminDir}/start`, logDir: `${adminDir}/logs` };
}

export function startScriptsVars(env: Environment): StartScriptsVars {
  const { startDir, logDir } = startHookPaths(env);
  return {
    startDir,
    logDir,
    adminUid: env.nfs.adminUid,
    adminGid: env.nfs.adminGid,
    timeoutSeconds: env.hub.startHooks.timeoutSeconds,
    logMaxBytes: LOG_MAX_BYTES,
  };
}

/** The runner as text: the images role copies it into every image's build context. */
export function renderStartScripts(env: Environment): string {
  return renderTemplate("start-hooks/start-scripts.sh.hbs", startScriptsVars(env));
}

/** Folders the role creates, in order, before the files (owner, group, mode). */
export function startHookDirs(env: Environment): { path: string; owner: string; group: string; mode: number }[] {
  const { adminDir, startDir, logDir } = startHookPaths(env);
  return [
    // Traversable by everyone: the notebook user reads as-user.sh through it.
    { path: adminDir, owner: ADMIN_USER, group: ADMIN_USER, mode: 0o755 },
    // root's: nobody else can rename or replace a hook in it (admin still edits as-user.sh, which is admin's).
    { path: startDir, owner: "root", group: "root", mode: 0o755 },
    // Logs: admin's alone (the runner refuses to log into anything else).
    { path: logDir, owner: ADMIN_USER, group: ADMIN_USER, mode: 0o750 },
    { path: BEFORE_NOTEBOOK_DIR, owner: "root", group: "root", mode: 0o755 },
  ];
}

/** A hook file: the inventory's own script verbatim, or the default template. */
function hookSource(env: Environment, kind: "as-root" | "as-user"): FileSource {
  const own = kind === "as-root" ? env.hub.startHooks.asRoot : env.hub.startHooks.asUser;
  if (own !== undefined) return { content: own.endsWith("\n") ? own : `${own}\n` };
  const vars: HookVars = { logDir: startHookPaths(env).logDir, timeoutSeconds: env.hub.startHooks.timeoutSeconds };
  return { template: `start-hooks/${kind}.sh.hbs`, vars };
}

/**
 * Files of the start-hooks role on the hub: the runner (the hub runs it before each spawn with the
 * local spawner; images get their own copy from the images role) and the two hooks in the admin area.
 */
export function startHookFiles(env: Environment) {
  const { startDir } = startHookPaths(env);
  return {
    runner: scriptFile(START_SCRIPTS_PATH, { template: "start-hooks/start-scripts.sh.hbs", vars: startScriptsVars(env) }, { validate: ["bash", "-n", "{}"] }),
    // Root's only: it may hold whatever root needs, and nobody else needs to read it.
    asRoot: scriptFile(`${startDir}/as-root.sh`, hookSource(env, "as-root"), { mode: 0o700 }),
    // Readable by all: it runs as the notebook user, who must be able to read it.
    asUser: scriptFile(`${startDir}/as-user.sh`, hookSource(env, "as-user"), { owner: ADMIN_USER }),
  };
}
