"""Original demo content for the ``seed_demo`` management command.

Everything in this module -- sections and articles -- is
invented text written specifically for the Newsroom demo. It describes life
in a fictional Hanoi-like district, "quận Hoàng Nam", and its equally
fictional wards, streets, schools and people. Any resemblance to real places
or persons is coincidental. The text is plain NFC-normalised Vietnamese.

Article body blocks are tuples:

* ``("p", text)``             -- a paragraph
* ``("h", text)``             -- a sub-heading
* ``("img", caption, alt)``   -- an inline picture with caption and alt text

Comments marked ``"spam": True`` are deliberately spammy so the moderation
queue has something to catch.
"""

SECTIONS = [
    ("tin-tuc-su-kien", "Tin tức - Sự kiện"),
    ("chinh-quyen", "Chính quyền"),
    ("kinh-te", "Kinh tế"),
    ("van-hoa-xa-hoi", "Văn hóa - Xã hội"),
    ("giao-duc", "Giáo dục"),
    ("an-ninh-trat-tu", "An ninh - Trật tự"),
]

ARTICLES = [
    # ------------------------------------------------------------------
    # Tin tức - Sự kiện
    # ------------------------------------------------------------------
    {
        "title": "Đảng bộ phường Đông Thành tổ chức thành công Đại hội nhiệm kỳ 2025 - 2030",
        "section": "tin-tuc-su-kien",
        "byline": "Minh Anh",
        "lead": (
            "Sáng 12/6, Đảng bộ phường Đông Thành tổ chức Đại hội đại biểu lần thứ "
            "VIII, nhiệm kỳ 2025 - 2030, với sự tham dự của 120 đại biểu đại diện "
            "cho hơn 900 đảng viên đang sinh hoạt tại 28 chi bộ trực thuộc."
        ),
        "body": [
            (
                "p",
                (
                    "Báo cáo chính trị trình tại Đại hội cho biết, trong nhiệm kỳ vừa qua, "
                    "phường Đông Thành đã hoàn thành và vượt 14 trên 16 chỉ tiêu chủ yếu. "
                    "Thu ngân sách trên địa bàn tăng bình quân 9% mỗi năm, tỷ lệ hộ gia đình "
                    "đạt danh hiệu văn hóa duy trì ở mức trên 93%. Nhiều tuyến ngõ được cải "
                    "tạo, lắp đèn chiếu sáng và camera an ninh bằng nguồn xã hội hóa."
                ),
            ),
            (
                "img",
                "Các đại biểu biểu quyết thông qua Nghị quyết Đại hội Đảng bộ phường Đông Thành.",
                "Hội trường đông người, các đại biểu mặc áo sơ mi trắng giơ cao thẻ biểu "
                "quyết màu đỏ, phía sau là sân khấu có phông nền đỏ và cờ Tổ quốc.",
            ),
            (
                "p",
                (
                    "Phát biểu chỉ đạo Đại hội, đại diện Ban Thường vụ Quận ủy Hoàng Nam đánh "
                    "giá cao kết quả phường đạt được, đồng thời đề nghị Đảng bộ tiếp tục quan "
                    "tâm công tác chỉnh trang đô thị, quản lý trật tự xây dựng và nâng cao chất "
                    "lượng sinh hoạt chi bộ. Đặc biệt, phường cần lắng nghe ý kiến của nhân dân "
                    "ngay từ khâu xây dựng kế hoạch."
                ),
            ),
            ("h", "Ban Chấp hành khóa mới"),
            (
                "p",
                (
                    "Đại hội đã bầu Ban Chấp hành Đảng bộ phường khóa mới gồm 15 đồng chí, "
                    "bầu đoàn đại biểu đi dự Đại hội Đảng bộ quận và thông qua Nghị quyết với "
                    "ba khâu đột phá: chuyển đổi số trong quản lý hành chính, cải tạo không "
                    "gian công cộng và phát triển kinh tế dịch vụ dọc tuyến phố Lạc Hồng."
                ),
            ),
        ],
        "cover_caption": "Quang cảnh Đại hội Đảng bộ phường Đông Thành lần thứ VIII.",
        "cover_alt": "Toàn cảnh hội trường với hàng ghế đại biểu hướng về sân khấu treo băng rôn đỏ.",
    },
    {
        "title": "Khánh thành cầu đi bộ qua sông Ngân nối hai phường Hồ Sen và Cầu Đá",
        "section": "tin-tuc-su-kien",
        "byline": "Quang Huy",
        "lead": (
            "Chiều 2/9, quận Hoàng Nam tổ chức lễ khánh thành cây cầu đi bộ bắc qua sông "
            "Ngân, rút ngắn quãng đường đi lại giữa phường Hồ Sen và phường Cầu Đá từ gần "
            "hai cây số xuống còn khoảng 200 mét."
        ),
        "body": [
            (
                "p",
                (
                    "Cây cầu dài 86 mét, rộng 3,5 mét, có kết cấu thép với lan can kính cường "
                    "lực và hệ thống đèn trang trí đổi màu vào buổi tối. Công trình được khởi "
                    "công từ tháng 11 năm trước với tổng mức đầu tư khoảng 38 tỷ đồng từ ngân "
                    "sách quận. Hai đầu cầu có lối lên dành cho xe lăn và xe đẩy trẻ em."
                ),
            ),
            (
                "img",
                "Người dân đi bộ qua cầu mới trong buổi chiều ngày khánh thành.",
                "Dòng người đi bộ trên mặt cầu lát gỗ, lan can kính trong suốt, dưới chân cầu là mặt sông phản chiếu nắng chiều.",
            ),
            (
                "p",
                (
                    "Theo Ban Quản lý dự án đầu tư xây dựng quận, đơn vị thi công đã phải điều "
                    "chỉnh biện pháp lắp dựng dầm để không ảnh hưởng đến dòng chảy trong mùa "
                    "mưa. Nhờ đó, công trình về đích sớm hơn kế hoạch gần một tháng mà vẫn bảo "
                    "đảm chất lượng, được nghiệm thu với đánh giá đạt yêu cầu kỹ thuật."
                ),
            ),
            ("h", "Người dân đi lại thuận tiện hơn"),
            (
                "p",
                (
                    'Bà Đỗ Thị Hạnh, 67 tuổi, sống ở phường Cầu Đá, chia sẻ: "Trước kia muốn '
                    "sang chợ Hồ Sen tôi phải đi vòng ra đường lớn, xe cộ đông rất sợ. Giờ có "
                    'cầu, sáng nào tôi cũng đi bộ sang tập thể dục bên bờ hồ rồi mua đồ về." '
                    "Nhiều người dân cũng đề nghị quận bố trí thêm ghế đá và cây bóng mát ở hai "
                    "đầu cầu."
                ),
            ),
        ],
        "cover_caption": "Cầu đi bộ mới qua sông Ngân trong buổi chiều ngày khánh thành.",
        "cover_alt": "Cây cầu thép màu trắng bắc qua dòng sông, người dân đi bộ trên cầu, hai bên bờ có hàng cây xanh.",
    },
    {
        "title": "Đoàn công tác thành phố kiểm tra công tác phòng, chống thiên tai tại quận Hoàng Nam",
        "section": "tin-tuc-su-kien",
        "byline": "Hoàng Điệp",
        "lead": (
            "Sáng 20/5, đoàn công tác của Ban Chỉ huy phòng, chống thiên tai thành phố "
            "đã kiểm tra thực tế các điểm xung yếu dọc sông Ngân và trạm bơm Kim Ngân, "
            "chuẩn bị cho mùa mưa bão năm nay."
        ),
        "body": [
            (
                "p",
                (
                    "Báo cáo với đoàn, lãnh đạo quận Hoàng Nam cho biết địa bàn hiện còn 7 điểm "
                    "thường xuyên úng ngập khi mưa trên 80 mm, tập trung ở phường Kim Ngân và "
                    "phường Thạch Lâm. Quận đã nạo vét hơn 4 km mương thoát nước, thay mới 120 "
                    "nắp ga và bố trí sẵn 6 máy bơm di động tại các điểm trũng."
                ),
            ),
            (
                "img",
                "Đoàn công tác kiểm tra vận hành máy bơm tại trạm bơm Kim Ngân.",
                "Nhóm cán bộ đội mũ bảo hộ đứng quanh một tổ máy bơm lớn sơn màu xanh trong "
                "nhà trạm, một kỹ thuật viên đang chỉ vào bảng điều khiển.",
            ),
            (
                "p",
                (
                    "Quận cũng kiện toàn lực lượng xung kích tại 12 phường với hơn 600 người, tổ "
                    "chức diễn tập cứu hộ tại khu dân cư ven sông và rà soát các cây xanh có nguy "
                    "cơ gãy đổ. Danh sách hộ dân cần sơ tán khi có bão lớn đã được cập nhật đến "
                    "từng tổ dân phố, kèm số điện thoại của cán bộ phụ trách."
                ),
            ),
            ("h", "Theo dõi chặt các công trình dở dang"),
            (
                "p",
                (
                    "Kết luận buổi kiểm tra, trưởng đoàn đề nghị quận tiếp tục theo dõi chặt "
                    "chẽ các công trình đang thi công dở dang, yêu cầu nhà thầu có phương án che "
                    "chắn, thu dọn vật tư trước mỗi đợt mưa lớn. Các phường cần chủ động thông "
                    "tin sớm cho người dân về tình hình thời tiết qua loa truyền thanh và mạng "
                    "xã hội."
                ),
            ),
        ],
        "cover_caption": "Đoàn công tác kiểm tra kè bờ sông Ngân đoạn qua phường Thạch Lâm.",
        "cover_alt": "Một nhóm người đứng trên bờ kè bê tông cạnh dòng sông, phía xa là các dãy nhà cao tầng.",
    },
    {
        "title": "Quận Hoàng Nam ra quân Tết trồng cây, phủ xanh thêm hai tuyến đường ven hồ",
        "section": "tin-tuc-su-kien",
        "byline": "Thu Hà",
        "lead": (
            "Sáng mùng 6 Tết, hàng trăm cán bộ, đoàn viên và người dân quận Hoàng Nam "
            "đã cùng trồng mới hơn 1.200 cây xanh dọc đường Ven Hồ và phố Trúc Lâm, mở "
            "đầu chương trình trồng một vạn cây xanh trong năm."
        ),
        "body": [
            (
                "p",
                (
                    "Các loại cây được lựa chọn gồm bằng lăng, sao đen, muồng hoàng yến và lộc "
                    "vừng, phù hợp với thổ nhưỡng và tạo bóng mát lâu dài. Mỗi cây có chiều cao "
                    "từ ba mét trở lên, được đánh số, gắn biển tên và giao cho các tổ dân phố, "
                    "trường học nhận chăm sóc trong hai năm đầu."
                ),
            ),
            (
                "img",
                "Một gia đình cùng trồng cây bằng lăng trên phố Trúc Lâm.",
                "Người bố cầm xẻng, cậu con trai nhỏ đội mũ đỏ dùng tay vun đất quanh gốc cây non được buộc cọc tre.",
            ),
            (
                "p",
                (
                    "Lãnh đạo quận cho biết, chương trình năm nay chú trọng khâu chăm sóc sau "
                    "trồng, tránh tình trạng trồng xong bỏ mặc. Công ty cây xanh của quận sẽ "
                    "tưới nước định kỳ, bổ sung cọc chống trước mùa mưa bão và thay thế ngay "
                    "những cây bị chết, đồng thời báo cáo tỷ lệ cây sống theo từng quý."
                ),
            ),
            ("h", "Cả gia đình cùng trồng cây"),
            (
                "p",
                (
                    "Nhiều gia đình đưa con nhỏ cùng tham gia buổi trồng cây. Em Lê Gia Bảo, học "
                    "sinh lớp 4 trường Tiểu học Trúc Lâm, hào hứng kể đã được tự tay lấp đất cho "
                    "cây bằng lăng trước cổng trường và hứa sẽ cùng các bạn tưới cây mỗi tuần."
                ),
            ),
        ],
        "cover_caption": "Người dân và đoàn viên thanh niên trồng cây trên đường Ven Hồ.",
        "cover_alt": "Nhiều người cầm xẻng vun đất quanh gốc cây non mới trồng trên vỉa hè cạnh mặt hồ.",
    },
    {
        "title": "Đẩy nhanh tiến độ cải tạo phố Lạc Hồng, phấn đấu hoàn thành trước mùa mưa",
        "section": "tin-tuc-su-kien",
        "byline": "Quang Huy",
        "lead": (
            "Chiều 8/4, đoàn kiểm tra của UBND quận Hoàng Nam yêu cầu các nhà thầu tăng "
            "ca, bổ sung nhân lực để hoàn thành cải tạo toàn tuyến phố Lạc Hồng trước ngày "
            "30/6, hạn chế tối đa ảnh hưởng đến sinh hoạt của người dân."
        ),
        "body": [
            (
                "p",
                (
                    "Dự án cải tạo phố Lạc Hồng dài 1,4 km bao gồm hạ ngầm đường dây điện, thông "
                    "tin, thay mới hệ thống thoát nước, lát lại vỉa hè bằng đá tự nhiên và trồng "
                    "bổ sung cây xanh. Đến nay, khối lượng thực hiện đạt khoảng 65%, trong đó "
                    "phần cống thoát nước đã cơ bản xong."
                ),
            ),
            ("h", "Thi công cuốn chiếu từng đoạn"),
            (
                "p",
                (
                    "Để giảm bụi và ùn tắc, nhà thầu chia tuyến phố thành năm đoạn, thi công "
                    "cuốn chiếu, làm xong đoạn nào hoàn trả mặt bằng đoạn đó. Công việc gây tiếng "
                    "ồn lớn như phá dỡ bê tông chỉ thực hiện từ 7 giờ đến 21 giờ. Lối đi tạm cho "
                    "người đi bộ và lối vào các cửa hàng luôn được duy trì."
                ),
            ),
            (
                "img",
                "Công nhân lát đá vỉa hè trên đoạn đầu phố Lạc Hồng.",
                "Hai công nhân mặc áo phản quang màu cam quỳ trên vỉa hè, đặt từng viên đá "
                "xám theo dây căng, bên cạnh là hàng rào tôn ngăn khu vực thi công.",
            ),
            (
                "p",
                (
                    "Một số hộ kinh doanh phản ánh việc che chắn công trường chưa gọn gàng khiến "
                    "khách khó tiếp cận cửa hàng. Trước ý kiến này, quận yêu cầu chủ đầu tư bố trí "
                    "biển chỉ dẫn rõ ràng, thu gọn rào chắn vào cuối ngày và lập đường dây nóng để "
                    "tiếp nhận phản ánh của người dân trong suốt thời gian thi công."
                ),
            ),
        ],
        "cover_caption": "Công trường cải tạo phố Lạc Hồng, đoạn giao với phố Trúc Lâm.",
        "cover_alt": "Đoạn phố đang thi công với máy xúc nhỏ, ống cống bê tông xếp cạnh lề đường và rào chắn màu vàng.",
    },
    {
        "title": "Lãnh đạo quận Hoàng Nam đối thoại với thanh niên về việc làm và khởi nghiệp",
        "section": "tin-tuc-su-kien",
        "byline": "Ngọc Lan",
        "lead": (
            "Tối 26/3, nhân kỷ niệm ngày thành lập Đoàn, lãnh đạo quận Hoàng Nam đã có "
            "buổi đối thoại trực tiếp với gần 300 đoàn viên, thanh niên về cơ hội việc làm, "
            "khởi nghiệp và không gian sinh hoạt cho người trẻ."
        ),
        "body": [
            (
                "p",
                (
                    "Nhiều câu hỏi thẳng thắn được đặt ra tại buổi đối thoại, như khi nào quận có "
                    "thêm sân bóng công cộng, thủ tục đăng ký hộ kinh doanh có thể làm hoàn toàn "
                    "trực tuyến hay không, hay thanh niên mới ra trường có được hỗ trợ vay vốn "
                    "khởi nghiệp. Lãnh đạo các phòng chuyên môn đã trả lời trực tiếp từng nội dung."
                ),
            ),
            ("h", "Nhiều câu trả lời cụ thể"),
            (
                "p",
                (
                    "Về sân chơi, quận cho biết đang rà soát quỹ đất nhỏ lẻ để xây dựng thêm ba "
                    "sân thể thao đa năng trong năm tới. Với thủ tục kinh doanh, người dân đã có "
                    "thể nộp hồ sơ và nhận kết quả qua cổng dịch vụ công, thời gian giải quyết "
                    "rút xuống còn hai ngày làm việc."
                ),
            ),
            (
                "p",
                (
                    "Kết thúc chương trình, Quận đoàn Hoàng Nam ra mắt câu lạc bộ Khởi nghiệp trẻ, "
                    "nơi các bạn trẻ có ý tưởng kinh doanh được doanh nhân địa phương tư vấn miễn "
                    "phí. Những ý kiến chưa kịp trả lời sẽ được tổng hợp và phản hồi bằng văn bản "
                    "trong vòng 15 ngày."
                ),
            ),
        ],
        "cover_caption": "Đoàn viên thanh niên đặt câu hỏi cho lãnh đạo quận tại buổi đối thoại.",
        "cover_alt": "Một nữ thanh niên mặc áo xanh đoàn đứng cầm micro phát biểu giữa hội trường đông người trẻ.",
    },
    {
        "title": "Phường Hòa An tổng kết mô hình tuyến phố văn minh sau một năm triển khai",
        "section": "tin-tuc-su-kien",
        "byline": "Phương Thảo",
        "lead": (
            "Chiều 15/11, phường Hòa An tổ chức hội nghị tổng kết một năm thực hiện mô hình "
            "tuyến phố văn minh trên bốn tuyến phố chính, ghi nhận nhiều chuyển biến rõ rệt "
            "về vệ sinh môi trường và trật tự vỉa hè."
        ),
        "body": [
            (
                "p",
                (
                    "Theo báo cáo, sau một năm, 100% hộ kinh doanh trên các tuyến phố đã ký cam kết "
                    "không lấn chiếm lòng đường, không đổ rác sai giờ. Số vụ vi phạm trật tự đô thị "
                    "bị xử lý giảm hơn một nửa so với năm trước. Các hộ dân cũng tự nguyện đặt chậu "
                    "hoa, cây cảnh trước cửa nhà."
                ),
            ),
            (
                "img",
                "Thành viên tổ tự quản tuyến phố kiểm tra vệ sinh trước giờ mở cửa hàng.",
                "Hai phụ nữ đeo băng đỏ trên tay áo đi dọc vỉa hè buổi sáng, ghi chép vào sổ, các cửa hàng bên cạnh còn kéo nửa cửa cuốn.",
            ),
            (
                "p",
                (
                    "Điểm mới của mô hình là mỗi tuyến phố có một tổ tự quản gồm đại diện hộ dân, "
                    "hộ kinh doanh và cán bộ phường, họp giao ban hằng tháng để cùng bàn cách giải "
                    "quyết vướng mắc. Nhiều việc như sắp xếp chỗ để xe máy hay giờ thu gom rác đã "
                    "được người dân tự thỏa thuận."
                ),
            ),
            ("h", "Nhân rộng mô hình"),
            (
                "p",
                (
                    "Tại hội nghị, phường đã khen thưởng 20 tập thể và cá nhân tiêu biểu. Phường "
                    "cũng đặt mục tiêu nhân rộng mô hình ra thêm ba tuyến phố trong năm tới, kết "
                    "hợp lắp đặt thêm thùng rác phân loại và biển chỉ dẫn song ngữ phục vụ du khách."
                ),
            ),
        ],
        "cover_caption": "Tuyến phố văn minh ở phường Hòa An với vỉa hè thông thoáng.",
        "cover_alt": "Con phố nhỏ sạch sẽ, vỉa hè thông thoáng, trước các cửa hàng có chậu hoa giấy màu hồng.",
    },
    {
        "title": "Hoàng Nam tổ chức lễ dâng hương tưởng niệm các anh hùng liệt sĩ nhân ngày 27/7",
        "section": "tin-tuc-su-kien",
        "byline": "Đức Trung",
        "lead": (
            "Sáng 25/7, đoàn đại biểu lãnh đạo quận Hoàng Nam đã đến dâng hương, dâng hoa "
            "tại Đài tưởng niệm liệt sĩ của quận, bày tỏ lòng biết ơn sâu sắc đối với những "
            "người đã hy sinh vì độc lập, tự do của dân tộc."
        ),
        "body": [
            (
                "p",
                (
                    "Trong không khí trang nghiêm, các đại biểu đã dành phút mặc niệm tưởng nhớ "
                    "các anh hùng liệt sĩ. Sau lễ dâng hương, đoàn chia thành nhiều nhóm đến thăm, "
                    "tặng quà các gia đình chính sách, thương binh nặng và thân nhân liệt sĩ đang "
                    "sinh sống tại 12 phường trên địa bàn."
                ),
            ),
            (
                "p",
                (
                    "Dịp này, quận đã trao hơn 2.100 suất quà với tổng trị giá gần hai tỷ đồng, "
                    "từ ngân sách và nguồn vận động của doanh nghiệp, nhà hảo tâm. Đoàn viên thanh "
                    "niên các phường cũng tổ chức dọn dẹp, thắp nến tri ân tại nghĩa trang và nhận "
                    "chăm sóc các phần mộ liệt sĩ."
                ),
            ),
            (
                "p",
                (
                    "Quận Hoàng Nam hiện có hơn 1.400 người có công với cách mạng đang hưởng trợ "
                    "cấp hằng tháng. Những năm qua, quận đã hỗ trợ sửa chữa, xây mới 35 ngôi nhà "
                    "cho gia đình chính sách có hoàn cảnh khó khăn về nhà ở."
                ),
            ),
            ("h", "Gặp mặt nhân chứng lịch sử"),
            (
                "p",
                (
                    "Nhân dịp này, Hội Cựu chiến binh quận cũng tổ chức buổi gặp mặt giữa các nhân "
                    "chứng lịch sử với học sinh trường THCS Hoàng Nam. Những câu chuyện giản dị về "
                    "tình đồng đội, về những năm tháng gian khó được kể lại, giúp các em hiểu hơn "
                    "giá trị của hòa bình và thêm trân trọng cuộc sống hôm nay."
                ),
            ),
        ],
        "cover_caption": "Lãnh đạo quận dâng hương tại Đài tưởng niệm liệt sĩ quận Hoàng Nam.",
        "cover_alt": "Hàng người mặc trang phục trang trọng đứng nghiêm trước đài tưởng niệm bằng đá, phía trước là lẵng hoa.",
    },
    # ------------------------------------------------------------------
    # Chính quyền
    # ------------------------------------------------------------------
    {
        "title": "HĐND quận Hoàng Nam thông qua dự toán ngân sách và kế hoạch đầu tư công năm tới",
        "section": "chinh-quyen",
        "byline": "Minh Anh",
        "lead": (
            "Chiều 18/12, kỳ họp thứ 14 HĐND quận Hoàng Nam đã bế mạc sau hai ngày làm việc, "
            "thông qua 11 nghị quyết quan trọng, trong đó có dự toán thu chi ngân sách và kế "
            "hoạch đầu tư công trung hạn."
        ),
        "body": [
            (
                "p",
                (
                    "Theo nghị quyết, tổng thu ngân sách nhà nước trên địa bàn năm tới dự kiến đạt "
                    "khoảng 4.200 tỷ đồng, tăng 7% so với ước thực hiện năm nay. Chi ngân sách quận "
                    "ưu tiên cho giáo dục, y tế, chỉnh trang đô thị và an sinh xã hội, trong khi "
                    "chi thường xuyên được yêu cầu tiết kiệm thêm 10%."
                ),
            ),
            ("h", "Ưu tiên trường học và hạ tầng thoát nước"),
            (
                "p",
                (
                    "Kế hoạch đầu tư công bố trí vốn cho 27 dự án, trong đó 9 dự án trường học với "
                    "hơn 150 phòng học mới và 6 dự án cải tạo hệ thống thoát nước tại các khu vực "
                    "thường xuyên ngập úng. Các dự án chuyển tiếp được ưu tiên bố trí đủ vốn để sớm "
                    "hoàn thành, đưa vào sử dụng."
                ),
            ),
            (
                "p",
                (
                    "Tại phiên chất vấn, nhiều đại biểu đặt câu hỏi về tiến độ giải phóng mặt bằng "
                    "và tình trạng một số công trình chậm quyết toán. Chủ tịch UBND quận thừa nhận "
                    "còn hạn chế trong phối hợp giữa các phòng ban, đồng thời cam kết báo cáo tiến độ "
                    "định kỳ hằng quý tới Thường trực HĐND."
                ),
            ),
            (
                "p",
                (
                    "Phát biểu bế mạc, Chủ tịch HĐND quận đề nghị các đại biểu tiếp tục giám sát "
                    "việc thực hiện nghị quyết, kịp thời phản ánh những vấn đề cử tri quan tâm như "
                    "chất lượng vỉa hè, chiếu sáng ngõ xóm và quá tải trường lớp."
                ),
            ),
        ],
        "cover_caption": "Các đại biểu HĐND quận biểu quyết thông qua nghị quyết tại kỳ họp thứ 14.",
        "cover_alt": "Phòng họp lớn với các dãy bàn xếp hình chữ U, đại biểu ngồi trước màn hình hiển thị kết quả biểu quyết.",
    },
    {
        "title": "Đẩy mạnh cải cách hành chính, gần 99% hồ sơ được giải quyết đúng và trước hạn",
        "section": "chinh-quyen",
        "byline": "Hoàng Điệp",
        "lead": (
            "Sáu tháng đầu năm, bộ phận một cửa các cấp ở quận Hoàng Nam đã tiếp nhận hơn "
            "48.000 hồ sơ thủ tục hành chính, trong đó 98,7% được giải quyết đúng và trước "
            "hạn, tỷ lệ nộp hồ sơ trực tuyến đạt trên 70%."
        ),
        "body": [
            (
                "p",
                (
                    "Kết quả này có được nhờ quận đẩy mạnh số hóa hồ sơ, kết quả giải quyết thủ tục "
                    "và khuyến khích người dân sử dụng dịch vụ công trực tuyến. Tại mỗi bộ phận một "
                    "cửa, đoàn viên thanh niên được bố trí trực hướng dẫn người cao tuổi cách tạo "
                    "tài khoản, chụp giấy tờ và nộp hồ sơ qua điện thoại."
                ),
            ),
            (
                "img",
                "Đoàn viên thanh niên hướng dẫn người dân nộp hồ sơ trực tuyến tại bộ phận một cửa.",
                "Một thanh niên mặc áo xanh ngồi cạnh người đàn ông lớn tuổi, cùng nhìn vào màn "
                "hình điện thoại, phía sau là quầy tiếp nhận hồ sơ có bảng số thứ tự điện tử.",
            ),
            (
                "p",
                (
                    "Quận cũng công khai số điện thoại của người đứng đầu từng phòng chuyên môn, "
                    "đặt thiết bị đánh giá mức độ hài lòng ngay tại quầy. Những hồ sơ trễ hạn đều "
                    "phải có văn bản xin lỗi gửi người dân, nêu rõ lý do và thời gian trả kết quả mới."
                ),
            ),
            ("h", "Còn vướng ở đất đai, xây dựng"),
            (
                "p",
                (
                    "Bên cạnh kết quả tích cực, một số lĩnh vực như đất đai, xây dựng vẫn còn hồ sơ "
                    "phải bổ sung nhiều lần. UBND quận yêu cầu các phòng rà soát, chuẩn hóa danh "
                    "mục giấy tờ, hướng dẫn đầy đủ ngay từ lần tiếp nhận đầu tiên."
                ),
            ),
        ],
        "cover_caption": "Người dân làm thủ tục tại Bộ phận một cửa UBND quận Hoàng Nam.",
        "cover_alt": "Sảnh làm thủ tục hành chính sáng sủa với dãy quầy tiếp dân, người dân ngồi chờ trên hàng ghế.",
    },
    {
        "title": "Phường Văn Miếu Mới thí điểm trả kết quả thủ tục tận nhà cho người cao tuổi",
        "section": "chinh-quyen",
        "byline": "Thu Hà",
        "lead": (
            "Từ ngày 1/8, UBND phường Văn Miếu Mới bắt đầu thí điểm dịch vụ trả kết quả thủ "
            "tục hành chính tại nhà miễn phí cho người từ 75 tuổi trở lên, người khuyết tật "
            "và các gia đình chính sách."
        ),
        "body": [
            (
                "p",
                (
                    "Người dân thuộc diện được hỗ trợ chỉ cần đăng ký khi nộp hồ sơ, hoặc gọi điện "
                    "tới số đường dây nóng của phường. Khi có kết quả, cán bộ bộ phận một cửa phối "
                    "hợp với tổ trưởng tổ dân phố mang giấy tờ đến tận nhà, đối chiếu thông tin và "
                    "ký nhận ngay tại chỗ."
                ),
            ),
            (
                "p",
                (
                    "Ông Phạm Văn Lợi, 81 tuổi, ở tổ dân phố số 9, cho biết vừa được nhận bản sao "
                    'giấy chứng nhận tại nhà. "Chân tôi yếu, con cái đi làm cả ngày, nếu phải lên '
                    "phường thì rất vất vả. Cán bộ đến tận nơi, nói chuyện nhẹ nhàng, tôi thấy rất "
                    'yên tâm", ông nói.'
                ),
            ),
            ("h", "Sẽ đánh giá trước khi nhân rộng"),
            (
                "p",
                (
                    "Sau ba tháng thí điểm, phường sẽ đánh giá hiệu quả và đề xuất quận nhân rộng. "
                    "Lãnh đạo phường cho rằng mô hình không tốn nhiều chi phí nhưng giúp chính quyền "
                    "gần dân hơn, đồng thời nắm bắt được hoàn cảnh của những người cao tuổi sống một "
                    "mình để kịp thời hỗ trợ."
                ),
            ),
        ],
        "cover_caption": "Cán bộ phường Văn Miếu Mới trao giấy tờ tận nhà cho một cụ ông.",
        "cover_alt": "Nữ cán bộ mặc áo dài xanh đưa tập giấy tờ cho cụ ông tóc bạc ngồi trên ghế trong phòng khách.",
    },
    {
        "title": "Công khai quy hoạch chi tiết khu đô thị ven sông Ngân, lấy ý kiến người dân",
        "section": "chinh-quyen",
        "byline": "Quang Huy",
        "lead": (
            "Sáng 5/10, UBND quận Hoàng Nam tổ chức công bố và trưng bày đồ án quy hoạch chi "
            "tiết khu đô thị ven sông Ngân rộng khoảng 46 ha, đồng thời lấy ý kiến góp ý của "
            "người dân trong 30 ngày."
        ),
        "body": [
            (
                "p",
                (
                    "Theo đồ án, khu vực ven sông sẽ dành khoảng 40% diện tích cho cây xanh, mặt "
                    "nước và không gian công cộng, bao gồm công viên dọc bờ sông, đường dạo bộ, "
                    "đường dành cho xe đạp và hai quảng trường nhỏ. Phần còn lại dành cho nhà ở, "
                    "trường học, trạm y tế và các công trình dịch vụ."
                ),
            ),
            (
                "img",
                "Người dân xem mô hình quy hoạch khu đô thị ven sông Ngân tại nhà văn hóa quận.",
                "Nhiều người đứng quanh một sa bàn lớn mô phỏng khu đô thị với dòng sông màu xanh, "
                "các khối nhà trắng và mảng cây xanh, trên tường treo bản vẽ quy hoạch.",
            ),
            (
                "p",
                (
                    "Người dân có thể xem bản vẽ tại trụ sở UBND quận, các phường liên quan hoặc "
                    "trên cổng thông tin điện tử. Ý kiến góp ý được gửi trực tiếp vào hòm thư đặt "
                    "tại nơi trưng bày, qua thư điện tử hoặc phiếu khảo sát trực tuyến."
                ),
            ),
            ("h", "Cư dân quan tâm tái định cư"),
            (
                "p",
                (
                    "Nhiều cư dân quan tâm đến phương án tái định cư cho các hộ bị ảnh hưởng và việc "
                    "giữ lại hàng cây cổ thụ ven sông. Đại diện cơ quan lập quy hoạch cho biết mọi "
                    "ý kiến sẽ được tổng hợp, giải trình công khai trước khi trình cấp có thẩm quyền "
                    "phê duyệt."
                ),
            ),
        ],
        "cover_caption": "Khu vực ven sông Ngân nằm trong phạm vi lập quy hoạch chi tiết.",
        "cover_alt": "Dải đất trống ven sông với bãi cỏ và hàng cây lớn, phía sau là các khu nhà dân thấp tầng.",
    },
    {
        "title": "Tổ hoà giải ở cơ sở: những người gìn giữ tình làng nghĩa xóm giữa lòng phố",
        "section": "chinh-quyen",
        "byline": "Phương Thảo",
        "lead": (
            "Không lương, không phụ cấp đáng kể, nhưng 96 tổ hoà giải ở quận Hoàng Nam năm qua "
            "đã giúp hàng trăm gia đình, hàng xóm tháo gỡ mâu thuẫn, tránh phải đưa nhau ra "
            "tòa hay cơ quan chức năng."
        ),
        "body": [
            (
                "p",
                (
                    "Tổ hoà giải tổ dân phố số 4, phường Trúc Lâm, có năm thành viên, người trẻ nhất "
                    "đã ngoài 50 tuổi. Tổ trưởng Nguyễn Thị Bích kể, phần lớn vụ việc xuất phát từ "
                    "chuyện nhỏ như tiếng ồn, nước thải, lối đi chung hay cây cối lấn sang nhà bên "
                    "cạnh, nhưng nếu không giải quyết sớm rất dễ thành căng thẳng."
                ),
            ),
            ("h", "Lắng nghe trước, phân xử sau"),
            (
                "p",
                (
                    "Theo bà Bích, bí quyết là phải nghe cả hai bên nói hết, không vội kết luận ai "
                    "đúng ai sai. Có vụ tổ phải gặp gỡ năm, sáu lần, mời cả người thân có uy tín "
                    "trong gia đình cùng nói chuyện. Khi các bên bình tĩnh lại, việc tìm ra giải "
                    "pháp thường đơn giản hơn nhiều."
                ),
            ),
            (
                "p",
                (
                    "Năm qua, các tổ hoà giải của quận đã tiếp nhận 312 vụ việc, hòa giải thành "
                    "công 271 vụ, đạt tỷ lệ gần 87%. Phòng Tư pháp quận thường xuyên mở lớp bồi "
                    "dưỡng kiến thức pháp luật và kỹ năng giao tiếp cho các hòa giải viên, đồng thời "
                    "đề xuất tăng mức hỗ trợ cho mỗi vụ việc."
                ),
            ),
        ],
        "cover_caption": "Một buổi hoà giải tại nhà văn hóa tổ dân phố số 4, phường Trúc Lâm.",
        "cover_alt": "Năm người ngồi quanh chiếc bàn gỗ trong nhà văn hóa nhỏ, một phụ nữ lớn tuổi đang nói, những người khác lắng nghe.",
    },
    {
        "title": "Lãnh đạo quận tiếp công dân định kỳ, giải quyết dứt điểm nhiều kiến nghị tồn đọng",
        "section": "chinh-quyen",
        "byline": "Đức Trung",
        "lead": (
            "Chiều 10/3, Bí thư Quận ủy và Chủ tịch UBND quận Hoàng Nam đã tiếp công dân định "
            "kỳ, lắng nghe và trả lời 12 kiến nghị liên quan đến đất đai, xây dựng, môi trường "
            "và chính sách xã hội."
        ),
        "body": [
            (
                "p",
                (
                    "Một trong những nội dung được quan tâm là kiến nghị của các hộ dân ngõ 128 phố "
                    "Đào Viên về việc ngõ thường xuyên ngập nước sau mưa do cống cũ bị sụt lún. Lãnh "
                    "đạo quận giao Ban Quản lý dự án khảo sát, lập phương án cải tạo và triển khai "
                    "ngay trong quý II bằng nguồn vốn duy tu."
                ),
            ),
            (
                "p",
                (
                    "Với trường hợp một gia đình chờ cấp giấy chứng nhận quyền sử dụng đất đã nhiều "
                    "năm, Chủ tịch UBND quận yêu cầu các phòng liên quan làm rõ nguyên nhân chậm "
                    "trễ, báo cáo trong 10 ngày. Nếu hồ sơ đủ điều kiện, phải hoàn thành cấp giấy "
                    "trong tháng, đồng thời xem xét trách nhiệm của cá nhân liên quan."
                ),
            ),
            ("h", "Không né tránh vụ việc khó"),
            (
                "p",
                (
                    "Kết thúc buổi tiếp dân, Bí thư Quận ủy nhấn mạnh người đứng đầu cấp ủy, chính "
                    "quyền phải trực tiếp đối thoại, không né tránh những vụ việc khó. Các kết luận "
                    "tại buổi tiếp sẽ được thông báo bằng văn bản tới công dân và đăng tải trên cổng "
                    "thông tin điện tử của quận."
                ),
            ),
        ],
        "cover_caption": "Lãnh đạo quận Hoàng Nam trao đổi với công dân tại buổi tiếp định kỳ.",
        "cover_alt": "Phòng tiếp công dân với bàn dài, lãnh đạo quận ngồi một bên, đối diện là người dân đang trình bày giấy tờ.",
    },
    {
        "title": "Quận Hoàng Nam sắp xếp lại tổ dân phố, giảm đầu mối, nâng cao hiệu quả quản lý",
        "section": "chinh-quyen",
        "byline": "Bảo Long",
        "lead": (
            "Sáng 3/7, UBND quận Hoàng Nam ban hành kế hoạch sáp nhập các tổ dân phố có quy mô "
            "nhỏ, dự kiến giảm từ 412 xuống còn 356 tổ, hoàn thành trước ngày 31/10 sau khi "
            "lấy ý kiến cử tri."
        ),
        "body": [
            (
                "p",
                (
                    "Theo kế hoạch, những tổ dân phố có dưới 150 hộ sẽ được sáp nhập với tổ liền kề, "
                    "bảo đảm thuận tiện cho sinh hoạt cộng đồng và không làm xáo trộn đời sống người "
                    "dân. Việc đặt tên tổ mới sẽ do cử tri thảo luận, ưu tiên giữ tên gọi gắn với "
                    "truyền thống địa phương."
                ),
            ),
            (
                "p",
                (
                    "Người dân không phải làm lại giấy tờ cá nhân sau khi sáp nhập. Các thông tin về "
                    "nơi cư trú trong cơ sở dữ liệu quốc gia sẽ được cơ quan công an cập nhật. Nhà "
                    "văn hóa của các tổ cũ tiếp tục được sử dụng làm điểm sinh hoạt chung của tổ mới."
                ),
            ),
            (
                "p",
                (
                    "Lãnh đạo quận cho biết, sau sắp xếp, mỗi tổ có quy mô hợp lý hơn, phụ cấp cho "
                    "cán bộ tổ dân phố sẽ được điều chỉnh tăng tương ứng. Các phường phải tổ chức "
                    "họp dân công khai, giải thích rõ mục đích và lắng nghe những băn khoăn trước khi "
                    "trình phương án."
                ),
            ),
            ("h", "Cử tri đồng tình, góp thêm ý kiến"),
            (
                "p",
                (
                    "Tại cuộc họp ở phường Thạch Lâm, nhiều cử tri đồng tình với chủ trương nhưng "
                    "đề nghị giữ nguyên các hoạt động quen thuộc như câu lạc bộ văn nghệ, đội bóng "
                    "chuyền hơi của từng tổ cũ. Đại diện phường ghi nhận và khẳng định các hoạt "
                    "động cộng đồng sẽ tiếp tục được duy trì, thậm chí có điều kiện phát triển tốt "
                    "hơn."
                ),
            ),
        ],
        "cover_caption": "Cuộc họp lấy ý kiến cử tri về sáp nhập tổ dân phố ở phường Thạch Lâm.",
        "cover_alt": "Người dân ngồi trên ghế nhựa trong sân nhà văn hóa, phía trước có bàn chủ tọa và tấm phông xanh.",
    },
    # ------------------------------------------------------------------
    # Kinh tế
    # ------------------------------------------------------------------
    {
        "title": "Chợ Cầu Đá hoàn thành cải tạo, hơn 300 tiểu thương trở lại kinh doanh",
        "section": "kinh-te",
        "byline": "Bảo Long",
        "lead": (
            "Sáng 16/8, chợ Cầu Đá chính thức mở cửa trở lại sau tám tháng cải tạo, với khu "
            "kinh doanh được bố trí khoa học, sạch sẽ và hệ thống phòng cháy chữa cháy đạt "
            "chuẩn, đón hơn 300 tiểu thương quay về."
        ),
        "body": [
            (
                "p",
                (
                    "Chợ được cải tạo trên nền công trình cũ xây dựng từ những năm 1990, gồm hai "
                    "tầng với tổng diện tích sàn hơn 5.000 mét vuông. Tầng một dành cho hàng tươi "
                    "sống, rau quả và thực phẩm chế biến; tầng hai kinh doanh quần áo, đồ gia dụng. "
                    "Lối đi giữa các dãy ki-ốt được nới rộng, có thêm thang máy và khu vệ sinh mới."
                ),
            ),
            (
                "img",
                "Khu bán rau quả tại tầng một chợ Cầu Đá sau cải tạo.",
                "Dãy sạp hàng thẳng tắp bày đầy rau xanh, cà chua và trái cây, nền gạch sáng màu, "
                "tiểu thương đội mũ vải đứng sau quầy trò chuyện với khách.",
            ),
            (
                "p",
                (
                    "Bà Trần Thị Mận, người đã bán rau ở chợ hơn 25 năm, phấn khởi cho biết chỗ bán "
                    "mới thoáng mát, không còn cảnh nước đọng lầy lội như trước. Trong thời gian chợ "
                    "đóng cửa, các tiểu thương được bố trí điểm kinh doanh tạm tại bãi đất trống gần "
                    "đó nên vẫn giữ được khách quen."
                ),
            ),
            ("h", "Thanh toán điện tử tại mọi sạp"),
            (
                "p",
                (
                    "Ban quản lý chợ đã lắp đặt mã thanh toán điện tử tại tất cả các sạp, tổ chức "
                    "tập huấn về an toàn thực phẩm và phân loại rác cho tiểu thương. Quận cũng quyết "
                    "định giữ nguyên mức phí thuê sạp trong năm đầu để hỗ trợ các hộ ổn định việc "
                    "kinh doanh."
                ),
            ),
        ],
        "cover_caption": "Mặt tiền chợ Cầu Đá sau khi hoàn thành cải tạo.",
        "cover_alt": "Tòa nhà chợ hai tầng sơn màu vàng kem với biển tên lớn, phía trước là bãi để xe máy ngay ngắn.",
    },
    {
        "title": "Hỗ trợ hộ kinh doanh nhỏ chuyển đổi số, mở rộng thanh toán không dùng tiền mặt",
        "section": "kinh-te",
        "byline": "Minh Anh",
        "lead": (
            "Chiều 22/4, Phòng Kinh tế quận Hoàng Nam phối hợp với Quận đoàn tổ chức ra quân "
            "hỗ trợ các hộ kinh doanh cá thể đăng ký tài khoản thanh toán điện tử, bán hàng "
            "trực tuyến và sử dụng hóa đơn điện tử."
        ),
        "body": [
            (
                "p",
                (
                    "Hơn 200 tình nguyện viên được chia thành các tổ, đến từng tuyến phố hướng dẫn "
                    "chủ cửa hàng cài đặt ứng dụng, in mã thanh toán và ghi chép doanh thu trên điện "
                    "thoại. Trong ngày đầu, đã có hơn 450 hộ được hỗ trợ, chủ yếu là các quán ăn, "
                    "tạp hóa và cửa hàng sửa chữa."
                ),
            ),
            (
                "img",
                "Khách hàng quét mã thanh toán tại một cửa hàng tạp hóa trên phố Sen Hồng.",
                "Cận cảnh bàn tay cầm điện thoại quét tấm mã vuông dán trên quầy gỗ, phía sau là kệ hàng bày mì gói và nước ngọt.",
            ),
            (
                "p",
                (
                    "Chị Vũ Thu Trang, chủ một quán bún trên phố Sen Hồng, cho biết trước đây chị "
                    'ngại dùng thanh toán chuyển khoản vì sợ nhầm lẫn. "Được các bạn trẻ hướng dẫn '
                    "cách kiểm tra tiền về ngay trên điện thoại nên giờ tôi yên tâm. Khách trẻ gần "
                    'như ai cũng chuyển khoản", chị nói.'
                ),
            ),
            ("h", "Mục tiêu đến cuối năm"),
            (
                "p",
                (
                    "Quận đặt mục tiêu đến cuối năm có ít nhất 80% hộ kinh doanh trên các tuyến phố "
                    "chính chấp nhận thanh toán không dùng tiền mặt. Bên cạnh đó, các lớp tập huấn "
                    "miễn phí về bán hàng qua mạng và cảnh giác với lừa đảo trực tuyến sẽ được tổ "
                    "chức định kỳ tại nhà văn hóa các phường."
                ),
            ),
        ],
        "cover_caption": "Tình nguyện viên hướng dẫn chủ quán cài đặt ứng dụng thanh toán.",
        "cover_alt": "Nữ tình nguyện viên mặc áo xanh cầm điện thoại chỉ cho người phụ nữ trung niên đứng sau quầy hàng ăn.",
    },
    {
        "title": "Thu ngân sách sáu tháng đầu năm của quận Hoàng Nam đạt 58% dự toán",
        "section": "kinh-te",
        "byline": "Hoàng Điệp",
        "lead": (
            "Sáng 8/7, tại hội nghị sơ kết kinh tế - xã hội sáu tháng, UBND quận Hoàng Nam cho "
            "biết tổng thu ngân sách trên địa bàn ước đạt hơn 2.300 tỷ đồng, bằng 58% dự toán "
            "và tăng 11% so với cùng kỳ."
        ),
        "body": [
            (
                "p",
                (
                    "Các khoản thu từ khu vực công thương nghiệp, dịch vụ ngoài quốc doanh và thuế "
                    "thu nhập cá nhân đều tăng khá, phản ánh hoạt động kinh doanh trên địa bàn phục "
                    "hồi tích cực. Số doanh nghiệp thành lập mới đạt 620, tăng 14%, chủ yếu trong "
                    "lĩnh vực thương mại, ăn uống và dịch vụ giáo dục."
                ),
            ),
            ("h", "Vẫn còn khoản thu đạt thấp"),
            (
                "p",
                (
                    "Tuy vậy, thu tiền sử dụng đất mới đạt khoảng 30% kế hoạch do một số dự án chưa "
                    "hoàn tất thủ tục đấu giá. Nợ thuế tuy đã giảm nhưng vẫn còn tập trung ở một số "
                    "doanh nghiệp gặp khó khăn kéo dài. Chi cục Thuế được giao công khai danh sách "
                    "các đơn vị nợ đọng lớn và có biện pháp đôn đốc phù hợp."
                ),
            ),
            (
                "p",
                (
                    "Trong sáu tháng cuối năm, quận tập trung tháo gỡ vướng mắc cho các dự án đấu "
                    "giá đất, tăng cường quản lý thu với hoạt động kinh doanh trực tuyến và cho thuê "
                    "nhà. Đồng thời, các khoản chi sẽ được rà soát chặt chẽ, ưu tiên những công trình "
                    "phục vụ trực tiếp người dân."
                ),
            ),
        ],
        "cover_caption": "Hội nghị sơ kết tình hình kinh tế - xã hội sáu tháng đầu năm của quận.",
        "cover_alt": "Hội trường với các đại biểu ngồi theo hàng, trên màn chiếu hiển thị biểu đồ cột về thu ngân sách.",
    },
    {
        "title": "Phố ẩm thực đi bộ Hồ Sen hút khách mỗi dịp cuối tuần",
        "section": "kinh-te",
        "byline": "Ngọc Lan",
        "lead": (
            "Tối thứ bảy, tuyến phố ven hồ Sen dài gần 600 mét lại rộn ràng tiếng nói cười. "
            "Sau ba tháng hoạt động, phố ẩm thực đi bộ đã trở thành điểm hẹn quen thuộc của cư "
            "dân quận Hoàng Nam và du khách."
        ),
        "body": [
            (
                "p",
                (
                    "Phố đi bộ mở cửa từ 18 giờ đến 23 giờ các tối thứ sáu, thứ bảy và chủ nhật, "
                    "với khoảng 60 gian hàng bán các món ăn truyền thống như bún chả, bánh cuốn, nộm, "
                    "chè và các loại bánh dân gian. Tất cả gian hàng đều được kiểm tra nguồn gốc thực "
                    "phẩm và niêm yết giá công khai."
                ),
            ),
            (
                "img",
                "Du khách thưởng thức món ăn tại một gian hàng trên phố ẩm thực Hồ Sen.",
                "Buổi tối đông người dưới dây đèn lồng vàng, một gia đình ngồi ghế nhựa thấp "
                "quanh bàn nhỏ, trước mặt là những bát bún bốc khói.",
            ),
            (
                "p",
                (
                    "Theo ban quản lý, mỗi tối cuối tuần phố đón khoảng 8.000 đến 10.000 lượt khách. "
                    "Doanh thu của các hộ kinh doanh xung quanh hồ tăng rõ rệt. Nhiều nhóm nhạc sinh "
                    "viên, câu lạc bộ múa dân gian cũng đăng ký biểu diễn, tạo không khí vui tươi "
                    "cho tuyến phố."
                ),
            ),
            ("h", "Nỗi lo tiếng ồn và chỗ gửi xe"),
            (
                "p",
                (
                    "Bên cạnh những tín hiệu tích cực, người dân sống quanh hồ phản ánh tình trạng "
                    "tiếng ồn sau 22 giờ và thiếu chỗ gửi xe. Quận đã yêu cầu giảm âm lượng loa từ "
                    "22 giờ, bố trí thêm hai điểm trông giữ xe và tăng cường lực lượng thu gom rác "
                    "sau mỗi buổi tối."
                ),
            ),
        ],
        "cover_caption": "Phố ẩm thực đi bộ Hồ Sen lung linh ánh đèn vào tối cuối tuần.",
        "cover_alt": "Con phố ven hồ về đêm chăng đèn lồng, hai bên là gian hàng ăn uống và dòng người đi bộ đông đúc.",
    },
    {
        "title": "Hội chợ hàng Việt quận Hoàng Nam thu hút hơn 150 doanh nghiệp tham gia",
        "section": "kinh-te",
        "byline": "Thu Hà",
        "lead": (
            "Sáng 20/10, hội chợ hàng Việt Nam chất lượng cao quận Hoàng Nam khai mạc tại "
            "quảng trường Đông Thành, với 220 gian hàng của hơn 150 doanh nghiệp, hợp tác xã "
            "và cơ sở sản xuất trong và ngoài thành phố."
        ),
        "body": [
            (
                "p",
                (
                    "Các mặt hàng trưng bày đa dạng, từ nông sản, thực phẩm chế biến, đồ thủ công mỹ "
                    "nghệ đến hàng may mặc, đồ gia dụng. Khu vực dành riêng cho sản phẩm đạt chuẩn "
                    "của các địa phương được nhiều khách quan tâm, đặc biệt là gạo, chè, mật ong và "
                    "các loại đặc sản đóng gói đẹp mắt."
                ),
            ),
            (
                "img",
                "Gian hàng nông sản đặc sản các địa phương tại hội chợ.",
                "Quầy hàng bày những túi gạo, hộp chè và chai mật ong xếp tầng, người bán mặc áo đồng phục đang giới thiệu cho hai khách nữ.",
            ),
            (
                "p",
                (
                    "Nhiều doanh nghiệp tham gia hội chợ dành mức giảm giá từ 10% đến 30% cho khách "
                    "mua hàng. Ban tổ chức yêu cầu mọi sản phẩm phải có nhãn mác, nguồn gốc rõ ràng; "
                    "tổ kiểm tra liên ngành túc trực trong suốt thời gian hội chợ để xử lý hàng kém "
                    "chất lượng, hàng không rõ xuất xứ."
                ),
            ),
            ("h", "Kết nối doanh nghiệp với nhà phân phối"),
            (
                "p",
                (
                    "Hội chợ kéo dài đến hết ngày 24/10. Bên cạnh hoạt động mua bán, ban tổ chức còn "
                    "tổ chức hội thảo kết nối giữa nhà sản xuất với các siêu thị, cửa hàng tiện lợi "
                    "trên địa bàn, giúp sản phẩm trong nước có thêm kênh phân phối ổn định."
                ),
            ),
        ],
        "cover_caption": "Người dân tham quan, mua sắm tại hội chợ hàng Việt quận Hoàng Nam.",
        "cover_alt": "Các gian hàng dựng bằng khung nhôm trắng xếp thành dãy, khách tham quan cầm túi đồ đi giữa lối.",
    },
    {
        "title": "Đối thoại với doanh nghiệp nhỏ và vừa: tháo gỡ khó khăn về mặt bằng, thủ tục",
        "section": "kinh-te",
        "byline": "Đức Trung",
        "lead": (
            "Chiều 14/5, UBND quận Hoàng Nam tổ chức hội nghị đối thoại với gần 100 doanh "
            "nghiệp nhỏ và vừa, tiếp nhận 23 kiến nghị liên quan đến mặt bằng kinh doanh, phòng "
            "cháy chữa cháy và thủ tục hành chính."
        ),
        "body": [
            (
                "p",
                (
                    "Nhiều doanh nghiệp cho biết gặp khó khi thuê nhà mặt phố làm cửa hàng do yêu cầu "
                    "về phòng cháy chữa cháy chưa được hướng dẫn cụ thể. Đại diện Công an quận đã giải "
                    "đáp trực tiếp, đồng thời cam kết cử cán bộ đến khảo sát miễn phí, tư vấn giải "
                    "pháp phù hợp với từng loại công trình."
                ),
            ),
            ("h", "Công khai quy trình, thời hạn xử lý"),
            (
                "p",
                (
                    "Một số ý kiến đề nghị quận rút ngắn thời gian cấp phép quảng cáo và sửa chữa "
                    "nhà. Lãnh đạo quận cho biết sẽ công bố quy trình mẫu, thời gian giải quyết cụ "
                    "thể, hồ sơ nào trễ hạn sẽ được công khai tên cán bộ xử lý để người dân, doanh "
                    "nghiệp giám sát."
                ),
            ),
            (
                "p",
                (
                    "Kết luận hội nghị, Chủ tịch UBND quận khẳng định doanh nghiệp là động lực phát "
                    "triển của địa phương. Quận sẽ duy trì đối thoại mỗi sáu tháng một lần và lập "
                    "nhóm hỗ trợ doanh nghiệp trên mạng xã hội để tiếp nhận, phản hồi kiến nghị trong "
                    "vòng 48 giờ làm việc."
                ),
            ),
        ],
        "cover_caption": "Đại diện doanh nghiệp nêu kiến nghị tại hội nghị đối thoại.",
        "cover_alt": "Người đàn ông mặc vest đứng phát biểu cầm micro, xung quanh là các doanh nhân ngồi ghi chép.",
    },
    {
        "title": "Xưởng may nhỏ ở phường Thạch Lâm tạo việc làm cho hàng chục phụ nữ",
        "section": "kinh-te",
        "byline": "Phương Thảo",
        "lead": (
            "Sáng nay, xưởng may của hợp tác xã Thạch Lâm vẫn đều đặn tiếng máy khâu. Từ một "
            "tổ may vài người, sau năm năm, hợp tác xã đã tạo việc làm ổn định cho 42 lao động, "
            "phần lớn là phụ nữ lớn tuổi trong phường."
        ),
        "body": [
            (
                "p",
                (
                    "Hợp tác xã chuyên may đồng phục học sinh, quần áo bảo hộ và túi vải theo đơn đặt "
                    "hàng của các trường học, doanh nghiệp. Thu nhập bình quân của người lao động đạt "
                    "khoảng 8 triệu đồng mỗi tháng, thời gian làm việc linh hoạt để chị em có thể đưa "
                    "đón con cháu đi học."
                ),
            ),
            (
                "img",
                "Chị em công nhân làm việc tại xưởng may hợp tác xã Thạch Lâm.",
                "Căn phòng sáng đèn với hai dãy máy may công nghiệp, nhiều phụ nữ đeo khẩu trang "
                "đang may áo sơ mi trắng, bên cạnh là chồng vải xếp gọn.",
            ),
            (
                "p",
                (
                    "Giám đốc hợp tác xã, bà Lương Thị Hoa, cho biết thời gian đầu thiếu vốn mua máy "
                    "móc, hợp tác xã được vay ưu đãi từ Quỹ hỗ trợ phát triển hợp tác xã của thành phố "
                    "và được quận giới thiệu các đơn hàng đầu tiên. Hiện xưởng đang chuyển sang dùng "
                    "vải tái chế cho dòng túi xách."
                ),
            ),
            ("h", "Việc làm ngay tại địa phương"),
            (
                "p",
                (
                    "Hội Liên hiệp Phụ nữ quận đánh giá đây là mô hình hiệu quả, giúp phụ nữ có thu "
                    "nhập ngay tại địa phương. Hội sẽ phối hợp với hợp tác xã mở thêm lớp dạy nghề may "
                    "miễn phí cho những chị em có hoàn cảnh khó khăn trong năm tới."
                ),
            ),
        ],
        "cover_caption": "Sản phẩm đồng phục học sinh do hợp tác xã Thạch Lâm may.",
        "cover_alt": "Những chiếc áo đồng phục trắng có phù hiệu trường được treo ngay ngắn trên giá trong xưởng may.",
    },
    # ------------------------------------------------------------------
    # Văn hóa - Xã hội
    # ------------------------------------------------------------------
    {
        "title": "Lễ hội đình Kim Ngân khai hội với nghi thức rước nước truyền thống",
        "section": "van-hoa-xa-hoi",
        "byline": "Ngọc Lan",
        "lead": (
            "Sáng 10 tháng Giêng, lễ hội đình Kim Ngân năm nay chính thức khai hội với đám rước "
            "nước từ bờ sông Ngân về đình, thu hút hàng nghìn người dân và du khách đến dự."
        ),
        "body": [
            (
                "p",
                (
                    "Đình Kim Ngân được xây dựng từ thế kỷ XVIII, thờ vị thành hoàng có công khai phá "
                    "vùng đất ven sông. Đoàn rước gồm gần 200 người mặc trang phục truyền thống, đi "
                    "qua các tuyến phố trong tiếng trống, chiêng rộn rã. Kiệu được các thanh niên trong "
                    "phường thay phiên nhau khiêng."
                ),
            ),
            (
                "img",
                "Đoàn rước kiệu đi qua phố Kim Ngân trong ngày khai hội.",
                "Đoàn người mặc áo the đỏ, vàng khiêng kiệu sơn son thếp vàng trên phố, hai bên "
                "đường người dân đứng xem, cờ ngũ sắc tung bay.",
            ),
            (
                "p",
                (
                    "Sau phần lễ là phần hội với nhiều trò chơi dân gian như đánh cờ người, kéo co, "
                    "bịt mắt đập niêu và thi gói bánh chưng. Các cụ cao niên trong phường kể lại sự "
                    "tích thành hoàng cho các cháu thiếu nhi nghe, góp phần lưu giữ truyền thống của "
                    "vùng đất."
                ),
            ),
            ("h", "Giữ trật tự mùa lễ hội"),
            (
                "p",
                (
                    "Ban tổ chức đã bố trí lực lượng giữ gìn trật tự, điểm trông giữ xe miễn phí và "
                    "yêu cầu các hộ kinh doanh quanh đình niêm yết giá. Việc đặt tiền lễ, chen lấn "
                    "xin lộc được nhắc nhở qua loa truyền thanh để lễ hội diễn ra văn minh, tiết kiệm."
                ),
            ),
        ],
        "cover_caption": "Nghi thức rước nước tại bến sông Ngân mở đầu lễ hội đình Kim Ngân.",
        "cover_alt": "Nhóm người mặc áo dài truyền thống đứng bên bến sông, múc nước vào chiếc chóe sứ đặt trên kiệu.",
    },
    {
        "title": "Gần 3.000 người tham gia giải chạy vì một Hoàng Nam xanh, sạch, đẹp",
        "section": "van-hoa-xa-hoi",
        "byline": "Quang Huy",
        "lead": (
            "Sáng chủ nhật 17/11, gần 3.000 vận động viên ở mọi lứa tuổi đã tham gia giải chạy "
            '"Vì một Hoàng Nam xanh" trên cung đường ven sông Ngân, góp phần gây quỹ trồng cây '
            "cho các trường học trên địa bàn."
        ),
        "body": [
            (
                "p",
                (
                    "Giải có ba cự ly 3 km, 5 km và 10 km. Cự ly 3 km dành cho gia đình thu hút đông "
                    "người tham gia nhất, nhiều phụ huynh đẩy xe nôi, dắt theo con nhỏ cùng chạy. Các "
                    "vận động viên nhận huy chương làm từ gỗ tái chế và một cây sen đá nhỏ khi về đích."
                ),
            ),
            (
                "img",
                "Vận động viên xuất phát ở cự ly 10 km dọc bờ sông Ngân.",
                "Đoàn người mặc áo thun xanh lá đeo số chạy rời cổng xuất phát hình vòm, phía "
                "sau là dòng sông và hàng cây ven bờ trong nắng sớm.",
            ),
            (
                "p",
                (
                    "Ban tổ chức không sử dụng chai nhựa dùng một lần; các trạm tiếp nước dùng cốc "
                    "giấy và bình nước lớn. Sau giải, tình nguyện viên thu gom, phân loại toàn bộ rác "
                    "trên đường chạy chỉ trong vòng một giờ, được nhiều vận động viên đánh giá cao."
                ),
            ),
            ("h", "Tiền đăng ký dành cho cây xanh"),
            (
                "p",
                (
                    "Toàn bộ số tiền thu được từ phí đăng ký, hơn 400 triệu đồng, sẽ dùng để trồng "
                    "cây xanh và lắp hệ thống tưới tự động cho 15 trường học. Quận dự kiến duy trì "
                    "giải chạy hằng năm, mở thêm cự ly dành cho người khuyết tật."
                ),
            ),
        ],
        "cover_caption": "Các vận động viên nhí hào hứng tại vạch đích giải chạy.",
        "cover_alt": "Nhóm trẻ em đeo số chạy giơ tay reo hò khi chạy qua vạch đích có băng rôn xanh.",
    },
    {
        "title": "Câu lạc bộ dưỡng sinh giúp người cao tuổi phường Trúc Lâm sống vui, sống khỏe",
        "section": "van-hoa-xa-hoi",
        "byline": "Phương Thảo",
        "lead": (
            "Năm giờ sáng, khi phố xá còn vắng, hơn 60 hội viên câu lạc bộ dưỡng sinh phường "
            "Trúc Lâm đã có mặt ở vườn hoa đầu phố, cùng nhau tập những bài thở, xoa bóp và "
            "vận động nhẹ nhàng."
        ),
        "body": [
            (
                "p",
                (
                    "Câu lạc bộ được thành lập từ năm 2015, hội viên lớn tuổi nhất đã 89 tuổi. Ngoài "
                    "tập luyện buổi sáng, các cụ còn sinh hoạt văn nghệ, đọc thơ và tổ chức thăm hỏi "
                    "khi có hội viên ốm đau. Nhiều người cho biết nhờ tập đều đặn, giấc ngủ tốt hơn, "
                    "huyết áp ổn định hơn."
                ),
            ),
            (
                "img",
                "Hội viên câu lạc bộ dưỡng sinh tập luyện buổi sáng tại vườn hoa phường Trúc Lâm.",
                "Hàng người cao tuổi mặc đồ thể thao màu sáng đứng giang tay tập thể dục dưới tán "
                "cây lớn, trời còn mờ sương.",
            ),
            (
                "p",
                (
                    "Bà Hồ Thị Tâm, chủ nhiệm câu lạc bộ, chia sẻ điều quý nhất là các cụ có nơi gặp "
                    "gỡ, trò chuyện, bớt cô đơn khi con cháu bận rộn. Những hội viên sống một mình "
                    "được các thành viên khác thay nhau gọi điện hỏi thăm mỗi ngày."
                ),
            ),
            ("h", "58 câu lạc bộ trên toàn quận"),
            (
                "p",
                (
                    "Hội Người cao tuổi quận cho biết hiện toàn quận có 58 câu lạc bộ dưỡng sinh, thể "
                    "dục với hơn 4.000 hội viên. Quận đang phối hợp với trung tâm y tế tổ chức đo huyết "
                    "áp, tư vấn dinh dưỡng định kỳ ngay tại các điểm tập."
                ),
            ),
        ],
        "cover_caption": "Các cụ ông, cụ bà câu lạc bộ dưỡng sinh phường Trúc Lâm.",
        "cover_alt": "Nhóm người cao tuổi mỉm cười ngồi trên ghế đá trong công viên, tay cầm quạt giấy.",
    },
    {
        "title": "Khám sức khỏe miễn phí cho hơn 1.500 người cao tuổi trên địa bàn quận",
        "section": "van-hoa-xa-hoi",
        "byline": "Hoàng Điệp",
        "lead": (
            "Trong hai ngày 5 và 6/10, Trung tâm Y tế quận Hoàng Nam phối hợp với Bệnh viện Đa "
            "khoa Hoàng Nam tổ chức khám sức khỏe, tư vấn và cấp thuốc miễn phí cho hơn 1.500 "
            "người cao tuổi."
        ),
        "body": [
            (
                "p",
                (
                    "Các bác sĩ khám nội khoa, đo huyết áp, xét nghiệm đường huyết, đo mật độ xương "
                    "và siêu âm ổ bụng cho người dân. Những trường hợp phát hiện bất thường được tư vấn "
                    "đến bệnh viện kiểm tra chuyên sâu, một số cụ được hướng dẫn đăng ký quản lý bệnh "
                    "mãn tính tại trạm y tế phường."
                ),
            ),
            (
                "p",
                (
                    "Ông Đặng Văn Sơn, 76 tuổi, ở phường Hồ Sen, cho biết lần đầu tiên được đo loãng "
                    "xương và được bác sĩ dặn dò kỹ về chế độ ăn uống. Nhiều cụ đến từ sớm, được đoàn "
                    "viên thanh niên hỗ trợ làm thủ tục, dắt đến từng bàn khám."
                ),
            ),
            (
                "p",
                (
                    "Theo Trung tâm Y tế quận, tỷ lệ người cao tuổi mắc tăng huyết áp và đái tháo "
                    "đường đang có xu hướng tăng. Vì vậy, quận khuyến khích người dân khám sức khỏe "
                    "định kỳ ít nhất mỗi năm một lần, duy trì vận động và hạn chế ăn mặn."
                ),
            ),
            ("h", "Hồ sơ sức khỏe điện tử"),
            (
                "p",
                (
                    "Kết quả khám được lưu vào hồ sơ sức khỏe điện tử của từng người, giúp trạm y "
                    "tế phường theo dõi lâu dài. Trung tâm Y tế quận dự kiến tổ chức chương trình "
                    "tương tự vào đầu năm sau, ưu tiên những người cao tuổi sống một mình hoặc "
                    "không có điều kiện đi lại, bác sĩ sẽ đến khám tại nhà."
                ),
            ),
        ],
        "cover_caption": "Bác sĩ đo huyết áp cho người cao tuổi tại buổi khám miễn phí.",
        "cover_alt": "Nữ bác sĩ mặc áo blouse trắng quấn vòng bít đo huyết áp lên tay một cụ bà ngồi bên bàn khám.",
    },
    {
        "title": "Đồng loạt triển khai phân loại rác tại nguồn ở 12 phường từ tháng tới",
        "section": "van-hoa-xa-hoi",
        "byline": "Bảo Long",
        "lead": (
            "Sáng 25/6, UBND quận Hoàng Nam tổ chức hội nghị triển khai kế hoạch phân loại chất "
            "thải rắn sinh hoạt tại nguồn, áp dụng đồng loạt ở 12 phường từ ngày 1/8 sau thời "
            "gian thí điểm tại hai phường."
        ),
        "body": [
            (
                "p",
                (
                    "Theo kế hoạch, rác sinh hoạt được chia thành ba nhóm: rác thực phẩm, rác có thể "
                    "tái chế và rác còn lại. Mỗi nhóm có túi đựng và thời gian thu gom riêng. Các hộ "
                    "gia đình sẽ được phát miễn phí bộ túi phân loại trong ba tháng đầu để làm quen."
                ),
            ),
            ("h", "Bài học từ hai phường thí điểm"),
            (
                "p",
                (
                    "Tại phường Hòa An và Văn Miếu Mới, sau sáu tháng thí điểm, khối lượng rác phải "
                    "chôn lấp giảm khoảng 25%. Nhiều tổ dân phố lập nhóm trên mạng xã hội để nhắc nhau "
                    "phân loại đúng. Rác thực phẩm được một số hộ tận dụng làm phân bón cho cây trồng "
                    "trên sân thượng."
                ),
            ),
            (
                "p",
                (
                    "Khó khăn lớn nhất là thói quen của người dân và việc bố trí xe thu gom riêng cho "
                    "từng loại rác. Quận đã làm việc với đơn vị vệ sinh môi trường để bổ sung phương "
                    "tiện, đồng thời giao các trường học đưa nội dung phân loại rác vào hoạt động ngoại "
                    "khóa cho học sinh."
                ),
            ),
        ],
        "cover_caption": "Người dân phường Hòa An phân loại rác trước giờ thu gom.",
        "cover_alt": "Một phụ nữ đặt túi rác màu xanh vào thùng đúng màu, bên cạnh là các thùng rác vàng và xám trên vỉa hè.",
    },
    {
        "title": "Thư viện quận mở cửa miễn phí các buổi tối, đón thiếu nhi đọc sách dịp hè",
        "section": "van-hoa-xa-hoi",
        "byline": "Thu Hà",
        "lead": (
            "Từ đầu tháng 6, thư viện quận Hoàng Nam kéo dài giờ mở cửa đến 20 giờ 30 các ngày "
            "trong tuần và tổ chức nhiều hoạt động đọc sách, kể chuyện miễn phí cho thiếu nhi "
            "trong suốt mùa hè."
        ),
        "body": [
            (
                "p",
                (
                    "Phòng đọc thiếu nhi vừa được bổ sung hơn 3.000 đầu sách mới gồm truyện tranh, "
                    "sách khoa học phổ thông và sách kỹ năng sống. Góc đọc được thiết kế với thảm, gối "
                    "và kệ sách thấp để các em dễ dàng tự chọn sách. Mỗi tối thứ bảy có buổi kể chuyện "
                    "do các cô giáo tình nguyện thực hiện."
                ),
            ),
            (
                "p",
                (
                    "Chị Lê Hải Yến, phụ huynh ở phường Đông Thành, cho biết con gái chị mê đến thư "
                    'viện đến mức tối nào cũng đòi đi. "Trước đây nghỉ hè cháu chỉ xem điện thoại. Giờ '
                    'cháu đọc xong một cuốn là kể lại cho cả nhà nghe", chị vui vẻ nói.'
                ),
            ),
            ("h", "Mượn sách qua ứng dụng"),
            (
                "p",
                (
                    "Thư viện cũng triển khai thẻ đọc điện tử, cho phép mượn sách qua ứng dụng và nhận "
                    "sách tại 12 điểm đọc ở các phường. Cuối mùa hè, thư viện sẽ tổ chức cuộc thi giới "
                    "thiệu sách hay dành cho học sinh tiểu học và trung học cơ sở."
                ),
            ),
        ],
        "cover_caption": "Các em thiếu nhi đọc sách tại phòng đọc thư viện quận buổi tối.",
        "cover_alt": "Nhiều trẻ em ngồi trên thảm màu cạnh kệ sách thấp, chăm chú đọc truyện dưới ánh đèn vàng ấm.",
    },
    {
        "title": "Đoàn viên thanh niên quận Hoàng Nam ra quân chiến dịch tình nguyện hè",
        "section": "van-hoa-xa-hoi",
        "byline": "Minh Anh",
        "lead": (
            "Sáng 1/6, hơn 1.000 đoàn viên, thanh niên của quận Hoàng Nam đã ra quân chiến dịch "
            "tình nguyện hè với hàng loạt hoạt động như vẽ tranh tường, dọn dẹp ngõ xóm và dạy "
            "bơi miễn phí cho trẻ em."
        ),
        "body": [
            (
                "p",
                (
                    "Ngay trong ngày ra quân, các đội hình tình nguyện đã sơn sửa ba điểm vui chơi "
                    "cho trẻ em, vẽ hơn 400 mét vuông tranh tường về chủ đề bảo vệ môi trường và "
                    "trao tặng 200 phần quà cho thiếu nhi có hoàn cảnh khó khăn. Nhiều đoàn viên còn "
                    "hỗ trợ người dân thu gom rác thải nhựa dọc bờ sông Ngân."
                ),
            ),
            (
                "img",
                "Đoàn viên thanh niên vẽ tranh tường trong một con ngõ ở phường Cầu Đá.",
                "Ba bạn trẻ đội mũ lưỡi trai đứng trên thang vẽ bức tranh tường nhiều màu về cây "
                "xanh và dòng sông, dưới chân là các hộp sơn.",
            ),
            (
                "p",
                (
                    "Trong suốt mùa hè, Quận đoàn sẽ duy trì các lớp học kỹ năng, lớp tiếng Anh miễn "
                    'phí tại nhà văn hóa và chương trình "Ngày thứ bảy tình nguyện" hằng tuần. Mỗi '
                    "cơ sở đoàn đăng ký ít nhất một công trình thanh niên gắn với địa bàn dân cư."
                ),
            ),
            ("h", "Việc làm thiết thực, lâu dài"),
            (
                "p",
                (
                    "Bí thư Quận đoàn cho biết, năm nay chiến dịch chú trọng những việc làm thiết thực, "
                    "lâu dài, được người dân ghi nhận chứ không chạy theo số lượng. Các công trình sau "
                    "khi hoàn thành sẽ được bàn giao cho tổ dân phố cùng quản lý, giữ gìn."
                ),
            ),
        ],
        "cover_caption": "Lễ ra quân chiến dịch tình nguyện hè của tuổi trẻ quận Hoàng Nam.",
        "cover_alt": "Hàng trăm thanh niên mặc áo xanh tình nguyện đứng thành khối trên quảng trường, giơ cao cờ đoàn.",
    },
    {
        "title": "Trung tâm Y tế quận triển khai chiến dịch phòng, chống sốt xuất huyết",
        "section": "van-hoa-xa-hoi",
        "byline": "Đức Trung",
        "lead": (
            "Chiều 28/8, Trung tâm Y tế quận Hoàng Nam phát động chiến dịch diệt bọ gậy, phòng "
            "chống sốt xuất huyết tại tất cả các phường, trong bối cảnh số ca mắc trên địa bàn "
            "tăng nhẹ so với cùng kỳ."
        ),
        "body": [
            (
                "p",
                (
                    "Từ đầu năm đến nay, quận ghi nhận 186 ca mắc sốt xuất huyết, chưa có trường hợp "
                    "nặng. Các ổ dịch nhỏ tập trung ở khu vực có nhiều nhà trọ và công trình đang thi "
                    "công, nơi dễ đọng nước sau mưa. Ngành y tế đánh giá nguy cơ dịch lan rộng vẫn còn "
                    "trong những tháng cao điểm."
                ),
            ),
            ("h", "Mỗi gia đình dành mười phút mỗi tuần"),
            (
                "p",
                (
                    "Cán bộ y tế cùng tổ dân phố đi đến từng hộ gia đình kiểm tra dụng cụ chứa nước, "
                    "hướng dẫn đậy kín bể, thay nước bình hoa và thu dọn vật dụng phế thải quanh nhà. "
                    "Người dân được khuyến khích dành mười phút mỗi tuần để tự kiểm tra, loại bỏ nơi "
                    "muỗi đẻ trứng."
                ),
            ),
            (
                "p",
                (
                    "Bác sĩ khuyến cáo khi có biểu hiện sốt cao liên tục, đau đầu, đau mỏi người, cần "
                    "đến cơ sở y tế để được khám, không tự ý dùng thuốc hạ sốt không phù hợp. Các trạm "
                    "y tế phường đều có sẵn que thử nhanh và tư vấn miễn phí cho người dân."
                ),
            ),
        ],
        "cover_caption": "Cán bộ y tế kiểm tra dụng cụ chứa nước tại một hộ gia đình.",
        "cover_alt": "Nữ cán bộ y tế đội mũ vải soi đèn pin vào chum nước trong sân nhà, chủ nhà đứng bên quan sát.",
    },
    # ------------------------------------------------------------------
    # Giáo dục
    # ------------------------------------------------------------------
    {
        "title": "Hơn 40.000 học sinh quận Hoàng Nam hân hoan bước vào năm học mới",
        "section": "giao-duc",
        "byline": "Thu Hà",
        "lead": (
            "Sáng 5/9, trong không khí tươi vui, hơn 40.000 học sinh của 64 trường mầm non, "
            "tiểu học và trung học cơ sở trên địa bàn quận Hoàng Nam đã dự lễ khai giảng, chính "
            "thức bước vào năm học mới."
        ),
        "body": [
            (
                "p",
                (
                    "Năm học này, quận có thêm ba trường mới đưa vào sử dụng và hơn 120 phòng học "
                    "được cải tạo, sửa chữa trong dịp hè. Tất cả các trường đều đã kiểm tra hệ thống "
                    "điện, nước, phòng cháy chữa cháy, bếp ăn bán trú trước ngày học sinh tựu trường."
                ),
            ),
            (
                "img",
                "Học sinh lớp 1 trường Tiểu học Đông Thành trong buổi lễ khai giảng.",
                "Các em nhỏ mặc đồng phục trắng, đeo khăn quàng đỏ ngồi thành hàng trên sân "
                "trường, tay cầm cờ nhỏ và bóng bay nhiều màu.",
            ),
            (
                "p",
                (
                    "Lễ khai giảng năm nay được các trường tổ chức ngắn gọn, dành nhiều thời gian cho "
                    "phần hội với các tiết mục văn nghệ do chính học sinh biểu diễn. Nhiều trường mời "
                    "phụ huynh tham dự, tạo sự gắn kết giữa gia đình và nhà trường ngay từ ngày đầu."
                ),
            ),
            ("h", "Trọng tâm của năm học mới"),
            (
                "p",
                (
                    "Trưởng phòng Giáo dục và Đào tạo quận cho biết, năm học mới tập trung nâng cao "
                    "chất lượng dạy ngoại ngữ, tin học và giáo dục kỹ năng sống. Ngành giáo dục cũng "
                    "kiên quyết chấn chỉnh tình trạng lạm thu đầu năm, công khai các khoản thu tại "
                    "từng trường."
                ),
            ),
        ],
        "cover_caption": "Học sinh trường THCS Hoàng Nam đánh trống khai giảng cùng thầy hiệu trưởng.",
        "cover_alt": "Sân trường rợp cờ hoa, một nam sinh và thầy giáo cùng cầm dùi đánh trống lớn đặt trên bục.",
    },
    {
        "title": "Khánh thành trường Tiểu học Đông Thành cơ sở 2 với 30 phòng học hiện đại",
        "section": "giao-duc",
        "byline": "Bảo Long",
        "lead": (
            "Chiều 28/8, quận Hoàng Nam tổ chức lễ khánh thành trường Tiểu học Đông Thành cơ sở "
            "2, giảm áp lực sĩ số cho khu vực phía bắc quận vốn có tốc độ tăng dân số nhanh."
        ),
        "body": [
            (
                "p",
                (
                    "Trường được xây dựng trên khu đất rộng 8.500 mét vuông, gồm 30 phòng học, phòng "
                    "học tiếng Anh, phòng tin học, thư viện, nhà thể chất và bể bơi trong nhà. Các "
                    "phòng học đều có máy chiếu, bảng tương tác và hệ thống thông gió tự nhiên, tổng "
                    "mức đầu tư hơn 170 tỷ đồng."
                ),
            ),
            (
                "img",
                "Bể bơi trong nhà của trường Tiểu học Đông Thành cơ sở 2.",
                "Bể bơi có mái che với làn nước xanh, các làn bơi được phân cách bằng phao màu "
                "đỏ trắng, bên thành bể xếp sẵn phao tập bơi cho trẻ.",
            ),
            (
                "p",
                (
                    "Năm học này, trường tiếp nhận 980 học sinh từ lớp 1 đến lớp 5, sĩ số bình quân "
                    "35 em mỗi lớp, thấp hơn đáng kể so với trước. Đội ngũ giáo viên được điều chuyển "
                    "và tuyển mới đã hoàn thành tập huấn chuyên môn trong hè."
                ),
            ),
            ("h", "Phụ huynh vui mừng, còn điều băn khoăn"),
            (
                "p",
                (
                    "Nhiều phụ huynh bày tỏ vui mừng vì con được học gần nhà trong điều kiện khang "
                    "trang. Tuy nhiên, một số ý kiến đề nghị quận sớm bố trí điểm dừng đón trả học sinh "
                    "và phân luồng giao thông ở cổng trường vào giờ cao điểm."
                ),
            ),
        ],
        "cover_caption": "Toàn cảnh trường Tiểu học Đông Thành cơ sở 2 trong ngày khánh thành.",
        "cover_alt": "Dãy nhà ba tầng sơn màu vàng chanh và trắng bao quanh sân trường rộng, có bồn cây xanh.",
    },
    {
        "title": "Tuyển sinh lớp 6: quận Hoàng Nam bổ sung 20 phòng học để giảm sĩ số",
        "section": "giao-duc",
        "byline": "Minh Anh",
        "lead": (
            "Sáng 15/5, Phòng Giáo dục và Đào tạo quận Hoàng Nam công bố kế hoạch tuyển sinh "
            "vào lớp 6, trong đó dự kiến tiếp nhận khoảng 6.200 học sinh, tăng gần 500 em so với "
            "năm học trước."
        ),
        "body": [
            (
                "p",
                (
                    "Để đáp ứng nhu cầu, quận đã cải tạo, bổ sung 20 phòng học tại bốn trường trung "
                    "học cơ sở, tận dụng các phòng chức năng chưa sử dụng hết công suất. Sĩ số tối đa "
                    "mỗi lớp được giữ ở mức 45 học sinh, không trường nào phải học hai ca."
                ),
            ),
            ("h", "Đăng ký trực tuyến từ ngày 1/7"),
            (
                "p",
                (
                    "Việc tuyển sinh tiếp tục thực hiện theo hình thức xét tuyển, căn cứ nơi cư trú "
                    "của học sinh. Phụ huynh đăng ký trực tuyến từ ngày 1 đến 10/7; trường hợp gặp khó "
                    "khăn có thể đến trực tiếp trường để được hỗ trợ. Kết quả được công bố công khai "
                    "tại trường và trên cổng thông tin."
                ),
            ),
            (
                "p",
                (
                    "Ngành giáo dục quận lưu ý phụ huynh kiểm tra kỹ thông tin cư trú trước khi đăng "
                    "ký, tránh sai sót. Các trường tuyệt đối không thu bất kỳ khoản phí nào liên quan "
                    "đến tuyển sinh; mọi phản ánh có thể gửi về đường dây nóng của phòng."
                ),
            ),
        ],
        "cover_caption": "Phụ huynh tìm hiểu thông tin tuyển sinh lớp 6 tại một trường THCS.",
        "cover_alt": "Các phụ huynh đứng đọc bảng thông báo tuyển sinh dán trên tường hành lang trường học.",
    },
    {
        "title": "Cô giáo trẻ mang giờ học STEM sinh động đến học sinh trường THCS Hồ Sen",
        "section": "giao-duc",
        "byline": "Ngọc Lan",
        "lead": (
            "Chiều thứ tư hằng tuần, phòng học bộ môn của trường THCS Hồ Sen lại rộn ràng khi "
            "cô giáo Đinh Phương Linh cùng học sinh lắp ráp robot, chế tạo mô hình lọc nước và "
            "hệ thống tưới cây tự động."
        ),
        "body": [
            (
                "p",
                (
                    "Cô Linh, 28 tuổi, giáo viên vật lý, bắt đầu câu lạc bộ STEM từ ba năm trước với "
                    "vỏn vẹn tám học sinh và vài bộ linh kiện tự mua. Đến nay, câu lạc bộ có hơn 60 "
                    "thành viên, nhiều sản phẩm đạt giải tại cuộc thi sáng tạo thanh thiếu niên cấp "
                    "thành phố."
                ),
            ),
            ("h", "Học từ những vấn đề quanh mình"),
            (
                "p",
                (
                    "Theo cô Linh, mỗi dự án đều bắt đầu từ một vấn đề thực tế mà học sinh quan sát "
                    "được, như ngõ nhà bị ngập khi mưa hay cây trên sân thượng bị héo khi cả nhà đi "
                    "vắng. Các em tự tìm hiểu, vẽ thiết kế, thử nghiệm và trình bày kết quả trước lớp."
                ),
            ),
            (
                "p",
                (
                    "Em Tạ Minh Khang, học sinh lớp 8, cho biết nhờ câu lạc bộ mà em thích môn vật lý "
                    "hơn hẳn. Ban giám hiệu nhà trường đang đề xuất nhân rộng mô hình, đồng thời kêu gọi "
                    "phụ huynh và doanh nghiệp hỗ trợ thêm thiết bị cho phòng học STEM."
                ),
            ),
        ],
        "cover_caption": "Học sinh câu lạc bộ STEM trường THCS Hồ Sen thử nghiệm mô hình robot.",
        "cover_alt": "Ba học sinh đeo khăn quàng đỏ cúi quanh chiếc bàn, lắp dây điện cho một robot nhỏ có bánh xe.",
    },
    {
        "title": "Kiểm tra bếp ăn bán trú, bảo đảm bữa trưa an toàn cho học sinh",
        "section": "giao-duc",
        "byline": "Hoàng Điệp",
        "lead": (
            "Trong tuần đầu tháng 10, đoàn kiểm tra liên ngành của quận Hoàng Nam đã kiểm tra "
            "đột xuất bếp ăn bán trú tại 18 trường học, tập trung vào nguồn gốc thực phẩm, quy "
            "trình chế biến và lưu mẫu thức ăn."
        ),
        "body": [
            (
                "p",
                (
                    "Kết quả cho thấy phần lớn các bếp ăn thực hiện tốt quy trình một chiều, có hợp "
                    "đồng cung cấp thực phẩm rõ ràng và lưu mẫu đầy đủ. Tuy nhiên, đoàn vẫn phát hiện "
                    "hai trường ghi chép sổ kiểm thực ba bước chưa đầy đủ, một bếp có khu sơ chế chật "
                    "hẹp, chưa tách biệt."
                ),
            ),
            (
                "p",
                (
                    "Đoàn yêu cầu các trường khắc phục ngay những tồn tại, đồng thời khuyến khích mời "
                    "đại diện phụ huynh tham gia giám sát bữa ăn hằng tuần. Một số trường đã đăng tải "
                    "thực đơn và hình ảnh bữa trưa lên nhóm lớp để phụ huynh theo dõi."
                ),
            ),
            (
                "p",
                (
                    "Phòng Giáo dục và Đào tạo quận cho biết sẽ duy trì kiểm tra định kỳ và đột xuất "
                    "trong suốt năm học. Trường hợp nào để xảy ra mất an toàn thực phẩm, hiệu trưởng "
                    "sẽ phải chịu trách nhiệm trước phụ huynh và chính quyền."
                ),
            ),
            ("h", "Mong công khai kết quả kiểm tra"),
            (
                "p",
                (
                    "Nhiều phụ huynh đánh giá cao việc kiểm tra đột xuất và mong kết quả được thông "
                    "báo công khai tới từng trường. Chị Hà Thị Nga, phụ huynh một học sinh lớp 2, "
                    "cho biết chị từng tham gia giám sát bữa trưa và thấy yên tâm khi tận mắt chứng "
                    "kiến quy trình sơ chế, nấu nướng và chia suất ăn cho các con."
                ),
            ),
        ],
        "cover_caption": "Đoàn kiểm tra liên ngành làm việc tại bếp ăn một trường tiểu học.",
        "cover_alt": "Nhân viên nhà bếp đội mũ trùm tóc, đeo khẩu trang đứng cạnh những khay inox đựng thức ăn, cán bộ kiểm tra ghi chép.",
    },
    {
        "title": "Học sinh Hoàng Nam giành 62 giải tại kỳ thi học sinh giỏi cấp thành phố",
        "section": "giao-duc",
        "byline": "Phương Thảo",
        "lead": (
            "Chiều 2/4, Phòng Giáo dục và Đào tạo quận Hoàng Nam tổ chức lễ tuyên dương học sinh "
            "đạt giải kỳ thi học sinh giỏi lớp 9 cấp thành phố, với 62 giải, tăng 11 giải so với "
            "năm học trước."
        ),
        "body": [
            (
                "p",
                (
                    "Trong số các giải, có 5 giải nhất, 17 giải nhì, 21 giải ba và 19 giải khuyến "
                    "khích, trải đều ở các môn toán, ngữ văn, tiếng Anh, vật lý, hóa học và lịch sử. "
                    "Đáng chú ý, nhiều học sinh đạt giải đến từ các trường không phải trường chất "
                    "lượng cao của quận."
                ),
            ),
            (
                "p",
                (
                    "Em Nguyễn Bảo Ngọc, giải nhất môn ngữ văn, chia sẻ bí quyết là đọc nhiều sách và "
                    "viết đều đặn mỗi ngày, không học thuộc văn mẫu. Cô giáo chủ nhiệm của em cho biết "
                    "nhà trường luôn khuyến khích học sinh trình bày suy nghĩ riêng trong bài viết."
                ),
            ),
            (
                "p",
                (
                    "Tại buổi lễ, quận đã trao thưởng cho học sinh và giáo viên có thành tích xuất sắc. "
                    "Lãnh đạo quận mong các em tiếp tục giữ niềm đam mê học tập, đồng thời nhắc nhở "
                    "nhà trường quan tâm giáo dục toàn diện, không chạy theo thành tích."
                ),
            ),
            ("h", "Bồi dưỡng học sinh giỏi cuối tuần"),
            (
                "p",
                (
                    "Năm học tới, Phòng Giáo dục và Đào tạo quận dự kiến mở thêm các lớp bồi dưỡng "
                    "chuyên đề vào cuối tuần, do giáo viên giỏi của các trường luân phiên giảng "
                    "dạy. Các lớp học hoàn toàn miễn phí, mở rộng cho mọi học sinh có nguyện vọng "
                    "chứ không chỉ dành cho đội tuyển, nhằm tạo cơ hội công bằng cho tất cả các em."
                ),
            ),
        ],
        "cover_caption": "Học sinh đạt giải nhất nhận bằng khen tại lễ tuyên dương.",
        "cover_alt": "Năm học sinh đứng thành hàng trên sân khấu, tay cầm bằng khen và bó hoa, phía sau là phông xanh.",
    },
    {
        "title": "Đưa môn bơi vào trường học, trang bị kỹ năng phòng chống đuối nước cho trẻ",
        "section": "giao-duc",
        "byline": "Quang Huy",
        "lead": (
            "Sáng 3/6, quận Hoàng Nam khai giảng các lớp dạy bơi miễn phí cho hơn 2.500 học sinh "
            "tiểu học, nằm trong chương trình phổ cập bơi và kỹ năng an toàn dưới nước cho trẻ em "
            "trên địa bàn."
        ),
        "body": [
            (
                "p",
                (
                    "Các lớp học được tổ chức tại bể bơi của ba trường học và hai bể bơi thuộc trung "
                    "tâm thể thao quận. Mỗi khóa kéo dài 12 buổi, do huấn luyện viên có chứng chỉ giảng "
                    "dạy, mỗi lớp không quá 15 em và luôn có nhân viên cứu hộ túc trực."
                ),
            ),
            (
                "img",
                "Huấn luyện viên hướng dẫn học sinh tập thở dưới nước tại bể bơi trung tâm thể thao quận.",
                "Một nhóm trẻ đội mũ bơi nhiều màu bám vào thành bể, huấn luyện viên đứng dưới "
                "nước làm mẫu động tác úp mặt thở ra.",
            ),
            (
                "p",
                (
                    "Ngoài kỹ thuật bơi cơ bản, các em được học cách nổi tự cứu, nhận biết khu vực "
                    "nguy hiểm và cách hô hoán khi thấy người đuối nước mà không tự ý lao xuống cứu. "
                    "Phụ huynh được mời dự buổi cuối khóa để chứng kiến kết quả của con."
                ),
            ),
            ("h", "Mục tiêu 100% học sinh biết bơi"),
            (
                "p",
                (
                    "Mục tiêu của quận là đến hết năm học tới, 100% học sinh lớp 3 trở lên biết bơi. "
                    "Các trường chưa có bể bơi sẽ được bố trí học luân phiên tại những cơ sở gần nhất, "
                    "quận hỗ trợ kinh phí đưa đón bằng xe buýt."
                ),
            ),
        ],
        "cover_caption": "Học sinh tiểu học hào hứng trong buổi học bơi đầu tiên.",
        "cover_alt": "Các em nhỏ mặc áo bơi, đeo kính bơi xếp hàng bên thành bể chờ đến lượt xuống nước.",
    },
    # ------------------------------------------------------------------
    # An ninh - Trật tự
    # ------------------------------------------------------------------
    {
        "title": "Mô hình camera an ninh phủ kín các tổ dân phố ở phường Kim Ngân",
        "section": "an-ninh-trat-tu",
        "byline": "Đức Trung",
        "lead": (
            "Sau hai năm triển khai, phường Kim Ngân đã lắp đặt hơn 400 camera an ninh tại toàn "
            "bộ 34 tổ dân phố, góp phần giúp số vụ trộm cắp tài sản trên địa bàn giảm gần 40%."
        ),
        "body": [
            (
                "p",
                (
                    "Kinh phí lắp đặt chủ yếu do người dân tự nguyện đóng góp, mỗi hộ từ 100.000 đến "
                    "200.000 đồng, cùng sự hỗ trợ của một số doanh nghiệp. Camera được đặt ở đầu ngõ, "
                    "ngã ba và các điểm khuất, hình ảnh truyền về trung tâm giám sát tại trụ sở Công "
                    "an phường."
                ),
            ),
            (
                "img",
                "Cán bộ Công an phường Kim Ngân theo dõi hình ảnh từ hệ thống camera an ninh.",
                "Một chiến sĩ công an mặc quân phục ngồi trước dãy màn hình lớn chia thành nhiều "
                "ô hiển thị hình ảnh các con ngõ và tuyến phố.",
            ),
            (
                "p",
                (
                    "Nhờ hình ảnh từ camera, lực lượng công an đã nhanh chóng làm rõ nhiều vụ trộm xe "
                    "máy, giật đồ và xác định được đối tượng đổ trộm phế thải xây dựng ra vỉa hè. Người "
                    "dân cũng có thể xem lại hình ảnh tại khu vực của mình qua ứng dụng đã được phân "
                    "quyền."
                ),
            ),
            ("h", "Tuân thủ quy định về dữ liệu cá nhân"),
            (
                "p",
                (
                    "Công an phường lưu ý việc khai thác hình ảnh phải tuân thủ quy định về bảo vệ dữ "
                    "liệu cá nhân; camera không được hướng vào bên trong nhà dân. Thời gian lưu trữ dữ "
                    "liệu là 30 ngày, sau đó hệ thống tự động xóa."
                ),
            ),
        ],
        "cover_caption": "Camera an ninh được lắp đặt tại đầu một con ngõ ở phường Kim Ngân.",
        "cover_alt": "Chiếc camera trắng gắn trên cột điện ở đầu ngõ nhỏ, phía dưới có biển báo khu vực được giám sát.",
    },
    {
        "title": "Diễn tập phòng cháy, chữa cháy và cứu nạn tại chung cư cao tầng Hồ Sen",
        "section": "an-ninh-trat-tu",
        "byline": "Hoàng Điệp",
        "lead": (
            "Tối 19/9, Công an quận Hoàng Nam phối hợp với ban quản trị tòa nhà tổ chức diễn tập "
            "phương án chữa cháy và cứu nạn tại chung cư 25 tầng Hồ Sen, với sự tham gia của gần "
            "500 cư dân."
        ),
        "body": [
            (
                "p",
                (
                    "Tình huống giả định là một đám cháy bùng phát tại căn hộ tầng 12 do chập điện, "
                    "khói lan ra hành lang. Ngay khi chuông báo cháy vang lên, đội phòng cháy cơ sở đã "
                    "dùng bình chữa cháy tại chỗ, hướng dẫn cư dân di chuyển theo cầu thang thoát hiểm "
                    "xuống khu vực tập kết an toàn."
                ),
            ),
            (
                "img",
                "Lực lượng cứu nạn sử dụng xe thang đưa người bị nạn giả định xuống mặt đất.",
                "Chiếc xe thang màu đỏ vươn cần lên ô cửa sổ tầng cao của tòa chung cư về đêm, "
                "lính cứu hỏa đội mũ bảo hộ đỡ một người trong giỏ thang.",
            ),
            ("h", "Cư dân được thực hành thoát nạn"),
            (
                "p",
                (
                    "Sau phần diễn tập, cán bộ cảnh sát phòng cháy hướng dẫn cư dân cách sử dụng bình "
                    "chữa cháy, dùng khăn ướt che mũi miệng, di chuyển thấp người khi có khói và tuyệt "
                    "đối không sử dụng thang máy khi có cháy. Nhiều trẻ em cũng được thực hành thao tác "
                    "dưới sự giám sát của bố mẹ."
                ),
            ),
            (
                "p",
                (
                    "Qua buổi diễn tập, lực lượng chức năng đề nghị ban quản trị tòa nhà thường xuyên "
                    "kiểm tra hệ thống báo cháy, không để đồ đạc chắn lối thoát hiểm và nhắc nhở cư dân "
                    "không sạc xe điện qua đêm tại hành lang, tầng hầm khi chưa có khu vực riêng."
                ),
            ),
        ],
        "cover_caption": "Cư dân chung cư Hồ Sen thực hành sử dụng bình chữa cháy.",
        "cover_alt": "Một phụ nữ cầm bình chữa cháy màu đỏ phun bột vào khay lửa nhỏ trên sân, cán bộ cứu hỏa đứng hướng dẫn.",
    },
    {
        "title": "Ra quân lập lại trật tự vỉa hè, hài hòa giữa mỹ quan và sinh kế người dân",
        "section": "an-ninh-trat-tu",
        "byline": "Bảo Long",
        "lead": (
            "Sáng 4/3, UBND quận Hoàng Nam ra quân đợt cao điểm lập lại trật tự lòng đường, vỉa "
            "hè trên 15 tuyến phố trọng điểm, ưu tiên tuyên truyền, nhắc nhở trước khi xử lý vi "
            "phạm."
        ),
        "body": [
            (
                "p",
                (
                    "Trong ba ngày đầu, lực lượng chức năng đã đến từng hộ kinh doanh phát tờ rơi, "
                    "hướng dẫn chừa lối đi tối thiểu 1,5 mét cho người đi bộ. Những biển quảng cáo, mái "
                    "che lấn chiếm được yêu cầu tự tháo dỡ. Đa số hộ dân chấp hành, tự thu dọn hàng hóa "
                    "vào trong nhà."
                ),
            ),
            (
                "img",
                "Lực lượng trật tự đô thị nhắc nhở hộ kinh doanh thu dọn hàng hóa lấn chiếm vỉa hè.",
                "Cán bộ mặc đồng phục xanh đứng nói chuyện với chủ một cửa hàng tạp hóa, trên vỉa "
                "hè còn vài thùng hàng và chiếc ô che nắng đang được gấp lại.",
            ),
            (
                "p",
                (
                    "Song song với xử lý vi phạm, quận kẻ vạch sơn phân định khu vực để xe máy, bố trí "
                    "thêm bãi trông giữ xe tại các khu đất trống. Các phường cũng được giao xây dựng "
                    "tuyến phố kiểu mẫu, có camera giám sát để duy trì kết quả lâu dài."
                ),
            ),
            ("h", "Tính đến sinh kế người bán hàng"),
            (
                "p",
                (
                    "Một số ý kiến cho rằng việc lập lại trật tự cần tính đến sinh kế của người bán "
                    "hàng rong. Quận cho biết đang nghiên cứu bố trí điểm kinh doanh có thời gian quy "
                    "định tại một số khu vực phù hợp, bảo đảm hài hòa giữa mỹ quan và đời sống người dân."
                ),
            ),
        ],
        "cover_caption": "Vỉa hè phố Trúc Lâm thông thoáng sau đợt ra quân.",
        "cover_alt": "Vỉa hè lát gạch đỏ thông thoáng có vạch sơn trắng phân khu để xe máy ngay ngắn sát mép đường.",
    },
    {
        "title": "Cảnh giác với thủ đoạn giả danh cơ quan chức năng gọi điện lừa đảo",
        "section": "an-ninh-trat-tu",
        "byline": "Minh Anh",
        "lead": (
            "Từ đầu năm đến nay, Công an quận Hoàng Nam đã tiếp nhận 27 tin báo về các vụ lừa "
            "đảo qua điện thoại, trong đó đối tượng giả danh công an, nhân viên ngân hàng hoặc "
            "cán bộ thuế để chiếm đoạt tiền của người dân."
        ),
        "body": [
            (
                "p",
                (
                    "Trong một vụ việc gần đây, một người phụ nữ ở phường Đông Thành nhận được cuộc gọi "
                    "thông báo bà có liên quan đến đường dây rửa tiền, yêu cầu chuyển toàn bộ tiền tiết "
                    'kiệm vào tài khoản khác để "kiểm tra". Rất may, nhân viên ngân hàng phát hiện dấu '
                    "hiệu bất thường và báo công an kịp thời."
                ),
            ),
            ("h", "Những dấu hiệu cần lưu ý"),
            (
                "p",
                (
                    "Theo cơ quan công an, các đối tượng thường tạo tâm lý hoảng sợ, yêu cầu giữ bí mật "
                    "với người thân và thúc giục thực hiện ngay. Chúng cũng có thể gửi đường link lạ, đề "
                    'nghị cài đặt ứng dụng để "cập nhật thông tin", từ đó chiếm quyền điều khiển điện '
                    "thoại."
                ),
            ),
            (
                "p",
                (
                    "Công an khẳng định cơ quan chức năng không bao giờ làm việc, yêu cầu chuyển tiền "
                    "qua điện thoại. Khi nhận được cuộc gọi đáng ngờ, người dân nên dừng cuộc gọi, trao "
                    "đổi với người thân và liên hệ công an phường nơi cư trú để được hướng dẫn."
                ),
            ),
        ],
        "cover_caption": "Cán bộ công an tuyên truyền phòng chống lừa đảo cho người cao tuổi.",
        "cover_alt": "Chiến sĩ công an trẻ đứng giới thiệu tờ rơi cảnh báo lừa đảo cho nhóm người lớn tuổi ngồi trong nhà văn hóa.",
    },
    {
        "title": "Tổ bảo vệ an ninh trật tự cơ sở: lá chắn vững chắc ở từng khu dân cư",
        "section": "an-ninh-trat-tu",
        "byline": "Thu Hà",
        "lead": (
            "Đêm khuya, khi phần lớn cư dân phường Cầu Đá đã say giấc, các thành viên tổ bảo vệ "
            "an ninh trật tự cơ sở vẫn chia nhau tuần tra qua từng con ngõ, nhắc nhở người dân "
            "khóa cửa, cất xe cẩn thận."
        ),
        "body": [
            (
                "p",
                (
                    "Toàn quận hiện có 356 tổ bảo vệ an ninh trật tự với hơn 1.100 thành viên, phần "
                    "lớn là cựu chiến binh, đảng viên và những người có uy tín trong khu dân cư. Họ được "
                    "tập huấn kiến thức pháp luật, kỹ năng hòa giải và sơ cứu ban đầu, làm việc dưới sự "
                    "hướng dẫn của công an phường."
                ),
            ),
            (
                "p",
                (
                    "Ông Lò Văn Tường, tổ trưởng một tổ bảo vệ ở phường Cầu Đá, cho biết mỗi đêm tổ chia "
                    "ca đi tuần từ 22 giờ đến 2 giờ sáng. Có lần tổ phát hiện một đám cháy nhỏ do chập "
                    "điện ở nhà không người, kịp thời báo chủ nhà và dập tắt trước khi lan rộng."
                ),
            ),
            ("h", "Cần thêm sự quan tâm, hỗ trợ"),
            (
                "p",
                (
                    "Công an quận đánh giá các tổ bảo vệ là lực lượng nắm địa bàn sát nhất, kịp thời phát "
                    "hiện nhiều vụ việc phức tạp. Quận đã hỗ trợ trang bị đèn pin, áo phản quang và bộ "
                    "đàm, đồng thời đề xuất nâng mức bồi dưỡng cho các thành viên tham gia tuần tra đêm."
                ),
            ),
        ],
        "cover_caption": "Tổ bảo vệ an ninh trật tự phường Cầu Đá tuần tra ban đêm.",
        "cover_alt": "Ba người đàn ông mặc áo phản quang, cầm đèn pin đi trong con ngõ nhỏ dưới ánh đèn đường vàng.",
    },
    {
        "title": "Kiểm tra an toàn thực phẩm dịp Trung thu, tạm giữ gần 300 bánh không rõ nguồn gốc",
        "section": "an-ninh-trat-tu",
        "byline": "Ngọc Lan",
        "lead": (
            "Chiều 9/9, đoàn kiểm tra liên ngành quận Hoàng Nam đã phát hiện một cơ sở trên phố "
            "Sen Hồng bày bán gần 300 chiếc bánh trung thu không có nhãn mác, không chứng minh "
            "được nguồn gốc xuất xứ."
        ),
        "body": [
            (
                "p",
                (
                    "Tại thời điểm kiểm tra, chủ cơ sở không xuất trình được hóa đơn, chứng từ của số "
                    "bánh trên và cho biết mua lại từ một người bán hàng qua mạng. Đoàn đã lập biên bản, "
                    "tạm giữ toàn bộ số hàng để xác minh, đồng thời gửi mẫu đi kiểm nghiệm."
                ),
            ),
            (
                "p",
                (
                    "Trong đợt cao điểm, đoàn kiểm tra 42 cơ sở sản xuất, kinh doanh bánh kẹo, thực phẩm "
                    "trên địa bàn. Phần lớn các cơ sở chấp hành tốt quy định; một số nơi bị nhắc nhở về "
                    "điều kiện bảo quản và trang phục của người trực tiếp chế biến."
                ),
            ),
            (
                "p",
                (
                    "Cơ quan chức năng khuyến cáo người dân nên mua bánh trung thu tại các cửa hàng uy "
                    "tín, kiểm tra kỹ nhãn mác, hạn sử dụng và bao bì. Khi phát hiện sản phẩm có dấu hiệu "
                    "bất thường, người dân có thể phản ánh qua đường dây nóng của quận."
                ),
            ),
            ("h", "Kiểm tra cả ngoài giờ hành chính"),
            (
                "p",
                (
                    "Từ nay đến hết dịp Tết Trung thu, đoàn kiểm tra tiếp tục làm việc cả ngoài giờ "
                    "hành chính, tập trung vào các điểm bán hàng tạm trên vỉa hè và hoạt động bán "
                    "hàng qua mạng xã hội. Các trường hợp vi phạm sẽ được xử lý nghiêm và công khai "
                    "trên cổng thông tin điện tử của quận để người dân biết, tránh mua phải."
                ),
            ),
        ],
        "cover_caption": "Số bánh trung thu không rõ nguồn gốc bị đoàn kiểm tra tạm giữ.",
        "cover_alt": "Nhiều chiếc bánh trung thu tròn đựng trong túi nilon trong suốt không nhãn mác xếp trong các thùng carton.",
    },
    {
        "title": "Phân luồng giao thông giờ tan trường, bảo đảm an toàn cho học sinh",
        "section": "an-ninh-trat-tu",
        "byline": "Quang Huy",
        "lead": (
            "Chiều 16/9, Đội Cảnh sát giao thông - trật tự Công an quận Hoàng Nam phối hợp với "
            "đoàn viên thanh niên và phụ huynh tình nguyện tổ chức phân luồng tại cổng 12 trường "
            "học thường xuyên ùn tắc."
        ),
        "body": [
            (
                "p",
                (
                    "Tại mỗi cổng trường, khu vực đón trả học sinh được kẻ vạch riêng, phụ huynh dừng "
                    "xe theo hàng và rời đi ngay sau khi đón con. Lực lượng chức năng hướng dẫn các "
                    "phương tiện đi thẳng không dừng đỗ trước cổng, nhờ vậy tình trạng ùn tắc giảm rõ "
                    "rệt chỉ sau một tuần."
                ),
            ),
            (
                "img",
                "Khu vực đón trả học sinh được kẻ vạch trước cổng trường Tiểu học Đông Thành.",
                "Mặt đường trước cổng trường có vạch sơn vàng hình chữ nhật, phụ huynh dừng xe máy theo hàng, học sinh đeo cặp bước ra.",
            ),
            (
                "p",
                (
                    "Bên cạnh đó, các trường lệch giờ tan học giữa các khối lớp từ 10 đến 15 phút, "
                    "giảm lượng phương tiện tập trung cùng lúc. Học sinh được nhắc nhở đội mũ bảo hiểm "
                    "khi ngồi sau xe máy và không sử dụng xe máy điện khi chưa đủ tuổi."
                ),
            ),
            ("h", "Duy trì suốt năm học"),
            (
                "p",
                (
                    "Công an quận cho biết sẽ duy trì mô hình trong suốt năm học, đồng thời đề xuất lắp "
                    "đặt thêm đèn tín hiệu và biển báo khu vực trường học. Phụ huynh được khuyến khích "
                    "cho con đi xe buýt trường học hoặc đi bộ theo nhóm nếu nhà gần trường."
                ),
            ),
        ],
        "cover_caption": "Cảnh sát giao thông hướng dẫn phụ huynh dừng xe đón con đúng khu vực.",
        "cover_alt": "Chiến sĩ cảnh sát giao thông mặc áo vàng giơ tay ra hiệu trước cổng trường, phụ huynh đi xe máy xếp hàng chờ.",
    },
]


