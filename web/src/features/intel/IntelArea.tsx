// «Thông tin tình hình»: the office's overview (warnings, hot issues, reports, calendar, synthesis),
// the quick report form (phone-friendly), a report's page and a hot issue's page.
import { Navigate, Route, Routes } from 'react-router';
import { IssuePage } from './IssuePage.tsx';
import { OverviewPage } from './OverviewPage.tsx';
import { QuickReportPage } from './QuickReportPage.tsx';
import { ReportPage } from './ReportPage.tsx';
import './intel.css';

export const INTEL_BASE = '/tinh-hinh';

export function IntelArea() {
  return (
    <Routes>
      <Route index element={<OverviewPage />} />
      <Route path="gui-bao-cao" element={<QuickReportPage />} />
      <Route path="bao-cao/:id" element={<ReportPage />} />
      <Route path="vu-viec/:id" element={<IssuePage />} />
      <Route path="*" element={<Navigate to={INTEL_BASE} replace />} />
    </Routes>
  );
}
