// The dashboard (tổng hợp): for a unit, its headline figures and, per unit directly below it (each
// counted over its whole subtree), completion, overdue, stalled and bounced tasks as charts, with the
// monthly trend. Every bar and every figure opens the matching list of tasks.
import { Bar, Line } from '@ant-design/plots';
import { Alert, Button, Card, Col, Empty, Row, Statistic, Table, Typography } from 'antd';
import { useMemo } from 'react';
import { Link, useNavigate, useSearchParams } from 'react-router';
import type { TaskStatusFilter } from '../../../../domain/programs/schemas.ts';
import { useMe } from '../auth/session.tsx';
import { OrgSelect } from '../orgs/OrgSelect.tsx';
import { type SummaryRow, useTaskSummary, useTaskTotals, useTaskTrend } from './api.ts';

/** Bars drawn per chart: the units with the most tasks (the table below lists them all). */
const TOP = 15;

const COMPLETION: { key: string; label: string; status: TaskStatusFilter; color: string }[] = [
  { key: 'onTime', label: 'Hoàn thành đúng hạn', status: 'done_on_time', color: '#52c41a' },
  { key: 'late', label: 'Hoàn thành quá hạn', status: 'done_late', color: '#faad14' },
  { key: 'open', label: 'Đang thực hiện trong hạn', status: 'open', color: '#1677ff' },
  { key: 'overdue', label: 'Quá hạn', status: 'overdue', color: '#f5222d' },
];

const PROBLEMS: { key: keyof SummaryRow; label: string; status: TaskStatusFilter; color: string }[] = [
  { key: 'overdue', label: 'Quá hạn', status: 'overdue', color: '#f5222d' },
  { key: 'stalled', label: 'Chậm báo cáo', status: 'stalled', color: '#fa8c16' },
  { key: 'bounced', label: 'Đùn đẩy', status: 'bounced', color: '#c41d7f' },
];

/** Counts have whole-number ticks only. */
const integerTicks = (d: unknown) => Number.isInteger(Number(d));

function shortName(name: string): string {
  return name.replace(/^Đảng ủy |^Đảng bộ /, '');
}

interface Datum {
  unit: string;
  orgId: number;
  kind: string;
  status: TaskStatusFilter;
  value: number;
}

