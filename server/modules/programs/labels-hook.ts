// Validation hook for routes whose field names mean something else elsewhere: FIELD_LABELS is keyed by
// the last name of a field, and `kind` there is "Loại tổ chức". A route passes its own names for such
// fields; everything else reads as in every other 400 answer.
import type { ZodError } from 'zod';
import { fieldLabel } from '../../../domain/validation.ts';
import { ValidationError } from '../../http/errors.ts';

export function labelled(overrides: Record<string, string>) {
  const label = (path: readonly PropertyKey[]) => {
    const keys = path.filter((p): p is string => typeof p === 'string');
    const own = overrides[keys.join('.')] ?? overrides[keys[keys.length - 1] ?? ''];
    return own ?? fieldLabel(path);
  };
  return (result: { success: true } | { success: false; error: ZodError }): undefined => {
    if (result.success) return undefined;
    const issues = result.error.issues;
    throw new ValidationError(
      issues
        .slice(0, 5)
        .map((i) => `${label(i.path)}: ${i.message}`)
        .join('; '),
      {
        fields: issues.slice(0, 20).map((i) => ({
          path: i.path.map(String).join('.'),
          label: label(i.path),
          message: i.message,
        })),
      },
    );
  };
}
