// «Đề án, báo cáo chuyên đề»: the portfolio and a scheme's page (a consulted unit arrives on the page
// from its notice).
import { Navigate, Route, Routes } from 'react-router';
import { PortfolioPage, PROPOSALS_BASE } from './PortfolioPage.tsx';
import { ProposalPage } from './ProposalPage.tsx';
import './proposals.css';

export function ProposalsArea() {
  return (
    <Routes>
      <Route index element={<PortfolioPage />} />
      <Route path=":id" element={<ProposalPage />} />
      <Route path="*" element={<Navigate to={PROPOSALS_BASE} replace />} />
    </Routes>
  );
}
