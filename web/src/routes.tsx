import { Spin } from 'antd';
import { Navigate, Route, Routes } from 'react-router';
import { ArchiveArea } from './features/archive/ArchiveArea.tsx';
import { AuditPage } from './features/audit/AuditPage.tsx';
import { LoginPage } from './features/auth/LoginPage.tsx';
import { SessionProvider, useSession } from './features/auth/session.tsx';
import { TotpEnrolPage } from './features/auth/TotpEnrolPage.tsx';
import { DocumentsPage } from './features/documents/DocumentsPage.tsx';
import { MembersArea } from './features/members/MembersArea.tsx';
import { OrgsPage } from './features/orgs/OrgsPage.tsx';
import { ProfilePage } from './features/profile/ProfilePage.tsx';
import { ProgramsArea } from './features/programs/ProgramsArea.tsx';
import { SettingsPage } from './features/settings/SettingsPage.tsx';
import { UsersPage } from './features/users/UsersPage.tsx';
import { AppLayout } from './shell/AppLayout.tsx';
import { AREAS } from './shell/areas.tsx';
import { Home } from './shell/Home.tsx';
import { NotBuilt } from './shell/NotBuilt.tsx';
import './styles.css';

function Gate() {
  const { me, loading } = useSession();
  if (loading) {
    return (
      <div style={{ display: 'grid', placeItems: 'center', minHeight: '100vh' }}>
        <Spin size="large" />
      </div>
    );
  }
  if (!me) return <LoginPage />;
  if (me.mustEnrolTotp) return <TotpEnrolPage forced />;
  return (
    <Routes>
      <Route element={<AppLayout />}>
        <Route index element={<Home />} />
        <Route path="van-ban/*" element={<DocumentsPage />} />
        <Route path="luu-tru/*" element={<ArchiveArea />} />
        <Route path="to-chuc/*" element={<OrgsPage />} />
        <Route path="chuong-trinh/*" element={<ProgramsArea />} />
        <Route path="dang-vien/*" element={<MembersArea />} />
        <Route path="tai-khoan/*" element={<UsersPage />} />
        <Route path="nhat-ky/*" element={<AuditPage />} />
        <Route path="ca-nhan" element={<ProfilePage />} />
        <Route path="cai-dat" element={<SettingsPage />} />
        {AREAS.filter((a) => !a.built).map((a) => (
          <Route key={a.key} path={`${a.path.slice(1)}/*`} element={<NotBuilt area={a} />} />
        ))}
        <Route path="*" element={<Navigate to="/" replace />} />
      </Route>
    </Routes>
  );
}

export function AppRoutes() {
  return (
    <SessionProvider>
      <Gate />
    </SessionProvider>
  );
}
