<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="vi_VN">
<context>
    <name>AgencyForm</name>
    <message>
        <location filename="../app/ui/agency_register.py" line="141" />
        <source>Code</source>
        <translation>Mã</translation>
    </message>
    <message>
        <location filename="../app/ui/agency_register.py" line="142" />
        <source>Vietnamese name</source>
        <translation>Tên tiếng Việt</translation>
    </message>
    <message>
        <location filename="../app/ui/agency_register.py" line="143" />
        <source>English name</source>
        <translation>Tên tiếng Anh</translation>
    </message>
    <message>
        <location filename="../app/ui/agency_register.py" line="144" />
        <source>Kind</source>
        <translation>Loại</translation>
    </message>
</context>
<context>
    <name>AgencyPage</name>
    <message>
        <location filename="../app/ui/setup_wizard.py" line="65" />
        <source>Which agency does this workstation serve?</source>
        <translation>Máy này phục vụ đơn vị nào?</translation>
    </message>
    <message>
        <location filename="../app/ui/setup_wizard.py" line="67" />
        <source>The duties, reports and keys of this workstation belong to that agency.</source>
        <translation>Nhiệm vụ, báo cáo và khóa của máy này thuộc về đơn vị đó.</translation>
    </message>
    <message>
        <location filename="../app/ui/setup_wizard.py" line="70" />
        <source>Type to filter, e.g. “ngoai vu”</source>
        <translation>Gõ để lọc, ví dụ “ngoai vu”</translation>
    </message>
</context>
<context>
    <name>AgencyRegisterDialog</name>
    <message>
        <location filename="../app/ui/agency_register.py" line="36" />
        <source>Agency register</source>
        <translation>Danh mục đơn vị</translation>
    </message>
    <message>
        <location filename="../app/ui/agency_register.py" line="46" />
        <source>&amp;Add…</source>
        <translation>&amp;Thêm…</translation>
    </message>
    <message>
        <location filename="../app/ui/agency_register.py" line="47" />
        <source>&amp;Rename…</source>
        <translation>Đổi &amp;tên…</translation>
    </message>
    <message>
        <location filename="../app/ui/agency_register.py" line="48" />
        <source>Re&amp;tire or hand over…</source>
        <translation>&amp;Giải thể hoặc chuyển giao…</translation>
    </message>
    <message>
        <location filename="../app/ui/agency_register.py" line="49" />
        <source>&amp;Delete</source>
        <translation>&amp;Xóa</translation>
    </message>
    <message>
        <location filename="../app/ui/agency_register.py" line="87" />
        <source>Select an agency first.</source>
        <translation>Hãy chọn một đơn vị trước.</translation>
    </message>
    <message>
        <location filename="../app/ui/agency_register.py" line="91" />
        <source>Add an agency</source>
        <translation>Thêm đơn vị</translation>
    </message>
    <message>
        <location filename="../app/ui/agency_register.py" line="100" />
        <source>Rename %1</source>
        <translation>Đổi tên %1</translation>
    </message>
    <message>
        <location filename="../app/ui/agency_register.py" line="120" />
        <source>Delete %1? Only an agency added by mistake can be deleted.</source>
        <translation>Xóa %1? Chỉ xóa được đơn vị thêm nhầm.</translation>
    </message>
</context>
<context>
    <name>AgencyTableModel</name>
    <message>
        <location filename="../app/ui/agency_model.py" line="11" />
        <source>Code</source>
        <translation>Mã</translation>
    </message>
    <message>
        <location filename="../app/ui/agency_model.py" line="12" />
        <source>Vietnamese name</source>
        <translation>Tên tiếng Việt</translation>
    </message>
    <message>
        <location filename="../app/ui/agency_model.py" line="13" />
        <source>English name</source>
        <translation>Tên tiếng Anh</translation>
    </message>
    <message>
        <location filename="../app/ui/agency_model.py" line="14" />
        <source>Kind</source>
        <translation>Loại</translation>
    </message>
    <message>
        <location filename="../app/ui/agency_model.py" line="15" />
        <source>State</source>
        <translation>Trạng thái</translation>
    </message>
    <message>
        <location filename="../app/ui/agency_model.py" line="74" />
        <source>Active</source>
        <translation>Đang hoạt động</translation>
    </message>
    <message>
        <location filename="../app/ui/agency_model.py" line="75" />
        <source>Retired %1</source>
        <translation>Giải thể %1</translation>
    </message>
