// «Đại hội, bầu cử»: the congresses and elections of the units in scope, a congress's page with its
// timetable and elections, an election's page (ballots, the two tellers, the result, the count record).
import { Navigate, Route, Routes } from 'react-router';
import { CONGRESSES_BASE, CongressesPage } from './CongressesPage.tsx';
import { CongressPage } from './CongressPage.tsx';
import { ElectionPage } from './ElectionPage.tsx';
import './congresses.css';

export function CongressesArea() {
  return (
    <Routes>
      <Route index element={<CongressesPage />} />
      <Route path="bau-cu/:id" element={<ElectionPage />} />
      <Route path=":id" element={<CongressPage />} />
      <Route path="*" element={<Navigate to={CONGRESSES_BASE} replace />} />
    </Routes>
  );
}
