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
 */

// --- The schema format (the subset of `terraform providers schema -json` that matters here) ---

/** A cty type: "string", "number", "bool", "dynamic", or [kind, element type(s)]. */
export type CtyType =
  | "string"
  | "number"
  | "bool"
  | "dynamic"
  | ["list" | "set" | "map", CtyType]
  | ["object", Record<string, CtyType>, string[]?]
  | ["tuple", CtyType[]];

export interface SchemaAttribute {
  type?: CtyType;
  /** Attributes of the plugin framework may be nested objects instead of typed values. */
  nested_type?: { nesting_mode: "single" | "list" | "set" | "map"; attributes: Record<string, SchemaAttribute> };
  required?: boolean;
  optional?: boolean;
  computed?: boolean;
  deprecated?: boolean;
  sensitive?: boolean;
}

export interface SchemaBlock {
  attributes?: Record<string, SchemaAttribute>;
  block_types?: Record<string, SchemaNestedBlock>;
}

export interface SchemaNestedBlock {
  nesting_mode: "single" | "group" | "list" | "set" | "map";
  block: SchemaBlock;
  min_items?: number;
  max_items?: number;
}

export interface ProviderSchema {
  provider?: { block: SchemaBlock };
  resource_schemas?: Record<string, { block: SchemaBlock }>;
  data_source_schemas?: Record<string, { block: SchemaBlock }>;
}

export interface ProviderSchemaFile {
  format_version?: string;
  provider_schemas: Record<string, ProviderSchema>;
}

// --- Problems ---

export type ProblemKind =
  | "unknown-provider"
  | "unknown-type"
  | "unknown-name"
  | "missing-required"
  | "computed-only"
  | "block-count"
  | "literal-type";

export interface SchemaProblem {
  kind: ProblemKind;
  /** Terraform address: openstack_compute_instance_v2.hub, data.openstack_dns_zone_v2.zone, provider.openstack */
  address: string;
  /** Where inside it: network[0].port; empty for the whole resource. */
  path: string;
  message: string;
}

export function formatProblem(problem: SchemaProblem): string {
  return `${problem.address}${problem.path ? `.${problem.path}` : ""}: ${problem.message}`;
}

// --- The check ---

/** Keys Terraform itself owns on a resource or data source (and cdktf's "//" metadata). */
const RESOURCE_META = new Set(["count", "for_each", "depends_on", "provider", "lifecycle", "provisioner", "connection", "//"]);
const PROVIDER_META = new Set(["alias", "version", "//"]);
/** Terraform's built-in provider: terraform_data and terraform_remote_state need no schema. */
const BUILTIN_PROVIDER = "terraform";
const DEFAULT_REGISTRY = "registry.terraform.io";

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
type JsonObject = { [key: string]: Json };

const isObject = (value: unknown): value is JsonObject => typeof value === "object" && value !== null && !Array.isArray(value);
/** A string Terraform will evaluate: it may become a value of any type. */
const isExpression = (value: unknown): boolean => typeof value === "string" && value.includes("${");

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

interface Context {
  address: string;
  path: string;
  problems: SchemaProblem[];
  /** Meta-argument names allowed at this level only (the top of a resource or provider). */
  ignore?: ReadonlySet<string>;
}

function checkBlock(body: JsonObject, block: SchemaBlock, ctx: Context): void {
  const attributes = block.attributes ?? {};
  const blockTypes = block.block_types ?? {};
  const at = (name: string) => (ctx.path ? `${ctx.path}.${name}` : name);

  for (const [name, value] of Object.entries(body)) {
    if (ctx.ignore?.has(name)) continue;
    const attribute = attributes[name];
    if (attribute) {
      checkAttribute(value, attribute, { ...ctx, path: at(name), ignore: undefined });
    } else if (blockTypes[name]) {
      checkNestedBlock(value, blockTypes[name], { ...ctx, path: at(name), ignore: undefined });
    } else if (name === "dynamic" && isObject(value)) {
      checkDynamicBlocks(value, blockTypes, { ...ctx, path: at(name), ignore: undefined });
    } else {
      const known = [...Object.keys(attributes), ...Object.keys(blockTypes)];
      ctx.problems.push(problem("unknown-name", ctx.address, at(name), `unknown attribute or block "${name}"${didYouMean(name, known)}`));
    }
  }

  for (const [name, attribute] of Object.entries(attributes)) {
    if (attribute.required && (body[name] === undefined || body[name] === null)) {
      ctx.problems.push(problem("missing-required", ctx.address, at(name), `required attribute "${name}" is missing`));
    }
  }
  const dynamicNames = isObject(body.dynamic) && !attributes.dynamic ? Object.keys(body.dynamic) : [];
  for (const [name, nested] of Object.entries(blockTypes)) {
    // A dynamic block's count is only known to Terraform.
    if (body[name] === undefined && !dynamicNames.includes(name)) checkBlockCount(0, nested, ctx, at(name));
  }
}

