<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>AccountsDialog</name>
    <message>
        <location filename="../accounts_dialog.py" line="136"/>
        <source>Yes</source>
        <translation>Yes</translation>
    </message>
    <message>
        <location filename="../accounts_dialog.py" line="136"/>
        <source>No (removed)</source>
        <translation>No (removed)</translation>
    </message>
    <message>
        <location filename="../accounts_dialog.py" line="177"/>
        <source>The password of {username} was reset.</source>
        <translation>The password of {username} was reset.</translation>
    </message>
    <message>
        <location filename="../accounts_dialog.py" line="185"/>
        <source>Remove account</source>
        <translation>Remove account</translation>
    </message>
    <message>
        <location filename="../accounts_dialog.py" line="186"/>
        <source>Remove the account of {name} ({username})?

They will no longer be able to log in on this PC. What they recorded stays in the cases and the audit trail.</source>
        <translation>Remove the account of {name} ({username})?

They will no longer be able to log in on this PC. What they recorded stays in the cases and the audit trail.</translation>
    </message>
    <message>
        <location filename="../accounts_dialog.py" line="202"/>
        <source>The account {username} was removed.</source>
        <translation>The account {username} was removed.</translation>
    </message>
    <message>
        <location filename="../accounts_dialog.py" line="205"/>
        <source>Open cases now without a handling officer ({count}): {numbers}. Assign them from the list (View &gt; Unassigned cases, Ctrl+5).</source>
        <translation>Open cases now without a handling officer ({count}): {numbers}. Assign them from the list (View &gt; Unassigned cases, Ctrl+5).</translation>
    </message>
    <message>
        <location filename="../accounts_dialog.py" line="239"/>
        <source>Staff accounts</source>
        <translation>Staff accounts</translation>
    </message>
    <message>
        <location filename="../accounts_dialog.py" line="241"/>
        <source>Each person logs in with their own account; what they record is signed with it. Remove the account of someone who leaves the office.</source>
        <translation>Each person logs in with their own account; what they record is signed with it. Remove the account of someone who leaves the office.</translation>
    </message>
    <message>
        <location filename="../accounts_dialog.py" line="244"/>
        <source>Username</source>
        <translation>Username</translation>
    </message>
    <message>
        <location filename="../accounts_dialog.py" line="244"/>
        <source>Full name</source>
        <translation>Full name</translation>
    </message>
    <message>
        <location filename="../accounts_dialog.py" line="244"/>
        <source>Role</source>
        <translation>Role</translation>
    </message>
    <message>
        <location filename="../accounts_dialog.py" line="244"/>
        <source>Active</source>
        <translation>Active</translation>
    </message>
    <message>
        <location filename="../accounts_dialog.py" line="245"/>
        <source>&amp;Add…</source>
        <translation>&amp;Add…</translation>
    </message>
    <message>
        <location filename="../accounts_dialog.py" line="246"/>
        <source>&amp;Reset password…</source>
        <translation>&amp;Reset password…</translation>
    </message>
    <message>
        <location filename="../accounts_dialog.py" line="247"/>
        <source>Re&amp;move…</source>
        <translation>Re&amp;move…</translation>
    </message>
    <message>
        <location filename="../accounts_dialog.py" line="248"/>
        <source>Close</source>
        <translation>Close</translation>
    </message>
</context>
<context>
    <name>AddUserDialog</name>
    <message>
        <location filename="../accounts_dialog.py" line="310"/>
        <source>Add an account</source>
        <translation>Add an account</translation>
    </message>
    <message>
        <location filename="../accounts_dialog.py" line="311"/>
        <source>&amp;Username:</source>
        <translation>&amp;Username:</translation>
    </message>
    <message>
        <location filename="../accounts_dialog.py" line="311"/>
        <source>&amp;Full name:</source>
        <translation>&amp;Full name:</translation>
    </message>
    <message>
        <location filename="../accounts_dialog.py" line="312"/>
        <source>&amp;Role:</source>
        <translation>&amp;Role:</translation>
    </message>
    <message>
        <location filename="../accounts_dialog.py" line="312"/>
        <source>&amp;Password:</source>
        <translation>&amp;Password:</translation>
    </message>
    <message>
        <location filename="../accounts_dialog.py" line="313"/>
        <source>&amp;Confirm password:</source>
        <translation>&amp;Confirm password:</translation>
    </message>
    <message>
        <location filename="../accounts_dialog.py" line="316"/>
        <source>e.g. siti.a</source>
        <translation>e.g. siti.a</translation>
    </message>
    <message>
        <location filename="../accounts_dialog.py" line="317"/>
        <source>at least 8 characters</source>
        <translation>at least 8 characters</translation>
    </message>
    <message>
        <location filename="../accounts_dialog.py" line="320"/>
        <source>&amp;Add</source>
        <translation>&amp;Add</translation>
    </message>
    <message>
        <location filename="../accounts_dialog.py" line="321"/>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>AnonymisedBanner</name>
    <message>
        <location filename="../case_view/anonymised_banner.py" line="52"/>
        <source>This case was anonymised on {date} because its retention period ended. It can only be read.</source>
        <translation>This case was anonymised on {date} because its retention period ended. It can only be read.</translation>
    </message>
    <message>
        <location filename="../case_view/anonymised_banner.py" line="65"/>
        <source>The case was anonymised: it can only be read.</source>
        <translation>The case was anonymised: it can only be read.</translation>
    </message>
</context>
<context>
    <name>ApprovalDialog</name>
    <message>
        <location filename="../case_view/approval_dialog.py" line="82"/>
        <source>Closure proposed for {number}</source>
        <translation>Closure proposed for {number}</translation>
    </message>
    <message>
        <location filename="../case_view/approval_dialog.py" line="88"/>
        <source>Needed to return it: what the officer should do or add</source>
        <translation>Needed to return it: what the officer should do or add</translation>
    </message>
    <message>
        <location filename="../case_view/approval_dialog.py" line="90"/>
        <source>N&amp;ote to the officer:</source>
        <translation>N&amp;ote to the officer:</translation>
    </message>
    <message>
        <location filename="../case_view/approval_dialog.py" line="101"/>
        <source>Proposed:</source>
        <translation>Proposed:</translation>
    </message>
    <message>
        <location filename="../case_view/approval_dialog.py" line="103"/>
        <source>Duplicate of:</source>
        <translation>Duplicate of:</translation>
    </message>
    <message>
        <location filename="../case_view/approval_dialog.py" line="107"/>
        <source>Proposed by:</source>
        <translation>Proposed by:</translation>
    </message>
    <message>
        <location filename="../case_view/approval_dialog.py" line="113"/>
        <source>Summary:</source>
        <translation>Summary:</translation>
    </message>
    <message>
        <location filename="../case_view/approval_dialog.py" line="122"/>
        <source>Changes since the proposal</source>
        <translation>Changes since the proposal</translation>
    </message>
    <message>
        <location filename="../case_view/approval_dialog.py" line="129"/>
        <source>&amp;Approve</source>
        <translation>&amp;Approve</translation>
    </message>
    <message>
        <location filename="../case_view/approval_dialog.py" line="130"/>
        <source>&amp;Return to the officer</source>
        <translation>&amp;Return to the officer</translation>
    </message>
    <message>
        <location filename="../case_view/approval_dialog.py" line="177"/>
        <source>This case changed after {name} proposed it. Look at what changed since, then approve anyway or return the proposal with a note.</source>
        <translation>This case changed after {name} proposed it. Look at what changed since, then approve anyway or return the proposal with a note.</translation>
    </message>
    <message>
        <location filename="../case_view/approval_dialog.py" line="184"/>
        <source>The case was updated after the proposal, but no step, correction or document change is recorded here; look at the case before approving.</source>
        <translation>The case was updated after the proposal, but no step, correction or document change is recorded here; look at the case before approving.</translation>
    </message>
    <message>
        <location filename="../case_view/approval_dialog.py" line="190"/>
        <source>&amp;Approve anyway</source>
        <translation>&amp;Approve anyway</translation>
    </message>
</context>
<context>
    <name>AssignOfficerDialog</name>
    <message>
        <location filename="../case_view/assign_officer_dialog.py" line="31"/>
        <source>Handling officer of {number}</source>
        <translation>Handling officer of {number}</translation>
    </message>
    <message>
        <location filename="../case_view/assign_officer_dialog.py" line="33"/>
        <source>&amp;Assign</source>
        <translation>&amp;Assign</translation>
    </message>
    <message>
        <location filename="../case_view/assign_officer_dialog.py" line="36"/>
        <source>Nobody yet</source>
        <translation>Nobody yet</translation>
    </message>
    <message>
        <location filename="../case_view/assign_officer_dialog.py" line="38"/>
        <source>Handled now by:</source>
        <translation>Handled now by:</translation>
    </message>
    <message>
        <location filename="../case_view/assign_officer_dialog.py" line="40"/>
        <source>&amp;Officer:</source>
        <translation>&amp;Officer:</translation>
    </message>
    <message>
        <location filename="../case_view/assign_officer_dialog.py" line="43"/>
        <source>Optional, e.g. Budi is on leave until Monday</source>
        <translation>Optional, e.g. Budi is on leave until Monday</translation>
    </message>
    <message>
        <location filename="../case_view/assign_officer_dialog.py" line="44"/>
        <source>&amp;Note:</source>
        <translation>&amp;Note:</translation>
    </message>
    <message>
        <location filename="../case_view/assign_officer_dialog.py" line="45"/>
        <source>Type a few letters of the name to filter. Only active accounts whose role handles cases are listed.</source>
        <translation>Type a few letters of the name to filter. Only active accounts whose role handles cases are listed.</translation>
    </message>
    <message>
        <location filename="../case_view/assign_officer_dialog.py" line="59"/>
        <source>Loading the officers…</source>
        <translation>Loading the officers…</translation>
    </message>
    <message>
        <location filename="../case_view/assign_officer_dialog.py" line="70"/>
        <source>Nobody (unassigned)</source>
        <translation>Nobody (unassigned)</translation>
    </message>
    <message>
        <location filename="../case_view/assign_officer_dialog.py" line="73"/>
        <source>Name or username</source>
        <translation>Name or username</translation>
    </message>
    <message>
        <location filename="../case_view/assign_officer_dialog.py" line="103"/>
        <source>Choose an officer, or “Nobody (unassigned)”.</source>
        <translation>Choose an officer, or “Nobody (unassigned)”.</translation>
    </message>
    <message>
        <location filename="../case_view/assign_officer_dialog.py" line="106"/>
        <source>Several officers match “{text}”: type more of the name or pick one from the list.</source>
        <translation>Several officers match “{text}”: type more of the name or pick one from the list.</translation>
    </message>
    <message>
        <location filename="../case_view/assign_officer_dialog.py" line="110"/>
        <source>No active officer matches “{text}”.</source>
        <translation>No active officer matches “{text}”.</translation>
    </message>
</context>
<context>
    <name>AttachmentViewer</name>
    <message>
        <location filename="../case_view/attachment_viewer.py" line="38"/>
        <source>{name} — Attachment</source>
        <translation>{name} — Attachment</translation>
    </message>
    <message>
        <location filename="../case_view/attachment_viewer.py" line="41"/>
        <source>&amp;Fit to window</source>
        <translation>&amp;Fit to window</translation>
    </message>
    <message>
        <location filename="../case_view/attachment_viewer.py" line="44"/>
        <source>Save a cop&amp;y…</source>
        <translation>Save a cop&amp;y…</translation>
    </message>
    <message>
        <location filename="../case_view/attachment_viewer.py" line="49"/>
        <source>&amp;Close</source>
        <translation>&amp;Close</translation>
    </message>
    <message>
        <location filename="../case_view/attachment_viewer.py" line="82"/>
        <source>This file cannot be shown here: its format is not supported on this PC, or it is damaged.</source>
        <translation>This file cannot be shown here: its format is not supported on this PC, or it is damaged.</translation>
    </message>
    <message>
        <location filename="../case_view/attachment_viewer.py" line="85"/>
        <source>Use “Save a copy…” to open it in another program.</source>
        <translation>Use “Save a copy…” to open it in another program.</translation>
    </message>
    <message>
        <location filename="../case_view/attachment_viewer.py" line="124"/>
        <source>Opening the PDF…</source>
        <translation>Opening the PDF…</translation>
    </message>
    <message>
        <location filename="../case_view/attachment_viewer.py" line="136"/>
        <source>Pages: {count}</source>
        <translation>Pages: {count}</translation>
    </message>
</context>
<context>
    <name>AttachmentsPanel</name>
    <message>
        <location filename="../case_view/attachments_panel.py" line="111"/>
        <source>Scans and photos attached here are kept encrypted on this PC and open inside the application. Only “Save a copy…” writes a file, where you choose.</source>
        <translation>Scans and photos attached here are kept encrypted on this PC and open inside the application. Only “Save a copy…” writes a file, where you choose.</translation>
    </message>
    <message>
        <location filename="../case_view/attachments_panel.py" line="113"/>
        <source>File name</source>
        <translation>File name</translation>
    </message>
    <message>
        <location filename="../case_view/attachments_panel.py" line="113"/>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <location filename="../case_view/attachments_panel.py" line="113"/>
        <source>Size</source>
        <translation>Size</translation>
    </message>
    <message>
        <location filename="../case_view/attachments_panel.py" line="114"/>
        <source>Added</source>
        <translation>Added</translation>
    </message>
    <message>
        <location filename="../case_view/attachments_panel.py" line="114"/>
        <source>By</source>
        <translation>By</translation>
    </message>
    <message>
        <location filename="../case_view/attachments_panel.py" line="114"/>
        <source>State</source>
        <translation>State</translation>
    </message>
    <message>
        <location filename="../case_view/attachments_panel.py" line="115"/>
        <source>Scan of</source>
        <translation>Scan of</translation>
    </message>
    <message>
        <location filename="../case_view/attachments_panel.py" line="116"/>
        <source>Attachments</source>
        <translation>Attachments</translation>
    </message>
    <message>
        <location filename="../case_view/attachments_panel.py" line="117"/>
        <source>No attachments yet.</source>
        <translation>No attachments yet.</translation>
    </message>
    <message>
        <location filename="../case_view/attachments_panel.py" line="118"/>
        <source>Attac&amp;h file…</source>
        <translation>Attac&amp;h file…</translation>
    </message>
    <message>
        <location filename="../case_view/attachments_panel.py" line="119"/>
        <source>Ope&amp;n</source>
        <translation>Ope&amp;n</translation>
    </message>
    <message>
        <location filename="../case_view/attachments_panel.py" line="120"/>
        <source>Save a cop&amp;y…</source>
        <translation>Save a cop&amp;y…</translation>
    </message>
    <message>
        <location filename="../case_view/attachments_panel.py" line="139"/>
        <source>not downloaded yet</source>
        <translation>not downloaded yet</translation>
    </message>
    <message>
        <location filename="../case_view/attachments_panel.py" line="148"/>
        <source>The content arrives with the next sync; it cannot be opened before.</source>
        <translation>The content arrives with the next sync; it cannot be opened before.</translation>
    </message>
    <message>
        <location filename="../case_view/attachments_panel.py" line="170"/>
        <source>Your role cannot attach files.</source>
        <translation>Your role cannot attach files.</translation>
    </message>
    <message>
        <location filename="../case_view/attachments_panel.py" line="175"/>
        <location filename="../case_view/attachments_panel.py" line="265"/>
        <source>Your role cannot save copies of attachments.</source>
        <translation>Your role cannot save copies of attachments.</translation>
    </message>
    <message>
        <location filename="../case_view/attachments_panel.py" line="179"/>
        <source>“{name}” is not on this PC yet: “Open” downloads it from the central server ({size}).</source>
        <translation>“{name}” is not on this PC yet: “Open” downloads it from the central server ({size}).</translation>
    </message>
    <message>
        <location filename="../case_view/attachments_panel.py" line="184"/>
        <source>“{name}” has not been downloaded to this PC yet. It can be opened after the next sync with the server.</source>
        <translation>“{name}” has not been downloaded to this PC yet. It can be opened after the next sync with the server.</translation>
    </message>
    <message>
        <location filename="../case_view/attachments_panel.py" line="214"/>
        <source>Choosing a file…</source>
        <translation>Choosing a file…</translation>
    </message>
    <message>
        <location filename="../case_view/attachments_panel.py" line="224"/>
        <source>Attach a scan or photo</source>
        <translation>Attach a scan or photo</translation>
    </message>
    <message>
        <location filename="../case_view/attachments_panel.py" line="225"/>
        <source>Scans and photos ({patterns});;All files (*)</source>
        <translation>Scans and photos ({patterns});;All files (*)</translation>
    </message>
    <message>
        <location filename="../case_view/attachments_panel.py" line="236"/>
        <source>Attaching “{name}”…</source>
        <translation>Attaching “{name}”…</translation>
    </message>
    <message>
        <location filename="../case_view/attachments_panel.py" line="241"/>
        <source>Attached “{name}”.</source>
        <translation>Attached “{name}”.</translation>
    </message>
    <message>
        <location filename="../case_view/attachments_panel.py" line="256"/>
        <source>Opening “{name}”…</source>
        <translation>Opening “{name}”…</translation>
    </message>
    <message>
        <location filename="../case_view/attachments_panel.py" line="289"/>
        <source>Downloading “{name}”…</source>
        <translation>Downloading “{name}”…</translation>
    </message>
    <message>
        <location filename="../case_view/attachments_panel.py" line="298"/>
        <source>Downloading “{name}”… {percent}%</source>
        <translation>Downloading “{name}”… {percent}%</translation>
    </message>
    <message>
        <location filename="../case_view/attachments_panel.py" line="315"/>
        <source>“{name}” could not be downloaded: the central server cannot be reached. Try again when this computer is online.</source>
        <translation>“{name}” could not be downloaded: the central server cannot be reached. Try again when this computer is online.</translation>
    </message>
    <message>
        <location filename="../case_view/attachments_panel.py" line="319"/>
        <source>Sync is not running on this computer, so “{name}” cannot be downloaded.</source>
        <translation>Sync is not running on this computer, so “{name}” cannot be downloaded.</translation>
    </message>
    <message>
        <location filename="../case_view/attachments_panel.py" line="339"/>
        <source>Save a copy of the attachment</source>
        <translation>Save a copy of the attachment</translation>
    </message>
    <message>
        <location filename="../case_view/attachments_panel.py" line="340"/>
        <source>{kind} files ({patterns})</source>
        <translation>{kind} files ({patterns})</translation>
    </message>
    <message>
        <location filename="../case_view/attachments_panel.py" line="347"/>
        <source>Saving a copy…</source>
        <translation>Saving a copy…</translation>
    </message>
    <message>
        <location filename="../case_view/attachments_panel.py" line="353"/>
        <source>A copy was saved to {path}</source>
        <translation>A copy was saved to {path}</translation>
    </message>
</context>
<context>
    <name>AuditTableModel</name>
    <message>
        <location filename="../audit_window.py" line="139"/>
        <source>When</source>
        <translation>When</translation>
    </message>
    <message>
        <location filename="../audit_window.py" line="139"/>
        <source>Who</source>
        <translation>Who</translation>
    </message>
    <message>
        <location filename="../audit_window.py" line="139"/>
        <source>Device / office</source>
        <translation>Device / office</translation>
    </message>
    <message>
        <location filename="../audit_window.py" line="140"/>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <location filename="../audit_window.py" line="140"/>
        <source>Case or target</source>
        <translation>Case or target</translation>
    </message>
    <message>
        <location filename="../audit_window.py" line="140"/>
        <source>Detail</source>
        <translation>Detail</translation>
    </message>
    <message>
        <location filename="../audit_window.py" line="165"/>
        <source>central server</source>
        <translation>central server</translation>
    </message>
    <message>
        <location filename="../audit_window.py" line="175"/>
        <source>found by</source>
        <translation>found by</translation>
    </message>
    <message>
        <location filename="../audit_window.py" line="175"/>
        <source>cases</source>
        <translation>cases</translation>
    </message>
    <message>
        <location filename="../audit_window.py" line="176"/>
        <source>information requests</source>
        <translation>information requests</translation>
    </message>
    <message>
        <location filename="../audit_window.py" line="177"/>
        <source>attachments</source>
        <translation>attachments</translation>
    </message>
    <message>
        <location filename="../audit_window.py" line="177"/>
        <source>rows</source>
        <translation>rows</translation>
    </message>
    <message>
        <location filename="../audit_window.py" line="178"/>
        <source>filter</source>
        <translation>filter</translation>
    </message>
    <message>
        <location filename="../audit_window.py" line="178"/>
        <source>pages</source>
        <translation>pages</translation>
    </message>
    <message>
        <location filename="../audit_window.py" line="179"/>
        <source>continued</source>
        <translation>continued</translation>
    </message>
    <message>
        <location filename="../audit_window.py" line="179"/>
        <source>to</source>
        <translation>to</translation>
    </message>
    <message>
        <location filename="../audit_window.py" line="198"/>
        <source>Logged in</source>
        <translation>Logged in</translation>
    </message>
    <message>
        <location filename="../audit_window.py" line="198"/>
        <source>Login failed</source>
        <translation>Login failed</translation>
    </message>
    <message>
        <location filename="../audit_window.py" line="199"/>
        <source>Logged out</source>
        <translation>Logged out</translation>
    </message>
    <message>
        <location filename="../audit_window.py" line="200"/>
        <source>Account added</source>
        <translation>Account added</translation>
    </message>
    <message>
        <location filename="../audit_window.py" line="201"/>
        <source>Account removed</source>
        <translation>Account removed</translation>
    </message>
    <message>
        <location filename="../audit_window.py" line="202"/>
        <source>Password reset</source>
        <translation>Password reset</translation>
    </message>
    <message>
        <location filename="../audit_window.py" line="203"/>
        <source>Password changed</source>
        <translation>Password changed</translation>
    </message>
    <message>
        <location filename="../audit_window.py" line="204"/>
        <source>Receipt printed</source>
        <translation>Receipt printed</translation>
    </message>
    <message>
        <location filename="../audit_window.py" line="205"/>
        <source>Receipt saved as PDF</source>
        <translation>Receipt saved as PDF</translation>
    </message>
    <message>
        <location filename="../audit_window.py" line="206"/>
        <source>Attachment saved to a file</source>
        <translation>Attachment saved to a file</translation>
    </message>
    <message>
        <location filename="../audit_window.py" line="207"/>
        <source>Backup made</source>
        <translation>Backup made</translation>
    </message>
    <message>
        <location filename="../audit_window.py" line="207"/>
        <source>Restored</source>
        <translation>Restored</translation>
    </message>
    <message>
        <location filename="../audit_window.py" line="208"/>
        <source>PC set up</source>
        <translation>PC set up</translation>
    </message>
    <message>
        <location filename="../audit_window.py" line="209"/>
        <location filename="../audit_window.py" line="232"/>
        <source>PC enrolled</source>
        <translation>PC enrolled</translation>
    </message>
    <message>
        <location filename="../audit_window.py" line="210"/>
        <source>Key file&apos;s server address put back</source>
        <translation>Key file&apos;s server address put back</translation>
    </message>
    <message>
        <location filename="../audit_window.py" line="211"/>
        <source>Report exported</source>
        <translation>Report exported</translation>
    </message>
    <message>
        <location filename="../audit_window.py" line="212"/>
        <source>Case list exported</source>
        <translation>Case list exported</translation>
    </message>
    <message>
        <location filename="../audit_window.py" line="213"/>
        <source>Case file saved as PDF</source>
        <translation>Case file saved as PDF</translation>
    </message>
    <message>
        <location filename="../audit_window.py" line="214"/>
        <source>Case file printed</source>
        <translation>Case file printed</translation>
    </message>
    <message>
        <location filename="../audit_window.py" line="215"/>
        <source>Case opened</source>
        <translation>Case opened</translation>
    </message>
    <message>
        <location filename="../audit_window.py" line="216"/>
        <source>Case list read (command line)</source>
        <translation>Case list read (command line)</translation>
    </message>
    <message>
        <location filename="../audit_window.py" line="217"/>
        <source>Personal data searched</source>
        <translation>Personal data searched</translation>
    </message>
    <message>
        <location filename="../audit_window.py" line="218"/>
        <source>Personal data exported</source>
        <translation>Personal data exported</translation>
    </message>
    <message>
        <location filename="../audit_window.py" line="219"/>
        <source>Data restricted</source>
        <translation>Data restricted</translation>
    </message>
    <message>
        <location filename="../audit_window.py" line="220"/>
        <source>Restriction lifted</source>
        <translation>Restriction lifted</translation>
    </message>
    <message>
        <location filename="../audit_window.py" line="221"/>
        <source>Restricted case viewed</source>
        <translation>Restricted case viewed</translation>
    </message>
    <message>
        <location filename="../audit_window.py" line="222"/>
        <source>Audit trail read</source>
        <translation>Audit trail read</translation>
    </message>
    <message>
        <location filename="../audit_window.py" line="223"/>
        <source>Letter printed</source>
        <translation>Letter printed</translation>
    </message>
    <message>
        <location filename="../audit_window.py" line="224"/>
        <source>Letter saved as PDF</source>
        <translation>Letter saved as PDF</translation>
    </message>
    <message>
        <location filename="../audit_window.py" line="225"/>
        <source>Partner added</source>
        <translation>Partner added</translation>
    </message>
    <message>
        <location filename="../audit_window.py" line="226"/>
        <source>Partner changed</source>
        <translation>Partner changed</translation>
    </message>
    <message>
        <location filename="../audit_window.py" line="227"/>
        <source>Partner taken into the directory</source>
        <translation>Partner taken into the directory</translation>
    </message>
    <message>
        <location filename="../audit_window.py" line="228"/>
        <source>Partner activated</source>
        <translation>Partner activated</translation>
    </message>
    <message>
        <location filename="../audit_window.py" line="229"/>
        <source>Partner deactivated</source>
        <translation>Partner deactivated</translation>
    </message>
    <message>
        <location filename="../audit_window.py" line="231"/>
        <source>Enrolment code issued</source>
        <translation>Enrolment code issued</translation>
    </message>
    <message>
        <location filename="../audit_window.py" line="232"/>
        <source>PC re-keyed</source>
        <translation>PC re-keyed</translation>
    </message>
    <message>
        <location filename="../audit_window.py" line="233"/>
        <source>PC revoked</source>
        <translation>PC revoked</translation>
    </message>
    <message>
        <location filename="../audit_window.py" line="234"/>
        <source>What a PC held listed</source>
        <translation>What a PC held listed</translation>
    </message>
    <message>
        <location filename="../audit_window.py" line="235"/>
        <source>Central account created</source>
        <translation>Central account created</translation>
    </message>
    <message>
        <location filename="../audit_window.py" line="236"/>
        <source>Central account changed</source>
        <translation>Central account changed</translation>
    </message>
    <message>
        <location filename="../audit_window.py" line="237"/>
        <source>Central password checked</source>
        <translation>Central password checked</translation>
    </message>
    <message>
        <location filename="../audit_window.py" line="238"/>
        <source>Central password refused</source>
        <translation>Central password refused</translation>
    </message>
    <message>
        <location filename="../audit_window.py" line="239"/>
        <source>First login on a PC</source>
        <translation>First login on a PC</translation>
    </message>
    <message>
        <location filename="../audit_window.py" line="240"/>
        <source>First login on a PC refused</source>
        <translation>First login on a PC refused</translation>
    </message>
    <message>
        <location filename="../audit_window.py" line="241"/>
        <source>Office created</source>
        <translation>Office created</translation>
    </message>
    <message>
        <location filename="../audit_window.py" line="242"/>
        <source>Office changed</source>
        <translation>Office changed</translation>
    </message>
    <message>
        <location filename="../audit_window.py" line="243"/>
        <source>Case created at central</source>
        <translation>Case created at central</translation>
    </message>
    <message>
        <location filename="../audit_window.py" line="244"/>
        <source>Case assigned to an office</source>
        <translation>Case assigned to an office</translation>
    </message>
    <message>
        <location filename="../audit_window.py" line="245"/>
        <source>Case transferred</source>
        <translation>Case transferred</translation>
    </message>
    <message>
        <location filename="../audit_window.py" line="246"/>
        <source>Case anonymised</source>
        <translation>Case anonymised</translation>
    </message>
    <message>
        <location filename="../audit_window.py" line="247"/>
        <source>Information request anonymised</source>
        <translation>Information request anonymised</translation>
    </message>
    <message>
        <location filename="../audit_window.py" line="248"/>
        <source>Retention policy set</source>
        <translation>Retention policy set</translation>
    </message>
    <message>
        <location filename="../audit_window.py" line="249"/>
        <source>Retention previewed</source>
        <translation>Retention previewed</translation>
    </message>
    <message>
        <location filename="../audit_window.py" line="250"/>
        <source>Retention run</source>
        <translation>Retention run</translation>
    </message>
    <message>
        <location filename="../audit_window.py" line="251"/>
        <source>Personal data searched at central</source>
        <translation>Personal data searched at central</translation>
    </message>
    <message>
        <location filename="../audit_window.py" line="252"/>
        <source>Personal data exported at central</source>
        <translation>Personal data exported at central</translation>
    </message>
    <message>
        <location filename="../audit_window.py" line="253"/>
        <source>Audit trail read at central</source>
        <translation>Audit trail read at central</translation>
    </message>
</context>
<context>
    <name>AuditTrailWindow</name>
    <message>
        <location filename="../audit_window.py" line="376"/>
        <location filename="../audit_window.py" line="392"/>
        <source>Audit trail</source>
        <translation>Audit trail</translation>
    </message>
    <message>
        <location filename="../audit_window.py" line="378"/>
        <source>Who did what and who read whose data: cases opened, files printed and exported, personal data searched. Choose the filters and press Show; reading the trail is itself recorded.</source>
        <translation>Who did what and who read whose data: cases opened, files printed and exported, personal data searched. Choose the filters and press Show; reading the trail is itself recorded.</translation>
    </message>
    <message>
        <location filename="../audit_window.py" line="381"/>
        <source>&amp;Source:</source>
        <translation>&amp;Source:</translation>
    </message>
    <message>
        <location filename="../audit_window.py" line="381"/>
        <source>O&amp;ffice:</source>
        <translation>O&amp;ffice:</translation>
    </message>
    <message>
        <location filename="../audit_window.py" line="382"/>
        <source>F&amp;rom:</source>
        <translation>F&amp;rom:</translation>
    </message>
    <message>
        <location filename="../audit_window.py" line="382"/>
        <source>&amp;To:</source>
        <translation>&amp;To:</translation>
    </message>
    <message>
        <location filename="../audit_window.py" line="383"/>
        <source>&amp;Account:</source>
        <translation>&amp;Account:</translation>
    </message>
    <message>
        <location filename="../audit_window.py" line="383"/>
        <source>A&amp;ction:</source>
        <translation>A&amp;ction:</translation>
    </message>
    <message>
        <location filename="../audit_window.py" line="384"/>
        <source>Case &amp;number:</source>
        <translation>Case &amp;number:</translation>
    </message>
    <message>
        <location filename="../audit_window.py" line="386"/>
        <source>every account</source>
        <translation>every account</translation>
    </message>
    <message>
        <location filename="../audit_window.py" line="387"/>
        <source>e.g. SBY-2026-A-00012</source>
        <translation>e.g. SBY-2026-A-00012</translation>
    </message>
    <message>
        <location filename="../audit_window.py" line="388"/>
        <source>S&amp;how</source>
        <translation>S&amp;how</translation>
    </message>
    <message>
        <location filename="../audit_window.py" line="389"/>
        <source>Read the trail with these filters (F5)</source>
        <translation>Read the trail with these filters (F5)</translation>
    </message>
    <message>
        <location filename="../audit_window.py" line="390"/>
        <source>&amp;Open case</source>
        <translation>&amp;Open case</translation>
    </message>
    <message>
        <location filename="../audit_window.py" line="391"/>
        <source>C&amp;lose</source>
        <translation>C&amp;lose</translation>
    </message>
    <message>
        <location filename="../audit_window.py" line="411"/>
        <source>This PC</source>
        <translation>This PC</translation>
    </message>
    <message>
        <location filename="../audit_window.py" line="413"/>
        <source>Every office (central server)</source>
        <translation>Every office (central server)</translation>
    </message>
    <message>
        <location filename="../audit_window.py" line="415"/>
        <source>The office&apos;s PCs (central server)</source>
        <translation>The office&apos;s PCs (central server)</translation>
    </message>
    <message>
        <location filename="../audit_window.py" line="426"/>
        <source>every action</source>
        <translation>every action</translation>
    </message>
    <message>
        <location filename="../audit_window.py" line="434"/>
        <source>every office</source>
        <translation>every office</translation>
    </message>
    <message>
        <location filename="../audit_window.py" line="534"/>
        <source>{shown} of {total} entries shown, newest first.</source>
        <translation>{shown} of {total} entries shown, newest first.</translation>
    </message>
    <message>
        <location filename="../audit_window.py" line="537"/>
        <source>{shown} entries shown, newest first; scroll down for older ones.</source>
        <translation>{shown} entries shown, newest first; scroll down for older ones.</translation>
    </message>
    <message>
        <location filename="../audit_window.py" line="540"/>
        <source>{shown} entries, newest first.</source>
        <translation>{shown} entries, newest first.</translation>
    </message>
    <message>
        <location filename="../audit_window.py" line="545"/>
        <source>No entry of the trail matches these filters.</source>
        <translation>No entry of the trail matches these filters.</translation>
    </message>
