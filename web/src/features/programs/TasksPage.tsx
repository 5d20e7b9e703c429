// Task lists: mine, my unit's (a leader sees the whole unit), all I can see; filtered by unit,
// state (overdue, stalled, bounced …) or directive. The filters live in the address, so the
// dashboard's bars and the directive table link straight here.
import { PlusOutlined, SearchOutlined } from '@ant-design/icons';
import { Alert, Button, Input, Progress, Segmented, Select, Space, Table, Tag, Typography } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { useState } from 'react';
import { Link, useSearchParams } from 'react-router';
import { TASK_STATUS_FILTERS, type TaskStatusFilter } from '../../../../domain/programs/schemas.ts';
import { roleCan } from '../../../../domain/roles.ts';
import { TASK_STATE_COLORS, TASK_STATE_SHORT } from '../../../../domain/tasks.ts';
import { formatDateVi } from '../../lib/format.ts';
import { useMe } from '../auth/session.tsx';
import { OrgSelect } from '../orgs/OrgSelect.tsx';
import { useDebounced } from '../useDebounced.ts';
import { type Task, type TaskFilters, useTasks } from './api.ts';
import { CreateTaskModal } from './TaskFormModal.tsx';

export const STATUS_LABELS: Record<TaskStatusFilter, string> = {
  open: 'Chưa hoàn thành',
  done: 'Đã hoàn thành',
  done_on_time: 'Hoàn thành đúng hạn',
  done_late: 'Hoàn thành quá hạn',
  overdue: 'Quá hạn',
  stalled: 'Chậm báo cáo',
  bounced: 'Bị đùn đẩy (chuyển nhiều lần)',
  extended: 'Đã gia hạn',
};

type View = TaskFilters['view'];

/** The flags that matter at a glance: state, stalled, bounced, extensions. */
export function TaskTags({ task, short }: { task: Task; short?: boolean }) {
  return (
    <Space size={[4, 4]} wrap>
      <Tag color={TASK_STATE_COLORS[task.state]} title={task.stateLabel}>
        {short ? TASK_STATE_SHORT[task.state] : task.stateLabel}
      </Tag>
      {task.stalled && <Tag color="orange">Chậm báo cáo</Tag>}
      {task.bounced && <Tag color="magenta">Đùn đẩy ({task.transferCount} lần chuyển)</Tag>}
      {task.extensionCount > 0 && <Tag color="purple">Gia hạn {task.extensionCount} lần</Tag>}
    </Space>
  );
}

export const taskColumns: ColumnsType<Task> = [
  {
    title: 'Nhiệm vụ',
    dataIndex: 'title',
    width: 320,
    render: (title: string, t) => (
      <div>
        <Link to={`/chuong-trinh/nhiem-vu/${t.id}`}>{title}</Link>
        {t.source.ref && <div className="pg-muted">Theo {t.source.ref}</div>}
      </div>
    ),
  },
  { title: 'Đơn vị chủ trì', dataIndex: 'orgName', width: 180 },
  { title: 'Người thực hiện', dataIndex: 'assigneeName', width: 150, render: (n: string | null) => n ?? '—' },
  { title: 'Thời hạn', dataIndex: 'dueOn', width: 110, render: (d: string) => formatDateVi(d) },
  {
    title: 'Tiến độ',
    dataIndex: 'progress',
    width: 140,
    render: (p: number, t) => (
      <Progress percent={p} size="small" status={t.overdue ? 'exception' : undefined} />
    ),
  },
  { title: 'Tình trạng', key: 'state', width: 200, render: (_: unknown, t) => <TaskTags task={t} short /> },
];

