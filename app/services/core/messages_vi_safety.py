"""Vietnamese texts of refusals about input, storage and concurrent writers (see messages_vi).

Kept apart from messages_vi.py so that file stays a readable size; merged into MESSAGES there.
"""

from __future__ import annotations

SAFETY_MESSAGES: dict[str, str] = {
    # app/services/catalogue/periods.py
    "{period}: the year must be between {first} and {last}": (
        "{period}: năm phải nằm trong khoảng từ {first} đến {last}"
    ),
    # app/services/core/strict_input.py
    "{what} has {length} characters; at most {limit} are allowed. Shorten it or attach the "
    "details as a file.": (
        "{what_vi} dài {length_vi} ký tự; chỉ được tối đa {limit_vi} ký tự. Hãy rút gọn, hoặc "
        "đính kèm phần chi tiết thành tệp."
    ),
    "{what} holds an invisible control character; type the text again": (
        "{what_vi} có ký tự điều khiển không nhìn thấy được; hãy gõ lại nội dung"
    ),
    "{path} does not exist": "{path} không tồn tại",
    "{path} is not a regular file (it is a folder, a device or a pipe); give a file": (
        "{path} không phải là một tệp thông thường (đó là thư mục, thiết bị hoặc đường ống); "
        "hãy chỉ ra một tệp"
    ),
    "the argument {argument} is not valid UTF-8 text; type it again": (
        "Tham số {argument} không phải là văn bản UTF-8 hợp lệ; hãy gõ lại"
    ),
    # app/services/core/storage_errors.py
    "the disk holding {folder} is full; free some space there and try again. Nothing was "
    "changed.": (
        "Ổ đĩa chứa {folder} đã đầy; hãy giải phóng bớt dung lượng rồi thử lại. Chưa có gì "
        "thay đổi."
    ),
    "{folder} is read-only, so nothing can be changed there; reports can still be viewed. To "
    "make changes, copy the profile folder to a writable disk or remove the write protection.": (
        "{folder} chỉ cho phép đọc nên không thay đổi được gì ở đó; vẫn xem được báo cáo. "
        "Muốn thay đổi, hãy chép thư mục hồ sơ sang ổ đĩa ghi được hoặc bỏ chế độ chống ghi."
    ),
    "the database in {folder} is damaged or is not a Plan Tracker database; restore the "
    "profile from a backup. Nothing was changed.": (
        "Cơ sở dữ liệu trong {folder} bị hỏng hoặc không phải của phần mềm Theo dõi thực hiện "
        "Kế hoạch; hãy khôi phục hồ sơ từ bản sao lưu. Chưa có gì thay đổi."
    ),
    "another Plan Tracker program is writing to {folder}; try again when it has finished. "
    "Nothing was changed.": (
        "Một chương trình Theo dõi thực hiện Kế hoạch khác đang ghi vào {folder}; hãy thử lại "
        "khi chương trình đó xong việc. Chưa có gì thay đổi."
    ),
    "cannot open the database in {folder}; check that the folder exists and that you may "
    "read it.": (
        "Không mở được cơ sở dữ liệu trong {folder}; hãy kiểm tra thư mục có tồn tại và bạn "
        "có quyền đọc hay không."
    ),
    "reading or writing {folder} failed ({reason}); check the disk and try again. Nothing was "
    "changed.": (
        "Không đọc hoặc ghi được {folder} ({reason}); hãy kiểm tra ổ đĩa rồi thử lại. Chưa có "
        "gì thay đổi."
    ),
    # app/services/core/writer_lock.py
    "another Plan Tracker program has been writing to {folder} for more than {minutes} "
    "minutes; close it, or restart the computer if it hangs, and try again. Nothing was "
    "changed.": (
        "Một chương trình Theo dõi thực hiện Kế hoạch khác đã ghi vào {folder} hơn {minutes} "
        "phút; hãy đóng chương trình đó (hoặc khởi động lại máy nếu bị treo) rồi thử lại. "
        "Chưa có gì thay đổi."
    ),
    # app/services/workstation/profile.py
    "{folder} is read-only and its database was made by an older release, which must update "
    "it first; copy the profile folder to a writable disk and open it there.": (
        "{folder} chỉ cho phép đọc, còn cơ sở dữ liệu trong đó do phiên bản cũ tạo ra và cần "
        "được cập nhật trước; hãy chép thư mục hồ sơ sang ổ đĩa ghi được rồi mở ở đó."
    ),
    # app/services/reports/signed_content.py
    "the signed content of {period} revision {revision} does not verify ({reason}); it is not "
    "used. Restore the profile from a backup, or ask the agency to send the report again.": (
        "Nội dung đã ký của báo cáo kỳ {period} lần {revision} không khớp chữ ký ({reason}) nên "
        "không được dùng. Hãy khôi phục hồ sơ từ bản sao lưu, hoặc đề nghị đơn vị gửi lại "
        "báo cáo."
    ),
    # app/services/accounts/throttle.py
    "too many wrong passwords for {name}; wait {seconds} seconds and try again": (
        "Đã nhập sai mật khẩu của {name_vi} quá nhiều lần; hãy chờ {seconds} giây rồi thử lại"
    ),
    # app/commands/common.py
    "{option} needs a file or folder name": "{option} cần tên tệp hoặc tên thư mục",
}

# The operating system's own reasons (OSError.strerror), which refusals quote as a value
# ("could not write {path}: {error}"): in a Vietnamese message, in Vietnamese.
OS_REASONS_VI: dict[str, str] = {
    "No such file or directory": "không có tệp hoặc thư mục này",
    "Permission denied": "không có quyền truy cập",
    "Operation not permitted": "không được phép thực hiện",
    "Is a directory": "đó là một thư mục",
    "Not a directory": "một phần của đường dẫn không phải là thư mục",
    "File exists": "tệp đã có",
    "No space left on device": "ổ đĩa đã đầy",
    "Disk quota exceeded": "đã hết hạn mức dung lượng",
    "Read-only file system": "ổ đĩa chỉ cho đọc",
    "File name too long": "tên tệp quá dài",
    "Input/output error": "lỗi đọc ghi ổ đĩa",
    "Device or resource busy": "thiết bị đang bận",
    "Invalid argument": "tham số không hợp lệ",
}