</context>
<context>
    <name>BackupDialog</name>
    <message>
        <location filename="../backup_dialog.py" line="37"/>
        <source>Back up data</source>
        <translation>Back up data</translation>
    </message>
    <message>
        <location filename="../backup_dialog.py" line="59"/>
        <source>Back up data to</source>
        <translation>Back up data to</translation>
    </message>
    <message>
        <location filename="../backup_dialog.py" line="61"/>
        <source>Halo TKI Desk backups (*.zip)</source>
        <translation>Halo TKI Desk backups (*.zip)</translation>
    </message>
    <message>
        <location filename="../backup_dialog.py" line="71"/>
        <source>Writing the encrypted backup to {path}…</source>
        <translation>Writing the encrypted backup to {path}…</translation>
    </message>
    <message>
        <location filename="../backup_dialog.py" line="85"/>
        <source>Backup written: {path}

Keep it somewhere other than this PC (an external disk). It is encrypted: the passwords of this PC&apos;s accounts open it.</source>
        <translation>Backup written: {path}

Keep it somewhere other than this PC (an external disk). It is encrypted: the passwords of this PC&apos;s accounts open it.</translation>
    </message>
    <message>
        <location filename="../backup_dialog.py" line="96"/>
        <source>The backup was not written.</source>
        <translation>The backup was not written.</translation>
    </message>
</context>
<context>
    <name>BasisDialog</name>
    <message>
        <location filename="../case_view/referral_dialog.py" line="131"/>
        <source>Basis for sharing with {addressee}</source>
        <translation>Basis for sharing with {addressee}</translation>
    </message>
    <message>
        <location filename="../case_view/referral_dialog.py" line="133"/>
        <source>&amp;Save basis</source>
        <translation>&amp;Save basis</translation>
    </message>
</context>
<context>
    <name>BasisRows</name>
    <message>
        <location filename="../case_view/referral_dialog.py" line="66"/>
        <source>— choose —</source>
        <translation>— choose —</translation>
    </message>
    <message>
        <location filename="../case_view/referral_dialog.py" line="69"/>
        <source>Basis for sharing the data</source>
        <translation>Basis for sharing the data</translation>
    </message>
    <message>
        <location filename="../case_view/referral_dialog.py" line="70"/>
        <source>&amp;Basis for sharing:</source>
        <translation>&amp;Basis for sharing:</translation>
    </message>
    <message>
        <location filename="../case_view/referral_dialog.py" line="73"/>
        <source>Consent &amp;given on:</source>
        <translation>Consent &amp;given on:</translation>
    </message>
    <message>
        <location filename="../case_view/referral_dialog.py" line="75"/>
        <source>N&amp;ote about the basis:</source>
        <translation>N&amp;ote about the basis:</translation>
    </message>
    <message>
        <location filename="../case_view/referral_dialog.py" line="97"/>
        <source>e.g. signed consent form, scanned as an attachment</source>
        <translation>e.g. signed consent form, scanned as an attachment</translation>
    </message>
    <message>
        <location filename="../case_view/referral_dialog.py" line="98"/>
        <source>Which legal duty, e.g. the article of the law</source>
        <translation>Which legal duty, e.g. the article of the law</translation>
    </message>
    <message>
        <location filename="../case_view/referral_dialog.py" line="99"/>
        <source>Optional</source>
        <translation>Optional</translation>
    </message>
    <message>
        <location filename="../case_view/referral_dialog.py" line="103"/>
        <source>The complainant agreed, at the desk or on the phone, that the office shares their data with this addressee. Recorded by {name}.</source>
        <translation>The complainant agreed, at the desk or on the phone, that the office shares their data with this addressee. Recorded by {name}.</translation>
    </message>
    <message>
        <location filename="../case_view/referral_dialog.py" line="107"/>
        <source>The complainant signed their agreement that the office shares their data with this addressee. Recorded by {name}.</source>
        <translation>The complainant signed their agreement that the office shares their data with this addressee. Recorded by {name}.</translation>
    </message>
    <message>
        <location filename="../case_view/referral_dialog.py" line="110"/>
        <source>Sharing protects the worker&apos;s life, safety or freedom: death, trafficking, detention.</source>
        <translation>Sharing protects the worker&apos;s life, safety or freedom: death, trafficking, detention.</translation>
    </message>
    <message>
        <location filename="../case_view/referral_dialog.py" line="113"/>
        <source>Write which legal duty requires the office to share the data.</source>
        <translation>Write which legal duty requires the office to share the data.</translation>
    </message>
    <message>
        <location filename="../case_view/referral_dialog.py" line="115"/>
        <source>Sharing the complainant&apos;s and the worker&apos;s personal data needs a basis (UU PDP). For this category the worker&apos;s vital interest is the usual one.</source>
        <translation>Sharing the complainant&apos;s and the worker&apos;s personal data needs a basis (UU PDP). For this category the worker&apos;s vital interest is the usual one.</translation>
    </message>
    <message>
        <location filename="../case_view/referral_dialog.py" line="118"/>
        <source>Sharing the complainant&apos;s and the worker&apos;s personal data needs a basis (UU PDP): ask the complainant&apos;s consent to share with this addressee.</source>
        <translation>Sharing the complainant&apos;s and the worker&apos;s personal data needs a basis (UU PDP): ask the complainant&apos;s consent to share with this addressee.</translation>
    </message>
</context>
<context>
    <name>CaseHeader</name>
    <message>
        <location filename="../case_view/header.py" line="49"/>
        <source>1 working day</source>
        <translation>1 working day</translation>
    </message>
    <message>
        <location filename="../case_view/header.py" line="50"/>
        <source>{n} working days</source>
        <translation>{n} working days</translation>
    </message>
    <message>
        <location filename="../case_view/header.py" line="58"/>
        <source>Finished on day {day} of {target}</source>
        <translation>Finished on day {day} of {target}</translation>
    </message>
    <message>
        <location filename="../case_view/header.py" line="62"/>
        <source>Deadline: {days}, from the next working day</source>
        <translation>Deadline: {days}, from the next working day</translation>
    </message>
    <message>
        <location filename="../case_view/header.py" line="65"/>
        <source>Deadline: day {day} of {target}</source>
        <translation>Deadline: day {day} of {target}</translation>
    </message>
    <message>
        <location filename="../case_view/header.py" line="68"/>
        <source>paused — waiting for documents, {days}</source>
        <translation>paused — waiting for documents, {days}</translation>
    </message>
    <message>
        <location filename="../case_view/header.py" line="72"/>
        <source>{days} past the deadline</source>
        <translation>{days} past the deadline</translation>
    </message>
    <message>
        <location filename="../case_view/header.py" line="78"/>
        <source>due today</source>
        <translation>due today</translation>
    </message>
    <message>
        <location filename="../case_view/header.py" line="79"/>
        <source>{days} left</source>
        <translation>{days} left</translation>
    </message>
    <message>
        <location filename="../case_view/header.py" line="82"/>
        <source>was paused {days}</source>
        <translation>was paused {days}</translation>
    </message>
    <message>
        <location filename="../case_view/header.py" line="94"/>
        <source>verification overdue since {date}</source>
        <translation>verification overdue since {date}</translation>
    </message>
    <message>
        <location filename="../case_view/header.py" line="96"/>
        <source>verify by {date}</source>
        <translation>verify by {date}</translation>
    </message>
    <message>
        <location filename="../case_view/header.py" line="189"/>
        <source>Received {when} · {office}</source>
        <translation>Received {when} · {office}</translation>
    </message>
    <message>
        <location filename="../case_view/header.py" line="192"/>
        <source>Received {when} · recorded {recorded} · {office}</source>
        <translation>Received {when} · recorded {recorded} · {office}</translation>
    </message>
    <message>
        <location filename="../case_view/header.py" line="198"/>
        <source>Worker: {worker}   ·   Complainant: {complainant}</source>
        <translation>Worker: {worker}   ·   Complainant: {complainant}</translation>
    </message>
    <message>
        <location filename="../case_view/header.py" line="212"/>
        <source>⚠ Contact with the family lost: {n} failed attempts in a row. Try another channel or number.</source>
        <translation>⚠ Contact with the family lost: {n} failed attempts in a row. Try another channel or number.</translation>
    </message>
    <message>
        <location filename="../case_view/header.py" line="218"/>
        <source>No next contact planned</source>
        <translation>No next contact planned</translation>
    </message>
    <message>
        <location filename="../case_view/header.py" line="227"/>
        <source>Next contact OVERDUE since {date}</source>
        <translation>Next contact OVERDUE since {date}</translation>
    </message>
    <message>
        <location filename="../case_view/header.py" line="230"/>
        <source>Next contact due {date}</source>
        <translation>Next contact due {date}</translation>
    </message>
    <message>
        <location filename="../case_view/header.py" line="242"/>
        <source>urgent category: {category}</source>
        <translation>urgent category: {category}</translation>
    </message>
    <message>
        <location filename="../case_view/header.py" line="244"/>
        <source>URGENT</source>
        <translation>URGENT</translation>
    </message>
    <message>
        <location filename="../case_view/header.py" line="260"/>
        <source>Restricted</source>
        <translation>Restricted</translation>
    </message>
    <message>
        <location filename="../case_view/header.py" line="262"/>
        <source>Restricted by {name} on {when}. Only supervisors see this case, and each view is recorded.
Reason: {reason}</source>
        <translation>Restricted by {name} on {when}. Only supervisors see this case, and each view is recorded.
Reason: {reason}</translation>
    </message>
    <message>
        <location filename="../case_view/header.py" line="271"/>
        <source>Handling officer: {name}</source>
        <translation>Handling officer: {name}</translation>
    </message>
    <message>
        <location filename="../case_view/header.py" line="276"/>
        <source>No handling officer</source>
        <translation>No handling officer</translation>
    </message>
    <message>
        <location filename="../case_view/header.py" line="281"/>
        <source>No handling officer yet</source>
        <translation>No handling officer yet</translation>
    </message>
    <message>
        <location filename="../case_view/header.py" line="284"/>
        <source>A supervisor assigns an officer (Handling menu); a case officer can take the case.</source>
        <translation>A supervisor assigns an officer (Handling menu); a case officer can take the case.</translation>
    </message>
    <message>
        <location filename="../case_view/header.py" line="299"/>
        <source>The clock stopped when the case was resolved or closed.</source>
        <translation>The clock stopped when the case was resolved or closed.</translation>
    </message>
    <message>
        <location filename="../case_view/header.py" line="302"/>
        <source>Working days since the complaint was received, weekends and Indonesian holidays excluded; the clock pauses while the case waits for documents. Target reached on {date}.</source>
        <translation>Working days since the complaint was received, weekends and Indonesian holidays excluded; the clock pauses while the case waits for documents. Target reached on {date}.</translation>
    </message>
    <message>
        <location filename="../case_view/header.py" line="313"/>
        <source>Awaiting approval: {status} proposed by {name}</source>
        <translation>Awaiting approval: {status} proposed by {name}</translation>
    </message>
</context>
<context>
    <name>CaseListExport</name>
    <message>
        <location filename="../reports/case_list_export.py" line="111"/>
        <location filename="../reports/case_list_export.py" line="118"/>
        <location filename="../reports/case_list_export.py" line="139"/>
        <source>Export the case list</source>
        <translation>Export the case list</translation>
    </message>
    <message>
        <location filename="../reports/case_list_export.py" line="112"/>
        <source>No case matches the current filter: there is nothing to export.</source>
        <translation>No case matches the current filter: there is nothing to export.</translation>
    </message>
    <message>
        <location filename="../reports/case_list_export.py" line="125"/>
        <source>Writing the case list…</source>
        <translation>Writing the case list…</translation>
    </message>
    <message>
        <location filename="../reports/case_list_export.py" line="125"/>
        <source>Case list saved</source>
        <translation>Case list saved</translation>
    </message>
    <message>
        <location filename="../reports/case_list_export.py" line="128"/>
        <source>{cases} cases ({persons} persons) were saved to:
{path}

It holds personal data: keep it safe and delete it when you are done.</source>
        <translation>{cases} cases ({persons} persons) were saved to:
{path}

It holds personal data: keep it safe and delete it when you are done.</translation>
    </message>
    <message>
        <location filename="../reports/case_list_export.py" line="140"/>
        <source>Only the kepala seksi may export the case list, because it holds the personal data of workers and complainants.</source>
        <translation>Only the kepala seksi may export the case list, because it holds the personal data of workers and complainants.</translation>
    </message>
</context>
<context>
    <name>CaseListExportDialog</name>
    <message>
        <location filename="../reports/case_list_export.py" line="37"/>
        <source>Export the case list</source>
        <translation>Export the case list</translation>
    </message>
    <message>
        <location filename="../reports/case_list_export.py" line="39"/>
        <source>The file will hold the personal data of {persons} persons (workers and complainants) in {cases} cases: names, sex, passport numbers, phone numbers, the family relation and destination country, with each complaint.</source>
        <translation>The file will hold the personal data of {persons} persons (workers and complainants) in {cases} cases: names, sex, passport numbers, phone numbers, the family relation and destination country, with each complaint.</translation>
    </message>
    <message>
        <location filename="../reports/case_list_export.py" line="44"/>
        <source>The export is recorded in the audit trail: who exported, when, with which filter, and how many cases and persons.</source>
        <translation>The export is recorded in the audit trail: who exported, when, with which filter, and how many cases and persons.</translation>
    </message>
    <message>
        <location filename="../reports/case_list_export.py" line="47"/>
        <source>Keep the file safe: do not send it by e-mail or chat, do not leave it on a shared PC or a USB stick, and delete it when you are done with it.</source>
        <translation>Keep the file safe: do not send it by e-mail or chat, do not leave it on a shared PC or a USB stick, and delete it when you are done with it.</translation>
    </message>
    <message>
        <location filename="../reports/case_list_export.py" line="52"/>
        <source>Format:</source>
        <translation>Format:</translation>
    </message>
    <message>
        <location filename="../reports/case_list_export.py" line="53"/>
        <source>E&amp;xcel (.xlsx)</source>
        <translation>E&amp;xcel (.xlsx)</translation>
    </message>
    <message>
        <location filename="../reports/case_list_export.py" line="54"/>
        <source>C&amp;SV (.csv)</source>
        <translation>C&amp;SV (.csv)</translation>
    </message>
    <message>
        <location filename="../reports/case_list_export.py" line="66"/>
        <source>&amp;Export…</source>
        <translation>&amp;Export…</translation>
    </message>
    <message>
        <location filename="../reports/case_list_export.py" line="67"/>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>CaseListMenu</name>
    <message>
        <location filename="../case_list_menu.py" line="47"/>
        <source>&amp;Open</source>
        <translation>&amp;Open</translation>
    </message>
    <message>
        <location filename="../case_list_menu.py" line="48"/>
        <source>&amp;Print the receipt again…</source>
        <translation>&amp;Print the receipt again…</translation>
    </message>
    <message>
        <location filename="../case_list_menu.py" line="50"/>
        <source>Your role cannot print receipts.</source>
        <translation>Your role cannot print receipts.</translation>
    </message>
    <message>
        <location filename="../case_list_menu.py" line="51"/>
        <source>&amp;Copy case number</source>
        <translation>&amp;Copy case number</translation>
    </message>
    <message>
        <location filename="../case_list_menu.py" line="52"/>
        <source>Copy case number</source>
        <translation>Copy case number</translation>
    </message>
</context>
<context>
    <name>CaseListModel</name>
    <message>
        <location filename="../case_list_model.py" line="164"/>
        <source>Case number</source>
        <translation>Case number</translation>
    </message>
    <message>
        <location filename="../case_list_model.py" line="164"/>
        <source>Received</source>
        <translation>Received</translation>
    </message>
    <message>
        <location filename="../case_list_model.py" line="164"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../case_list_model.py" line="164"/>
        <source>Deadline</source>
        <translation>Deadline</translation>
    </message>
    <message>
        <location filename="../case_list_model.py" line="165"/>
        <source>Category</source>
        <translation>Category</translation>
    </message>
    <message>
        <location filename="../case_list_model.py" line="165"/>
        <source>Worker</source>
        <translation>Worker</translation>
    </message>
    <message>
        <location filename="../case_list_model.py" line="165"/>
        <source>Complainant</source>
        <translation>Complainant</translation>
    </message>
    <message>
        <location filename="../case_list_model.py" line="166"/>
        <source>Destination</source>
        <translation>Destination</translation>
    </message>
    <message>
        <location filename="../case_list_model.py" line="166"/>
        <source>Next contact</source>
        <translation>Next contact</translation>
    </message>
    <message>
        <location filename="../case_list_model.py" line="166"/>
        <source>Officer</source>
        <translation>Officer</translation>
    </message>
    <message>
        <location filename="../case_list_model.py" line="240"/>
        <source>{number}: {n} conflicting change(s) to decide — the same detail was changed in two places at once. Open the case to choose.</source>
        <translation>{number}: {n} conflicting change(s) to decide — the same detail was changed in two places at once. Open the case to choose.</translation>
    </message>
    <message>
        <location filename="../case_list_model.py" line="245"/>
        <source>Awaiting approval: closing as “{proposed}” was proposed; a supervisor approves or returns it.</source>
        <translation>Awaiting approval: closing as “{proposed}” was proposed; a supervisor approves or returns it.</translation>
    </message>
    <message>
        <location filename="../case_list_model.py" line="252"/>
        <source>No handling officer yet: a supervisor assigns one.</source>
        <translation>No handling officer yet: a supervisor assigns one.</translation>
    </message>
    <message>
        <location filename="../case_list_model.py" line="256"/>
        <source>Follow-up overdue: the complainant was to be contacted by {date}.</source>
        <translation>Follow-up overdue: the complainant was to be contacted by {date}.</translation>
    </message>
    <message>
        <location filename="../case_list_model.py" line="263"/>
        <source>The clock is paused while waiting for documents (day {day} of {target}).</source>
        <translation>The clock is paused while waiting for documents (day {day} of {target}).</translation>
    </message>
    <message>
        <location filename="../case_list_model.py" line="269"/>
        <source>Past its deadline: day {day} of {target} working days; it was due on {date}.</source>
        <translation>Past its deadline: day {day} of {target} working days; it was due on {date}.</translation>
    </message>
    <message>
        <location filename="../case_list_model.py" line="272"/>
        <source>Deadline near: day {day} of {target} working days, due on {date}.</source>
        <translation>Deadline near: day {day} of {target} working days, due on {date}.</translation>
    </message>
    <message>
        <location filename="../case_list_model.py" line="274"/>
        <source>Day {day} of {target} working days, due on {date}.</source>
        <translation>Day {day} of {target} working days, due on {date}.</translation>
    </message>
    <message>
        <location filename="../case_list_model.py" line="304"/>
        <source>— none —</source>
        <translation>— none —</translation>
    </message>
    <message>
        <location filename="../case_list_model.py" line="314"/>
        <source>paused</source>
        <translation>paused</translation>
    </message>
    <message>
        <location filename="../case_list_model.py" line="317"/>
        <source>1 day late</source>
        <translation>1 day late</translation>
    </message>
    <message>
        <location filename="../case_list_model.py" line="317"/>
        <source>{n} days late</source>
        <translation>{n} days late</translation>
    </message>
    <message>
        <location filename="../case_list_model.py" line="319"/>
        <source>day {day}/{target}</source>
        <translation>day {day}/{target}</translation>
    </message>
    <message>
        <location filename="../case_list_model.py" line="330"/>
        <source>flagged by staff (the case says why)</source>
        <translation>flagged by staff (the case says why)</translation>
    </message>
    <message>
        <location filename="../case_list_model.py" line="331"/>
        <source>Urgent: {reason}</source>
        <translation>Urgent: {reason}</translation>
    </message>
</context>
<context>
    <name>CaseWindow</name>
    <message>
        <location filename="../case_view/case_window.py" line="207"/>
        <source>Loading the case…</source>
        <translation>Loading the case…</translation>
    </message>
    <message>
        <location filename="../case_view/case_window.py" line="247"/>
        <source>&amp;Details</source>
        <translation>&amp;Details</translation>
    </message>
    <message>
        <location filename="../case_view/case_window.py" line="250"/>
        <source>D&amp;ocuments</source>
        <translation>D&amp;ocuments</translation>
    </message>
    <message>
        <location filename="../case_view/case_window.py" line="252"/>
        <source>&amp;Attachments</source>
        <translation>&amp;Attachments</translation>
    </message>
    <message>
        <location filename="../case_view/case_window.py" line="211"/>
        <source>&amp;Timeline (newest first)</source>
        <translation>&amp;Timeline (newest first)</translation>
    </message>
    <message>
        <location filename="../case_view/case_window.py" line="206"/>
        <source>Case</source>
        <translation>Case</translation>
    </message>
    <message>
        <location filename="../case_view/case_window.py" line="212"/>
        <source>Ca&amp;se</source>
        <translation>Ca&amp;se</translation>
    </message>
    <message>
        <location filename="../case_view/case_window.py" line="213"/>
        <source>Hand&amp;ling</source>
        <translation>Hand&amp;ling</translation>
    </message>
    <message>
        <location filename="../case_view/case_window.py" line="214"/>
        <source>Re&amp;ferrals</source>
        <translation>Re&amp;ferrals</translation>
    </message>
    <message>
        <location filename="../case_view/case_window.py" line="215"/>
        <source>&amp;Print</source>
        <translation>&amp;Print</translation>
    </message>
    <message>
        <location filename="../case_view/case_window.py" line="219"/>
        <source>Contact with the &amp;family…</source>
        <translation>Contact with the &amp;family…</translation>
    </message>
    <message>
        <location filename="../case_view/case_window.py" line="220"/>
        <source>Change &amp;status…</source>
        <translation>Change &amp;status…</translation>
    </message>
    <message>
        <location filename="../case_view/case_window.py" line="221"/>
        <source>&amp;Edit details…</source>
        <translation>&amp;Edit details…</translation>
    </message>
    <message>
        <location filename="../case_view/case_window.py" line="222"/>
        <source>&amp;Print receipt…</source>
        <translation>&amp;Print receipt…</translation>
    </message>
    <message>
        <location filename="../case_view/case_window.py" line="223"/>
        <source>Case &amp;file (PDF)…</source>
        <translation>Case &amp;file (PDF)…</translation>
    </message>
    <message>
        <location filename="../case_view/case_window.py" line="224"/>
        <source>&amp;Reload</source>
        <translation>&amp;Reload</translation>
    </message>
    <message>
        <location filename="../case_view/case_window.py" line="225"/>
        <source>&amp;Close</source>
        <translation>&amp;Close</translation>
    </message>
    <message>
        <location filename="../case_view/case_window.py" line="226"/>
        <source>Assi&amp;gn to an office…</source>
        <translation>Assi&amp;gn to an office…</translation>
    </message>
    <message>
        <location filename="../case_view/case_window.py" line="227"/>
        <source>&amp;Transfer to another office…</source>
        <translation>&amp;Transfer to another office…</translation>
    </message>
    <message>
        <location filename="../case_view/case_window.py" line="228"/>
        <source>Assign &amp;officer…</source>
        <translation>Assign &amp;officer…</translation>
    </message>
    <message>
        <location filename="../case_view/case_window.py" line="229"/>
        <source>&amp;Take this case</source>
        <translation>&amp;Take this case</translation>
    </message>
    <message>
        <location filename="../case_view/case_window.py" line="230"/>
        <source>Flag &amp;urgent…</source>
        <translation>Flag &amp;urgent…</translation>
    </message>
    <message>
        <location filename="../case_view/case_window.py" line="231"/>
        <source>&amp;Clear urgent flag…</source>
        <translation>&amp;Clear urgent flag…</translation>
    </message>
    <message>
        <location filename="../case_view/case_window.py" line="232"/>
        <source>&amp;Propose closure…</source>
        <translation>&amp;Propose closure…</translation>
    </message>
    <message>
        <location filename="../case_view/case_window.py" line="233"/>
        <source>&amp;Approve / return proposal…</source>
        <translation>&amp;Approve / return proposal…</translation>
    </message>
    <message>
        <location filename="../case_view/case_window.py" line="234"/>
        <source>&amp;Mark as duplicate of…</source>
        <translation>&amp;Mark as duplicate of…</translation>
    </message>
    <message>
        <location filename="../case_view/case_window.py" line="236"/>
        <source>Case actions</source>
        <translation>Case actions</translation>
    </message>
    <message>
        <location filename="../case_view/case_window.py" line="256"/>
        <source>&amp;Change history ({count})</source>
        <translation>&amp;Change history ({count})</translation>
    </message>
    <message>
        <location filename="../case_view/case_window.py" line="257"/>
        <source>&amp;Change history</source>
        <translation>&amp;Change history</translation>
    </message>
    <message>
        <location filename="../case_view/case_window.py" line="327"/>
        <source>Your role cannot do this.</source>
        <translation>Your role cannot do this.</translation>
    </message>
    <message>
        <location filename="../case_view/case_window.py" line="330"/>
        <location filename="../case_view/case_window.py" line="332"/>
        <source>Your role cannot add to the timeline.</source>
        <translation>Your role cannot add to the timeline.</translation>
    </message>
    <message>
        <location filename="../case_view/case_window.py" line="334"/>
        <source>Your role cannot correct case details.</source>
        <translation>Your role cannot correct case details.</translation>
    </message>
    <message>
        <location filename="../case_view/case_window.py" line="336"/>
        <source>Your role cannot print receipts.</source>
        <translation>Your role cannot print receipts.</translation>
    </message>
    <message>
        <location filename="../case_view/case_window.py" line="338"/>
        <source>Your role cannot save the case file.</source>
        <translation>Your role cannot save the case file.</translation>
    </message>
    <message>
        <location filename="../case_view/case_window.py" line="367"/>
        <location filename="../case_view/case_window.py" line="413"/>
        <source>The case is resolved or closed.</source>
        <translation>The case is resolved or closed.</translation>
    </message>
    <message>
        <location filename="../case_view/case_window.py" line="378"/>
        <source>You already handle this case.</source>
        <translation>You already handle this case.</translation>
    </message>
    <message>
        <location filename="../case_view/case_window.py" line="380"/>
        <source>Handled by {name}: a supervisor can reassign it.</source>
        <translation>Handled by {name}: a supervisor can reassign it.</translation>
    </message>
    <message>
        <location filename="../case_view/case_window.py" line="383"/>
        <source>Urgent because of its category: there is no flag to clear.</source>
        <translation>Urgent because of its category: there is no flag to clear.</translation>
    </message>
    <message>
        <location filename="../case_view/case_window.py" line="385"/>
        <source>The case is not flagged urgent.</source>
        <translation>The case is not flagged urgent.</translation>
    </message>
    <message>
        <location filename="../case_view/case_window.py" line="388"/>
        <source>Only a supervisor assigns the handling officer.</source>
        <translation>Only a supervisor assigns the handling officer.</translation>
    </message>
    <message>
        <location filename="../case_view/case_window.py" line="391"/>
        <source>Your role does not handle cases.</source>
        <translation>Your role does not handle cases.</translation>
    </message>
    <message>
        <location filename="../case_view/case_window.py" line="394"/>
        <source>Your role cannot flag a case urgent.</source>
        <translation>Your role cannot flag a case urgent.</translation>
    </message>
    <message>
        <location filename="../case_view/case_window.py" line="395"/>
        <source>Already flagged urgent.</source>
        <translation>Already flagged urgent.</translation>
    </message>
    <message>
        <location filename="../case_view/case_window.py" line="397"/>
        <source>Only a supervisor clears the urgent flag.</source>
        <translation>Only a supervisor clears the urgent flag.</translation>
    </message>
    <message>
        <location filename="../case_view/case_window.py" line="399"/>
        <source>Your role cannot propose closing a case.</source>
        <translation>Your role cannot propose closing a case.</translation>
    </message>
    <message>
        <location filename="../case_view/case_window.py" line="401"/>
        <location filename="../case_view/case_window.py" line="417"/>
        <source>A closure proposal is already waiting for a supervisor.</source>
        <translation>A closure proposal is already waiting for a supervisor.</translation>
    </message>
    <message>
        <location filename="../case_view/case_window.py" line="404"/>
        <source>Only a supervisor approves closing a case.</source>
        <translation>Only a supervisor approves closing a case.</translation>
    </message>
    <message>
        <location filename="../case_view/case_window.py" line="405"/>
        <source>No closure proposal is waiting.</source>
        <translation>No closure proposal is waiting.</translation>
    </message>
    <message>
        <location filename="../case_view/case_window.py" line="411"/>
        <source>Your role cannot close a case.</source>
        <translation>Your role cannot close a case.</translation>
    </message>
    <message>
        <location filename="../case_view/case_window.py" line="440"/>
        <source>Only a case received at central can be assigned; transfer it instead.</source>
        <translation>Only a case received at central can be assigned; transfer it instead.</translation>
    </message>
    <message>
        <location filename="../case_view/case_window.py" line="441"/>
        <location filename="../case_view/case_window.py" line="442"/>
        <source>Your role cannot move cases.</source>
        <translation>Your role cannot move cases.</translation>
    </message>
    <message>
        <location filename="../case_view/case_window.py" line="469"/>
        <source>Your role cannot change documents.</source>
        <translation>Your role cannot change documents.</translation>
    </message>
    <message>
        <location filename="../case_view/case_window.py" line="587"/>
        <source>Case file {number}.pdf</source>
        <translation>Case file {number}.pdf</translation>
    </message>
    <message>
        <location filename="../case_view/case_window.py" line="589"/>
        <source>Save the case file as PDF</source>
        <translation>Save the case file as PDF</translation>
    </message>
    <message>
        <location filename="../case_view/case_window.py" line="590"/>
        <source>PDF files (*.pdf)</source>
        <translation>PDF files (*.pdf)</translation>
    </message>
    <message>
        <location filename="../case_view/case_window.py" line="601"/>
        <source>The case file was saved to:
{path}</source>
        <translation>The case file was saved to:
{path}</translation>
    </message>
    <message>
        <location filename="../case_view/case_window.py" line="603"/>
        <source>Case file saved</source>
        <translation>Case file saved</translation>
    </message>
    <message>
        <location filename="../case_view/case_window.py" line="725"/>
        <source>Attach the scan?</source>
        <translation>Attach the scan?</translation>
    </message>
    <message>
        <location filename="../case_view/case_window.py" line="726"/>
        <source>{document} is present. Attach its scan or photo now?</source>
        <translation>{document} is present. Attach its scan or photo now?</translation>
    </message>
    <message>
        <location filename="../case_view/case_window.py" line="249"/>
        <source>D&amp;ocuments ({missing} missing)</source>
        <translation>D&amp;ocuments ({missing} missing)</translation>
    </message>
    <message>
        <location filename="../case_view/case_window.py" line="218"/>
        <source>&amp;Add resolution step…</source>
        <translation>&amp;Add resolution step…</translation>
    </message>
    <message>
        <location filename="../case_view/case_window.py" line="252"/>
        <source>&amp;Attachments ({count})</source>
        <translation>&amp;Attachments ({count})</translation>
    </message>
    <message>
        <location filename="../case_view/case_window.py" line="626"/>
        <source>You now handle this case.</source>
        <translation>You now handle this case.</translation>
    </message>
    <message>
        <location filename="../case_view/case_window.py" line="698"/>
        <source>Assigned to {office}.</source>
        <translation>Assigned to {office}.</translation>
    </message>
    <message>
        <location filename="../case_view/case_window.py" line="699"/>
        <source>Transferred to {office}.</source>
        <translation>Transferred to {office}.</translation>
    </message>
    <message>
        <location filename="../case_view/case_window.py" line="701"/>
        <source>The case shows the change after the next sync.</source>
        <translation>The case shows the change after the next sync.</translation>
    </message>
