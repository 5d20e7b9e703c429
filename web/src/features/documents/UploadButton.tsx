// «Tải tệp lên» for an existing document: XHR with progress, the server's message on 400/413.
import { UploadOutlined } from '@ant-design/icons';
import { useQueryClient } from '@tanstack/react-query';
import { Alert, App, Button, Progress, Upload } from 'antd';
import { useState } from 'react';
import { errorText } from '../forms.ts';
import { ACCEPT_FILES, docKeys, uploadFile } from './api.ts';
import { acceptable, FILE_TYPES_TEXT } from './FilePicker.tsx';

export function UploadButton({ documentId }: { documentId: number }) {
  const { message } = App.useApp();
  const qc = useQueryClient();
  const [progress, setProgress] = useState<{ name: string; percent: number } | null>(null);
  const [error, setError] = useState<string | null>(null);

  const start = (file: File) => {
    setError(null);
    if (!acceptable(file)) {
      setError(`Tệp «${file.name}» không được chấp nhận: chỉ nhận ${FILE_TYPES_TEXT}.`);
      return;
    }
    setProgress({ name: file.name, percent: 0 });
    uploadFile(documentId, file, (percent) => setProgress({ name: file.name, percent }))
      .then((f) => {
        void message.success(`Đã tải lên «${f.name}». ${f.extractionLabel}.`);
        void qc.invalidateQueries({ queryKey: docKeys.detail(documentId) });
        void qc.invalidateQueries({ queryKey: ['documents', 'list'] });
      })
      .catch((err: unknown) => setError(errorText(err)))
      .finally(() => setProgress(null));
  };

  return (
    <div className="doc-upload">
      <Upload
        accept={ACCEPT_FILES}
        showUploadList={false}
        disabled={progress !== null}
        beforeUpload={(f) => {
          start(f);
          return false;
        }}
      >
        <Button size="small" icon={<UploadOutlined />} loading={progress !== null} data-testid="doc-upload">
          Tải tệp lên
        </Button>
      </Upload>
      {progress && (
        <div className="doc-upload-progress">
          <Progress percent={progress.percent} size="small" aria-label={`Đang tải lên ${progress.name}`} />
        </div>
      )}
      {error && (
        <Alert
          type="error"
          showIcon
          closable={{ onClose: () => setError(null) }}
          title={error}
          className="doc-upload-error"
        />
      )}
    </div>
  );
}
