/**
 * A test that needs a program names it when it is missing, with the command that installs it, instead of
 * failing later on `spawnSync … ENOENT`. It fails (never skips): a missing tool is not a passing test.
 * `.ci/run` installs every one of them; the README's Requirements list them.
 */
import { spawnSync } from "node:child_process";

/** Debian packages that provide the programs the tests run. */
const PACKAGE_OF: Record<string, string> = {
  packer: "packer",
  terraform: "(HashiCorp's terraform ≥ 1.5, not in Debian: see the README's Requirements)",
  "qemu-system-x86_64": "qemu-system-x86",
  mmdebstrap: "mmdebstrap",
  "ssh-keygen": "openssh-client",
  sshd: "openssh-server",
  pebble: "pebble",
  age: "age",
  rclone: "rclone",
  restic: "restic",
};

export function requireTools(...names: string[]): void {
  const missing = names.filter((name) => spawnSync("sh", ["-c", `command -v "$1"`, "sh", name]).status !== 0 && !existsAsSbin(name));
  if (missing.length === 0) return;
  const packages = missing.map((name) => PACKAGE_OF[name] ?? name);
  throw new Error(`these tests need ${missing.join(", ")} on PATH: apt-get install ${packages.join(" ")} (.ci/run installs them)`);
}

function existsAsSbin(name: string): boolean {
  return spawnSync("test", ["-x", `/usr/sbin/${name}`]).status === 0;
}
