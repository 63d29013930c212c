/**
 * What hubstack remembers about each environment it has applied: `.state/<env>/environment.json`,
 * beside the local state file. It is written before terraform creates anything (so that a failed
 * first apply can still be found and destroyed), updated after each apply, and removed with the
 * state folder by `destroy`. `npm run envs` lists these folders.
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { z } from "zod";
import { STATE_FILE } from "./backend.js";
import { stateDirOf, type ProjectPaths } from "./paths.js";

export const RECORD_FILE = "environment.json";

const EnvironmentRecord = z.looseObject({
  name: z.string(),
  /** The inventory file: hub-ci for hub-ci-k3x9q2ab. */
  baseName: z.string(),
  target: z.string(),
  createdAt: z.string(),
  lastAppliedAt: z.string().optional(),
  /** Managed resources after the last apply. */
  resources: z.number().int().optional(),
  /** local, s3 or http, and for local the state file's path. */
  backend: z.string(),
  statePath: z.string().optional(),
  /**
   * target openstack: the servers got host keys made by hubstack (pinned before the first connection). An
   * environment whose servers were created before hubstack did so keeps the keys they made themselves.
   */
  hostKeysInjected: z.boolean().optional(),
});
export type EnvironmentRecord = z.infer<typeof EnvironmentRecord>;

/** One line of `npm run envs`. */
export interface EnvironmentListing {
  readonly name: string;
  readonly baseName?: string;
  readonly target?: string;
  readonly createdAt?: string;
  readonly lastAppliedAt?: string;
  /** Counted in the local state file when there is one, else as recorded at the last apply. */
  readonly resources?: number;
  readonly backend?: string;
}

/** Creates `.state/<env>` readable by its owner alone: state files hold secrets. */
export function ensureStateDir(paths: ProjectPaths, envName: string): string {
  const dir = stateDirOf(paths, envName);
  mkdirSync(dir, { recursive: true, mode: 0o700 });
  return dir;
}

export function readRecord(paths: ProjectPaths, envName: string): EnvironmentRecord | undefined {
  const file = join(stateDirOf(paths, envName), RECORD_FILE);
  if (!existsSync(file)) return undefined;
  const parsed = EnvironmentRecord.safeParse(JSON.parse(readFileSync(file, "utf8")));
  return parsed.success ? parsed.data : undefined;
}

/** Writes the record atomically (temporary file, then rename), so a crash never leaves half a file. */
export function writeRecord(paths: ProjectPaths, record: EnvironmentRecord): void {
  const dir = ensureStateDir(paths, record.name);
  const file = join(dir, RECORD_FILE);
  writeFileSync(`${file}.tmp`, `${JSON.stringify(record, null, 2)}\n`, { mode: 0o600 });
  renameSync(`${file}.tmp`, file);
}

export function updateRecord(paths: ProjectPaths, envName: string, changes: Partial<EnvironmentRecord>): void {
  const record = readRecord(paths, envName);
  if (record) writeRecord(paths, { ...record, ...changes });
}

/** Removes the environment's whole state folder (state, backups, record). */
export function removeStateDir(paths: ProjectPaths, envName: string): void {
  rmSync(stateDirOf(paths, envName), { recursive: true, force: true });
}

/** Removes `.state/<env>` if a run created it and left nothing in it (a plan, a refused apply). */
export function removeStateDirIfEmpty(paths: ProjectPaths, envName: string): void {
  const dir = stateDirOf(paths, envName);
  if (existsSync(dir) && readdirSync(dir).length === 0) rmSync(dir, { recursive: true });
}

/** Managed resources in a local state file, or undefined when there is none. */
export function countResourcesInState(stateFile: string): number | undefined {
  if (!existsSync(stateFile)) return undefined;
  try {
    const state = JSON.parse(readFileSync(stateFile, "utf8")) as { resources?: { mode?: string; instances?: unknown[] }[] };
    return (state.resources ?? []).filter((r) => r.mode === "managed").reduce((n, r) => n + (r.instances?.length ?? 0), 0);
  } catch {
    return undefined;
  }
}

/** The environments that have state on this machine, by name. */
export function listEnvironmentsWithState(paths: ProjectPaths): EnvironmentListing[] {
  if (!existsSync(paths.stateRoot)) return [];
  const listings: EnvironmentListing[] = [];
  for (const entry of readdirSync(paths.stateRoot, { withFileTypes: true })) {
    if (!entry.isDirectory()) continue;
    const dir = join(paths.stateRoot, entry.name);
    const record = readRecord(paths, entry.name);
    const stateFile = record?.statePath ?? join(dir, STATE_FILE);
    if (!record && !existsSync(stateFile)) continue;
    const counted = countResourcesInState(stateFile);
    listings.push({
      name: entry.name,
      ...(record ? { baseName: record.baseName, target: record.target, createdAt: record.createdAt, backend: record.backend } : {}),
      ...(record?.lastAppliedAt ? { lastAppliedAt: record.lastAppliedAt } : {}),
      ...((counted ?? record?.resources) !== undefined ? { resources: counted ?? record?.resources } : {}),
    });
  }
  return listings.sort((a, b) => a.name.localeCompare(b.name));
}
