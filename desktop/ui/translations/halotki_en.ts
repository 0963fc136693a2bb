<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>AccountsDialog</name>
    <message>
        <location filename="../accounts_dialog.py" line="134"/>
        <source>Yes</source>
        <translation>Yes</translation>
    </message>
    <message>
        <location filename="../accounts_dialog.py" line="134"/>
        <source>No (removed)</source>
        <translation>No (removed)</translation>
    </message>
    <message>
        <location filename="../accounts_dialog.py" line="175"/>
        <source>The password of {username} was reset.</source>
        <translation>The password of {username} was reset.</translation>
    </message>
    <message>
        <location filename="../accounts_dialog.py" line="183"/>
        <source>Remove account</source>
        <translation>Remove account</translation>
    </message>
    <message>
        <location filename="../accounts_dialog.py" line="184"/>
        <source>Remove the account of {name} ({username})?

They will no longer be able to log in on this PC. What they recorded stays in the cases and the audit trail.</source>
        <translation>Remove the account of {name} ({username})?

They will no longer be able to log in on this PC. What they recorded stays in the cases and the audit trail.</translation>
    </message>
    <message>
        <location filename="../accounts_dialog.py" line="199"/>
        <source>The account {username} was removed.</source>
        <translation>The account {username} was removed.</translation>
    </message>
    <message>
        <location filename="../accounts_dialog.py" line="229"/>
        <source>Staff accounts</source>
        <translation>Staff accounts</translation>
    </message>
    <message>
        <location filename="../accounts_dialog.py" line="231"/>
        <source>Each person logs in with their own account; what they record is signed with it. Remove the account of someone who leaves the office.</source>
        <translation>Each person logs in with their own account; what they record is signed with it. Remove the account of someone who leaves the office.</translation>
    </message>
    <message>
        <location filename="../accounts_dialog.py" line="234"/>
        <source>Username</source>
        <translation>Username</translation>
    </message>
    <message>
        <location filename="../accounts_dialog.py" line="234"/>
        <source>Full name</source>
        <translation>Full name</translation>
    </message>
    <message>
        <location filename="../accounts_dialog.py" line="234"/>
        <source>Role</source>
        <translation>Role</translation>
    </message>
    <message>
        <location filename="../accounts_dialog.py" line="234"/>
        <source>Active</source>
        <translation>Active</translation>
    </message>
    <message>
        <location filename="../accounts_dialog.py" line="235"/>
        <source>&amp;Add…</source>
        <translation>&amp;Add…</translation>
    </message>
    <message>
        <location filename="../accounts_dialog.py" line="236"/>
        <source>&amp;Reset password…</source>
        <translation>&amp;Reset password…</translation>
    </message>
    <message>
        <location filename="../accounts_dialog.py" line="237"/>
        <source>Re&amp;move…</source>
        <translation>Re&amp;move…</translation>
    </message>
    <message>
        <location filename="../accounts_dialog.py" line="238"/>
        <source>Close</source>
        <translation>Close</translation>
    </message>
</context>
<context>
    <name>AddUserDialog</name>
    <message>
        <location filename="../accounts_dialog.py" line="300"/>
        <source>Add an account</source>
        <translation>Add an account</translation>
    </message>
    <message>
        <location filename="../accounts_dialog.py" line="301"/>
        <source>&amp;Username:</source>
        <translation>&amp;Username:</translation>
    </message>
    <message>
        <location filename="../accounts_dialog.py" line="301"/>
        <source>&amp;Full name:</source>
        <translation>&amp;Full name:</translation>
    </message>
    <message>
        <location filename="../accounts_dialog.py" line="302"/>
        <source>&amp;Role:</source>
        <translation>&amp;Role:</translation>
    </message>
    <message>
        <location filename="../accounts_dialog.py" line="302"/>
        <source>&amp;Password:</source>
        <translation>&amp;Password:</translation>
    </message>
    <message>
        <location filename="../accounts_dialog.py" line="303"/>
        <source>&amp;Confirm password:</source>
        <translation>&amp;Confirm password:</translation>
    </message>
    <message>
        <location filename="../accounts_dialog.py" line="306"/>
        <source>e.g. siti.a</source>
        <translation>e.g. siti.a</translation>
    </message>
    <message>
        <location filename="../accounts_dialog.py" line="307"/>
        <source>at least 8 characters</source>
        <translation>at least 8 characters</translation>
    </message>
    <message>
        <location filename="../accounts_dialog.py" line="310"/>
        <source>&amp;Add</source>
        <translation>&amp;Add</translation>
    </message>
    <message>
        <location filename="../accounts_dialog.py" line="311"/>
        <source>Cancel</source>
        <translation>Cancel</translation>
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
        <location filename="../case_view/attachments_panel.py" line="117"/>
        <source>Scans and photos attached here are kept encrypted on this PC and open inside the application. Only “Save a copy…” writes a file, where you choose.</source>
        <translation>Scans and photos attached here are kept encrypted on this PC and open inside the application. Only “Save a copy…” writes a file, where you choose.</translation>
    </message>
    <message>
        <location filename="../case_view/attachments_panel.py" line="119"/>
        <source>File name</source>
        <translation>File name</translation>
    </message>
    <message>
        <location filename="../case_view/attachments_panel.py" line="119"/>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <location filename="../case_view/attachments_panel.py" line="119"/>
        <source>Size</source>
        <translation>Size</translation>
    </message>
    <message>
        <location filename="../case_view/attachments_panel.py" line="120"/>
        <source>Added</source>
        <translation>Added</translation>
    </message>
    <message>
        <location filename="../case_view/attachments_panel.py" line="120"/>
        <source>By</source>
        <translation>By</translation>
    </message>
    <message>
        <location filename="../case_view/attachments_panel.py" line="120"/>
        <source>State</source>
        <translation>State</translation>
    </message>
    <message>
        <location filename="../case_view/attachments_panel.py" line="121"/>
        <source>Attachments</source>
        <translation>Attachments</translation>
    </message>
    <message>
        <location filename="../case_view/attachments_panel.py" line="122"/>
        <source>No attachments yet.</source>
        <translation>No attachments yet.</translation>
    </message>
    <message>
        <location filename="../case_view/attachments_panel.py" line="123"/>
        <source>Attac&amp;h file…</source>
        <translation>Attac&amp;h file…</translation>
    </message>
    <message>
        <location filename="../case_view/attachments_panel.py" line="124"/>
        <source>Ope&amp;n</source>
        <translation>Ope&amp;n</translation>
    </message>
    <message>
        <location filename="../case_view/attachments_panel.py" line="125"/>
        <source>Save a cop&amp;y…</source>
        <translation>Save a cop&amp;y…</translation>
    </message>
    <message>
        <location filename="../case_view/attachments_panel.py" line="143"/>
        <source>not downloaded yet</source>
        <translation>not downloaded yet</translation>
    </message>
    <message>
        <location filename="../case_view/attachments_panel.py" line="151"/>
        <source>The content arrives with the next sync; it cannot be opened before.</source>
        <translation>The content arrives with the next sync; it cannot be opened before.</translation>
    </message>
    <message>
        <location filename="../case_view/attachments_panel.py" line="173"/>
        <source>Your role cannot attach files.</source>
        <translation>Your role cannot attach files.</translation>
    </message>
    <message>
        <location filename="../case_view/attachments_panel.py" line="178"/>
        <location filename="../case_view/attachments_panel.py" line="265"/>
        <source>Your role cannot save copies of attachments.</source>
        <translation>Your role cannot save copies of attachments.</translation>
    </message>
    <message>
        <location filename="../case_view/attachments_panel.py" line="182"/>
        <source>“{name}” is not on this PC yet: “Open” downloads it from the central server ({size}).</source>
        <translation>“{name}” is not on this PC yet: “Open” downloads it from the central server ({size}).</translation>
    </message>
    <message>
        <location filename="../case_view/attachments_panel.py" line="187"/>
        <source>“{name}” has not been downloaded to this PC yet. It can be opened after the next sync with the server.</source>
        <translation>“{name}” has not been downloaded to this PC yet. It can be opened after the next sync with the server.</translation>
    </message>
    <message>
        <location filename="../case_view/attachments_panel.py" line="215"/>
        <source>Choosing a file…</source>
        <translation>Choosing a file…</translation>
    </message>
    <message>
        <location filename="../case_view/attachments_panel.py" line="225"/>
        <source>Attach a scan or photo</source>
        <translation>Attach a scan or photo</translation>
    </message>
    <message>
        <location filename="../case_view/attachments_panel.py" line="226"/>
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
        <location filename="../case_view/attachments_panel.py" line="316"/>
        <source>“{name}” could not be downloaded: the central server cannot be reached. Try again when this computer is online.</source>
        <translation>“{name}” could not be downloaded: the central server cannot be reached. Try again when this computer is online.</translation>
    </message>
    <message>
        <location filename="../case_view/attachments_panel.py" line="320"/>
        <source>Sync is not running on this computer, so “{name}” cannot be downloaded.</source>
        <translation>Sync is not running on this computer, so “{name}” cannot be downloaded.</translation>
    </message>
    <message>
        <location filename="../case_view/attachments_panel.py" line="340"/>
        <source>Save a copy of the attachment</source>
        <translation>Save a copy of the attachment</translation>
    </message>
    <message>
        <location filename="../case_view/attachments_panel.py" line="341"/>
        <source>{kind} files ({patterns})</source>
        <translation>{kind} files ({patterns})</translation>
    </message>
    <message>
        <location filename="../case_view/attachments_panel.py" line="348"/>
        <source>Saving a copy…</source>
        <translation>Saving a copy…</translation>
    </message>
    <message>
        <location filename="../case_view/attachments_panel.py" line="354"/>
        <source>A copy was saved to {path}</source>
        <translation>A copy was saved to {path}</translation>
    </message>
