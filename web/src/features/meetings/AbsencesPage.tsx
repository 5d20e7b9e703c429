// The members of a chi bộ absent from regular meetings without reason in so many months of a year
// (the Điều lệ's rule, with its source: such a member is considered for removal from the rolls),
// shown to the secretary for the annual rating; and the year's attendance register in Excel.
import { DownloadOutlined } from '@ant-design/icons';
import { Alert, App, Button, Card, Empty, Spin, Typography } from 'antd';
import { useState } from 'react';
import { sortByName } from '../../lib/format.ts';
import { useMe } from '../auth/session.tsx';
import { errorText } from '../forms.ts';
import { OrgSelect } from '../orgs/OrgSelect.tsx';
import { downloadRegister, useAbsences } from './api.ts';
import { THIS_YEAR, YearSelect } from './parts.tsx';

export function AbsencesPage() {
  const me = useMe();
  const { message } = App.useApp();
  const [orgId, setOrgId] = useState<number | undefined>(me.user.orgId);
  const [year, setYear] = useState(THIS_YEAR);
  const absences = useAbsences(orgId, year);
  const a = absences.data;
  return (
    <div>
      <div className="page-header">
        <Typography.Title level={3}>Vắng sinh hoạt không có lý do</Typography.Title>
        <Button
          icon={<DownloadOutlined />}
          disabled={!orgId}
          onClick={() =>
            orgId && void downloadRegister(orgId, year).catch((err) => void message.error(errorText(err)))
          }
          data-testid="register-xlsx"
        >
          Sổ theo dõi sinh hoạt (Excel)
        </Button>
      </div>
      <div className="filter-bar">
        <OrgSelect
          value={orgId}
          onChange={(v) => setOrgId(typeof v === 'number' ? v : undefined)}
          className="mt-filter-org"
          aria-label="Chi bộ"
        />
        <YearSelect value={year} onChange={setYear} />
      </div>
      {absences.isError && (
        <Alert type="error" showIcon title={absences.error.message} className="mt-block" />
      )}
      {absences.isLoading && <Spin />}
      {a && (
        <>
          <Alert
            type="info"
            showIcon
            className="mt-block"
            data-testid="absence-rule"
            title={`Đảng viên bỏ sinh hoạt chi bộ không có lý do chính đáng ${a.months} tháng trong năm thì chi bộ xem xét, đề nghị xóa tên trong danh sách đảng viên.`}
            description={`Căn cứ: ${a.source}`}
          />
          {a.items.length === 0 ? (
            <Empty
              description={`Không có đảng viên nào vắng không lý do từ ${a.months} tháng trở lên trong năm ${a.year}.`}
            />
          ) : (
            <div className="mt-cards" data-testid="absence-list">
              {sortByName(a.items, (x) => x.fullName).map((x) => (
                <Card key={x.memberId} size="small" className="mt-card">
                  <div className="mt-card-head">
                    <strong>{x.fullName}</strong>
                    <span>{x.absentMonths} tháng</span>
                  </div>
                  <div className="mt-muted">Các tháng vắng không lý do: {x.months.join(', ')}</div>
                </Card>
              ))}
            </div>
          )}
        </>
      )}
    </div>
  );
}
