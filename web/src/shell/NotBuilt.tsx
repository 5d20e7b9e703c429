// What an address outside the built areas shows: an area not built yet is plainly absent (its
// notice says what it will hold, nothing pretended); any other address goes home.
import { Result } from 'antd';
import { Navigate, useLocation } from 'react-router';
import { AREAS, type Area } from './areas.tsx';
import { Themed } from './Themed.tsx';

export function NotBuilt({ area }: { area: Area }) {
  return (
    <Result
      status="info"
      title={`Phần «${area.label}» chưa được triển khai`}
      subTitle={`Khi hoàn thành, phần này sẽ gồm: ${area.purpose}`}
    />
  );
}

export function Elsewhere() {
  const { pathname } = useLocation();
  const area = AREAS.find((a) => !a.built && (pathname === a.path || pathname.startsWith(`${a.path}/`)));
  if (!area) return <Navigate to="/" replace />;
  return (
    <Themed>
      <NotBuilt area={area} />
    </Themed>
  );
}
