// The exchange on a document's page: an issued outgoing document is downloaded as edXML and sent to
// other systems (new, replacement, revocation, update), with each package's delivery and the status
// messages its receivers sent back; a document received through the exchange shows its sender's
// revocation and lets the unit report its status. Nothing shows for a document outside the exchange.
import { CloudDownloadOutlined, SendOutlined } from '@ant-design/icons';
import { Alert, App, Button, Card, Form, Input, Select, Space, Tag, Typography } from 'antd';
import { useState } from 'react';
import {
  MANUAL_STATUSES,
  MESSAGE_KIND_LABELS,
  MESSAGE_KINDS,
  STATUS_LABELS,
} from '../../../../domain/exchange/labels.ts';
import { sendBody, statusBody } from '../../../../domain/exchange/schemas.ts';
import { formatDateTimeVi } from '../../lib/format.ts';
import { FormModal } from '../FormModal.tsx';
import { checked, errorText } from '../forms.ts';
import {
  downloadEdxml,
  type ExchangeMessage,
  useDocumentExchange,
  useReportStatus,
  useSendDocument,
} from './api.ts';
import './exchange.css';

const STATE_COLORS: Record<ExchangeMessage['state'], string> = {
  pending: 'gold',
  delivered: 'green',
  failed: 'red',
  received: 'blue',
  duplicate: 'default',
  revoked: 'red',
};

const STATE_LABELS: Record<ExchangeMessage['state'], string> = {
  pending: 'Đang gửi',
  delivered: 'Đã chuyển',
  failed: 'Gửi không được',
  received: 'Đã nhận',
  duplicate: 'Trùng văn bản đã có',
  revoked: 'Đã bị thu hồi',
};

function MessageLine({ m }: { m: ExchangeMessage }) {
  const out = m.direction === 'out';
  return (
    <li className="ex-line" data-testid={`exchange-message-${m.id}`}>
      <div>
        <Tag>{out ? 'Gửi' : 'Nhận'}</Tag>
        <strong>{m.status ? `Trạng thái: ${m.statusLabel}` : m.kindLabel}</strong>{' '}
        <span className="ex-muted">
          {out ? `tới ${m.toCode}` : `từ ${m.fromCode}`}
          {m.peerName ? ` (${m.peerName})` : ''}
        </span>
      </div>
      <div className="ex-muted">
        {formatDateTimeVi(m.createdAt)}{' '}
        {(out || m.kind !== 'status') && <Tag color={STATE_COLORS[m.state]}>{STATE_LABELS[m.state]}</Tag>}
        {out && m.state !== 'delivered' && m.attempts > 0 && <span>{m.attempts} lần thử</span>}
      </div>
      {m.reason && <div>Lý do: {m.reason}</div>}
      {out && m.state !== 'delivered' && m.lastError && <div className="ex-error">{m.lastError}</div>}
    </li>
  );
}

interface SendValues {
  to: string[];
  kind: (typeof MESSAGE_KINDS)[number];
  reason?: string;
}

function SendModal({
  documentId,
  open,
  onClose,
}: {
  documentId: number;
  open: boolean;
  onClose: () => void;
}) {
  const send = useSendDocument(documentId);
  const [form] = Form.useForm<SendValues>();
  const kind = Form.useWatch('kind', form);
  return (
    <FormModal<SendValues, unknown>
      open={open}
      onClose={onClose}
      form={form}
      title="Gửi qua liên thông"
      okText="Gửi"
      successMessage="Đã xếp gói tin vào hộp thư đi; hệ thống tự gửi lại khi bên nhận chưa sẵn sàng."
      initialValues={{ kind: 'new', to: [] }}
      submit={(v) =>
        send.mutateAsync(
          checked(form, sendBody, {
            to: v.to ?? [],
            kind: v.kind,
            ...(v.reason ? { reason: v.reason } : {}),
          }),
        )
      }
    >
      <Form.Item
        label="Nơi nhận (mã định danh)"
        name="to"
        rules={[{ required: true, message: 'Chọn nơi nhận' }]}
      >
        <Select mode="tags" placeholder="Ví dụ 000.00.00.G01" data-testid="exchange-to" />
      </Form.Item>
      <Form.Item label="Loại gói tin" name="kind">
        <Select
          options={MESSAGE_KINDS.filter((k) => k !== 'replacement').map((k) => ({
            value: k,
            label: MESSAGE_KIND_LABELS[k],
          }))}
        />
      </Form.Item>
      {kind && kind !== 'new' && (
        <Form.Item label="Lý do" name="reason" rules={[{ required: true, message: 'Nêu lý do' }]}>
          <Input.TextArea rows={2} />
        </Form.Item>
      )}
    </FormModal>
  );
}

function ReportStatus({ documentId }: { documentId: number }) {
  const report = useReportStatus(documentId);
  const { message } = App.useApp();
  const [status, setStatus] = useState<(typeof MANUAL_STATUSES)[number]>('accepted');
  const [reason, setReason] = useState('');
  const submit = () => {
    const body = statusBody.safeParse({ status, ...(reason ? { reason } : {}) });
    if (!body.success) return;
    report.mutate(body.data, {
      onSuccess: () => {
        void message.success('Đã gửi trạng thái cho nơi gửi.');
        setReason('');
      },
      onError: (err) => void message.error(errorText(err)),
    });
  };
  return (
    <Space.Compact block className="ex-report">
      <Select
        value={status}
        onChange={setStatus}
        style={{ minWidth: 150 }}
        options={MANUAL_STATUSES.map((s) => ({ value: s, label: STATUS_LABELS[s] }))}
        data-testid="exchange-status"
      />
      <Input
        placeholder="Lý do (bắt buộc khi từ chối)"
        value={reason}
        onChange={(e) => setReason(e.target.value)}
      />
      <Button type="primary" loading={report.isPending} onClick={submit} data-testid="exchange-report">
        Báo
      </Button>
    </Space.Compact>
  );
}

export function ExchangePanel({ documentId }: { documentId: number }) {
  const ex = useDocumentExchange(documentId);
  const { message } = App.useApp();
  const [sending, setSending] = useState(false);
  if (!ex.data) return null;
  const { items, can, revoked } = ex.data;
  if (items.length === 0 && !can.send) return null;
  return (
    <Card
      size="small"
      className="ex-card"
      title="Liên thông văn bản"
      data-testid="exchange-panel"
      extra={
        can.send && (
          <Space wrap>
            <Button
              size="small"
              icon={<CloudDownloadOutlined />}
              onClick={() => downloadEdxml(documentId).catch((err) => void message.error(errorText(err)))}
            >
              Tải edXML
            </Button>
            <Button
              size="small"
              type="primary"
              icon={<SendOutlined />}
              onClick={() => setSending(true)}
              data-testid="exchange-send"
            >
              Gửi
            </Button>
          </Space>
        )
      }
    >
      {revoked && (
        <Alert type="error" showIcon title="Nơi gửi đã thu hồi văn bản này." className="ex-alert" />
      )}
      {items.length === 0 ? (
        <Typography.Text type="secondary">Chưa gửi qua liên thông.</Typography.Text>
      ) : (
        <ul className="ex-list">
          {items.map((m) => (
            <MessageLine key={m.id} m={m} />
          ))}
        </ul>
      )}
      {can.report && !revoked && <ReportStatus documentId={documentId} />}
      {sending && <SendModal documentId={documentId} open={sending} onClose={() => setSending(false)} />}
    </Card>
  );
}