</context>
<context>
    <name>CaseHeader</name>
    <message>
        <location filename="../case_view/header.py" line="70"/>
        <source>Received {when} · {office}</source>
        <translation>Received {when} · {office}</translation>
    </message>
    <message>
        <location filename="../case_view/header.py" line="74"/>
        <source>Worker: {worker}   ·   Complainant: {complainant}</source>
        <translation>Worker: {worker}   ·   Complainant: {complainant}</translation>
    </message>
    <message>
        <location filename="../case_view/header.py" line="80"/>
        <source>No next contact planned</source>
        <translation>No next contact planned</translation>
    </message>
    <message>
        <location filename="../case_view/header.py" line="89"/>
        <source>Next contact OVERDUE since {date}</source>
        <translation>Next contact OVERDUE since {date}</translation>
    </message>
    <message>
        <location filename="../case_view/header.py" line="92"/>
        <source>Next contact due {date}</source>
        <translation>Next contact due {date}</translation>
    </message>
</context>
<context>
    <name>CaseListModel</name>
    <message>
        <location filename="../case_list_model.py" line="142"/>
        <source>Case number</source>
        <translation>Case number</translation>
    </message>
    <message>
        <location filename="../case_list_model.py" line="142"/>
        <source>Received</source>
        <translation>Received</translation>
    </message>
    <message>
        <location filename="../case_list_model.py" line="142"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../case_list_model.py" line="142"/>
        <source>Category</source>
        <translation>Category</translation>
    </message>
    <message>
        <location filename="../case_list_model.py" line="143"/>
        <source>Worker</source>
        <translation>Worker</translation>
    </message>
    <message>
        <location filename="../case_list_model.py" line="143"/>
        <source>Complainant</source>
        <translation>Complainant</translation>
    </message>
    <message>
        <location filename="../case_list_model.py" line="143"/>
        <source>Destination</source>
        <translation>Destination</translation>
    </message>
    <message>
        <location filename="../case_list_model.py" line="144"/>
        <source>Next contact</source>
        <translation>Next contact</translation>
    </message>
    <message>
        <location filename="../case_list_model.py" line="178"/>
        <source>{number}: {n} conflicting change(s) to decide — the same detail was changed in two places at once. Open the case to choose.</source>
        <translation>{number}: {n} conflicting change(s) to decide — the same detail was changed in two places at once. Open the case to choose.</translation>
    </message>
    <message>
        <location filename="../case_list_model.py" line="182"/>
        <source>Follow-up overdue: the complainant was to be contacted by {date}.</source>
        <translation>Follow-up overdue: the complainant was to be contacted by {date}.</translation>
    </message>
</context>
<context>
    <name>CaseWindow</name>
    <message>
        <location filename="../case_view/case_window.py" line="124"/>
        <source>Case — Halo TKI Desk</source>
        <translation>Case — Halo TKI Desk</translation>
    </message>
    <message>
        <location filename="../case_view/case_window.py" line="125"/>
        <source>Loading the case…</source>
        <translation>Loading the case…</translation>
    </message>
    <message>
        <location filename="../case_view/case_window.py" line="152"/>
        <source>&amp;Details</source>
        <translation>&amp;Details</translation>
    </message>
    <message>
        <location filename="../case_view/case_window.py" line="155"/>
        <source>D&amp;ocuments</source>
        <translation>D&amp;ocuments</translation>
    </message>
    <message>
        <location filename="../case_view/case_window.py" line="157"/>
        <source>&amp;Attachments</source>
        <translation>&amp;Attachments</translation>
    </message>
    <message>
        <location filename="../case_view/case_window.py" line="130"/>
        <source>&amp;Timeline (newest first)</source>
        <translation>&amp;Timeline (newest first)</translation>
    </message>
    <message>
        <location filename="../case_view/case_window.py" line="132"/>
        <source>Add resolution &amp;step…</source>
        <translation>Add resolution &amp;step…</translation>
    </message>
    <message>
        <location filename="../case_view/case_window.py" line="133"/>
        <source>Contact with the &amp;family…</source>
        <translation>Contact with the &amp;family…</translation>
    </message>
    <message>
        <location filename="../case_view/case_window.py" line="134"/>
        <source>Change &amp;status…</source>
        <translation>Change &amp;status…</translation>
    </message>
    <message>
        <location filename="../case_view/case_window.py" line="135"/>
        <source>&amp;Edit details…</source>
        <translation>&amp;Edit details…</translation>
    </message>
    <message>
        <location filename="../case_view/case_window.py" line="136"/>
        <source>&amp;Print receipt…</source>
        <translation>&amp;Print receipt…</translation>
    </message>
    <message>
        <location filename="../case_view/case_window.py" line="137"/>
        <source>&amp;Reload</source>
        <translation>&amp;Reload</translation>
    </message>
    <message>
        <location filename="../case_view/case_window.py" line="138"/>
        <source>&amp;Close</source>
        <translation>&amp;Close</translation>
    </message>
    <message>
        <location filename="../case_view/case_window.py" line="139"/>
        <source>Assi&amp;gn to an office…</source>
        <translation>Assi&amp;gn to an office…</translation>
    </message>
    <message>
        <location filename="../case_view/case_window.py" line="140"/>
        <source>&amp;Transfer to another office…</source>
        <translation>&amp;Transfer to another office…</translation>
    </message>
    <message>
        <location filename="../case_view/case_window.py" line="142"/>
        <source>Case actions</source>
        <translation>Case actions</translation>
    </message>
    <message>
        <location filename="../case_view/case_window.py" line="195"/>
        <source>Your role cannot do this.</source>
        <translation>Your role cannot do this.</translation>
    </message>
    <message>
        <location filename="../case_view/case_window.py" line="198"/>
        <location filename="../case_view/case_window.py" line="200"/>
        <source>Your role cannot add to the timeline.</source>
        <translation>Your role cannot add to the timeline.</translation>
    </message>
    <message>
        <location filename="../case_view/case_window.py" line="202"/>
        <source>Your role cannot correct case details.</source>
        <translation>Your role cannot correct case details.</translation>
    </message>
    <message>
        <location filename="../case_view/case_window.py" line="204"/>
        <source>Your role cannot print receipts.</source>
        <translation>Your role cannot print receipts.</translation>
    </message>
    <message>
        <location filename="../case_view/case_window.py" line="233"/>
        <source>Only a case received at central can be assigned; transfer it instead.</source>
        <translation>Only a case received at central can be assigned; transfer it instead.</translation>
    </message>
    <message>
        <location filename="../case_view/case_window.py" line="234"/>
        <location filename="../case_view/case_window.py" line="235"/>
        <source>Your role cannot move cases.</source>
        <translation>Your role cannot move cases.</translation>
    </message>
    <message>
        <location filename="../case_view/case_window.py" line="127"/>
        <location filename="../case_view/case_window.py" line="258"/>
        <source>{number} — Halo TKI Desk</source>
        <translation>{number} — Halo TKI Desk</translation>
    </message>
    <message>
        <location filename="../case_view/case_window.py" line="262"/>
        <source>Your role cannot change documents.</source>
        <translation>Your role cannot change documents.</translation>
    </message>
    <message>
        <location filename="../case_view/case_window.py" line="154"/>
        <source>D&amp;ocuments ({missing} missing)</source>
        <translation>D&amp;ocuments ({missing} missing)</translation>
    </message>
    <message>
        <location filename="../case_view/case_window.py" line="157"/>
        <source>&amp;Attachments ({count})</source>
        <translation>&amp;Attachments ({count})</translation>
    </message>
    <message>
        <location filename="../case_view/case_window.py" line="367"/>
        <source>Assigned to {office}.</source>
        <translation>Assigned to {office}.</translation>
    </message>
    <message>
        <location filename="../case_view/case_window.py" line="368"/>
        <source>Transferred to {office}.</source>
        <translation>Transferred to {office}.</translation>
    </message>
    <message>
        <location filename="../case_view/case_window.py" line="370"/>
        <source>The case shows the change after the next sync.</source>
        <translation>The case shows the change after the next sync.</translation>
    </message>
</context>
<context>
    <name>CentralMoveDialog</name>
    <message>
        <location filename="../case_view/transfer_dialog.py" line="45"/>
        <source>Assign {number} to an office</source>
        <translation>Assign {number} to an office</translation>
    </message>
    <message>
        <location filename="../case_view/transfer_dialog.py" line="46"/>
        <source>Case {number} was received at central. Choose the office that will handle it; that office receives it with its next sync.</source>
        <translation>Case {number} was received at central. Choose the office that will handle it; that office receives it with its next sync.</translation>
    </message>
    <message>
        <location filename="../case_view/transfer_dialog.py" line="49"/>
        <source>Transfer {number} to another office</source>
        <translation>Transfer {number} to another office</translation>
    </message>
    <message>
        <location filename="../case_view/transfer_dialog.py" line="51"/>
        <source>Case {number} is now handled by {office}. Choose the office that takes it over and say why: the reason goes on the case&apos;s timeline.</source>
        <translation>Case {number} is now handled by {office}. Choose the office that takes it over and say why: the reason goes on the case&apos;s timeline.</translation>
    </message>
    <message>
        <location filename="../case_view/transfer_dialog.py" line="66"/>
        <source>&amp;Office:</source>
        <translation>&amp;Office:</translation>
    </message>
    <message>
        <location filename="../case_view/transfer_dialog.py" line="69"/>
        <source>&amp;Note (optional):</source>
        <translation>&amp;Note (optional):</translation>
    </message>
    <message>
        <location filename="../case_view/transfer_dialog.py" line="70"/>
        <source>&amp;Reason (required):</source>
        <translation>&amp;Reason (required):</translation>
    </message>
    <message>
        <location filename="../case_view/transfer_dialog.py" line="76"/>
        <source>&amp;Assign</source>
        <translation>&amp;Assign</translation>
    </message>
    <message>
        <location filename="../case_view/transfer_dialog.py" line="76"/>
        <source>&amp;Transfer</source>
        <translation>&amp;Transfer</translation>
    </message>
    <message>
        <location filename="../case_view/transfer_dialog.py" line="78"/>
        <source>Try &amp;again</source>
        <translation>Try &amp;again</translation>
    </message>
    <message>
        <location filename="../case_view/transfer_dialog.py" line="100"/>
        <source>Asking the central server for the offices…</source>
        <translation>Asking the central server for the offices…</translation>
    </message>
    <message>
        <location filename="../case_view/transfer_dialog.py" line="115"/>
        <source>— choose the office —</source>
        <translation>— choose the office —</translation>
    </message>
    <message>
        <location filename="../case_view/transfer_dialog.py" line="133"/>
        <source>Choose the office.</source>
        <translation>Choose the office.</translation>
    </message>
    <message>
        <location filename="../case_view/transfer_dialog.py" line="137"/>
        <source>Write why the case is transferred.</source>
        <translation>Write why the case is transferred.</translation>
    </message>
    <message>
        <location filename="../case_view/transfer_dialog.py" line="147"/>
        <source>Sending to the central server…</source>
        <translation>Sending to the central server…</translation>
    </message>
    <message>
        <location filename="../case_view/transfer_dialog.py" line="167"/>
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
        <source>&amp;Confirm new password:</source>
        <translation>&amp;Confirm new password:</translation>
    </message>
    <message>
        <location filename="../password_dialog.py" line="171"/>
        <source>Type your current password.</source>
        <translation>Type your current password.</translation>
    </message>
