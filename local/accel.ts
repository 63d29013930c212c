/**
 * Which accelerator qemu gets: KVM only where it really boots guests. Its own file because the Packer build and
 * the benchmarks ask it too, without starting a VM.
 */
import { access, constants } from "node:fs/promises";
import { pathExists } from "./util.js";

export type Accel = "kvm" | "tcg";

/**
 * KVM where it really boots guests, TCG otherwise. `/dev/kvm` alone proves nothing: on machines with the nested
 * `kvm-pvm` module, KVM_CREATE_VM succeeds but a stock kernel never gets past its decompressor.
 * HUBSTACK_ACCEL=kvm|tcg overrides.
 */
export async function detectAccel(): Promise<{ accel: Accel; reason: string }> {
  const forced = process.env.HUBSTACK_ACCEL;
  if (forced === "kvm" || forced === "tcg") return { accel: forced, reason: "HUBSTACK_ACCEL" };
  if (await pathExists("/sys/module/kvm_pvm")) return { accel: "tcg", reason: "kvm-pvm cannot boot guests" };
  try {
    await access("/dev/kvm", constants.R_OK | constants.W_OK);
    return { accel: "kvm", reason: "/dev/kvm" };
  } catch {
    return { accel: "tcg", reason: "no usable /dev/kvm" };
  }
}
