/**
 * The shape of `terraform providers schema -json`, the subset hubstack reads: beside our copy of the file, so
 * that loading it and checking a stack against it share one description without depending on each other.
 */

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
