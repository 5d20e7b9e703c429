// The register of a meeting, one member per row (by given name), made for a phone held in one hand:
// present, absent with a reason, absent without one, exempt from meetings, attending elsewhere for a
// while; a reason when excused. Changes are kept until «Lưu điểm danh», then sent in one request.
import { CheckOutlined, DownloadOutlined } from '@ant-design/icons';
import { App, Button, Card, Input, Radio, Statistic, Tag } from 'antd';
import { useState } from 'react';
import { ATTENDANCE_STATUSES, type AttendanceStatus } from '../../../../domain/meetings/labels.ts';
import { sortByName } from '../../lib/format.ts';
import { errorText } from '../forms.ts';
import { downloadPaper, type MeetingDetail, useRecordAttendance } from './api.ts';

const SHORT: Record<AttendanceStatus, string> = {
  present: 'Có mặt',
  absent_excused: 'Có lý do',
  absent: 'Vắng',
  exempt: 'Miễn',
  elsewhere: 'Nơi khác',
};

interface Change {
  status: AttendanceStatus;
  reason?: string;
}

export function AttendancePanel({ m }: { m: MeetingDetail }) {
  const { message } = App.useApp();
  const record = useRecordAttendance(m.id);
  const [changes, setChanges] = useState<Map<number, Change>>(new Map());
  const editable = m.can.manage && m.status !== 'cancelled';
  const items = sortByName(m.attendance.items, (a) => a.fullName);
  const c = m.attendance.counts;
  const set = (memberId: number, change: Change) => setChanges((x) => new Map(x).set(memberId, change));
  const allPresent = () => {
    const next = new Map(changes);
    for (const a of items)
      if (a.status === null && !next.has(a.memberId)) next.set(a.memberId, { status: 'present' });
    setChanges(next);
  };
  const save = () =>
    record.mutate(
      {
        entries: items.flatMap((a) => {
          const ch = changes.get(a.memberId);
          const status = ch?.status ?? a.status;
          if (!status) return [];
          const reason = status === 'absent_excused' ? (ch?.reason ?? a.reason ?? '') : '';
          return [{ memberId: a.memberId, status, reason: reason.trim() || undefined }];
        }),
      },
      {
        onSuccess: () => {
          void message.success('Đã lưu điểm danh.');
          setChanges(new Map());
        },
        onError: (err) => void message.error(errorText(err)),
      },
    );

  return (
    <div>
      <div className="mt-counts" data-testid="attendance-counts">
        <Statistic title="Có mặt / phải dự" value={c.present} suffix={`/ ${c.expected}`} />
        <Statistic title="Vắng có lý do" value={c.absentExcused} />
        <Statistic title="Vắng không lý do" value={c.absent} />
        <Statistic title="Miễn sinh hoạt" value={c.exempt} />
        <Statistic title="Nơi khác" value={c.elsewhere} />
        <Statistic title="Tỷ lệ" value={c.rate === null ? '—' : `${Math.round(c.rate * 100)}%`} />
      </div>
      <div className="mt-actions">
        {editable && (
          <Button icon={<CheckOutlined />} onClick={allPresent} data-testid="att-all-present">
            Những người chưa điểm danh: có mặt
          </Button>
        )}
        <Button
          icon={<DownloadOutlined />}
          onClick={() =>
            void downloadPaper(m.id, 'attendance').catch((err) => void message.error(errorText(err)))
          }
        >
          Danh sách (Word)
        </Button>
      </div>
      <Card size="small">
        <div className="mt-att-list" data-testid="attendance-list">
          {items.map((a) => {
            const change = changes.get(a.memberId);
            const status = change?.status ?? a.status;
            return (
              <div key={a.memberId} className="mt-att-row" data-testid={`att-row-${a.memberId}`}>
                <div>
                  <div className="mt-att-name">{a.fullName}</div>
                  {!a.official && <Tag>Dự bị</Tag>}
                </div>
                {editable ? (
                  <Radio.Group
                    className="mt-att-buttons"
                    optionType="button"
                    buttonStyle="solid"
                    value={status}
                    onChange={(e) =>
                      set(a.memberId, { status: e.target.value, reason: change?.reason ?? a.reason ?? '' })
                    }
                    options={ATTENDANCE_STATUSES.map((s) => ({
                      value: s,
                      label: <span data-testid={`att-${a.memberId}-${s}`}>{SHORT[s]}</span>,
                    }))}
                  />
                ) : (
                  <div>{a.statusLabel ?? <span className="mt-muted">Chưa điểm danh</span>}</div>
                )}
                {editable && status === 'absent_excused' && (
                  <Input
                    className="mt-att-reason"
                    placeholder="Lý do vắng"
                    maxLength={300}
                    value={change?.reason ?? a.reason ?? ''}
                    onChange={(e) => set(a.memberId, { status: 'absent_excused', reason: e.target.value })}
                    aria-label={`Lý do vắng của ${a.fullName}`}
                  />
                )}
                {!editable && a.reason && <div className="mt-muted mt-att-reason">Lý do: {a.reason}</div>}
              </div>
            );
          })}
          {items.length === 0 && (
            <div className="mt-muted">Không có đảng viên nào trong danh sách ngày họp.</div>
          )}
        </div>
      </Card>
      {changes.size > 0 && (
        <div className="mt-save-bar">
          <span>{changes.size} thay đổi chưa lưu</span>
          <Button onClick={() => setChanges(new Map())}>Bỏ</Button>
          <Button type="primary" loading={record.isPending} onClick={save} data-testid="att-save">
            Lưu điểm danh
          </Button>
        </div>
      )}
    </div>
  );
}
