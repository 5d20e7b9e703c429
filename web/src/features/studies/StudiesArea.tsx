// «Học tập nghị quyết»: the sessions of the user's units, a session's page, a member's own sessions
// (with its written reflections) and the statistics by unit, under one menu entry with its tabs. A
// party member (role member) sees only its own sessions.
import { Segmented } from 'antd';
import { Navigate, Route, Routes, useLocation, useNavigate } from 'react-router';
import { roleCan } from '../../../../domain/roles.ts';
import { useMe } from '../auth/session.tsx';
import { MyStudiesPage } from './MyStudiesPage.tsx';
import { SessionPage } from './SessionPage.tsx';
import { StatsPage } from './StatsPage.tsx';
import { StudiesPage } from './StudiesPage.tsx';
import './studies.css';

export const STUDIES_BASE = '/hoc-tap';
const TABS = [
  { value: '', label: 'Buổi học tập' },
  { value: 'cua-toi', label: 'Của tôi' },
  { value: 'thong-ke', label: 'Thống kê' },
];

function currentTab(pathname: string): string {
  const rest = pathname.slice(STUDIES_BASE.length).replace(/^\//, '').split('/')[0] ?? '';
  return TABS.some((t) => t.value === rest) ? rest : '';
}

export function StudiesArea() {
  const me = useMe();
  const location = useLocation();
  const navigate = useNavigate();
  const staff = me.user.role !== 'member' && roleCan(me.user.role, 'study.read');
  return (
    <div>
      {staff && (
        <Segmented
          className="st-tabs"
          value={currentTab(location.pathname)}
          options={TABS}
          onChange={(v) => void navigate(v ? `${STUDIES_BASE}/${v}` : STUDIES_BASE)}
          aria-label="Các mục của phần học tập nghị quyết"
        />
      )}
      <Routes>
        <Route index element={staff ? <StudiesPage /> : <MyStudiesPage />} />
        <Route path="cua-toi" element={<MyStudiesPage />} />
        <Route path="thong-ke" element={staff ? <StatsPage /> : <Navigate to={STUDIES_BASE} replace />} />
        <Route path=":id" element={<SessionPage />} />
        <Route path="*" element={<Navigate to={STUDIES_BASE} replace />} />
      </Routes>
    </div>
  );
}
