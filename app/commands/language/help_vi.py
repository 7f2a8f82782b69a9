"""Vietnamese of the command line's help texts: {English as written in the command: Vietnamese}.

tests/test_cli_language.py checks that every help text of every command has its entry here.
"""

from __future__ import annotations

HELP_VI: dict[str, str] = {
    "Plan Tracker (Theo dõi thực hiện Kế hoạch). With no command, the desktop app starts. "
    "Global options go before the command.": (
        "Theo dõi thực hiện Kế hoạch. Không có lệnh thì mở ứng dụng trên máy. Tùy chọn chung "
        "đặt trước lệnh."
    ),
    "show this help message and exit": "in hướng dẫn này rồi thoát",
    "show program's version number and exit": "in số phiên bản rồi thoát",
    "workstation profile folder": "thư mục hồ sơ của máy",
    "plan code (default: the active plan)": "mã kế hoạch (mặc định: kế hoạch đang áp dụng)",
    "language of names and texts (default vi)": "ngôn ngữ hiển thị (mặc định vi)",
    "list the agency register": "liệt kê danh mục cơ quan, đơn vị",
    "list the plan's duties": "liệt kê nhiệm vụ của Kế hoạch",
    "create a workstation profile": "cài đặt hồ sơ máy",
    "local accounts": "tài khoản trên máy",
    "reporting periods and due dates": "kỳ báo cáo và hạn nộp",
    "this agency's periodic report": "báo cáo định kỳ của cơ quan",
    "DoFA's reply files": "tệp phúc đáp của Sở Ngoại vụ",
    "setup kits (DoFA)": "bộ cài đặt (Sở Ngoại vụ)",
    "enrolment of an agency's key": "ghi danh khóa của cơ quan",
    "this workstation's keys": "khóa của máy này",
    "exchange files": "tệp trao đổi (gói báo cáo)",
    "the first period DoFA follows up (DoFA)": "kỳ đầu tiên Sở Ngoại vụ theo dõi (Sở Ngoại vụ)",
    "who reported for a period (DoFA)": "cơ quan nào đã báo cáo trong kỳ (Sở Ngoại vụ)",
    "record a report received outside bundles": "ghi nhận báo cáo nhận ngoài gói báo cáo",
    "DoFA's consolidated report to the Provincial People's Committee": (
        "báo cáo tổng hợp của Sở Ngoại vụ gửi UBND tỉnh"
    ),
    "reminder letters to agencies (DoFA)": "công văn đôn đốc các cơ quan (Sở Ngoại vụ)",
    "the whole workstation in one passphrase-encrypted file": (
        "toàn bộ máy trong một tệp mã hóa bằng cụm mật khẩu"
    ),
    "the approver's USB token (PKCS#11)": "thiết bị ký số (token USB, PKCS#11) của người phê duyệt",
    "certificates trusted for token signatures": "chứng thư số được tin cậy cho chữ ký token",
    "the register of outgoing documents": "sổ văn bản đi",
    "print JSON": "in dạng JSON",
    "only where CODE is lead or coordinating": "chỉ nhiệm vụ CODE chủ trì hoặc phối hợp",
    "the agency this workstation serves": "cơ quan mà máy này phục vụ",
    "the consolidating workstation": "máy tổng hợp (Sở Ngoại vụ)",
    "a setup kit signed by DoFA": "bộ cài đặt do Sở Ngoại vụ ký",
    "with --kit: DoFA's key fingerprint, read out by DoFA (plantracker keys show)": (
        "dùng với --kit: dấu vân tay khóa của Sở Ngoại vụ do Sở Ngoại vụ đọc (plantracker keys "
        "show)"
    ),
    "postgresql://USER@SERVER/DATABASE: with --agency CODE --dofa, create the office's "
    "database there; alone, join it from this computer (DoFA's passphrase in "
    "PLANTRACKER_PASSPHRASE)": (
        "postgresql://USER@SERVER/DATABASE: dùng với --agency CODE --dofa, tạo cơ sở dữ liệu "
        "của cơ quan trên máy chủ đó; dùng riêng, nối máy này vào cơ sở dữ liệu ấy (cụm mật "
        "khẩu của Sở Ngoại vụ trong PLANTRACKER_PASSPHRASE)"
    ),
    "add an account": "thêm tài khoản",
    "an approver sets a colleague's new password": (
        "người phê duyệt đặt mật khẩu mới cho đồng nghiệp"
    ),
    "change one duty's entry": "sửa nội dung báo cáo của một nhiệm vụ",
    "send a draft to sign-off": "trình ký bản dự thảo",
    "sign off (approver's password)": "ký duyệt (mật khẩu người phê duyệt)",
    "give a signed revision its number and date": "cho số và ngày văn bản cho lần báo cáo đã ký",
    "start a new revision of a signed report": "lập lần báo cáo mới từ báo cáo đã ký",
    "show a report": "xem báo cáo",
    "send a received report back for revision (DoFA)": (
        "trả lại báo cáo đã nhận để điều chỉnh (Sở Ngoại vụ)"
    ),
    "the report in the Decree 30 layout": "báo cáo theo thể thức Nghị định 30",
    "also sign the PDF with the approver's token (PIN in PLANTRACKER_TOKEN_PIN or asked)": (
        "ký cả tệp PDF bằng token của người phê duyệt (mã PIN trong PLANTRACKER_TOKEN_PIN "
        "hoặc được hỏi)"
    ),
    "the token certificate (see `token list`)": "chứng thư trên token (xem `token list`)",
    "the number from a paper register": "số lấy từ sổ văn bản giấy",
    "YYYY-MM-DD (default: today)": "YYYY-MM-DD (mặc định: hôm nay)",
    "also sign the PDF with the agency's token over the number and date (PIN in "
    "PLANTRACKER_TOKEN_PIN or asked)": (
        "ký cả tệp PDF bằng token của cơ quan lên số và ngày văn bản (mã PIN trong "
        "PLANTRACKER_TOKEN_PIN hoặc được hỏi)"
    ),
    "receipts, returns and updates for an agency": (
        "xác nhận đã nhận, trả lại và cập nhật cho một cơ quan"
    ),
    "a signed setup kit for an agency": "bộ cài đặt có chữ ký cho một cơ quan",
    "this agency's public keys, for DoFA": "khóa công khai của cơ quan, gửi Sở Ngoại vụ",
    "trust an agency's key (DoFA)": "tin cậy khóa của một cơ quan (Sở Ngoại vụ)",
    "approve replacing the agency's trusted key (a lost machine enrolled again)": (
        "đồng ý thay khóa đang tin cậy của cơ quan (máy bị mất, ghi danh lại)"
    ),
    "public keys and fingerprint": "khóa công khai và dấu vân tay",
    "a new signing key, vouched for by the old": "khóa ký mới, được khóa cũ bảo đảm",
    "stop trusting an agency's key (DoFA)": "thôi tin cậy khóa của một cơ quan (Sở Ngoại vụ)",
    "all keys to one passphrase-protected file": "mọi khóa vào một tệp có cụm mật khẩu",
    "keys from a backup file": "khóa từ tệp sao lưu",
    "DoFA's decryption identity, for the stock age tool": (
        "khóa giải mã của Sở Ngoại vụ, dùng với công cụ age"
    ),
    "an unprotected `age -d -i` identity file (keep it safe)": (
        "tệp khóa không bảo vệ cho `age -d -i` (cất giữ cẩn thận)"
    ),
    "signed revisions not yet acknowledged": "các lần báo cáo đã ký chưa được xác nhận",
    "import bundles (DoFA)": "nhập gói báo cáo (Sở Ngoại vụ)",
    "a file or a folder": "một tệp hoặc một thư mục",
    "show what would change": "cho biết sẽ thay đổi gì, chưa ghi",
    "a report on paper or by plain email": "báo cáo bằng văn bản giấy hoặc thư điện tử thường",
    "YYYY-MM-DD": "YYYY-MM-DD",
    "the date on the paper copy, YYYY-MM-DD (default: the day it arrived)": (
        "ngày ghi trên bản giấy, YYYY-MM-DD (mặc định: ngày nhận)"
    ),
    "revision, status and changes since the pre-fill": (
        "lần, trạng thái và thay đổi kể từ phần tổng hợp tự động"
    ),
    "DoFA's summary of a section, or the assessment": "tóm tắt một mục, hoặc phần đánh giá",
    "take changes of the pre-fill (all by default)": (
        "nhận thay đổi của phần tổng hợp tự động (mặc định: tất cả)"
    ),
    "sign off (DoFA approver's password)": "ký duyệt (mật khẩu người phê duyệt của Sở)",
    "give the signed revision its number and date": "cho số và ngày văn bản cho lần đã ký",
    "start a new revision of the signed report": "lập lần mới từ báo cáo đã ký",
    "the report in the Decree 30 layout (DỰ THẢO before sign-off)": (
        "báo cáo theo thể thức Nghị định 30 (DỰ THẢO trước khi ký)"
    ),
    "the report as a Word document": "báo cáo dạng tệp Word",
    "the matrix and every entry as an Excel workbook": "bảng theo dõi và mọi nội dung dạng Excel",
    "plan section (III, IV); none: opening": "mục của Kế hoạch (III, IV); bỏ trống: phần mở đầu",
    "REF|CODE or counts": "REF|CODE hoặc số lượng",
    "a draft letter to the late and missing (records nothing)": (
        "dự thảo công văn gửi cơ quan trễ hạn, chưa nộp (không ghi nhận gì)"
    ),
    "number, sign (approver) and record the letter": (
        "cho số, ký (người phê duyệt) và ghi nhận công văn"
    ),
    "only these agencies": "chỉ các cơ quan này",
    "back up this workstation": "sao lưu máy này",
    "restore a backup into an empty profile folder": "khôi phục bản sao lưu vào thư mục trống",
    "the token driver (PKCS#11 library) to use": "trình điều khiển token (thư viện PKCS#11)",
    "tokens plugged in and their certificates": "token đang cắm và chứng thư trên đó",
    "e.g. C:\\Windows\\System32\\eTPKCS11.dll, C:\\Windows\\System32\\bit4xpki.dll": (
        "ví dụ C:\\Windows\\System32\\eTPKCS11.dll, C:\\Windows\\System32\\bit4xpki.dll"
    ),
    "time-stamp server (PAdES B-T)": "máy chủ dấu thời gian (PAdES B-T)",
    "trust a root or intermediate CA (PEM or DER)": (
        "tin cậy chứng thư gốc hoặc trung gian (PEM hoặc DER)"
    ),
    "a revocation list (CRL) for offline checks": "danh sách thu hồi (CRL) để kiểm tra ngoại tuyến",
    "the trusted certificates": "các chứng thư được tin cậy",
    "xlsx: the register as an Excel workbook": "xlsx: sổ văn bản đi dạng Excel",
    "with xlsx: the workbook to write": "với xlsx: tệp Excel sẽ ghi",
    "full name, as printed under a signature": "họ và tên, như in dưới chữ ký",
    "position, e.g. Phó Giám đốc": "chức vụ, ví dụ Phó Giám đốc",
    "what the account may do (the first: approver)": (
        "quyền của tài khoản (tài khoản đầu tiên: approver)"
    ),
    "sign-in name (default: made from the full name)": "tên đăng nhập (mặc định: tạo từ họ tên)",
    "the colleague's sign-in name": "tên đăng nhập của đồng nghiệp",
    "period, e.g. 2026-H1 or 2026-Y": "kỳ báo cáo, ví dụ 2026-H1 hoặc 2026-Y",
    "duty reference, e.g. III.13.1": "mã nhiệm vụ, ví dụ III.13.1",
    "how far the duty has got": "tình trạng thực hiện nhiệm vụ",
    "percent done, 0 to 100": "tỷ lệ hoàn thành, từ 0 đến 100",
    "results achieved": "kết quả đạt được",
    "difficulties met": "khó khăn, vướng mắc",
    "proposals": "đề xuất, kiến nghị",
    "an evidence file (may be repeated)": "tệp minh chứng (dùng được nhiều lần)",
    "the agency's code": "mã cơ quan",
    "what the agency should revise": "nội dung cơ quan cần điều chỉnh",
}
