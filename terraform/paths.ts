/**
 * The folders a run works in, all derived from one project root so that tests can point a whole run
 * at a temporary folder (its own inventory, state and synth output) without touching the repository.
 */
import { join, relative, resolve } from "node:path";
import { REPO_ROOT } from "../environment/load.js";

export interface ProjectPaths {
  /** The project root: inventory/, .state/ and cdktf.out/ live here. */
  readonly root: string;
  readonly inventoryDir: string;
  /** `.state/`: one folder per environment (state file and the environment's record). */
  readonly stateRoot: string;
  /** `cdktf.out/`: synthesized stacks, `stacks/<env>/cdk.tf.json`; disposable, never holds state. */
  readonly synthDir: string;
}

/**
 * HUBSTACK_ROOT points the command line at another project folder (its own inventory/ and .state/):
 * the CLI's subprocess tests use it, and so can an operator who keeps inventories outside the clone.
 */
export function defaultProjectRoot(): string {
  return process.env.HUBSTACK_ROOT ? resolve(process.env.HUBSTACK_ROOT) : REPO_ROOT;
}

export function projectPaths(root: string = defaultProjectRoot()): ProjectPaths {
  return { root, inventoryDir: join(root, "inventory"), stateRoot: join(root, ".state"), synthDir: join(root, "cdktf.out") };
}

/** The folder terraform runs in for one environment: where the stack wrote cdk.tf.json. */
export function stackDirOf(paths: ProjectPaths, envName: string): string {
  return join(paths.synthDir, "stacks", envName);
}

/** `.state/<env>`: the environment's own folder. */
export function stateDirOf(paths: ProjectPaths, envName: string): string {
  return join(paths.stateRoot, envName);
}

/** A path as the user would type it from the project root. */
export function shownPath(paths: ProjectPaths, path: string): string {
  const rel = relative(paths.root, path);
  return rel && !rel.startsWith("..") ? rel : path;
}
