/**
 * A parsed cdk.tf.json seen as plain JSON: the type guards the checks use, and how a value is named in a message.
 * Any string holding `${...}` is an expression: only Terraform knows what it becomes.
 */

export type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
export type JsonObject = { [key: string]: Json };

export const isObject = (value: unknown): value is JsonObject => typeof value === "object" && value !== null && !Array.isArray(value);
/** A string Terraform will evaluate: it may become a value of any type. */
export const isExpression = (value: unknown): boolean => typeof value === "string" && value.includes("${");

/** An object as itself, anything else as an empty object: for sections that may be absent. */
export function asObject(value: Json | undefined): JsonObject {
  return isObject(value) ? value : {};
}

/** A value as a message names it: its kind, and a short literal. */
export function describe(value: unknown): string {
  if (value === null) return "null";
  if (Array.isArray(value)) return "a list";
  if (typeof value === "object") return "an object";
  if (typeof value === "string") return `the string ${JSON.stringify(value.length > 40 ? `${value.slice(0, 37)}...` : value)}`;
  return `the ${typeof value === "boolean" ? "bool" : typeof value} ${String(value)}`;
}
