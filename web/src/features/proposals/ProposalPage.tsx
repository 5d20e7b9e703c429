// A scheme's page: its stage, the deadline to submit and days late; tabs for the stages with their
// deadlines and the moves, the task force, the versions with the diff, the consultation rounds, the
// comments with their dispositions (and the table of comments in Word), and the measures → tasks.
// The buttons shown are those the server's `can` flags allow.
import { ArrowLeftOutlined, SwapRightOutlined } from '@ant-design/icons';
import { Alert, App, Button, DatePicker, Descriptions, Spin, Table, Tabs, Tag, Typography } from 'antd';
import { useState } from 'react';
import { Link, useParams } from 'react-router';
import { DATE_FORMAT, formatDateTimeVi, formatDateVi } from '../../lib/format.ts';
import { dayOf, errorText, isoOf } from '../forms.ts';
import { type ProposalDetail, useProposal, useProposalActions } from './api.ts';
import { CommentsPanel } from './CommentsPanel.tsx';
import { MeasuresPanel } from './MeasuresPanel.tsx';
import { LateTag, PROPOSALS_BASE } from './PortfolioPage.tsx';
import { MoveStageModal } from './ProposalFormModal.tsx';
import { RoundsPanel } from './RoundsPanel.tsx';
import { TeamPanel } from './TeamPanel.tsx';
import { VersionsPanel } from './VersionsPanel.tsx';

const STATE_TAG: Record<string, { color: string; label: string }> = {
  done: { color: 'green', label: 'Đã xong' },
  current: { color: 'blue', label: 'Đang thực hiện' },
  pending: { color: 'default', label: 'Chưa đến' },
  skipped: { color: 'default', label: 'Không qua' },
};

type Line = ProposalDetail['stages'][number];

function StagesPanel({ p }: { p: ProposalDetail }) {
  const { message } = App.useApp();
  const { plan } = useProposalActions(p.id);
  const setDue = (stage: Line['stage'], d: string | undefined) =>
    plan.mutate(
      { plan: [{ stage, dueOn: d ?? null }] },
      {
        onSuccess: () => void message.success('Đã cập nhật thời hạn.'),
        onError: (e) => void message.error(errorText(e)),
      },
    );
  return (
    <>
      <Table<Line>
        rowKey="stage"
        size="small"
        pagination={false}
        scroll={{ x: 640 }}
        dataSource={p.stages}
        rowClassName={(l) => (l.state === 'current' ? 'pp-current' : '')}
        columns={[
          { title: 'Bước', dataIndex: 'label', width: 220 },
          {
            title: 'Thời hạn',
            dataIndex: 'dueOn',
            width: 160,
            render: (d: string | null, l) =>
              p.can.manage ? (
                <DatePicker
                  size="small"
                  format={DATE_FORMAT}
                  value={dayOf(d) ?? null}
                  onChange={(v) => setDue(l.stage, isoOf(v))}
                  aria-label={`Thời hạn bước ${l.label}`}
                />
              ) : d ? (
                formatDateVi(d)
              ) : (
                '—'
              ),
          },
          {
            title: 'Trạng thái',
            dataIndex: 'state',
            width: 200,
            render: (s: string, l) => (
              <>
                <Tag color={STATE_TAG[s]?.color}>{STATE_TAG[s]?.label}</Tag>
                {l.daysLate > 0 && <Tag color="red">Chậm {l.daysLate} ngày</Tag>}
              </>
            ),
          },
          {
            title: 'Bắt đầu – kết thúc',
            key: 'dates',
            render: (_: unknown, l) =>
              l.enteredOn
                ? `${formatDateVi(l.enteredOn)}${l.leftOn ? ` – ${formatDateVi(l.leftOn)}` : ''}`
                : '',
          },
        ]}
      />
      <Typography.Title level={5} style={{ marginTop: 16 }}>
        Diễn biến
      </Typography.Title>
      <ul className="pp-events">
        {[...p.events].reverse().map((e) => (
          <li key={e.id}>
            <span className="pp-muted">{e.at ? formatDateTimeVi(e.at) : ''}</span> — <b>{e.toLabel}</b>
            {e.actorName ? ` (${e.actorName})` : ''}
            {e.note ? `: ${e.note}` : ''}
          </li>
        ))}
      </ul>
    </>
  );
}

export function ProposalPage() {
  const id = Number(useParams().id);
  const q = useProposal(id);
  const [moving, setMoving] = useState(false);
  if (q.isLoading) return <Spin />;
  if (q.isError || !q.data) {
    return <Alert type="error" showIcon title={q.error?.message ?? 'Không tìm thấy đề án.'} />;
  }
  const p = q.data;
  const canMove = p.can.manage || p.can.conclude;
  return (
    <div data-testid="proposal-page">
      <Link to={PROPOSALS_BASE} className="pp-back">
        <ArrowLeftOutlined /> Danh mục đề án
      </Link>
      <div className="page-header">
        <Typography.Title level={3} style={{ marginBottom: 0 }}>
          {p.title}
        </Typography.Title>
        {canMove && (
          <Button icon={<SwapRightOutlined />} onClick={() => setMoving(true)} data-testid="proposal-move">
            Chuyển bước
          </Button>
        )}
      </div>
      <Descriptions size="small" column={{ xs: 1, sm: 2, lg: 3 }} className="pp-desc">
        <Descriptions.Item label="Loại">{p.kindLabel}</Descriptions.Item>
        <Descriptions.Item label="Đơn vị chủ trì">{p.orgName}</Descriptions.Item>
        <Descriptions.Item label="Bước hiện tại">
          <Tag color="blue" data-testid="proposal-stage">
            {p.stageLabel}
          </Tag>
        </Descriptions.Item>
        <Descriptions.Item label="Hạn trình">{formatDateVi(p.dueOn)}</Descriptions.Item>
        <Descriptions.Item label="Tiến độ">
          <LateTag days={p.daysLate} />
        </Descriptions.Item>
        <Descriptions.Item label="Góp ý">
          {p.comments.total} ý kiến, {p.comments.open} chưa xử lý
        </Descriptions.Item>
        {p.conclusionRef && (
          <Descriptions.Item label="Kết luận">
            {p.conclusionRef}
            {p.conclusionOn ? ` ngày ${formatDateVi(p.conclusionOn)}` : ''}
          </Descriptions.Item>
        )}
        {p.issuedRef && (
          <Descriptions.Item label="Ban hành">
            {p.issuedRef}
            {p.issuedOn ? ` ngày ${formatDateVi(p.issuedOn)}` : ''}
          </Descriptions.Item>
        )}
      </Descriptions>
      {p.summary && <Typography.Paragraph className="pp-summary">{p.summary}</Typography.Paragraph>}
      <Tabs
        defaultActiveKey={p.can.manage ? 'stages' : 'comments'}
        items={[
          { key: 'stages', label: 'Các bước, thời hạn', children: <StagesPanel p={p} /> },
          { key: 'team', label: `Tổ biên tập (${p.team.length})`, children: <TeamPanel p={p} /> },
          { key: 'versions', label: `Dự thảo (${p.versions.length})`, children: <VersionsPanel p={p} /> },
          { key: 'rounds', label: `Lấy ý kiến (${p.rounds.length})`, children: <RoundsPanel p={p} /> },
          { key: 'comments', label: `Góp ý (${p.comments.total})`, children: <CommentsPanel p={p} /> },
          { key: 'measures', label: `Giải pháp (${p.measures.length})`, children: <MeasuresPanel p={p} /> },
        ]}
      />
      {canMove && <MoveStageModal p={p} open={moving} onClose={() => setMoving(false)} />}
    </div>
  );
}
