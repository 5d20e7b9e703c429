// The quality score of a meeting against the criteria version it keeps (an administrator edits the
// criteria as a rule; a meeting scored earlier keeps its sheet): points per criterion, the total and
// the grade, with the source.
import { Alert, App, Button, Card, InputNumber, Tag } from 'antd';
import { useState } from 'react';
import { errorText } from '../forms.ts';
import { type MeetingDetail, useScoreQuality } from './api.ts';

export function QualityPanel({ m }: { m: MeetingDetail }) {
  const { message } = App.useApp();
  const score = useScoreQuality(m.id);
  const q = m.quality;
  const rule = m.rules.quality;
  const [points, setPoints] = useState<Record<string, number | null>>(() =>
    Object.fromEntries(q.lines.map((l) => [l.code, l.points])),
  );
  const editable = m.can.manage && m.status !== 'cancelled';
  const max = q.lines.reduce((a, l) => a + l.maxPoints, 0);
  const typed = q.lines.reduce((a, l) => a + (points[l.code] ?? 0), 0);
  const grades = [...rule.grades].sort((a, b) => b.minPoints - a.minPoints);
  const save = () =>
    score.mutate(
      {
        scores: q.lines.flatMap((l) => {
          const p = points[l.code];
          return p === null || p === undefined ? [] : [{ code: l.code, points: p }];
        }),
      },
      {
        onSuccess: (r) =>
          void message.success(`Đã chấm: ${r.total ?? 0} điểm${r.gradeLabel ? `, ${r.gradeLabel}` : ''}.`),
        onError: (err) => void message.error(errorText(err)),
      },
    );
  return (
    <div>
      <Alert
        type="info"
        showIcon
        className="mt-block"
        title={`Xếp loại: ${grades.map((g) => `${g.label} từ ${g.minPoints} điểm`).join('; ')}.`}
        description={`Căn cứ: ${rule.source}`}
      />
      {q.total !== null && (
        <div className="mt-block" data-testid="quality-total">
          Đã chấm: <strong>{q.total}</strong>/{max} điểm{' '}
          {q.gradeLabel && <Tag color="blue">{q.gradeLabel}</Tag>}
        </div>
      )}
      <Card size="small">
        <div className="mt-quality">
          {q.lines.map((l) => (
            <div key={l.code} className="mt-quality-row">
              <span>{l.label}</span>
              <span className="mt-quality-input">
                <InputNumber
                  min={0}
                  max={l.maxPoints}
                  value={points[l.code] ?? null}
                  disabled={!editable}
                  onChange={(v) => setPoints((x) => ({ ...x, [l.code]: v }))}
                  aria-label={l.label}
                  style={{ width: 80 }}
                />{' '}
                / {l.maxPoints}
              </span>
            </div>
          ))}
        </div>
        <div className="mt-actions mt-top">
          <span>
            Tổng: <strong>{typed}</strong>/{max}
          </span>
          {editable && (
            <Button type="primary" onClick={save} loading={score.isPending} data-testid="quality-save">
              Lưu điểm
            </Button>
          )}
        </div>
      </Card>
    </div>
  );
}
