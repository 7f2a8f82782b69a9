"""Vietnamese of the command line's result lines: {English template: Vietnamese template}.

Keys are the exact English templates passed to `commands.common.tell`; values use the same
`{placeholders}`, filled as a refusal's are (`services/core/errors.vietnamese`): where a value's
words differ by language the call also passes `<name>_vi`, which the Vietnamese takes for
`{<name>}`. tests/test_cli_lines.py checks that every template told in `app/` is here, with the
same placeholders, in NFC, and that nothing here is unused.
"""

from __future__ import annotations

LINES_VI: dict[str, str] = {
    # accounts
    "Added {login} ({name}, {position}, {role})": "Đã thêm {login} ({name}, {position}, {role})",
    "Set a new password for {login} ({name})": "Đã đặt mật khẩu mới cho {login} ({name})",
    # setting a workstation up
    "Set up {folder} for {agency} {name}": "Đã cài đặt {folder} cho {agency} {name}",
    "Set up {folder} for {agency} {name} (consolidating workstation)": (
        "Đã cài đặt {folder} cho {agency} {name} (máy tổng hợp)"
    ),
    "Set up {folder} for {agency} {name} (consolidating workstation), sharing the office's "
    "data in {server}": (
        "Đã cài đặt {folder} cho {agency} {name} (máy tổng hợp), dùng chung dữ liệu của văn "
        "phòng tại {server}"
    ),
    "Set up {folder} for {agency} {name}, bound to {dofa} (key {fingerprint})": (
        "Đã cài đặt {folder} cho {agency} {name}, gắn với {dofa} (khóa {fingerprint})"
    ),
    "Adopted the kit in {folder} for {agency} {name}, bound to {dofa} (key {fingerprint})": (
        "Đã nhận bộ cài đặt vào {folder} cho {agency} {name}, gắn với {dofa} (khóa {fingerprint})"
    ),
    "This workstation's key fingerprint: {fingerprint}": (
        "Dấu vân tay khóa của máy này: {fingerprint}"
    ),
    "The office's data and DoFA's keys (sealed with DoFA's passphrase) are in {server}; "
    "other officers join it with `plantracker setup --database URL`.": (
        "Dữ liệu của văn phòng và khóa của Sở Ngoại vụ (khóa bằng cụm mật khẩu) nằm ở {server}; "
        "cán bộ khác tham gia bằng `plantracker setup --database URL`."
    ),
    "No OS secret store was found: the keys are in a passphrase-protected file.": (
        "Máy không có kho bí mật: khóa được giữ trong tệp có cụm mật khẩu."
    ),
    "Periods are followed up from {first} on (earlier ones: `track --from ID`).": (
        "Theo dõi các kỳ từ {first} trở đi (kỳ trước đó: `track --from ID`)."
    ),
    "ESCROW KEY — shown once. Print it or write it down and keep it in the office safe:": (
        "KHÓA LƯU KÝ DỰ PHÒNG — chỉ hiện một lần. Hãy in hoặc chép lại, cất vào tủ an toàn:"
    ),
    "With it alone, every bundle sent to this workstation can be opened with the stock\n"
    "`age` tool if this workstation and its backups are lost.": (
        "Chỉ với khóa này, mọi gói báo cáo gửi đến máy này mở được bằng công cụ `age`\n"
        "nếu máy này và các bản sao lưu bị mất."
    ),
    # whole-workstation backups
    "Backed up the workstation of {agency} ({count} files, {size} bytes) to {out}. "
    "Keep the passphrase apart from the file: nobody can open the backup without it.": (
        "Đã sao lưu máy của {agency} ({count} tệp, {size} byte) vào {out}. Hãy giữ cụm mật khẩu "
        "tách riêng khỏi tệp: không ai mở được bản sao lưu nếu thiếu nó."
    ),
    "Restored the workstation of {agency} into {folder}": (
        "Đã khôi phục máy của {agency} vào {folder}"
    ),
    "Restored the workstation of {agency} (consolidating workstation) into {folder}": (
        "Đã khôi phục máy của {agency} (máy tổng hợp) vào {folder}"
    ),
    # reports
    "Attached {name} ({size} bytes, sha256 {sha256})": (
        "Đã đính kèm {name} ({size} byte, sha256 {sha256})"
    ),
    "Report {period} revision {revision} submitted for sign-off": (
        "Đã trình ký báo cáo {period} lần {revision}"
    ),
    "Signed {period} revision {revision} by {signer}; SHA-256 {sha256}; the clerk issues "
    "it with its number and date": (
        "{signer} đã ký báo cáo {period} lần {revision}; SHA-256 {sha256}; văn thư cho số và "
        "ngày để phát hành"
    ),
    "PDF signed with the token; PDF SHA-256 {sha256}": (
        "Đã ký tệp PDF bằng token; SHA-256 của PDF {sha256}"
    ),
    "Revision {revision} of {period} is a draft; revision {signed} stays signed": (
        "Lần {revision} của {period} là bản dự thảo; lần {signed} vẫn giữ nguyên chữ ký"
    ),
    "Signed by {signer} ({position}) at {when}: {verdict}": (
        "{signer} ({position}) ký lúc {when}: {verdict}"
    ),
    "Returned by DoFA at {when}: {comment}": "Sở Ngoại vụ trả lại lúc {when}: {comment}",
    "Issued {period} revision {revision} as Số {symbol} ngày {day} by {clerk}": (
        "Đã phát hành {period} lần {revision}: Số {symbol} ngày {day}, văn thư {clerk}"
    ),
    "{out} ({count} documents)": "{out} ({count} văn bản)",
    # the USB token and the certificates trusted for it
    "Token driver set: {module} (RSA {scheme}, SHA-256)": (
        "Đã chọn trình điều khiển token: {module} (RSA {scheme}, SHA-256)"
    ),
    "No token is plugged in.": "Chưa cắm token nào.",
    "Slot {slot}: {label}": "Khe {slot}: {label}",
    "      issued by {issuer}, valid until {until}": "      do {issuer} cấp, hiệu lực đến {until}",
    "      issued by {issuer}, valid until {until} (expired)": (
        "      do {issuer} cấp, hiệu lực đến {until} (đã hết hạn)"
    ),
    "PDF signed with the token of {signer} (issued by {issuer}, serial {serial}) at {when}: "
    "{validity}, {trust}{problem}": (
        "Tệp PDF ký bằng token của {signer} (chứng thư do {issuer} cấp, số sê-ri {serial}) lúc "
        "{when}: {validity}, {trust}{problem}"
    ),
    "{subject}: {kind} certificate {state}": "{subject}: chứng thư {kind} {state}",
    "Revocation list of {issuer} ({issued}) kept": (
        "Đã lưu danh sách thu hồi của {issuer} ({issued})"
    ),
    "No certificate is trusted for token signatures yet (`trust add-root FILE`).": (
        "Chưa tin cậy chứng thư nào cho chữ ký token (`trust add-root FILE`)."
    ),
    # keys, enrolment, bundles and replies
    "Setup kit for {agency} written to {out}\nDoFA key fingerprint: {fingerprint}": (
        "Đã ghi bộ cài đặt cho {agency} vào {out}\nDấu vân tay khóa của Sở Ngoại vụ: {fingerprint}"
    ),
    "Enrolment file written to {out}\nRead this fingerprint to DoFA by phone: {fingerprint}": (
        "Đã ghi tệp ghi danh vào {out}\n"
        "Đọc dấu vân tay này cho Sở Ngoại vụ qua điện thoại: {fingerprint}"
    ),
    "Enrolled {agency} {name} with key {fingerprint}": (
        "Đã ghi danh {agency} {name} với khóa {fingerprint}"
    ),
    "{agency}  signing key {fingerprint}\nencryption key (age) {recipient}": (
        "{agency}  khóa ký {fingerprint}\nkhóa mã hóa (age) {recipient}"
    ),
    "New signing key {fingerprint}; the old key vouches for it in the next bundle": (
        "Khóa ký mới {fingerprint}; khóa cũ bảo đảm cho nó trong gói báo cáo tiếp theo"
    ),
    "Revoked {fingerprints}; bundles signed with it from now on are rejected, reports "
    "received earlier stay as they are": (
        "Đã thu hồi {fingerprints}; từ nay gói báo cáo ký bằng khóa này bị từ chối, báo cáo "
        "đã nhận trước đó giữ nguyên"
    ),
    "Keys backed up to {out}. Without its passphrase nobody can open it, us included: keep "
    "the passphrase apart from the file.": (
        "Đã sao lưu khóa vào {out}. Không ai mở được tệp nếu thiếu cụm mật khẩu: hãy giữ cụm "
        "mật khẩu tách riêng khỏi tệp."
    ),
    "Restored the keys of {agency} (signing key {fingerprint}) from {file}": (
        "Đã khôi phục khóa của {agency} (khóa ký {fingerprint}) từ {file}"
    ),
    "Dry run: nothing was written. What importing would do:": (
        "Chạy thử: chưa ghi gì. Nếu nhập thật thì:"
    ),
    "{agency} {period} revision {revision} returned for revision; it goes back with the "
    "next reply file": (
        "Đã trả lại {agency} {period} lần {revision} để điều chỉnh; ý kiến đi kèm tệp phúc "
        "đáp tiếp theo"
    ),
    # DoFA's follow-up and consolidated report
    "{period}: {received} of {expected} received, {on_time} on time": (
        "{period}: đã nhận {received}/{expected}, {on_time} đúng hạn"
    ),
    "Recorded the paper report of {agency} for {period}, received {received}, signed {signed}": (
        "Đã ghi nhận báo cáo giấy {period} của {agency}, nhận ngày {received}, ký ngày {signed}"
    ),
    "Periods from {start} on are followed up; earlier ones are not tracked": (
        "Theo dõi các kỳ từ {start} trở đi; các kỳ trước không theo dõi"
    ),
    "Saved the consolidated report for {period} (revision {revision})": (
        "Đã lưu báo cáo tổng hợp {period} (lần {revision})"
    ),
    "Took {count} change(s) into the consolidated report for {period}": (
        "Đã nhận {count} thay đổi vào báo cáo tổng hợp {period}"
    ),
    "Signed the consolidated report for {period} revision {revision} by {signer}; "
    "SHA-256 {sha256}": (
        "{signer} đã ký báo cáo tổng hợp {period} lần {revision}; SHA-256 {sha256}"
    ),
    "Note: {count} change(s) received since the pre-fill was accepted were not taken": (
        "Lưu ý: {count} thay đổi nhận được sau lần chấp nhận phần tổng hợp tự động chưa được "
        "đưa vào"
    ),
    "Revision {revision} of the consolidated report for {period} is a draft; "
    "revision {signed} stays signed": (
        "Lần {revision} của báo cáo tổng hợp {period} là bản dự thảo; lần {signed} vẫn giữ "
        "nguyên chữ ký"
    ),
    "A draft (DỰ THẢO): nothing was recorded; `remind issue` numbers, signs and records it": (
        "Bản dự thảo: chưa ghi nhận gì; `remind issue` cho số, ký và ghi nhận công văn"
    ),
    "Issued as Số {symbol} ngày {day}, signed by {signer}; recorded as sent to {agencies}": (
        "Đã phát hành Số {symbol} ngày {day}, người ký {signer}; ghi nhận đã gửi {agencies}"
    ),
}
