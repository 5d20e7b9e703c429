// One study session: the text studied, when and how, the counts; the member's own row and its
// reflection; the attendance list (a check-in on a phone for the organisers and each point); the
// make-up sessions; the action programme of the unit on the text.
import { DeleteOutlined, DownloadOutlined, PlusOutlined } from '@ant-design/icons';
import {
  Alert,
  App,
  Button,
  Card,
  Descriptions,
  Popconfirm,
  Result,
  Space,
  Spin,
  Statistic,
  Tag,
  Typography,
} from 'antd';
import { useState } from 'react';
import { Link, useNavigate, useParams } from 'react-router';
import { formatDateTimeVi } from '../../lib/format.ts';
import { errorText } from '../forms.ts';
import { ActionProgramCard } from './ActionProgramCard.tsx';
import { AttendanceList, ReflectionCell } from './AttendanceList.tsx';
import { exportAttendance, type StudySessionDetail, useDeleteStudy, useStudy } from './api.ts';
import { ReflectionUpload } from './ReflectionUpload.tsx';
import { MakeupModal } from './StudyFormModal.tsx';

function Counts({ s }: { s: StudySessionDetail }) {
  const c = s.counts;
  return (
    <div className="st-counts" data-testid="study-counts">
      <Statistic title="Dự kiến" value={c.expected} />
      <Statistic title="Có mặt" value={c.present} />
      {s.makeupOf === null && <Statistic title="Học bù" value={c.madeUp} />}
      <Statistic title="Chưa học" value={c.notStudied} />
      <Statistic title="Thu hoạch đã nộp" value={c.reflections} suffix={`/ chấm ${c.marked}`} />
    </div>
  );
}

function Heading({ s }: { s: StudySessionDetail }) {
  return (
    <Descriptions size="small" column={{ xs: 1, md: 2 }} className="st-descriptions">
      <Descriptions.Item label="Văn bản">
        {s.resolution.documentId !== null ? (
          <Link to={`/van-ban/${s.resolution.documentId}`}>{s.resolution.ref}</Link>
        ) : (
          s.resolution.ref
        )}{' '}
        <span className="st-muted">{s.resolution.title}</span>
      </Descriptions.Item>
      <Descriptions.Item label="Đơn vị">{s.orgName}</Descriptions.Item>
      <Descriptions.Item label="Thời gian">
        {formatDateTimeVi(s.startsAt)}
        {s.endsAt ? ` – ${formatDateTimeVi(s.endsAt).slice(11)}` : ''}
      </Descriptions.Item>
      <Descriptions.Item label="Hình thức">{s.modeLabel}</Descriptions.Item>
      {s.place && <Descriptions.Item label="Địa điểm">{s.place}</Descriptions.Item>}
      {s.bridge && (
        <Descriptions.Item label="Điểm cầu">
          {s.bridge.host} (chính)
          {s.bridge.points.length > 0 && `; ${s.bridge.points.join('; ')}`}
        </Descriptions.Item>
      )}
      {s.presenter && <Descriptions.Item label="Báo cáo viên">{s.presenter}</Descriptions.Item>}
    </Descriptions>
  );
}

export function SessionPage() {
  const id = Number(useParams().id);
  const { message } = App.useApp();
  const navigate = useNavigate();
  const study = useStudy(id);
  const remove = useDeleteStudy(id);
  const [makeup, setMakeup] = useState(false);
  if (study.isLoading) return <Spin />;
  if (study.isError || !study.data) {
    return <Result status="404" title="Không tìm thấy buổi học tập" subTitle={study.error?.message} />;
  }
  const s = study.data;
  const mine = s.mine;
  return (
    <div className="st-page">
      <div className="page-header">
        <div>
          <Typography.Title level={3} data-testid="study-title">
            {s.title}
          </Typography.Title>
          {s.main && (
            <div>
              <Tag color="gold">Học bù</Tag> cho <Link to={`/hoc-tap/${s.main.id}`}>{s.main.title}</Link>
            </div>
          )}
        </div>
        <Space wrap>
          {s.can.manage && s.makeupOf === null && s.counts.notStudied > 0 && (
            <Button icon={<PlusOutlined />} onClick={() => setMakeup(true)} data-testid="makeup-create">
              Mở buổi học bù
            </Button>
          )}
          <Button
            icon={<DownloadOutlined />}
            onClick={() => exportAttendance(id).catch((err) => void message.error(errorText(err)))}
          >
            Xuất Excel
          </Button>
          {s.can.manage && (
            <Popconfirm
              title="Xóa buổi học tập này?"
              okText="Xóa"
              cancelText="Hủy"
              onConfirm={() =>
                remove.mutate(undefined, {
                  onSuccess: () => void navigate('/hoc-tap'),
                  onError: (err) => void message.error(errorText(err)),
                })
              }
            >
              <Button danger icon={<DeleteOutlined />} aria-label="Xóa buổi học tập" />
            </Popconfirm>
          )}
        </Space>
      </div>
      <Heading s={s} />
      <Counts s={s} />
      {mine && (
        <Card title="Của tôi" size="small" className="st-card" data-testid="study-mine">
          <Space direction="vertical" style={{ width: '100%' }}>
            <div>
              Điểm danh: <strong>{mine.statusLabel ?? 'chưa điểm danh'}</strong> ·{' '}
              <Tag>{mine.stateLabel}</Tag>
            </div>
            <ReflectionCell a={mine} />
            {s.can.reflect && mine.reflection?.grade !== 'dat' && (
              <ReflectionUpload sessionId={s.makeupOf ?? s.id} again={mine.reflection !== null} block />
            )}
          </Space>
        </Card>
      )}
      {s.makeupSessions.length > 0 && (
        <Card title="Các buổi học bù" size="small" className="st-card">
          {s.makeupSessions.map((m) => (
            <div key={m.id}>
              <Link to={`/hoc-tap/${m.id}`}>{formatDateTimeVi(m.startsAt)}</Link> — {m.counts.present}/
              {m.counts.expected} có mặt
            </div>
          ))}
        </Card>
      )}
      {(s.attendees.length > 0 || s.can.check) && (
        <Card title="Điểm danh và bài thu hoạch" size="small" className="st-card">
          {!s.can.manage && s.can.check && (
            <Alert
              type="info"
              showIcon
              style={{ marginBottom: 12 }}
              title="Bạn điểm danh và chấm bài thu hoạch cho đảng viên của đơn vị mình."
            />
          )}
          <AttendanceList session={s} />
        </Card>
      )}
      {s.makeupOf === null && (s.can.manage || s.can.check) && <ActionProgramCard sessionId={s.id} />}
      {s.can.manage && <MakeupModal session={s} open={makeup} onClose={() => setMakeup(false)} />}
    </div>
  );
}
