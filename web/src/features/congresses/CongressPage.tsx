// A congress's page: the timetable (each step with its deadline, overdue in red, marked done), and
// the elections held at it; staff add steps and create elections (the list one name per line).
import { CheckOutlined, PlusOutlined } from '@ant-design/icons';
import {
  Alert,
  AutoComplete,
  Button,
  Card,
  DatePicker,
  Form,
  Input,
  InputNumber,
  List,
  Radio,
  Tag,
  Typography,
} from 'antd';
import type { Dayjs } from 'dayjs';
import { useState } from 'react';
import { Link, useNavigate, useParams } from 'react-router';
import {
  ELECTION_KIND_LABELS,
  ELECTION_KINDS,
  ELECTION_STATUS_LABELS,
  type ElectionKind,
  MILESTONE_SUGGESTIONS,
} from '../../../../domain/congresses/labels.ts';
import { createElectionBody, milestoneBody } from '../../../../domain/congresses/schemas.ts';
import { DATE_FORMAT, formatDateVi, todayVn } from '../../lib/format.ts';
import { FormModal } from '../FormModal.tsx';
import { checked, errorText, isoOf } from '../forms.ts';
import { type CongressDetail, useCongress, useCongressActions } from './api.ts';
import { CONGRESSES_BASE } from './CongressesPage.tsx';
import { DelegatesCard } from './DelegatesCard.tsx';
import { DocumentsCard } from './DocumentsCard.tsx';

interface ElectionValues {
  title: string;
  kind: ElectionKind;
  seats?: number;
  convened?: number;
  candidates?: string;
}

function CreateElectionModal({
  c,
  open,
  onClose,
}: {
  c: CongressDetail;
  open: boolean;
  onClose: () => void;
}) {
  const [form] = Form.useForm<ElectionValues>();
  const { createElection } = useCongressActions();
  const navigate = useNavigate();
  return (
    <FormModal<ElectionValues, { id: number }>
      open={open}
      onClose={onClose}
      form={form}
      title="Tạo cuộc bầu cử"
      okText="Tạo"
      successMessage="Đã tạo cuộc bầu cử."
      initialValues={{ kind: 'election' }}
      submit={(v) =>
        createElection.mutateAsync(
          checked(form, createElectionBody, {
            orgId: c.orgId,
            congressId: c.id,
            title: v.title ?? '',
            kind: v.kind,
            seats: v.seats,
            convened: v.convened,
            candidates: (v.candidates ?? '')
              .split('\n')
              .map((s) => s.trim())
              .filter(Boolean),
          }),
        )
      }
      onSuccess={(r) => void navigate(`${CONGRESSES_BASE}/bau-cu/${r.id}`)}
    >
      <Form.Item label="Loại" name="kind">
        <Radio.Group
          optionType="button"
          options={ELECTION_KINDS.map((k) => ({ value: k, label: ELECTION_KIND_LABELS[k] }))}
        />
      </Form.Item>
      <Form.Item label="Tên" name="title" rules={[{ required: true, message: 'Nhập tên' }]}>
        <Input maxLength={300} placeholder="Bầu Chi ủy nhiệm kỳ 2025-2030" data-testid="election-title" />
      </Form.Item>
      <Form.Item label="Số lượng cần bầu" name="seats" rules={[{ required: true, message: 'Nhập số lượng' }]}>
        <InputNumber min={1} style={{ width: '100%' }} data-testid="election-seats" />
      </Form.Item>
      <Form.Item
        label="Số người được triệu tập"
        name="convened"
        rules={[{ required: true, message: 'Nhập số người' }]}
      >
        <InputNumber min={1} style={{ width: '100%' }} data-testid="election-convened" />
      </Form.Item>
      <Form.Item
        label="Danh sách bầu cử (mỗi dòng một người)"
        name="candidates"
        rules={[{ required: true, message: 'Nhập danh sách' }]}
      >
        <Input.TextArea rows={5} data-testid="election-candidates" />
      </Form.Item>
    </FormModal>
  );
}

