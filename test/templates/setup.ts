/**
 * vitest globalSetup for the templates project: installs the Debian tools that check rendered files
 * (sshd, nft, visudo, systemd-analyze, caddy, shellcheck, Debian's JupyterHub for traitlets) once,
 * before any test file starts, so that a fresh CI machine passes and test files never race on dpkg.
 */
import { execa } from "execa";
import { TEST_PACKAGES } from "./helpers.js";

async function isInstalled(pkg: string): Promise<boolean> {
  const r = await execa("dpkg-query", ["-W", "-f=${Status}", pkg], { reject: false });
  return r.exitCode === 0 && r.stdout.includes("install ok installed");
}

export default async function setup(): Promise<void> {
  const missing: string[] = [];
  for (const p of TEST_PACKAGES) if (!(await isInstalled(p))) missing.push(p);
  if (missing.length === 0) return;
  if (process.getuid?.() !== 0) {
    throw new Error(`the template tests need these Debian packages: ${missing.join(" ")} (apt-get install -y ${missing.join(" ")}, as root)`);
  }
  const env = { DEBIAN_FRONTEND: "noninteractive" };
  // Another project's globalSetup may be installing at the same time: wait for dpkg's lock.
  const lock = ["-o", "DPkg::Lock::Timeout=600"];
  await execa("apt-get", [...lock, "update", "-qq"], { env });
  await execa("apt-get", [...lock, "install", "-y", "-qq", "--no-install-recommends", ...missing], { env });
}
