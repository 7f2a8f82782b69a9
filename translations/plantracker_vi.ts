<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="vi_VN">
<context>
    <name>AccountForm</name>
    <message>
        <source>Add an account</source>
        <translation>Thêm tài khoản</translation>
    </message>
    <message>
        <source>A drafter writes the agency&apos;s reports; an approver (the head of agency or a deputy) signs them off; the records clerk gives signed documents their number and date. An approver confirms the new account with their password.</source>
        <translation>Chuyên viên soạn báo cáo của cơ quan; người phê duyệt (thủ trưởng hoặc cấp phó) ký duyệt; văn thư cấp số, ngày cho văn bản đã ký. Người phê duyệt xác nhận tài khoản mới bằng mật khẩu của mình.</translation>
    </message>
    <message>
        <source>made from the full name</source>
        <translation>tạo từ họ tên</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>Họ và tên</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>Chức vụ</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Vai trò</translation>
    </message>
    <message>
        <source>Login</source>
        <translation>Tên đăng nhập</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Mật khẩu</translation>
    </message>
    <message>
        <source>Repeat the password</source>
        <translation>Nhập lại mật khẩu</translation>
    </message>
    <message>
        <source>An approver&apos;s password</source>
        <translation>Mật khẩu của người phê duyệt</translation>
    </message>
    <message>
        <source>Add account</source>
        <translation>Thêm tài khoản</translation>
    </message>
    <message>
        <source>Type the full name and the position.</source>
        <translation>Hãy nhập họ và tên và chức vụ.</translation>
    </message>
    <message>
        <source>Type an approver&apos;s password to confirm.</source>
        <translation>Hãy nhập mật khẩu của một người phê duyệt để xác nhận.</translation>
    </message>
</context>
<context>
    <name>AccountsDialog</name>
    <message>
        <source>Accounts</source>
        <translation>Tài khoản</translation>
    </message>
    <message>
        <source>Login</source>
        <translation>Tên đăng nhập</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>Họ và tên</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>Chức vụ</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Vai trò</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Trạng thái</translation>
    </message>
    <message>
        <source>&amp;Add…</source>
        <translation>&amp;Thêm…</translation>
    </message>
    <message>
        <source>&amp;Deactivate…</source>
        <translation>&amp;Vô hiệu hóa…</translation>
    </message>
    <message>
        <source>&amp;Reset password…</source>
        <translation>Đặt &amp;lại mật khẩu…</translation>
    </message>
    <message>
        <source>&amp;Change my password…</source>
        <translation>Đổi &amp;mật khẩu của tôi…</translation>
    </message>
    <message>
        <source>Loading the accounts…</source>
        <translation>Đang tải danh sách tài khoản…</translation>
    </message>
    <message>
        <source>The accounts could not be read: %1</source>
        <translation>Không đọc được danh sách tài khoản: %1</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Đang hoạt động</translation>
    </message>
    <message>
        <source>Deactivated</source>
        <translation>Đã vô hiệu hóa</translation>
    </message>
    <message>
        <source>&amp;Reactivate…</source>
        <translation>&amp;Kích hoạt lại…</translation>
    </message>
    <message>
        <source>Reactivate %1</source>
        <translation>Kích hoạt lại tài khoản %1</translation>
    </message>
    <message>
        <source>%1 will be able to sign in again.</source>
        <translation>%1 sẽ đăng nhập lại được.</translation>
    </message>
    <message>
        <source>Deactivate %1</source>
        <translation>Vô hiệu hóa tài khoản %1</translation>
    </message>
    <message>
        <source>%1 will no longer be able to sign in or sign. The history stays.</source>
        <translation>%1 sẽ không đăng nhập và không ký được nữa. Lịch sử hoạt động vẫn được giữ.</translation>
    </message>
</context>
<context>
    <name>AgencyForm</name>
    <message>
        <source>Code</source>
        <translation>Mã</translation>
    </message>
    <message>
        <source>Vietnamese name</source>
        <translation>Tên tiếng Việt</translation>
    </message>
    <message>
        <source>English name</source>
        <translation>Tên tiếng Anh</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Loại</translation>
    </message>
</context>
<context>
    <name>AgencyPage</name>
    <message>
        <source>Which agency does this workstation serve?</source>
        <translation>Máy này phục vụ đơn vị nào?</translation>
    </message>
    <message>
        <source>The duties, reports and keys of this workstation belong to that agency.</source>
        <translation>Nhiệm vụ, báo cáo và khóa của máy này thuộc về đơn vị đó.</translation>
    </message>
    <message>
        <source>Type to filter, e.g. “ngoai vu”</source>
        <translation>Gõ để lọc, ví dụ “ngoai vu”</translation>
    </message>
    <message>
        <source>Set up from DoFA&apos;s &amp;kit…</source>
        <translation>Cài từ &amp;bộ cài đặt của Sở Ngoại vụ…</translation>
    </message>
    <message>
        <source>Restore from a &amp;backup…</source>
        <translation>&amp;Khôi phục từ bản sao lưu…</translation>
    </message>
    <message>
        <source>&amp;Join the office&apos;s server…</source>
        <translation>&amp;Tham gia máy chủ của văn phòng…</translation>
    </message>
    <message>
        <source>Or:</source>
        <translation>Hoặc:</translation>
    </message>
</context>
<context>
    <name>AgencyRegisterDialog</name>
    <message>
        <source>Agency register</source>
        <translation>Danh mục đơn vị</translation>
    </message>
    <message>
        <source>Search by code or name, e.g. “y te” or SYT</source>
        <translation>Tìm theo mã hoặc tên, ví dụ “y te” hoặc SYT</translation>
    </message>
    <message>
        <source>&amp;Add…</source>
        <translation>&amp;Thêm…</translation>
    </message>
    <message>
        <source>&amp;Rename…</source>
        <translation>Đổi &amp;tên…</translation>
    </message>
    <message>
        <source>Re&amp;tire or hand over…</source>
        <translation>&amp;Giải thể hoặc chuyển giao…</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Xóa</translation>
    </message>
    <message>
        <source>Loading the agency register…</source>
        <translation>Đang tải danh mục đơn vị…</translation>
    </message>
    <message numerus="yes">
        <source>%n agency(ies)</source>
        <translation>
            <numerusform>%n đơn vị</numerusform>
        </translation>
    </message>
    <message>
        <source>The agency register could not be read: %1</source>
        <translation>Không đọc được danh mục đơn vị: %1</translation>
    </message>
    <message>
        <source>Saving the change…</source>
        <translation>Đang lưu thay đổi…</translation>
    </message>
    <message>
        <source>Select an agency first.</source>
        <translation>Hãy chọn một đơn vị trước.</translation>
    </message>
    <message>
        <source>Add an agency</source>
        <translation>Thêm đơn vị</translation>
    </message>
    <message>
        <source>Rename %1</source>
        <translation>Đổi tên %1</translation>
    </message>
    <message>
        <source>Delete %1? Only an agency added by mistake can be deleted.</source>
        <translation>Xóa %1? Chỉ xóa được đơn vị thêm nhầm.</translation>
    </message>
</context>
<context>
    <name>AgencyReportDialog</name>
    <message>
        <source>%1 — report for %2</source>
        <translation>%1 — báo cáo %2</translation>
    </message>
    <message>
        <source>&amp;Revision:</source>
        <translation>&amp;Lần báo cáo:</translation>
    </message>
    <message>
        <source>%1 — %2, signed %3</source>
        <translation>%1 — %2, ký ngày %3</translation>
    </message>
    <message>
        <source>%1 (returned)</source>
        <translation>%1 (bị trả lại)</translation>
    </message>
    <message>
        <source>%1 (latest)</source>
        <translation>%1 (mới nhất)</translation>
    </message>
    <message>
        <source>Paper copy — received %1, signed %2</source>
        <translation>Bản giấy — nhận ngày %1, ký ngày %2</translation>
    </message>
    <message>
        <source>%1 · %2 · due %3</source>
        <translation>%1 · %2 · hạn nộp %3</translation>
    </message>
    <message>
        <source>Returned for revision on %1: %2</source>
        <translation>Đã trả lại để điều chỉnh lúc %1: %2</translation>
    </message>
    <message>
        <source>Two different signed contents of one revision are on record; decide which one counts in the Conflicts tab.</source>
        <translation>Có hai nội dung đã ký khác nhau của cùng một lần báo cáo; hãy chọn nội dung được tính ở thẻ Xung đột.</translation>
    </message>
    <message>
        <source>A copy of this report came on paper or by plain email: received on %1, signed on %2. It carries no signed content: the paper original is the record. It counts as received; it is on time when it was signed by the due date, whatever revision comes later by bundle.</source>
        <translation>Báo cáo này có bản gửi bằng văn bản giấy hoặc thư điện tử thường: nhận ngày %1, ký ngày %2. Bản này không có nội dung ký số: bản giấy gốc là căn cứ. Báo cáo được tính là đã nhận; đúng hạn khi bản giấy được ký không muộn hơn hạn nộp, dù sau đó có lần báo cáo nào gửi bằng tệp.</translation>
    </message>
</context>
<context>
    <name>AgencyTableModel</name>
    <message>
        <source>Code</source>
        <translation>Mã</translation>
    </message>
    <message>
        <source>Vietnamese name</source>
        <translation>Tên tiếng Việt</translation>
    </message>
    <message>
        <source>English name</source>
        <translation>Tên tiếng Anh</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Loại</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Trạng thái</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Đang hoạt động</translation>
    </message>
    <message>
        <source>Retired %1</source>
        <translation>Giải thể %1</translation>
    </message>
</context>
<context>
    <name>ApproverPasswordDialog</name>
    <message>
        <source>An approver&apos;s password</source>
        <translation>Mật khẩu của người phê duyệt</translation>
    </message>
    <message>
        <source>Confirm</source>
        <translation>Xác nhận</translation>
    </message>
</context>
<context>
    <name>AuditDetails</name>
    <message>
        <source>Report for {period} started (revision {revision}).</source>
        <translation>Lập báo cáo {period} (lần {revision}).</translation>
    </message>
    <message>
        <source>Duty {ref} of the report for {period}: {fields}.</source>
        <translation>Nhiệm vụ {ref} của báo cáo {period}: {fields}.</translation>
    </message>
    <message>
        <source>File “{name}” attached to duty {ref} ({period}).</source>
        <translation>Đính kèm tệp “{name}” vào nhiệm vụ {ref} ({period}).</translation>
    </message>
    <message>
        <source>File “{name}” removed ({period}).</source>
        <translation>Gỡ tệp “{name}” ({period}).</translation>
    </message>
    <message>
        <source>Report for {period}, revision {revision}, sent to sign-off.</source>
        <translation>Trình ký báo cáo {period}, lần {revision}.</translation>
    </message>
    <message>
        <source>Report for {period}, revision {revision}, signed (SHA-256 {sha256}).</source>
        <translation>Ký duyệt báo cáo {period}, lần {revision} (SHA-256 {sha256}).</translation>
    </message>
    <message>
        <source>Signing the report for {period} refused.</source>
        <translation>Từ chối ký báo cáo {period}.</translation>
    </message>
    <message>
        <source>Revision {revision} of the report for {period} started; reason: {reason}.</source>
        <translation>Lập lần {revision} của báo cáo {period}; lý do: {reason}.</translation>
    </message>
    <message>
        <source>{agency}&apos;s report for {period}, revision {revision}, returned for revision.</source>
        <translation>Trả lại báo cáo {period}, lần {revision} của {agency} để điều chỉnh.</translation>
    </message>
    <message>
        <source>{agency}&apos;s report for {period} received on paper on {date}.</source>
        <translation>Nhận báo cáo {period} của {agency} bằng văn bản giấy ngày {date}.</translation>
    </message>
    <message>
        <source>{agency}&apos;s report for {period}, revision {revision}: two different contents.</source>
        <translation>Báo cáo {period}, lần {revision} của {agency}: có hai nội dung khác nhau.</translation>
    </message>
    <message>
        <source>Conflict on {agency}&apos;s report for {period}, revision {revision}, decided.</source>
        <translation>Đã quyết định xung đột của báo cáo {period}, lần {revision} của {agency}.</translation>
    </message>
    <message>
        <source>Bundle No. {sequence} written to {file} ({reports} report(s)).</source>
        <translation>Ghi gói số {sequence} vào {file} ({reports} báo cáo).</translation>
    </message>
    <message>
        <source>Bundle No. {sequence} from {agency} ({file}): {verdict}.</source>
        <translation>Gói số {sequence} của {agency} ({file}): {verdict}.</translation>
    </message>
    <message>
        <source>Bundle {file} rejected: {message}.</source>
        <translation>Từ chối gói {file}: {message}.</translation>
    </message>
    <message>
        <source>Reply No. {sequence} written for {agency}.</source>
        <translation>Lập phúc đáp số {sequence} cho {agency}.</translation>
    </message>
    <message>
        <source>DoFA&apos;s reply No. {sequence} ({file}) imported.</source>
        <translation>Nhập phúc đáp số {sequence} của Sở Ngoại vụ ({file}).</translation>
    </message>
    <message>
        <source>Reply {file} rejected: {message}.</source>
        <translation>Từ chối phúc đáp {file}: {message}.</translation>
    </message>
    <message>
        <source>Setup kit for {agency} written to {file}.</source>
        <translation>Ghi bộ cài đặt cho {agency} vào {file}.</translation>
    </message>
    <message>
        <source>{agency} enrolled with key {fingerprint}.</source>
        <translation>Ghi danh {agency} với khóa {fingerprint}.</translation>
    </message>
    <message>
        <source>Enrolment file {file} (key {fingerprint}).</source>
        <translation>Tệp ghi danh {file} (khóa {fingerprint}).</translation>
    </message>
    <message>
        <source>Keys backed up to {file}.</source>
        <translation>Sao lưu khóa vào {file}.</translation>
    </message>
    <message>
        <source>Keys restored from {file}.</source>
        <translation>Khôi phục khóa từ {file}.</translation>
    </message>
    <message>
        <source>New {name} made (public key {recipient}).</source>
        <translation>Đã tạo {name} mới (khóa công khai {recipient}).</translation>
    </message>
    <message>
        <source>Signing key {old} replaced by {new}.</source>
        <translation>Thay khóa ký {old} bằng {new}.</translation>
    </message>
    <message>
        <source>Keys of {agency} revoked: {fingerprints}.</source>
        <translation>Thu hồi khóa của {agency}: {fingerprints}.</translation>
    </message>
    <message>
        <source>Account {login} added ({role}).</source>
        <translation>Thêm tài khoản {login} ({role}).</translation>
    </message>
    <message>
        <source>New password set for {login}.</source>
        <translation>Đặt mật khẩu mới cho {login}.</translation>
    </message>
    <message>
        <source>Account {login} deactivated.</source>
        <translation>Vô hiệu hóa tài khoản {login}.</translation>
    </message>
    <message>
        <source>Account {login} reactivated.</source>
        <translation>Kích hoạt lại tài khoản {login}.</translation>
    </message>
    <message>
        <source>Workstation backed up to {file}.</source>
        <translation>Sao lưu máy vào {file}.</translation>
    </message>
    <message>
        <source>Workstation of {agency} restored from {file} (made {backup_created_at}).</source>
        <translation>Khôi phục máy của {agency} từ {file} (sao lưu lúc {backup_created_at}).</translation>
    </message>
    <message>
        <source>Consolidated report for {period}, revision {revision}, signed.</source>
        <translation>Ký duyệt báo cáo tổng hợp {period}, lần {revision}.</translation>
    </message>
    <message>
        <source>Consolidated report for {period}: the pre-fill&apos;s changes taken in ({part}).</source>
        <translation>Báo cáo tổng hợp {period}: nhận thay đổi của phần tổng hợp tự động ({part}).</translation>
    </message>
    <message>
        <source>Consolidated report for {period}: text kept against the pre-fill&apos;s changes ({part}).</source>
        <translation>Báo cáo tổng hợp {period}: giữ nguyên nội dung, không nhận thay đổi của phần tổng hợp tự động ({part}).</translation>
    </message>
    <message>
        <source>period</source>
        <translation>kỳ</translation>
    </message>
    <message>
        <source>revision</source>
        <translation>lần</translation>
    </message>
    <message>
        <source>agency</source>
        <translation>cơ quan</translation>
    </message>
    <message>
        <source>file</source>
        <translation>tệp</translation>
    </message>
    <message>
        <source>bundle No.</source>
        <translation>số gói</translation>
    </message>
    <message>
        <source>result</source>
        <translation>kết quả</translation>
    </message>
    <message>
        <source>reason</source>
        <translation>lý do</translation>
    </message>
    <message>
        <source>key</source>
        <translation>khóa</translation>
    </message>
    <message>
        <source>account</source>
        <translation>tài khoản</translation>
    </message>
    <message>
        <source>role</source>
        <translation>vai trò</translation>
    </message>
    <message>
        <source>name</source>
        <translation>tên</translation>
    </message>
    <message>
        <source>date</source>
        <translation>ngày</translation>
    </message>
    <message>
        <source>code</source>
        <translation>mã</translation>
    </message>
    <message>
        <source>kind</source>
        <translation>loại</translation>
    </message>
    <message>
        <source>folder</source>
        <translation>thư mục</translation>
    </message>
    <message>
        <source>days kept</source>
        <translation>số ngày giữ</translation>
    </message>
    <message>
        <source>size (bytes)</source>
        <translation>dung lượng (byte)</translation>
    </message>
    <message>
        <source>consolidating workstation</source>
        <translation>máy tổng hợp</translation>
    </message>
    <message>
        <source>kept in</source>
        <translation>lưu ở</translation>
    </message>
    <message>
        <source>before</source>
        <translation>trước</translation>
    </message>
    <message>
        <source>after</source>
        <translation>sau</translation>
    </message>
    <message>
        <source>token driver</source>
        <translation>trình điều khiển token</translation>
    </message>
    <message>
        <source>signature scheme</source>
        <translation>kiểu chữ ký</translation>
    </message>
    <message>
        <source>time-stamp server</source>
        <translation>máy chủ cấp dấu thời gian</translation>
    </message>
    <message>
        <source>certificate</source>
        <translation>chứng thư số</translation>
    </message>
    <message>
        <source>issued by</source>
        <translation>tổ chức cấp</translation>
    </message>
    <message>
        <source>published</source>
        <translation>ngày phát hành</translation>
    </message>
    <message>
        <source>signed with the token</source>
        <translation>ký số bằng token</translation>
    </message>
    <message>
        <source>due date</source>
        <translation>hạn nộp</translation>
    </message>
    <message>
        <source>days</source>
        <translation>số ngày</translation>
    </message>
    <message>
        <source>plan</source>
        <translation>kế hoạch</translation>
    </message>
    <message>
        <source>successor</source>
        <translation>đơn vị kế thừa</translation>
    </message>
    <message>
        <source>failed tries</source>
        <translation>số lần sai</translation>
    </message>
    <message>
        <source>number</source>
        <translation>số</translation>
    </message>
    <message>
        <source>part</source>
        <translation>phần</translation>
    </message>
    <message>
        <source>duty</source>
        <translation>nhiệm vụ</translation>
    </message>
    <message>
        <source>fields changed</source>
        <translation>nội dung đã sửa</translation>
    </message>
    <message>
        <source>SHA-256</source>
        <translation>SHA-256</translation>
    </message>
    <message>
        <source>reports</source>
        <translation>số báo cáo</translation>
    </message>
    <message>
        <source>keys</source>
        <translation>các khóa</translation>
    </message>
    <message>
        <source>content kept (SHA-256)</source>
        <translation>nội dung được giữ (SHA-256)</translation>
    </message>
    <message>
        <source>setup kit</source>
        <translation>bộ cài đặt</translation>
    </message>
    <message>
        <source>consolidating agency</source>
        <translation>cơ quan tổng hợp</translation>
    </message>
    <message>
        <source>Vietnamese name</source>
        <translation>tên tiếng Việt</translation>
    </message>
    <message>
        <source>English name</source>
        <translation>tên tiếng Anh</translation>
    </message>
    <message>
        <source>from</source>
        <translation>từ ngày</translation>
    </message>
    <message>
        <source>duties moved</source>
        <translation>số nhiệm vụ chuyển giao</translation>
    </message>
    <message>
        <source>encryption key</source>
        <translation>khóa mã hóa</translation>
    </message>
    <message>
        <source>copied from</source>
        <translation>sao chép từ</translation>
    </message>
    <message>
        <source>signed on</source>
        <translation>ngày ký</translation>
    </message>
    <message>
        <source>seconds to wait</source>
        <translation>số giây phải chờ</translation>
    </message>
    <message>
        <source>backup made</source>
        <translation>thời điểm sao lưu</translation>
    </message>
    <message>
        <source>receipts</source>
        <translation>số giấy báo nhận</translation>
    </message>
    <message>
        <source>returned reports</source>
        <translation>số báo cáo trả lại</translation>
    </message>
    <message>
        <source>plan version</source>
        <translation>phiên bản kế hoạch</translation>
    </message>
    <message>
        <source>register version</source>
        <translation>phiên bản danh mục cơ quan</translation>
    </message>
    <message>
        <source>overall assessment</source>
        <translation>đánh giá chung</translation>
    </message>
    <message>
        <source>introduction</source>
        <translation>phần mở đầu</translation>
    </message>
    <message>
        <source>reporting figures</source>
        <translation>số liệu tình hình báo cáo</translation>
    </message>
    <message>
        <source>{agency} on duty {ref}</source>
        <translation>phần của {agency} về nhiệm vụ {ref}</translation>
    </message>
    <message>
        <source>summary of section {0}</source>
        <translation>tóm tắt mục {0}</translation>
    </message>
    <message>
        <source>text of duty {0}</source>
        <translation>nội dung nhiệm vụ {0}</translation>
    </message>
    <message>
        <source>imported</source>
        <translation type="vanished">đã nhập</translation>
    </message>
    <message>
        <source>conflict, kept aside to decide</source>
        <translation type="vanished">xung đột, để riêng chờ quyết định</translation>
    </message>
    <message>
        <source>rejected</source>
        <translation type="vanished">bị từ chối</translation>
    </message>
    <message>
        <source>already imported</source>
        <translation type="vanished">đã nhập trước đây</translation>
    </message>
    <message>
        <source>the secret store</source>
        <translation type="vanished">kho bí mật của máy</translation>
    </message>
    <message>
        <source>a passphrase-protected file</source>
        <translation type="vanished">tệp có cụm mật khẩu</translation>
    </message>
    <message>
        <source>status</source>
        <translation>tình trạng</translation>
    </message>
    <message>
        <source>progress</source>
        <translation>tiến độ</translation>
    </message>
    <message>
        <source>results</source>
        <translation>kết quả</translation>
    </message>
    <message>
        <source>difficulties</source>
        <translation>khó khăn, vướng mắc</translation>
    </message>
    <message>
        <source>proposals</source>
        <translation>đề xuất, kiến nghị</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>có</translation>
    </message>
    <message>
        <source>no</source>
        <translation>không</translation>
    </message>
