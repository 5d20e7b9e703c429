// «Kiểm tra, giám sát»: the cases, a case's page, the year-end review of a unit, the annual programmes, the state bodies' notices, the appeals against discipline.
import { Navigate, Route, Routes } from 'react-router';
import { AppealsPage } from './AppealsPage.tsx';
import { CasePage } from './CasePage.tsx';
import { CasesPage } from './CasesPage.tsx';
import { NoticesPage } from './NoticesPage.tsx';
import { ProgrammesPage } from './ProgrammesPage.tsx';
import { ReviewPage } from './ReviewPage.tsx';
import './inspections.css';

export function InspectionsArea() {
  return (
    <Routes>
      <Route index element={<CasesPage />} />
      <Route path="cuoc/:id" element={<CasePage />} />
      <Route path="kiem-diem" element={<ReviewPage />} />
      <Route path="chuong-trinh" element={<ProgrammesPage />} />
      <Route path="thong-bao" element={<NoticesPage />} />
      <Route path="khieu-nai" element={<AppealsPage />} />
      <Route path="*" element={<Navigate to="/kiem-tra" replace />} />
    </Routes>
  );
}
