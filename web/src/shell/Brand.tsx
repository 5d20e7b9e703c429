import { Link } from 'react-router';

/** The app's name and mark, linking home: at the top of the Sider and of the drawer. */
export function Brand({ onClick }: { onClick?: () => void }) {
  return (
    <Link className="app-brand" to="/" onClick={onClick}>
      <img src="/favicon.svg" alt="" width={28} height={28} />
      <span>Văn phòng cấp ủy số</span>
    </Link>
  );
}
