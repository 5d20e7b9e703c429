// «Đảng phí»: a unit's month — each member's amount from the rules and what was paid; select rows
// to record payments; the list of members 3 or more months behind; the chi bộ's fee book as Excel.
import { DownloadOutlined } from '@ant-design/icons';
import { Alert, App, Button, DatePicker, Space, Table, Tabs, Tag, Typography } from 'antd';
import dayjs from 'dayjs';
import { useState } from 'react';
import { Link } from 'react-router';
import { FEE_RULES } from '../../../../domain/members/fees.ts';
import { todayVn } from '../../lib/format.ts';
import { useMe } from '../auth/session.tsx';
import { errorText } from '../forms.ts';
import { OrgSelect } from '../orgs/OrgSelect.tsx';
import { downloadFeeBook, type FeeRow, money, useFeeArrears, useFeeSheet, useRecordFees } from './api.ts';

const monthVi = (m: string | null) => (m ? `${m.slice(5, 7)}/${m.slice(0, 4)}` : '—');

export function FeesPage() {
  const me = useMe();
  const { message } = App.useApp();
  const [orgId, setOrgId] = useState<number>(me.user.orgId);
  const [month, setMonth] = useState(todayVn().slice(0, 7));
  const [selected, setSelected] = useState<number[]>([]);
  const sheet = useFeeSheet(orgId, month);
  const arrears = useFeeArrears(orgId);
  const recordFees = useRecordFees();
  const rows = sheet.data?.items ?? [];
  const record = async () => {
    const payments = rows
      .filter((r) => selected.includes(r.memberId) && r.due > 0)
      .map((r) => ({ memberId: r.memberId, month, amount: r.due, paidOn: todayVn() }));
    if (payments.length === 0) return;
    try {
      await recordFees.mutateAsync({ payments });
      void message.success(`Đã ghi nhận ${payments.length} khoản đảng phí tháng ${monthVi(month)}.`);
      setSelected([]);
    } catch (e) {
      void message.error(errorText(e));
    }
  };
  const year = Number(month.slice(0, 4));
  return (
    <div>
      <div className="page-header">
        <Typography.Title level={3}>Đảng phí</Typography.Title>
        <Button
          icon={<DownloadOutlined />}
          onClick={() => downloadFeeBook(orgId, year).catch((e) => message.error(errorText(e)))}
        >
          Sổ thu đảng phí năm {year} (Excel)
        </Button>
      </div>
      <div className="filter-bar">
        <OrgSelect
          value={orgId}
          onChange={(v) => typeof v === 'number' && setOrgId(v)}
          style={{ width: 300 }}
          aria-label="Đơn vị"
        />
        <DatePicker
          picker="month"
          format="MM/YYYY"
          value={dayjs(`${month}-01`)}
          allowClear={false}
          onChange={(d) => d && setMonth(d.format('YYYY-MM'))}
          aria-label="Tháng"
        />
        <Typography.Text type="secondary">
          Mức đóng: {FEE_RULES.salaryRate * 100}% tiền lương đóng BHXH;{' '}
          {String(FEE_RULES.pensionRate * 100).replace('.', ',')}% lương hưu; học sinh, sinh viên{' '}
          {money(FEE_RULES.studentMonthly)}; miễn khi tuổi đảng từ {FEE_RULES.exemptFromPartyAgeYears} năm.
        </Typography.Text>
      </div>
      <Tabs
        items={[
          {
            key: 'month',
            label: `Tháng ${monthVi(month)}`,
            children: (
              <>
                {sheet.isError && <Alert type="error" showIcon title={errorText(sheet.error)} />}
                {sheet.data && (
                  <Space style={{ marginBottom: 12 }} wrap>
                    <span>Phải thu {money(sheet.data.totals.due)}</span>
                    <span>Đã thu {money(sheet.data.totals.paid)}</span>
                    <span>Chưa nộp: {sheet.data.totals.unpaid} đồng chí</span>
                    <Button
                      type="primary"
                      disabled={selected.length === 0}
                      onClick={record}
                      data-testid="fees-record"
                    >
                      Ghi nhận đã nộp ({selected.length})
                    </Button>
                  </Space>
                )}
                <Table<FeeRow>
                  rowKey="memberId"
                  size="small"
                  loading={sheet.isFetching}
                  dataSource={rows}
                  pagination={{ pageSize: 50, showSizeChanger: false }}
                  rowSelection={{
                    selectedRowKeys: selected,
                    onChange: (k) => setSelected(k as number[]),
                    getCheckboxProps: (r) => ({ disabled: r.due === 0 }),
                  }}
                  columns={[
                    {
                      title: 'Họ và tên',
                      dataIndex: 'fullName',
                      render: (n: string, r) => <Link to={`/dang-vien/${r.memberId}`}>{n}</Link>,
                    },
                    { title: 'Chi bộ', dataIndex: 'orgName' },
                    { title: 'Căn cứ', dataIndex: 'rule' },
                    {
                      title: 'Phải nộp',
                      dataIndex: 'due',
                      align: 'right',
                      render: (v: number, r) => (r.exempt ? <Tag>Miễn</Tag> : money(v)),
                    },
                    {
                      title: 'Đã nộp',
                      dataIndex: 'paid',
                      align: 'right',
                      render: (v: number | null) => (v === null ? <Tag color="orange">Chưa</Tag> : money(v)),
                    },
                  ]}
                />
              </>
            ),
          },
          {
            key: 'arrears',
            label: `Nợ từ ${FEE_RULES.arrearsMonths} tháng (${arrears.data?.items.length ?? 0})`,
            children: (
              <>
                <Typography.Paragraph type="secondary">
                  Tính đến hết tháng {monthVi(arrears.data?.through ?? null)}. Ba tháng liền không nộp đảng
                  phí mà không có lý do chính đáng thì chi bộ xem xét, đề nghị xóa tên.
                </Typography.Paragraph>
                <Table
                  rowKey="memberId"
                  size="small"
                  dataSource={arrears.data?.items ?? []}
                  locale={{ emptyText: 'Không có đảng viên nợ đảng phí từ 3 tháng' }}
                  columns={[
                    { title: 'Họ và tên', dataIndex: 'fullName' },
                    { title: 'Chi bộ', dataIndex: 'orgName' },
                    { title: 'Nộp lần cuối cho tháng', dataIndex: 'lastPaidMonth', render: monthVi },
                    {
                      title: 'Số tháng chưa nộp',
                      dataIndex: 'monthsOwed',
                      align: 'right',
                      render: (n: number) => <Tag color="red">{n}</Tag>,
                    },
                  ]}
                />
              </>
            ),
          },
        ]}
      />
    </div>
  );
}
