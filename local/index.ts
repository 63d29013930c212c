/**
 * The local environment's library: qemu VMs on a private bridge, booted from a cached Debian 12 image with
 * the same cloud-init user data as OpenStack instances. `vmctl.ts` is its command line (what terraform runs);
 * `local-env.ts` drives a whole environment from one JSON spec; the other modules are its parts.
 */
export { ensurePrereqs, missingTools, installCommand, HOST_TOOLS, IMAGE_TOOLS, PrereqError, type HostTool } from "./prereqs.js";
export {
  ensureBaseImage,
  findBaseImage,
  defaultRecipe,
  recipeHash,
  baseImageName,
  listBaseImages,
  pruneBaseImages,
  BASE_PACKAGES,
  type BaseImage,
  type BaseImageRecipe,
} from "./base-image.js";
export { ensureAptCache, stopAptCache, aptCachePid, DEFAULT_APT_CACHE_PORT, type AptCache, type AptCacheSpec } from "./apt-cache.js";
export {
  ensureNetwork,
  teardownNetwork,
  ensureTap,
  removeTap,
  chooseSubnet,
  bridgeName,
  tapName,
  nftTableName,
  nthAddress,
  envInterfaces,
  type Network,
  type NetworkSpec,
} from "./network.js";
export { VM_DEFAULTS, type VmSpec, type VmInfo, type VmImage } from "./vm-spec.js";
export { detectAccel, type Accel } from "./accel.js";
export { startVm } from "./vm-start.js";
export { waitForVm, type WaitResult } from "./vm-wait.js";
export { stopVm, envQemuPids } from "./vm-stop.js";
export { vmStatus } from "./vm-files.js";
export { ensureHostKey, sshRun, sshArgs, waitForSsh, type SshTarget } from "./ssh.js";
export {
  LocalEnvSpec,
  parseSpec,
  networkUp,
  vmUp,
  vmDown,
  envUp,
  envDown,
  envStatus,
  envIsGone,
  type LocalEnvSpecInput,
  type LocalHost,
  type LocalNetwork,
  type LocalEnvStatus,
} from "./local-env.js";
export { cacheRoot, envPaths } from "./paths.js";
