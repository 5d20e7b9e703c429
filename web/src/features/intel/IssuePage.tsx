// A hot issue's page: its stage in the lifecycle and the moves it allows, a leader's direction (it
// becomes a task for the lead unit), the items filed under it, the linked documents and tasks, and
// its history.
import { Alert, App, Button, Card, DatePicker, Form, Input, Spin, Tag, Timeline, Typography } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { Link, useParams } from 'react-router';
import { directionBody } from '../../../../domain/intel/schemas.ts';
import { DATE_FORMAT, formatDateTimeVi, formatDateVi } from '../../lib/format.ts';
import { applyApiError, checked, errorText, isoOf } from '../forms.ts';
import { OrgSelect } from '../orgs/OrgSelect.tsx';
import { type IntelIssue, useIssue, useIssueActions } from './api.ts';
import { ItemLine } from './ReportPage.tsx';

const STATUS_COLOR: Record<string, string> = {
  new: 'gold',
  watching: 'blue',
  reported: 'geekblue',
  directed: 'purple',
  resolved: 'green',
  recurred: 'red',
};

interface DirectValues {
  text: string;
  orgId: number;
  dueOn: Dayjs | null;
}

function DirectCard({ issue }: { issue: IntelIssue }) {
  const [form] = Form.useForm<DirectValues>();
  const { direct } = useIssueActions(issue.id);
  const { message } = App.useApp();
  const submit = async (v: DirectValues) => {
    try {
      const body = checked(form, directionBody, {
        text: v.text ?? '',
        orgId: v.orgId,
        dueOn: isoOf(v.dueOn) ?? '',
      });
      const r = await direct.mutateAsync(body);
      void message.success('Đã ghi ý kiến chỉ đạo và giao nhiệm vụ.');
      form.resetFields(['text']);
      return r;
    } catch (err) {
      void message.error(applyApiError(form, err));
    }
  };
  return (
    <Card title="Ý kiến chỉ đạo" size="small" className="intel-form">
      <Form<DirectValues>
        form={form}
        layout="vertical"
        onFinish={submit}
        initialValues={{ orgId: issue.placeOrgId, dueOn: dayjs().add(14, 'day') }}
      >
        <Form.Item
          label="Nội dung chỉ đạo"
          name="text"
          rules={[{ required: true, message: 'Nhập nội dung chỉ đạo' }]}
        >
          <Input.TextArea aria-label="Nội dung chỉ đạo" rows={3} maxLength={2000} />
        </Form.Item>
        <Form.Item label="Đơn vị chủ trì" name="orgId" rules={[{ required: true }]}>
          <OrgSelect />
        </Form.Item>
        <Form.Item label="Thời hạn" name="dueOn" rules={[{ required: true }]}>
          <DatePicker format={DATE_FORMAT} style={{ width: '100%' }} />
        </Form.Item>
        <Button type="primary" htmlType="submit" loading={direct.isPending} block>
          Chỉ đạo và giao nhiệm vụ
        </Button>
      </Form>
    </Card>
  );
}

export function IssuePage() {
  const id = Number(useParams().id);
  const issue = useIssue(id);
  const { move } = useIssueActions(id);
  const { message } = App.useApp();
  if (issue.isLoading) return <Spin />;
  if (issue.error || !issue.data) return <Alert type="error" message={errorText(issue.error)} />;
  const s = issue.data;
  const moveTo = async (status: IntelIssue['status']) => {
    try {
      await move.mutateAsync({ status });
    } catch (err) {
      void message.error(errorText(err));
    }
  };
  return (
    <div className="intel-page">
      <Link to="/tinh-hinh">← Thông tin tình hình</Link>
      <Typography.Title level={3}>{s.title}</Typography.Title>
      <div>
        <Tag color={STATUS_COLOR[s.status]} data-testid="issue-status">
          {s.statusLabel}
        </Tag>
        <Tag color="blue">{s.categoryName}</Tag>
        <Tag color={s.severity >= 3 ? 'red' : 'default'}>{s.severityLabel}</Tag>
      </div>
      <div className="intel-muted">
        Địa bàn: {s.placeName} · Đơn vị theo dõi: {s.orgName}
        {s.resolvedOn ? ` · Giải quyết ngày ${formatDateVi(s.resolvedOn)}` : ''}
        {s.recurredOn ? ` · Tái phát ngày ${formatDateVi(s.recurredOn)}` : ''}
      </div>
      {s.summary && <Typography.Paragraph>{s.summary}</Typography.Paragraph>}
      {s.can.manage && s.moves.length > 0 && (
        <div className="intel-actions">
          {s.moves.map((m) => (
            <Button key={m.status} onClick={() => moveTo(m.status)} loading={move.isPending}>
              {m.label}
            </Button>
          ))}
        </div>
      )}
      {s.can.direct && <DirectCard issue={s} />}
      <Card title="Nhiệm vụ, văn bản liên quan" size="small">
        {s.links.length === 0 && <div className="intel-muted">Chưa có.</div>}
        {s.links.map((l) => (
          <div key={`${l.kind}-${l.id}`} data-testid={`issue-link-${l.kind}`}>
            {l.kind === 'task' ? (
              <Link to={`/chuong-trinh/nhiem-vu/${l.id}`}>Nhiệm vụ: {l.title}</Link>
            ) : (
              <Link to={`/van-ban/${l.id}`}>
                Văn bản {l.detail ?? ''}: {l.title}
              </Link>
            )}
            {l.kind === 'task' && l.detail && <Tag style={{ marginLeft: 8 }}>{l.detail}</Tag>}
          </div>
        ))}
      </Card>
      <Card title={`Vụ việc đã gắn (${s.items.length})`} size="small">
        {s.items.map((it) => (
          <ItemLine key={it.id} it={it} />
        ))}
      </Card>
      <Card title="Diễn biến" size="small">
        <Timeline
          items={s.events.map((e) => ({
            children: (
              <div>
                <div>{e.text}</div>
                {e.note && <div className="intel-muted">{e.note}</div>}
                <div className="intel-muted">
                  {e.actorName ?? ''} · {formatDateTimeVi(e.at)}
                </div>
              </div>
            ),
          }))}
        />
      </Card>
    </div>
  );
}
