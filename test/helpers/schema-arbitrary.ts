// fast-check values from the JSON Schemas of /api/openapi.json: mostly well-formed values (so the
// request reaches the services), mixed with hostile ones (huge strings, NUL, lone surrogates, deep
// nesting, wrong types, SQL and path fragments). zod-fast-check does not support zod 4, and the
// published contract is what a client sees, so the fuzzer reads the contract.
import fc from 'fast-check';

export interface JsonSchema {
  type?: string | string[];
  properties?: Record<string, JsonSchema>;
  required?: string[];
  items?: JsonSchema;
  enum?: unknown[];
  anyOf?: JsonSchema[];
  oneOf?: JsonSchema[];
  minimum?: number;
  maximum?: number;
  exclusiveMinimum?: number;
  minLength?: number;
  maxLength?: number;
  minItems?: number;
  maxItems?: number;
  pattern?: string;
}

const HOSTILE_STRINGS = [
  '',
  ' ',
  '\u0000',
  'a\u0000b',
  '\uD800',
  'x\uDFFFy',
  "'; DROP TABLE users; --",
  "' OR '1'='1",
  '../../../../etc/passwd',
  '..\\..\\windows\\win.ini',
  '<script>alert(1)</script>',
  '%00',
  '${7*7}',
  '\u202Egnp.exe',
  'Đảng ủy xã Đoài Phương',
  'Nguye\u0302\u0303n',
  '0000-00-00',
  '2025-02-30',
  '9999-99-99',
];

export const hostile: fc.Arbitrary<unknown> = fc.oneof(
  fc.constantFrom(...HOSTILE_STRINGS),
  fc.constant('x'.repeat(300_000)),
  fc.constantFrom(null, true, false, 0, -1, 1.5, 2 ** 31, 2 ** 53, -(2 ** 63), 1e308),
  fc.constant([]),
  fc.constant({}),
  fc.constant(JSON.parse(`${'['.repeat(2000)}${']'.repeat(2000)}`)),
  fc.constant(Object.fromEntries(Array.from({ length: 500 }, (_, i) => [`k${i}`, i]))),
);

function wellFormed(s: JsonSchema, depth: number): fc.Arbitrary<unknown> {
  if (s.enum) return fc.constantFrom(...s.enum);
  const variants = s.anyOf ?? s.oneOf;
  if (variants) return fc.oneof(...variants.map((v) => value(v, depth)));
  const type = Array.isArray(s.type) ? s.type[0] : s.type;
  switch (type) {
    case 'string':
      if (s.pattern === '^\\d{4}-\\d{2}-\\d{2}$') {
        return fc
          .date({ min: new Date('1930-01-01'), max: new Date('2100-12-31'), noInvalidDate: true })
          .map((d) => d.toISOString().slice(0, 10));
      }
      if (s.pattern === '^\\d{6}$') return fc.stringMatching(/^\d{6}$/);
      return fc.string({
        minLength: s.minLength ?? 0,
        maxLength: Math.min(s.maxLength ?? 40, 40),
        unit: 'grapheme',
      });
    case 'integer': {
      const min = s.minimum ?? (s.exclusiveMinimum !== undefined ? s.exclusiveMinimum + 1 : -5);
      const max = Math.min(s.maximum ?? 1000, 1000);
      return fc.integer({ min, max: Math.max(min, max) });
    }
    case 'number':
      return fc.double({ noNaN: true, noDefaultInfinity: true });
    case 'boolean':
      return fc.boolean();
    case 'array':
      return fc.array(value(s.items ?? {}, depth + 1), {
        minLength: s.minItems ?? 0,
        maxLength: Math.min(s.maxItems ?? 4, 4),
      });
    case 'object': {
      const props = s.properties ?? {};
      const required = new Set(s.required ?? []);
      const shape: Record<string, fc.Arbitrary<unknown>> = {};
      for (const [k, v] of Object.entries(props)) shape[k] = value(v, depth + 1);
      return fc.record(shape, { requiredKeys: Object.keys(props).filter((k) => required.has(k)) });
    }
    default:
      return fc.jsonValue({ maxDepth: 2 });
  }
}

/** Mostly well-formed for the schema, sometimes hostile; deeper levels are hostile less often. */
export function value(s: JsonSchema, depth = 0): fc.Arbitrary<unknown> {
  if (depth > 4) return fc.constant(null);
  return fc.oneof({ arbitrary: wellFormed(s, depth), weight: 6 }, { arbitrary: hostile, weight: 1 });
}

/** A path or query parameter as it travels in a URL. */
export function param(s: JsonSchema, knownIds: number[]): fc.Arbitrary<string> {
  const type = Array.isArray(s.type) ? s.type[0] : s.type;
  const ok: fc.Arbitrary<string> =
    type === 'integer'
      ? fc.oneof(fc.constantFrom(...knownIds.map(String)), fc.integer({ min: 1, max: 5000 }).map(String))
      : wellFormed(s, 0).map((v) => String(v));
  return fc.oneof(
    { arbitrary: ok, weight: 5 },
    {
      arbitrary: fc.constantFrom(
        '0',
        '-1',
        '2147483648',
        '99999999999999999999',
        'abc',
        '1;DROP TABLE orgs',
        '%00',
        '1e3',
        ' 1',
        '',
      ),
      weight: 2,
    },
  );
}
