// A case's page: the decision, the team, the three stages with their dates, the self-report, the
// conclusion with its remedies and their follow-up, and — once a violation is concluded — the
// discipline decision on the member inspected.
import {
  Alert,
  App,
  Button,
  Card,
  DatePicker,
  Descriptions,
  Form,
  Input,
  List,
  Select,
  Spin,
  Steps,
  Switch,
  Tag,
  Typography,
} from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { Link, useParams } from 'react-router';
import { FORM_LABELS, MEMBER_FORMS, type MemberForm } from '../../../../domain/inspections/discipline.ts';
import { DATE_FORMAT, formatDateVi, SECRECY_LABELS } from '../../lib/format.ts';
import { useMe } from '../auth/session.tsx';
import { applyApiError, errorText, isoOf } from '../forms.ts';
import { OrgSelect } from '../orgs/OrgSelect.tsx';
import { type InspectionCase, useCase, useCaseActions, useDecide } from './api.ts';

function StageCard({ c }: { c: InspectionCase }) {
  const { advance, selfReport } = useCaseActions(c.id);
  const { message } = App.useApp();
  const run = async (fn: () => Promise<unknown>, ok: string) => {
    try {
      await fn();
      void message.success(ok);
    } catch (err) {
      void message.error(errorText(err));
    }
  };
  const today = dayjs().format('YYYY-MM-DD');
  const current = ['preparation', 'conduct', 'conclusion', 'closed'].indexOf(c.stage);
  return (
    <Card size="small" title="Các bước" style={{ marginBottom: 12 }}>
      <Steps
        direction="vertical"
        size="small"
        current={current}
        items={[
          { title: 'Chuẩn bị', description: formatDateVi(c.preparationFrom) },
          { title: 'Tiến hành', description: c.conductFrom ? formatDateVi(c.conductFrom) : '' },
          { title: 'Kết luận', description: c.conclusionFrom ? formatDateVi(c.conclusionFrom) : '' },
          { title: 'Kết thúc', description: c.closedOn ? formatDateVi(c.closedOn) : '' },
        ]}
      />
      {c.selfReportDue && (
        <p>
          Báo cáo tự kiểm điểm: hạn {formatDateVi(c.selfReportDue)} —{' '}
          {c.selfReportOn ? `đã nộp ngày ${formatDateVi(c.selfReportOn)}` : 'chưa nộp'}
          {c.selfReportOverdue && <Tag color="orange">Quá hạn</Tag>}
        </p>
      )}
      {c.can.advance && (
        <Button type="primary" onClick={() => run(() => advance.mutateAsync(today), 'Đã chuyển bước.')}>
          {c.stage === 'preparation' ? 'Bắt đầu tiến hành' : 'Chuyển sang kết luận'}
        </Button>
      )}{' '}
      {c.can.manage && c.selfReportDue && !c.selfReportOn && (
        <Button onClick={() => run(() => selfReport.mutateAsync(today), 'Đã ghi nhận báo cáo tự kiểm điểm.')}>
          Đã nhận báo cáo tự kiểm điểm
        </Button>
      )}
    </Card>
  );
}

interface ConcludeValues {
  conclusion: string;
  violationFound: boolean;
  remedy?: string;
  remedyDue: Dayjs | null;
}

function ConcludeCard({ c }: { c: InspectionCase }) {
  const [form] = Form.useForm<ConcludeValues>();
  const { conclude } = useCaseActions(c.id);
  const { message } = App.useApp();
  const submit = async (v: ConcludeValues) => {
    try {
      await conclude.mutateAsync({
        on: dayjs().format('YYYY-MM-DD'),
        conclusion: v.conclusion,
        violationFound: v.violationFound,
        remedies: v.remedy ? [{ content: v.remedy, dueOn: isoOf(v.remedyDue) ?? '' }] : [],
      });
      void message.success('Đã ghi kết luận.');
    } catch (err) {
      void message.error(applyApiError(form, err));
    }
  };
  return (
    <Card size="small" title="Kết luận" style={{ marginBottom: 12 }}>
      <Form<ConcludeValues>
        form={form}
        layout="vertical"
        onFinish={submit}
        initialValues={{ violationFound: false, remedyDue: dayjs().add(30, 'day') }}
      >
        <Form.Item
          label="Nội dung kết luận"
          name="conclusion"
          rules={[{ required: true, message: 'Nhập kết luận' }]}
        >
          <Input.TextArea aria-label="Nội dung kết luận" rows={4} maxLength={5000} />
        </Form.Item>
        <Form.Item label="Có vi phạm" name="violationFound" valuePropName="checked">
          <Switch aria-label="Có vi phạm" />
        </Form.Item>
        <Form.Item label="Yêu cầu khắc phục" name="remedy">
          <Input aria-label="Yêu cầu khắc phục" maxLength={1000} />
        </Form.Item>
        <Form.Item label="Thời hạn khắc phục" name="remedyDue">
          <DatePicker format={DATE_FORMAT} style={{ width: '100%' }} />
        </Form.Item>
        <Button type="primary" htmlType="submit" loading={conclude.isPending} block>
          Ghi kết luận
        </Button>
      </Form>
    </Card>
  );
}

interface DecideValues {
  form: MemberForm;
  violatedOn: Dayjs | null;
  decidedOn: Dayjs | null;
  authorityOrgId: number;
  reason: string;
  decisionNo?: string;
}

