// The expected members of a session, one row each, made for a phone held in one hand: the name, the
// chi bộ, three buttons (có mặt, vắng có lý do, vắng), a reason when excused, what the member's study
// came to and its reflection. Changes are kept until «Lưu điểm danh» (a bar at the bottom of the
// screen), then sent in one request.
import { CheckOutlined, FileTextOutlined } from '@ant-design/icons';
import { App, Button, Input, Radio, Tag } from 'antd';
import { useMemo, useState } from 'react';
import { STUDY_ATTENDANCE, type StudyAttendance } from '../../../../domain/studies/labels.ts';
import { errorText } from '../forms.ts';
import { type StudyAttendee, type StudySessionDetail, useRecordAttendance } from './api.ts';
import { MarkModal } from './MarkModal.tsx';
import { ReflectionUpload } from './ReflectionUpload.tsx';

const SHORT: Record<StudyAttendance, string> = {
  present: 'Có mặt',
  absent_excused: 'Có lý do',
  absent: 'Vắng',
};
const STATE_COLOR = { studied: 'green', made_up: 'gold', not_studied: 'default' } as const;

interface Change {
  status: StudyAttendance;
  reason?: string;
}

export function ReflectionCell({ a, onMark }: { a: StudyAttendee; onMark?: (a: StudyAttendee) => void }) {
  const r = a.reflection;
  if (!r) return <span className="st-muted">Chưa nộp thu hoạch</span>;
  return (
    <span className="st-reflection">
      <a href={r.url} target="_blank" rel="noreferrer">
        <FileTextOutlined /> Thu hoạch (lần {r.version})
      </a>
      {r.gradeLabel ? (
        <Tag color={r.grade === 'dat' ? 'green' : 'red'}>
          {r.gradeLabel}
          {r.score !== null ? ` · ${r.score}` : ''}
        </Tag>
      ) : (
        <Tag>Chưa chấm</Tag>
      )}
      {onMark && r.grade !== 'dat' && (
        <Button size="small" onClick={() => onMark(a)} data-testid={`mark-${a.memberId}`}>
          Chấm
        </Button>
      )}
    </span>
  );
}

export function AttendanceList({ session }: { session: StudySessionDetail }) {
  const { message } = App.useApp();
  const record = useRecordAttendance(session.id);
  const [changes, setChanges] = useState<Map<number, Change>>(new Map());
  const [marking, setMarking] = useState<StudyAttendee | null>(null);
  const checkable = useMemo(() => session.attendees.filter((a) => a.canCheck), [session.attendees]);
  const set = (memberId: number, change: Change) => setChanges((m) => new Map(m).set(memberId, change));
  const allPresent = () => {
    const next = new Map(changes);
    for (const a of checkable)
      if (a.status === null && !next.has(a.memberId)) next.set(a.memberId, { status: 'present' });
    setChanges(next);
  };
  const save = () =>
    record.mutate(
      {
        entries: [...changes].map(([memberId, c]) => ({
          memberId,
          status: c.status,
          reason: c.status === 'absent_excused' ? c.reason || undefined : undefined,
        })),
      },
      {
        onSuccess: () => {
          void message.success(`Đã lưu điểm danh ${changes.size} đảng viên.`);
          setChanges(new Map());
        },
        onError: (err) => void message.error(errorText(err)),
      },
    );

  return (
    <div>
      {session.can.check && (
        <div className="st-att-tools">
          <Button icon={<CheckOutlined />} onClick={allPresent} data-testid="att-all-present">
            Những người chưa điểm danh: có mặt
          </Button>
        </div>
      )}
      <div className="st-att-list" data-testid="attendance-list">
        {session.attendees.map((a) => {
          const change = changes.get(a.memberId);
          const status = change?.status ?? a.status;
          return (
            <div key={a.memberId} className="st-att-row" data-testid={`att-row-${a.memberId}`}>
              <div className="st-att-who">
                <div className="st-att-name">{a.fullName}</div>
                <div className="st-muted">{a.orgName}</div>
              </div>
              <div className="st-att-state">
                <Tag color={STATE_COLOR[a.state]}>{a.stateLabel}</Tag>
                {a.madeUpAt && <span className="st-muted">học bù</span>}
              </div>
              {a.canCheck ? (
                <Radio.Group
                  className="st-att-buttons"
                  optionType="button"
                  buttonStyle="solid"
                  value={status}
                  onChange={(e) =>
                    set(a.memberId, { status: e.target.value, reason: change?.reason ?? a.reason ?? '' })
                  }
                  options={STUDY_ATTENDANCE.map((s) => ({
                    value: s,
                    label: <span data-testid={`att-${a.memberId}-${s}`}>{SHORT[s]}</span>,
                  }))}
                />
              ) : (
                <div>{a.statusLabel ?? <span className="st-muted">Chưa điểm danh</span>}</div>
              )}
              {a.canCheck && status === 'absent_excused' && (
                <Input
                  className="st-att-reason"
                  placeholder="Lý do vắng"
                  maxLength={500}
                  value={change?.reason ?? a.reason ?? ''}
                  onChange={(e) => set(a.memberId, { status: 'absent_excused', reason: e.target.value })}
                  aria-label={`Lý do vắng của ${a.fullName}`}
                />
              )}
              {!a.canCheck && a.reason && <div className="st-muted">Lý do: {a.reason}</div>}
              <div className="st-att-reflection">
                <ReflectionCell a={a} onMark={a.canCheck ? setMarking : undefined} />
                {a.canCheck && a.reflection?.grade !== 'dat' && a.reflection?.grade !== null && (
                  <ReflectionUpload
                    sessionId={session.makeupOf ?? session.id}
                    memberId={a.memberId}
                    label={a.reflection ? 'Nộp lại bản giấy' : 'Nộp bản giấy'}
                  />
                )}
              </div>
            </div>
          );
        })}
        {session.attendees.length === 0 && (
          <div className="st-muted">Không có đảng viên nào để hiển thị.</div>
        )}
      </div>
      {changes.size > 0 && (
        <div className="st-save-bar">
          <span>{changes.size} thay đổi chưa lưu</span>
          <Button onClick={() => setChanges(new Map())}>Bỏ</Button>
          <Button type="primary" loading={record.isPending} onClick={save} data-testid="att-save">
            Lưu điểm danh
          </Button>
        </div>
      )}
      <MarkModal
        sessionId={session.makeupOf ?? session.id}
        reflection={marking?.reflection ?? null}
        memberName={marking?.fullName ?? ''}
        onClose={() => setMarking(null)}
      />
    </div>
  );
}
