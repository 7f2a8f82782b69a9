"""Vietnamese texts of the verdicts on signatures: a signed revision's, and a PDF's token
signature (see messages_vi.py for the rules). They are shown, not raised."""

from __future__ import annotations

SIGNATURE_MESSAGES: dict[str, str] = {
    # app/services/reports/signed_content.py
    "not signed": "Chưa ký",
    "the content does not match its recorded hash": "Nội dung không khớp mã băm đã ghi",
    "the signature does not match the key {fingerprint}": "Chữ ký không khớp khóa {fingerprint}",
    "signature valid (key {fingerprint})": "Chữ ký hợp lệ (khóa {fingerprint})",
    # app/services/esign/pades.py
    "the signature does not match the PDF, or the PDF was changed after signing": (
        "Chữ ký không khớp tệp PDF, hoặc tệp PDF đã bị sửa sau khi ký"
    ),
    "the signer's certificate was revoked on {date}": (
        "Chứng thư của người ký đã bị thu hồi ngày {date}"
    ),
    "the signature cannot be checked ({error})": "Không kiểm tra được chữ ký ({error})",
    "the signer's certificate does not chain to a trusted root": (
        "Chứng thư của người ký không dẫn về chứng thư gốc được tin cậy"
    ),
}
