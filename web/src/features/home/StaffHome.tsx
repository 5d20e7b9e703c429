// «Việc của tôi»: the home of staff. What waits on the account and its unit, as figures with links
// to the lists that hold them (each figure counts what its list shows): documents to handle, to
// sign, to number; tasks due this week or overdue; meetings this week; approvals waiting.
import { Link } from 'react-router';
import type { HomeCount } from './api.ts';

const GROUPS: { key: HomeCount['group']; title: string }[] = [
  { key: 'documents', title: 'Văn bản' },
  { key: 'tasks', title: 'Nhiệm vụ' },
  { key: 'meetings', title: 'Họp, sinh hoạt' },
  { key: 'approvals', title: 'Chờ phê duyệt' },
];

function Figure({ c }: { c: HomeCount }) {
  const tone = c.count === 0 ? 'home-count-zero' : `home-count-${c.tone}`;
  return (
    <Link to={c.link} className={`home-count ${tone}`} data-testid={`home-count-${c.key}`}>
      <span className="home-count-n">{c.count}</span>
      <span className="home-count-label">{c.label}</span>
    </Link>
  );
}

export function StaffHome({ counts }: { counts: HomeCount[] }) {
  const groups = GROUPS.map((g) => ({ ...g, items: counts.filter((c) => c.group === g.key) })).filter(
    (g) => g.items.length > 0,
  );
  return (
    <div className="home home-staff" data-testid="staff-home">
      <h3 className="home-staff-title">Việc của tôi</h3>
      {groups.length === 0 && (
        <p className="home-muted">Không có việc nào đang chờ. Các phần của hệ thống ở danh mục các phần.</p>
      )}
      {groups.map((g) => (
        <section key={g.key} className="home-group">
          <h4 className="home-group-title">{g.title}</h4>
          <div className="home-counts">
            {g.items.map((c) => (
              <Figure key={c.key} c={c} />
            ))}
          </div>
        </section>
      ))}
    </div>
  );
}