</context>
<context>
    <name>ConflictsPanel</name>
    <message>
        <location filename="../case_view/conflicts_panel.py" line="77"/>
        <source>The same detail was changed in two places at once, and both values were kept. Choose the right one: your choice is recorded and sent like any change.</source>
        <translation>The same detail was changed in two places at once, and both values were kept. Choose the right one: your choice is recorded and sent like any change.</translation>
    </message>
    <message>
        <location filename="../case_view/conflicts_panel.py" line="92"/>
        <source>1 conflicting change to decide</source>
        <translation>1 conflicting change to decide</translation>
    </message>
    <message>
        <location filename="../case_view/conflicts_panel.py" line="93"/>
        <source>{n} conflicting changes to decide</source>
        <translation>{n} conflicting changes to decide</translation>
    </message>
    <message>
        <location filename="../case_view/conflicts_panel.py" line="103"/>
        <source>The other status change was refused: it does not follow the order of the statuses.</source>
        <translation>The other status change was refused: it does not follow the order of the statuses.</translation>
    </message>
    <message>
        <location filename="../case_view/conflicts_panel.py" line="106"/>
        <source>Changed on two computers at the same time.</source>
        <translation>Changed on two computers at the same time.</translation>
    </message>
    <message>
        <location filename="../case_view/conflicts_panel.py" line="115"/>
        <source>Kept: “{value}” — by {who}</source>
        <translation>Kept: “{value}” — by {who}</translation>
    </message>
    <message>
        <location filename="../case_view/conflicts_panel.py" line="117"/>
        <source>Other value: “{value}” — by {who}</source>
        <translation>Other value: “{value}” — by {who}</translation>
    </message>
    <message>
        <location filename="../case_view/conflicts_panel.py" line="122"/>
        <source>Keep</source>
        <translation>Keep</translation>
    </message>
    <message>
        <location filename="../case_view/conflicts_panel.py" line="123"/>
        <source>The kept value stays; the other one is dropped.</source>
        <translation>The kept value stays; the other one is dropped.</translation>
    </message>
    <message>
        <location filename="../case_view/conflicts_panel.py" line="124"/>
        <source>Use the other value</source>
        <translation>Use the other value</translation>
    </message>
    <message>
        <location filename="../case_view/conflicts_panel.py" line="125"/>
        <source>The other value replaces the kept one.</source>
        <translation>The other value replaces the kept one.</translation>
    </message>
</context>
<context>
    <name>DateLineEdit</name>
    <message>
        <location filename="../widgets.py" line="43"/>
        <source>dd/mm/yyyy</source>
        <translation>dd/mm/yyyy</translation>
    </message>
</context>
<context>
    <name>DetailsPanel</name>
    <message>
        <location filename="../case_view/details_panel.py" line="30"/>
        <source>Category</source>
        <translation>Category</translation>
    </message>
    <message>
        <location filename="../case_view/details_panel.py" line="31"/>
        <source>Channel</source>
        <translation>Channel</translation>
    </message>
    <message>
        <location filename="../case_view/details_panel.py" line="32"/>
        <source>Complainant type</source>
        <translation>Complainant type</translation>
    </message>
    <message>
        <location filename="../case_view/details_panel.py" line="34"/>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <location filename="../case_view/details_panel.py" line="35"/>
        <source>Outcome</source>
        <translation>Outcome</translation>
    </message>
    <message>
        <location filename="../case_view/details_panel.py" line="36"/>
        <source>Duplicate of</source>
        <translation>Duplicate of</translation>
    </message>
    <message>
        <location filename="../case_view/details_panel.py" line="39"/>
        <location filename="../case_view/details_panel.py" line="61"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../case_view/details_panel.py" line="40"/>
        <source>Sex</source>
        <translation>Sex</translation>
    </message>
    <message>
        <location filename="../case_view/details_panel.py" line="41"/>
        <source>Date of birth</source>
        <translation>Date of birth</translation>
    </message>
    <message>
        <location filename="../case_view/details_panel.py" line="42"/>
        <location filename="../case_view/details_panel.py" line="63"/>
        <source>NIK</source>
        <translation>NIK</translation>
    </message>
    <message>
        <location filename="../case_view/details_panel.py" line="43"/>
        <source>Passport</source>
        <translation>Passport</translation>
    </message>
    <message>
        <location filename="../case_view/details_panel.py" line="44"/>
        <source>KTKLN</source>
        <translation>KTKLN</translation>
    </message>
    <message>
        <location filename="../case_view/details_panel.py" line="45"/>
        <source>Phone</source>
        <translation>Phone</translation>
    </message>
    <message>
        <location filename="../case_view/details_panel.py" line="46"/>
        <location filename="../case_view/details_panel.py" line="66"/>
        <source>Address</source>
        <translation>Address</translation>
    </message>
    <message>
        <location filename="../case_view/details_panel.py" line="47"/>
        <source>Province</source>
        <translation>Province</translation>
    </message>
    <message>
        <location filename="../case_view/details_panel.py" line="48"/>
        <source>Regency / city</source>
        <translation>Regency / city</translation>
    </message>
    <message>
        <location filename="../case_view/details_panel.py" line="49"/>
        <source>Destination country</source>
        <translation>Destination country</translation>
    </message>
    <message>
        <location filename="../case_view/details_panel.py" line="50"/>
        <source>Destination city</source>
        <translation>Destination city</translation>
    </message>
    <message>
        <location filename="../case_view/details_panel.py" line="51"/>
        <source>Job</source>
        <translation>Job</translation>
    </message>
    <message>
        <location filename="../case_view/details_panel.py" line="52"/>
        <source>Employer</source>
        <translation>Employer</translation>
    </message>
    <message>
        <location filename="../case_view/details_panel.py" line="53"/>
        <source>Employer address</source>
        <translation>Employer address</translation>
    </message>
    <message>
        <location filename="../case_view/details_panel.py" line="54"/>
        <source>Employer phone</source>
        <translation>Employer phone</translation>
    </message>
    <message>
        <location filename="../case_view/details_panel.py" line="55"/>
        <source>First employer</source>
        <translation>First employer</translation>
    </message>
    <message>
        <location filename="../case_view/details_panel.py" line="56"/>
        <source>Placement agency (PPTKIS)</source>
        <translation>Placement agency (PPTKIS)</translation>
    </message>
    <message>
        <location filename="../case_view/details_panel.py" line="57"/>
        <source>Departure date</source>
        <translation>Departure date</translation>
    </message>
    <message>
        <location filename="../case_view/details_panel.py" line="58"/>
        <source>Work agreement</source>
        <translation>Work agreement</translation>
    </message>
    <message>
        <location filename="../case_view/details_panel.py" line="62"/>
        <source>Relation to the worker</source>
        <translation>Relation to the worker</translation>
    </message>
    <message>
        <location filename="../case_view/details_panel.py" line="64"/>
        <source>Phones</source>
        <translation>Phones</translation>
    </message>
    <message>
        <location filename="../case_view/details_panel.py" line="65"/>
        <source>Email</source>
        <translation>Email</translation>
    </message>
    <message>
        <location filename="../case_view/details_panel.py" line="67"/>
        <source>Preferred contact</source>
        <translation>Preferred contact</translation>
    </message>
    <message>
        <location filename="../case_view/details_panel.py" line="93"/>
        <source>Complaint</source>
        <translation>Complaint</translation>
    </message>
    <message>
        <location filename="../case_view/details_panel.py" line="93"/>
        <source>Worker (PMI)</source>
        <translation>Worker (PMI)</translation>
    </message>
    <message>
        <location filename="../case_view/details_panel.py" line="93"/>
        <source>Complainant</source>
        <translation>Complainant</translation>
    </message>
    <message>
        <location filename="../case_view/details_panel.py" line="139"/>
        <location filename="../sync/field_labels.py" line="93"/>
        <source>Male (L)</source>
        <translation>Male (L)</translation>
    </message>
    <message>
        <location filename="../case_view/details_panel.py" line="139"/>
        <location filename="../sync/field_labels.py" line="94"/>
        <source>Female (P)</source>
        <translation>Female (P)</translation>
    </message>
