// A member's own study sessions, newest first, made for a phone: the text, when and where, whether it
// was present (or studied at a make-up), and its written reflection with the button to submit it.
import { Alert, Card, Empty, Spin, Tag, Typography } from 'antd';
import { Link } from 'react-router';
import { formatDateTimeVi } from '../../lib/format.ts';
import { ReflectionCell } from './AttendanceList.tsx';
import { useMyStudies } from './api.ts';
import { ReflectionUpload } from './ReflectionUpload.tsx';

const STATE_COLOR = { studied: 'green', made_up: 'gold', not_studied: 'default' } as const;

export function MyStudiesPage() {
  const mine = useMyStudies();
  if (mine.isLoading) return <Spin />;
  if (mine.isError) return <Alert type="error" showIcon title={mine.error.message} />;
  const data = mine.data;
  return (
    <div className="st-mine">
      <Typography.Title level={3}>Học tập nghị quyết của tôi</Typography.Title>
      {data && !data.linked && (
        <Alert
          type="info"
          showIcon
          title="Tài khoản của bạn chưa gắn với hồ sơ đảng viên, nên chưa có buổi học tập nào của bạn."
        />
      )}
      {data?.linked && data.items.length === 0 && <Empty description="Chưa có buổi học tập nào" />}
      {data?.items.map(({ session: s, mine: row, canSubmit }) => (
        <Card key={s.id} size="small" className="st-card" data-testid={`my-study-${s.id}`}>
          <Link to={`/hoc-tap/${s.id}`} className="st-mine-title">
            {s.title}
          </Link>
          <div className="st-muted">
            {s.resolution.ref} {s.resolution.title}
          </div>
          <div>
            {formatDateTimeVi(s.startsAt)} · {s.mode === 'video' ? 'Trực tuyến' : 'Trực tiếp'}
            {s.place ? ` · ${s.place}` : ''}
            {s.bridge ? ` · ${s.bridge.host}` : ''}
            {s.makeupOf !== null && <Tag color="gold">Học bù</Tag>}
          </div>
          <div className="st-mine-state">
            <Tag color={STATE_COLOR[row.state]}>{row.stateLabel}</Tag>
            {row.statusLabel && <span className="st-muted">{row.statusLabel}</span>}
          </div>
          <ReflectionCell a={row} />
          {row.reflection?.comment && <div className="st-muted">Nhận xét: {row.reflection.comment}</div>}
          {canSubmit && (
            <ReflectionUpload sessionId={s.makeupOf ?? s.id} again={row.reflection !== null} block />
          )}
        </Card>
      ))}
    </div>
  );
}
