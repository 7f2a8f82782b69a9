<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>AccountForm</name>
    <message>
        <location filename="../app/ui/accounts_dialog.py" line="165"/>
        <source>Add an account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/accounts_dialog.py" line="168"/>
        <source>A drafter writes the agency&apos;s reports; an approver (the head of agency or a deputy) signs them off. An approver confirms the new account with their password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/accounts_dialog.py" line="181"/>
        <source>made from the full name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/accounts_dialog.py" line="188"/>
        <source>Full name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/accounts_dialog.py" line="189"/>
        <source>Position</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/accounts_dialog.py" line="190"/>
        <source>Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/accounts_dialog.py" line="191"/>
        <source>Login</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/accounts_dialog.py" line="192"/>
        <source>Password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/accounts_dialog.py" line="193"/>
        <source>Repeat the password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/accounts_dialog.py" line="194"/>
        <source>An approver&apos;s password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/accounts_dialog.py" line="200"/>
        <source>Add account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/accounts_dialog.py" line="207"/>
        <source>Type the full name and the position.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/accounts_dialog.py" line="210"/>
        <source>Type an approver&apos;s password to confirm.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AccountsDialog</name>
    <message>
        <location filename="../app/ui/accounts_dialog.py" line="49"/>
        <source>Accounts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/accounts_dialog.py" line="52"/>
        <source>Login</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/accounts_dialog.py" line="52"/>
        <source>Full name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/accounts_dialog.py" line="52"/>
        <source>Position</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/accounts_dialog.py" line="52"/>
        <source>Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/accounts_dialog.py" line="53"/>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/accounts_dialog.py" line="64"/>
        <source>&amp;Add…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/accounts_dialog.py" line="65"/>
        <location filename="../app/ui/accounts_dialog.py" line="127"/>
        <source>&amp;Deactivate…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/accounts_dialog.py" line="66"/>
        <source>&amp;Change my password…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/accounts_dialog.py" line="94"/>
        <source>Active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/accounts_dialog.py" line="94"/>
        <source>Deactivated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/accounts_dialog.py" line="125"/>
        <source>&amp;Reactivate…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/accounts_dialog.py" line="140"/>
        <source>Reactivate %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/accounts_dialog.py" line="141"/>
        <source>%1 will be able to sign in again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/accounts_dialog.py" line="143"/>
        <source>Deactivate %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/accounts_dialog.py" line="144"/>
        <source>%1 will no longer be able to sign in or sign. The history stays.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AgencyForm</name>
    <message>
        <location filename="../app/ui/agency_register.py" line="144"/>
        <source>Code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/agency_register.py" line="145"/>
        <source>Vietnamese name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/agency_register.py" line="146"/>
        <source>English name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/agency_register.py" line="147"/>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AgencyPage</name>
    <message>
        <location filename="../app/ui/setup_wizard.py" line="85"/>
        <source>Which agency does this workstation serve?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/setup_wizard.py" line="87"/>
        <source>The duties, reports and keys of this workstation belong to that agency.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/setup_wizard.py" line="90"/>
        <source>Type to filter, e.g. “ngoai vu”</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AgencyRegisterDialog</name>
    <message>
        <location filename="../app/ui/agency_register.py" line="36"/>
        <source>Agency register</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/agency_register.py" line="49"/>
        <source>&amp;Add…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/agency_register.py" line="50"/>
        <source>&amp;Rename…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/agency_register.py" line="51"/>
        <source>Re&amp;tire or hand over…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/agency_register.py" line="52"/>
        <source>&amp;Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/agency_register.py" line="89"/>
        <source>Select an agency first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/agency_register.py" line="93"/>
        <source>Add an agency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/agency_register.py" line="102"/>
        <source>Rename %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/agency_register.py" line="123"/>
        <source>Delete %1? Only an agency added by mistake can be deleted.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AgencyReportDialog</name>
    <message>
        <location filename="../app/ui/agency_report_dialog.py" line="55"/>
        <source>%1 — report for %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/agency_report_dialog.py" line="68"/>
        <source>&amp;Revision:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/agency_report_dialog.py" line="108"/>
        <source>%1 — %2, signed %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/agency_report_dialog.py" line="111"/>
        <source>%1 (returned)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/agency_report_dialog.py" line="113"/>
        <source>%1 (latest)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/agency_report_dialog.py" line="120"/>
        <source>%1 · %2 · due %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/agency_report_dialog.py" line="130"/>
        <source>Returned for revision on %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/agency_report_dialog.py" line="139"/>
        <source>Two different signed contents of one revision are on record; decide which one counts in the Conflicts tab.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/agency_report_dialog.py" line="163"/>
        <source>Revision %1 was recorded from a report that came on paper or by plain email, received on %2. It carries no signed content: the paper original is the record.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AgencyTableModel</name>
    <message>
        <location filename="../app/ui/agency_model.py" line="12"/>
        <source>Code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/agency_model.py" line="13"/>
        <source>Vietnamese name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/agency_model.py" line="14"/>
        <source>English name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/agency_model.py" line="15"/>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/agency_model.py" line="16"/>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/agency_model.py" line="71"/>
        <source>Active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/agency_model.py" line="72"/>
        <source>Retired %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ApproverPasswordDialog</name>
    <message>
        <location filename="../app/ui/accounts_dialog.py" line="243"/>
        <source>An approver&apos;s password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/accounts_dialog.py" line="249"/>
        <source>Confirm</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AuditLog</name>
    <message>
        <location filename="../app/ui/audit_view.py" line="36"/>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/audit_view.py" line="37"/>
        <source>Who</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/audit_view.py" line="38"/>
        <source>Action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/audit_view.py" line="39"/>
        <source>Details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/audit_view.py" line="42"/>
        <source>Account added</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/audit_view.py" line="43"/>
        <source>Signed in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/audit_view.py" line="44"/>
        <source>Sign-in refused (wrong password)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/audit_view.py" line="45"/>
        <source>Approver&apos;s password refused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/audit_view.py" line="46"/>
        <source>Password changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/audit_view.py" line="47"/>
        <source>Account reactivated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/audit_view.py" line="48"/>
        <source>Account deactivated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/audit_view.py" line="49"/>
        <source>Report created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/audit_view.py" line="50"/>
        <source>Report edited</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/audit_view.py" line="51"/>
        <source>Evidence attached</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/audit_view.py" line="52"/>
        <source>Evidence removed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/audit_view.py" line="53"/>
        <source>Implementing plan recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/audit_view.py" line="54"/>
        <source>Report started from the previous period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/audit_view.py" line="57"/>
        <source>Report submitted for sign-off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/audit_view.py" line="58"/>
        <source>Report signed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/audit_view.py" line="59"/>
        <source>Signing refused (wrong password)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/audit_view.py" line="60"/>
        <source>Report amended (new revision)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/audit_view.py" line="61"/>
        <source>Agency added</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/audit_view.py" line="62"/>
        <source>Agency renamed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/audit_view.py" line="63"/>
        <source>Agency retired</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/audit_view.py" line="64"/>
        <source>Workstation set up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/audit_view.py" line="65"/>
        <source>Signing key created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/audit_view.py" line="66"/>
        <source>Document settings changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/audit_view.py" line="67"/>
        <source>Due date of a period set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/audit_view.py" line="68"/>
        <source>Default due date changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/audit_view.py" line="69"/>
        <source>Decryption key created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/audit_view.py" line="70"/>
        <source>Setup kit exported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/audit_view.py" line="71"/>
        <source>DoFA&apos;s setup kit adopted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/audit_view.py" line="72"/>
        <source>Enrolment file exported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/audit_view.py" line="73"/>
        <source>Agency enrolled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/audit_view.py" line="74"/>
        <source>Enrolment refused (fingerprint differs)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/audit_view.py" line="75"/>
        <source>Bundle exported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/audit_view.py" line="76"/>
        <source>Bundle imported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/audit_view.py" line="77"/>
        <source>Bundle rejected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/audit_view.py" line="78"/>
        <source>Conflicting revision received</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/audit_view.py" line="79"/>
        <source>Conflict decided</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/audit_view.py" line="80"/>
        <source>Keys backed up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/audit_view.py" line="81"/>
        <source>Keys restored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/audit_view.py" line="82"/>
        <source>Signing key rotated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/audit_view.py" line="83"/>
        <source>An agency&apos;s new key accepted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/audit_view.py" line="84"/>
        <source>An agency&apos;s key revoked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/audit_view.py" line="85"/>
        <source>An agency&apos;s key replaced (new machine)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/audit_view.py" line="86"/>
        <source>Reply written for an agency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/audit_view.py" line="87"/>
        <source>DoFA&apos;s reply imported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/audit_view.py" line="88"/>
        <source>DoFA&apos;s reply rejected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/audit_view.py" line="89"/>
        <source>Report returned for revision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/audit_view.py" line="90"/>
        <source>Paper report recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/audit_view.py" line="91"/>
        <source>Consolidated report started</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/audit_view.py" line="92"/>
        <source>Consolidated report edited</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/audit_view.py" line="93"/>
        <source>Changes to the pre-fill accepted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/audit_view.py" line="94"/>
        <source>Consolidated report signed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/audit_view.py" line="95"/>
        <source>Signing the consolidated report refused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/audit_view.py" line="98"/>
        <source>Consolidated report amended</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/audit_view.py" line="99"/>
        <source>Reminder letter written</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AuditLogDialog</name>
    <message>
        <location filename="../app/ui/audit_view.py" line="256"/>
        <source>Activity log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/audit_view.py" line="258"/>
        <source>The latest %1 entries, newest first.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AuditLogView</name>
    <message>
        <location filename="../app/ui/audit_view.py" line="203"/>
        <source>Filter by any text, e.g. a login or “ký”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/audit_view.py" line="205"/>
        <source>&amp;Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/audit_view.py" line="249"/>
        <source>%1 of %2 entries</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BundleLedger</name>
    <message>
        <location filename="../app/ui/ledger_view.py" line="33"/>
        <source>Agency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/ledger_view.py" line="34"/>
        <source>No.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/ledger_view.py" line="35"/>
        <source>File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/ledger_view.py" line="36"/>
        <source>Received at</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/ledger_view.py" line="37"/>
        <source>Verdict</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/ledger_view.py" line="38"/>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/ledger_view.py" line="41"/>
        <source>Imported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/ledger_view.py" line="42"/>
        <source>Imported, with a conflict</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/ledger_view.py" line="43"/>
        <source>Rejected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/ledger_view.py" line="45"/>
        <source>a revision arrived with a different content than the one on record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/ledger_view.py" line="48"/>
        <source>returned by DoFA for revision: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/ledger_view.py" line="64"/>
        <source>Bundle %1 from %2 never arrived</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/ledger_view.py" line="66"/>
        <source>Bundles %1 from %2 never arrived</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/ledger_view.py" line="98"/>
        <source>(unknown sender)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ChangePasswordDialog</name>
    <message>
        <location filename="../app/ui/accounts_dialog.py" line="269"/>
        <source>Change my password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/accounts_dialog.py" line="275"/>
        <source>Account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/accounts_dialog.py" line="276"/>
        <source>Current password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/accounts_dialog.py" line="277"/>
        <source>New password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/accounts_dialog.py" line="278"/>
        <source>Repeat the new password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/accounts_dialog.py" line="283"/>
        <source>Change password</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ChangesPanel</name>
    <message>
        <location filename="../app/ui/consolidated_changes.py" line="44"/>
        <source>&amp;Accept</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/consolidated_changes.py" line="45"/>
        <source>&amp;Keep mine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/consolidated_changes.py" line="46"/>
        <source>Accept e&amp;verything</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/consolidated_changes.py" line="47"/>
        <source>Take the agencies&apos; new text into the report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/consolidated_changes.py" line="49"/>
        <source>Keep the report as it is; the change is not offered again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/consolidated_changes.py" line="70"/>
        <source>Changed since you last accepted (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/consolidated_changes.py" line="72"/>
        <source>Changed since you last accepted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/consolidated_changes.py" line="81"/>
        <source>Nothing new: the report uses the latest accepted reports.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/consolidated_changes.py" line="84"/>
        <source>Reports received or returned after you accepted the pre-fill. Your summaries and assessment are never changed by them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/consolidated_changes.py" line="88"/>
        <source>This revision is signed; amend it to take these changes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/consolidated_changes.py" line="100"/>
        <source>Reporting situation: %1 → %2 received, %3 → %4 on time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/consolidated_changes.py" line="108"/>
        <source>%1 · %2: newly reported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/consolidated_changes.py" line="109"/>
        <source>%1 · %2: changed in a new revision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/consolidated_changes.py" line="110"/>
        <source>%1 · %2: no longer usable (returned or in conflict)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/consolidated_changes.py" line="113"/>
        <source> — you rewrote this passage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/consolidated_changes.py" line="120"/>
        <source>(not in the report)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/consolidated_changes.py" line="139"/>
        <source>In the report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/consolidated_changes.py" line="140"/>
        <source>Now received</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/consolidated_changes.py" line="144"/>
        <source>Accepting replaces your own wording of this passage.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConflictInbox</name>
    <message>
        <location filename="../app/ui/conflict_inbox.py" line="64"/>
        <source>Duty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/conflict_inbox.py" line="65"/>
        <source>Field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/conflict_inbox.py" line="66"/>
        <source>Version on record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/conflict_inbox.py" line="67"/>
        <source>Other version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/conflict_inbox.py" line="75"/>
        <source>&amp;Keep the version on record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/conflict_inbox.py" line="76"/>
        <source>Keep the o&amp;ther version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/conflict_inbox.py" line="86"/>
        <source>An agency sent two different signed contents for the same revision. Both signatures are valid; decide which one counts. The other stays on record.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/conflict_inbox.py" line="134"/>
        <source>found %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/conflict_inbox.py" line="152"/>
        <source>No conflicts to decide</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/conflict_inbox.py" line="155"/>
        <source>When an agency sends a second, different content for a revision DoFA already holds, it waits here for a decision.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/conflict_inbox.py" line="168"/>
        <source>On record: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/conflict_inbox.py" line="170"/>
        <source>Other version: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/conflict_inbox.py" line="184"/>
        <source>The entries are the same; only the sign-off details differ.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/conflict_inbox.py" line="193"/>
        <source>signed %1 by %2, No. %3 (content hash %4…)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/conflict_inbox.py" line="207"/>
        <source>the version on record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/conflict_inbox.py" line="212"/>
        <source>the other version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/conflict_inbox.py" line="221"/>
        <source>Keep %1 of %2 as the report that counts? The other version stays on record but is no longer used.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/conflict_inbox.py" line="227"/>
        <source>Decide the conflict</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/conflict_inbox.py" line="238"/>
        <source>Decided: %1 of %2 (%3) counts.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConsolidatedEditor</name>
    <message>
        <location filename="../app/ui/consolidated_editor.py" line="90"/>
        <source>Reporting &amp;period:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/consolidated_editor.py" line="101"/>
        <source>Pre-filled from the agencies&apos; reports (read-only)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/consolidated_editor.py" line="108"/>
        <source>Summary of the reporting situation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/consolidated_editor.py" line="109"/>
        <source>Summary of section %1. %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/consolidated_editor.py" line="111"/>
        <source>Overall assessment and proposals (required to sign)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/consolidated_editor.py" line="122"/>
        <source>Your writing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/consolidated_editor.py" line="135"/>
        <source>S&amp;ign off…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/consolidated_editor.py" line="136"/>
        <source>Amend (ne&amp;w revision)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/consolidated_editor.py" line="137"/>
        <source>Export P&amp;DF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/consolidated_editor.py" line="138"/>
        <source>Export W&amp;ord…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/consolidated_editor.py" line="139"/>
        <source>Export E&amp;xcel…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/consolidated_editor.py" line="140"/>
        <source>Reminder le&amp;tters…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/consolidated_editor.py" line="180"/>
        <source>Plan Tracker</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/consolidated_editor.py" line="199"/>
        <source>Not saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/consolidated_editor.py" line="202"/>
        <source>Saved at %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/consolidated_editor.py" line="261"/>
        <source>Not started: it is saved as soon as you write or accept something.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/consolidated_editor.py" line="263"/>
        <source>Revision %1 · draft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/consolidated_editor.py" line="265"/>
        <source>reason: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/consolidated_editor.py" line="270"/>
        <source>Revision %1 · signed by %2 (%3) on %4, No. %5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/consolidated_editor.py" line="277"/>
        <source>signature valid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/consolidated_editor.py" line="277"/>
        <source>signature NOT valid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/consolidated_editor.py" line="287"/>
        <source>Saving…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/consolidated_editor.py" line="311"/>
        <source>Amend the signed consolidated report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/consolidated_editor.py" line="314"/>
        <source>Revision %1 is signed and stays as it is. A new revision will be made for your changes.
Reason for the change (required):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/consolidated_editor.py" line="334"/>
        <source>PDF documents (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/consolidated_editor.py" line="335"/>
        <source>Word documents (*.docx)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/consolidated_editor.py" line="336"/>
        <source>Excel workbooks (*.xlsx)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/consolidated_editor.py" line="344"/>
        <source>Export the consolidated report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/consolidated_editor.py" line="363"/>
        <source>Writing the file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/consolidated_editor.py" line="369"/>
        <source>Not written</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/consolidated_editor.py" line="370"/>
        <source>The file could not be written: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/consolidated_editor.py" line="373"/>
        <source>Saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConsolidatedSignDialog</name>
    <message>
        <location filename="../app/ui/consolidated_dialogs.py" line="43"/>
        <source>Sign the consolidated report off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/consolidated_dialogs.py" line="46"/>
        <source>What will be signed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/consolidated_dialogs.py" line="48"/>
        <source>Period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/consolidated_dialogs.py" line="51"/>
        <source>%1 (amended: %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/consolidated_dialogs.py" line="52"/>
        <source>Revision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/consolidated_dialogs.py" line="54"/>
        <source>Reports used</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/consolidated_dialogs.py" line="57"/>
        <source>%1 of %2 agencies reported, %3 on time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/consolidated_dialogs.py" line="65"/>
        <source>Passages</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../app/ui/consolidated_dialogs.py" line="69"/>
        <source>%n change(s) received since you last accepted the pre-fill are not in the report. You may sign anyway; they stay listed for the next revision.</source>
        <translation>
            <numerusform>%n change received since you last accepted the pre-fill are not in the report. You may sign anyway; they stay listed for the next revision.</numerusform>
            <numerusform>%n changes received since you last accepted the pre-fill are not in the report. You may sign anyway; they stay listed for the next revision.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/ui/consolidated_dialogs.py" line="83"/>
        <source>Signer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/consolidated_dialogs.py" line="85"/>
        <source>Signed by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/consolidated_dialogs.py" line="86"/>
        <source>Password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/consolidated_dialogs.py" line="89"/>
        <source>Key passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/consolidated_dialogs.py" line="92"/>
        <source>Once signed, this revision can no longer be changed; a correction is made as an amendment (a new revision with its reason).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/consolidated_dialogs.py" line="99"/>
        <source>&amp;Sign</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/consolidated_dialogs.py" line="117"/>
        <source>This revision is already signed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/consolidated_dialogs.py" line="119"/>
        <source>Write the overall assessment first: it is part of the signed text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/consolidated_dialogs.py" line="121"/>
        <source>There is no active approver to sign.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConsolidationMenu</name>
    <message>
        <location filename="../app/ui/consolidation_menu.py" line="24"/>
        <source>Con&amp;solidated report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/consolidation_menu.py" line="25"/>
        <source>&amp;Consolidation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/consolidation_menu.py" line="27"/>
        <source>&amp;Consolidated report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/consolidation_menu.py" line="28"/>
        <source>&amp;Reminder letters…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Dashboard</name>
    <message>
        <location filename="../app/ui/dashboard_model.py" line="36"/>
        <source>Not yet due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/dashboard_model.py" line="37"/>
        <source>Missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/dashboard_model.py" line="38"/>
        <source>On time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/dashboard_model.py" line="39"/>
        <source>Late</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/dashboard_model.py" line="40"/>
        <source>Returned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/dashboard_model.py" line="41"/>
        <source>Conflict</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/dashboard_model.py" line="44"/>
        <source>bundle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/dashboard_model.py" line="45"/>
        <source>paper or plain email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/dashboard_model.py" line="46"/>
        <source>written on this workstation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/dashboard_model.py" line="80"/>
        <source>rev. %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/dashboard_model.py" line="82"/>
        <source>paper</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/dashboard_model.py" line="84"/>
        <source>reminded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/dashboard_model.py" line="93"/>
        <source>Revision %1, %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/dashboard_model.py" line="98"/>
        <source>Signed %1 · received %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/dashboard_model.py" line="100"/>
        <source>Due %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/dashboard_model.py" line="104"/>
        <source>Reminder sent %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/dashboard_model.py" line="116"/>
        <source>%1/%2 received (%3%)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/dashboard_model.py" line="121"/>
        <source>%1 on time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/dashboard_model.py" line="216"/>
        <source>Agency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/dashboard_model.py" line="218"/>
        <source>due %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DashboardView</name>
    <message>
        <location filename="../app/ui/dashboard.py" line="40"/>
        <source>All kinds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/dashboard.py" line="74"/>
        <source>All statuses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/dashboard.py" line="77"/>
        <source>The status in the chosen period (the last column)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/dashboard.py" line="78"/>
        <source>Record a &amp;paper report…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/dashboard.py" line="79"/>
        <source>&amp;Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/dashboard.py" line="100"/>
        <source>Peri&amp;od:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/dashboard.py" line="101"/>
        <source>&amp;Kind:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/dashboard.py" line="102"/>
        <source>&amp;Status:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/dashboard.py" line="171"/>
        <source>%1 has no report for %2 on record (%3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/dashboard.py" line="192"/>
        <source>%1 agencies shown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/dashboard.py" line="239"/>
        <source>Recorded: the paper report of %1 for %2, received %3.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DocumentSettingsDialog</name>
    <message>
        <location filename="../app/ui/settings_dialogs.py" line="52"/>
        <source>Document settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/settings_dialogs.py" line="55"/>
        <source>How this agency&apos;s reports are headed and addressed, in the layout of Decree 30/2020/NĐ-CP on administrative documents.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/settings_dialogs.py" line="73"/>
        <source>Parent body</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/settings_dialogs.py" line="75"/>
        <source>First line of the heading, top left (Decree 30).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/settings_dialogs.py" line="78"/>
        <source>Agency name as printed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/settings_dialogs.py" line="80"/>
        <source>Under the parent body, in capitals.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/settings_dialogs.py" line="83"/>
        <source>Abbreviation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/settings_dialogs.py" line="85"/>
        <source>In the report&apos;s number: “Số: 12/BC-SYT”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/settings_dialogs.py" line="88"/>
        <source>Place</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/settings_dialogs.py" line="90"/>
        <source>Before the date: “Quảng Ngãi, ngày 15 tháng 6 năm 2026”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/settings_dialogs.py" line="93"/>
        <source>Title of the head</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/settings_dialogs.py" line="95"/>
        <source>A deputy signs on the head&apos;s behalf, e.g. “KT. GIÁM ĐỐC / PHÓ GIÁM ĐỐC”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/settings_dialogs.py" line="98"/>
        <source>Recipients</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/settings_dialogs.py" line="100"/>
        <source>One per line, under “Nơi nhận:” at the bottom left.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/settings_dialogs.py" line="106"/>
        <source>Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/settings_dialogs.py" line="108"/>
        <source>Use the &amp;defaults</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/settings_dialogs.py" line="148"/>
        <source>Fill in every field; only the recipients may wait.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DueDatesDialog</name>
    <message>
        <location filename="../app/ui/settings_dialogs.py" line="168"/>
        <source>Report due dates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/settings_dialogs.py" line="178"/>
        <source>A report is due a number of working days after its period&apos;s cut-off; weekends and Vietnamese public holidays (Tết, Hùng Kings&apos; day, 30/4, 1/5, 2/9) are skipped. One period&apos;s date can also be set outright.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/settings_dialogs.py" line="188"/>
        <source>Reports are due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/settings_dialogs.py" line="190"/>
        <source>working days after the cut-off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/settings_dialogs.py" line="195"/>
        <source>Period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/settings_dialogs.py" line="195"/>
        <source>Covers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/settings_dialogs.py" line="195"/>
        <source>Due date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/settings_dialogs.py" line="195"/>
        <source>Rule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/settings_dialogs.py" line="208"/>
        <source>Use the &amp;default</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/settings_dialogs.py" line="211"/>
        <source>Due date of the selected period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/settings_dialogs.py" line="223"/>
        <source>Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/settings_dialogs.py" line="251"/>
        <source>Default: %1 working days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/settings_dialogs.py" line="259"/>
        <source>Set for this period</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DutyBrowser</name>
    <message>
        <location filename="../app/ui/duty_browser.py" line="40"/>
        <source>Duties of my agency (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/duty_browser.py" line="41"/>
        <source>The whole plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/duty_browser.py" line="43"/>
        <source>Search duties (accents optional, Ctrl+F)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../app/ui/duty_browser.py" line="121"/>
        <source>%n duty(ies)</source>
        <translation>
            <numerusform>%n duty</numerusform>
            <numerusform>%n duties</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/ui/duty_browser.py" line="124"/>
        <source>No duty matches “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/duty_browser.py" line="160"/>
        <source>Section %1, item %2 (context, not reported on)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/duty_browser.py" line="168"/>
        <source>Section %1 %2 › item %3 %4 › paragraph %5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/duty_browser.py" line="184"/>
        <source>Lead agencies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/duty_browser.py" line="185"/>
        <source>Coordinating agencies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/duty_browser.py" line="187"/>
        <source>My agency:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/duty_browser.py" line="193"/>
        <source>none named</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/duty_model.py" line="30"/>
        <source>Reference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/duty_model.py" line="31"/>
        <source>Duty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/duty_model.py" line="32"/>
        <source>My agency</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DutyView</name>
    <message>
        <location filename="../app/ui/duty_view.py" line="100"/>
        <source>Duties by status, per item of the plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/duty_view.py" line="101"/>
        <source>Reporting rate per period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/duty_view.py" line="105"/>
        <source>&amp;Duty:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/duty_view.py" line="106"/>
        <source>&amp;Period:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/duty_view.py" line="124"/>
        <source>Progress by &amp;section</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/duty_view.py" line="125"/>
        <source>Reporting &amp;rates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/duty_view.py" line="164"/>
        <source>Reporting rate per period (%1 is due on %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/duty_view.py" line="171"/>
        <source>Reported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/duty_view.py" line="173"/>
        <source>On time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/duty_view.py" line="226"/>
        <source>%1: %2 of %3 agencies have an accepted entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/duty_view_models.py" line="18"/>
        <source>Agency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/duty_view_models.py" line="19"/>
        <source>Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/duty_view_models.py" line="20"/>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/duty_view_models.py" line="21"/>
        <source>Progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/duty_view_models.py" line="22"/>
        <source>Results</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/duty_view_models.py" line="23"/>
        <source>Difficulties</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/duty_view_models.py" line="24"/>
        <source>Proposals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/duty_view_models.py" line="25"/>
        <source>Evidence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/duty_view_models.py" line="26"/>
        <source>Revision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/duty_view_models.py" line="29"/>
        <source>Done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/duty_view_models.py" line="30"/>
        <source>In progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/duty_view_models.py" line="31"/>
        <source>Stalled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/duty_view_models.py" line="32"/>
        <source>Not reported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/duty_view_models.py" line="41"/>
        <source>Section</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/duty_view_models.py" line="42"/>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/duty_view_models.py" line="43"/>
        <source>Duties</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/duty_view_models.py" line="97"/>
        <source>%1, signed %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EnrolDialog</name>
    <message>
        <location filename="../app/ui/dofa_trust.py" line="146"/>
        <source>Enrol an agency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/dofa_trust.py" line="148"/>
        <source>the agency&apos;s .ptenroll file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/dofa_trust.py" line="149"/>
        <source>&amp;Choose…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/dofa_trust.py" line="157"/>
        <source>DoFA &amp;approves replacing the agency&apos;s key (a lost or replaced computer)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/dofa_trust.py" line="159"/>
        <source>&amp;Enrol</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/dofa_trust.py" line="167"/>
        <source>Phone the agency and ask them to read out the fingerprint their screen shows under Exchange → Trust and enrolment. Type it here: the agency is enrolled only if it matches the enrolment file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/dofa_trust.py" line="177"/>
        <source>Enrolment &amp;file:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/dofa_trust.py" line="180"/>
        <source>Fin&amp;gerprint read out:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/dofa_trust.py" line="183"/>
        <source>Tick this only when the agency has lost its computer and set up a new one from a new setup kit. The key DoFA trusts now is revoked: bundles signed with it are rejected from then on; reports received earlier stay as they are.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/dofa_trust.py" line="214"/>
        <source>The agency&apos;s enrolment file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/dofa_trust.py" line="216"/>
        <source>Enrolment files (*.ptenroll)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/dofa_trust.py" line="231"/>
        <source>Choose the agency&apos;s enrolment file first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/dofa_trust.py" line="235"/>
        <source>Type the fingerprint the agency reads out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/dofa_trust.py" line="249"/>
        <source>%1 is enrolled with key %2. Its bundles can now be imported.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EntryForm</name>
    <message>
        <location filename="../app/ui/entry_form.py" line="88"/>
        <source>Choose…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/entry_form.py" line="94"/>
        <source>not given</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/entry_form.py" line="96"/>
        <source>What was done in the period, with figures</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/entry_form.py" line="97"/>
        <source>What held the work back, if anything</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/entry_form.py" line="99"/>
        <source>What the agency asks of the province, if anything</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/entry_form.py" line="104"/>
        <source>File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/entry_form.py" line="104"/>
        <source>Size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/entry_form.py" line="104"/>
        <source>SHA-256</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/entry_form.py" line="113"/>
        <source>&amp;Add files…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/entry_form.py" line="114"/>
        <source>Re&amp;move</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/entry_form.py" line="115"/>
        <source>&amp;Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/entry_form.py" line="131"/>
        <source>Implementation &amp;status:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/entry_form.py" line="134"/>
        <source>Pro&amp;gress:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/entry_form.py" line="137"/>
        <source>Evidence &amp;files:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/entry_form.py" line="149"/>
        <source>&amp;Results achieved:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/entry_form.py" line="150"/>
        <source>&amp;Difficulties and obstacles:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/entry_form.py" line="151"/>
        <source>Proposals and re&amp;commendations:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EntryListModel</name>
    <message>
        <location filename="../app/ui/entry_form.py" line="283"/>
        <source>Ref.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/entry_form.py" line="283"/>
        <source>Duty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/entry_form.py" line="283"/>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EscrowDialog</name>
    <message>
        <location filename="../app/ui/dofa_key_dialogs.py" line="160"/>
        <source>DoFA&apos;s escrow key — shown once</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/dofa_key_dialogs.py" line="161"/>
        <source>Keep this escrow key in the office safe</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/dofa_key_dialogs.py" line="177"/>
        <source>&amp;Print…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/dofa_key_dialogs.py" line="178"/>
        <source>I have &amp;stored it safely</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/dofa_key_dialogs.py" line="198"/>
        <source>Every bundle the agencies send to DoFA is also encrypted to this escrow key. If this workstation and its key backups are ever lost, this key alone opens every bundle with the stock age tool (age -d -i), so the province&apos;s reports are not lost.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/dofa_key_dialogs.py" line="205"/>
        <source>Anyone who holds this key can read every report sent to DoFA. It is shown only this once and is not in any log: print it or write it down now, check it letter by letter, and keep it under lock.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/dofa_key_dialogs.py" line="231"/>
        <source>DoFA escrow key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/dofa_key_dialogs.py" line="237"/>
        <source>Sent to the printer.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Exchange</name>
    <message>
        <location filename="../app/ui/exchange_common.py" line="27"/>
        <source>Report bundles (*.ptbundle)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/exchange_common.py" line="31"/>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/exchange_common.py" line="32"/>
        <source>Progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/exchange_common.py" line="33"/>
        <source>Results</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/exchange_common.py" line="34"/>
        <source>Difficulties</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/exchange_common.py" line="35"/>
        <source>Proposals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/exchange_common.py" line="36"/>
        <source>Evidence files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/exchange_common.py" line="40"/>
        <source>New report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/exchange_common.py" line="41"/>
        <source>Newer revision: replaces the one on record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/exchange_common.py" line="42"/>
        <source>Older revision: kept for the record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/exchange_common.py" line="43"/>
        <source>Unchanged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/exchange_common.py" line="44"/>
        <source>Conflict: a different content for a revision on record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/exchange_common.py" line="50"/>
        <source>Can be imported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/exchange_common.py" line="51"/>
        <source>Can be imported; holds a conflict</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/exchange_common.py" line="52"/>
        <location filename="../app/ui/exchange_common.py" line="58"/>
        <source>Already imported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/exchange_common.py" line="53"/>
        <location filename="../app/ui/exchange_common.py" line="59"/>
        <source>Rejected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/exchange_common.py" line="56"/>
        <source>Imported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/exchange_common.py" line="57"/>
        <source>Imported; a conflict to decide</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/exchange_common.py" line="84"/>
        <source>%1, revision %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/exchange_common.py" line="148"/>
        <source>Key passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/exchange_common.py" line="149"/>
        <source>This computer has no OS secret store, so this workstation&apos;s keys are kept in a file protected by a passphrase.
Passphrase:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ExchangeMenu</name>
    <message>
        <location filename="../app/ui/exchange_menu.py" line="46"/>
        <source>&amp;Exchange</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/exchange_menu.py" line="64"/>
        <source>&amp;Send reports to DoFA…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/exchange_menu.py" line="66"/>
        <source>&amp;Trust and enrolment…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/exchange_menu.py" line="68"/>
        <source>Import DoFA&apos;s &amp;reply…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/exchange_menu.py" line="71"/>
        <source>R&amp;otate signing key…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/exchange_menu.py" line="74"/>
        <source>&amp;Sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/exchange_menu.py" line="79"/>
        <source>&amp;Back up keys…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/exchange_menu.py" line="80"/>
        <source>Restore &amp;keys…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/exchange_menu.py" line="84"/>
        <source>&amp;Import bundles…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/exchange_menu.py" line="87"/>
        <source>Setup &amp;kit for an agency…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/exchange_menu.py" line="88"/>
        <source>&amp;Enrol an agency…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/exchange_menu.py" line="89"/>
        <source>Write &amp;reply for an agency…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/exchange_menu.py" line="91"/>
        <source>Re&amp;voke an agency&apos;s key…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/exchange_menu.py" line="98"/>
        <source>Re&amp;ceived reports</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/exchange_menu.py" line="99"/>
        <source>&amp;Bundle ledger</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/exchange_menu.py" line="127"/>
        <source>DoFA&apos;s reply files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/exchange_menu.py" line="171"/>
        <source>Co&amp;nflicts (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/exchange_menu.py" line="171"/>
        <source>Co&amp;nflicts</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FirstAccountDialog</name>
    <message>
        <location filename="../app/ui/login_dialog.py" line="158"/>
        <source>Plan Tracker — first account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/login_dialog.py" line="161"/>
        <source>This workstation has no accounts yet. The first account must be the head of the agency or a deputy: an approver, who signs the agency&apos;s reports off and later lets colleagues have accounts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/login_dialog.py" line="170"/>
        <source>made from the full name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/login_dialog.py" line="173"/>
        <source>At least %1 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/login_dialog.py" line="175"/>
        <source>Create account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/login_dialog.py" line="178"/>
        <source>Full name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/login_dialog.py" line="179"/>
        <source>Position</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/login_dialog.py" line="180"/>
        <source>Login</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/login_dialog.py" line="181"/>
        <source>Password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/login_dialog.py" line="183"/>
        <source>Repeat the password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/login_dialog.py" line="197"/>
        <source>Type the full name and the position.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ImplementationPlanBox</name>
    <message>
        <location filename="../app/ui/entry_form.py" line="347"/>
        <source>The agency&apos;s own implementing plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/entry_form.py" line="351"/>
        <source>e.g. 45/KH-SYT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/entry_form.py" line="352"/>
        <source>dat&amp;ed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/entry_form.py" line="359"/>
        <source>What the plan is about</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/entry_form.py" line="364"/>
        <source>&amp;No.:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/entry_form.py" line="369"/>
        <source>&amp;Title:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <location filename="../app/ui/exchange_dofa.py" line="91"/>
        <source>Import report bundles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/exchange_dofa.py" line="96"/>
        <source>Add the bundle files (.ptbundle) the agencies sent, or drag them onto this window. Preview shows what each would change without changing anything; Import applies them. A bundle is checked in full before anything is kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/exchange_dofa.py" line="105"/>
        <source>&amp;Files to import:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/exchange_dofa.py" line="107"/>
        <source>&amp;Add files…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/exchange_dofa.py" line="108"/>
        <source>Add bundle files (Ctrl+O)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/exchange_dofa.py" line="109"/>
        <source>Re&amp;move</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/exchange_dofa.py" line="110"/>
        <source>Remove the selected files from the list (Delete)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/exchange_dofa.py" line="111"/>
        <source>&amp;Preview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/exchange_dofa.py" line="112"/>
        <source>&amp;Import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/exchange_dofa.py" line="123"/>
        <source>File, report or duty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/exchange_dofa.py" line="123"/>
        <source>Result or field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/exchange_dofa.py" line="123"/>
        <source>Details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/exchange_dofa.py" line="196"/>
        <source>Report bundles to import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/exchange_dofa.py" line="230"/>
        <source>Only .ptbundle files can be imported; left out: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/exchange_dofa.py" line="246"/>
        <source>Add at least one bundle file first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/exchange_dofa.py" line="267"/>
        <source>Checking %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/exchange_dofa.py" line="275"/>
        <source>Nothing was imported: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/exchange_dofa.py" line="281"/>
        <source>Preview — nothing has been changed yet: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/exchange_dofa.py" line="310"/>
        <source>%1 · bundle No. %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/exchange_dofa.py" line="312"/>
        <source>a revision arrived with a different content than the one on record</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../app/ui/exchange_dofa.py" line="318"/>
        <source>%n change(s)</source>
        <translation>
            <numerusform>%n change</numerusform>
            <numerusform>%n changes</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/ui/exchange_dofa.py" line="337"/>
        <source>Before:
%1

After:
%2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>KeyBackupDialog</name>
    <message>
        <location filename="../app/ui/key_dialogs.py" line="78"/>
        <source>&amp;Choose…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/key_dialogs.py" line="96"/>
        <source>Backup &amp;file:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/key_dialogs.py" line="99"/>
        <source>&amp;Passphrase:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/key_dialogs.py" line="104"/>
        <source>Nobody — not us, not DoFA — can open this file without the passphrase. If it is lost, the keys in the file are lost.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/key_dialogs.py" line="110"/>
        <source>Restore keys from a backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/key_dialogs.py" line="111"/>
        <source>the key backup file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/key_dialogs.py" line="112"/>
        <source>&amp;Restore keys</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/key_dialogs.py" line="114"/>
        <source>Restore the keys of this workstation&apos;s agency from a backup made with “Back up keys…”, for example on a new computer that replaces a lost one. The keys in the file replace this workstation&apos;s keys; reports and accounts are kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/key_dialogs.py" line="120"/>
        <source>Back up this workstation&apos;s keys</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/key_dialogs.py" line="121"/>
        <source>where to save the backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/key_dialogs.py" line="122"/>
        <source>&amp;Back up keys</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/key_dialogs.py" line="124"/>
        <source>Saves every private key of this workstation (signing and decryption keys; on DoFA&apos;s workstation also the escrow key), with the public keys it trusts, in one file protected by a passphrase of at least %1 characters. Keep the file and the passphrase in different safe places.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/key_dialogs.py" line="130"/>
        <source>R&amp;epeat:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/key_dialogs.py" line="161"/>
        <source>Type the passphrase the backup was made with.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/key_dialogs.py" line="163"/>
        <source>At least %1 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/key_dialogs.py" line="165"/>
        <source>The two passphrases differ.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/key_dialogs.py" line="167"/>
        <source>The passphrase is ready.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/key_dialogs.py" line="173"/>
        <source>Key backups (*.ptkeys);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/key_dialogs.py" line="176"/>
        <source>The key backup to restore</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/key_dialogs.py" line="182"/>
        <source>Save the key backup as</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/key_dialogs.py" line="228"/>
        <source>Restored the keys of %1 from %2. Signing key: %3. This workstation now signs and decrypts with them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/key_dialogs.py" line="239"/>
        <source>The keys are saved in %1. Keep the file and its passphrase in different safe places.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>KeyFilePage</name>
    <message>
        <location filename="../app/ui/setup_wizard.py" line="162"/>
        <source>Protect this workstation&apos;s keys</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/setup_wizard.py" line="165"/>
        <source>This computer has no secure key store (such as GNOME Keyring or Windows Credential Manager). The agency&apos;s signing key will therefore be kept in a file in the profile folder, encrypted with a passphrase. You will type it when signing reports off. Nobody can recover a lost passphrase: write it down and keep it with the office&apos;s other keys.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/setup_wizard.py" line="179"/>
        <source>Passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/setup_wizard.py" line="180"/>
        <source>Repeat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/setup_wizard.py" line="193"/>
        <source>At least %1 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/setup_wizard.py" line="195"/>
        <source>The two passphrases differ.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/setup_wizard.py" line="197"/>
        <source>The passphrase is ready.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>KitDialog</name>
    <message>
        <location filename="../app/ui/dofa_trust.py" line="45"/>
        <source>Setup kit for an agency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/dofa_trust.py" line="52"/>
        <source>%1 (enrolled)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/dofa_trust.py" line="55"/>
        <source>&amp;Save kit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/dofa_trust.py" line="64"/>
        <source>A setup kit links an agency&apos;s workstation to DoFA: it holds DoFA&apos;s public keys, the plan and the agency register, signed by DoFA. It holds nothing secret.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/dofa_trust.py" line="71"/>
        <source>&amp;Agency:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/dofa_trust.py" line="80"/>
        <source>DoFA&apos;s key fingerprint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/dofa_trust.py" line="85"/>
        <source>The agency sees this fingerprint once it adopts the kit. Read it out when you phone them, so that they know the kit came from you.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/dofa_trust.py" line="105"/>
        <source>Save the setup kit as</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/dofa_trust.py" line="107"/>
        <source>Setup kits (*.ptkit)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/dofa_trust.py" line="130"/>
        <source>Setup kit for %1 saved: %2
Give it to the agency (USB stick or e-mail).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <location filename="../app/ui/labels.py" line="8"/>
        <source>Department, board or sector</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/labels.py" line="9"/>
        <source>District-level People&apos;s Committee</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/labels.py" line="10"/>
        <source>Commune-level People&apos;s Committee</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/labels.py" line="11"/>
        <source>Police or military command</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/labels.py" line="12"/>
        <source>Fatherland Front or mass organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/labels.py" line="13"/>
        <source>Other</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/labels.py" line="17"/>
        <source>Lead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/labels.py" line="18"/>
        <source>Coordinating</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/labels.py" line="22"/>
        <source>Not started</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/labels.py" line="23"/>
        <source>In progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/labels.py" line="24"/>
        <source>Done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/labels.py" line="25"/>
        <source>Ongoing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/labels.py" line="26"/>
        <source>Stalled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/labels.py" line="30"/>
        <source>Draft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/labels.py" line="31"/>
        <source>Awaiting sign-off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/labels.py" line="32"/>
        <source>Signed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/labels.py" line="33"/>
        <source>Sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/labels.py" line="34"/>
        <source>Received by DoFA</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/labels.py" line="35"/>
        <source>Returned for revision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/labels.py" line="39"/>
        <source>Drafter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/labels.py" line="40"/>
        <source>Approver</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/labels.py" line="46"/>
        <source>No status yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/labels.py" line="62"/>
        <source>first half of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/labels.py" line="63"/>
        <source>year %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LedgerView</name>
    <message>
        <location filename="../app/ui/ledger_view.py" line="162"/>
        <source>&amp;Agency:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/ledger_view.py" line="165"/>
        <source>&amp;Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/ledger_view.py" line="205"/>
        <source>All agencies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/ledger_view.py" line="217"/>
        <source>No bundle is missing: every number has arrived.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/ledger_view.py" line="229"/>
        <source>%1 of %2 bundles</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LineChart</name>
    <message>
        <location filename="../app/ui/charts.py" line="166"/>
        <source>Nothing to show</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LoginDialog</name>
    <message>
        <location filename="../app/ui/login_dialog.py" line="223"/>
        <source>Who is working?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/login_dialog.py" line="230"/>
        <source>Sign in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/login_dialog.py" line="233"/>
        <source>Account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/login_dialog.py" line="234"/>
        <source>Password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/login_dialog.py" line="249"/>
        <source>There is no active account on this workstation.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../app/ui/main_window.py" line="42"/>
        <source>&amp;Duties</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/main_window.py" line="43"/>
        <source>&amp;Report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/main_window.py" line="44"/>
        <source>Activity &amp;log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/main_window.py" line="46"/>
        <source>Plan Tracker — %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/main_window.py" line="66"/>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/main_window.py" line="67"/>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/main_window.py" line="70"/>
        <source>&amp;Registers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/main_window.py" line="73"/>
        <source>&amp;Agency register…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/main_window.py" line="78"/>
        <source>Acc&amp;ounts…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/main_window.py" line="82"/>
        <source>&amp;Document heading and recipients…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/main_window.py" line="87"/>
        <source>D&amp;ue dates of reports…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/main_window.py" line="94"/>
        <source>&amp;Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/main_window.py" line="104"/>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/main_window.py" line="105"/>
        <source>&amp;About Plan Tracker</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/main_window.py" line="109"/>
        <source>Consolidating workstation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/main_window.py" line="111"/>
        <source>Agency workstation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/main_window.py" line="113"/>
        <source>Plan %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/main_window.py" line="116"/>
        <source>Signed in: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/main_window.py" line="130"/>
        <source>Report saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/main_window.py" line="153"/>
        <source>About Plan Tracker</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/main_window.py" line="155"/>
        <source>Plan Tracker</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OverviewTabs</name>
    <message>
        <location filename="../app/ui/dofa_overview.py" line="22"/>
        <source>D&amp;ashboard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/dofa_overview.py" line="23"/>
        <source>Duty &amp;view</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PaperReportDialog</name>
    <message>
        <location filename="../app/ui/paper_report_dialog.py" line="50"/>
        <source>Record a report received on paper</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/paper_report_dialog.py" line="60"/>
        <source>dd/mm/yyyy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/paper_report_dialog.py" line="69"/>
        <source>For a report that came on paper or by plain email. It counts as received on the date given, and on time when that date is on or before the due date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/paper_report_dialog.py" line="77"/>
        <source>&amp;Record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/paper_report_dialog.py" line="80"/>
        <source>&amp;Agency:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/paper_report_dialog.py" line="81"/>
        <source>&amp;Period:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/paper_report_dialog.py" line="82"/>
        <source>&amp;Received on:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/paper_report_dialog.py" line="107"/>
        <source>Write the date the report arrived as dd/mm/yyyy.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Passwords</name>
    <message>
        <location filename="../app/ui/login_dialog.py" line="141"/>
        <source>The password must have at least %1 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/login_dialog.py" line="146"/>
        <source>The two passwords differ; type the same password twice.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReceivedReportPane</name>
    <message>
        <location filename="../app/ui/received_detail.py" line="77"/>
        <source>&amp;Print / PDF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/received_detail.py" line="78"/>
        <source>Re&amp;turn for revision…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/received_detail.py" line="110"/>
        <source>No received report chosen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/received_detail.py" line="113"/>
        <source>Reports appear here once the agencies&apos; bundles are imported (Exchange → Import bundles…). Choose one on the left to read it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/received_detail.py" line="124"/>
        <source>Signature valid (key %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/received_detail.py" line="127"/>
        <source>Signature NOT valid: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/received_detail.py" line="131"/>
        <source>Signed off by %1 (%2) at %3, No. %4; received by DoFA at %5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/received_detail.py" line="146"/>
        <source>%1 (received %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/received_detail.py" line="148"/>
        <source>%1, the latest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/received_detail.py" line="151"/>
        <source>Revisions on record:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/received_detail.py" line="156"/>
        <source>Reason for this revision: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/received_detail.py" line="162"/>
        <source>Implementing plan: %1 of %2 — %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/received_detail.py" line="172"/>
        <source>progress %1%</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/received_detail.py" line="203"/>
        <source>Returned for revision on %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/received_detail.py" line="226"/>
        <source>Print or save the report as PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/received_detail.py" line="228"/>
        <source>PDF documents (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/received_detail.py" line="236"/>
        <source>Writing the PDF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/received_detail.py" line="253"/>
        <source>The PDF could not be written: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/received_detail.py" line="257"/>
        <source>PDF saved: %1 (open it to print)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReceivedReports</name>
    <message>
        <location filename="../app/ui/received_view.py" line="36"/>
        <source>Agency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/received_view.py" line="37"/>
        <source>Period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/received_view.py" line="38"/>
        <source>Revision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/received_view.py" line="39"/>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/received_view.py" line="40"/>
        <source>Signed on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/received_view.py" line="41"/>
        <source>Received at</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/received_view.py" line="96"/>
        <source>%1 (latest)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReceivedReportsView</name>
    <message>
        <location filename="../app/ui/received_view.py" line="165"/>
        <source>&amp;Agency:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/received_view.py" line="167"/>
        <source>Latest re&amp;visions only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/received_view.py" line="168"/>
        <source>&amp;Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/received_view.py" line="226"/>
        <source>All agencies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/received_view.py" line="263"/>
        <source>%1 of %2 revisions</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RemindersDialog</name>
    <message>
        <location filename="../app/ui/reminders_dialog.py" line="36"/>
        <source>Missing (past due)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/reminders_dialog.py" line="37"/>
        <source>Reported late</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/reminders_dialog.py" line="38"/>
        <source>Returned, not sent again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/reminders_dialog.py" line="39"/>
        <source>Not yet due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/reminders_dialog.py" line="52"/>
        <source>Reminder letters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/reminders_dialog.py" line="58"/>
        <source>%1 (due %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/reminders_dialog.py" line="66"/>
        <source>(no name: signed by hand)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/reminders_dialog.py" line="69"/>
        <source>Agency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/reminders_dialog.py" line="69"/>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/reminders_dialog.py" line="69"/>
        <source>Last reminded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/reminders_dialog.py" line="74"/>
        <source>Check &amp;all</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/reminders_dialog.py" line="75"/>
        <source>Check &amp;none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/reminders_dialog.py" line="83"/>
        <source>&amp;Save PDF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/reminders_dialog.py" line="88"/>
        <source>Reporting &amp;period:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/reminders_dialog.py" line="89"/>
        <source>Si&amp;gned by:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/reminders_dialog.py" line="100"/>
        <source>The letter (công văn đôn đốc) cites the plan and the due date and is addressed to the checked agencies. Late and missing ones are checked first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/reminders_dialog.py" line="130"/>
        <source>%1 (No. %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/reminders_dialog.py" line="153"/>
        <source>No agency owes this period&apos;s report.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../app/ui/reminders_dialog.py" line="155"/>
        <source>The letter goes to %n agency(ies).</source>
        <translation>
            <numerusform>The letter goes to %n agency.</numerusform>
            <numerusform>The letter goes to %n agencies.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/ui/reminders_dialog.py" line="179"/>
        <source>Save the reminder letter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/reminders_dialog.py" line="181"/>
        <source>PDF documents (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../app/ui/reminders_dialog.py" line="210"/>
        <source>Saved %1 and recorded as sent to %n agency(ies), No. %2.</source>
        <translation>
            <numerusform>Saved %1 and recorded as sent to %n agency, No. %2.</numerusform>
            <numerusform>Saved %1 and recorded as sent to %n agencies, No. %2.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReplyDialog</name>
    <message>
        <location filename="../app/ui/reply_dialogs.py" line="125"/>
        <source>Write a reply for an agency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/reply_dialogs.py" line="128"/>
        <source>A reply tells an agency which of its reports DoFA received and which it returned for revision, with your comments, and brings it the current plan and agency register. It is signed by DoFA and encrypted so that only that agency can open it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/reply_dialogs.py" line="144"/>
        <source>&amp;Agency:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/reply_dialogs.py" line="145"/>
        <source>The reply holds:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/reply_dialogs.py" line="149"/>
        <source>Choose a folder and the app names the file (DoFA, agency and reply number), or name the file yourself. Then take the file to the agency (USB stick, e-mail or the document system).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/reply_dialogs.py" line="159"/>
        <source>&amp;Open folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/reply_dialogs.py" line="191"/>
        <source>No agency is enrolled yet, so no reply can be written. Enrol an agency first (Exchange → Enrol an agency…).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/reply_dialogs.py" line="201"/>
        <source>%1 receipt(s) · %2 report(s) returned for revision · plan %3 version %4 · agency register version %5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/reply_dialogs.py" line="216"/>
        <source>Folder for the reply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/reply_dialogs.py" line="225"/>
        <source>Save the reply as</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/reply_dialogs.py" line="256"/>
        <source>No reply was written: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/reply_dialogs.py" line="264"/>
        <source>Reply No. %1 for %2 is saved as:
%3
Give it to the agency.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReplyImportDialog</name>
    <message>
        <location filename="../app/ui/reply_dialogs.py" line="306"/>
        <source>Import DoFA&apos;s reply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/reply_dialogs.py" line="309"/>
        <source>A reply from DoFA says which of your reports DoFA received and which it returned for revision, with DoFA&apos;s comments, and may bring a newer plan or agency register. It is checked in full before anything is kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/reply_dialogs.py" line="323"/>
        <source>File:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/reply_dialogs.py" line="341"/>
        <source>Nothing was imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/reply_dialogs.py" line="356"/>
        <source>Nothing was imported: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/reply_dialogs.py" line="365"/>
        <source>The plan was updated to version %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/reply_dialogs.py" line="376"/>
        <source>Rejected, nothing was changed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/reply_dialogs.py" line="378"/>
        <source>This reply was imported before; nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/reply_dialogs.py" line="389"/>
        <source>DoFA&apos;s reply is imported; it holds no new decision on your reports.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/reply_dialogs.py" line="392"/>
        <source>1 report received by DoFA</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/reply_dialogs.py" line="394"/>
        <source>%1 reports received by DoFA</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/reply_dialogs.py" line="398"/>
        <source>%1 returned for revision: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/reply_dialogs.py" line="400"/>
        <source>1 report returned for revision: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/reply_dialogs.py" line="402"/>
        <source>%1 reports returned for revision: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReportActions</name>
    <message>
        <location filename="../app/ui/report_actions.py" line="57"/>
        <source>Plan Tracker</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/report_actions.py" line="63"/>
        <source>Evidence files for %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/report_actions.py" line="79"/>
        <source>These files were not attached:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/report_actions.py" line="86"/>
        <source>Remove evidence file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/report_actions.py" line="87"/>
        <source>Remove “%1” from this duty&apos;s evidence?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/report_actions.py" line="106"/>
        <source>Cannot open %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/report_actions.py" line="118"/>
        <source>The report cannot go to sign-off yet: these duties have no implementation status: %1. Choose a status for each of them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/report_actions.py" line="135"/>
        <source>Amend the signed report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/report_actions.py" line="138"/>
        <source>Revision %1 is signed and stays as it is. A new revision will be made for your changes.
Reason for the change (required):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/report_actions.py" line="147"/>
        <source>An amendment needs a reason. Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/report_actions.py" line="162"/>
        <source>Export the report as PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/report_actions.py" line="164"/>
        <source>PDF documents (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/report_actions.py" line="176"/>
        <source>The PDF could not be written: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../app/ui/report_actions.py" line="186"/>
        <source>Current period: %1, due %2, %n day(s) left · next: %3, due %4</source>
        <translation>
            <numerusform>Current period: %1, due %2, %n day left · next: %3, due %4</numerusform>
            <numerusform>Current period: %1, due %2, %n days left · next: %3, due %4</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/ui/report_actions.py" line="200"/>
        <source>There is no report for the %1 to start from.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/report_actions.py" line="203"/>
        <source>Copies the statuses, progress, texts and implementing plan of the %1 report (revision %2); evidence files are not copied.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/report_actions.py" line="211"/>
        <source>Received by DoFA on %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/report_actions.py" line="215"/>
        <source>Returned by DoFA on %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/report_actions.py" line="224"/>
        <source>Status: &lt;b&gt;%1&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/report_actions.py" line="229"/>
        <source>reason for this revision: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/report_actions.py" line="234"/>
        <source>Signature valid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/report_actions.py" line="234"/>
        <source>Not valid: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/report_actions.py" line="238"/>
        <source>signed by %1 (%2) at %3 on %4, No. %5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/report_actions.py" line="251"/>
        <source>Revision %1 (%2) can no longer be changed. To change the report, use “Amend (new revision)…”: a new revision is made, with the reason.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/report_actions.py" line="256"/>
        <source>You are viewing revision %1 (%2), an earlier revision kept as it was signed. The latest revision is %3.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReportEditor</name>
    <message>
        <location filename="../app/ui/report_editor.py" line="90"/>
        <source>Reporting &amp;period:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/report_editor.py" line="92"/>
        <source>Re&amp;vision:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/report_editor.py" line="119"/>
        <source>Start a &amp;new report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/report_editor.py" line="120"/>
        <source>Start from the previous period&apos;s &amp;report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/report_editor.py" line="126"/>
        <source>There is no report for this period yet. How do you start?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/report_editor.py" line="148"/>
        <source>Alt+↑ / Alt+↓: previous / next duty · Ctrl+S: save now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/report_editor.py" line="165"/>
        <source>S&amp;ubmit for sign-off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/report_editor.py" line="166"/>
        <source>S&amp;ign off…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/report_editor.py" line="167"/>
        <source>Amend (ne&amp;w revision)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/report_editor.py" line="168"/>
        <source>E&amp;xport PDF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/report_editor.py" line="242"/>
        <source>Not saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/report_editor.py" line="247"/>
        <source>Saved at %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/report_editor.py" line="284"/>
        <source>Revision %1 · %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/report_editor.py" line="298"/>
        <source>Report for the %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/report_editor.py" line="339"/>
        <source>Missing status: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/report_editor.py" line="342"/>
        <source>Every duty has a status.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/report_editor.py" line="350"/>
        <source>Saving…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/report_editor.py" line="429"/>
        <source>PDF saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RetireForm</name>
    <message>
        <location filename="../app/ui/agency_register.py" line="163"/>
        <source>Retire %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/agency_register.py" line="168"/>
        <source>(no successor)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/agency_register.py" line="173"/>
        <source>Retired on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/agency_register.py" line="174"/>
        <source>Duties and history go to</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReturnDialog</name>
    <message>
        <location filename="../app/ui/reply_dialogs.py" line="61"/>
        <source>Return the report for revision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/reply_dialogs.py" line="68"/>
        <source>e.g. Add the figures for delegations in the fourth quarter (duty III.2.3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/reply_dialogs.py" line="70"/>
        <source>&amp;What should the agency change? (required)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/reply_dialogs.py" line="73"/>
        <source>&amp;Return for revision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/reply_dialogs.py" line="79"/>
        <source>The agency sees your comment with its report, amends the report and sends it again. The return reaches the agency with the next reply file (Exchange → Write reply for an agency…).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/reply_dialogs.py" line="97"/>
        <source>Write what the agency should change: a report is not returned without a comment.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RevokeKeyDialog</name>
    <message>
        <location filename="../app/ui/dofa_key_dialogs.py" line="48"/>
        <source>Revoke an agency&apos;s key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/dofa_key_dialogs.py" line="51"/>
        <source>Revoke a key when an agency&apos;s computer or key may be in the wrong hands. Bundles signed with it from now on are rejected; reports received earlier stay as they are. To trust the agency again, give it a new setup kit and enrol its new key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/dofa_key_dialogs.py" line="62"/>
        <source>Re&amp;voke the key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/dofa_key_dialogs.py" line="67"/>
        <source>&amp;Agency:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/dofa_key_dialogs.py" line="74"/>
        <source>Key DoFA trusts now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/dofa_key_dialogs.py" line="110"/>
        <source>I have checked with %1: key %2 must no longer be trusted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/dofa_key_dialogs.py" line="137"/>
        <source>Key %1 of %2 is revoked. Bundles signed with it from now on are rejected; reports received earlier stay as they are.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RolePage</name>
    <message>
        <location filename="../app/ui/setup_wizard.py" line="129"/>
        <source>Is this the consolidating workstation?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/setup_wizard.py" line="134"/>
        <source>This workstation consolidates the reports of every agency (Department of Foreign Affairs in Decision 590)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/setup_wizard.py" line="140"/>
        <source>Leave this unticked on an agency&apos;s workstation: it drafts and signs the agency&apos;s own reports and sends them as bundle files.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/setup_wizard.py" line="154"/>
        <source>Agency: %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RotateKeyDialog</name>
    <message>
        <location filename="../app/ui/key_dialogs.py" line="275"/>
        <source>Rotate the signing key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/key_dialogs.py" line="278"/>
        <source>A new signing key replaces the current one. Your next bundle to DoFA carries a statement, signed with the current key, that vouches for the new one, so DoFA trusts the new key without a new enrolment. Reports signed with the current key stay valid at DoFA. Rotate the key when it may have been exposed, or when your office&apos;s rules say so.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/key_dialogs.py" line="287"/>
        <source>Current signing key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/key_dialogs.py" line="288"/>
        <source>&amp;Rotate the key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/key_dialogs.py" line="322"/>
        <source>New signing key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/key_dialogs.py" line="328"/>
        <source>The new key signs from now on. Send a bundle to DoFA soon: it carries the old key&apos;s statement for the new one.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SaveTarget</name>
    <message>
        <location filename="../app/ui/exchange_common.py" line="203"/>
        <source>Save to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/exchange_common.py" line="205"/>
        <source>Save to a &amp;folder…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/exchange_common.py" line="207"/>
        <source>Save as a f&amp;ile…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SendReportsDialog</name>
    <message>
        <location filename="../app/ui/exchange_agency.py" line="59"/>
        <source>Send reports to DoFA</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/exchange_agency.py" line="68"/>
        <source>&amp;Re-send a signed revision:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/exchange_agency.py" line="78"/>
        <source>Choose a folder and the app names the file (agency, date and bundle number), or name the file yourself. Then take the file to DoFA (USB stick, e-mail or the document system): it is encrypted so that only DoFA can open it, and signed so that DoFA can tell it is yours.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/exchange_agency.py" line="90"/>
        <source>&amp;Open folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/exchange_agency.py" line="124"/>
        <source>signed %1, not sent yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/exchange_agency.py" line="126"/>
        <source>sent before; sent again until DoFA acknowledges it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/exchange_agency.py" line="138"/>
        <source>This workstation is not linked to DoFA yet, so nothing can be sent. Adopt DoFA&apos;s setup kit first (Exchange → Trust and enrolment…).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/exchange_agency.py" line="143"/>
        <source>These signed revisions will be sent, with their evidence files, in one encrypted file for DoFA:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/exchange_agency.py" line="148"/>
        <source>These revisions were sent before. Until DoFA acknowledges them, every new bundle holds them again:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/exchange_agency.py" line="153"/>
        <source>Nothing is waiting to be sent: DoFA has acknowledged every signed report. If DoFA asks for a report again, choose the revision to re-send.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/exchange_agency.py" line="158"/>
        <source>Nothing to send yet: no report has been signed off. Sign a report off in the Report tab first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/exchange_agency.py" line="181"/>
        <source>Folder for the bundle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/exchange_agency.py" line="190"/>
        <source>Save the bundle as</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/exchange_agency.py" line="227"/>
        <source>Nothing was sent: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/exchange_agency.py" line="233"/>
        <source>Bundle No. %1 is saved as:
%2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SentHistory</name>
    <message>
        <location filename="../app/ui/sent_history.py" line="25"/>
        <source>No.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/sent_history.py" line="26"/>
        <source>Written on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/sent_history.py" line="27"/>
        <source>File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/sent_history.py" line="28"/>
        <source>Reports</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SentHistoryView</name>
    <message>
        <location filename="../app/ui/sent_history.py" line="75"/>
        <source>&amp;Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/sent_history.py" line="79"/>
        <source>Bundles this workstation has written for DoFA, newest first. DoFA numbers them too, so it can tell when one never arrived.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/sent_history.py" line="112"/>
        <source>%1 bundle(s)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SetupWizard</name>
    <message>
        <location filename="../app/ui/setup_wizard.py" line="37"/>
        <source>Plan Tracker — set up this workstation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/setup_wizard.py" line="39"/>
        <source>&lt; &amp;Back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/setup_wizard.py" line="40"/>
        <source>&amp;Next &gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/setup_wizard.py" line="41"/>
        <source>&amp;Finish</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/setup_wizard.py" line="42"/>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SignDialog</name>
    <message>
        <location filename="../app/ui/sign_dialog.py" line="37"/>
        <source>Sign the report off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/sign_dialog.py" line="41"/>
        <source>What will be signed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/sign_dialog.py" line="43"/>
        <source>Agency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/sign_dialog.py" line="44"/>
        <source>Period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/sign_dialog.py" line="47"/>
        <source>%1 (amended: %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/sign_dialog.py" line="48"/>
        <source>Revision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/sign_dialog.py" line="49"/>
        <source>Duties reported on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/sign_dialog.py" line="50"/>
        <source>Report status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/sign_dialog.py" line="59"/>
        <source>Signer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/sign_dialog.py" line="61"/>
        <source>Signed by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/sign_dialog.py" line="62"/>
        <source>Password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/sign_dialog.py" line="66"/>
        <source>This computer has no OS secret store, so the agency&apos;s signing key is kept in a file protected by a passphrase.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/sign_dialog.py" line="73"/>
        <source>Key passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/sign_dialog.py" line="76"/>
        <source>Once signed, this revision can no longer be changed; a correction is made as an amendment (a new revision with its reason).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/sign_dialog.py" line="85"/>
        <source>&amp;Sign</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/sign_dialog.py" line="107"/>
        <source>This revision is %1 and cannot be signed again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/sign_dialog.py" line="112"/>
        <source>These duties have no status yet, so the report cannot be signed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/sign_dialog.py" line="116"/>
        <source>There is no active approver to sign.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StackedBarChart</name>
    <message>
        <location filename="../app/ui/charts.py" line="110"/>
        <source>Nothing to show</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TrustDialog</name>
    <message>
        <location filename="../app/ui/agency_trust.py" line="41"/>
        <source>Trust and enrolment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/agency_trust.py" line="42"/>
        <source>&amp;Adopt DoFA&apos;s setup kit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/agency_trust.py" line="47"/>
        <source>This workstation is not linked to DoFA yet. DoFA gives each agency a setup kit file (.ptkit) that holds DoFA&apos;s keys, the plan and the agency register. Adopt it here; your reports and accounts are kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/agency_trust.py" line="63"/>
        <source>&amp;Export enrolment file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/agency_trust.py" line="71"/>
        <source>When DoFA calls, check that this is the fingerprint DoFA reads out: it proves the kit came from DoFA.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/agency_trust.py" line="79"/>
        <source>This workstation&apos;s key fingerprint — read this to DoFA by phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/agency_trust.py" line="88"/>
        <source>Export the enrolment file and send it to DoFA, then phone DoFA and read out this fingerprint. DoFA accepts your reports only once it matches.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/agency_trust.py" line="124"/>
        <source>Key fingerprint of DoFA (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/agency_trust.py" line="138"/>
        <source>DoFA&apos;s setup kit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/agency_trust.py" line="140"/>
        <source>Setup kits (*.ptkit)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/agency_trust.py" line="156"/>
        <source>This workstation is now linked to DoFA. Check DoFA&apos;s fingerprint by phone, then export the enrolment file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/agency_trust.py" line="166"/>
        <source>Save the enrolment file as</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/agency_trust.py" line="168"/>
        <source>Enrolment files (*.ptenroll)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/agency_trust.py" line="187"/>
        <source>Enrolment file saved: %1
Send it to DoFA, then phone DoFA and read out this workstation&apos;s fingerprint.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
