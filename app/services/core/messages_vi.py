"""Vietnamese texts of the services' refusals: {English template: Vietnamese template}.

Keys are the exact English templates raised with `UserError` and its subclasses (see
`app.services.core.errors`); values use the same `{placeholders}`. Where a value is an English word
(a report status, "none"), the call site also passes `<name>_vi`, and the Vietnamese text may
write `{<name>_vi}`. tests/test_messages.py checks that every template raised in `app/` is
here, with the same placeholders, in NFC, and that nothing here is unused.
"""

from __future__ import annotations

from app.services.core.messages_vi_office import OFFICE_MESSAGES
from app.services.core.messages_vi_safety import SAFETY_MESSAGES
from app.services.core.messages_vi_signatures import SIGNATURE_MESSAGES
from app.services.core.vocabulary import ReportStatus

# Vietnamese counterparts of values passed as `<name>_vi`.
REPORT_STATES_VI = {  # as a predicate: "báo cáo này {status_vi}"
    ReportStatus.DRAFT: "đang là bản nháp",
    ReportStatus.SUBMITTED: "đã trình ký",
    ReportStatus.SIGNED: "đã ký",
    ReportStatus.SENT: "đã gửi đi",
    ReportStatus.RECEIVED: "đã được Sở Ngoại vụ tiếp nhận",
    ReportStatus.RETURNED: "đã bị trả lại để sửa",
}
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
    # app/services/catalogue.py
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
    # app/services/evidence.py
    "cannot read {path}: {error}": "Không đọc được {path}: {error}",
    "{name} is {size} MB; evidence files may be at most {limit} MB. Attach a smaller file "
    "(scan at a lower resolution, or split it).": (
        "Tệp {name} có dung lượng {size_vi} MB; mỗi tệp minh chứng chỉ được tối đa {limit} MB. "
        "Hãy đính kèm tệp nhỏ hơn (quét ở độ phân giải thấp hơn hoặc chia nhỏ tệp)."
    ),
    "could not copy {name} into the profile: {error}": (
        "Không sao chép được {name} vào hồ sơ máy: {error}"
    ),
    # app/services/keys.py
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
    "{name} has no signing key": "{name} chưa có khóa ký",
    "no known key with fingerprint {fingerprint}": (
        "Không tìm thấy khóa nào có dấu vân tay {fingerprint}"
    ),
    # app/services/periods.py
    "{period} is not a period; write it like 2026-H1 or 2026-Y": (
        "{period} không phải là kỳ báo cáo; hãy viết theo dạng 2026-H1 hoặc 2026-Y"
    ),
    "the number of working days must be between 0 and 60": "Số ngày làm việc phải từ 0 đến 60",
    "the due date cannot be before the cut-off ({date})": (
        "Hạn nộp không được sớm hơn ngày chốt số liệu ({date})"
    ),
    # app/services/profile.py
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
    # app/services/register.py
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
    # app/services/reports.py
    "{agency} has no report for {period} yet": "{agency} chưa có báo cáo kỳ {period}",
    "the report for {period} already exists": "Đã có báo cáo kỳ {period}",
    "there is no report for {period} to start from": ("Chưa có báo cáo kỳ {period} để làm cơ sở"),
    "the report for {period} (revision {revision}) is {status} and can no longer be changed; "
    "amend it to make a new revision": (
        "Báo cáo kỳ {period} (lần {revision}) {status_vi} nên không sửa được nữa; hãy điều chỉnh "
        "để tạo lần báo cáo mới"
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
        "Chỉ trình ký được bản nháp; báo cáo này {status_vi}"
    ),
    "these duties have no status yet: {duties}": (
        "Các nhiệm vụ sau chưa có tình trạng thực hiện: {duties}"
    ),
    # app/services/secrets.py
    "the OS secret store could not be read: {error}": (
        "Không đọc được kho bảo mật của hệ điều hành: {error}"
    ),
    "the OS secret store refused to save the key: {error}": (
        "Kho bảo mật của hệ điều hành từ chối lưu khóa: {error}"
    ),
    "the OS secret store could not delete the key: {error}": (
        "Kho bảo mật của hệ điều hành không xóa được khóa: {error}"
    ),
    # app/services/signoff.py
    "an amendment needs a reason": "Cần nêu lý do điều chỉnh",
    "revision {revision} is still a draft; edit it directly": (
        "Báo cáo lần {revision} vẫn là bản nháp; hãy sửa trực tiếp trên bản này"
    ),
    "only the latest revision can be amended": "Chỉ điều chỉnh được lần báo cáo mới nhất",
    # app/services/users.py
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
    # exchange: kits, enrolment, bundles
    "cannot read the key file: {reason}": ("Không đọc được tệp khóa: {reason}"),
    "cannot read {file}: {reason}": ("Không đọc được {file}: {reason}"),
    "could not store received evidence: {reason}": (
        "Không lưu được tài liệu minh chứng nhận về: {reason}"
    ),
    "could not write {file}: {reason}": ("Không ghi được {file}: {reason}"),
    "nothing to export: every signed report has been acknowledged by DoFA": (
        "Không có gì để xuất: mọi báo cáo đã ký đều đã được Sở Ngoại vụ xác nhận"
    ),
    "the evidence file is no longer attached to this report": (
        "Tệp minh chứng này không còn được đính kèm trong báo cáo"
    ),
    "the evidence file {name} is missing from this workstation": (
        "Tệp minh chứng {name} không còn trên máy này"
    ),
    (
        "the fingerprint you entered does not match {file}; ask the agency to read out the "
        "fingerprint its screen shows, and do not enrol until they match"
    ): (
        "Dấu vân tay vừa nhập không khớp với {file}; hãy đề nghị đơn vị đọc lại dấu vân tay "
        "hiện trên màn hình của họ và chỉ ghi danh khi hai bên khớp nhau"
    ),
    "the key file needs its passphrase": ("Tệp khóa cần cụm mật khẩu của nó"),
    "the {name} key is missing from the OS secret store; restore it from a key backup": (
        "Khóa {name} không còn trong kho bí mật của hệ điều hành; hãy khôi phục từ bản sao lưu khóa"
    ),
    "this kit is for {kit_agency}, but this workstation serves {agency}": (
        "Bộ cài đặt này dành cho {kit_agency}, nhưng máy này phục vụ {agency}"
    ),
    "this workstation has no {name} key": ("Máy này không có khóa {name}"),
    (
        "this workstation was not set up from DoFA's kit; adopt a kit first (plantracker setup "
        "--kit FILE)"
    ): (
        "Máy này chưa được thiết lập từ bộ cài đặt của Sở Ngoại vụ; hãy nhận bộ cài đặt "
        "trước (plantracker setup --kit FILE)"
    ),
    "wrong passphrase for the key file": ("Sai cụm mật khẩu của tệp khóa"),
    "{file} comes from a sender that is not enrolled ({agency})": (
        "{file} đến từ một nơi gửi chưa được ghi danh ({agency})"
    ),
    "{file} does not hold a bundle archive": ("{file} không chứa gói dữ liệu"),
    "{file} expands to an unreasonable size": ("{file} bung ra với dung lượng bất thường"),
    "{file} has been changed since it was signed": ("{file} đã bị thay đổi sau khi ký"),
    "{file} has no signed manifest": ("{file} không có bản kê đã ký"),
    "{file} holds a damaged archive": ("{file} chứa gói dữ liệu bị hỏng"),
    "{file} holds a file with an unsafe name: {path}": (
        "{file} chứa một tệp có tên không an toàn: {path}"
    ),
    "{file} holds too many files": ("{file} chứa quá nhiều tệp"),
    "{file} holds {path}, which its manifest does not list": (
        "{file} chứa {path}, tệp không có trong bản kê"
    ),
    "{file} is damaged: it was cut short or changed on the way (decryption failed)": (
        "{file} bị hỏng: tệp bị cắt cụt hoặc bị thay đổi trên đường chuyển (giải mã không "
        "thành công)"
    ),
    "{file} is empty": ("{file} rỗng"),
    "{file} is larger than any bundle may be": ("{file} lớn hơn mức tối đa của một gói"),
    "{file} is not a Plan Tracker bundle": (
        "{file} không phải là gói dữ liệu của phần mềm Theo dõi thực hiện Kế hoạch"
    ),
    "{file} is not a report bundle": ("{file} không phải là gói báo cáo"),
    "{file} is not a {kind} file": ("{file} không phải là tệp {kind}"),
    "{file} is signed with a key of {name} that was revoked on {date}": (
        "{file} được ký bằng khóa của {name} đã bị thu hồi ngày {date}"
    ),
    "{file} lacks the evidence file {name}": ("{file} thiếu tệp minh chứng {name}"),
    "{file} lacks {path}, which its manifest lists": ("{file} thiếu {path}, tệp có trong bản kê"),
    (
        "{file} was made by a newer Plan Tracker (bundle format {version}); update this "
        "workstation first"
    ): (
        "{file} được tạo bởi phiên bản mới hơn (định dạng gói {version}); hãy cập nhật phần "
        "mềm trên máy này trước"
    ),
    "{file} was made by a newer Plan Tracker; update this workstation first": (
        "{file} được tạo bởi phiên bản mới hơn; hãy cập nhật phần mềm trên máy này trước"
    ),
    "{file} was not encrypted for this workstation (it is meant for someone else)": (
        "{file} không được mã hóa cho máy này (tệp dành cho nơi khác)"
    ),
    "{file}: report {period} does not fit this workstation's plan and register": (
        "{file}: báo cáo kỳ {period} không khớp với kế hoạch và danh mục đơn vị của máy này"
    ),
    "{file}: the signature does not match {sender}'s key": (
        "{file}: chữ ký không khớp với khóa của {sender}"
    ),
    "{file}: the signature of report {period} does not match {sender}'s key": (
        "{file}: chữ ký của báo cáo kỳ {period} không khớp với khóa của {sender}"
    ),
    "{name} is already enrolled with key {fingerprint}; revoke that key before enrolling another": (
        "{name} đã được ghi danh với khóa {fingerprint}; hãy thu hồi khóa đó trước khi ghi "
        "danh khóa khác"
    ),
    "{name} is retired; a kit is made only for an active agency": (
        "{name} đã giải thể; chỉ tạo bộ cài đặt cho đơn vị đang hoạt động"
    ),
    "{path} in {file} does not match its hash in the manifest": (
        "{path} trong {file} không khớp với mã băm trong bản kê"
    ),
    "{path} in {file} is larger than its manifest declares": (
        "{path} trong {file} lớn hơn dung lượng khai trong bản kê"
    ),
    "{period} revision {revision} is not signed; sign it off first": (
        "Báo cáo kỳ {period} lần {revision} chưa được ký; hãy ký duyệt trước"
    ),
    "choose one of the two versions of the report": "Hãy chọn một trong hai phiên bản của báo cáo",
    # replies
    "returning a report needs a comment saying what to change": (
        "Trả lại báo cáo cần có ý kiến nêu rõ nội dung phải sửa"
    ),
    "no report of {name} for {period} has been received": (
        "Chưa nhận được báo cáo kỳ {period} của {name}"
    ),
    "{name} is not enrolled; import its enrolment file first": (
        "{name} chưa được ghi danh; hãy nhập tệp ghi danh của đơn vị trước"
    ),
    "{file} is not a reply from DoFA": ("{file} không phải là tệp phản hồi của Sở Ngoại vụ"),
    "{file} is not signed by DoFA's key": ("{file} không được ký bằng khóa của Sở Ngoại vụ"),
    "{file} is a reply for another agency ({agency})": (
        "{file} là tệp phản hồi cho đơn vị khác ({agency})"
    ),
    (
        "{file} carries plan version {incoming}, older than version {current} here; ask "
        "DoFA for a current reply"
    ): (
        "{file} mang kế hoạch phiên bản {incoming}, cũ hơn phiên bản {current} trên máy "
        "này; hãy đề nghị Sở Ngoại vụ gửi tệp phản hồi mới"
    ),
    (
        "{file} carries an older agency register than this workstation has; ask DoFA for "
        "a current reply"
    ): (
        "{file} mang danh mục đơn vị cũ hơn danh mục trên máy này; hãy đề nghị Sở Ngoại "
        "vụ gửi tệp phản hồi mới"
    ),
    (
        "this plan update is version {incoming}, older than version {current} on this "
        "workstation; a plan is never rolled back"
    ): (
        "Bản cập nhật kế hoạch này là phiên bản {incoming}, cũ hơn phiên bản {current} "
        "trên máy này; kế hoạch không bao giờ bị đưa về bản cũ"
    ),
    "{name} has no trusted key to revoke": ("{name} không có khóa đang được tin cậy để thu hồi"),
    "the backup passphrase must have at least {count} characters": (
        "Cụm mật khẩu của bản sao lưu phải có ít nhất {count} ký tự"
    ),
    "this backup holds the keys of {backup}, but this workstation serves {agency}": (
        "Bản sao lưu này chứa khóa của {backup}, nhưng máy này phục vụ {agency}"
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
    # app/services/consolidated*.py, app/services/reminders.py, app/commands/consolidated.py
    (
        "the consolidated report for {period} (revision {revision}) is signed and can no longer "
        "be changed; amend it to make a new revision"
    ): (
        "Báo cáo tổng hợp kỳ {period} (lần {revision}) đã ký nên không sửa được nữa; hãy điều "
        "chỉnh để tạo lần báo cáo mới"
    ),
    (
        "{by} changed {part} after you opened the consolidated report; your text was not "
        "saved. Reload to see theirs, then write yours again if needed."
    ): (
        "{by} đã sửa {part} sau khi báo cáo tổng hợp được mở trên máy này; nội dung vừa viết "
        "chưa được lưu. Hãy tải lại để xem bản đã sửa, rồi viết lại nếu cần."
    ),
    (
        "another officer changed the consolidated report for {period} after you opened it; "
        "nothing was changed. Reload it and decide again."
    ): (
        "Một cán bộ khác đã sửa báo cáo tổng hợp kỳ {period} sau khi báo cáo được mở trên máy "
        "này; chưa có gì thay đổi. Hãy tải lại rồi quyết định lại."
    ),
    (
        "another officer changed the consolidated report for {period} after you opened it; "
        "it was not signed. Reload it, read it again and sign."
    ): (
        "Một cán bộ khác đã sửa báo cáo tổng hợp kỳ {period} sau khi báo cáo được mở trên máy "
        "này; báo cáo chưa được ký. Hãy tải lại, đọc lại rồi ký."
    ),
    "{name} already decided this conflict on {date}; reload the list": (
        "{name} đã quyết định xung đột này ngày {date}; hãy tải lại danh sách"
    ),
    (
        "this workstation keeps its data in the office's PostgreSQL database, which is "
        'backed up on the server with pg_dump (see "The office server" in the README); '
        "`backup create` copies only a workstation whose data is in its own folder. Nothing "
        "was written."
    ): (
        "Máy này lưu dữ liệu trong cơ sở dữ liệu PostgreSQL của cơ quan, được sao lưu trên "
        'máy chủ bằng pg_dump (xem mục "The office server" trong README); `backup create` '
        "chỉ sao lưu máy trạm lưu dữ liệu trong thư mục của chính nó. Chưa ghi tệp nào."
    ),
    "there is no passage {key} in the consolidated report": (
        "Báo cáo tổng hợp không có đoạn {key}"
    ),
    "write the overall assessment before signing the consolidated report off": (
        "Hãy viết phần đánh giá chung trước khi ký duyệt báo cáo tổng hợp"
    ),
    "nothing to remind for {period}: no agency is late or missing": (
        "Không có đơn vị nào cần đôn đốc trong kỳ {period}: không đơn vị nào chậm hoặc chưa "
        "gửi báo cáo"
    ),
    "{name} is this workstation's own agency: it writes no reminder to itself": (
        "{name} là cơ quan của chính máy này: không gửi công văn đôn đốc cho chính mình"
    ),
    "{name} has no duty in the plan, so it is not asked to report": (
        "{name} không có nhiệm vụ trong Kế hoạch nên không phải báo cáo"
    ),
    "{name} has already reported for {period}; there is nothing to remind it of": (
        "{name} đã gửi báo cáo kỳ {period}; không cần đôn đốc"
    ),
    "nothing to change: give --summary or --assessment": (
        "Không có gì để thay đổi: hãy dùng --summary hoặc --assessment"
    ),
    "the two entries differ; nothing was changed": (
        "Hai lần nhập không giống nhau; chưa có gì thay đổi"
    ),
    "nothing was typed; nothing was changed": ("Chưa nhập gì; chưa có gì thay đổi"),
    # app/services/core/files.py
    "{target} is not a regular file; choose another file name": (
        "{target} không phải là một tệp thông thường; hãy chọn tên tệp khác"
    ),
    # app/services/esign
    "this revision was signed off without a token, so its PDF has no place for the agency's "
    "signature; issue it without --token": (
        "Lần báo cáo này được ký duyệt không dùng token nên tệp PDF không có vị trí cho chữ ký "
        "số của cơ quan; hãy cấp số mà không dùng --token"
    ),
    "the signed PDF of report {period} is missing from this workstation": (
        "Tệp PDF đã ký số của báo cáo {period} không còn trên máy này"
    ),
    "this PDF has no place for the agency's signature": (
        "Tệp PDF này không có vị trí cho chữ ký số của cơ quan"
    ),
    "{file}: the PDF of report {period} was not made from its signed content": (
        "{file}: tệp PDF của báo cáo {period} không được tạo từ nội dung đã ký của báo cáo"
    ),
    "{file}: the PDF of report {period} carries no signature of the approver": (
        "{file}: tệp PDF của báo cáo {period} không có chữ ký số của người ký duyệt"
    ),
    "{file}: the token signature on the PDF of report {period} is not valid (the PDF was "
    "changed after signing, or the signature is damaged)": (
        "{file}: chữ ký số trên tệp PDF của báo cáo {period} không hợp lệ (tệp PDF đã bị sửa "
        "sau khi ký, hoặc chữ ký bị hỏng)"
    ),
    "--cert chooses the token's certificate; give --token with it": (
        "Tùy chọn --cert dùng để chọn chứng thư số trên token; hãy dùng kèm --token"
    ),
    "the revocation list from {issuer} is not signed by a trusted certificate; import that "
    "authority's certificate first": (
        "Danh sách thu hồi của {issuer} không được ký bởi chứng thư tin cậy; hãy nhập chứng thư "
        "của tổ chức đó trước"
    ),
    "{path} is too large to be a certificate or CRL file": (
        "{path} quá lớn, không thể là tệp chứng thư số hay danh sách thu hồi"
    ),
    "{path} holds no certificate (PEM or DER) the app can read": (
        "{path} không chứa chứng thư số (PEM hoặc DER) nào đọc được"
    ),
    "{subject} is not a certification authority's certificate; import the authority's root or "
    "intermediate certificate": (
        "{subject} không phải chứng thư của tổ chức chứng thực; hãy nhập chứng thư gốc hoặc "
        "trung gian của tổ chức đó"
    ),
    "{path} holds no certificate revocation list the app can read": (
        "{path} không chứa danh sách chứng thư bị thu hồi nào đọc được"
    ),
    "unknown signature scheme {scheme}": "Không có kiểu chữ ký {scheme}",
    "the time-stamp server must be an http:// or https:// address": (
        "Máy chủ cấp dấu thời gian phải là một địa chỉ http:// hoặc https://"
    ),
    "the token driver {module} does not exist; install the token's software or give the path "
    "of its PKCS#11 library": (
        "Không có trình điều khiển token {module}; hãy cài phần mềm của token hoặc chỉ đường dẫn "
        "tới thư viện PKCS#11 của nó"
    ),
    "this workstation has no token driver set; run `plantracker token set --module PATH`": (
        "Máy này chưa khai báo trình điều khiển token; hãy chạy "
        "`plantracker token set --module PATH`"
    ),
    "no token is plugged in; insert the token and try again": (
        "Chưa cắm token; hãy cắm token rồi thử lại"
    ),
    "the token holds no certificate to sign with": "Token không chứa chứng thư số nào để ký",
    "the token holds several certificates; choose one with --cert ({ids})": (
        "Token chứa nhiều chứng thư số; hãy chọn một bằng --cert ({ids})"
    ),
    "the certificate of {name} is not valid now (valid until {date}); ask the certification "
    "authority to renew it": (
        "Chứng thư số của {name} hiện không còn hiệu lực (hiệu lực đến {date}); hãy đề nghị tổ "
        "chức chứng thực gia hạn"
    ),
    "the token was removed; insert it and try again": (
        "Token đã bị rút ra; hãy cắm lại rồi thử lại"
    ),
    "no PIN was given; nothing was signed": "Chưa nhập mã PIN; chưa ký gì",
    "{module} could not be loaded as a PKCS#11 token driver: {error}": (
        "Không nạp được {module} làm trình điều khiển token PKCS#11: {error}"
    ),
    "the token could not be read: {error}": "Không đọc được token: {error}",
    "the token holds no certificate with id {id}; `plantracker token list` shows them": (
        "Token không có chứng thư số mã {id}; lệnh `plantracker token list` liệt kê các chứng thư"
    ),
    "wrong PIN for the token; nothing was signed. The token locks itself after a few wrong "
    "PINs: check the PIN before trying again": (
        "Sai mã PIN của token; chưa ký gì. Token sẽ tự khóa sau vài lần nhập sai: hãy kiểm tra "
        "lại mã PIN trước khi thử lại"
    ),
    "the token is locked after too many wrong PINs; nothing was signed. Ask the certification "
    "authority to unlock it": (
        "Token đã bị khóa do nhập sai mã PIN quá nhiều lần; chưa ký gì. Hãy đề nghị tổ chức "
        "chứng thực mở khóa"
    ),
    "that PIN has the wrong length or characters; nothing was signed": (
        "Mã PIN sai độ dài hoặc có ký tự không hợp lệ; chưa ký gì"
    ),
    "the PDF cannot be read: {error}": "Không đọc được tệp PDF: {error}",
    "the token could not sign: {error}": "Token không ký được: {error}",
    "the time-stamp server could not be reached: {error}": (
        "Không kết nối được máy chủ cấp dấu thời gian: {error}"
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
        "Khóa {name} lưu trên máy này không phải khóa mà hồ sơ của máy ghi nhận (có thể việc khôi "
        "phục khóa đã bị gián đoạn); hãy khôi phục khóa lại từ bản sao lưu"
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
    # app/services/core/wire: the shape of files from another workstation
    "the file is not UTF-8 JSON, or names a key twice": (
        "Tệp không phải là JSON mã UTF-8, hoặc có một khóa xuất hiện hai lần"
    ),
    "the file is not a JSON object": "Tệp không phải là một đối tượng JSON",
    "the file is not in canonical form (sorted keys, no spaces, NFC)": (
        "Tệp không ở dạng chuẩn (khóa sắp xếp, không có khoảng trắng, NFC)"
    ),
    "{field} must be {expected}": "{field} phải là {expected}",
    "{field} is missing": "Thiếu trường {field}",
    "{field} is not a field this format has": "Định dạng này không có trường {field}",
    "{field} is too long (at most {limit} characters)": ("{field} quá dài (tối đa {limit} ký tự)"),
    "{field} is not in Unicode NFC form": "{field} không ở dạng Unicode NFC",
    "{field} holds control characters": "{field} chứa ký tự điều khiển",
    "{field} is not a safe file name (no folders, separators or control characters)": (
        "{field} không phải là tên tệp an toàn (không được có thư mục, dấu phân cách hay ký tự "
        "điều khiển)"
    ),
    "the report was made by a newer Plan Tracker (content format {version})": (
        "Báo cáo được lập bằng phiên bản Plan Tracker mới hơn (định dạng nội dung {version})"
    ),
    "the bundle was made by a newer Plan Tracker (bundle format {version})": (
        "Gói được lập bằng phiên bản Plan Tracker mới hơn (định dạng gói {version})"
    ),
    "the reply was made by a newer Plan Tracker (format {version})": (
        "Phản hồi được lập bằng phiên bản Plan Tracker mới hơn (định dạng {version})"
    ),
    "the file was made by a newer Plan Tracker (format {version})": (
        "Tệp được lập bằng phiên bản Plan Tracker mới hơn (định dạng {version})"
    ),
    "entries name a duty twice": "Các mục nêu một nhiệm vụ hai lần",
    "files lists a path twice": "Danh sách tệp nêu một đường dẫn hai lần",
    "{field} names a file the bundle does not list, or one already named": (
        "{field} nêu một tệp không có trong danh sách của gói, hoặc một tệp đã được nêu"
    ),
    "reports names a revision twice": "Danh sách báo cáo nêu một lần sửa đổi hai lần",
    "{field} names an issue statement without its signature or key": (
        "{field} nêu văn bản ban hành mà thiếu chữ ký hoặc khóa của nó"
    ),
    # app/services/exchange: a file's refusal, whatever stopped it
    "{file} has an unreadable manifest: {detail}": "{file} có bản kê không đọc được: {detail}",
    "{file}: report {period} cannot be read: {detail}": (
        "{file}: không đọc được báo cáo {period}: {detail}"
    ),
    "{file} could not be imported: {detail}": "Không nhập được {file}: {detail}",
    "{file}: DoFA's reply cannot be read: {detail}": (
        "{file}: không đọc được phản hồi của Sở Ngoại vụ: {detail}"
    ),
    "{file} cannot be read: {detail}": "Không đọc được {file}: {detail}",
    "a report kept on this workstation cannot be read again: {detail}": (
        "Không đọc lại được một báo cáo lưu trên máy này: {detail}"
    ),
    # app/services/exchange/trust.py: the agency's side of trust
    "adopting a kit needs DoFA's key fingerprint, read out by DoFA (plantracker keys show); "
    "give it with --fingerprint": (
        "Muốn dùng bộ cài đặt cần có dấu vân tay khóa của Sở Ngoại vụ do Sở Ngoại vụ đọc "
        "(plantracker keys show); hãy nhập bằng --fingerprint"
    ),
    "the fingerprint you entered does not match DoFA's key in {file}; ask DoFA to read out the "
    "fingerprint its screen shows, and do not adopt the kit until they match": (
        "Dấu vân tay vừa nhập không khớp với khóa của Sở Ngoại vụ trong {file}; hãy đề nghị Sở "
        "Ngoại vụ đọc dấu vân tay hiển thị trên màn hình của họ và chỉ dùng bộ cài đặt khi hai "
        "bên khớp nhau"
    ),
    "setup --kit needs --fingerprint FP: DoFA's key fingerprint, read out by DoFA": (
        "Lệnh setup --kit cần --fingerprint FP: dấu vân tay khóa của Sở Ngoại vụ do Sở Ngoại vụ đọc"
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
MESSAGES.update(SAFETY_MESSAGES)
MESSAGES.update(OFFICE_MESSAGES)
MESSAGES.update(SIGNATURE_MESSAGES)
