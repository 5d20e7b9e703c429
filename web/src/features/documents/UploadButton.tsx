// «Tải tệp lên» for an existing document (or «Tải bản gốc đã ký» for an issued one): XHR with
// progress, the server's message on 400/413.
import { UploadOutlined } from '@ant-design/icons';
import { Alert, App, Button, Progress, Upload } from 'antd';
import { useState } from 'react';
import { errorText } from '../forms.ts';
import { ACCEPT_FILES, type FileKind, uploadFile, useFileAdded } from './api.ts';
import { acceptable, FILE_TYPES_TEXT } from './FilePicker.tsx';

const BUTTONS: Record<FileKind, { label: string; testId: string }> = {
  attachment: { label: 'Tải tệp lên', testId: 'doc-upload' },
  signed_original: { label: 'Tải bản gốc đã ký', testId: 'doc-upload-signed' },
};

export function UploadButton({ documentId, kind = 'attachment' }: { documentId: number; kind?: FileKind }) {
  const { message } = App.useApp();
  const added = useFileAdded(documentId);
  const [progress, setProgress] = useState<{ name: string; percent: number } | null>(null);
  const [error, setError] = useState<string | null>(null);

  const start = (file: File) => {
    setError(null);
    if (!acceptable(file)) {
      setError(`Tệp «${file.name}» không được chấp nhận: chỉ nhận ${FILE_TYPES_TEXT}.`);
      return;
    }
    setProgress({ name: file.name, percent: 0 });
    uploadFile(documentId, file, (percent) => setProgress({ name: file.name, percent }), kind)
      .then((f) => {
        const what = f.kind === 'signed_original' ? `bản gốc đã ký «${f.name}»` : `«${f.name}»`;
        void message.success(`Đã tải lên ${what}. ${f.extractionLabel}.`);
        added();
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
        <Button
          size="small"
          icon={<UploadOutlined />}
          loading={progress !== null}
          data-testid={BUTTONS[kind].testId}
        >
          {BUTTONS[kind].label}
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