</context>
<context>
    <name>DocumentsPanel</name>
    <message>
        <location filename="../case_view/documents_panel.py" line="67"/>
        <source>Present</source>
        <translation>Present</translation>
    </message>
    <message>
        <location filename="../case_view/documents_panel.py" line="67"/>
        <source>Missing</source>
        <translation>Missing</translation>
    </message>
    <message>
        <location filename="../case_view/documents_panel.py" line="67"/>
        <source>Not applicable</source>
        <translation>Not applicable</translation>
    </message>
    <message>
        <location filename="../case_view/documents_panel.py" line="97"/>
        <source>Missing: {names}</source>
        <translation>Missing: {names}</translation>
    </message>
    <message>
        <location filename="../case_view/documents_panel.py" line="100"/>
        <source>No documents missing.</source>
        <translation>No documents missing.</translation>
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
        <location filename="../intake/duplicates_panel.py" line="85"/>
        <source>Possible duplicates.</source>
        <translation>Possible duplicates.</translation>
    </message>
    <message>
        <location filename="../intake/duplicates_panel.py" line="86"/>
        <source>This worker may already have a case. Check with the complainant; if it is the same complaint, open that case instead of recording a new one.</source>
        <translation>This worker may already have a case. Check with the complainant; if it is the same complaint, open that case instead of recording a new one.</translation>
    </message>
    <message>
        <location filename="../intake/duplicates_panel.py" line="89"/>
        <source>Case number</source>
        <translation>Case number</translation>
    </message>
    <message>
        <location filename="../intake/duplicates_panel.py" line="89"/>
        <source>Worker</source>
        <translation>Worker</translation>
    </message>
    <message>
        <location filename="../intake/duplicates_panel.py" line="89"/>
        <source>Complainant</source>
        <translation>Complainant</translation>
    </message>
    <message>
        <location filename="../intake/duplicates_panel.py" line="89"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../intake/duplicates_panel.py" line="90"/>
        <source>Why</source>
        <translation>Why</translation>
    </message>
    <message>
        <location filename="../intake/duplicates_panel.py" line="91"/>
        <source>&amp;Open this case instead</source>
        <translation>&amp;Open this case instead</translation>
    </message>
</context>
<context>
    <name>EditPeopleDialog</name>
    <message>
        <location filename="../case_view/edit_people_dialog.py" line="29"/>
        <source>Correct details of {number}</source>
        <translation>Correct details of {number}</translation>
    </message>
    <message>
        <location filename="../case_view/edit_people_dialog.py" line="35"/>
        <source>&amp;Worker</source>
        <translation>&amp;Worker</translation>
    </message>
    <message>
        <location filename="../case_view/edit_people_dialog.py" line="36"/>
        <location filename="../case_view/edit_people_dialog.py" line="63"/>
        <source>Name:</source>
        <translation>Name:</translation>
    </message>
    <message>
        <location filename="../case_view/edit_people_dialog.py" line="38"/>
        <source>— not recorded —</source>
        <translation>— not recorded —</translation>
    </message>
    <message>
        <location filename="../case_view/edit_people_dialog.py" line="38"/>
        <source>Male (L)</source>
        <translation>Male (L)</translation>
    </message>
    <message>
        <location filename="../case_view/edit_people_dialog.py" line="39"/>
        <source>Female (P)</source>
        <translation>Female (P)</translation>
    </message>
    <message>
        <location filename="../case_view/edit_people_dialog.py" line="41"/>
        <source>Sex:</source>
        <translation>Sex:</translation>
    </message>
    <message>
        <location filename="../case_view/edit_people_dialog.py" line="42"/>
        <source>Date of birth:</source>
        <translation>Date of birth:</translation>
    </message>
    <message>
        <location filename="../case_view/edit_people_dialog.py" line="43"/>
        <location filename="../case_view/edit_people_dialog.py" line="66"/>
        <source>NIK:</source>
        <translation>NIK:</translation>
    </message>
    <message>
        <location filename="../case_view/edit_people_dialog.py" line="44"/>
        <source>Passport:</source>
        <translation>Passport:</translation>
    </message>
    <message>
        <location filename="../case_view/edit_people_dialog.py" line="45"/>
        <source>KTKLN:</source>
        <translation>KTKLN:</translation>
    </message>
    <message>
        <location filename="../case_view/edit_people_dialog.py" line="46"/>
        <source>Phone:</source>
        <translation>Phone:</translation>
    </message>
    <message>
        <location filename="../case_view/edit_people_dialog.py" line="47"/>
        <location filename="../case_view/edit_people_dialog.py" line="69"/>
        <source>Address:</source>
        <translation>Address:</translation>
    </message>
    <message>
        <location filename="../case_view/edit_people_dialog.py" line="48"/>
        <source>Province:</source>
        <translation>Province:</translation>
    </message>
    <message>
        <location filename="../case_view/edit_people_dialog.py" line="49"/>
        <source>Regency / city:</source>
        <translation>Regency / city:</translation>
    </message>
    <message>
        <location filename="../case_view/edit_people_dialog.py" line="50"/>
        <source>Destination country:</source>
        <translation>Destination country:</translation>
    </message>
    <message>
        <location filename="../case_view/edit_people_dialog.py" line="52"/>
        <source>Destination city:</source>
        <translation>Destination city:</translation>
    </message>
    <message>
        <location filename="../case_view/edit_people_dialog.py" line="53"/>
        <source>Job:</source>
        <translation>Job:</translation>
    </message>
    <message>
        <location filename="../case_view/edit_people_dialog.py" line="54"/>
        <source>Employer:</source>
        <translation>Employer:</translation>
    </message>
    <message>
        <location filename="../case_view/edit_people_dialog.py" line="55"/>
        <source>Employer address:</source>
        <translation>Employer address:</translation>
    </message>
    <message>
        <location filename="../case_view/edit_people_dialog.py" line="56"/>
        <source>Employer phone:</source>
        <translation>Employer phone:</translation>
    </message>
    <message>
        <location filename="../case_view/edit_people_dialog.py" line="57"/>
        <source>First employer:</source>
        <translation>First employer:</translation>
    </message>
    <message>
        <location filename="../case_view/edit_people_dialog.py" line="58"/>
        <source>Placement agency (PPTKIS):</source>
        <translation>Placement agency (PPTKIS):</translation>
    </message>
    <message>
        <location filename="../case_view/edit_people_dialog.py" line="59"/>
        <source>Departure date:</source>
        <translation>Departure date:</translation>
    </message>
    <message>
        <location filename="../case_view/edit_people_dialog.py" line="60"/>
        <source>Work agreement:</source>
        <translation>Work agreement:</translation>
    </message>
    <message>
        <location filename="../case_view/edit_people_dialog.py" line="62"/>
        <source>&amp;Complainant</source>
        <translation>&amp;Complainant</translation>
    </message>
    <message>
        <location filename="../case_view/edit_people_dialog.py" line="64"/>
        <source>Relation to the worker:</source>
        <translation>Relation to the worker:</translation>
    </message>
    <message>
        <location filename="../case_view/edit_people_dialog.py" line="67"/>
        <source>Phones:</source>
        <translation>Phones:</translation>
    </message>
    <message>
        <location filename="../case_view/edit_people_dialog.py" line="68"/>
        <source>Email:</source>
        <translation>Email:</translation>
    </message>
    <message>
        <location filename="../case_view/edit_people_dialog.py" line="70"/>
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
        <location filename="../case_view/event_dialog.py" line="119"/>
        <source>Contact with the family</source>
        <translation>Contact with the family</translation>
    </message>
    <message>
        <location filename="../case_view/event_dialog.py" line="122"/>
        <source>&amp;Channel:</source>
        <translation>&amp;Channel:</translation>
    </message>
    <message>
        <location filename="../case_view/event_dialog.py" line="124"/>
        <source>Add resolution step</source>
        <translation>Add resolution step</translation>
    </message>
    <message>
        <location filename="../case_view/event_dialog.py" line="128"/>
        <source>&amp;Step:</source>
        <translation>&amp;Step:</translation>
    </message>
    <message>
        <location filename="../case_view/event_dialog.py" line="130"/>
        <source>What was done or agreed, and with whom</source>
        <translation>What was done or agreed, and with whom</translation>
    </message>
    <message>
        <location filename="../case_view/event_dialog.py" line="131"/>
        <source>S&amp;ummary:</source>
        <translation>S&amp;ummary:</translation>
    </message>
    <message>
        <location filename="../case_view/event_dialog.py" line="136"/>
        <source>&amp;When it happened:</source>
        <translation>&amp;When it happened:</translation>
    </message>
    <message>
        <location filename="../case_view/event_dialog.py" line="138"/>
        <source>&amp;Next contact due:</source>
        <translation>&amp;Next contact due:</translation>
    </message>
    <message>
        <location filename="../case_view/event_dialog.py" line="139"/>
        <source>Leave empty when no follow-up is planned.</source>
        <translation>Leave empty when no follow-up is planned.</translation>
    </message>
