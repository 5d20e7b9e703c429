// One meeting from plan to report: the heading (kind, time, place or link, chair, secretary), the
// steps of the workflow, the warnings, the Word papers, and one section per step — notice and
// documents, attendance, votes, minutes, resolution (with the report up) and the quality score.
import { DownloadOutlined, EditOutlined, StopOutlined } from '@ant-design/icons';
import {
  App,
  Button,
  Descriptions,
  Dropdown,
  Input,
  Modal,
  Radio,
  Result,
  Space,
  Spin,
  Steps,
  Typography,
} from 'antd';
import { useState } from 'react';
import { Link, useParams } from 'react-router';
import { errorText } from '../forms.ts';
import { AttendancePanel } from './AttendancePanel.tsx';
import { downloadPaper, type MeetingDetail, type Paper, useCancelMeeting, useMeeting } from './api.ts';
import { MinutesPanel } from './MinutesPanel.tsx';
import { NoticePanel } from './NoticePanel.tsx';
import { PlanFormModal } from './PlanFormModal.tsx';
import { KindTag, StatusTag, timeSpan, Warnings } from './parts.tsx';
import { QualityPanel } from './QualityPanel.tsx';
import { ResolutionPanel } from './ResolutionPanel.tsx';
import { VotesPanel } from './VotesPanel.tsx';

const STEPS: { status: MeetingDetail['status']; title: string }[] = [
  { status: 'planned', title: 'Kế hoạch' },
  { status: 'notified', title: 'Thông báo' },
  { status: 'held', title: 'Biên bản' },
  { status: 'resolved', title: 'Nghị quyết' },
  { status: 'reported', title: 'Báo cáo' },
];

const PAPERS: { key: Paper; label: string }[] = [
  { key: 'invitation', label: 'Giấy mời' },
  { key: 'attendance', label: 'Danh sách dự sinh hoạt' },
  { key: 'minutes', label: 'Biên bản' },
  { key: 'resolution', label: 'Nghị quyết' },
];

function Heading({ m }: { m: MeetingDetail }) {
  return (
    <Descriptions size="small" column={{ xs: 1, md: 2 }} className="mt-block">
      <Descriptions.Item label="Đơn vị">{m.orgName}</Descriptions.Item>
      <Descriptions.Item label="Thời gian">{timeSpan(m)}</Descriptions.Item>
      {m.place && <Descriptions.Item label="Địa điểm">{m.place}</Descriptions.Item>}
      {m.videoLink && (
        <Descriptions.Item label="Trực tuyến">
          <a href={m.videoLink} target="_blank" rel="noreferrer" className="mt-break">
            {m.videoLink}
          </a>
        </Descriptions.Item>
      )}
      <Descriptions.Item label="Chủ trì">{m.chairName ?? '—'}</Descriptions.Item>
      <Descriptions.Item label="Thư ký">{m.secretaryName ?? '—'}</Descriptions.Item>
      {m.topic && <Descriptions.Item label="Chuyên đề">{m.topic}</Descriptions.Item>}
      {m.cancelReason && <Descriptions.Item label="Lý do hủy">{m.cancelReason}</Descriptions.Item>}
    </Descriptions>
  );
}

function CancelButton({ m }: { m: MeetingDetail }) {
  const { message } = App.useApp();
  const cancel = useCancelMeeting(m.id);
  const [open, setOpen] = useState(false);
  const [reason, setReason] = useState('');
  return (
    <>
      <Button danger icon={<StopOutlined />} onClick={() => setOpen(true)}>
        Hủy
      </Button>
      <Modal
        open={open}
        title="Hủy cuộc sinh hoạt"
        okText="Hủy cuộc sinh hoạt"
        cancelText="Đóng"
        okButtonProps={{ danger: true, disabled: !reason.trim(), loading: cancel.isPending }}
        onCancel={() => setOpen(false)}
        onOk={() =>
          cancel.mutate(reason.trim(), {
            onSuccess: () => {
              setOpen(false);
              void message.success('Đã hủy cuộc sinh hoạt.');
            },
            onError: (err) => void message.error(errorText(err)),
          })
        }
      >
        <Input.TextArea
          rows={3}
          placeholder="Lý do hủy"
          value={reason}
          onChange={(e) => setReason(e.target.value)}
        />
      </Modal>
    </>
  );
}

export function MeetingPage() {
  const id = Number(useParams().id);
  const { message } = App.useApp();
  const meeting = useMeeting(id);
  const [editing, setEditing] = useState(false);
  const [section, setSection] = useState('notice');
  if (meeting.isLoading) return <Spin />;
  if (meeting.isError || !meeting.data) {
    return <Result status="404" title="Không tìm thấy cuộc sinh hoạt" subTitle={meeting.error?.message} />;
  }
  const m = meeting.data;
  const open = m.status !== 'cancelled' && m.resolution.symbol === null;
  const current = Math.max(
    0,
    STEPS.findIndex((s) => s.status === m.status),
  );
  const tabs = [
    { key: 'notice', label: 'Thông báo, tài liệu', children: <NoticePanel m={m} /> },
    { key: 'attendance', label: 'Điểm danh', children: <AttendancePanel m={m} /> },
    { key: 'votes', label: 'Biểu quyết', children: <VotesPanel m={m} /> },
    { key: 'minutes', label: 'Biên bản', children: <MinutesPanel m={m} /> },
    { key: 'resolution', label: 'Nghị quyết', children: <ResolutionPanel m={m} /> },
    { key: 'quality', label: 'Chất lượng', children: <QualityPanel m={m} /> },
  ];
  return (
    <div className="mt-page">
      <div className="mt-back">
        <Link to="/sinh-hoat">← Các cuộc sinh hoạt</Link>
      </div>
      <div className="page-header">
        <div>
          <Typography.Title level={3} data-testid="meeting-title">
            {m.title}
          </Typography.Title>
          <Space wrap size={4}>
            <KindTag m={m} />
            <StatusTag m={m} />
          </Space>
        </div>
        <Space wrap>
          <Dropdown
            menu={{
              items: PAPERS.map((p) => ({ key: p.key, label: p.label })),
              onClick: ({ key }) =>
                void downloadPaper(m.id, key as Paper).catch((err) => void message.error(errorText(err))),
            }}
          >
            <Button icon={<DownloadOutlined />} data-testid="meeting-papers">
              Tải Word
            </Button>
          </Dropdown>
          {m.can.manage && open && (
            <Button icon={<EditOutlined />} onClick={() => setEditing(true)} data-testid="meeting-edit">
              Sửa kế hoạch
            </Button>
          )}
          {m.can.manage && open && <CancelButton m={m} />}
        </Space>
      </div>
      <Heading m={m} />
      {m.status !== 'cancelled' && (
        <Steps
          className="mt-block mt-steps"
          size="small"
          current={current}
          items={STEPS.map((s) => ({ title: s.title }))}
        />
      )}
      <Warnings m={m} />
      <Radio.Group
        className="mt-sections"
        optionType="button"
        value={section}
        onChange={(e) => setSection(e.target.value)}
        options={tabs.map((t) => ({
          value: t.key,
          label: <span data-testid={`section-${t.key}`}>{t.label}</span>,
        }))}
        aria-label="Các bước của cuộc sinh hoạt"
      />
      <div className="mt-section">{tabs.find((t) => t.key === section)?.children}</div>
      {m.can.manage && <PlanFormModal open={editing} onClose={() => setEditing(false)} meeting={m} />}
    </div>
  );
}
