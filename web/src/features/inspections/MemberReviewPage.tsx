// «Bản kiểm điểm cá nhân»: a member's review for a year or a quarter on its form (Mẫu 2A, 2B, 2C). The
// member (or the clerk for them) writes the sections and self-scores; beside them the criteria the app
// computes (tasks on time, meetings, fees, discipline); the chi bộ proposes and the committee one level
// up decides — the decided grade is the member's rating. Works on a phone (390 px): one column.
import {
  Alert,
  App,
  Button,
  Card,
  DatePicker,
  Descriptions,
  Form,
  Input,
  InputNumber,
  Select,
  Space,
  Spin,
  Typography,
} from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useState } from 'react';
import { Link } from 'react-router';
import { RATING_CATEGORIES, RATING_LABELS, type RatingCategory } from '../../../../domain/members/rating.ts';
import { downloadFile } from '../../api/files.ts';
import { DATE_FORMAT, formatDateVi } from '../../lib/format.ts';
import { applyApiError, errorText, isoOf } from '../forms.ts';
import { type MemberReview, useGradeMemberReview, useMemberReview, useWriteMemberReview } from './api.ts';
import { ReviewPeriod } from './ReviewPeriod.tsx';

const pct = (n: number | null) => (n === null ? '' : ` (${n.toLocaleString('vi-VN')}%)`);
const monthVi = (m: string) => `${m.slice(5)}/${m.slice(0, 4)}`;

function Criteria({ r }: { r: MemberReview }) {
  const c = r.criteria;
  return (
    <Card size="small" title="Tiêu chí tính tự động" style={{ marginBottom: 12 }}>
      <Descriptions column={1} size="small">
        <Descriptions.Item label="Nhiệm vụ đúng hạn">
          {c.tasks
            ? `${c.tasks.doneOnTime}/${c.tasks.due}${pct(c.tasks.onTimePercent)}${c.tasks.allOnTime ? '' : ` — chậm, quá hạn ${c.tasks.doneLate + c.tasks.overdue}`}`
            : 'Không có tài khoản: không theo dõi nhiệm vụ'}
        </Descriptions.Item>
        {c.meetings && (
          <Descriptions.Item label="Sinh hoạt chi bộ">
            {`Có mặt ${c.meetings.present}/${c.meetings.meetings}`}
            {c.meetings.absent ? `; vắng không lý do ${c.meetings.absent}` : ''}
          </Descriptions.Item>
        )}
        <Descriptions.Item label="Đảng phí">
          {`Đã đóng ${c.fees.monthsPaid}/${c.fees.monthsOwed} tháng`}
          {c.fees.unpaid.length ? `; chưa đóng ${c.fees.unpaid.map(monthVi).join(', ')}` : ''}
        </Descriptions.Item>
        {c.discipline && (
          <Descriptions.Item label="Kỷ luật">
            {c.discipline.decisions.length
              ? `${c.discipline.decisions.map((d) => `${d.formLabel} (${formatDateVi(d.decidedOn)})`).join('; ')} — xếp loại cao nhất: ${c.discipline.maxLabel}`
              : 'Không'}
          </Descriptions.Item>
        )}
      </Descriptions>
    </Card>
  );
}

interface WriteValues {
  form: MemberReview['suggestedForm'];
  sections: Record<string, string>;
  generalScore?: number;
  resultScore?: number;
}

function WriteCard({ r }: { r: MemberReview }) {
  const [form] = Form.useForm<WriteValues>();
  const write = useWriteMemberReview(r.memberId);
  const { message } = App.useApp();
  const chosen = Form.useWatch('form', form) ?? r.form ?? r.suggestedForm;
  const submit = async (v: WriteValues) => {
    try {
      const sections = Object.fromEntries(
        r.sections.map((s) => [s.key, v.sections?.[s.key] ?? '']).filter(([, t]) => t !== ''),
      );
      await write.mutateAsync({
        year: r.year,
        quarter: r.quarter,
        form: v.form,
        sections,
        generalScore: v.generalScore,
        resultScore: v.resultScore,
      });
      void message.success('Đã lưu bản kiểm điểm.');
    } catch (err) {
      void message.error(applyApiError(form, err));
    }
  };
  return (
    <Card size="small" title="Tự kiểm điểm" style={{ marginBottom: 12 }}>
      <Form<WriteValues>
        form={form}
        layout="vertical"
        onFinish={submit}
        disabled={!r.can.write}
        initialValues={{
          form: r.form ?? r.suggestedForm,
          sections: Object.fromEntries(r.sections.map((s) => [s.key, s.text])),
          generalScore: r.self?.generalScore,
          resultScore: r.self?.resultScore,
        }}
      >
        <Form.Item label="Mẫu bản kiểm điểm" name="form" extra={r.formSource}>
          <Select
            aria-label="Mẫu bản kiểm điểm"
            options={r.forms.map((f) => ({ value: f.form, label: f.label }))}
          />
        </Form.Item>
        {chosen !== (r.form ?? r.suggestedForm) && (
          <Alert
            type="info"
            showIcon
            style={{ marginBottom: 12 }}
            title="Lưu để hiện các mục của mẫu đã chọn."
          />
        )}
        {r.sections.map((s, i) => (
          <Form.Item key={s.key} label={`${i + 1}. ${s.label}`} name={['sections', s.key]}>
            <Input.TextArea aria-label={s.label} rows={3} maxLength={20000} />
          </Form.Item>
        ))}
        <Space wrap>
          <Form.Item label="Điểm tiêu chí chung (tối đa 30)" name="generalScore">
            <InputNumber aria-label="Điểm tiêu chí chung" min={0} max={30} step={0.5} />
          </Form.Item>
          <Form.Item label="Điểm kết quả (tối đa 70)" name="resultScore">
            <InputNumber aria-label="Điểm kết quả" min={0} max={70} step={0.5} />
          </Form.Item>
        </Space>
        {r.can.write && (
          <Button type="primary" htmlType="submit" loading={write.isPending} block>
            Lưu bản kiểm điểm
          </Button>
        )}
      </Form>
    </Card>
  );
}

