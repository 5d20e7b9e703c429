// «Nhập từ Excel»: pick the unit and the workbook, watch the upload and the server's reading and
// saving as two progress bars, then see how many were imported and which rows were refused (row
// number as in the spreadsheet, and why). The template is one click away.
import { DownloadOutlined, InboxOutlined } from '@ant-design/icons';
import { Alert, App, Button, Modal, Progress, Space, Table, Typography, Upload } from 'antd';
import { useState } from 'react';
import { errorText } from '../forms.ts';
import { OrgSelect } from '../orgs/OrgSelect.tsx';
import { downloadImportTemplate, type ImportProgress, type ImportResult, useImportMembers } from './api.ts';

const PHASE: Record<ImportProgress['phase'], string> = {
  checking: 'Đang kiểm tra tệp…',
  reading: 'Đang đọc và lưu các dòng…',
  done: 'Đã lưu xong.',
};

export function ImportModal({
  open,
  onClose,
  defaultOrgId,
}: {
  open: boolean;
  onClose: () => void;
  defaultOrgId?: number | undefined;
}) {
  const { message } = App.useApp();
  const importMembers = useImportMembers();
  const [orgId, setOrgId] = useState<number | undefined>(defaultOrgId);
  const [file, setFile] = useState<File | null>(null);
  const [sent, setSent] = useState<number | null>(null);
  const [progress, setProgress] = useState<ImportProgress | null>(null);
  const [result, setResult] = useState<ImportResult | null>(null);
  const [error, setError] = useState<string | null>(null);
  const running = sent !== null && result === null && error === null;

  const reset = () => {
    setFile(null);
    setSent(null);
    setProgress(null);
    setResult(null);
    setError(null);
  };
  const close = () => {
    if (running) return;
    reset();
    onClose();
  };
  const start = async () => {
    if (!file || !orgId) return;
    setError(null);
    setResult(null);
    setProgress(null);
    setSent(0);
    try {
      const r = await importMembers(file, orgId, setSent, setProgress);
      setResult(r);
    } catch (e) {
      setError(errorText(e));
    }
  };

  return (
    <Modal
      open={open}
      title="Nhập danh sách đảng viên từ Excel"
      onCancel={close}
      width={720}
      mask={{ closable: false }}
      footer={[
        <Button
          key="tpl"
          icon={<DownloadOutlined />}
          onClick={() => downloadImportTemplate().catch((e) => message.error(errorText(e)))}
        >
          Tải tệp mẫu
        </Button>,
        <Button key="close" onClick={close} disabled={running} data-testid="import-close">
          Đóng
        </Button>,
        <Button
          key="go"
          type="primary"
          onClick={start}
          loading={running}
          disabled={!file || !orgId || result !== null}
          data-testid="import-start"
        >
          Nhập
        </Button>,
      ]}
    >
      <Space direction="vertical" style={{ width: '100%' }} size="middle">
        <Typography.Paragraph type="secondary" style={{ marginBottom: 0 }}>
          Trang tính đầu tiên, dòng 1 là tiêu đề với các cột «Họ và tên», «Ngày sinh», «Giới tính», «Ngày vào
          Đảng», «Ngày chính thức», «Số thẻ đảng viên» (thứ tự tùy ý). Dòng có số thẻ đã có trong hệ thống
          được bỏ qua, nên nhập lại cùng tệp không thêm ai.
        </Typography.Paragraph>
        <div>
          <div style={{ marginBottom: 4 }}>Chi bộ nhận</div>
          <OrgSelect
            value={orgId}
            onChange={(v) => setOrgId(typeof v === 'number' ? v : undefined)}
            disabled={running}
            aria-label="Chi bộ nhận"
          />
        </div>
        <Upload.Dragger
          accept=".xlsx"
          maxCount={1}
          disabled={running}
          beforeUpload={(f) => {
            reset();
            setFile(f);
            return false;
          }}
          onRemove={() => reset()}
          fileList={file ? [{ uid: '1', name: file.name, status: 'done' }] : []}
          data-testid="import-file"
        >
          <p className="ant-upload-drag-icon">
            <InboxOutlined />
          </p>
          <p>Kéo tệp .xlsx vào đây hoặc bấm để chọn</p>
        </Upload.Dragger>
        {sent !== null && (
          <div data-testid="import-progress">
            <div>Tải tệp lên</div>
            <Progress percent={Math.round(sent * 100)} size="small" />
            <div>{progress ? PHASE[progress.phase] : 'Đang chờ máy chủ…'}</div>
            <Progress
              percent={Math.round((progress?.fraction ?? 0) * 100)}
              status={error ? 'exception' : result ? 'success' : 'active'}
            />
            {progress && (
              <Typography.Text type="secondary">
                Đã đọc {progress.rowsRead.toLocaleString('vi-VN')}
                {progress.rowsTotal ? ` / ${progress.rowsTotal.toLocaleString('vi-VN')}` : ''} dòng; hợp lệ{' '}
                {progress.imported.toLocaleString('vi-VN')}, bị loại{' '}
                {progress.rejected.toLocaleString('vi-VN')}.
              </Typography.Text>
            )}
          </div>
        )}
        {error && <Alert type="error" showIcon title={error} description="Không có dòng nào được lưu." />}
        {result && (
          <div data-testid="import-result">
            <Alert
              type={result.rejected.length ? 'warning' : 'success'}
              showIcon
              title={`Đã nhập ${result.imported.toLocaleString('vi-VN')} đảng viên${result.rejected.length ? `; ${result.rejected.length.toLocaleString('vi-VN')} dòng không nhập được` : ''}.`}
            />
            {result.rejected.length > 0 && (
              <Table
                size="small"
                rowKey="row"
                style={{ marginTop: 12 }}
                dataSource={result.rejected}
                pagination={{ pageSize: 10, showSizeChanger: false }}
                columns={[
                  { title: 'Dòng', dataIndex: 'row', width: 80 },
                  { title: 'Lý do', dataIndex: 'reason' },
                ]}
              />
            )}
          </div>
        )}
      </Space>
    </Modal>
  );
}
