// «Huy hiệu Đảng»: for an occasion (3/2, 19/5, 2/9, 7/11; the next one by default) and a unit, the
// members due a badge with the cash gift, the proposal list as Excel and Word, counts by milestone,
// and recording the awards once made.
import { DownloadOutlined, FileWordOutlined } from '@ant-design/icons';
import { Column } from '@ant-design/plots';
import { Alert, App, Button, DatePicker, Empty, Select, Space, Table, Tag, Typography } from 'antd';
import dayjs from 'dayjs';
import { useMemo, useState } from 'react';
import { Link } from 'react-router';
import { nextOccasion, occasionsOf } from '../../../../domain/members/badges.ts';
import { DATE_FORMAT, formatDateVi, todayVn } from '../../lib/format.ts';
import { useMe } from '../auth/session.tsx';
import { errorText } from '../forms.ts';
import { OrgSelect } from '../orgs/OrgSelect.tsx';
import {
  BADGE_PAGE,
  type BadgeDueItem,
  downloadBadgeProposal,
  money,
  useAwardBadge,
  useBadgesDue,
  useBadgesSummary,
} from './api.ts';
import { BaseSalaryModal } from './BaseSalaryModal.tsx';

export function BadgesPage() {
  const me = useMe();
  const { message, modal } = App.useApp();
  const today = todayVn();
  const year = Number(today.slice(0, 4));
  const occasions = useMemo(
    () => [...occasionsOf(year), ...occasionsOf(year + 1)].filter((o) => o.date >= `${year}-01-01`),
    [year],
  );
  const [on, setOn] = useState(nextOccasion(today).date);
  const [orgId, setOrgId] = useState<number>(me.user.orgId);
  const [salaries, setSalaries] = useState(false);
  // The list comes a page at a time: the cursors of the pages seen, to go back.
  const [cursors, setCursors] = useState<string[]>(['']);
  const pageNo = cursors.length - 1;
  const restart = () => setCursors(['']);
  const q = useBadgesDue(on, orgId, cursors[pageNo] ?? '');
  const summary = useBadgesSummary(on, orgId);
  const awarded = useAwardBadge();
  const items = q.data?.items ?? [];
  const byYears = useMemo(
    () => (summary.data?.byYears ?? []).map((b) => ({ milestone: `${b.years} năm`, n: b.n })),
    [summary.data],
  );
  const award = (it: BadgeDueItem) =>
    modal.confirm({
      title: `Ghi nhận đã trao Huy hiệu ${it.years} năm cho ${it.fullName} ngày ${formatDateVi(on)}?`,
      okText: 'Ghi nhận',
      cancelText: 'Không',
      onOk: () =>
        awarded
          .mutateAsync({ memberId: it.memberId, body: { years: it.years, awardedOn: on } })
          .then(() => void message.success('Đã ghi nhận.'))
          .catch((e) => message.error(errorText(e))),
    });
  const file = (ext: 'xlsx' | 'docx') =>
    downloadBadgeProposal(on, orgId, ext).catch((e) => message.error(errorText(e)));

  return (
    <div>
      <div className="page-header">
        <Typography.Title level={3}>Huy hiệu Đảng</Typography.Title>
        <Space wrap>
          <Button onClick={() => setSalaries(true)}>Lương cơ sở, tiền thưởng</Button>
          <Button icon={<DownloadOutlined />} onClick={() => file('xlsx')} data-testid="badges-xlsx">
            Danh sách đề nghị (Excel)
          </Button>
          <Button icon={<FileWordOutlined />} onClick={() => file('docx')} data-testid="badges-docx">
            Danh sách đề nghị (Word)
          </Button>
        </Space>
      </div>
      <div className="filter-bar">
        <Select
          value={occasions.some((o) => o.date === on) ? on : undefined}
          placeholder="Đợt khác"
          onChange={(v) => {
            setOn(v);
            restart();
          }}
          style={{ width: 380 }}
          aria-label="Đợt trao tặng"
          data-testid="badges-occasion"
          options={occasions.map((o) => ({ value: o.date, label: `${formatDateVi(o.date)} — ${o.label}` }))}
        />
        <DatePicker
          format={DATE_FORMAT}
          value={dayjs(on)}
          onChange={(d) => {
            if (!d) return;
            setOn(d.format('YYYY-MM-DD'));
            restart();
          }}
          allowClear={false}
          aria-label="Ngày xét"
        />
        <OrgSelect
          value={orgId}
          onChange={(v) => {
            if (typeof v !== 'number') return;
            setOrgId(v);
            restart();
          }}
          style={{ width: 300 }}
          aria-label="Đơn vị"
        />
      </div>
      {q.isError && <Alert type="error" showIcon title={errorText(q.error)} />}
      {summary.data && (
        <Typography.Paragraph data-testid="badges-summary">
          {summary.data.occasion ?? `Ngày ${formatDateVi(on)}`}: <b>{summary.data.total}</b> đồng chí đủ điều
          kiện trong {summary.data.orgName}
          {summary.data.baseSalary
            ? `; tiền thưởng ${money(summary.data.cashGiftTotal)} (lương cơ sở ${money(summary.data.baseSalary.amount)} từ ${formatDateVi(summary.data.baseSalary.effectiveFrom)})`
            : ''}
          .
        </Typography.Paragraph>
      )}
      {byYears.length > 0 && (
        <div style={{ height: 180, marginBottom: 12 }}>
          <Column
            data={byYears}
            xField="milestone"
            yField="n"
            height={180}
            label={{ text: 'n', position: 'inside' }}
            axis={{ y: { title: 'Số đảng viên' } }}
          />
        </div>
      )}
      <Table<BadgeDueItem>
        rowKey="memberId"
        size="middle"
        loading={q.isFetching}
        dataSource={items}
        pagination={false}
        data-testid="badges-table"
        locale={{ emptyText: <Empty description="Không có đảng viên đến hạn Huy hiệu trong đợt này" /> }}
        columns={[
          {
            title: 'Họ và tên',
            dataIndex: 'fullName',
            render: (n: string, it) => <Link to={`/dang-vien/${it.memberId}`}>{n}</Link>,
          },
          { title: 'Ngày sinh', dataIndex: 'birthDate', render: formatDateVi },
          { title: 'Chi bộ', dataIndex: 'orgName' },
          { title: 'Ngày vào Đảng', dataIndex: 'admittedOn', render: formatDateVi },
          {
            title: 'Huy hiệu',
            dataIndex: 'years',
            render: (y: number, it) => (
              <Space>
                <Tag color="red">{y} năm</Tag>
                {it.posthumous && <Tag>Truy tặng</Tag>}
                {it.early && !it.posthumous && <Tag color="orange">Tặng sớm</Tag>}
              </Space>
            ),
          },
          { title: 'Đủ tuổi đảng ngày', dataIndex: 'reachedOn', render: formatDateVi },
          {
            title: 'Tiền thưởng',
            dataIndex: 'cashGift',
            align: 'right',
            render: (v: number | null) => money(v),
          },
          {
            title: '',
            key: 'act',
            render: (_: unknown, it) => (
              <Button size="small" onClick={() => award(it)}>
                Đã trao
              </Button>
            ),
          },
        ]}
      />
      <Space style={{ marginTop: 12 }} wrap>
        <Button disabled={pageNo === 0} onClick={() => setCursors((c) => c.slice(0, -1))}>
          Trang trước
        </Button>
        <span data-testid="badges-page">
          Trang {pageNo + 1}
          {summary.data ? `/${Math.max(1, Math.ceil(summary.data.total / BADGE_PAGE))}` : ''}
        </span>
        <Button
          disabled={!q.data?.nextCursor || q.isFetching}
          onClick={() => {
            const next = q.data?.nextCursor;
            if (next) setCursors((c) => [...c, next]);
          }}
          data-testid="badges-next"
        >
          Trang sau
        </Button>
      </Space>
      {salaries && <BaseSalaryModal onClose={() => setSalaries(false)} />}
    </div>
  );
}