export function TasksPage() {
  const me = useMe();
  const [params, setParams] = useSearchParams();
  const [creating, setCreating] = useState(false);
  const view =
    (params.get('view') as View | null) ?? (params.get('orgId') || params.get('ref') ? 'all' : 'unit');
  const orgId = params.get('orgId') ? Number(params.get('orgId')) : undefined;
  const status = (params.get('status') as TaskStatusFilter | null) ?? undefined;
  const ref = params.get('ref') ?? undefined;
  // A due-date range comes only from a link (the home's «đến hạn trong tuần»), shown as a tag.
  const dueFrom = params.get('dueFrom') ?? undefined;
  const dueTo = params.get('dueTo') ?? undefined;
  const [q, setQ] = useState('');
  const search = useDebounced(q.trim());
  const set = (k: string, v: string | number | undefined) => {
    const next = new URLSearchParams(params);
    if (v === undefined || v === '') next.delete(k);
    else next.set(k, String(v));
    setParams(next, { replace: true });
  };
  const list = useTasks({ view, orgId, status, ref, dueFrom, dueTo, q: search });
  const items = list.data?.pages.flatMap((p) => p.items) ?? [];

  return (
    <div>
      <div className="page-header">
        <Typography.Title level={3}>Nhiệm vụ</Typography.Title>
        {roleCan(me.user.role, 'task.manage') && (
          <Button
            type="primary"
            icon={<PlusOutlined />}
            onClick={() => setCreating(true)}
            data-testid="task-create"
          >
            Giao nhiệm vụ
          </Button>
        )}
      </div>
      <div className="filter-bar">
        <Segmented<View>
          value={view}
          onChange={(v) => set('view', v)}
          options={[
            { value: 'mine', label: 'Của tôi' },
            { value: 'unit', label: 'Của đơn vị' },
            { value: 'all', label: 'Tất cả' },
          ]}
        />
        <Input
          allowClear
          prefix={<SearchOutlined />}
          placeholder="Tìm theo tên nhiệm vụ"
          value={q}
          onChange={(e) => setQ(e.target.value)}
          style={{ width: 240 }}
          aria-label="Tìm nhiệm vụ"
        />
        <OrgSelect
          allowClear
          placeholder="Mọi đơn vị"
          value={orgId}
          onChange={(v) => set('orgId', typeof v === 'number' ? v : undefined)}
          style={{ width: 240 }}
          aria-label="Lọc theo đơn vị (cả cấp dưới)"
        />
        <Select<TaskStatusFilter>
          allowClear
          placeholder="Mọi tình trạng"
          value={status}
          onChange={(v) => set('status', v)}
          options={TASK_STATUS_FILTERS.map((s) => ({ value: s, label: STATUS_LABELS[s] }))}
          style={{ width: 220 }}
          aria-label="Lọc theo tình trạng"
        />
        <Input
          allowClear
          placeholder="Văn bản chỉ đạo, ví dụ 34-CT/TU"
          defaultValue={ref}
          onPressEnter={(e) => set('ref', (e.target as HTMLInputElement).value.trim())}
          onBlur={(e) => set('ref', e.target.value.trim())}
          style={{ width: 220 }}
          aria-label="Lọc theo văn bản chỉ đạo"
        />
        {(dueFrom || dueTo) && (
          <Tag
            closable
            onClose={() => {
              const next = new URLSearchParams(params);
              next.delete('dueFrom');
              next.delete('dueTo');
              setParams(next, { replace: true });
            }}
          >
            Hạn {dueFrom ? `từ ${formatDateVi(dueFrom)} ` : ''}
            {dueTo ? `đến ${formatDateVi(dueTo)}` : ''}
          </Tag>
        )}
      </div>
      {list.isError && (
        <Alert type="error" showIcon title={list.error.message} style={{ marginBottom: 12 }} />
      )}
      <Table<Task>
        rowKey="id"
        size="middle"
        columns={taskColumns}
        dataSource={items}
        loading={list.isFetching}
        pagination={false}
        scroll={{ x: 1150 }}
        rowClassName={(t) => (t.overdue ? 'pg-row-overdue' : '')}
        locale={{ emptyText: 'Không có nhiệm vụ nào phù hợp' }}
        data-testid="task-table"
      />
      {list.hasNextPage && (
        <div className="load-more">
          <Button onClick={() => void list.fetchNextPage()} loading={list.isFetchingNextPage}>
            Xem thêm
          </Button>
        </div>
      )}
      <CreateTaskModal open={creating} onClose={() => setCreating(false)} defaults={{ orgId, ref }} />
    </div>
  );
}
