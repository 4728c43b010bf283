# Strings of the touchscreen kiosk.
picker-title = Chọn ngôn ngữ của bạn
picker-hint = Chạm vào ngôn ngữ của bạn
home-title = Thông tin về việc hồi hương tự nguyện
home-appointment = Xin gặp tư vấn viên
home-status = Kiểm tra yêu cầu của tôi
topic-back-to-category = Các chủ đề khác
kiosk-idle-warning = Còn ai ở đây không? Màn hình sẽ được xóa sau { $seconds } giây.
kiosk-idle-continue = Tôi vẫn đang ở đây
kiosk-keyboard = Bàn phím
kiosk-keyboard-hide = Ẩn bàn phím
kiosk-cleared = Mọi thứ đã được xóa.
kiosk-step = Bước { $step } trên { $total }
kiosk-next = Tiếp theo
kiosk-print-hint = Xin hãy đưa mã này cho tư vấn viên xem.
kiosk-space = Dấu cách
ui-draft-notice = Các màn hình này được dịch bằng máy và chưa được tư vấn viên kiểm tra. Nếu có điều gì chưa rõ, xin hãy hỏi nhân viên.
appointment-change-point = Chọn địa điểm khác
appointment-speaks-your-language = Tư vấn viên ở đây nói ngôn ngữ của bạn
appointment-status-show = Xem
topic-ask-counsellor = Hỏi tư vấn viên về việc này
topic-source-text = Văn bản tiếng Séc hiện hành

## Kiosk: what happens next, one notice per page, error summary (issue 11)
kiosk-status-new-come-back = Đã nhận. Nhân viên tư vấn sẽ chọn thời gian trong những ngày bạn đã chọn. Hãy quay lại ki-ốt này từ ngày làm việc tiếp theo, chạm vào “{ home-status }” và nhập mã của bạn: thời gian đã xác nhận sẽ hiện ở đây.
kiosk-status-new-phone = Đã nhận. Nhân viên tư vấn sẽ gọi điện hoặc nhắn tin đến số bạn đã cho để hẹn thời gian. Bạn cũng có thể kiểm tra tại đây bằng mã của mình.
kiosk-notice-point-draft = Phần mô tả các địa điểm được dịch bằng máy và chưa được kiểm tra.
kiosk-unreviewed-title = Xin lưu ý
point-sample-mark = Dữ liệu mẫu, chưa xác minh
kiosk-error-summary = Còn thiếu hoặc có chỗ chưa đúng. Vui lòng kiểm tra:
kiosk-meta-description = Thông tin về việc tự nguyện hồi hương từ Séc bằng ngôn ngữ của bạn và yêu cầu gặp nhân viên tư vấn.
kiosk-list-separator = {", "}

# --- listen: voice
listen-play = Nghe
listen-pause = Tạm dừng
listen-replay = Nghe lại từ đầu

# --- listen: kiosk steps, the code read aloud, the language picker
listen-read-code = Đọc to mã số
# The mark beside a language on the picker that has no machine voice.
listen-no-voice-short = Chưa có giọng đọc
# --- ask: kiosk (issue 16): a question to a counsellor, and its answers on the status page
kiosk-ask-button = Viết câu hỏi cho tư vấn viên
kiosk-ask-title = Viết câu hỏi cho tư vấn viên
kiosk-ask-intro = Hãy viết câu hỏi bằng ngôn ngữ của bạn. Tư vấn viên sẽ trả lời bằng văn bản; bạn đọc câu trả lời tại ki-ốt này bằng mã của mình.
kiosk-ask-question = Câu hỏi của bạn
kiosk-ask-question-hint = Tối đa { $max } ký tự.
kiosk-ask-point = Cho địa điểm nào? (Bạn không bắt buộc phải chọn.)
kiosk-ask-point-any = Địa điểm bất kỳ
kiosk-ask-send = Gửi câu hỏi
kiosk-ask-sent = Câu hỏi của bạn đã được gửi
kiosk-ask-reference-hint = Hãy ghi lại hoặc chụp ảnh mã này. Với mã này bạn đọc được câu trả lời.
kiosk-ask-read-answer = Để đọc câu trả lời, hãy quay lại ki-ốt này, chạm vào “{ home-status }” và nhập mã của bạn.
kiosk-ask-with-request = Bây giờ hãy viết câu hỏi: câu hỏi sẽ được thêm vào yêu cầu của bạn.
kiosk-ask-added-to-request = Câu hỏi của bạn đi kèm với yêu cầu { $reference }.
kiosk-ask-review-option = Tôi cũng muốn viết câu hỏi cho tư vấn viên
kiosk-ask-error-markup = Vui lòng viết câu hỏi bằng chữ. Chỉ có ký hiệu và thẻ thì không đọc được.
kiosk-ask-error-point = Vui lòng chọn một trong các địa điểm hiển thị, hoặc “Địa điểm bất kỳ”.
kiosk-question-title = Câu hỏi của bạn
kiosk-question-you = Bạn
kiosk-question-counsellor = Tư vấn viên
kiosk-question-waiting = Chưa có câu trả lời.
kiosk-question-add = Viết thêm tin nhắn
kiosk-question-send = Gửi
kiosk-question-close = Đóng câu hỏi của tôi
kiosk-question-closed = Câu hỏi này đã đóng. Bạn có thể viết câu hỏi mới bất cứ lúc nào.
kiosk-question-closed-now = Câu hỏi của bạn đã được đóng. Cảm ơn bạn.
kiosk-question-added = Tin nhắn của bạn đã được thêm vào câu hỏi.

# Kiosk question followed on Telegram through its QR code (issue 16)
kiosk-ask-follow-telegram = Quét bằng điện thoại để theo dõi câu hỏi của bạn trên Telegram: khi đó câu trả lời cũng sẽ được gửi đến đó.
