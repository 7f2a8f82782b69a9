<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>AccountForm</name>
    <message>
        <source>Add an account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A drafter writes the agency&apos;s reports; an approver (the head of agency or a deputy) signs them off; the records clerk gives signed documents their number and date. An approver confirms the new account with their password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>made from the full name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Full name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Position</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Login</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Repeat the password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An approver&apos;s password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type the full name and the position.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type an approver&apos;s password to confirm.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AccountsDialog</name>
    <message>
        <source>Accounts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Login</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Full name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Position</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Deactivate…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reset password…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Change my password…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading the accounts…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The accounts could not be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deactivated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reactivate…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reactivate %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 will be able to sign in again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deactivate %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 will no longer be able to sign in or sign. The history stays.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AgencyForm</name>
    <message>
        <source>Code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vietnamese name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>English name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AgencyPage</name>
    <message>
        <source>Which agency does this workstation serve?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The duties, reports and keys of this workstation belong to that agency.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type to filter, e.g. “ngoai vu”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set up from DoFA&apos;s &amp;kit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore from a &amp;backup…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Join the office&apos;s server…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Or:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AgencyRegisterDialog</name>
    <message>
        <source>Agency register</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search by code or name, e.g. “y te” or SYT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Rename…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;tire or hand over…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading the agency register…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n agency(ies)</source>
        <translation>
            <numerusform>%n agency</numerusform>
            <numerusform>%n agencies</numerusform>
        </translation>
    </message>
    <message>
        <source>The agency register could not be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saving the change…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select an agency first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add an agency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rename %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete %1? Only an agency added by mistake can be deleted.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AgencyReportDialog</name>
    <message>
        <source>%1 — report for %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Revision:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — %2, signed %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (returned)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (latest)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paper copy — received %1, signed %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · %2 · due %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Returned for revision on %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Two different signed contents of one revision are on record; decide which one counts in the Conflicts tab.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A copy of this report came on paper or by plain email: received on %1, signed on %2. It carries no signed content: the paper original is the record. It counts as received; it is on time when it was signed by the due date, whatever revision comes later by bundle.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AgencyTableModel</name>
    <message>
        <source>Code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vietnamese name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>English name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retired %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ApproverPasswordDialog</name>
    <message>
        <source>An approver&apos;s password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Confirm</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AuditDetails</name>
    <message>
        <source>Report for {period} started (revision {revision}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duty {ref} of the report for {period}: {fields}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File “{name}” attached to duty {ref} ({period}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File “{name}” removed ({period}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Report for {period}, revision {revision}, sent to sign-off.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Report for {period}, revision {revision}, signed (SHA-256 {sha256}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signing the report for {period} refused.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revision {revision} of the report for {period} started; reason: {reason}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{agency}&apos;s report for {period}, revision {revision}, returned for revision.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{agency}&apos;s report for {period} received on paper on {date}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{agency}&apos;s report for {period}, revision {revision}: two different contents.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conflict on {agency}&apos;s report for {period}, revision {revision}, decided.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bundle No. {sequence} written to {file} ({reports} report(s)).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bundle No. {sequence} from {agency} ({file}): {verdict}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bundle {file} rejected: {message}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reply No. {sequence} written for {agency}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DoFA&apos;s reply No. {sequence} ({file}) imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reply {file} rejected: {message}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Setup kit for {agency} written to {file}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{agency} enrolled with key {fingerprint}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enrolment file {file} (key {fingerprint}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keys backed up to {file}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keys restored from {file}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New {name} made (public key {recipient}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signing key {old} replaced by {new}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keys of {agency} revoked: {fingerprints}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Account {login} added ({role}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New password set for {login}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Account {login} deactivated.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Account {login} reactivated.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Workstation backed up to {file}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Workstation of {agency} restored from {file} (made {backup_created_at}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Consolidated report for {period}, revision {revision}, signed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Consolidated report for {period}: the pre-fill&apos;s changes taken in ({part}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Consolidated report for {period}: text kept against the pre-fill&apos;s changes ({part}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>revision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>agency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>bundle No.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>days kept</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>size (bytes)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>consolidating workstation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>kept in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>before</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>after</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>token driver</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>signature scheme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>time-stamp server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>certificate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>issued by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>published</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>signed with the token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>due date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>successor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>failed tries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>part</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>duty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>fields changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SHA-256</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reports</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>keys</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>content kept (SHA-256)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>setup kit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>consolidating agency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vietnamese name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>English name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>duties moved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>encryption key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>copied from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>signed on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>seconds to wait</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>backup made</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>receipts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>returned reports</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>plan version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>register version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>overall assessment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>introduction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reporting figures</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{agency} on duty {ref}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>summary of section {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>text of duty {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>results</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>difficulties</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>proposals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AuditLog</name>
    <message>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Account added</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign-in held back (too many wrong passwords)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign-in refused (wrong password)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approver&apos;s password refused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password reset by an approver</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Workstation backed up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Workstation restored from a backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Automatic backups set up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Automatic backups turned off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Account reactivated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Account deactivated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Report created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Report edited</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evidence attached</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evidence removed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Implementing plan recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Report started from the previous period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Report submitted for sign-off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Report signed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signing refused (wrong password)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Report amended (new revision)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agency added</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agency renamed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agency retired</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agency deleted (added by mistake)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Workstation joined the office&apos;s shared database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Workstation set up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signing key created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Document settings changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due date of a period set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Default due date changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decryption or escrow key created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Setup kit exported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DoFA&apos;s setup kit adopted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enrolment file exported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agency enrolled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enrolment refused (fingerprint differs)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bundle exported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bundle export undone (the file could not be written)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bundle imported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bundle rejected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conflicting revision received</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conflict decided</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keys backed up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keys restored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signing key rotated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An agency&apos;s new key accepted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An agency&apos;s key revoked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An agency&apos;s key replaced (new machine)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reply written for an agency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DoFA&apos;s reply imported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DoFA&apos;s reply rejected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Report returned for revision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paper report recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Consolidated report started</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Consolidated report edited</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changes to the pre-fill accepted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changes to the pre-fill set aside (text kept)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Consolidated report signed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signing the consolidated report refused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Consolidated report amended</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Report issued (number and date)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Issuing refused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Consolidated report issued</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Issuing the consolidated report refused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reminder letter issued</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Issuing a reminder refused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An agency&apos;s issue number clashes with one already held</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First tracked period set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reminder letter written</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Token driver set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Certificate trusted for token signatures</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revocation list (CRL) imported</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AuditLogDialog</name>
    <message>
        <source>Activity log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The latest %1 entries, newest first.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AuditLogView</name>
    <message>
        <source>Filter by any text, e.g. a login or “ký”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading the activity log…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The activity log could not be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 entries</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AutoBackupDialog</name>
    <message>
        <source>Automatic backups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back up &amp;automatically (first start of a day, on exit)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Choose…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unchanged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Folder:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Keep for:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Passphrase:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Repeat it:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading the backup settings…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a USB stick or a shared folder, not this computer&apos;s disk. The passphrase is kept in this computer&apos;s secret store; write it down and keep it in the office safe: restoring a backup on another computer needs it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This computer has no secret store to keep the passphrase in, so backups are made by hand: File → Back up this workstation…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BackupDialog</name>
    <message>
        <source>Back up this workstation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Choose…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Passphrase:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Repeat it:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One file holds everything: reports, evidence, settings, keys and trust. Keep it on a USB stick or a shared folder, and the passphrase apart from it: nobody can open the backup without the passphrase.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Workstation backups (*.ptbackup)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BackupMenu</name>
    <message>
        <source>Data on the office&apos;s server %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backed up on the server with pg_dump</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Back up this workstation…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Automatic backups…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Never backed up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last backup: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No backup for more than 7 days: File → Back up this workstation…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backing up before closing…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Automatic backup failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backed up to %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BundleLedger</name>
    <message>
        <source>Agency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Received at</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a revision arrived with a different content than the one on record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>returned by DoFA for revision: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bundle %1 from %2 never arrived</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bundles %1 from %2 never arrived</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(unknown sender)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ChangePasswordDialog</name>
    <message>
        <source>Change my password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Current password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Repeat the new password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type your current password.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ChangesPanel</name>
    <message>
        <source>&amp;Accept</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Keep mine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accept e&amp;verything</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Take the agencies&apos; new text into the report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep the report as it is; the change is not offered again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changed since you last accepted (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changed since you last accepted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing new: the report uses the latest accepted reports.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reports received or returned after you accepted the pre-fill. Your summaries and assessment are never changed by them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This revision is signed; amend it to take these changes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reporting situation: %1 → %2 received, %3 → %4 on time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> — you rewrote this passage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(not in the report)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In the report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Now received</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accepting replaces your own wording of this passage.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Updating the report…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConflictInbox</name>
    <message>
        <source>Duty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Version on record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Keep the version on record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep the o&amp;ther version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An agency sent two different signed contents for the same revision. Both signatures are valid; decide which one counts. The other stays on record.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading the conflicts…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The conflicts could not be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>found %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No conflicts to decide</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When an agency sends a second, different content for a revision DoFA already holds, it waits here for a decision.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On record: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other version: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The entries are the same; only the sign-off details differ.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>signed %1 by %2, No. %3 (content hash %4…)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the version on record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the other version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep %1 of %2 as the report that counts? The other version stays on record but is no longer used.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decide the conflict</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decided: %1 of %2 (%3) counts.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConsolidatedEditor</name>
    <message>
        <source>Reporting &amp;period:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pre-filled from the agencies&apos; reports (read-only)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your writing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;ign off…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amend (ne&amp;w revision)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export P&amp;DF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export W&amp;ord…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export E&amp;xcel…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>P&amp;rint…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print the report&apos;s PDF pages (Ctrl+P)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reminder le&amp;tters…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plan Tracker</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved at %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reloaded: the text on record is shown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading the report…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not started: it is saved as soon as you write or accept something.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revision %1 · draft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reason: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revision %1 · signed by %2 (%3) on %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>issued as No. %1 on %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not issued yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>signature valid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>signature NOT valid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the overall assessment and proposals first: signing needs it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amend the signed consolidated report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revision %1 is signed and stays as it is. A new revision will be made for your changes.
Reason for the change (required):</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConsolidatedFiles</name>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Word documents (*.docx)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Excel workbooks (*.xlsx)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export the consolidated report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Writing the file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not written</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file could not be written: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Consolidated report %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConsolidatedSignDialog</name>
    <message>
        <source>Sign the consolidated report off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What will be signed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (amended: %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reports used</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 agencies reported, %3 on time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Passages</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) received since you last accepted the pre-fill are not in the report. You may sign anyway; they stay listed for the next revision.</source>
        <translation>
            <numerusform>%n change received since you last accepted the pre-fill is not in the report. You may sign anyway; it stays listed for the next revision.</numerusform>
            <numerusform>%n changes received since you last accepted the pre-fill are not in the report. You may sign anyway; they stay listed for the next revision.</numerusform>
        </translation>
    </message>
    <message>
        <source>Loading who may sign…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Once signed, this revision can no longer be changed; a correction is made as an amendment (a new revision with its reason).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Sign</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This revision is already signed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the overall assessment first: it is part of the signed text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no active approver to sign.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConsolidationMenu</name>
    <message>
        <source>Con&amp;solidated report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Consolidation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Consolidated report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reminder letters…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Dashboard</name>
    <message>
        <source>rev. %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>paper</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reminded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revision %1, %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed %1 · received %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paper copy received %1, signed %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reminder sent %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not tracked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1/%2 received (%3%)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 on time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>due %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DashboardView</name>
    <message>
        <source>All kinds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The status in the chosen period (the last column)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record a &amp;paper report…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Peri&amp;od:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Status:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has no report for %2 on record (%3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 agencies shown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recorded: the paper report of %1 for %2, received %3.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DesktopApp</name>
    <message>
        <source>Signing in from PLANTRACKER_USER and PLANTRACKER_PASSWORD failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DigitalSignatureDialog</name>
    <message>
        <source>Digital signatures (USB token)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Token driver (PKCS#11 library) on this computer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>RSA PKCS#1 v1.5, SHA-256</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>RSA-PSS, SHA-256</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Use this driver</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading the token settings…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Library</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signature</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Certificates trusted to check token signatures</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a &amp;certificate (root or intermediate)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a &amp;revocation list (CRL)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No driver set: reports are signed off without the token.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Driver in use; %1 plugged in, %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n token(s)</source>
        <translation>
            <numerusform>%n token</numerusform>
            <numerusform>%n tokens</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n certificate(s)</source>
        <translation>
            <numerusform>%n certificate</numerusform>
            <numerusform>%n certificates</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n certificate(s) added.</source>
        <translation>
            <numerusform>%n certificate added.</numerusform>
            <numerusform>%n certificates added.</numerusform>
        </translation>
    </message>
    <message>
        <source>root</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>intermediate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2, valid until %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The token&apos;s PKCS#11 library</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Libraries (*.dll *.so *.dylib);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Certificates (*.cer *.crt *.pem *.der);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revocation lists (*.crl *.pem *.der);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revocation list of %1 kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DocumentSettingsDialog</name>
    <message>
        <source>Document settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How this agency&apos;s reports are headed and addressed, in the layout of Decree 30/2020/NĐ-CP on administrative documents.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Parent body</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First line of the heading, top left (Decree 30).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agency name as printed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Under the parent body, in capitals.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Abbreviation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In the report&apos;s number: “Số: 12/BC-SYT”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drafting unit code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>After the abbreviation in a letter&apos;s number: “Số: 12/SNGV-VP”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Place</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Before the date: “Quảng Ngãi, ngày 15 tháng 6 năm 2026”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title of the head</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A deputy signs on the head&apos;s behalf, e.g. “KT. GIÁM ĐỐC / PHÓ GIÁM ĐỐC”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recipients</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One per line, under “Nơi nhận:” at the bottom left.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use the &amp;defaults</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading the saved settings…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fill in every field; only the recipients may wait.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DueDatesDialog</name>
    <message>
        <source>Report due dates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A report is due a number of working days after its period&apos;s cut-off; weekends and Vietnamese public holidays (Tết, Hùng Kings&apos; day, 30/4, 1/5, 2/9) are skipped. One period&apos;s date can also be set outright.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reports are due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>working days after the cut-off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follow up reports from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(earlier periods: not tracked)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Covers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use the &amp;default</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due date of the selected period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading the due dates…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Default: %1 working days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set for this period</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DutyBrowser</name>
    <message>
        <source>Duties of my agency (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The whole plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search duties (accents optional, Ctrl+F)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n duty(ies)</source>
        <translation>
            <numerusform>%n duty</numerusform>
            <numerusform>%n duties</numerusform>
        </translation>
    </message>
    <message>
        <source>No duty matches “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Section %1, item %2 (context, not reported on)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Section %1 %2 › item %3 %4 › paragraph %5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lead agencies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Coordinating agencies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>My agency:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none named</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>My agency</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DutyView</name>
    <message>
        <source>Duties by status, per item of the plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reporting rate per period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Duty:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Period:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Progress by &amp;section</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reporting &amp;rates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reporting rate per period (%1 is due on %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 of %3 agencies have an accepted entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Results</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Difficulties</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Proposals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Section</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duties</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, signed %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EditConflictBox</name>
    <message>
        <source>Changed by another officer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The text now on record:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reload (my text goes to the clipboard)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save mine over theirs</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EmptyReportPage</name>
    <message>
        <source>Start a &amp;new report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start from the previous period&apos;s &amp;report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no report for this period yet. How do you start?</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EnrolDialog</name>
    <message>
        <source>Enrol an agency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the agency&apos;s .ptenroll file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Choose…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DoFA &amp;approves replacing the agency&apos;s key (a lost or replaced computer)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Enrol</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone the agency and ask them to read out the fingerprint their screen shows under Exchange → Trust and enrolment. Type it here: the agency is enrolled only if it matches the enrolment file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enrolment &amp;file:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fin&amp;gerprint read out:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tick this only when the agency has lost its computer and set up a new one from a new setup kit. The key DoFA trusts now is revoked: bundles signed with it are rejected from then on; reports received earlier stay as they are.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The agency&apos;s enrolment file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enrolment files (*.ptenroll)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the agency&apos;s enrolment file first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type the fingerprint the agency reads out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is enrolled with key %2. Its bundles can now be imported.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EntryForm</name>
    <message>
        <source>Choose…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not given</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What was done in the period, with figures</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What held the work back, if anything</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the agency asks of the province, if anything</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SHA-256</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add files…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;move</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Implementation &amp;status:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pro&amp;gress:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evidence &amp;files:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Results achieved:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Difficulties and obstacles:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Proposals and re&amp;commendations:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EntryListModel</name>
    <message>
        <source>Ref.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EscrowDialog</name>
    <message>
        <source>DoFA&apos;s escrow key — shown once</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep this escrow key in the office safe</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>I have &amp;stored it safely</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every bundle the agencies send to DoFA is also encrypted to this escrow key. If this workstation and its key backups are ever lost, this key alone opens every bundle with the stock age tool (age -d -i), so the province&apos;s reports are not lost.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Anyone who holds this key can read every report sent to DoFA. It is shown only this once and is not in any log: print it or write it down now, check it letter by letter, and keep it under lock.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Printed on %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DoFA escrow key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sent to the printer.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Exchange</name>
    <message>
        <source>Report bundles (*.ptbundle)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Results</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Difficulties</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Proposals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evidence files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Can be imported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Can be imported; holds a conflict</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, revision %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DoFA&apos;s keys are kept in the office&apos;s database, locked with DoFA&apos;s passphrase; it is asked once per session.
Passphrase:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This computer has no OS secret store, so this workstation&apos;s keys are kept in a file protected by a passphrase.
Passphrase:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ExchangeMenu</name>
    <message>
        <source>&amp;Exchange</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Send reports to DoFA…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Trust and enrolment…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import DoFA&apos;s &amp;reply…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>R&amp;otate signing key…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Back up keys…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore &amp;keys…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import bundles…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Setup &amp;kit for an agency…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Enrol an agency…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write &amp;reply for an agency…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;voke an agency&apos;s key…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Received re&amp;ports</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Bundle ledger</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DoFA&apos;s reply files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Co&amp;nflicts (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Co&amp;nflicts</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FirstAccountDialog</name>
    <message>
        <source>Plan Tracker — first account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This workstation has no accounts yet. The first account must be the head of the agency or a deputy: an approver, who signs the agency&apos;s reports off and later lets colleagues have accounts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>made from the full name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At least %1 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Full name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Position</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Login</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Repeat the password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type the full name and the position.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>GuideWindow</name>
    <message>
        <source>User guide</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Contents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ImplementationPlanBox</name>
    <message>
        <source>The agency&apos;s own implementing plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. 45/KH-SYT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>dat&amp;ed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the plan is about</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;No.:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <source>Import report bundles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add the bundle files (.ptbundle) the agencies sent, or drag them onto this window. Preview shows what each would change without changing anything; Import applies them. A bundle is checked in full before anything is kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Files to import:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add files…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add bundle files (Ctrl+O)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;move</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the selected files from the list (Delete)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Preview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File, report or duty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Result or field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Report bundles to import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only .ptbundle files can be imported; left out: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add at least one bundle file first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was imported: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preview — nothing has been changed yet: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · bundle No. %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a revision arrived with a different content than the one on record</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n change(s)</source>
        <translation>
            <numerusform>%n change</numerusform>
            <numerusform>%n changes</numerusform>
        </translation>
    </message>
    <message>
        <source>Before:
%1

After:
%2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>IssueDialog</name>
    <message>
        <source>Issue a document number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Document to be numbered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2), %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next in the register: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From the paper register:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Number and date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Records clerk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Number issued by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading the register and the records clerks…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Issue number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Also sign the PDF with the agency&apos;s token over the number and date</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>JoinDialog</name>
    <message>
        <source>Join the office&apos;s database server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Join</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The first officer set the office up on its server. Give the same address and DoFA&apos;s key passphrase to work on the same data from this computer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the address and the passphrase (at least %1 characters).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>KeyBackupDialog</name>
    <message>
        <source>&amp;Choose…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backup &amp;file:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Passphrase:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nobody — not us, not DoFA — can open this file without the passphrase. If it is lost, the keys in the file are lost.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore keys from a backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the key backup file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Restore keys</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore the keys of this workstation&apos;s agency from a backup made with “Back up keys…”, for example on a new computer that replaces a lost one. The keys in the file replace this workstation&apos;s keys; reports and accounts are kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back up this workstation&apos;s keys</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>where to save the backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Back up keys</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saves every private key of this workstation (signing and decryption keys; on DoFA&apos;s workstation also the escrow key), with the public keys it trusts, in one file protected by a passphrase of at least %1 characters. Keep the file and the passphrase in different safe places.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>R&amp;epeat:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type the passphrase the backup was made with.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At least %1 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The two passphrases differ.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The passphrase is ready.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key backups (*.ptkeys);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The key backup to restore</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the key backup as</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restored the keys of %1 from %2. Signing key: %3. This workstation now signs and decrypts with them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The keys are saved in %1. Keep the file and its passphrase in different safe places.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>KeyFilePage</name>
    <message>
        <source>Protect this workstation&apos;s keys</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This computer has no secure key store (such as GNOME Keyring or Windows Credential Manager). The agency&apos;s signing key will therefore be kept in a file in the profile folder, encrypted with a passphrase. You will type it when signing reports off. Nobody can recover a lost passphrase: write it down and keep it with the office&apos;s other keys.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Repeat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At least %1 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The two passphrases differ.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The passphrase is ready.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>KitDialog</name>
    <message>
        <source>Setup kit for an agency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (enrolled)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save kit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading the agencies…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A setup kit links an agency&apos;s workstation to DoFA: it holds DoFA&apos;s public keys, the plan and the agency register, signed by DoFA. It holds nothing secret.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Agency:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DoFA&apos;s key fingerprint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The agency sees this fingerprint once it adopts the kit. Read it out when you phone them, so that they know the kit came from you.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the setup kit as</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Setup kits (*.ptkit)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Setup kit for %1 saved: %2
Give it to the agency (USB stick or e-mail).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <source>first half of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>year %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LazyTab</name>
    <message>
        <source>Loading…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LedgerView</name>
    <message>
        <source>&amp;Agency:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading the bundle ledger…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The bundle ledger could not be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All agencies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No bundle is missing: every number has arrived.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 bundles</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LineChart</name>
    <message>
        <source>Nothing to show</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LoginDialog</name>
    <message>
        <source>Who is working?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no active account on this workstation.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>&amp;Duties</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plan Tracker — %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ac&amp;tivity log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;gisters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Agency register…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Acc&amp;ounts…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Document heading and recipients…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outgoing &amp;register (issue numbers)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Digital &amp;signatures (USB token)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>D&amp;ue dates of reports…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;User guide</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Guide to &amp;this screen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About Plan Tracker</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Consolidating workstation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agency workstation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plan %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed in: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Another Plan Tracker program is writing to this profile; waiting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Report saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About Plan Tracker</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plan Tracker</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OfficeWatch</name>
    <message>
        <source>New work of another officer is shown (imports, receipts)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OutgoingRegisterDialog</name>
    <message>
        <source>Outgoing register</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed, awaiting a number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Symbol</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Excerpt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Issue number…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Number issued by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Export to Excel…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Year:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The records clerk gives each signed document its number and date (Decree 30/2020: numbers run from 1 on 1 January). Until then its PDF leaves the number and date blank.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading the outgoing register…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The outgoing register could not be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2, revision %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n document(s)</source>
        <translation>
            <numerusform>%n document</numerusform>
            <numerusform>%n documents</numerusform>
        </translation>
    </message>
    <message>
        <source>Number %1 issued, dated %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outgoing register %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export the outgoing register</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Excel workbooks (*.xlsx)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OverviewTabs</name>
    <message>
        <source>D&amp;ashboard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duty &amp;view</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PaperReportDialog</name>
    <message>
        <source>Record a report received on paper</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>dd/mm/yyyy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>dd/mm/yyyy, as on the paper copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For a report that came on paper or by plain email. It counts as received on the date it arrived, and on time when the paper copy was signed on or before the due date (left empty, the signing date is taken to be the arrival date). A bundle of the same report can still be imported later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Agency:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Period:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Received on:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Signed on:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the date the report arrived as dd/mm/yyyy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the date the paper copy was signed as dd/mm/yyyy.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Passwords</name>
    <message>
        <source>The password must have at least %1 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The two passwords differ; type the same password twice.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PdfSignature</name>
    <message>
        <source>The signed PDF cannot be checked: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The token signature on the PDF is NOT valid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF signed with the token of %1 (certificate issued by %2) at %3 on %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>valid, trusted certificate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>valid, but the certificate does not chain to a trusted root, or was revoked</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PeriodBar</name>
    <message>
        <source>Reporting &amp;period:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;vision:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReceivedReportPane</name>
    <message>
        <source>&amp;Print / PDF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;turn for revision…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No received report chosen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reports appear here once the agencies&apos; bundles are imported (Exchange → Import bundles…). Choose one on the left to read it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signature valid (key %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signature NOT valid: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed off by %1 (%2) at %3; received by DoFA at %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>issued as No. %1 on %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not issued</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading the report…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The report could not be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>signed statement valid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>statement NOT valid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (received %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, the latest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revisions on record:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason for this revision: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Implementing plan: %1 of %2 — %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>progress %1%</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Returned for revision on %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print or save the report as PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Writing the PDF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The PDF could not be written: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF saved: %1 (open it to print)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReceivedReports</name>
    <message>
        <source>Agency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Received at</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (latest)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In conflict: decide in the Conflicts tab</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReceivedReportsView</name>
    <message>
        <source>&amp;Agency:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Latest re&amp;visions only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading the received reports…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The received reports could not be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All agencies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 revisions</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RemindersDialog</name>
    <message>
        <source>Reminder letters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (due %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(no name: signed by hand)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last reminded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check &amp;all</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check &amp;none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save &amp;draft PDF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Issue…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>P&amp;rint the draft…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The letter (công văn đôn đốc) cites the plan and the due date and is addressed to the checked agencies. Late and missing ones are checked first. A draft records nothing; issuing takes the signer&apos;s password, gives the letter its number from the register and records it as sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reminder letter (draft)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Issue the reminder letter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The signer&apos;s password signs the letter; it then gets its number and date from the register and is recorded as sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Draft saved: %1 (nothing recorded).</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Issued as No. %2 and recorded as sent to %n agency(ies): %1.</source>
        <translation>
            <numerusform>Issued as No. %2 and recorded as sent to %n agency: %1.</numerusform>
            <numerusform>Issued as No. %2 and recorded as sent to %n agencies: %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Reporting &amp;period:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Si&amp;gned by:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (No. %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No agency owes this period&apos;s report.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The letter goes to %n agency(ies).</source>
        <translation>
            <numerusform>The letter goes to %n agency.</numerusform>
            <numerusform>The letter goes to %n agencies.</numerusform>
        </translation>
    </message>
    <message>
        <source>Save the reminder letter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReplyDialog</name>
    <message>
        <source>Write a reply for an agency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A reply tells an agency which of its reports DoFA received and which it returned for revision, with your comments, and brings it the current plan and agency register. It is signed by DoFA and encrypted so that only that agency can open it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading the agencies…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Agency:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The reply holds:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a folder and the app names the file (DoFA, agency and reply number), or name the file yourself. Then take the file to the agency (USB stick, e-mail or the document system).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No agency is enrolled yet, so no reply can be written. Enrol an agency first (Exchange → Enrol an agency…).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading what the reply holds…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · %2 · plan %3 version %4 · agency register version %5</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n receipt(s)</source>
        <translation>
            <numerusform>%n receipt</numerusform>
            <numerusform>%n receipts</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n report(s) returned for revision</source>
        <translation>
            <numerusform>%n report returned for revision</numerusform>
            <numerusform>%n reports returned for revision</numerusform>
        </translation>
    </message>
    <message>
        <source>Folder for the reply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the reply as</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No reply was written: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reply No. %1 for %2 is saved as:
%3
Give it to the agency.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReplyImportDialog</name>
    <message>
        <source>Import DoFA&apos;s reply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A reply from DoFA says which of your reports DoFA received and which it returned for revision, with DoFA&apos;s comments, and may bring a newer plan or agency register. It is checked in full before anything is kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was imported: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The plan was updated to version %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rejected, nothing was changed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This reply was imported before; nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DoFA&apos;s reply is imported; it holds no new decision on your reports.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 report received by DoFA</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 reports received by DoFA</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 returned for revision: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 report returned for revision: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 reports returned for revision: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReportActions</name>
    <message>
        <source>Plan Tracker</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evidence files for %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>These files were not attached:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove evidence file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove “%1” from this duty&apos;s evidence?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot open %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The report cannot go to sign-off yet: these duties have no implementation status: %1. Choose a status for each of them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amend the signed report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revision %1 is signed and stays as it is. A new revision will be made for your changes.
Reason for the change (required):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An amendment needs a reason. Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export the report as PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The PDF could not be written: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Writing the PDF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Report %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Current period: %1, due %2, %n day(s) left · next: %3, due %4</source>
        <translation>
            <numerusform>Current period: %1, due %2, %n day left · next: %3, due %4</numerusform>
            <numerusform>Current period: %1, due %2, %n days left · next: %3, due %4</numerusform>
        </translation>
    </message>
    <message>
        <source>There is no report for the %1 to start from.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copies the statuses, progress, texts and implementing plan of the %1 report (revision %2); evidence files are not copied.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Received by DoFA on %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Returned by DoFA on %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status: &lt;b&gt;%1&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reason for this revision: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signature valid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not valid: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>signed by %1 (%2) at %3 on %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>issued as No. %1 on %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not issued yet: the clerk gives it its number and date (Registers → Outgoing register)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revision %1 (%2) can no longer be changed. To change the report, use “Amend (new revision)…”: a new revision is made, with the reason.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You are viewing revision %1 (%2), an earlier revision kept as it was signed. The latest revision is %3.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReportEditor</name>
    <message>
        <source>Not saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved at %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revision %1 · %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Report for the %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading the report…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Missing status: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every duty has a status.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReportPage</name>
    <message>
        <source>Alt+↑ / Alt+↓: previous / next duty · Ctrl+S: save now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;ubmit for sign-off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;ign off…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amend (ne&amp;w revision)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E&amp;xport PDF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prin&amp;t…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print the report&apos;s PDF pages (Ctrl+P)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ResetPasswordDialog</name>
    <message>
        <source>Reset the password of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give %1 a new password, to be changed after signing in. An approver confirms with their own password; the reset is recorded in the activity log.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Repeat the new password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An approver&apos;s password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reset password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type an approver&apos;s password to confirm.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RetireForm</name>
    <message>
        <source>Retire %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(no successor)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retired on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duties and history go to</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReturnDialog</name>
    <message>
        <source>Return the report for revision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. Add the figures for delegations in the fourth quarter (duty III.2.3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;What should the agency change? (required)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Return for revision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The agency sees your comment with its report, amends the report and sends it again. The return reaches the agency with the next reply file (Exchange → Write reply for an agency…).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write what the agency should change: a report is not returned without a comment.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RevokeKeyDialog</name>
    <message>
        <source>Revoke an agency&apos;s key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revoke a key when an agency&apos;s computer or key may be in the wrong hands. Bundles signed with it from now on are rejected; reports received earlier stay as they are. To trust the agency again, give it a new setup kit and enrol its new key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;voke the key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Agency:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key DoFA trusts now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading the agencies…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>I have checked with %1: key %2 must no longer be trusted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key %1 of %2 is revoked. Bundles signed with it from now on are rejected; reports received earlier stay as they are.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RolePage</name>
    <message>
        <source>Is this the consolidating workstation?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This workstation consolidates the reports of every agency (Department of Foreign Affairs in Decision 590)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leave this unticked on an agency&apos;s workstation: it drafts and signs the agency&apos;s own reports and sends them as bundle files.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agency: %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RotateKeyDialog</name>
    <message>
        <source>Rotate the signing key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A new signing key replaces the current one. Your next bundle to DoFA carries a statement, signed with the current key, that vouches for the new one, so DoFA trusts the new key without a new enrolment. Reports signed with the current key stay valid at DoFA. Rotate the key when it may have been exposed, or when your office&apos;s rules say so.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Current signing key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Rotate the key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New signing key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The new key signs from now on. Send a bundle to DoFA soon: it carries the old key&apos;s statement for the new one.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SaveTarget</name>
    <message>
        <source>Save to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save to a &amp;folder…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save as a f&amp;ile…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SendReportsDialog</name>
    <message>
        <source>Send reports to DoFA</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Re-send a signed revision:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a folder and the app names the file (agency, date and bundle number), or name the file yourself. Then take the file to DoFA (USB stick, e-mail or the document system): it is encrypted so that only DoFA can open it, and signed so that DoFA can tell it is yours.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading the signed revisions…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>signed %1, not sent yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>acknowledged by DoFA; sent again once with its number and date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sent before; sent again until DoFA acknowledges it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This workstation is not linked to DoFA yet, so nothing can be sent. Adopt DoFA&apos;s setup kit first (Exchange → Trust and enrolment…).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>These signed revisions will be sent, with their evidence files, in one encrypted file for DoFA:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>These revisions were sent before. Until DoFA acknowledges them, every new bundle holds them again:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing is waiting to be sent: DoFA has acknowledged every signed report. If DoFA asks for a report again, choose the revision to re-send.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing to send yet: no report has been signed off. Sign a report off in the Report tab first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Folder for the bundle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the bundle as</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was sent: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bundle No. %1 is saved as:
%2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SentHistory</name>
    <message>
        <source>No.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Written on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reports</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SentHistoryView</name>
    <message>
        <source>&amp;Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bundles this workstation has written for DoFA, newest first. DoFA numbers them too, so it can tell when one never arrived.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading the bundles sent…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The bundles sent could not be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n bundle(s)</source>
        <translation>
            <numerusform>%n bundle</numerusform>
            <numerusform>%n bundles</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ServerFields</name>
    <message>
        <source>empty when PGPASSWORD or ~/.pgpass gives it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Server &amp;address:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Server pass&amp;word:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DoFA&apos;s key &amp;passphrase:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Repeat:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The password is kept in this computer&apos;s secret store, never in the profile. The connection uses TLS whenever the server offers it (add ?sslmode=require to the address to insist on it). DoFA&apos;s keys are kept in the database, locked with the passphrase: every officer of the office types the same one.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ServerPage</name>
    <message>
        <source>Where does the office keep its data?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On this &amp;computer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On the office&apos;s &amp;database server (PostgreSQL), shared by several officers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the address and a passphrase of at least %1 characters, twice.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SetupWizard</name>
    <message>
        <source>Plan Tracker — set up this workstation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt; &amp;Back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Next &gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Finish</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SignDialog</name>
    <message>
        <source>Sign the report off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What will be signed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (amended: %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duties reported on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Report status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading who may sign…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This computer has no OS secret store, so the agency&apos;s signing key is kept in a file protected by a passphrase.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Once signed, this revision can no longer be changed; a correction is made as an amendment (a new revision with its reason).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Sign</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This revision is %1 and cannot be signed again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>These duties have no status yet, so the report cannot be signed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no active approver to sign.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SignedRevision</name>
    <message>
        <source>This revision cannot be shown: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the implementing plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warning: the database was changed after this revision was signed (%1). What is shown, printed, sent or amended is the signed content, never the changed data. Find out who changed the database file, and why.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SourceDialog</name>
    <message>
        <source>Set up from DoFA&apos;s setup kit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DoFA sends each agency a setup kit (.ptkit): the plan, the agency register and DoFA&apos;s public keys. Type the key fingerprint DoFA reads out to you by phone. After set-up, export the enrolment file and read this workstation&apos;s fingerprint to DoFA (Exchange → Trust and enrolment…).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Setup kits (*.ptkit)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore from a backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup (.ptbackup) brings back every report, evidence file, setting and key of the workstation it was made on; this folder must still be empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Workstation backups (*.ptbackup)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Choose…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DoFA&apos;s key &amp;fingerprint:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backup &amp;passphrase:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New key &amp;passphrase:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Repeat it:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type the same passphrase twice, at least 10 characters.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StackedBarChart</name>
    <message>
        <source>Nothing to show</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TokenBox</name>
    <message>
        <source>Also sign the PDF with my USB token (digital signature)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Read the token again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Certificate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Token PIN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the token…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No token with a certificate is plugged in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Subject: %1
Issued by: %2
Valid until: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This certificate has expired.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TrustDialog</name>
    <message>
        <source>Trust and enrolment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Adopt DoFA&apos;s setup kit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This workstation is not linked to DoFA yet. DoFA gives each agency a setup kit file (.ptkit) that holds DoFA&apos;s keys, the plan and the agency register. Adopt it here; your reports and accounts are kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DoFA&apos;s &amp;fingerprint, read out by DoFA:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone DoFA and ask them to read out the fingerprint of their key; type it here. A kit whose key has another fingerprint is refused: it did not come from DoFA.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Export enrolment file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When DoFA calls, check that this is the fingerprint DoFA reads out: it proves the kit came from DoFA.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This workstation&apos;s key fingerprint — read this to DoFA by phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export the enrolment file and send it to DoFA, then phone DoFA and read out this fingerprint. DoFA accepts your reports only once it matches.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking the link with DoFA…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key fingerprint of DoFA (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type the fingerprint DoFA reads out first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DoFA&apos;s setup kit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Setup kits (*.ptkit)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This workstation is now linked to DoFA, whose fingerprint you confirmed. Export the enrolment file next.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the enrolment file as</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enrolment files (*.ptenroll)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enrolment file saved: %1
Send it to DoFA, then phone DoFA and read out this workstation&apos;s fingerprint.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WritingArea</name>
    <message>
        <source>Summary of the reporting situation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Summary of section %1. %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overall assessment and proposals (required to sign)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>_NewPasswordDialog</name>
    <message>
        <source>Account</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dialog</name>
    <message>
        <source>The two passphrases differ.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The passphrase needs at least 10 characters.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