</context>
<context>
    <name>CentralMoveDialog</name>
    <message>
        <location filename="../case_view/transfer_dialog.py" line="47"/>
        <source>Assign {number} to an office</source>
        <translation>Assign {number} to an office</translation>
    </message>
    <message>
        <location filename="../case_view/transfer_dialog.py" line="48"/>
        <source>Case {number} was received at central. Choose the office that will handle it; that office receives it with its next sync.</source>
        <translation>Case {number} was received at central. Choose the office that will handle it; that office receives it with its next sync.</translation>
    </message>
    <message>
        <location filename="../case_view/transfer_dialog.py" line="51"/>
        <source>Transfer {number} to another office</source>
        <translation>Transfer {number} to another office</translation>
    </message>
    <message>
        <location filename="../case_view/transfer_dialog.py" line="53"/>
        <source>Case {number} is now handled by {office}. Choose the office that takes it over and say why: the reason goes on the case&apos;s timeline.</source>
        <translation>Case {number} is now handled by {office}. Choose the office that takes it over and say why: the reason goes on the case&apos;s timeline.</translation>
    </message>
    <message>
        <location filename="../case_view/transfer_dialog.py" line="68"/>
        <source>&amp;Office:</source>
        <translation>&amp;Office:</translation>
    </message>
    <message>
        <location filename="../case_view/transfer_dialog.py" line="71"/>
        <source>&amp;Note (optional):</source>
        <translation>&amp;Note (optional):</translation>
    </message>
    <message>
        <location filename="../case_view/transfer_dialog.py" line="72"/>
        <source>&amp;Reason (required):</source>
        <translation>&amp;Reason (required):</translation>
    </message>
    <message>
        <location filename="../case_view/transfer_dialog.py" line="78"/>
        <source>&amp;Assign</source>
        <translation>&amp;Assign</translation>
    </message>
    <message>
        <location filename="../case_view/transfer_dialog.py" line="78"/>
        <source>&amp;Transfer</source>
        <translation>&amp;Transfer</translation>
    </message>
    <message>
        <location filename="../case_view/transfer_dialog.py" line="80"/>
        <source>Try &amp;again</source>
        <translation>Try &amp;again</translation>
    </message>
    <message>
        <location filename="../case_view/transfer_dialog.py" line="102"/>
        <source>Asking the central server for the offices…</source>
        <translation>Asking the central server for the offices…</translation>
    </message>
    <message>
        <location filename="../case_view/transfer_dialog.py" line="117"/>
        <source>— choose the office —</source>
        <translation>— choose the office —</translation>
    </message>
    <message>
        <location filename="../case_view/transfer_dialog.py" line="135"/>
        <source>Choose the office.</source>
        <translation>Choose the office.</translation>
    </message>
    <message>
        <location filename="../case_view/transfer_dialog.py" line="139"/>
        <source>Write why the case is transferred.</source>
        <translation>Write why the case is transferred.</translation>
    </message>
    <message>
        <location filename="../case_view/transfer_dialog.py" line="149"/>
        <source>Sending to the central server…</source>
        <translation>Sending to the central server…</translation>
    </message>
    <message>
        <location filename="../case_view/transfer_dialog.py" line="169"/>
        <source>This needs the central server, and it cannot be reached now. Nothing was changed; try again when this computer is online.</source>
        <translation>This needs the central server, and it cannot be reached now. Nothing was changed; try again when this computer is online.</translation>
    </message>
</context>
<context>
    <name>ChangePasswordDialog</name>
    <message>
        <location filename="../password_dialog.py" line="162"/>
        <source>Change my password</source>
        <translation>Change my password</translation>
    </message>
    <message>
        <location filename="../password_dialog.py" line="163"/>
        <source>Your new password opens the data on this PC from now on. Other people&apos;s passwords are not affected.</source>
        <translation>Your new password opens the data on this PC from now on. Other people&apos;s passwords are not affected.</translation>
    </message>
    <message>
        <location filename="../password_dialog.py" line="165"/>
        <source>&amp;Current password:</source>
        <translation>&amp;Current password:</translation>
    </message>
    <message>
        <location filename="../password_dialog.py" line="166"/>
        <source>&amp;New password:</source>
        <translation>&amp;New password:</translation>
    </message>
    <message>
        <location filename="../password_dialog.py" line="167"/>
        <source>Con&amp;firm new password:</source>
        <translation>Con&amp;firm new password:</translation>
    </message>
    <message>
        <location filename="../password_dialog.py" line="171"/>
        <source>Type your current password.</source>
        <translation>Type your current password.</translation>
    </message>
</context>
<context>
    <name>ComplaintSection</name>
    <message>
        <location filename="../intake/complaint_section.py" line="80"/>
        <source>Nobody yet (the supervisor assigns it)</source>
        <translation>Nobody yet (the supervisor assigns it)</translation>
    </message>
    <message>
        <location filename="../intake/complaint_section.py" line="81"/>
        <source>Me ({name})</source>
        <translation>Me ({name})</translation>
    </message>
</context>
<context>
    <name>ConflictsPanel</name>
    <message>
        <location filename="../case_view/conflicts_panel.py" line="79"/>
        <source>The same detail was changed in two places at once, and both values were kept. Choose the right one: your choice is recorded and sent like any change.</source>
        <translation>The same detail was changed in two places at once, and both values were kept. Choose the right one: your choice is recorded and sent like any change.</translation>
    </message>
    <message>
        <location filename="../case_view/conflicts_panel.py" line="96"/>
        <source>1 conflicting change to decide</source>
        <translation>1 conflicting change to decide</translation>
    </message>
    <message>
        <location filename="../case_view/conflicts_panel.py" line="97"/>
        <source>{n} conflicting changes to decide</source>
        <translation>{n} conflicting changes to decide</translation>
    </message>
    <message>
        <location filename="../case_view/conflicts_panel.py" line="107"/>
        <source>The other status change was refused: it does not follow the order of the statuses.</source>
        <translation>The other status change was refused: it does not follow the order of the statuses.</translation>
    </message>
    <message>
        <location filename="../case_view/conflicts_panel.py" line="110"/>
        <source>Changed on two computers at the same time.</source>
        <translation>Changed on two computers at the same time.</translation>
    </message>
    <message>
        <location filename="../case_view/conflicts_panel.py" line="120"/>
        <source>Kept: “{value}” — by {who}</source>
        <translation>Kept: “{value}” — by {who}</translation>
    </message>
    <message>
        <location filename="../case_view/conflicts_panel.py" line="123"/>
        <source>Other value: “{value}” — by {who}</source>
        <translation>Other value: “{value}” — by {who}</translation>
    </message>
    <message>
        <location filename="../case_view/conflicts_panel.py" line="129"/>
        <source>Keep</source>
        <translation>Keep</translation>
    </message>
    <message>
        <location filename="../case_view/conflicts_panel.py" line="130"/>
        <source>The kept value stays; the other one is dropped.</source>
        <translation>The kept value stays; the other one is dropped.</translation>
    </message>
    <message>
        <location filename="../case_view/conflicts_panel.py" line="131"/>
        <source>Use the other value</source>
        <translation>Use the other value</translation>
    </message>
    <message>
        <location filename="../case_view/conflicts_panel.py" line="132"/>
        <source>The other value replaces the kept one.</source>
        <translation>The other value replaces the kept one.</translation>
    </message>
</context>
<context>
    <name>CoreDialog</name>
    <message>
        <location filename="../case_view/event_dialog.py" line="64"/>
        <source>{action} (Ctrl+S)</source>
        <translation>{action} (Ctrl+S)</translation>
    </message>
</context>
<context>
    <name>DateLineEdit</name>
    <message>
        <location filename="../subject_access/search_form.py" line="73"/>
        <location filename="../widgets.py" line="44"/>
        <source>dd/mm/yyyy</source>
        <translation>dd/mm/yyyy</translation>
    </message>
</context>
<context>
    <name>DetailsPanel</name>
    <message>
        <location filename="../case_fields.py" line="15"/>
        <source>Category</source>
        <translation>Category</translation>
    </message>
    <message>
        <location filename="../case_fields.py" line="16"/>
        <source>Channel</source>
        <translation>Channel</translation>
    </message>
    <message>
        <location filename="../case_fields.py" line="17"/>
        <source>Complainant type</source>
        <translation>Complainant type</translation>
    </message>
    <message>
        <location filename="../case_fields.py" line="19"/>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <location filename="../case_fields.py" line="20"/>
        <source>Outcome</source>
        <translation>Outcome</translation>
    </message>
    <message>
        <location filename="../case_fields.py" line="21"/>
        <source>Duplicate of</source>
        <translation>Duplicate of</translation>
    </message>
    <message>
        <location filename="../case_fields.py" line="24"/>
        <location filename="../case_fields.py" line="46"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../case_fields.py" line="25"/>
        <source>Sex</source>
        <translation>Sex</translation>
    </message>
    <message>
        <location filename="../case_fields.py" line="26"/>
        <source>Date of birth</source>
        <translation>Date of birth</translation>
    </message>
    <message>
        <location filename="../case_fields.py" line="27"/>
        <location filename="../case_fields.py" line="48"/>
        <source>NIK</source>
        <translation>NIK</translation>
    </message>
    <message>
        <location filename="../case_fields.py" line="28"/>
        <source>Passport</source>
        <translation>Passport</translation>
    </message>
    <message>
        <location filename="../case_fields.py" line="29"/>
        <source>KTKLN</source>
        <translation>KTKLN</translation>
    </message>
    <message>
        <location filename="../case_fields.py" line="30"/>
        <source>Phone</source>
        <translation>Phone</translation>
    </message>
    <message>
        <location filename="../case_fields.py" line="31"/>
        <location filename="../case_fields.py" line="51"/>
        <source>Address</source>
        <translation>Address</translation>
    </message>
    <message>
        <location filename="../case_fields.py" line="32"/>
        <source>Province</source>
        <translation>Province</translation>
    </message>
    <message>
        <location filename="../case_fields.py" line="33"/>
        <source>Regency / city</source>
        <translation>Regency / city</translation>
    </message>
    <message>
        <location filename="../case_fields.py" line="34"/>
        <source>Destination country</source>
        <translation>Destination country</translation>
    </message>
    <message>
        <location filename="../case_fields.py" line="35"/>
        <source>Destination city</source>
        <translation>Destination city</translation>
    </message>
    <message>
        <location filename="../case_fields.py" line="36"/>
        <source>Job</source>
        <translation>Job</translation>
    </message>
    <message>
        <location filename="../case_fields.py" line="37"/>
        <source>Employer</source>
        <translation>Employer</translation>
    </message>
    <message>
        <location filename="../case_fields.py" line="38"/>
        <source>Employer address</source>
        <translation>Employer address</translation>
    </message>
    <message>
        <location filename="../case_fields.py" line="39"/>
        <source>Employer phone</source>
        <translation>Employer phone</translation>
    </message>
    <message>
        <location filename="../case_fields.py" line="40"/>
        <source>First employer</source>
        <translation>First employer</translation>
    </message>
    <message>
        <location filename="../case_fields.py" line="41"/>
        <source>Placement agency (PPTKIS)</source>
        <translation>Placement agency (PPTKIS)</translation>
    </message>
    <message>
        <location filename="../case_fields.py" line="42"/>
        <source>Departure date</source>
        <translation>Departure date</translation>
    </message>
    <message>
        <location filename="../case_fields.py" line="43"/>
        <source>Work agreement</source>
        <translation>Work agreement</translation>
    </message>
    <message>
        <location filename="../case_fields.py" line="47"/>
        <source>Relation to the worker</source>
        <translation>Relation to the worker</translation>
    </message>
    <message>
        <location filename="../case_fields.py" line="49"/>
        <source>Phones</source>
        <translation>Phones</translation>
    </message>
    <message>
        <location filename="../case_fields.py" line="50"/>
        <source>Email</source>
        <translation>Email</translation>
    </message>
    <message>
        <location filename="../case_fields.py" line="52"/>
        <source>Preferred contact</source>
        <translation>Preferred contact</translation>
    </message>
    <message>
        <location filename="../case_view/details_panel.py" line="52"/>
        <source>Complaint</source>
        <translation>Complaint</translation>
    </message>
    <message>
        <location filename="../case_view/details_panel.py" line="52"/>
        <source>Complainant</source>
        <translation>Complainant</translation>
    </message>
    <message>
        <location filename="../case_view/details_panel.py" line="52"/>
        <source>Worker (TKI)</source>
        <translation>Worker (TKI)</translation>
    </message>
    <message>
        <location filename="../case_view/details_panel.py" line="98"/>
        <location filename="../sync/field_labels.py" line="152"/>
        <source>Male (L)</source>
        <translation>Male (L)</translation>
    </message>
    <message>
        <location filename="../case_view/details_panel.py" line="98"/>
        <location filename="../sync/field_labels.py" line="153"/>
        <source>Female (P)</source>
        <translation>Female (P)</translation>
    </message>
</context>
<context>
    <name>DirectoryEntryDialog</name>
    <message>
        <location filename="../directory_entry_dialog.py" line="38"/>
        <source>New directory entry</source>
        <translation>New directory entry</translation>
    </message>
    <message>
        <location filename="../directory_entry_dialog.py" line="40"/>
        <source>Edit {name}</source>
        <translation>Edit {name}</translation>
    </message>
    <message>
        <location filename="../directory_entry_dialog.py" line="42"/>
        <source>&amp;Kind:</source>
        <translation>&amp;Kind:</translation>
    </message>
    <message>
        <location filename="../directory_entry_dialog.py" line="45"/>
        <source>As the partner writes it, e.g. RSUD Dr. Soetomo</source>
        <translation>As the partner writes it, e.g. RSUD Dr. Soetomo</translation>
    </message>
    <message>
        <location filename="../directory_entry_dialog.py" line="46"/>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <location filename="../directory_entry_dialog.py" line="47"/>
        <source>— none —</source>
        <translation>— none —</translation>
    </message>
    <message>
        <location filename="../directory_entry_dialog.py" line="48"/>
        <source>&amp;Country:</source>
        <translation>&amp;Country:</translation>
    </message>
    <message>
        <location filename="../directory_entry_dialog.py" line="51"/>
        <source>&amp;Licence number:</source>
        <translation>&amp;Licence number:</translation>
    </message>
    <message>
        <location filename="../directory_entry_dialog.py" line="53"/>
        <source>Licence &amp;status:</source>
        <translation>Licence &amp;status:</translation>
    </message>
    <message>
        <location filename="../directory_entry_dialog.py" line="57"/>
        <source>Street, city; leave empty when unknown</source>
        <translation>Street, city; leave empty when unknown</translation>
    </message>
    <message>
        <location filename="../directory_entry_dialog.py" line="58"/>
        <source>&amp;Address:</source>
        <translation>&amp;Address:</translation>
    </message>
    <message>
        <location filename="../directory_entry_dialog.py" line="61"/>
        <source>&amp;Phone:</source>
        <translation>&amp;Phone:</translation>
    </message>
    <message>
        <location filename="../directory_entry_dialog.py" line="64"/>
        <source>&amp;Email:</source>
        <translation>&amp;Email:</translation>
    </message>
    <message>
        <location filename="../directory_entry_dialog.py" line="69"/>
        <source>A local partner of {office}.</source>
        <translation>A local partner of {office}.</translation>
    </message>
    <message>
        <location filename="../directory_entry_dialog.py" line="71"/>
        <source>A central entry: every office sees the change after its next sync.</source>
        <translation>A central entry: every office sees the change after its next sync.</translation>
    </message>
    <message>
        <location filename="../directory_entry_dialog.py" line="73"/>
        <source>A central entry: every office sees it after its next sync.</source>
        <translation>A central entry: every office sees it after its next sync.</translation>
    </message>
    <message>
        <location filename="../directory_entry_dialog.py" line="75"/>
        <source>A local partner of this office ({office}): every office sees it after the next sync, and central may adopt it.</source>
        <translation>A local partner of this office ({office}): every office sees it after the next sync, and central may adopt it.</translation>
    </message>
</context>
<context>
    <name>DirectoryPicker</name>
    <message>
        <location filename="../directory_picker.py" line="61"/>
        <source>licence {number}</source>
        <translation>licence {number}</translation>
    </message>
    <message>
        <location filename="../directory_picker.py" line="65"/>
        <source>local partner of {office}</source>
        <translation>local partner of {office}</translation>
    </message>
    <message>
        <location filename="../directory_picker.py" line="67"/>
        <source>demo entry</source>
        <translation>demo entry</translation>
    </message>
    <message>
        <location filename="../directory_picker.py" line="69"/>
        <source>switched off</source>
        <translation>switched off</translation>
    </message>
    <message>
        <location filename="../directory_picker.py" line="77"/>
        <source>⚠ {n} summons not attended</source>
        <translation>⚠ {n} summons not attended</translation>
    </message>
    <message>
        <location filename="../directory_picker.py" line="188"/>
        <source>Type a name, then choose with ↓ and Enter</source>
        <translation>Type a name, then choose with ↓ and Enter</translation>
    </message>
    <message>
        <location filename="../directory_picker.py" line="239"/>
        <source>Nothing in the directory matches; the name is used as typed.</source>
        <translation>Nothing in the directory matches; the name is used as typed.</translation>
    </message>
</context>
<context>
    <name>DirectoryWindow</name>
    <message>
        <location filename="../directory_window.py" line="194"/>
        <source>Stakeholder directory</source>
        <translation>Stakeholder directory</translation>
    </message>
    <message>
        <location filename="../directory_window.py" line="195"/>
        <source>&amp;Search:</source>
        <translation>&amp;Search:</translation>
    </message>
    <message>
        <location filename="../directory_window.py" line="196"/>
        <source>Name or licence number</source>
        <translation>Name or licence number</translation>
    </message>
    <message>
        <location filename="../directory_window.py" line="197"/>
        <source>&amp;Kind:</source>
        <translation>&amp;Kind:</translation>
    </message>
    <message>
        <location filename="../directory_window.py" line="198"/>
        <source>All kinds</source>
        <translation>All kinds</translation>
    </message>
    <message>
        <location filename="../directory_window.py" line="202"/>
        <source>Ke&amp;pt by:</source>
        <translation>Ke&amp;pt by:</translation>
    </message>
    <message>
        <location filename="../directory_window.py" line="203"/>
        <source>Everyone</source>
        <translation>Everyone</translation>
    </message>
    <message>
        <location filename="../directory_window.py" line="203"/>
        <location filename="../directory_window.py" line="279"/>
        <location filename="../directory_window.py" line="311"/>
        <source>Central</source>
        <translation>Central</translation>
    </message>
    <message>
        <location filename="../directory_window.py" line="204"/>
        <source>Offices (local partners)</source>
        <translation>Offices (local partners)</translation>
    </message>
    <message>
        <location filename="../directory_window.py" line="206"/>
        <source>Show s&amp;witched-off entries</source>
        <translation>Show s&amp;witched-off entries</translation>
    </message>
    <message>
        <location filename="../directory_window.py" line="207"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../directory_window.py" line="207"/>
        <location filename="../directory_window.py" line="300"/>
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <location filename="../directory_window.py" line="208"/>
        <location filename="../directory_window.py" line="302"/>
        <source>Country</source>
        <translation>Country</translation>
    </message>
    <message>
        <location filename="../directory_window.py" line="208"/>
        <location filename="../directory_window.py" line="311"/>
        <source>Kept by</source>
        <translation>Kept by</translation>
    </message>
    <message>
        <location filename="../directory_window.py" line="209"/>
        <source>Summons</source>
        <translation>Summons</translation>
    </message>
    <message>
        <location filename="../directory_window.py" line="210"/>
        <source>&amp;New entry…</source>
        <translation>&amp;New entry…</translation>
    </message>
    <message>
        <location filename="../directory_window.py" line="211"/>
        <source>New entry (Ctrl+N)</source>
        <translation>New entry (Ctrl+N)</translation>
    </message>
    <message>
        <location filename="../directory_window.py" line="212"/>
        <source>&amp;Edit…</source>
        <translation>&amp;Edit…</translation>
    </message>
    <message>
        <location filename="../directory_window.py" line="213"/>
        <location filename="../directory_window.py" line="350"/>
        <source>Edit the selected entry (F2 or Enter)</source>
        <translation>Edit the selected entry (F2 or Enter)</translation>
    </message>
    <message>
        <location filename="../directory_window.py" line="214"/>
        <source>A&amp;dopt as central entry</source>
        <translation>A&amp;dopt as central entry</translation>
    </message>
    <message>
        <location filename="../directory_window.py" line="215"/>
        <source>&amp;Close</source>
        <translation>&amp;Close</translation>
    </message>
    <message>
        <location filename="../directory_window.py" line="267"/>
        <source>{n} entries</source>
        <translation>{n} entries</translation>
    </message>
    <message>
        <location filename="../directory_window.py" line="271"/>
        <source> (demo)</source>
        <translation> (demo)</translation>
    </message>
    <message>
        <location filename="../directory_window.py" line="273"/>
        <source> (switched off)</source>
        <translation> (switched off)</translation>
    </message>
    <message>
        <location filename="../directory_window.py" line="296"/>
        <source>No entry selected.</source>
        <translation>No entry selected.</translation>
    </message>
    <message>
        <location filename="../directory_window.py" line="299"/>
        <source>not known</source>
        <translation>not known</translation>
    </message>
    <message>
        <location filename="../directory_window.py" line="304"/>
        <source>Licence number</source>
        <translation>Licence number</translation>
    </message>
    <message>
        <location filename="../directory_window.py" line="305"/>
        <source>Licence status</source>
        <translation>Licence status</translation>
    </message>
    <message>
        <location filename="../directory_window.py" line="308"/>
        <source>Address</source>
        <translation>Address</translation>
    </message>
    <message>
        <location filename="../directory_window.py" line="309"/>
        <source>Phone</source>
        <translation>Phone</translation>
    </message>
    <message>
        <location filename="../directory_window.py" line="310"/>
        <source>Email</source>
        <translation>Email</translation>
    </message>
    <message>
        <location filename="../directory_window.py" line="312"/>
        <source>{office} (local partner)</source>
        <translation>{office} (local partner)</translation>
    </message>
    <message>
        <location filename="../directory_window.py" line="315"/>
        <source>Flagged: {n} summons not attended.</source>
        <translation>Flagged: {n} summons not attended.</translation>
    </message>
    <message>
        <location filename="../directory_window.py" line="319"/>
        <source>Demo entry: not a real partner.</source>
        <translation>Demo entry: not a real partner.</translation>
    </message>
    <message>
        <location filename="../directory_window.py" line="321"/>
        <source>Switched off: no longer offered in the forms.</source>
        <translation>Switched off: no longer offered in the forms.</translation>
    </message>
    <message>
        <location filename="../directory_window.py" line="323"/>
        <source>{n} summons not attended.</source>
        <translation>{n} summons not attended.</translation>
    </message>
    <message>
        <location filename="../directory_window.py" line="342"/>
        <source>Switch &amp;on</source>
        <translation>Switch &amp;on</translation>
    </message>
    <message>
        <location filename="../directory_window.py" line="342"/>
        <source>Switch o&amp;ff</source>
        <translation>Switch o&amp;ff</translation>
    </message>
    <message>
        <location filename="../directory_window.py" line="346"/>
        <source>Kept by {owner}: only they can change it.</source>
        <translation>Kept by {owner}: only they can change it.</translation>
    </message>
    <message>
        <location filename="../directory_window.py" line="382"/>
        <source>Switch off entry</source>
        <translation>Switch off entry</translation>
    </message>
    <message>
        <location filename="../directory_window.py" line="383"/>
        <source>Switch off {name}?

It is no longer offered in referral and summons forms; the cases that name it keep it.</source>
        <translation>Switch off {name}?

It is no longer offered in referral and summons forms; the cases that name it keep it.</translation>
    </message>
    <message>
        <location filename="../directory_window.py" line="398"/>
        <source>Adopt entry</source>
        <translation>Adopt entry</translation>
    </message>
    <message>
        <location filename="../directory_window.py" line="399"/>
        <source>Make {name} a central entry?

It is then kept by central; {office} can no longer change it.</source>
        <translation>Make {name} a central entry?

It is then kept by central; {office} can no longer change it.</translation>
    </message>
</context>
<context>
    <name>DocumentsPanel</name>
    <message>
        <location filename="../case_view/documents_panel.py" line="80"/>
        <source>Present</source>
        <translation>Present</translation>
    </message>
    <message>
        <location filename="../case_view/documents_panel.py" line="80"/>
        <source>Missing</source>
        <translation>Missing</translation>
    </message>
    <message>
        <location filename="../case_view/documents_panel.py" line="80"/>
        <source>Not applicable</source>
        <translation>Not applicable</translation>
    </message>
    <message>
        <location filename="../case_view/documents_panel.py" line="90"/>
        <source>Attach scan…</source>
        <translation>Attach scan…</translation>
    </message>
    <message>
        <location filename="../case_view/documents_panel.py" line="91"/>
        <source>Attach the scan or photo of {document}</source>
        <translation>Attach the scan or photo of {document}</translation>
    </message>
    <message>
        <location filename="../case_view/documents_panel.py" line="114"/>
        <source>Missing: {names}</source>
        <translation>Missing: {names}</translation>
    </message>
    <message>
        <location filename="../case_view/documents_panel.py" line="117"/>
        <source>No documents missing.</source>
        <translation>No documents missing.</translation>
    </message>
    <message>
        <location filename="../case_view/documents_panel.py" line="130"/>
        <source>Scan: {names}</source>
        <translation>Scan: {names}</translation>
    </message>
</context>
<context>
    <name>DuplicateDecisionDialog</name>
    <message>
        <location filename="../intake/duplicate_decision.py" line="49"/>
        <source>Possible duplicate</source>
        <translation>Possible duplicate</translation>
    </message>
    <message>
        <location filename="../intake/duplicate_decision.py" line="56"/>
        <source>This complaint may already be recorded. Ask the complainant, then choose what to do.</source>
        <translation>This complaint may already be recorded. Ask the complainant, then choose what to do.</translation>
    </message>
    <message>
        <location filename="../intake/duplicate_decision.py" line="68"/>
        <source>&amp;Existing case:</source>
        <translation>&amp;Existing case:</translation>
    </message>
    <message>
        <location filename="../intake/duplicate_decision.py" line="79"/>
        <source>Not with scans chosen or an information request: record it as a case of its own.</source>
        <translation>Not with scans chosen or an information request: record it as a case of its own.</translation>
    </message>
    <message>
        <location filename="../intake/duplicate_decision.py" line="84"/>
        <source>Why it is not the same case (required)</source>
        <translation>Why it is not the same case (required)</translation>
    </message>
    <message>
        <location filename="../intake/duplicate_decision.py" line="93"/>
        <source>&amp;Continue</source>
        <translation>&amp;Continue</translation>
    </message>
    <message>
        <location filename="../intake/duplicate_decision.py" line="95"/>
        <source>&amp;Back to the form</source>
        <translation>&amp;Back to the form</translation>
    </message>
    <message>
        <location filename="../intake/duplicate_decision.py" line="114"/>
        <source>&amp;Add this visit to case {number} and open it (no new case)</source>
        <translation>&amp;Add this visit to case {number} and open it (no new case)</translation>
    </message>
    <message>
        <location filename="../intake/duplicate_decision.py" line="116"/>
        <source>Record a &amp;new complaint, linked to case {number} as related (same worker, another problem)</source>
        <translation>Record a &amp;new complaint, linked to case {number} as related (same worker, another problem)</translation>
    </message>
    <message>
        <location filename="../intake/duplicate_decision.py" line="119"/>
        <source>Record it anyway: &amp;not the same as case {number}</source>
        <translation>Record it anyway: &amp;not the same as case {number}</translation>
    </message>
</context>
<context>
    <name>DuplicatesPanel</name>
    <message>
        <location filename="../intake/duplicates_panel.py" line="28"/>
        <source>same passport</source>
        <translation>same passport</translation>
    </message>
    <message>
        <location filename="../intake/duplicates_panel.py" line="29"/>
        <source>same NIK</source>
        <translation>same NIK</translation>
    </message>
    <message>
        <location filename="../intake/duplicates_panel.py" line="30"/>
        <source>similar name, same birth date</source>
        <translation>similar name, same birth date</translation>
    </message>
    <message>
        <location filename="../intake/duplicates_panel.py" line="31"/>
        <source>same phone number</source>
        <translation>same phone number</translation>
    </message>
    <message>
        <location filename="../intake/duplicates_panel.py" line="32"/>
        <source>similar name, same destination country</source>
        <translation>similar name, same destination country</translation>
    </message>
    <message>
        <location filename="../intake/duplicates_panel.py" line="93"/>
        <source>Possible duplicates.</source>
        <translation>Possible duplicates.</translation>
    </message>
    <message>
        <location filename="../intake/duplicates_panel.py" line="94"/>
        <source>This worker may already have a case. Check with the complainant; if it is the same complaint, open that case instead of recording a new one.</source>
        <translation>This worker may already have a case. Check with the complainant; if it is the same complaint, open that case instead of recording a new one.</translation>
    </message>
    <message>
        <location filename="../intake/duplicates_panel.py" line="96"/>
        <source>(Ctrl+Shift+D: go to the list)</source>
        <translation>(Ctrl+Shift+D: go to the list)</translation>
    </message>
    <message>
        <location filename="../intake/duplicates_panel.py" line="98"/>
        <source>Case number</source>
        <translation>Case number</translation>
    </message>
    <message>
        <location filename="../intake/duplicates_panel.py" line="98"/>
        <source>Worker</source>
        <translation>Worker</translation>
    </message>
    <message>
        <location filename="../intake/duplicates_panel.py" line="98"/>
        <source>Complainant</source>
        <translation>Complainant</translation>
    </message>
    <message>
        <location filename="../intake/duplicates_panel.py" line="98"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../intake/duplicates_panel.py" line="99"/>
        <source>Why</source>
        <translation>Why</translation>
    </message>
    <message>
        <location filename="../intake/duplicates_panel.py" line="100"/>
        <source>Open this case instead (Enter)</source>
        <translation>Open this case instead (Enter)</translation>
    </message>
</context>
<context>
    <name>EditPeopleDialog</name>
    <message>
        <location filename="../case_view/edit_people_dialog.py" line="33"/>
        <source>Correct details of {number}</source>
        <translation>Correct details of {number}</translation>
    </message>
    <message>
        <location filename="../case_view/edit_people_dialog.py" line="39"/>
        <source>&amp;Worker</source>
        <translation>&amp;Worker</translation>
    </message>
    <message>
        <location filename="../case_view/edit_people_dialog.py" line="40"/>
        <location filename="../case_view/edit_people_dialog.py" line="67"/>
        <source>Name:</source>
        <translation>Name:</translation>
    </message>
    <message>
        <location filename="../case_view/edit_people_dialog.py" line="42"/>
        <source>— not recorded —</source>
        <translation>— not recorded —</translation>
    </message>
    <message>
        <location filename="../case_view/edit_people_dialog.py" line="42"/>
        <source>Male (L)</source>
        <translation>Male (L)</translation>
    </message>
    <message>
        <location filename="../case_view/edit_people_dialog.py" line="43"/>
        <source>Female (P)</source>
        <translation>Female (P)</translation>
    </message>
    <message>
        <location filename="../case_view/edit_people_dialog.py" line="45"/>
        <source>Sex:</source>
        <translation>Sex:</translation>
    </message>
    <message>
        <location filename="../case_view/edit_people_dialog.py" line="46"/>
        <source>Date of birth:</source>
        <translation>Date of birth:</translation>
    </message>
    <message>
        <location filename="../case_view/edit_people_dialog.py" line="47"/>
        <location filename="../case_view/edit_people_dialog.py" line="70"/>
        <source>NIK:</source>
        <translation>NIK:</translation>
    </message>
    <message>
        <location filename="../case_view/edit_people_dialog.py" line="48"/>
        <source>Passport:</source>
        <translation>Passport:</translation>
    </message>
    <message>
        <location filename="../case_view/edit_people_dialog.py" line="49"/>
        <source>KTKLN:</source>
        <translation>KTKLN:</translation>
    </message>
    <message>
        <location filename="../case_view/edit_people_dialog.py" line="50"/>
        <source>Phone:</source>
        <translation>Phone:</translation>
    </message>
    <message>
        <location filename="../case_view/edit_people_dialog.py" line="51"/>
        <location filename="../case_view/edit_people_dialog.py" line="73"/>
        <source>Address:</source>
        <translation>Address:</translation>
    </message>
    <message>
        <location filename="../case_view/edit_people_dialog.py" line="52"/>
        <source>Province:</source>
        <translation>Province:</translation>
    </message>
    <message>
        <location filename="../case_view/edit_people_dialog.py" line="53"/>
        <source>Regency / city:</source>
        <translation>Regency / city:</translation>
    </message>
    <message>
        <location filename="../case_view/edit_people_dialog.py" line="54"/>
        <source>Destination country:</source>
        <translation>Destination country:</translation>
    </message>
    <message>
        <location filename="../case_view/edit_people_dialog.py" line="56"/>
        <source>Destination city:</source>
        <translation>Destination city:</translation>
    </message>
    <message>
        <location filename="../case_view/edit_people_dialog.py" line="57"/>
        <source>Job:</source>
        <translation>Job:</translation>
    </message>
    <message>
        <location filename="../case_view/edit_people_dialog.py" line="58"/>
        <source>Employer:</source>
        <translation>Employer:</translation>
    </message>
    <message>
        <location filename="../case_view/edit_people_dialog.py" line="59"/>
        <source>Employer address:</source>
        <translation>Employer address:</translation>
    </message>
    <message>
        <location filename="../case_view/edit_people_dialog.py" line="60"/>
        <source>Employer phone:</source>
        <translation>Employer phone:</translation>
    </message>
    <message>
        <location filename="../case_view/edit_people_dialog.py" line="61"/>
        <source>First employer:</source>
        <translation>First employer:</translation>
    </message>
    <message>
        <location filename="../case_view/edit_people_dialog.py" line="62"/>
        <source>Placement agency (PPTKIS):</source>
        <translation>Placement agency (PPTKIS):</translation>
    </message>
    <message>
        <location filename="../case_view/edit_people_dialog.py" line="63"/>
        <source>Departure date:</source>
        <translation>Departure date:</translation>
    </message>
    <message>
        <location filename="../case_view/edit_people_dialog.py" line="64"/>
        <source>Work agreement:</source>
        <translation>Work agreement:</translation>
    </message>
    <message>
        <location filename="../case_view/edit_people_dialog.py" line="66"/>
        <source>&amp;Complainant</source>
        <translation>&amp;Complainant</translation>
    </message>
    <message>
        <location filename="../case_view/edit_people_dialog.py" line="68"/>
        <source>Relation to the worker:</source>
        <translation>Relation to the worker:</translation>
    </message>
    <message>
        <location filename="../case_view/edit_people_dialog.py" line="71"/>
        <source>Phones:</source>
        <translation>Phones:</translation>
    </message>
    <message>
        <location filename="../case_view/edit_people_dialog.py" line="72"/>
        <source>Email:</source>
        <translation>Email:</translation>
    </message>
    <message>
        <location filename="../case_view/edit_people_dialog.py" line="74"/>
        <source>Preferred contact:</source>
        <translation>Preferred contact:</translation>
    </message>
