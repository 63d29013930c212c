/**
 * Shared by the synth tests: environments built in code, a stack synthesized to plain JSON (and
 * checked against the provider schema on the way), and small queries over that JSON.
 */
import { expect } from "vitest";
import type { z } from "zod";
import { EnvironmentFile, type Environment } from "../../environment/schema.js";
import type { StateBackendSettings } from "../../terraform/backend.js";
import { OpenstackProvider } from "../../stacks/openstack.js";
import { checkAgainstSchema, formatProblem } from "../../stacks/schema-check/index.js";
import { loadOpenstackSchema } from "../../stacks/schema/openstack.js";
import { Testing, TerraformStack } from "../support/cdktf.js";
import { tempDir } from "../support/temp.js";

export const FAKE_PUBLIC_KEY = "ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIHubstackTestOperatorKeyOnlyForSynthTests operator@test";
export const LOCAL_STATE: StateBackendSettings = { kind: "local", path: "/hubstack/.state/test/terraform.tfstate" };

export type TfJson = {
  terraform: Record<string, any>;
  provider?: Record<string, any>;
  resource?: Record<string, Record<string, any>>;
  data?: Record<string, Record<string, any>>;
  output?: Record<string, { value: any }>;
};

/** An openstack environment from an inventory-shaped object, defaults applied by the real schema. */
export function environment(file: Partial<z.input<typeof EnvironmentFile>>, name = "test", secrets: string[] = []): Environment {
  const base: z.input<typeof EnvironmentFile> = {
    target: "openstack",
    domain: "test.example.org",
    openstack: { network: { existing: "project-net" }, adminCidrs: ["198.51.100.0/24"] },
    hosts: { hub: { roles: ["base", "jupyterhub"], flavor: "m1.large" } },
  };
  return { ...EnvironmentFile.parse({ ...base, ...file }), name, baseName: name, secrets };
}

/**
 * Synthesizes whatever `build` puts in a fresh stack (with the OpenStack provider, without which
 * Terraform would look for hashicorp/openstack); every resource must check against the schema.
 */
/**
 * A cdktf test app whose output folder goes when the test file is done: Testing.app() alone makes a
 * `cdktf.outdir.*` folder in the system's temporary directory per call and leaves it there (thousands a day).
 */
export function testApp(): ReturnType<typeof Testing.app> {
  return Testing.app({ stackTraces: false, outdir: tempDir("hubstack-cdktf-") });
}

export function synthScope(build: (stack: TerraformStack) => void): TfJson {
  const app = testApp();
  const stack = new TerraformStack(app, "test");
  new OpenstackProvider(stack, "openstack", {});
  build(stack);
  return checked(JSON.parse(Testing.synth(stack)) as TfJson);
}

/** Parsed Terraform JSON, asserting that the provider schema finds nothing wrong with it. */
export function checked(json: TfJson): TfJson {
  expect(checkAgainstSchema(json, loadOpenstackSchema()).map(formatProblem)).toEqual([]);
  return json;
}

/** The bodies of every resource of a type. */
export function resources(json: TfJson, type: string): Record<string, any>[] {
  return Object.values(json.resource?.[type] ?? {});
}

export function dataSources(json: TfJson, type: string): Record<string, any>[] {
  return Object.values(json.data?.[type] ?? {});
}

/** The one resource of a type whose body matches `where`. */
export function resource(json: TfJson, type: string, where: (body: Record<string, any>) => boolean = () => true): Record<string, any> {
  const found = resources(json, type).filter(where);
  expect(found, `exactly one ${type} matching`).toHaveLength(1);
  return found[0]!;
}

/** `${openstack_networking_secgroup_v2.hub_SecurityGroup_XXXX.id}` for the group named `name`. */
export function groupRef(json: TfJson, name: string): string {
  const entry = Object.entries(json.resource?.openstack_networking_secgroup_v2 ?? {}).find(([, body]) => body.name === name);
  expect(entry, `a security group named ${name}`).toBeDefined();
  return `\${openstack_networking_secgroup_v2.${entry![0]}.id}`;
}

/** Ingress rules of the group named `name`. */
export function rulesOf(json: TfJson, name: string): Record<string, any>[] {
  const ref = groupRef(json, name);
  return resources(json, "openstack_networking_secgroup_rule_v2").filter((r) => r.security_group_id === ref);
}

/** Drops cdktf's "//" metadata, for snapshots that show only what Terraform reads. */
export function withoutMetadata<T>(value: T): T {
  if (Array.isArray(value)) return value.map(withoutMetadata) as T;
  if (value && typeof value === "object") {
    return Object.fromEntries(Object.entries(value).filter(([k]) => k !== "//").map(([k, v]) => [k, withoutMetadata(v)])) as T;
  }
  return value;
}
