// The builders every area's list of rules uses: an integer within bounds, an object of such integers
// (shown as a form of number fields), and rule(), which keeps each definition's value type.
import { z } from '../validation.ts';
import type { RuleDef, RuleField } from './catalog.ts';

export const int = (min: number, max: number) => z.number().int().min(min).max(max);

/** The schema of a 'fields' form: one bounded integer per field. */
export function fieldsSchema<F extends readonly RuleField[]>(fields: F) {
  return z.strictObject(
    Object.fromEntries(fields.map((f) => [f.name, int(f.min, f.max)])) as {
      [K in F[number]['name']]: z.ZodNumber;
    },
  );
}

export function rule<T>(d: RuleDef<T>): RuleDef<T> {
  return d;
}
