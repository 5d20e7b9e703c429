// The congresses and elections of the units in scope, as cards (they read on a phone as on a
// desktop). Staff prepare a congress here, or import a counting station's signed result package.
import { ImportOutlined, PlusOutlined } from '@ant-design/icons';
import { Alert, Button, Card, DatePicker, Form, Input, Tag, Typography, Upload } from 'antd';
import type { Dayjs } from 'dayjs';
import { useState } from 'react';
import { Link, useNavigate } from 'react-router';
import { ELECTION_STATUS_LABELS } from '../../../../domain/congresses/labels.ts';
import { createCongressBody } from '../../../../domain/congresses/schemas.ts';
import { roleCan } from '../../../../domain/roles.ts';
import { DATE_FORMAT, formatDateVi } from '../../lib/format.ts';
import { useMe } from '../auth/session.tsx';
import { FormModal } from '../FormModal.tsx';
import { checked, isoOf } from '../forms.ts';
import { OrgSelect } from '../orgs/OrgSelect.tsx';
import { type CongressDetail, useCongressActions, useCongresses, useElections } from './api.ts';

export const CONGRESSES_BASE = '/dai-hoi';

interface CongressValues {
  orgId: number;
  title: string;
  term: string;
  heldOn?: Dayjs | null;
}

function CreateCongressModal({ open, onClose }: { open: boolean; onClose: () => void }) {
  const me = useMe();
  const [form] = Form.useForm<CongressValues>();
  const { createCongress } = useCongressActions();
  const navigate = useNavigate();
  return (
    <FormModal<CongressValues, CongressDetail>
      open={open}
      onClose={onClose}
      form={form}
      title="Chuẩn bị đại hội"
      okText="Tạo"
      successMessage={(c) => `Đã tạo «${c.title}».`}
      initialValues={{ orgId: me.user.orgId, term: '2025-2030' }}
      submit={(v) =>
        createCongress.mutateAsync(
          checked(form, createCongressBody, {
            orgId: v.orgId,
            title: v.title ?? '',
            term: v.term ?? '',
            heldOn: isoOf(v.heldOn) ?? '',
          }),
        )
      }
      onSuccess={(c) => void navigate(`${CONGRESSES_BASE}/${c.id}`)}
    >
      <Form.Item label="Đơn vị" name="orgId" rules={[{ required: true, message: 'Chọn đơn vị' }]}>
        <OrgSelect placeholder="Chọn chi bộ, đảng bộ" />
      </Form.Item>
      <Form.Item label="Tên đại hội" name="title" rules={[{ required: true, message: 'Nhập tên' }]}>
        <Input
          maxLength={300}
          data-testid="congress-title"
          placeholder="Đại hội Chi bộ … nhiệm kỳ 2025-2030"
        />
      </Form.Item>
      <Form.Item label="Nhiệm kỳ" name="term" rules={[{ required: true, message: 'Nhập nhiệm kỳ' }]}>
        <Input maxLength={50} data-testid="congress-term" />
      </Form.Item>
      <Form.Item label="Ngày đại hội" name="heldOn" rules={[{ required: true, message: 'Chọn ngày' }]}>
        <DatePicker format={DATE_FORMAT} style={{ width: '100%' }} data-testid="congress-held-on" />
      </Form.Item>
    </FormModal>
  );
}

function ImportButton() {
  const me = useMe();
  const { importPackage } = useCongressActions();
  const navigate = useNavigate();
  const [error, setError] = useState<string | null>(null);
  return (
    <>
      <Upload
        accept=".json,application/json"
        showUploadList={false}
        beforeUpload={(file) => {
          setError(null);
          void file
            .text()
            .then((t) => importPackage.mutateAsync({ orgId: me.user.orgId, package: JSON.parse(t) }))
            .then((r) => navigate(`${CONGRESSES_BASE}/bau-cu/${r.id}`))
            .catch((e: unknown) => setError(e instanceof Error ? e.message : String(e)));
          return false;
        }}
      >
        <Button icon={<ImportOutlined />}>Nhập gói kết quả</Button>
      </Upload>
      {error && <Alert type="error" showIcon message={error} style={{ marginTop: 8 }} />}
    </>
  );
}

export function CongressesPage() {
  const me = useMe();
  const canManage = roleCan(me.user.role, 'congress.manage');
  const [creating, setCreating] = useState(false);
  const congresses = useCongresses();
  const elections = useElections();
  const loose = (elections.data?.items ?? []).filter((e) => e.congressId === null);
  return (
    <div>
      <div className="page-header">
        <Typography.Title level={3}>Đại hội, bầu cử</Typography.Title>
        {canManage && (
          <div className="cg-row">
            <Button
              type="primary"
              icon={<PlusOutlined />}
              onClick={() => setCreating(true)}
              data-testid="congress-create"
            >
              Chuẩn bị đại hội
            </Button>
            <ImportButton />
          </div>
        )}
      </div>
      {congresses.error && <Alert type="error" showIcon message={congresses.error.message} />}
      {(congresses.data?.items ?? []).map((c) => (
        <Card key={c.id} size="small" className="cg-card" data-testid={`congress-card-${c.id}`}>
          <Link to={`${CONGRESSES_BASE}/${c.id}`} className="cg-card-title">
            {c.title}
          </Link>
          <div className="cg-muted">
            {c.orgName} · nhiệm kỳ {c.term} · ngày {formatDateVi(c.heldOn)}
          </div>
        </Card>
      ))}
      {congresses.data?.items.length === 0 && (
        <Typography.Paragraph>Chưa có đại hội nào.</Typography.Paragraph>
      )}
      {loose.length > 0 && <Typography.Title level={5}>Bầu cử, phiếu giới thiệu khác</Typography.Title>}
      {loose.map((e) => (
        <Card key={e.id} size="small" className="cg-card">
          <Link to={`${CONGRESSES_BASE}/bau-cu/${e.id}`} className="cg-card-title">
            {e.title}
          </Link>
          <div className="cg-muted">
            {e.orgName} · {e.ballots} phiếu <Tag>{ELECTION_STATUS_LABELS[e.status]}</Tag>
          </div>
        </Card>
      ))}
      <CreateCongressModal open={creating} onClose={() => setCreating(false)} />
    </div>
  );
}
