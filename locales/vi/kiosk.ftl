# Strings of the touchscreen kiosk.
picker-title = Chọn ngôn ngữ của bạn
picker-hint = Chạm vào ngôn ngữ của bạn
home-title = Thông tin về việc tự nguyện về nước
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
