/**
 * Checks a stored value against a record's JSON Schema, as written from the zod schemas in
 * src/schemas/progress.ts by z.toJSONSchema (src/schemas/progressRecords.schema.json). Reading
 * progress in the browser then needs these few lines instead of zod itself (about 8 KB gz on
 * every page with a quiz), and the records are still described once, by zod. Only the keywords
 * that zod writes for those schemas are known here; a unit test fails if the JSON uses any other,
 * and a property test holds this check to zod's verdict. String lengths count UTF-16 code units,
 * as zod does (JSON Schema itself counts code points).
 */
export interface JsonSchema {
  type?: 'object' | 'array' | 'string' | 'number' | 'integer' | 'boolean';
  const?: unknown;
  enum?: readonly unknown[];
  minimum?: number;
  maximum?: number;
  exclusiveMinimum?: number;
  minLength?: number;
  maxLength?: number;
  maxItems?: number;
  items?: JsonSchema;
  properties?: Readonly<Record<string, JsonSchema>>;
  required?: readonly string[];
  additionalProperties?: boolean | JsonSchema;
  propertyNames?: JsonSchema;
  oneOf?: readonly JsonSchema[];
  anyOf?: readonly JsonSchema[];
}

const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

function hasType(type: JsonSchema['type'], value: unknown): boolean {
  switch (type) {
    case undefined:
      return true;
    case 'object':
      return isObject(value);
    case 'array':
      return Array.isArray(value);
    case 'integer':
      return Number.isSafeInteger(value);
    case 'number':
      return typeof value === 'number' && Number.isFinite(value);
    default:
      return typeof value === type;
  }
}

function matchesObject(schema: JsonSchema, value: Record<string, unknown>): boolean {
  const { properties = {}, required = [], additionalProperties = true, propertyNames } = schema;
  if (required.some((key) => !(key in value))) return false;
  return Object.entries(value).every(([key, item]) => {
    if (propertyNames && !matchesSchema(propertyNames, key)) return false;
    const known = Object.hasOwn(properties, key) ? properties[key] : undefined;
    if (known) return matchesSchema(known, item);
    return typeof additionalProperties === 'boolean' ? additionalProperties : matchesSchema(additionalProperties, item);
  });
}

/** Whether `value` satisfies `schema`. */
export function matchesSchema(schema: JsonSchema, value: unknown): boolean {
  const alternatives = schema.oneOf ?? schema.anyOf;
  if (alternatives && !alternatives.some((alternative) => matchesSchema(alternative, value))) return false;
  if (!hasType(schema.type, value)) return false;
  if ('const' in schema && value !== schema.const) return false;
  if (schema.enum && !schema.enum.includes(value)) return false;
  if (typeof value === 'number') {
    if (schema.minimum !== undefined && value < schema.minimum) return false;
    if (schema.maximum !== undefined && value > schema.maximum) return false;
    if (schema.exclusiveMinimum !== undefined && value <= schema.exclusiveMinimum) return false;
  }
  if (typeof value === 'string') {
    if (schema.minLength !== undefined && value.length < schema.minLength) return false;
    if (schema.maxLength !== undefined && value.length > schema.maxLength) return false;
  }
  if (Array.isArray(value)) {
    if (schema.maxItems !== undefined && value.length > schema.maxItems) return false;
    if (schema.items && !value.every((item) => matchesSchema(schema.items!, item))) return false;
  }
  return isObject(value) && schema.type === 'object' ? matchesObject(schema, value) : true;
}
