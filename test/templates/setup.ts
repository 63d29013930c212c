/**
 * vitest globalSetup for the templates project: installs the Debian tools that check rendered files
 * (sshd, nft, visudo, systemd-analyze, caddy and pebble, shellcheck, Debian's JupyterHub for traitlets) once,
 * before any test file starts, so that a fresh CI machine passes and test files never race on dpkg.
 */
import { execa } from "execa";
import { ensureHubVenv } from "../support/hub-venv.js";
import { TEST_PACKAGES } from "./helpers.js";

async function isInstalled(pkg: string): Promise<boolean> {
  const r = await execa("dpkg-query", ["-W", "-f=${Status}", pkg], { reject: false });
  return r.exitCode === 0 && r.stdout.includes("install ok installed");
}

export default async function setup(): Promise<void> {
  await installPackages();
  await ensureHubVenv();
}

async function installPackages(): Promise<void> {
  const missing: string[] = [];
  for (const p of TEST_PACKAGES) if (!(await isInstalled(p))) missing.push(p);
  if (missing.length === 0) return;
  if (process.getuid?.() !== 0) {
    throw new Error(`the template tests need these Debian packages: ${missing.join(" ")} (apt-get install -y ${missing.join(" ")}, as root)`);
  }
  const env = { DEBIAN_FRONTEND: "noninteractive" };
  // Another project's globalSetup may be installing at the same time: wait for dpkg's lock, and try
  // again when apt's list lock (which that option does not cover) is taken.
  const lock = ["-o", "DPkg::Lock::Timeout=600"];
  for (let attempt = 1; ; attempt++) {
    try {
      await execa("apt-get", [...lock, "update", "-qq"], { env });
      await execa("apt-get", [...lock, "install", "-y", "-qq", "--no-install-recommends", ...missing], { env });
      return;
    } catch (err) {
      if (attempt >= 5) throw err;
      await new Promise((r) => setTimeout(r, 15_000));
    }
  }
}
