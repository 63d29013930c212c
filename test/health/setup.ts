/**
 * vitest globalSetup for the health project: installs Debian's JupyterHub (and Caddy, openssl) once per machine, before any
 * test file starts, so that a fresh CI machine passes and the test files never race on dpkg.
 */
import { ensureTestPackages } from "./hub.js";

export default async function setup(): Promise<void> {
  await ensureTestPackages();
}
