// The first page after login: a party member's own home (phone-first), or staff's «Việc của tôi».
// Both come from one answer, GET /api/me/home, shaped by the account's role on the server. Plain
// markup where antd would add weight to the first load of every phone.
import { useMe } from '../features/auth/session.tsx';
import { useHome } from '../features/home/api.ts';
import { MemberHome } from '../features/home/MemberHome.tsx';
import { StaffHome } from '../features/home/StaffHome.tsx';
import '../features/home/home.css';
import { Spinner } from './icons.tsx';

export function Home() {
  const me = useMe();
  const home = useHome();
  return (
    <div>
      <h2 className="home-hello">Xin chào, {me.user.fullName}</h2>
      <p className="home-muted home-org">{me.user.orgName}</p>
      {home.isPending ? (
        <div className="page-loading">
          <Spinner />
        </div>
      ) : home.isError ? (
        <div className="home-error" role="alert">
          Không tải được trang chủ: {home.error.message}
        </div>
      ) : home.data.member ? (
        <MemberHome home={home.data.member} />
      ) : (
        <StaffHome counts={home.data.staff?.counts ?? []} />
      )}
    </div>
  );
}
