// «Kiểm tra, giám sát»: the cases the account may see (Mật by default: the inspection committee, the
// team, the leaders with scope), and the form that opens one — the opener leads the team.
import { App, Button, Card, DatePicker, Form, Input, List, Select, Tag, Typography } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useState } from 'react';
import { Link, useNavigate } from 'react-router';
import { CASE_KIND_LABELS, CASE_KINDS, type CaseKind } from '../../../../domain/inspections/labels.ts';
import { roleCan } from '../../../../domain/roles.ts';
import { DATE_FORMAT, formatDateVi, SECRECY_LABELS } from '../../lib/format.ts';
import { useMe } from '../auth/session.tsx';
import { applyApiError, errorText, isoOf } from '../forms.ts';
import { OrgSelect } from '../orgs/OrgSelect.tsx';
import { useCases, useOpenCase } from './api.ts';
import { MemberPicker } from './MemberPicker.tsx';

interface OpenValues {
  orgId: number;
  kind: CaseKind;
  title: string;
  subjectMemberId?: number;
  subjectOrgId?: number;
  complainant?: string;
  decisionNo: string;
  decidedOn: Dayjs | null;
  preparationFrom: Dayjs | null;
  selfReportDue: Dayjs | null;
}

function OpenCaseCard({ onDone }: { onDone: (id: number) => void }) {
  const me = useMe();
  const [form] = Form.useForm<OpenValues>();
  const kind = Form.useWatch('kind', form);
  const open = useOpenCase();
  const { message } = App.useApp();
  const submit = async (v: OpenValues) => {
    try {
      const c = await open.mutateAsync({
        orgId: v.orgId,
        kind: v.kind,
        title: v.title,
        ...(v.subjectMemberId ? { subjectMemberId: v.subjectMemberId } : {}),
        ...(v.subjectOrgId ? { subjectOrgId: v.subjectOrgId } : {}),
        ...(v.kind === 'complaint' && v.complainant ? { complainant: v.complainant } : {}),
        decisionNo: v.decisionNo,
        decidedOn: isoOf(v.decidedOn) ?? '',
        preparationFrom: isoOf(v.preparationFrom) ?? '',
        ...(v.selfReportDue ? { selfReportDue: isoOf(v.selfReportDue) } : {}),
        teamUserIds: [me.user.id],
        leadUserId: me.user.id,
      });
      void message.success('Đã mở cuộc kiểm tra, giám sát.');
      onDone(c.id);
    } catch (err) {
      void message.error(applyApiError(form, err));
    }
  };
  return (
    <Card size="small" title="Mở cuộc kiểm tra, giám sát" className="insp-form">
      <Form<OpenValues>
        form={form}
        layout="vertical"
        onFinish={submit}
        initialValues={{
          orgId: me.user.orgId,
          kind: 'violation',
          decidedOn: dayjs(),
          preparationFrom: dayjs(),
        }}
      >
        <Form.Item label="Cơ quan kiểm tra" name="orgId" rules={[{ required: true }]}>
          <OrgSelect />
        </Form.Item>
        <Form.Item label="Loại" name="kind" rules={[{ required: true }]}>
          <Select
            aria-label="Loại"
            options={CASE_KINDS.map((k) => ({ value: k, label: CASE_KIND_LABELS[k] }))}
          />
        </Form.Item>
        <Form.Item
          label="Tên cuộc kiểm tra, giám sát"
          name="title"
          rules={[{ required: true, message: 'Nhập tên' }]}
        >
          <Input aria-label="Tên cuộc kiểm tra, giám sát" maxLength={300} />
        </Form.Item>
        <Form.Item label="Đảng viên được kiểm tra" name="subjectMemberId">
          <MemberPicker label="Đảng viên được kiểm tra" />
        </Form.Item>
        <Form.Item label="Hoặc tổ chức đảng được kiểm tra" name="subjectOrgId">
          <OrgSelect allowClear />
        </Form.Item>
        {kind === 'complaint' && (
          <Form.Item label="Người tố cáo" name="complainant" extra="Không hiển thị với người bị tố cáo.">
            <Input aria-label="Người tố cáo" maxLength={200} />
          </Form.Item>
        )}
        <Form.Item
          label="Số quyết định"
          name="decisionNo"
          rules={[{ required: true, message: 'Nhập số quyết định' }]}
        >
          <Input aria-label="Số quyết định" maxLength={60} />
        </Form.Item>
        <Form.Item label="Ngày quyết định" name="decidedOn" rules={[{ required: true }]}>
          <DatePicker format={DATE_FORMAT} style={{ width: '100%' }} />
        </Form.Item>
        <Form.Item label="Ngày bắt đầu chuẩn bị" name="preparationFrom" rules={[{ required: true }]}>
          <DatePicker format={DATE_FORMAT} style={{ width: '100%' }} />
        </Form.Item>
        <Form.Item label="Hạn nộp báo cáo tự kiểm điểm" name="selfReportDue">
          <DatePicker format={DATE_FORMAT} style={{ width: '100%' }} />
        </Form.Item>
        <Button type="primary" htmlType="submit" loading={open.isPending} block>
          Mở cuộc kiểm tra
        </Button>
      </Form>
    </Card>
  );
}

export function CasesPage() {
  const me = useMe();
  const cases = useCases();
  const navigate = useNavigate();
  const [opening, setOpening] = useState(false);
  const canOpen = roleCan(me.user.role, 'inspection.manage');
  return (
    <div className="insp-page">
      <Typography.Title level={3}>Kiểm tra, giám sát</Typography.Title>
      <p>
        <Link to="/kiem-tra/kiem-diem">Kiểm điểm, xếp loại tập thể</Link> ·{' '}
        <Link to="/kiem-tra/chuong-trinh">Chương trình kiểm tra, giám sát</Link> ·{' '}
        <Link to="/kiem-tra/khieu-nai">Khiếu nại kỷ luật</Link>
        {roleCan(me.user.role, 'discipline.decide') && (
          <>
            {' '}
            · <Link to="/kiem-tra/thong-bao">Thông báo kỷ luật của cơ quan nhà nước</Link>
          </>
        )}
      </p>
      {canOpen && !opening && (
        <Button type="primary" onClick={() => setOpening(true)} style={{ marginBottom: 12 }}>
          Mở cuộc kiểm tra, giám sát
        </Button>
      )}
      {opening && <OpenCaseCard onDone={(id) => navigate(`/kiem-tra/cuoc/${id}`)} />}
      {cases.error && <Typography.Text type="danger">{errorText(cases.error)}</Typography.Text>}
      <List
        loading={cases.isLoading}
        dataSource={cases.data?.items ?? []}
        locale={{ emptyText: 'Chưa có cuộc kiểm tra, giám sát nào bạn được xem.' }}
        renderItem={(c) => (
          <List.Item>
            <List.Item.Meta
              title={<Link to={`/kiem-tra/cuoc/${c.id}`}>{c.title}</Link>}
              description={
                <>
                  <Tag>{c.kindLabel}</Tag>
                  <Tag color={c.stage === 'closed' ? 'green' : 'blue'}>{c.stageLabel}</Tag>
                  {c.secrecy > 0 && <Tag color="red">{SECRECY_LABELS[c.secrecy]}</Tag>}
                  {c.selfReportOverdue && <Tag color="orange">Quá hạn báo cáo tự kiểm điểm</Tag>}
                  <div>
                    {c.subjectName} · QĐ {c.decisionNo} ngày {formatDateVi(c.decidedOn)}
                  </div>
                </>
              }
            />
          </List.Item>
        )}
      />
    </div>
  );
}
