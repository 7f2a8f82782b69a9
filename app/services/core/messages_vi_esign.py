"""Vietnamese texts of the refusals about a PDF's digital signature: the USB token and its
driver, certificates and revocation lists, time-stamping (see messages_vi.py for the rules)."""

from __future__ import annotations

ESIGN_MESSAGES: dict[str, str] = {
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
}