</context>
<context>
    <name>EnrolBox</name>
    <message>
        <location filename="../first_run_enrol.py" line="69"/>
        <source>Central server</source>
        <translation>Central server</translation>
    </message>
    <message>
        <location filename="../first_run_enrol.py" line="70"/>
        <source>Server &amp;address:</source>
        <translation>Server &amp;address:</translation>
    </message>
    <message>
        <location filename="../first_run_enrol.py" line="71"/>
        <source>Enrolment co&amp;de:</source>
        <translation>Enrolment co&amp;de:</translation>
    </message>
    <message>
        <location filename="../first_run_enrol.py" line="72"/>
        <source>Name of this &amp;PC:</source>
        <translation>Name of this &amp;PC:</translation>
    </message>
    <message>
        <location filename="../first_run_enrol.py" line="73"/>
        <source>e.g. https://pusat.example.go.id</source>
        <translation>e.g. https://pusat.example.go.id</translation>
    </message>
    <message>
        <location filename="../first_run_enrol.py" line="74"/>
        <source>e.g. 7K3M-Q9XD-2HPA</source>
        <translation>e.g. 7K3M-Q9XD-2HPA</translation>
    </message>
    <message>
        <location filename="../first_run_enrol.py" line="75"/>
        <source>e.g. Front desk 1</source>
        <translation>e.g. Front desk 1</translation>
    </message>
</context>
<context>
    <name>EnrolExistingDialog</name>
    <message>
        <location filename="../enrol_existing_dialog.py" line="95"/>
        <source>Enrol with the central server</source>
        <translation>Enrol with the central server</translation>
    </message>
    <message>
        <location filename="../enrol_existing_dialog.py" line="98"/>
        <source>This PC keeps all its cases and their numbers ({office}-…-{letter}-…). The central server checks that no other PC uses letter {letter}; if one does, it says so and nothing changes here. Once enrolled, log in again: the first sync sends the cases.</source>
        <translation>This PC keeps all its cases and their numbers ({office}-…-{letter}-…). The central server checks that no other PC uses letter {letter}; if one does, it says so and nothing changes here. Once enrolled, log in again: the first sync sends the cases.</translation>
    </message>
    <message>
        <location filename="../enrol_existing_dialog.py" line="103"/>
        <source>Server &amp;address:</source>
        <translation>Server &amp;address:</translation>
    </message>
    <message>
        <location filename="../enrol_existing_dialog.py" line="104"/>
        <source>Enrolment co&amp;de:</source>
        <translation>Enrolment co&amp;de:</translation>
    </message>
    <message>
        <location filename="../enrol_existing_dialog.py" line="105"/>
        <source>Name of this &amp;PC:</source>
        <translation>Name of this &amp;PC:</translation>
    </message>
    <message>
        <location filename="../enrol_existing_dialog.py" line="106"/>
        <source>e.g. https://pusat.example.go.id</source>
        <translation>e.g. https://pusat.example.go.id</translation>
    </message>
    <message>
        <location filename="../enrol_existing_dialog.py" line="107"/>
        <source>e.g. 7K3M-Q9XD-2HPA</source>
        <translation>e.g. 7K3M-Q9XD-2HPA</translation>
    </message>
    <message>
        <location filename="../enrol_existing_dialog.py" line="108"/>
        <source>&amp;Enrol</source>
        <translation>&amp;Enrol</translation>
    </message>
    <message>
        <location filename="../enrol_existing_dialog.py" line="109"/>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../enrol_existing_dialog.py" line="110"/>
        <source>Asking the central server…</source>
        <translation>Asking the central server…</translation>
    </message>
    <message>
        <location filename="../enrol_existing_dialog.py" line="195"/>
        <source>This PC is enrolled as device {letter} of office {office}; its cases keep their numbers. Log in again to start syncing: the first sync sends the cases to the central server.</source>
        <translation>This PC is enrolled as device {letter} of office {office}; its cases keep their numbers. Log in again to start syncing: the first sync sends the cases to the central server.</translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <location filename="../errors.py" line="19"/>
        <source>Something went wrong. Nothing was lost; try again. If it happens again, tell the office administrator (details are in the log file).</source>
        <translation>Something went wrong. Nothing was lost; try again. If it happens again, tell the office administrator (details are in the log file).</translation>
    </message>
    <message>
        <location filename="../errors.py" line="27"/>
        <source>Halo TKI Desk</source>
        <translation>Halo TKI Desk</translation>
    </message>
</context>
<context>
    <name>EventDialog</name>
    <message>
        <location filename="../case_view/event_dialog.py" line="146"/>
        <source>Contact with the family</source>
        <translation>Contact with the family</translation>
    </message>
    <message>
        <location filename="../case_view/event_dialog.py" line="149"/>
        <source>&amp;Channel:</source>
        <translation>&amp;Channel:</translation>
    </message>
    <message>
        <location filename="../case_view/event_dialog.py" line="159"/>
        <source>Add resolution step</source>
        <translation>Add resolution step</translation>
    </message>
    <message>
        <location filename="../case_view/event_dialog.py" line="163"/>
        <source>&amp;Step:</source>
        <translation>&amp;Step:</translation>
    </message>
    <message>
        <location filename="../case_view/event_dialog.py" line="134"/>
        <source>What was done or agreed, and with whom</source>
        <translation>What was done or agreed, and with whom</translation>
    </message>
    <message>
        <location filename="../case_view/event_dialog.py" line="135"/>
        <source>S&amp;ummary:</source>
        <translation>S&amp;ummary:</translation>
    </message>
    <message>
        <location filename="../case_view/event_dialog.py" line="139"/>
        <source>&amp;When it happened:</source>
        <translation>&amp;When it happened:</translation>
    </message>
    <message>
        <location filename="../case_view/event_dialog.py" line="151"/>
        <source>Name, e.g. Ibu Sri (the worker&apos;s mother)</source>
        <translation>Name, e.g. Ibu Sri (the worker&apos;s mother)</translation>
    </message>
    <message>
        <location filename="../case_view/event_dialog.py" line="152"/>
        <source>S&amp;poke with:</source>
        <translation>S&amp;poke with:</translation>
    </message>
    <message>
        <location filename="../case_view/event_dialog.py" line="156"/>
        <source>&amp;Result:</source>
        <translation>&amp;Result:</translation>
    </message>
    <message>
        <location filename="../case_view/event_dialog.py" line="167"/>
        <source>&amp;Next contact due:</source>
        <translation>&amp;Next contact due:</translation>
    </message>
    <message>
        <location filename="../case_view/event_dialog.py" line="168"/>
        <source>Leave empty when no follow-up is planned.</source>
        <translation>Leave empty when no follow-up is planned.</translation>
    </message>
    <message>
        <location filename="../case_view/event_dialog.py" line="201"/>
        <source>Choose whether the contact got through.</source>
        <translation>Choose whether the contact got through.</translation>
    </message>
