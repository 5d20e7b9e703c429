// «Tài chính đảng»: for a chosen unit and range of months, the fee dashboard (collection rate by
// unit, arrears, the monthly chart, the reports), the reconciliation of remittances, the portal's
// statements, the exemptions and reductions, and the grassroots fund book.
import { Input, Tabs, Typography } from 'antd';
import { useState } from 'react';
import { Navigate, Route, Routes, useSearchParams } from 'react-router';
import { roleCan } from '../../../../domain/roles.ts';
import { useMe } from '../auth/session.tsx';
import { OrgSelect } from '../orgs/OrgSelect.tsx';
import { DashboardPanel } from './DashboardPanel.tsx';
import { FundPanel } from './FundPanel.tsx';
import { PortalPanel } from './PortalPanel.tsx';
import { ReconciliationPanel } from './ReconciliationPanel.tsx';
import { ReliefsPanel } from './ReliefsPanel.tsx';
import './finance.css';

function monthsAgo(n: number): string {
  const d = new Date(Date.now() + 7 * 3600_000);
  d.setUTCDate(1);
  d.setUTCMonth(d.getUTCMonth() - n);
  return d.toISOString().slice(0, 7);
}

function FinancePage() {
  const me = useMe();
  const [orgId, setOrgId] = useState<number>(me.user.orgId);
  const [from, setFrom] = useState(monthsAgo(12));
  const [to, setTo] = useState(monthsAgo(1));
  const [params, setParams] = useSearchParams();
  const tab = params.get('tab') ?? 'overview';
  const range = { orgId, from, to };
  const manage = roleCan(me.user.role, 'finance.manage');
  const fees = roleCan(me.user.role, 'member.manage');
  return (
    <div className="finance-page">
      <Typography.Title level={3}>Tài chính đảng</Typography.Title>
      <div className="finance-filters">
        <OrgSelect
          value={orgId}
          onChange={(v) => setOrgId(v as number)}
          style={{ minWidth: 260 }}
          aria-label="Đơn vị"
        />
        <Input
          type="month"
          value={from}
          onChange={(e) => e.target.value && setFrom(e.target.value)}
          aria-label="Từ tháng"
          style={{ width: 170 }}
        />
        <Input
          type="month"
          value={to}
          onChange={(e) => e.target.value && setTo(e.target.value)}
          aria-label="Đến tháng"
          style={{ width: 170 }}
        />
      </div>
      <Tabs
        activeKey={tab}
        onChange={(k) => setParams({ tab: k }, { replace: true })}
        items={[
          { key: 'overview', label: 'Thu, nộp đảng phí', children: <DashboardPanel range={range} /> },
          {
            key: 'reconcile',
            label: 'Đối chiếu',
            children: <ReconciliationPanel range={range} canRecord={manage} />,
          },
          ...(fees
            ? [
                { key: 'portal', label: 'Sao kê dịch vụ công', children: <PortalPanel orgId={orgId} /> },
                { key: 'reliefs', label: 'Miễn, giảm', children: <ReliefsPanel orgId={orgId} /> },
              ]
            : []),
          { key: 'fund', label: 'Sổ quỹ', children: <FundPanel orgId={orgId} canWrite={manage} /> },
        ]}
      />
    </div>
  );
}

export function FinanceArea() {
  return (
    <Routes>
      <Route index element={<FinancePage />} />
      <Route path="*" element={<Navigate to="/tai-chinh" replace />} />
    </Routes>
  );
}
