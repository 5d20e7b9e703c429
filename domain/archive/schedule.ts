// The model retention schedule (bảng thời hạn bảo quản tài liệu mẫu) of Hướng dẫn 35-HD/VPTW, as
// editable data. It is seeded into archive_schedule by db/migrations/0006_archive.sql (the same
// rows; a test keeps the two equal) and edited in the app afterwards. The rows are a MODEL chosen
// to be realistic for a Party committee office: an office must check them against the text of the
// guide in force and its own approved schedule before relying on them (docs/archive.md).

export interface ScheduleRow {
  /** Row code within the schedule, e.g. "1.02". */
  code: string;
  /** The group (nhóm tài liệu) the row belongs to. */
  group: string;
  title: string;
  /** Years of retention; null = permanent (vĩnh viễn). */
  years: number | null;
  note?: string;
}

export const SCHEDULE_GROUPS = [
  'Tài liệu tổng hợp',
  'Tổ chức, cán bộ, đảng viên',
  'Kiểm tra, giám sát, kỷ luật đảng',
  'Tuyên giáo, dân vận, nội chính',
  'Văn phòng, hành chính, tài chính',
  'Văn thư, lưu trữ',
] as const;

export const MODEL_SCHEDULE: readonly ScheduleRow[] = [
  { code: '1.01', group: 'Tài liệu tổng hợp', title: 'Hồ sơ đại hội đảng bộ', years: null },
  {
    code: '1.02',
    group: 'Tài liệu tổng hợp',
    title:
      'Nghị quyết, chỉ thị, quyết định, kết luận, quy chế, quy định của cấp ủy (ban chấp hành, ban thường vụ)',
    years: null,
  },
  {
    code: '1.03',
    group: 'Tài liệu tổng hợp',
    title: 'Biên bản, tài liệu hội nghị ban chấp hành, ban thường vụ, thường trực cấp ủy',
    years: null,
  },
  {
    code: '1.04',
    group: 'Tài liệu tổng hợp',
    title: 'Chương trình công tác toàn khóa, chương trình công tác năm của cấp ủy',
    years: null,
  },
  {
    code: '1.05',
    group: 'Tài liệu tổng hợp',
    title: 'Chương trình, kế hoạch công tác quý, tháng',
    years: 10,
  },
  { code: '1.06', group: 'Tài liệu tổng hợp', title: 'Lịch công tác tuần', years: 5 },
  {
    code: '1.07',
    group: 'Tài liệu tổng hợp',
    title: 'Báo cáo tổng kết năm, nhiệm kỳ; báo cáo sơ kết, tổng kết thực hiện nghị quyết, chỉ thị',
    years: null,
  },
  { code: '1.08', group: 'Tài liệu tổng hợp', title: 'Báo cáo sơ kết 6 tháng, 9 tháng', years: 20 },
  { code: '1.09', group: 'Tài liệu tổng hợp', title: 'Báo cáo tháng, quý', years: 10 },
  { code: '1.10', group: 'Tài liệu tổng hợp', title: 'Báo cáo chuyên đề', years: 20 },
  {
    code: '1.11',
    group: 'Tài liệu tổng hợp',
    title: 'Hồ sơ xây dựng đề án, chương trình do cấp ủy ban hành',
    years: null,
  },
  {
    code: '1.12',
    group: 'Tài liệu tổng hợp',
    title: 'Thông báo kết luận, ý kiến chỉ đạo của thường trực, ban thường vụ cấp ủy',
    years: 20,
  },
  { code: '1.13', group: 'Tài liệu tổng hợp', title: 'Thông tin tình hình, báo cáo nhanh', years: 10 },
  { code: '1.14', group: 'Tài liệu tổng hợp', title: 'Công văn trao đổi về công việc chung', years: 10 },
  { code: '1.15', group: 'Tài liệu tổng hợp', title: 'Văn bản gửi để biết, tài liệu tham khảo', years: 5 },
  { code: '2.01', group: 'Tổ chức, cán bộ, đảng viên', title: 'Hồ sơ đảng viên', years: null },
  { code: '2.02', group: 'Tổ chức, cán bộ, đảng viên', title: 'Hồ sơ kết nạp đảng viên', years: null },
  {
    code: '2.03',
    group: 'Tổ chức, cán bộ, đảng viên',
    title: 'Hồ sơ thành lập, chia tách, hợp nhất, giải thể tổ chức đảng',
    years: null,
  },
  {
    code: '2.04',
    group: 'Tổ chức, cán bộ, đảng viên',
    title: 'Hồ sơ đề nghị tặng Huy hiệu Đảng, khen thưởng tổ chức đảng và đảng viên',
    years: 20,
  },
  {
    code: '2.05',
    group: 'Tổ chức, cán bộ, đảng viên',
    title: 'Hồ sơ kiểm điểm, đánh giá, xếp loại chất lượng tổ chức đảng và đảng viên hằng năm',
    years: 20,
  },
  { code: '2.06', group: 'Tổ chức, cán bộ, đảng viên', title: 'Hồ sơ chuyển sinh hoạt đảng', years: 20 },
  { code: '2.07', group: 'Tổ chức, cán bộ, đảng viên', title: 'Hồ sơ thu, nộp, quản lý đảng phí', years: 20 },
  {
    code: '3.01',
    group: 'Kiểm tra, giám sát, kỷ luật đảng',
    title: 'Hồ sơ thi hành kỷ luật đảng',
    years: null,
  },
  {
    code: '3.02',
    group: 'Kiểm tra, giám sát, kỷ luật đảng',
    title: 'Hồ sơ kiểm tra, giám sát theo chương trình của cấp ủy, ủy ban kiểm tra',
    years: 20,
  },
  {
    code: '3.03',
    group: 'Kiểm tra, giám sát, kỷ luật đảng',
    title: 'Hồ sơ giải quyết tố cáo, khiếu nại về kỷ luật đảng',
    years: 20,
    note: 'Vụ việc nghiêm trọng, phức tạp: vĩnh viễn',
  },
  {
    code: '4.01',
    group: 'Tuyên giáo, dân vận, nội chính',
    title: 'Hồ sơ tổ chức học tập, quán triệt nghị quyết, chỉ thị',
    years: 10,
  },
  {
    code: '4.02',
    group: 'Tuyên giáo, dân vận, nội chính',
    title: 'Hồ sơ chỉ đạo giải quyết vụ việc phức tạp, điểm nóng (đất đai, giải phóng mặt bằng, môi trường)',
    years: null,
  },
  {
    code: '5.01',
    group: 'Văn phòng, hành chính, tài chính',
    title: 'Hồ sơ hội nghị, hội thảo do cơ quan tổ chức',
    years: 10,
  },
  {
    code: '5.02',
    group: 'Văn phòng, hành chính, tài chính',
    title: 'Sổ sách, chứng từ kế toán',
    years: 10,
  },
  { code: '5.03', group: 'Văn phòng, hành chính, tài chính', title: 'Báo cáo tài chính năm', years: 20 },
  {
    code: '5.04',
    group: 'Văn phòng, hành chính, tài chính',
    title: 'Hồ sơ quản lý tài sản, trang thiết bị',
    years: 20,
  },
  {
    code: '6.01',
    group: 'Văn thư, lưu trữ',
    title: 'Sổ đăng ký văn bản đi, văn bản đến',
    years: null,
  },
  {
    code: '6.02',
    group: 'Văn thư, lưu trữ',
    title: 'Danh mục hồ sơ, mục lục hồ sơ, biên bản giao nhận tài liệu',
    years: null,
  },
  {
    code: '6.03',
    group: 'Văn thư, lưu trữ',
    title: 'Hồ sơ hủy tài liệu hết giá trị (danh mục, biên bản hủy)',
    years: null,
  },
  {
    code: '6.04',
    group: 'Văn thư, lưu trữ',
    title: 'Hồ sơ số hóa tài liệu (bảng kê, phê duyệt số hóa tài liệu mật)',
    years: 20,
  },
];

/** "Vĩnh viễn" or "10 năm". */
export function retentionLabel(years: number | null): string {
  return years === null ? 'Vĩnh viễn' : `${years} năm`;
}