# Tags ("Từ khóa") for the demo: every article gets the district's tag, plus
# each tag whose words appear in its title (compared in lower case).
DISTRICT_TAG = "Quận Hoàng Nam"
TITLE_TAGS = {
    "Đô thị": ("phố", "đô thị", "cầu", "quy hoạch", "tuyến đường"),
    "Cải cách hành chính": ("hành chính", "thủ tục", "hồ sơ", "tiếp công dân"),
    "Doanh nghiệp": ("doanh nghiệp", "kinh doanh", "tiểu thương", "xưởng"),
    "Người cao tuổi": ("người cao tuổi",),
    "Thanh niên": ("thanh niên", "tình nguyện", "thiếu nhi"),
    "Môi trường": ("rác", "xanh", "trồng cây", "thiên tai"),
    "Y tế": ("sức khỏe", "y tế", "sốt xuất huyết"),
    "Lễ hội": ("lễ hội", "khai hội", "dâng hương", "hội chợ"),
    "Ngân sách": ("ngân sách",),
    "Giáo dục": ("trường", "học sinh", "giáo viên", "tuyển sinh"),
    "Đại hội": ("đại hội", "hđnd"),
}


def demo_tags(title):
    """The demo tags of an article with this title."""
    lowered = title.lower()
    return [DISTRICT_TAG] + [
        tag for tag, words in TITLE_TAGS.items() if any(word in lowered for word in words)
    ]
