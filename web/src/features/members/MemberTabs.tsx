// The tabs of a member's record: history of changes, transfers and residence, badges, ratings.
import {
  Alert,
  Button,
  Card,
  DatePicker,
  Empty,
  Form,
  Input,
  InputNumber,
  Space,
  Table,
  Tag,
  Timeline,
  Typography,
} from 'antd';
import type { Dayjs } from 'dayjs';
import { useState } from 'react';
import { Link } from 'react-router';
import { residenceBody, residenceCommentBody, selfReviewBody } from '../../../../domain/members/schemas.ts';
import { roleCan } from '../../../../domain/roles.ts';
import { DATE_FORMAT, formatDateTimeVi, formatDateVi } from '../../lib/format.ts';
import { useMe } from '../auth/session.tsx';
import { FormModal } from '../FormModal.tsx';
import { checked, errorText, isoOf } from '../forms.ts';
import { OrgSelect } from '../orgs/OrgSelect.tsx';
import { AttendanceYears } from './AttendanceYears.tsx';
import {
  type MemberDetail,
  type MemberTransfer,
  useAddResidence,
  useAddResidenceComment,
  useMemberHistory,
  useMemberMoves,
  useMemberRatings,
  useSaveSelfReview,
} from './api.ts';
import { FIELD_NAMES, HISTORY_ACTIONS } from './labels.ts';

function show(v: unknown): string {
  if (v === null || v === undefined || v === '') return '—';
  if (typeof v === 'string') return /^\d{4}-\d{2}-\d{2}$/.test(v) ? formatDateVi(v) : v;
  if (typeof v === 'boolean') return v ? 'có' : 'không';
  if (Array.isArray(v)) return `${v.length} mục`;
  if (typeof v === 'object') return '…';
  return String(v);
}

/** A change of one field ({ from, to } with a plain value), as opposed to the other facts an entry holds. */
function isChange(c: unknown): c is { from?: unknown; to: unknown } {
  return !!c && typeof c === 'object' && 'to' in c && typeof c.to !== 'object';
}

export function HistoryTab({ id }: { id: number }) {
  const q = useMemberHistory(id);
  if (q.isError) return <Alert type="error" showIcon title={errorText(q.error)} />;
  const items = q.data?.items ?? [];
  return (
    <Timeline
      data-testid="member-history"
      items={items.map((h) => ({
        children: (
          <div>
            <Typography.Text strong>{HISTORY_ACTIONS[h.action] ?? h.action}</Typography.Text>{' '}
            <Typography.Text type="secondary">
              {formatDateTimeVi(h.at)}
              {h.actorName ? ` — ${h.actorName}` : ''}
            </Typography.Text>
            {h.note && <div>{h.note}</div>}
            {Object.entries(h.changes)
              .filter((e): e is [string, { from?: unknown; to: unknown }] => isChange(e[1]))
              .map(([k, c]) => (
                <div key={k} className="member-change">
                  {FIELD_NAMES[k] ?? k}: {show(c.from)} → {show(c.to)}
                </div>
              ))}
          </div>
        ),
      }))}
    />
  );
}

const STATE: Record<MemberTransfer['state'], [string, string]> = {
  pending: ['Chờ tiếp nhận', 'gold'],
  done: ['Đã hoàn tất', 'green'],
  ended: ['Đã kết thúc', 'default'],
  cancelled: ['Đã hủy', 'default'],
};

export function transferColumns() {
  return [
    { title: 'Hình thức', dataIndex: 'kindLabel' },
    { title: 'Từ', dataIndex: 'fromName', render: (v: string | null) => v ?? '—' },
    { title: 'Đến', dataIndex: 'toName', render: (v: string | null) => v ?? '—' },
    { title: 'Giấy giới thiệu', dataIndex: 'paperNo' },
    { title: 'Ngày đi', dataIndex: 'outOn', render: (v: string | null) => (v ? formatDateVi(v) : '—') },
    { title: 'Ngày đến', dataIndex: 'inOn', render: (v: string | null) => (v ? formatDateVi(v) : '—') },
    {
      title: 'Tình trạng',
      dataIndex: 'state',
      render: (s: MemberTransfer['state']) => <Tag color={STATE[s][1]}>{STATE[s][0]}</Tag>,
    },
  ];
}

