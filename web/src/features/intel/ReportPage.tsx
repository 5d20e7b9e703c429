// A report's page: who sent it, its period, its items; staff who keep the register put an item under
// a hot issue (a new one, or one already followed).
import { Alert, App, Button, Card, Form, Input, Modal, Radio, Select, Spin, Tag, Typography } from 'antd';
import { useState } from 'react';
import { Link, useNavigate, useParams } from 'react-router';
import { SEVERE_FROM } from '../../../../domain/intel/labels.ts';
import { roleCan } from '../../../../domain/roles.ts';
import { formatDateVi } from '../../lib/format.ts';
import { useMe } from '../auth/session.tsx';
import { errorText } from '../forms.ts';
import { type IntelItem, useCreateIssue, useFileItems, useIssues, useReport } from './api.ts';

export function ItemLine({ it, action }: { it: IntelItem; action?: React.ReactNode }) {
  return (
    <div
      className={`intel-item${it.severity >= SEVERE_FROM ? ' severe' : ''}`}
      data-testid={`intel-item-${it.id}`}
    >
      <div>
        <Tag color={it.severity >= SEVERE_FROM ? 'red' : 'default'}>{it.severityLabel}</Tag>
        <Tag color="blue">{it.categoryName}</Tag>
        {it.issueId !== null && (
          <Link to={`/tinh-hinh/vu-viec/${it.issueId}`}>
            <Tag color="purple">Theo dõi: {it.issueTitle}</Tag>
          </Link>
        )}
      </div>
      <div>{it.summary}</div>
      <div className="intel-muted">
        {it.placeName} · {formatDateVi(it.occurredOn)}
        {it.peopleCount !== null ? ` · ${it.peopleCount} người liên quan` : ''}
      </div>
      {action}
    </div>
  );
}

function FileModal({ item, onClose }: { item: IntelItem; onClose: () => void }) {
  const me = useMe();
  const [mode, setMode] = useState<'new' | 'existing'>('new');
  const [title, setTitle] = useState(item.summary.slice(0, 200));
  const [issueId, setIssueId] = useState<number | undefined>();
  const open = useIssues(undefined, true);
  const create = useCreateIssue();
  const file = useFileItems();
  const navigate = useNavigate();
  const { message } = App.useApp();
  const ok = async () => {
    try {
      const issue =
        mode === 'new'
          ? await create.mutateAsync({
              orgId: me.user.orgId,
              placeOrgId: item.placeOrgId,
              category: item.category,
              title,
              severity: item.severity,
              itemIds: [item.id],
            })
          : await file.mutateAsync({ issueId: issueId as number, itemIds: [item.id] });
      void message.success(`Đã đưa vào theo dõi: ${issue.title}`);
      onClose();
      void navigate(`/tinh-hinh/vu-viec/${issue.id}`);
    } catch (err) {
      void message.error(errorText(err));
    }
  };
  return (
    <Modal
      open
      title="Đưa vào sổ theo dõi vụ việc, điểm nóng"
      okText="Đưa vào theo dõi"
      cancelText="Hủy"
      onCancel={onClose}
      onOk={ok}
      okButtonProps={{
        disabled: mode === 'new' ? !title.trim() : !issueId,
        loading: create.isPending || file.isPending,
      }}
    >
      <Form layout="vertical">
        <Form.Item>
          <Radio.Group
            value={mode}
            onChange={(e) => setMode(e.target.value)}
            options={[
              { value: 'new', label: 'Vụ việc mới' },
              { value: 'existing', label: 'Vụ việc đang theo dõi' },
            ]}
          />
        </Form.Item>
        {mode === 'new' ? (
          <Form.Item label="Tên vụ việc, điểm nóng">
            <Input.TextArea
              aria-label="Tên vụ việc, điểm nóng"
              rows={2}
              value={title}
              onChange={(e) => setTitle(e.target.value)}
              maxLength={300}
            />
          </Form.Item>
        ) : (
          <Form.Item label="Vụ việc">
            <Select
              aria-label="Vụ việc"
              value={issueId}
              onChange={setIssueId}
              options={(open.data?.items ?? []).map((i) => ({
                value: i.id,
                label: `${i.title} (${i.placeName})`,
              }))}
            />
          </Form.Item>
        )}
      </Form>
    </Modal>
  );
}

export function ReportPage() {
  const id = Number(useParams().id);
  const me = useMe();
  const report = useReport(id);
  const [filing, setFiling] = useState<IntelItem | null>(null);
  const canManage = roleCan(me.user.role, 'intel.manage');
  if (report.isLoading) return <Spin />;
  if (report.error || !report.data) return <Alert type="error" message={errorText(report.error)} />;
  const r = report.data;
  return (
    <div className="intel-page">
      <Link to="/tinh-hinh">← Thông tin tình hình</Link>
      <Typography.Title level={3}>
        {r.kindLabel} của {r.orgName}
      </Typography.Title>
      <div className="intel-muted">
        Nhận ngày {formatDateVi(r.receivedOn)}
        {r.periodStart ? ` · Kỳ ${formatDateVi(r.periodStart)} – ${formatDateVi(r.periodEnd)}` : ''}
        {r.createdByName ? ` · ${r.createdByName}` : ''}
      </div>
      {r.summary && <Typography.Paragraph>{r.summary}</Typography.Paragraph>}
      <Card title={`${r.items.length} vụ việc`} size="small">
        {r.items.length === 0 && <div className="intel-muted">Không có vụ việc nào trong kỳ.</div>}
        {r.items.map((it) => (
          <ItemLine
            key={it.id}
            it={it}
            action={
              canManage && it.issueId === null ? (
                <Button size="small" onClick={() => setFiling(it)} style={{ marginTop: 4 }}>
                  Đưa vào theo dõi
                </Button>
              ) : null
            }
          />
        ))}
      </Card>
      {filing && <FileModal item={filing} onClose={() => setFiling(null)} />}
    </div>
  );
}
