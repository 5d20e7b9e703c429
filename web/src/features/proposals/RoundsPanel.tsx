// Consultation rounds: send a version to chosen units (each with the round's deadline, or its own),
// see who has answered, who is waiting and who is late, and close a round.
import { DeleteOutlined, PlusOutlined, SendOutlined } from '@ant-design/icons';
import { App, Button, Card, DatePicker, Form, Input, Popconfirm, Select, Space, Table, Tag } from 'antd';
import type { Dayjs } from 'dayjs';
import { useState } from 'react';
import { openRoundBody } from '../../../../domain/proposals/schemas.ts';
import { DATE_FORMAT, formatDateVi } from '../../lib/format.ts';
import { FormModal } from '../FormModal.tsx';
import { checked, errorText, isoOf } from '../forms.ts';
import { OrgSelect } from '../orgs/OrgSelect.tsx';
import { type ProposalDetail, type ProposalRound, useProposalActions } from './api.ts';

interface RoundValues {
  version?: number;
  dueOn?: Dayjs | null;
  note?: string;
  targets: { orgId?: number; dueOn?: Dayjs | null }[];
}

function RoundModal({ p, open, onClose }: { p: ProposalDetail; open: boolean; onClose: () => void }) {
  const [form] = Form.useForm<RoundValues>();
  const { openRound } = useProposalActions(p.id);
  return (
    <FormModal<RoundValues, ProposalRound>
      open={open}
      onClose={onClose}
      form={form}
      width={640}
      title="Mở đợt lấy ý kiến"
      okText="Gửi xin ý kiến"
      successMessage={(r) => `Đã gửi dự thảo lần ${r.version} tới ${r.targets.length} nơi.`}
      initialValues={{ version: p.versions[p.versions.length - 1]?.version, targets: [{}] }}
      submit={(v) =>
        openRound.mutateAsync(
          checked(form, openRoundBody, {
            version: v.version,
            dueOn: isoOf(v.dueOn) ?? undefined,
            note: v.note || undefined,
            targets: (v.targets ?? []).map((t) => ({ orgId: t.orgId, dueOn: isoOf(t.dueOn) })),
          }),
        )
      }
    >
      <div className="pp-two">
        <Form.Item
          label="Dự thảo gửi xin ý kiến"
          name="version"
          rules={[{ required: true, message: 'Chọn dự thảo' }]}
        >
          <Select
            options={p.versions.map((v) => ({ value: v.version, label: `Lần ${v.version}: ${v.name}` }))}
          />
        </Form.Item>
        <Form.Item
          label="Hạn góp ý"
          name="dueOn"
          extra="Để trống: tính theo quy chế làm việc (ngày làm việc)"
        >
          <DatePicker format={DATE_FORMAT} style={{ width: '100%' }} data-testid="round-due" />
        </Form.Item>
      </div>
      <Form.List name="targets">
        {(fields, { add, remove }) => (
          <>
            {fields.map((f, i) => (
              <Space key={f.key} align="baseline" wrap>
                <Form.Item
                  name={[f.name, 'orgId']}
                  label={i === 0 ? 'Đơn vị được xin ý kiến' : undefined}
                  rules={[{ required: true, message: 'Chọn đơn vị' }]}
                >
                  <OrgSelect
                    placeholder="Chọn đơn vị"
                    style={{ width: 280 }}
                    data-testid={`round-target-${i}`}
                  />
                </Form.Item>
                <Form.Item name={[f.name, 'dueOn']} label={i === 0 ? 'Hạn riêng (nếu khác)' : undefined}>
                  <DatePicker format={DATE_FORMAT} />
                </Form.Item>
                {fields.length > 1 && (
                  <Button
                    icon={<DeleteOutlined />}
                    onClick={() => remove(f.name)}
                    aria-label="Bỏ đơn vị này"
                  />
                )}
              </Space>
            ))}
            <Button icon={<PlusOutlined />} onClick={() => add({})} style={{ marginBottom: 12 }}>
              Thêm đơn vị
            </Button>
          </>
        )}
      </Form.List>
      <Form.Item label="Ghi chú" name="note">
        <Input.TextArea rows={2} maxLength={2000} />
      </Form.Item>
    </FormModal>
  );
}

const STATE: Record<string, { color: string; label: string }> = {
  answered: { color: 'green', label: 'Đã góp ý' },
  waiting: { color: 'blue', label: 'Đang chờ' },
  overdue: { color: 'red', label: 'Quá hạn' },
};

export function RoundsPanel({ p }: { p: ProposalDetail }) {
  const { message } = App.useApp();
  const { closeRound } = useProposalActions(p.id);
  const [opening, setOpening] = useState(false);
  const canOpen = p.can.manage && p.can.dispose && p.versions.length > 0;
  return (
    <div>
      {canOpen && (
        <Button
          type="primary"
          icon={<SendOutlined />}
          onClick={() => setOpening(true)}
          style={{ marginBottom: 12 }}
          data-testid="round-open"
        >
          Gửi xin ý kiến
        </Button>
      )}
      {p.rounds.length === 0 && <div className="pp-muted">Chưa có đợt lấy ý kiến nào.</div>}
      {[...p.rounds].reverse().map((r) => (
        <Card
          key={r.id}
          size="small"
          className="pp-round"
          title={
            <span data-testid={`round-title-${r.number}`}>
              {`Đợt ${r.number}: dự thảo lần ${r.version}, hạn ${formatDateVi(r.dueOn)}`}
              {r.ruleArticle && <span className="pp-muted"> (theo {r.ruleArticle})</span>}
            </span>
          }
          extra={
            r.open ? (
              p.can.manage ? (
                <Popconfirm
                  title="Kết thúc đợt lấy ý kiến này?"
                  okText="Kết thúc"
                  cancelText="Hủy"
                  onConfirm={() =>
                    closeRound.mutate(r.id, { onError: (e) => void message.error(errorText(e)) })
                  }
                >
                  <Button size="small">Kết thúc đợt</Button>
                </Popconfirm>
              ) : (
                <Tag color="blue">Đang mở</Tag>
              )
            ) : (
              <Tag>Đã kết thúc</Tag>
            )
          }
        >
          {r.note && <div className="pp-muted">{r.note}</div>}
          <Table
            rowKey="id"
            size="small"
            pagination={false}
            dataSource={r.targets}
            columns={[
              { title: 'Nơi được xin ý kiến', dataIndex: 'name' },
              { title: 'Hạn', dataIndex: 'dueOn', width: 110, render: (d: string) => formatDateVi(d) },
              {
                title: 'Tình trạng',
                key: 'state',
                width: 190,
                render: (_: unknown, t: ProposalRound['targets'][number]) => (
                  <>
                    <Tag color={STATE[t.state]?.color}>{STATE[t.state]?.label}</Tag>
                    {t.daysLate > 0 && <Tag color="red">{t.daysLate} ngày</Tag>}
                    {t.comments > 0 && <span className="pp-muted">{t.comments} ý kiến</span>}
                  </>
                ),
              },
            ]}
          />
        </Card>
      ))}
      {canOpen && <RoundModal p={p} open={opening} onClose={() => setOpening(false)} />}
    </div>
  );
}
