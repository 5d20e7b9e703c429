// «Khiếu nại kỷ luật»: the discipline decisions on members the account sees, each with its appeal
// deadline and the state of its appeal; the office records an appeal lodged in time (a late one is
// refused by the server, with the day the deadline ended) and the settlement.
import {
  Alert,
  App,
  Button,
  DatePicker,
  Form,
  Input,
  List,
  Segmented,
  Select,
  Space,
  Tag,
  Typography,
} from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useState } from 'react';
import { Link } from 'react-router';
import {
  APPEAL_OUTCOME_LABELS,
  APPEAL_OUTCOMES,
  type AppealOutcome,
} from '../../../../domain/inspections/labels.ts';
import { roleCan } from '../../../../domain/roles.ts';
import { DATE_FORMAT, formatDateVi } from '../../lib/format.ts';
import { useMe } from '../auth/session.tsx';
import { applyApiError, errorText, isoOf } from '../forms.ts';
import { type DisciplineDecision, useAppealActions, useDecisions } from './api.ts';

/** The state of a decision's appeal, in words and colour. */
function appealState(d: DisciplineDecision, today: string): { label: string; color?: string } {
  if (d.appealOutcome) return { label: APPEAL_OUTCOME_LABELS[d.appealOutcome], color: 'green' };
  if (d.appealedOn)
    return { label: `Đã khiếu nại ngày ${formatDateVi(d.appealedOn)}, chờ giải quyết`, color: 'orange' };
  if (today > d.appealDue) return { label: 'Hết hạn khiếu nại' };
  return { label: `Còn hạn khiếu nại đến ${formatDateVi(d.appealDue)}`, color: 'blue' };
}

function LodgeForm({ d, onDone }: { d: DisciplineDecision; onDone: () => void }) {
  const [form] = Form.useForm<{ appealedOn: Dayjs | null; note: string }>();
  const { lodge } = useAppealActions(d.id);
  const { message } = App.useApp();
  return (
    <Form
      form={form}
      layout="vertical"
      initialValues={{ appealedOn: dayjs() }}
      onFinish={async (v) => {
        try {
          await lodge.mutateAsync({ appealedOn: isoOf(v.appealedOn) ?? '', note: v.note });
          void message.success('Đã ghi nhận đơn khiếu nại.');
          onDone();
        } catch (err) {
          void message.error(applyApiError(form, err));
        }
      }}
    >
      <Form.Item
        label="Ngày nhận đơn khiếu nại"
        name="appealedOn"
        rules={[{ required: true, message: 'Chọn ngày' }]}
      >
        <DatePicker aria-label="Ngày nhận đơn khiếu nại" format={DATE_FORMAT} style={{ width: '100%' }} />
      </Form.Item>
      <Form.Item
        label="Nội dung khiếu nại"
        name="note"
        rules={[{ required: true, message: 'Nhập nội dung' }]}
      >
        <Input.TextArea aria-label="Nội dung khiếu nại" rows={3} maxLength={2000} />
      </Form.Item>
      <Space wrap>
        <Button type="primary" htmlType="submit" loading={lodge.isPending}>
          Ghi nhận khiếu nại
        </Button>
        <Button onClick={onDone}>Hủy</Button>
      </Space>
    </Form>
  );
}

