/**
 * Names of CI instances: `npm run apply -- env=hub-ci` creates `hub-ci-<suffix>`, a fresh environment
 * with its own state, so that parallel CI runs never share (or destroy) each other's infrastructure.
 *
 * The suffix is 8 characters of [a-z0-9] (about 2.8e12 values): collisions are negligible even for
 * thousands of live instances, and it matches what environment/load.ts recognises as an instance
 * of an inventory file (`<base>-[a-z0-9]{4,12}`). The whole name is a DNS label, since it ends up in
 * host names, security group names and DNS records.
 */
import { randomInt } from "node:crypto";
import { UsageError } from "../environment/errors.js";

export const SUFFIX_LENGTH = 8;
const ALPHABET = "abcdefghijklmnopqrstuvwxyz0123456789";
const DNS_LABEL = /^[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?$/;

export function isDnsLabel(name: string): boolean {
  return DNS_LABEL.test(name);
}

/** A random suffix; `randomIndex` is injectable for tests. */
export function randomSuffix(randomIndex: (size: number) => number = randomInt): string {
  let suffix = "";
  for (let i = 0; i < SUFFIX_LENGTH; i++) suffix += ALPHABET[randomIndex(ALPHABET.length)];
  return suffix;
}

/**
 * A new instance name for `baseName`, different from every name in `taken` (the environments that
 * already have state on this machine).
 */
export function newInstanceName(baseName: string, taken: (name: string) => boolean = () => false): string {
  const maxBase = 63 - SUFFIX_LENGTH - 1;
  if (baseName.length > maxBase) {
    throw new UsageError(`env=${baseName}: a CI environment's name must be at most ${maxBase} characters, so that ${baseName}-<random> is a DNS label (63 at most)`);
  }
  for (let attempt = 0; attempt < 100; attempt++) {
    const name = `${baseName}-${randomSuffix()}`;
    if (!taken(name)) return name;
  }
  // 100 collisions in a row means the random source is broken, not bad luck.
  throw new Error(`could not find a free name for ${baseName}-<random> after 100 attempts`);
}
