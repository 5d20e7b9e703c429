// The portfolio of schemes and thematic reports (like Tổ 12386's 54): each scheme's stage, lead
// unit, days late and open comments; a chart of the count at each stage. A table on a desktop, cards
// on a phone. Staff who may manage schemes assign a new one here.

import { PlusOutlined, SearchOutlined } from '@ant-design/icons';
import { Column } from '@ant-design/plots';
import { Alert, Button, Card, Checkbox, Grid, Input, Select, Statistic, Table, Tag, Typography } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { useState } from 'react';
import { Link } from 'react-router';
import { STAGE_LABELS, STAGE_SHORT, STAGES, type Stage } from '../../../../domain/proposals/labels.ts';
import { roleCan } from '../../../../domain/roles.ts';
import { formatDateVi } from '../../lib/format.ts';
import { useMe } from '../auth/session.tsx';
import { OrgSelect } from '../orgs/OrgSelect.tsx';
import { useDebounced } from '../useDebounced.ts';
import { type ProposalLine, usePortfolio } from './api.ts';
import { CreateProposalModal } from './ProposalFormModal.tsx';

export const PROPOSALS_BASE = '/de-an';

export function LateTag({ days }: { days: number }) {
  return days > 0 ? <Tag color="red">Chậm {days} ngày</Tag> : <Tag color="green">Đúng hạn</Tag>;
}

function ProposalCard({ p }: { p: ProposalLine }) {
  return (
    <Card size="small" className="pp-card" data-testid={`proposal-card-${p.id}`}>
      <Link to={`${PROPOSALS_BASE}/${p.id}`} className="pp-card-title">
        {p.title}
      </Link>
      <div className="pp-muted">
        {p.kindLabel} · {p.orgName}
      </div>
      <div className="pp-tags">
        <Tag color="blue">{STAGE_SHORT[p.stage]}</Tag>
        <LateTag days={p.daysLate} />
        {p.openComments > 0 && <Tag color="orange">{p.openComments} ý kiến chưa xử lý</Tag>}
      </div>
      <div className="pp-muted">Hạn trình: {formatDateVi(p.dueOn)}</div>
    </Card>
  );
}

export function PortfolioPage() {
  const me = useMe();
  const canManage = roleCan(me.user.role, 'proposal.manage');
  const screens = Grid.useBreakpoint();
  const phone = !(screens.md ?? window.matchMedia('(min-width: 768px)').matches);
  const [q, setQ] = useState('');
  const [orgId, setOrgId] = useState<number | undefined>();
  const [stage, setStage] = useState<Stage | undefined>();
  const [lateOnly, setLateOnly] = useState(false);
  const [creating, setCreating] = useState(false);
  const query = useDebounced(q.trim());
  const list = usePortfolio({ q: query, orgId, stage, lateOnly });
  const data = list.data;

  const columns: ColumnsType<ProposalLine> = [
    {
      title: 'Đề án, báo cáo',
      dataIndex: 'title',
      width: 340,
      render: (title: string, p) => (
        <div>
          <Link to={`${PROPOSALS_BASE}/${p.id}`} data-testid={`proposal-link-${p.id}`}>
            {title}
          </Link>
          <div className="pp-muted">{p.kindLabel}</div>
        </div>
      ),
    },
    { title: 'Đơn vị chủ trì', dataIndex: 'orgName', width: 200 },
    {
      title: 'Bước',
      dataIndex: 'stage',
      width: 170,
      render: (s: Stage, p) => (
        <div>
          <Tag color="blue">{STAGE_LABELS[s]}</Tag>
          {p.stageDueOn && <div className="pp-muted">Hạn bước: {formatDateVi(p.stageDueOn)}</div>}
        </div>
      ),
    },
    { title: 'Hạn trình', dataIndex: 'dueOn', width: 110, render: (d: string) => formatDateVi(d) },
    { title: 'Tiến độ', dataIndex: 'daysLate', width: 120, render: (d: number) => <LateTag days={d} /> },
    {
      title: 'Góp ý chưa xử lý',
      dataIndex: 'openComments',
      width: 120,
      align: 'right',
      render: (n: number, p) => `${n}/${p.comments}`,
    },
  ];

  const chart = (data?.byStage ?? []).map((b) => ({ stage: STAGE_SHORT[b.stage], count: b.count }));

  return (
    <div>
      <div className="page-header">
        <Typography.Title level={3}>Đề án, báo cáo chuyên đề</Typography.Title>
        {canManage && (
          <Button
            type="primary"
            icon={<PlusOutlined />}
            onClick={() => setCreating(true)}
            data-testid="proposal-create"
          >
            Giao xây dựng đề án
          </Button>
        )}
      </div>
      {data && (
        <div className="pp-stats">
          <Statistic title="Tổng số" value={data.total} />
          <Statistic
            title="Chậm tiến độ"
            value={data.late}
            valueStyle={data.late ? { color: '#cf1322' } : undefined}
          />
          <Statistic title="Ý kiến chưa xử lý" value={data.openComments} />
        </div>
      )}
      {data && data.total > 0 && (
        <Card size="small" title="Số đề án theo bước" className="pp-chart" data-testid="proposal-chart">
          <Column
            data={chart}
            xField="stage"
            yField="count"
            height={phone ? 200 : 240}
            axis={{ y: { tickCount: 4 } }}
          />
        </Card>
      )}
      <div className="filter-bar">
        <Input
          allowClear
          prefix={<SearchOutlined />}
          placeholder="Tìm theo tên đề án"
          value={q}
          onChange={(e) => setQ(e.target.value)}
          aria-label="Tìm đề án"
          style={{ width: 240 }}
        />
        <OrgSelect
          allowClear
          placeholder="Mọi đơn vị"
          value={orgId}
          onChange={(v) => setOrgId(typeof v === 'number' ? v : undefined)}
          style={{ width: 240 }}
          aria-label="Lọc theo đơn vị chủ trì"
        />
        <Select<Stage>
          allowClear
          placeholder="Mọi bước"
          value={stage}
          onChange={(v) => setStage(v)}
          options={STAGES.map((s) => ({ value: s, label: STAGE_LABELS[s] }))}
          style={{ width: 220 }}
          aria-label="Lọc theo bước"
        />
        <Checkbox checked={lateOnly} onChange={(e) => setLateOnly(e.target.checked)}>
          Chỉ đề án chậm
        </Checkbox>
      </div>
      {list.isError && (
        <Alert type="error" showIcon title={list.error.message} style={{ marginBottom: 12 }} />
      )}
      {data?.truncated && (
        <Alert
          type="warning"
          showIcon
          title="Chỉ hiện 1.000 đề án đầu tiên: hãy lọc thêm."
          style={{ marginBottom: 12 }}
        />
      )}
      {phone ? (
        <div className="pp-cards">
          {(data?.items ?? []).map((p) => (
            <ProposalCard key={p.id} p={p} />
          ))}
          {data && data.items.length === 0 && <div className="pp-muted">Chưa có đề án nào</div>}
        </div>
      ) : (
        <Table<ProposalLine>
          rowKey="id"
          size="middle"
          columns={columns}
          dataSource={data?.items ?? []}
          loading={list.isFetching}
          scroll={{ x: 1060 }}
          pagination={{ pageSize: 20, hideOnSinglePage: true, showTotal: (n) => `${n} đề án, báo cáo` }}
          locale={{ emptyText: 'Chưa có đề án nào' }}
        />
      )}
      {canManage && <CreateProposalModal open={creating} onClose={() => setCreating(false)} />}
    </div>
  );
}
