// «Liên thông văn bản»: a clerk receives an edXML file as an incoming document of the unit; an
// administrator keeps this system's public key, the units' agency codes, the peers (address, codes,
// public key) and reads the journal of packages.
import { DeleteOutlined, PlusOutlined, UploadOutlined } from '@ant-design/icons';
import {
  Alert,
  App,
  Button,
  Card,
  Checkbox,
  Form,
  Input,
  Popconfirm,
  Space,
  Table,
  Tag,
  Typography,
  Upload,
} from 'antd';
import { useState } from 'react';
import { useNavigate } from 'react-router';
import { peerBody } from '../../../../domain/exchange/schemas.ts';
import { roleCan } from '../../../../domain/roles.ts';
import { formatDateTimeVi } from '../../lib/format.ts';
import { useMe } from '../auth/session.tsx';
import { FormModal } from '../FormModal.tsx';
import { checked, errorText } from '../forms.ts';
import { OrgSelect } from '../orgs/OrgSelect.tsx';
import {
  type ExchangeMessage,
  importEdxml,
  type PeerBody,
  useAddPeer,
  useIdentity,
  useJournal,
  usePeers,
  useRemovePeer,
  useSetUnitCode,
} from './api.ts';
import './exchange.css';

function ImportCard() {
  const navigate = useNavigate();
  const [orgId, setOrgId] = useState<number | undefined>();
  const [confirm, setConfirm] = useState(false);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const upload = (file: File) => {
    setBusy(true);
    setError(null);
    importEdxml(file, { ...(orgId ? { orgId } : {}), confirmDuplicate: confirm })
      .then((r) => navigate(`/van-ban/${r.id}`))
      .catch((err) => setError(errorText(err)))
      .finally(() => setBusy(false));
    return false;
  };
  return (
    <Card size="small" className="ex-card" title="Nhận gói tin edXML từ tệp">
      <p className="ex-muted">
        Gói tin thành văn bản đến của đơn vị nhận: cấp số đến, kiểm tra trùng, giữ tệp đính kèm và trích xuất
        nội dung.
      </p>
      <Space direction="vertical" style={{ width: '100%' }}>
        <OrgSelect
          value={orgId}
          onChange={(v) => setOrgId(v as number | undefined)}
          placeholder="Đơn vị nhận (mặc định theo mã nơi nhận)"
          allowClear
          style={{ width: '100%' }}
        />
        <Checkbox checked={confirm} onChange={(e) => setConfirm(e.target.checked)}>
          Vẫn vào sổ nếu trùng văn bản đã có
        </Checkbox>
        <Upload beforeUpload={upload} showUploadList={false} accept=".xml,.edxml">
          <Button type="primary" icon={<UploadOutlined />} loading={busy} data-testid="edxml-upload">
            Chọn tệp edXML
          </Button>
        </Upload>
        {error && <Alert type="error" showIcon title={error} data-testid="edxml-error" />}
      </Space>
    </Card>
  );
}

function IdentityCard() {
  const identity = useIdentity(true);
  const setCode = useSetUnitCode();
  const { message } = App.useApp();
  const [orgId, setOrgId] = useState<number | undefined>();
  const [code, setCodeText] = useState('');
  const save = () => {
    if (!orgId) return;
    setCode.mutate(
      { orgId, code: code.trim() || null },
      {
        onSuccess: () => {
          void message.success('Đã lưu mã định danh.');
          setCodeText('');
        },
        onError: (err) => void message.error(errorText(err)),
      },
    );
  };
  return (
    <Card size="small" className="ex-card" title="Định danh của hệ thống này">
      <div className="ex-muted">Khóa công khai (trao cho hệ thống bên kia khi thiết lập):</div>
      <Typography.Paragraph copyable code className="ex-key" data-testid="exchange-public-key">
        {identity.data?.publicKey ?? '…'}
      </Typography.Paragraph>
      <div className="ex-muted">Mã định danh của các đơn vị:</div>
      <ul className="ex-list">
        {(identity.data?.units ?? []).map((u) => (
          <li key={u.id}>
            <Tag>{u.code}</Tag> {u.name}
          </li>
        ))}
      </ul>
      <Space.Compact block>
        <OrgSelect
          value={orgId}
          onChange={(v) => setOrgId(v as number | undefined)}
          placeholder="Đơn vị"
          style={{ width: '55%' }}
        />
        <Input
          placeholder="Mã định danh, ví dụ 000.00.00.G01"
          value={code}
          onChange={(e) => setCodeText(e.target.value)}
        />
        <Button onClick={save} loading={setCode.isPending}>
          Lưu
        </Button>
      </Space.Compact>
    </Card>
  );
}

