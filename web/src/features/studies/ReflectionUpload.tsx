// Submitting a written reflection (bài thu hoạch): one big button on a phone, the file chosen from
// the phone's files (PDF or Word), a progress bar while it goes up. Staff may submit a paper one for
// a member (memberId).
import { UploadOutlined } from '@ant-design/icons';
import { App, Button, Progress } from 'antd';
import { useRef, useState } from 'react';
import { errorText } from '../forms.ts';
import { uploadReflection, useReflectionUploaded } from './api.ts';

export function ReflectionUpload({
  sessionId,
  memberId,
  again,
  block,
  label,
}: {
  sessionId: number;
  memberId?: number;
  /** A reflection was submitted before: this one is a new version. */
  again?: boolean;
  block?: boolean;
  /** Staff submitting a paper reflection for a member: a small button with this label, no hint. */
  label?: string;
}) {
  const { message } = App.useApp();
  const input = useRef<HTMLInputElement>(null);
  const [percent, setPercent] = useState<number | null>(null);
  const uploaded = useReflectionUploaded();
  const send = async (file: File) => {
    setPercent(0);
    try {
      const r = await uploadReflection(sessionId, file, setPercent, memberId);
      void message.success(`Đã nộp bài thu hoạch (lần ${r.version}).`);
      await uploaded();
    } catch (err) {
      void message.error(errorText(err));
    } finally {
      setPercent(null);
      if (input.current) input.current.value = '';
    }
  };
  return (
    <div className="st-upload">
      <input
        ref={input}
        type="file"
        accept=".pdf,.docx,application/pdf,application/vnd.openxmlformats-officedocument.wordprocessingml.document"
        hidden
        data-testid={memberId ? `reflection-file-${sessionId}-${memberId}` : `reflection-file-${sessionId}`}
        onChange={(e) => {
          const file = e.target.files?.[0];
          if (file) void send(file);
        }}
      />
      <Button
        type={again || label ? 'default' : 'primary'}
        icon={<UploadOutlined />}
        block={block}
        size={block ? 'large' : label ? 'small' : 'middle'}
        loading={percent !== null}
        onClick={() => input.current?.click()}
        data-testid={
          memberId ? `reflection-upload-${sessionId}-${memberId}` : `reflection-upload-${sessionId}`
        }
      >
        {label ?? (again ? 'Nộp lại bài thu hoạch' : 'Nộp bài thu hoạch')}
      </Button>
      {percent !== null && <Progress percent={percent} size="small" />}
      {!label && <div className="st-muted">Tệp PDF hoặc Word (.docx).</div>}
    </div>
  );
}
