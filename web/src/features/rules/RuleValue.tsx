// A rule's value as the administrator reads it: a number with its unit, named fields, or the quality
// sheet (criteria with their points, grades by minimum total).
import type { QualitySheet } from '../../../../domain/rules/catalog.ts';
import type { RuleForm } from './api.ts';

export function RuleValue({ form, value }: { form: RuleForm; value: unknown }) {
  if (form.kind === 'number') {
    return (
      <span>
        {String(value)} {form.unit}
      </span>
    );
  }
  if (form.kind === 'fields') {
    const v = (value ?? {}) as Record<string, unknown>;
    return (
      <ul className="ru-list">
        {form.fields.map((f) => (
          <li key={f.name}>
            {f.label}: <strong>{String(v[f.name] ?? '—')}</strong> {f.unit}
          </li>
        ))}
      </ul>
    );
  }
  const q = value as QualitySheet | null;
  if (!q) return null;
  const total = q.criteria.reduce((a, c) => a + c.maxPoints, 0);
  return (
    <div>
      <ul className="ru-list">
        {q.criteria.map((c) => (
          <li key={c.code}>
            {c.label}: <strong>{c.maxPoints}</strong> điểm
          </li>
        ))}
      </ul>
      <div>
        Tổng {total} điểm. Xếp loại:{' '}
        {[...q.grades]
          .sort((a, b) => b.minPoints - a.minPoints)
          .map((g) => `${g.label} từ ${g.minPoints}`)
          .join('; ')}
      </div>
    </div>
  );
}
