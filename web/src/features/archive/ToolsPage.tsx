// «Kiểm tra, nộp lưu»: the last fixity report of the file store (admins), and transfer packages —
// export a range of years of a unit, verify a package received, import it into a unit.
import {
  CheckCircleOutlined,
  CloudDownloadOutlined,
  SafetyOutlined,
  UploadOutlined,
  WarningOutlined,
} from '@ant-design/icons';
import {
  Alert,
  App,
  Button,
  Card,
  InputNumber,
  Progress,
  Result,
  Space,
  Table,
  Typography,
  Upload,
} from 'antd';
import { useState } from 'react';
import { roleCan } from '../../../../domain/roles.ts';
import { formatDateTimeVi, todayVn } from '../../lib/format.ts';
import { useMe } from '../auth/session.tsx';
import { errorText } from '../forms.ts';
import { OrgSelect } from '../orgs/OrgSelect.tsx';
import { downloadPackage, sendPackage, useFixity, useRefreshArchive, useRunFixity } from './api.ts';

function refLinks(refs: string[]) {
  return refs.map((r) => {
    const [kind, id] = r.split(':');
    return kind === 'document' ? (
      <a key={r} href={`/van-ban/${id}`} style={{ marginRight: 6 }}>
        văn bản {id}
      </a>
    ) : (
      <span key={r} style={{ marginRight: 6 }}>
        {r}
      </span>
    );
  });
}

function Fixity() {
  const { message } = App.useApp();
  const data = useFixity();
  const run = useRunFixity();
  const runNow = () =>
    run.mutate(undefined, {
      onSuccess: () => void message.success('Đã xếp hàng kiểm tra; báo cáo hiện ở đây khi xong.'),
      onError: (err) => void message.error(errorText(err)),
    });
  const r = data.data?.report;
  const problems = r
    ? [...r.corrupt.map((p) => ({ ...p, kind: 'Hỏng' })), ...r.missing.map((p) => ({ ...p, kind: 'Thiếu' }))]
    : [];
  return (
    <Card
      size="small"
      className="ar-card"
      title={
        <span>
          <SafetyOutlined /> Kiểm tra toàn vẹn tệp (tự động: {data.data?.schedule ?? '…'})
        </span>
      }
      extra={
        <Button onClick={runNow} loading={run.isPending} data-testid="fixity-run">
          Kiểm tra ngay
        </Button>
      }
    >
      {!r ? (
        <Typography.Text type="secondary">Chưa có lần kiểm tra nào.</Typography.Text>
      ) : (
        <div data-testid="fixity-report">
          <Alert
            type={r.ok ? 'success' : 'error'}
            showIcon
            icon={r.ok ? <CheckCircleOutlined /> : <WarningOutlined />}
            title={
              r.ok
                ? `Toàn vẹn: ${r.checked} tệp đều đúng mã băm.`
                : `Có lỗi: ${r.corrupt.length} tệp hỏng, ${r.missing.length} tệp bị thiếu.`
            }
            description={`Lần kiểm tra ${formatDateTimeVi(r.finishedAt)} · kho ${r.store} · ${(r.bytes / 1024 / 1024).toFixed(1)} MB trong ${r.seconds ?? 0} giây · ${r.unreferenced.length} tệp không còn văn bản nào dùng${r.swept ? ` (đã xóa ${r.swept})` : ''}`}
            style={{ marginBottom: 12 }}
          />
          {problems.length > 0 && (
            <Table
              rowKey={(p) => `${p.kind}${p.sha256}`}
              size="small"
              pagination={false}
              dataSource={problems}
              columns={[
                { title: 'Lỗi', dataIndex: 'kind', width: 70 },
                {
                  title: 'SHA-256',
                  dataIndex: 'sha256',
                  render: (s: string) => <span className="ar-sha">{s}</span>,
                },
                {
                  title: 'Dùng bởi',
                  dataIndex: 'refs',
                  width: 260,
                  render: (refs: string[]) => refLinks(refs),
                },
              ]}
            />
          )}
        </div>
      )}
    </Card>
  );
}

function Packages() {
  const me = useMe();
  const { message } = App.useApp();
  const refresh = useRefreshArchive();
  const year = Number(todayVn().slice(0, 4));
  const [orgId, setOrgId] = useState(me.user.orgId);
  const [from, setFrom] = useState<number>(year - 10);
  const [to, setTo] = useState<number>(year - 1);
  const [busy, setBusy] = useState<number | null>(null);
  const [result, setResult] = useState<{ ok: boolean; text: string } | null>(null);
  const send = async (file: File, mode: 'verify' | 'import') => {
    setResult(null);
    setBusy(0);
    try {
      const r = await sendPackage(file, mode, orgId, setBusy);
      const files = Array.isArray(r.files) ? r.files.length : r.files;
      setResult({
        ok: true,
        text:
          mode === 'verify'
            ? `Gói toàn vẹn: ${files} hồ sơ, ${r.documents} văn bản, ${r.components} tệp đúng mã SHA-256.`
            : `Đã nhận ${files} hồ sơ vào đơn vị; các văn bản là tài liệu lưu trữ.`,
      });
      if (mode === 'import') refresh();
    } catch (err) {
      setResult({ ok: false, text: errorText(err) });
    } finally {
      setBusy(null);
    }
  };
  return (
    <Card size="small" title="Gói nộp lưu vào lưu trữ lịch sử" className="ar-card">
      <Space wrap style={{ marginBottom: 12 }}>
        <OrgSelect
          value={orgId}
          onChange={(v) => typeof v === 'number' && setOrgId(v)}
          style={{ width: 280 }}
          aria-label="Đơn vị"
        />
        <span>từ năm</span>
        <InputNumber
          value={from}
          min={1900}
          max={2200}
          onChange={(v) => v && setFrom(v)}
          aria-label="Từ năm"
        />
        <span>đến năm</span>
        <InputNumber value={to} min={1900} max={2200} onChange={(v) => v && setTo(v)} aria-label="Đến năm" />
        <Button
          icon={<CloudDownloadOutlined />}
          onClick={() =>
            downloadPackage({ orgId, fromYear: from, toYear: to }).catch((e: unknown) =>
              message.error(errorText(e)),
            )
          }
        >
          Xuất gói các hồ sơ đã đóng
        </Button>
      </Space>
      <Space wrap>
        {(['verify', 'import'] as const).map((mode) => (
          <Upload
            key={mode}
            accept=".zip"
            showUploadList={false}
            beforeUpload={(f) => {
              void send(f, mode);
              return false;
            }}
          >
            <Button icon={<UploadOutlined />} disabled={busy !== null}>
              {mode === 'verify' ? 'Kiểm tra một gói' : 'Nhận gói vào đơn vị đã chọn'}
            </Button>
          </Upload>
        ))}
      </Space>
      {busy !== null && <Progress percent={busy} size="small" style={{ marginTop: 12 }} />}
      {result && (
        <Result
          status={result.ok ? 'success' : 'error'}
          title={result.ok ? 'Gói hợp lệ' : 'Gói bị từ chối'}
          subTitle={result.text}
          style={{ padding: '16px 0 0' }}
        />
      )}
    </Card>
  );
}

export function ToolsPage() {
  const me = useMe();
  return (
    <div>
      <div className="page-header">
        <Typography.Title level={3}>Kiểm tra toàn vẹn, nộp lưu</Typography.Title>
      </div>
      {roleCan(me.user.role, 'archive.fixity') && <Fixity />}
      {roleCan(me.user.role, 'archive.manage') && <Packages />}
    </div>
  );
}
