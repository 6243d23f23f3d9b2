"""Original demo comments for the ``seed_demo_comments`` management command.

Invented text written for the Newsroom demo, about the fictional district of
the demo articles; names and phone numbers are made up. Plain NFC Vietnamese.
"""

COMMENTS = [
    {
        "name": "Nguyễn Văn Hùng",
        "phone": "0912 345 678",
        "title": "Rất mong sớm hoàn thành",
        "body": "Tôi ở ngay đầu phố Lạc Hồng, mong nhà thầu giữ đúng tiến độ như cam kết. Bụi quá, cụ nhà tôi ho suốt mấy tuần nay.",
    },
    {
        "name": "Trần Thị Thu Hương",
        "phone": "",
        "title": "Cảm ơn các bạn đoàn viên",
        "body": "Hôm trước mẹ tôi lên phường làm thủ tục được các bạn trẻ hướng dẫn rất tận tình. Xin cảm ơn các bạn.",
    },
    {
        "name": "Lê Minh Tuấn",
        "phone": "0987 654 321",
        "title": "Cần thêm chỗ gửi xe",
        "body": "Phố đi bộ rất vui nhưng thiếu chỗ gửi xe, nhiều người để tràn vào ngõ nhà dân. Đề nghị quận sớm bố trí thêm bãi xe.",
    },
    {
        "name": "Phạm Thị Lan",
        "phone": "",
        "title": "Ý kiến về phân loại rác",
        "body": "Nhà tôi đã phân loại rác từ đợt thí điểm nhưng có hôm xe thu gom lại đổ chung. Mong đơn vị vệ sinh môi trường kiểm tra lại.",
    },
    {
        "name": "Hoàng Đức Thắng",
        "phone": "0903 112 233",
        "title": "Cầu đẹp quá",
        "body": "Tối qua cả nhà tôi đi dạo trên cầu mới, đèn rất đẹp. Chỉ mong có thêm thùng rác và ghế ngồi ở hai đầu cầu.",
    },
    {
        "name": "Vũ Thị Mai",
        "phone": "",
        "title": "Khen ngợi cô giáo Linh",
        "body": "Con tôi học câu lạc bộ của cô Linh, về nhà cháu tự làm được mô hình tưới cây. Những thầy cô như vậy thật đáng quý.",
    },
    {
        "name": "Đặng Quốc Bảo",
        "phone": "0978 221 009",
        "title": "Góp ý quy hoạch ven sông",
        "body": "Tôi đề nghị giữ lại hàng sấu cổ thụ dọc bờ sông Ngân. Đó là ký ức của nhiều thế hệ người dân nơi đây.",
    },
    {
        "name": "Bùi Thị Ngọc Ánh",
        "phone": "",
        "title": "Lớp học bơi rất bổ ích",
        "body": "Con tôi học xong 12 buổi đã bơi được một đoạn ngắn. Mong quận duy trì chương trình cho cả học sinh trung học cơ sở.",
    },
    {
        "name": "Ngô Văn Phúc",
        "phone": "0934 567 890",
        "title": "Vẫn còn ngập",
        "body": "Ngõ 128 Đào Viên cứ mưa là ngập đến đầu gối. Bài viết nói quý II sẽ làm, chúng tôi sẽ chờ và theo dõi.",
    },
    {
        "name": "Đỗ Thị Hạnh",
        "phone": "",
        "title": "Người cao tuổi rất vui",
        "body": "Tôi đã được khám miễn phí hôm thứ bảy, bác sĩ nhiệt tình lắm. Cảm ơn quận đã quan tâm đến người già chúng tôi.",
    },
    {
        "name": "Lý Thanh Tùng",
        "phone": "0962 333 444",
        "title": "Cần minh bạch hơn",
        "body": "Bài viết nêu số liệu thu ngân sách nhưng chưa thấy nói rõ các khoản chi lớn. Mong cổng thông tin đăng tải đầy đủ hơn để người dân theo dõi.",
    },
    {
        "name": "Trịnh Thị Thảo",
        "phone": "",
        "title": "Về trật tự vỉa hè",
        "body": "Đồng ý lập lại trật tự nhưng cũng cần nghĩ cho các bà bán rau sáng sớm. Nên có điểm bán cố định cho họ.",
    },
    {
        "name": "Phan Văn Long",
        "phone": "0915 808 080",
        "title": "Cảnh báo kịp thời",
        "body": "Bố tôi suýt bị lừa đúng kiểu giả danh công an như bài viết mô tả. Mong báo đăng nhiều bài như thế này hơn nữa.",
    },
    {
        "name": "Nguyễn Thị Bích Ngọc",
        "phone": "",
        "title": "Thư viện tuyệt vời",
        "body": "Tối nào tôi cũng đưa con đến thư viện. Phòng đọc sạch, mát, các cô thủ thư rất hiền. Xin cảm ơn.",
    },
    {
        "name": "Tạ Quang Vinh",
        "phone": "0868 123 456",
        "title": "Lễ hội văn minh",
        "body": "Năm nay lễ hội đình Kim Ngân trật tự hơn hẳn, không còn cảnh chen lấn. Ban tổ chức làm rất tốt.",
    },
    {
        "name": "Hồ Thị Kim Oanh",
        "phone": "",
        "title": "Sĩ số vẫn còn đông",
        "body": "45 học sinh một lớp vẫn là nhiều so với các em lớp 6. Mong quận sớm có thêm trường mới ở khu vực phía nam.",
    },
    {
        "name": "Lương Văn Đức",
        "phone": "0977 010 203",
        "title": "Đề nghị lắp đèn ngõ",
        "body": "Ngõ 45 phố Trúc Lâm buổi tối rất tối, người già đi lại khó khăn. Đề nghị phường xem xét lắp thêm đèn chiếu sáng.",
    },
    {
        "name": "Mai Thị Phương",
        "phone": "",
        "title": "Chợ mới sạch đẹp",
        "body": "Chợ Cầu Đá bây giờ sạch sẽ, không còn mùi như trước. Giá cả vẫn ổn định, tôi rất hài lòng.",
    },
    {
        "name": "Kiều Minh Đạt",
        "phone": "0909 456 789",
        "title": "Tiếng ồn buổi tối",
        "body": "Nhà tôi ngay cạnh hồ Sen, tối cuối tuần loa kéo hát đến gần 23 giờ. Mong ban quản lý kiểm soát âm lượng chặt chẽ hơn.",
    },
    {
        "name": "Chu Thị Huyền",
        "phone": "",
        "title": "Mô hình đáng nhân rộng",
        "body": "Việc trả kết quả tận nhà cho người cao tuổi rất nhân văn. Phường tôi ở Hòa An cũng nên học tập cách làm này.",
    },
    {
        "name": "Dương Văn Khoa",
        "phone": "0936 789 012",
        "title": "Hỏi về sáp nhập tổ dân phố",
        "body": "Sau khi sáp nhập, sổ hộ khẩu và căn cước của chúng tôi có phải đổi địa chỉ không? Mong phường giải đáp cụ thể.",
    },
    {
        "name": "Nguyễn Hoàng Yến",
        "phone": "",
        "title": "Giải chạy ý nghĩa",
        "body": "Lần đầu tôi chạy cự ly 5 km cùng con gái, không khí rất vui. Hẹn gặp lại giải năm sau.",
    },
    {
        "name": "Trương Công Minh",
        "phone": "0945 246 135",
        "title": "Còn chậm so với kế hoạch",
        "body": "Dự án cải tạo phố Lạc Hồng đã lùi tiến độ một lần rồi. Đề nghị quận công khai tên nhà thầu và mốc thời gian cụ thể từng đoạn.",
    },
    {
        "name": "Võ Thị Hồng Nhung",
        "phone": "",
        "title": "Bếp ăn bán trú",
        "body": "Tôi ủng hộ việc cho phụ huynh tham gia giám sát bữa ăn. Trường con tôi đã làm và phụ huynh yên tâm hơn nhiều.",
    },
    {
        "name": "Đinh Văn Cường",
        "phone": "0983 975 310",
        "title": "Tổ bảo vệ rất vất vả",
        "body": "Các bác trong tổ bảo vệ dân phố đi tuần cả đêm mà phụ cấp rất thấp. Mong quận sớm tăng mức bồi dưỡng như đề xuất.",
    },
    {
        "name": "Lê Thị Thanh Tâm",
        "phone": "",
        "title": "Cảm ơn bài viết",
        "body": "Đọc bài về tổ hòa giải thấy rất xúc động. Những người như bác Bích giữ cho khu phố yên bình.",
    },
    {
        "name": "Phùng Văn Hải",
        "phone": "0917 864 209",
        "title": "Camera và quyền riêng tư",
        "body": "Lắp camera là cần thiết nhưng đề nghị phường công khai ai được xem dữ liệu và xem trong trường hợp nào.",
    },
    {
        "name": "Cao Thị Diệu Linh",
        "phone": "",
        "title": "Tình nguyện hè",
        "body": "Bức tranh tường trong ngõ nhà tôi rất đẹp, bọn trẻ con thích lắm. Cảm ơn các bạn đoàn viên.",
    },
    {
        "name": "Hà Văn Toàn",
        "phone": "0971 357 913",
        "title": "Mong có sân bóng",
        "body": "Con tôi muốn đá bóng mà phải ra tận quận bên. Rất mong quận sớm xây sân thể thao đa năng như đã hứa tại buổi đối thoại.",
    },
    {
        "name": "Tô Thị Quỳnh",
        "phone": "",
        "title": "Phòng chống sốt xuất huyết",
        "body": "Khu nhà trọ sau nhà tôi có rất nhiều vỏ chai, lốp xe cũ đọng nước. Đề nghị tổ dân phố kiểm tra giúp.",
    },
    {
        "name": "Nguyễn Đình Khôi",
        "phone": "0924 680 246",
        "title": "Chúc mừng các em",
        "body": "Chúc mừng các em học sinh đạt giải. Mong nhà trường tiếp tục quan tâm cả những em học lực trung bình.",
    },
    {
        "name": "Hoàng Thị Vân",
        "phone": "",
        "title": "Hội chợ đông vui",
        "body": "Hội chợ nhiều hàng đẹp, giá hợp lý. Tuy vậy lối đi hơi hẹp, buổi tối rất đông, ban tổ chức nên mở thêm cửa ra vào.",
    },
    {
        "name": "Vay Tiền Nhanh 24h",
        "phone": "0999 999 999",
        "title": "Vay tiền nhanh không cần thế chấp",
        "body": "Vay tiền nhanh trong 5 phút, không cần giấy tờ, giải ngân ngay! Truy cập http://example.com/vay và http://example.net/vay-nhanh để đăng ký ngay hôm nay.",
        "spam": True,
    },
    {
        "name": "Khuyến Mãi Sốc",
        "phone": "",
        "title": "KHUYẾN MÃI CỰC LỚN giảm 90%",
        "body": "Khuyến mãi khủng duy nhất hôm nay!!! Mua 1 tặng 3, click ngay http://example.com/sale hoặc http://example.org/khuyen-mai để nhận quà miễn phí.",
        "spam": True,
    },
    {
        "name": "Thanh Nhàn Online",
        "phone": "0888 000 111",
        "title": "Kiếm tiền tại nhà, khuyến mãi thẻ cào",
        "body": "Kiếm 5 triệu mỗi ngày tại nhà, vay tiền nhanh lãi suất 0%, khuyến mãi thẻ cào cho 100 người đầu tiên: http://example.com/kiem-tien http://example.net/the-cao http://example.org/vay",
        "spam": True,
    },
]

# The newsroom's answers to approved demo comments, by the comment's title.
REPLIES = {
    "Rất mong sớm hoàn thành": "Cảm ơn bạn đã phản ánh. Ban quản lý dự án cho biết xe chở vật liệu sẽ được phủ bạt và tưới nước mặt đường hai lần mỗi ngày; phần mặt đường đoạn đầu phố hoàn thành trước ngày 30/6.",
    "Cần thêm chỗ gửi xe": "Tòa soạn đã chuyển ý kiến của bạn tới UBND phường Lạc Hồng. Phường đang bố trí thêm điểm trông giữ xe tại sân nhà văn hóa tổ 5, mở cửa các tối cuối tuần.",
    "Góp ý quy hoạch ven sông": "Phòng Quản lý đô thị quận cho biết hàng sấu dọc bờ sông Ngân được giữ nguyên trong phương án quy hoạch; ý kiến của bạn đã được ghi nhận trong đợt lấy ý kiến nhân dân.",
    "Vẫn còn ngập": "Theo UBND phường Đào Viên, gói cải tạo cống ngõ 128 đã chọn được nhà thầu và khởi công trong tháng tới. Tòa soạn sẽ tiếp tục theo dõi và đưa tin.",
}
