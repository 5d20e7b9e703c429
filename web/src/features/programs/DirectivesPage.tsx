// Directive tracking: each directive (e.g. 34-CT/TU) with every task that came from it, counted by
// state; a row opens the list of its tasks.
import { Alert, Progress, Table, Typography } from 'antd';
import { useState } from 'react';
import { Link } from 'react-router';
import { formatDateVi } from '../../lib/format.ts';
import { OrgSelect } from '../orgs/OrgSelect.tsx';
import { type Directive, useDirectives } from './api.ts';

const danger = (n: number) => (n > 0 ? <Typography.Text type="danger">{n}</Typography.Text> : n);

export function DirectivesPage() {
  const [orgId, setOrgId] = useState<number | undefined>();
  const list = useDirectives(orgId);
  return (
    <div>
      <div className="page-header">
        <Typography.Title level={3}>Theo dõi theo văn bản chỉ đạo</Typography.Title>
      </div>
      <div className="filter-bar">
        <OrgSelect
          allowClear
          placeholder="Mọi đơn vị"
          value={orgId}
          onChange={(v) => setOrgId(typeof v === 'number' ? v : undefined)}
          style={{ width: 280 }}
          aria-label="Lọc theo đơn vị"
        />
      </div>
      {list.isError && <Alert type="error" showIcon title={list.error.message} />}
      <Table<Directive>
        rowKey="ref"
        size="middle"
        loading={list.isFetching}
        dataSource={list.data?.items ?? []}
        pagination={{ pageSize: 30, hideOnSinglePage: true }}
        locale={{ emptyText: 'Chưa có nhiệm vụ nào gắn với văn bản chỉ đạo' }}
        scroll={{ x: 'max-content' }}
        columns={[
          {
            title: 'Văn bản chỉ đạo',
            dataIndex: 'ref',
            render: (ref: string) => (
              <Link
                to={`/chuong-trinh/nhiem-vu?ref=${encodeURIComponent(ref)}${orgId ? `&orgId=${orgId}` : ''}`}
              >
                {ref}
              </Link>
            ),
          },
          { title: 'Số nhiệm vụ', dataIndex: 'total', align: 'right' },
          { title: 'Số đơn vị', dataIndex: 'units', align: 'right' },
          {
            title: 'Hoàn thành',
            key: 'done',
            width: 180,
            render: (_: unknown, d) => (
              <Progress
                percent={d.total ? Math.round((d.done * 100) / d.total) : 0}
                size="small"
                format={() => `${d.done}/${d.total}`}
              />
            ),
          },
          { title: 'Đúng hạn', dataIndex: 'doneOnTime', align: 'right' },
          { title: 'Quá hạn', dataIndex: 'overdue', align: 'right', render: danger },
          { title: 'Chậm báo cáo', dataIndex: 'stalled', align: 'right', render: danger },
          { title: 'Đùn đẩy', dataIndex: 'bounced', align: 'right', render: danger },
          {
            title: 'Thời hạn',
            key: 'due',
            render: (_: unknown, d) =>
              d.firstDueOn === d.lastDueOn
                ? formatDateVi(d.firstDueOn)
                : `${formatDateVi(d.firstDueOn)} – ${formatDateVi(d.lastDueOn)}`,
          },
        ]}
      />
    </div>
  );
}