function checkAttribute(value: Json, attribute: SchemaAttribute, ctx: Context): void {
  if (value === null) return; // null means "not set" in Terraform
  if (attribute.computed && !attribute.optional && !attribute.required) {
    ctx.problems.push(problem("computed-only", ctx.address, ctx.path, "is computed by the provider and cannot be set"));
    return;
  }
  if (attribute.nested_type) {
    checkNestedAttribute(value, attribute.nested_type, ctx);
  } else if (attribute.type !== undefined) {
    checkValue(value, attribute.type, ctx);
  }
}

function checkNestedAttribute(value: Json, nested: NonNullable<SchemaAttribute["nested_type"]>, ctx: Context): void {
  if (isExpression(value)) return;
  const inner: SchemaBlock = { attributes: nested.attributes };
  const checkOne = (item: Json, path: string) => {
    if (isObject(item)) checkBlock(item, inner, { ...ctx, path });
    else if (!isExpression(item)) ctx.problems.push(problem("literal-type", ctx.address, path, `expected an object, found ${describe(item)}`));
  };
  if (nested.nesting_mode === "single") checkOne(value, ctx.path);
  else if (nested.nesting_mode === "map" && isObject(value)) for (const [k, v] of Object.entries(value)) checkOne(v, `${ctx.path}["${k}"]`);
  else if (nested.nesting_mode !== "map" && Array.isArray(value)) value.forEach((v, i) => checkOne(v, `${ctx.path}[${i}]`));
  else ctx.problems.push(problem("literal-type", ctx.address, ctx.path, `expected ${nested.nesting_mode === "map" ? "an object" : "a list"}, found ${describe(value)}`));
}

function checkNestedBlock(value: Json, nested: SchemaNestedBlock, ctx: Context): void {
  if (nested.nesting_mode === "map") {
    if (!isObject(value)) {
      ctx.problems.push(problem("literal-type", ctx.address, ctx.path, `expected an object of labelled blocks, found ${describe(value)}`));
      return;
    }
    for (const [label, item] of Object.entries(value)) checkBlockBody(item, nested, { ...ctx, path: `${ctx.path}["${label}"]` });
    checkBlockCount(Object.keys(value).length, nested, ctx, ctx.path);
    return;
  }
  // Terraform's JSON syntax takes a block as one object or as a list of objects.
  const items = Array.isArray(value) ? value : [value];
  items.forEach((item, i) => checkBlockBody(item, nested, { ...ctx, path: Array.isArray(value) ? `${ctx.path}[${i}]` : ctx.path }));
  checkBlockCount(items.length, nested, ctx, ctx.path);
}

function checkBlockBody(item: Json, nested: SchemaNestedBlock, ctx: Context): void {
  if (isObject(item)) checkBlock(item, nested.block, ctx);
  else ctx.problems.push(problem("literal-type", ctx.address, ctx.path, `a block must be an object, found ${describe(item)}`));
}

function checkBlockCount(count: number, nested: SchemaNestedBlock, ctx: Context, path: string): void {
  const single = nested.nesting_mode === "single" || nested.nesting_mode === "group";
  const min = nested.min_items ?? 0;
  const max = nested.max_items ?? (single ? 1 : Infinity);
  if (count < min) {
    const what = count === 0 ? `required block "${path.split(".").pop()}" is missing` : `has ${count} blocks, at least ${min} required`;
    ctx.problems.push(problem(count === 0 ? "missing-required" : "block-count", ctx.address, path, what));
  } else if (count > max) {
    ctx.problems.push(problem("block-count", ctx.address, path, `has ${count} blocks, at most ${max} allowed`));
  }
}

/** `dynamic "network" { for_each, content }` in JSON: { "dynamic": { "network": { "for_each": ..., "content": {...} } } } */
function checkDynamicBlocks(value: JsonObject, blockTypes: Record<string, SchemaNestedBlock>, ctx: Context): void {
  for (const [name, spec] of Object.entries(value)) {
    const nested = blockTypes[name];
    const path = `${ctx.path}.${name}`;
    if (!nested) {
      ctx.problems.push(problem("unknown-name", ctx.address, path, `dynamic block names no block type "${name}"${didYouMean(name, Object.keys(blockTypes))}`));
    } else if (isObject(spec) && isObject(spec.content)) {
      checkBlock(spec.content, nested.block, { ...ctx, path: `${path}.content` });
    }
  }
}