function DisciplineCard({ c }: { c: InspectionCase }) {
  const me = useMe();
  const [form] = Form.useForm<DecideValues>();
  const decide = useDecide();
  const { message } = App.useApp();
  const submit = async (v: DecideValues) => {
    try {
      await decide.mutateAsync({
        memberId: c.subjectMemberId as number,
        form: v.form,
        violatedOn: isoOf(v.violatedOn) ?? '',
        decidedOn: isoOf(v.decidedOn) ?? '',
        authorityOrgId: v.authorityOrgId,
        reason: v.reason,
        caseId: c.id,
        ...(v.decisionNo ? { decisionNo: v.decisionNo } : {}),
      });
      void message.success('Đã ghi quyết định kỷ luật vào hồ sơ đảng viên.');
      form.resetFields();
    } catch (err) {
      void message.error(applyApiError(form, err));
    }
  };
  return (
    <Card size="small" title={`Quyết định kỷ luật: ${c.subjectName}`} style={{ marginBottom: 12 }}>
      <Form<DecideValues>
        form={form}
        layout="vertical"
        onFinish={submit}
        initialValues={{
          form: 'khien_trach',
          decidedOn: dayjs(),
          authorityOrgId: me.user.orgId,
          reason: c.conclusion ?? '',
        }}
      >
        <Form.Item label="Hình thức kỷ luật" name="form" rules={[{ required: true }]}>
          <Select
            aria-label="Hình thức kỷ luật"
            options={MEMBER_FORMS.map((f) => ({ value: f, label: FORM_LABELS[f] }))}
          />
        </Form.Item>
        <Form.Item
          label="Ngày vi phạm"
          name="violatedOn"
          rules={[{ required: true, message: 'Chọn ngày vi phạm' }]}
        >
          <DatePicker aria-label="Ngày vi phạm" format={DATE_FORMAT} style={{ width: '100%' }} />
        </Form.Item>
        <Form.Item label="Ngày quyết định" name="decidedOn" rules={[{ required: true }]}>
          <DatePicker format={DATE_FORMAT} style={{ width: '100%' }} />
        </Form.Item>
        <Form.Item label="Cấp có thẩm quyền" name="authorityOrgId" rules={[{ required: true }]}>
          <OrgSelect />
        </Form.Item>
        <Form.Item label="Số quyết định" name="decisionNo">
          <Input aria-label="Số quyết định kỷ luật" maxLength={60} />
        </Form.Item>
        <Form.Item
          label="Nội dung vi phạm"
          name="reason"
          rules={[{ required: true, message: 'Nhập nội dung vi phạm' }]}
        >
          <Input.TextArea aria-label="Nội dung vi phạm" rows={3} maxLength={2000} />
        </Form.Item>
        <Button type="primary" danger htmlType="submit" loading={decide.isPending} block>
          Ghi quyết định kỷ luật
        </Button>
      </Form>
    </Card>
  );
}

export function CasePage() {
  const id = Number(useParams().id);
  const q = useCase(id);
  const { remedyDone } = useCaseActions(id);
  if (q.isLoading) return <Spin />;
  if (q.error || !q.data) return <Alert type="error" showIcon title={errorText(q.error)} />;
  const c = q.data;
  return (
    <div className="insp-page">
      <Link to="/kiem-tra">← Kiểm tra, giám sát</Link>
      <Typography.Title level={3}>{c.title}</Typography.Title>
      <Card size="small" style={{ marginBottom: 12 }}>
        <Descriptions column={1} size="small">
          <Descriptions.Item label="Loại">{c.kindLabel}</Descriptions.Item>
          <Descriptions.Item label="Cơ quan kiểm tra">{c.orgName}</Descriptions.Item>
          <Descriptions.Item label="Đối tượng">
            {c.subjectMemberId ? (
              <Link to={`/dang-vien/${c.subjectMemberId}`}>{c.subjectName}</Link>
            ) : (
              c.subjectName
            )}
          </Descriptions.Item>
          {c.complainant && <Descriptions.Item label="Người tố cáo">{c.complainant}</Descriptions.Item>}
          <Descriptions.Item label="Quyết định">
            {c.decisionNo} ngày {formatDateVi(c.decidedOn)}
          </Descriptions.Item>
          <Descriptions.Item label="Độ mật">{SECRECY_LABELS[c.secrecy]}</Descriptions.Item>
          <Descriptions.Item label="Đoàn">
            {c.team.map((m) => `${m.fullName}${m.lead ? ' (trưởng đoàn)' : ''}`).join(', ')}
          </Descriptions.Item>
          {c.conclusion && <Descriptions.Item label="Kết luận">{c.conclusion}</Descriptions.Item>}
        </Descriptions>
      </Card>
      <StageCard c={c} />
      {c.can.conclude && <ConcludeCard c={c} />}
      {c.remedies.length > 0 && (
        <Card size="small" title="Theo dõi khắc phục" style={{ marginBottom: 12 }}>
          <List
            dataSource={c.remedies}
            renderItem={(m) => (
              <List.Item
                actions={
                  c.can.manage && !m.doneOn
                    ? [
                        <Button
                          key="done"
                          size="small"
                          onClick={() =>
                            remedyDone.mutate({ remedyId: m.id, on: dayjs().format('YYYY-MM-DD') })
                          }
                        >
                          Đã khắc phục
                        </Button>,
                      ]
                    : []
                }
              >
                {m.content} — hạn {formatDateVi(m.dueOn)}{' '}
                {m.doneOn ? (
                  <Tag color="green">Xong {formatDateVi(m.doneOn)}</Tag>
                ) : m.overdue ? (
                  <Tag color="red">Quá hạn</Tag>
                ) : null}
              </List.Item>
            )}
          />
        </Card>
      )}
      {c.can.discipline && <DisciplineCard c={c} />}
    </div>
  );
}
