// Word lists for the generated city: administrative vocabulary of Party offices (ordered roughly from
// common to rare), rarer terms, syllables for place names, Vietnamese names and the wards of Hà Nội.
// The words of five news articles (seed-phrases.ts) add the running text of real reporting (vocab.ts).

/** A list written as `a|b|c` over several lines (keeps this file short). */
const list = (s: string): string[] =>
  s
    .split(/[|\n]/)
    .map((x) => x.trim())
    .filter(Boolean);

/** The most frequent words of Party documents, most frequent first (ranks 1–40 of the Zipf law). */
export const TOP = list(`
và|của|các|công tác|trong|thực hiện|đảng|cấp ủy|lãnh đạo|chỉ đạo|nhiệm vụ|đảng viên|tổ chức|năm|theo|
kế hoạch|triển khai|với|đơn vị|cơ sở|có|được|để|nâng cao|chất lượng|về|tăng cường|hiệu quả|
trên địa bàn|đối với|kiểm tra|giám sát|Thành ủy|Ban Thường vụ|đồng chí|chi bộ|quy định|nghị quyết|
báo cáo|phát triển
`);

/** Administrative phrases, common to less common (ranks 41 onwards, interleaved with the seeds' words). */
export const ADMIN = list(`
kinh tế - xã hội|xây dựng Đảng|hệ thống chính trị|Mặt trận Tổ quốc|đoàn thể|chính quyền|tuyên truyền|
quán triệt|học tập|sinh hoạt|tổng kết|sơ kết|đánh giá|xếp loại|cán bộ|công chức|nhân dân|quần chúng|
phong trào|thi đua|khen thưởng|kỷ luật|kết nạp|phát triển đảng viên|bồi dưỡng|lý luận chính trị|
tư tưởng|đạo đức|phong cách|Hồ Chí Minh|văn phòng|tham mưu|tổng hợp|văn bản|hồ sơ|lưu trữ|thời hạn|
tiến độ|giải pháp|khắc phục|hạn chế|tồn tại|nguyên nhân|kết quả|mục tiêu|chỉ tiêu|phương hướng|
trọng tâm|trọng điểm|đột phá|cải cách hành chính|ứng dụng công nghệ thông tin|an sinh xã hội|
giảm nghèo|việc làm|y tế|giáo dục|văn hóa|thể thao|du lịch|quốc phòng|an ninh|an ninh trật tự|
phòng cháy chữa cháy|giao thông|đô thị|quy hoạch|xây dựng|đất đai|tài nguyên|môi trường|ngân sách|
thu ngân sách|đầu tư công|giải ngân|doanh nghiệp|thương mại|dịch vụ|nông nghiệp|nông thôn mới|
hợp tác xã|khu dân cư|tổ dân phố|đại hội|nhiệm kỳ|Ban Chấp hành|hội nghị|chuyên đề|đề án|
chương trình|kiểm điểm|tự phê bình|phê bình|dân chủ|tập trung dân chủ|quy chế làm việc|trách nhiệm|
người đứng đầu|cán bộ chủ chốt|quy hoạch cán bộ|luân chuyển|bổ nhiệm|giới thiệu|ứng cử|bầu cử|
Hội đồng nhân dân|Ủy ban nhân dân|Ủy ban Kiểm tra|Ban Tổ chức|Ban Tuyên giáo|Ban Dân vận|
Ban Nội chính|Văn phòng Thành ủy|Trung ương|Bộ Chính trị|Ban Bí thư|Chỉ thị|Kết luận|Hướng dẫn|
Thông báo|Quyết định|Tờ trình|Công văn|đảng phí|Huy hiệu Đảng|thẻ đảng viên|chuyển sinh hoạt đảng|
nơi cư trú|lý lịch|bảo vệ nền tảng tư tưởng|đấu tranh|quan điểm sai trái|thù địch|dư luận xã hội|
thông tin tình hình|dự báo|điểm nóng|khiếu nại|tố cáo|tiếp công dân|đơn thư|phòng, chống tham nhũng|
lãng phí|tiêu cực|thực hành tiết kiệm|minh bạch|công khai|chuyển đổi số|cơ sở dữ liệu|chính quyền số|
dịch vụ công trực tuyến|chữ ký số|sắp xếp tổ chức bộ máy|tinh gọn|sáp nhập|hợp nhất|
đơn vị hành chính|chính quyền hai cấp|tinh giản biên chế|vị trí việc làm|phân cấp|phân quyền|
ủy quyền|giải phóng mặt bằng|bồi thường|hỗ trợ tái định cư|thu hồi đất|cấp giấy chứng nhận|
trật tự xây dựng|vi phạm|xử lý|cưỡng chế|lấn chiếm|vỉa hè|lòng đường|ô nhiễm môi trường|rác thải|
nước thải|cây xanh|chiếu sáng|thoát nước|ngập úng|chống ngập|hạ tầng|giao thông tĩnh|bãi đỗ xe|
chung cư cũ|cải tạo|nhà ở xã hội|di tích|lễ hội|nếp sống văn minh|gia đình văn hóa|khu phố văn minh|
người cao tuổi|cựu chiến binh|thanh niên|phụ nữ|công đoàn|nông dân|hội viên|đoàn viên|chính sách|
người có công|thương binh|liệt sĩ|đền ơn đáp nghĩa|bảo hiểm xã hội|bảo hiểm y tế|tiêm chủng|
dịch bệnh|an toàn thực phẩm|trường học|học sinh|tuyển sinh|Tết Nguyên đán|kỷ niệm|
ngày thành lập Đảng|Quốc khánh|Giải phóng Thủ đô|bầu cử đại biểu|dập khuôn|né tránh|đùn đẩy|
sợ trách nhiệm|làm việc cầm chừng|chậm tiến độ|quá hạn|gia hạn|tồn đọng|kéo dài|vướng mắc|khó khăn|
kiến nghị|đề xuất
`);

