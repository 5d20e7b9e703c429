// «Nhật ký»: the hash-chained audit log of the admin's scope, newest first, loaded page by page.
import { Alert, Button, Descriptions, Result, Table, Tooltip, Typography } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { useMemo, useState } from 'react';
import { roleCan } from '../../../../domain/roles.ts';
import { formatDateTimeVi } from '../../lib/format.ts';
import { useMe } from '../auth/session.tsx';
import { isoOf } from '../forms.ts';
import { useOrgTree } from '../orgs/api.ts';
import { indexTree } from '../orgs/tree.ts';
import { AuditFilters, type AuditFilterValues, NO_FILTERS } from './AuditFilters.tsx';
import { actionLabel, entityText } from './actions.ts';
import { type AuditEntry, useAllUsers, useAuditLog } from './api.ts';
import { VerifyButton, VerifyResult, type VerifyState } from './VerifyAudit.tsx';

function Json({ value }: { value: unknown }) {
  if (value === null || value === undefined)
    return <Typography.Text type="secondary">(không có)</Typography.Text>;
  return <pre className="audit-json">{JSON.stringify(value, null, 2)}</pre>;
}

function AuditRowDetail({ item }: { item: AuditEntry }) {
  return (
    <div className="audit-detail">
      <div className="audit-before-after">
        <div>
          <Typography.Text strong className="audit-label">
            Trước
          </Typography.Text>
          <Json value={item.before} />
        </div>
        <div>
          <Typography.Text strong className="audit-label">
            Sau
          </Typography.Text>
          <Json value={item.after} />
        </div>
      </div>
      <Descriptions
        size="small"
        column={1}
        items={[
          { key: 'id', label: 'Số dòng', children: item.id },
          {
            key: 'action',
            label: 'Mã hành động',
            children: <Typography.Text code>{item.action}</Typography.Text>,
          },
          {
            key: 'hash',
            label: 'Mã băm',
            children: (
              <Typography.Text code copyable className="audit-hash">
                {item.hash}
              </Typography.Text>
            ),
          },
          { key: 'request', label: 'Mã yêu cầu', children: item.requestId ?? '—' },
        ]}
      />
    </div>
  );
}

export function AuditPage() {
  const me = useMe();
  const allowed = roleCan(me.user.role, 'audit.read');
  const [filters, setFilters] = useState<AuditFilterValues>(NO_FILTERS);
  const [verify, setVerify] = useState<VerifyState | null>(null);
  const query = {
    from: isoOf(filters.from),
    to: isoOf(filters.to),
    action: filters.action,
    entity: filters.entity,
    actorId: filters.actorId,
  };
  const log = useAuditLog(query, { enabled: allowed });

  // Names of units and people, so that rows read «Đơn vị #27 · Chi bộ …» rather than bare ids.
  const orgs = useOrgTree({ includeInactive: true });
  const orgIndex = useMemo(() => indexTree(orgs.data), [orgs.data]);
  const users = useAllUsers();
  const people = useMemo(() => new Map((users.data?.items ?? []).map((u) => [u.id, u])), [users.data]);
  const nameOf = (entity: string | null, id: string | null): string | undefined => {
    if (!id) return undefined;
    if (entity === 'org') return orgIndex.get(Number(id))?.org.name;
    if (entity === 'user') return people.get(Number(id))?.fullName;
    return undefined;
  };

  if (!allowed) {
    return <Result status="403" title="Không có quyền" subTitle="Chỉ quản trị hệ thống được xem nhật ký." />;
  }

  const items = log.data?.pages.flatMap((p) => p.items) ?? [];
  const columns: ColumnsType<AuditEntry> = [
    { title: 'Thời gian', dataIndex: 'at', width: 150, render: (at: string | null) => formatDateTimeVi(at) },
    {
      title: 'Người thực hiện',
      dataIndex: 'actorName',
      render: (name: string | null, r) => {
        if (!name) return <Typography.Text type="secondary">Hệ thống</Typography.Text>;
        const person = r.actorId === null ? undefined : people.get(r.actorId);
        return person ? `${person.fullName} (${name})` : name;
      },
    },
    {
      title: 'Hành động',
      dataIndex: 'action',
      render: (a: string) => (
        <Tooltip title={a}>
          <span>{actionLabel(a)}</span>
        </Tooltip>
      ),
    },
    {
      title: 'Bản ghi',
      key: 'entity',
      render: (_: unknown, r) => entityText(r.entity, r.entityId, nameOf(r.entity, r.entityId)),
    },
    { title: 'Địa chỉ IP', dataIndex: 'ip', render: (ip: string | null) => ip ?? '' },
  ];

  return (
    <div>
      <div className="page-header">
        <Typography.Title level={3}>Nhật ký</Typography.Title>
        <VerifyButton onResult={setVerify} />
      </div>
      {verify && <VerifyResult state={verify} onClose={() => setVerify(null)} />}
      <AuditFilters value={filters} onChange={setFilters} />
      {log.isError && <Alert type="error" showIcon title={log.error.message} style={{ marginBottom: 12 }} />}
      <Table<AuditEntry>
        rowKey="id"
        size="small"
        columns={columns}
        dataSource={items}
        loading={log.isLoading}
        pagination={false}
        scroll={{ x: 900 }}
        expandable={{ expandedRowRender: (item) => <AuditRowDetail item={item} /> }}
        locale={{ emptyText: 'Không có dòng nhật ký nào phù hợp' }}
      />
      <div className="load-more">
        {log.hasNextPage ? (
          <Button
            onClick={() => void log.fetchNextPage()}
            loading={log.isFetchingNextPage}
            data-testid="audit-more"
          >
            Tải thêm
          </Button>
        ) : (
          items.length > 0 && (
            <Typography.Text type="secondary">Đã hiện hết {items.length} dòng.</Typography.Text>
          )
        )}
      </div>
    </div>
  );
}
