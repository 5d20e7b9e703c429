// The areas of the app, in sidebar order. An area that is not built yet stays in the sidebar,
// greyed out and marked "chưa triển khai", and its deep links show that plainly — never a fake page.
import {
  ApartmentOutlined,
  AuditOutlined,
  CalendarOutlined,
  FileTextOutlined,
  FolderOpenOutlined,
  TeamOutlined,
  UserOutlined,
} from '@ant-design/icons';
import type { ReactNode } from 'react';
import type { Role } from '../../../domain/roles.ts';

export interface Area {
  key: string;
  label: string;
  path: string;
  icon: ReactNode;
  built: boolean;
  /** Roles that see the area; all when omitted. */
  roles?: readonly Role[];
  /** What the area will do, shown on its placeholder until it is built. */
  purpose: string;
}

export const AREAS: Area[] = [
  {
    key: 'documents',
    label: 'Văn bản',
    path: '/van-ban',
    icon: <FileTextOutlined />,
    built: true,
    purpose:
      'Sổ văn bản đến, đi; đánh số, trình ký, chỉ đạo xử lý; tìm kiếm không dấu; xuất Word theo thể thức của Đảng.',
  },
  {
    key: 'archive',
    label: 'Lưu trữ',
    path: '/luu-tru',
    icon: <FolderOpenOutlined />,
    built: true,
    roles: ['admin', 'leader', 'clerk', 'specialist'],
    purpose: 'Danh mục hồ sơ, thời hạn bảo quản, tiêu hủy, số hóa (OCR sang PDF/A).',
  },
  {
    key: 'programs',
    label: 'Chương trình công tác',
    path: '/chuong-trinh',
    icon: <CalendarOutlined />,
    built: true,
    purpose: 'Chương trình công tác các cấp, kiểm tra "dập khuôn", theo dõi nhiệm vụ chậm, đùn đẩy, quá hạn.',
  },
  {
    key: 'members',
    label: 'Đảng viên',
    path: '/dang-vien',
    icon: <TeamOutlined />,
    built: true,
    purpose:
      'Hồ sơ đảng viên, kết nạp, chuyển sinh hoạt, Huy hiệu Đảng, đảng phí, xếp loại, nhập/xuất Excel.',
  },
  {
    key: 'orgs',
    label: 'Tổ chức',
    path: '/to-chuc',
    icon: <ApartmentOutlined />,
    built: true,
    purpose: 'Cây tổ chức, đổi tên, chuyển, hợp nhất, chia tách, xem theo ngày.',
  },
  {
    key: 'users',
    label: 'Tài khoản',
    path: '/tai-khoan',
    icon: <UserOutlined />,
    built: true,
    roles: ['admin', 'leader', 'clerk'],
    purpose: 'Tài khoản, vai trò, mức tiếp cận bí mật.',
  },
  {
    key: 'audit',
    label: 'Nhật ký',
    path: '/nhat-ky',
    icon: <AuditOutlined />,
    built: true,
    roles: ['admin'],
    purpose: 'Nhật ký hệ thống có chuỗi băm chống sửa.',
  },
];

export function areasFor(role: Role): Area[] {
  return AREAS.filter((a) => !a.roles || a.roles.includes(role));
}
