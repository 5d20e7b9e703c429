// Results of a programme over a period, per content and per unit, and the one-click Word draft of the
// sơ kết / tổng kết report built from the same figures.
import { FileWordOutlined } from '@ant-design/icons';
import { Alert, Button, DatePicker, Segmented, Space, Table, Tag, Typography } from 'antd';
import type { Dayjs } from 'dayjs';
import { useState } from 'react';
import { Link } from 'react-router';
import { REPORT_KIND_LABELS, REPORT_KINDS, type ReportKind } from '../../../../domain/programs/labels.ts';
import { TASK_STATE_COLORS } from '../../../../domain/tasks.ts';
import { DATE_FORMAT, formatDateVi } from '../../lib/format.ts';
import { dayOf, isoOf } from '../forms.ts';
import { type ProgramDetail, type ReportQuery, reportUrl, useProgramProgress } from './api.ts';

const COUNT_COLUMNS = [
  { title: 'Tổng số', dataIndex: 'total', align: 'right' as const },
  { title: 'Hoàn thành đúng hạn', dataIndex: 'doneOnTime', align: 'right' as const },
  { title: 'Hoàn thành quá hạn', dataIndex: 'doneLate', align: 'right' as const },
  { title: 'Đang thực hiện trong hạn', dataIndex: 'openInTime', align: 'right' as const },
  { title: 'Quá hạn chưa hoàn thành', dataIndex: 'overdue', align: 'right' as const },
];

export function ProgressPanel({ program }: { program: ProgramDetail }) {
  const [kind, setKind] = useState<ReportKind>('so-ket');
  const [period, setPeriod] = useState<[Dayjs | null, Dayjs | null] | null>([
    dayOf(program.startsOn) ?? null,
    dayOf(program.endsOn) ?? null,
  ]);
  const query: ReportQuery = { kind, from: isoOf(period?.[0]), to: isoOf(period?.[1]) };
  const data = useProgramProgress(program.id, query);
  const p = data.data;
  return (
    <div>
      <div className="filter-bar">
        <Segmented<ReportKind>
          value={kind}
          onChange={setKind}
          options={REPORT_KINDS.map((k) => ({ value: k, label: REPORT_KIND_LABELS[k] }))}
        />
        <DatePicker.RangePicker
          format={DATE_FORMAT}
          value={period}
          onChange={(v) => setPeriod(v as [Dayjs | null, Dayjs | null] | null)}
          placeholder={['Từ ngày', 'Đến ngày']}
          aria-label="Kỳ báo cáo"
        />
        <Button
          type="primary"
          icon={<FileWordOutlined />}
          href={reportUrl(program.id, query)}
          data-testid="report-docx"
        >
          Dự thảo báo cáo {REPORT_KIND_LABELS[kind].toLowerCase()} (Word)
        </Button>
      </div>
      {data.isError && <Alert type="error" showIcon title={data.error.message} />}
      {p && (
        <Space direction="vertical" size="large" style={{ width: '100%' }}>
          <Typography.Text>
            Trong kỳ có <strong>{p.totals.total}</strong> nhiệm vụ đến hạn: đúng hạn{' '}
            <strong>{p.totals.doneOnTime}</strong>, hoàn thành quá hạn <strong>{p.totals.doneLate}</strong>,
            đang thực hiện trong hạn <strong>{p.totals.openInTime}</strong>, quá hạn chưa hoàn thành{' '}
            <Typography.Text type="danger" strong>
              {p.totals.overdue}
            </Typography.Text>
            .
          </Typography.Text>
          <Table
            size="small"
            rowKey="itemId"
            pagination={false}
            dataSource={p.contents.flatMap((c) => [
              {
                itemId: c.itemId,
                number: c.number,
                title: c.title,
                content: true,
                tasks: [],
                leadOrgName: null,
                dueOn: null,
              },
              ...c.items.filter((i) => i.itemId !== c.itemId).map((i) => ({ ...i, content: false })),
            ])}
            columns={[
              {
                title: 'Nội dung',
                key: 'title',
                render: (_: unknown, r) =>
                  r.content ? <strong>{`${r.number}. ${r.title}`}</strong> : `${r.number}. ${r.title}`,
              },
              { title: 'Chủ trì', dataIndex: 'leadOrgName' },
              { title: 'Thời hạn', dataIndex: 'dueOn', render: (d: string | null) => formatDateVi(d) },
              {
                title: 'Kết quả',
                key: 'tasks',
                render: (_: unknown, r) =>
                  r.tasks.map((t) => (
                    <div key={t.id}>
                      <Link to={`/chuong-trinh/nhiem-vu/${t.id}`}>{t.orgName}</Link>{' '}
                      <Tag color={TASK_STATE_COLORS[t.state]}>{t.stateLabel}</Tag>
                      {t.state.startsWith('open') && ` ${t.progress}%`}
                    </div>
                  )),
              },
            ]}
          />
          <div>
            <Typography.Title level={5}>Theo đơn vị</Typography.Title>
            <Table
              size="small"
              rowKey="orgId"
              pagination={false}
              dataSource={p.units}
              columns={[{ title: 'Đơn vị', dataIndex: 'orgName' }, ...COUNT_COLUMNS]}
              locale={{ emptyText: 'Chưa có nhiệm vụ đến hạn trong kỳ' }}
            />
          </div>
        </Space>
      )}
    </div>
  );
}
