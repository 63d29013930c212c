/**
 * A literal against its cty type. Stricter than Terraform on purpose: cdktf writes every literal in its own
 * type, so "5" where a number belongs means a construct passed the wrong thing. Expressions pass for any type.
 */
import type { CtyType } from "../schema/format.js";
import { describe, isExpression, isObject, type Json } from "./json.js";
import { didYouMean } from "./did-you-mean.js";
import { problem, type Context } from "./problems.js";

/** Checks a literal against a cty type; expressions pass for any type. */
export function checkValue(value: Json, type: CtyType, ctx: Context): void {
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

function typeName(type: CtyType): string {
  return typeof type === "string" ? type : type[0] === "object" || type[0] === "tuple" ? type[0] : `${type[0]}(${typeName(type[1])})`;
}
