/**
 * pip on this machine (the controller), asked to resolve and download for the hosts' Python, not its own:
 * --platform/--python-version/--abi make the answer the same on any controller, --only-binary keeps build
 * steps (and their compilers) off the hosts.
 */
import { execa } from "execa";
import { RunError } from "../environment/errors.js";
import { TARGET_PLATFORMS, TARGET_PYTHON } from "./locks.js";

/** The flags that describe the hosts' Python to pip. */
export const TARGET_FLAGS = [
  "--only-binary=:all:",
  ...TARGET_PLATFORMS.flatMap((p) => ["--platform", p]),
  "--python-version", TARGET_PYTHON.version,
  "--implementation", TARGET_PYTHON.implementation,
  "--abi", TARGET_PYTHON.abi,
] as const;

/** A failed resolution or download: exit 1 with pip's own words, no stack trace. */
export class PipError extends RunError {}

/**
 * pip install's arguments wherever a lock is installed (the hub, the notebook image's root file system, the
 * tests' hub environment): offline from a folder of wheels, every file checked against the lock's hashes.
 */
export function offlineInstallArgs(wheelsDir: string, requirements: string): string[] {
  // --no-deps: the lock is the whole closure, omit lines included (cache/resolve.ts); without it pip follows
  // extras the lock left out on purpose (jsonschema[format-nongpl] → rfc3987-syntax) and fails offline.
  return ["--quiet", "--disable-pip-version-check", "--no-index", "--find-links", wheelsDir, "--require-hashes", "--only-binary=:all:", "-r", requirements, "--no-deps"];
}

/** Runs `python3 -m pip …`; a missing pip is named with its package, a failure with pip's own last lines. */
export async function pip(args: readonly string[], options: { isolated?: boolean } = {}): Promise<string> {
  const env: Record<string, string | undefined> = { PIP_DISABLE_PIP_VERSION_CHECK: "1", PIP_NO_INPUT: "1" };
  // Resolution ignores this machine's pip configuration (its extra indexes, find-links, constraints), so that
  // the lock is the same wherever it is made. Downloads honour it: a mirror is fine, the hashes pin the bytes.
  if (options.isolated) Object.assign(env, { PIP_CONFIG_FILE: "/dev/null", PIP_FIND_LINKS: undefined, PIP_EXTRA_INDEX_URL: undefined, PIP_CONSTRAINT: undefined });
  const result = await execa("python3", ["-m", "pip", ...args], { env, extendEnv: true, reject: false, all: true });
  if ((result as { code?: string }).code === "ENOENT") throw new PipError("python3 is not installed here: apt-get install python3 python3-pip");
  if (result.exitCode !== 0) {
    if (/No module named pip/.test(result.all ?? "")) throw new PipError("python3 has no pip here: apt-get install python3-pip");
    const tail = (result.all ?? "").split("\n").filter((l) => l.trim()).slice(-6).join("\n");
    throw new PipError(`pip ${args[0]} failed (exit ${result.exitCode}):\n${tail}`);
  }
  return result.stdout;
}
