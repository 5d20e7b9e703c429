// Right side of «Tổ chức»: one unit with its dated history, the units it came from or went into,
// what it holds, and (for admins) the actions on it.
import { Alert, Button, Card, Descriptions, Empty, Skeleton, Table, Tag, Typography } from 'antd';
import dayjs from 'dayjs';
import { useMemo } from 'react';
import { formatDateVi, ORG_KIND_LABELS } from '../../lib/format.ts';
import { useMe } from '../auth/session.tsx';
import { type OrgDetail, type OrgLink, useOrg, useOrgTree } from './api.ts';
import { OrgActions } from './OrgActions.tsx';
import { indexTree } from './tree.ts';

/** Periods end the day before `validTo` (the first day the unit or name is no longer in effect). */
function lastDay(validTo: string | null): string {
  return validTo ? formatDateVi(dayjs(validTo).subtract(1, 'day').format('YYYY-MM-DD')) : 'nay';
}

const INLINE_LINK = { padding: 0, height: 'auto' };
const SECTION_TITLE = { marginTop: 20 };

/** What became of a unit: active, or retired by merge, split or dissolution. */
export function orgStatus(org: Pick<OrgDetail, 'active' | 'validTo' | 'successors'>): {
  label: string;
  color: string;
} {
  if (org.active) return { label: 'Đang hoạt động', color: 'green' };
  const kind = org.successors[0]?.kind;
  const since = formatDateVi(org.validTo);
  if (kind === 'merge') return { label: `Đã hợp nhất (từ ${since})`, color: 'orange' };
  if (kind === 'split') return { label: `Đã chia tách (từ ${since})`, color: 'orange' };
  return { label: `Đã giải thể (từ ${since})`, color: 'default' };
}

export function OrgDetailPanel({ id, onSelect }: { id: number; onSelect: (id: number) => void }) {
  const me = useMe();
  const isAdmin = me.user.role === 'admin';
  const detail = useOrg(id);
  const everything = useOrgTree({ includeInactive: true });
  const index = useMemo(() => indexTree(everything.data), [everything.data]);
  const nameOf = (orgId: number | null) =>
    orgId === null ? '—' : (index.get(orgId)?.org.name ?? `Đơn vị #${orgId}`);

  if (detail.isLoading) {
    return (
      <Card>
        <Skeleton active />
      </Card>
    );
  }
  if (detail.isError || !detail.data) {
    return (
      <Card>
        <Alert type="error" showIcon title={detail.error?.message ?? 'Không tải được đơn vị.'} />
      </Card>
    );
  }
  const org = detail.data;
  const status = orgStatus(org);
  // An admin manages its own unit and the units under it (the server checks again).
  const place = index.get(org.id);
  const inScope = !place || org.id === me.user.orgId || place.ancestors.includes(me.user.orgId);
  const orgLink = (orgId: number | null) =>
    orgId === null ? (
      '—'
    ) : (
      <Button type="link" size="small" style={INLINE_LINK} onClick={() => onSelect(orgId)}>
        {nameOf(orgId)}
      </Button>
    );
  const links = (items: OrgLink[], other: (l: OrgLink) => number, empty: string) =>
    items.length === 0 ? (
      <Typography.Text type="secondary">{empty}</Typography.Text>
    ) : (
      <ul className="org-link-list">
        {items.map((l) => (
          <li key={`${l.predecessorId}-${l.successorId}`}>
            {orgLink(other(l))}{' '}
            <Typography.Text type="secondary">
              ({l.kind === 'merge' ? 'hợp nhất' : 'chia tách'} ngày {formatDateVi(l.effectiveOn)})
            </Typography.Text>
          </li>
        ))}
      </ul>
    );

  return (
    <Card
      title={
        <span className="org-detail-title">
          {org.name} <Tag color={status.color}>{status.label}</Tag>
        </span>
      }
      data-testid="org-detail"
    >
      {isAdmin &&
        (inScope ? (
          <OrgActions org={org} onSelect={onSelect} />
        ) : (
          <Alert
            type="info"
            showIcon
            className="org-actions"
            title="Đơn vị nằm ngoài phạm vi quản trị của bạn (chỉ quản trị được đơn vị của mình và các đơn vị trực thuộc)."
          />
        ))}
      <Descriptions
        bordered
        size="small"
        column={{ xs: 1, md: 2, lg: 1, xl: 2 }}
        styles={{ label: { whiteSpace: 'nowrap' } }}
        items={[
          { key: 'name', label: 'Tên đơn vị', children: org.name, span: 2 },
          { key: 'code', label: 'Ký hiệu', children: org.shortCode },
          { key: 'kind', label: 'Loại', children: ORG_KIND_LABELS[org.kind] },
          {
            key: 'place',
            label: 'Địa danh',
            children: org.place ?? (
              <Typography.Text type="secondary">{org.effectivePlace} (theo cấp trên)</Typography.Text>
            ),
          },
          { key: 'parent', label: 'Cấp trên', children: orgLink(org.parentId) },
          { key: 'status', label: 'Trạng thái', children: <Tag color={status.color}>{status.label}</Tag> },
          { key: 'from', label: 'Hiệu lực từ', children: formatDateVi(org.validFrom) },
          { key: 'to', label: 'Hiệu lực đến', children: lastDay(org.validTo) },
          {
            key: 'counts',
            label: 'Đang có',
            span: 2,
            children: (
              <span className="org-counts">
                <span>{org.counts.children} đơn vị trực thuộc</span>
                <span>{org.counts.users} tài khoản</span>
                <span>{org.counts.links} liên kết hợp nhất/chia tách</span>
                <span>{org.counts.grants} văn bản, nhiệm vụ được gửi tới</span>
              </span>
            ),
          },
        ]}
      />

      <Typography.Title level={5} style={SECTION_TITLE}>
        Lịch sử tên và cấp trên
      </Typography.Title>
      <Table
        size="small"
        rowKey={(v) => v.validFrom}
        dataSource={org.history}
        pagination={false}
        locale={{ emptyText: <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description="Chưa có lịch sử" /> }}
        scroll={{ x: 560 }}
        columns={[
          { title: 'Từ ngày', dataIndex: 'validFrom', render: (v: string) => formatDateVi(v), width: 110 },
          {
            title: 'Đến ngày',
            dataIndex: 'validTo',
            render: (v: string | null) => lastDay(v),
            width: 110,
          },
          { title: 'Tên', dataIndex: 'name' },
          { title: 'Ký hiệu', dataIndex: 'shortCode', width: 100 },
          { title: 'Cấp trên', dataIndex: 'parentId', render: (p: number | null) => nameOf(p) },
        ]}
      />

      <div className="org-links">
        <div>
          <Typography.Title level={5} style={SECTION_TITLE}>
            Đơn vị tiền thân
          </Typography.Title>
          {links(org.predecessors, (l) => l.predecessorId, 'Không có')}
        </div>
        <div>
          <Typography.Title level={5} style={SECTION_TITLE}>
            Đơn vị kế thừa
          </Typography.Title>
          {links(org.successors, (l) => l.successorId, 'Không có')}
        </div>
      </div>
    </Card>
  );
}
