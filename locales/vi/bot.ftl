# Strings of the Telegram bot.
bot-welcome = Xin chào. Tôi cung cấp thông tin về việc hồi hương tự nguyện từ Cộng hòa Séc và có thể đề nghị một tư vấn viên gặp bạn. Xin hẹn gặp không mất tiền. Việc trở về có thể tốn bao nhiêu và ai sẽ biết về việc đó thì tùy vào hoàn cảnh của bạn: hãy hỏi tư vấn viên.
bot-choose-language = Xin hãy chọn ngôn ngữ của bạn:
bot-language-set = Tôi sẽ viết cho bạn bằng tiếng Việt.
bot-menu-topics = Chủ đề
bot-menu-search = Tìm kiếm
bot-menu-appointment = Gặp tư vấn viên
bot-menu-status = Yêu cầu của tôi
bot-search-prompt = Xin hãy viết câu hỏi của bạn bằng vài từ.
bot-not-what-i-needed = Không phải điều tôi cần
bot-more = Thêm
bot-back = Quay lại
bot-stop = Dừng
bot-yes = Có
bot-no = Không
bot-stopped = Đã dừng. Không có gì được gửi đi.
bot-alias-prompt = Chúng tôi nên gọi bạn là gì? Hãy gửi một biệt danh, hoặc bấm "Bỏ qua".
bot-phone-prompt = Hãy gửi số điện thoại nếu bạn muốn được gọi, hoặc bấm "Bỏ qua". Chúng tôi cũng có thể trả lời bạn ngay tại đây trên Telegram.
bot-skip = Bỏ qua
bot-confirm-prompt = Gửi yêu cầu này?
bot-status-none = Bạn chưa có yêu cầu nào.
bot-cancel-pick = Bạn muốn hủy yêu cầu nào?
bot-cancel-done = Yêu cầu { $reference } đã được hủy.
bot-forget-confirm = Thao tác này sẽ xóa cài đặt ngôn ngữ của bạn và những yêu cầu chưa được xử lý. Tiếp tục?
bot-forget-done = Đã xóa: { $requests } yêu cầu và cài đặt của bạn.
bot-attach-confirm = Bạn có muốn theo dõi yêu cầu { $reference } tại đây không?
bot-attach-done = Bạn sẽ nhận được thông báo về yêu cầu { $reference } tại đây.
bot-notify-confirmed = Buổi gặp của bạn đã được xác nhận: { $when } tại { $point }. Mã số: { $reference }.
bot-notify-declined = Không thể sắp xếp yêu cầu { $reference } của bạn: { $reason }
bot-notify-rescheduled = Buổi gặp của bạn đã được dời sang: { $when } tại { $point }. Mã số: { $reference }.
cmd-start = Bắt đầu
cmd-language = Đổi ngôn ngữ
cmd-status = Yêu cầu của tôi
cmd-cancel = Hủy một yêu cầu
cmd-forget = Xóa dữ liệu của tôi
bot-interpreter-prompt = Bạn có cần phiên dịch viên trong buổi gặp không?

# Security: following a kiosk request (kiosk and store area)
bot-follow-taken = Một cuộc trò chuyện Telegram khác đã theo dõi yêu cầu này, và yêu cầu vẫn ở đó. Nếu đó không phải là bạn, hãy liên hệ tư vấn viên và đưa mã số yêu cầu của bạn.
# Telegram bot: appointment from everywhere, input that does not fit a step, stale buttons (issue 11)
cmd-appointment = Xin gặp nhân viên tư vấn
bot-continue = Tiếp tục yêu cầu của tôi
bot-text-only = Tôi chỉ đọc được chữ. Vui lòng viết bằng lời hoặc dùng các nút.
bot-stop-words = dừng, dừng lại, hủy, thoát, thôi, stop
bot-back-words = quay lại, trở lại, trước
bot-list-separator = {", "}
bot-point-hint = Chạm vào một địa điểm để xem địa chỉ, giờ mở cửa và cách thức đến gặp trước khi chọn. Các cơ sở tạm giữ người nước ngoài (ZZC) ở cuối danh sách: chỉ chọn nếu bạn đang bị tạm giữ ở đó.
bot-point-choose = Chọn địa điểm này
bot-point-address = Địa chỉ
bot-point-phone = Điện thoại
bot-chosen-mark = ✓ đánh dấu những gì bạn đã chọn. Chạm lần nữa để bỏ chọn.
bot-stale-button = Nút này thuộc về một tin nhắn cũ và không còn hoạt động. Không có gì thay đổi.
bot-stale-step = Nút này thuộc về một bước trước. Không có gì thay đổi. Bây giờ bạn đang ở đây:
bot-status-draft = Bạn có một yêu cầu chưa gửi. Bạn có thể tiếp tục.
bot-cancel-confirm = Bạn có thật sự muốn hủy yêu cầu { $reference } không?
bot-cancel-kept = Yêu cầu { $reference } vẫn giữ nguyên. Không có gì bị hủy.
bot-forget-history = Các tin nhắn trong cuộc trò chuyện này vẫn còn trên điện thoại của bạn. Để xóa chúng, hãy xóa cuộc trò chuyện này trong Telegram.
bot-simplified-only = Navrat chỉ có bằng tiếng Trung giản thể. Các nội dung dưới đây được viết bằng chữ giản thể.

# --- listen: voice
bot-listen = 🔊 Nghe
bot-voice-not-heard = Cảm ơn bạn. Tư vấn viên chưa thể nghe tin nhắn thoại ở đây. Vui lòng viết cho chúng tôi hoặc xin một cuộc hẹn: tư vấn viên sẽ nghe bạn trực tiếp.
# --- ask: person
cmd-ask = Hỏi tư vấn viên
bot-ask-button = ✉️ Hỏi tư vấn viên
bot-ask-choose = Tư vấn viên có thể trả lời câu hỏi của bạn bằng văn bản tại đây, hoặc gặp bạn trực tiếp.
bot-ask-agree = Tôi đồng ý
bot-ask-back = Quay lại
bot-ask-write = Hãy viết câu hỏi của bạn trong một tin nhắn, bằng ngôn ngữ của bạn (tối đa { $max } ký tự).
bot-ask-added = Đã thêm vào câu hỏi { $reference } của bạn.
bot-ask-close = Đóng câu hỏi của tôi
bot-ask-closed = Câu hỏi { $reference } của bạn đã được đóng. Bạn có thể hỏi lại bất cứ lúc nào.
bot-ask-answer = Tư vấn viên đã trả lời câu hỏi { $reference } của bạn:
bot-ask-open = Câu hỏi { $reference } của bạn đang mở. Mọi điều bạn viết ở đây bây giờ sẽ được thêm vào câu hỏi đó.
bot-ask-finish-request = Trước tiên hãy hoàn thành hoặc dừng yêu cầu gặp mặt bạn đang viết; sau đó bạn có thể đặt câu hỏi.

# Kiosk question followed on Telegram through its QR code (issue 16)
bot-ask-follow-done = Câu trả lời cho câu hỏi { $reference } của bạn giờ cũng sẽ được gửi đến đây.
bot-ask-follow-taken = Một cuộc trò chuyện Telegram khác đã theo dõi câu hỏi này, và câu hỏi vẫn ở đó. Nếu đó không phải là bạn, hãy liên hệ tư vấn viên với mã tham chiếu của bạn.
