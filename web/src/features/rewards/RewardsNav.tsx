// The pages of «Thi đua, khen thưởng», linked at the top of each.
import { Link, useLocation } from 'react-router';

const PAGES = [
  { to: '/khen-thuong', label: 'Hồ sơ đề nghị, sổ khen thưởng' },
  { to: '/khen-thuong/phong-trao', label: 'Phong trào thi đua' },
];

export function RewardsNav() {
  const { pathname } = useLocation();
  return (
    <p>
      {PAGES.map((p, i) => (
        <span key={p.to}>
          {i > 0 && ' · '}
          {pathname === p.to ? <strong>{p.label}</strong> : <Link to={p.to}>{p.label}</Link>}
        </span>
      ))}
    </p>
  );
}
