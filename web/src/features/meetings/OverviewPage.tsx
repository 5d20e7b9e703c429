// The overview for the committee above: for every chi bộ under a unit in a year, how many meetings
// (regular, thematic), on which days, the attendance rate, the average quality score, and the months
// without a regular meeting and the quarters without a thematic one; exported to Excel. Cards, so
// that a phone reads it without scrolling sideways.
import { DownloadOutlined } from '@ant-design/icons';
import { Alert, App, Button, Card, Empty, Spin, Tag, Typography } from 'antd';
import { useState } from 'react';
import { formatDateVi } from '../../lib/format.ts';
import { useMe } from '../auth/session.tsx';
import { errorText } from '../forms.ts';
import { OrgSelect } from '../orgs/OrgSelect.tsx';
import { downloadOverview, type OverviewUnit, useOverview } from './api.ts';
import { THIS_YEAR, YearSelect } from './parts.tsx';

function percent(r: number | null): string {
  return r === null ? '—' : `${Math.round(r * 100)}%`;
}

function UnitCard({ u }: { u: OverviewUnit }) {
  const gaps = u.monthsWithoutRegular.length > 0 || u.quartersWithoutThematic.length > 0;
  return (
    <Card size="small" className="mt-card" data-testid={`overview-${u.orgId}`}>
      <div className="mt-card-head">
        <strong>{u.orgName}</strong>
        {u.meetings === 0 ? (
          <Tag color="red">Chưa sinh hoạt</Tag>
        ) : (
          <Tag color="green">{u.held} cuộc đã họp</Tag>
        )}
      </div>
      <div className="mt-vote-counts">
        <span>Thường kỳ: {u.regular}</span>
        <span>Chuyên đề: {u.thematic}</span>
        <span>
          Tham dự: {percent(u.attendanceRate)} ({u.present}/{u.expected})
        </span>
        <span>Điểm bình quân: {u.qualityAverage ?? '—'}</span>
      </div>
      {u.dates.length > 0 && (
        <div className="mt-muted">Ngày sinh hoạt: {u.dates.map((d) => formatDateVi(d)).join(', ')}</div>
      )}
      {gaps && (
        <div className="mt-card-line">
          {u.monthsWithoutRegular.length > 0 && (
            <Tag color="orange" className="mt-wrap-tag">
              Tháng không sinh hoạt thường kỳ: {u.monthsWithoutRegular.join(', ')}
            </Tag>
          )}
          {u.quartersWithoutThematic.length > 0 && (
            <Tag color="volcano" className="mt-wrap-tag" data-testid="quarters-without-thematic">
              Quý không sinh hoạt chuyên đề: {u.quartersWithoutThematic.join(', ')}
            </Tag>
          )}
        </div>
      )}
    </Card>
  );
}

export function OverviewPage() {
  const me = useMe();
  const { message } = App.useApp();
  const [orgId, setOrgId] = useState<number | undefined>(me.user.orgId);
  const [year, setYear] = useState(THIS_YEAR);
  const overview = useOverview(orgId, year);
  const o = overview.data;
  const met = o?.items.filter((u) => u.held > 0).length ?? 0;
  return (
    <div>
      <div className="page-header">
        <Typography.Title level={3}>Tổng hợp sinh hoạt chi bộ</Typography.Title>
        <Button
          icon={<DownloadOutlined />}
          disabled={!orgId}
          onClick={() =>
            orgId && void downloadOverview(orgId, year).catch((err) => void message.error(errorText(err)))
          }
          data-testid="overview-xlsx"
        >
          Xuất Excel
        </Button>
      </div>
      <div className="filter-bar">
        <OrgSelect
          value={orgId}
          onChange={(v) => setOrgId(typeof v === 'number' ? v : undefined)}
          className="mt-filter-org"
          aria-label="Đơn vị"
        />
        <YearSelect value={year} onChange={setYear} />
      </div>
      {overview.isError && (
        <Alert type="error" showIcon title={overview.error.message} className="mt-block" />
      )}
      {overview.isLoading && <Spin />}
      {o && (
        <>
          <div className="mt-block">
            {met}/{o.items.length} chi bộ đã sinh hoạt trong năm {o.year}.
            {o.frequencySource && <div className="mt-muted">Căn cứ: {o.frequencySource}</div>}
          </div>
          {o.items.length === 0 ? (
            <Empty description="Không có chi bộ nào" />
          ) : (
            <div className="mt-cards">
              {o.items.map((u) => (
                <UnitCard key={u.orgId} u={u} />
              ))}
            </div>
          )}
        </>
      )}
    </div>
  );
}
