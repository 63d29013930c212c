/**
 * Which provider's schema a block of cdk.tf.json answers to: a resource's provider comes from its `provider`
 * meta-argument or its type's prefix, and a provider's local name maps to a registry source through
 * `terraform.required_providers`.
 */
import { asObject, isObject, type Json, type JsonObject } from "./json.js";

/** Terraform's built-in provider: terraform_data and terraform_remote_state need no schema. */
export const BUILTIN_PROVIDER = "terraform";
const DEFAULT_REGISTRY = "registry.terraform.io";

/** The provider a resource belongs to: its `provider` meta-argument, else its type's prefix. */
export function providerLocalName(type: string, body: Json): string {
  if (isObject(body) && typeof body.provider === "string") {
    return body.provider.replace(/^\$\{(.*)\}$/, "$1").split(".")[0]!;
  }
  return type.split("_")[0]!;
}

/** Local name → source (`terraform-provider-openstack/openstack`) from `terraform.required_providers`. */
export function requiredProviderSources(tf: JsonObject): Record<string, string> {
  const required = asObject(asObject(tf.terraform).required_providers);
  const sources: Record<string, string> = {};
  for (const [name, spec] of Object.entries(required)) {
    if (typeof spec === "string") continue; // the old `name = "version"` form has no source
    if (isObject(spec) && typeof spec.source === "string") sources[name] = spec.source;
  }
  return sources;
}

/** "terraform-provider-openstack/openstack" → "registry.terraform.io/terraform-provider-openstack/openstack" */
export function fullSource(source: string): string {
  const parts = source.toLowerCase().split("/");
  return parts.length === 3 ? parts.join("/") : [DEFAULT_REGISTRY, ...parts].join("/");
}
