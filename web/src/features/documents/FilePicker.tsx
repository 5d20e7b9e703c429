// Choosing one file for a document before it exists (sent after the document is saved).
import { UploadOutlined } from '@ant-design/icons';
import { App, Button, Form, Progress, Upload } from 'antd';
import { ACCEPT_FILES } from './api.ts';
import { formatSize } from './labels.tsx';

const ALLOWED = /\.(pdf|docx|jpe?g|png|tiff?)$/i;

export function acceptable(file: File): boolean {
  return ALLOWED.test(file.name);
}

export const FILE_TYPES_TEXT = 'PDF, Word (.docx), ảnh quét JPEG, PNG, TIFF';

export function FilePicker({
  file,
  onChange,
  progress,
}: {
  file: File | null;
  onChange: (f: File | null) => void;
  progress: number | null;
}) {
  const { message } = App.useApp();
  return (
    <Form.Item label="Tệp văn bản (không bắt buộc)" extra={FILE_TYPES_TEXT}>
      <Upload
        accept={ACCEPT_FILES}
        maxCount={1}
        beforeUpload={(f) => {
          if (!acceptable(f)) {
            void message.error(`Tệp «${f.name}» không được chấp nhận: chỉ nhận ${FILE_TYPES_TEXT}.`);
            return Upload.LIST_IGNORE;
          }
          onChange(f);
          return false;
        }}
        fileList={
          file ? [{ uid: 'chosen', name: `${file.name} (${formatSize(file.size)})`, status: 'done' }] : []
        }
        onRemove={() => onChange(null)}
      >
        <Button icon={<UploadOutlined />} data-testid="file-pick">
          Chọn tệp
        </Button>
      </Upload>
      {progress !== null && <Progress percent={progress} size="small" aria-label="Tiến độ tải tệp lên" />}
    </Form.Item>
  );
}