</context>
<context>
    <name>FieldLabels</name>
    <message>
        <location filename="../sync/field_labels.py" line="22"/>
        <source>Complaint</source>
        <translation>Complaint</translation>
    </message>
    <message>
        <location filename="../sync/field_labels.py" line="23"/>
        <source>Worker (PMI)</source>
        <translation>Worker (PMI)</translation>
    </message>
    <message>
        <location filename="../sync/field_labels.py" line="24"/>
        <source>Complainant</source>
        <translation>Complainant</translation>
    </message>
    <message>
        <location filename="../sync/field_labels.py" line="25"/>
        <source>Document</source>
        <translation>Document</translation>
    </message>
    <message>
        <location filename="../sync/field_labels.py" line="26"/>
        <source>Timeline entry</source>
        <translation>Timeline entry</translation>
    </message>
    <message>
        <location filename="../sync/field_labels.py" line="27"/>
        <source>Attachment</source>
        <translation>Attachment</translation>
    </message>
    <message>
        <location filename="../sync/field_labels.py" line="28"/>
        <source>Conflict decision</source>
        <translation>Conflict decision</translation>
    </message>
    <message>
        <location filename="../sync/field_labels.py" line="32"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../sync/field_labels.py" line="33"/>
        <source>Office</source>
        <translation>Office</translation>
    </message>
    <message>
        <location filename="../sync/field_labels.py" line="34"/>
        <source>Received</source>
        <translation>Received</translation>
    </message>
    <message>
        <location filename="../sync/field_labels.py" line="35"/>
        <source>Next contact</source>
        <translation>Next contact</translation>
    </message>
    <message>
        <location filename="../sync/field_labels.py" line="36"/>
        <source>State</source>
        <translation>State</translation>
    </message>
    <message>
        <location filename="../sync/field_labels.py" line="37"/>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <location filename="../sync/field_labels.py" line="38"/>
        <source>Summary</source>
        <translation>Summary</translation>
    </message>
    <message>
        <location filename="../sync/field_labels.py" line="39"/>
        <source>File name</source>
        <translation>File name</translation>
    </message>
    <message>
        <location filename="../sync/field_labels.py" line="44"/>
        <source>Present</source>
        <translation>Present</translation>
    </message>
    <message>
        <location filename="../sync/field_labels.py" line="45"/>
        <source>Missing</source>
        <translation>Missing</translation>
    </message>
    <message>
        <location filename="../sync/field_labels.py" line="46"/>
        <source>Not applicable</source>
        <translation>Not applicable</translation>
    </message>
    <message>
        <location filename="../sync/field_labels.py" line="82"/>
        <source>(empty)</source>
        <translation>(empty)</translation>
    </message>
</context>
<context>
    <name>FilterBar</name>
    <message>
        <location filename="../filter_bar.py" line="22"/>
        <location filename="../filter_bar.py" line="83"/>
        <source>All statuses</source>
        <translation>All statuses</translation>
    </message>
    <message>
        <location filename="../filter_bar.py" line="24"/>
        <location filename="../filter_bar.py" line="84"/>
        <source>All categories</source>
        <translation>All categories</translation>
    </message>
    <message>
        <location filename="../filter_bar.py" line="77"/>
        <source>&amp;Status:</source>
        <translation>&amp;Status:</translation>
    </message>
    <message>
        <location filename="../filter_bar.py" line="78"/>
        <source>Ca&amp;tegory:</source>
        <translation>Ca&amp;tegory:</translation>
    </message>
    <message>
        <location filename="../filter_bar.py" line="79"/>
        <source>Follow-up &amp;overdue</source>
        <translation>Follow-up &amp;overdue</translation>
    </message>
    <message>
        <location filename="../filter_bar.py" line="81"/>
        <source>Only open cases whose next contact with the complainant is past its date</source>
        <translation>Only open cases whose next contact with the complainant is past its date</translation>
    </message>
    <message>
        <location filename="../filter_bar.py" line="82"/>
        <source>Show &amp;all</source>
        <translation>Show &amp;all</translation>
    </message>
</context>
<context>
    <name>FirstRunDialog</name>
    <message>
        <location filename="../first_run.py" line="178"/>
        <source>Halo TKI Desk — Set up this PC</source>
        <translation>Halo TKI Desk — Set up this PC</translation>
    </message>
    <message>
        <location filename="../first_run.py" line="179"/>
        <source>Set up Halo TKI Desk</source>
        <translation>Set up Halo TKI Desk</translation>
    </message>
    <message>
        <location filename="../first_run.py" line="182"/>
        <source>No data was found on this PC. Type the central server&apos;s address and the enrolment code, and create the first administrator account. The data will be encrypted with its password.</source>
        <translation>No data was found on this PC. Type the central server&apos;s address and the enrolment code, and create the first administrator account. The data will be encrypted with its password.</translation>
    </message>
    <message>
        <location filename="../first_run.py" line="187"/>
        <source>No data was found on this PC. Choose the office this PC belongs to and create the first administrator account. The data will be encrypted with its password.</source>
        <translation>No data was found on this PC. Choose the office this PC belongs to and create the first administrator account. The data will be encrypted with its password.</translation>
    </message>
    <message>
        <location filename="../first_run.py" line="191"/>
        <source>&amp;Language:</source>
        <translation>&amp;Language:</translation>
    </message>
    <message>
        <location filename="../first_run.py" line="192"/>
        <source>Office and PC</source>
        <translation>Office and PC</translation>
    </message>
    <message>
        <location filename="../first_run.py" line="193"/>
        <source>First administrator</source>
        <translation>First administrator</translation>
    </message>
    <message>
        <location filename="../first_run.py" line="195"/>
        <source>&amp;Office code:</source>
        <translation>&amp;Office code:</translation>
    </message>
    <message>
        <location filename="../first_run.py" line="196"/>
        <source>Office &amp;name:</source>
        <translation>Office &amp;name:</translation>
    </message>
    <message>
        <location filename="../first_run.py" line="197"/>
        <source>Name of this &amp;PC:</source>
        <translation>Name of this &amp;PC:</translation>
    </message>
    <message>
        <location filename="../first_run.py" line="198"/>
        <source>&amp;Username:</source>
        <translation>&amp;Username:</translation>
    </message>
    <message>
        <location filename="../first_run.py" line="199"/>
        <source>&amp;Full name:</source>
        <translation>&amp;Full name:</translation>
    </message>
    <message>
        <location filename="../first_run.py" line="200"/>
        <source>Pass&amp;word:</source>
        <translation>Pass&amp;word:</translation>
    </message>
    <message>
        <location filename="../first_run.py" line="201"/>
        <source>&amp;Confirm password:</source>
        <translation>&amp;Confirm password:</translation>
    </message>
    <message>
        <location filename="../first_run.py" line="210"/>
        <source>e.g. SBY</source>
        <translation>e.g. SBY</translation>
    </message>
    <message>
        <location filename="../first_run.py" line="211"/>
        <source>e.g. Front desk 1</source>
        <translation>e.g. Front desk 1</translation>
    </message>
    <message>
        <location filename="../first_run.py" line="212"/>
        <source>e.g. admin.sby</source>
        <translation>e.g. admin.sby</translation>
    </message>
    <message>
        <location filename="../first_run.py" line="213"/>
        <source>at least 8 characters</source>
        <translation>at least 8 characters</translation>
    </message>
    <message>
        <location filename="../first_run.py" line="215"/>
        <source>The administrator manages staff accounts on this PC. Keep the password safe: without any valid password the data cannot be opened.</source>
        <translation>The administrator manages staff accounts on this PC. Keep the password safe: without any valid password the data cannot be opened.</translation>
    </message>
    <message>
        <location filename="../first_run.py" line="217"/>
        <source>&amp;Set up</source>
        <translation>&amp;Set up</translation>
    </message>
    <message>
        <location filename="../first_run.py" line="218"/>
        <source>&amp;Quit</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <location filename="../first_run.py" line="302"/>
        <source>Enrolling with the central server…</source>
        <translation>Enrolling with the central server…</translation>
    </message>
    <message>
        <location filename="../first_run.py" line="304"/>
        <source>Creating the encrypted data…</source>
        <translation>Creating the encrypted data…</translation>
    </message>
    <message>
        <location filename="../first_run.py" line="356"/>
        <source>The two passwords do not match.</source>
        <translation>The two passwords do not match.</translation>
    </message>
</context>
<context>
    <name>IntakeDialog</name>
    <message>
        <location filename="../intake/intake_dialog.py" line="191"/>
        <source>New complaint — walk-in intake</source>
        <translation>New complaint — walk-in intake</translation>
    </message>
    <message>
        <location filename="../intake/intake_dialog.py" line="193"/>
        <source>Needed to save: the complainant&apos;s name, relation and a phone number or address; the worker&apos;s name, passport or NIK; the category and a description. Dates are typed as dd/mm/yyyy.</source>
        <translation>Needed to save: the complainant&apos;s name, relation and a phone number or address; the worker&apos;s name, passport or NIK; the category and a description. Dates are typed as dd/mm/yyyy.</translation>
    </message>
    <message>
        <location filename="../intake/intake_dialog.py" line="198"/>
        <source>Ctrl+S saves · Esc cancels · Alt + underlined letter jumps to a field</source>
        <translation>Ctrl+S saves · Esc cancels · Alt + underlined letter jumps to a field</translation>
    </message>
    <message>
        <location filename="../intake/intake_dialog.py" line="200"/>
        <source>Save complaint</source>
        <translation>Save complaint</translation>
    </message>
    <message>
        <location filename="../intake/intake_dialog.py" line="201"/>
        <source>Save (Ctrl+S)</source>
        <translation>Save (Ctrl+S)</translation>
    </message>
    <message>
        <location filename="../intake/intake_dialog.py" line="202"/>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../intake/intake_dialog.py" line="268"/>
        <source>Open the existing case</source>
        <translation>Open the existing case</translation>
    </message>
    <message>
        <location filename="../intake/intake_dialog.py" line="269"/>
        <source>Open case {number} instead? What you typed here will be discarded; nothing is saved.</source>
        <translation>Open case {number} instead? What you typed here will be discarded; nothing is saved.</translation>
    </message>
    <message>
        <location filename="../intake/intake_dialog.py" line="339"/>
        <source>Discard this complaint?</source>
        <translation>Discard this complaint?</translation>
    </message>
    <message>
        <location filename="../intake/intake_dialog.py" line="340"/>
        <source>The complaint you typed has not been saved. Discard it?</source>
        <translation>The complaint you typed has not been saved. Discard it?</translation>
    </message>
