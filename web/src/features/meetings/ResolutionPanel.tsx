// The resolution of the chi bộ: last month's results, the directions, this month's tasks (each with
// an owner on the rolls that day and a deadline). Saved as a draft, then issued — numbered in the chi
// bộ's own sequence, its tasks sent to the task tracker — and reported to the committee above.
import { DeleteOutlined, DownloadOutlined, PlusOutlined, SendOutlined } from '@ant-design/icons';
import { Alert, App, Button, Card, DatePicker, Form, Input, Popconfirm, Select, Tag } from 'antd';
import type { Dayjs } from 'dayjs';
import { useState } from 'react';
import { Link } from 'react-router';
import { resolutionBody } from '../../../../domain/meetings/schemas.ts';
import { DATE_FORMAT, formatDateTimeVi, formatDateVi, sortByName } from '../../lib/format.ts';
import { checked, dayOf, errorText, FormInvalid, isoOf } from '../forms.ts';
import {
  downloadPaper,
  type MeetingDetail,
  useDraftResolution,
  useIssueResolution,
  useReportUp,
} from './api.ts';

interface TaskValues {
  title: string;
  ownerMemberId?: number | null;
  ownerName?: string;
  dueOn: Dayjs | null;
}
interface Values {
  results: string;
  directions?: string;
  tasks: TaskValues[];
}

function Issued({ m }: { m: MeetingDetail }) {
  const r = m.resolution;
  return (
    <Card size="small" className="mt-block" data-testid="resolution-issued">
      <div>
        Nghị quyết số <strong data-testid="resolution-symbol">{r.symbol}</strong>, ngày{' '}
        {formatDateVi(r.issuedOn)}
        {r.documentId !== null && (
          <>
            {' · '}
            <Link to={`/van-ban/${r.documentId}`}>văn bản đã ban hành</Link>
          </>
        )}
      </div>
      <div className="mt-sub">Kết quả tháng trước</div>
      <div className="mt-pre">{r.results}</div>
      {r.directions && (
        <>
          <div className="mt-sub">Phương hướng, giải pháp</div>
          <div className="mt-pre">{r.directions}</div>
        </>
      )}
      <div className="mt-sub">Nhiệm vụ tháng này</div>
      <ol className="mt-list" data-testid="resolution-tasks">
        {r.tasks.map((t) => (
          <li key={t.id}>
            {t.taskId !== null ? <Link to={`/chuong-trinh/nhiem-vu/${t.taskId}`}>{t.title}</Link> : t.title} —{' '}
            {t.ownerName}, hạn {formatDateVi(t.dueOn)} {t.tracked && <Tag>{t.tracked.stateLabel}</Tag>}
          </li>
        ))}
      </ol>
    </Card>
  );
}

function ReportUp({ m }: { m: MeetingDetail }) {
  const { message } = App.useApp();
  const report = useReportUp(m.id);
  const [note, setNote] = useState('');
  const r = m.resolution;
  if (r.reportedAt)
    return (
      <Alert
        type="success"
        showIcon
        className="mt-block"
        title={`Đã báo cáo cấp ủy cấp trên ${formatDateTimeVi(r.reportedAt)}`}
        description={r.reportNote ?? undefined}
      />
    );
  if (!m.can.resolve || m.status === 'cancelled') return null;
  return (
    <Card size="small" title="Báo cáo cấp ủy cấp trên" className="mt-block">
      <div className="mt-muted">
        Báo cáo trong {m.rules.reportDays.days} ngày sau cuộc họp. Căn cứ: {m.rules.reportDays.source}
      </div>
      <Input.TextArea
        rows={2}
        maxLength={1000}
        placeholder="Ghi chú (không bắt buộc)"
        value={note}
        onChange={(e) => setNote(e.target.value)}
      />
      <Button
        className="mt-top"
        icon={<SendOutlined />}
        loading={report.isPending}
        data-testid="report-up"
        onClick={() =>
          report.mutate(note.trim(), {
            onSuccess: () => void message.success('Đã báo cáo cấp ủy cấp trên.'),
            onError: (err) => void message.error(errorText(err)),
          })
        }
      >
        Báo cáo
      </Button>
    </Card>
  );
}

