// The notice and the documents of a meeting: the agenda, the unfinished tasks brought back from the
// previous resolution, the rule for posting documents (at least a day before) with its source, the
// «notify» button (the members and the committee above), and the files — upload with progress,
// download for everyone who may see the meeting.
import { DownloadOutlined, NotificationOutlined, UploadOutlined } from '@ant-design/icons';
import { App, Button, Card, Popconfirm, Progress, Select, Upload } from 'antd';
import { useState } from 'react';
import {
  MEETING_FILE_KIND_LABELS,
  MEETING_FILE_KINDS,
  type MeetingFileKind,
} from '../../../../domain/meetings/labels.ts';
import { formatDateTimeVi, formatDateVi } from '../../lib/format.ts';
import { errorText } from '../forms.ts';
import {
  downloadMeetingFile,
  type MeetingDetail,
  uploadMeetingFile,
  useFileUploaded,
  useNotifyMeeting,
} from './api.ts';

function size(n: number): string {
  return n >= 1024 * 1024 ? `${(n / 1024 / 1024).toFixed(1)} MB` : `${Math.max(1, Math.round(n / 1024))} KB`;
}

function Files({ m }: { m: MeetingDetail }) {
  const { message } = App.useApp();
  const uploaded = useFileUploaded();
  const [kind, setKind] = useState<MeetingFileKind>('material');
  const [percent, setPercent] = useState<number | null>(null);
  const upload = (file: File) => {
    setPercent(0);
    uploadMeetingFile(m.id, file, kind, setPercent)
      .then((f) => {
        void message.success(`Đã đăng «${f.name}».`);
        void uploaded();
      })
      .catch((err) => void message.error(errorText(err)))
      .finally(() => setPercent(null));
    return false;
  };
  return (
    <Card size="small" title="Tài liệu" className="mt-block">
      {m.can.manage && m.status !== 'cancelled' && (
        <div className="mt-upload">
          <Select
            value={kind}
            onChange={setKind}
            options={MEETING_FILE_KINDS.map((k) => ({ value: k, label: MEETING_FILE_KIND_LABELS[k] }))}
            style={{ width: 200 }}
            aria-label="Loại tài liệu"
          />
          <Upload
            beforeUpload={upload}
            showUploadList={false}
            accept=".pdf,.doc,.docx,.xlsx,.jpg,.jpeg,.png,.tif,.tiff"
          >
            <Button icon={<UploadOutlined />} loading={percent !== null} data-testid="file-upload">
              Đăng tài liệu
            </Button>
          </Upload>
          {percent !== null && <Progress percent={percent} size="small" style={{ width: 160 }} />}
        </div>
      )}
      {m.files.length === 0 ? (
        <div className="mt-muted">Chưa có tài liệu nào.</div>
      ) : (
        <ul className="mt-files" data-testid="meeting-files">
          {m.files.map((f) => (
            <li key={f.id}>
              <Button
                type="link"
                icon={<DownloadOutlined />}
                className="mt-file-link"
                onClick={() => void downloadMeetingFile(f).catch((err) => void message.error(errorText(err)))}
              >
                {f.name}
              </Button>
              <div className="mt-muted">
                {f.kindLabel} · {size(f.size)} · đăng {formatDateTimeVi(f.postedAt)}
                {f.createdByName ? ` bởi ${f.createdByName}` : ''}
              </div>
            </li>
          ))}
        </ul>
      )}
    </Card>
  );
}

export function NoticePanel({ m }: { m: MeetingDetail }) {
  const { message } = App.useApp();
  const notify = useNotifyMeeting(m.id);
  const late = m.warnings.some((w) => w.code === 'documents_late' || w.code === 'documents_missing');
  const rule = m.rules.documentsLeadDays;
  const send = () =>
    notify.mutate(undefined, {
      onSuccess: (r) => void message.success(`Đã thông báo đến ${r.notified} tài khoản.`),
      onError: (err) => void message.error(errorText(err)),
    });
  return (
    <div>
      <Card size="small" title="Nội dung sinh hoạt" className="mt-block">
        {m.agenda ? (
          <div className="mt-pre">{m.agenda}</div>
        ) : (
          <div className="mt-muted">Chưa ghi nội dung.</div>
        )}
        {m.carryOver && m.carryOver.items.length > 0 && (
          <div className="mt-carry" data-testid="meeting-carry-over">
            <strong>
              Nhiệm vụ chưa hoàn thành của nghị quyết kỳ trước (
              {m.carryOver.fromSymbol ?? m.carryOver.fromTitle}, {formatDateVi(m.carryOver.fromOn)}):
            </strong>
            <ul className="mt-list">
              {m.carryOver.items.map((t) => (
                <li key={t.id}>
                  {t.title} — {t.ownerName}, hạn {formatDateVi(t.dueOn)}
                  {t.tracked ? ` (${t.tracked.stateLabel})` : ''}
                </li>
              ))}
            </ul>
          </div>
        )}
      </Card>
      <div className="mt-muted mt-block" data-testid="documents-rule">
        Tài liệu sinh hoạt đăng trước giờ họp ít nhất {rule.days} ngày. Căn cứ: {rule.source}
      </div>
      {m.can.manage && (m.status === 'planned' || m.status === 'notified') && (
        <div className="mt-actions">
          <Popconfirm
            title={m.notifiedAt ? 'Thông báo lại cho đảng viên và cấp ủy cấp trên?' : 'Gửi thông báo?'}
            description={
              late ? 'Tài liệu chưa đăng đủ sớm: thông báo vẫn được gửi, kèm cảnh báo.' : undefined
            }
            okText="Gửi"
            cancelText="Hủy"
            onConfirm={send}
          >
            <Button
              type="primary"
              icon={<NotificationOutlined />}
              loading={notify.isPending}
              data-testid="meeting-notify"
            >
              {m.notifiedAt ? 'Thông báo lại' : 'Gửi thông báo'}
            </Button>
          </Popconfirm>
          {m.notifiedAt && <span className="mt-muted">Đã thông báo {formatDateTimeVi(m.notifiedAt)}</span>}
        </div>
      )}
      <Files m={m} />
    </div>
  );
}