</context>
<context>
    <name>AuditLog</name>
    <message>
        <source>Time</source>
        <translation>Thời gian</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Người thực hiện</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Thao tác</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Chi tiết</translation>
    </message>
    <message>
        <source>Account added</source>
        <translation>Thêm tài khoản</translation>
    </message>
    <message>
        <source>Signed in</source>
        <translation>Đăng nhập</translation>
    </message>
    <message>
        <source>Sign-in held back (too many wrong passwords)</source>
        <translation>Tạm hoãn đăng nhập (nhập sai mật khẩu quá nhiều lần)</translation>
    </message>
    <message>
        <source>Sign-in refused (wrong password)</source>
        <translation>Từ chối đăng nhập (sai mật khẩu)</translation>
    </message>
    <message>
        <source>Approver&apos;s password refused</source>
        <translation>Từ chối mật khẩu người phê duyệt</translation>
    </message>
    <message>
        <source>Password changed</source>
        <translation>Đổi mật khẩu</translation>
    </message>
    <message>
        <source>Password reset by an approver</source>
        <translation>Người phê duyệt đặt lại mật khẩu</translation>
    </message>
    <message>
        <source>Workstation backed up</source>
        <translation>Sao lưu máy</translation>
    </message>
    <message>
        <source>Workstation restored from a backup</source>
        <translation>Khôi phục máy từ bản sao lưu</translation>
    </message>
    <message>
        <source>Automatic backups set up</source>
        <translation>Thiết lập sao lưu tự động</translation>
    </message>
    <message>
        <source>Automatic backups turned off</source>
        <translation>Tắt sao lưu tự động</translation>
    </message>
    <message>
        <source>Account reactivated</source>
        <translation>Kích hoạt lại tài khoản</translation>
    </message>
    <message>
        <source>Account deactivated</source>
        <translation>Vô hiệu hóa tài khoản</translation>
    </message>
    <message>
        <source>Report created</source>
        <translation>Tạo báo cáo</translation>
    </message>
    <message>
        <source>Report edited</source>
        <translation>Sửa báo cáo</translation>
    </message>
    <message>
        <source>Evidence attached</source>
        <translation>Đính kèm tài liệu minh chứng</translation>
    </message>
    <message>
        <source>Evidence removed</source>
        <translation>Gỡ tài liệu minh chứng</translation>
    </message>
    <message>
        <source>Implementing plan recorded</source>
        <translation>Ghi kế hoạch triển khai</translation>
    </message>
    <message>
        <source>Report started from the previous period</source>
        <translation>Tạo báo cáo từ báo cáo kỳ trước</translation>
    </message>
    <message>
        <source>Report submitted for sign-off</source>
        <translation>Trình ký báo cáo</translation>
    </message>
    <message>
        <source>Report signed</source>
        <translation>Ký duyệt báo cáo</translation>
    </message>
    <message>
        <source>Signing refused (wrong password)</source>
        <translation>Từ chối ký (sai mật khẩu)</translation>
    </message>
    <message>
        <source>Report amended (new revision)</source>
        <translation>Sửa đổi, bổ sung báo cáo (phiên bản mới)</translation>
    </message>
    <message>
        <source>Agency added</source>
        <translation>Thêm đơn vị</translation>
    </message>
    <message>
        <source>Agency renamed</source>
        <translation>Đổi tên đơn vị</translation>
    </message>
    <message>
        <source>Agency retired</source>
        <translation>Giải thể đơn vị</translation>
    </message>
    <message>
        <source>Agency deleted (added by mistake)</source>
        <translation>Xóa đơn vị (thêm nhầm)</translation>
    </message>
    <message>
        <source>Workstation joined the office&apos;s shared database</source>
        <translation>Máy trạm tham gia cơ sở dữ liệu dùng chung của cơ quan</translation>
    </message>
    <message>
        <source>Workstation set up</source>
        <translation>Thiết lập máy trạm</translation>
    </message>
    <message>
        <source>Signing key created</source>
        <translation>Tạo khóa ký</translation>
    </message>
    <message>
        <source>Document settings changed</source>
        <translation>Thay đổi thiết lập văn bản</translation>
    </message>
    <message>
        <source>Due date of a period set</source>
        <translation>Đặt hạn nộp của một kỳ báo cáo</translation>
    </message>
    <message>
        <source>Default due date changed</source>
        <translation>Thay đổi hạn nộp mặc định</translation>
    </message>
    <message>
        <source>Decryption key created</source>
        <translation type="vanished">Tạo khóa giải mã</translation>
    </message>
    <message>
        <source>Decryption or escrow key created</source>
        <translation>Tạo khóa giải mã hoặc khóa lưu ký dự phòng</translation>
    </message>
    <message>
        <source>Setup kit exported</source>
        <translation>Xuất bộ cài đặt</translation>
    </message>
    <message>
        <source>DoFA&apos;s setup kit adopted</source>
        <translation>Nhận bộ cài đặt của Sở Ngoại vụ</translation>
    </message>
    <message>
        <source>Enrolment file exported</source>
        <translation>Xuất tệp ghi danh</translation>
    </message>
    <message>
        <source>Agency enrolled</source>
        <translation>Ghi danh đơn vị</translation>
    </message>
    <message>
        <source>Enrolment refused (fingerprint differs)</source>
        <translation>Từ chối ghi danh (dấu vân tay không khớp)</translation>
    </message>
    <message>
        <source>Bundle exported</source>
        <translation>Xuất gói báo cáo</translation>
    </message>
    <message>
        <source>Bundle export undone (the file could not be written)</source>
        <translation>Hủy xuất gói báo cáo (không ghi được tệp)</translation>
    </message>
    <message>
        <source>Bundle imported</source>
        <translation>Nhập gói báo cáo</translation>
    </message>
    <message>
        <source>Bundle rejected</source>
        <translation>Từ chối gói báo cáo</translation>
    </message>
    <message>
        <source>Conflicting revision received</source>
        <translation>Nhận lần báo cáo xung đột</translation>
    </message>
    <message>
        <source>Conflict decided</source>
        <translation>Đã quyết định xung đột</translation>
    </message>
    <message>
        <source>Keys backed up</source>
        <translation>Sao lưu khóa</translation>
    </message>
    <message>
        <source>Keys restored</source>
        <translation>Khôi phục khóa</translation>
    </message>
    <message>
        <source>Signing key rotated</source>
        <translation>Đổi khóa ký</translation>
    </message>
    <message>
        <source>An agency&apos;s new key accepted</source>
        <translation>Chấp nhận khóa mới của đơn vị</translation>
    </message>
    <message>
        <source>An agency&apos;s key revoked</source>
        <translation>Thu hồi khóa của đơn vị</translation>
    </message>
    <message>
        <source>An agency&apos;s key replaced (new machine)</source>
        <translation>Thay khóa của đơn vị (máy mới)</translation>
    </message>
    <message>
        <source>Reply written for an agency</source>
        <translation>Lập tệp phản hồi cho đơn vị</translation>
    </message>
    <message>
        <source>DoFA&apos;s reply imported</source>
        <translation>Nhập tệp phản hồi của Sở Ngoại vụ</translation>
    </message>
    <message>
        <source>DoFA&apos;s reply rejected</source>
        <translation>Từ chối tệp phản hồi</translation>
    </message>
    <message>
        <source>Report returned for revision</source>
        <translation>Trả lại báo cáo để sửa</translation>
    </message>
    <message>
        <source>Paper report recorded</source>
        <translation>Ghi nhận báo cáo giấy</translation>
    </message>
    <message>
        <source>Consolidated report started</source>
        <translation>Tạo báo cáo tổng hợp</translation>
    </message>
    <message>
        <source>Consolidated report edited</source>
        <translation>Sửa báo cáo tổng hợp</translation>
    </message>
    <message>
        <source>Changes to the pre-fill accepted</source>
        <translation>Chấp nhận thay đổi của phần tổng hợp tự động</translation>
    </message>
    <message>
        <source>Changes to the pre-fill set aside (text kept)</source>
        <translation>Giữ nguyên nội dung, không nhận thay đổi của phần tổng hợp tự động</translation>
    </message>
    <message>
        <source>Consolidated report signed</source>
        <translation>Ký báo cáo tổng hợp</translation>
    </message>
    <message>
        <source>Signing the consolidated report refused</source>
        <translation>Từ chối ký báo cáo tổng hợp</translation>
    </message>
    <message>
        <source>Consolidated report amended</source>
        <translation>Điều chỉnh báo cáo tổng hợp</translation>
    </message>
    <message>
        <source>Report issued (number and date)</source>
        <translation>Báo cáo được cấp số, ngày ban hành</translation>
    </message>
    <message>
        <source>Issuing refused</source>
        <translation>Từ chối cấp số</translation>
    </message>
    <message>
        <source>Consolidated report issued</source>
        <translation>Báo cáo tổng hợp được cấp số</translation>
    </message>
    <message>
        <source>Issuing the consolidated report refused</source>
        <translation>Từ chối cấp số báo cáo tổng hợp</translation>
    </message>
    <message>
        <source>Reminder letter issued</source>
        <translation>Ban hành công văn đôn đốc</translation>
    </message>
    <message>
        <source>Issuing a reminder refused</source>
        <translation>Từ chối ban hành công văn đôn đốc</translation>
    </message>
    <message>
        <source>An agency&apos;s issue number clashes with one already held</source>
        <translation>Số văn bản của đơn vị trùng với số đã có</translation>
    </message>
    <message>
        <source>First tracked period set</source>
        <translation>Đặt kỳ đầu tiên theo dõi</translation>
    </message>
    <message>
        <source>Reminder letter written</source>
        <translation>Lập công văn đôn đốc</translation>
    </message>
    <message>
        <source>Token driver set</source>
        <translation>Đặt trình điều khiển token</translation>
    </message>
    <message>
        <source>Certificate trusted for token signatures</source>
        <translation>Thêm chứng thư số tin cậy cho chữ ký số</translation>
    </message>
    <message>
        <source>Revocation list (CRL) imported</source>
        <translation>Nhập danh sách chứng thư bị thu hồi (CRL)</translation>
    </message>
</context>
<context>
    <name>AuditLogDialog</name>
    <message>
        <source>Activity log</source>
        <translation>Nhật ký hoạt động</translation>
    </message>
    <message>
        <source>The latest %1 entries, newest first.</source>
        <translation>%1 mục gần nhất, mới nhất ở trên.</translation>
    </message>
</context>
<context>
    <name>AuditLogView</name>
    <message>
        <source>Filter by any text, e.g. a login or “ký”</source>
        <translation>Lọc theo nội dung bất kỳ, ví dụ tên đăng nhập hoặc “ký”</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Làm mới</translation>
    </message>
    <message>
        <source>Loading the activity log…</source>
        <translation>Đang tải nhật ký hoạt động…</translation>
    </message>
    <message>
        <source>The activity log could not be read: %1</source>
        <translation>Không đọc được nhật ký hoạt động: %1</translation>
    </message>
    <message>
        <source>%1 of %2 entries</source>
        <translation>%1 / %2 mục</translation>
    </message>
</context>
<context>
    <name>AutoBackupDialog</name>
    <message>
        <source>Automatic backups</source>
        <translation>Sao lưu tự động</translation>
    </message>
    <message>
        <source>Back up &amp;automatically (first start of a day, on exit)</source>
        <translation>Sao lưu tự độ&amp;ng (lần mở máy đầu tiên trong ngày và khi thoát)</translation>
    </message>
    <message>
        <source>&amp;Choose…</source>
        <translation>&amp;Chọn…</translation>
    </message>
    <message>
        <source> days</source>
        <translation> ngày</translation>
    </message>
    <message>
        <source>unchanged</source>
        <translation>giữ nguyên</translation>
    </message>
    <message>
        <source>&amp;Folder:</source>
        <translation>&amp;Thư mục:</translation>
    </message>
    <message>
        <source>&amp;Keep for:</source>
        <translation>&amp;Giữ trong:</translation>
    </message>
    <message>
        <source>&amp;Passphrase:</source>
        <translation>Cụm &amp;mật khẩu:</translation>
    </message>
    <message>
        <source>&amp;Repeat it:</source>
        <translation>&amp;Nhập lại:</translation>
    </message>
    <message>
        <source>Loading the backup settings…</source>
        <translation>Đang tải thiết lập sao lưu…</translation>
    </message>
    <message>
        <source>Choose a USB stick or a shared folder, not this computer&apos;s disk. The passphrase is kept in this computer&apos;s secret store; write it down and keep it in the office safe: restoring a backup on another computer needs it.</source>
        <translation>Hãy chọn USB hoặc thư mục dùng chung, không chọn ổ đĩa của chính máy này. Cụm mật khẩu được giữ trong kho bí mật của máy; hãy ghi lại và cất trong tủ an toàn của cơ quan: khôi phục bản sao lưu trên máy khác cần đến nó.</translation>
    </message>
    <message>
        <source>This computer has no secret store to keep the passphrase in, so backups are made by hand: File → Back up this workstation…</source>
        <translation>Máy này không có kho bí mật để giữ cụm mật khẩu, nên cần sao lưu thủ công: Tệp → Sao lưu máy này…</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Lưu</translation>
    </message>
</context>
<context>
    <name>BackupDialog</name>
    <message>
        <source>Back up this workstation</source>
        <translation>Sao lưu máy này</translation>
    </message>
    <message>
        <source>&amp;Choose…</source>
        <translation>&amp;Chọn…</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>&amp;Tệp:</translation>
    </message>
    <message>
        <source>&amp;Passphrase:</source>
        <translation>Cụm &amp;mật khẩu:</translation>
    </message>
    <message>
        <source>&amp;Repeat it:</source>
        <translation>&amp;Nhập lại:</translation>
    </message>
    <message>
        <source>One file holds everything: reports, evidence, settings, keys and trust. Keep it on a USB stick or a shared folder, and the passphrase apart from it: nobody can open the backup without the passphrase.</source>
        <translation>Một tệp chứa tất cả: báo cáo, tài liệu minh chứng, thiết lập, khóa và danh sách tin cậy. Hãy lưu tệp trên USB hoặc thư mục dùng chung, và giữ cụm mật khẩu tách riêng: không ai mở được bản sao lưu nếu thiếu cụm mật khẩu.</translation>
    </message>
    <message>
        <source>Back up</source>
        <translation>Sao lưu</translation>
    </message>
    <message>
        <source>Workstation backups (*.ptbackup)</source>
        <translation>Bản sao lưu máy (*.ptbackup)</translation>
    </message>
</context>
<context>
    <name>BackupMenu</name>
    <message>
        <source>Data on the office&apos;s server %1</source>
        <translation>Dữ liệu trên máy chủ của văn phòng: %1</translation>
    </message>
    <message>
        <source>Backed up on the server with pg_dump</source>
        <translation>Được sao lưu trên máy chủ bằng pg_dump</translation>
    </message>
    <message>
        <source>&amp;Back up this workstation…</source>
        <translation>&amp;Sao lưu máy này…</translation>
    </message>
    <message>
        <source>&amp;Automatic backups…</source>
        <translation>Sao lưu &amp;tự động…</translation>
    </message>
    <message>
        <source>Never backed up</source>
        <translation>Chưa sao lưu lần nào</translation>
    </message>
    <message>
        <source>Last backup: %1</source>
        <translation>Sao lưu gần nhất: %1</translation>
    </message>
    <message>
        <source>No backup for more than 7 days: File → Back up this workstation…</source>
        <translation>Đã quá 7 ngày chưa sao lưu: Tệp → Sao lưu máy này…</translation>
    </message>
    <message>
        <source>Backing up before closing…</source>
        <translation>Đang sao lưu trước khi đóng…</translation>
    </message>
    <message>
        <source>Automatic backup failed: %1</source>
        <translation>Sao lưu tự động không thành công: %1</translation>
    </message>
    <message>
        <source>Backed up to %1</source>
        <translation>Đã sao lưu vào %1</translation>
    </message>
</context>
<context>
    <name>BundleLedger</name>
    <message>
        <source>Agency</source>
        <translation>Cơ quan</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>Số</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Tệp</translation>
    </message>
    <message>
        <source>Received at</source>
        <translation>Nhận lúc</translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation>Kết quả</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Lý do</translation>
    </message>
    <message>
        <source>a revision arrived with a different content than the one on record</source>
        <translation>một lần báo cáo đến với nội dung khác với bản đang lưu</translation>
    </message>
    <message>
        <source>returned by DoFA for revision: %1</source>
        <translation>Sở Ngoại vụ đã trả lại để sửa: %1</translation>
    </message>
    <message>
        <source>Bundle %1 from %2 never arrived</source>
        <translation>Gói số %1 của %2 chưa đến</translation>
    </message>
    <message>
        <source>Bundles %1 from %2 never arrived</source>
        <translation>Các gói số %1 của %2 chưa đến</translation>
    </message>
    <message>
        <source>(unknown sender)</source>
        <translation>(không rõ nơi gửi)</translation>
    </message>
</context>
<context>
    <name>ChangePasswordDialog</name>
    <message>
        <source>Change my password</source>
        <translation>Đổi mật khẩu của tôi</translation>
    </message>
    <message>
        <source>Current password</source>
        <translation>Mật khẩu hiện tại</translation>
    </message>
    <message>
        <source>New password</source>
        <translation>Mật khẩu mới</translation>
    </message>
    <message>
        <source>Repeat the new password</source>
        <translation>Nhập lại mật khẩu mới</translation>
    </message>
    <message>
        <source>Change password</source>
        <translation>Đổi mật khẩu</translation>
    </message>
    <message>
        <source>Type your current password.</source>
        <translation>Hãy nhập mật khẩu hiện tại.</translation>
    </message>