export function TransfersTab({ member }: { member: MemberDetail }) {
  const me = useMe();
  const staff = roleCan(me.user.role, 'member.manage');
  const [dialog, setDialog] = useState<'residence' | 'comment' | null>(null);
  const q = useMemberMoves(member.id);
  const d = q.data;
  return (
    <Space direction="vertical" style={{ width: '100%' }}>
      <Card size="small" title="Chuyển sinh hoạt đảng">
        <Table<MemberTransfer>
          size="small"
          rowKey="id"
          pagination={false}
          dataSource={d?.transfers ?? []}
          columns={transferColumns()}
          locale={{ emptyText: 'Chưa chuyển sinh hoạt lần nào' }}
        />
      </Card>
      <Card
        size="small"
        title="Sinh hoạt nơi cư trú"
        extra={
          staff && (
            <Space>
              <Button size="small" onClick={() => setDialog('residence')}>
                Đăng ký nơi cư trú
              </Button>
              <Button size="small" onClick={() => setDialog('comment')}>
                Ghi nhận xét hằng năm
              </Button>
            </Space>
          )
        }
      >
        <Table
          size="small"
          rowKey="id"
          pagination={false}
          dataSource={d?.residences ?? []}
          locale={{ emptyText: 'Chưa đăng ký' }}
          columns={[
            { title: 'Nơi cư trú', dataIndex: 'place' },
            {
              title: 'Chi bộ nơi cư trú',
              dataIndex: 'residenceOrgName',
              render: (v: string | null) => v ?? '—',
            },
            { title: 'Ngày đăng ký', dataIndex: 'registeredOn', render: formatDateVi },
            {
              title: 'Ngày thôi',
              dataIndex: 'endedOn',
              render: (v: string | null) => (v ? formatDateVi(v) : '—'),
            },
          ]}
        />
        {(d?.residenceComments ?? []).map((c) => (
          <div key={c.year} style={{ marginTop: 8 }}>
            <Typography.Text strong>Năm {c.year}</Typography.Text>{' '}
            <Typography.Text type="secondary">
              ({formatDateVi(c.commentedOn)}
              {c.by ? `, ${c.by}` : ''})
            </Typography.Text>
            <div>{c.comment}</div>
          </div>
        ))}
      </Card>
      {dialog === 'residence' && <ResidenceModal memberId={member.id} onClose={() => setDialog(null)} />}
      {dialog === 'comment' && <CommentModal memberId={member.id} onClose={() => setDialog(null)} />}
    </Space>
  );
}

function ResidenceModal({ memberId, onClose }: { memberId: number; onClose: () => void }) {
  const [form] = Form.useForm<{ place: string; residenceOrgId?: number; registeredOn?: Dayjs }>();
  const add = useAddResidence(memberId);
  return (
    <FormModal
      open
      onClose={onClose}
      form={form}
      title="Đăng ký sinh hoạt nơi cư trú"
      okText="Ghi nhận"
      successMessage="Đã ghi nhận đăng ký nơi cư trú."
      submit={(v) =>
        add.mutateAsync(
          checked(form, residenceBody, {
            place: v.place,
            residenceOrgId: v.residenceOrgId,
            registeredOn: isoOf(v.registeredOn),
          }),
        )
      }
    >
      <Form.Item label="Nơi cư trú" name="place" rules={[{ required: true, message: 'Nhập nơi cư trú' }]}>
        <Input maxLength={300} />
      </Form.Item>
      <Form.Item label="Chi bộ nơi cư trú (nếu có trong hệ thống)" name="residenceOrgId">
        <OrgSelect allowClear />
      </Form.Item>
      <Form.Item label="Ngày đăng ký" name="registeredOn" rules={[{ required: true, message: 'Chọn ngày' }]}>
        <DatePicker format={DATE_FORMAT} />
      </Form.Item>
    </FormModal>
  );
}

