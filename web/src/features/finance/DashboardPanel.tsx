// The fee dashboard: totals, the monthly chart (CSS bars: paid against due), and the units with
// their collection rate and arrears (each unit counting its subtree); the reports in Excel and Word.
import { DownloadOutlined } from '@ant-design/icons';
import { Alert, App, Button, Space, Table, Tag } from 'antd';
import { downloadReport, money, monthVi, type Range, useDashboard } from './api.ts';

function rate(r: number | null) {
  if (r === null) return '—';
  const pct = (r / 10).toLocaleString('vi-VN');
  return <Tag color={r >= 1000 ? 'green' : r >= 900 ? 'gold' : 'red'}>{pct}%</Tag>;
}

export function DashboardPanel({ range }: { range: Range }) {
  const { message } = App.useApp();
  const q = useDashboard(range);
  if (q.error) return <Alert type="error" showIcon message={q.error.message} />;
  const d = q.data;
  const top = d?.units[0];
  const max = Math.max(1, ...(d?.months ?? []).map((m) => Math.max(m.due, m.paid)));
  const get = (format: 'xlsx' | 'docx') =>
    downloadReport(range, format).catch((e: Error) => message.error(e.message));
  return (
    <div>
      {top && (
        <div className="finance-totals">
          <div className="finance-total">
            Phải thu<strong>{money(top.due)}</strong>
          </div>
          <div className="finance-total">
            Đã thu<strong>{money(top.paid)}</strong>
          </div>
          <div className="finance-total">
            Tỷ lệ<strong>{rate(top.ratePerMille)}</strong>
          </div>
          <div className="finance-total">
            Nợ từ 3 tháng<strong>{top.arrears} đảng viên</strong>
          </div>
          <div className="finance-total">
            Trích giữ lại<strong>{money(top.kept)}</strong>
          </div>
          <div className="finance-total">
            Nộp cấp trên<strong>{money(top.remitted)}</strong>
          </div>
        </div>
      )}
      <div className="finance-chart" role="img" aria-label="Đảng phí đã thu từng tháng">
        {(d?.months ?? []).map((m) => (
          <div
            className="finance-bar"
            key={m.month}
            title={`${monthVi(m.month)}: ${money(m.paid)} / ${money(m.due)}`}
          >
            <div className="finance-bar-due" style={{ height: `${(m.due / max) * 100}%` }} />
            <div className="finance-bar-paid" style={{ height: `${(m.paid / max) * 100}%` }} />
          </div>
        ))}
      </div>
      <div className="finance-chart-labels">
        {(d?.months ?? []).map((m) => (
          <span key={m.month}>{m.month.slice(5, 7)}</span>
        ))}
      </div>
      <Space wrap style={{ margin: '12px 0' }}>
        <Button icon={<DownloadOutlined />} onClick={() => get('xlsx')}>
          Báo cáo Excel
        </Button>
        <Button icon={<DownloadOutlined />} onClick={() => get('docx')}>
          Báo cáo Word
        </Button>
      </Space>
      <Table
        size="small"
        rowKey="orgId"
        loading={q.isLoading}
        dataSource={d?.units ?? []}
        pagination={false}
        scroll={{ x: 720 }}
        columns={[
          {
            title: 'Đơn vị',
            dataIndex: 'name',
            render: (v: string, u) => <span className={`finance-indent-${Math.min(3, u.depth)}`}>{v}</span>,
          },
          { title: 'Phải thu', dataIndex: 'due', align: 'right', render: money },
          { title: 'Đã thu', dataIndex: 'paid', align: 'right', render: money },
          { title: 'Tỷ lệ', dataIndex: 'ratePerMille', render: rate },
          { title: 'Nợ ≥ 3 tháng', dataIndex: 'arrears', align: 'center' },
          { title: 'Tổng thu của cấp', dataIndex: 'collected', align: 'right', render: money },
          { title: 'Giữ lại', dataIndex: 'kept', align: 'right', render: money },
          { title: 'Nộp lên', dataIndex: 'remitted', align: 'right', render: money },
        ]}
      />
    </div>
  );
}
