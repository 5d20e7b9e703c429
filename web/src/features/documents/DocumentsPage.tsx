// «Văn bản»: incoming and outgoing registers, the inbox of what waits on me or my unit, the search,
// and one document's page. The tabs are links: every view has its own address.
import { Tabs } from 'antd';
import { Navigate, Route, Routes, useLocation, useNavigate, useParams } from 'react-router';
import { DocumentView } from './DocumentView.tsx';
import { InboxPage } from './InboxPage.tsx';
import { IncomingPage } from './IncomingPage.tsx';
import { OutgoingPage } from './OutgoingPage.tsx';
import { SearchPage } from './SearchPage.tsx';

const SECTIONS = [
  { key: 'xu-ly', label: 'Cần xử lý' },
  { key: 'den', label: 'Văn bản đến' },
  { key: 'di', label: 'Văn bản đi' },
  { key: 'tim-kiem', label: 'Tìm kiếm' },
];

function DocumentRoute() {
  const id = Number(useParams().id);
  if (!Number.isInteger(id) || id <= 0) return <Navigate to="/van-ban/xu-ly" replace />;
  return <DocumentView key={id} id={id} />;
}

export function DocumentsPage() {
  const { pathname } = useLocation();
  const navigate = useNavigate();
  const section = pathname.split('/')[2] ?? '';
  const active = SECTIONS.some((s) => s.key === section) ? section : '';
  return (
    <div>
      <Tabs
        className="doc-nav"
        activeKey={active}
        onChange={(key) => navigate(`/van-ban/${key}`)}
        items={SECTIONS.map((s) => ({
          key: s.key,
          label: <span data-testid={`doc-nav-${s.key}`}>{s.label}</span>,
        }))}
      />
      <Routes>
        <Route index element={<Navigate to="xu-ly" replace />} />
        <Route path="xu-ly" element={<InboxPage />} />
        <Route path="den" element={<IncomingPage />} />
        <Route path="di" element={<OutgoingPage />} />
        <Route path="tim-kiem" element={<SearchPage />} />
        <Route path=":id" element={<DocumentRoute />} />
        <Route path="*" element={<Navigate to="/van-ban/xu-ly" replace />} />
      </Routes>
    </div>
  );
}
