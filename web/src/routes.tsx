// The routes. Each area is its own chunk, loaded when its address is first opened (React.lazy), so a
// member on a phone downloads the shell and the home, never the archive's screens. The home is in
// the first chunk: it is what every account opens first. The login page is a chunk of its own too
// (a signed-in member never needs it).
import { type ComponentType, lazy, type ReactNode, Suspense } from 'react';
import { Route, Routes } from 'react-router';
import { SessionProvider, useSession } from './features/auth/session.tsx';
import { AppLayout } from './shell/AppLayout.tsx';
import { Home } from './shell/Home.tsx';
import { Spinner } from './shell/icons.tsx';
import './styles.css';

/**
 * A page from its own chunk, inside antd's App (its messages and dialogs), which comes with the
 * pages: `lazyPage(() => import('./x.tsx'), 'XPage')`.
 */
function lazyPage<M extends Record<string, unknown>>(load: () => Promise<M>, name: keyof M) {
  return lazy(async () => {
    const [m, { PageApp }] = await Promise.all([load(), import('./shell/PageApp.tsx')]);
    const Page = m[name] as ComponentType;
    return {
      default: () => (
        <PageApp>
          <Page />
        </PageApp>
      ),
    };
  });
}

const LoginPage = lazyPage(() => import('./features/auth/LoginPage.tsx'), 'LoginPage');
const TotpEnrolPage = lazyPage(() => import('./features/auth/TotpEnrolPage.tsx'), 'ForcedTotpEnrolPage');
const DocumentsPage = lazyPage(() => import('./features/documents/DocumentsPage.tsx'), 'DocumentsPage');
const ArchiveArea = lazyPage(() => import('./features/archive/ArchiveArea.tsx'), 'ArchiveArea');
const OrgsPage = lazyPage(() => import('./features/orgs/OrgsPage.tsx'), 'OrgsPage');
const ProgramsArea = lazyPage(() => import('./features/programs/ProgramsArea.tsx'), 'ProgramsArea');
const MembersArea = lazyPage(() => import('./features/members/MembersArea.tsx'), 'MembersArea');
const StudiesArea = lazyPage(() => import('./features/studies/StudiesArea.tsx'), 'StudiesArea');
const MeetingsArea = lazyPage(() => import('./features/meetings/MeetingsArea.tsx'), 'MeetingsArea');
const ProposalsArea = lazyPage(() => import('./features/proposals/ProposalsArea.tsx'), 'ProposalsArea');
const IntelArea = lazyPage(() => import('./features/intel/IntelArea.tsx'), 'IntelArea');
const FinanceArea = lazyPage(() => import('./features/finance/FinanceArea.tsx'), 'FinanceArea');
const InspectionsArea = lazyPage(
  () => import('./features/inspections/InspectionsArea.tsx'),
  'InspectionsArea',
);
const RewardsArea = lazyPage(() => import('./features/rewards/RewardsArea.tsx'), 'RewardsArea');
const CongressesArea = lazyPage(() => import('./features/congresses/CongressesArea.tsx'), 'CongressesArea');
const ExchangePage = lazyPage(() => import('./features/exchange/ExchangePage.tsx'), 'ExchangePage');
const RulesPage = lazyPage(() => import('./features/rules/RulesPage.tsx'), 'RulesPage');
const RegulationsPage = lazyPage(() => import('./features/rules/RegulationsPage.tsx'), 'RegulationsPage');
const LatePage = lazyPage(() => import('./features/rules/LatePage.tsx'), 'LatePage');
const CalendarPage = lazyPage(() => import('./features/rules/CalendarPage.tsx'), 'CalendarPage');
const UsersPage = lazyPage(() => import('./features/users/UsersPage.tsx'), 'UsersPage');
const AuditPage = lazyPage(() => import('./features/audit/AuditPage.tsx'), 'AuditPage');
const ProfilePage = lazyPage(() => import('./features/profile/ProfilePage.tsx'), 'ProfilePage');
const SettingsPage = lazyPage(() => import('./features/settings/SettingsPage.tsx'), 'SettingsPage');
// Any other address: an area not built yet gets its notice, anything else goes home. Its own chunk:
// the list of areas (with their icons) and antd's Result are not needed by the first screen.
const Elsewhere = lazy(async () => ({ default: (await import('./shell/NotBuilt.tsx')).Elsewhere }));

function Loading() {
  return (
    <div className="page-loading">
      <Spinner />
    </div>
  );
}

/** A page that may still be loading its chunk: a spinner in its place meanwhile. */
function page(node: ReactNode) {
  return <Suspense fallback={<Loading />}>{node}</Suspense>;
}

function Gate() {
  const { me, loading } = useSession();
  if (loading) return <Loading />;
  if (!me) return page(<LoginPage />);
  if (me.mustEnrolTotp) return page(<TotpEnrolPage />);
  return (
    <Routes>
      <Route element={<AppLayout />}>
        <Route index element={<Home />} />
        <Route path="van-ban/*" element={page(<DocumentsPage />)} />
        <Route path="luu-tru/*" element={page(<ArchiveArea />)} />
        <Route path="to-chuc/*" element={page(<OrgsPage />)} />
        <Route path="chuong-trinh/*" element={page(<ProgramsArea />)} />
        <Route path="dang-vien/*" element={page(<MembersArea />)} />
        <Route path="hoc-tap/*" element={page(<StudiesArea />)} />
        <Route path="sinh-hoat/*" element={page(<MeetingsArea />)} />
        <Route path="de-an/*" element={page(<ProposalsArea />)} />
        <Route path="tinh-hinh/*" element={page(<IntelArea />)} />
        <Route path="tai-chinh/*" element={page(<FinanceArea />)} />
        <Route path="kiem-tra/*" element={page(<InspectionsArea />)} />
        <Route path="khen-thuong/*" element={page(<RewardsArea />)} />
        <Route path="dai-hoi/*" element={page(<CongressesArea />)} />
        <Route path="lien-thong/*" element={page(<ExchangePage />)} />
        <Route path="quy-dinh/*" element={page(<RulesPage />)} />
        <Route path="lich-lam-viec" element={page(<CalendarPage />)} />
        <Route path="quy-che" element={page(<RegulationsPage />)} />
        <Route path="theo-doi-thoi-han" element={page(<LatePage />)} />
        <Route path="tai-khoan/*" element={page(<UsersPage />)} />
        <Route path="nhat-ky/*" element={page(<AuditPage />)} />
        <Route path="ca-nhan" element={page(<ProfilePage />)} />
        <Route path="cai-dat" element={page(<SettingsPage />)} />
        <Route path="*" element={page(<Elsewhere />)} />
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
