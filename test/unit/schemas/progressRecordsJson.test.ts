/**
 * The JSON Schema the browser reads progress records with is the one zod writes from the record
 * schemas (regenerate with `npx vitest run -u test/unit/schemas/progressRecordsJson.test.ts`), it
 * uses no keyword that matchesSchema does not know, and matchesSchema gives zod's own verdict on
 * valid records, records just past a limit, and values of the wrong shape.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import * as z from 'zod/mini';
import { matchesSchema, type JsonSchema } from '../../../src/lib/progress/matchesSchema.ts';
import { recordSchemas } from '../../../src/schemas/progress.ts';
import written from '../../../src/schemas/progressRecords.schema.json';

const kinds = Object.keys(recordSchemas) as (keyof typeof recordSchemas)[];
const fromZod = Object.fromEntries(
  kinds.map((kind) => {
    const { $schema: _, ...schema } = z.toJSONSchema(recordSchemas[kind]) as JsonSchema & { $schema: string };
    return [kind, schema];
  }),
) as Record<(typeof kinds)[number], JsonSchema>;

const KNOWN_KEYWORDS = new Set([
  'type',
  'const',
  'enum',
  'minimum',
  'maximum',
  'exclusiveMinimum',
  'minLength',
  'maxLength',
  'maxItems',
  'items',
  'properties',
  'required',
  'additionalProperties',
  'propertyNames',
  'oneOf',
  'anyOf',
]);

/** Every keyword used anywhere in a schema. */
function keywords(schema: JsonSchema): string[] {
  const nested = [
    ...Object.values(schema.properties ?? {}),
    ...(schema.items ? [schema.items] : []),
    ...(typeof schema.additionalProperties === 'object' ? [schema.additionalProperties] : []),
    ...(schema.propertyNames ? [schema.propertyNames] : []),
    ...(schema.oneOf ?? []),
    ...(schema.anyOf ?? []),
  ];
  return [...Object.keys(schema), ...nested.flatMap(keywords)];
}

/** Values near what a schema allows: mostly the right shape, often just past a limit, sometimes anything. */
function near(schema: JsonSchema): fc.Arbitrary<unknown> {
  const wrong = fc.oneof(fc.constant(null), fc.boolean(), fc.string({ maxLength: 3 }), fc.double(), fc.constant([]));
  const alternatives = schema.oneOf ?? schema.anyOf;
  if (alternatives) return fc.oneof(...alternatives.map(near));
  if (schema.const !== undefined) return fc.oneof({ weight: 8, arbitrary: fc.constant(schema.const) }, wrong);
  if (schema.enum) return fc.oneof({ weight: 4, arbitrary: fc.constantFrom(...schema.enum) }, wrong);
  switch (schema.type) {
    case 'integer':
    case 'number': {
      const low = schema.minimum ?? schema.exclusiveMinimum ?? -1e6;
      const high = Math.min(schema.maximum ?? 1e6, 2 ** 53);
      const edges = [low, high, low - 1, high + 1, low + 0.5, Number.MAX_SAFE_INTEGER + 2];
      return fc.oneof(
        {
          weight: 4,
          arbitrary: fc.integer({ min: Math.max(-1e9, Math.ceil(low)), max: Math.min(1e9, Math.floor(high)) }),
        },
        fc.double({ min: low, max: Math.min(high, 1e9), noNaN: true }),
        fc.constantFrom(...edges),
        wrong,
      );
    }
    case 'string': {
      const max = schema.maxLength ?? 20;
      return fc.oneof(
        { weight: 4, arbitrary: fc.string({ minLength: schema.minLength ?? 0, maxLength: Math.min(max, 12) }) },
        fc.constantFrom('', 'x'.repeat(max), 'x'.repeat(max + 1), '😀'.repeat(Math.ceil(max / 2))),
        wrong,
      );
    }
    case 'boolean':
      return fc.oneof({ weight: 4, arbitrary: fc.boolean() }, wrong);
    case 'array':
      return fc.oneof(
        { weight: 6, arbitrary: fc.array(near(schema.items ?? {}), { maxLength: 3 }) },
        fc.constant(Array.from({ length: (schema.maxItems ?? 3) + 1 }, () => 'x')),
        wrong,
      );
    case 'object': {
      const properties = Object.fromEntries(Object.entries(schema.properties ?? {}).map(([k, s]) => [k, near(s)]));
      const complete = fc.record(properties, { requiredKeys: [...(schema.required ?? [])] });
      const partial = fc.record(properties, { requiredKeys: [] });
      const extra =
        typeof schema.additionalProperties === 'object'
          ? fc.dictionary(
              near(schema.propertyNames ?? { type: 'string' }) as fc.Arbitrary<string>,
              near(schema.additionalProperties),
              {
                maxKeys: 3,
              },
            )
          : fc.dictionary(fc.constantFrom('extra', 'v', 'kind'), fc.integer(), { maxKeys: 1 });
      return fc.oneof(
        { weight: 6, arbitrary: complete },
        partial,
        fc.tuple(complete, extra).map(([known, more]) => ({ ...more, ...known })),
        wrong,
      );
    }
    default:
      return fc.anything();
  }
}

describe('the JSON Schema of the progress records', () => {
  it('is what zod writes from the record schemas', async () => {
    await expect(JSON.stringify(fromZod, null, 2) + '\n').toMatchFileSnapshot(
      '../../../src/schemas/progressRecords.schema.json',
    );
    expect(written).toEqual(fromZod);
  });

  it('uses only keywords that matchesSchema knows', () => {
    for (const kind of kinds) expect(keywords(fromZod[kind]).filter((k) => !KNOWN_KEYWORDS.has(k))).toEqual([]);
  });

  it.each(kinds)('%s: matchesSchema gives zod’s verdict', (kind) => {
    let accepted = 0;
    fc.assert(
      fc.property(near(fromZod[kind]), (value) => {
        const zod = recordSchemas[kind].safeParse(value).success;
        if (zod) accepted++;
        expect(matchesSchema(fromZod[kind], value)).toBe(zod);
      }),
      // A mock exam paper has several optional parts, each often generated wrong: more runs, so that
      // enough whole valid papers are reached.
      { numRuns: kind === 'mock' ? 10_000 : 3000 },
    );
    // The generator must reach valid records too, or agreeing on rejections would prove little.
    expect(accepted).toBeGreaterThan(30);
  });
});