</context>
<context>
    <name>DutyBrowser</name>
    <message>
        <location filename="../app/ui/duty_browser.py" line="40" />
        <source>Duties of my agency (%1)</source>
        <translation>Nhiệm vụ của đơn vị tôi (%1)</translation>
    </message>
    <message>
        <location filename="../app/ui/duty_browser.py" line="41" />
        <source>The whole plan</source>
        <translation>Toàn bộ kế hoạch</translation>
    </message>
    <message>
        <location filename="../app/ui/duty_browser.py" line="43" />
        <source>Search duties (accents optional, Ctrl+F)</source>
        <translation>Tìm nhiệm vụ (gõ có dấu hoặc không dấu, Ctrl+F)</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/ui/duty_browser.py" line="103" />
        <source>%n duty(ies)</source>
        <translation>
            <numerusform>%n nhiệm vụ</numerusform></translation>
    </message>
    <message>
        <location filename="../app/ui/duty_browser.py" line="106" />
        <source>No duty matches “%1”.</source>
        <translation>Không có nhiệm vụ nào khớp với “%1”.</translation>
    </message>
    <message>
        <location filename="../app/ui/duty_browser.py" line="140" />
        <source>Section %1, item %2 (context, not reported on)</source>
        <translation>Mục %1, khoản %2 (nội dung tham khảo, không báo cáo)</translation>
    </message>
    <message>
        <location filename="../app/ui/duty_browser.py" line="149" />
        <source>Section %1 %2 › item %3 %4 › paragraph %5</source>
        <translation>Mục %1 %2 › khoản %3 %4 › đoạn %5</translation>
    </message>
    <message>
        <location filename="../app/ui/duty_browser.py" line="164" />
        <source>Lead agencies</source>
        <translation>Cơ quan chủ trì</translation>
    </message>
    <message>
        <location filename="../app/ui/duty_browser.py" line="165" />
        <source>Coordinating agencies</source>
        <translation>Cơ quan phối hợp</translation>
    </message>
    <message>
        <location filename="../app/ui/duty_browser.py" line="167" />
        <source>My agency:</source>
        <translation>Đơn vị tôi:</translation>
    </message>
    <message>
        <location filename="../app/ui/duty_browser.py" line="173" />
        <source>none named</source>
        <translation>không nêu đơn vị cụ thể</translation>
    </message>
    <message>
        <location filename="../app/ui/duty_model.py" line="28" />
        <source>Reference</source>
        <translation>Số hiệu</translation>
    </message>
    <message>
        <location filename="../app/ui/duty_model.py" line="29" />
        <source>Duty</source>
        <translation>Nhiệm vụ</translation>
    </message>
    <message>
        <location filename="../app/ui/duty_model.py" line="30" />
        <source>My agency</source>
        <translation>Đơn vị tôi</translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <location filename="../app/ui/labels.py" line="8" />
        <source>Department, board or sector</source>
        <translation>Sở, ban, ngành</translation>
    </message>
    <message>
        <location filename="../app/ui/labels.py" line="9" />
        <source>District-level People's Committee</source>
        <translation>UBND cấp huyện</translation>
    </message>
    <message>
        <location filename="../app/ui/labels.py" line="10" />
        <source>Commune-level People's Committee</source>
        <translation>UBND cấp xã</translation>
    </message>
    <message>
        <location filename="../app/ui/labels.py" line="11" />
        <source>Police or military command</source>
        <translation>Công an, quân sự, biên phòng</translation>
    </message>
    <message>
        <location filename="../app/ui/labels.py" line="12" />
        <source>Fatherland Front or mass organisation</source>
        <translation>Mặt trận Tổ quốc, tổ chức chính trị - xã hội</translation>
    </message>
    <message>
        <location filename="../app/ui/labels.py" line="13" />
        <source>Other</source>
        <translation>Khác</translation>
    </message>
    <message>
        <location filename="../app/ui/labels.py" line="17" />
        <source>Lead</source>
        <translation>Chủ trì</translation>
    </message>
    <message>
        <location filename="../app/ui/labels.py" line="18" />
        <source>Coordinating</source>
        <translation>Phối hợp</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../app/ui/main_window.py" line="31" />
        <source>Plan Tracker — %1</source>
        <translation>Theo dõi thực hiện Kế hoạch — %1</translation>
    </message>
    <message>
        <location filename="../app/ui/main_window.py" line="38" />
        <source>&amp;File</source>
        <translation>&amp;Tệp</translation>
    </message>
    <message>
        <location filename="../app/ui/main_window.py" line="39" />
        <source>&amp;Quit</source>
        <translation>T&amp;hoát</translation>
    </message>
    <message>
        <location filename="../app/ui/main_window.py" line="44" />
        <source>&amp;Registers</source>
        <translation>&amp;Danh mục</translation>
    </message>
    <message>
        <location filename="../app/ui/main_window.py" line="45" />
        <source>&amp;Agency register…</source>
        <translation>&amp;Danh mục đơn vị…</translation>
    </message>
    <message>
        <location filename="../app/ui/main_window.py" line="50" />
        <source>&amp;Language</source>
        <translation>&amp;Ngôn ngữ</translation>
    </message>
    <message>
        <location filename="../app/ui/main_window.py" line="60" />
        <source>&amp;Help</source>
        <translation>Trợ &amp;giúp</translation>
    </message>
    <message>
        <location filename="../app/ui/main_window.py" line="61" />
        <source>&amp;About Plan Tracker</source>
        <translation>&amp;Giới thiệu phần mềm</translation>
    </message>
    <message>
        <location filename="../app/ui/main_window.py" line="67" />
        <source>Consolidating workstation</source>
        <translation>Máy tổng hợp</translation>
    </message>
    <message>
        <location filename="../app/ui/main_window.py" line="69" />
        <source>Agency workstation</source>
        <translation>Máy của đơn vị</translation>
    </message>
    <message>
        <location filename="../app/ui/main_window.py" line="71" />
        <source>Plan %1 of %2</source>
        <translation>Kế hoạch %1 ngày %2</translation>
    </message>
    <message>
        <location filename="../app/ui/main_window.py" line="86" />
        <source>About Plan Tracker</source>
        <translation>Giới thiệu phần mềm</translation>
    </message>
    <message>
        <location filename="../app/ui/main_window.py" line="87" />
        <source>Plan Tracker</source>
        <translation>Theo dõi thực hiện Kế hoạch</translation>
    </message>
