// «Chương trình kiểm tra, giám sát»: the annual programmes the account sees (a year at a time), each
// opened to its items with the number of cases, and the form that issues one with its first item.
import {
  Alert,
  App,
  Button,
  Card,
  DatePicker,
  Form,
  Input,
  InputNumber,
  List,
  Select,
  Tag,
  Typography,
} from 'antd';
import type { Dayjs } from 'dayjs';
import { useState } from 'react';
import { Link } from 'react-router';
import { ISSUER_LABELS, ISSUERS, type Issuer } from '../../../../domain/inspections/labels.ts';
import { roleCan } from '../../../../domain/roles.ts';
import { DATE_FORMAT, formatDateVi } from '../../lib/format.ts';
import { useMe } from '../auth/session.tsx';
import { applyApiError, errorText, isoOf } from '../forms.ts';
import { OrgSelect } from '../orgs/OrgSelect.tsx';
import { useIssueProgramme, useProgramme, useProgrammes } from './api.ts';

interface IssueValues {
  orgId: number;
  issuer: Issuer;
  title: string;
  kind: 'inspection' | 'supervision';
  content: string;
  subjectOrgId?: number;
  periodFrom: Dayjs | null;
  periodTo: Dayjs | null;
}

function IssueCard({ year, onDone }: { year: number; onDone: () => void }) {
  const me = useMe();
  const [form] = Form.useForm<IssueValues>();
  const issue = useIssueProgramme();
  const { message } = App.useApp();
  const submit = async (v: IssueValues) => {
    try {
      await issue.mutateAsync({
        orgId: v.orgId,
        issuer: v.issuer,
        year,
        title: v.title,
        items: [
          {
            kind: v.kind,
            content: v.content,
            ...(v.subjectOrgId ? { subjectOrgId: v.subjectOrgId } : {}),
            periodFrom: isoOf(v.periodFrom) ?? '',
            periodTo: isoOf(v.periodTo) ?? '',
          },
        ],
      });
      void message.success('Đã ban hành chương trình.');
      onDone();
    } catch (err) {
      void message.error(applyApiError(form, err));
    }
  };
  return (
    <Card size="small" title={`Ban hành chương trình năm ${year}`} className="insp-form">
      <Form<IssueValues>
        form={form}
        layout="vertical"
        onFinish={submit}
        initialValues={{ orgId: me.user.orgId, issuer: 'committee', kind: 'inspection' }}
      >
        <Form.Item label="Đơn vị" name="orgId" rules={[{ required: true }]}>
          <OrgSelect />
        </Form.Item>
        <Form.Item label="Cấp ban hành" name="issuer" rules={[{ required: true }]}>
          <Select
            aria-label="Cấp ban hành"
            options={ISSUERS.map((i) => ({ value: i, label: ISSUER_LABELS[i] }))}
          />
        </Form.Item>
        <Form.Item label="Tên chương trình" name="title" rules={[{ required: true, message: 'Nhập tên' }]}>
          <Input aria-label="Tên chương trình" maxLength={300} />
        </Form.Item>
        <Form.Item label="Loại nội dung" name="kind" rules={[{ required: true }]}>
          <Select
            aria-label="Loại nội dung"
            options={[
              { value: 'inspection', label: 'Kiểm tra' },
              { value: 'supervision', label: 'Giám sát' },
            ]}
          />
        </Form.Item>
        <Form.Item label="Nội dung" name="content" rules={[{ required: true, message: 'Nhập nội dung' }]}>
          <Input.TextArea aria-label="Nội dung" rows={2} maxLength={1000} />
        </Form.Item>
        <Form.Item label="Tổ chức đảng được kiểm tra, giám sát" name="subjectOrgId">
          <OrgSelect allowClear />
        </Form.Item>
        <Form.Item label="Từ ngày" name="periodFrom" rules={[{ required: true, message: 'Chọn ngày' }]}>
          <DatePicker format={DATE_FORMAT} style={{ width: '100%' }} />
        </Form.Item>
        <Form.Item label="Đến ngày" name="periodTo" rules={[{ required: true, message: 'Chọn ngày' }]}>
          <DatePicker format={DATE_FORMAT} style={{ width: '100%' }} />
        </Form.Item>
        <Button type="primary" htmlType="submit" loading={issue.isPending} block>
          Ban hành
        </Button>
      </Form>
    </Card>
  );
}

function ProgrammeItems({ id }: { id: number }) {
  const q = useProgramme(id);
  if (q.error) return <Alert type="error" showIcon title={errorText(q.error)} />;
  return (
    <List
      size="small"
      loading={q.isLoading}
      dataSource={q.data?.items ?? []}
      renderItem={(it) => (
        <List.Item>
          <List.Item.Meta
            title={
              <>
                <Tag>{it.kindLabel}</Tag> {it.content}
              </>
            }
            description={`${it.subjectName ?? ''} · ${formatDateVi(it.periodFrom)} – ${formatDateVi(it.periodTo)} · ${it.caseCount} cuộc`}
          />
        </List.Item>
      )}
    />
  );
}

export function ProgrammesPage() {
  const me = useMe();
  const [year, setYear] = useState<number>(new Date().getFullYear());
  const [open, setOpen] = useState<number | null>(null);
  const [issuing, setIssuing] = useState(false);
  const q = useProgrammes(year);
  const canIssue = roleCan(me.user.role, 'inspection.manage');
  return (
    <div className="insp-page">
      <Typography.Title level={3}>Chương trình kiểm tra, giám sát</Typography.Title>
      <p>
        <Link to="/kiem-tra">Các cuộc kiểm tra, giám sát</Link>
      </p>
      <InputNumber
        aria-label="Năm"
        min={1930}
        max={2200}
        value={year}
        onChange={(v) => v && setYear(v)}
        style={{ marginBottom: 12 }}
      />
      {canIssue && !issuing && (
        <Button type="primary" onClick={() => setIssuing(true)} block style={{ marginBottom: 12 }}>
          Ban hành chương trình
        </Button>
      )}
      {issuing && <IssueCard year={year} onDone={() => setIssuing(false)} />}
      {q.error && <Alert type="error" showIcon title={errorText(q.error)} />}
      <List
        loading={q.isLoading}
        dataSource={q.data?.items ?? []}
        locale={{ emptyText: 'Chưa có chương trình trong năm.' }}
        renderItem={(p) => (
          <List.Item>
            <div style={{ width: '100%' }}>
              <Button type="link" onClick={() => setOpen(open === p.id ? null : p.id)} style={{ padding: 0 }}>
                {p.title}
              </Button>
              <div>
                {p.issuerLabel} · {p.orgName} · {p.itemCount} nội dung
              </div>
              {open === p.id && <ProgrammeItems id={p.id} />}
            </div>
          </List.Item>
        )}
      />
    </div>
  );
}
