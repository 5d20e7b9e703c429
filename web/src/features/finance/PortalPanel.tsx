// The public-services portal's statements: upload a CSV or Excel statement, see what was matched,
// repeated or left; each line left waits here until a person names the member or sets it aside.
import { UploadOutlined } from '@ant-design/icons';
import { Alert, App, Button, Select, Space, Table, Upload } from 'antd';
import { useState } from 'react';
import {
  money,
  monthVi,
  type PortalImportResult,
  type PortalLine,
  useDismissLine,
  useImportStatement,
  useMemberSearch,
  useResolveLine,
  useUnmatched,
} from './api.ts';

function Resolve({ line, orgId }: { line: PortalLine; orgId: number }) {
  const { message } = App.useApp();
  const [q, setQ] = useState('');
  const members = useMemberSearch(orgId, q);
  const resolve = useResolveLine();
  const dismiss = useDismissLine();
  return (
    <Space wrap>
      <Select
        showSearch
        filterOption={false}
        onSearch={setQ}
        placeholder="Chọn đảng viên"
        style={{ minWidth: 200 }}
        aria-label={`Đảng viên của giao dịch ${line.ref}`}
        options={(members.data?.items ?? []).map((m) => ({
          value: m.id,
          label: `${m.fullName}${m.partyCardNo ? ` (${m.partyCardNo})` : ''}`,
        }))}
        onChange={(memberId: number) =>
          resolve
            .mutateAsync({ id: line.id, memberId })
            .then(() => message.success('Đã gán cho đảng viên.'))
            .catch((e: Error) => message.error(e.message))
        }
      />
      <Button
        onClick={() =>
          dismiss
            .mutateAsync({ id: line.id, note: 'Không thuộc đơn vị' })
            .then(() => message.success('Đã để riêng.'))
            .catch((e: Error) => message.error(e.message))
        }
      >
        Để riêng
      </Button>
    </Space>
  );
}

export function PortalPanel({ orgId }: { orgId: number }) {
  const { message } = App.useApp();
  const lines = useUnmatched(orgId);
  const upload = useImportStatement();
  const [result, setResult] = useState<PortalImportResult | null>(null);
  return (
    <div>
      <Upload
        accept=".csv,.xlsx"
        showUploadList={false}
        beforeUpload={(file) => {
          upload
            .mutateAsync({ orgId, file })
            .then(setResult)
            .catch((e: Error) => message.error(e.message));
          return false;
        }}
      >
        <Button icon={<UploadOutlined />} loading={upload.isPending}>
          Nhập sao kê (CSV, Excel)
        </Button>
      </Upload>
      {result && (
        <Alert
          style={{ margin: '12px 0' }}
          type={result.unmatched > 0 ? 'warning' : 'success'}
          showIcon
          message={`Đọc ${result.linesRead} dòng: ${result.matched} dòng khớp số thẻ (${money(result.amountMatched)} đồng), ${result.unmatched} dòng chưa khớp, ${result.duplicates} dòng trùng giao dịch đã có (không tính lại).`}
          description={
            result.rejected.length > 0
              ? `Dòng không đọc được: ${result.rejected.map((r) => `${r.row} (${r.reason})`).join('; ')}`
              : undefined
          }
        />
      )}
      <Table
        style={{ marginTop: 12 }}
        size="small"
        rowKey="id"
        loading={lines.isLoading}
        dataSource={lines.data?.items ?? []}
        locale={{ emptyText: 'Không còn dòng sao kê nào chờ xử lý.' }}
        pagination={false}
        scroll={{ x: 640 }}
        columns={[
          { title: 'Mã giao dịch', dataIndex: 'ref' },
          { title: 'Người nộp', dataIndex: 'payerName' },
          { title: 'Số thẻ', dataIndex: 'cardNo' },
          { title: 'Kỳ nộp', dataIndex: 'month', render: monthVi },
          { title: 'Số tiền', dataIndex: 'amount', align: 'right', render: money },
          {
            title: 'Xử lý',
            key: 'act',
            render: (_: unknown, l: PortalLine) => <Resolve line={l} orgId={orgId} />,
          },
        ]}
      />
    </div>
  );
}