function PeersCard() {
  const peers = usePeers(true);
  const add = useAddPeer();
  const remove = useRemovePeer();
  const [open, setOpen] = useState(false);
  const [form] = Form.useForm<{ name: string; url: string; codes: string[]; publicKey: string }>();
  return (
    <Card
      size="small"
      className="ex-card"
      title="Hệ thống liên thông"
      extra={
        <Button size="small" icon={<PlusOutlined />} onClick={() => setOpen(true)}>
          Thêm
        </Button>
      }
    >
      <ul className="ex-list">
        {(peers.data?.items ?? []).map((p) => (
          <li key={p.id} className="ex-line">
            <div>
              <strong>{p.name}</strong> <span className="ex-muted">{p.url}</span>
            </div>
            <div>
              {p.codes.map((c) => (
                <Tag key={c}>{c}</Tag>
              ))}
              <Popconfirm title="Gỡ hệ thống này?" onConfirm={() => remove.mutate(p.id)}>
                <Button size="small" type="text" danger icon={<DeleteOutlined />} aria-label="Gỡ" />
              </Popconfirm>
            </div>
          </li>
        ))}
      </ul>
      {peers.data?.items.length === 0 && (
        <Typography.Text type="secondary">Chưa khai báo hệ thống nào.</Typography.Text>
      )}
      {open && (
        <FormModal<PeerBody, unknown>
          open={open}
          onClose={() => setOpen(false)}
          form={form as never}
          title="Thêm hệ thống liên thông"
          okText="Thêm"
          successMessage="Đã thêm hệ thống liên thông."
          initialValues={{ codes: [] }}
          submit={(v) => add.mutateAsync(checked(form, peerBody, v))}
        >
          <Form.Item label="Tên" name="name" rules={[{ required: true, message: 'Nhập tên' }]}>
            <Input />
          </Form.Item>
          <Form.Item label="Địa chỉ" name="url" rules={[{ required: true, message: 'Nhập địa chỉ' }]}>
            <Input placeholder="https://vanphong.tinh-uy.vn" />
          </Form.Item>
          <Form.Item
            label="Mã định danh phục vụ"
            name="codes"
            rules={[{ required: true, message: 'Nhập mã' }]}
          >
            <Input.TextArea
              rows={1}
              onChange={(e) => form.setFieldValue('codes', e.target.value.split(/[\s,;]+/).filter(Boolean))}
            />
          </Form.Item>
          <Form.Item
            label="Khóa công khai"
            name="publicKey"
            rules={[{ required: true, message: 'Dán khóa công khai' }]}
          >
            <Input.TextArea rows={2} />
          </Form.Item>
        </FormModal>
      )}
    </Card>
  );
}

function JournalCard() {
  const journal = useJournal(true);
  const c = journal.data?.counts;
  return (
    <Card size="small" className="ex-card" title="Nhật ký liên thông">
      {c && (
        <Space wrap className="ex-counts">
          <Tag color="gold">Đang gửi: {c.pending}</Tag>
          <Tag color="green">Đã chuyển: {c.delivered}</Tag>
          <Tag color="red">Gửi không được: {c.failed}</Tag>
          <Tag color="blue">Đã nhận: {c.received}</Tag>
        </Space>
      )}
      <Table<ExchangeMessage>
        size="small"
        rowKey="id"
        pagination={false}
        scroll={{ x: 600 }}
        dataSource={journal.data?.items ?? []}
        columns={[
          { title: 'Lúc', render: (_, m) => formatDateTimeVi(m.createdAt) },
          { title: 'Chiều', render: (_, m) => (m.direction === 'out' ? 'Gửi' : 'Nhận') },
          { title: 'Gói tin', render: (_, m) => m.statusLabel ?? m.kindLabel },
          { title: 'Từ → tới', render: (_, m) => `${m.fromCode} → ${m.toCode}` },
          {
            title: 'Tình trạng',
            render: (_, m) => `${m.state}${m.attempts > 1 ? ` (${m.attempts} lần)` : ''}`,
          },
        ]}
      />
    </Card>
  );
}

export function ExchangePage() {
  const me = useMe();
  const admin = roleCan(me.user.role, 'exchange.manage');
  const receive = roleCan(me.user.role, 'exchange.receive');
  return (
    <div className="ex-page">
      <h2>Liên thông văn bản</h2>
      {receive && <ImportCard />}
      {admin && (
        <>
          <IdentityCard />
          <PeersCard />
          <JournalCard />
        </>
      )}
    </div>
  );
}