</context>
<context>
    <name>ChangesPanel</name>
    <message>
        <source>&amp;Accept</source>
        <translation>Nhận th&amp;ay đổi</translation>
    </message>
    <message>
        <source>&amp;Keep mine</source>
        <translation>&amp;Giữ bản hiện tại</translation>
    </message>
    <message>
        <source>Accept e&amp;verything</source>
        <translation>Nhận tất cả thay đổ&amp;i</translation>
    </message>
    <message>
        <source>Take the agencies&apos; new text into the report</source>
        <translation>Đưa nội dung mới của các cơ quan, đơn vị vào báo cáo</translation>
    </message>
    <message>
        <source>Keep the report as it is; the change is not offered again</source>
        <translation>Giữ nguyên báo cáo; thay đổi này sẽ không được nêu lại</translation>
    </message>
    <message>
        <source>Changed since you last accepted (%1)</source>
        <translation>Thay đổi kể từ lần chấp nhận gần nhất (%1)</translation>
    </message>
    <message>
        <source>Changed since you last accepted</source>
        <translation>Thay đổi kể từ lần chấp nhận gần nhất</translation>
    </message>
    <message>
        <source>Nothing new: the report uses the latest accepted reports.</source>
        <translation>Không có gì mới: báo cáo đang dùng các báo cáo mới nhất đã tiếp nhận.</translation>
    </message>
    <message>
        <source>Reports received or returned after you accepted the pre-fill. Your summaries and assessment are never changed by them.</source>
        <translation>Các báo cáo nhận được hoặc bị trả lại sau khi bạn chấp nhận nội dung tổng hợp tự động. Phần tóm tắt và đánh giá của bạn không bị thay đổi.</translation>
    </message>
    <message>
        <source>This revision is signed; amend it to take these changes.</source>
        <translation>Lần báo cáo này đã ký; hãy điều chỉnh (lập lần mới) để đưa các thay đổi này vào.</translation>
    </message>
    <message>
        <source>Reporting situation: %1 → %2 received, %3 → %4 on time</source>
        <translation>Tình hình báo cáo: đã nhận %1 → %2, đúng hạn %3 → %4</translation>
    </message>
    <message>
        <source>%1 · %2: newly reported</source>
        <translation type="vanished">%1 · %2: báo cáo mới</translation>
    </message>
    <message>
        <source>%1 · %2: changed in a new revision</source>
        <translation type="vanished">%1 · %2: thay đổi trong lần báo cáo mới</translation>
    </message>
    <message>
        <source>%1 · %2: no longer usable (returned or in conflict)</source>
        <translation type="vanished">%1 · %2: không còn sử dụng được (bị trả lại hoặc có xung đột)</translation>
    </message>
    <message>
        <source> — you rewrote this passage</source>
        <translation> — bạn đã viết lại đoạn này</translation>
    </message>
    <message>
        <source>(not in the report)</source>
        <translation>(không có trong báo cáo)</translation>
    </message>
    <message>
        <source>In the report</source>
        <translation>Trong báo cáo</translation>
    </message>
    <message>
        <source>Now received</source>
        <translation>Vừa nhận được</translation>
    </message>
    <message>
        <source>Accepting replaces your own wording of this passage.</source>
        <translation>Nếu nhận thay đổi, đoạn do bạn viết lại sẽ bị thay thế.</translation>
    </message>
    <message>
        <source>Updating the report…</source>
        <translation>Đang cập nhật báo cáo…</translation>
    </message>
</context>
<context>
    <name>ConflictInbox</name>
    <message>
        <source>Duty</source>
        <translation>Nhiệm vụ</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Mục</translation>
    </message>
    <message>
        <source>Version on record</source>
        <translation>Bản đang lưu</translation>
    </message>
    <message>
        <source>Other version</source>
        <translation>Bản còn lại</translation>
    </message>
    <message>
        <source>&amp;Keep the version on record</source>
        <translation>&amp;Giữ bản đang lưu</translation>
    </message>
    <message>
        <source>Keep the o&amp;ther version</source>
        <translation>Giữ bản &amp;còn lại</translation>
    </message>
    <message>
        <source>An agency sent two different signed contents for the same revision. Both signatures are valid; decide which one counts. The other stays on record.</source>
        <translation>Một cơ quan đã gửi hai nội dung đã ký khác nhau cho cùng một lần báo cáo. Cả hai chữ ký đều hợp lệ; hãy quyết định bản nào được dùng. Bản còn lại vẫn được lưu.</translation>
    </message>
    <message>
        <source>Loading the conflicts…</source>
        <translation>Đang tải các xung đột…</translation>
    </message>
    <message>
        <source>The conflicts could not be read: %1</source>
        <translation>Không đọc được các xung đột: %1</translation>
    </message>
    <message>
        <source>found %1</source>
        <translation>phát hiện lúc %1</translation>
    </message>
    <message>
        <source>No conflicts to decide</source>
        <translation>Không có xung đột cần quyết định</translation>
    </message>
    <message>
        <source>When an agency sends a second, different content for a revision DoFA already holds, it waits here for a decision.</source>
        <translation>Khi một cơ quan gửi nội dung thứ hai, khác với lần báo cáo Sở Ngoại vụ đang giữ, nội dung đó chờ ở đây để quyết định.</translation>
    </message>
    <message>
        <source>On record: %1</source>
        <translation>Bản đang lưu: %1</translation>
    </message>
    <message>
        <source>Other version: %1</source>
        <translation>Bản còn lại: %1</translation>
    </message>
    <message>
        <source>The entries are the same; only the sign-off details differ.</source>
        <translation>Nội dung các nhiệm vụ giống nhau; chỉ thông tin ký khác nhau.</translation>
    </message>
    <message>
        <source>signed %1 by %2, No. %3 (content hash %4…)</source>
        <translation>ký lúc %1, người ký %2, số %3 (mã băm nội dung %4…)</translation>
    </message>
    <message>
        <source>the version on record</source>
        <translation>bản đang lưu</translation>
    </message>
    <message>
        <source>the other version</source>
        <translation>bản còn lại</translation>
    </message>
    <message>
        <source>Keep %1 of %2 as the report that counts? The other version stays on record but is no longer used.</source>
        <translation>Giữ %1 của %2 làm báo cáo chính thức? Bản kia vẫn được lưu nhưng không còn được dùng.</translation>
    </message>
    <message>
        <source>Decide the conflict</source>
        <translation>Quyết định xung đột</translation>
    </message>
    <message>
        <source>Decided: %1 of %2 (%3) counts.</source>
        <translation>Đã quyết định: dùng %1 của %2 (%3).</translation>
    </message>
</context>
<context>
    <name>ConsolidatedEditor</name>
    <message>
        <source>Reporting &amp;period:</source>
        <translation>&amp;Kỳ báo cáo:</translation>
    </message>
    <message>
        <source>Pre-filled from the agencies&apos; reports (read-only)</source>
        <translation>Tổng hợp tự động từ báo cáo của các cơ quan, đơn vị (chỉ đọc)</translation>
    </message>
    <message>
        <source>Summary of the reporting situation</source>
        <translation type="vanished">Tóm tắt tình hình báo cáo</translation>
    </message>
    <message>
        <source>Summary of section %1. %2</source>
        <translation type="vanished">Tóm tắt mục %1. %2</translation>
    </message>
    <message>
        <source>Overall assessment and proposals (required to sign)</source>
        <translation type="vanished">Đánh giá chung và kiến nghị (bắt buộc trước khi ký)</translation>
    </message>
    <message>
        <source>Your writing</source>
        <translation>Nội dung do Sở Ngoại vụ viết</translation>
    </message>
    <message>
        <source>S&amp;ign off…</source>
        <translation>Ký &amp;duyệt…</translation>
    </message>
    <message>
        <source>Amend (ne&amp;w revision)…</source>
        <translation>Điều chỉ&amp;nh (lập lần mới)…</translation>
    </message>
    <message>
        <source>Export P&amp;DF…</source>
        <translation>Xuất &amp;PDF…</translation>
    </message>
    <message>
        <source>Export W&amp;ord…</source>
        <translation>Xuất &amp;Word…</translation>
    </message>
    <message>
        <source>Export E&amp;xcel…</source>
        <translation>Xuất E&amp;xcel…</translation>
    </message>
    <message>
        <source>P&amp;rint…</source>
        <translation>&amp;In…</translation>
    </message>
    <message>
        <source>Print the report&apos;s PDF pages (Ctrl+P)</source>
        <translation>In các trang PDF của báo cáo (Ctrl+P)</translation>
    </message>
    <message>
        <source>Reminder le&amp;tters…</source>
        <translation>Công văn đôn đố&amp;c…</translation>
    </message>
    <message>
        <source>Plan Tracker</source>
        <translation>Theo dõi thực hiện Kế hoạch</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>Chưa lưu được</translation>
    </message>
    <message>
        <source>Saved at %1</source>
        <translation>Đã lưu lúc %1</translation>
    </message>
    <message>
        <source>Reloaded: the text on record is shown</source>
        <translation>Đã tải lại: đang hiện nội dung đã lưu</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Đang tải…</translation>
    </message>
    <message>
        <source>Loading the report…</source>
        <translation>Đang tải báo cáo…</translation>
    </message>
    <message>
        <source>Not started: it is saved as soon as you write or accept something.</source>
        <translation>Chưa bắt đầu: báo cáo được lưu ngay khi bạn viết hoặc chấp nhận một nội dung.</translation>
    </message>
    <message>
        <source>Revision %1 · draft</source>
        <translation>Lần %1 · dự thảo</translation>
    </message>
    <message>
        <source>reason: %1</source>
        <translation>lý do: %1</translation>
    </message>
    <message>
        <source>Revision %1 · signed by %2 (%3) on %4</source>
        <translation>Lần %1 · %2 (%3) ký ngày %4</translation>
    </message>
    <message>
        <source>issued as No. %1 on %2</source>
        <translation>đã ban hành: Số %1 ngày %2</translation>
    </message>
    <message>
        <source>not issued yet</source>
        <translation>chưa cấp số</translation>
    </message>
    <message>
        <source>Write the overall assessment and proposals first: signing needs it</source>
        <translation>Hãy viết phần đánh giá chung và kiến nghị trước: cần có phần này mới ký được</translation>
    </message>
    <message>
        <source>signature valid</source>
        <translation>chữ ký hợp lệ</translation>
    </message>
    <message>
        <source>signature NOT valid</source>
        <translation>chữ ký KHÔNG hợp lệ</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Đang lưu…</translation>
    </message>
    <message>
        <source>Amend the signed consolidated report</source>
        <translation>Điều chỉnh báo cáo tổng hợp đã ký</translation>
    </message>
    <message>
        <source>Revision %1 is signed and stays as it is. A new revision will be made for your changes.
Reason for the change (required):</source>
        <translation>Báo cáo lần %1 đã ký và được giữ nguyên. Một lần báo cáo mới sẽ được lập để điều chỉnh.
Lý do điều chỉnh (bắt buộc):</translation>
    </message>
</context>
<context>
    <name>ConsolidatedFiles</name>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>Tài liệu PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Word documents (*.docx)</source>
        <translation>Văn bản Word (*.docx)</translation>
    </message>
    <message>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Bảng tính Excel (*.xlsx)</translation>
    </message>
    <message>
        <source>Export the consolidated report</source>
        <translation>Xuất báo cáo tổng hợp</translation>
    </message>
    <message>
        <source>Writing the file…</source>
        <translation>Đang ghi tệp…</translation>
    </message>
    <message>
        <source>Not written</source>
        <translation>Chưa ghi được</translation>
    </message>
    <message>
        <source>The file could not be written: %1</source>
        <translation>Không ghi được tệp: %1</translation>
    </message>
    <message>
        <source>Saved: %1</source>
        <translation>Đã lưu: %1</translation>
    </message>
    <message>
        <source>Consolidated report %1</source>
        <translation>Báo cáo tổng hợp %1</translation>
    </message>
</context>
<context>
    <name>ConsolidatedSignDialog</name>
    <message>
        <source>Sign the consolidated report off</source>
        <translation>Ký duyệt báo cáo tổng hợp</translation>
    </message>
    <message>
        <source>What will be signed</source>
        <translation>Nội dung sẽ ký</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Kỳ báo cáo</translation>
    </message>
    <message>
        <source>%1 (amended: %2)</source>
        <translation>%1 (sửa đổi, bổ sung: %2)</translation>
    </message>
    <message>
        <source>Revision</source>
        <translation>Lần báo cáo</translation>
    </message>
    <message>
        <source>Reports used</source>
        <translation>Báo cáo được tổng hợp</translation>
    </message>
    <message>
        <source>%1 of %2 agencies reported, %3 on time</source>
        <translation>%1/%2 cơ quan, đơn vị đã báo cáo, %3 đúng hạn</translation>
    </message>
    <message>
        <source>Passages</source>
        <translation>Số đoạn nội dung</translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) received since you last accepted the pre-fill are not in the report. You may sign anyway; they stay listed for the next revision.</source>
        <translation>
            <numerusform>Có %n thay đổi nhận được sau lần chấp nhận gần nhất chưa có trong báo cáo. Bạn vẫn có thể ký; các thay đổi này vẫn được liệt kê cho lần báo cáo sau.</numerusform>
        </translation>
    </message>
    <message>
        <source>Loading who may sign…</source>
        <translation>Đang tải danh sách người ký…</translation>
    </message>
    <message>
        <source>Signer</source>
        <translation>Người ký</translation>
    </message>
    <message>
        <source>Signed by</source>
        <translation>Người ký</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Mật khẩu</translation>
    </message>
    <message>
        <source>Key passphrase</source>
        <translation>Cụm mật khẩu của khóa</translation>
    </message>
    <message>
        <source>Once signed, this revision can no longer be changed; a correction is made as an amendment (a new revision with its reason).</source>
        <translation>Sau khi ký, phiên bản này không sửa được nữa; muốn điều chỉnh thì lập báo cáo sửa đổi, bổ sung (phiên bản mới, nêu rõ lý do).</translation>
    </message>
    <message>
        <source>&amp;Sign</source>
        <translation>&amp;Ký duyệt</translation>
    </message>
    <message>
        <source>This revision is already signed.</source>
        <translation>Lần báo cáo này đã được ký.</translation>
    </message>
    <message>
        <source>Write the overall assessment first: it is part of the signed text.</source>
        <translation>Hãy viết phần đánh giá chung trước: đây là một phần của nội dung được ký.</translation>
    </message>
    <message>
        <source>There is no active approver to sign.</source>
        <translation>Không có người phê duyệt nào đang hoạt động để ký.</translation>
    </message>
</context>
<context>
    <name>ConsolidationMenu</name>
    <message>
        <source>Con&amp;solidated report</source>
        <translation>Báo cáo tổng hợ&amp;p</translation>
    </message>
    <message>
        <source>&amp;Consolidation</source>
        <translation>Tổng &amp;hợp</translation>
    </message>
    <message>
        <source>&amp;Consolidated report</source>
        <translation>&amp;Báo cáo tổng hợp</translation>
    </message>
    <message>
        <source>&amp;Reminder letters…</source>
        <translation>&amp;Công văn đôn đốc…</translation>
    </message>
</context>
<context>
    <name>Dashboard</name>
    <message>
        <source>rev. %1</source>
        <translation>lần %1</translation>
    </message>
    <message>
        <source>paper</source>
        <translation>giấy</translation>
    </message>
    <message>
        <source>reminded</source>
        <translation>đã nhắc</translation>
    </message>
    <message>
        <source>Revision %1, %2</source>
        <translation>Lần %1, %2</translation>
    </message>
    <message>
        <source>Signed %1 · received %2</source>
        <translation>Ký ngày %1 · nhận ngày %2</translation>
    </message>
    <message>
        <source>Paper copy received %1, signed %2</source>
        <translation>Bản giấy nhận ngày %1, ký ngày %2</translation>
    </message>
    <message>
        <source>Due %1</source>
        <translation>Hạn nộp %1</translation>
    </message>
    <message>
        <source>Reminder sent %1</source>
        <translation>Đã gửi công văn đôn đốc ngày %1</translation>
    </message>
    <message>
        <source>Not tracked</source>
        <translation>Không theo dõi</translation>
    </message>
    <message>
        <source>%1/%2 received (%3%)</source>
        <translation>đã nhận %1/%2 (%3%)</translation>
    </message>
    <message>
        <source>%1 on time</source>
        <translation>%1 đúng hạn</translation>
    </message>
    <message>
        <source>Agency</source>
        <translation>Cơ quan</translation>
    </message>
    <message>
        <source>due %1</source>
        <translation>hạn %1</translation>
    </message>
</context>
<context>
    <name>DashboardView</name>
    <message>
        <source>All kinds</source>
        <translation>Tất cả các loại</translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation>Tất cả tình trạng</translation>
    </message>
    <message>
        <source>The status in the chosen period (the last column)</source>
        <translation>Tình trạng trong kỳ đã chọn (cột cuối cùng)</translation>
    </message>
    <message>
        <source>Record a &amp;paper report…</source>
        <translation>Ghi nhận báo cáo giấ&amp;y…</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Làm mới</translation>
    </message>
    <message>
        <source>Peri&amp;od:</source>
        <translation>&amp;Kỳ báo cáo:</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Loại cơ quan:</translation>
    </message>
    <message>
        <source>&amp;Status:</source>
        <translation>Tình t&amp;rạng:</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Đang tải…</translation>
    </message>
    <message>
        <source>%1 has no report for %2 on record (%3).</source>
        <translation>%1 chưa có báo cáo %2 nào được ghi nhận (%3).</translation>
    </message>
    <message>
        <source>%1 agencies shown</source>
        <translation>đang hiển thị %1 cơ quan</translation>
    </message>
    <message>
        <source>Recorded: the paper report of %1 for %2, received %3.</source>
        <translation>Đã ghi nhận báo cáo giấy của %1 cho %2, nhận ngày %3.</translation>
    </message>
</context>
<context>
    <name>DesktopApp</name>
    <message>
        <source>Signing in from PLANTRACKER_USER and PLANTRACKER_PASSWORD failed: %1</source>
        <translation>Đăng nhập tự động bằng PLANTRACKER_USER và PLANTRACKER_PASSWORD không thành công: %1</translation>
    </message>
