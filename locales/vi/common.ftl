# Strings both channels use: navigation, categories, notices, the appointment flow, errors.
app-name = Navrat
app-tagline = Thông tin về việc hồi hương tự nguyện, bằng ngôn ngữ của bạn

## Navigation
nav-home = Trang chủ
nav-back = Quay lại
nav-language = Ngôn ngữ
nav-finish = Kết thúc và xóa
nav-search = Tìm kiếm

## Categories of topics
category-about = Tự nguyện về nước
category-about-description = Đó là gì và ai có thể tham gia
category-support = Bạn nhận được gì
category-support-description = Vé, giấy tờ, hỗ trợ sau khi về đến nơi
category-process = Quy trình diễn ra thế nào
category-process-description = Các bước, thời gian, cần mang theo gì
category-rights = Quyền lợi và sự an toàn của bạn
category-rights-description = Bảo mật, lệnh cấm nhập cảnh, thay đổi quyết định
category-detention = Khi đang bị tạm giữ (ZZC)
category-detention-description = Tư vấn ngay trong cơ sở tạm giữ
category-family-health = Gia đình và sức khỏe
category-family-health-description = Trẻ em, bệnh tật, nhu cầu đặc biệt
category-contact = Nói chuyện với tư vấn viên
category-contact-description = Liên hệ với chúng tôi ở đâu và như thế nào

## Notices on a topic
notice-draft = Bản dịch này chưa được tư vấn viên kiểm tra. Có thể có lỗi. Nếu có điều gì chưa rõ, xin hãy hỏi tư vấn viên.
notice-outdated = Bản gốc tiếng Séc của văn bản này đã thay đổi sau khi được dịch. Một số chi tiết ở đây có thể không còn đúng.
notice-outdated-link = Đọc văn bản tiếng Séc hiện hành
notice-sample-data = Một số chi tiết ở đây (địa chỉ, số điện thoại, giờ làm việc hoặc số tiền) chỉ là ví dụ và có thể không chính xác. Xin hãy kiểm tra lại với tư vấn viên.
notice-fallback = Văn bản này chưa có bằng ngôn ngữ của bạn. Văn bản đang được hiển thị bằng: { $language }.
topic-sources = Nguồn
topic-updated = Lần đối chiếu gần nhất với bản gốc: phiên bản { $revision }

## Search
search-label = Bạn đang tìm gì?
search-placeholder = Ví dụ: vé, hộ chiếu, trẻ em
search-button = Tìm kiếm
search-results = { $count ->
   *[other] Tìm thấy { $count } chủ đề
}
search-no-results = Không tìm thấy gì. Xin hãy thử từ khác, hoặc hỏi tư vấn viên.

## Counselling points
point-kind-regional = Điểm tư vấn
point-kind-detention = Cơ sở tạm giữ người nước ngoài (ZZC)
point-kind-office = Văn phòng
point-languages = Các ngôn ngữ được sử dụng ở đây
point-hours = Giờ mở cửa
point-visiting-rules = Việc thăm gặp diễn ra thế nào

## Days and times of day
day-mon = Thứ Hai
day-tue = Thứ Ba
day-wed = Thứ Tư
day-thu = Thứ Năm
day-fri = Thứ Sáu
day-sat = Thứ Bảy
day-sun = Chủ Nhật
day-part-morning = Buổi sáng
day-part-afternoon = Buổi chiều
day-part-evening = Buổi tối

## Appointment request
appointment-title = Xin gặp tư vấn viên
appointment-intro = Tư vấn viên sẽ giải thích các lựa chọn của bạn. Nếu cần, hãy xin phiên dịch. Xin hẹn gặp không mất tiền và không có nghĩa là bạn phải cam kết điều gì. Khi gặp, hãy hỏi việc trở về có thể tốn bao nhiêu và tư vấn viên xử lý những gì bạn kể ra sao.
appointment-point = Bạn muốn gặp ở đâu?
appointment-interpreter = Tôi cần phiên dịch viên
appointment-days = Những ngày nào thuận tiện cho bạn?
appointment-day-parts = Vào thời gian nào trong ngày?
appointment-topic = Bạn muốn nói về điều gì? (không bắt buộc)
appointment-alias = Chúng tôi nên gọi bạn là gì? (không bắt buộc, có thể dùng biệt danh)
appointment-phone = Số điện thoại (không bắt buộc)
appointment-contact = Bạn muốn nhận tin từ chúng tôi bằng cách nào?
appointment-contact-phone = Gọi điện hoặc nhắn tin cho tôi
appointment-contact-return = Tôi sẽ quay lại đây để kiểm tra
appointment-contact-telegram = Tôi sẽ theo dõi trên Telegram
appointment-consent-title = Chúng tôi lưu giữ những gì
appointment-consent = Chúng tôi lưu những gì bạn nhập ở đây: địa điểm, các ngày và buổi trong ngày, ngôn ngữ, việc bạn có cần phiên dịch không và, nếu bạn cung cấp, biệt danh và số điện thoại hoặc cuộc trò chuyện Telegram của bạn. Chúng tôi cũng lưu chủ đề mà từ đó yêu cầu được gửi, thời điểm và nơi gửi (kiosk hay Telegram), mã yêu cầu và các mã ngẫu nhiên (cho liên kết Telegram và để tránh gửi hai lần). Sau đó yêu cầu có lịch sử trạng thái: giờ hẹn đã xác nhận, tư vấn viên nào đã xử lý, có phiên dịch không và lý do nếu yêu cầu bị từ chối. Chúng tôi chỉ dùng những thông tin này để sắp xếp buổi gặp của bạn. Tư vấn viên của địa điểm bạn chọn và các điều phối viên có thể xem. Chúng tôi xóa chúng { $days } ngày sau khi yêu cầu của bạn được đóng lại.
appointment-consent-agree = Tôi đồng ý
appointment-review = Kiểm tra yêu cầu của bạn
appointment-edit = Thay đổi
appointment-submit = Gửi yêu cầu
appointment-sent = Yêu cầu của bạn đã được gửi
appointment-reference = Mã số yêu cầu của bạn
appointment-reference-hint = Hãy ghi lại hoặc chụp ảnh mã này. Với mã này, bạn có thể kiểm tra yêu cầu của mình.
appointment-follow-telegram = Quét bằng điện thoại để theo dõi yêu cầu của bạn trên Telegram
appointment-status-title = Yêu cầu của bạn
appointment-status-lookup = Nhập mã số yêu cầu của bạn

