"""Vietnamese texts of the refusals about a consolidating office's PostgreSQL server and the
DoFA keys kept in it (see messages_vi.py for the rules)."""

from __future__ import annotations

OFFICE_MESSAGES: dict[str, str] = {
    "setup needs --agency CODE (or --kit FILE, or --database URL)": (
        "Lệnh setup cần tùy chọn --agency CODE (hoặc --kit FILE, hoặc --database URL)"
    ),
    "a setup kit (--kit) is for an agency, which keeps its data on its own computer": (
        "Bộ cài đặt (--kit) dành cho máy của đơn vị, vốn giữ dữ liệu trên chính máy của mình"
    ),
    "only the consolidating (DoFA) workstation keeps its data on a database server; add "
    "--dofa, or leave out --database for an agency": (
        "Chỉ máy tổng hợp (Sở Ngoại vụ) mới giữ dữ liệu trên máy chủ cơ sở dữ liệu; hãy thêm "
        "--dofa, hoặc bỏ --database khi cài đặt máy của đơn vị"
    ),
    "{url} is not a PostgreSQL address; write it as postgresql://USER@SERVER/DATABASE": (
        "{url} không phải địa chỉ PostgreSQL; hãy viết theo dạng "
        "postgresql://NGƯỜI_DÙNG@MÁY_CHỦ/CƠ_SỞ_DỮ_LIỆU"
    ),
    "the database address must not hold a password (it would be kept in the profile); give "
    "the password in PGPASSWORD or ~/.pgpass, or keep it in the OS secret store": (
        "Địa chỉ cơ sở dữ liệu không được chứa mật khẩu (mật khẩu sẽ bị lưu trong hồ sơ máy); "
        "hãy đặt mật khẩu trong PGPASSWORD hoặc ~/.pgpass, hoặc lưu trong kho bí mật của hệ "
        "điều hành"
    ),
    "{url} names no database; write it as postgresql://USER@SERVER/DATABASE": (
        "{url} không nêu tên cơ sở dữ liệu; hãy viết theo dạng "
        "postgresql://NGƯỜI_DÙNG@MÁY_CHỦ/CƠ_SỞ_DỮ_LIỆU"
    ),
    "{file} does not name the office's database; set the workstation up again": (
        "{file} không ghi cơ sở dữ liệu của văn phòng; hãy cài đặt lại máy"
    ),
    "the OS secret store refused to save the password: {error}": (
        "Kho bí mật của hệ điều hành không lưu được mật khẩu: {error}"
    ),
    "the database {server} already holds an office's data; to use it from this computer, "
    "join it with `plantracker setup --database URL`": (
        "Cơ sở dữ liệu {server} đã chứa dữ liệu của một văn phòng; để dùng nó từ máy này, hãy "
        "tham gia bằng `plantracker setup --database URL`"
    ),
    "the database {server} already holds other tables; give Plan Tracker an empty database "
    "of its own": (
        "Cơ sở dữ liệu {server} đã chứa các bảng khác; hãy dành cho Theo dõi thực hiện Kế "
        "hoạch một cơ sở dữ liệu trống riêng"
    ),
    "the database {server} holds no consolidating office yet; the first officer sets it up "
    "with `plantracker setup --agency CODE --dofa --database URL`": (
        "Cơ sở dữ liệu {server} chưa có văn phòng tổng hợp nào; cán bộ đầu tiên cài đặt bằng "
        "`plantracker setup --agency CODE --dofa --database URL`"
    ),
    "the office's keys are kept in its database protected by DoFA's passphrase of at least "
    "{count} characters; give it (PLANTRACKER_PASSPHRASE for scripts)": (
        "Khóa của văn phòng được giữ trong cơ sở dữ liệu, bảo vệ bằng cụm mật khẩu của Sở "
        "Ngoại vụ dài ít nhất {count} ký tự; hãy nhập cụm mật khẩu đó (PLANTRACKER_PASSPHRASE "
        "khi chạy bằng tập lệnh)"
    ),
    "the {key} key is missing from the office database; restore it from a key backup": (
        "Cơ sở dữ liệu của văn phòng không còn {key}; hãy khôi phục từ bản sao lưu khóa"
    ),
    "DoFA's keys in the office database are locked; give DoFA's passphrase "
    "(PLANTRACKER_PASSPHRASE for scripts)": (
        "Khóa của Sở Ngoại vụ trong cơ sở dữ liệu của văn phòng đang khóa; hãy nhập cụm mật "
        "khẩu của Sở Ngoại vụ (PLANTRACKER_PASSPHRASE khi chạy bằng tập lệnh)"
    ),
    "wrong passphrase for DoFA's keys": "Sai cụm mật khẩu khóa của Sở Ngoại vụ",
    "the connection to the office's database server {server} failed ({reason}); check the "
    "network, the address and the password, then try again. Nothing was half-written.": (
        "Kết nối tới máy chủ cơ sở dữ liệu của văn phòng {server} không thành công ({reason}); "
        "hãy kiểm tra mạng, địa chỉ và mật khẩu rồi thử lại. Không có gì bị ghi dở dang."
    ),
    "the office's database server {server} did not accept the password ({reason}); give "
    "the database role's password in PGPASSWORD or in ~/.pgpass "
    "(%APPDATA%\\postgresql\\pgpass.conf on Windows), or type it in the set-up assistant, "
    "which keeps it in the OS secret store. Nothing was written.": (
        "Máy chủ cơ sở dữ liệu của văn phòng {server} không chấp nhận mật khẩu ({reason}); "
        "hãy đặt mật khẩu của vai trò cơ sở dữ liệu trong PGPASSWORD hoặc trong ~/.pgpass "
        "(%APPDATA%\\postgresql\\pgpass.conf trên Windows), hoặc nhập trong trợ lý cài đặt "
        "để lưu vào kho bí mật của hệ điều hành. Chưa ghi gì."
    ),
}