export function ResolutionPanel({ m }: { m: MeetingDetail }) {
  const { message } = App.useApp();
  const [form] = Form.useForm<Values>();
  const draft = useDraftResolution(m.id);
  const issue = useIssueResolution(m.id);
  const r = m.resolution;
  const issued = r.symbol !== null;
  const owners = sortByName(m.attendance.items, (a) => a.fullName).map((a) => ({
    value: a.memberId,
    label: a.fullName,
  }));
  const editable = m.can.manage && m.status !== 'cancelled' && !issued;

  const onFinish = (v: Values) => {
    try {
      const body = checked(form, resolutionBody, {
        results: v.results,
        directions: v.directions || null,
        tasks: (v.tasks ?? []).map((t) => ({
          title: t.title,
          ownerMemberId: t.ownerMemberId ?? null,
          ownerName: t.ownerName || null,
          dueOn: isoOf(t.dueOn) ?? '',
        })),
      });
      draft.mutate(body, {
        onSuccess: () => void message.success('Đã lưu dự thảo nghị quyết.'),
        onError: (err) => void message.error(errorText(err)),
      });
    } catch (err) {
      if (!(err instanceof FormInvalid)) void message.error(errorText(err));
    }
  };

  return (
    <div>
      <div className="mt-actions">
        <Button
          icon={<DownloadOutlined />}
          onClick={() =>
            void downloadPaper(m.id, 'resolution').catch((err) => void message.error(errorText(err)))
          }
        >
          {issued ? 'Tải nghị quyết (Word)' : 'Tải dự thảo (Word)'}
        </Button>
        {m.can.resolve && !issued && m.status !== 'cancelled' && r.results && (
          <Popconfirm
            title="Ban hành nghị quyết?"
            description="Nghị quyết được cấp số theo sổ nghị quyết của chi bộ; các nhiệm vụ được giao vào hệ thống theo dõi."
            okText="Ban hành"
            cancelText="Hủy"
            onConfirm={() =>
              issue.mutate(undefined, {
                onSuccess: (x) => void message.success(`Đã ban hành nghị quyết số ${x.symbol}.`),
                onError: (err) => void message.error(errorText(err)),
              })
            }
          >
            <Button type="primary" loading={issue.isPending} data-testid="resolution-issue">
              Ban hành nghị quyết
            </Button>
          </Popconfirm>
        )}
      </div>
      {issued ? (
        <>
          <Issued m={m} />
          <ReportUp m={m} />
        </>
      ) : (
        <Card size="small" title="Dự thảo nghị quyết">
          <Form<Values>
            form={form}
            layout="vertical"
            onFinish={onFinish}
            disabled={!editable}
            requiredMark={false}
            initialValues={{
              results: r.results ?? '',
              directions: r.directions ?? undefined,
              tasks: r.tasks.map((t) => ({
                title: t.title,
                ownerMemberId: t.ownerMemberId,
                ownerName: t.ownerMemberId === null ? t.ownerName : undefined,
                dueOn: dayOf(t.dueOn) ?? null,
              })),
            }}
          >
            <Form.Item
              name="results"
              label="Kết quả thực hiện nhiệm vụ tháng trước"
              rules={[{ required: true, message: 'Nhập kết quả' }]}
            >
              <Input.TextArea rows={4} maxLength={50_000} />
            </Form.Item>
            <Form.Item name="directions" label="Phương hướng, giải pháp">
              <Input.TextArea rows={3} maxLength={50_000} />
            </Form.Item>
            <div className="mt-sub">Nhiệm vụ tháng này</div>
            <Form.List name="tasks">
              {(fields, { add, remove }) => (
                <div>
                  {fields.map((f, i) => (
                    <Card size="small" key={f.key} className="mt-task" data-testid={`task-${i}`}>
                      <Form.Item
                        name={[f.name, 'title']}
                        label={`Nhiệm vụ ${i + 1}`}
                        rules={[{ required: true, message: 'Nhập nhiệm vụ' }]}
                      >
                        <Input.TextArea rows={2} maxLength={1000} aria-label={`Nhiệm vụ ${i + 1}`} />
                      </Form.Item>
                      <div className="mt-three">
                        <Form.Item name={[f.name, 'ownerMemberId']} label="Đảng viên thực hiện">
                          <Select
                            allowClear
                            showSearch
                            optionFilterProp="label"
                            options={owners}
                            aria-label={`Người thực hiện ${i + 1}`}
                          />
                        </Form.Item>
                        <Form.Item name={[f.name, 'ownerName']} label="Hoặc bộ phận">
                          <Input maxLength={200} />
                        </Form.Item>
                        <Form.Item
                          name={[f.name, 'dueOn']}
                          label="Thời hạn"
                          rules={[{ required: true, message: 'Chọn hạn' }]}
                        >
                          <DatePicker
                            format={DATE_FORMAT}
                            style={{ width: '100%' }}
                            aria-label={`Thời hạn ${i + 1}`}
                          />
                        </Form.Item>
                      </div>
                      {editable && (
                        <Button danger size="small" icon={<DeleteOutlined />} onClick={() => remove(f.name)}>
                          Bỏ nhiệm vụ
                        </Button>
                      )}
                    </Card>
                  ))}
                  {editable && (
                    <Button
                      icon={<PlusOutlined />}
                      onClick={() => add({ dueOn: null })}
                      data-testid="task-add"
                      className="mt-block"
                    >
                      Thêm nhiệm vụ
                    </Button>
                  )}
                </div>
              )}
            </Form.List>
            {editable && (
              <div>
                <Button
                  type="primary"
                  htmlType="submit"
                  loading={draft.isPending}
                  data-testid="resolution-save"
                >
                  Lưu dự thảo
                </Button>
              </div>
            )}
          </Form>
        </Card>
      )}
    </div>
  );
}
