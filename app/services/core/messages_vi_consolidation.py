"""Vietnamese texts of the refusals about the consolidated report and reminder letters (see
messages_vi.py for the rules)."""

from __future__ import annotations

CONSOLIDATION_MESSAGES: dict[str, str] = {
    # app/services/consolidation, app/services/dashboard/reminders.py, app/commands/consolidated.py
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
}
