// The areas of the app, in sidebar order. An area that is not built yet stays in the sidebar,
// greyed out and marked "chưa triển khai", and its deep links show that plainly — never a fake page.
import {
  AlertOutlined,
  ApartmentOutlined,
  AuditOutlined,
  BankOutlined,
  CalendarOutlined,
  FieldTimeOutlined,
  FileTextOutlined,
  FlagOutlined,
  FolderOpenOutlined,
  ProjectOutlined,
  ReadOutlined,
  SafetyCertificateOutlined,
  ScheduleOutlined,
  SettingOutlined,
  SwapOutlined,
  TeamOutlined,
  TrophyOutlined,
  UserOutlined,
} from '@ant-design/icons';
import type { ReactNode } from 'react';
import type { Role } from '../../../domain/roles.ts';

/** The office's staff; an account with role member (a party member) sees only its own things. */
const STAFF: readonly Role[] = ['admin', 'leader', 'clerk', 'specialist'];

export interface Area {
  key: string;
  label: string;
  path: string;
  icon: ReactNode;
  built: boolean;
  /** Roles that see the area; all when omitted. */
  roles?: readonly Role[];
  /** The area's name in the menu of a party member (its own record, not the register). */
  memberLabel?: string;
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
    roles: STAFF,
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
    roles: STAFF,
    purpose: 'Chương trình công tác các cấp, kiểm tra "dập khuôn", theo dõi nhiệm vụ chậm, đùn đẩy, quá hạn.',
  },
  {
    key: 'members',
    label: 'Đảng viên',
    path: '/dang-vien',
    icon: <TeamOutlined />,
    built: true,
    memberLabel: 'Hồ sơ của tôi',
    purpose:
      'Hồ sơ đảng viên, kết nạp, chuyển sinh hoạt, Huy hiệu Đảng, đảng phí, xếp loại, nhập/xuất Excel.',
  },
  {
    key: 'meetings',
    label: 'Sinh hoạt chi bộ',
    path: '/sinh-hoat',
    icon: <ScheduleOutlined />,
    built: true,
    memberLabel: 'Sinh hoạt của tôi',
    purpose:
      'Kế hoạch, thông báo, điểm danh, biểu quyết, biên bản, nghị quyết chi bộ, báo cáo cấp trên; tổng hợp cho cấp ủy cấp trên.',
  },
  {
    key: 'studies',
    label: 'Học tập nghị quyết',
    path: '/hoc-tap',
    icon: <ReadOutlined />,
    built: true,
    memberLabel: 'Học tập của tôi',
    purpose:
      'Học tập, quán triệt nghị quyết, chỉ thị: điểm danh, học bù, bài thu hoạch, chương trình hành động.',
  },
  {
    key: 'proposals',
    label: 'Đề án, báo cáo',
    path: '/de-an',
    icon: <ProjectOutlined />,
    built: true,
    roles: STAFF,
    purpose:
      'Đề án, báo cáo chuyên đề: tổ biên tập, thời hạn từng bước, các lần dự thảo, lấy ý kiến, bảng tổng hợp tiếp thu, giải trình.',
  },
  {
    key: 'intel',
    label: 'Thông tin tình hình',
    path: '/tinh-hinh',
    icon: <AlertOutlined />,
    built: true,
    roles: ['leader', 'clerk', 'specialist'],
    purpose:
      'Báo cáo định kỳ, báo cáo nhanh của cấp dưới, sổ theo dõi vụ việc, điểm nóng, cảnh báo sớm, tổng hợp cho Ban Thường vụ.',
  },
  {
    key: 'finance',
    label: 'Tài chính đảng',
    path: '/tai-chinh',
    icon: <BankOutlined />,
    built: true,
    roles: ['leader', 'clerk', 'specialist'],
    purpose:
      'Đảng phí thu, trích giữ lại và nộp cấp trên ở mỗi cấp; sao kê Cổng dịch vụ công; đối chiếu; sổ quỹ tổ chức cơ sở đảng; báo cáo.',
  },
  {
    key: 'inspections',
    label: 'Kiểm tra, giám sát',
    path: '/kiem-tra',
    icon: <SafetyCertificateOutlined />,
    built: true,
    roles: ['leader', 'clerk', 'specialist'],
    purpose:
      'Chương trình kiểm tra, giám sát; các cuộc kiểm tra (Mật), kết luận, theo dõi khắc phục; kỷ luật đảng viên.',
  },
  {
    key: 'rewards',
    label: 'Thi đua, khen thưởng',
    path: '/khen-thuong',
    icon: <TrophyOutlined />,
    built: true,
    roles: ['leader', 'clerk', 'specialist'],
    purpose: 'Phong trào thi đua, hồ sơ đề nghị đối chiếu tiêu chuẩn và kỷ luật, Hội đồng, sổ khen thưởng.',
  },
  {
    key: 'congresses',
    label: 'Đại hội, bầu cử',
    path: '/dai-hoi',
    icon: <FlagOutlined />,
    built: true,
    roles: STAFF,
    purpose:
      'Chuẩn bị đại hội (lịch trình, thời hạn), bầu cử bằng phiếu kín và phiếu giới thiệu: hai người kiểm phiếu, kết quả quá bán, biên bản kiểm phiếu, gói kết quả kiểm phiếu ngoại tuyến đã ký, trình chuẩn y.',
  },
  {
    key: 'orgs',
    label: 'Tổ chức',
    path: '/to-chuc',
    icon: <ApartmentOutlined />,
    built: true,
    roles: STAFF,
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
    key: 'exchange',
    label: 'Liên thông văn bản',
    path: '/lien-thong',
    icon: <SwapOutlined />,
    built: true,
    roles: ['admin', 'leader', 'clerk'],
    purpose:
      'Gửi, nhận văn bản điện tử với hệ thống khác bằng gói tin edXML: nhận gói tin thành văn bản đến, thông điệp trạng thái, thu hồi.',
  },
  {
    key: 'work-rules',
    label: 'Quy chế làm việc',
    path: '/quy-che',
    icon: <SettingOutlined />,
    built: true,
    roles: ['admin', 'leader', 'clerk', 'specialist', 'member'],
    purpose:
      'Quy chế làm việc của đơn vị thành dữ liệu: ai ký, lấy ý kiến ai, trong bao nhiêu ngày làm việc, tỷ lệ có mặt và biểu quyết; có phiên bản theo ngày hiệu lực.',
  },
  {
    key: 'work-late',
    label: 'Theo dõi thời hạn',
    path: '/theo-doi-thoi-han',
    icon: <FieldTimeOutlined />,
    built: true,
    roles: ['admin', 'leader', 'clerk'],
    purpose:
      'Ý kiến chậm và trình ký chậm so với quy chế làm việc, theo đơn vị: đo việc né tránh, đùn đẩy bằng số ngày làm việc quá hạn.',
  },
  {
    key: 'work-calendar',
    label: 'Lịch làm việc',
    path: '/lich-lam-viec',
    icon: <CalendarOutlined />,
    built: true,
    roles: ['admin', 'leader', 'clerk', 'specialist', 'member'],
    purpose:
      'Ngày làm việc: nghỉ lễ, Tết theo âm lịch, nghỉ bù, ngày làm bù do quản trị nhập; tính hạn theo ngày làm việc.',
  },
  {
    key: 'rules',
    label: 'Quy định áp dụng',
    path: '/quy-dinh',
    icon: <SettingOutlined />,
    built: true,
    roles: ['admin'],
    purpose:
      'Các thời hạn, ngưỡng, tiêu chí lấy từ văn bản quy định, có nguồn và phiên bản theo ngày hiệu lực.',
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

/** The areas in the menu of a role: a party member gets no office (admin) areas. */
export function areasFor(role: Role): Area[] {
  return AREAS.filter((a) => !a.roles || a.roles.includes(role)).map((a) =>
    role === 'member' && a.memberLabel ? { ...a, label: a.memberLabel } : a,
  );
}
