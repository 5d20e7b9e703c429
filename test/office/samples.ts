// Sample documents built with the office kit alone, shared by the XML test and the rendering test:
// a directive (heading, marks, title, body, recipients, signature), a report draft with a table by
// unit, a landscape weekly schedule and a destruction minutes with two signatures and an annex.
import {
  centered,
  heading,
  note,
  type OfficeDocumentSpec,
  paragraph,
  paragraphs,
  space,
  table,
} from '../../server/office/index.ts';

export const SIGNER = 'Nguyễn Văn An';

export const directive: OfficeDocumentSpec = {
  title: 'Chỉ thị về tăng cường công tác giải phóng mặt bằng',
  heading: {
    issuer: 'Thành ủy Hà Nội',
    symbol: '34-CT/TU',
    place: 'Hà Nội',
    date: '2026-03-05',
    secrecy: 1,
    urgency: 1,
  },
  titleBlock: { typeName: 'Chỉ thị', summary: 'về tăng cường công tác giải phóng mặt bằng' },
  body: paragraphs(
    'Thời gian qua, công tác giải phóng mặt bằng trên địa bàn Thành phố đạt nhiều kết quả quan trọng.\n' +
      'Ban Thường vụ Thành ủy yêu cầu các cấp ủy, tổ chức đảng tập trung lãnh đạo, chỉ đạo bàn giao mặt bằng đúng tiến độ.',
  ),
  closing: {
    recipients: [
      'Thường trực Thành ủy',
      '- Các đồng chí Ủy viên Ban Thường vụ;',
      'Các quận ủy, huyện ủy, thị ủy',
    ],
    signatures: [{ authority: 'T/M Ban Thường vụ', position: 'Bí thư', name: SIGNER }],
  },
};

export const UNIT_COLUMNS = [
  { header: 'STT', share: 7, align: 'center' as const },
  { header: 'Đơn vị', share: 33 },
  { header: 'Tổng số', share: 10, align: 'center' as const },
  { header: 'Hoàn thành đúng hạn', share: 12, align: 'center' as const },
  { header: 'Hoàn thành quá hạn', share: 12, align: 'center' as const },
  { header: 'Đang thực hiện trong hạn', share: 13, align: 'center' as const },
  { header: 'Quá hạn chưa hoàn thành', share: 13, align: 'center' as const },
];

/** The sơ kết draft: a draft number, no date (today's is printed), the table by unit. */
export const report: OfficeDocumentSpec = {
  title: 'Báo cáo sơ kết',
  heading: {
    superior: 'Thành ủy Hà Nội',
    issuer: 'Ban Tuyên giáo và Dân vận Thành ủy',
    symbol: { typeCode: 'BC', issuerCode: 'BTGDVTU' },
    place: 'Hà Nội',
  },
  titleBlock: { typeName: 'Báo cáo', summary: 'Sơ kết thực hiện chương trình công tác năm 2026' },
  body: [
    heading('II. KẾT QUẢ THEO ĐƠN VỊ'),
    table({
      columns: UNIT_COLUMNS,
      rows: [
        ['1', 'Ban Tuyên giáo và Dân vận Thành ủy', 1, 0, 0, 0, 1],
        ['2', 'Đảng ủy phường Cửa Nam', 1, 0, 1, 0, 0],
        ['', { text: 'Cộng', bold: true }, 2, 0, 1, 0, 1],
      ],
    }),
    heading('III. HẠN CHẾ, NGUYÊN NHÂN'),
    paragraph('(Chuyên viên bổ sung)', { italics: true }),
  ],
  closing: {
    recipients: ['Thường trực Thành ủy Hà Nội', 'Các đồng chí Ủy viên Ban Thường vụ'],
    signatures: [{ authority: 'T/M Ban Thường vụ', position: 'Bí thư', name: SIGNER }],
  },
};

export const schedule: OfficeDocumentSpec = {
  title: 'Lịch công tác tuần',
  landscape: true,
  heading: {
    issuer: 'Thành ủy Hà Nội',
    symbol: { typeCode: 'LT', issuerCode: 'TU' },
    place: 'Hà Nội',
    date: '2026-11-20',
  },
  titleBlock: { typeName: 'Lịch công tác tuần', note: '(Từ ngày 23/11/2026 đến ngày 29/11/2026)' },
  body: [
    table({
      columns: [
        { header: 'Thứ, ngày', share: 10, align: 'center' },
        { header: 'Thời gian', share: 9, align: 'center' },
        { header: 'Nội dung', share: 30 },
        { header: 'Chủ trì', share: 12 },
        { header: 'Thành phần', share: 17 },
        { header: 'Địa điểm', share: 11 },
        { header: 'Đơn vị chuẩn bị', share: 11 },
      ],
      rows: [
        [
          'Thứ Hai\n23/11/2026',
          '08:00 – 11:30',
          'Hội nghị Ban Thường vụ Thành ủy cho ý kiến về Đề án chuyển đổi số\n(trùng lịch)',
          SIGNER,
          'Các đồng chí Ủy viên Ban Thường vụ',
          'Phòng họp số 1',
          'Ban Tuyên giáo và Dân vận',
        ],
      ],
    }),
    note('Lưu ý trùng lịch:', { bold: true, italics: false, before: 10 }),
  ],
};

export const minutes: OfficeDocumentSpec = {
  title: 'Biên bản hủy tài liệu hết giá trị',
  heading: {
    superior: 'Đảng bộ thành phố Hà Nội',
    issuer: 'Đảng ủy phường Cửa Nam',
    place: 'Hà Nội',
    date: '2026-06-15',
  },
  titleBlock: { typeName: 'Biên bản', summary: 'hủy tài liệu hết giá trị' },
  body: [
    paragraph('Căn cứ Quyết định số 45-QĐ/ĐU phê duyệt danh sách tài liệu hết giá trị cần hủy;'),
    paragraph(
      'Hôm nay, ngày 15 tháng 6 năm 2026, Đảng ủy phường Cửa Nam tiến hành hủy tài liệu hết giá trị.',
    ),
  ],
  closing: {
    signatures: [
      {
        position: 'Đại diện Hội đồng\nxác định giá trị tài liệu',
        name: 'Trần Thị Bình',
        hint: '(ký, ghi rõ họ tên)',
      },
      { position: 'Người thực hiện', name: 'Lê Văn Cường', hint: '(ký, ghi rõ họ tên)' },
    ],
  },
  annex: [
    space(),
    centered('PHỤ LỤC: CÁC VĂN BẢN ĐÃ HỦY', { bold: true }),
    table({
      columns: [
        { header: 'STT', mm: 12, align: 'center' },
        { header: 'Mã hồ sơ', share: 12 },
        { header: 'Số ký hiệu', share: 16 },
        { header: 'Ngày', share: 12 },
        { header: 'Trích yếu', share: 46 },
        { header: 'Số tệp', share: 8, align: 'center' },
      ],
      rows: [['1', 'HS-2016-01', '12-CV/ĐU', '05/03/2016', 'V/v tổ chức hội nghị', 1]],
    }),
  ],
};
