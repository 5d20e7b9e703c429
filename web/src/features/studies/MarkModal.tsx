// Marking a written reflection: Đạt or Chưa đạt (a Chưa đạt one is written again), an optional score
// out of 10, a comment.
import { Form, Input, InputNumber, Radio } from 'antd';
import {
  REFLECTION_GRADE_LABELS,
  REFLECTION_GRADES,
  type ReflectionGrade,
} from '../../../../domain/studies/labels.ts';
import { markBody } from '../../../../domain/studies/schemas.ts';
import { FormModal } from '../FormModal.tsx';
import { checked } from '../forms.ts';
import { type StudyReflection, useMarkReflection } from './api.ts';

interface Values {
  grade: ReflectionGrade;
  score?: number | null;
  comment?: string;
}

export function MarkModal({
  sessionId,
  reflection,
  memberName,
  onClose,
}: {
  sessionId: number;
  reflection: {
    id: number;
    version: number;
    grade: ReflectionGrade | null;
    score: number | null;
    comment: string | null;
  } | null;
  memberName: string;
  onClose: () => void;
}) {
  const [form] = Form.useForm<Values>();
  const mark = useMarkReflection(sessionId);
  return (
    <FormModal<Values, StudyReflection>
      open={reflection !== null}
      onClose={onClose}
      form={form}
      title={`Chấm bài thu hoạch của ${memberName}`}
      okText="Lưu"
      successMessage={(r) => `Đã chấm: ${r.gradeLabel}.`}
      initialValues={{
        grade: reflection?.grade ?? 'dat',
        score: reflection?.score ?? null,
        comment: reflection?.comment ?? '',
      }}
      submit={(v) =>
        mark.mutateAsync({
          reflectionId: reflection?.id ?? 0,
          body: checked(form, markBody, {
            grade: v.grade,
            score: v.score ?? null,
            comment: v.comment || undefined,
          }),
        })
      }
    >
      <p className="st-muted">Bản nộp lần {reflection?.version}.</p>
      <Form.Item label="Xếp loại" name="grade">
        <Radio.Group
          optionType="button"
          buttonStyle="solid"
          options={REFLECTION_GRADES.map((g) => ({ value: g, label: REFLECTION_GRADE_LABELS[g] }))}
        />
      </Form.Item>
      <Form.Item label="Điểm (thang 10, không bắt buộc)" name="score">
        <InputNumber min={0} max={10} step={0.5} style={{ width: 120 }} />
      </Form.Item>
      <Form.Item label="Nhận xét" name="comment">
        <Input.TextArea rows={3} maxLength={2000} />
      </Form.Item>
    </FormModal>
  );
}
