// The running text of real reporting for the generated city's vocabulary (vocab.ts): the words and
// two-word phrases of five Vietnamese news articles about the offices of Party committees (their
// advisory work, information, documents, archives, digitisation), most frequent first. Kept as this
// list, not as the articles: sentences split at punctuation, words of up to 7 letters, pairs of
// neighbouring words kept when seen twice or more, ties in code-point order, a capitalised single
// word lower-cased. Changing the list changes every generated dataset (and the benchmark's figures).

/** A list written as `a|b|c` over several lines. */
const list = (s: string): string[] =>
  s
    .split(/[|\n]/)
    .map((x) => x.trim())
    .filter(Boolean);

/** Words and two-word phrases of the articles, most frequent first (1,282 entries). */
export const SEED_PHRASES = list(`
ủy|các|thành|của|đảng|công|cấp|đạo|Thành ủy|phòng|thành|vụ|và|tác|công tác|thường|chức|bộ|cấp ủy|
phố|quan|trực|cơ|chỉ|hội|hiện|nhiệm|thực|chỉ đạo|mưu|năm|tham|tham mưu|trong|tổ|tổ chức|văn|việc|
đảng|thư|thực hiện|phó|Thường trực|cao|văn phòng|là|lãnh|lãnh đạo|cho|chính|trực Thành|thư Thường|
với|văn|Văn phòng|cơ quan|thành phố|bí|Bí thư|khối|Phó Bí|lượng|ban|quận|Quận ủy|chất|có|nhiệm vụ|
phát|Đảng ủy|đề|động|các cơ|các cấp|hành|nhân|nâng|phòng cấp|trị|tập|viên|được|Thành phố|chương|
chất lượng|hiệu|thể|trọng|đã|ảnh|Ban Thường|Thường vụ|hoạt|mới|triển|Khối các|chủ|hợp|nâng cao|quả|
sở|toàn|trao|trình|đạo chỉ|ủy Khối|nguyễn|thị|biểu|cao chất|chính trị|chương trình|cán|cán bộ|làm|
nghị|những|phòng Thành|sát|số|tin|vị|xuất|Đảng bộ|đổi|NGỌC|NGỌC PHÚ|PHÚ|cách|cơ sở|dựng|tiếp|tặng|
xây|xây dựng|đơn|đơn vị|đảng viên|đổi mới|trung|ban|cho các|cá|cá nhân|hội nghị|khen|khen cho|kiểm|
kỷ|tiếp tục|tại|tục|để|thanh|chí|cần|hiệu quả|hơn|phát triển|phòng Quận|phục|quan Thành|quyết|sắc|
sự|thuộc|thông|thường|trung|tích|tập thể|về|vụ Đảng|xuất sắc|đó|ủy các|hải|chuyên|chế|các tổ|
của Thành|giúp|hoạt động|kiểm tra|kỳ|mạnh|nhiệm kỳ|quy|sinh|thành tích|thông tin|tra|tâm|xã|đại|đến|
Nguyễn Thị|TP|Trung ương|chức cơ|giám|giám sát|giải|góp|hoạch|lượng công|một|nhiều|phương|
quan trọng|theo|thời|tra giám|trên|xã hội|điều|đặc|ương|ở|ủy Nguyễn|huy|Huy hiệu|nghị|Nghị quyết|
bảo|bộ đảng|chi|chủ động|có thành|cầu|hiện các|hiệu năm|hình|kiện|kế|kế hoạch|kết|làm việc|lý|
mưu giúp|nay|nghiệp|nhất|năm tuổi|pháp|phát biểu|phục vụ|quy chế|quận|sinh hoạt|thứ|trong công|tuổi|
tuổi Đảng|tác văn|tình|tích xuất|tại hội|tốt|tổng|yêu|yêu cầu|điểm|đồng|động của|ủy và|HĐND|hằng|
Nguyễn Đình|ngô|Ngô Thị|Thanh Hằng|Thị Thanh|trong|vĩnh|biểu chỉ|biệt|bằng|chi bộ|chí Nguyễn|chạy|
chức thực|các chương|công chức|của các|của cấp|của thành|của văn|dân|giá|giấy|giấy khen|hóa|khai|
khóa|khối|kinh|kỷ niệm|lưu|lực|nhất là|niệm|phong|phong cách|phải|phối|phối hợp|sáng|thuộc Đảng|
thành công|tháng|triển khai|trách|trách nhiệm|trình công|trò|tác lãnh|tình hình|tăng|tư|tư tưởng|
tưởng|tạo|tập trung|tặng giấy|tổng hợp|vai|vai trò|việc thực|vụ Thành|ý|đình|Đình Vĩnh|đoàn|đạo của|
đảng bộ|đầu|định|đồng chí|ủy tặng|ứng|chính|Chính trị|Phó bí|quốc|Quốc hội|Thanh Hải|Thị Tuyến|
tuyến|video|ban thường|bí|bí thư|bộ Khối|bộ công|chuyên nghiệp|chú|cuộc|các nhiệm|các đơn|cách hành|
cũng|cương|cường|cải|của mình|của Đảng|dự|giải pháp|góp phần|gắn|gắn với|hành chính|hướng|hợp với|
kịp|kịp thời|lượng tham|lần|lần thứ|mình|năm các|năng|nội|phần|quan thành|quản|quản lý|quốc|ra|
sáng tạo|sở Đảng|thường trực|thường vụ|thị|thức|trực thuộc|tài|tác tham|tăng cường|tế|tục đổi|
việc của|và tổ|vào|vừa|xe|án|đoàn|Đoàn đại|đồng|Đồng chí|điều hành|đánh|đánh giá|đường|đại biểu|
đại hội|đạo các|đạo điều|đảm|đẩy|đặc biệt|địa|ương Đảng|Ảnh Thanh|ủy Ngô|ủy ban|ủy ở|bên|Bên cạnh|
bộ|Bộ Chính|chí|Chí Minh|chỉ|Chỉ thị|HCM|HĐND UBND|Hải Phòng|hồ|Hồ Chí|lê|Lê Tiến|minh|nghĩa|
Nghĩa Phó|phát|phòng|phương|Thị Nghĩa|tiến|Trung đoàn|trưởng|Trưởng Đoàn|tổ|UBND|UBND thành|an|
biểu Quốc|bám|bám sát|báo|bước|bảo đảm|bật|bằng khen|bỏ|bộ thành|chào|chú ý|chế làm|chủ trương|
chủ đề|cuối|cuối năm|các chủ|các cá|các tập|các đảng|có những|công nghệ|công việc|cạnh|cạnh đó|
cải cách|cảnh|cố|cố kiện|cụ|cụ thể|của Bộ|của Quận|củng|củng cố|dung|dụng|dụng công|dựng Đảng|gian|
giúp việc|hiện Nghị|hiện được|hoàn|hoạt chi|hành Đảng|hành động|hạn|học|hội Hải|hội của|hội đảng|
không|khắc|khắc phục|kinh tế|kiện toàn|kết quả|kỳ đến|luật|lên|lĩnh|lĩnh vực|lưu trữ|lập|mưu Ban|
mưu tổng|mưu với|mặt|mừng|nghệ|nghệ thông|ngành|ngành đơn|ngày|ngũ|ngũ cán|nhân có|nhân dân|nhấn|
nhấn mạnh|niệm chương|nắm|nội dung|phê|phòng Trung|phù|phù hợp|phần quan|phố cần|phố đã|qua|
quan tâm|sau|sách|sở đảng|thi|thành lập|tháng cuối|thống|thời gian|trao Huy|trao tặng|triển kinh|
trương|trị của|trọng tâm|trọng vào|trữ|tặng Huy|từng|và các|và văn|vấn|vấn đề|với Thành|vụ chính|
vụ của|vững|vực|xúc|đoài|Đoài Phương|đó|Đó là|đại|Đại hội|Đảng cho|Đảng thuộc|Đảng và|điều kiện|
đóng|đóng góp|đạo cấp|đạo hội|đạt|đẩy mạnh|đề xuất|độ|đội|đội ngũ|động tham|ở TP|ủy|Ủy viên|ủy HĐND|
ủy Trưởng|ủy có|ủy nhấn|ủy tổ|ủy Đảng|ủy đã|ứng dụng|Ban chấp|bằng|Bằng khen|bức|Bức xúc|chiều|chủ|
clip|các|công|Công tác|cùng|Cùng với|cộng|Cộng sản|dương|giang|hậu|Hậu Giang|hội|jan|kỷ|Kỷ cương|lễ|
Lễ trao|nam|ngày|Ngày thành|nổi|Nổi bật|PM|Phát hiện|Phòng phát|thi|Thi đua|thùy|Thùy Dương|tin|
toàn|Toàn trao|Trong tháng|việt|Việt Nam|Vĩnh phát|xã|Xã Đoài|an ninh|ban hành|ban tham|biểu tại|
biệt là|bàn|bình|bạn|bị|bỏ chạy|bộ giảng|bộ khối|chim|chim cổ|chiều|cho tập|cho đảng|chu|chu đáo|
chung|chuyên đề|chuyển|chuẩn|chuẩn bị|chào mừng|chính sách|chính trong|chạy ẩu|chấp|chấp hành|chặt|
chế phối|chỉnh|chọn|chọn những|chốt|chức Lễ|chức năng|chức trao|chức trong|coi|cuộc đổi|càng|
các ban|các lĩnh|cách Hồ|cáo|công cuộc|cương trách|cường công|cả|cảnh tài|cấp nhiệm|cấp trên|cấp đã|
cầu của|cổ|cổ rắn|cờ|cờ Thi|của Ban|của cán|của một|của quận|của thường|diễn|diễn ra|diện|dưới|dạy|
dạy chính|dần|dập|dập khuôn|dục|dục chính|dự và|dựng các|dựng và|giai|giai đoạn|gian qua|giá cao|
giáo|giáo dục|giúp Thành|giúp cấp|giải quyết|giảng|giảng dạy|gần|hiện loài|hiện nghiêm|hiện tốt|huy|
huyện|hơn nữa|hơn ở|hạn chế|hệ|hệ thống|học tập|hội thi|hợp phục|khuôn|khác|khách|khách vừa|
khối lượng|kinh xã|kiểm điểm|kỷ cương|kỷ luật|liên|liên quan|loài|loài chim|làm theo|lái|lái xe|lão|
lão thành|lưu ý|lượng sinh|lạ|lạ nặng|lập Đảng|lối|lớn|lực phấn|mì|mưu của|mưu phục|mạnh ứng|
một bước|một số|mới phương|nghiêm|nguyên|nguyên tắc|người|người đi|nhiên|nhiệm hành|nhân được|nhận|
nhằm|những kết|những vấn|những đóng|ninh|niệm năm|nâng lên|nói|năm Ngày|năm của|năng lực|năng nhiệm|
nặng|nặng hơn|nếp|nền|nền nếp|nỗ|nỗ lực|nữa|phá|phát huy|phê bình|phương thức|phải sang|phấn|
phấn đấu|phố các|phố là|phố thực|quan tham|quyết Trung|quyền|quân|quốc lần|rất|rắn|rắn siêu|rồi|
rồi bỏ|sang|siêu|siêu lạ|sát việc|sâu|sản|sản Việt|số của|số sở|sống|sở ngành|then|then chốt|
theo tư|thi cán|thiết|thiết thực|thiện|thành Lê|tháng đầu|thù|thù của|thư Thành|thư lưu|thần|
thể Ban|thể cá|thể hóa|thể và|thị số|thứ phải|thức lãnh|tin tổng|tinh|tinh thần|tiêu|toàn diện|
toàn khóa|toàn quốc|toàn Đảng|trao Bằng|trao bằng|trao kỷ|triển Đảng|trong hệ|trong năm|trong Đảng|
trung nâng|truyền|trên các|trên địa|trình kiểm|trình kế|trí|trúng|trúng người|trị năm|trị tư|
trọng tổ|trực ban|tuy|tài xế|tác giáo|tác kiểm|tác năm|tác phát|tác toàn|tác xây|tác đề|tâm của|
tính|tô|tô chạy|tông|tông trúng|tưởng đạo|tập và|tắc|tế xã|tốt các|tốt công|từ|từ đầu|tự|viên Ban|
viên lão|việc học|việc đổi|và cá|và hội|và làm|và phát|vào thành|vì|văn thư|về xây|vị có|vị xuất|
với các|với đó|với đặc|vụ trong|vụ và|vừa lái|vừa ăn|xe khách|xe vừa|xem|xuất tham|xúc cảnh|xế|
xế xe|xứng|xứng đáng|Ô|Ô tô|ăn|ăn mì|đào|Đào Đức|Đảng Cộng|Đảng trao|đặc|đề|Đề án|đức|Đức Toàn|đang|
đi|đi đường|điểm của|đoàn tổ|đoạn|đua|đua cho|đáng|đáo|đáp|đáp ứng|đã bám|đã tham|đã được|đó văn|đô|
đúng|đường rồi|được Văn|được nâng|đạo công|đạo tổ|đạo và|đạo đức|đạt được|đảng các|đảng ủy|đấu|
đầu nhiệm|đầu năm|đặc điểm|đến nay|đề công|đề năm|đề ra|đề án|địa bàn|địa phương|động sáng|đột|
đột phá|đợt|đức|đức phong|ấn|ẩu|ẩu tông|ở Hậu|ủy cơ|ủy lãnh|ủy trong|ủy Đào|ủy đạt|BÀI|BÌNH|báo|
bính|BẠN|chánh|chấp|cương|CẢM|cải|cần|cập|cụ|CỦA|ghi|giải|HPĐT|hai|hà|HỎI|IX|kết|LUẬN|link|logo|làm|
lựa|MINH|mặt|mỗi|một|mời|mừng|NHẬN|nguyên|ngọ|nhiệm|nhà|nhân|như|nhờ|NÀY|nâng|năm|nội|phải|QNCN|qua|
quyết|rất|sáng|THÔNG|theo|thích|thế|thời|thủ|thứ|trên|trước|trần|trợ|tuy|tài|tàu|tất|tập|từ|uỷ|
VIDEO|VIẾT|vùng|vũng|VỀ|XIV|xuân|bao|biến|bài|bày|bản|bất|bầu|bậc|bắt|bức|châm|chăm|chưa|chậm|chặng|
chẽ|cùng|cư|cậy|cống|cứ|cứu|cử|cực|do|du|duy|duyệt|dương|dẫn|dịp|ghi|gia|giữ|gói|gũi|gọi|gốc|gửi|
hai|hay|hiến|hàng|hằng|hết|họa|hỏi|hộp|kho|khoa|khá|khát|khả|khẳng|ký|liệu|lo|long|lúc|lề|lịch|lỡ|
lựa|minh|mua|máy|môi|môn|mạng|mật|mắt|mẽ|mọi|mỗi|mục|ngay|nghiên|ngoài|nguồn|ngân|nhau|nhiêu|nhập|
nhật|nào|né|nêu|nơi|nước|nảy|nổi|nộp|phóng|phường|phận|quán|riêng|rà|rõ|rộng|siết|so|song|soát|sơ|
sạch|sắp|sớm|thiếu|thì|thấy|thập|tiến|trang|triệt|tránh|trì|trú|trước|trường|trưởng|trạng|trận|trật|
trẻ|trở|tuyên|tuyệt|tá|tám|túc|tượng|tận|tắt|tết|tịch|tỏ|tốc|tới|tụy|tức|tựu|viết|vn|vươn|vượt|vậy|
vệ|vọng|xuyên|xếp|xử|ĐNO|ĐÁP|đáng|đánh|đóng|đăng|đến|để|đọc|đừng|đa|điệp|đán|đây|đình|đòi|đón|đông|
đùn|đầy|đắc|đặt|đều|đọc|đối|đốn|đời|đủ
`);
