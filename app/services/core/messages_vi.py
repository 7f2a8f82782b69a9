"""Vietnamese texts of the services' refusals: {English template: Vietnamese template}.

Keys are the exact English templates raised with `UserError` and its subclasses (see
`app.services.core.errors`); values use the same `{placeholders}`. Where a value is an English word
(a report status, "none"), the call site also passes `<name>_vi`, and the Vietnamese text may
write `{<name>_vi}`; a word of the domain passes its label from `app.services.core.labels`, the
one table every screen and document reads. tests/test_messages.py checks that every template
raised in `app/` is here, with the same placeholders, in NFC, and that nothing here is unused.

The catalogue is kept by feature: this file, and messages_vi_<feature>.py beside it, merged
into MESSAGES below.
"""

from __future__ import annotations

from app.services.core.messages_vi_consolidation import CONSOLIDATION_MESSAGES
from app.services.core.messages_vi_esign import ESIGN_MESSAGES
from app.services.core.messages_vi_exchange import EXCHANGE_MESSAGES
from app.services.core.messages_vi_office import OFFICE_MESSAGES
from app.services.core.messages_vi_safety import SAFETY_MESSAGES
from app.services.core.messages_vi_signatures import SIGNATURE_MESSAGES

# The Vietnamese counterpart of an empty list passed as `<name>_vi`.
NONE_VI = "không có"

