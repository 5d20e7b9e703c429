// A party member's home, made for a phone: the next meeting with its agenda and documents, the
// tasks given to them (with «Báo cáo đã xong»), their fee, their own record and badges, their study
// sessions and the latest notices. Cards one under the other, big touch targets, no admin menus.
// A section the installation does not have yet (its area not built) is left out. Plain markup, no
// antd: this is the first screen of a phone, and every kilobyte of its first chunk is parsed first.
import type { ReactNode } from 'react';
import { useEffect, useState } from 'react';
import { Link } from 'react-router';
import { formatDateTimeVi, formatDateVi } from '../../lib/format.ts';
import { CheckIcon, FileIcon } from '../../shell/icons.tsx';
import { type HomeMeeting, type HomeMember, type HomeTask, useReportDone, useReportedTasks } from './api.ts';

const money = new Intl.NumberFormat('vi-VN');
const dong = (n: number) => `${money.format(n)} đ`;
const monthVi = (m: string) => `${m.slice(5, 7)}/${m.slice(0, 4)}`;
type Tone = 'red' | 'blue' | 'green' | 'orange' | 'gold';
/** A small coloured label (home.css), drawn like antd's Tag of the same colour. */
function Tag({ color, children }: { color: Tone; children: ReactNode }) {
  return <span className={`home-tag home-tag-${color}`}>{children}</span>;
}

/** The agenda's items may repeat; their place in the list is what tells them apart. */
const numbered = (items: string[]) => items.map((text, i) => ({ n: i + 1, text }));

/** A card of the home: plain markup (antd's Card brings its tabs along, weight a phone need not load). */
function Section({ title, testId, children }: { title: string; testId?: string; children: ReactNode }) {
  return (
    <section className="home-card" data-testid={testId}>
      <h3 className="home-card-title">{title}</h3>
      <div className="home-card-body">{children}</div>
    </section>
  );
}

function MeetingCard({ next }: { next: HomeMeeting | null }) {
  return (
    <Section title="Cuộc họp sắp tới" testId="home-meeting">
      {next ? (
        <div>
          <h4 className="home-meeting-title">
            {next.link ? <Link to={next.link}>{next.title}</Link> : next.title}
          </h4>
          <div className="home-muted">
            {next.kindLabel} · {next.orgName}
          </div>
          <div className="home-when">
            {formatDateTimeVi(next.startsAt)}
            {next.place && <> · {next.place}</>}
          </div>
          {next.agenda.length > 0 && (
            <>
              <div className="home-subtitle">Chương trình</div>
              <ol className="home-agenda">
                {numbered(next.agenda).map((a) => (
                  <li key={a.n}>{a.text}</li>
                ))}
              </ol>
            </>
          )}
          {next.documents.length > 0 && (
            <>
              <div className="home-subtitle">Tài liệu</div>
              <ul className="home-docs">
                {next.documents.map((d) => (
                  <li key={d.url}>
                    <a href={d.url} className="home-doc">
                      <FileIcon /> {d.name}
                    </a>
                  </li>
                ))}
              </ul>
            </>
          )}
        </div>
      ) : (
        <p className="home-empty">Chưa có cuộc họp nào được triệu tập</p>
      )}
    </Section>
  );
}

function TaskItem({ task }: { task: HomeTask }) {
  const report = useReportDone();
  return (
    <li className="home-task" data-testid={`home-task-${task.id}`}>
      <div className="home-task-title">{task.title}</div>
      <div className="home-muted">
        Hạn {formatDateVi(task.dueOn)} · {task.orgName}
        {task.sourceRef && <> · theo {task.sourceRef}</>}
      </div>
      <div className="home-task-state">
        <Tag color={task.overdue ? 'red' : 'blue'}>{task.stateLabel}</Tag>
        {task.progress > 0 && <span className="home-muted">Tiến độ {task.progress}%</span>}
      </div>
      {report.isError && (
        <div className="home-error" role="alert">
          {report.error.message}
        </div>
      )}
      {task.canReport && <ReportDone pending={report.isPending} onConfirm={() => report.mutate(task)} />}
    </li>
  );
}

/** «Báo cáo đã xong», then a question under it: a tap by mistake reports nothing. */
function ReportDone({ pending, onConfirm }: { pending: boolean; onConfirm: () => void }) {
  const [asking, setAsking] = useState(false);
  if (!asking)
    return (
      <button
        type="button"
        className="home-button home-button-primary home-task-done"
        disabled={pending}
        onClick={() => setAsking(true)}
      >
        <CheckIcon /> {pending ? 'Đang gửi báo cáo…' : 'Báo cáo đã xong'}
      </button>
    );
  return (
    <fieldset className="home-confirm">
      <legend className="home-confirm-question">Báo cáo đã hoàn thành nhiệm vụ này?</legend>
      <div className="home-confirm-buttons">
        <button type="button" className="home-button" onClick={() => setAsking(false)}>
          Chưa
        </button>
        <button
          type="button"
          className="home-button home-button-primary"
          onClick={() => {
            setAsking(false);
            onConfirm();
          }}
        >
          Đã xong
        </button>
      </div>
    </fieldset>
  );
}

