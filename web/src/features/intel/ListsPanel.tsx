// The hot-issue register and the reports received, for a unit and those below it: a table on a
// desktop, a list of cards on a phone (each row is one line of text and tags).
import { Checkbox, List, Tag } from 'antd';
import { useState } from 'react';
import { Link } from 'react-router';
import { formatDateVi } from '../../lib/format.ts';
import { useIssues, useReports } from './api.ts';

const STATUS_COLOR: Record<string, string> = {
  new: 'gold',
  watching: 'blue',
  reported: 'geekblue',
  directed: 'purple',
  resolved: 'green',
  recurred: 'red',
};

export function IssuesPanel({ orgId }: { orgId: number }) {
  const [openOnly, setOpenOnly] = useState(true);
  const issues = useIssues(orgId, openOnly);
  return (
    <div>
      <Checkbox checked={openOnly} onChange={(e) => setOpenOnly(e.target.checked)}>
        Chỉ vụ việc đang mở
      </Checkbox>
      <List
        loading={issues.isLoading}
        dataSource={issues.data?.items ?? []}
        locale={{ emptyText: 'Chưa có vụ việc, điểm nóng nào.' }}
        renderItem={(s) => (
          <List.Item data-testid="intel-issue-row">
            <List.Item.Meta
              title={<Link to={`/tinh-hinh/vu-viec/${s.id}`}>{s.title}</Link>}
              description={
                <span>
                  <Tag color={STATUS_COLOR[s.status]}>{s.statusLabel}</Tag>
                  <Tag color="blue">{s.categoryName}</Tag>
                  {s.placeName} · {s.itemCount} vụ việc
                  {s.lastItemOn ? ` · gần nhất ${formatDateVi(s.lastItemOn)}` : ''}
                </span>
              }
            />
          </List.Item>
        )}
      />
    </div>
  );
}

export function ReportsPanel({ orgId }: { orgId: number }) {
  const reports = useReports(orgId);
  return (
    <List
      loading={reports.isLoading}
      dataSource={reports.data?.items ?? []}
      locale={{ emptyText: 'Chưa có báo cáo nào.' }}
      renderItem={(r) => (
        <List.Item data-testid="intel-report-row">
          <List.Item.Meta
            title={
              <Link to={`/tinh-hinh/bao-cao/${r.id}`}>
                {r.kindLabel} — {r.orgName}
              </Link>
            }
            description={
              <span>
                {r.kind === 'quick' && <Tag color="red">Nhanh</Tag>}
                Nhận {formatDateVi(r.receivedOn)}
                {r.periodStart ? ` · kỳ ${formatDateVi(r.periodStart)} – ${formatDateVi(r.periodEnd)}` : ''} ·{' '}
                {r.itemCount} vụ việc
                {r.severeCount > 0 && (
                  <Tag color="volcano" style={{ marginLeft: 8 }}>
                    {r.severeCount} nghiêm trọng
                  </Tag>
                )}
              </span>
            }
          />
        </List.Item>
      )}
    />
  );
}