MESSAGES: dict[str, str] = {
    # app/commands
    "{folder} already holds a workstation profile; choose another folder": (
        "{folder} đã chứa một hồ sơ máy; hãy chọn thư mục khác"
    ),
    "this command runs only on the consolidating (DoFA) workstation": (
        "Lệnh này chỉ chạy trên máy tổng hợp (Sở Ngoại vụ)"
    ),
    "this command runs only on an agency workstation": ("Lệnh này chỉ chạy trên máy của đơn vị"),
    "{what}: set {env} or run in a terminal": (
        "{what_vi}: hãy đặt biến môi trường {env} hoặc chạy lệnh trong cửa sổ dòng lệnh"
    ),
    "nothing to change: give --status, --progress, --results, --difficulties, --proposals or "
    "--attach": (
        "Không có gì để thay đổi: hãy dùng --status, --progress, --results, --difficulties, "
        "--proposals hoặc --attach"
    ),
    "an agency workstation shows only its own reports": (
        "Máy của đơn vị chỉ xem được báo cáo của chính đơn vị mình"
    ),
    "could not write {path}: {error}": "Không ghi được {path}: {error}",
    # app/services/catalogue/catalogue.py
    "cannot read plan file {path}: {error}": "Không đọc được tệp kế hoạch {path}: {error}",
    "plan file {path} has format {found}; this release reads format {expected}. "
    "Update Plan Tracker.": (
        "Tệp kế hoạch {path} có định dạng {found}; phiên bản này chỉ đọc được định dạng "
        "{expected}. Hãy cập nhật phần mềm Theo dõi thực hiện Kế hoạch."
    ),
    "the plan names agency {selector}, which is not in the register": (
        "Kế hoạch nêu đơn vị {selector}, nhưng đơn vị này không có trong danh mục đơn vị"
    ),
    "no plan with code {code} (known plans: {known})": (
        "Không có kế hoạch nào mang mã {code} (các kế hoạch hiện có: {known_vi})"
    ),
    "this profile has no active plan": "Hồ sơ máy này không có kế hoạch nào đang áp dụng",
    "several plans are active ({codes}); choose one with --plan CODE": (
        "Đang có nhiều kế hoạch cùng áp dụng ({codes}); hãy chọn một kế hoạch bằng --plan CODE"
    ),
    # app/services/reports/evidence.py
    "cannot read {path}: {error}": "Không đọc được {path}: {error}",
    "{name} is {size} MB; evidence files may be at most {limit} MB. Attach a smaller file "
    "(scan at a lower resolution, or split it).": (
        "Tệp {name} có dung lượng {size_vi} MB; mỗi tệp minh chứng chỉ được tối đa {limit} MB. "
        "Hãy đính kèm tệp nhỏ hơn (quét ở độ phân giải thấp hơn hoặc chia nhỏ tệp)."
    ),
    "could not copy {name} into the profile: {error}": (
        "Không sao chép được {name} vào hồ sơ máy: {error}"
    ),
    # app/services/keys/keys.py
    "this computer has no secure key store (such as GNOME Keyring or Windows Credential "
    "Manager), so the signing key will be kept in a file protected by a passphrase of at least "
    "{count} characters; give one (PLANTRACKER_PASSPHRASE for scripts)": (
        "Máy tính này không có kho lưu khóa bảo mật (như GNOME Keyring hoặc Windows Credential "
        "Manager) nên khóa ký sẽ được lưu trong một tệp bảo vệ bằng cụm mật khẩu dài ít nhất "
        "{count} ký tự; hãy nhập cụm mật khẩu (khi chạy bằng tập lệnh, dùng biến môi trường "
        "PLANTRACKER_PASSPHRASE)"
    ),
    "the signing key is missing from the OS secret store; restore it from a key backup before "
    "signing": (
        "Khóa ký không có trong kho bảo mật của hệ điều hành; hãy khôi phục khóa từ bản sao lưu "
        "trước khi ký"
    ),
    "the signing key file needs its passphrase": "Cần nhập cụm mật khẩu của tệp khóa ký",
    "wrong passphrase for the signing key file": "Sai cụm mật khẩu của tệp khóa ký",
    "cannot read the signing key file: {error}": "Không đọc được tệp khóa ký: {error}",
    "this profile has no signing key": "Hồ sơ máy này không có khóa ký",
    "this workstation's keys are kept in a way this version does not know ({storage}); "
    "open it with the version that keeps them so": (
        "Khóa của máy này được lưu theo cách mà phiên bản này không biết ({storage}); hãy mở "
        "máy bằng phiên bản chương trình đã lưu khóa theo cách đó"
    ),
    "{name} has no signing key": "{name} chưa có khóa ký",
    "no known key with fingerprint {fingerprint}": (
        "Không tìm thấy khóa nào có dấu vân tay {fingerprint}"
    ),
    # app/services/catalogue/periods.py
    "{period} is not a period; write it like 2026-H1 or 2026-Y": (
        "{period} không phải là kỳ báo cáo; hãy viết theo dạng 2026-H1 hoặc 2026-Y"
    ),
    "the number of working days must be between 0 and 60": "Số ngày làm việc phải từ 0 đến 60",
    "the due date cannot be before the cut-off ({date})": (
        "Hạn nộp không được sớm hơn ngày chốt số liệu ({date})"
    ),
    # app/services/workstation/profile.py
    "no workstation profile in {folder}; create one with `plantracker setup`": (
        "Không có hồ sơ máy trong {folder}; hãy tạo bằng lệnh `plantracker setup`"
    ),
    "{folder}: {error}. Install the newer Plan Tracker.": (
        "{folder}: cơ sở dữ liệu do phiên bản mới hơn tạo ra ({error}). Hãy cài đặt phiên bản "
        "Theo dõi thực hiện Kế hoạch mới hơn."
    ),
    "the profile in {folder} was not set up completely; set it up again": (
        "Hồ sơ máy trong {folder} chưa được thiết lập xong; hãy thiết lập lại"
    ),
    "cannot create the profile folder {folder}: {error}": (
        "Không tạo được thư mục hồ sơ máy {folder}: {error}"
    ),
    # app/services/catalogue/register.py
    "cannot read register file {path}: {error}": (
        "Không đọc được tệp danh mục đơn vị {path}: {error}"
    ),
    "no agency with code {code}; `plantracker agencies` lists the codes": (
        "Không có đơn vị nào mang mã {code}; lệnh `plantracker agencies` liệt kê các mã đơn vị"
    ),
    "code, Vietnamese name and English name are all required": (
        "Cần nhập đủ mã, tên tiếng Việt và tên tiếng Anh"
    ),
    "kind must be one of {kinds}": "Loại đơn vị phải là một trong các giá trị: {kinds}",
    "an agency with code {code} already exists": "Đã có đơn vị mang mã {code}",
    "{name} was already retired on {date}": "{name} đã giải thể từ ngày {date}",
    "the successor must be another, active agency": (
        "Đơn vị kế thừa phải là một đơn vị khác, đang hoạt động"
    ),
    "{name} has duties in the plan and cannot be deleted; retire it instead": (
        "{name} có nhiệm vụ trong kế hoạch nên không xóa được; hãy giải thể đơn vị này"
    ),
    "{name} has reports on record and is never deleted; retire it instead": (
        "{name} đã có báo cáo được lưu trữ nên không xóa được; hãy giải thể đơn vị này"
    ),
    # app/services/reports/reports.py
    "{agency} has no report for {period} yet": "{agency} chưa có báo cáo kỳ {period}",
    "the report for {period} already exists": "Đã có báo cáo kỳ {period}",
    "there is no report for {period} to start from": ("Chưa có báo cáo kỳ {period} để làm cơ sở"),
    "the report for {period} (revision {revision}) is {status} and can no longer be changed; "
    "amend it to make a new revision": (
        "Báo cáo kỳ {period} (lần {revision}) đang ở trạng thái “{status_vi}” nên không sửa được "
        "nữa; hãy điều chỉnh để tạo lần báo cáo mới"
    ),
    "duty {ref} is not one of this agency's duties in the report": (
        "Nhiệm vụ {ref} không thuộc các nhiệm vụ của đơn vị trong báo cáo này"
    ),
    "status must be one of {statuses}": "Tình trạng phải là một trong các giá trị: {statuses}",
    "progress is a percentage from 0 to 100": "Tiến độ là tỷ lệ phần trăm, từ 0 đến 100",
    "{name} is already attached to {ref} (as {attached})": (
        "Tệp {name} đã được đính kèm vào nhiệm vụ {ref} (với tên {attached})"
    ),
    "only a draft can be submitted; this report is {status}": (
        "Chỉ trình ký được bản nháp; báo cáo này đang ở trạng thái “{status_vi}”"
    ),
    "these duties have no status yet: {duties}": (
        "Các nhiệm vụ sau chưa có tình trạng thực hiện: {duties}"
    ),
    # app/services/keys/secrets.py
    "the OS secret store could not be read: {error}": (
        "Không đọc được kho bảo mật của hệ điều hành: {error}"
    ),
    "the OS secret store refused to save the key: {error}": (
        "Kho bảo mật của hệ điều hành từ chối lưu khóa: {error}"
    ),
    "the OS secret store could not delete the key: {error}": (
        "Kho bảo mật của hệ điều hành không xóa được khóa: {error}"
    ),
    # app/services/reports/signoff.py
    "an amendment needs a reason": "Cần nêu lý do điều chỉnh",
    "revision {revision} is still a draft; edit it directly": (
        "Báo cáo lần {revision} vẫn là bản nháp; hãy sửa trực tiếp trên bản này"
    ),
    "only the latest revision can be amended": "Chỉ điều chỉnh được lần báo cáo mới nhất",
    # app/services/accounts/users.py
    "the password must have at least {count} characters": "Mật khẩu phải có ít nhất {count} ký tự",
    "no active account {account}": "Không có tài khoản {account} đang hoạt động",
    "wrong password for {name}": "Sai mật khẩu của {name}",
    "{name} is not an approver": "{name} không phải là người phê duyệt",
    "that is not the password of an active approver": (
        "Đây không phải là mật khẩu của người phê duyệt nào đang hoạt động"
    ),
    "role must be one of {roles}": "Vai trò phải là một trong các giá trị: {roles}",
    "full name and position are required": "Cần nhập họ tên và chức vụ",
    "the first account must be an approver (head of agency or deputy)": (
        "Tài khoản đầu tiên phải là người phê duyệt (thủ trưởng hoặc cấp phó của đơn vị)"
    ),
    "adding an account needs an approver's password": (
        "Cần có mật khẩu của người phê duyệt để thêm tài khoản"
    ),
    "the login {login} is taken": "Tên đăng nhập {login} đã được sử dụng",
    "no account {login}": "Không có tài khoản {login}",
    "the last active approver cannot be deactivated": (
        "Không thể vô hiệu hóa người phê duyệt cuối cùng đang hoạt động"
    ),
    # app/services/reports/pdf_pages.py
    "the PDF could not be prepared for printing: {reason}": (
        "Không chuẩn bị được tệp PDF để in: {reason}"
    ),
    # app/services/workstation/auto_backup.py
    "automatic backups keep their passphrase in the computer's secret store, and this "
    "computer has none; make backups by hand instead": (
        "Sao lưu tự động giữ cụm mật khẩu trong kho bí mật của máy tính, nhưng máy này không "
        "có; hãy sao lưu thủ công"
    ),
    "backups are kept from 1 to 3650 days": ("Bản sao lưu được giữ từ 1 đến 3650 ngày"),
    "automatic backups need a passphrase": ("Sao lưu tự động cần một cụm mật khẩu"),
    "automatic backups are not set up": ("Chưa thiết lập sao lưu tự động"),
    "the passphrase of automatic backups is missing; set them up again": (
        "Thiếu cụm mật khẩu của sao lưu tự động; hãy thiết lập lại"
    ),
    # app/services/workstation/backup.py
    "the folder {folder} does not exist": ("Thư mục {folder} không tồn tại"),
    "{file} could not be opened: the passphrase is wrong or the file is not a workstation "
    "backup. A lost passphrase cannot be recovered by anyone.": (
        "Không mở được {file}: cụm mật khẩu sai hoặc tệp không phải bản sao lưu máy. "
        "Không ai khôi phục được cụm mật khẩu đã mất."
    ),
    "{file} is damaged or incomplete; nothing was restored": (
        "{file} bị hỏng hoặc không đầy đủ; chưa khôi phục gì"
    ),
    "{file} was made by a newer Plan Tracker; install it to restore this backup": (
        "{file} được tạo bởi phiên bản Plan Tracker mới hơn; hãy cài phiên bản đó để khôi phục"
    ),
    "{folder} is not empty; a backup is restored only into a new, empty folder": (
        "{folder} không trống; bản sao lưu chỉ được khôi phục vào một thư mục mới, trống"
    ),
    (
        "{file} could not be opened: the passphrase is wrong or the file is not a key "
        "backup. A lost passphrase cannot be recovered by anyone."
    ): (
        "Không mở được {file}: cụm mật khẩu không đúng hoặc tệp không phải là bản sao lưu "
        "khóa. Cụm mật khẩu đã mất thì không ai khôi phục được."
    ),
    "a paper report cannot be signed after the day it arrived": (
        "Ngày ký báo cáo giấy không thể sau ngày nhận"
    ),
    "the date a paper report arrived cannot be in the future": (
        "Ngày nhận báo cáo giấy không thể ở tương lai"
    ),
    "the date must be written YYYY-MM-DD": ("Ngày phải viết theo dạng YYYY-MM-DD"),
    (
        "this workstation already reports to the DoFA with key {current}; a kit signed "
        "with key {other} is refused"
    ): (
        "Máy này đang báo cáo về Sở Ngoại vụ có khóa {current}; bộ cài đặt ký bằng khóa "
        "{other} bị từ chối"
    ),
    "{file} is signed with a key of {name} that DoFA has not enrolled ({fingerprint})": (
        "{file} được ký bằng một khóa của {name} mà Sở Ngoại vụ chưa ghi danh ({fingerprint})"
    ),
    # app/services/core/files.py
    "{target} is not a regular file; choose another file name": (
        "{target} không phải là một tệp thông thường; hãy chọn tên tệp khác"
    ),
    # app/services/outgoing/register.py, reports/issuing.py, consolidation/consolidated_issuing.py
    "a document number is a whole number from 1": "Số văn bản là số nguyên, bắt đầu từ 1",
    "number {number} is already used in the {year} register": (
        "Số {number} đã được dùng trong sổ năm {year}"
    ),
    "the issue date {date} is before the document was signed ({signed})": (
        "Ngày ban hành {date} trước ngày ký văn bản ({signed})"
    ),
    "the issue date {date} is in the future": "Ngày ban hành {date} là ngày trong tương lai",
    "{name} is an approver; this office has a records clerk, who issues documents": (
        "{name} là người phê duyệt; cơ quan đã có văn thư, văn thư mới cấp số văn bản"
    ),
    "{name} may not issue documents (clerk or approver only)": (
        "{name} không được cấp số văn bản (chỉ văn thư hoặc người phê duyệt)"
    ),
    "this revision was already issued as {symbol} on {date}": (
        "Lần báo cáo này đã được cấp số {symbol} ngày {date}"
    ),
    "only this workstation's own reports are issued here": (
        "Máy này chỉ cấp số cho báo cáo của chính cơ quan mình"
    ),
    "revision {revision} of the consolidated report is not signed; sign it off first": (
        "Lần {revision} của báo cáo tổng hợp chưa được ký; hãy ký trước"
    ),
    "there is no consolidated report for {period}": "Chưa có báo cáo tổng hợp kỳ {period}",
    "{text} is not a date; write it YYYY-MM-DD": (
        "{text} không phải là ngày; hãy viết theo dạng YYYY-MM-DD"
    ),
    # app/services/keys/keys.py
    "the {name} key kept on this computer is not the one this workstation's records name (was "
    "a key restore interrupted?); run the key restore again from the backup": (
        "Trên máy này, {name} đang lưu không phải khóa mà hồ sơ của máy ghi nhận (có thể việc "
        "khôi phục khóa đã bị gián đoạn); hãy khôi phục khóa lại từ bản sao lưu"
    ),
    # app/services/core/event_log.py
    "an unexpected error occurred and the action was not completed; the details were written "
    "to {log}. Please send that file to your IT officer.": (
        "Đã xảy ra lỗi ngoài dự kiến nên thao tác chưa được thực hiện; chi tiết đã được ghi vào "
        "{log}. Xin gửi tệp đó cho cán bộ công nghệ thông tin của cơ quan."
    ),
    "{period} is before the first period DoFA follows up ({first}): no reminders": (
        "Kỳ {period} trước kỳ đầu tiên Sở Ngoại vụ theo dõi ({first}): không gửi công văn đôn đốc"
    ),
    "{file}: the number and date of report {period} are not validly signed": (
        "{file}: số và ngày ban hành của báo cáo kỳ {period} không có chữ ký hợp lệ"
    ),
    "{file}: report {period} revision {revision} was issued as No. {symbol}; "
    "this bundle gives it another issue statement ({other})": (
        "{file}: báo cáo kỳ {period} lần {revision} đã được ban hành với số {symbol}; "
        "gói dữ liệu này lại mang một bản ghi cấp số khác ({other})"
    ),
    "outgoing xlsx needs --year YYYY and --out FILE": (
        "Lệnh outgoing xlsx cần --year YYYY và --out TỆP"
    ),
    # app/services/reports/evidence.py
    "{name} is not a safe file name": "{name} không phải là tên tệp an toàn",
    # app/services/reports/signoff.py
    "this report cannot be signed: {detail}": "Không ký được báo cáo này: {detail}",
    "the number and date were recorded by a newer Plan Tracker (format {version})": (
        "Số và ngày ban hành được ghi bằng phiên bản Theo dõi thực hiện Kế hoạch mới hơn "
        "(định dạng {version})"
    ),
    "symbol does not start with the number": "Ký hiệu văn bản không bắt đầu bằng số văn bản",
    "the issue statement names another report": "Bản ghi cấp số nêu một báo cáo khác",
    "{file}: the number and date of report {period} cannot be read: {reason}": (
        "{file}: không đọc được số và ngày ban hành của báo cáo kỳ {period}: {reason}"
    ),
}
MESSAGES.update(EXCHANGE_MESSAGES)
MESSAGES.update(CONSOLIDATION_MESSAGES)
MESSAGES.update(ESIGN_MESSAGES)
MESSAGES.update(SAFETY_MESSAGES)
MESSAGES.update(OFFICE_MESSAGES)
MESSAGES.update(SIGNATURE_MESSAGES)