</context>
<context>
    <name>IntakeForm</name>
    <message>
        <location filename="../intake/complainant_section.py" line="23"/>
        <source>Complainant</source>
        <translation>Complainant</translation>
    </message>
    <message>
        <location filename="../intake/complainant_section.py" line="24"/>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <location filename="../intake/complainant_section.py" line="27"/>
        <source>&amp;Relation to worker:</source>
        <translation>&amp;Relation to worker:</translation>
    </message>
    <message>
        <location filename="../intake/complainant_section.py" line="29"/>
        <source>N&amp;IK:</source>
        <translation>N&amp;IK:</translation>
    </message>
    <message>
        <location filename="../intake/complainant_section.py" line="30"/>
        <location filename="../intake/worker_section.py" line="27"/>
        <source>16 digits</source>
        <translation>16 digits</translation>
    </message>
    <message>
        <location filename="../intake/complainant_section.py" line="31"/>
        <source>&amp;Phone numbers:</source>
        <translation>&amp;Phone numbers:</translation>
    </message>
    <message>
        <location filename="../intake/complainant_section.py" line="32"/>
        <source>0812-3456-7890, 031-1234567</source>
        <translation>0812-3456-7890, 031-1234567</translation>
    </message>
    <message>
        <location filename="../intake/complainant_section.py" line="34"/>
        <source>E&amp;mail:</source>
        <translation>E&amp;mail:</translation>
    </message>
    <message>
        <location filename="../intake/complainant_section.py" line="35"/>
        <source>&amp;Address:</source>
        <translation>&amp;Address:</translation>
    </message>
    <message>
        <location filename="../intake/complainant_section.py" line="37"/>
        <source>Pre&amp;ferred contact:</source>
        <translation>Pre&amp;ferred contact:</translation>
    </message>
    <message>
        <location filename="../intake/complainant_section.py" line="45"/>
        <source>The complainant is the &amp;worker (complains in person)</source>
        <translation>The complainant is the &amp;worker (complains in person)</translation>
    </message>
    <message>
        <location filename="../intake/worker_section.py" line="22"/>
        <source>Migrant worker</source>
        <translation>Migrant worker</translation>
    </message>
    <message>
        <location filename="../intake/worker_section.py" line="23"/>
        <source>Nam&amp;e:</source>
        <translation>Nam&amp;e:</translation>
    </message>
    <message>
        <location filename="../intake/worker_section.py" line="24"/>
        <source>Se&amp;x:</source>
        <translation>Se&amp;x:</translation>
    </message>
    <message>
        <location filename="../intake/worker_section.py" line="25"/>
        <source>&amp;Birth date:</source>
        <translation>&amp;Birth date:</translation>
    </message>
    <message>
        <location filename="../intake/worker_section.py" line="26"/>
        <source>NI&amp;K:</source>
        <translation>NI&amp;K:</translation>
    </message>
    <message>
        <location filename="../intake/worker_section.py" line="28"/>
        <source>Pa&amp;ssport no.:</source>
        <translation>Pa&amp;ssport no.:</translation>
    </message>
    <message>
        <location filename="../intake/worker_section.py" line="29"/>
        <source>e.g. B1234567</source>
        <translation>e.g. B1234567</translation>
    </message>
    <message>
        <location filename="../intake/worker_section.py" line="30"/>
        <source>P&amp;hone abroad:</source>
        <translation>P&amp;hone abroad:</translation>
    </message>
    <message>
        <location filename="../intake/worker_section.py" line="31"/>
        <source>+60 12-345 6789</source>
        <translation>+60 12-345 6789</translation>
    </message>
    <message>
        <location filename="../intake/worker_section.py" line="33"/>
        <source>Destination co&amp;untry:</source>
        <translation>Destination co&amp;untry:</translation>
    </message>
    <message>
        <location filename="../intake/worker_section.py" line="35"/>
        <source>Destination ci&amp;ty:</source>
        <translation>Destination ci&amp;ty:</translation>
    </message>
    <message>
        <location filename="../intake/worker_section.py" line="37"/>
        <source>&amp;Job:</source>
        <translation>&amp;Job:</translation>
    </message>
    <message>
        <location filename="../intake/worker_section.py" line="38"/>
        <source>Emp&amp;loyer:</source>
        <translation>Emp&amp;loyer:</translation>
    </message>
    <message>
        <location filename="../intake/worker_section.py" line="45"/>
        <source>Employer address:</source>
        <translation>Employer address:</translation>
    </message>
    <message>
        <location filename="../intake/worker_section.py" line="47"/>
        <source>Employer phone:</source>
        <translation>Employer phone:</translation>
    </message>
    <message>
        <location filename="../intake/worker_section.py" line="49"/>
        <source>First employer:</source>
        <translation>First employer:</translation>
    </message>
    <message>
        <location filename="../intake/worker_section.py" line="51"/>
        <source>Placement agency (PPTKIS):</source>
        <translation>Placement agency (PPTKIS):</translation>
    </message>
    <message>
        <location filename="../intake/worker_section.py" line="53"/>
        <source>Departure date:</source>
        <translation>Departure date:</translation>
    </message>
    <message>
        <location filename="../intake/worker_section.py" line="55"/>
        <source>Work agreement:</source>
        <translation>Work agreement:</translation>
    </message>
    <message>
        <location filename="../intake/worker_section.py" line="57"/>
        <source>number, date, duration</source>
        <translation>number, date, duration</translation>
    </message>
    <message>
        <location filename="../intake/worker_section.py" line="58"/>
        <source>KTKLN no.:</source>
        <translation>KTKLN no.:</translation>
    </message>
    <message>
        <location filename="../intake/worker_section.py" line="59"/>
        <source>Home address:</source>
        <translation>Home address:</translation>
    </message>
    <message>
        <location filename="../intake/worker_section.py" line="60"/>
        <source>Province:</source>
        <translation>Province:</translation>
    </message>
    <message>
        <location filename="../intake/worker_section.py" line="61"/>
        <source>Regency / city:</source>
        <translation>Regency / city:</translation>
    </message>
    <message>
        <location filename="../intake/worker_section.py" line="73"/>
        <source>L (male)</source>
        <translation>L (male)</translation>
    </message>
    <message>
        <location filename="../intake/worker_section.py" line="74"/>
        <source>P (female)</source>
        <translation>P (female)</translation>
    </message>
    <message>
        <location filename="../intake/worker_section.py" line="76"/>
        <source>More worker details (a&amp;gency, employer, home address)</source>
        <translation>More worker details (a&amp;gency, employer, home address)</translation>
    </message>
    <message>
        <location filename="../intake/documents_section.py" line="26"/>
        <source>Present</source>
        <translation>Present</translation>
    </message>
    <message>
        <location filename="../intake/documents_section.py" line="27"/>
        <source>Missing</source>
        <translation>Missing</translation>
    </message>
    <message>
        <location filename="../intake/documents_section.py" line="28"/>
        <source>Not applicable</source>
        <translation>Not applicable</translation>
    </message>
    <message>
        <location filename="../intake/documents_section.py" line="120"/>
        <source>Documents brought</source>
        <translation>Documents brought</translation>
    </message>
    <message>
        <location filename="../intake/documents_section.py" line="121"/>
        <source>Tab moves to the next document; the arrow keys choose.</source>
        <translation>Tab moves to the next document; the arrow keys choose.</translation>
    </message>
    <message>
        <location filename="../intake/complaint_section.py" line="21"/>
        <source>Complaint</source>
        <translation>Complaint</translation>
    </message>
    <message>
        <location filename="../intake/complaint_section.py" line="23"/>
        <source>&amp;Category:</source>
        <translation>&amp;Category:</translation>
    </message>
    <message>
        <location filename="../intake/complaint_section.py" line="27"/>
        <source>Recei&amp;ved via:</source>
        <translation>Recei&amp;ved via:</translation>
    </message>
    <message>
        <location filename="../intake/complaint_section.py" line="29"/>
        <source>Complainant t&amp;ype:</source>
        <translation>Complainant t&amp;ype:</translation>
    </message>
    <message>
        <location filename="../intake/complaint_section.py" line="38"/>
        <source>&amp;Description:</source>
        <translation>&amp;Description:</translation>
    </message>
    <message>
        <location filename="../intake/complaint_section.py" line="39"/>
        <source>What happened, since when, what the complainant asks for</source>
        <translation>What happened, since when, what the complainant asks for</translation>
    </message>
    <message>
        <location filename="../intake/form_binding.py" line="147"/>
        <source>Nothing was saved. Please correct the marked entries — {where}.</source>
        <translation>Nothing was saved. Please correct the marked entries — {where}.</translation>
    </message>
</context>
<context>
    <name>LoginDialog</name>
    <message>
        <location filename="../login.py" line="166"/>
        <source>Halo TKI Desk — Log in</source>
        <translation>Halo TKI Desk — Log in</translation>
    </message>
    <message>
        <location filename="../login.py" line="167"/>
        <source>Halo TKI Desk</source>
        <translation>Halo TKI Desk</translation>
    </message>
    <message>
        <location filename="../login.py" line="168"/>
        <source>Log in with your own username and password.</source>
        <translation>Log in with your own username and password.</translation>
    </message>
    <message>
        <location filename="../login.py" line="169"/>
        <source>&amp;Language:</source>
        <translation>&amp;Language:</translation>
    </message>
    <message>
        <location filename="../login.py" line="170"/>
        <source>&amp;Username:</source>
        <translation>&amp;Username:</translation>
    </message>
    <message>
        <location filename="../login.py" line="171"/>
        <source>&amp;Password:</source>
        <translation>&amp;Password:</translation>
    </message>
    <message>
        <location filename="../login.py" line="172"/>
        <source>&amp;Log in</source>
        <translation>&amp;Log in</translation>
    </message>
    <message>
        <location filename="../login.py" line="173"/>
        <source>&amp;Quit</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <location filename="../login.py" line="174"/>
        <source>Asking the central server…</source>
        <translation>Asking the central server…</translation>
    </message>
    <message>
        <location filename="../login.py" line="175"/>
        <source>Opening the data…</source>
        <translation>Opening the data…</translation>
    </message>
    <message>
        <location filename="../login.py" line="206"/>
        <source>Type your username.</source>
        <translation>Type your username.</translation>
    </message>