/** Rarer terms: the long tail of real registers. */
export const RARE = list(`
hỏa hoạn|sạt lở|bão lũ|úng ngập cục bộ|cháy chung cư mini|karaoke|quán bar|tín dụng đen|đa cấp|
ma túy|mại dâm|cờ bạc|trộm cắp|lừa đảo qua mạng|an ninh mạng|không gian mạng|tin giả|livestream|
mạng xã hội|trí tuệ nhân tạo|dữ liệu dân cư|căn cước|định danh điện tử|
thanh toán không dùng tiền mặt|kinh tế đêm|phố đi bộ|làng nghề|OCOP|chợ dân sinh|
trung tâm thương mại|vành đai 4|đường sắt đô thị|cầu Tứ Liên|sông Tô Lịch|hồ Tây|sông Hồng|bãi giữa|
đê tả ngạn|trạm bơm|xe buýt điện|xe máy điện|vùng phát thải thấp|bụi mịn|khói bụi|đốt rơm rạ|
nhà văn hóa|sân chơi|bể bơi|thư viện|bảo tàng|hoàng thành Thăng Long|Văn Miếu|tuần tra|dân phòng|
bảo vệ dân phố|tổ an ninh cơ sở|camera giám sát|đường dây nóng|hòm thư góp ý|đối thoại|
hòa giải ở cơ sở|tranh chấp đất đai|đất công|đất nông nghiệp|xây dựng trái phép|phá dỡ|di dời|
tái định cư|giá đất|bảng giá đất|thuế|phí|lệ phí|quỹ vì người nghèo|mái ấm|nhà đại đoàn kết|
hộ cận nghèo|trẻ em|người khuyết tật
`);

/** Syllables of place names (combined in pairs for the long tail and the unit names). */
export const PLACE_SYLLABLES = list(`
An|Bình|Cầu|Chợ|Đông|Tây|Nam|Bắc|Hòa|Phú|Thạnh|Long|Yên|Mỹ|Đức|Thượng|Hạ|Kim|Ngọc|Hoàng|Liên|Phúc|
Thanh|Xuân|Trung|Minh|Quang|Văn|Hồng|Lạc|Tân|Vĩnh|Gia|Hà|Sơn|Thủy|Lâm|Mai|Đình|Dương|Hưng|Khê|Định|
Lộc|Phong|Quỳnh|Thịnh|Tiến|Vân|Đoài|Cổ|Kiều|Tràng|Thụy|Ninh|Hiệp|Mê|Linh|Sóc|Đa|Phượng|Khương|Hội|
Thái
`);