function TasksCard({ tasks }: { tasks: NonNullable<HomeMember['tasks']> }) {
  const done = useReportedTasks();
  return (
    <Section title="Nhiệm vụ của tôi" testId="home-tasks">
      {done.map((t) => (
        <div key={t.id} className="home-done" role="status">
          <CheckIcon /> Đã báo cáo hoàn thành: {t.title}
        </div>
      ))}
      {tasks.items.length === 0 ? (
        <p className="home-empty">Không có nhiệm vụ nào đang chờ bạn</p>
      ) : (
        <ul className="home-list">
          {tasks.items.map((t) => (
            <TaskItem key={t.id} task={t} />
          ))}
        </ul>
      )}
      {tasks.more && (
        <div className="home-muted">Còn nhiệm vụ khác: chỉ hiện 20 nhiệm vụ đến hạn sớm nhất.</div>
      )}
    </Section>
  );
}

function SelfCards({ self }: { self: NonNullable<HomeMember['self']> }) {
  const { record, fees } = self;
  if (!record) {
    return (
      <Section title="Hồ sơ của tôi">
        <p className="home-muted">
          Chưa có hồ sơ đảng viên gắn với tài khoản này. Văn phòng cấp ủy sẽ gắn hồ sơ của bạn.
        </p>
      </Section>
    );
  }
  return (
    <>
      {fees && (
        <Section title="Đảng phí" testId="home-fees">
          <div className="home-figure">
            {fees.exempt ? 'Miễn đóng' : dong(fees.due)}
            <span className="home-muted"> / tháng {monthVi(fees.month)}</span>
          </div>
          <div className="home-fee-state">
            {fees.exempt ? null : fees.paidThisMonth ? (
              <Tag color="green">Đã nộp tháng này</Tag>
            ) : (
              <Tag color="orange">Chưa nộp tháng này</Tag>
            )}
            {fees.monthsOwed > 0 && <Tag color="red">Còn nợ {fees.monthsOwed} tháng trước</Tag>}
          </div>
          <div className="home-muted">{fees.rule}</div>
          {fees.payments.length > 0 && (
            <>
              <div className="home-subtitle">Đã nộp gần đây</div>
              <ul className="home-plain">
                {fees.payments.map((p) => (
                  <li key={p.month}>
                    Tháng {monthVi(p.month)}: {dong(p.amount)}{' '}
                    <span className="home-muted">(ngày {formatDateVi(p.paidOn)})</span>
                  </li>
                ))}
              </ul>
            </>
          )}
        </Section>
      )}
      <Section title="Hồ sơ của tôi" testId="home-record">
        <div className="home-figure">{record.fullName}</div>
        <div className="home-muted">
          {record.orgName} · {record.statusLabel}
        </div>
        <ul className="home-plain">
          <li>Ngày vào Đảng: {formatDateVi(record.admittedOn)}</li>
          {record.officialOn && <li>Ngày chính thức: {formatDateVi(record.officialOn)}</li>}
          <li>Tuổi đảng: {record.partyAgeYears} năm</li>
        </ul>
        {record.badges.length > 0 && (
          <div className="home-badges">
            {record.badges.map((b) => (
              <Tag key={b.years} color="gold">
                Huy hiệu {b.years} năm tuổi Đảng ({formatDateVi(b.awardedOn)})
              </Tag>
            ))}
          </div>
        )}
        <Link to={record.link} className="home-more">
          Xem hồ sơ đầy đủ
        </Link>
      </Section>
    </>
  );
}

function StudiesCard({ studies }: { studies: NonNullable<HomeMember['studies']> }) {
  return (
    <Section title="Học tập, thu hoạch" testId="home-studies">
      {studies.items.length === 0 ? (
        <p className="home-empty">Chưa có buổi học tập nào</p>
      ) : (
        <ul className="home-list">
          {studies.items.map((s) => (
            <li key={s.id}>
              <div className="home-task-title">{s.link ? <Link to={s.link}>{s.title}</Link> : s.title}</div>
              <div className="home-muted">
                {formatDateVi(s.on)}
                {s.orgName && <> · {s.orgName}</>}
              </div>
              {s.reflection !== 'not_required' && (
                <Tag color={s.reflection === 'due' ? 'orange' : 'green'}>{s.reflectionLabel}</Tag>
              )}
            </li>
          ))}
        </ul>
      )}
    </Section>
  );
}

function NoticesCard({ notices }: { notices: NonNullable<HomeMember['notices']> }) {
  return (
    <Section
      title={notices.unread > 0 ? `Thông báo (${notices.unread} chưa đọc)` : 'Thông báo'}
      testId="home-notices"
    >
      {notices.items.length === 0 ? (
        <p className="home-empty">Không có thông báo</p>
      ) : (
        <ul className="home-list">
          {notices.items.map((n) => (
            <li key={n.id} className={n.read ? 'home-read' : undefined}>
              <div className="home-task-title">{n.link ? <Link to={n.link}>{n.title}</Link> : n.title}</div>
              {n.body && <div>{n.body}</div>}
              <div className="home-muted">{formatDateTimeVi(n.createdAt)}</div>
            </li>
          ))}
        </ul>
      )}
    </Section>
  );
}

export function MemberHome({ home }: { home: HomeMember }) {
  useEffect(() => {
    // The moment the member's home is usable: the browser test measures load time up to here.
    performance.mark('vp:home-ready');
  }, []);
  return (
    <div className="home home-member" data-testid="member-home">
      {home.meeting && <MeetingCard next={home.meeting.next} />}
      {home.tasks && <TasksCard tasks={home.tasks} />}
      {home.self && <SelfCards self={home.self} />}
      {home.studies && <StudiesCard studies={home.studies} />}
      {home.notices && <NoticesCard notices={home.notices} />}
    </div>
  );
}
