// «Thông tin tình hình» for the office: warnings, the hot-issue register, the reports received, the
// reporting calendar (who is late) and the synthesis for the standing committee, for a chosen unit.
import { PlusOutlined } from '@ant-design/icons';
import { Button, Space, Tabs, Typography } from 'antd';
import { useState } from 'react';
import { Link, useSearchParams } from 'react-router';
import { roleCan } from '../../../../domain/roles.ts';
import { useMe } from '../auth/session.tsx';
import { OrgSelect } from '../orgs/OrgSelect.tsx';
import { CalendarPanel, SynthesisPanel } from './CalendarPanel.tsx';
import { IssuesPanel, ReportsPanel } from './ListsPanel.tsx';
import { WarningsPanel } from './WarningsPanel.tsx';

export function OverviewPage() {
  const me = useMe();
  const [orgId, setOrgId] = useState<number>(me.user.orgId);
  const [params, setParams] = useSearchParams();
  const tab = params.get('tab') ?? 'warnings';
  return (
    <div className="intel-page">
      <Typography.Title level={3}>Thông tin tình hình</Typography.Title>
      <Space wrap>
        <OrgSelect
          value={orgId}
          onChange={(v) => setOrgId(v as number)}
          style={{ minWidth: 260 }}
          aria-label="Đơn vị"
        />
        {roleCan(me.user.role, 'intel.report') && (
          <Link to="/tinh-hinh/gui-bao-cao">
            <Button type="primary" icon={<PlusOutlined />}>
              Gửi báo cáo
            </Button>
          </Link>
        )}
      </Space>
      <Tabs
        activeKey={tab}
        onChange={(k) => setParams({ tab: k }, { replace: true })}
        items={[
          { key: 'warnings', label: 'Cảnh báo sớm', children: <WarningsPanel orgId={orgId} /> },
          { key: 'issues', label: 'Vụ việc, điểm nóng', children: <IssuesPanel orgId={orgId} /> },
          { key: 'reports', label: 'Báo cáo', children: <ReportsPanel orgId={orgId} /> },
          { key: 'calendar', label: 'Lịch báo cáo', children: <CalendarPanel orgId={orgId} /> },
          { key: 'synthesis', label: 'Tổng hợp', children: <SynthesisPanel orgId={orgId} /> },
        ]}
      />
    </div>
  );
}
