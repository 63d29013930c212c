/**
 * globalSetup of the host tests: one test host for the whole project run, torn down at the end.
 *
 * Today that host is a real OpenSSH server on loopback (./local-sshd.ts) on this Debian 12 machine; the
 * tests only see the TestSshd shape (address, port, user, key, host key), so they move onto a VM booted by
 * cli/local without change once that library boots one.
 */
import { execa } from "execa";
import type { TestProject } from "vitest/node";
import { startLocalSshd, stopLocalSshd, type TestSshd } from "./local-sshd.js";

declare module "vitest" {
  export interface ProvidedContext {
    testHost: TestSshd;
  }
}

export default async function setup(project: TestProject): Promise<() => void> {
  // The login user becomes root with sudo, as on every cloud image.
  if ((await execa("sh", ["-c", "command -v sudo"], { reject: false })).exitCode !== 0) {
    await execa("apt-get", ["install", "-y", "-q", "sudo"], { env: { DEBIAN_FRONTEND: "noninteractive" } });
  }
  const host = await startLocalSshd();
  project.provide("testHost", host);
  return () => stopLocalSshd(host);
}
