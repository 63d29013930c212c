/**
 * Host prerequisites of the local environment: which commands it needs, from which Debian packages, and
 * installing them. As root on Debian or Ubuntu we install them ourselves (a fresh CI machine has none of them);
 * elsewhere we stop with one message naming the exact command, rather than failing later with "not found".
 */
import { UsageError } from "../environment/errors.js";
import { readFile } from "node:fs/promises";
import { join } from "node:path";
import { withLock } from "./lock.js";
import { cacheRoot } from "./paths.js";
import { findCommand, isRoot, pathExists, run, stderrLog, type Log } from "./util.js";

export interface HostTool {
  /** A command looked up in PATH and the sbin directories, or an absolute path of a file that must exist. */
  command: string;
  /** The Debian package that ships it. */
  package: string;
  why: string;
}

export const HOST_TOOLS: readonly HostTool[] = [
  { command: "qemu-system-x86_64", package: "qemu-system-x86", why: "runs the virtual machines" },
  { command: "qemu-img", package: "qemu-utils", why: "creates disk overlays" },
  { command: "mmdebstrap", package: "mmdebstrap", why: "builds the Debian base image" },
  { command: "mkfs.ext4", package: "e2fsprogs", why: "turns the image tree into a file system" },
  { command: "genisoimage", package: "genisoimage", why: "writes the cloud-init NoCloud seed" },
  { command: "apt-cacher-ng", package: "apt-cacher-ng", why: "caches Debian packages for the guests" },
  { command: "ip", package: "iproute2", why: "creates the bridge and tap devices" },
  { command: "nft", package: "nftables", why: "isolates the bridge when the host forwards packets" },
  { command: "ssh", package: "openssh-client", why: "waits for and checks the guests" },
  { command: "ssh-keygen", package: "openssh-client", why: "creates the pinned host keys" },
  { command: "pebble", package: "pebble", why: "issues the hub's TLS certificate (a real ACME server on the bridge)" },
  { command: "openssl", package: "openssl", why: "makes the CA of the local ACME server" },
  // Ubuntu hosts lack Debian's signing keys; mmdebstrap needs them to verify the mirror.
  {
    command: "/usr/share/keyrings/debian-archive-keyring.gpg",
    package: "debian-archive-keyring",
    why: "verifies the Debian mirror",
  },
];

/** What building a local hub image needs beyond the environment's tools. */
export const IMAGE_TOOLS: readonly HostTool[] = [...HOST_TOOLS, { command: "packer", package: "packer", why: "builds the hub image (Packer's qemu builder)" }];

/** A missing host package: the user's to fix, so a UsageError (exit 2, no stack trace). */
export class PrereqError extends UsageError {
  constructor(message: string) {
    super(message);
    this.name = "PrereqError";
  }
}

export async function missingTools(tools: readonly HostTool[] = HOST_TOOLS): Promise<HostTool[]> {
  const missing: HostTool[] = [];
  for (const tool of tools) {
    const present = tool.command.startsWith("/") ? await pathExists(tool.command) : await findCommand(tool.command);
    if (!present) missing.push(tool);
  }
  return missing;
}

async function isDebianLike(): Promise<boolean> {
  try {
    const osRelease = await readFile("/etc/os-release", "utf8");
    return /^(ID|ID_LIKE)=.*\b(debian|ubuntu)\b/m.test(osRelease);
  } catch {
    return false;
  }
}

export function installCommand(packages: readonly string[]): string {
  return `sudo apt-get update && sudo apt-get install -y --no-install-recommends ${packages.join(" ")}`;
}

export interface PrereqOptions {
  tools?: readonly HostTool[];
  log?: Log;
  /** Install missing packages when we can (root on Debian/Ubuntu). Default true. */
  install?: boolean;
}

/**
 * Makes sure every host tool is there, installing the missing packages when running as root on a Debian-like
 * system. Throws PrereqError with the exact command to run otherwise.
 */
export async function ensurePrereqs(options: PrereqOptions = {}): Promise<void> {
  const { tools = HOST_TOOLS, log = stderrLog, install = true } = options;
  if (process.platform !== "linux") {
    throw new PrereqError("the local environment needs Linux (qemu with a bridge and tap devices)");
  }
  let missing = await missingTools(tools);
  if (missing.length === 0) return;
  const packages = [...new Set(missing.map((t) => t.package))];
  if (!install || !isRoot() || !(await isDebianLike()) || !(await findCommand("apt-get"))) {
    throw new PrereqError(
      `missing host packages for the local environment: ${packages.join(", ")}. Install them with:\n  ${installCommand(packages)}`,
    );
  }
  // Parallel vmctl processes would otherwise queue on dpkg's lock, each running apt-get update.
  await withLock(join(cacheRoot(), "locks", "prereqs"), async () => {
    missing = await missingTools(tools);
    if (missing.length === 0) return;
    const pkgs = [...new Set(missing.map((t) => t.package))];
    log(`installing host packages: ${pkgs.join(" ")}`);
    const env = { DEBIAN_FRONTEND: "noninteractive" };
    // Wait for dpkg's lock rather than fail when another apt is running (unattended-upgrades, a user).
    const lockWait = ["-o", "DPkg::Lock::Timeout=600"];
    await run("apt-get", [...lockWait, "update", "-qq"], { env });
    await run("apt-get", [...lockWait, "install", "-y", "-qq", "--no-install-recommends", ...pkgs], { env });
    const still = await missingTools(tools);
    if (still.length > 0) {
      throw new PrereqError(`installed ${pkgs.join(" ")} but still missing: ${still.map((t) => t.command).join(", ")}`);
    }
  }, { log, what: "host packages" });
}
