/**
 * A block of cdk.tf.json against its schema block: unknown names, required and computed-only attributes,
 * nested blocks and their counts, dynamic blocks, lifecycle.ignore_changes. Values go on to value.ts.
 */
import type { SchemaAttribute, SchemaBlock, SchemaNestedBlock } from "../schema/format.js";
import { didYouMean } from "./did-you-mean.js";
import { describe, isExpression, isObject, type Json, type JsonObject } from "./json.js";
import { problem, type Context, type SchemaProblem } from "./problems.js";
import { checkValue } from "./value.js";

export function checkBlock(body: JsonObject, block: SchemaBlock, ctx: Context): void {
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
export function checkLifecycle(body: JsonObject, block: SchemaBlock, address: string, problems: SchemaProblem[]): void {
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
