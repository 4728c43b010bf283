# Strings of the counsellor workspace.
ws-title = Không gian làm việc Navrat
ws-login = Đăng nhập
ws-logout = Đăng xuất
ws-username = Tên người dùng
ws-password = Mật khẩu
ws-login-failed = Sai tên người dùng hoặc mật khẩu.
ws-login-limited = Quá nhiều lần thử không thành công. Hãy đợi một lúc (mỗi lần thất bại tiếp theo phải đợi lâu hơn) rồi thử lại.
ws-requests = Yêu cầu hẹn gặp
ws-translations = Bản dịch
ws-overview = Tổng quan
ws-status-missing = Còn thiếu
ws-status-draft = Bản nháp
ws-status-in-review = Đang xem xét
ws-status-published = Đã xuất bản
ws-status-outdated = Đã lỗi thời
ws-save-draft = Lưu bản nháp
ws-submit-review = Gửi đi xem xét
ws-publish = Duyệt và xuất bản
ws-confirm = Xác nhận
ws-decline = Từ chối
ws-reschedule = Đổi lịch
ws-mark-done = Đã xong
ws-mark-no-show = Không đến

# Security of the workspace server (issue 12): unreadable sealed rows, sign-in load.
ws-contact-unreadable = Không đọc được: đã được niêm phong bằng khóa khác hoặc bị hỏng. Hãy hỏi quản trị viên.
ws-login-busy = Quá nhiều lượt đăng nhập cùng lúc. Hãy đợi vài giây rồi thử lại.

# Operations (issue 17): the kiosks' last contact on the coordinator's overview.
ws-kiosks = Ki-ốt
ws-kiosks-hint = Mọi ki-ốt trong hồ sơ ki-ốt: lần cuối trang của nó báo về. Ki-ốt im lặng hơn 15 phút được đánh dấu: hãy kiểm tra xem nó có bật và được kết nối không.
ws-kiosks-none = Chưa cấu hình hồ sơ ki-ốt nào.
ws-kiosk = Ki-ốt
ws-kiosk-last-contact = Liên lạc lần cuối
ws-kiosk-version = Phiên bản
ws-kiosk-state = Trạng thái
ws-kiosk-never = chưa bao giờ
ws-kiosk-silent = Im lặng hơn 15 phút
ws-kiosk-live = Đang hoạt động
