/**
 * globalSetup of the host tests: one test host for the whole project run, torn down at the end.
 *
 *   HUBSTACK_TEST_HOST=vm    (default) a Debian 12 VM booted through local (systemd, its own kernel);
 *                            under TCG (no usable KVM) its first boot takes minutes, the suite ~25 minutes.
 *   HUBSTACK_TEST_HOST=sshd  a real OpenSSH server on loopback on this Debian 12 machine (`npm run
 *                            test:fast`): every operation but systemd's runs for real; the systemd tests are
 *                            skipped.
 *   HUBSTACK_TEST_VM_DIR     where the VM's state and key live (default /tmp/hubstack-hosts-vm);
 *   HUBSTACK_TEST_KEEP_VM=1  leaves the VM running for the next run.
 */
import type { TestProject } from "vitest/node";
import { startLocalSshd, stopLocalSshd, type TestSshd } from "../../bench/support/local-sshd.js";
import { startTestVm, stopTestVm } from "./vm.js";

declare module "vitest" {
  export interface ProvidedContext {
    testHost: TestSshd;
  }
}

export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  if ((process.env.HUBSTACK_TEST_HOST ?? "vm") === "vm") {
    const dir = process.env.HUBSTACK_TEST_VM_DIR ?? "/tmp/hubstack-hosts-vm";
    const host = await startTestVm(dir);
    project.provide("testHost", host);
    return async () => {
      if (process.env.HUBSTACK_TEST_KEEP_VM !== "1") await stopTestVm(dir);
    };
  }
  const host = await startLocalSshd();
  project.provide("testHost", host);
  return async () => stopLocalSshd(host);
}
