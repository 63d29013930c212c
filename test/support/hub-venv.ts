/**
 * The hub's Python as the hub has it under install: pip: a virtual environment of Debian's python3 holding
 * exactly locks/hub.txt (JupyterHub, DockerSpawner, OAuthenticator, the idle culler), installed offline from
 * the package cache with --require-hashes. Made once per lock and machine; the template and health tests load
 * configurations and run hubs with it.
 */
import { existsSync } from "node:fs";
import { rm, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { execa } from "execa";
import { readLock } from "../../cache/locks.js";
import { offlineInstallArgs } from "../../cache/pip.js";
import { ensureWheels } from "../../cache/wheels.js";
import { cacheRoot } from "../../local/paths.js";

/** Debian's python3 (Python 3.11, what the hub runs), not whatever python3 comes first on PATH. */
export const DEBIAN_PYTHON = "/usr/bin/python3";

export function hubVenv(): string {
  return join(cacheRoot(), "test", `hub-venv-${readLock("hub").hash}`);
}
export const hubPython = () => join(hubVenv(), "bin", "python3");

export async function ensureHubVenv(): Promise<void> {
  // A venv is not relocatable (its scripts name its path): made in place, marked whole at the end.
  const done = join(hubVenv(), ".complete");
  if (existsSync(done)) return;
  const wheels = await ensureWheels("hub", { log: (line) => console.log(line) });
  await rm(hubVenv(), { recursive: true, force: true });
  await execa(DEBIAN_PYTHON, ["-m", "venv", hubVenv()]);
  await execa(join(hubVenv(), "bin", "pip"), ["install", ...offlineInstallArgs(wheels.dir, join(wheels.dir, "requirements.txt"))], {
    env: { PIP_CONFIG_FILE: "/dev/null", PIP_FIND_LINKS: "" },
  });
  await writeFile(done, "");
}
