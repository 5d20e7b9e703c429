// «Kiểm điểm tập thể»: a unit's year or quarter — the criteria the app computes (tasks done on time from the
// tracker, members disciplined in the year) beside the self-assessment scores, the proposed grade and
// the grade decided one level up.
import {
  Alert,
  App,
  Button,
  Card,
  Descriptions,
  Form,
  Input,
  InputNumber,
  Select,
  Space,
  Typography,
} from 'antd';
import { useState } from 'react';
import { RATING_CATEGORIES, RATING_LABELS, type RatingCategory } from '../../../../domain/members/rating.ts';
import { downloadFile } from '../../api/files.ts';
import { useMe } from '../auth/session.tsx';
import { applyApiError, errorText } from '../forms.ts';
import { OrgSelect } from '../orgs/OrgSelect.tsx';
import { type UnitReview, useRateUnit, useUnitReview } from './api.ts';
import { OrgDiscipline } from './OrgDiscipline.tsx';
import { ReviewPeriod } from './ReviewPeriod.tsx';

interface RateValues {
  generalScore: number;
  resultScore: number;
  selfReview?: string;
  committeeCategory?: RatingCategory;
}

function RateCard({ review }: { review: UnitReview }) {
  const [form] = Form.useForm<RateValues>();
  const rate = useRateUnit(review.orgId);
  const { message } = App.useApp();
  const submit = async (v: RateValues) => {
    try {
      await rate.mutateAsync({ year: review.year, quarter: review.quarter, ...v });
      void message.success('Đã ghi kết quả đánh giá, xếp loại.');
    } catch (err) {
      void message.error(applyApiError(form, err));
    }
  };
  const r = review.rating;
  return (
    <Card size="small" title="Tự đánh giá và xếp loại">
      <Form<RateValues>
        form={form}
        layout="vertical"
        onFinish={submit}
        initialValues={{
          generalScore: r?.generalScore,
          resultScore: r?.resultScore,
          selfReview: r?.selfReview ?? undefined,
          committeeCategory: r?.decidedGrade ?? undefined,
        }}
      >
        <Form.Item label="Điểm tiêu chí chung (tối đa 30)" name="generalScore" rules={[{ required: true }]}>
          <InputNumber
            aria-label="Điểm tiêu chí chung"
            min={0}
            max={30}
            step={0.5}
            style={{ width: '100%' }}
          />
        </Form.Item>
        <Form.Item
          label="Điểm kết quả thực hiện nhiệm vụ (tối đa 70)"
          name="resultScore"
          rules={[{ required: true }]}
        >
          <InputNumber aria-label="Điểm kết quả" min={0} max={70} step={0.5} style={{ width: '100%' }} />
        </Form.Item>
        <Form.Item label="Tự kiểm điểm (Mẫu 01)" name="selfReview">
          <Input.TextArea aria-label="Tự kiểm điểm" rows={4} maxLength={20000} />
        </Form.Item>
        <Form.Item label="Xếp loại của cấp trên" name="committeeCategory">
          <Select
            aria-label="Xếp loại của cấp trên"
            allowClear
            options={RATING_CATEGORIES.map((c) => ({ value: c, label: RATING_LABELS[c] }))}
          />
        </Form.Item>
        <Button type="primary" htmlType="submit" loading={rate.isPending} block>
          Ghi đánh giá
        </Button>
      </Form>
    </Card>
  );
}

export function ReviewPage() {
  const me = useMe();
  const [orgId, setOrgId] = useState<number>(me.user.orgId);
  const [year, setYear] = useState<number>(new Date().getFullYear());
  const [quarter, setQuarter] = useState<number>(0);
  const q = useUnitReview(orgId, year, quarter);
  const r = q.data;
  return (
    <div className="insp-page">
      <Typography.Title level={3}>Kiểm điểm, xếp loại tập thể</Typography.Title>
      <Space wrap style={{ marginBottom: 12 }}>
        <OrgSelect value={orgId} onChange={(v) => setOrgId(v as number)} style={{ minWidth: 240 }} />
        <ReviewPeriod year={year} quarter={quarter} onYear={setYear} onQuarter={setQuarter} />
      </Space>
      {q.error && <Alert type="error" showIcon title={errorText(q.error)} />}
      {r && (
        <>
          <Card size="small" title="Tiêu chí tính tự động" style={{ marginBottom: 12 }}>
            <Descriptions column={1} size="small">
              <Descriptions.Item label={`Nhiệm vụ đến hạn (${r.periodLabel})`}>
                {r.tasks.due}
              </Descriptions.Item>
              <Descriptions.Item label="Hoàn thành đúng hạn">
                {r.tasks.doneOnTime}
                {r.tasks.onTimePercent !== null ? ` (${r.tasks.onTimePercent.toLocaleString('vi-VN')}%)` : ''}
              </Descriptions.Item>
              <Descriptions.Item label="Hoàn thành chậm">{r.tasks.doneLate}</Descriptions.Item>
              <Descriptions.Item label="Quá hạn chưa xong">{r.tasks.overdue}</Descriptions.Item>
              <Descriptions.Item label={`Tỷ lệ chậm, quá hạn (tối đa ${r.tasks.lateLimitPercent}%)`}>
                {r.tasks.latePercent === null ? '—' : `${r.tasks.latePercent.toLocaleString('vi-VN')}%`}
                {r.tasks.withinLateLimit
                  ? ''
                  : ` — vượt mức: cao nhất «${RATING_LABELS[r.tasks.maxCategory]}»`}
              </Descriptions.Item>
              <Descriptions.Item label="Đảng viên bị kỷ luật trong kỳ">
                {r.disciplinedMembers}
              </Descriptions.Item>
              <Descriptions.Item label="Xếp loại đề xuất">
                {r.rating?.proposedLabel ?? 'Chưa đánh giá'}
              </Descriptions.Item>
              <Descriptions.Item label="Xếp loại được quyết định">
                {r.rating?.decidedLabel ?? 'Chưa quyết định'}
              </Descriptions.Item>
            </Descriptions>
          </Card>
          <RateCard key={`${r.orgId}-${r.year}-${r.quarter}`} review={r} />
          <Button
            style={{ marginTop: 12 }}
            onClick={() =>
              downloadFile(
                `/api/reviews/units/${r.orgId}/mau-01.docx?year=${r.year}&quarter=${r.quarter}`,
                `kiem-diem-${r.year}.docx`,
              )
            }
          >
            Tải báo cáo kiểm điểm (Mẫu 01, Word)
          </Button>
        </>
      )}
      <OrgDiscipline orgId={orgId} />
    </div>
  );
}