/** Real wards and communes of Hà Nội (after the 2025 merger), then generated names. */
export const WARDS = list(`
Ba Đình|Ngọc Hà|Giảng Võ|Hoàn Kiếm|Cửa Nam|Phú Thượng|Hồng Hà|Ô Chợ Dừa|Văn Miếu - Quốc Tử Giám|Láng|
Kim Liên|Đống Đa|Hai Bà Trưng|Vĩnh Tuy|Bạch Mai|Tây Hồ|Cầu Giấy|Nghĩa Đô|Yên Hòa|Thanh Xuân|
Khương Đình|Phương Liệt|Hoàng Mai|Định Công|Hoàng Liệt|Yên Sở|Tương Mai|Long Biên|Bồ Đề|Việt Hưng|
Phúc Lợi|Từ Liêm|Xuân Phương|Tây Mỗ|Đại Mỗ|Thượng Cát|Đông Ngạc|Xuân Đỉnh|Phú Diễn|Hà Đông|Dương Nội|
Yên Nghĩa|Kiến Hưng|Sơn Tây|Tùng Thiện|Chương Mỹ|Đoài Phương|Sóc Sơn|Đông Anh|Gia Lâm|Thanh Trì|
Mê Linh|Ba Vì|Phúc Thọ|Đan Phượng|Hoài Đức|Quốc Oai|Thạch Thất|Thanh Oai|Thường Tín|Phú Xuyên|
Ứng Hòa|Mỹ Đức
`);

/** Committees beside the wards that also report to the Thành ủy (Đảng ủy khối, Công an, Quân sự …). */
export const BLOCKS = list(`
Đảng ủy các cơ quan Đảng Thành phố|Đảng ủy Ủy ban nhân dân Thành phố|Đảng ủy Công an Thành phố|
Đảng ủy Quân sự Thành phố|Đảng ủy Khối doanh nghiệp Thành phố|Đảng ủy Bộ đội Biên phòng Thành phố
`);

export const FAMILY: [string, number][] = list(`
Nguyễn:38|Trần:11|Lê:9.5|Phạm:7|Hoàng:5|Phan:4.5|Vũ:4|Đặng:2.1|Bùi:2|Đỗ:1.4|Hồ:1.3|Ngô:1.3|Dương:1|
Lý:0.5|Đinh:0.8|Trịnh:0.7|Đào:0.6|Lương:0.5|Mai:0.4|Tạ:0.3|Khuất:0.2
`).map((x) => {
  const [name, w] = x.split(':');
  return [name as string, Number(w)];
});

export const MIDDLE_MALE = list(`
Văn|Đức|Minh|Hữu|Quang|Xuân|Mạnh|Trọng|Công|Thế|Đình|Tiến
`);

export const MIDDLE_FEMALE = list(`
Thị|Thị|Thị|Thu|Ngọc|Thanh|Minh|Phương|Hồng|Thúy|Kim
`);

export const GIVEN_MALE = list(`
An|Anh|Bình|Cường|Dũng|Đạt|Giang|Hải|Hiếu|Hùng|Huy|Khánh|Kiên|Long|Minh|Nam|Phong|Quân|Quang|Sơn|
Thắng|Thành|Trung|Tuấn|Tú|Việt|Vinh|Hoàng|Lâm|Đức|Toàn|Hưng|Khoa|Lộc|Phúc|Tài|Thịnh|Trường
`);

export const GIVEN_FEMALE = list(`
Anh|Dung|Giang|Hà|Hằng|Hạnh|Hoa|Hòa|Hồng|Hương|Huyền|Lan|Liên|Linh|Loan|Mai|Nga|Ngọc|Nhung|Oanh|
Phương|Quyên|Tâm|Thảo|Thủy|Trang|Uyên|Vân|Yến|Thu|Thư|Hiền|Châu|My|Ly|Diệp
`);