export function DashboardPage() {
  const me = useMe();
  const navigate = useNavigate();
  const [params, setParams] = useSearchParams();
  const orgId = params.get('orgId') ? Number(params.get('orgId')) : me.user.orgId;
  const setOrg = (id: number | undefined) => setParams(id ? { orgId: String(id) } : {}, { replace: true });
  const summary = useTaskSummary(orgId);
  const totals = useTaskTotals(orgId);
  const trend = useTaskTrend(orgId, 12);
  const list = (unit: number, status?: TaskStatusFilter) =>
    `/chuong-trinh/nhiem-vu?orgId=${unit}${status ? `&status=${status}` : ''}`;
  const rows = summary.data ?? [];
  const top = useMemo(
    () =>
      [...rows]
        .sort((a, b) => b.total - a.total)
        .slice(0, TOP)
        .filter((r) => r.total > 0),
    [rows],
  );

  const completion: Datum[] = top.flatMap((r) => {
    const values: Record<string, number> = {
      onTime: r.doneOnTime,
      late: r.done - r.doneOnTime,
      open: r.total - r.done - r.overdue,
      overdue: r.overdue,
    };
    return COMPLETION.map((c) => ({
      unit: shortName(r.name),
      orgId: r.orgId,
      kind: c.label,
      status: c.status,
      value: values[c.key] ?? 0,
    }));
  });
  const problems: Datum[] = top.flatMap((r) =>
    PROBLEMS.map((p) => ({
      unit: shortName(r.name),
      orgId: r.orgId,
      kind: p.label,
      status: p.status,
      value: Number(r[p.key]),
    })),
  );
  const trendData = (trend.data?.months ?? []).flatMap((m) => {
    const label = `${m.month.slice(5)}/${m.month.slice(0, 4)}`;
    return [
      { month: label, kind: 'Hoàn thành đúng hạn', value: m.doneOnTime },
      { month: label, kind: 'Hoàn thành quá hạn', value: m.doneLate },
      { month: label, kind: 'Quá hạn chưa hoàn thành', value: m.overdue },
    ];
  });
  // A click on a bar opens the list of that unit's tasks in that state.
  const onBar = (_chart: unknown, event: { type?: string; data?: { data?: Datum } }) => {
    const d = event.data?.data;
    if (event.type === 'element:click' && d?.orgId) void navigate(list(d.orgId, d.status));
  };
  const t = totals.data;
  // Horizontal bars: unit names stay readable; the height follows the number of units.
  const barHeight = Math.max(220, top.length * 34 + 90);

  return (
    <div>
      <div className="page-header">
        <Typography.Title level={3}>Tổng hợp thực hiện nhiệm vụ</Typography.Title>
        <OrgSelect
          value={orgId}
          onChange={(v) => setOrg(typeof v === 'number' ? v : undefined)}
          style={{ width: 320 }}
          aria-label="Đơn vị"
        />
      </div>
      {(summary.isError || totals.isError) && (
        <Alert
          type="error"
          showIcon
          title={(summary.error ?? totals.error)?.message}
          style={{ marginBottom: 12 }}
        />
      )}
      {t && (
        <Row gutter={[12, 12]} className="pg-kpis" data-testid="kpis">
          {[
            { label: 'Tổng số nhiệm vụ', value: t.total, to: list(orgId) },
            {
              label: 'Hoàn thành',
              value: t.done,
              to: list(orgId, 'done'),
              suffix: t.total ? `(${Math.round((t.done * 100) / t.total)}%)` : '',
            },
            { label: 'Hoàn thành đúng hạn', value: t.doneOnTime, to: list(orgId, 'done_on_time') },
            { label: 'Quá hạn', value: t.overdue, to: list(orgId, 'overdue'), danger: true },
            { label: 'Chậm báo cáo', value: t.stalled, to: list(orgId, 'stalled'), danger: true },
            { label: 'Đùn đẩy', value: t.bounced, to: list(orgId, 'bounced'), danger: true },
          ].map((k) => (
            <Col key={k.label} xs={12} md={8} xl={4}>
              <Link to={k.to}>
                <Card size="small" hoverable>
                  <Statistic
                    title={k.label}
                    value={k.value}
                    suffix={k.suffix}
                    styles={{ content: k.danger && k.value > 0 ? { color: '#cf1322' } : {} }}
                  />
                </Card>
              </Link>
            </Col>
          ))}
        </Row>
      )}
      <Row gutter={[16, 16]} style={{ marginTop: 16 }}>
        <Col xs={24} xl={12}>
          <Card size="small" title="Tiến độ hoàn thành theo đơn vị">
            {completion.length ? (
              <Bar
                data={completion}
                xField="unit"
                yField="value"
                colorField="kind"
                stack
                height={barHeight}
                scale={{
                  color: { domain: COMPLETION.map((c) => c.label), range: COMPLETION.map((c) => c.color) },
                }}
                axis={{ x: { title: false }, y: { title: 'Số nhiệm vụ', tickFilter: integerTicks } }}
                legend={{ color: { position: 'bottom' } }}
                onEvent={onBar}
              />
            ) : (
              <Empty description="Chưa có nhiệm vụ ở các đơn vị trực thuộc" />
            )}
          </Card>
        </Col>
        <Col xs={24} xl={12}>
          <Card size="small" title="Quá hạn, chậm báo cáo, đùn đẩy theo đơn vị">
            {problems.some((p) => p.value > 0) ? (
              <Bar
                data={problems}
                xField="unit"
                yField="value"
                colorField="kind"
                group
                height={barHeight * 1.4}
                scale={{
                  color: { domain: PROBLEMS.map((c) => c.label), range: PROBLEMS.map((c) => c.color) },
                }}
                axis={{ x: { title: false }, y: { title: 'Số nhiệm vụ', tickFilter: integerTicks } }}
                legend={{ color: { position: 'bottom' } }}
                onEvent={onBar}
              />
            ) : (
              <Empty description="Không có nhiệm vụ quá hạn, chậm báo cáo hay bị đùn đẩy" />
            )}
          </Card>
        </Col>
        <Col xs={24}>
          <Card size="small" title="Xu hướng theo tháng (theo thời hạn nhiệm vụ)">
            <Line
              data={trendData}
              xField="month"
              yField="value"
              colorField="kind"
              height={260}
              point
              scale={{ color: { range: ['#52c41a', '#faad14', '#f5222d'] } }}
              axis={{ x: { title: false }, y: { title: 'Số nhiệm vụ', tickFilter: integerTicks } }}
              legend={{ color: { position: 'bottom' } }}
            />
          </Card>
        </Col>
      </Row>
      <Card size="small" title="Các đơn vị trực thuộc (số liệu gồm cả cấp dưới)" style={{ marginTop: 16 }}>
        <Table<SummaryRow>
          rowKey="orgId"
          size="small"
          loading={summary.isFetching}
          dataSource={rows}
          pagination={{ pageSize: 30, hideOnSinglePage: true }}
          data-testid="summary-table"
          scroll={{ x: 'max-content' }}
          columns={[
            {
              title: 'Đơn vị',
              dataIndex: 'name',
              render: (name: string, r) => (
                <Button
                  type="link"
                  size="small"
                  onClick={() => setOrg(r.orgId)}
                  title="Xem các đơn vị trực thuộc"
                >
                  {name}
                </Button>
              ),
            },
            {
              title: 'Tổng số',
              dataIndex: 'total',
              align: 'right',
              render: (n: number, r) => <Link to={list(r.orgId)}>{n}</Link>,
            },
            { title: 'Hoàn thành', dataIndex: 'done', align: 'right' },
            { title: 'Đúng hạn', dataIndex: 'doneOnTime', align: 'right' },
            {
              title: 'Tỷ lệ hoàn thành',
              key: 'rate',
              align: 'right',
              render: (_: unknown, r) => (r.total ? `${Math.round((r.done * 100) / r.total)}%` : '—'),
            },
            ...PROBLEMS.map((p) => ({
              title: p.label,
              dataIndex: p.key,
              align: 'right' as const,
              render: (n: number, r: SummaryRow) =>
                n > 0 ? (
                  <Link to={list(r.orgId, p.status)} className="pg-danger">
                    {n}
                  </Link>
                ) : (
                  0
                ),
            })),
          ]}
        />
      </Card>
    </div>
  );
}
