/**
 * Checks a synthesized cdk.tf.json against a provider's schema (`terraform providers schema -json`),
 * without Terraform and without network: what `terraform validate` would say about names, required
 * attributes, computed-only attributes, nested block counts and literal types, before a cloud is
 * involved.
 *
 * Pure: it takes the two JSON objects and returns problems; reading files is the caller's business.
 *
 * On literal types it is stricter than Terraform, on purpose: Terraform would quietly convert "5" to a
 * number or "true" to a bool, but cdktf writes every literal in its own type, so a mismatch here means
 * a construct passed the wrong thing. Any string holding a `${...}` expression is accepted for any
 * type, since only Terraform can evaluate it.
 *
 * This file walks the resources, data sources and provider blocks; block.ts and value.ts check what is
 * inside them, problems.ts is what comes out.
 */
import type { ProviderSchema, ProviderSchemaFile } from "../schema/format.js";
import { checkBlock, checkLifecycle } from "./block.js";
import { didYouMean } from "./did-you-mean.js";
import { asObject, describe, isObject, type Json } from "./json.js";
import { problem, type SchemaProblem } from "./problems.js";
import { BUILTIN_PROVIDER, fullSource, providerLocalName, requiredProviderSources } from "./providers.js";

export type { CtyType, ProviderSchema, ProviderSchemaFile, SchemaAttribute, SchemaBlock, SchemaNestedBlock } from "../schema/format.js";
export { formatProblem, type ProblemKind, type SchemaProblem } from "./problems.js";

/** Keys Terraform itself owns on a resource or data source (and cdktf's "//" metadata). */
const RESOURCE_META = new Set(["count", "for_each", "depends_on", "provider", "lifecycle", "provisioner", "connection", "//"]);
const PROVIDER_META = new Set(["alias", "version", "//"]);

/**
 * Checks every resource, data source and provider block of `tf` (a parsed cdk.tf.json) against the
 * provider schemas in `schemaFile`. Returns no problems when all is well.
 */
export function checkAgainstSchema(tf: unknown, schemaFile: ProviderSchemaFile): SchemaProblem[] {
  const problems: SchemaProblem[] = [];
  if (!isObject(tf)) {
    return [{ kind: "unknown-name", address: "", path: "", message: `expected a Terraform JSON object, found ${describe(tf)}` }];
  }
  const sources = requiredProviderSources(tf);
  const providerFor = (localName: string): ProviderSchema | undefined => {
    const source = sources[localName] ?? `hashicorp/${localName}`;
    return schemaFile.provider_schemas[fullSource(source)];
  };

  for (const [kind, section] of [["resource", tf.resource], ["data", tf.data]] as const) {
    if (section === undefined) continue;
    for (const [type, instances] of Object.entries(asObject(section))) {
      const prefix = kind === "data" ? "data." : "";
      for (const [name, body] of bodies(instances)) {
        const address = `${prefix}${type}.${name}`;
        const localName = providerLocalName(type, body);
        if (localName === BUILTIN_PROVIDER) continue;
        const provider = providerFor(localName);
        if (!provider) {
          problems.push(problem("unknown-provider", address, "", `no schema for provider "${localName}" (source ${sources[localName] ?? `hashicorp/${localName}`})`));
          continue;
        }
        const schemas = (kind === "data" ? provider.data_source_schemas : provider.resource_schemas) ?? {};
        const schema = schemas[type];
        if (!schema) {
          const what = kind === "data" ? "data source" : "resource type";
          problems.push(problem("unknown-type", address, "", `unknown ${what} "${type}"${didYouMean(type, Object.keys(schemas))}`));
          continue;
        }
        if (!isObject(body)) {
          problems.push(problem("literal-type", address, "", `expected an object, found ${describe(body)}`));
          continue;
        }
        checkBlock(body, schema.block, { address, path: "", problems, ignore: RESOURCE_META });
        checkLifecycle(body, schema.block, address, problems);
      }
    }
  }

  if (tf.provider !== undefined) {
    for (const [localName, configs] of Object.entries(asObject(tf.provider))) {
      const provider = providerFor(localName);
      const list = Array.isArray(configs) ? configs : [configs];
      list.forEach((config, i) => {
        const address = `provider.${localName}${list.length > 1 ? `[${i}]` : ""}`;
        if (!provider?.provider) {
          problems.push(problem("unknown-provider", address, "", `no schema for provider "${localName}"`));
        } else if (!isObject(config)) {
          problems.push(problem("literal-type", address, "", `expected an object, found ${describe(config)}`));
        } else {
          checkBlock(config, provider.provider.block, { address, path: "", problems, ignore: PROVIDER_META });
        }
      });
    }
  }
  return problems;
}

/** resource.<type> is { name: body }; Terraform's JSON syntax also allows [{ name: body }, ...]. */
function bodies(instances: Json): [string, Json][] {
  const groups = Array.isArray(instances) ? instances : [instances];
  return groups.flatMap((group) => (isObject(group) ? Object.entries(group) : []));
}
