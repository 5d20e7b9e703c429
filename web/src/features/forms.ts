// Form helpers shared by the feature pages: zod schemas (the same ones the server validates with)
// turned into antd Form rules, zod issues and server field errors mapped onto form fields, and the
// DatePicker ↔ ISO date conversion.
import type { FormInstance } from 'antd';
import type { Rule } from 'antd/es/form';
import dayjs, { type Dayjs } from 'dayjs';
import type { z } from 'zod';
import { describeIssues } from '../../../domain/validation.ts';
import { ApiError } from '../api/client.ts';

/** zod messages are fragments ("bắt buộc"); under a field they read better capitalised. */
export function capitalise(s: string): string {
  return s.charAt(0).toLocaleUpperCase('vi') + s.slice(1);
}

type NamePath = (string | number)[];

/** "successors.0.name" or ['successors', 0, 'name'] → the antd name path. */
function toNamePath(path: string | readonly PropertyKey[]): NamePath {
  const parts = typeof path === 'string' ? path.split('.') : path.map(String);
  return parts.filter((p) => p !== '').map((p) => (/^\d+$/.test(p) ? Number(p) : p));
}

/**
 * An antd rule that validates one field with a zod schema: `rules={[zodRule(createUserBody.shape.fullName)]}`.
 * Empty fields are left to a `required` rule, so that one message shows, not two.
 */
export function zodRule(schema: z.ZodType): Rule {
  return {
    validator: async (_rule, value: unknown) => {
      if (value === undefined || value === null || value === '') return;
      const result = schema.safeParse(value);
      if (!result.success) throw new Error(capitalise(result.error.issues[0]?.message ?? 'không hợp lệ'));
    },
  };
}

/** Rules for every key of an object schema, for `rules={rules.fullName}`. */
export function zodRules<S extends z.ZodObject>(schema: S): Record<keyof S['shape'], Rule[]> {
  const out: Record<string, Rule[]> = {};
  for (const [key, field] of Object.entries(schema.shape)) out[key] = [zodRule(field as z.ZodType)];
  return out as Record<keyof S['shape'], Rule[]>;
}

/**
 * Puts the server's field errors (400 with `fields`) onto the form fields they name, and returns the
 * error's (Vietnamese) message for an Alert.
 */
export function applyApiError(form: FormInstance | undefined, err: unknown): string {
  if (!(err instanceof ApiError)) return err instanceof Error ? err.message : String(err);
  if (form && err.fields?.length) {
    const known = mountedFields(form);
    const shown = err.fields.filter((f) => known.has(toNamePath(f.path).join('.')));
    form.setFields(shown.map((f) => ({ name: toNamePath(f.path), errors: [capitalise(f.message)] })));
  }
  return err.message;
}

/** The message of any error thrown by a request, for message.error. */
export function errorText(err: unknown): string {
  return err instanceof Error ? err.message : String(err);
}

/** DatePicker value → `YYYY-MM-DD` (undefined when empty). */
export function isoOf(d: Dayjs | null | undefined): string | undefined {
  return d ? d.format('YYYY-MM-DD') : undefined;
}

/** `YYYY-MM-DD` → DatePicker value. */
export function dayOf(iso: string | null | undefined): Dayjs | undefined {
  return iso ? dayjs(iso) : undefined;
}

/** Thrown by `checked` when the client-side validation failed (the fields already show why). */
export class FormInvalid extends Error {
  constructor() {
    super('Dữ liệu chưa hợp lệ.');
  }
}

/** Names of the fields mounted in a form, as "a.0.b" keys. */
function mountedFields(form: FormInstance): Set<string> {
  return new Set(
    form
      .getFieldsError()
      .map((f) => f.name.join('.'))
      .filter(Boolean),
  );
}

/**
 * Validates the whole request body with its zod schema before it is sent and returns the parsed
 * (normalised) body. On failure the issues are put on the form fields and FormInvalid is thrown, so
 * that a mutation stops before the request; issues of no visible field are thrown as one message.
 */
export function checked<S extends z.ZodType>(form: FormInstance, schema: S, body: unknown): z.output<S> {
  const result = schema.safeParse(body);
  if (result.success) return result.data;
  const mounted = mountedFields(form);
  const byField = new Map<string, { name: NamePath; errors: string[] }>();
  const elsewhere: z.core.$ZodIssue[] = [];
  for (const issue of result.error.issues) {
    const name = toNamePath(issue.path);
    const key = name.join('.');
    if (!mounted.has(key)) {
      elsewhere.push(issue);
      continue;
    }
    const entry = byField.get(key) ?? { name, errors: [] };
    entry.errors.push(capitalise(issue.message));
    byField.set(key, entry);
  }
  form.setFields([...byField.values()]);
  if (elsewhere.length > 0) throw new Error(describeIssues(elsewhere));
  throw new FormInvalid();
}
