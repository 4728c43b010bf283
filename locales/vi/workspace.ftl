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
# --- listen: recordings
ws-recording = Bản ghi âm
ws-recording-hint = Tải lên bản ghi âm đọc to bản dịch đã xuất bản: Ogg/Opus, MP3, M4A hoặc WAV, tối đa 8 MB và 10 phút.
ws-recording-upload = Tải lên
ws-recording-uploaded = Bản ghi âm đã được lưu làm bản nháp.
ws-recording-was-other = Tệp có vẻ là { $claimed } nhưng thực ra là { $actual }; tệp đã được nhận dạng { $actual } và chuyển đổi.
ws-recording-outdated = Văn bản đã thay đổi sau khi ghi âm: vui lòng ghi âm lại.
ws-recording-done-submit = Đã gửi bản ghi âm để kiểm duyệt.
ws-recording-done-publish = Bản ghi âm đã được xuất bản.
ws-recording-done-return = Bản ghi âm đã được trả lại để sửa.
ws-recording-done-withdraw = Đã gỡ bản ghi âm.
ws-recording-error-empty = Tệp trống. Hãy chọn một bản ghi âm.
ws-recording-error-too-large = Tệp lớn hơn 8 MB.
ws-recording-error-too-long = Bản ghi âm dài hơn 10 phút.
ws-recording-error-not-audio = Đây không phải tệp âm thanh ở định dạng chúng tôi biết (Ogg/Opus, MP3, M4A, WAV).
ws-recording-error-unsupported = Không nhận tệp { $format }. Hãy dùng Ogg/Opus, MP3, M4A hoặc WAV.
ws-recording-error-damaged = Tệp { $format } bị cắt cụt hoặc bị hỏng.
ws-recording-error-no-encoder = Máy chủ này hiện chỉ nhận bản ghi âm Ogg/Opus.
ws-recording-error-encoder = Không chuyển đổi được bản ghi âm. Hãy thử tệp khác.
ws-recording-error-none = Không có bản ghi âm nào ở đây.
ws-recording-error-not-approver = Bản ghi âm được xuất bản bởi một người kiểm duyệt khác với người tải lên.
ws-recording-error-not-reviewer = Chỉ người kiểm duyệt ngôn ngữ này mới được làm việc này.
ws-recording-error-not-published = Chỉ có thể ghi âm bản dịch đã xuất bản. Hãy xuất bản trước.
