// «Đảng viên»: the list, the admission board, transfers, badges, fees and ratings, each with its
// own address; a member's record at /dang-vien/:id. An account with role member goes straight to
// its own record (it sees nothing else).
import { Result, Spin, Tabs } from 'antd';
import { Navigate, Route, Routes, useLocation, useNavigate, useParams } from 'react-router';
import { useMe } from '../auth/session.tsx';
import { MemberReviewPage } from '../inspections/MemberReviewPage.tsx';
import '../inspections/inspections.css';
import { AdmissionBoard } from './AdmissionBoard.tsx';
import { useOwnMember } from './api.ts';
import { BadgesPage } from './BadgesPage.tsx';
import { FeesPage } from './FeesPage.tsx';
import { MemberListPage } from './MemberListPage.tsx';
import { MemberPage } from './MemberPage.tsx';
import { RatingsPage } from './RatingsPage.tsx';
import { TransfersPage } from './TransfersPage.tsx';
import './members.css';

const SECTIONS = [
  { key: 'danh-sach', label: 'Danh sách' },
  { key: 'ket-nap', label: 'Kết nạp' },
  { key: 'chuyen-sinh-hoat', label: 'Chuyển sinh hoạt' },
  { key: 'huy-hieu', label: 'Huy hiệu Đảng' },
  { key: 'dang-phi', label: 'Đảng phí' },
  { key: 'xep-loai', label: 'Xếp loại' },
];

function MemberReviewRoute() {
  const id = Number(useParams().id);
  if (!Number.isInteger(id) || id <= 0) return <Navigate to="/dang-vien" replace />;
  return <MemberReviewPage key={id} id={id} />;
}

function MemberRoute() {
  const id = Number(useParams().id);
  if (!Number.isInteger(id) || id <= 0) return <Navigate to="/dang-vien/danh-sach" replace />;
  return <MemberPage key={id} id={id} />;
}

/** A member account: its own record, or a plain statement that none is linked yet. */
function OwnRecord() {
  const own = useOwnMember();
  if (own.isLoading) return <Spin />;
  const id = own.data?.items[0]?.id;
  if (!id)
    return (
      <Result
        status="info"
        title="Chưa có hồ sơ đảng viên gắn với tài khoản của bạn"
        subTitle="Văn phòng cấp ủy sẽ gắn hồ sơ của bạn với tài khoản này."
      />
    );
  return <Navigate to={`/dang-vien/${id}`} replace />;
}

export function MembersArea() {
  const me = useMe();
  const { pathname } = useLocation();
  const navigate = useNavigate();
  if (me.user.role === 'member') {
    return (
      <Routes>
        <Route path=":id" element={<MemberRoute />} />
        <Route path=":id/kiem-diem" element={<MemberReviewRoute />} />
        <Route path="*" element={<OwnRecord />} />
      </Routes>
    );
  }
  const section = pathname.split('/')[2] ?? '';
  const active = SECTIONS.some((s) => s.key === section) ? section : '';
  return (
    <div>
      <Tabs
        className="member-nav"
        activeKey={active}
        onChange={(key) => navigate(`/dang-vien/${key}`)}
        items={SECTIONS.map((s) => ({
          key: s.key,
          label: <span data-testid={`member-nav-${s.key}`}>{s.label}</span>,
        }))}
      />
      <Routes>
        <Route index element={<Navigate to="danh-sach" replace />} />
        <Route path="danh-sach" element={<MemberListPage />} />
        <Route path="ket-nap" element={<AdmissionBoard />} />
        <Route path="chuyen-sinh-hoat" element={<TransfersPage />} />
        <Route path="huy-hieu" element={<BadgesPage />} />
        <Route path="dang-phi" element={<FeesPage />} />
        <Route path="xep-loai" element={<RatingsPage />} />
        <Route path=":id" element={<MemberRoute />} />
        <Route path=":id/kiem-diem" element={<MemberReviewRoute />} />
        <Route path="*" element={<Navigate to="/dang-vien/danh-sach" replace />} />
      </Routes>
    </div>
  );
}