</context>
<context>
    <name>RetireForm</name>
    <message>
        <location filename="../app/ui/agency_register.py" line="161" />
        <source>Retire %1</source>
        <translation>Giải thể %1</translation>
    </message>
    <message>
        <location filename="../app/ui/agency_register.py" line="166" />
        <source>(no successor)</source>
        <translation>(không có đơn vị kế thừa)</translation>
    </message>
    <message>
        <location filename="../app/ui/agency_register.py" line="171" />
        <source>Retired on</source>
        <translation>Ngày giải thể</translation>
    </message>
    <message>
        <location filename="../app/ui/agency_register.py" line="172" />
        <source>Duties and history go to</source>
        <translation>Chuyển nhiệm vụ và lịch sử cho</translation>
    </message>
</context>
<context>
    <name>RolePage</name>
    <message>
        <location filename="../app/ui/setup_wizard.py" line="109" />
        <source>Is this the consolidating workstation?</source>
        <translation>Đây có phải máy tổng hợp không?</translation>
    </message>
    <message>
        <location filename="../app/ui/setup_wizard.py" line="113" />
        <source>This workstation consolidates the reports of every agency (Department of Foreign Affairs in Decision 590)</source>
        <translation>Máy này tổng hợp báo cáo của mọi đơn vị (Sở Ngoại vụ theo Quyết định 590)</translation>
    </message>
    <message>
        <location filename="../app/ui/setup_wizard.py" line="117" />
        <source>Leave this unticked on an agency's workstation: it drafts and signs the agency's own reports and sends them as bundle files.</source>
        <translation>Để trống ô này trên máy của đơn vị: máy này soạn, ký báo cáo của chính đơn vị và gửi đi dưới dạng tệp gói.</translation>
    </message>
    <message>
        <location filename="../app/ui/setup_wizard.py" line="130" />
        <source>Agency: %1 (%2)</source>
        <translation>Đơn vị: %1 (%2)</translation>
    </message>
</context>
<context>
    <name>SetupWizard</name>
    <message>
        <location filename="../app/ui/setup_wizard.py" line="33" />
        <source>Plan Tracker — set up this workstation</source>
        <translation>Theo dõi thực hiện Kế hoạch — thiết lập máy</translation>
    </message>
    <message>
        <location filename="../app/ui/setup_wizard.py" line="35" />
        <source>&lt; &amp;Back</source>
        <translation>&lt; &amp;Quay lại</translation>
    </message>
    <message>
        <location filename="../app/ui/setup_wizard.py" line="36" />
        <source>&amp;Next &gt;</source>
        <translation>&amp;Tiếp &gt;</translation>
    </message>
    <message>
        <location filename="../app/ui/setup_wizard.py" line="37" />
        <source>&amp;Finish</source>
        <translation>&amp;Hoàn tất</translation>
    </message>
    <message>
        <location filename="../app/ui/setup_wizard.py" line="38" />
        <source>Cancel</source>
        <translation>Hủy</translation>
    </message>
</context>
</TS>