function CommentModal({ memberId, onClose }: { memberId: number; onClose: () => void }) {
  const [form] = Form.useForm<{ year: number; comment: string; commentedOn?: Dayjs; by?: string }>();
  const add = useAddResidenceComment(memberId);
  return (
    <FormModal
      open
      onClose={onClose}
      form={form}
      title="Nhận xét của chi ủy nơi cư trú"
      okText="Ghi nhận"
      successMessage="Đã ghi nhận nhận xét."
      initialValues={{ year: new Date().getFullYear() }}
      submit={(v) =>
        add.mutateAsync(
          checked(form, residenceCommentBody, {
            year: v.year,
            comment: v.comment,
            commentedOn: isoOf(v.commentedOn),
            by: v.by || undefined,
          }),
        )
      }
    >
      <Form.Item label="Năm" name="year" rules={[{ required: true }]}>
        <InputNumber min={1930} max={2200} />
      </Form.Item>
      <Form.Item label="Nhận xét" name="comment" rules={[{ required: true, message: 'Nhập nhận xét' }]}>
        <Input.TextArea rows={4} maxLength={4000} />
      </Form.Item>
      <Form.Item label="Ngày nhận xét" name="commentedOn" rules={[{ required: true, message: 'Chọn ngày' }]}>
        <DatePicker format={DATE_FORMAT} />
      </Form.Item>
      <Form.Item label="Người/tổ chức nhận xét" name="by">
        <Input maxLength={200} />
      </Form.Item>
    </FormModal>
  );
}

export function BadgesTab({ member }: { member: MemberDetail }) {
  if (member.badges.length === 0) return <Empty description="Chưa ghi nhận Huy hiệu Đảng nào" />;
  return (
    <Table
      size="small"
      rowKey="years"
      pagination={false}
      dataSource={member.badges}
      columns={[
        { title: 'Huy hiệu', dataIndex: 'years', render: (y: number) => `${y} năm tuổi Đảng` },
        { title: 'Ngày trao', dataIndex: 'awardedOn', render: formatDateVi },
        { title: 'Số quyết định', dataIndex: 'decisionNo', render: (v: string | null) => v ?? '—' },
      ]}
    />
  );
}

export function RatingsTab({ member }: { member: MemberDetail }) {
  const me = useMe();
  const own = member.userId === me.user.id;
  const [text, setText] = useState('');
  const [saving, setSaving] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const year = new Date().getFullYear();
  const q = useMemberRatings(member.id);
  const review = useSaveSelfReview(member.id);
  const items = q.data?.items ?? [];
  const saveReview = async () => {
    setSaving(true);
    setError(null);
    try {
      await review.mutateAsync(selfReviewBody.parse({ year, selfReview: text }));
      setText('');
    } catch (e) {
      setError(errorText(e));
    } finally {
      setSaving(false);
    }
  };
  return (
    <Space direction="vertical" style={{ width: '100%' }}>
      <Link to={`/dang-vien/${member.id}/kiem-diem`} data-testid="member-review-link-ratings">
        Bản kiểm điểm cá nhân (Mẫu 2A, 2B, 2C; năm hoặc quý) →
      </Link>
      <Table
        size="small"
        rowKey="year"
        pagination={false}
        dataSource={items}
        locale={{ emptyText: 'Chưa có xếp loại' }}
        columns={[
          { title: 'Năm', dataIndex: 'year' },
          { title: 'Điểm', dataIndex: 'total', render: (v: number | null) => v ?? '—' },
          { title: 'Theo điểm', dataIndex: 'categoryLabel', render: (v: string | null) => v ?? '—' },
          { title: 'Kết quả cuối cùng', dataIndex: 'finalLabel', render: (v: string | null) => v ?? '—' },
        ]}
        expandable={{
          rowExpandable: (r) => Boolean(r.selfReview),
          expandedRowRender: (r) => (
            <Typography.Paragraph style={{ whiteSpace: 'pre-wrap' }}>{r.selfReview}</Typography.Paragraph>
          ),
        }}
      />
      <AttendanceYears years={q.data?.attendance ?? []} />
      {own && (
        <Card size="small" title={`Bản tự kiểm điểm năm ${year}`}>
          {error && <Alert type="error" showIcon title={error} style={{ marginBottom: 8 }} />}
          <Input.TextArea
            rows={5}
            value={text}
            onChange={(e) => setText(e.target.value)}
            maxLength={20000}
            placeholder="Ưu điểm, khuyết điểm, hướng khắc phục…"
          />
          <Button
            type="primary"
            style={{ marginTop: 8 }}
            onClick={saveReview}
            loading={saving}
            disabled={!text.trim()}
          >
            Gửi bản tự kiểm điểm
          </Button>
        </Card>
      )}
    </Space>
  );
}