function GradeForm({ r, level }: { r: MemberReview; level: 'proposal' | 'decision' }) {
  const grade = useGradeMemberReview(r.memberId, level);
  const { message } = App.useApp();
  const [form] = Form.useForm<{ grade: RatingCategory; on: Dayjs }>();
  const label = level === 'proposal' ? 'Chi bộ đề xuất' : 'Cấp trên quyết định';
  const submit = async (v: { grade: RatingCategory; on: Dayjs }) => {
    try {
      await grade.mutateAsync({
        year: r.year,
        quarter: r.quarter,
        grade: v.grade,
        decidedOn: isoOf(v.on) ?? '',
      });
      void message.success(`${label}: đã ghi.`);
    } catch (err) {
      void message.error(applyApiError(form, err));
    }
  };
  return (
    <Form form={form} name={level} layout="vertical" onFinish={submit} initialValues={{ on: dayjs() }}>
      <Form.Item label={label} name="grade" rules={[{ required: true, message: 'Chọn mức xếp loại' }]}>
        <Select
          aria-label={label}
          options={RATING_CATEGORIES.map((c) => ({ value: c, label: RATING_LABELS[c] }))}
        />
      </Form.Item>
      <Form.Item label="Ngày" name="on" rules={[{ required: true, message: 'Chọn ngày' }]}>
        <DatePicker
          format={DATE_FORMAT}
          aria-label={`Ngày ${label.toLowerCase()}`}
          style={{ width: '100%' }}
        />
      </Form.Item>
      <Button htmlType="submit" loading={grade.isPending} block>
        {level === 'proposal' ? 'Ghi đề xuất' : 'Ghi quyết định'}
      </Button>
    </Form>
  );
}

function Grades({ r }: { r: MemberReview }) {
  return (
    <Card size="small" title="Xếp loại" style={{ marginBottom: 12 }}>
      <Descriptions column={1} size="small">
        <Descriptions.Item label="Tự xếp loại">
          {r.self ? `${r.self.label} (${r.self.total.toLocaleString('vi-VN')} điểm)` : 'Chưa tự chấm'}
        </Descriptions.Item>
        <Descriptions.Item label="Chi bộ đề xuất">
          {r.proposed
            ? `${r.proposed.label}${r.proposed.on ? `, ${formatDateVi(r.proposed.on)}` : ''}${r.proposed.by ? ` — ${r.proposed.by}` : ''}`
            : 'Chưa đề xuất'}
        </Descriptions.Item>
        <Descriptions.Item label="Cấp trên quyết định">
          <span data-testid="review-decided">
            {r.decided
              ? `${r.decided.label}${r.decided.orgName ? `, ${r.decided.orgName}` : ''}${r.decided.on ? `, ${formatDateVi(r.decided.on)}` : ''}`
              : 'Chưa quyết định'}
          </span>
        </Descriptions.Item>
      </Descriptions>
      {r.can.propose && !r.decided && <GradeForm r={r} level="proposal" />}
      {r.can.decide && r.proposed && (
        <div style={{ marginTop: 12 }}>
          <GradeForm r={r} level="decision" />
        </div>
      )}
    </Card>
  );
}

export function MemberReviewPage({ id }: { id: number }) {
  const [year, setYear] = useState<number>(new Date().getFullYear());
  const [quarter, setQuarter] = useState<number>(0);
  const q = useMemberReview(id, year, quarter);
  const r = q.data;
  return (
    <div className="insp-page">
      <Link to={`/dang-vien/${id}`}>← Hồ sơ đảng viên</Link>
      <Typography.Title level={3}>Bản kiểm điểm cá nhân</Typography.Title>
      <Space wrap style={{ marginBottom: 12 }}>
        <ReviewPeriod year={year} quarter={quarter} onYear={setYear} onQuarter={setQuarter} />
      </Space>
      {q.isLoading && <Spin />}
      {q.error && <Alert type="error" showIcon title={errorText(q.error)} />}
      {r && (
        <>
          <Typography.Paragraph>
            <strong>{r.fullName}</strong> — {r.orgName}, kiểm điểm {r.periodLabel}
          </Typography.Paragraph>
          <Criteria r={r} />
          <WriteCard key={`${r.memberId}-${r.year}-${r.quarter}-${r.form ?? ''}`} r={r} />
          <Grades r={r} />
          <Button
            block
            onClick={() =>
              downloadFile(
                `/api/reviews/members/${r.memberId}/kiem-diem.docx?year=${r.year}&quarter=${r.quarter}`,
                `ban-kiem-diem-${r.year}.docx`,
              )
            }
          >
            Tải bản kiểm điểm (Word)
          </Button>
        </>
      )}
    </div>
  );
}
