/**
 * What a local VM is, as the rest of hubstack sees it: the spec a caller asks for (VmSpec, with VM_DEFAULTS for
 * what it leaves out) and the record of a started VM (VmInfo, kept as vm.json in its folder). Types only, so
 * the modules that start, wait for and stop VMs share them without importing each other.
 */
import type { Accel } from "./accel.js";
import type { Network } from "./network.js";
import type { Log } from "./util.js";

/** Defaults that let three VMs (bastion, hub, NFS server) run side by side on a 2-core, 24 GiB machine. */
export const VM_DEFAULTS = { vcpus: 2, memoryMiB: 2048, diskGiB: 10 } as const;

/** What a VM boots: a disk (used as the overlay's backing file) plus the kernel and initrd for direct boot. */
export interface VmImage {
  disk: string;
  kernel: string;
  initrd: string;
  cmdline: string;
}

export interface VmSpec {
  env: string;
  name: string;
  /** The environment's VM folder (e.g. `<repo>/.state/<env>/vms`); this VM uses `<vmsDir>/<name>/`. */
  vmsDir: string;
  network: Network;
  /** Static IPv4 address on the bridge. */
  address: string;
  image: VmImage;
  vcpus?: number;
  memoryMiB?: number;
  /** Size of the root disk (the overlay); the root file system grows to it at first boot. */
  diskGiB?: number;
  /** An extra empty disk (virtio, /dev/vdb, serial `hs-data`) for NFS exports or docker data. */
  dataDiskGiB?: number;
  /**
   * Where the data disk lives: outside the VM's folder (local/data-disk.ts), so that it outlives the VM and is
   * attached again to its successor. Default: inside the folder, gone with the VM.
   */
  dataDiskPath?: string;
  sshUser: string;
  sshAuthorizedKeys: string[];
  /**
   * The guest's ed25519 host key (private key path, `.pub` beside it), created if missing. Default: inside the
   * VM's folder. Pass a path outside it to know the key before the VM exists (terraform plans, pinning).
   */
  hostKeyPath?: string;
  /** apt proxy for the guest (the environment's apt-cacher-ng). */
  aptProxy?: string;
  fqdn?: string;
  timezone?: string;
  /** Default auto: KVM where it can boot guests, TCG elsewhere. */
  accel?: Accel | "auto";
  log?: Log;
}

export interface VmInfo {
  env: string;
  name: string;
  address: string;
  pid: number;
  /** The pinned host key, `ssh-ed25519 AAAA…`. */
  hostKey: string;
  dir: string;
  knownHosts: string;
  serialLog: string;
  tap: string;
  mac: string;
  accel: Accel;
  vcpus: number;
  memoryMiB: number;
  diskGiB: number;
  dataDisk?: string;
  /** When qemu was (last) started, ms since the epoch: boot timings count from here. */
  startedAt: number;
  /** When waitForVm last saw this boot reach cloud-init done (absent until then). */
  readyAt?: number;
  specHash: string;
}