</context>
<context>
    <name>DigitalSignatureDialog</name>
    <message>
        <source>Digital signatures (USB token)</source>
        <translation>Chữ ký số (USB token)</translation>
    </message>
    <message>
        <source>Token driver (PKCS#11 library) on this computer</source>
        <translation>Trình điều khiển token (thư viện PKCS#11) trên máy này</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Chọn tệp…</translation>
    </message>
    <message>
        <source>RSA PKCS#1 v1.5, SHA-256</source>
        <translation>RSA PKCS#1 v1.5, SHA-256</translation>
    </message>
    <message>
        <source>RSA-PSS, SHA-256</source>
        <translation>RSA-PSS, SHA-256</translation>
    </message>
    <message>
        <source>&amp;Use this driver</source>
        <translation>&amp;Dùng trình điều khiển này</translation>
    </message>
    <message>
        <source>Loading the token settings…</source>
        <translation>Đang tải thiết lập token…</translation>
    </message>
    <message>
        <source>Library</source>
        <translation>Thư viện</translation>
    </message>
    <message>
        <source>Signature</source>
        <translation>Kiểu chữ ký</translation>
    </message>
    <message>
        <source>Certificates trusted to check token signatures</source>
        <translation>Chứng thư số tin cậy để kiểm tra chữ ký số</translation>
    </message>
    <message>
        <source>Add a &amp;certificate (root or intermediate)…</source>
        <translation>Thêm &amp;chứng thư (gốc hoặc trung gian)…</translation>
    </message>
    <message>
        <source>Add a &amp;revocation list (CRL)…</source>
        <translation>Thêm danh sách &amp;thu hồi (CRL)…</translation>
    </message>
    <message>
        <source>No driver set: reports are signed off without the token.</source>
        <translation>Chưa chọn trình điều khiển: báo cáo được ký duyệt không dùng token.</translation>
    </message>
    <message>
        <source>Driver in use; %1 plugged in, %2.</source>
        <translation>Đang dùng trình điều khiển này; %1 đang cắm, %2.</translation>
    </message>
    <message numerus="yes">
        <source>%n token(s)</source>
        <translation>
            <numerusform>%n token</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n certificate(s)</source>
        <translation>
            <numerusform>%n chứng thư số</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n certificate(s) added.</source>
        <translation>
            <numerusform>Đã thêm %n chứng thư số.</numerusform>
        </translation>
    </message>
    <message>
        <source>Driver in use; %1 token(s) plugged in, %2 certificate(s).</source>
        <translation type="vanished">Đang dùng trình điều khiển này; %1 token đang cắm, %2 chứng thư số.</translation>
    </message>
    <message>
        <source>root</source>
        <translation>gốc</translation>
    </message>
    <message>
        <source>intermediate</source>
        <translation>trung gian</translation>
    </message>
    <message>
        <source>%1 (%2, valid until %3)</source>
        <translation>%1 (%2, hiệu lực đến %3)</translation>
    </message>
    <message>
        <source>The token&apos;s PKCS#11 library</source>
        <translation>Thư viện PKCS#11 của token</translation>
    </message>
    <message>
        <source>Libraries (*.dll *.so *.dylib);;All files (*)</source>
        <translation>Thư viện (*.dll *.so *.dylib);;Mọi tệp (*)</translation>
    </message>
    <message>
        <source>Certificates (*.cer *.crt *.pem *.der);;All files (*)</source>
        <translation>Chứng thư số (*.cer *.crt *.pem *.der);;Mọi tệp (*)</translation>
    </message>
    <message>
        <source>%1 certificate(s) added.</source>
        <translation type="vanished">Đã thêm %1 chứng thư số.</translation>
    </message>
    <message>
        <source>Revocation lists (*.crl *.pem *.der);;All files (*)</source>
        <translation>Danh sách thu hồi (*.crl *.pem *.der);;Mọi tệp (*)</translation>
    </message>
    <message>
        <source>Revocation list of %1 kept.</source>
        <translation>Đã lưu danh sách thu hồi của %1.</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Mở</translation>
    </message>
</context>
<context>
    <name>DocumentSettingsDialog</name>
    <message>
        <source>Document settings</source>
        <translation>Thiết lập văn bản</translation>
    </message>
    <message>
        <source>How this agency&apos;s reports are headed and addressed, in the layout of Decree 30/2020/NĐ-CP on administrative documents.</source>
        <translation>Phần đầu và nơi nhận trong báo cáo của cơ quan, theo thể thức văn bản hành chính tại Nghị định 30/2020/NĐ-CP.</translation>
    </message>
    <message>
        <source>Parent body</source>
        <translation>Cơ quan chủ quản</translation>
    </message>
    <message>
        <source>First line of the heading, top left (Decree 30).</source>
        <translation>Dòng đầu của tên cơ quan, góc trên bên trái (Nghị định 30).</translation>
    </message>
    <message>
        <source>Agency name as printed</source>
        <translation>Tên cơ quan ban hành</translation>
    </message>
    <message>
        <source>Under the parent body, in capitals.</source>
        <translation>Dưới tên cơ quan chủ quản, in hoa.</translation>
    </message>
    <message>
        <source>Abbreviation</source>
        <translation>Chữ viết tắt</translation>
    </message>
    <message>
        <source>In the report&apos;s number: “Số: 12/BC-SYT”.</source>
        <translation>Trong số, ký hiệu của báo cáo: “Số: 12/BC-SYT”.</translation>
    </message>
    <message>
        <source>Drafting unit code</source>
        <translation>Mã đơn vị soạn thảo</translation>
    </message>
    <message>
        <source>After the abbreviation in a letter&apos;s number: “Số: 12/SNGV-VP”.</source>
        <translation>Sau tên viết tắt trong số công văn: “Số: 12/SNGV-VP”.</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Địa danh</translation>
    </message>
    <message>
        <source>Before the date: “Quảng Ngãi, ngày 15 tháng 6 năm 2026”.</source>
        <translation>Trước ngày tháng: “Quảng Ngãi, ngày 15 tháng 6 năm 2026”.</translation>
    </message>
    <message>
        <source>Title of the head</source>
        <translation>Chức danh thủ trưởng</translation>
    </message>
    <message>
        <source>A deputy signs on the head&apos;s behalf, e.g. “KT. GIÁM ĐỐC / PHÓ GIÁM ĐỐC”.</source>
        <translation>Cấp phó ký thay thủ trưởng, ví dụ “KT. GIÁM ĐỐC / PHÓ GIÁM ĐỐC”.</translation>
    </message>
    <message>
        <source>Recipients</source>
        <translation>Nơi nhận</translation>
    </message>
    <message>
        <source>One per line, under “Nơi nhận:” at the bottom left.</source>
        <translation>Mỗi dòng một nơi, in dưới “Nơi nhận:” ở góc dưới bên trái.</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Lưu</translation>
    </message>
    <message>
        <source>Use the &amp;defaults</source>
        <translation>Dùng giá trị &amp;mặc định</translation>
    </message>
    <message>
        <source>Loading the saved settings…</source>
        <translation>Đang tải thiết lập đã lưu…</translation>
    </message>
    <message>
        <source>Fill in every field; only the recipients may wait.</source>
        <translation>Hãy điền đủ các ô; chỉ phần nơi nhận có thể để sau.</translation>
    </message>
</context>
<context>
    <name>DueDatesDialog</name>
    <message>
        <source>Report due dates</source>
        <translation>Hạn nộp báo cáo</translation>
    </message>
    <message>
        <source>A report is due a number of working days after its period&apos;s cut-off; weekends and Vietnamese public holidays (Tết, Hùng Kings&apos; day, 30/4, 1/5, 2/9) are skipped. One period&apos;s date can also be set outright.</source>
        <translation>Hạn nộp báo cáo là một số ngày làm việc sau ngày chốt số liệu của kỳ; không tính thứ Bảy, Chủ nhật và các ngày lễ, Tết của Việt Nam (Tết Nguyên đán, Giỗ Tổ Hùng Vương, 30/4, 1/5, 2/9). Cũng có thể đặt riêng hạn nộp của từng kỳ.</translation>
    </message>
    <message>
        <source>Reports are due</source>
        <translation>Hạn nộp báo cáo là</translation>
    </message>
    <message>
        <source>working days after the cut-off</source>
        <translation>ngày làm việc sau ngày chốt số liệu</translation>
    </message>
    <message>
        <source>Follow up reports from</source>
        <translation>Theo dõi báo cáo từ kỳ</translation>
    </message>
    <message>
        <source>(earlier periods: not tracked)</source>
        <translation>(các kỳ trước: không theo dõi)</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Kỳ báo cáo</translation>
    </message>
    <message>
        <source>Covers</source>
        <translation>Thời gian lấy số liệu</translation>
    </message>
    <message>
        <source>Due date</source>
        <translation>Hạn nộp</translation>
    </message>
    <message>
        <source>Rule</source>
        <translation>Cách tính</translation>
    </message>
    <message>
        <source>Use the &amp;default</source>
        <translation>Dùng hạn &amp;mặc định</translation>
    </message>
    <message>
        <source>Due date of the selected period</source>
        <translation>Hạn nộp của kỳ đang chọn</translation>
    </message>
    <message>
        <source>Loading the due dates…</source>
        <translation>Đang tải hạn báo cáo…</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Lưu</translation>
    </message>
    <message>
        <source>Default: %1 working days</source>
        <translation>Mặc định: %1 ngày làm việc</translation>
    </message>
    <message>
        <source>Set for this period</source>
        <translation>Đặt riêng cho kỳ này</translation>
    </message>
</context>
<context>
    <name>DutyBrowser</name>
    <message>
        <source>Duties of my agency (%1)</source>
        <translation>Nhiệm vụ của đơn vị tôi (%1)</translation>
    </message>
    <message>
        <source>The whole plan</source>
        <translation>Toàn bộ kế hoạch</translation>
    </message>
    <message>
        <source>Search duties (accents optional, Ctrl+F)</source>
        <translation>Tìm nhiệm vụ (gõ có dấu hoặc không dấu, Ctrl+F)</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Đang tải…</translation>
    </message>
    <message numerus="yes">
        <source>%n duty(ies)</source>
        <translation>
            <numerusform>%n nhiệm vụ</numerusform>
        </translation>
    </message>
    <message>
        <source>No duty matches “%1”.</source>
        <translation>Không có nhiệm vụ nào khớp với “%1”.</translation>
    </message>
    <message>
        <source>Section %1, item %2 (context, not reported on)</source>
        <translation>Mục %1, khoản %2 (nội dung tham khảo, không báo cáo)</translation>
    </message>
    <message>
        <source>Section %1 %2 › item %3 %4 › paragraph %5</source>
        <translation>Mục %1 %2 › khoản %3 %4 › đoạn %5</translation>
    </message>
    <message>
        <source>Lead agencies</source>
        <translation>Cơ quan chủ trì</translation>
    </message>
    <message>
        <source>Coordinating agencies</source>
        <translation>Cơ quan phối hợp</translation>
    </message>
    <message>
        <source>My agency:</source>
        <translation>Đơn vị tôi:</translation>
    </message>
    <message>
        <source>none named</source>
        <translation>không nêu đơn vị cụ thể</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>Số hiệu</translation>
    </message>
    <message>
        <source>Duty</source>
        <translation>Nhiệm vụ</translation>
    </message>
    <message>
        <source>My agency</source>
        <translation>Đơn vị tôi</translation>
    </message>
</context>
<context>
    <name>DutyView</name>
    <message>
        <source>Duties by status, per item of the plan</source>
        <translation>Nhiệm vụ theo tình trạng, theo từng mục của kế hoạch</translation>
    </message>
    <message>
        <source>Reporting rate per period</source>
        <translation>Tỷ lệ báo cáo theo kỳ</translation>
    </message>
    <message>
        <source>&amp;Duty:</source>
        <translation>N&amp;hiệm vụ:</translation>
    </message>
    <message>
        <source>&amp;Period:</source>
        <translation>&amp;Kỳ báo cáo:</translation>
    </message>
    <message>
        <source>Progress by &amp;section</source>
        <translation>Tiến độ theo &amp;mục</translation>
    </message>
    <message>
        <source>Reporting &amp;rates</source>
        <translation>Tỷ lệ &amp;báo cáo</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Đang tải…</translation>
    </message>
    <message>
        <source>Reporting rate per period (%1 is due on %2)</source>
        <translation>Tỷ lệ báo cáo theo kỳ (kỳ %1 có hạn nộp ngày %2)</translation>
    </message>
    <message>
        <source>Reported</source>
        <translation>Tỷ lệ báo cáo</translation>
    </message>
    <message>
        <source>On time</source>
        <translation>Đúng hạn</translation>
    </message>
    <message>
        <source>%1: %2 of %3 agencies have an accepted entry</source>
        <translation>%1: %2/%3 cơ quan đã có nội dung báo cáo được chấp nhận</translation>
    </message>
    <message>
        <source>Agency</source>
        <translation>Cơ quan</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Vai trò</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Tình trạng</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Tiến độ</translation>
    </message>
    <message>
        <source>Results</source>
        <translation>Kết quả</translation>
    </message>
    <message>
        <source>Difficulties</source>
        <translation>Khó khăn, vướng mắc</translation>
    </message>
    <message>
        <source>Proposals</source>
        <translation>Đề xuất, kiến nghị</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>Minh chứng</translation>
    </message>
    <message>
        <source>Revision</source>
        <translation>Lần báo cáo</translation>
    </message>
    <message>
        <source>Not reported</source>
        <translation type="vanished">Chưa báo cáo</translation>
    </message>
    <message>
        <source>Section</source>
        <translation>Mục</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Tên</translation>
    </message>
    <message>
        <source>Duties</source>
        <translation>Số nhiệm vụ</translation>
    </message>
    <message>
        <source>%1, signed %2</source>
        <translation>%1, ký ngày %2</translation>
    </message>
</context>
<context>
    <name>EditConflictBox</name>
    <message>
        <source>Changed by another officer</source>
        <translation>Cán bộ khác đã sửa</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>(trống)</translation>
    </message>
    <message>
        <source>The text now on record:</source>
        <translation>Nội dung đang lưu:</translation>
    </message>
    <message>
        <source>&amp;Reload (my text goes to the clipboard)</source>
        <translation>&amp;Tải lại (nội dung của tôi được chép vào bộ nhớ tạm)</translation>
    </message>
    <message>
        <source>&amp;Save mine over theirs</source>
        <translation>&amp;Lưu đè bằng nội dung của tôi</translation>
    </message>
</context>
<context>
    <name>EmptyReportPage</name>
    <message>
        <source>Start a &amp;new report</source>
        <translation>Lập báo cáo &amp;mới</translation>
    </message>
    <message>
        <source>Start from the previous period&apos;s &amp;report</source>
        <translation>Lập từ báo cáo kỳ &amp;trước</translation>
    </message>
    <message>
        <source>There is no report for this period yet. How do you start?</source>
        <translation>Kỳ này chưa có báo cáo. Chọn cách bắt đầu:</translation>
    </message>
</context>
<context>
    <name>EnrolDialog</name>
    <message>
        <source>Enrol an agency</source>
        <translation>Ghi danh cơ quan</translation>
    </message>
    <message>
        <source>the agency&apos;s .ptenroll file</source>
        <translation>tệp .ptenroll của cơ quan</translation>
    </message>
    <message>
        <source>&amp;Choose…</source>
        <translation>&amp;Chọn…</translation>
    </message>
    <message>
        <source>DoFA &amp;approves replacing the agency&apos;s key (a lost or replaced computer)</source>
        <translation>Sở Ngoại vụ &amp;đồng ý thay khóa (máy tính bị mất hoặc thay mới)</translation>
    </message>
    <message>
        <source>&amp;Enrol</source>
        <translation>&amp;Ghi danh</translation>
    </message>
    <message>
        <source>Phone the agency and ask them to read out the fingerprint their screen shows under Exchange → Trust and enrolment. Type it here: the agency is enrolled only if it matches the enrolment file.</source>
        <translation>Gọi điện cho cơ quan, đề nghị đọc dấu vân tay khóa hiện trên màn hình của họ (Trao đổi → Tin cậy và ghi danh). Nhập vào đây: cơ quan chỉ được ghi danh khi dấu vân tay khớp với tệp ghi danh.</translation>
    </message>
    <message>
        <source>Enrolment &amp;file:</source>
        <translation>&amp;Tệp ghi danh:</translation>
    </message>
    <message>
        <source>Fin&amp;gerprint read out:</source>
        <translation>&amp;Dấu vân tay khóa được đọc:</translation>
    </message>
    <message>
        <source>Tick this only when the agency has lost its computer and set up a new one from a new setup kit. The key DoFA trusts now is revoked: bundles signed with it are rejected from then on; reports received earlier stay as they are.</source>
        <translation>Chỉ đánh dấu khi cơ quan đã mất máy tính và cài máy mới từ bộ cài đặt mới. Khóa Sở Ngoại vụ đang tin cậy sẽ bị thu hồi: từ đó các gói báo cáo ký bằng khóa này bị từ chối; các báo cáo đã nhận trước đó giữ nguyên.</translation>
    </message>
    <message>
        <source>The agency&apos;s enrolment file</source>
        <translation>Tệp ghi danh của cơ quan</translation>
    </message>
    <message>
        <source>Enrolment files (*.ptenroll)</source>
        <translation>Tệp ghi danh (*.ptenroll)</translation>
    </message>
    <message>
        <source>Choose the agency&apos;s enrolment file first.</source>
        <translation>Hãy chọn tệp ghi danh của cơ quan trước.</translation>
    </message>
    <message>
        <source>Type the fingerprint the agency reads out.</source>
        <translation>Hãy nhập dấu vân tay khóa mà cơ quan đọc.</translation>
    </message>
    <message>
        <source>%1 is enrolled with key %2. Its bundles can now be imported.</source>
        <translation>%1 đã được ghi danh với khóa %2. Từ nay có thể nhập gói báo cáo của cơ quan này.</translation>
    </message>
</context>
<context>
    <name>EntryForm</name>
    <message>
        <source>Choose…</source>
        <translation>Chọn…</translation>
    </message>
    <message>
        <source>not given</source>
        <translation>chưa nhập</translation>
    </message>
    <message>
        <source>What was done in the period, with figures</source>
        <translation>Những việc đã làm trong kỳ, kèm số liệu</translation>
    </message>
    <message>
        <source>What held the work back, if anything</source>
        <translation>Những khó khăn, vướng mắc (nếu có)</translation>
    </message>
    <message>
        <source>What the agency asks of the province, if anything</source>
        <translation>Đề xuất, kiến nghị với UBND tỉnh (nếu có)</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Tệp</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Dung lượng</translation>
    </message>
    <message>
        <source>SHA-256</source>
        <translation>SHA-256</translation>
    </message>
    <message>
        <source>&amp;Add files…</source>
        <translation>Thêm tệ&amp;p…</translation>
    </message>
    <message>
        <source>Re&amp;move</source>
        <translation>&amp;Gỡ bỏ</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>&amp;Mở</translation>
    </message>
    <message>
        <source>Implementation &amp;status:</source>
        <translation>Tình trạng thực &amp;hiện:</translation>
    </message>
    <message>
        <source>Pro&amp;gress:</source>
        <translation>T&amp;iến độ:</translation>
    </message>
    <message>
        <source>Evidence &amp;files:</source>
        <translation>Tài liệu minh &amp;chứng:</translation>
    </message>
    <message>
        <source>&amp;Results achieved:</source>
        <translation>Kết &amp;quả đạt được:</translation>
    </message>
    <message>
        <source>&amp;Difficulties and obstacles:</source>
        <translation>Khó khăn, &amp;vướng mắc:</translation>
    </message>
    <message>
        <source>Proposals and re&amp;commendations:</source>
        <translation>Đề x&amp;uất, kiến nghị:</translation>
    </message>
</context>
<context>
    <name>EntryListModel</name>
    <message>
        <source>Ref.</source>
        <translation>Mục</translation>
    </message>
    <message>
        <source>Duty</source>
        <translation>Nhiệm vụ</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Tình trạng</translation>
    </message>
</context>
<context>
    <name>EscrowDialog</name>
    <message>
        <source>DoFA&apos;s escrow key — shown once</source>
        <translation>Khóa lưu ký dự phòng của Sở Ngoại vụ — chỉ hiện một lần</translation>
    </message>
    <message>
        <source>Keep this escrow key in the office safe</source>
        <translation>Hãy cất khóa lưu ký dự phòng này trong két của cơ quan</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;In…</translation>
    </message>
    <message>
        <source>I have &amp;stored it safely</source>
        <translation>Tôi đã &amp;cất giữ an toàn</translation>
    </message>
    <message>
        <source>Every bundle the agencies send to DoFA is also encrypted to this escrow key. If this workstation and its key backups are ever lost, this key alone opens every bundle with the stock age tool (age -d -i), so the province&apos;s reports are not lost.</source>
        <translation>Mọi gói báo cáo các cơ quan gửi Sở Ngoại vụ đều được mã hóa thêm cho khóa lưu ký dự phòng này. Nếu máy này và các bản sao lưu khóa đều bị mất, chỉ cần khóa này là mở được mọi gói bằng công cụ age thông dụng (age -d -i), nên báo cáo của tỉnh không bị mất.</translation>
    </message>
    <message>
        <source>Anyone who holds this key can read every report sent to DoFA. It is shown only this once and is not in any log: print it or write it down now, check it letter by letter, and keep it under lock.</source>
        <translation>Ai có khóa này đều đọc được mọi báo cáo gửi Sở Ngoại vụ. Khóa chỉ hiện một lần này và không được ghi ở đâu khác: hãy in hoặc chép lại ngay, soát từng ký tự, và cất giữ có khóa.</translation>
    </message>
    <message>
        <source>Printed on %1.</source>
        <translation>In ngày %1.</translation>
    </message>
    <message>
        <source>DoFA escrow key</source>
        <translation>Khóa lưu ký dự phòng của Sở Ngoại vụ</translation>
    </message>
    <message>
        <source>Sent to the printer.</source>
        <translation>Đã gửi đến máy in.</translation>
    </message>
</context>
<context>
    <name>Exchange</name>
    <message>
        <source>Report bundles (*.ptbundle)</source>
        <translation>Gói báo cáo (*.ptbundle)</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Tình trạng</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Tiến độ</translation>
    </message>
    <message>
        <source>Results</source>
        <translation>Kết quả</translation>
    </message>
    <message>
        <source>Difficulties</source>
        <translation>Khó khăn, vướng mắc</translation>
    </message>
    <message>
        <source>Proposals</source>
        <translation>Đề xuất, kiến nghị</translation>
    </message>
    <message>
        <source>Evidence files</source>
        <translation>Tài liệu minh chứng</translation>
    </message>
    <message>
        <source>Can be imported</source>
        <translation>Có thể nhập</translation>
    </message>
    <message>
        <source>Can be imported; holds a conflict</source>
        <translation>Có thể nhập; có xung đột</translation>
    </message>
    <message>
        <source>%1, revision %2</source>
        <translation>%1, lần %2</translation>
    </message>
    <message>
        <source>DoFA&apos;s keys are kept in the office&apos;s database, locked with DoFA&apos;s passphrase; it is asked once per session.
Passphrase:</source>
        <translation>Khóa của Sở Ngoại vụ được giữ trong cơ sở dữ liệu của văn phòng, khóa bằng cụm mật khẩu của Sở Ngoại vụ; cụm mật khẩu được hỏi một lần mỗi phiên làm việc.
Cụm mật khẩu:</translation>
    </message>
    <message>
        <source>Key passphrase</source>
        <translation>Cụm mật khẩu của khóa</translation>
    </message>
    <message>
        <source>This computer has no OS secret store, so this workstation&apos;s keys are kept in a file protected by a passphrase.
Passphrase:</source>
        <translation>Máy tính này không có kho bí mật của hệ điều hành, nên khóa của máy được lưu trong một tệp bảo vệ bằng cụm mật khẩu.
Cụm mật khẩu:</translation>
    </message>
</context>
<context>
    <name>ExchangeMenu</name>
    <message>
        <source>&amp;Exchange</source>
        <translation>Tr&amp;ao đổi</translation>
    </message>
    <message>
        <source>&amp;Send reports to DoFA…</source>
        <translation>&amp;Gửi báo cáo cho Sở Ngoại vụ…</translation>
    </message>
    <message>
        <source>&amp;Trust and enrolment…</source>
        <translation>&amp;Tin cậy và ghi danh…</translation>
    </message>
    <message>
        <source>Import DoFA&apos;s &amp;reply…</source>
        <translation>Nhập &amp;phúc đáp của Sở Ngoại vụ…</translation>
    </message>
    <message>
        <source>R&amp;otate signing key…</source>
        <translation>Đổ&amp;i khóa ký…</translation>
    </message>
    <message>
        <source>&amp;Sent</source>
        <translation>Đã gử&amp;i</translation>
    </message>
    <message>
        <source>&amp;Back up keys…</source>
        <translation>&amp;Sao lưu khóa…</translation>
    </message>
    <message>
        <source>Restore &amp;keys…</source>
        <translation>&amp;Khôi phục khóa…</translation>
    </message>
    <message>
        <source>&amp;Import bundles…</source>
        <translation>&amp;Nhập gói báo cáo…</translation>
    </message>
    <message>
        <source>Setup &amp;kit for an agency…</source>
        <translation>&amp;Bộ cài đặt cho cơ quan…</translation>
    </message>
    <message>
        <source>&amp;Enrol an agency…</source>
        <translation>&amp;Ghi danh cơ quan…</translation>
    </message>
    <message>
        <source>Write &amp;reply for an agency…</source>
        <translation>Lập &amp;phúc đáp cho cơ quan…</translation>
    </message>
    <message>
        <source>Re&amp;voke an agency&apos;s key…</source>
        <translation>Th&amp;u hồi khóa của cơ quan…</translation>
    </message>
    <message>
        <source>Received re&amp;ports</source>
        <translation>Báo &amp;cáo đã nhận</translation>
    </message>
    <message>
        <source>&amp;Bundle ledger</source>
        <translation>&amp;Sổ theo dõi gói nhận</translation>
    </message>
    <message>
        <source>DoFA&apos;s reply files</source>
        <translation>Tệp phúc đáp của Sở Ngoại vụ</translation>
    </message>
    <message>
        <source>Co&amp;nflicts (%1)</source>
        <translation>&amp;Xung đột (%1)</translation>
    </message>
    <message>
        <source>Co&amp;nflicts</source>
        <translation>&amp;Xung đột</translation>
    </message>
</context>
<context>
    <name>FirstAccountDialog</name>
    <message>
        <source>Plan Tracker — first account</source>
        <translation>Theo dõi thực hiện Kế hoạch — tài khoản đầu tiên</translation>
    </message>
    <message>
        <source>This workstation has no accounts yet. The first account must be the head of the agency or a deputy: an approver, who signs the agency&apos;s reports off and later lets colleagues have accounts.</source>
        <translation>Máy này chưa có tài khoản nào. Tài khoản đầu tiên phải là thủ trưởng cơ quan hoặc cấp phó: người phê duyệt, người ký duyệt báo cáo của cơ quan và sau đó cấp tài khoản cho đồng nghiệp.</translation>
    </message>
    <message>
        <source>made from the full name</source>
        <translation>tạo từ họ tên</translation>
    </message>
    <message>
        <source>At least %1 characters.</source>
        <translation>Ít nhất %1 ký tự.</translation>
    </message>
    <message>
        <source>Create account</source>
        <translation>Tạo tài khoản</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>Họ và tên</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>Chức vụ</translation>
    </message>
    <message>
        <source>Login</source>
        <translation>Tên đăng nhập</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Mật khẩu</translation>
    </message>
    <message>
        <source>Repeat the password</source>
        <translation>Nhập lại mật khẩu</translation>
    </message>
    <message>
        <source>Type the full name and the position.</source>
        <translation>Hãy nhập họ và tên và chức vụ.</translation>
    </message>
</context>
<context>
    <name>GuideWindow</name>
    <message>
        <source>User guide</source>
        <translation>Hướng dẫn sử dụng</translation>
    </message>
    <message>
        <source>&amp;Back</source>
        <translation>&amp;Quay lại</translation>
    </message>
    <message>
        <source>&amp;Contents</source>
        <translation>&amp;Mục lục</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Đóng</translation>
    </message>
</context>
<context>
    <name>ImplementationPlanBox</name>
    <message>
        <source>The agency&apos;s own implementing plan</source>
        <translation>Kế hoạch triển khai của đơn vị</translation>
    </message>
    <message>
        <source>e.g. 45/KH-SYT</source>
        <translation>ví dụ 45/KH-SYT</translation>
    </message>
    <message>
        <source>dat&amp;ed</source>
        <translation>ngà&amp;y</translation>
    </message>
    <message>
        <source>What the plan is about</source>
        <translation>Trích yếu kế hoạch</translation>
    </message>
    <message>
        <source>&amp;No.:</source>
        <translation>&amp;Số:</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Trích yếu:</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <source>Import report bundles</source>
        <translation>Nhập gói báo cáo</translation>
    </message>
    <message>
        <source>Add the bundle files (.ptbundle) the agencies sent, or drag them onto this window. Preview shows what each would change without changing anything; Import applies them. A bundle is checked in full before anything is kept.</source>
        <translation>Thêm các tệp gói báo cáo (.ptbundle) mà các cơ quan đã gửi, hoặc kéo thả vào cửa sổ này. Xem trước cho biết mỗi gói sẽ thay đổi gì mà chưa thay đổi gì cả; Nhập sẽ áp dụng. Mỗi gói được kiểm tra đầy đủ trước khi lưu bất cứ điều gì.</translation>
    </message>
    <message>
        <source>&amp;Files to import:</source>
        <translation>&amp;Tệp cần nhập:</translation>
    </message>
    <message>
        <source>&amp;Add files…</source>
        <translation>Thêm tệ&amp;p…</translation>
    </message>
    <message>
        <source>Add bundle files (Ctrl+O)</source>
        <translation>Thêm tệp gói báo cáo (Ctrl+O)</translation>
    </message>
    <message>
        <source>Re&amp;move</source>
        <translation>&amp;Gỡ bỏ</translation>
    </message>
    <message>
        <source>Remove the selected files from the list (Delete)</source>
        <translation>Bỏ các tệp đã chọn khỏi danh sách (Delete)</translation>
    </message>
    <message>
        <source>&amp;Preview</source>
        <translation>&amp;Xem trước</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Nhập</translation>
    </message>
    <message>
        <source>File, report or duty</source>
        <translation>Tệp, báo cáo hoặc nhiệm vụ</translation>
    </message>
    <message>
        <source>Result or field</source>
        <translation>Kết quả hoặc mục</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Chi tiết</translation>
    </message>
    <message>
        <source>Report bundles to import</source>
        <translation>Gói báo cáo cần nhập</translation>
    </message>
    <message>
        <source>Only .ptbundle files can be imported; left out: %1</source>
        <translation>Chỉ nhập được tệp .ptbundle; đã bỏ qua: %1</translation>
    </message>
    <message>
        <source>Add at least one bundle file first.</source>
        <translation>Hãy thêm ít nhất một tệp gói báo cáo trước.</translation>
    </message>
    <message>
        <source>Checking %1…</source>
        <translation>Đang kiểm tra %1…</translation>
    </message>
    <message>
        <source>Nothing was imported: %1</source>
        <translation>Chưa nhập gì: %1</translation>
    </message>
    <message>
        <source>Preview — nothing has been changed yet: %1</source>
        <translation>Xem trước — chưa có gì thay đổi: %1</translation>
    </message>
    <message>
        <source>%1 · bundle No. %2</source>
        <translation>%1 · gói số %2</translation>
    </message>
    <message>
        <source>a revision arrived with a different content than the one on record</source>
        <translation>một lần báo cáo đến với nội dung khác với bản đang lưu</translation>
    </message>
    <message numerus="yes">
        <source>%n change(s)</source>
        <translation>
            <numerusform>%n thay đổi</numerusform>
        </translation>
    </message>
    <message>
        <source>Before:
%1

After:
%2</source>
        <translation>Trước:
%1

Sau:
%2</translation>
    </message>
</context>
<context>
    <name>IssueDialog</name>
    <message>
        <source>Issue a document</source>
        <translation type="vanished">Cấp số văn bản</translation>
    </message>
    <message>
        <source>What is issued</source>
        <translation type="vanished">Văn bản được cấp số</translation>
    </message>
    <message>
        <source>Consolidated report</source>
        <translation type="vanished">Báo cáo tổng hợp</translation>
    </message>
    <message>
        <source>Report</source>
        <translation type="vanished">Báo cáo</translation>
    </message>
    <message>
        <source>Issue a document number</source>
        <translation>Cấp số văn bản</translation>
    </message>
    <message>
        <source>Document to be numbered</source>
        <translation>Văn bản được cấp số</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>Văn bản</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Kỳ báo cáo</translation>
    </message>
    <message>
        <source>Revision</source>
        <translation>Lần báo cáo</translation>
    </message>
    <message>
        <source>%1 (%2), %3</source>
        <translation>%1 (%2), %3</translation>
    </message>
    <message>
        <source>Signed by</source>
        <translation>Người ký</translation>
    </message>
    <message>
        <source>Next in the register: %1</source>
        <translation>Số tiếp theo trong sổ: %1</translation>
    </message>
    <message>
        <source>From the paper register:</source>
        <translation>Theo sổ giấy:</translation>
    </message>
    <message>
        <source>Number and date</source>
        <translation>Số và ngày ban hành</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Ngày</translation>
    </message>
    <message>
        <source>Records clerk</source>
        <translation>Văn thư</translation>
    </message>
    <message>
        <source>Number issued by</source>
        <translation>Người cấp số</translation>
    </message>
    <message>
        <source>Issued by</source>
        <translation type="vanished">Người cấp số</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Mật khẩu</translation>
    </message>
    <message>
        <source>Loading the register and the records clerks…</source>
        <translation>Đang tải sổ văn bản đi và danh sách văn thư…</translation>
    </message>
    <message>
        <source>&amp;Issue number</source>
        <translation>&amp;Cấp số</translation>
    </message>
    <message>
        <source>Key passphrase</source>
        <translation>Cụm mật khẩu của khóa</translation>
    </message>
    <message>
        <source>Also sign the PDF with the agency&apos;s token over the number and date</source>
        <translation>Ký số cả tệp PDF bằng token của cơ quan tại vị trí số và ngày ban hành</translation>
    </message>
    <message>
        <source>&amp;Issue</source>
        <translation type="vanished">&amp;Cấp số</translation>
    </message>
</context>
<context>
    <name>JoinDialog</name>
    <message>
        <source>Join the office&apos;s database server</source>
        <translation>Tham gia máy chủ cơ sở dữ liệu của văn phòng</translation>
    </message>
    <message>
        <source>&amp;Join</source>
        <translation>&amp;Tham gia</translation>
    </message>
    <message>
        <source>The first officer set the office up on its server. Give the same address and DoFA&apos;s key passphrase to work on the same data from this computer.</source>
        <translation>Cán bộ đầu tiên đã cài đặt văn phòng trên máy chủ. Hãy nhập cùng địa chỉ và cụm mật khẩu khóa của Sở Ngoại vụ để làm việc trên cùng dữ liệu từ máy này.</translation>
    </message>
    <message>
        <source>Give the address and the passphrase (at least %1 characters).</source>
        <translation>Hãy nhập địa chỉ và cụm mật khẩu (ít nhất %1 ký tự).</translation>
    </message>
</context>
<context>
    <name>KeyBackupDialog</name>
    <message>
        <source>&amp;Choose…</source>
        <translation>&amp;Chọn…</translation>
    </message>
    <message>
        <source>Backup &amp;file:</source>
        <translation>&amp;Tệp sao lưu:</translation>
    </message>
    <message>
        <source>&amp;Passphrase:</source>
        <translation>&amp;Cụm mật khẩu:</translation>
    </message>
    <message>
        <source>Nobody — not us, not DoFA — can open this file without the passphrase. If it is lost, the keys in the file are lost.</source>
        <translation>Không ai — kể cả chúng tôi và Sở Ngoại vụ — mở được tệp này nếu không có cụm mật khẩu. Nếu mất cụm mật khẩu, các khóa trong tệp cũng mất theo.</translation>
    </message>
    <message>
        <source>Restore keys from a backup</source>
        <translation>Khôi phục khóa từ bản sao lưu</translation>
    </message>
    <message>
        <source>the key backup file</source>
        <translation>tệp sao lưu khóa</translation>
    </message>
    <message>
        <source>&amp;Restore keys</source>
        <translation>&amp;Khôi phục khóa</translation>
    </message>
    <message>
        <source>Restore the keys of this workstation&apos;s agency from a backup made with “Back up keys…”, for example on a new computer that replaces a lost one. The keys in the file replace this workstation&apos;s keys; reports and accounts are kept.</source>
        <translation>Khôi phục khóa của cơ quan từ bản sao lưu đã tạo bằng “Sao lưu khóa…”, chẳng hạn trên máy tính mới thay cho máy bị mất. Khóa trong tệp sẽ thay thế khóa hiện có của máy này; báo cáo và tài khoản được giữ nguyên.</translation>
    </message>
    <message>
        <source>Back up this workstation&apos;s keys</source>
        <translation>Sao lưu khóa của máy này</translation>
    </message>
    <message>
        <source>where to save the backup</source>
        <translation>nơi lưu bản sao lưu</translation>
    </message>
    <message>
        <source>&amp;Back up keys</source>
        <translation>&amp;Sao lưu khóa</translation>
    </message>
    <message>
        <source>Saves every private key of this workstation (signing and decryption keys; on DoFA&apos;s workstation also the escrow key), with the public keys it trusts, in one file protected by a passphrase of at least %1 characters. Keep the file and the passphrase in different safe places.</source>
        <translation>Lưu mọi khóa bí mật của máy này (khóa ký và khóa giải mã; trên máy của Sở Ngoại vụ có thêm khóa lưu ký dự phòng), cùng các khóa công khai mà máy đang tin cậy, vào một tệp được bảo vệ bằng cụm mật khẩu dài ít nhất %1 ký tự. Hãy cất tệp và cụm mật khẩu ở hai nơi an toàn khác nhau.</translation>
    </message>
    <message>
        <source>R&amp;epeat:</source>
        <translation>&amp;Nhập lại:</translation>
    </message>
    <message>
        <source>Type the passphrase the backup was made with.</source>
        <translation>Hãy nhập cụm mật khẩu đã dùng khi sao lưu.</translation>
    </message>
    <message>
        <source>At least %1 characters.</source>
        <translation>Ít nhất %1 ký tự.</translation>
    </message>
    <message>
        <source>The two passphrases differ.</source>
        <translation>Hai cụm mật khẩu không giống nhau.</translation>
    </message>
    <message>
        <source>The passphrase is ready.</source>
        <translation>Cụm mật khẩu hợp lệ.</translation>
    </message>
    <message>
        <source>Key backups (*.ptkeys);;All files (*)</source>
        <translation>Bản sao lưu khóa (*.ptkeys);;Mọi tệp (*)</translation>
    </message>
    <message>
        <source>The key backup to restore</source>
        <translation>Bản sao lưu khóa cần khôi phục</translation>
    </message>
    <message>
        <source>Save the key backup as</source>
        <translation>Lưu bản sao lưu khóa thành</translation>
    </message>
    <message>
        <source>Restored the keys of %1 from %2. Signing key: %3. This workstation now signs and decrypts with them.</source>
        <translation>Đã khôi phục khóa của %1 từ %2. Khóa ký: %3. Từ nay máy này ký và giải mã bằng các khóa đó.</translation>
    </message>
    <message>
        <source>The keys are saved in %1. Keep the file and its passphrase in different safe places.</source>
        <translation>Các khóa đã được lưu vào %1. Hãy cất tệp và cụm mật khẩu ở hai nơi an toàn khác nhau.</translation>
    </message>
</context>
<context>
    <name>KeyFilePage</name>
    <message>
        <source>Protect this workstation&apos;s keys</source>
        <translation>Bảo vệ khóa của máy này</translation>
    </message>
    <message>
        <source>This computer has no secure key store (such as GNOME Keyring or Windows Credential Manager). The agency&apos;s signing key will therefore be kept in a file in the profile folder, encrypted with a passphrase. You will type it when signing reports off. Nobody can recover a lost passphrase: write it down and keep it with the office&apos;s other keys.</source>
        <translation>Máy tính này không có kho khóa an toàn (như GNOME Keyring hay Windows Credential Manager). Vì vậy khóa ký của đơn vị sẽ được lưu trong một tệp ở thư mục hồ sơ máy, mã hóa bằng cụm mật khẩu. Anh/chị sẽ nhập cụm mật khẩu này mỗi khi ký duyệt báo cáo. Không ai khôi phục được cụm mật khẩu đã mất: hãy ghi lại và cất cùng các chìa khóa khác của cơ quan.</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>Cụm mật khẩu</translation>
    </message>
    <message>
        <source>Repeat</source>
        <translation>Nhập lại</translation>
    </message>
    <message>
        <source>At least %1 characters.</source>
        <translation>Ít nhất %1 ký tự.</translation>
    </message>
    <message>
        <source>The two passphrases differ.</source>
        <translation>Hai cụm mật khẩu không giống nhau.</translation>
    </message>
    <message>
        <source>The passphrase is ready.</source>
        <translation>Cụm mật khẩu hợp lệ.</translation>
    </message>
</context>
<context>
    <name>KitDialog</name>
    <message>
        <source>Setup kit for an agency</source>
        <translation>Bộ cài đặt cho cơ quan</translation>
    </message>
    <message>
        <source>%1 (enrolled)</source>
        <translation>%1 (đã ghi danh)</translation>
    </message>
    <message>
        <source>&amp;Save kit…</source>
        <translation>&amp;Lưu bộ cài đặt…</translation>
    </message>
    <message>
        <source>Loading the agencies…</source>
        <translation>Đang tải danh sách đơn vị…</translation>
    </message>
    <message>
        <source>A setup kit links an agency&apos;s workstation to DoFA: it holds DoFA&apos;s public keys, the plan and the agency register, signed by DoFA. It holds nothing secret.</source>
        <translation>Bộ cài đặt liên kết máy của một cơ quan với Sở Ngoại vụ: gồm khóa công khai của Sở Ngoại vụ, kế hoạch và danh mục cơ quan, có chữ ký của Sở Ngoại vụ. Bộ cài đặt không chứa thông tin bí mật.</translation>
    </message>
    <message>
        <source>&amp;Agency:</source>
        <translation>&amp;Cơ quan:</translation>
    </message>
    <message>
        <source>DoFA&apos;s key fingerprint</source>
        <translation>Dấu vân tay khóa của Sở Ngoại vụ</translation>
    </message>
    <message>
        <source>The agency sees this fingerprint once it adopts the kit. Read it out when you phone them, so that they know the kit came from you.</source>
        <translation>Cơ quan sẽ thấy dấu vân tay này sau khi dùng bộ cài đặt. Hãy đọc cho họ khi gọi điện, để họ biết bộ cài đặt đúng là của Sở Ngoại vụ.</translation>
    </message>
    <message>
        <source>Save the setup kit as</source>
        <translation>Lưu bộ cài đặt thành</translation>
    </message>
    <message>
        <source>Setup kits (*.ptkit)</source>
        <translation>Bộ cài đặt (*.ptkit)</translation>
    </message>
    <message>
        <source>Setup kit for %1 saved: %2
Give it to the agency (USB stick or e-mail).</source>
        <translation>Đã lưu bộ cài đặt cho %1: %2
Hãy chuyển cho cơ quan (USB hoặc thư điện tử).</translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <source>first half of %1</source>
        <translation>6 tháng đầu năm %1</translation>
    </message>
    <message>
        <source>year %1</source>
        <translation>năm %1</translation>
    </message>
</context>
<context>
    <name>LazyTab</name>
    <message>
        <source>Loading…</source>
        <translation>Đang tải…</translation>
    </message>
</context>
<context>
    <name>LedgerView</name>
    <message>
        <source>&amp;Agency:</source>
        <translation>&amp;Cơ quan:</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Làm mới</translation>
    </message>
    <message>
        <source>Loading the bundle ledger…</source>
        <translation>Đang tải sổ theo dõi gói nhận…</translation>
    </message>
    <message>
        <source>The bundle ledger could not be read: %1</source>
        <translation>Không đọc được sổ theo dõi gói nhận: %1</translation>
    </message>
    <message>
        <source>All agencies</source>
        <translation>Tất cả cơ quan</translation>
    </message>
    <message>
        <source>No bundle is missing: every number has arrived.</source>
        <translation>Không thiếu gói nào: đã nhận đủ các số.</translation>
    </message>
    <message>
        <source>%1 of %2 bundles</source>
        <translation>%1 trên %2 gói</translation>
    </message>
</context>
<context>
    <name>LineChart</name>
    <message>
        <source>Nothing to show</source>
        <translation>Chưa có gì để hiển thị</translation>
    </message>
</context>
<context>
    <name>LoginDialog</name>
    <message>
        <source>Who is working?</source>
        <translation>Ai đang làm việc?</translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation>Đăng nhập</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Tài khoản</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Mật khẩu</translation>
    </message>
    <message>
        <source>There is no active account on this workstation.</source>
        <translation>Máy này không có tài khoản nào đang hoạt động.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>&amp;Duties</source>
        <translation>Nhiệm &amp;vụ</translation>
    </message>
    <message>
        <source>&amp;Report</source>
        <translation>&amp;Báo cáo</translation>
    </message>
    <message>
        <source>Plan Tracker — %1</source>
        <translation>Theo dõi thực hiện Kế hoạch — %1</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Tệp</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>T&amp;hoát</translation>
    </message>
    <message>
        <source>Ac&amp;tivity log</source>
        <translation>Nhật &amp;ký hoạt động</translation>
    </message>
    <message>
        <source>Re&amp;gisters</source>
        <translation>&amp;Danh mục</translation>
    </message>
    <message>
        <source>&amp;Agency register…</source>
        <translation>&amp;Danh mục đơn vị…</translation>
    </message>
    <message>
        <source>Acc&amp;ounts…</source>
        <translation>&amp;Tài khoản…</translation>
    </message>
    <message>
        <source>&amp;Document heading and recipients…</source>
        <translation>&amp;Thể thức văn bản và nơi nhận…</translation>
    </message>
    <message>
        <source>Outgoing &amp;register (issue numbers)…</source>
        <translation>Sổ đăng ký văn bản &amp;đi (cấp số)…</translation>
    </message>
    <message>
        <source>Digital &amp;signatures (USB token)…</source>
        <translation>&amp;Chữ ký số (USB token)…</translation>
    </message>
    <message>
        <source>D&amp;ue dates of reports…</source>
        <translation>&amp;Hạn nộp báo cáo…</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Ngôn ngữ</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>Trợ &amp;giúp</translation>
    </message>
    <message>
        <source>&amp;User guide</source>
        <translation>&amp;Hướng dẫn sử dụng</translation>
    </message>
    <message>
        <source>Guide to &amp;this screen</source>
        <translation>Hướng dẫn cho &amp;màn hình này</translation>
    </message>
    <message>
        <source>&amp;About Plan Tracker</source>
        <translation>&amp;Giới thiệu phần mềm</translation>
    </message>
    <message>
        <source>Consolidating workstation</source>
        <translation>Máy tổng hợp</translation>
    </message>
    <message>
        <source>Agency workstation</source>
        <translation>Máy của đơn vị</translation>
    </message>
    <message>
        <source>Plan %1 of %2</source>
        <translation>Kế hoạch %1 ngày %2</translation>
    </message>
    <message>
        <source>Signed in: %1</source>
        <translation>Người làm việc: %1</translation>
    </message>
    <message>
        <source>Another Plan Tracker program is writing to this profile; waiting…</source>
        <translation>Một chương trình Theo dõi thực hiện Kế hoạch khác đang ghi vào hồ sơ này; đang chờ…</translation>
    </message>
    <message>
        <source>Report saved</source>
        <translation>Đã lưu báo cáo</translation>
    </message>
    <message>
        <source>About Plan Tracker</source>
        <translation>Giới thiệu phần mềm</translation>
    </message>
    <message>
        <source>Plan Tracker</source>
        <translation>Theo dõi thực hiện Kế hoạch</translation>
    </message>
</context>
<context>
    <name>OfficeWatch</name>
    <message>
        <source>New work of another officer is shown (imports, receipts)</source>
        <translation>Đã hiện công việc mới của cán bộ khác (nhập gói, tiếp nhận báo cáo)</translation>
    </message>
</context>
<context>
    <name>OutgoingRegisterDialog</name>
    <message>
        <source>Outgoing register</source>
        <translation>Sổ đăng ký văn bản đi</translation>
    </message>
    <message>
        <source>Signed, awaiting a number</source>
        <translation>Đã ký, chờ cấp số</translation>
    </message>
    <message>
        <source>Signed by</source>
        <translation>Người ký</translation>
    </message>
    <message>
        <source>&amp;Issue…</source>
        <translation type="vanished">&amp;Ban hành…</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>Số</translation>
    </message>
    <message>
        <source>Symbol</source>
        <translation>Số, ký hiệu</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Ngày</translation>
    </message>
    <message>
        <source>Excerpt</source>
        <translation>Trích yếu</translation>
    </message>
    <message>
        <source>Issued by</source>
        <translation type="vanished">Người cấp số</translation>
    </message>
    <message>
        <source>&amp;Issue number…</source>
        <translation>&amp;Cấp số…</translation>
    </message>
    <message>
        <source>Number issued by</source>
        <translation>Người cấp số</translation>
    </message>
    <message>
        <source>&amp;Export to Excel…</source>
        <translation>&amp;Xuất ra Excel…</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;In…</translation>
    </message>
    <message>
        <source>&amp;Year:</source>
        <translation>&amp;Năm:</translation>
    </message>
    <message>
        <source>The records clerk gives each signed document its number and date (Decree 30/2020: numbers run from 1 on 1 January). Until then its PDF leaves the number and date blank.</source>
        <translation>Văn thư cấp số và ngày ban hành cho từng văn bản đã ký (Nghị định 30/2020: số bắt đầu từ 01 vào ngày 01 tháng 01). Trước khi cấp số, bản PDF để trống số và ngày.</translation>
    </message>
    <message>
        <source>Loading the outgoing register…</source>
        <translation>Đang tải sổ đăng ký văn bản đi…</translation>
    </message>
    <message>
        <source>The outgoing register could not be read: %1</source>
        <translation>Không đọc được sổ đăng ký văn bản đi: %1</translation>
    </message>
    <message>
        <source>Number %1 issued, dated %2.</source>
        <translation>Đã cấp số %1 ngày %2.</translation>
    </message>
    <message>
        <source>Consolidated report</source>
        <translation type="vanished">Báo cáo tổng hợp</translation>
    </message>
    <message>
        <source>Report</source>
        <translation type="vanished">Báo cáo</translation>
    </message>
    <message>
        <source>%1 %2, revision %3</source>
        <translation>%1 %2, lần %3</translation>
    </message>
    <message numerus="yes">
        <source>%n document(s)</source>
        <translation>
            <numerusform>%n văn bản</numerusform>
        </translation>
    </message>
    <message>
        <source>Issued as No. %1 dated %2.</source>
        <translation type="vanished">Đã cấp số %1 ngày %2.</translation>
    </message>
    <message>
        <source>Outgoing register %1</source>
        <translation>Sổ đăng ký văn bản đi năm %1</translation>
    </message>
    <message>
        <source>Export the outgoing register</source>
        <translation>Xuất sổ đăng ký văn bản đi</translation>
    </message>
    <message>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Bảng tính Excel (*.xlsx)</translation>
    </message>
    <message>
        <source>Saved: %1</source>
        <translation>Đã lưu: %1</translation>
    </message>
</context>
<context>
    <name>OverviewTabs</name>
    <message>
        <source>D&amp;ashboard</source>
        <translation>Bảng th&amp;eo dõi</translation>
    </message>
    <message>
        <source>Duty &amp;view</source>
        <translation>Theo dõi nhiệ&amp;m vụ</translation>
    </message>
</context>
<context>
    <name>PaperReportDialog</name>
    <message>
        <source>Record a report received on paper</source>
        <translation>Ghi nhận báo cáo nhận bằng văn bản giấy</translation>
    </message>
    <message>
        <source>dd/mm/yyyy</source>
        <translation>dd/mm/yyyy</translation>
    </message>
    <message>
        <source>dd/mm/yyyy, as on the paper copy</source>
        <translation>dd/mm/yyyy, như trên bản giấy</translation>
    </message>
    <message>
        <source>For a report that came on paper or by plain email. It counts as received on the date it arrived, and on time when the paper copy was signed on or before the due date (left empty, the signing date is taken to be the arrival date). A bundle of the same report can still be imported later.</source>
        <translation>Dùng cho báo cáo gửi bằng văn bản giấy hoặc thư điện tử thường. Báo cáo được tính là đã nhận vào ngày nhận, và đúng hạn khi bản giấy được ký không muộn hơn hạn nộp (để trống thì ngày ký được coi là ngày nhận). Sau này vẫn nhập được tệp báo cáo điện tử của cùng báo cáo.</translation>
    </message>
    <message>
        <source>&amp;Record</source>
        <translation>&amp;Ghi nhận</translation>
    </message>
    <message>
        <source>&amp;Agency:</source>
        <translation>&amp;Cơ quan:</translation>
    </message>
    <message>
        <source>&amp;Period:</source>
        <translation>&amp;Kỳ báo cáo:</translation>
    </message>
    <message>
        <source>&amp;Received on:</source>
        <translation>Ngày &amp;nhận:</translation>
    </message>
    <message>
        <source>&amp;Signed on:</source>
        <translation>Ngày &amp;ký:</translation>
    </message>
    <message>
        <source>Write the date the report arrived as dd/mm/yyyy.</source>
        <translation>Hãy ghi ngày nhận báo cáo theo dạng dd/mm/yyyy.</translation>
    </message>
    <message>
        <source>Write the date the paper copy was signed as dd/mm/yyyy.</source>
        <translation>Hãy ghi ngày ký bản giấy theo dạng dd/mm/yyyy.</translation>
    </message>
</context>
<context>
    <name>Passwords</name>
    <message>
        <source>The password must have at least %1 characters.</source>
        <translation>Mật khẩu phải có ít nhất %1 ký tự.</translation>
    </message>
    <message>
        <source>The two passwords differ; type the same password twice.</source>
        <translation>Hai mật khẩu không khớp; hãy nhập cùng một mật khẩu hai lần.</translation>
    </message>
</context>
<context>
    <name>PdfSignature</name>
    <message>
        <source>The signed PDF cannot be checked: %1</source>
        <translation>Không kiểm tra được tệp PDF đã ký số: %1</translation>
    </message>
    <message>
        <source>The token signature on the PDF is NOT valid</source>
        <translation>Chữ ký số trên tệp PDF KHÔNG hợp lệ</translation>
    </message>
    <message>
        <source>PDF signed with the token of %1 (certificate issued by %2) at %3 on %4</source>
        <translation>Tệp PDF được ký số bằng token của %1 (chứng thư do %2 cấp) lúc %3 ngày %4</translation>
    </message>
    <message>
        <source>valid, trusted certificate</source>
        <translation>hợp lệ, chứng thư số tin cậy</translation>
    </message>
    <message>
        <source>valid, but the certificate does not chain to a trusted root, or was revoked</source>
        <translation>hợp lệ, nhưng chứng thư số không thuộc chuỗi tin cậy hoặc đã bị thu hồi</translation>
    </message>
</context>
<context>
    <name>PeriodBar</name>
    <message>
        <source>Reporting &amp;period:</source>
        <translation>&amp;Kỳ báo cáo:</translation>
    </message>
    <message>
        <source>Re&amp;vision:</source>
        <translation>&amp;Lần báo cáo:</translation>
    </message>
</context>
<context>
    <name>ReceivedReportPane</name>
    <message>
        <source>&amp;Print / PDF…</source>
        <translation>&amp;In / PDF…</translation>
    </message>
    <message>
        <source>Re&amp;turn for revision…</source>
        <translation>&amp;Trả lại để điều chỉnh…</translation>
    </message>
    <message>
        <source>No received report chosen</source>
        <translation>Chưa chọn báo cáo đã nhận</translation>
    </message>
    <message>
        <source>Reports appear here once the agencies&apos; bundles are imported (Exchange → Import bundles…). Choose one on the left to read it.</source>
        <translation>Báo cáo hiện ở đây sau khi nhập gói báo cáo của các cơ quan (Trao đổi → Nhập gói báo cáo…). Chọn một báo cáo bên trái để xem.</translation>
    </message>
    <message>
        <source>Signature valid (key %1)</source>
        <translation>Chữ ký hợp lệ (khóa %1)</translation>
    </message>
    <message>
        <source>Signature NOT valid: %1</source>
        <translation>Chữ ký KHÔNG hợp lệ: %1</translation>
    </message>
    <message>
        <source>Signed off by %1 (%2) at %3; received by DoFA at %4</source>
        <translation>%1 (%2) ký lúc %3; Sở Ngoại vụ nhận lúc %4</translation>
    </message>
    <message>
        <source>issued as No. %1 on %2</source>
        <translation>đã ban hành: Số %1 ngày %2</translation>
    </message>
    <message>
        <source>not issued</source>
        <translation>chưa cấp số</translation>
    </message>
    <message>
        <source>Loading the report…</source>
        <translation>Đang tải báo cáo…</translation>
    </message>
    <message>
        <source>The report could not be read: %1</source>
        <translation>Không đọc được báo cáo: %1</translation>
    </message>
    <message>
        <source>signed statement valid</source>
        <translation>chữ ký cấp số hợp lệ</translation>
    </message>
    <message>
        <source>statement NOT valid</source>
        <translation>chữ ký cấp số KHÔNG hợp lệ</translation>
    </message>
    <message>
        <source>%1 (received %2)</source>
        <translation>%1 (nhận lúc %2)</translation>
    </message>
    <message>
        <source>%1, the latest</source>
        <translation>%1, mới nhất</translation>
    </message>
    <message>
        <source>Revisions on record:</source>
        <translation>Các lần báo cáo đang lưu:</translation>
    </message>
    <message>
        <source>Reason for this revision: %1</source>
        <translation>Lý do của lần báo cáo này: %1</translation>
    </message>
    <message>
        <source>Implementing plan: %1 of %2 — %3</source>
        <translation>Kế hoạch thực hiện: số %1 ngày %2 — %3</translation>
    </message>
    <message>
        <source>progress %1%</source>
        <translation>tiến độ %1%</translation>
    </message>
    <message>
        <source>Returned for revision on %1: %2</source>
        <translation>Đã trả lại để điều chỉnh lúc %1: %2</translation>
    </message>
    <message>
        <source>Print or save the report as PDF</source>
        <translation>In hoặc lưu báo cáo thành PDF</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>Tài liệu PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Writing the PDF…</source>
        <translation>Đang ghi tệp PDF…</translation>
    </message>
    <message>
        <source>The PDF could not be written: %1</source>
        <translation>Không ghi được tệp PDF: %1</translation>
    </message>
    <message>
        <source>PDF saved: %1 (open it to print)</source>
        <translation>Đã lưu PDF: %1 (mở tệp để in)</translation>
    </message>
</context>
<context>
    <name>ReceivedReports</name>
    <message>
        <source>Agency</source>
        <translation>Cơ quan</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Kỳ báo cáo</translation>
    </message>
    <message>
        <source>Revision</source>
        <translation>Lần báo cáo</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Tình trạng</translation>
    </message>
    <message>
        <source>Signed on</source>
        <translation>Ký lúc</translation>
    </message>
    <message>
        <source>Received at</source>
        <translation>Nhận lúc</translation>
    </message>
    <message>
        <source>%1 (latest)</source>
        <translation>%1 (mới nhất)</translation>
    </message>
    <message>
        <source>In conflict: decide in the Conflicts tab</source>
        <translation>Đang xung đột: quyết định ở thẻ Xung đột</translation>
    </message>
</context>
<context>
    <name>ReceivedReportsView</name>
    <message>
        <source>&amp;Agency:</source>
        <translation>&amp;Cơ quan:</translation>
    </message>
    <message>
        <source>Latest re&amp;visions only</source>
        <translation>Chỉ lần báo cáo &amp;mới nhất</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Làm mới</translation>
    </message>
    <message>
        <source>Loading the received reports…</source>
        <translation>Đang tải các báo cáo đã nhận…</translation>
    </message>
    <message>
        <source>The received reports could not be read: %1</source>
        <translation>Không đọc được các báo cáo đã nhận: %1</translation>
    </message>
    <message>
        <source>All agencies</source>
        <translation>Tất cả cơ quan</translation>
    </message>
    <message>
        <source>%1 of %2 revisions</source>
        <translation>%1 trên %2 lần báo cáo</translation>
    </message>
</context>
<context>
    <name>RemindersDialog</name>
    <message>
        <source>Reminder letters</source>
        <translation>Công văn đôn đốc</translation>
    </message>
    <message>
        <source>%1 (due %2)</source>
        <translation>%1 (hạn nộp %2)</translation>
    </message>
    <message>
        <source>(no name: signed by hand)</source>
        <translation>(để trống: ký tay)</translation>
    </message>
    <message>
        <source>Agency</source>
        <translation>Cơ quan</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Tình trạng</translation>
    </message>
    <message>
        <source>Last reminded</source>
        <translation>Đôn đốc lần gần nhất</translation>
    </message>
    <message>
        <source>Check &amp;all</source>
        <translation>Chọn &amp;tất cả</translation>
    </message>
    <message>
        <source>Check &amp;none</source>
        <translation>&amp;Bỏ chọn tất cả</translation>
    </message>
    <message>
        <source>Save &amp;draft PDF…</source>
        <translation>Lưu bản &amp;dự thảo PDF…</translation>
    </message>
    <message>
        <source>&amp;Issue…</source>
        <translation>&amp;Ban hành…</translation>
    </message>
    <message>
        <source>P&amp;rint the draft…</source>
        <translation>&amp;In bản nháp…</translation>
    </message>
    <message>
        <source>The letter (công văn đôn đốc) cites the plan and the due date and is addressed to the checked agencies. Late and missing ones are checked first. A draft records nothing; issuing takes the signer&apos;s password, gives the letter its number from the register and records it as sent.</source>
        <translation>Công văn đôn đốc nêu Kế hoạch và thời hạn báo cáo, gửi đến các cơ quan, đơn vị được chọn. Các cơ quan, đơn vị chậm hoặc chưa gửi báo cáo được chọn sẵn. Bản dự thảo không được ghi nhận; khi ban hành, người ký nhập mật khẩu, công văn được cấp số theo sổ văn bản đi và được ghi nhận đã gửi.</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Đang tải…</translation>
    </message>
    <message>
        <source>Reminder letter (draft)</source>
        <translation>Công văn đôn đốc (bản nháp)</translation>
    </message>
    <message>
        <source>Issue the reminder letter</source>
        <translation>Ban hành công văn đôn đốc</translation>
    </message>
    <message>
        <source>The signer&apos;s password signs the letter; it then gets its number and date from the register and is recorded as sent.</source>
        <translation>Mật khẩu của người ký dùng để ký công văn; sau đó công văn được cấp số, ngày theo sổ văn bản đi và được ghi nhận đã gửi.</translation>
    </message>
    <message>
        <source>Draft saved: %1 (nothing recorded).</source>
        <translation>Đã lưu bản dự thảo: %1 (chưa ghi nhận gì).</translation>
    </message>
    <message numerus="yes">
        <source>Issued as No. %2 and recorded as sent to %n agency(ies): %1.</source>
        <translation>
            <numerusform>Đã ban hành, số %2, và ghi nhận đã gửi đến %n cơ quan, đơn vị: %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Reporting &amp;period:</source>
        <translation>&amp;Kỳ báo cáo:</translation>
    </message>
    <message>
        <source>Si&amp;gned by:</source>
        <translation>&amp;Người ký:</translation>
    </message>
    <message>
        <source>%1 (No. %2)</source>
        <translation>%1 (số %2)</translation>
    </message>
    <message>
        <source>No agency owes this period&apos;s report.</source>
        <translation>Không có cơ quan, đơn vị nào còn nợ báo cáo kỳ này.</translation>
    </message>
    <message numerus="yes">
        <source>The letter goes to %n agency(ies).</source>
        <translation>
            <numerusform>Công văn gửi đến %n cơ quan, đơn vị.</numerusform>
        </translation>
    </message>
    <message>
        <source>Save the reminder letter</source>
        <translation>Lưu công văn đôn đốc</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>Tài liệu PDF (*.pdf)</translation>
    </message>
</context>
<context>
    <name>ReplyDialog</name>
    <message>
        <source>Write a reply for an agency</source>
        <translation>Lập phúc đáp cho cơ quan</translation>
    </message>
    <message>
        <source>A reply tells an agency which of its reports DoFA received and which it returned for revision, with your comments, and brings it the current plan and agency register. It is signed by DoFA and encrypted so that only that agency can open it.</source>
        <translation>Tệp phúc đáp cho cơ quan biết Sở Ngoại vụ đã nhận những báo cáo nào và trả lại những báo cáo nào để điều chỉnh, kèm ý kiến, đồng thời gửi kế hoạch và danh mục đơn vị hiện hành. Tệp được Sở Ngoại vụ ký và mã hóa để chỉ cơ quan đó mở được.</translation>
    </message>
    <message>
        <source>Loading the agencies…</source>
        <translation>Đang tải danh sách đơn vị…</translation>
    </message>
    <message>
        <source>&amp;Agency:</source>
        <translation>&amp;Cơ quan:</translation>
    </message>
    <message>
        <source>The reply holds:</source>
        <translation>Nội dung phúc đáp:</translation>
    </message>
    <message>
        <source>Choose a folder and the app names the file (DoFA, agency and reply number), or name the file yourself. Then take the file to the agency (USB stick, e-mail or the document system).</source>
        <translation>Chọn thư mục để ứng dụng tự đặt tên tệp (Sở Ngoại vụ, cơ quan và số phúc đáp), hoặc tự đặt tên tệp. Sau đó chuyển tệp cho cơ quan (USB, thư điện tử hoặc hệ thống văn bản).</translation>
    </message>
    <message>
        <source>&amp;Open folder</source>
        <translation>&amp;Mở thư mục</translation>
    </message>
    <message>
        <source>No agency is enrolled yet, so no reply can be written. Enrol an agency first (Exchange → Enrol an agency…).</source>
        <translation>Chưa có cơ quan nào được ghi danh nên chưa lập được phúc đáp. Hãy ghi danh cơ quan trước (Trao đổi → Ghi danh cơ quan…).</translation>
    </message>
    <message>
        <source>Loading what the reply holds…</source>
        <translation>Đang tải nội dung phúc đáp…</translation>
    </message>
    <message>
        <source>%1 · %2 · plan %3 version %4 · agency register version %5</source>
        <translation>%1 · %2 · kế hoạch %3 phiên bản %4 · danh mục đơn vị phiên bản %5</translation>
    </message>
    <message numerus="yes">
        <source>%n receipt(s)</source>
        <translation>
            <numerusform>%n xác nhận đã nhận</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n report(s) returned for revision</source>
        <translation>
            <numerusform>%n báo cáo trả lại để điều chỉnh</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 receipt(s) · %2 report(s) returned for revision · plan %3 version %4 · agency register version %5</source>
        <translation type="vanished">%1 xác nhận đã nhận · %2 báo cáo trả lại để điều chỉnh · kế hoạch %3 phiên bản %4 · danh mục đơn vị phiên bản %5</translation>
    </message>
    <message>
        <source>Folder for the reply</source>
        <translation>Thư mục lưu tệp phúc đáp</translation>
    </message>
    <message>
        <source>Save the reply as</source>
        <translation>Lưu tệp phúc đáp thành</translation>
    </message>
    <message>
        <source>No reply was written: %1</source>
        <translation>Chưa lập được phúc đáp: %1</translation>
    </message>
    <message>
        <source>Reply No. %1 for %2 is saved as:
%3
Give it to the agency.</source>
        <translation>Phúc đáp số %1 cho %2 đã được lưu thành:
%3
Hãy chuyển tệp này cho cơ quan.</translation>
    </message>
</context>
<context>
    <name>ReplyImportDialog</name>
    <message>
        <source>Import DoFA&apos;s reply</source>
        <translation>Nhập phúc đáp của Sở Ngoại vụ</translation>
    </message>
    <message>
        <source>A reply from DoFA says which of your reports DoFA received and which it returned for revision, with DoFA&apos;s comments, and may bring a newer plan or agency register. It is checked in full before anything is kept.</source>
        <translation>Phúc đáp của Sở Ngoại vụ cho biết Sở đã nhận những báo cáo nào và trả lại những báo cáo nào để điều chỉnh, kèm ý kiến của Sở, và có thể mang theo kế hoạch hoặc danh mục đơn vị mới hơn. Tệp được kiểm tra đầy đủ trước khi lưu bất cứ điều gì.</translation>
    </message>
    <message>
        <source>File:</source>
        <translation>Tệp:</translation>
    </message>
    <message>
        <source>Nothing was imported.</source>
        <translation>Chưa nhập gì.</translation>
    </message>
    <message>
        <source>Nothing was imported: %1</source>
        <translation>Chưa nhập gì: %1</translation>
    </message>
    <message>
        <source>The plan was updated to version %1.</source>
        <translation>Kế hoạch đã được cập nhật lên phiên bản %1.</translation>
    </message>
    <message>
        <source>Rejected, nothing was changed: %1</source>
        <translation>Bị từ chối, không có gì thay đổi: %1</translation>
    </message>
    <message>
        <source>This reply was imported before; nothing was changed.</source>
        <translation>Phúc đáp này đã được nhập trước đây; không có gì thay đổi.</translation>
    </message>
    <message>
        <source>DoFA&apos;s reply is imported; it holds no new decision on your reports.</source>
        <translation>Đã nhập phúc đáp của Sở Ngoại vụ; phúc đáp không có quyết định mới nào về báo cáo của cơ quan.</translation>
    </message>
    <message>
        <source>1 report received by DoFA</source>
        <translation>1 báo cáo đã được Sở Ngoại vụ nhận</translation>
    </message>
    <message>
        <source>%1 reports received by DoFA</source>
        <translation>%1 báo cáo đã được Sở Ngoại vụ nhận</translation>
    </message>
    <message>
        <source>%1 returned for revision: %2</source>
        <translation>%1 báo cáo bị trả lại để điều chỉnh: %2</translation>
    </message>
    <message>
        <source>1 report returned for revision: %1</source>
        <translation>1 báo cáo bị trả lại để điều chỉnh: %1</translation>
    </message>
    <message>
        <source>%1 reports returned for revision: %2</source>
        <translation>%1 báo cáo bị trả lại để điều chỉnh: %2</translation>
    </message>
</context>
<context>
    <name>ReportActions</name>
    <message>
        <source>Plan Tracker</source>
        <translation>Theo dõi thực hiện Kế hoạch</translation>
    </message>
    <message>
        <source>Evidence files for %1</source>
        <translation>Tài liệu minh chứng cho nhiệm vụ %1</translation>
    </message>
    <message>
        <source>These files were not attached:</source>
        <translation>Các tệp sau chưa được đính kèm:</translation>
    </message>
    <message>
        <source>Remove evidence file</source>
        <translation>Gỡ tài liệu minh chứng</translation>
    </message>
    <message>
        <source>Remove “%1” from this duty&apos;s evidence?</source>
        <translation>Gỡ “%1” khỏi tài liệu minh chứng của nhiệm vụ này?</translation>
    </message>
    <message>
        <source>Cannot open %1: %2</source>
        <translation>Không mở được %1: %2</translation>
    </message>
    <message>
        <source>The report cannot go to sign-off yet: these duties have no implementation status: %1. Choose a status for each of them.</source>
        <translation>Chưa thể trình ký: các nhiệm vụ sau chưa có tình trạng thực hiện: %1. Vui lòng chọn tình trạng cho từng nhiệm vụ.</translation>
    </message>
    <message>
        <source>Amend the signed report</source>
        <translation>Điều chỉnh báo cáo đã ký</translation>
    </message>
    <message>
        <source>Revision %1 is signed and stays as it is. A new revision will be made for your changes.
Reason for the change (required):</source>
        <translation>Báo cáo lần %1 đã ký và được giữ nguyên. Một lần báo cáo mới sẽ được lập để điều chỉnh.
Lý do điều chỉnh (bắt buộc):</translation>
    </message>
    <message>
        <source>An amendment needs a reason. Nothing was changed.</source>
        <translation>Điều chỉnh báo cáo phải nêu lý do. Chưa có gì thay đổi.</translation>
    </message>
    <message>
        <source>Export the report as PDF</source>
        <translation>Xuất báo cáo ra tệp PDF</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>Tài liệu PDF (*.pdf)</translation>
    </message>
    <message>
        <source>The PDF could not be written: %1</source>
        <translation>Không ghi được tệp PDF: %1</translation>
    </message>
    <message>
        <source>PDF saved: %1</source>
        <translation>Đã xuất PDF: %1</translation>
    </message>
    <message>
        <source>Writing the PDF…</source>
        <translation>Đang ghi tệp PDF…</translation>
    </message>
    <message>
        <source>Report %1</source>
        <translation>Báo cáo %1</translation>
    </message>
    <message numerus="yes">
        <source>Current period: %1, due %2, %n day(s) left · next: %3, due %4</source>
        <translation>
            <numerusform>Kỳ hiện tại: %1, hạn nộp %2, còn %n ngày · kỳ tiếp theo: %3, hạn nộp %4</numerusform>
        </translation>
    </message>
    <message>
        <source>There is no report for the %1 to start from.</source>
        <translation>Chưa có báo cáo %1 để lập từ đó.</translation>
    </message>
    <message>
        <source>Copies the statuses, progress, texts and implementing plan of the %1 report (revision %2); evidence files are not copied.</source>
        <translation>Sao chép tình trạng, tiến độ, nội dung và kế hoạch triển khai từ báo cáo %1 (lần %2); tài liệu minh chứng không được sao chép.</translation>
    </message>
    <message>
        <source>Received by DoFA on %1</source>
        <translation>Sở Ngoại vụ đã nhận ngày %1</translation>
    </message>
    <message>
        <source>Returned by DoFA on %1: %2</source>
        <translation>Sở Ngoại vụ trả lại ngày %1: %2</translation>
    </message>
    <message>
        <source>Status: &lt;b&gt;%1&lt;/b&gt;</source>
        <translation>Trạng thái: &lt;b&gt;%1&lt;/b&gt;</translation>
    </message>
    <message>
        <source>reason for this revision: %1</source>
        <translation>lý do điều chỉnh: %1</translation>
    </message>
    <message>
        <source>Signature valid</source>
        <translation>Chữ ký hợp lệ</translation>
    </message>
    <message>
        <source>Not valid: %1</source>
        <translation>Chữ ký không hợp lệ: %1</translation>
    </message>
    <message>
        <source>signed by %1 (%2) at %3 on %4</source>
        <translation>%1 (%2) ký lúc %3 ngày %4</translation>
    </message>
    <message>
        <source>issued as No. %1 on %2</source>
        <translation>đã ban hành: Số %1 ngày %2</translation>
    </message>
    <message>
        <source>not issued yet: the clerk gives it its number and date (Registers → Outgoing register)</source>
        <translation>chưa cấp số: văn thư cấp số và ngày ban hành (Danh mục → Sổ đăng ký văn bản đi)</translation>
    </message>
    <message>
        <source>Revision %1 (%2) can no longer be changed. To change the report, use “Amend (new revision)…”: a new revision is made, with the reason.</source>
        <translation>Báo cáo lần %1 (%2) không thể sửa nữa. Muốn thay đổi, chọn “Điều chỉnh (lập lần mới)…”: một lần báo cáo mới được lập, kèm lý do điều chỉnh.</translation>
    </message>
    <message>
        <source>You are viewing revision %1 (%2), an earlier revision kept as it was signed. The latest revision is %3.</source>
        <translation>Đang xem báo cáo lần %1 (%2), là lần trước được lưu nguyên như khi ký. Lần mới nhất là lần %3.</translation>
    </message>
</context>
<context>
    <name>ReportEditor</name>
    <message>
        <source>Not saved</source>
        <translation>Chưa lưu được</translation>
    </message>
    <message>
        <source>Saved at %1</source>
        <translation>Đã lưu lúc %1</translation>
    </message>
    <message>
        <source>Revision %1 · %2</source>
        <translation>Lần %1 · %2</translation>
    </message>
    <message>
        <source>Report for the %1</source>
        <translation>Báo cáo %1</translation>
    </message>
    <message>
        <source>Loading the report…</source>
        <translation>Đang tải báo cáo…</translation>
    </message>
    <message>
        <source>Missing status: %1</source>
        <translation>Chưa có tình trạng thực hiện: %1</translation>
    </message>
    <message>
        <source>Every duty has a status.</source>
        <translation>Tất cả nhiệm vụ đã có tình trạng thực hiện.</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Đang lưu…</translation>
    </message>
    <message>
        <source>Writing the PDF…</source>
        <translation type="vanished">Đang ghi tệp PDF…</translation>
    </message>
    <message>
        <source>PDF saved: %1</source>
        <translation type="vanished">Đã xuất PDF: %1</translation>
    </message>
</context>
<context>
    <name>ReportPage</name>
    <message>
        <source>Alt+↑ / Alt+↓: previous / next duty · Ctrl+S: save now</source>
        <translation>Alt+↑ / Alt+↓: nhiệm vụ trước / sau · Ctrl+S: lưu ngay</translation>
    </message>
    <message>
        <source>S&amp;ubmit for sign-off</source>
        <translation>T&amp;rình ký</translation>
    </message>
    <message>
        <source>S&amp;ign off…</source>
        <translation>Ký &amp;duyệt…</translation>
    </message>
    <message>
        <source>Amend (ne&amp;w revision)…</source>
        <translation>Điều chỉ&amp;nh (lập lần mới)…</translation>
    </message>
    <message>
        <source>E&amp;xport PDF…</source>
        <translation>&amp;Xuất PDF…</translation>
    </message>
    <message>
        <source>Prin&amp;t…</source>
        <translation>&amp;In…</translation>
    </message>
    <message>
        <source>Print the report&apos;s PDF pages (Ctrl+P)</source>
        <translation>In các trang PDF của báo cáo (Ctrl+P)</translation>
    </message>
</context>
<context>
    <name>ResetPasswordDialog</name>
    <message>
        <source>Reset the password of %1</source>
        <translation>Đặt lại mật khẩu của %1</translation>
    </message>
    <message>
        <source>Give %1 a new password, to be changed after signing in. An approver confirms with their own password; the reset is recorded in the activity log.</source>
        <translation>Đặt mật khẩu mới cho %1 (nên đổi lại sau khi đăng nhập). Người phê duyệt xác nhận bằng mật khẩu của mình; việc đặt lại được ghi vào nhật ký hoạt động.</translation>
    </message>
    <message>
        <source>New password</source>
        <translation>Mật khẩu mới</translation>
    </message>
    <message>
        <source>Repeat the new password</source>
        <translation>Nhập lại mật khẩu mới</translation>
    </message>
    <message>
        <source>An approver&apos;s password</source>
        <translation>Mật khẩu của người phê duyệt</translation>
    </message>
    <message>
        <source>Reset password</source>
        <translation>Đặt lại mật khẩu</translation>
    </message>
    <message>
        <source>Type an approver&apos;s password to confirm.</source>
        <translation>Hãy nhập mật khẩu của một người phê duyệt để xác nhận.</translation>
    </message>
</context>
<context>
    <name>RetireForm</name>
    <message>
        <source>Retire %1</source>
        <translation>Giải thể %1</translation>
    </message>
    <message>
        <source>(no successor)</source>
        <translation>(không có đơn vị kế thừa)</translation>
    </message>
    <message>
        <source>Retired on</source>
        <translation>Ngày giải thể</translation>
    </message>
    <message>
        <source>Duties and history go to</source>
        <translation>Chuyển nhiệm vụ và lịch sử cho</translation>
    </message>
</context>
<context>
    <name>ReturnDialog</name>
    <message>
        <source>Return the report for revision</source>
        <translation>Trả lại báo cáo để điều chỉnh</translation>
    </message>
    <message>
        <source>e.g. Add the figures for delegations in the fourth quarter (duty III.2.3).</source>
        <translation>Ví dụ: Bổ sung số liệu đoàn ra, đoàn vào trong quý IV (nhiệm vụ III.2.3).</translation>
    </message>
    <message>
        <source>&amp;What should the agency change? (required)</source>
        <translation>&amp;Cơ quan cần điều chỉnh những gì? (bắt buộc)</translation>
    </message>
    <message>
        <source>&amp;Return for revision</source>
        <translation>&amp;Trả lại để điều chỉnh</translation>
    </message>
    <message>
        <source>The agency sees your comment with its report, amends the report and sends it again. The return reaches the agency with the next reply file (Exchange → Write reply for an agency…).</source>
        <translation>Cơ quan sẽ thấy ý kiến này cùng báo cáo của mình, điều chỉnh báo cáo và gửi lại. Quyết định trả lại đến cơ quan cùng tệp phúc đáp tiếp theo (Trao đổi → Lập phúc đáp cho cơ quan…).</translation>
    </message>
    <message>
        <source>Write what the agency should change: a report is not returned without a comment.</source>
        <translation>Hãy ghi rõ cơ quan cần điều chỉnh những gì: không trả lại báo cáo khi chưa có ý kiến.</translation>
    </message>
</context>
<context>
    <name>RevokeKeyDialog</name>
    <message>
        <source>Revoke an agency&apos;s key</source>
        <translation>Thu hồi khóa của cơ quan</translation>
    </message>
    <message>
        <source>Revoke a key when an agency&apos;s computer or key may be in the wrong hands. Bundles signed with it from now on are rejected; reports received earlier stay as they are. To trust the agency again, give it a new setup kit and enrol its new key.</source>
        <translation>Thu hồi khóa khi máy tính hoặc khóa của cơ quan có thể đã rơi vào tay người khác. Từ nay các gói báo cáo ký bằng khóa này bị từ chối; các báo cáo đã nhận trước đó giữ nguyên. Muốn tin cậy lại cơ quan, hãy cấp bộ cài đặt mới và ghi danh khóa mới của cơ quan.</translation>
    </message>
    <message>
        <source>Re&amp;voke the key</source>
        <translation>Th&amp;u hồi khóa</translation>
    </message>
    <message>
        <source>&amp;Agency:</source>
        <translation>&amp;Cơ quan:</translation>
    </message>
    <message>
        <source>Key DoFA trusts now</source>
        <translation>Khóa Sở Ngoại vụ đang tin cậy</translation>
    </message>
    <message>
        <source>Loading the agencies…</source>
        <translation>Đang tải danh sách đơn vị…</translation>
    </message>
    <message>
        <source>I have checked with %1: key %2 must no longer be trusted</source>
        <translation>Tôi đã xác minh với %1: không còn tin cậy khóa %2</translation>
    </message>
    <message>
        <source>Key %1 of %2 is revoked. Bundles signed with it from now on are rejected; reports received earlier stay as they are.</source>
        <translation>Khóa %1 của %2 đã bị thu hồi. Từ nay các gói báo cáo ký bằng khóa này bị từ chối; các báo cáo đã nhận trước đó giữ nguyên.</translation>
    </message>
</context>
<context>
    <name>RolePage</name>
    <message>
        <source>Is this the consolidating workstation?</source>
        <translation>Đây có phải máy tổng hợp không?</translation>
    </message>
    <message>
        <source>This workstation consolidates the reports of every agency (Department of Foreign Affairs in Decision 590)</source>
        <translation>Máy này tổng hợp báo cáo của mọi đơn vị (Sở Ngoại vụ theo Quyết định 590)</translation>
    </message>
    <message>
        <source>Leave this unticked on an agency&apos;s workstation: it drafts and signs the agency&apos;s own reports and sends them as bundle files.</source>
        <translation>Để trống ô này trên máy của đơn vị: máy này soạn, ký báo cáo của chính đơn vị và gửi đi dưới dạng tệp gói.</translation>
    </message>
    <message>
        <source>Agency: %1 (%2)</source>
        <translation>Đơn vị: %1 (%2)</translation>
    </message>
</context>
<context>
    <name>RotateKeyDialog</name>
    <message>
        <source>Rotate the signing key</source>
        <translation>Đổi khóa ký</translation>
    </message>
    <message>
        <source>A new signing key replaces the current one. Your next bundle to DoFA carries a statement, signed with the current key, that vouches for the new one, so DoFA trusts the new key without a new enrolment. Reports signed with the current key stay valid at DoFA. Rotate the key when it may have been exposed, or when your office&apos;s rules say so.</source>
        <translation>Một khóa ký mới sẽ thay khóa hiện tại. Gói báo cáo tiếp theo gửi Sở Ngoại vụ mang theo một xác nhận, ký bằng khóa hiện tại, bảo chứng cho khóa mới, nên Sở Ngoại vụ tin cậy khóa mới mà không cần ghi danh lại. Các báo cáo đã ký bằng khóa hiện tại vẫn hợp lệ tại Sở Ngoại vụ. Hãy đổi khóa khi khóa có thể đã bị lộ, hoặc theo quy định của cơ quan.</translation>
    </message>
    <message>
        <source>Current signing key</source>
        <translation>Khóa ký hiện tại</translation>
    </message>
    <message>
        <source>&amp;Rotate the key</source>
        <translation>Đổ&amp;i khóa</translation>
    </message>
    <message>
        <source>New signing key</source>
        <translation>Khóa ký mới</translation>
    </message>
    <message>
        <source>The new key signs from now on. Send a bundle to DoFA soon: it carries the old key&apos;s statement for the new one.</source>
        <translation>Từ nay khóa mới được dùng để ký. Hãy sớm gửi một gói báo cáo cho Sở Ngoại vụ: gói đó mang xác nhận của khóa cũ cho khóa mới.</translation>
    </message>
</context>
<context>
    <name>SaveTarget</name>
    <message>
        <source>Save to</source>
        <translation>Lưu vào</translation>
    </message>
    <message>
        <source>Save to a &amp;folder…</source>
        <translation>Lưu vào &amp;thư mục…</translation>
    </message>
    <message>
        <source>Save as a f&amp;ile…</source>
        <translation>Lưu thành t&amp;ệp…</translation>
    </message>
</context>
<context>
    <name>SendReportsDialog</name>
    <message>
        <source>Send reports to DoFA</source>
        <translation>Gửi báo cáo cho Sở Ngoại vụ</translation>
    </message>
    <message>
        <source>&amp;Re-send a signed revision:</source>
        <translation>Gửi &amp;lại một lần báo cáo đã ký:</translation>
    </message>
    <message>
        <source>Choose a folder and the app names the file (agency, date and bundle number), or name the file yourself. Then take the file to DoFA (USB stick, e-mail or the document system): it is encrypted so that only DoFA can open it, and signed so that DoFA can tell it is yours.</source>
        <translation>Chọn thư mục để ứng dụng tự đặt tên tệp (cơ quan, ngày và số gói), hoặc tự đặt tên tệp. Sau đó chuyển tệp cho Sở Ngoại vụ (USB, thư điện tử hoặc hệ thống văn bản): tệp được mã hóa để chỉ Sở Ngoại vụ mở được, và được ký để Sở Ngoại vụ biết là của cơ quan bạn.</translation>
    </message>
    <message>
        <source>&amp;Open folder</source>
        <translation>&amp;Mở thư mục</translation>
    </message>
    <message>
        <source>Loading the signed revisions…</source>
        <translation>Đang tải các lần báo cáo đã ký…</translation>
    </message>
    <message>
        <source>signed %1, not sent yet</source>
        <translation>ký lúc %1, chưa gửi</translation>
    </message>
    <message>
        <source>acknowledged by DoFA; sent again once with its number and date</source>
        <translation>Sở Ngoại vụ đã xác nhận; gửi lại một lần kèm số và ngày ban hành</translation>
    </message>
    <message>
        <source>sent before; sent again until DoFA acknowledges it</source>
        <translation>đã gửi; sẽ gửi lại cho đến khi Sở Ngoại vụ xác nhận đã nhận</translation>
    </message>
    <message>
        <source>This workstation is not linked to DoFA yet, so nothing can be sent. Adopt DoFA&apos;s setup kit first (Exchange → Trust and enrolment…).</source>
        <translation>Máy này chưa liên kết với Sở Ngoại vụ nên chưa gửi được. Hãy dùng bộ cài đặt của Sở Ngoại vụ trước (Trao đổi → Tin cậy và ghi danh…).</translation>
    </message>
    <message>
        <source>These signed revisions will be sent, with their evidence files, in one encrypted file for DoFA:</source>
        <translation>Các lần báo cáo đã ký sau đây sẽ được gửi, kèm tài liệu minh chứng, trong một tệp mã hóa cho Sở Ngoại vụ:</translation>
    </message>
    <message>
        <source>These revisions were sent before. Until DoFA acknowledges them, every new bundle holds them again:</source>
        <translation>Các lần báo cáo này đã được gửi. Cho đến khi Sở Ngoại vụ xác nhận đã nhận, mỗi gói mới đều gửi kèm lại:</translation>
    </message>
    <message>
        <source>Nothing is waiting to be sent: DoFA has acknowledged every signed report. If DoFA asks for a report again, choose the revision to re-send.</source>
        <translation>Không có gì chờ gửi: Sở Ngoại vụ đã xác nhận mọi báo cáo đã ký. Nếu Sở Ngoại vụ đề nghị gửi lại, hãy chọn lần báo cáo cần gửi lại.</translation>
    </message>
    <message>
        <source>Nothing to send yet: no report has been signed off. Sign a report off in the Report tab first.</source>
        <translation>Chưa có gì để gửi: chưa có báo cáo nào được ký. Hãy ký báo cáo ở thẻ Báo cáo trước.</translation>
    </message>
    <message>
        <source>Folder for the bundle</source>
        <translation>Thư mục lưu gói báo cáo</translation>
    </message>
    <message>
        <source>Save the bundle as</source>
        <translation>Lưu gói báo cáo thành</translation>
    </message>
    <message>
        <source>Nothing was sent: %1</source>
        <translation>Chưa gửi được: %1</translation>
    </message>
    <message>
        <source>Bundle No. %1 is saved as:
%2</source>
        <translation>Gói số %1 đã được lưu thành:
%2</translation>
    </message>
</context>
<context>
    <name>SentHistory</name>
    <message>
        <source>No.</source>
        <translation>Số</translation>
    </message>
    <message>
        <source>Written on</source>
        <translation>Lập lúc</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Tệp</translation>
    </message>
    <message>
        <source>Reports</source>
        <translation>Báo cáo</translation>
    </message>
</context>
<context>
    <name>SentHistoryView</name>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Làm mới</translation>
    </message>
    <message>
        <source>Bundles this workstation has written for DoFA, newest first. DoFA numbers them too, so it can tell when one never arrived.</source>
        <translation>Các gói máy này đã lập cho Sở Ngoại vụ, mới nhất ở trên. Sở Ngoại vụ cũng theo dõi số gói nên biết khi có gói chưa đến.</translation>
    </message>
    <message>
        <source>Loading the bundles sent…</source>
        <translation>Đang tải danh sách gói đã gửi…</translation>
    </message>
    <message>
        <source>The bundles sent could not be read: %1</source>
        <translation>Không đọc được danh sách gói đã gửi: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n bundle(s)</source>
        <translation>
            <numerusform>%n gói</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 bundle(s)</source>
        <translation type="vanished">%1 gói</translation>
    </message>
</context>
<context>
    <name>ServerFields</name>
    <message>
        <source>empty when PGPASSWORD or ~/.pgpass gives it</source>
        <translation>để trống khi đã có PGPASSWORD hoặc ~/.pgpass</translation>
    </message>
    <message>
        <source>Server &amp;address:</source>
        <translation>&amp;Địa chỉ máy chủ:</translation>
    </message>
    <message>
        <source>Server pass&amp;word:</source>
        <translation>&amp;Mật khẩu máy chủ:</translation>
    </message>
    <message>
        <source>DoFA&apos;s key &amp;passphrase:</source>
        <translation>&amp;Cụm mật khẩu khóa của Sở Ngoại vụ:</translation>
    </message>
    <message>
        <source>&amp;Repeat:</source>
        <translation>&amp;Nhập lại:</translation>
    </message>
    <message>
        <source>The password is kept in this computer&apos;s secret store, never in the profile. The connection uses TLS whenever the server offers it (add ?sslmode=require to the address to insist on it). DoFA&apos;s keys are kept in the database, locked with the passphrase: every officer of the office types the same one.</source>
        <translation>Mật khẩu được giữ trong kho bí mật của máy này, không bao giờ trong hồ sơ máy. Kết nối dùng TLS khi máy chủ hỗ trợ (thêm ?sslmode=require vào địa chỉ để bắt buộc). Khóa của Sở Ngoại vụ được giữ trong cơ sở dữ liệu, khóa bằng cụm mật khẩu: mọi cán bộ của văn phòng nhập cùng một cụm mật khẩu.</translation>
    </message>
</context>
<context>
    <name>ServerPage</name>
    <message>
        <source>Where does the office keep its data?</source>
        <translation>Văn phòng giữ dữ liệu ở đâu?</translation>
    </message>
    <message>
        <source>On this &amp;computer</source>
        <translation>Trên &amp;máy tính này</translation>
    </message>
    <message>
        <source>On the office&apos;s &amp;database server (PostgreSQL), shared by several officers</source>
        <translation>Trên máy chủ &amp;cơ sở dữ liệu của văn phòng (PostgreSQL), dùng chung cho nhiều cán bộ</translation>
    </message>
    <message>
        <source>Give the address and a passphrase of at least %1 characters, twice.</source>
        <translation>Hãy nhập địa chỉ và cụm mật khẩu ít nhất %1 ký tự, hai lần.</translation>
    </message>
</context>
<context>
    <name>SetupWizard</name>
    <message>
        <source>Plan Tracker — set up this workstation</source>
        <translation>Theo dõi thực hiện Kế hoạch — thiết lập máy</translation>
    </message>
    <message>
        <source>&lt; &amp;Back</source>
        <translation>&lt; &amp;Quay lại</translation>
    </message>
    <message>
        <source>&amp;Next &gt;</source>
        <translation>&amp;Tiếp &gt;</translation>
    </message>
    <message>
        <source>&amp;Finish</source>
        <translation>&amp;Hoàn tất</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Hủy</translation>
    </message>
</context>
<context>
    <name>SignDialog</name>
    <message>
        <source>Sign the report off</source>
        <translation>Ký duyệt báo cáo</translation>
    </message>
    <message>
        <source>What will be signed</source>
        <translation>Nội dung sẽ ký</translation>
    </message>
    <message>
        <source>Agency</source>
        <translation>Cơ quan</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Kỳ báo cáo</translation>
    </message>
    <message>
        <source>%1 (amended: %2)</source>
        <translation>%1 (sửa đổi, bổ sung: %2)</translation>
    </message>
    <message>
        <source>Revision</source>
        <translation>Lần báo cáo</translation>
    </message>
    <message>
        <source>Duties reported on</source>
        <translation>Số nhiệm vụ báo cáo</translation>
    </message>
    <message>
        <source>Report status</source>
        <translation>Trạng thái báo cáo</translation>
    </message>
    <message>
        <source>Loading who may sign…</source>
        <translation>Đang tải danh sách người ký…</translation>
    </message>
    <message>
        <source>Signer</source>
        <translation>Người ký</translation>
    </message>
    <message>
        <source>Signed by</source>
        <translation>Người ký</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Mật khẩu</translation>
    </message>
    <message>
        <source>This computer has no OS secret store, so the agency&apos;s signing key is kept in a file protected by a passphrase.</source>
        <translation>Máy tính này không có kho lưu trữ bí mật của hệ điều hành, nên khóa ký của cơ quan được lưu trong một tệp bảo vệ bằng cụm mật khẩu.</translation>
    </message>
    <message>
        <source>Key passphrase</source>
        <translation>Cụm mật khẩu của khóa</translation>
    </message>
    <message>
        <source>Once signed, this revision can no longer be changed; a correction is made as an amendment (a new revision with its reason).</source>
        <translation>Sau khi ký, phiên bản này không sửa được nữa; muốn điều chỉnh thì lập báo cáo sửa đổi, bổ sung (phiên bản mới, nêu rõ lý do).</translation>
    </message>
    <message>
        <source>&amp;Sign</source>
        <translation>&amp;Ký duyệt</translation>
    </message>
    <message>
        <source>This revision is %1 and cannot be signed again.</source>
        <translation>Phiên bản này ở trạng thái “%1”, không ký lại được.</translation>
    </message>
    <message>
        <source>These duties have no status yet, so the report cannot be signed: %1</source>
        <translation>Các nhiệm vụ sau chưa có tình trạng thực hiện nên chưa ký được báo cáo: %1</translation>
    </message>
    <message>
        <source>There is no active approver to sign.</source>
        <translation>Không có người phê duyệt nào đang hoạt động để ký.</translation>
    </message>
</context>
<context>
    <name>SignedRevision</name>
    <message>
        <source>This revision cannot be shown: %1</source>
        <translation>Không thể hiển thị lần báo cáo này: %1</translation>
    </message>
    <message>
        <source>the implementing plan</source>
        <translation>kế hoạch thực hiện của đơn vị</translation>
    </message>
    <message>
        <source>Warning: the database was changed after this revision was signed (%1). What is shown, printed, sent or amended is the signed content, never the changed data. Find out who changed the database file, and why.</source>
        <translation>Cảnh báo: cơ sở dữ liệu đã bị sửa sau khi lần báo cáo này được ký (%1). Nội dung được hiển thị, in, gửi đi hay điều chỉnh luôn là nội dung đã ký, không bao giờ là dữ liệu đã bị sửa. Hãy tìm hiểu ai đã sửa tệp cơ sở dữ liệu và vì sao.</translation>
    </message>
</context>
<context>
    <name>SourceDialog</name>
    <message>
        <source>Set up from DoFA&apos;s setup kit</source>
        <translation>Cài từ bộ cài đặt của Sở Ngoại vụ</translation>
    </message>
    <message>
        <source>DoFA sends each agency a setup kit (.ptkit): the plan, the agency register and DoFA&apos;s public keys. Type the key fingerprint DoFA reads out to you by phone. After set-up, export the enrolment file and read this workstation&apos;s fingerprint to DoFA (Exchange → Trust and enrolment…).</source>
        <translation>Sở Ngoại vụ gửi mỗi cơ quan một bộ cài đặt (.ptkit): kế hoạch, danh mục cơ quan và khóa công khai của Sở. Hãy nhập dấu vân tay khóa do Sở Ngoại vụ đọc qua điện thoại. Sau khi cài đặt, xuất tệp ghi danh và đọc dấu vân tay của máy này cho Sở Ngoại vụ (Trao đổi → Tin cậy và ghi danh…).</translation>
    </message>
    <message>
        <source>Setup kits (*.ptkit)</source>
        <translation>Bộ cài đặt (*.ptkit)</translation>
    </message>
    <message>
        <source>Restore from a backup</source>
        <translation>Khôi phục từ bản sao lưu</translation>
    </message>
    <message>
        <source>The backup (.ptbackup) brings back every report, evidence file, setting and key of the workstation it was made on; this folder must still be empty.</source>
        <translation>Bản sao lưu (.ptbackup) mang lại mọi báo cáo, tài liệu minh chứng, thiết lập và khóa của máy đã tạo ra nó; thư mục hồ sơ phải còn trống.</translation>
    </message>
    <message>
        <source>Workstation backups (*.ptbackup)</source>
        <translation>Bản sao lưu máy (*.ptbackup)</translation>
    </message>
    <message>
        <source>&amp;Choose…</source>
        <translation>&amp;Chọn…</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>&amp;Tệp:</translation>
    </message>
    <message>
        <source>DoFA&apos;s key &amp;fingerprint:</source>
        <translation>&amp;Dấu vân tay khóa của Sở Ngoại vụ:</translation>
    </message>
    <message>
        <source>Backup &amp;passphrase:</source>
        <translation>Cụm &amp;mật khẩu của bản sao lưu:</translation>
    </message>
    <message>
        <source>New key &amp;passphrase:</source>
        <translation>Cụm &amp;mật khẩu cho khóa:</translation>
    </message>
    <message>
        <source>&amp;Repeat it:</source>
        <translation>&amp;Nhập lại:</translation>
    </message>
    <message>
        <source>Choose the file.</source>
        <translation>Hãy chọn tệp.</translation>
    </message>
    <message>
        <source>Type the same passphrase twice, at least 10 characters.</source>
        <translation>Hãy nhập cùng một cụm mật khẩu hai lần, ít nhất 10 ký tự.</translation>
    </message>
</context>
<context>
    <name>StackedBarChart</name>
    <message>
        <source>Nothing to show</source>
        <translation>Chưa có gì để hiển thị</translation>
    </message>
</context>
<context>
    <name>TokenBox</name>
    <message>
        <source>Also sign the PDF with my USB token (digital signature)</source>
        <translation>Ký số cả tệp PDF bằng USB token của tôi</translation>
    </message>
    <message>
        <source>&amp;Read the token again</source>
        <translation>Đọc &amp;lại token</translation>
    </message>
    <message>
        <source>Certificate</source>
        <translation>Chứng thư số</translation>
    </message>
    <message>
        <source>Token PIN</source>
        <translation>Mã PIN của token</translation>
    </message>
    <message>
        <source>Reading the token…</source>
        <translation>Đang đọc token…</translation>
    </message>
    <message>
        <source>No token with a certificate is plugged in.</source>
        <translation>Chưa cắm token có chứng thư số.</translation>
    </message>
    <message>
        <source>Subject: %1
Issued by: %2
Valid until: %3</source>
        <translation>Chủ thể: %1
Tổ chức cấp: %2
Hiệu lực đến: %3</translation>
    </message>
    <message>
        <source>This certificate has expired.</source>
        <translation>Chứng thư số này đã hết hạn.</translation>
    </message>
</context>
<context>
    <name>TrustDialog</name>
    <message>
        <source>Trust and enrolment</source>
        <translation>Tin cậy và ghi danh</translation>
    </message>
    <message>
        <source>&amp;Adopt DoFA&apos;s setup kit…</source>
        <translation>&amp;Dùng bộ cài đặt của Sở Ngoại vụ…</translation>
    </message>
    <message>
        <source>This workstation is not linked to DoFA yet. DoFA gives each agency a setup kit file (.ptkit) that holds DoFA&apos;s keys, the plan and the agency register. Adopt it here; your reports and accounts are kept.</source>
        <translation>Máy này chưa liên kết với Sở Ngoại vụ. Sở Ngoại vụ cấp cho mỗi cơ quan một tệp bộ cài đặt (.ptkit) gồm khóa của Sở Ngoại vụ, kế hoạch và danh mục cơ quan. Hãy dùng tệp đó ở đây; báo cáo và tài khoản hiện có được giữ nguyên.</translation>
    </message>
    <message>
        <source>DoFA&apos;s &amp;fingerprint, read out by DoFA:</source>
        <translation>Dấu vân &amp;tay của Sở Ngoại vụ, do Sở Ngoại vụ đọc:</translation>
    </message>
    <message>
        <source>Phone DoFA and ask them to read out the fingerprint of their key; type it here. A kit whose key has another fingerprint is refused: it did not come from DoFA.</source>
        <translation>Gọi điện cho Sở Ngoại vụ, đề nghị đọc dấu vân tay khóa của họ và nhập vào đây. Bộ cài đặt có khóa mang dấu vân tay khác sẽ bị từ chối: bộ đó không phải do Sở Ngoại vụ lập.</translation>
    </message>
    <message>
        <source>&amp;Export enrolment file…</source>
        <translation>&amp;Xuất tệp ghi danh…</translation>
    </message>
    <message>
        <source>When DoFA calls, check that this is the fingerprint DoFA reads out: it proves the kit came from DoFA.</source>
        <translation>Khi Sở Ngoại vụ gọi điện, hãy kiểm tra đây đúng là dấu vân tay khóa Sở Ngoại vụ đọc: điều đó chứng tỏ bộ cài đặt do Sở Ngoại vụ cấp.</translation>
    </message>
    <message>
        <source>This workstation&apos;s key fingerprint — read this to DoFA by phone</source>
        <translation>Dấu vân tay khóa của máy này — hãy đọc cho Sở Ngoại vụ qua điện thoại</translation>
    </message>
    <message>
        <source>Export the enrolment file and send it to DoFA, then phone DoFA and read out this fingerprint. DoFA accepts your reports only once it matches.</source>
        <translation>Xuất tệp ghi danh và gửi cho Sở Ngoại vụ, sau đó gọi điện cho Sở Ngoại vụ và đọc dấu vân tay này. Sở Ngoại vụ chỉ nhận báo cáo của cơ quan khi dấu vân tay khớp.</translation>
    </message>
    <message>
        <source>Checking the link with DoFA…</source>
        <translation>Đang kiểm tra liên kết với Sở Ngoại vụ…</translation>
    </message>
    <message>
        <source>Key fingerprint of DoFA (%1)</source>
        <translation>Dấu vân tay khóa của %1</translation>
    </message>
    <message>
        <source>Type the fingerprint DoFA reads out first.</source>
        <translation>Hãy nhập trước dấu vân tay do Sở Ngoại vụ đọc.</translation>
    </message>
    <message>
        <source>DoFA&apos;s setup kit</source>
        <translation>Bộ cài đặt của Sở Ngoại vụ</translation>
    </message>
    <message>
        <source>Setup kits (*.ptkit)</source>
        <translation>Bộ cài đặt (*.ptkit)</translation>
    </message>
    <message>
        <source>This workstation is now linked to DoFA, whose fingerprint you confirmed. Export the enrolment file next.</source>
        <translation>Máy này đã liên kết với Sở Ngoại vụ, với dấu vân tay đã được xác nhận. Tiếp theo, hãy xuất tệp ghi danh.</translation>
    </message>
    <message>
        <source>Save the enrolment file as</source>
        <translation>Lưu tệp ghi danh thành</translation>
    </message>
    <message>
        <source>Enrolment files (*.ptenroll)</source>
        <translation>Tệp ghi danh (*.ptenroll)</translation>
    </message>
    <message>
        <source>Enrolment file saved: %1
Send it to DoFA, then phone DoFA and read out this workstation&apos;s fingerprint.</source>
        <translation>Đã lưu tệp ghi danh: %1
Hãy gửi cho Sở Ngoại vụ, sau đó gọi điện và đọc dấu vân tay khóa của máy này.</translation>
    </message>
</context>
<context>
    <name>WritingArea</name>
    <message>
        <source>Summary of the reporting situation</source>
        <translation>Tóm tắt tình hình báo cáo</translation>
    </message>
    <message>
        <source>Summary of section %1. %2</source>
        <translation>Tóm tắt mục %1. %2</translation>
    </message>
    <message>
        <source>Overall assessment and proposals (required to sign)</source>
        <translation>Đánh giá chung và kiến nghị (bắt buộc trước khi ký)</translation>
    </message>
</context>
<context>
    <name>_NewPasswordDialog</name>
    <message>
        <source>Account</source>
        <translation>Tài khoản</translation>
    </message>
</context>
<context>
    <name>dialog</name>
    <message>
        <source>The two passphrases differ.</source>
        <translation>Hai lần nhập cụm mật khẩu không giống nhau.</translation>
    </message>
    <message>
        <source>The passphrase needs at least 10 characters.</source>
        <translation>Cụm mật khẩu cần ít nhất 10 ký tự.</translation>
    </message>
</context>
</TS>
