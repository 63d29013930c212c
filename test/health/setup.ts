/**
 * vitest globalSetup for the health project: installs Debian's JupyterHub (and Caddy, openssl) once per machine, before any
 * test file starts, so that a fresh CI machine passes and the test files never race on dpkg.
 */
import { ensureHubVenv } from "../support/hub-venv.js";
import { ensureTestPackages } from "./hub.js";

export default async function setup(): Promise<void> {
  await ensureTestPackages();
  // The OAuth login test runs the hub's locked JupyterHub and OAuthenticator.
  await ensureHubVenv();
}