</context>
<context>
    <name>ExportFlow</name>
    <message>
        <location filename="../reports/export_flow.py" line="66"/>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Excel workbooks (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../reports/export_flow.py" line="66"/>
        <source>CSV files (*.csv)</source>
        <translation>CSV files (*.csv)</translation>
    </message>
    <message>
        <location filename="../reports/export_flow.py" line="67"/>
        <source>PDF files (*.pdf)</source>
        <translation>PDF files (*.pdf)</translation>
    </message>
    <message>
        <location filename="../reports/export_flow.py" line="89"/>
        <source>Export the report</source>
        <translation>Export the report</translation>
    </message>
    <message>
        <location filename="../reports/export_flow.py" line="95"/>
        <source>Writing the report…</source>
        <translation>Writing the report…</translation>
    </message>
    <message>
        <location filename="../reports/export_flow.py" line="95"/>
        <source>Report saved</source>
        <translation>Report saved</translation>
    </message>
    <message>
        <location filename="../reports/export_flow.py" line="117"/>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../reports/export_flow.py" line="118"/>
        <source>Export</source>
        <translation>Export</translation>
    </message>
    <message>
        <location filename="../reports/export_flow.py" line="133"/>
        <source>Cancelling…</source>
        <translation>Cancelling…</translation>
    </message>
    <message>
        <location filename="../reports/export_flow.py" line="156"/>
        <source>Saved to:
{path}</source>
        <translation>Saved to:
{path}</translation>
    </message>
    <message>
        <location filename="../reports/export_flow.py" line="157"/>
        <source>&amp;Open folder</source>
        <translation>&amp;Open folder</translation>
    </message>
</context>
<context>
    <name>FieldLabels</name>
    <message>
        <location filename="../sync/field_labels.py" line="23"/>
        <source>Complaint</source>
        <translation>Complaint</translation>
    </message>
    <message>
        <location filename="../sync/field_labels.py" line="24"/>
        <source>Worker (TKI)</source>
        <translation>Worker (TKI)</translation>
    </message>
    <message>
        <location filename="../sync/field_labels.py" line="25"/>
        <source>Complainant</source>
        <translation>Complainant</translation>
    </message>
    <message>
        <location filename="../sync/field_labels.py" line="26"/>
        <source>Document</source>
        <translation>Document</translation>
    </message>
    <message>
        <location filename="../sync/field_labels.py" line="27"/>
        <source>Timeline entry</source>
        <translation>Timeline entry</translation>
    </message>
    <message>
        <location filename="../sync/field_labels.py" line="28"/>
        <source>Attachment</source>
        <translation>Attachment</translation>
    </message>
    <message>
        <location filename="../sync/field_labels.py" line="29"/>
        <source>Conflict decision</source>
        <translation>Conflict decision</translation>
    </message>
    <message>
        <location filename="../sync/field_labels.py" line="30"/>
        <source>Referral</source>
        <translation>Referral</translation>
    </message>
    <message>
        <location filename="../sync/field_labels.py" line="31"/>
        <source>PPTKIS summons</source>
        <translation>PPTKIS summons</translation>
    </message>
    <message>
        <location filename="../sync/field_labels.py" line="32"/>
        <source>Directory entry</source>
        <translation>Directory entry</translation>
    </message>
    <message>
        <location filename="../sync/field_labels.py" line="36"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../sync/field_labels.py" line="37"/>
        <location filename="../sync/field_labels.py" line="90"/>
        <source>Office</source>
        <translation>Office</translation>
    </message>
    <message>
        <location filename="../sync/field_labels.py" line="38"/>
        <source>Received</source>
        <translation>Received</translation>
    </message>
    <message>
        <location filename="../sync/field_labels.py" line="39"/>
        <source>Next contact</source>
        <translation>Next contact</translation>
    </message>
    <message>
        <location filename="../sync/field_labels.py" line="40"/>
        <source>State</source>
        <translation>State</translation>
    </message>
    <message>
        <location filename="../sync/field_labels.py" line="41"/>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <location filename="../sync/field_labels.py" line="42"/>
        <source>Summary</source>
        <translation>Summary</translation>
    </message>
    <message>
        <location filename="../sync/field_labels.py" line="43"/>
        <source>File name</source>
        <translation>File name</translation>
    </message>
    <message>
        <location filename="../sync/field_labels.py" line="45"/>
        <source>Handling officer</source>
        <translation>Handling officer</translation>
    </message>
    <message>
        <location filename="../sync/field_labels.py" line="46"/>
        <source>Urgent</source>
        <translation>Urgent</translation>
    </message>
    <message>
        <location filename="../sync/field_labels.py" line="47"/>
        <source>Reason it is urgent</source>
        <translation>Reason it is urgent</translation>
    </message>
    <message>
        <location filename="../sync/field_labels.py" line="48"/>
        <source>Proposed status</source>
        <translation>Proposed status</translation>
    </message>
    <message>
        <location filename="../sync/field_labels.py" line="49"/>
        <source>Proposed outcome</source>
        <translation>Proposed outcome</translation>
    </message>
    <message>
        <location filename="../sync/field_labels.py" line="50"/>
        <source>Proposed duplicate of</source>
        <translation>Proposed duplicate of</translation>
    </message>
    <message>
        <location filename="../sync/field_labels.py" line="52"/>
        <source>Proposal summary</source>
        <translation>Proposal summary</translation>
    </message>
    <message>
        <location filename="../sync/field_labels.py" line="53"/>
        <source>Proposed by</source>
        <translation>Proposed by</translation>
    </message>
    <message>
        <location filename="../sync/field_labels.py" line="54"/>
        <source>Proposed on</source>
        <translation>Proposed on</translation>
    </message>
    <message>
        <location filename="../sync/field_labels.py" line="55"/>
        <source>Addressee</source>
        <translation>Addressee</translation>
    </message>
    <message>
        <location filename="../sync/field_labels.py" line="56"/>
        <source>Sent by</source>
        <translation>Sent by</translation>
    </message>
    <message>
        <location filename="../sync/field_labels.py" line="57"/>
        <location filename="../sync/field_labels.py" line="77"/>
        <source>Letter number</source>
        <translation>Letter number</translation>
    </message>
    <message>
        <location filename="../sync/field_labels.py" line="58"/>
        <source>Sent on</source>
        <translation>Sent on</translation>
    </message>
    <message>
        <location filename="../sync/field_labels.py" line="59"/>
        <source>What was asked</source>
        <translation>What was asked</translation>
    </message>
    <message>
        <location filename="../sync/field_labels.py" line="60"/>
        <source>Reply due</source>
        <translation>Reply due</translation>
    </message>
    <message>
        <location filename="../sync/field_labels.py" line="61"/>
        <source>Replied on</source>
        <translation>Replied on</translation>
    </message>
    <message>
        <location filename="../sync/field_labels.py" line="62"/>
        <source>Reply</source>
        <translation>Reply</translation>
    </message>
    <message>
        <location filename="../sync/field_labels.py" line="63"/>
        <source>Withdrawn on</source>
        <translation>Withdrawn on</translation>
    </message>
    <message>
        <location filename="../sync/field_labels.py" line="65"/>
        <source>Basis for sharing</source>
        <translation>Basis for sharing</translation>
    </message>
    <message>
        <location filename="../sync/field_labels.py" line="67"/>
        <source>Consent given on</source>
        <translation>Consent given on</translation>
    </message>
    <message>
        <location filename="../sync/field_labels.py" line="68"/>
        <source>Consent recorded by</source>
        <translation>Consent recorded by</translation>
    </message>
    <message>
        <location filename="../sync/field_labels.py" line="69"/>
        <source>Note on the basis</source>
        <translation>Note on the basis</translation>
    </message>
    <message>
        <location filename="../sync/field_labels.py" line="71"/>
        <source>Restricted since</source>
        <translation>Restricted since</translation>
    </message>
    <message>
        <location filename="../sync/field_labels.py" line="72"/>
        <source>Restricted by</source>
        <translation>Restricted by</translation>
    </message>
    <message>
        <location filename="../sync/field_labels.py" line="73"/>
        <source>Reason for the restriction</source>
        <translation>Reason for the restriction</translation>
    </message>
    <message>
        <location filename="../sync/field_labels.py" line="75"/>
        <source>Anonymised on</source>
        <translation>Anonymised on</translation>
    </message>
    <message>
        <location filename="../sync/field_labels.py" line="76"/>
        <source>Agency</source>
        <translation>Agency</translation>
    </message>
    <message>
        <location filename="../sync/field_labels.py" line="78"/>
        <source>Meeting</source>
        <translation>Meeting</translation>
    </message>
    <message>
        <location filename="../sync/field_labels.py" line="79"/>
        <source>Place</source>
        <translation>Place</translation>
    </message>
    <message>
        <location filename="../sync/field_labels.py" line="80"/>
        <source>Attendance</source>
        <translation>Attendance</translation>
    </message>
    <message>
        <location filename="../sync/field_labels.py" line="81"/>
        <source>Result</source>
        <translation>Result</translation>
    </message>
    <message>
        <location filename="../sync/field_labels.py" line="82"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../sync/field_labels.py" line="83"/>
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <location filename="../sync/field_labels.py" line="84"/>
        <source>Address</source>
        <translation>Address</translation>
    </message>
    <message>
        <location filename="../sync/field_labels.py" line="85"/>
        <source>Phone</source>
        <translation>Phone</translation>
    </message>
    <message>
        <location filename="../sync/field_labels.py" line="86"/>
        <source>Email</source>
        <translation>Email</translation>
    </message>
    <message>
        <location filename="../sync/field_labels.py" line="87"/>
        <source>Licence number</source>
        <translation>Licence number</translation>
    </message>
    <message>
        <location filename="../sync/field_labels.py" line="88"/>
        <source>Licence status</source>
        <translation>Licence status</translation>
    </message>
    <message>
        <location filename="../sync/field_labels.py" line="91"/>
        <source>In use</source>
        <translation>In use</translation>
    </message>
    <message>
        <location filename="../sync/field_labels.py" line="95"/>
        <source>Yes</source>
        <translation>Yes</translation>
    </message>
    <message>
        <location filename="../sync/field_labels.py" line="95"/>
        <source>No</source>
        <translation>No</translation>
    </message>
    <message>
        <location filename="../sync/field_labels.py" line="97"/>
        <source>Present</source>
        <translation>Present</translation>
    </message>
    <message>
        <location filename="../sync/field_labels.py" line="98"/>
        <source>Missing</source>
        <translation>Missing</translation>
    </message>
    <message>
        <location filename="../sync/field_labels.py" line="99"/>
        <source>Not applicable</source>
        <translation>Not applicable</translation>
    </message>
    <message>
        <location filename="../sync/field_labels.py" line="140"/>
        <source>Nobody (unassigned)</source>
        <translation>Nobody (unassigned)</translation>
    </message>
    <message>
        <location filename="../sync/field_labels.py" line="143"/>
        <source>(empty)</source>
        <translation>(empty)</translation>
    </message>
</context>
<context>
    <name>FilterBar</name>
    <message>
        <location filename="../filter_bar.py" line="90"/>
        <location filename="../filter_bar.py" line="403"/>
        <source>All statuses</source>
        <translation>All statuses</translation>
    </message>
    <message>
        <location filename="../filter_bar.py" line="92"/>
        <location filename="../filter_bar.py" line="404"/>
        <source>All categories</source>
        <translation>All categories</translation>
    </message>
    <message>
        <location filename="../filter_bar.py" line="248"/>
        <source>Referral waiting for a reply</source>
        <translation>Referral waiting for a reply</translation>
    </message>
    <message>
        <location filename="../filter_bar.py" line="249"/>
        <source>Cases with a referral that has no reply yet and was not withdrawn. Click to drop this filter.</source>
        <translation>Cases with a referral that has no reply yet and was not withdrawn. Click to drop this filter.</translation>
    </message>
    <message>
        <location filename="../filter_bar.py" line="263"/>
        <source>Removes this filter</source>
        <translation>Removes this filter</translation>
    </message>
    <message>
        <location filename="../filter_bar.py" line="264"/>
        <source>Also filtered by:</source>
        <translation>Also filtered by:</translation>
    </message>
    <message>
        <location filename="../filter_bar.py" line="310"/>
        <source>1 case</source>
        <translation>1 case</translation>
    </message>
    <message>
        <location filename="../filter_bar.py" line="311"/>
        <source>{n} cases</source>
        <translation>{n} cases</translation>
    </message>
    <message>
        <location filename="../filter_bar.py" line="333"/>
        <location filename="../filter_bar.py" line="366"/>
        <source>Everyone</source>
        <translation>Everyone</translation>
    </message>
    <message>
        <location filename="../filter_bar.py" line="335"/>
        <location filename="../filter_bar.py" line="370"/>
        <source>My cases</source>
        <translation>My cases</translation>
    </message>
    <message>
        <location filename="../filter_bar.py" line="336"/>
        <location filename="../filter_bar.py" line="368"/>
        <source>No officer yet</source>
        <translation>No officer yet</translation>
    </message>
    <message>
        <location filename="../filter_bar.py" line="353"/>
        <source>Stat&amp;us:</source>
        <translation>Stat&amp;us:</translation>
    </message>
    <message>
        <location filename="../filter_bar.py" line="355"/>
        <source>Handled &amp;by:</source>
        <translation>Handled &amp;by:</translation>
    </message>
    <message>
        <location filename="../filter_bar.py" line="356"/>
        <source>Or&amp;der:</source>
        <translation>Or&amp;der:</translation>
    </message>
    <message>
        <location filename="../filter_bar.py" line="357"/>
        <source>Newest first</source>
        <translation>Newest first</translation>
    </message>
    <message>
        <location filename="../filter_bar.py" line="358"/>
        <source>Most pressing first</source>
        <translation>Most pressing first</translation>
    </message>
    <message>
        <location filename="../filter_bar.py" line="371"/>
        <source>Open cases of one handling officer, or those nobody handles yet</source>
        <translation>Open cases of one handling officer, or those nobody handles yet</translation>
    </message>
    <message>
        <location filename="../filter_bar.py" line="373"/>
        <source>Ur&amp;gent</source>
        <translation>Ur&amp;gent</translation>
    </message>
    <message>
        <location filename="../filter_bar.py" line="374"/>
        <source>Open cases flagged urgent or of an urgent category</source>
        <translation>Open cases flagged urgent or of an urgent category</translation>
    </message>
    <message>
        <location filename="../filter_bar.py" line="375"/>
        <source>&amp;Past deadline</source>
        <translation>&amp;Past deadline</translation>
    </message>
    <message>
        <location filename="../filter_bar.py" line="377"/>
        <source>Open cases whose working days are past their category&apos;s target</source>
        <translation>Open cases whose working days are past their category&apos;s target</translation>
    </message>
    <message>
        <location filename="../filter_bar.py" line="378"/>
        <source>&amp;Near deadline</source>
        <translation>&amp;Near deadline</translation>
    </message>
    <message>
        <location filename="../filter_bar.py" line="380"/>
        <source>Open cases at most {n} working days before their deadline</source>
        <translation>Open cases at most {n} working days before their deadline</translation>
    </message>
    <message>
        <location filename="../filter_bar.py" line="381"/>
        <source>Awa&amp;iting approval</source>
        <translation>Awa&amp;iting approval</translation>
    </message>
    <message>
        <location filename="../filter_bar.py" line="383"/>
        <source>Cases proposed for closing, waiting for a supervisor to approve or return</source>
        <translation>Cases proposed for closing, waiting for a supervisor to approve or return</translation>
    </message>
    <message>
        <location filename="../filter_bar.py" line="384"/>
        <source>&amp;Contact today</source>
        <translation>&amp;Contact today</translation>
    </message>
    <message>
        <location filename="../filter_bar.py" line="386"/>
        <source>Open cases whose next contact with the complainant is due today</source>
        <translation>Open cases whose next contact with the complainant is due today</translation>
    </message>
    <message>
        <location filename="../filter_bar.py" line="387"/>
        <source>Contact &amp;overdue</source>
        <translation>Contact &amp;overdue</translation>
    </message>
    <message>
        <location filename="../filter_bar.py" line="390"/>
        <source>Only op&amp;en cases</source>
        <translation>Only op&amp;en cases</translation>
    </message>
    <message>
        <location filename="../filter_bar.py" line="391"/>
        <source>Hide resolved and closed cases</source>
        <translation>Hide resolved and closed cases</translation>
    </message>
    <message>
        <location filename="../filter_bar.py" line="392"/>
        <source>Received fro&amp;m:</source>
        <translation>Received fro&amp;m:</translation>
    </message>
    <message>
        <location filename="../filter_bar.py" line="395"/>
        <source>Cases received from this day to that one, both included; “—” (Delete key) leaves that end open. The received date is when the complaint arrived.</source>
        <translation>Cases received from this day to that one, both included; “—” (Delete key) leaves that end open. The received date is when the complaint arrived.</translation>
    </message>
    <message>
        <location filename="../filter_bar.py" line="397"/>
        <source>Received up to</source>
        <translation>Received up to</translation>
    </message>
    <message>
        <location filename="../filter_bar.py" line="398"/>
        <source>Cases in the list now (these filters and search)</source>
        <translation>Cases in the list now (these filters and search)</translation>
    </message>
    <message>
        <location filename="../filter_bar.py" line="401"/>
        <source>Sho&amp;w all</source>
        <translation>Sho&amp;w all</translation>
    </message>
    <message>
        <location filename="../filter_bar.py" line="402"/>
        <source>Clear every filter (Ctrl+1)</source>
        <translation>Clear every filter (Ctrl+1)</translation>
    </message>
    <message>
        <location filename="../filter_bar.py" line="354"/>
        <source>Ca&amp;tegory:</source>
        <translation>Ca&amp;tegory:</translation>
    </message>
    <message>
        <location filename="../filter_bar.py" line="258"/>
        <source>Recorded after {when}</source>
        <translation>Recorded after {when}</translation>
    </message>
    <message>
        <location filename="../filter_bar.py" line="259"/>
        <source>Cases recorded since your last login. Click to drop this filter.</source>
        <translation>Cases recorded since your last login. Click to drop this filter.</translation>
    </message>
    <message>
        <location filename="../filter_bar.py" line="360"/>
        <source>Urgent cases always come first. “Most pressing first” then puts family contacts due today or overdue, then the nearest deadline. A click on a column heading sorts by that column instead; a third click comes back to this order.</source>
        <translation>Urgent cases always come first. “Most pressing first” then puts family contacts due today or overdue, then the nearest deadline. A click on a column heading sorts by that column instead; a third click comes back to this order.</translation>
    </message>
    <message>
        <location filename="../filter_bar.py" line="389"/>
        <source>Only open cases whose next contact with the complainant is past its date</source>
        <translation>Only open cases whose next contact with the complainant is past its date</translation>
    </message>
</context>
<context>
    <name>FirstRunDialog</name>
    <message>
        <location filename="../first_run.py" line="232"/>
        <source>Set up this PC</source>
        <translation>Set up this PC</translation>
    </message>
    <message>
        <location filename="../first_run.py" line="233"/>
        <source>Set up Halo TKI Desk</source>
        <translation>Set up Halo TKI Desk</translation>
    </message>
    <message>
        <location filename="../first_run.py" line="236"/>
        <source>No data was found on this PC. Type the central server&apos;s address and the enrolment code, and create the first administrator account. The data will be encrypted with its password.</source>
        <translation>No data was found on this PC. Type the central server&apos;s address and the enrolment code, and create the first administrator account. The data will be encrypted with its password.</translation>
    </message>
    <message>
        <location filename="../first_run.py" line="241"/>
        <source>No data was found on this PC. Choose the office this PC belongs to and create the first administrator account. The data will be encrypted with its password.</source>
        <translation>No data was found on this PC. Choose the office this PC belongs to and create the first administrator account. The data will be encrypted with its password.</translation>
    </message>
    <message>
        <location filename="../first_run.py" line="245"/>
        <source>&amp;Language:</source>
        <translation>&amp;Language:</translation>
    </message>
    <message>
        <location filename="../first_run.py" line="246"/>
        <source>Office and PC</source>
        <translation>Office and PC</translation>
    </message>
    <message>
        <location filename="../first_run.py" line="247"/>
        <source>First administrator</source>
        <translation>First administrator</translation>
    </message>
    <message>
        <location filename="../first_run.py" line="249"/>
        <source>&amp;Office code:</source>
        <translation>&amp;Office code:</translation>
    </message>
    <message>
        <location filename="../first_run.py" line="250"/>
        <source>Office &amp;name:</source>
        <translation>Office &amp;name:</translation>
    </message>
    <message>
        <location filename="../first_run.py" line="251"/>
        <source>Name of this &amp;PC:</source>
        <translation>Name of this &amp;PC:</translation>
    </message>
    <message>
        <location filename="../first_run.py" line="252"/>
        <source>&amp;Username:</source>
        <translation>&amp;Username:</translation>
    </message>
    <message>
        <location filename="../first_run.py" line="253"/>
        <source>&amp;Full name:</source>
        <translation>&amp;Full name:</translation>
    </message>
    <message>
        <location filename="../first_run.py" line="254"/>
        <source>Pass&amp;word:</source>
        <translation>Pass&amp;word:</translation>
    </message>
    <message>
        <location filename="../first_run.py" line="255"/>
        <source>&amp;Confirm password:</source>
        <translation>&amp;Confirm password:</translation>
    </message>
    <message>
        <location filename="../first_run.py" line="266"/>
        <source>e.g. SBY</source>
        <translation>e.g. SBY</translation>
    </message>
    <message>
        <location filename="../first_run.py" line="267"/>
        <source>e.g. Front desk 1</source>
        <translation>e.g. Front desk 1</translation>
    </message>
    <message>
        <location filename="../first_run.py" line="268"/>
        <source>e.g. admin.sby</source>
        <translation>e.g. admin.sby</translation>
    </message>
    <message>
        <location filename="../first_run.py" line="269"/>
        <source>at least 8 characters</source>
        <translation>at least 8 characters</translation>
    </message>
    <message>
        <location filename="../first_run.py" line="271"/>
        <source>The administrator manages staff accounts on this PC. Keep the password safe: without any valid password the data cannot be opened.</source>
        <translation>The administrator manages staff accounts on this PC. Keep the password safe: without any valid password the data cannot be opened.</translation>
    </message>
    <message>
        <location filename="../first_run.py" line="273"/>
        <source>&amp;Set up</source>
        <translation>&amp;Set up</translation>
    </message>
    <message>
        <location filename="../first_run.py" line="274"/>
        <source>&amp;Quit</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <location filename="../first_run.py" line="405"/>
        <source>Enrolling with the central server…</source>
        <translation>Enrolling with the central server…</translation>
    </message>
    <message>
        <location filename="../first_run.py" line="407"/>
        <source>Creating the encrypted data…</source>
        <translation>Creating the encrypted data…</translation>
    </message>
    <message>
        <location filename="../first_run.py" line="459"/>
        <source>The two passwords do not match.</source>
        <translation>The two passwords do not match.</translation>
    </message>
</context>
<context>
    <name>GuideDialog</name>
    <message>
        <location filename="../help/dialogs.py" line="38"/>
        <source>User guide</source>
        <translation>User guide</translation>
    </message>
</context>
<context>
    <name>HistoryPanel</name>
    <message>
        <location filename="../case_view/history_panel.py" line="50"/>
        <source>Every correction of the complaint, worker and complainant details, newest first.</source>
        <translation>Every correction of the complaint, worker and complainant details, newest first.</translation>
    </message>
    <message>
        <location filename="../case_view/history_panel.py" line="51"/>
        <source>Change history</source>
        <translation>Change history</translation>
    </message>
    <message>
        <location filename="../case_view/history_panel.py" line="62"/>
        <source>No corrections yet.</source>
        <translation>No corrections yet.</translation>
    </message>
    <message>
        <location filename="../case_view/history_panel.py" line="74"/>
        <source>{when} · {user} · PC: {device}</source>
        <translation>{when} · {user} · PC: {device}</translation>
    </message>
</context>
<context>
    <name>HomeView</name>
    <message>
        <location filename="../home/home_view.py" line="206"/>
        <source>Your open cases</source>
        <translation>Your open cases</translation>
    </message>
    <message>
        <location filename="../home/home_view.py" line="206"/>
        <source>Open cases of the office</source>
        <translation>Open cases of the office</translation>
    </message>
    <message>
        <location filename="../home/home_view.py" line="208"/>
        <source>&amp;Urgent open cases</source>
        <translation>&amp;Urgent open cases</translation>
    </message>
    <message>
        <location filename="../home/home_view.py" line="209"/>
        <source>{whose} flagged urgent or of an urgent category</source>
        <translation>{whose} flagged urgent or of an urgent category</translation>
    </message>
    <message>
        <location filename="../home/home_view.py" line="210"/>
        <source>Family contacts due &amp;today</source>
        <translation>Family contacts due &amp;today</translation>
    </message>
    <message>
        <location filename="../home/home_view.py" line="211"/>
        <source>{whose} whose next contact with the family is due today</source>
        <translation>{whose} whose next contact with the family is due today</translation>
    </message>
    <message>
        <location filename="../home/home_view.py" line="213"/>
        <source>Family contacts &amp;overdue</source>
        <translation>Family contacts &amp;overdue</translation>
    </message>
    <message>
        <location filename="../home/home_view.py" line="214"/>
        <source>{whose} whose next contact with the family is past its date</source>
        <translation>{whose} whose next contact with the family is past its date</translation>
    </message>
    <message>
        <location filename="../home/home_view.py" line="216"/>
        <source>&amp;Past deadline</source>
        <translation>&amp;Past deadline</translation>
    </message>
    <message>
        <location filename="../home/home_view.py" line="217"/>
        <source>{whose} whose working days are past their category&apos;s target</source>
        <translation>{whose} whose working days are past their category&apos;s target</translation>
    </message>
    <message>
        <location filename="../home/home_view.py" line="219"/>
        <source>Near &amp;deadline</source>
        <translation>Near &amp;deadline</translation>
    </message>
    <message>
        <location filename="../home/home_view.py" line="220"/>
        <source>{whose} close to their deadline</source>
        <translation>{whose} close to their deadline</translation>
    </message>
    <message>
        <location filename="../home/home_view.py" line="221"/>
        <source>Unass&amp;igned cases</source>
        <translation>Unass&amp;igned cases</translation>
    </message>
    <message>
        <location filename="../home/home_view.py" line="222"/>
        <source>Open cases nobody handles yet: assign an officer</source>
        <translation>Open cases nobody handles yet: assign an officer</translation>
    </message>
    <message>
        <location filename="../home/home_view.py" line="223"/>
        <source>Awaitin&amp;g approval</source>
        <translation>Awaitin&amp;g approval</translation>
    </message>
    <message>
        <location filename="../home/home_view.py" line="224"/>
        <source>Cases proposed for closing, waiting for the supervisor</source>
        <translation>Cases proposed for closing, waiting for the supervisor</translation>
    </message>
    <message>
        <location filename="../home/home_view.py" line="226"/>
        <source>Referrals &amp;waiting for a reply</source>
        <translation>Referrals &amp;waiting for a reply</translation>
    </message>
    <message>
        <location filename="../home/home_view.py" line="227"/>
        <source>Cases with a referral that has no reply yet</source>
        <translation>Cases with a referral that has no reply yet</translation>
    </message>
    <message>
        <location filename="../home/home_view.py" line="228"/>
        <source>New since my &amp;last login</source>
        <translation>New since my &amp;last login</translation>
    </message>
    <message>
        <location filename="../home/home_view.py" line="229"/>
        <source>Cases recorded since you last logged in</source>
        <translation>Cases recorded since you last logged in</translation>
    </message>
    <message>
        <location filename="../home/home_view.py" line="235"/>
        <source>Home</source>
        <translation>Home</translation>
    </message>
    <message>
        <location filename="../home/home_view.py" line="237"/>
        <source>{greeting}, {name}</source>
        <translation>{greeting}, {name}</translation>
    </message>
    <message>
        <location filename="../home/home_view.py" line="247"/>
        <source>R&amp;efresh</source>
        <translation>R&amp;efresh</translation>
    </message>
    <message>
        <location filename="../home/home_view.py" line="248"/>
        <source>Count again (F5)</source>
        <translation>Count again (F5)</translation>
    </message>
    <message>
        <location filename="../home/home_view.py" line="249"/>
        <source>&amp;Case list</source>
        <translation>&amp;Case list</translation>
    </message>
    <message>
        <location filename="../home/home_view.py" line="250"/>
        <source>The case list with its filters as you left it</source>
        <translation>The case list with its filters as you left it</translation>
    </message>
    <message>
        <location filename="../home/home_view.py" line="257"/>
        <source>Good morning</source>
        <translation>Good morning</translation>
    </message>
    <message>
        <location filename="../home/home_view.py" line="259"/>
        <source>Good day</source>
        <translation>Good day</translation>
    </message>
    <message>
        <location filename="../home/home_view.py" line="261"/>
        <source>Good afternoon</source>
        <translation>Good afternoon</translation>
    </message>
    <message>
        <location filename="../home/home_view.py" line="262"/>
        <source>Good evening</source>
        <translation>Good evening</translation>
    </message>
    <message>
        <location filename="../home/home_view.py" line="269"/>
        <source>since {when}</source>
        <translation>since {when}</translation>
    </message>
    <message>
        <location filename="../home/home_view.py" line="272"/>
        <source>Counting…</source>
        <translation>Counting…</translation>
    </message>
    <message>
        <location filename="../home/home_view.py" line="276"/>
        <source>Counted at {time}</source>
        <translation>Counted at {time}</translation>
    </message>
</context>
<context>
    <name>InquiriesWindow</name>
    <message>
        <location filename="../inquiries/inquiries_window.py" line="97"/>
        <source>Information requests</source>
        <translation>Information requests</translation>
    </message>
    <message>
        <location filename="../inquiries/inquiries_window.py" line="98"/>
        <source>&amp;Search:</source>
        <translation>&amp;Search:</translation>
    </message>
    <message>
        <location filename="../inquiries/inquiries_window.py" line="99"/>
        <source>Question, answer, name or phone number</source>
        <translation>Question, answer, name or phone number</translation>
    </message>
    <message>
        <location filename="../inquiries/inquiries_window.py" line="101"/>
        <source>Received</source>
        <translation>Received</translation>
    </message>
    <message>
        <location filename="../inquiries/inquiries_window.py" line="101"/>
        <source>Channel</source>
        <translation>Channel</translation>
    </message>
    <message>
        <location filename="../inquiries/inquiries_window.py" line="101"/>
        <source>Topic</source>
        <translation>Topic</translation>
    </message>
    <message>
        <location filename="../inquiries/inquiries_window.py" line="101"/>
        <source>Question</source>
        <translation>Question</translation>
    </message>
    <message>
        <location filename="../inquiries/inquiries_window.py" line="102"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../inquiries/inquiries_window.py" line="102"/>
        <source>Phone</source>
        <translation>Phone</translation>
    </message>
    <message>
        <location filename="../inquiries/inquiries_window.py" line="102"/>
        <source>Complaint</source>
        <translation>Complaint</translation>
    </message>
    <message>
        <location filename="../inquiries/inquiries_window.py" line="103"/>
        <source>&amp;New request… (Ctrl+I)</source>
        <translation>&amp;New request… (Ctrl+I)</translation>
    </message>
    <message>
        <location filename="../inquiries/inquiries_window.py" line="104"/>
        <source>&amp;Make a complaint of it…</source>
        <translation>&amp;Make a complaint of it…</translation>
    </message>
    <message>
        <location filename="../inquiries/inquiries_window.py" line="105"/>
        <source>&amp;Close</source>
        <translation>&amp;Close</translation>
    </message>
    <message>
        <location filename="../inquiries/inquiries_window.py" line="146"/>
        <source>{shown} of {total} requests</source>
        <translation>{shown} of {total} requests</translation>
    </message>
    <message>
        <location filename="../inquiries/inquiries_window.py" line="159"/>
        <source>Already complaint {number}.</source>
        <translation>Already complaint {number}.</translation>
    </message>
</context>
<context>
    <name>InquiryDialog</name>
    <message>
        <location filename="../inquiries/inquiry_dialog.py" line="24"/>
        <source>Information request</source>
        <translation>Information request</translation>
    </message>
    <message>
        <location filename="../inquiries/inquiry_dialog.py" line="26"/>
        <source>&amp;Save</source>
        <translation>&amp;Save</translation>
    </message>
    <message>
        <location filename="../inquiries/inquiry_dialog.py" line="27"/>
        <source>Save (Ctrl+S)</source>
        <translation>Save (Ctrl+S)</translation>
    </message>
    <message>
        <location filename="../inquiries/inquiry_dialog.py" line="33"/>
        <source>A question answered, not a complaint: no worker&apos;s identity is needed. It is counted apart from complaints.</source>
        <translation>A question answered, not a complaint: no worker&apos;s identity is needed. It is counted apart from complaints.</translation>
    </message>
    <message>
        <location filename="../inquiries/inquiry_dialog.py" line="40"/>
        <source>C&amp;hannel:</source>
        <translation>C&amp;hannel:</translation>
    </message>
    <message>
        <location filename="../inquiries/inquiry_dialog.py" line="42"/>
        <source>&amp;Topic:</source>
        <translation>&amp;Topic:</translation>
    </message>
    <message>
        <location filename="../inquiries/inquiry_dialog.py" line="44"/>
        <source>What was asked</source>
        <translation>What was asked</translation>
    </message>
    <message>
        <location filename="../inquiries/inquiry_dialog.py" line="45"/>
        <source>&amp;Question:</source>
        <translation>&amp;Question:</translation>
    </message>
    <message>
        <location filename="../inquiries/inquiry_dialog.py" line="47"/>
        <source>What the office answered</source>
        <translation>What the office answered</translation>
    </message>
    <message>
        <location filename="../inquiries/inquiry_dialog.py" line="48"/>
        <source>&amp;Answer given:</source>
        <translation>&amp;Answer given:</translation>
    </message>
    <message>
        <location filename="../inquiries/inquiry_dialog.py" line="50"/>
        <source>Optional</source>
        <translation>Optional</translation>
    </message>
    <message>
        <location filename="../inquiries/inquiry_dialog.py" line="51"/>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <location filename="../inquiries/inquiry_dialog.py" line="54"/>
        <source>Optional, e.g. 0812-3456-7890</source>
        <translation>Optional, e.g. 0812-3456-7890</translation>
    </message>
    <message>
        <location filename="../inquiries/inquiry_dialog.py" line="55"/>
        <source>&amp;Phone:</source>
        <translation>&amp;Phone:</translation>
    </message>
    <message>
        <location filename="../inquiries/inquiry_dialog.py" line="57"/>
        <source>Asked &amp;by:</source>
        <translation>Asked &amp;by:</translation>
    </message>
</context>
<context>
    <name>IntakeDialog</name>
    <message>
        <location filename="../intake/intake_dialog.py" line="254"/>
        <source>New complaint from an information request</source>
        <translation>New complaint from an information request</translation>
    </message>
    <message>
        <location filename="../intake/intake_dialog.py" line="256"/>
        <source>New complaint — walk-in intake</source>
        <translation>New complaint — walk-in intake</translation>
    </message>
    <message>
        <location filename="../intake/intake_dialog.py" line="258"/>
        <source>Needed to save: the complainant&apos;s name, relation and a phone number or address; the worker&apos;s name, passport or NIK; the category and a description. Dates are typed as dd/mm/yyyy.</source>
        <translation>Needed to save: the complainant&apos;s name, relation and a phone number or address; the worker&apos;s name, passport or NIK; the category and a description. Dates are typed as dd/mm/yyyy.</translation>
    </message>
    <message>
        <location filename="../intake/intake_dialog.py" line="263"/>
        <source>Ctrl+S saves · Esc cancels · Alt + underlined letter jumps to a field</source>
        <translation>Ctrl+S saves · Esc cancels · Alt + underlined letter jumps to a field</translation>
    </message>
    <message>
        <location filename="../intake/intake_dialog.py" line="265"/>
        <source>Save complaint</source>
        <translation>Save complaint</translation>
    </message>
    <message>
        <location filename="../intake/intake_dialog.py" line="266"/>
        <source>Save (Ctrl+S)</source>
        <translation>Save (Ctrl+S)</translation>
    </message>
    <message>
        <location filename="../intake/intake_dialog.py" line="267"/>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../intake/intake_dialog.py" line="352"/>
        <source>Open the existing case</source>
        <translation>Open the existing case</translation>
    </message>
    <message>
        <location filename="../intake/intake_dialog.py" line="353"/>
        <source>Open case {number} instead? What you typed here will be discarded; nothing is saved.</source>
        <translation>Open case {number} instead? What you typed here will be discarded; nothing is saved.</translation>
    </message>
    <message>
        <location filename="../intake/intake_dialog.py" line="438"/>
        <source>Scan not attached</source>
        <translation>Scan not attached</translation>
    </message>
    <message>
        <location filename="../intake/intake_dialog.py" line="439"/>
        <source>Complaint {number} is saved, but these scans could not be attached: {documents}. Attach them from the case window.</source>
        <translation>Complaint {number} is saved, but these scans could not be attached: {documents}. Attach them from the case window.</translation>
    </message>
    <message>
        <location filename="../intake/intake_dialog.py" line="510"/>
        <source>Discard this complaint?</source>
        <translation>Discard this complaint?</translation>
    </message>
    <message>
        <location filename="../intake/intake_dialog.py" line="511"/>
        <source>The complaint you typed has not been saved. Discard it?</source>
        <translation>The complaint you typed has not been saved. Discard it?</translation>
    </message>
    <message>
        <location filename="../intake/intake_dialog.py" line="515"/>
        <source>&amp;Discard</source>
        <translation>&amp;Discard</translation>
    </message>
</context>
<context>
    <name>IntakeForm</name>
    <message>
        <location filename="../intake/complainant_section.py" line="24"/>
        <source>Complainant</source>
        <translation>Complainant</translation>
    </message>
    <message>
        <location filename="../intake/complainant_section.py" line="25"/>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <location filename="../intake/complainant_section.py" line="28"/>
        <source>&amp;Relation to worker:</source>
        <translation>&amp;Relation to worker:</translation>
    </message>
    <message>
        <location filename="../intake/complainant_section.py" line="30"/>
        <source>N&amp;IK:</source>
        <translation>N&amp;IK:</translation>
    </message>
    <message>
        <location filename="../intake/complainant_section.py" line="31"/>
        <location filename="../intake/worker_section.py" line="28"/>
        <source>16 digits</source>
        <translation>16 digits</translation>
    </message>
    <message>
        <location filename="../intake/complainant_section.py" line="32"/>
        <source>&amp;Phone numbers:</source>
        <translation>&amp;Phone numbers:</translation>
    </message>
    <message>
        <location filename="../intake/complainant_section.py" line="33"/>
        <source>0812-3456-7890, 031-1234567</source>
        <translation>0812-3456-7890, 031-1234567</translation>
    </message>
    <message>
        <location filename="../intake/complainant_section.py" line="35"/>
        <source>E&amp;mail:</source>
        <translation>E&amp;mail:</translation>
    </message>
    <message>
        <location filename="../intake/complainant_section.py" line="36"/>
        <source>&amp;Address:</source>
        <translation>&amp;Address:</translation>
    </message>
    <message>
        <location filename="../intake/complainant_section.py" line="38"/>
        <source>Pre&amp;ferred contact:</source>
        <translation>Pre&amp;ferred contact:</translation>
    </message>
    <message>
        <location filename="../intake/complainant_section.py" line="47"/>
        <source>The complainant is the &amp;worker (complains in person)</source>
        <translation>The complainant is the &amp;worker (complains in person)</translation>
    </message>
    <message>
        <location filename="../intake/worker_section.py" line="23"/>
        <source>Migrant worker</source>
        <translation>Migrant worker</translation>
    </message>
    <message>
        <location filename="../intake/worker_section.py" line="24"/>
        <source>Nam&amp;e:</source>
        <translation>Nam&amp;e:</translation>
    </message>
    <message>
        <location filename="../intake/worker_section.py" line="25"/>
        <source>Se&amp;x:</source>
        <translation>Se&amp;x:</translation>
    </message>
    <message>
        <location filename="../intake/worker_section.py" line="26"/>
        <source>&amp;Birth date:</source>
        <translation>&amp;Birth date:</translation>
    </message>
    <message>
        <location filename="../intake/worker_section.py" line="27"/>
        <source>NI&amp;K:</source>
        <translation>NI&amp;K:</translation>
    </message>
    <message>
        <location filename="../intake/worker_section.py" line="29"/>
        <source>Pa&amp;ssport no.:</source>
        <translation>Pa&amp;ssport no.:</translation>
    </message>
    <message>
        <location filename="../intake/worker_section.py" line="30"/>
        <source>e.g. B1234567</source>
        <translation>e.g. B1234567</translation>
    </message>
    <message>
        <location filename="../intake/worker_section.py" line="31"/>
        <source>P&amp;hone abroad:</source>
        <translation>P&amp;hone abroad:</translation>
    </message>
    <message>
        <location filename="../intake/worker_section.py" line="32"/>
        <source>+60 12-345 6789</source>
        <translation>+60 12-345 6789</translation>
    </message>
    <message>
        <location filename="../intake/worker_section.py" line="34"/>
        <source>Destination co&amp;untry:</source>
        <translation>Destination co&amp;untry:</translation>
    </message>
    <message>
        <location filename="../intake/worker_section.py" line="36"/>
        <source>Destination ci&amp;ty:</source>
        <translation>Destination ci&amp;ty:</translation>
    </message>
    <message>
        <location filename="../intake/worker_section.py" line="38"/>
        <source>&amp;Job:</source>
        <translation>&amp;Job:</translation>
    </message>
    <message>
        <location filename="../intake/worker_section.py" line="39"/>
        <source>Emp&amp;loyer:</source>
        <translation>Emp&amp;loyer:</translation>
    </message>
    <message>
        <location filename="../intake/worker_section.py" line="46"/>
        <source>Employer address:</source>
        <translation>Employer address:</translation>
    </message>
    <message>
        <location filename="../intake/worker_section.py" line="48"/>
        <source>Employer phone:</source>
        <translation>Employer phone:</translation>
    </message>
    <message>
        <location filename="../intake/worker_section.py" line="50"/>
        <source>First employer:</source>
        <translation>First employer:</translation>
    </message>
    <message>
        <location filename="../intake/worker_section.py" line="52"/>
        <source>Placement agency (PPTKIS):</source>
        <translation>Placement agency (PPTKIS):</translation>
    </message>
    <message>
        <location filename="../intake/worker_section.py" line="54"/>
        <source>Departure date:</source>
        <translation>Departure date:</translation>
    </message>
    <message>
        <location filename="../intake/worker_section.py" line="56"/>
        <source>Work agreement:</source>
        <translation>Work agreement:</translation>
    </message>
    <message>
        <location filename="../intake/worker_section.py" line="58"/>
        <source>number, date, duration</source>
        <translation>number, date, duration</translation>
    </message>
    <message>
        <location filename="../intake/worker_section.py" line="59"/>
        <source>KTKLN no.:</source>
        <translation>KTKLN no.:</translation>
    </message>
    <message>
        <location filename="../intake/worker_section.py" line="60"/>
        <source>Home address:</source>
        <translation>Home address:</translation>
    </message>
    <message>
        <location filename="../intake/worker_section.py" line="61"/>
        <source>Province:</source>
        <translation>Province:</translation>
    </message>
    <message>
        <location filename="../intake/worker_section.py" line="62"/>
        <source>Regency / city:</source>
        <translation>Regency / city:</translation>
    </message>
    <message>
        <location filename="../intake/worker_section.py" line="76"/>
        <source>L (male)</source>
        <translation>L (male)</translation>
    </message>
    <message>
        <location filename="../intake/worker_section.py" line="77"/>
        <source>P (female)</source>
        <translation>P (female)</translation>
    </message>
    <message>
        <location filename="../intake/worker_section.py" line="79"/>
        <source>More worker details (a&amp;gency, employer, home address)</source>
        <translation>More worker details (a&amp;gency, employer, home address)</translation>
    </message>
    <message>
        <location filename="../intake/documents_section.py" line="29"/>
        <source>Present</source>
        <translation>Present</translation>
    </message>
    <message>
        <location filename="../intake/documents_section.py" line="30"/>
        <source>Missing</source>
        <translation>Missing</translation>
    </message>
    <message>
        <location filename="../intake/documents_section.py" line="31"/>
        <source>Not applicable</source>
        <translation>Not applicable</translation>
    </message>
    <message>
        <location filename="../intake/documents_section.py" line="88"/>
        <source>Scan of the document</source>
        <translation>Scan of the document</translation>
    </message>
    <message>
        <location filename="../intake/documents_section.py" line="89"/>
        <source>Scans and photos (*.pdf *.jpg *.jpeg *.png *.tif *.tiff);;All files (*)</source>
        <translation>Scans and photos (*.pdf *.jpg *.jpeg *.png *.tif *.tiff);;All files (*)</translation>
    </message>
    <message>
        <location filename="../intake/documents_section.py" line="100"/>
        <source>Scan: {name}</source>
        <translation>Scan: {name}</translation>
    </message>
    <message>
        <location filename="../intake/documents_section.py" line="104"/>
        <source>Attach scan…</source>
        <translation>Attach scan…</translation>
    </message>
    <message>
        <location filename="../intake/documents_section.py" line="161"/>
        <source>Documents brought</source>
        <translation>Documents brought</translation>
    </message>
    <message>
        <location filename="../intake/documents_section.py" line="162"/>
        <source>Tab moves to the next document; the arrow keys choose.</source>
        <translation>Tab moves to the next document; the arrow keys choose.</translation>
    </message>
    <message>
        <location filename="../intake/complaint_section.py" line="26"/>
        <source>Complaint</source>
        <translation>Complaint</translation>
    </message>
    <message>
        <location filename="../intake/complaint_section.py" line="28"/>
        <source>&amp;Category:</source>
        <translation>&amp;Category:</translation>
    </message>
    <message>
        <location filename="../intake/complaint_section.py" line="32"/>
        <source>Recei&amp;ved via:</source>
        <translation>Recei&amp;ved via:</translation>
    </message>
    <message>
        <location filename="../intake/complaint_section.py" line="35"/>
        <source>Received &amp;on (letter, message):</source>
        <translation>Received &amp;on (letter, message):</translation>
    </message>
    <message>
        <location filename="../intake/complaint_section.py" line="36"/>
        <source>dd/mm/yyyy (empty: today)</source>
        <translation>dd/mm/yyyy (empty: today)</translation>
    </message>
    <message>
        <location filename="../intake/complaint_section.py" line="41"/>
        <source>Complainant t&amp;ype:</source>
        <translation>Complainant t&amp;ype:</translation>
    </message>
    <message>
        <location filename="../intake/complaint_section.py" line="50"/>
        <source>&amp;Description:</source>
        <translation>&amp;Description:</translation>
    </message>
    <message>
        <location filename="../intake/complaint_section.py" line="51"/>
        <source>What happened, since when, what the complainant asks for</source>
        <translation>What happened, since when, what the complainant asks for</translation>
    </message>
    <message>
        <location filename="../intake/complaint_section.py" line="73"/>
        <source>Handled by:</source>
        <translation>Handled by:</translation>
    </message>
    <message>
        <location filename="../intake/form_binding.py" line="147"/>
        <source>Nothing was saved. Please correct the marked entries — {where}.</source>
        <translation>Nothing was saved. Please correct the marked entries — {where}.</translation>
    </message>
</context>
<context>
    <name>LetterDialog</name>
    <message>
        <location filename="../letter_dialog.py" line="38"/>
        <source>Referral letter — {number}</source>
        <translation>Referral letter — {number}</translation>
    </message>
    <message>
        <location filename="../letter_dialog.py" line="39"/>
        <source>Summons letter — {number}</source>
        <translation>Summons letter — {number}</translation>
    </message>
    <message>
        <location filename="../letter_dialog.py" line="42"/>
        <source>Print the letter on the office&apos;s paper, sign and stamp it, and send it; keep a copy in the case file.</source>
        <translation>Print the letter on the office&apos;s paper, sign and stamp it, and send it; keep a copy in the case file.</translation>
    </message>
    <message>
        <location filename="../letter_dialog.py" line="44"/>
        <source>Print the summons letter (surat panggilan klarifikasi), sign and stamp it, and send it to the agency; keep a copy in the case file.</source>
        <translation>Print the summons letter (surat panggilan klarifikasi), sign and stamp it, and send it to the agency; keep a copy in the case file.</translation>
    </message>
    <message>
        <location filename="../letter_dialog.py" line="46"/>
        <source>&amp;Print…</source>
        <translation>&amp;Print…</translation>
    </message>
    <message>
        <location filename="../letter_dialog.py" line="47"/>
        <source>Print (Ctrl+P)</source>
        <translation>Print (Ctrl+P)</translation>
    </message>
    <message>
        <location filename="../letter_dialog.py" line="48"/>
        <source>Save as P&amp;DF…</source>
        <translation>Save as P&amp;DF…</translation>
    </message>
    <message>
        <location filename="../letter_dialog.py" line="49"/>
        <source>Save as PDF (Ctrl+S)</source>
        <translation>Save as PDF (Ctrl+S)</translation>
    </message>
    <message>
        <location filename="../letter_dialog.py" line="50"/>
        <source>&amp;Close</source>
        <translation>&amp;Close</translation>
    </message>
    <message>
        <location filename="../letter_dialog.py" line="53"/>
        <source>Preparing the letter…</source>
        <translation>Preparing the letter…</translation>
    </message>
    <message>
        <location filename="../letter_dialog.py" line="66"/>
        <source>The letter could not be shown.</source>
        <translation>The letter could not be shown.</translation>
    </message>
    <message>
        <location filename="../letter_dialog.py" line="69"/>
        <source>Print letter</source>
        <translation>Print letter</translation>
    </message>
    <message>
        <location filename="../letter_dialog.py" line="72"/>
        <source>The letter could not be printed. Check that the printer is on and has paper, then try again.</source>
        <translation>The letter could not be printed. Check that the printer is on and has paper, then try again.</translation>
    </message>
    <message>
        <location filename="../letter_dialog.py" line="83"/>
        <source>Save letter as PDF</source>
        <translation>Save letter as PDF</translation>
    </message>
    <message>
        <location filename="../letter_dialog.py" line="84"/>
        <source>PDF files (*.pdf)</source>
        <translation>PDF files (*.pdf)</translation>
    </message>
    <message>
        <location filename="../letter_dialog.py" line="98"/>
        <source>Saved to {path}</source>
        <translation>Saved to {path}</translation>
    </message>
</context>
<context>
    <name>LinksStrip</name>
    <message>
        <location filename="../case_view/links_strip.py" line="35"/>
        <source>Related case</source>
        <translation>Related case</translation>
    </message>
    <message>
        <location filename="../case_view/links_strip.py" line="36"/>
        <source>Duplicate of</source>
        <translation>Duplicate of</translation>
    </message>
    <message>
        <location filename="../case_view/links_strip.py" line="37"/>
        <source>Kept for its duplicate</source>
        <translation>Kept for its duplicate</translation>
    </message>
    <message>
        <location filename="../case_view/links_strip.py" line="38"/>
        <source>Checked, not the same as</source>
        <translation>Checked, not the same as</translation>
    </message>
    <message>
        <location filename="../case_view/links_strip.py" line="51"/>
        <source>(another office: number only)</source>
        <translation>(another office: number only)</translation>
    </message>
</context>
<context>
    <name>LoginDialog</name>
    <message>
        <location filename="../login.py" line="189"/>
        <source>The backup was restored. Log in with an account of the backup.</source>
        <translation>The backup was restored. Log in with an account of the backup.</translation>
    </message>
    <message>
        <location filename="../login.py" line="191"/>
        <source>The previous data is kept in: {path}</source>
        <translation>The previous data is kept in: {path}</translation>
    </message>
    <message>
        <location filename="../login.py" line="192"/>
        <source>Restore from a backup</source>
        <translation>Restore from a backup</translation>
    </message>
    <message>
        <location filename="../login.py" line="202"/>
        <source>Log in</source>
        <translation>Log in</translation>
    </message>
    <message>
        <location filename="../login.py" line="203"/>
        <source>Halo TKI Desk</source>
        <translation>Halo TKI Desk</translation>
    </message>
    <message>
        <location filename="../login.py" line="204"/>
        <source>Log in with your own username and password.</source>
        <translation>Log in with your own username and password.</translation>
    </message>
    <message>
        <location filename="../login.py" line="205"/>
        <source>Lan&amp;guage:</source>
        <translation>Lan&amp;guage:</translation>
    </message>
    <message>
        <location filename="../login.py" line="206"/>
        <source>&amp;Username:</source>
        <translation>&amp;Username:</translation>
    </message>
    <message>
        <location filename="../login.py" line="207"/>
        <source>&amp;Password:</source>
        <translation>&amp;Password:</translation>
    </message>
    <message>
        <location filename="../login.py" line="208"/>
        <source>&amp;Log in</source>
        <translation>&amp;Log in</translation>
    </message>
    <message>
        <location filename="../login.py" line="209"/>
        <source>&amp;Quit</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <location filename="../login.py" line="210"/>
        <source>&amp;Restore from a backup…</source>
        <translation>&amp;Restore from a backup…</translation>
    </message>
    <message>
        <location filename="../login.py" line="211"/>
        <source>Asking the central server…</source>
        <translation>Asking the central server…</translation>
    </message>
    <message>
        <location filename="../login.py" line="212"/>
        <source>Opening the data…</source>
        <translation>Opening the data…</translation>
    </message>
    <message>
        <location filename="../login.py" line="243"/>
        <source>Type your username.</source>
        <translation>Type your username.</translation>
    </message>
</context>
<context>
    <name>MainStatusBar</name>
    <message>
        <location filename="../status_bar.py" line="95"/>
        <source>Loading cases…</source>
        <translation>Loading cases…</translation>
    </message>
    <message>
        <location filename="../status_bar.py" line="100"/>
        <source>1 case</source>
        <translation>1 case</translation>
    </message>
    <message>
        <location filename="../status_bar.py" line="100"/>
        <source>{n} cases</source>
        <translation>{n} cases</translation>
    </message>
    <message>
        <location filename="../status_bar.py" line="102"/>
        <source>{shown} of {total} cases</source>
        <translation>{shown} of {total} cases</translation>
    </message>
    <message>
        <location filename="../status_bar.py" line="119"/>
        <source>No urgent case open</source>
        <translation>No urgent case open</translation>
    </message>
    <message>
        <location filename="../status_bar.py" line="123"/>
        <source>1 urgent case open</source>
        <translation>1 urgent case open</translation>
    </message>
    <message>
        <location filename="../status_bar.py" line="124"/>
        <source>{n} urgent cases open</source>
        <translation>{n} urgent cases open</translation>
    </message>
    <message>
        <location filename="../status_bar.py" line="128"/>
        <source>Show the urgent open cases (Ctrl+6)</source>
        <translation>Show the urgent open cases (Ctrl+6)</translation>
    </message>
    <message>
        <location filename="../status_bar.py" line="154"/>
        <source>This computer is not linked to the central server. Everything is saved on this computer only.</source>
        <translation>This computer is not linked to the central server. Everything is saved on this computer only.</translation>
    </message>
    <message>
        <location filename="../status_bar.py" line="177"/>
        <source>Office {code} · {device}</source>
        <translation>Office {code} · {device}</translation>
    </message>
    <message>
        <location filename="../status_bar.py" line="179"/>
        <source>{office}, device {letter}</source>
        <translation>{office}, device {letter}</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../main_window.py" line="395"/>
        <source>&amp;File</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="396"/>
        <source>&amp;View</source>
        <translation>&amp;View</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="397"/>
        <source>&amp;All cases</source>
        <translation>&amp;All cases</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="397"/>
        <source>&amp;My cases</source>
        <translation>&amp;My cases</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="398"/>
        <source>Awaiting appro&amp;val</source>
        <translation>Awaiting appro&amp;val</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="399"/>
        <source>&amp;Contacts due today</source>
        <translation>&amp;Contacts due today</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="400"/>
        <source>&amp;Unassigned cases</source>
        <translation>&amp;Unassigned cases</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="401"/>
        <source>U&amp;rgent cases</source>
        <translation>U&amp;rgent cases</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="403"/>
        <source>Re&amp;fresh</source>
        <translation>Re&amp;fresh</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="404"/>
        <source>&amp;Home</source>
        <translation>&amp;Home</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="405"/>
        <source>What needs you today, in counts (F2)</source>
        <translation>What needs you today, in counts (F2)</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="406"/>
        <source>Re&amp;ports…</source>
        <translation>Re&amp;ports…</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="407"/>
        <source>The office&apos;s figures for any period, with charts (Ctrl+L)</source>
        <translation>The office&apos;s figures for any period, with charts (Ctrl+L)</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="409"/>
        <source>Personal data of a per&amp;son…</source>
        <translation>Personal data of a per&amp;son…</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="410"/>
        <source>What the office holds about one person, for them or to restrict it (UU PDP) (Ctrl+Shift+P)</source>
        <translation>What the office holds about one person, for them or to restrict it (UU PDP) (Ctrl+Shift+P)</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="412"/>
        <source>Audit &amp;trail…</source>
        <translation>Audit &amp;trail…</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="413"/>
        <source>Who did what and who read whose data (Ctrl+Shift+A)</source>
        <translation>Who did what and who read whose data (Ctrl+Shift+A)</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="415"/>
        <source>&amp;Export case list…</source>
        <translation>&amp;Export case list…</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="417"/>
        <source>The cases of the list, with its filters and search, to an Excel or CSV file (Ctrl+Shift+E)</source>
        <translation>The cases of the list, with its filters and search, to an Excel or CSV file (Ctrl+Shift+E)</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="419"/>
        <source>Search cases</source>
        <translation>Search cases</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="420"/>
        <source>Referrals a&amp;waiting reply…</source>
        <translation>Referrals a&amp;waiting reply…</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="421"/>
        <source>Partner &amp;directory…</source>
        <translation>Partner &amp;directory…</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="422"/>
        <source>New &amp;information request…</source>
        <translation>New &amp;information request…</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="423"/>
        <source>A question answered, not a complaint (Ctrl+I)</source>
        <translation>A question answered, not a complaint (Ctrl+I)</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="424"/>
        <source>Information re&amp;quests…</source>
        <translation>Information re&amp;quests…</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="425"/>
        <source>&amp;Account</source>
        <translation>&amp;Account</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="426"/>
        <source>S&amp;ync</source>
        <translation>S&amp;ync</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="427"/>
        <source>&amp;Settings</source>
        <translation>&amp;Settings</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="428"/>
        <source>&amp;Help</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="429"/>
        <source>&amp;New complaint…</source>
        <translation>&amp;New complaint…</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="430"/>
        <source>Record a new complaint (Ctrl+N)</source>
        <translation>Record a new complaint (Ctrl+N)</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="431"/>
        <source>Your role does not record complaints</source>
        <translation>Your role does not record complaints</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="432"/>
        <source>&amp;Quit</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="433"/>
        <source>&amp;Change my password…</source>
        <translation>&amp;Change my password…</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="434"/>
        <source>&amp;Manage accounts…</source>
        <translation>&amp;Manage accounts…</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="435"/>
        <source>&amp;Log out</source>
        <translation>&amp;Log out</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="436"/>
        <source>&amp;Language…</source>
        <translation>&amp;Language…</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="437"/>
        <source>&amp;About Halo TKI Desk</source>
        <translation>&amp;About Halo TKI Desk</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="438"/>
        <source>User &amp;guide</source>
        <translation>User &amp;guide</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="439"/>
        <source>B&amp;ack up data…</source>
        <translation>B&amp;ack up data…</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="440"/>
        <source>&amp;Enrol with the central server…</source>
        <translation>&amp;Enrol with the central server…</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="441"/>
        <source>&amp;Restore from a backup…</source>
        <translation>&amp;Restore from a backup…</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="442"/>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Keyboard shortcuts</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="443"/>
        <source>&amp;Sync now</source>
        <translation>&amp;Sync now</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="444"/>
        <source>Send and receive changes now (F9)</source>
        <translation>Send and receive changes now (F9)</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="445"/>
        <source>Sync &amp;history…</source>
        <translation>Sync &amp;history…</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="446"/>
        <source>&amp;Refused changes…</source>
        <translation>&amp;Refused changes…</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="447"/>
        <source>Next &amp;conflict to resolve…</source>
        <translation>Next &amp;conflict to resolve…</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="448"/>
        <source>Sea&amp;rch:</source>
        <translation>Sea&amp;rch:</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="449"/>
        <source>Case number, name, passport, NIK or phone (Ctrl+F)</source>
        <translation>Case number, name, passport, NIK or phone (Ctrl+F)</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="547"/>
        <source>No case matches “{text}”.</source>
        <translation>No case matches “{text}”.</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="549"/>
        <source>You have no open cases. Cases assigned to you, or that you take, are listed here.</source>
        <translation>You have no open cases. Cases assigned to you, or that you take, are listed here.</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="552"/>
        <source>No case is awaiting approval.</source>
        <translation>No case is awaiting approval.</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="554"/>
        <source>No family contact is due today.</source>
        <translation>No family contact is due today.</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="556"/>
        <source>Every open case has a handling officer.</source>
        <translation>Every open case has a handling officer.</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="558"/>
        <source>No urgent case is open.</source>
        <translation>No urgent case is open.</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="560"/>
        <source>No case matches these filters.</source>
        <translation>No case matches these filters.</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="562"/>
        <source>No complaints recorded yet.
Press Ctrl+N to record the first one.</source>
        <translation>No complaints recorded yet.
Press Ctrl+N to record the first one.</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="564"/>
        <source>No complaints recorded yet.</source>
        <translation>No complaints recorded yet.</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="773"/>
        <location filename="../main_window.py" line="995"/>
        <source>Halo TKI Desk</source>
        <translation>Halo TKI Desk</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="774"/>
        <source>This part of the application is not available in this version.</source>
        <translation>This part of the application is not available in this version.</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="800"/>
        <source>Information request recorded.</source>
        <translation>Information request recorded.</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="946"/>
        <source>Restore from a backup</source>
        <translation>Restore from a backup</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="947"/>
        <source>Restoring replaces the data on this PC with the backup. You are logged out first (the data must be closed); then choose the backup.</source>
        <translation>Restoring replaces the data on this PC with the backup. You are logged out first (the data must be closed); then choose the backup.</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="996"/>
        <source>There is no conflict to resolve.</source>
        <translation>There is no conflict to resolve.</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="1012"/>
        <source>About Halo TKI Desk</source>
        <translation>About Halo TKI Desk</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="1013"/>
        <source>&lt;b&gt;Halo TKI Desk&lt;/b&gt;&lt;p&gt;Records and follows up complaints of Indonesian migrant workers and their families at BP3TKI offices, on this PC, with or without internet.&lt;/p&gt;&lt;p&gt;Halo TKI: 0800 1000 (toll-free), +62 21 29244800 from abroad.&lt;/p&gt;</source>
        <translation>&lt;b&gt;Halo TKI Desk&lt;/b&gt;&lt;p&gt;Records and follows up complaints of Indonesian migrant workers and their families at BP3TKI offices, on this PC, with or without internet.&lt;/p&gt;&lt;p&gt;Halo TKI: 0800 1000 (toll-free), +62 21 29244800 from abroad.&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="1016"/>
        <source>Version {version}</source>
        <translation>Version {version}</translation>
    </message>
</context>
<context>
    <name>MainWindowSync</name>
    <message>
        <location filename="../sync/window_sync.py" line="55"/>
        <source>These cases were transferred to another office and are no longer on this computer: {numbers}. Everything recorded here about them had reached the central server first.</source>
        <translation>These cases were transferred to another office and are no longer on this computer: {numbers}. Everything recorded here about them had reached the central server first.</translation>
    </message>
    <message>
        <location filename="../sync/window_sync.py" line="60"/>
        <source>Their open windows were closed.</source>
        <translation>Their open windows were closed.</translation>
    </message>
    <message>
        <location filename="../sync/window_sync.py" line="61"/>
        <source>Cases moved to another office</source>
        <translation>Cases moved to another office</translation>
    </message>
    <message>
        <location filename="../sync/window_sync.py" line="67"/>
        <source>This computer no longer synchronises. The data on it can still be read, and what is recorded here stays here.</source>
        <translation>This computer no longer synchronises. The data on it can still be read, and what is recorded here stays here.</translation>
    </message>
    <message>
        <location filename="../sync/window_sync.py" line="69"/>
        <source>Synchronisation stopped</source>
        <translation>Synchronisation stopped</translation>
    </message>
</context>
<context>
    <name>PendingReferralsWindow</name>
    <message>
        <location filename="../referrals_window.py" line="155"/>
        <source>Every referral still waiting for its reply, the longest overdue first. Press Enter to open the case and record the reply, or to chase the partner.</source>
        <translation>Every referral still waiting for its reply, the longest overdue first. Press Enter to open the case and record the reply, or to chase the partner.</translation>
    </message>
    <message>
        <location filename="../referrals_window.py" line="157"/>
        <source>&amp;Addressee:</source>
        <translation>&amp;Addressee:</translation>
    </message>
    <message>
        <location filename="../referrals_window.py" line="158"/>
        <source>Only o&amp;verdue</source>
        <translation>Only o&amp;verdue</translation>
    </message>
    <message>
        <location filename="../referrals_window.py" line="160"/>
        <source>Case</source>
        <translation>Case</translation>
    </message>
    <message>
        <location filename="../referrals_window.py" line="160"/>
        <source>TKI</source>
        <translation>TKI</translation>
    </message>
    <message>
        <location filename="../referrals_window.py" line="160"/>
        <source>Officer</source>
        <translation>Officer</translation>
    </message>
    <message>
        <location filename="../referrals_window.py" line="160"/>
        <source>Addressee</source>
        <translation>Addressee</translation>
    </message>
    <message>
        <location filename="../referrals_window.py" line="161"/>
        <source>Sent</source>
        <translation>Sent</translation>
    </message>
    <message>
        <location filename="../referrals_window.py" line="161"/>
        <source>Reply due</source>
        <translation>Reply due</translation>
    </message>
    <message>
        <location filename="../referrals_window.py" line="161"/>
        <source>Days overdue</source>
        <translation>Days overdue</translation>
    </message>
    <message>
        <location filename="../referrals_window.py" line="153"/>
        <location filename="../referrals_window.py" line="162"/>
        <source>Referrals waiting for a reply</source>
        <translation>Referrals waiting for a reply</translation>
    </message>
    <message>
        <location filename="../referrals_window.py" line="163"/>
        <source>&amp;Open case</source>
        <translation>&amp;Open case</translation>
    </message>
    <message>
        <location filename="../referrals_window.py" line="164"/>
        <source>&amp;Refresh</source>
        <translation>&amp;Refresh</translation>
    </message>
    <message>
        <location filename="../referrals_window.py" line="165"/>
        <source>Read the list again (F5)</source>
        <translation>Read the list again (F5)</translation>
    </message>
    <message>
        <location filename="../referrals_window.py" line="166"/>
        <source>&amp;Close</source>
        <translation>&amp;Close</translation>
    </message>
    <message>
        <location filename="../referrals_window.py" line="223"/>
        <source>All addressees</source>
        <translation>All addressees</translation>
    </message>
    <message>
        <location filename="../referrals_window.py" line="242"/>
        <source>{count} waiting for a reply, {overdue} of them overdue.</source>
        <translation>{count} waiting for a reply, {overdue} of them overdue.</translation>
    </message>
    <message>
        <location filename="../referrals_window.py" line="246"/>
        <source>No referral is waiting for a reply.</source>
        <translation>No referral is waiting for a reply.</translation>
    </message>
    <message>
        <location filename="../referrals_window.py" line="247"/>
        <source>No referral matches the filter.</source>
        <translation>No referral matches the filter.</translation>
    </message>
    <message>
        <location filename="../referrals_window.py" line="257"/>
        <source>unassigned</source>
        <translation>unassigned</translation>
    </message>
    <message>
        <location filename="../referrals_window.py" line="266"/>
        <source>{addressee}: the basis for sharing the data has not been recorded.</source>
        <translation>{addressee}: the basis for sharing the data has not been recorded.</translation>
    </message>
    <message>
        <location filename="../referrals_window.py" line="274"/>
        <source>The reply is {days} days late.</source>
        <translation>The reply is {days} days late.</translation>
    </message>
</context>
<context>
    <name>PeriodPicker</name>
    <message>
        <location filename="../reports/period_picker.py" line="82"/>
        <source>&amp;Period:</source>
        <translation>&amp;Period:</translation>
    </message>
    <message>
        <location filename="../reports/period_picker.py" line="83"/>
        <location filename="../reports/period_picker.py" line="96"/>
        <source>Month</source>
        <translation>Month</translation>
    </message>
    <message>
        <location filename="../reports/period_picker.py" line="83"/>
        <location filename="../reports/period_picker.py" line="97"/>
        <source>Quarter</source>
        <translation>Quarter</translation>
    </message>
    <message>
        <location filename="../reports/period_picker.py" line="83"/>
        <location filename="../reports/period_picker.py" line="95"/>
        <source>Year</source>
        <translation>Year</translation>
    </message>
    <message>
        <location filename="../reports/period_picker.py" line="84"/>
        <source>Date range</source>
        <translation>Date range</translation>
    </message>
    <message>
        <location filename="../reports/period_picker.py" line="91"/>
        <location filename="../reports/period_picker.py" line="93"/>
        <source>First day</source>
        <translation>First day</translation>
    </message>
    <message>
        <location filename="../reports/period_picker.py" line="92"/>
        <location filename="../reports/period_picker.py" line="94"/>
        <source>Last day (included)</source>
        <translation>Last day (included)</translation>
    </message>
</context>
<context>
    <name>ProposalDialog</name>
    <message>
        <location filename="../case_view/proposal_dialog.py" line="29"/>
        <source>Propose closing {number}</source>
        <translation>Propose closing {number}</translation>
    </message>
    <message>
        <location filename="../case_view/proposal_dialog.py" line="30"/>
        <source>P&amp;ropose</source>
        <translation>P&amp;ropose</translation>
    </message>
    <message>
        <location filename="../case_view/proposal_dialog.py" line="31"/>
        <source>A supervisor approves the proposal, or returns it to you with a note. Until then the case stays open.</source>
        <translation>A supervisor approves the proposal, or returns it to you with a note. Until then the case stays open.</translation>
    </message>
    <message>
        <location filename="../case_view/proposal_dialog.py" line="38"/>
        <source>&amp;Propose to:</source>
        <translation>&amp;Propose to:</translation>
    </message>
    <message>
        <location filename="../case_view/proposal_dialog.py" line="40"/>
        <source>&amp;Outcome:</source>
        <translation>&amp;Outcome:</translation>
    </message>
    <message>
        <location filename="../case_view/proposal_dialog.py" line="42"/>
        <source>Number of the case that is kept</source>
        <translation>Number of the case that is kept</translation>
    </message>
    <message>
        <location filename="../case_view/proposal_dialog.py" line="43"/>
        <source>&amp;Duplicate of case:</source>
        <translation>&amp;Duplicate of case:</translation>
    </message>
    <message>
        <location filename="../case_view/proposal_dialog.py" line="45"/>
        <source>What was done, and why the case can be resolved or closed now</source>
        <translation>What was done, and why the case can be resolved or closed now</translation>
    </message>
    <message>
        <location filename="../case_view/proposal_dialog.py" line="47"/>
        <source>&amp;Summary:</source>
        <translation>&amp;Summary:</translation>
    </message>
    <message>
        <location filename="../case_view/proposal_dialog.py" line="58"/>
        <source>— choose —</source>
        <translation>— choose —</translation>
    </message>
</context>
<context>
    <name>QAbstractFileIconProvider</name>
    <message>
        <location filename="../qt_strings.py" line="116"/>
        <source>Folder</source>
        <translation>Folder</translation>
    </message>
    <message>
        <location filename="../qt_strings.py" line="117"/>
        <source>File Folder</source>
        <translation>File Folder</translation>
    </message>
    <message>
        <location filename="../qt_strings.py" line="118"/>
        <source>Drive</source>
        <translation>Drive</translation>
    </message>
    <message>
        <location filename="../qt_strings.py" line="119"/>
        <source>Shortcut</source>
        <translation>Shortcut</translation>
    </message>
    <message>
        <location filename="../qt_strings.py" line="120"/>
        <source>File</source>
        <translation>File</translation>
    </message>
    <message>
        <location filename="../qt_strings.py" line="121"/>
        <source>Unknown</source>
        <translation>Unknown</translation>
    </message>
</context>
<context>
    <name>QFileDialog</name>
    <message>
        <location filename="../qt_strings.py" line="62"/>
        <source>&amp;Look in:</source>
        <translation>&amp;Look in:</translation>
    </message>
    <message>
        <location filename="../qt_strings.py" line="63"/>
        <source>Look in:</source>
        <translation>Look in:</translation>
    </message>
    <message>
        <location filename="../qt_strings.py" line="64"/>
        <source>File &amp;name:</source>
        <translation>File &amp;name:</translation>
    </message>
    <message>
        <location filename="../qt_strings.py" line="65"/>
        <source>Files of &amp;type:</source>
        <translation>Files of &amp;type:</translation>
    </message>
    <message>
        <location filename="../qt_strings.py" line="66"/>
        <source>Files of type:</source>
        <translation>Files of type:</translation>
    </message>
    <message>
        <location filename="../qt_strings.py" line="67"/>
        <source>Directory:</source>
        <translation>Directory:</translation>
    </message>
    <message>
        <location filename="../qt_strings.py" line="68"/>
        <source>&amp;Open</source>
        <translation>&amp;Open</translation>
    </message>
    <message>
        <location filename="../qt_strings.py" line="69"/>
        <source>&amp;Save</source>
        <translation>&amp;Save</translation>
    </message>
    <message>
        <location filename="../qt_strings.py" line="70"/>
        <source>&amp;Choose</source>
        <translation>&amp;Choose</translation>
    </message>
    <message>
        <location filename="../qt_strings.py" line="71"/>
        <source>Open</source>
        <translation>Open</translation>
    </message>
    <message>
        <location filename="../qt_strings.py" line="72"/>
        <source>Save As</source>
        <translation>Save As</translation>
    </message>
    <message>
        <location filename="../qt_strings.py" line="73"/>
        <source>Find Directory</source>
        <translation>Find Directory</translation>
    </message>
    <message>
        <location filename="../qt_strings.py" line="74"/>
        <source>Back</source>
        <translation>Back</translation>
    </message>
    <message>
        <location filename="../qt_strings.py" line="75"/>
        <source>Go back</source>
        <translation>Go back</translation>
    </message>
    <message>
        <location filename="../qt_strings.py" line="76"/>
        <source>Forward</source>
        <translation>Forward</translation>
    </message>
    <message>
        <location filename="../qt_strings.py" line="77"/>
        <source>Go forward</source>
        <translation>Go forward</translation>
    </message>
    <message>
        <location filename="../qt_strings.py" line="78"/>
        <source>Parent Directory</source>
        <translation>Parent Directory</translation>
    </message>
    <message>
        <location filename="../qt_strings.py" line="79"/>
        <source>Go to the parent directory</source>
        <translation>Go to the parent directory</translation>
    </message>
    <message>
        <location filename="../qt_strings.py" line="80"/>
        <source>Create New Folder</source>
        <translation>Create New Folder</translation>
    </message>
    <message>
        <location filename="../qt_strings.py" line="81"/>
        <source>Create a New Folder</source>
        <translation>Create a New Folder</translation>
    </message>
    <message>
        <location filename="../qt_strings.py" line="82"/>
        <source>List View</source>
        <translation>List View</translation>
    </message>
    <message>
        <location filename="../qt_strings.py" line="83"/>
        <source>Change to list view mode</source>
        <translation>Change to list view mode</translation>
    </message>
    <message>
        <location filename="../qt_strings.py" line="84"/>
        <source>Detail View</source>
        <translation>Detail View</translation>
    </message>
    <message>
        <location filename="../qt_strings.py" line="85"/>
        <source>Change to detail view mode</source>
        <translation>Change to detail view mode</translation>
    </message>
    <message>
        <location filename="../qt_strings.py" line="86"/>
        <source>Sidebar</source>
        <translation>Sidebar</translation>
    </message>
    <message>
        <location filename="../qt_strings.py" line="87"/>
        <source>List of places and bookmarks</source>
        <translation>List of places and bookmarks</translation>
    </message>
    <message>
        <location filename="../qt_strings.py" line="88"/>
        <source>Files</source>
        <translation>Files</translation>
    </message>
    <message>
        <location filename="../qt_strings.py" line="89"/>
        <source>Show </source>
        <translation>Show </translation>
    </message>
    <message>
        <location filename="../qt_strings.py" line="90"/>
        <source>&amp;Rename</source>
        <translation>&amp;Rename</translation>
    </message>
    <message>
        <location filename="../qt_strings.py" line="91"/>
        <source>&amp;Delete</source>
        <translation>&amp;Delete</translation>
    </message>
    <message>
        <location filename="../qt_strings.py" line="92"/>
        <source>Show &amp;hidden files</source>
        <translation>Show &amp;hidden files</translation>
    </message>
    <message>
        <location filename="../qt_strings.py" line="93"/>
        <source>&amp;New Folder</source>
        <translation>&amp;New Folder</translation>
    </message>
    <message>
        <location filename="../qt_strings.py" line="94"/>
        <source>New Folder</source>
        <translation>New Folder</translation>
    </message>
    <message>
        <location filename="../qt_strings.py" line="95"/>
        <source>All Files (*)</source>
        <translation>All Files (*)</translation>
    </message>
    <message>
        <location filename="../qt_strings.py" line="96"/>
        <source>All files (*)</source>
        <translation>All files (*)</translation>
    </message>
    <message>
        <location filename="../qt_strings.py" line="97"/>
        <source>Directories</source>
        <translation>Directories</translation>
    </message>
    <message>
        <location filename="../qt_strings.py" line="98"/>
        <source>Recent Places</source>
        <translation>Recent Places</translation>
    </message>
    <message>
        <location filename="../qt_strings.py" line="99"/>
        <source>Remove</source>
        <translation>Remove</translation>
    </message>
    <message>
        <location filename="../qt_strings.py" line="100"/>
        <source>Delete</source>
        <translation>Delete</translation>
    </message>
    <message>
        <location filename="../qt_strings.py" line="101"/>
        <source>%1 already exists.
Do you want to replace it?</source>
        <translation>%1 already exists.
Do you want to replace it?</translation>
    </message>
    <message>
        <location filename="../qt_strings.py" line="103"/>
        <source>%1
File not found.
Please verify the correct file name was given.</source>
        <translation>%1
File not found.
Please verify the correct file name was given.</translation>
    </message>
    <message>
        <location filename="../qt_strings.py" line="104"/>
        <source>%1
Directory not found.
Please verify the correct directory name was given.</source>
        <translation>%1
Directory not found.
Please verify the correct directory name was given.</translation>
    </message>
    <message>
        <location filename="../qt_strings.py" line="105"/>
        <source>&apos;%1&apos; is write protected.
Do you want to delete it anyway?</source>
        <translation>&apos;%1&apos; is write protected.
Do you want to delete it anyway?</translation>
    </message>
    <message>
        <location filename="../qt_strings.py" line="106"/>
        <source>Are you sure you want to delete &apos;%1&apos;?</source>
        <translation>Are you sure you want to delete &apos;%1&apos;?</translation>
    </message>
    <message>
        <location filename="../qt_strings.py" line="107"/>
        <source>Could not delete directory.</source>
        <translation>Could not delete directory.</translation>
    </message>
</context>
<context>
    <name>QFileSystemModel</name>
    <message>
        <location filename="../qt_strings.py" line="109"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../qt_strings.py" line="110"/>
        <source>Size</source>
        <translation>Size</translation>
    </message>
    <message>
        <location filename="../qt_strings.py" line="111"/>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <location filename="../qt_strings.py" line="112"/>
        <source>Date Modified</source>
        <translation>Date Modified</translation>
    </message>
    <message>
        <location filename="../qt_strings.py" line="113"/>
        <source>Computer</source>
        <translation>Computer</translation>
    </message>
    <message>
        <location filename="../qt_strings.py" line="114"/>
        <source>My Computer</source>
        <translation>My Computer</translation>
    </message>
</context>
<context>
    <name>QLineEdit</name>
    <message>
        <location filename="../qt_strings.py" line="37"/>
        <source>&amp;Undo</source>
        <translation>&amp;Undo</translation>
    </message>
    <message>
        <location filename="../qt_strings.py" line="38"/>
        <source>&amp;Redo</source>
        <translation>&amp;Redo</translation>
    </message>
    <message>
        <location filename="../qt_strings.py" line="39"/>
        <source>Cu&amp;t</source>
        <translation>Cu&amp;t</translation>
    </message>
    <message>
        <location filename="../qt_strings.py" line="40"/>
        <source>&amp;Copy</source>
        <translation>&amp;Copy</translation>
    </message>
    <message>
        <location filename="../qt_strings.py" line="41"/>
        <source>&amp;Paste</source>
        <translation>&amp;Paste</translation>
    </message>
    <message>
        <location filename="../qt_strings.py" line="42"/>
        <source>Delete</source>
        <translation>Delete</translation>
    </message>
    <message>
        <location filename="../qt_strings.py" line="43"/>
        <source>Select All</source>
        <translation>Select All</translation>
    </message>
</context>
<context>
    <name>QPlatformTheme</name>
    <message>
        <location filename="../qt_strings.py" line="15"/>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <location filename="../qt_strings.py" line="16"/>
        <source>Save</source>
        <translation>Save</translation>
    </message>
    <message>
        <location filename="../qt_strings.py" line="17"/>
        <source>Save All</source>
        <translation>Save All</translation>
    </message>
    <message>
        <location filename="../qt_strings.py" line="18"/>
        <source>Open</source>
        <translation>Open</translation>
    </message>
    <message>
        <location filename="../qt_strings.py" line="19"/>
        <source>&amp;Yes</source>
        <translation>&amp;Yes</translation>
    </message>
    <message>
        <location filename="../qt_strings.py" line="20"/>
        <source>Yes to &amp;All</source>
        <translation>Yes to &amp;All</translation>
    </message>
    <message>
        <location filename="../qt_strings.py" line="21"/>
        <source>&amp;No</source>
        <translation>&amp;No</translation>
    </message>
    <message>
        <location filename="../qt_strings.py" line="22"/>
        <source>N&amp;o to All</source>
        <translation>N&amp;o to All</translation>
    </message>
    <message>
        <location filename="../qt_strings.py" line="23"/>
        <source>Abort</source>
        <translation>Abort</translation>
    </message>
    <message>
        <location filename="../qt_strings.py" line="24"/>
        <source>Retry</source>
        <translation>Retry</translation>
    </message>
    <message>
        <location filename="../qt_strings.py" line="25"/>
        <source>Ignore</source>
        <translation>Ignore</translation>
    </message>
    <message>
        <location filename="../qt_strings.py" line="26"/>
        <source>Close</source>
        <translation>Close</translation>
    </message>
    <message>
        <location filename="../qt_strings.py" line="27"/>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../qt_strings.py" line="28"/>
        <source>Discard</source>
        <translation>Discard</translation>
    </message>
    <message>
        <location filename="../qt_strings.py" line="29"/>
        <source>Help</source>
        <translation>Help</translation>
    </message>
    <message>
        <location filename="../qt_strings.py" line="30"/>
        <source>Apply</source>
        <translation>Apply</translation>
    </message>
    <message>
        <location filename="../qt_strings.py" line="31"/>
        <source>Reset</source>
        <translation>Reset</translation>
    </message>
    <message>
        <location filename="../qt_strings.py" line="32"/>
        <source>Restore Defaults</source>
        <translation>Restore Defaults</translation>
    </message>
</context>
<context>
    <name>QWidgetTextControl</name>
    <message>
        <location filename="../qt_strings.py" line="48"/>
        <source>&amp;Undo</source>
        <translation>&amp;Undo</translation>
    </message>
    <message>
        <location filename="../qt_strings.py" line="49"/>
        <source>&amp;Redo</source>
        <translation>&amp;Redo</translation>
    </message>
    <message>
        <location filename="../qt_strings.py" line="50"/>
        <source>Cu&amp;t</source>
        <translation>Cu&amp;t</translation>
    </message>
    <message>
        <location filename="../qt_strings.py" line="51"/>
        <source>&amp;Copy</source>
        <translation>&amp;Copy</translation>
    </message>
    <message>
        <location filename="../qt_strings.py" line="52"/>
        <source>Copy &amp;Link Location</source>
        <translation>Copy &amp;Link Location</translation>
    </message>
    <message>
        <location filename="../qt_strings.py" line="53"/>
        <source>&amp;Paste</source>
        <translation>&amp;Paste</translation>
    </message>
    <message>
        <location filename="../qt_strings.py" line="54"/>
        <source>Delete</source>
        <translation>Delete</translation>
    </message>
    <message>
        <location filename="../qt_strings.py" line="55"/>
        <source>Select All</source>
        <translation>Select All</translation>
    </message>
</context>
<context>
    <name>ReceiptDialog</name>
    <message>
        <location filename="../receipt_dialog.py" line="99"/>
        <source>Complaint receipt — {number}</source>
        <translation>Complaint receipt — {number}</translation>
    </message>
    <message>
        <location filename="../receipt_dialog.py" line="101"/>
        <source>Print this receipt and give it to the complainant: it has the case number to quote when they call, and lists the documents still missing.</source>
        <translation>Print this receipt and give it to the complainant: it has the case number to quote when they call, and lists the documents still missing.</translation>
    </message>
    <message>
        <location filename="../receipt_dialog.py" line="103"/>
        <source>&amp;Print…</source>
        <translation>&amp;Print…</translation>
    </message>
    <message>
        <location filename="../receipt_dialog.py" line="104"/>
        <source>Print (Ctrl+P)</source>
        <translation>Print (Ctrl+P)</translation>
    </message>
    <message>
        <location filename="../receipt_dialog.py" line="105"/>
        <source>Save as P&amp;DF…</source>
        <translation>Save as P&amp;DF…</translation>
    </message>
    <message>
        <location filename="../receipt_dialog.py" line="106"/>
        <source>Save as PDF (Ctrl+S)</source>
        <translation>Save as PDF (Ctrl+S)</translation>
    </message>
    <message>
        <location filename="../receipt_dialog.py" line="107"/>
        <source>&amp;Close</source>
        <translation>&amp;Close</translation>
    </message>
    <message>
        <location filename="../receipt_dialog.py" line="120"/>
        <source>Preparing the receipt…</source>
        <translation>Preparing the receipt…</translation>
    </message>
    <message>
        <location filename="../receipt_dialog.py" line="140"/>
        <source>The receipt could not be shown.</source>
        <translation>The receipt could not be shown.</translation>
    </message>
    <message>
        <location filename="../receipt_dialog.py" line="198"/>
        <source>Print receipt</source>
        <translation>Print receipt</translation>
    </message>
    <message>
        <location filename="../receipt_dialog.py" line="201"/>
        <source>The receipt could not be printed. Check that the printer is on and has paper, then try again.</source>
        <translation>The receipt could not be printed. Check that the printer is on and has paper, then try again.</translation>
    </message>
    <message>
        <location filename="../receipt_dialog.py" line="192"/>
        <source>Sent to the printer.</source>
        <translation>Sent to the printer.</translation>
    </message>
    <message>
        <location filename="../receipt_dialog.py" line="218"/>
        <source>Save receipt as PDF</source>
        <translation>Save receipt as PDF</translation>
    </message>
    <message>
        <location filename="../receipt_dialog.py" line="218"/>
        <source>PDF files (*.pdf)</source>
        <translation>PDF files (*.pdf)</translation>
    </message>
    <message>
        <location filename="../receipt_dialog.py" line="232"/>
        <source>Saved to {path}</source>
        <translation>Saved to {path}</translation>
    </message>
    <message>
        <location filename="../receipt_dialog.py" line="234"/>
        <source>Receipt saved</source>
        <translation>Receipt saved</translation>
    </message>
    <message>
        <location filename="../receipt_dialog.py" line="235"/>
        <source>The receipt was saved to:
{path}

Open it now?</source>
        <translation>The receipt was saved to:
{path}

Open it now?</translation>
    </message>
</context>
<context>
    <name>RefComboBox</name>
    <message>
        <location filename="../widgets.py" line="25"/>
        <source>— choose —</source>
        <translation>— choose —</translation>
    </message>
</context>
<context>
    <name>ReferralDialog</name>
    <message>
        <location filename="../case_view/referral_dialog.py" line="151"/>
        <source>Refer case {number}</source>
        <translation>Refer case {number}</translation>
    </message>
    <message>
        <location filename="../case_view/referral_dialog.py" line="152"/>
        <source>&amp;Save referral</source>
        <translation>&amp;Save referral</translation>
    </message>
    <message>
        <location filename="../case_view/referral_dialog.py" line="164"/>
        <source>&amp;To:</source>
        <translation>&amp;To:</translation>
    </message>
    <message>
        <location filename="../case_view/referral_dialog.py" line="172"/>
        <source>&amp;How sent:</source>
        <translation>&amp;How sent:</translation>
    </message>
    <message>
        <location filename="../case_view/referral_dialog.py" line="176"/>
        <source>e.g. B.123/BP3TKI-SBY/XII/2026</source>
        <translation>e.g. B.123/BP3TKI-SBY/XII/2026</translation>
    </message>
    <message>
        <location filename="../case_view/referral_dialog.py" line="177"/>
        <source>&amp;Letter number:</source>
        <translation>&amp;Letter number:</translation>
    </message>
    <message>
        <location filename="../case_view/referral_dialog.py" line="181"/>
        <source>&amp;Date sent:</source>
        <translation>&amp;Date sent:</translation>
    </message>
    <message>
        <location filename="../case_view/referral_dialog.py" line="183"/>
        <source>What the office asks of them</source>
        <translation>What the office asks of them</translation>
    </message>
    <message>
        <location filename="../case_view/referral_dialog.py" line="184"/>
        <source>&amp;Request:</source>
        <translation>&amp;Request:</translation>
    </message>
    <message>
        <location filename="../case_view/referral_dialog.py" line="189"/>
        <source>Reply d&amp;ue by:</source>
        <translation>Reply d&amp;ue by:</translation>
    </message>
    <message>
        <location filename="../case_view/referral_dialog.py" line="196"/>
        <source>&amp;Also set the case status to “{status}”</source>
        <translation>&amp;Also set the case status to “{status}”</translation>
    </message>
    <message>
        <location filename="../case_view/referral_dialog.py" line="229"/>
        <source>{kind}: a reply is expected within {days} working days.</source>
        <translation>{kind}: a reply is expected within {days} working days.</translation>
    </message>
    <message>
        <location filename="../case_view/referral_dialog.py" line="233"/>
        <source>A reply is expected within {days} working days unless you change the date.</source>
        <translation>A reply is expected within {days} working days unless you change the date.</translation>
    </message>
</context>
<context>
    <name>ReferralSummary</name>
    <message>
        <location filename="../case_view/reply_dialog.py" line="29"/>
        <source>Sent {date} · {method}</source>
        <translation>Sent {date} · {method}</translation>
    </message>
    <message>
        <location filename="../case_view/reply_dialog.py" line="32"/>
        <source>no. {number}</source>
        <translation>no. {number}</translation>
    </message>
    <message>
        <location filename="../case_view/reply_dialog.py" line="37"/>
        <source>Asked: {request}</source>
        <translation>Asked: {request}</translation>
    </message>
</context>
<context>
    <name>ReferralsPanel</name>
    <message>
        <location filename="../case_view/referrals_panel.py" line="203"/>
        <location filename="../case_view/referrals_panel.py" line="211"/>
        <source>Referrals sent</source>
        <translation>Referrals sent</translation>
    </message>
    <message>
        <location filename="../case_view/referrals_panel.py" line="204"/>
        <location filename="../case_view/referrals_panel.py" line="214"/>
        <source>PPTKIS summonses</source>
        <translation>PPTKIS summonses</translation>
    </message>
    <message>
        <location filename="../case_view/referrals_panel.py" line="206"/>
        <source>The KTKLN is missing or the complaint is about the placement agency: summon the agency (PPTKIS) for clarification.</source>
        <translation>The KTKLN is missing or the complaint is about the placement agency: summon the agency (PPTKIS) for clarification.</translation>
    </message>
    <message>
        <location filename="../case_view/referrals_panel.py" line="209"/>
        <source>To</source>
        <translation>To</translation>
    </message>
    <message>
        <location filename="../case_view/referrals_panel.py" line="209"/>
        <source>State</source>
        <translation>State</translation>
    </message>
    <message>
        <location filename="../case_view/referrals_panel.py" line="209"/>
        <source>Reply due</source>
        <translation>Reply due</translation>
    </message>
    <message>
        <location filename="../case_view/referrals_panel.py" line="209"/>
        <source>Sent</source>
        <translation>Sent</translation>
    </message>
    <message>
        <location filename="../case_view/referrals_panel.py" line="210"/>
        <source>How sent</source>
        <translation>How sent</translation>
    </message>
    <message>
        <location filename="../case_view/referrals_panel.py" line="210"/>
        <source>Letter no.</source>
        <translation>Letter no.</translation>
    </message>
    <message>
        <location filename="../case_view/referrals_panel.py" line="213"/>
        <source>Agency</source>
        <translation>Agency</translation>
    </message>
    <message>
        <location filename="../case_view/referrals_panel.py" line="213"/>
        <source>Meeting</source>
        <translation>Meeting</translation>
    </message>
    <message>
        <location filename="../case_view/referrals_panel.py" line="213"/>
        <source>Attendance</source>
        <translation>Attendance</translation>
    </message>
    <message>
        <location filename="../case_view/referrals_panel.py" line="213"/>
        <source>Place</source>
        <translation>Place</translation>
    </message>
    <message>
        <location filename="../case_view/referrals_panel.py" line="216"/>
        <source>&amp;New referral…</source>
        <translation>&amp;New referral…</translation>
    </message>
    <message>
        <location filename="../case_view/referrals_panel.py" line="217"/>
        <source>Record repl&amp;y…</source>
        <translation>Record repl&amp;y…</translation>
    </message>
    <message>
        <location filename="../case_view/referrals_panel.py" line="218"/>
        <source>&amp;Withdraw referral…</source>
        <translation>&amp;Withdraw referral…</translation>
    </message>
    <message>
        <location filename="../case_view/referrals_panel.py" line="219"/>
        <source>Print r&amp;eferral letter…</source>
        <translation>Print r&amp;eferral letter…</translation>
    </message>
    <message>
        <location filename="../case_view/referrals_panel.py" line="220"/>
        <source>&amp;Basis for sharing…</source>
        <translation>&amp;Basis for sharing…</translation>
    </message>
    <message>
        <location filename="../case_view/referrals_panel.py" line="221"/>
        <source>Summon PPT&amp;KIS…</source>
        <translation>Summon PPT&amp;KIS…</translation>
    </message>
    <message>
        <location filename="../case_view/referrals_panel.py" line="222"/>
        <source>Record &amp;meeting outcome…</source>
        <translation>Record &amp;meeting outcome…</translation>
    </message>
    <message>
        <location filename="../case_view/referrals_panel.py" line="223"/>
        <source>Print s&amp;ummons letter…</source>
        <translation>Print s&amp;ummons letter…</translation>
    </message>
    <message>
        <location filename="../case_view/referrals_panel.py" line="235"/>
        <source>&amp;Referrals ({count} waiting)</source>
        <translation>&amp;Referrals ({count} waiting)</translation>
    </message>
    <message>
        <location filename="../case_view/referrals_panel.py" line="236"/>
        <source>&amp;Referrals</source>
        <translation>&amp;Referrals</translation>
    </message>
    <message>
        <location filename="../case_view/referrals_panel.py" line="297"/>
        <source>Overdue ({days} days)</source>
        <translation>Overdue ({days} days)</translation>
    </message>
    <message>
        <location filename="../case_view/referrals_panel.py" line="299"/>
        <source>Answered</source>
        <translation>Answered</translation>
    </message>
    <message>
        <location filename="../case_view/referrals_panel.py" line="301"/>
        <source>Withdrawn</source>
        <translation>Withdrawn</translation>
    </message>
    <message>
        <location filename="../case_view/referrals_panel.py" line="302"/>
        <source>Waiting for reply</source>
        <translation>Waiting for reply</translation>
    </message>
    <message>
        <location filename="../case_view/referrals_panel.py" line="307"/>
        <source>Not recorded yet</source>
        <translation>Not recorded yet</translation>
    </message>
    <message>
        <location filename="../case_view/referrals_panel.py" line="323"/>
        <source>The basis for sharing the data has not been recorded.</source>
        <translation>The basis for sharing the data has not been recorded.</translation>
    </message>
    <message>
        <location filename="../case_view/referrals_panel.py" line="326"/>
        <source>{agency} stayed away from summonses more than once and is flagged in the directory.</source>
        <translation>{agency} stayed away from summonses more than once and is flagged in the directory.</translation>
    </message>
    <message>
        <location filename="../case_view/referrals_panel.py" line="343"/>
        <source>Asked: {request}</source>
        <translation>Asked: {request}</translation>
    </message>
    <message>
        <location filename="../case_view/referrals_panel.py" line="345"/>
        <source>Reply of {date}: {summary}</source>
        <translation>Reply of {date}: {summary}</translation>
    </message>
    <message>
        <location filename="../case_view/referrals_panel.py" line="348"/>
        <source>Withdrawn on {date}.</source>
        <translation>Withdrawn on {date}.</translation>
    </message>
    <message>
        <location filename="../case_view/referrals_panel.py" line="355"/>
        <source>The basis for sharing the data has not been recorded: record the complainant&apos;s consent or another legal basis before the letter can be printed.</source>
        <translation>The basis for sharing the data has not been recorded: record the complainant&apos;s consent or another legal basis before the letter can be printed.</translation>
    </message>
    <message>
        <location filename="../case_view/referrals_panel.py" line="361"/>
        <source>Basis for sharing: {basis}, given {date}, recorded by {name}</source>
        <translation>Basis for sharing: {basis}, given {date}, recorded by {name}</translation>
    </message>
    <message>
        <location filename="../case_view/referrals_panel.py" line="365"/>
        <source>Basis for sharing: {basis}</source>
        <translation>Basis for sharing: {basis}</translation>
    </message>
    <message>
        <location filename="../case_view/referrals_panel.py" line="368"/>
        <source>About the basis: {note}</source>
        <translation>About the basis: {note}</translation>
    </message>
    <message>
        <location filename="../case_view/referrals_panel.py" line="377"/>
        <source>Letter {number}</source>
        <translation>Letter {number}</translation>
    </message>
    <message>
        <location filename="../case_view/referrals_panel.py" line="379"/>
        <source>Result: {result}</source>
        <translation>Result: {result}</translation>
    </message>
    <message>
        <location filename="../case_view/referrals_panel.py" line="427"/>
        <source>Your role cannot refer cases or summon agencies.</source>
        <translation>Your role cannot refer cases or summon agencies.</translation>
    </message>
    <message>
        <location filename="../case_view/referrals_panel.py" line="428"/>
        <source>The case is resolved or closed; reopen it first.</source>
        <translation>The case is resolved or closed; reopen it first.</translation>
    </message>
    <message>
        <location filename="../case_view/referrals_panel.py" line="432"/>
        <location filename="../case_view/referrals_panel.py" line="434"/>
        <source>Choose a referral that is still waiting for its reply.</source>
        <translation>Choose a referral that is still waiting for its reply.</translation>
    </message>
    <message>
        <location filename="../case_view/referrals_panel.py" line="436"/>
        <source>Record the basis for sharing the data first: the complainant&apos;s consent with its date, vital interest or a legal obligation.</source>
        <translation>Record the basis for sharing the data first: the complainant&apos;s consent with its date, vital interest or a legal obligation.</translation>
    </message>
    <message>
        <location filename="../case_view/referrals_panel.py" line="438"/>
        <location filename="../case_view/referrals_panel.py" line="440"/>
        <source>Choose a referral first.</source>
        <translation>Choose a referral first.</translation>
    </message>
    <message>
        <location filename="../case_view/referrals_panel.py" line="443"/>
        <location filename="../case_view/referrals_panel.py" line="445"/>
        <source>Choose a summons first.</source>
        <translation>Choose a summons first.</translation>
    </message>
    <message>
        <location filename="../case_view/referrals_panel.py" line="451"/>
        <source>The case was anonymised: it can only be read.</source>
        <translation>The case was anonymised: it can only be read.</translation>
    </message>
    <message>
        <location filename="../case_view/referrals_panel.py" line="484"/>
        <source>Referral saved</source>
        <translation>Referral saved</translation>
    </message>
    <message>
        <location filename="../case_view/referrals_panel.py" line="485"/>
        <source>The referral was saved, but the case status was not changed: {reason}</source>
        <translation>The referral was saved, but the case status was not changed: {reason}</translation>
    </message>
    <message>
        <location filename="../case_view/referrals_panel.py" line="487"/>
        <source>Print the referral letter</source>
        <translation>Print the referral letter</translation>
    </message>
    <message>
        <location filename="../case_view/referrals_panel.py" line="488"/>
        <source>The referral was saved. Print the referral letter now?</source>
        <translation>The referral was saved. Print the referral letter now?</translation>
    </message>
    <message>
        <location filename="../case_view/referrals_panel.py" line="524"/>
        <source>No referral left open</source>
        <translation>No referral left open</translation>
    </message>
    <message>
        <location filename="../case_view/referrals_panel.py" line="525"/>
        <source>No referral of this case is waiting for a reply any more. Move the case back to status “{status}”?</source>
        <translation>No referral of this case is waiting for a reply any more. Move the case back to status “{status}”?</translation>
    </message>
    <message>
        <location filename="../case_view/referrals_panel.py" line="542"/>
        <source>Print the summons letter</source>
        <translation>Print the summons letter</translation>
    </message>
    <message>
        <location filename="../case_view/referrals_panel.py" line="543"/>
        <source>The summons was saved. Print the summons letter (surat panggilan) now?</source>
        <translation>The summons was saved. Print the summons letter (surat panggilan) now?</translation>
    </message>
    <message>
        <location filename="../case_view/referrals_panel.py" line="566"/>
        <source>Agency flagged</source>
        <translation>Agency flagged</translation>
    </message>
    <message>
        <location filename="../case_view/referrals_panel.py" line="567"/>
        <source>{agency} has now stayed away from summonses more than once and is flagged in the directory. Tell your supervisor.</source>
        <translation>{agency} has now stayed away from summonses more than once and is flagged in the directory. Tell your supervisor.</translation>
    </message>
    <message>
        <location filename="../case_view/referrals_panel.py" line="607"/>
        <source>Basis for sharing not recorded</source>
        <translation>Basis for sharing not recorded</translation>
    </message>
    <message>
        <location filename="../case_view/referrals_panel.py" line="608"/>
        <source>The letter to {addressee} shares the complainant&apos;s and the worker&apos;s personal data. First record what that rests on: the complainant&apos;s consent (oral or written, with its date), vital interest, or a legal obligation.

Record it now?</source>
        <translation>The letter to {addressee} shares the complainant&apos;s and the worker&apos;s personal data. First record what that rests on: the complainant&apos;s consent (oral or written, with its date), vital interest, or a legal obligation.

Record it now?</translation>
    </message>
</context>
<context>
    <name>RejectedChangesDialog</name>
    <message>
        <location filename="../sync/rejected_dialog.py" line="19"/>
        <source>Refused changes</source>
        <translation>Refused changes</translation>
    </message>
    <message>
        <location filename="../sync/rejected_dialog.py" line="21"/>
        <source>Changes the central server refused, newest first. They are kept on this computer but not sent again: check the case and record it again correctly if needed.</source>
        <translation>Changes the central server refused, newest first. They are kept on this computer but not sent again: check the case and record it again correctly if needed.</translation>
    </message>
    <message>
        <location filename="../sync/rejected_dialog.py" line="25"/>
        <source>When</source>
        <translation>When</translation>
    </message>
    <message>
        <location filename="../sync/rejected_dialog.py" line="25"/>
        <source>Case</source>
        <translation>Case</translation>
    </message>
    <message>
        <location filename="../sync/rejected_dialog.py" line="25"/>
        <source>What was changed</source>
        <translation>What was changed</translation>
    </message>
    <message>
        <location filename="../sync/rejected_dialog.py" line="25"/>
        <source>Value</source>
        <translation>Value</translation>
    </message>
    <message>
        <location filename="../sync/rejected_dialog.py" line="26"/>
        <source>Why the server refused it</source>
        <translation>Why the server refused it</translation>
    </message>
    <message>
        <location filename="../sync/rejected_dialog.py" line="44"/>
        <source>The central server has not refused any change from this computer.</source>
        <translation>The central server has not refused any change from this computer.</translation>
    </message>
    <message>
        <location filename="../sync/rejected_dialog.py" line="51"/>
        <source>{entity} ({n} fields)</source>
        <translation>{entity} ({n} fields)</translation>
    </message>
    <message>
        <location filename="../sync/rejected_dialog.py" line="68"/>
        <source>(no longer on this computer)</source>
        <translation>(no longer on this computer)</translation>
    </message>
</context>
<context>
    <name>ReplyDialog</name>
    <message>
        <location filename="../case_view/reply_dialog.py" line="50"/>
        <source>Record the reply from {addressee}</source>
        <translation>Record the reply from {addressee}</translation>
    </message>
    <message>
        <location filename="../case_view/reply_dialog.py" line="52"/>
        <source>&amp;Save reply</source>
        <translation>&amp;Save reply</translation>
    </message>
    <message>
        <location filename="../case_view/reply_dialog.py" line="56"/>
        <source>Reply &amp;received on:</source>
        <translation>Reply &amp;received on:</translation>
    </message>
    <message>
        <location filename="../case_view/reply_dialog.py" line="58"/>
        <source>What they answered, and what happens next</source>
        <translation>What they answered, and what happens next</translation>
    </message>
    <message>
        <location filename="../case_view/reply_dialog.py" line="59"/>
        <source>&amp;What they replied:</source>
        <translation>&amp;What they replied:</translation>
    </message>
</context>
<context>
    <name>ReportWindow</name>
    <message>
        <location filename="../reports/report_window.py" line="224"/>
        <location filename="../reports/report_window.py" line="334"/>
        <source>All offices</source>
        <translation>All offices</translation>
    </message>
    <message>
        <location filename="../reports/report_window.py" line="231"/>
        <source>Reports</source>
        <translation>Reports</translation>
    </message>
    <message>
        <location filename="../reports/report_window.py" line="233"/>
        <source>&amp;Office:</source>
        <translation>&amp;Office:</translation>
    </message>
    <message>
        <location filename="../reports/report_window.py" line="236"/>
        <source>&amp;Show</source>
        <translation>&amp;Show</translation>
    </message>
    <message>
        <location filename="../reports/report_window.py" line="237"/>
        <source>Compute the figures for this period (Enter)</source>
        <translation>Compute the figures for this period (Enter)</translation>
    </message>
    <message>
        <location filename="../reports/report_window.py" line="238"/>
        <source>&amp;Export…</source>
        <translation>&amp;Export…</translation>
    </message>
    <message>
        <location filename="../reports/report_window.py" line="239"/>
        <source>&amp;Excel (.xlsx)</source>
        <translation>&amp;Excel (.xlsx)</translation>
    </message>
    <message>
        <location filename="../reports/report_window.py" line="240"/>
        <source>&amp;CSV (.csv)</source>
        <translation>&amp;CSV (.csv)</translation>
    </message>
    <message>
        <location filename="../reports/report_window.py" line="241"/>
        <source>&amp;PDF (.pdf)</source>
        <translation>&amp;PDF (.pdf)</translation>
    </message>
    <message>
        <location filename="../reports/report_window.py" line="242"/>
        <source>Ta&amp;bles:</source>
        <translation>Ta&amp;bles:</translation>
    </message>
    <message>
        <location filename="../reports/report_window.py" line="243"/>
        <source>Tables</source>
        <translation>Tables</translation>
    </message>
    <message>
        <location filename="../reports/report_window.py" line="244"/>
        <source>Figures</source>
        <translation>Figures</translation>
    </message>
    <message>
        <location filename="../reports/report_window.py" line="245"/>
        <source>Chart</source>
        <translation>Chart</translation>
    </message>
    <message>
        <location filename="../reports/report_window.py" line="246"/>
        <location filename="../reports/report_window.py" line="418"/>
        <source>This table has no chart.</source>
        <translation>This table has no chart.</translation>
    </message>
    <message>
        <location filename="../reports/report_window.py" line="247"/>
        <source>&amp;Close</source>
        <translation>&amp;Close</translation>
    </message>
    <message>
        <location filename="../reports/report_window.py" line="262"/>
        <source>Reports are for the kepala seksi and the office administrator. Ask them for the figures you need.</source>
        <translation>Reports are for the kepala seksi and the office administrator. Ask them for the figures you need.</translation>
    </message>
    <message>
        <location filename="../reports/report_window.py" line="295"/>
        <source>Computing…</source>
        <translation>Computing…</translation>
    </message>
    <message>
        <location filename="../reports/report_window.py" line="335"/>
        <source>{office} — {period}</source>
        <translation>{office} — {period}</translation>
    </message>
    <message>
        <location filename="../reports/report_window.py" line="337"/>
        <source>Computed {when}</source>
        <translation>Computed {when}</translation>
    </message>
    <message>
        <location filename="../reports/report_window.py" line="409"/>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <location filename="../reports/report_window.py" line="416"/>
        <source>Nothing to count in this period.</source>
        <translation>Nothing to count in this period.</translation>
    </message>
</context>
<context>
    <name>ResetPasswordDialog</name>
    <message>
        <location filename="../password_dialog.py" line="211"/>
        <source>Reset password</source>
        <translation>Reset password</translation>
    </message>
    <message>
        <location filename="../password_dialog.py" line="213"/>
        <source>Set a new password for {name} ({username}). Give it to them in person; they can change it after logging in.</source>
        <translation>Set a new password for {name} ({username}). Give it to them in person; they can change it after logging in.</translation>
    </message>
    <message>
        <location filename="../password_dialog.py" line="215"/>
        <source>&amp;New password:</source>
        <translation>&amp;New password:</translation>
    </message>
    <message>
        <location filename="../password_dialog.py" line="216"/>
        <source>Con&amp;firm new password:</source>
        <translation>Con&amp;firm new password:</translation>
    </message>
</context>
<context>
    <name>RestoreDialog</name>
    <message>
        <location filename="../restore_dialog.py" line="43"/>
        <source>Restore from a backup</source>
        <translation>Restore from a backup</translation>
    </message>
    <message>
        <location filename="../restore_dialog.py" line="49"/>
        <source>The data on this PC is replaced by the backup; the current files are kept aside first. Log in with the administrator account of the backup.</source>
        <translation>The data on this PC is replaced by the backup; the current files are kept aside first. Log in with the administrator account of the backup.</translation>
    </message>
    <message>
        <location filename="../restore_dialog.py" line="53"/>
        <source>&amp;Choose…</source>
        <translation>&amp;Choose…</translation>
    </message>
    <message>
        <location filename="../restore_dialog.py" line="66"/>
        <source>Only for a backup of a PC enrolled with the server</source>
        <translation>Only for a backup of a PC enrolled with the server</translation>
    </message>
    <message>
        <location filename="../restore_dialog.py" line="69"/>
        <source>Backup &amp;file:</source>
        <translation>Backup &amp;file:</translation>
    </message>
    <message>
        <location filename="../restore_dialog.py" line="70"/>
        <source>Backup&apos;s &amp;administrator:</source>
        <translation>Backup&apos;s &amp;administrator:</translation>
    </message>
    <message>
        <location filename="../restore_dialog.py" line="71"/>
        <source>Pass&amp;word:</source>
        <translation>Pass&amp;word:</translation>
    </message>
    <message>
        <location filename="../restore_dialog.py" line="72"/>
        <source>New enrolment c&amp;ode:</source>
        <translation>New enrolment c&amp;ode:</translation>
    </message>
    <message>
        <location filename="../restore_dialog.py" line="83"/>
        <source>&amp;Restore</source>
        <translation>&amp;Restore</translation>
    </message>
    <message>
        <location filename="../restore_dialog.py" line="94"/>
        <source>Choose the backup</source>
        <translation>Choose the backup</translation>
    </message>
    <message>
        <location filename="../restore_dialog.py" line="95"/>
        <source>Halo TKI Desk backups (*.zip)</source>
        <translation>Halo TKI Desk backups (*.zip)</translation>
    </message>
    <message>
        <location filename="../restore_dialog.py" line="105"/>
        <source>Choose the backup file (.zip).</source>
        <translation>Choose the backup file (.zip).</translation>
    </message>
</context>
<context>
    <name>RestrictionDialog</name>
    <message>
        <location filename="../subject_access/restriction_dialog.py" line="44"/>
        <source>e.g. The worker asked in writing on 12/11/2026; letter scanned in the case</source>
        <translation>e.g. The worker asked in writing on 12/11/2026; letter scanned in the case</translation>
    </message>
    <message>
        <location filename="../subject_access/restriction_dialog.py" line="45"/>
        <source>&amp;Reason:</source>
        <translation>&amp;Reason:</translation>
    </message>
    <message>
        <location filename="../subject_access/restriction_dialog.py" line="46"/>
        <source>Required; at most {n} characters; kept in the records&apos; history.</source>
        <translation>Required; at most {n} characters; kept in the records&apos; history.</translation>
    </message>
    <message>
        <location filename="../subject_access/restriction_dialog.py" line="52"/>
        <source>Lift the restriction</source>
        <translation>Lift the restriction</translation>
    </message>
    <message>
        <location filename="../subject_access/restriction_dialog.py" line="53"/>
        <source>&amp;Lift the restriction</source>
        <translation>&amp;Lift the restriction</translation>
    </message>
    <message>
        <location filename="../subject_access/restriction_dialog.py" line="55"/>
        <source>Restrict processing</source>
        <translation>Restrict processing</translation>
    </message>
    <message>
        <location filename="../subject_access/restriction_dialog.py" line="56"/>
        <source>Restrict &amp;processing</source>
        <translation>Restrict &amp;processing</translation>
    </message>
    <message>
        <location filename="../subject_access/restriction_dialog.py" line="63"/>
        <source>This lifts the restriction from this person&apos;s records — cases: {cases}, information requests: {requests}. Staff will see them again in search, lists and exports.</source>
        <translation>This lifts the restriction from this person&apos;s records — cases: {cases}, information requests: {requests}. Staff will see them again in search, lists and exports.</translation>
    </message>
    <message>
        <location filename="../subject_access/restriction_dialog.py" line="67"/>
        <source>This restricts this person&apos;s records — cases: {cases}, information requests: {requests}. They disappear from search, lists and exports for everyone but supervisors, and each time a supervisor opens one it is recorded.</source>
        <translation>This restricts this person&apos;s records — cases: {cases}, information requests: {requests}. They disappear from search, lists and exports for everyone but supervisors, and each time a supervisor opens one it is recorded.</translation>
    </message>
    <message>
        <location filename="../subject_access/restriction_dialog.py" line="80"/>
        <source>Give the reason: it is kept in the records&apos; history.</source>
        <translation>Give the reason: it is kept in the records&apos; history.</translation>
    </message>
    <message>
        <location filename="../subject_access/restriction_dialog.py" line="82"/>
        <source>The reason is {n} characters long; at most {max} are kept. Shorten it.</source>
        <translation>The reason is {n} characters long; at most {max} are kept. Shorten it.</translation>
    </message>
</context>
<context>
    <name>ResultsView</name>
    <message>
        <location filename="../subject_access/results_view.py" line="110"/>
        <source>Case number</source>
        <translation>Case number</translation>
    </message>
    <message>
        <location filename="../subject_access/results_view.py" line="110"/>
        <location filename="../subject_access/results_view.py" line="113"/>
        <source>Received</source>
        <translation>Received</translation>
    </message>
    <message>
        <location filename="../subject_access/results_view.py" line="110"/>
        <source>Category</source>
        <translation>Category</translation>
    </message>
    <message>
        <location filename="../subject_access/results_view.py" line="110"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../subject_access/results_view.py" line="111"/>
        <source>The person is</source>
        <translation>The person is</translation>
    </message>
    <message>
        <location filename="../subject_access/results_view.py" line="111"/>
        <source>Attachments</source>
        <translation>Attachments</translation>
    </message>
    <message>
        <location filename="../subject_access/results_view.py" line="111"/>
        <location filename="../subject_access/results_view.py" line="114"/>
        <source>Restricted</source>
        <translation>Restricted</translation>
    </message>
    <message>
        <location filename="../subject_access/results_view.py" line="113"/>
        <source>Topic</source>
        <translation>Topic</translation>
    </message>
    <message>
        <location filename="../subject_access/results_view.py" line="113"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../subject_access/results_view.py" line="113"/>
        <source>Phone</source>
        <translation>Phone</translation>
    </message>
    <message>
        <location filename="../subject_access/results_view.py" line="115"/>
        <source>Cases</source>
        <translation>Cases</translation>
    </message>
    <message>
        <location filename="../subject_access/results_view.py" line="116"/>
        <source>Information requests</source>
        <translation>Information requests</translation>
    </message>
    <message>
        <location filename="../subject_access/results_view.py" line="123"/>
        <source>Type one of the person&apos;s identifiers above and press Enter.</source>
        <translation>Type one of the person&apos;s identifiers above and press Enter.</translation>
    </message>
    <message>
        <location filename="../subject_access/results_view.py" line="126"/>
        <source>No data about this person on this computer.</source>
        <translation>No data about this person on this computer.</translation>
    </message>
    <message>
        <location filename="../subject_access/results_view.py" line="130"/>
        <source>C&amp;ases ({n})</source>
        <translation>C&amp;ases ({n})</translation>
    </message>
    <message>
        <location filename="../subject_access/results_view.py" line="131"/>
        <source>Information re&amp;quests ({n})</source>
        <translation>Information re&amp;quests ({n})</translation>
    </message>
    <message>
        <location filename="../subject_access/results_view.py" line="146"/>
        <source>Held on this computer — cases: {cases}, information requests: {requests}, attachments: {files}.</source>
        <translation>Held on this computer — cases: {cases}, information requests: {requests}, attachments: {files}.</translation>
    </message>
    <message>
        <location filename="../subject_access/results_view.py" line="151"/>
        <source>Restricted — cases: {cases}, requests: {requests}.</source>
        <translation>Restricted — cases: {cases}, requests: {requests}.</translation>
    </message>
    <message>
        <location filename="../subject_access/results_view.py" line="166"/>
        <source>Worker (TKI)</source>
        <translation>Worker (TKI)</translation>
    </message>
    <message>
        <location filename="../subject_access/results_view.py" line="166"/>
        <source>Complainant</source>
        <translation>Complainant</translation>
    </message>
    <message>
        <location filename="../subject_access/results_view.py" line="195"/>
        <source>Yes, since {day}</source>
        <translation>Yes, since {day}</translation>
    </message>
    <message>
        <location filename="../subject_access/results_view.py" line="196"/>
        <source>Reason: {reason}</source>
        <translation>Reason: {reason}</translation>
    </message>
</context>
<context>
    <name>SearchForm</name>
    <message>
        <location filename="../subject_access/search_form.py" line="64"/>
        <source>N&amp;IK:</source>
        <translation>N&amp;IK:</translation>
    </message>
    <message>
        <location filename="../subject_access/search_form.py" line="64"/>
        <source>&amp;Passport:</source>
        <translation>&amp;Passport:</translation>
    </message>
    <message>
        <location filename="../subject_access/search_form.py" line="65"/>
        <source>P&amp;hone:</source>
        <translation>P&amp;hone:</translation>
    </message>
    <message>
        <location filename="../subject_access/search_form.py" line="65"/>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <location filename="../subject_access/search_form.py" line="66"/>
        <source>&amp;Date of birth:</source>
        <translation>&amp;Date of birth:</translation>
    </message>
    <message>
        <location filename="../subject_access/search_form.py" line="68"/>
        <source>16 digits</source>
        <translation>16 digits</translation>
    </message>
    <message>
        <location filename="../subject_access/search_form.py" line="69"/>
        <source>e.g. B1234567</source>
        <translation>e.g. B1234567</translation>
    </message>
    <message>
        <location filename="../subject_access/search_form.py" line="70"/>
        <source>e.g. 0812 3456 7890</source>
        <translation>e.g. 0812 3456 7890</translation>
    </message>
    <message>
        <location filename="../subject_access/search_form.py" line="71"/>
        <source>Only with the date of birth</source>
        <translation>Only with the date of birth</translation>
    </message>
    <message>
        <location filename="../subject_access/search_form.py" line="87"/>
        <source>Give the date of birth too: a name alone may belong to another person.</source>
        <translation>Give the date of birth too: a name alone may belong to another person.</translation>
    </message>
    <message>
        <location filename="../subject_access/search_form.py" line="91"/>
        <source>Give the name too: a date of birth alone does not say who the person is.</source>
        <translation>Give the name too: a date of birth alone does not say who the person is.</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../settings_dialog.py" line="65"/>
        <source>Settings</source>
        <translation>Settings</translation>
    </message>
    <message>
        <location filename="../settings_dialog.py" line="66"/>
        <source>&amp;Language:</source>
        <translation>&amp;Language:</translation>
    </message>
    <message>
        <location filename="../settings_dialog.py" line="67"/>
        <source>The language of the screens, messages and lists on this PC.</source>
        <translation>The language of the screens, messages and lists on this PC.</translation>
    </message>
    <message>
        <location filename="../settings_dialog.py" line="68"/>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <location filename="../settings_dialog.py" line="69"/>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>SetupChoice</name>
    <message>
        <location filename="../first_run_enrol.py" line="34"/>
        <source>How is this PC set up?</source>
        <translation>How is this PC set up?</translation>
    </message>
    <message>
        <location filename="../first_run_enrol.py" line="35"/>
        <source>&amp;Enrol with the central server</source>
        <translation>&amp;Enrol with the central server</translation>
    </message>
    <message>
        <location filename="../first_run_enrol.py" line="37"/>
        <source>With the server address and the one-time enrolment code from central. The office and this PC&apos;s letter come from the server; central accounts can then log in here.</source>
        <translation>With the server address and the one-time enrolment code from central. The office and this PC&apos;s letter come from the server; central accounts can then log in here.</translation>
    </message>
    <message>
        <location filename="../first_run_enrol.py" line="39"/>
        <source>&amp;This PC only, without the central server</source>
        <translation>&amp;This PC only, without the central server</translation>
    </message>
    <message>
        <location filename="../first_run_enrol.py" line="41"/>
        <source>Choose the office yourself. The data stays on this PC.</source>
        <translation>Choose the office yourself. The data stays on this PC.</translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <location filename="../help/dialogs.py" line="93"/>
        <source>Keyboard shortcuts</source>
        <translation>Keyboard shortcuts</translation>
    </message>
    <message>
        <location filename="../help/dialogs.py" line="96"/>
        <source>Menu</source>
        <translation>Menu</translation>
    </message>
    <message>
        <location filename="../help/dialogs.py" line="96"/>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <location filename="../help/dialogs.py" line="97"/>
        <source>Keys</source>
        <translation>Keys</translation>
    </message>
</context>
<context>
    <name>StartupFlow</name>
    <message>
        <location filename="../startup_flow.py" line="146"/>
        <source>Halo TKI Desk will close now.</source>
        <translation>Halo TKI Desk will close now.</translation>
    </message>
    <message>
        <location filename="../startup_flow.py" line="148"/>
        <source>Halo TKI Desk</source>
        <translation>Halo TKI Desk</translation>
    </message>
</context>
<context>
    <name>StatusDialog</name>
    <message>
        <location filename="../case_view/status_dialog.py" line="48"/>
        <source>Only a supervisor can reopen a closed case.</source>
        <translation>Only a supervisor can reopen a closed case.</translation>
    </message>
    <message>
        <location filename="../case_view/status_dialog.py" line="50"/>
        <source>Your role cannot change the status of a case.</source>
        <translation>Your role cannot change the status of a case.</translation>
    </message>
    <message>
        <location filename="../case_view/status_dialog.py" line="75"/>
        <source>Change status of {number}</source>
        <translation>Change status of {number}</translation>
    </message>
    <message>
        <location filename="../case_view/status_dialog.py" line="156"/>
        <source>&amp;Propose closure…</source>
        <translation>&amp;Propose closure…</translation>
    </message>
    <message>
        <location filename="../case_view/status_dialog.py" line="158"/>
        <source>A closure proposed by {name} is already waiting for a supervisor&apos;s approval.</source>
        <translation>A closure proposed by {name} is already waiting for a supervisor&apos;s approval.</translation>
    </message>
    <message>
        <location filename="../case_view/status_dialog.py" line="162"/>
        <source>Only a supervisor resolves or closes a case. Propose it instead: you give the outcome and a summary, and a supervisor approves it or returns it to you with a note.</source>
        <translation>Only a supervisor resolves or closes a case. Propose it instead: you give the outcome and a summary, and a supervisor approves it or returns it to you with a note.</translation>
    </message>
    <message>
        <location filename="../case_view/status_dialog.py" line="166"/>
        <source>&amp;Change status</source>
        <translation>&amp;Change status</translation>
    </message>
    <message>
        <location filename="../case_view/status_dialog.py" line="88"/>
        <source>Current status:</source>
        <translation>Current status:</translation>
    </message>
    <message>
        <location filename="../case_view/status_dialog.py" line="93"/>
        <source>{status} — propose to a supervisor</source>
        <translation>{status} — propose to a supervisor</translation>
    </message>
    <message>
        <location filename="../case_view/status_dialog.py" line="95"/>
        <source>&amp;New status:</source>
        <translation>&amp;New status:</translation>
    </message>
    <message>
        <location filename="../case_view/status_dialog.py" line="97"/>
        <source>&amp;Outcome:</source>
        <translation>&amp;Outcome:</translation>
    </message>
    <message>
        <location filename="../case_view/status_dialog.py" line="99"/>
        <source>Number of the case that is kept</source>
        <translation>Number of the case that is kept</translation>
    </message>
    <message>
        <location filename="../case_view/status_dialog.py" line="100"/>
        <source>&amp;Duplicate of case:</source>
        <translation>&amp;Duplicate of case:</translation>
    </message>
    <message>
        <location filename="../case_view/status_dialog.py" line="102"/>
        <source>Optional: why the status changes</source>
        <translation>Optional: why the status changes</translation>
    </message>
    <message>
        <location filename="../case_view/status_dialog.py" line="103"/>
        <source>No&amp;te:</source>
        <translation>No&amp;te:</translation>
    </message>
    <message>
        <location filename="../case_view/status_dialog.py" line="112"/>
        <source>Go to the &amp;Referrals tab</source>
        <translation>Go to the &amp;Referrals tab</translation>
    </message>
    <message>
        <location filename="../case_view/status_dialog.py" line="127"/>
        <source>— choose —</source>
        <translation>— choose —</translation>
    </message>
    <message>
        <location filename="../case_view/status_dialog.py" line="168"/>
        <source>{name} proposed to close this case. Closing it here sets that proposal aside; to agree with it, use Approve / return proposal (Handling menu).</source>
        <translation>{name} proposed to close this case. Closing it here sets that proposal aside; to agree with it, use Approve / return proposal (Handling menu).</translation>
    </message>
    <message>
        <location filename="../case_view/status_dialog.py" line="172"/>
        <source>You close this case yourself: the timeline will record that nobody else approved it.</source>
        <translation>You close this case yourself: the timeline will record that nobody else approved it.</translation>
    </message>
</context>
<context>
    <name>SubjectAccessWindow</name>
    <message>
        <location filename="../subject_access/subject_window.py" line="132"/>
        <source>Personal data of a person</source>
        <translation>Personal data of a person</translation>
    </message>
    <message>
        <location filename="../subject_access/subject_window.py" line="134"/>
        <source>Under the Personal Data Protection Law (UU PDP), a person may ask what this office holds about them, have it corrected, and have its processing restricted. Find the person here to hand them their data or to restrict it. Corrections are made in the case itself (double-click it).</source>
        <translation>Under the Personal Data Protection Law (UU PDP), a person may ask what this office holds about them, have it corrected, and have its processing restricted. Find the person here to hand them their data or to restrict it. Corrections are made in the case itself (double-click it).</translation>
    </message>
    <message>
        <location filename="../subject_access/subject_window.py" line="139"/>
        <source>&amp;Search</source>
        <translation>&amp;Search</translation>
    </message>
    <message>
        <location filename="../subject_access/subject_window.py" line="140"/>
        <source>Find everything held about this person (Enter)</source>
        <translation>Find everything held about this person (Enter)</translation>
    </message>
    <message>
        <location filename="../subject_access/subject_window.py" line="141"/>
        <source>Cl&amp;ear</source>
        <translation>Cl&amp;ear</translation>
    </message>
    <message>
        <location filename="../subject_access/subject_window.py" line="142"/>
        <source>Save PD&amp;F for the person…</source>
        <translation>Save PD&amp;F for the person…</translation>
    </message>
    <message>
        <location filename="../subject_access/subject_window.py" line="143"/>
        <source>in:</source>
        <translation>in:</translation>
    </message>
    <message>
        <location filename="../subject_access/subject_window.py" line="144"/>
        <source>Language of the PDF</source>
        <translation>Language of the PDF</translation>
    </message>
    <message>
        <location filename="../subject_access/subject_window.py" line="145"/>
        <source>Save &amp;JSON…</source>
        <translation>Save &amp;JSON…</translation>
    </message>
    <message>
        <location filename="../subject_access/subject_window.py" line="146"/>
        <source>&amp;Restrict processing…</source>
        <translation>&amp;Restrict processing…</translation>
    </message>
    <message>
        <location filename="../subject_access/subject_window.py" line="148"/>
        <source>Hide these records from search, lists and exports for everyone but supervisors</source>
        <translation>Hide these records from search, lists and exports for everyone but supervisors</translation>
    </message>
    <message>
        <location filename="../subject_access/subject_window.py" line="149"/>
        <source>&amp;Lift the restriction…</source>
        <translation>&amp;Lift the restriction…</translation>
    </message>
    <message>
        <location filename="../subject_access/subject_window.py" line="150"/>
        <source>&amp;Close</source>
        <translation>&amp;Close</translation>
    </message>
    <message>
        <location filename="../subject_access/subject_window.py" line="163"/>
        <source>Only the kepala seksi and the office administrator may look up everything held about a person.</source>
        <translation>Only the kepala seksi and the office administrator may look up everything held about a person.</translation>
    </message>
    <message>
        <location filename="../subject_access/subject_window.py" line="186"/>
        <source>Searching…</source>
        <translation>Searching…</translation>
    </message>
    <message>
        <location filename="../subject_access/subject_window.py" line="267"/>
        <source>Records no longer restricted: {n}.</source>
        <translation>Records no longer restricted: {n}.</translation>
    </message>
    <message>
        <location filename="../subject_access/subject_window.py" line="268"/>
        <source>Records restricted: {n}.</source>
        <translation>Records restricted: {n}.</translation>
    </message>
</context>
<context>
    <name>SubjectExport</name>
    <message>
        <location filename="../subject_access/export.py" line="42"/>
        <source>PDF files (*.pdf)</source>
        <translation>PDF files (*.pdf)</translation>
    </message>
    <message>
        <location filename="../subject_access/export.py" line="42"/>
        <source>JSON files (*.json)</source>
        <translation>JSON files (*.json)</translation>
    </message>
    <message>
        <location filename="../subject_access/export.py" line="47"/>
        <source>Save the PDF for the person</source>
        <translation>Save the PDF for the person</translation>
    </message>
    <message>
        <location filename="../subject_access/export.py" line="48"/>
        <source>Save as JSON</source>
        <translation>Save as JSON</translation>
    </message>
    <message>
        <location filename="../subject_access/export.py" line="80"/>
        <source>Saved to:
{path}

It holds personal data: hand it only to the person or to whom they authorised, and delete your copy when it is no longer needed.</source>
        <translation>Saved to:
{path}

It holds personal data: hand it only to the person or to whom they authorised, and delete your copy when it is no longer needed.</translation>
    </message>
    <message>
        <location filename="../subject_access/export.py" line="83"/>
        <source>Personal data saved</source>
        <translation>Personal data saved</translation>
    </message>
    <message>
        <location filename="../subject_access/export.py" line="84"/>
        <source>&amp;Open folder</source>
        <translation>&amp;Open folder</translation>
    </message>
</context>
<context>
    <name>SummonsDialog</name>
    <message>
        <location filename="../case_view/summons_dialog.py" line="24"/>
        <source>Summon the placement agency — {number}</source>
        <translation>Summon the placement agency — {number}</translation>
    </message>
    <message>
        <location filename="../case_view/summons_dialog.py" line="26"/>
        <source>&amp;Save summons</source>
        <translation>&amp;Save summons</translation>
    </message>
    <message>
        <location filename="../case_view/summons_dialog.py" line="34"/>
        <source>&amp;Agency (PPTKIS):</source>
        <translation>&amp;Agency (PPTKIS):</translation>
    </message>
    <message>
        <location filename="../case_view/summons_dialog.py" line="41"/>
        <source>Named at intake: {name}</source>
        <translation>Named at intake: {name}</translation>
    </message>
    <message>
        <location filename="../case_view/summons_dialog.py" line="53"/>
        <source>e.g. B.45/BP3TKI-SBY/XII/2026</source>
        <translation>e.g. B.45/BP3TKI-SBY/XII/2026</translation>
    </message>
    <message>
        <location filename="../case_view/summons_dialog.py" line="54"/>
        <source>&amp;Letter number:</source>
        <translation>&amp;Letter number:</translation>
    </message>
    <message>
        <location filename="../case_view/summons_dialog.py" line="59"/>
        <source>Meeting &amp;date:</source>
        <translation>Meeting &amp;date:</translation>
    </message>
    <message>
        <location filename="../case_view/summons_dialog.py" line="61"/>
        <source>e.g. 09.30</source>
        <translation>e.g. 09.30</translation>
    </message>
    <message>
        <location filename="../case_view/summons_dialog.py" line="63"/>
        <source>Meeting &amp;time ({zone}):</source>
        <translation>Meeting &amp;time ({zone}):</translation>
    </message>
    <message>
        <location filename="../case_view/summons_dialog.py" line="66"/>
        <source>&amp;Place:</source>
        <translation>&amp;Place:</translation>
    </message>
    <message>
        <location filename="../case_view/summons_dialog.py" line="73"/>
        <source>{name} did not attend {count} earlier summonses and is flagged in the directory. You can still summon it; tell your supervisor.</source>
        <translation>{name} did not attend {count} earlier summonses and is flagged in the directory. You can still summon it; tell your supervisor.</translation>
    </message>
</context>
<context>
    <name>SummonsOutcomeDialog</name>
    <message>
        <location filename="../case_view/summons_outcome_dialog.py" line="22"/>
        <source>Outcome of the meeting with {agency}</source>
        <translation>Outcome of the meeting with {agency}</translation>
    </message>
    <message>
        <location filename="../case_view/summons_outcome_dialog.py" line="24"/>
        <source>&amp;Save outcome</source>
        <translation>&amp;Save outcome</translation>
    </message>
    <message>
        <location filename="../case_view/summons_outcome_dialog.py" line="26"/>
        <source>Meeting {when} · {place}</source>
        <translation>Meeting {when} · {place}</translation>
    </message>
    <message>
        <location filename="../case_view/summons_outcome_dialog.py" line="35"/>
        <source>&amp;Attendance:</source>
        <translation>&amp;Attendance:</translation>
    </message>
    <message>
        <location filename="../case_view/summons_outcome_dialog.py" line="38"/>
        <source>What the agency said or agreed to do, e.g. return the passport by Friday</source>
        <translation>What the agency said or agreed to do, e.g. return the passport by Friday</translation>
    </message>
    <message>
        <location filename="../case_view/summons_outcome_dialog.py" line="40"/>
        <source>&amp;Result:</source>
        <translation>&amp;Result:</translation>
    </message>
</context>
<context>
    <name>SyncLogDialog</name>
    <message>
        <location filename="../sync/log_dialog.py" line="20"/>
        <source>Sync history</source>
        <translation>Sync history</translation>
    </message>
    <message>
        <location filename="../sync/log_dialog.py" line="22"/>
        <source>Each synchronisation with the central server, newest first. Times are in the office&apos;s time zone ({tz}).</source>
        <translation>Each synchronisation with the central server, newest first. Times are in the office&apos;s time zone ({tz}).</translation>
    </message>
    <message>
        <location filename="../sync/log_dialog.py" line="26"/>
        <source>When</source>
        <translation>When</translation>
    </message>
    <message>
        <location filename="../sync/log_dialog.py" line="26"/>
        <source>Result</source>
        <translation>Result</translation>
    </message>
    <message>
        <location filename="../sync/log_dialog.py" line="26"/>
        <source>Sent</source>
        <translation>Sent</translation>
    </message>
    <message>
        <location filename="../sync/log_dialog.py" line="26"/>
        <source>Received</source>
        <translation>Received</translation>
    </message>
    <message>
        <location filename="../sync/log_dialog.py" line="27"/>
        <source>Data</source>
        <translation>Data</translation>
    </message>
    <message>
        <location filename="../sync/log_dialog.py" line="27"/>
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
    <message>
        <location filename="../sync/log_dialog.py" line="33"/>
        <source>No synchronisation has run on this computer yet.</source>
        <translation>No synchronisation has run on this computer yet.</translation>
    </message>
    <message>
        <location filename="../sync/log_dialog.py" line="43"/>
        <source>{n} requests to the server</source>
        <translation>{n} requests to the server</translation>
    </message>
    <message>
        <location filename="../sync/log_dialog.py" line="45"/>
        <source>Started {start}, finished {end}</source>
        <translation>Started {start}, finished {end}</translation>
    </message>
    <message>
        <location filename="../sync/log_dialog.py" line="48"/>
        <source>Changes sent to the server</source>
        <translation>Changes sent to the server</translation>
    </message>
    <message>
        <location filename="../sync/log_dialog.py" line="49"/>
        <source>Changes received from the server</source>
        <translation>Changes received from the server</translation>
    </message>
</context>
<context>
    <name>SyncText</name>
    <message>
        <location filename="../sync/describe.py" line="28"/>
        <source>Sending</source>
        <translation>Sending</translation>
    </message>
    <message>
        <location filename="../sync/describe.py" line="29"/>
        <source>Receiving</source>
        <translation>Receiving</translation>
    </message>
    <message>
        <location filename="../sync/describe.py" line="30"/>
        <source>Checking</source>
        <translation>Checking</translation>
    </message>
    <message>
        <location filename="../sync/describe.py" line="31"/>
        <source>Restoring</source>
        <translation>Restoring</translation>
    </message>
    <message>
        <location filename="../sync/describe.py" line="32"/>
        <source>Uploading attachments</source>
        <translation>Uploading attachments</translation>
    </message>
    <message>
        <location filename="../sync/describe.py" line="33"/>
        <source>Downloading attachment</source>
        <translation>Downloading attachment</translation>
    </message>
    <message>
        <location filename="../sync/describe.py" line="34"/>
        <source>Receiving cases</source>
        <translation>Receiving cases</translation>
    </message>
    <message>
        <location filename="../sync/describe.py" line="37"/>
        <source>Succeeded</source>
        <translation>Succeeded</translation>
    </message>
    <message>
        <location filename="../sync/describe.py" line="38"/>
        <source>Done, but this computer&apos;s clock is wrong</source>
        <translation>Done, but this computer&apos;s clock is wrong</translation>
    </message>
    <message>
        <location filename="../sync/describe.py" line="39"/>
        <source>Offline: the server could not be reached</source>
        <translation>Offline: the server could not be reached</translation>
    </message>
    <message>
        <location filename="../sync/describe.py" line="40"/>
        <location filename="../sync/describe.py" line="229"/>
        <source>Access revoked</source>
        <translation>Access revoked</translation>
    </message>
    <message>
        <location filename="../sync/describe.py" line="41"/>
        <source>Failed</source>
        <translation>Failed</translation>
    </message>
    <message>
        <location filename="../sync/describe.py" line="48"/>
        <source>Synchronising</source>
        <translation>Synchronising</translation>
    </message>
    <message>
        <location filename="../sync/describe.py" line="94"/>
        <source>All changes sent</source>
        <translation>All changes sent</translation>
    </message>
    <message>
        <location filename="../sync/describe.py" line="96"/>
        <source>1 change waiting to be sent</source>
        <translation>1 change waiting to be sent</translation>
    </message>
    <message>
        <location filename="../sync/describe.py" line="97"/>
        <source>{n} changes waiting to be sent</source>
        <translation>{n} changes waiting to be sent</translation>
    </message>
    <message>
        <location filename="../sync/describe.py" line="122"/>
        <source>Receiving cases: {done} of {total}</source>
        <translation>Receiving cases: {done} of {total}</translation>
    </message>
    <message>
        <location filename="../sync/describe.py" line="140"/>
        <source>Only on this computer</source>
        <translation>Only on this computer</translation>
    </message>
    <message>
        <location filename="../sync/describe.py" line="141"/>
        <source>Not connected to a server: the data is kept on this computer only.</source>
        <translation>Not connected to a server: the data is kept on this computer only.</translation>
    </message>
    <message>
        <location filename="../sync/describe.py" line="149"/>
        <location filename="../sync/describe.py" line="190"/>
        <source>Connecting…</source>
        <translation>Connecting…</translation>
    </message>
    <message>
        <location filename="../sync/describe.py" line="152"/>
        <source>Last sync: {when}</source>
        <translation>Last sync: {when}</translation>
    </message>
    <message>
        <location filename="../sync/describe.py" line="153"/>
        <source>Not synchronised yet</source>
        <translation>Not synchronised yet</translation>
    </message>
    <message>
        <location filename="../sync/describe.py" line="158"/>
        <source>Sync stopped after an unexpected error; your data is safe on this computer. Close and reopen the application; if it happens again, tell the office IT (the log file has the details).</source>
        <translation>Sync stopped after an unexpected error; your data is safe on this computer. Close and reopen the application; if it happens again, tell the office IT (the log file has the details).</translation>
    </message>
    <message>
        <location filename="../sync/describe.py" line="162"/>
        <source>Sync stopped</source>
        <translation>Sync stopped</translation>
    </message>
    <message>
        <location filename="../sync/describe.py" line="168"/>
        <source>It is about 1 minute ahead of the server.</source>
        <translation>It is about 1 minute ahead of the server.</translation>
    </message>
    <message>
        <location filename="../sync/describe.py" line="170"/>
        <source>It is about {n} minutes ahead of the server.</source>
        <translation>It is about {n} minutes ahead of the server.</translation>
    </message>
    <message>
        <location filename="../sync/describe.py" line="172"/>
        <source>This computer&apos;s clock is wrong; correct the date and time.</source>
        <translation>This computer&apos;s clock is wrong; correct the date and time.</translation>
    </message>
    <message>
        <location filename="../sync/describe.py" line="174"/>
        <source>Clock wrong</source>
        <translation>Clock wrong</translation>
    </message>
    <message>
        <location filename="../sync/describe.py" line="177"/>
        <source>Your data is safe on this computer and will be sent when the connection returns.</source>
        <translation>Your data is safe on this computer and will be sent when the connection returns.</translation>
    </message>
    <message>
        <location filename="../sync/describe.py" line="218"/>
        <source>Reason: {reason}. The data on this computer can still be read.</source>
        <translation>Reason: {reason}. The data on this computer can still be read.</translation>
    </message>
    <message>
        <location filename="../sync/describe.py" line="221"/>
        <source>The data on this computer can still be read.</source>
        <translation>The data on this computer can still be read.</translation>
    </message>
    <message>
        <location filename="../sync/describe.py" line="179"/>
        <source>Offline</source>
        <translation>Offline</translation>
    </message>
    <message>
        <location filename="../sync/describe.py" line="182"/>
        <source>Sync will try again by itself.</source>
        <translation>Sync will try again by itself.</translation>
    </message>
    <message>
        <location filename="../sync/describe.py" line="184"/>
        <source>Sync failed</source>
        <translation>Sync failed</translation>
    </message>
    <message>
        <location filename="../sync/describe.py" line="188"/>
        <source>Synchronising…</source>
        <translation>Synchronising…</translation>
    </message>
    <message>
        <location filename="../sync/describe.py" line="192"/>
        <source>Online</source>
        <translation>Online</translation>
    </message>
    <message>
        <location filename="../sync/describe.py" line="200"/>
        <source>1 conflict to resolve</source>
        <translation>1 conflict to resolve</translation>
    </message>
    <message>
        <location filename="../sync/describe.py" line="202"/>
        <source>{n} conflicts to resolve</source>
        <translation>{n} conflicts to resolve</translation>
    </message>
    <message>
        <location filename="../sync/describe.py" line="205"/>
        <source>1 change refused</source>
        <translation>1 change refused</translation>
    </message>
    <message>
        <location filename="../sync/describe.py" line="207"/>
        <source>{n} changes refused</source>
        <translation>{n} changes refused</translation>
    </message>
    <message>
        <location filename="../sync/describe.py" line="225"/>
        <source>1 change not sent</source>
        <translation>1 change not sent</translation>
    </message>
    <message>
        <location filename="../sync/describe.py" line="227"/>
        <source>{n} changes not sent</source>
        <translation>{n} changes not sent</translation>
    </message>
</context>
<context>
    <name>TableDialog</name>
    <message>
        <location filename="../sync/table_dialog.py" line="54"/>
        <source>&amp;Refresh</source>
        <translation>&amp;Refresh</translation>
    </message>
</context>
<context>
    <name>TimelineView</name>
    <message>
        <location filename="../case_view/timeline_view.py" line="67"/>
        <source>Status: {old} → {new}</source>
        <translation>Status: {old} → {new}</translation>
    </message>
    <message>
        <location filename="../case_view/timeline_view.py" line="81"/>
        <source>Handling officer removed: {name}</source>
        <translation>Handling officer removed: {name}</translation>
    </message>
    <message>
        <location filename="../case_view/timeline_view.py" line="101"/>
        <source>Channel: {channel}</source>
        <translation>Channel: {channel}</translation>
    </message>
    <message>
        <location filename="../case_view/timeline_view.py" line="104"/>
        <source>Next contact due {date}</source>
        <translation>Next contact due {date}</translation>
    </message>
    <message>
        <location filename="../case_view/timeline_view.py" line="108"/>
        <location filename="../case_view/timeline_view.py" line="127"/>
        <source>Duplicate of {number}</source>
        <translation>Duplicate of {number}</translation>
    </message>
    <message>
        <location filename="../case_view/timeline_view.py" line="126"/>
        <source>Related to case {number}</source>
        <translation>Related to case {number}</translation>
    </message>
    <message>
        <location filename="../case_view/timeline_view.py" line="128"/>
        <source>Kept; case {number} is its duplicate</source>
        <translation>Kept; case {number} is its duplicate</translation>
    </message>
    <message>
        <location filename="../case_view/timeline_view.py" line="130"/>
        <source>Checked: not the same as case {number}</source>
        <translation>Checked: not the same as case {number}</translation>
    </message>
    <message>
        <location filename="../case_view/timeline_view.py" line="143"/>
        <source>The account was removed from this PC: the case waits for a new handling officer.</source>
        <translation>The account was removed from this PC: the case waits for a new handling officer.</translation>
    </message>
    <message>
        <location filename="../case_view/timeline_view.py" line="147"/>
        <source>Unassigned by {name}</source>
        <translation>Unassigned by {name}</translation>
    </message>
    <message>
        <location filename="../case_view/timeline_view.py" line="150"/>
        <source>Taken by {name} for themselves</source>
        <translation>Taken by {name} for themselves</translation>
    </message>
    <message>
        <location filename="../case_view/timeline_view.py" line="152"/>
        <source>Assigned by {name}</source>
        <translation>Assigned by {name}</translation>
    </message>
    <message>
        <location filename="../case_view/timeline_view.py" line="155"/>
        <source>The proposal by {proposer} was set aside: {name} closed the case directly</source>
        <translation>The proposal by {proposer} was set aside: {name} closed the case directly</translation>
    </message>
    <message>
        <location filename="../case_view/timeline_view.py" line="158"/>
        <source>Proposal by {proposer} returned by {name}</source>
        <translation>Proposal by {proposer} returned by {name}</translation>
    </message>
    <message>
        <location filename="../case_view/timeline_view.py" line="163"/>
        <source>Proposed by {proposer}, approved by {name}</source>
        <translation>Proposed by {proposer}, approved by {name}</translation>
    </message>
    <message>
        <location filename="../case_view/timeline_view.py" line="168"/>
        <source>Closed directly by {name}, without anyone else&apos;s approval</source>
        <translation>Closed directly by {name}, without anyone else&apos;s approval</translation>
    </message>
    <message>
        <location filename="../case_view/timeline_view.py" line="198"/>
        <source>Tried to reach {name}</source>
        <translation>Tried to reach {name}</translation>
    </message>
    <message>
        <location filename="../case_view/timeline_view.py" line="200"/>
        <source>Spoke with {name}</source>
        <translation>Spoke with {name}</translation>
    </message>
    <message>
        <location filename="../case_view/timeline_view.py" line="224"/>
        <source>Timeline</source>
        <translation>Timeline</translation>
    </message>
    <message>
        <location filename="../case_view/timeline_view.py" line="249"/>
        <source>Nothing recorded yet.</source>
        <translation>Nothing recorded yet.</translation>
    </message>
</context>
<context>
    <name>UrgentDialog</name>
    <message>
        <location filename="../case_view/urgent_dialog.py" line="29"/>
        <source>Flag {number} urgent</source>
        <translation>Flag {number} urgent</translation>
    </message>
    <message>
        <location filename="../case_view/urgent_dialog.py" line="30"/>
        <source>&amp;Flag urgent</source>
        <translation>&amp;Flag urgent</translation>
    </message>
    <message>
        <location filename="../case_view/urgent_dialog.py" line="31"/>
        <source>Urgent cases go to the top of every list. Say why, so whoever opens the case next understands at once.</source>
        <translation>Urgent cases go to the top of every list. Say why, so whoever opens the case next understands at once.</translation>
    </message>
    <message>
        <location filename="../case_view/urgent_dialog.py" line="35"/>
        <source>e.g. The worker is held by the employer and threatened</source>
        <translation>e.g. The worker is held by the employer and threatened</translation>
    </message>
    <message>
        <location filename="../case_view/urgent_dialog.py" line="37"/>
        <source>&amp;Reason:</source>
        <translation>&amp;Reason:</translation>
    </message>
    <message>
        <location filename="../case_view/urgent_dialog.py" line="41"/>
        <source>Clear the urgent flag of {number}</source>
        <translation>Clear the urgent flag of {number}</translation>
    </message>
    <message>
        <location filename="../case_view/urgent_dialog.py" line="43"/>
        <source>&amp;Clear flag</source>
        <translation>&amp;Clear flag</translation>
    </message>
    <message>
        <location filename="../case_view/urgent_dialog.py" line="47"/>
        <source>Flagged because:</source>
        <translation>Flagged because:</translation>
    </message>
    <message>
        <location filename="../case_view/urgent_dialog.py" line="50"/>
        <source>The case stays urgent: its category ({category}) is urgent by itself.</source>
        <translation>The case stays urgent: its category ({category}) is urgent by itself.</translation>
    </message>
    <message>
        <location filename="../case_view/urgent_dialog.py" line="55"/>
        <source>Optional: why it is no longer urgent</source>
        <translation>Optional: why it is no longer urgent</translation>
    </message>
    <message>
        <location filename="../case_view/urgent_dialog.py" line="56"/>
        <source>N&amp;ote:</source>
        <translation>N&amp;ote:</translation>
    </message>
</context>
<context>
    <name>WithdrawDialog</name>
    <message>
        <location filename="../case_view/reply_dialog.py" line="76"/>
        <source>Withdraw the referral to {addressee}</source>
        <translation>Withdraw the referral to {addressee}</translation>
    </message>
    <message>
        <location filename="../case_view/reply_dialog.py" line="78"/>
        <source>&amp;Withdraw referral</source>
        <translation>&amp;Withdraw referral</translation>
    </message>
    <message>
        <location filename="../case_view/reply_dialog.py" line="81"/>
        <source>Why it is withdrawn (optional)</source>
        <translation>Why it is withdrawn (optional)</translation>
    </message>
    <message>
        <location filename="../case_view/reply_dialog.py" line="82"/>
        <source>&amp;Note:</source>
        <translation>&amp;Note:</translation>
    </message>
</context>
<context>
    <name>_PasswordForm</name>
    <message>
        <location filename="../password_dialog.py" line="78"/>
        <source>The two new passwords do not match.</source>
        <translation>The two new passwords do not match.</translation>
    </message>
    <message>
        <location filename="../password_dialog.py" line="135"/>
        <source>&amp;Save</source>
        <translation>&amp;Save</translation>
    </message>
    <message>
        <location filename="../password_dialog.py" line="136"/>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../password_dialog.py" line="138"/>
        <source>at least {n} characters</source>
        <translation>at least {n} characters</translation>
    </message>
</context>
</TS>
