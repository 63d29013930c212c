/** The package cache on the controller: Python locks and their wheels (see locks.ts, wheels.ts). */
export { LOCK_NAMES, lockedVersion, readLock, type Lock, type LockName } from "./locks.js";
export { resolveLock, type ResolvedLock } from "./resolve.js";
export { ensureWheels, wheelPaths, wheelsRoot, type WheelSet } from "./wheels.js";
export { PipError } from "./pip.js";
export { ensureNodeModules, nodeModulesPaths, NPM_LOCK_NAMES, readNpmLock, resolveNpmLock, type NodeModulesSet, type NpmLock, type NpmLockName } from "./npm.js";