</context>
<context>
    <name>MainStatusBar</name>
    <message>
        <location filename="../status_bar.py" line="82"/>
        <source>Loading cases…</source>
        <translation>Loading cases…</translation>
    </message>
    <message>
        <location filename="../status_bar.py" line="87"/>
        <source>1 case</source>
        <translation>1 case</translation>
    </message>
    <message>
        <location filename="../status_bar.py" line="87"/>
        <source>{n} cases</source>
        <translation>{n} cases</translation>
    </message>
    <message>
        <location filename="../status_bar.py" line="89"/>
        <source>{shown} of {total} cases</source>
        <translation>{shown} of {total} cases</translation>
    </message>
    <message>
        <location filename="../status_bar.py" line="115"/>
        <source>This computer is not linked to the central server. Everything is saved on this computer only.</source>
        <translation>This computer is not linked to the central server. Everything is saved on this computer only.</translation>
    </message>
    <message>
        <location filename="../status_bar.py" line="140"/>
        <source>Office {code} · {device}</source>
        <translation>Office {code} · {device}</translation>
    </message>
    <message>
        <location filename="../status_bar.py" line="142"/>
        <source>{office}, device {letter}</source>
        <translation>{office}, device {letter}</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../main_window.py" line="234"/>
        <source>&amp;File</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="235"/>
        <source>&amp;Account</source>
        <translation>&amp;Account</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="236"/>
        <source>S&amp;ync</source>
        <translation>S&amp;ync</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="237"/>
        <source>&amp;Settings</source>
        <translation>&amp;Settings</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="238"/>
        <source>&amp;Help</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="239"/>
        <source>&amp;New complaint…</source>
        <translation>&amp;New complaint…</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="240"/>
        <source>Record a new complaint (Ctrl+N)</source>
        <translation>Record a new complaint (Ctrl+N)</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="241"/>
        <source>Your role does not record complaints</source>
        <translation>Your role does not record complaints</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="242"/>
        <source>&amp;Quit</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="243"/>
        <source>&amp;Change my password…</source>
        <translation>&amp;Change my password…</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="244"/>
        <source>&amp;Manage accounts…</source>
        <translation>&amp;Manage accounts…</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="245"/>
        <source>&amp;Log out</source>
        <translation>&amp;Log out</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="246"/>
        <source>&amp;Language…</source>
        <translation>&amp;Language…</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="247"/>
        <source>&amp;About Halo TKI Desk</source>
        <translation>&amp;About Halo TKI Desk</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="248"/>
        <source>&amp;Sync now</source>
        <translation>&amp;Sync now</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="249"/>
        <source>Send and receive changes now (F9)</source>
        <translation>Send and receive changes now (F9)</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="250"/>
        <source>Sync &amp;history…</source>
        <translation>Sync &amp;history…</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="251"/>
        <source>&amp;Refused changes…</source>
        <translation>&amp;Refused changes…</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="252"/>
        <source>Next &amp;conflict to resolve…</source>
        <translation>Next &amp;conflict to resolve…</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="253"/>
        <source>Sea&amp;rch:</source>
        <translation>Sea&amp;rch:</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="254"/>
        <source>Case number, name, passport, NIK or phone (Ctrl+F)</source>
        <translation>Case number, name, passport, NIK or phone (Ctrl+F)</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="324"/>
        <source>No case matches “{text}”.</source>
        <translation>No case matches “{text}”.</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="326"/>
        <source>No case matches these filters.</source>
        <translation>No case matches these filters.</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="328"/>
        <source>No complaints recorded yet.
Press Ctrl+N to record the first one.</source>
        <translation>No complaints recorded yet.
Press Ctrl+N to record the first one.</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="330"/>
        <source>No complaints recorded yet.</source>
        <translation>No complaints recorded yet.</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="413"/>
        <location filename="../main_window.py" line="476"/>
        <source>Halo TKI Desk</source>
        <translation>Halo TKI Desk</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="414"/>
        <source>This part of the application is not available in this version.</source>
        <translation>This part of the application is not available in this version.</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="477"/>
        <source>There is no conflict to resolve.</source>
        <translation>There is no conflict to resolve.</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="491"/>
        <source>About Halo TKI Desk</source>
        <translation>About Halo TKI Desk</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="492"/>
        <source>&lt;b&gt;Halo TKI Desk&lt;/b&gt;&lt;p&gt;Records and follows up complaints of Indonesian migrant workers and their families at BP3TKI offices, on this PC, with or without internet.&lt;/p&gt;&lt;p&gt;Halo TKI: 0800 1000 (toll-free), +62 21 29244800 from abroad.&lt;/p&gt;</source>
        <translation>&lt;b&gt;Halo TKI Desk&lt;/b&gt;&lt;p&gt;Records and follows up complaints of Indonesian migrant workers and their families at BP3TKI offices, on this PC, with or without internet.&lt;/p&gt;&lt;p&gt;Halo TKI: 0800 1000 (toll-free), +62 21 29244800 from abroad.&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>MainWindowSync</name>
    <message>
        <location filename="../sync/window_sync.py" line="53"/>
        <source>These cases were transferred to another office and are no longer on this computer: {numbers}. Everything recorded here about them had reached the central server first.</source>
        <translation>These cases were transferred to another office and are no longer on this computer: {numbers}. Everything recorded here about them had reached the central server first.</translation>
    </message>
    <message>
        <location filename="../sync/window_sync.py" line="58"/>
        <source>Their open windows were closed.</source>
        <translation>Their open windows were closed.</translation>
    </message>
    <message>
        <location filename="../sync/window_sync.py" line="59"/>
        <source>Cases moved to another office</source>
        <translation>Cases moved to another office</translation>
    </message>
    <message>
        <location filename="../sync/window_sync.py" line="65"/>
        <source>This computer no longer synchronises. The data on it can still be read, and what is recorded here stays here.</source>
        <translation>This computer no longer synchronises. The data on it can still be read, and what is recorded here stays here.</translation>
    </message>
    <message>
        <location filename="../sync/window_sync.py" line="67"/>
        <source>Synchronisation stopped</source>
        <translation>Synchronisation stopped</translation>
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
        <location filename="../receipt_dialog.py" line="96"/>
        <source>Complaint receipt — {number}</source>
        <translation>Complaint receipt — {number}</translation>
    </message>
    <message>
        <location filename="../receipt_dialog.py" line="98"/>
        <source>Print this receipt and give it to the complainant: it has the case number to quote when they call, and lists the documents still missing.</source>
        <translation>Print this receipt and give it to the complainant: it has the case number to quote when they call, and lists the documents still missing.</translation>
    </message>
    <message>
        <location filename="../receipt_dialog.py" line="100"/>
        <source>&amp;Print…</source>
        <translation>&amp;Print…</translation>
    </message>
    <message>
        <location filename="../receipt_dialog.py" line="101"/>
        <source>Print (Ctrl+P)</source>
        <translation>Print (Ctrl+P)</translation>
    </message>
    <message>
        <location filename="../receipt_dialog.py" line="102"/>
        <source>Save as P&amp;DF…</source>
        <translation>Save as P&amp;DF…</translation>
    </message>
    <message>
        <location filename="../receipt_dialog.py" line="103"/>
        <source>Save as PDF (Ctrl+S)</source>
        <translation>Save as PDF (Ctrl+S)</translation>
    </message>
    <message>
        <location filename="../receipt_dialog.py" line="104"/>
        <source>&amp;Close</source>
        <translation>&amp;Close</translation>
    </message>
    <message>
        <location filename="../receipt_dialog.py" line="117"/>
        <source>Preparing the receipt…</source>
        <translation>Preparing the receipt…</translation>
    </message>
    <message>
        <location filename="../receipt_dialog.py" line="137"/>
        <source>The receipt could not be shown.</source>
        <translation>The receipt could not be shown.</translation>
    </message>
    <message>
        <location filename="../receipt_dialog.py" line="175"/>
        <location filename="../receipt_dialog.py" line="187"/>
        <source>Print receipt</source>
        <translation>Print receipt</translation>
    </message>
    <message>
        <location filename="../receipt_dialog.py" line="188"/>
        <source>The receipt could not be printed. Check that the printer is on and has paper, then try again.</source>
        <translation>The receipt could not be printed. Check that the printer is on and has paper, then try again.</translation>
    </message>
    <message>
        <location filename="../receipt_dialog.py" line="191"/>
        <source>Sent to the printer.</source>
        <translation>Sent to the printer.</translation>
    </message>
    <message>
        <location filename="../receipt_dialog.py" line="205"/>
        <source>Save receipt as PDF</source>
        <translation>Save receipt as PDF</translation>
    </message>
    <message>
        <location filename="../receipt_dialog.py" line="205"/>
        <source>PDF files (*.pdf)</source>
        <translation>PDF files (*.pdf)</translation>
    </message>
    <message>
        <location filename="../receipt_dialog.py" line="219"/>
        <source>Saved to {path}</source>
        <translation>Saved to {path}</translation>
    </message>
    <message>
        <location filename="../receipt_dialog.py" line="221"/>
        <source>Receipt saved</source>
        <translation>Receipt saved</translation>
    </message>
    <message>
        <location filename="../receipt_dialog.py" line="222"/>
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
        <location filename="../widgets.py" line="24"/>
        <source>— choose —</source>
        <translation>— choose —</translation>
    </message>
</context>
<context>
    <name>RejectedChangesDialog</name>
    <message>
        <location filename="../sync/rejected_dialog.py" line="19"/>
        <source>Refused changes — Halo TKI Desk</source>
        <translation>Refused changes — Halo TKI Desk</translation>
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
        <source>&amp;Confirm new password:</source>
        <translation>&amp;Confirm new password:</translation>
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
    <name>StartupFlow</name>
    <message>
        <location filename="../startup_flow.py" line="138"/>
        <source>Halo TKI Desk will close now.</source>
        <translation>Halo TKI Desk will close now.</translation>
    </message>
    <message>
        <location filename="../startup_flow.py" line="140"/>
        <source>Halo TKI Desk</source>
        <translation>Halo TKI Desk</translation>
    </message>