function SettleForm({ d, onDone }: { d: DisciplineDecision; onDone: () => void }) {
  const [form] = Form.useForm<{ outcome: AppealOutcome; note?: string }>();
  const { decide } = useAppealActions(d.id);
  const { message } = App.useApp();
  return (
    <Form
      form={form}
      layout="vertical"
      onFinish={async (v) => {
        try {
          await decide.mutateAsync({ outcome: v.outcome, ...(v.note ? { note: v.note } : {}) });
          void message.success('Đã ghi kết quả giải quyết khiếu nại.');
          onDone();
        } catch (err) {
          void message.error(applyApiError(form, err));
        }
      }}
    >
      <Form.Item
        label="Kết quả giải quyết"
        name="outcome"
        rules={[{ required: true, message: 'Chọn kết quả' }]}
      >
        <Select
          aria-label="Kết quả giải quyết"
          options={APPEAL_OUTCOMES.map((o) => ({ value: o, label: APPEAL_OUTCOME_LABELS[o] }))}
        />
      </Form.Item>
      <Form.Item label="Ghi chú" name="note">
        <Input.TextArea aria-label="Ghi chú kết quả" rows={2} maxLength={2000} />
      </Form.Item>
      <Space wrap>
        <Button type="primary" htmlType="submit" loading={decide.isPending}>
          Ghi kết quả
        </Button>
        <Button onClick={onDone}>Hủy</Button>
      </Space>
    </Form>
  );
}

function DecisionItem({ d, canAct }: { d: DisciplineDecision; canAct: boolean }) {
  const [open, setOpen] = useState<'lodge' | 'settle' | null>(null);
  const today = dayjs().format('YYYY-MM-DD');
  const state = appealState(d, today);
  const canLodge = canAct && !d.appealedOn;
  const canSettle = canAct && d.appealedOn && !d.appealOutcome;
  return (
    <List.Item>
      <div style={{ width: '100%' }}>
        <div>
          <strong>{d.memberName}</strong> <Tag color="red">{d.formLabel}</Tag>
          <Tag color={state.color}>{state.label}</Tag>
        </div>
        <div>
          {d.decisionNo ? `Quyết định ${d.decisionNo}, ` : 'Quyết định '}ngày {formatDateVi(d.decidedOn)} của{' '}
          {d.authorityName} · hạn khiếu nại {formatDateVi(d.appealDue)}
        </div>
        <div>{d.reason}</div>
        {d.appealNote && <div style={{ whiteSpace: 'pre-line' }}>Khiếu nại: {d.appealNote}</div>}
        {open === null && (canLodge || canSettle) && (
          <Space wrap style={{ marginTop: 8 }}>
            {canLodge && <Button onClick={() => setOpen('lodge')}>Ghi nhận khiếu nại</Button>}
            {canSettle && <Button onClick={() => setOpen('settle')}>Giải quyết khiếu nại</Button>}
          </Space>
        )}
        {open === 'lodge' && <LodgeForm d={d} onDone={() => setOpen(null)} />}
        {open === 'settle' && <SettleForm d={d} onDone={() => setOpen(null)} />}
      </div>
    </List.Item>
  );
}

type Filter = 'all' | 'pending' | 'appealed';

export function AppealsPage() {
  const me = useMe();
  const q = useDecisions();
  const [filter, setFilter] = useState<Filter>('all');
  const canAct = roleCan(me.user.role, 'discipline.decide');
  const items = (q.data?.items ?? []).filter((d) =>
    filter === 'appealed'
      ? d.appealedOn !== null
      : filter === 'pending'
        ? d.appealedOn && !d.appealOutcome
        : true,
  );
  return (
    <div className="insp-page">
      <Typography.Title level={3}>Khiếu nại kỷ luật</Typography.Title>
      <p>
        <Link to="/kiem-tra">Các cuộc kiểm tra, giám sát</Link>
      </p>
      <Segmented<Filter>
        value={filter}
        onChange={setFilter}
        options={[
          { value: 'all', label: 'Tất cả quyết định' },
          { value: 'appealed', label: 'Có khiếu nại' },
          { value: 'pending', label: 'Chờ giải quyết' },
        ]}
        style={{ marginBottom: 12 }}
      />
      {q.error && <Alert type="error" showIcon title={errorText(q.error)} />}
      <List
        loading={q.isLoading}
        dataSource={items}
        locale={{ emptyText: 'Không có quyết định kỷ luật nào.' }}
        renderItem={(d) => <DecisionItem key={d.id} d={d} canAct={canAct} />}
      />
    </div>
  );
}
