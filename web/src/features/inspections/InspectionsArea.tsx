// «Kiểm tra, giám sát»: the cases, a case's page, and the year-end review of a unit.
import { Navigate, Route, Routes } from 'react-router';
import { CasePage } from './CasePage.tsx';
import { CasesPage } from './CasesPage.tsx';
import { ReviewPage } from './ReviewPage.tsx';
import './inspections.css';

export function InspectionsArea() {
  return (
    <Routes>
      <Route index element={<CasesPage />} />
      <Route path="cuoc/:id" element={<CasePage />} />
      <Route path="kiem-diem" element={<ReviewPage />} />
      <Route path="*" element={<Navigate to="/kiem-tra" replace />} />
    </Routes>
  );
}
