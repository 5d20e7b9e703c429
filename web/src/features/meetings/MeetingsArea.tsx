// «Sinh hoạt chi bộ»: the meetings of a unit, a meeting's page (plan → notify → check in → minutes →
// resolution → report up), the overview for the committee above and the members absent without
// reason, under one menu entry with its tabs. A party member (role member) sees its own chi bộ's
// meetings only.
import { Segmented } from 'antd';
import { Navigate, Route, Routes, useLocation, useNavigate } from 'react-router';
import { roleCan } from '../../../../domain/roles.ts';
import { useMe } from '../auth/session.tsx';
import { AbsencesPage } from './AbsencesPage.tsx';
import { MeetingPage } from './MeetingPage.tsx';
import { MeetingsPage } from './MeetingsPage.tsx';
import { OverviewPage } from './OverviewPage.tsx';
import './meetings.css';

export const MEETINGS_BASE = '/sinh-hoat';
const TABS = [
  { value: '', label: 'Cuộc sinh hoạt' },
  { value: 'tong-hop', label: 'Tổng hợp' },
  { value: 'vang-mat', label: 'Vắng sinh hoạt' },
];

function currentTab(pathname: string): string {
  const rest = pathname.slice(MEETINGS_BASE.length).replace(/^\//, '').split('/')[0] ?? '';
  return TABS.some((t) => t.value === rest) ? rest : '';
}

export function MeetingsArea() {
  const me = useMe();
  const location = useLocation();
  const navigate = useNavigate();
  const staff = roleCan(me.user.role, 'meeting.manage');
  return (
    <div className="mt-area">
      {staff && (
        <Segmented
          className="mt-tabs"
          value={currentTab(location.pathname)}
          options={TABS}
          onChange={(v) => void navigate(v ? `${MEETINGS_BASE}/${v}` : MEETINGS_BASE)}
          aria-label="Các mục của phần sinh hoạt chi bộ"
        />
      )}
      <Routes>
        <Route index element={<MeetingsPage />} />
        <Route path="tong-hop" element={staff ? <OverviewPage /> : <Navigate to={MEETINGS_BASE} replace />} />
        <Route path="vang-mat" element={staff ? <AbsencesPage /> : <Navigate to={MEETINGS_BASE} replace />} />
        <Route path=":id" element={<MeetingPage />} />
        <Route path="*" element={<Navigate to={MEETINGS_BASE} replace />} />
      </Routes>
    </div>
  );
}
