// The meetings of a unit (and of the units below it) in a year, newest first: kind, time, place,
// state and warnings, as cards that read the same on a desk and on a phone. Above them, for staff,
// the months of the year without a regular meeting and the quarters without a thematic one of the
// chi bộ shown (the overview's gaps), with the rule's source.
import { PlusOutlined } from '@ant-design/icons';
import { Alert, Button, Card, Empty, Select, Spin, Tag, Typography } from 'antd';
import { useState } from 'react';
import { Link, useSearchParams } from 'react-router';
import {
  MEETING_KIND_LABELS,
  MEETING_KINDS,
  MEETING_STATUS_LABELS,
  MEETING_STATUSES,
  type MeetingKind,
  type MeetingStatus,
} from '../../../../domain/meetings/labels.ts';
import { roleCan } from '../../../../domain/roles.ts';
import { formatDateVi } from '../../lib/format.ts';
import { useMe } from '../auth/session.tsx';
import { OrgSelect } from '../orgs/OrgSelect.tsx';
import { type Meeting, type OverviewUnit, useMeetings, useOverview } from './api.ts';
import { PlanFormModal } from './PlanFormModal.tsx';
import { KindTag, StatusTag, THIS_YEAR, timeSpan, YearSelect } from './parts.tsx';

function GapNotice({ units, source }: { units: OverviewUnit[]; source: string }) {
  const gaps = units.filter((u) => u.monthsWithoutRegular.length > 0 || u.quartersWithoutThematic.length > 0);
  if (gaps.length === 0) return null;
  return (
    <Alert
      type="warning"
      showIcon
      className="mt-block"
      data-testid="month-warnings"
      title="Chưa sinh hoạt đủ theo quy định"
      description={
        <div>
          {gaps.map((u) => (
            <div key={u.orgId}>
              <strong>{u.orgName}</strong>
              {u.monthsWithoutRegular.length > 0 && (
                <span>: tháng {u.monthsWithoutRegular.join(', ')} không sinh hoạt thường kỳ</span>
              )}
              {u.quartersWithoutThematic.length > 0 && (
                <span>; quý {u.quartersWithoutThematic.join(', ')} không sinh hoạt chuyên đề</span>
              )}
            </div>
          ))}
          {source && <div className="mt-muted">Căn cứ: {source}</div>}
        </div>
      }
    />
  );
}

function MeetingCard({ m }: { m: Meeting }) {
  return (
    <Card size="small" className="mt-card" data-testid={`meeting-card-${m.id}`}>
      <div className="mt-card-head">
        <Link to={`/sinh-hoat/${m.id}`} className="mt-card-title" data-testid={`meeting-link-${m.id}`}>
          {m.title}
        </Link>
        <StatusTag m={m} />
      </div>
      <div className="mt-card-line">
        <KindTag m={m} /> {timeSpan(m)}
      </div>
      <div className="mt-muted">
        {m.orgName}
        {m.place ? ` · ${m.place}` : ''}
        {m.videoLink ? ' · trực tuyến' : ''}
        {m.resolutionSymbol ? ` · Nghị quyết ${m.resolutionSymbol}` : ''}
        {m.qualityTotal !== null ? ` · ${m.qualityTotal} điểm` : ''}
      </div>
      {m.warnings.length > 0 && (
        <div className="mt-card-line">
          {m.warnings.map((w) => (
            <Tag key={w.code} color="orange" className="mt-wrap-tag">
              {w.message}
            </Tag>
          ))}
        </div>
      )}
    </Card>
  );
}

export function MeetingsPage() {
  const me = useMe();
  const staff = roleCan(me.user.role, 'meeting.manage');
  // The home's "this week" opens the list with a span of days over the whole scope.
  const [params, setParams] = useSearchParams();
  const from = params.get('from') ?? undefined;
  const to = params.get('to') ?? undefined;
  const span = Boolean(from || to);
  const [orgId, setOrgId] = useState<number | undefined>(staff && !span ? me.user.orgId : undefined);
  const [year, setYear] = useState(THIS_YEAR);
  const [kind, setKind] = useState<MeetingKind | undefined>();
  const [status, setStatus] = useState<MeetingStatus | undefined>();
  const [planning, setPlanning] = useState(false);
  const list = useMeetings(span ? { orgId, from, to, kind, status } : { orgId, year, kind, status });
  const overview = useOverview(staff ? orgId : undefined, year);

  return (
    <div>
      <div className="page-header">
        <Typography.Title level={3}>Sinh hoạt chi bộ</Typography.Title>
        {staff && (
          <Button
            type="primary"
            icon={<PlusOutlined />}
            onClick={() => setPlanning(true)}
            data-testid="meeting-create"
          >
            Lên kế hoạch sinh hoạt
          </Button>
        )}
      </div>
      <div className="filter-bar">
        {staff && (
          <OrgSelect
            allowClear
            placeholder="Mọi đơn vị"
            value={orgId}
            onChange={(v) => setOrgId(typeof v === 'number' ? v : undefined)}
            className="mt-filter-org"
            aria-label="Lọc theo đơn vị"
          />
        )}
        {span ? (
          <Tag closable onClose={() => setParams(new URLSearchParams(), { replace: true })}>
            {from ? `Từ ${formatDateVi(from)} ` : ''}
            {to ? `đến ${formatDateVi(to)}` : ''}
          </Tag>
        ) : (
          <YearSelect value={year} onChange={setYear} />
        )}
        <Select
          allowClear
          placeholder="Mọi loại"
          value={kind}
          onChange={setKind}
          options={MEETING_KINDS.map((k) => ({ value: k, label: MEETING_KIND_LABELS[k] }))}
          style={{ width: 140 }}
          aria-label="Lọc theo loại"
        />
        <Select
          allowClear
          placeholder="Mọi tình trạng"
          value={status}
          onChange={setStatus}
          options={MEETING_STATUSES.map((s) => ({ value: s, label: MEETING_STATUS_LABELS[s] }))}
          style={{ width: 200 }}
          aria-label="Lọc theo tình trạng"
        />
      </div>
      {overview.data && <GapNotice units={overview.data.items} source={overview.data.frequencySource} />}
      {list.isError && <Alert type="error" showIcon title={list.error.message} className="mt-block" />}
      {list.isLoading ? (
        <Spin />
      ) : (list.data?.items.length ?? 0) === 0 ? (
        <Empty description="Chưa có cuộc sinh hoạt nào" />
      ) : (
        <div className="mt-cards" data-testid="meeting-list">
          {list.data?.items.map((m) => (
            <MeetingCard key={m.id} m={m} />
          ))}
        </div>
      )}
      {staff && (
        <PlanFormModal
          open={planning}
          onClose={() => setPlanning(false)}
          defaultOrgId={orgId ?? me.user.orgId}
        />
      )}
    </div>
  );
}
