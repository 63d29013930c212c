/**
 * qemu's command line for one VM, and the names in it that let hubstack find that qemu again: the marker in
 * `-name` (for when the pidfile is gone) and the stable MAC (which the seed's network config matches on).
 * Pure: the test of the local environment's pure parts pins the device order here.
 */
import type { Accel } from "./accel.js";
import { sha256 } from "./util.js";
import type { VmImage } from "./vm-spec.js";

/** A stable, locally administered MAC per env and VM (52:54:00 is qemu's prefix). */
export function macAddress(env: string, name: string): string {
  const h = sha256(`mac/${env}/${name}`);
  return `52:54:00:${h.slice(0, 2)}:${h.slice(2, 4)}:${h.slice(4, 6)}`;
}

/** Marker in qemu's command line (`-name guest=…`) that names env and VM: finds our qemu without a pidfile. */
export function qemuMarker(env: string, name?: string): string {
  return name === undefined ? `guest=hubstack/${env}/` : `guest=hubstack/${env}/${name},`;
}

export function qemuArgs(o: {
  env: string;
  name: string;
  accel: Accel;
  vcpus: number;
  memoryMiB: number;
  image: VmImage;
  overlay: string;
  data?: string;
  seed: string;
  tap: string;
  mac: string;
  serial: string;
  pidFile: string;
}): string[] {
  const args = [
    "-name", `${qemuMarker(o.env, o.name)}process=hs-${o.name}`,
    "-machine", "q35",
    "-accel", o.accel === "kvm" ? "kvm" : "tcg,thread=multi",
    "-cpu", o.accel === "kvm" ? "host" : "max",
    "-smp", String(o.vcpus),
    "-m", String(o.memoryMiB),
    "-nodefaults", "-no-user-config", "-display", "none",
    "-kernel", o.image.kernel,
    "-initrd", o.image.initrd,
    "-append", o.image.cmdline,
    // Every disk as an explicit -device, in this order, so that PCI slots and hence the guest's names are fixed:
    // root /dev/vda, data /dev/vdb (when there is one), seed last. (qemu adds `-drive if=virtio` disks after
    // all explicit devices, which would put the data disk first.)
    "-drive", `if=none,id=root,file=${o.overlay},format=qcow2,discard=unmap`,
    "-device", "virtio-blk-pci,drive=root,serial=hs-root",
  ];
  if (o.data) {
    args.push(
      "-drive", `if=none,id=data,file=${o.data},format=qcow2,discard=unmap`,
      "-device", "virtio-blk-pci,drive=data,serial=hs-data",
    );
  }
  args.push(
    "-drive", `if=none,id=seed,file=${o.seed},format=raw,readonly=on`,
    "-device", "virtio-blk-pci,drive=seed,serial=hs-seed",
    "-netdev", `tap,id=net0,ifname=${o.tap},script=no,downscript=no`,
    // romfile= (empty): no iPXE option ROM, we never boot from the network.
    "-device", `virtio-net-pci,netdev=net0,mac=${o.mac},romfile=`,
    // Entropy for sshd and the kernel's CRNG at first boot.
    "-object", "rng-random,id=rng0,filename=/dev/urandom", "-device", "virtio-rng-pci,rng=rng0",
    "-chardev", `file,id=serial0,path=${o.serial}`, "-serial", "chardev:serial0",
    "-pidfile", o.pidFile,
    "-daemonize",
  );
  return args;
}
