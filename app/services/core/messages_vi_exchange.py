"""Vietnamese texts of the refusals about exchanging files with DoFA: kits, enrolment, bundles,
replies, the shape of a file from another workstation and the agency's side of trust (see
messages_vi.py for the rules)."""

from __future__ import annotations

EXCHANGE_MESSAGES: dict[str, str] = {
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
        "Kho bí mật của hệ điều hành không còn {name}; hãy khôi phục từ bản sao lưu khóa"
    ),
    "this kit is for {kit_agency}, but this workstation serves {agency}": (
        "Bộ cài đặt này dành cho {kit_agency}, nhưng máy này phục vụ {agency}"
    ),
    "this workstation has no {name} key": ("Máy này không có {name}"),
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
}