</context>
<context>
    <name>StatusDialog</name>
    <message>
        <location filename="../case_view/status_dialog.py" line="29"/>
        <source>Only a supervisor can reopen a closed case.</source>
        <translation>Only a supervisor can reopen a closed case.</translation>
    </message>
    <message>
        <location filename="../case_view/status_dialog.py" line="31"/>
        <source>Your role cannot change the status of a case.</source>
        <translation>Your role cannot change the status of a case.</translation>
    </message>
    <message>
        <location filename="../case_view/status_dialog.py" line="41"/>
        <source>Change status of {number}</source>
        <translation>Change status of {number}</translation>
    </message>
    <message>
        <location filename="../case_view/status_dialog.py" line="42"/>
        <source>&amp;Change status</source>
        <translation>&amp;Change status</translation>
    </message>
    <message>
        <location filename="../case_view/status_dialog.py" line="46"/>
        <source>Current status:</source>
        <translation>Current status:</translation>
    </message>
    <message>
        <location filename="../case_view/status_dialog.py" line="50"/>
        <source>&amp;New status:</source>
        <translation>&amp;New status:</translation>
    </message>
    <message>
        <location filename="../case_view/status_dialog.py" line="52"/>
        <source>&amp;Outcome:</source>
        <translation>&amp;Outcome:</translation>
    </message>
    <message>
        <location filename="../case_view/status_dialog.py" line="54"/>
        <source>Number of the case that is kept</source>
        <translation>Number of the case that is kept</translation>
    </message>
    <message>
        <location filename="../case_view/status_dialog.py" line="55"/>
        <source>&amp;Duplicate of case:</source>
        <translation>&amp;Duplicate of case:</translation>
    </message>
    <message>
        <location filename="../case_view/status_dialog.py" line="57"/>
        <source>Optional: why the status changes</source>
        <translation>Optional: why the status changes</translation>
    </message>
    <message>
        <location filename="../case_view/status_dialog.py" line="58"/>
        <source>No&amp;te:</source>
        <translation>No&amp;te:</translation>
    </message>
    <message>
        <location filename="../case_view/status_dialog.py" line="71"/>
        <source>— choose —</source>
        <translation>— choose —</translation>
    </message>
</context>
<context>
    <name>SyncLogDialog</name>
    <message>
        <location filename="../sync/log_dialog.py" line="20"/>
        <source>Sync history — Halo TKI Desk</source>
        <translation>Sync history — Halo TKI Desk</translation>
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
        <location filename="../sync/describe.py" line="27"/>
        <source>Sending</source>
        <translation>Sending</translation>
    </message>
    <message>
        <location filename="../sync/describe.py" line="28"/>
        <source>Receiving</source>
        <translation>Receiving</translation>
    </message>
    <message>
        <location filename="../sync/describe.py" line="29"/>
        <source>Checking</source>
        <translation>Checking</translation>
    </message>
    <message>
        <location filename="../sync/describe.py" line="30"/>
        <source>Restoring</source>
        <translation>Restoring</translation>
    </message>
    <message>
        <location filename="../sync/describe.py" line="31"/>
        <source>Uploading attachments</source>
        <translation>Uploading attachments</translation>
    </message>
    <message>
        <location filename="../sync/describe.py" line="32"/>
        <source>Downloading attachment</source>
        <translation>Downloading attachment</translation>
    </message>
    <message>
        <location filename="../sync/describe.py" line="35"/>
        <source>Succeeded</source>
        <translation>Succeeded</translation>
    </message>
    <message>
        <location filename="../sync/describe.py" line="36"/>
        <source>Done, but this computer&apos;s clock is wrong</source>
        <translation>Done, but this computer&apos;s clock is wrong</translation>
    </message>
    <message>
        <location filename="../sync/describe.py" line="37"/>
        <source>Offline: the server could not be reached</source>
        <translation>Offline: the server could not be reached</translation>
    </message>
    <message>
        <location filename="../sync/describe.py" line="38"/>
        <location filename="../sync/describe.py" line="200"/>
        <source>Access revoked</source>
        <translation>Access revoked</translation>
    </message>
    <message>
        <location filename="../sync/describe.py" line="39"/>
        <source>Failed</source>
        <translation>Failed</translation>
    </message>
    <message>
        <location filename="../sync/describe.py" line="46"/>
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
        <location filename="../sync/describe.py" line="116"/>
        <source>Only on this computer</source>
        <translation>Only on this computer</translation>
    </message>
    <message>
        <location filename="../sync/describe.py" line="120"/>
        <location filename="../sync/describe.py" line="161"/>
        <source>Connecting…</source>
        <translation>Connecting…</translation>
    </message>
    <message>
        <location filename="../sync/describe.py" line="123"/>
        <source>Last sync: {when}</source>
        <translation>Last sync: {when}</translation>
    </message>
    <message>
        <location filename="../sync/describe.py" line="124"/>
        <source>Not synchronised yet</source>
        <translation>Not synchronised yet</translation>
    </message>
    <message>
        <location filename="../sync/describe.py" line="129"/>
        <source>Sync stopped after an unexpected error; your data is safe on this computer. Close and reopen the application; if it happens again, tell the office IT (the log file has the details).</source>
        <translation>Sync stopped after an unexpected error; your data is safe on this computer. Close and reopen the application; if it happens again, tell the office IT (the log file has the details).</translation>
    </message>
    <message>
        <location filename="../sync/describe.py" line="133"/>
        <source>Sync stopped</source>
        <translation>Sync stopped</translation>
    </message>
    <message>
        <location filename="../sync/describe.py" line="139"/>
        <source>It is about 1 minute ahead of the server.</source>
        <translation>It is about 1 minute ahead of the server.</translation>
    </message>
    <message>
        <location filename="../sync/describe.py" line="141"/>
        <source>It is about {n} minutes ahead of the server.</source>
        <translation>It is about {n} minutes ahead of the server.</translation>
    </message>
    <message>
        <location filename="../sync/describe.py" line="143"/>
        <source>This computer&apos;s clock is wrong; correct the date and time.</source>
        <translation>This computer&apos;s clock is wrong; correct the date and time.</translation>
    </message>
    <message>
        <location filename="../sync/describe.py" line="145"/>
        <source>Clock wrong</source>
        <translation>Clock wrong</translation>
    </message>
    <message>
        <location filename="../sync/describe.py" line="148"/>
        <source>Your data is safe on this computer and will be sent when the connection returns.</source>
        <translation>Your data is safe on this computer and will be sent when the connection returns.</translation>
    </message>
    <message>
        <location filename="../sync/describe.py" line="189"/>
        <source>Reason: {reason}. The data on this computer can still be read.</source>
        <translation>Reason: {reason}. The data on this computer can still be read.</translation>
    </message>
    <message>
        <location filename="../sync/describe.py" line="192"/>
        <source>The data on this computer can still be read.</source>
        <translation>The data on this computer can still be read.</translation>
    </message>
    <message>
        <location filename="../sync/describe.py" line="150"/>
        <source>Offline</source>
        <translation>Offline</translation>
    </message>
    <message>
        <location filename="../sync/describe.py" line="153"/>
        <source>Sync will try again by itself.</source>
        <translation>Sync will try again by itself.</translation>
    </message>
    <message>
        <location filename="../sync/describe.py" line="155"/>
        <source>Sync failed</source>
        <translation>Sync failed</translation>
    </message>
    <message>
        <location filename="../sync/describe.py" line="159"/>
        <source>Synchronising…</source>
        <translation>Synchronising…</translation>
    </message>
    <message>
        <location filename="../sync/describe.py" line="163"/>
        <source>Online</source>
        <translation>Online</translation>
    </message>
    <message>
        <location filename="../sync/describe.py" line="171"/>
        <source>1 conflict to resolve</source>
        <translation>1 conflict to resolve</translation>
    </message>
    <message>
        <location filename="../sync/describe.py" line="173"/>
        <source>{n} conflicts to resolve</source>
        <translation>{n} conflicts to resolve</translation>
    </message>
    <message>
        <location filename="../sync/describe.py" line="176"/>
        <source>1 change refused</source>
        <translation>1 change refused</translation>
    </message>
    <message>
        <location filename="../sync/describe.py" line="178"/>
        <source>{n} changes refused</source>
        <translation>{n} changes refused</translation>
    </message>
    <message>
        <location filename="../sync/describe.py" line="196"/>
        <source>1 change not sent</source>
        <translation>1 change not sent</translation>
    </message>
    <message>
        <location filename="../sync/describe.py" line="198"/>
        <source>{n} changes not sent</source>
        <translation>{n} changes not sent</translation>
    </message>
</context>
<context>
    <name>TableDialog</name>
    <message>
        <location filename="../sync/table_dialog.py" line="53"/>
        <source>&amp;Refresh</source>
        <translation>&amp;Refresh</translation>
    </message>
</context>
<context>
    <name>TimelineView</name>
    <message>
        <location filename="../case_view/timeline_view.py" line="25"/>
        <source>Status: {old} → {new}</source>
        <translation>Status: {old} → {new}</translation>
    </message>
    <message>
        <location filename="../case_view/timeline_view.py" line="38"/>
        <source>Channel: {channel}</source>
        <translation>Channel: {channel}</translation>
    </message>
    <message>
        <location filename="../case_view/timeline_view.py" line="41"/>
        <source>Next contact due {date}</source>
        <translation>Next contact due {date}</translation>
    </message>
    <message>
        <location filename="../case_view/timeline_view.py" line="45"/>
        <source>Duplicate of {number}</source>
        <translation>Duplicate of {number}</translation>
    </message>
    <message>
        <location filename="../case_view/timeline_view.py" line="69"/>
        <source>Timeline</source>
        <translation>Timeline</translation>
    </message>
    <message>
        <location filename="../case_view/timeline_view.py" line="91"/>
        <source>Nothing recorded yet.</source>
        <translation>Nothing recorded yet.</translation>
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
