/**
 * The OpenStack provider's schema, read from the repository's own copy (never from ../shared).
 */
import { readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import type { ProviderSchemaFile } from "./format.js";

export const OPENSTACK_SCHEMA_PATH = join(dirname(fileURLToPath(import.meta.url)), "openstack-provider-schema.json");

let cached: ProviderSchemaFile | undefined;

/** Parsed once per process: the file is 200 kB and every synth test checks against it. */
export function loadOpenstackSchema(): ProviderSchemaFile {
  cached ??= JSON.parse(readFileSync(OPENSTACK_SCHEMA_PATH, "utf8")) as ProviderSchemaFile;
  return cached;
}
