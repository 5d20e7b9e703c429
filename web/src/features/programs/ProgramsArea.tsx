// «Chương trình công tác»: programmes, tasks, directive tracking, the dashboard and the weekly
// schedule, under one sidebar entry with its own tabs.
import { Segmented, Spin } from 'antd';
import { lazy, Suspense } from 'react';
import { Navigate, Route, Routes, useLocation, useNavigate } from 'react-router';
import { DirectivesPage } from './DirectivesPage.tsx';
import { ProgramPage } from './ProgramPage.tsx';
import { ProgramsPage } from './ProgramsPage.tsx';
import { SchedulePage } from './SchedulePage.tsx';
import { TaskPage } from './TaskPage.tsx';
import { TasksPage } from './TasksPage.tsx';
import './programs.css';

// The charts library is large: load it only when the dashboard opens.
const DashboardPage = lazy(() => import('./DashboardPage.tsx').then((m) => ({ default: m.DashboardPage })));

const BASE = '/chuong-trinh';
const TABS = [
  { value: '', label: 'Chương trình' },
  { value: 'nhiem-vu', label: 'Nhiệm vụ' },
  { value: 'chi-dao', label: 'Theo văn bản chỉ đạo' },
  { value: 'tong-hop', label: 'Tổng hợp' },
  { value: 'lich-tuan', label: 'Lịch công tác tuần' },
];

function currentTab(pathname: string): string {
  const rest = pathname.slice(BASE.length).replace(/^\//, '').split('/')[0] ?? '';
  return TABS.some((t) => t.value === rest) ? rest : '';
}

export function ProgramsArea() {
  const location = useLocation();
  const navigate = useNavigate();
  return (
    <div>
      <Segmented
        className="pg-tabs"
        value={currentTab(location.pathname)}
        options={TABS}
        onChange={(v) => void navigate(v ? `${BASE}/${v}` : BASE)}
        aria-label="Các mục của phần chương trình công tác"
      />
      <Suspense fallback={<Spin />}>
        <Routes>
          <Route index element={<ProgramsPage />} />
          <Route path="nhiem-vu" element={<TasksPage />} />
          <Route path="nhiem-vu/:id" element={<TaskPage />} />
          <Route path="chi-dao" element={<DirectivesPage />} />
          <Route path="tong-hop" element={<DashboardPage />} />
          <Route path="lich-tuan" element={<SchedulePage />} />
          <Route path=":id" element={<ProgramPage />} />
          <Route path="*" element={<Navigate to={BASE} replace />} />
        </Routes>
      </Suspense>
    </div>
  );
}