## Status of a request
status-new = Đã nhận. Tư vấn viên sẽ liên lạc với bạn hoặc xác nhận thời gian gặp.
status-confirmed = Đã xác nhận: { $when } tại { $point }.
status-declined = Không thể thực hiện: { $reason }
status-done = Đã xong
status-cancelled = Đã hủy
status-no-show = Không đến buổi hẹn

## Errors
error-point-required = Xin hãy chọn một địa điểm.
error-days-required = Xin hãy chọn ít nhất một ngày.
error-day-parts-required = Xin hãy chọn ít nhất một khoảng thời gian trong ngày.
error-alias-too-long = Biệt danh quá dài (tối đa { $max } ký tự).
error-phone-invalid = Đây có vẻ không phải là số điện thoại. Xin hãy dùng chữ số, ví dụ +420 777 123 456.
error-contact-phone-missing = Xin hãy nhập số điện thoại, hoặc chọn cách nhận tin khác.
error-consent-required = Xin vui lòng đồng ý với cách chúng tôi lưu giữ yêu cầu của bạn, nếu không chúng tôi không thể gửi yêu cầu.
error-reference-invalid = Mã số yêu cầu này không hợp lệ. Xin hãy kiểm tra lại các chữ cái và chữ số.
error-reference-unknown = Chúng tôi không tìm thấy yêu cầu nào với mã này.
error-not-found = Trang này không tồn tại.
error-not-found-hint = Xin hãy quay lại để chọn ngôn ngữ của bạn.
error-generic = Đã có lỗi xảy ra từ phía chúng tôi. Những gì bạn đã nhập không bị mất. Xin vui lòng thử lại.
error-rate-limited = Bạn đã thử quá nhiều lần. Xin vui lòng đợi một phút rồi thử lại.
error-storage-full = Hiện tại chúng tôi không thể lưu yêu cầu mới. Xin vui lòng hỏi nhân viên hoặc thử lại sau.
error-too-long = Văn bản quá dài.
# Why a counsellor could not arrange a meeting; chosen in the workspace, read by the person.
decline-reason-capacity = Hiện tại nơi này không còn lịch trống. Vui lòng thử lại sau vài tuần hoặc chọn nơi khác.
decline-reason-other-point = Một nơi khác có thể giúp bạn tốt hơn. Vui lòng đặt lịch hẹn ở đó hoặc hỏi nhân viên.
decline-reason-not-offered = Nơi này không thể giúp về vấn đề này. Hãy hỏi nhân viên nên liên hệ ở đâu.
decline-reason-contact-us = Vui lòng đến trực tiếp hoặc hỏi nhân viên; chúng tôi sẵn lòng giải thích mọi điều.

# --- listen: voice
listen-machine-voice = Giọng máy (máy tính đọc)
listen-recorded = Do tư vấn viên thu âm
listen-outdated-recording = Bản ghi âm này dành cho phiên bản cũ hơn của văn bản này.
listen-no-voice = Chưa có giọng đọc cho ngôn ngữ này. Vui lòng nhờ nhân viên đọc văn bản cho bạn.
listen-unavailable = Hiện không thể nghe. Vui lòng nhờ nhân viên đọc văn bản cho bạn.
# --- ask: person
ask-consent = Câu hỏi của bạn chỉ được đọc bởi các tư vấn viên của Trung tâm Hồi hương nói ngôn ngữ của bạn. Câu hỏi được lưu khi cuộc trò chuyện còn mở và { $days } ngày sau khi đóng, sau đó bị xóa. Vui lòng không viết tên của người khác.
ask-hours = Tư vấn viên nói ngôn ngữ của bạn trả lời vào { $days }, { $opens }:00–{ $closes }:00 (giờ Praha). Bạn có thể nhận được câu trả lời trong vòng một ngày làm việc.
ask-received = Câu hỏi của bạn đã được lưu. Mã số của bạn: { $reference }
ask-error-empty = Vui lòng viết câu hỏi của bạn bằng chữ.
ask-error-too-long = Tin nhắn quá dài: { $length } ký tự. Vui lòng viết tối đa { $max } ký tự, hoặc gửi thành nhiều phần.
ask-error-flood = Bạn đã gửi nhiều tin nhắn trong thời gian ngắn. Vui lòng đợi vài phút rồi viết lại. Mọi thứ chúng tôi đã xác nhận đều được lưu.
