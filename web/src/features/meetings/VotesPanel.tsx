// The votes of a meeting: each with its counts, the base (full members on the meeting day minus
// those exempt) and whether it passed (more than half of the base), and a form to record one.
import { Alert, App, Button, Card, Form, Input, InputNumber, Tag } from 'antd';
import { voteBody } from '../../../../domain/meetings/schemas.ts';
import { checked, errorText, FormInvalid } from '../forms.ts';
import { type MeetingDetail, type MeetingVote, useRecordVote } from './api.ts';

interface Values {
  subject: string;
  for: number;
  against: number;
  abstain: number;
}

function VoteCard({ v }: { v: MeetingVote }) {
  return (
    <Card size="small" className="mt-card" data-testid={`vote-${v.id}`}>
      <div className="mt-card-head">
        <strong>{v.subject}</strong>
        <Tag color={v.passed ? 'green' : 'red'} data-testid="vote-passed">
          {v.passed ? 'Thông qua' : 'Không thông qua'}
        </Tag>
      </div>
      <div className="mt-vote-counts">
        <span>Tán thành: {v.for}</span>
        <span>Không tán thành: {v.against}</span>
        <span>Không biểu quyết: {v.abstain}</span>
      </div>
      <div className="mt-muted" data-testid="vote-base">
        Cơ sở tính: {v.base} ({v.fullMembers} đảng viên chính thức, trừ {v.exempt} miễn sinh hoạt) · tán thành{' '}
        {v.base === 0 ? '—' : `${Math.round((v.for / v.base) * 1000) / 10}%`}
      </div>
    </Card>
  );
}

export function VotesPanel({ m }: { m: MeetingDetail }) {
  const { message } = App.useApp();
  const [form] = Form.useForm<Values>();
  const record = useRecordVote(m.id);
  const onFinish = (v: Values) => {
    try {
      const body = checked(form, voteBody, v);
      record.mutate(body, {
        onSuccess: (r) => {
          void message.success(r.passed ? 'Đã ghi: thông qua.' : 'Đã ghi: không thông qua.');
          form.resetFields();
        },
        onError: (err) => void message.error(errorText(err)),
      });
    } catch (err) {
      if (!(err instanceof FormInvalid)) void message.error(errorText(err));
    }
  };
  return (
    <div>
      <Alert
        type="info"
        showIcon
        className="mt-block"
        title="Biểu quyết thông qua khi số tán thành quá một nửa số đảng viên chính thức của chi bộ ngày họp, trừ người miễn sinh hoạt."
      />
      <div className="mt-cards" data-testid="vote-list">
        {m.votes.map((v) => (
          <VoteCard key={v.id} v={v} />
        ))}
        {m.votes.length === 0 && <div className="mt-muted">Chưa có biểu quyết nào.</div>}
      </div>
      {m.can.manage && m.status !== 'cancelled' && (
        <Card size="small" title="Ghi kết quả biểu quyết" className="mt-block">
          <Form<Values>
            form={form}
            layout="vertical"
            onFinish={onFinish}
            initialValues={{ for: 0, against: 0, abstain: 0 }}
            requiredMark={false}
          >
            <Form.Item
              name="subject"
              label="Nội dung biểu quyết"
              rules={[{ required: true, message: 'Nhập nội dung' }]}
            >
              <Input maxLength={500} placeholder="Thông qua nghị quyết tháng …" />
            </Form.Item>
            <div className="mt-three">
              <Form.Item name="for" label="Tán thành">
                <InputNumber min={0} style={{ width: '100%' }} aria-label="Tán thành" />
              </Form.Item>
              <Form.Item name="against" label="Không tán thành">
                <InputNumber min={0} style={{ width: '100%' }} aria-label="Không tán thành" />
              </Form.Item>
              <Form.Item name="abstain" label="Không biểu quyết">
                <InputNumber min={0} style={{ width: '100%' }} aria-label="Không biểu quyết" />
              </Form.Item>
            </div>
            <Button type="primary" htmlType="submit" loading={record.isPending} data-testid="vote-submit">
              Ghi biểu quyết
            </Button>
          </Form>
        </Card>
      )}
    </div>
  );
}