/** lifecycle.ignore_changes must name attributes or blocks of the resource. */
function checkLifecycle(body: JsonObject, block: SchemaBlock, address: string, problems: SchemaProblem[]): void {
  const lifecycle = body.lifecycle;
  if (!isObject(lifecycle) || !Array.isArray(lifecycle.ignore_changes)) return;
  const known = [...Object.keys(block.attributes ?? {}), ...Object.keys(block.block_types ?? {})];
  lifecycle.ignore_changes.forEach((entry, i) => {
    if (typeof entry !== "string" || isExpression(entry) || entry === "all") return;
    const root = entry.split(/[.[]/)[0] ?? entry;
    if (!known.includes(root)) {
      problems.push(problem("unknown-name", address, `lifecycle.ignore_changes[${i}]`, `names no attribute or block "${root}"${didYouMean(root, known)}`));
    }
  });
}

/** Checks a literal against a cty type; expressions pass for any type. */
function checkValue(value: Json, type: CtyType, ctx: Context): void {
  if (value === null || isExpression(value) || type === "dynamic") return;
  const mismatch = (expected: string) =>
    ctx.problems.push(problem("literal-type", ctx.address, ctx.path, `expected ${expected}, found ${describe(value)}`));

  if (type === "string") {
    if (typeof value !== "string") mismatch("a string");
  } else if (type === "number") {
    if (typeof value !== "number" || !Number.isFinite(value)) mismatch("a number");
  } else if (type === "bool") {
    if (typeof value !== "boolean") mismatch("a bool");
  } else if (type[0] === "list" || type[0] === "set") {
    if (!Array.isArray(value)) return void mismatch(`a ${type[0]} of ${typeName(type[1])}`);
    const element = type[1];
    value.forEach((item, i) => checkValue(item, element, { ...ctx, path: `${ctx.path}[${i}]` }));
  } else if (type[0] === "map") {
    if (!isObject(value)) return void mismatch(`a map of ${typeName(type[1])}`);
    const element = type[1];
    for (const [key, item] of Object.entries(value)) checkValue(item, element, { ...ctx, path: `${ctx.path}["${key}"]` });
  } else if (type[0] === "object") {
    if (!isObject(value)) return void mismatch("an object");
    const [, fields, optional = []] = type;
    for (const [key, item] of Object.entries(value)) {
      const field = fields[key];
      if (field === undefined) {
        ctx.problems.push(problem("unknown-name", ctx.address, `${ctx.path}.${key}`, `unknown object attribute "${key}"${didYouMean(key, Object.keys(fields))}`));
      } else {
        checkValue(item, field, { ...ctx, path: `${ctx.path}.${key}` });
      }
    }
    for (const key of Object.keys(fields)) {
      if (value[key] === undefined && !optional.includes(key)) {
        ctx.problems.push(problem("missing-required", ctx.address, `${ctx.path}.${key}`, `object attribute "${key}" is missing`));
      }
    }
  } else if (type[0] === "tuple") {
    const elements = type[1];
    if (!Array.isArray(value) || value.length !== elements.length) return void mismatch(`a tuple of ${elements.length}`);
    value.forEach((item, i) => checkValue(item, elements[i]!, { ...ctx, path: `${ctx.path}[${i}]` }));
  }
}

// --- Helpers ---

function problem(kind: ProblemKind, address: string, path: string, message: string): SchemaProblem {
  return { kind, address, path, message };
}

function asObject(value: Json | undefined): JsonObject {
  return isObject(value) ? value : {};
}

/** resource.<type> is { name: body }; Terraform's JSON syntax also allows [{ name: body }, ...]. */
function bodies(instances: Json): [string, Json][] {
  const groups = Array.isArray(instances) ? instances : [instances];
  return groups.flatMap((group) => (isObject(group) ? Object.entries(group) : []));
}

/** The provider a resource belongs to: its `provider` meta-argument, else its type's prefix. */
function providerLocalName(type: string, body: Json): string {
  if (isObject(body) && typeof body.provider === "string") {
    return body.provider.replace(/^\$\{(.*)\}$/, "$1").split(".")[0]!;
  }
  return type.split("_")[0]!;
}

function requiredProviderSources(tf: JsonObject): Record<string, string> {
  const required = asObject(asObject(tf.terraform).required_providers);
  const sources: Record<string, string> = {};
  for (const [name, spec] of Object.entries(required)) {
    if (typeof spec === "string") continue; // the old `name = "version"` form has no source
    if (isObject(spec) && typeof spec.source === "string") sources[name] = spec.source;
  }
  return sources;
}

/** "terraform-provider-openstack/openstack" → "registry.terraform.io/terraform-provider-openstack/openstack" */
function fullSource(source: string): string {
  const parts = source.toLowerCase().split("/");
  return parts.length === 3 ? parts.join("/") : [DEFAULT_REGISTRY, ...parts].join("/");
}

function describe(value: unknown): string {
  if (value === null) return "null";
  if (Array.isArray(value)) return "a list";
  if (typeof value === "object") return "an object";
  if (typeof value === "string") return `the string ${JSON.stringify(value.length > 40 ? `${value.slice(0, 37)}...` : value)}`;
  return `the ${typeof value === "boolean" ? "bool" : typeof value} ${String(value)}`;
}

function typeName(type: CtyType): string {
  return typeof type === "string" ? type : type[0] === "object" || type[0] === "tuple" ? type[0] : `${type[0]}(${typeName(type[1])})`;
}

function didYouMean(name: string, candidates: string[]): string {
  let best: string | undefined;
  let bestDistance = Math.max(2, Math.floor(name.length / 3)) + 1;
  for (const candidate of candidates) {
    const distance = editDistance(name, candidate);
    if (distance < bestDistance) [best, bestDistance] = [candidate, distance];
  }
  return best ? `; did you mean "${best}"?` : "";
}

function editDistance(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++) {
      current[j] = Math.min(previous[j]! + 1, current[j - 1]! + 1, previous[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1));
    }
    previous = current;
  }
  return previous[b.length]!;
}