function Timetable({ c }: { c: CongressDetail }) {
  const { addMilestone, milestoneDone } = useCongressActions();
  const [title, setTitle] = useState('');
  const [due, setDue] = useState<Dayjs | null>(null);
  const [error, setError] = useState<string | null>(null);
  const add = () => {
    setError(null);
    const body = milestoneBody.safeParse({ title, dueOn: isoOf(due) ?? '' });
    if (!body.success) {
      setError('Nhập tên bước và thời hạn.');
      return;
    }
    addMilestone.mutate(
      { id: c.id, ...body.data },
      {
        onSuccess: () => {
          setTitle('');
          setDue(null);
        },
        onError: (e) => setError(errorText(e)),
      },
    );
  };
  return (
    <Card size="small" title="Lịch trình chuẩn bị" className="cg-card">
      <List
        dataSource={c.milestones}
        locale={{ emptyText: 'Chưa có bước nào.' }}
        renderItem={(m) => (
          <List.Item
            data-testid={`milestone-${m.id}`}
            actions={
              c.can.manage && !m.doneOn
                ? [
                    <Button
                      key="done"
                      size="small"
                      icon={<CheckOutlined />}
                      onClick={() => milestoneDone.mutate({ id: c.id, milestoneId: m.id, doneOn: todayVn() })}
                    >
                      Xong
                    </Button>,
                  ]
                : []
            }
          >
            <div>
              <div>{m.title}</div>
              <div className="cg-muted">
                Hạn {formatDateVi(m.dueOn)}{' '}
                {m.doneOn ? (
                  <Tag color="green">Xong {formatDateVi(m.doneOn)}</Tag>
                ) : m.overdue ? (
                  <Tag color="red">Quá hạn</Tag>
                ) : null}
              </div>
            </div>
          </List.Item>
        )}
      />
      {c.can.manage && (
        <div className="cg-row">
          <div style={{ flex: '1 1 220px' }} data-testid="milestone-title">
            <AutoComplete
              value={title}
              onChange={setTitle}
              options={MILESTONE_SUGGESTIONS.map((s) => ({ value: s }))}
              placeholder="Bước (ví dụ: Xây dựng đề án nhân sự)"
              style={{ width: '100%' }}
            />
          </div>
          <DatePicker
            value={due}
            onChange={setDue}
            format={DATE_FORMAT}
            placeholder="Thời hạn"
            data-testid="milestone-due"
          />
          <Button
            icon={<PlusOutlined />}
            onClick={add}
            loading={addMilestone.isPending}
            data-testid="milestone-add"
          >
            Thêm
          </Button>
        </div>
      )}
      {error && <Alert type="error" showIcon message={error} />}
    </Card>
  );
}

export function CongressPage() {
  const id = Number(useParams().id);
  const q = useCongress(id);
  const [creating, setCreating] = useState(false);
  if (q.error) return <Alert type="error" showIcon message={q.error.message} />;
  const c = q.data;
  if (!c) return null;
  return (
    <div>
      <Link to={CONGRESSES_BASE} className="cg-back">
        ← Đại hội, bầu cử
      </Link>
      <Typography.Title level={3}>{c.title}</Typography.Title>
      <div className="cg-muted">
        {c.orgName} · nhiệm kỳ {c.term} · ngày đại hội {formatDateVi(c.heldOn)}
      </div>
      <Timetable c={c} />
      <Card
        size="small"
        title="Bầu cử tại đại hội"
        className="cg-card"
        extra={
          c.can.manage && (
            <Button
              size="small"
              icon={<PlusOutlined />}
              onClick={() => setCreating(true)}
              data-testid="election-create"
            >
              Tạo cuộc bầu cử
            </Button>
          )
        }
      >
        <List
          dataSource={c.elections}
          locale={{ emptyText: 'Chưa có cuộc bầu cử nào.' }}
          renderItem={(e) => (
            <List.Item>
              <div>
                <Link to={`${CONGRESSES_BASE}/bau-cu/${e.id}`} data-testid={`election-link-${e.id}`}>
                  {e.title}
                </Link>
                <div className="cg-muted">
                  {ELECTION_KIND_LABELS[e.kind]} · cần bầu {e.seats} · {e.ballots} phiếu{' '}
                  <Tag>{ELECTION_STATUS_LABELS[e.status]}</Tag>
                </div>
              </div>
            </List.Item>
          )}
        />
      </Card>
      <DocumentsCard c={c} />
      <DelegatesCard c={c} />
      <CreateElectionModal c={c} open={creating} onClose={() => setCreating(false)} />
    </div>
  );
}
