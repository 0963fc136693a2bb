<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="id_ID">
<context>
    <name>AccountsDialog</name>
    <message>
        <location filename="../accounts_dialog.py" line="136"/>
        <source>Yes</source>
        <translation>Ya</translation>
    </message>
    <message>
        <location filename="../accounts_dialog.py" line="136"/>
        <source>No (removed)</source>
        <translation>Tidak (dihapus)</translation>
    </message>
    <message>
        <location filename="../accounts_dialog.py" line="177"/>
        <source>The password of {username} was reset.</source>
        <translation>Kata sandi {username} sudah diatur ulang.</translation>
    </message>
    <message>
        <location filename="../accounts_dialog.py" line="185"/>
        <source>Remove account</source>
        <translation>Hapus akun</translation>
    </message>
    <message>
        <location filename="../accounts_dialog.py" line="186"/>
        <source>Remove the account of {name} ({username})?

They will no longer be able to log in on this PC. What they recorded stays in the cases and the audit trail.</source>
        <translation>Hapus akun {name} ({username})?

Orang ini tidak dapat lagi masuk di komputer ini. Apa yang sudah dicatatnya tetap ada di kasus dan jejak audit.</translation>
    </message>
    <message>
        <location filename="../accounts_dialog.py" line="202"/>
        <source>The account {username} was removed.</source>
        <translation>Akun {username} sudah dihapus.</translation>
    </message>
    <message>
        <location filename="../accounts_dialog.py" line="205"/>
        <source>Open cases now without a handling officer ({count}): {numbers}. Assign them from the list (View &gt; Unassigned cases, Ctrl+5).</source>
        <translation>Kasus terbuka yang kini tanpa petugas penanganan ({count}): {numbers}. Tetapkan petugasnya dari daftar (Tampilan &gt; Belum ada petugas, Ctrl+5).</translation>
    </message>
    <message>
        <location filename="../accounts_dialog.py" line="239"/>
        <source>Staff accounts</source>
        <translation>Akun petugas</translation>
    </message>
    <message>
        <location filename="../accounts_dialog.py" line="241"/>
        <source>Each person logs in with their own account; what they record is signed with it. Remove the account of someone who leaves the office.</source>
        <translation>Setiap petugas masuk dengan akunnya sendiri; semua yang dicatat ditandai dengan akun itu. Hapus akun petugas yang sudah tidak bertugas di kantor ini.</translation>
    </message>
    <message>
        <location filename="../accounts_dialog.py" line="244"/>
        <source>Username</source>
        <translation>Nama pengguna</translation>
    </message>
    <message>
        <location filename="../accounts_dialog.py" line="244"/>
        <source>Full name</source>
        <translation>Nama lengkap</translation>
    </message>
    <message>
        <location filename="../accounts_dialog.py" line="244"/>
        <source>Role</source>
        <translation>Peran</translation>
    </message>
    <message>
        <location filename="../accounts_dialog.py" line="244"/>
        <source>Active</source>
        <translation>Aktif</translation>
    </message>
    <message>
        <location filename="../accounts_dialog.py" line="245"/>
        <source>&amp;Add…</source>
        <translation>&amp;Tambah…</translation>
    </message>
    <message>
        <location filename="../accounts_dialog.py" line="246"/>
        <source>&amp;Reset password…</source>
        <translation>Atur &amp;ulang kata sandi…</translation>
    </message>
    <message>
        <location filename="../accounts_dialog.py" line="247"/>
        <source>Re&amp;move…</source>
        <translation>&amp;Hapus…</translation>
    </message>
    <message>
        <location filename="../accounts_dialog.py" line="248"/>
        <source>Close</source>
        <translation>Tutup</translation>
    </message>
</context>
<context>
    <name>AddUserDialog</name>
    <message>
        <location filename="../accounts_dialog.py" line="310"/>
        <source>Add an account</source>
        <translation>Tambah akun</translation>
    </message>
    <message>
        <location filename="../accounts_dialog.py" line="311"/>
        <source>&amp;Username:</source>
        <translation>Nama &amp;pengguna:</translation>
    </message>
    <message>
        <location filename="../accounts_dialog.py" line="311"/>
        <source>&amp;Full name:</source>
        <translation>Nama &amp;lengkap:</translation>
    </message>
    <message>
        <location filename="../accounts_dialog.py" line="312"/>
        <source>&amp;Role:</source>
        <translation>Pe&amp;ran:</translation>
    </message>
    <message>
        <location filename="../accounts_dialog.py" line="312"/>
        <source>&amp;Password:</source>
        <translation>&amp;Kata sandi:</translation>
    </message>
    <message>
        <location filename="../accounts_dialog.py" line="313"/>
        <source>&amp;Confirm password:</source>
        <translation>Ulan&amp;gi kata sandi:</translation>
    </message>
    <message>
        <location filename="../accounts_dialog.py" line="316"/>
        <source>e.g. siti.a</source>
        <translation>mis. siti.a</translation>
    </message>
    <message>
        <location filename="../accounts_dialog.py" line="317"/>
        <source>at least 8 characters</source>
        <translation>minimal 8 karakter</translation>
    </message>
    <message>
        <location filename="../accounts_dialog.py" line="320"/>
        <source>&amp;Add</source>
        <translation>&amp;Tambah</translation>
    </message>
    <message>
        <location filename="../accounts_dialog.py" line="321"/>
        <source>Cancel</source>
        <translation>Batal</translation>
    </message>
</context>
<context>
    <name>AnonymisedBanner</name>
    <message>
        <location filename="../case_view/anonymised_banner.py" line="52"/>
        <source>This case was anonymised on {date} because its retention period ended. It can only be read.</source>
        <translation>Kasus ini telah dianonimkan pada {date} karena masa retensinya berakhir. Kasus ini hanya dapat dibaca.</translation>
    </message>
    <message>
        <location filename="../case_view/anonymised_banner.py" line="65"/>
        <source>The case was anonymised: it can only be read.</source>
        <translation>Kasus ini telah dianonimkan: hanya dapat dibaca.</translation>
    </message>
</context>
<context>
    <name>ApprovalDialog</name>
    <message>
        <location filename="../case_view/approval_dialog.py" line="82"/>
        <source>Closure proposed for {number}</source>
        <translation>Usulan penutupan {number}</translation>
    </message>
    <message>
        <location filename="../case_view/approval_dialog.py" line="88"/>
        <source>Needed to return it: what the officer should do or add</source>
        <translation>Wajib diisi untuk mengembalikan: apa yang perlu dilakukan atau dilengkapi petugas</translation>
    </message>
    <message>
        <location filename="../case_view/approval_dialog.py" line="90"/>
        <source>N&amp;ote to the officer:</source>
        <translation>&amp;Catatan untuk petugas:</translation>
    </message>
    <message>
        <location filename="../case_view/approval_dialog.py" line="101"/>
        <source>Proposed:</source>
        <translation>Usulan:</translation>
    </message>
    <message>
        <location filename="../case_view/approval_dialog.py" line="103"/>
        <source>Duplicate of:</source>
        <translation>Duplikat dari:</translation>
    </message>
    <message>
        <location filename="../case_view/approval_dialog.py" line="107"/>
        <source>Proposed by:</source>
        <translation>Diusulkan oleh:</translation>
    </message>
    <message>
        <location filename="../case_view/approval_dialog.py" line="113"/>
        <source>Summary:</source>
        <translation>Ringkasan:</translation>
    </message>
    <message>
        <location filename="../case_view/approval_dialog.py" line="122"/>
        <source>Changes since the proposal</source>
        <translation>Perubahan sejak usulan</translation>
    </message>
    <message>
        <location filename="../case_view/approval_dialog.py" line="129"/>
        <source>&amp;Approve</source>
        <translation>&amp;Setujui</translation>
    </message>
    <message>
        <location filename="../case_view/approval_dialog.py" line="130"/>
        <source>&amp;Return to the officer</source>
        <translation>&amp;Kembalikan ke petugas</translation>
    </message>
    <message>
        <location filename="../case_view/approval_dialog.py" line="177"/>
        <source>This case changed after {name} proposed it. Look at what changed since, then approve anyway or return the proposal with a note.</source>
        <translation>Kasus ini berubah setelah diusulkan oleh {name}. Periksa perubahannya, lalu setujui tetap atau kembalikan usulan dengan catatan.</translation>
    </message>
    <message>
        <location filename="../case_view/approval_dialog.py" line="184"/>
        <source>The case was updated after the proposal, but no step, correction or document change is recorded here; look at the case before approving.</source>
        <translation>Kasus diperbarui setelah diusulkan, tetapi tidak ada langkah, perbaikan data, atau perubahan dokumen yang tercatat di sini; periksa kasusnya sebelum menyetujui.</translation>
    </message>
    <message>
        <location filename="../case_view/approval_dialog.py" line="190"/>
        <source>&amp;Approve anyway</source>
        <translation>&amp;Setujui tetap</translation>
    </message>
</context>
<context>
    <name>AssignOfficerDialog</name>
    <message>
        <location filename="../case_view/assign_officer_dialog.py" line="31"/>
        <source>Handling officer of {number}</source>
        <translation>Petugas penanganan {number}</translation>
    </message>
    <message>
        <location filename="../case_view/assign_officer_dialog.py" line="33"/>
        <source>&amp;Assign</source>
        <translation>&amp;Tetapkan</translation>
    </message>
    <message>
        <location filename="../case_view/assign_officer_dialog.py" line="36"/>
        <source>Nobody yet</source>
        <translation>Belum ada</translation>
    </message>
    <message>
        <location filename="../case_view/assign_officer_dialog.py" line="38"/>
        <source>Handled now by:</source>
        <translation>Ditangani saat ini oleh:</translation>
    </message>
    <message>
        <location filename="../case_view/assign_officer_dialog.py" line="40"/>
        <source>&amp;Officer:</source>
        <translation>&amp;Petugas:</translation>
    </message>
    <message>
        <location filename="../case_view/assign_officer_dialog.py" line="43"/>
        <source>Optional, e.g. Budi is on leave until Monday</source>
        <translation>Opsional, mis. Budi cuti sampai Senin</translation>
    </message>
    <message>
        <location filename="../case_view/assign_officer_dialog.py" line="44"/>
        <source>&amp;Note:</source>
        <translation>&amp;Catatan:</translation>
    </message>
    <message>
        <location filename="../case_view/assign_officer_dialog.py" line="45"/>
        <source>Type a few letters of the name to filter. Only active accounts whose role handles cases are listed.</source>
        <translation>Ketik beberapa huruf nama untuk menyaring. Hanya akun aktif yang perannya menangani kasus yang ditampilkan.</translation>
    </message>
    <message>
        <location filename="../case_view/assign_officer_dialog.py" line="59"/>
        <source>Loading the officers…</source>
        <translation>Memuat daftar petugas…</translation>
    </message>
    <message>
        <location filename="../case_view/assign_officer_dialog.py" line="70"/>
        <source>Nobody (unassigned)</source>
        <translation>Tidak ada (belum ditetapkan)</translation>
    </message>
    <message>
        <location filename="../case_view/assign_officer_dialog.py" line="73"/>
        <source>Name or username</source>
        <translation>Nama atau nama pengguna</translation>
    </message>
    <message>
        <location filename="../case_view/assign_officer_dialog.py" line="103"/>
        <source>Choose an officer, or “Nobody (unassigned)”.</source>
        <translation>Pilih petugas, atau “Tidak ada (belum ditetapkan)”.</translation>
    </message>
    <message>
        <location filename="../case_view/assign_officer_dialog.py" line="106"/>
        <source>Several officers match “{text}”: type more of the name or pick one from the list.</source>
        <translation>Beberapa petugas cocok dengan “{text}”: ketik nama lebih lengkap atau pilih dari daftar.</translation>
    </message>
    <message>
        <location filename="../case_view/assign_officer_dialog.py" line="110"/>
        <source>No active officer matches “{text}”.</source>
        <translation>Tidak ada petugas aktif yang cocok dengan “{text}”.</translation>
    </message>
</context>
<context>
    <name>AttachmentViewer</name>
    <message>
        <location filename="../case_view/attachment_viewer.py" line="38"/>
        <source>{name} — Attachment</source>
        <translation>{name} — Lampiran</translation>
    </message>
    <message>
        <location filename="../case_view/attachment_viewer.py" line="41"/>
        <source>&amp;Fit to window</source>
        <translation>&amp;Sesuaikan dengan jendela</translation>
    </message>
    <message>
        <location filename="../case_view/attachment_viewer.py" line="44"/>
        <source>Save a cop&amp;y…</source>
        <translation>Simpan sali&amp;nan…</translation>
    </message>
    <message>
        <location filename="../case_view/attachment_viewer.py" line="49"/>
        <source>&amp;Close</source>
        <translation>&amp;Tutup</translation>
    </message>
    <message>
        <location filename="../case_view/attachment_viewer.py" line="82"/>
        <source>This file cannot be shown here: its format is not supported on this PC, or it is damaged.</source>
        <translation>Berkas ini tidak dapat ditampilkan di sini: formatnya tidak didukung di komputer ini, atau berkasnya rusak.</translation>
    </message>
    <message>
        <location filename="../case_view/attachment_viewer.py" line="85"/>
        <source>Use “Save a copy…” to open it in another program.</source>
        <translation>Gunakan “Simpan salinan…” untuk membukanya dengan program lain.</translation>
    </message>
    <message>
        <location filename="../case_view/attachment_viewer.py" line="124"/>
        <source>Opening the PDF…</source>
        <translation>Membuka PDF…</translation>
    </message>
    <message>
        <location filename="../case_view/attachment_viewer.py" line="136"/>
        <source>Pages: {count}</source>
        <translation>{count} halaman</translation>
    </message>
</context>
<context>
    <name>AttachmentsPanel</name>
    <message>
        <location filename="../case_view/attachments_panel.py" line="111"/>
        <source>Scans and photos attached here are kept encrypted on this PC and open inside the application. Only “Save a copy…” writes a file, where you choose.</source>
        <translation>Hasil pindaian dan foto yang dilampirkan di sini disimpan terenkripsi di komputer ini dan dibuka di dalam aplikasi. Hanya “Simpan salinan…” yang menulis berkas, di tempat yang Anda pilih.</translation>
    </message>
    <message>
        <location filename="../case_view/attachments_panel.py" line="113"/>
        <source>File name</source>
        <translation>Nama berkas</translation>
    </message>
    <message>
        <location filename="../case_view/attachments_panel.py" line="113"/>
        <source>Type</source>
        <translation>Jenis</translation>
    </message>
    <message>
        <location filename="../case_view/attachments_panel.py" line="113"/>
        <source>Size</source>
        <translation>Ukuran</translation>
    </message>
    <message>
        <location filename="../case_view/attachments_panel.py" line="114"/>
        <source>Added</source>
        <translation>Ditambahkan</translation>
    </message>
    <message>
        <location filename="../case_view/attachments_panel.py" line="114"/>
        <source>By</source>
        <translation>Oleh</translation>
    </message>
    <message>
        <location filename="../case_view/attachments_panel.py" line="114"/>
        <source>State</source>
        <translation>Keadaan</translation>
    </message>
    <message>
        <location filename="../case_view/attachments_panel.py" line="115"/>
        <source>Scan of</source>
        <translation>Pindaian dari</translation>
    </message>
    <message>
        <location filename="../case_view/attachments_panel.py" line="116"/>
        <source>Attachments</source>
        <translation>Lampiran</translation>
    </message>
    <message>
        <location filename="../case_view/attachments_panel.py" line="117"/>
        <source>No attachments yet.</source>
        <translation>Belum ada lampiran.</translation>
    </message>
    <message>
        <location filename="../case_view/attachments_panel.py" line="118"/>
        <source>Attac&amp;h file…</source>
        <translation>Lampirkan berka&amp;s…</translation>
    </message>
    <message>
        <location filename="../case_view/attachments_panel.py" line="119"/>
        <source>Ope&amp;n</source>
        <translation>&amp;Buka</translation>
    </message>
    <message>
        <location filename="../case_view/attachments_panel.py" line="120"/>
        <source>Save a cop&amp;y…</source>
        <translation>Simpan sali&amp;nan…</translation>
    </message>
    <message>
        <location filename="../case_view/attachments_panel.py" line="139"/>
        <source>not downloaded yet</source>
        <translation>belum diunduh</translation>
    </message>
    <message>
        <location filename="../case_view/attachments_panel.py" line="148"/>
        <source>The content arrives with the next sync; it cannot be opened before.</source>
        <translation>Isinya tiba pada sinkronisasi berikutnya; sebelum itu lampiran belum dapat dibuka.</translation>
    </message>
    <message>
        <location filename="../case_view/attachments_panel.py" line="170"/>
        <source>Your role cannot attach files.</source>
        <translation>Peran Anda tidak dapat melampirkan berkas.</translation>
    </message>
    <message>
        <location filename="../case_view/attachments_panel.py" line="175"/>
        <location filename="../case_view/attachments_panel.py" line="265"/>
        <source>Your role cannot save copies of attachments.</source>
        <translation>Peran Anda tidak dapat menyimpan salinan lampiran.</translation>
    </message>
    <message>
        <location filename="../case_view/attachments_panel.py" line="179"/>
        <source>“{name}” is not on this PC yet: “Open” downloads it from the central server ({size}).</source>
        <translation>“{name}” belum ada di komputer ini: “Buka” mengunduhnya dari server pusat ({size}).</translation>
    </message>
    <message>
        <location filename="../case_view/attachments_panel.py" line="184"/>
        <source>“{name}” has not been downloaded to this PC yet. It can be opened after the next sync with the server.</source>
        <translation>“{name}” belum diunduh ke komputer ini. Lampiran dapat dibuka setelah sinkronisasi berikutnya dengan server.</translation>
    </message>
    <message>
        <location filename="../case_view/attachments_panel.py" line="214"/>
        <source>Choosing a file…</source>
        <translation>Memilih berkas…</translation>
    </message>
    <message>
        <location filename="../case_view/attachments_panel.py" line="224"/>
        <source>Attach a scan or photo</source>
        <translation>Lampirkan hasil pindaian atau foto</translation>
    </message>
    <message>
        <location filename="../case_view/attachments_panel.py" line="225"/>
        <source>Scans and photos ({patterns});;All files (*)</source>
        <translation>Hasil pindaian dan foto ({patterns});;Semua berkas (*)</translation>
    </message>
    <message>
        <location filename="../case_view/attachments_panel.py" line="236"/>
        <source>Attaching “{name}”…</source>
        <translation>Melampirkan “{name}”…</translation>
    </message>
    <message>
        <location filename="../case_view/attachments_panel.py" line="241"/>
        <source>Attached “{name}”.</source>
        <translation>“{name}” sudah dilampirkan.</translation>
    </message>
    <message>
        <location filename="../case_view/attachments_panel.py" line="256"/>
        <source>Opening “{name}”…</source>
        <translation>Membuka “{name}”…</translation>
    </message>
    <message>
        <location filename="../case_view/attachments_panel.py" line="289"/>
        <source>Downloading “{name}”…</source>
        <translation>Mengunduh “{name}”…</translation>
    </message>
    <message>
        <location filename="../case_view/attachments_panel.py" line="298"/>
        <source>Downloading “{name}”… {percent}%</source>
        <translation>Mengunduh “{name}”… {percent}%</translation>
    </message>
    <message>
        <location filename="../case_view/attachments_panel.py" line="315"/>
        <source>“{name}” could not be downloaded: the central server cannot be reached. Try again when this computer is online.</source>
        <translation>“{name}” tidak dapat diunduh: server pusat tidak dapat dihubungi. Coba lagi saat komputer ini tersambung.</translation>
    </message>
    <message>
        <location filename="../case_view/attachments_panel.py" line="319"/>
        <source>Sync is not running on this computer, so “{name}” cannot be downloaded.</source>
        <translation>Sinkronisasi tidak berjalan di komputer ini, jadi “{name}” tidak dapat diunduh.</translation>
    </message>
    <message>
        <location filename="../case_view/attachments_panel.py" line="339"/>
        <source>Save a copy of the attachment</source>
        <translation>Simpan salinan lampiran</translation>
    </message>
    <message>
        <location filename="../case_view/attachments_panel.py" line="340"/>
        <source>{kind} files ({patterns})</source>
        <translation>Berkas {kind} ({patterns})</translation>
    </message>
    <message>
        <location filename="../case_view/attachments_panel.py" line="347"/>
        <source>Saving a copy…</source>
        <translation>Menyimpan salinan…</translation>
    </message>
    <message>
        <location filename="../case_view/attachments_panel.py" line="353"/>
        <source>A copy was saved to {path}</source>
        <translation>Salinan disimpan di {path}</translation>
    </message>
</context>
<context>
    <name>AuditTableModel</name>
    <message>
        <location filename="../audit_window.py" line="139"/>
        <source>When</source>
        <translation>Waktu</translation>
    </message>
    <message>
        <location filename="../audit_window.py" line="139"/>
        <source>Who</source>
        <translation>Siapa</translation>
    </message>
    <message>
        <location filename="../audit_window.py" line="139"/>
        <source>Device / office</source>
        <translation>Komputer / kantor</translation>
    </message>
    <message>
        <location filename="../audit_window.py" line="140"/>
        <source>Action</source>
        <translation>Tindakan</translation>
    </message>
    <message>
        <location filename="../audit_window.py" line="140"/>
        <source>Case or target</source>
        <translation>Kasus atau sasaran</translation>
    </message>
    <message>
        <location filename="../audit_window.py" line="140"/>
        <source>Detail</source>
        <translation>Rincian</translation>
    </message>
    <message>
        <location filename="../audit_window.py" line="165"/>
        <source>central server</source>
        <translation>server pusat</translation>
    </message>
    <message>
        <location filename="../audit_window.py" line="175"/>
        <source>found by</source>
        <translation>dicari dengan</translation>
    </message>
    <message>
        <location filename="../audit_window.py" line="175"/>
        <source>cases</source>
        <translation>kasus</translation>
    </message>
    <message>
        <location filename="../audit_window.py" line="176"/>
        <source>information requests</source>
        <translation>permintaan informasi</translation>
    </message>
    <message>
        <location filename="../audit_window.py" line="177"/>
        <source>attachments</source>
        <translation>lampiran</translation>
    </message>
    <message>
        <location filename="../audit_window.py" line="177"/>
        <source>rows</source>
        <translation>baris</translation>
    </message>
    <message>
        <location filename="../audit_window.py" line="178"/>
        <source>filter</source>
        <translation>penyaring</translation>
    </message>
    <message>
        <location filename="../audit_window.py" line="178"/>
        <source>pages</source>
        <translation>halaman</translation>
    </message>
    <message>
        <location filename="../audit_window.py" line="179"/>
        <source>continued</source>
        <translation>lanjutan</translation>
    </message>
    <message>
        <location filename="../audit_window.py" line="179"/>
        <source>to</source>
        <translation>ke</translation>
    </message>
    <message>
        <location filename="../audit_window.py" line="198"/>
        <source>Logged in</source>
        <translation>Masuk</translation>
    </message>
    <message>
        <location filename="../audit_window.py" line="198"/>
        <source>Login failed</source>
        <translation>Gagal masuk</translation>
    </message>
    <message>
        <location filename="../audit_window.py" line="199"/>
        <source>Logged out</source>
        <translation>Keluar</translation>
    </message>
    <message>
        <location filename="../audit_window.py" line="200"/>
        <source>Account added</source>
        <translation>Akun ditambahkan</translation>
    </message>
    <message>
        <location filename="../audit_window.py" line="201"/>
        <source>Account removed</source>
        <translation>Akun dihapus</translation>
    </message>
    <message>
        <location filename="../audit_window.py" line="202"/>
        <source>Password reset</source>
        <translation>Kata sandi diatur ulang</translation>
    </message>
    <message>
        <location filename="../audit_window.py" line="203"/>
        <source>Password changed</source>
        <translation>Kata sandi diganti</translation>
    </message>
    <message>
        <location filename="../audit_window.py" line="204"/>
        <source>Receipt printed</source>
        <translation>Tanda terima dicetak</translation>
    </message>
    <message>
        <location filename="../audit_window.py" line="205"/>
        <source>Receipt saved as PDF</source>
        <translation>Tanda terima disimpan sebagai PDF</translation>
    </message>
    <message>
        <location filename="../audit_window.py" line="206"/>
        <source>Attachment saved to a file</source>
        <translation>Lampiran disimpan ke berkas</translation>
    </message>
    <message>
        <location filename="../audit_window.py" line="207"/>
        <source>Backup made</source>
        <translation>Cadangan dibuat</translation>
    </message>
    <message>
        <location filename="../audit_window.py" line="207"/>
        <source>Restored</source>
        <translation>Data dipulihkan</translation>
    </message>
    <message>
        <location filename="../audit_window.py" line="208"/>
        <source>PC set up</source>
        <translation>Komputer disiapkan</translation>
    </message>
    <message>
        <location filename="../audit_window.py" line="209"/>
        <location filename="../audit_window.py" line="232"/>
        <source>PC enrolled</source>
        <translation>Komputer didaftarkan</translation>
    </message>
    <message>
        <location filename="../audit_window.py" line="210"/>
        <source>Key file&apos;s server address put back</source>
        <translation>Alamat server di berkas kunci dikembalikan</translation>
    </message>
    <message>
        <location filename="../audit_window.py" line="211"/>
        <source>Report exported</source>
        <translation>Laporan diekspor</translation>
    </message>
    <message>
        <location filename="../audit_window.py" line="212"/>
        <source>Case list exported</source>
        <translation>Daftar kasus diekspor</translation>
    </message>
    <message>
        <location filename="../audit_window.py" line="213"/>
        <source>Case file saved as PDF</source>
        <translation>Berkas kasus disimpan sebagai PDF</translation>
    </message>
    <message>
        <location filename="../audit_window.py" line="214"/>
        <source>Case file printed</source>
        <translation>Berkas kasus dicetak</translation>
    </message>
    <message>
        <location filename="../audit_window.py" line="215"/>
        <source>Case opened</source>
        <translation>Kasus dibuka</translation>
    </message>
    <message>
        <location filename="../audit_window.py" line="216"/>
        <source>Case list read (command line)</source>
        <translation>Daftar kasus dibaca (baris perintah)</translation>
    </message>
    <message>
        <location filename="../audit_window.py" line="217"/>
        <source>Personal data searched</source>
        <translation>Data pribadi dicari</translation>
    </message>
    <message>
        <location filename="../audit_window.py" line="218"/>
        <source>Personal data exported</source>
        <translation>Data pribadi diekspor</translation>
    </message>
    <message>
        <location filename="../audit_window.py" line="219"/>
        <source>Data restricted</source>
        <translation>Data dibatasi</translation>
    </message>
    <message>
        <location filename="../audit_window.py" line="220"/>
        <source>Restriction lifted</source>
        <translation>Pembatasan dicabut</translation>
    </message>
    <message>
        <location filename="../audit_window.py" line="221"/>
        <source>Restricted case viewed</source>
        <translation>Kasus yang dibatasi dilihat</translation>
    </message>
    <message>
        <location filename="../audit_window.py" line="222"/>
        <source>Audit trail read</source>
        <translation>Jejak audit dibaca</translation>
    </message>
    <message>
        <location filename="../audit_window.py" line="223"/>
        <source>Letter printed</source>
        <translation>Surat dicetak</translation>
    </message>
    <message>
        <location filename="../audit_window.py" line="224"/>
        <source>Letter saved as PDF</source>
        <translation>Surat disimpan sebagai PDF</translation>
    </message>
    <message>
        <location filename="../audit_window.py" line="225"/>
        <source>Partner added</source>
        <translation>Mitra ditambahkan</translation>
    </message>
    <message>
        <location filename="../audit_window.py" line="226"/>
        <source>Partner changed</source>
        <translation>Mitra diubah</translation>
    </message>
    <message>
        <location filename="../audit_window.py" line="227"/>
        <source>Partner taken into the directory</source>
        <translation>Mitra dimasukkan ke direktori</translation>
    </message>
    <message>
        <location filename="../audit_window.py" line="228"/>
        <source>Partner activated</source>
        <translation>Mitra diaktifkan</translation>
    </message>
    <message>
        <location filename="../audit_window.py" line="229"/>
        <source>Partner deactivated</source>
        <translation>Mitra dinonaktifkan</translation>
    </message>
    <message>
        <location filename="../audit_window.py" line="231"/>
        <source>Enrolment code issued</source>
        <translation>Kode pendaftaran dibuat</translation>
    </message>
    <message>
        <location filename="../audit_window.py" line="232"/>
        <source>PC re-keyed</source>
        <translation>Kunci komputer diganti</translation>
    </message>
    <message>
        <location filename="../audit_window.py" line="233"/>
        <source>PC revoked</source>
        <translation>Akses komputer dicabut</translation>
    </message>
    <message>
        <location filename="../audit_window.py" line="234"/>
        <source>What a PC held listed</source>
        <translation>Isi komputer didaftar</translation>
    </message>
    <message>
        <location filename="../audit_window.py" line="235"/>
        <source>Central account created</source>
        <translation>Akun pusat dibuat</translation>
    </message>
    <message>
        <location filename="../audit_window.py" line="236"/>
        <source>Central account changed</source>
        <translation>Akun pusat diubah</translation>
    </message>
    <message>
        <location filename="../audit_window.py" line="237"/>
        <source>Central password checked</source>
        <translation>Kata sandi pusat diperiksa</translation>
    </message>
    <message>
        <location filename="../audit_window.py" line="238"/>
        <source>Central password refused</source>
        <translation>Kata sandi pusat ditolak</translation>
    </message>
    <message>
        <location filename="../audit_window.py" line="239"/>
        <source>First login on a PC</source>
        <translation>Masuk pertama di komputer</translation>
    </message>
    <message>
        <location filename="../audit_window.py" line="240"/>
        <source>First login on a PC refused</source>
        <translation>Masuk pertama di komputer ditolak</translation>
    </message>
    <message>
        <location filename="../audit_window.py" line="241"/>
        <source>Office created</source>
        <translation>Kantor dibuat</translation>
    </message>
    <message>
        <location filename="../audit_window.py" line="242"/>
        <source>Office changed</source>
        <translation>Kantor diubah</translation>
    </message>
    <message>
        <location filename="../audit_window.py" line="243"/>
        <source>Case created at central</source>
        <translation>Kasus dicatat di pusat</translation>
    </message>
    <message>
        <location filename="../audit_window.py" line="244"/>
        <source>Case assigned to an office</source>
        <translation>Kasus diserahkan ke kantor</translation>
    </message>
    <message>
        <location filename="../audit_window.py" line="245"/>
        <source>Case transferred</source>
        <translation>Kasus dipindahkan</translation>
    </message>
    <message>
        <location filename="../audit_window.py" line="246"/>
        <source>Case anonymised</source>
        <translation>Kasus dianonimkan</translation>
    </message>
    <message>
        <location filename="../audit_window.py" line="247"/>
        <source>Information request anonymised</source>
        <translation>Permintaan informasi dianonimkan</translation>
    </message>
    <message>
        <location filename="../audit_window.py" line="248"/>
        <source>Retention policy set</source>
        <translation>Kebijakan retensi ditetapkan</translation>
    </message>
    <message>
        <location filename="../audit_window.py" line="249"/>
        <source>Retention previewed</source>
        <translation>Pratinjau retensi dibuat</translation>
    </message>
    <message>
        <location filename="../audit_window.py" line="250"/>
        <source>Retention run</source>
        <translation>Retensi dijalankan</translation>
    </message>
    <message>
        <location filename="../audit_window.py" line="251"/>
        <source>Personal data searched at central</source>
        <translation>Data pribadi dicari di pusat</translation>
    </message>
    <message>
        <location filename="../audit_window.py" line="252"/>
        <source>Personal data exported at central</source>
        <translation>Data pribadi diekspor di pusat</translation>
    </message>
    <message>
        <location filename="../audit_window.py" line="253"/>
        <source>Audit trail read at central</source>
        <translation>Jejak audit dibaca di pusat</translation>
    </message>
</context>
<context>
    <name>AuditTrailWindow</name>
    <message>
        <location filename="../audit_window.py" line="376"/>
        <location filename="../audit_window.py" line="392"/>
        <source>Audit trail</source>
        <translation>Jejak audit</translation>
    </message>
    <message>
        <location filename="../audit_window.py" line="378"/>
        <source>Who did what and who read whose data: cases opened, files printed and exported, personal data searched. Choose the filters and press Show; reading the trail is itself recorded.</source>
        <translation>Siapa melakukan apa dan siapa membaca data siapa: kasus yang dibuka, berkas yang dicetak dan diekspor, data pribadi yang dicari. Pilih penyaringnya lalu tekan Tampilkan; membaca jejak ini juga tercatat.</translation>
    </message>
    <message>
        <location filename="../audit_window.py" line="381"/>
        <source>&amp;Source:</source>
        <translation>&amp;Sumber:</translation>
    </message>
    <message>
        <location filename="../audit_window.py" line="381"/>
        <source>O&amp;ffice:</source>
        <translation>&amp;Kantor:</translation>
    </message>
    <message>
        <location filename="../audit_window.py" line="382"/>
        <source>F&amp;rom:</source>
        <translation>&amp;Dari:</translation>
    </message>
    <message>
        <location filename="../audit_window.py" line="382"/>
        <source>&amp;To:</source>
        <translation>Sa&amp;mpai:</translation>
    </message>
    <message>
        <location filename="../audit_window.py" line="383"/>
        <source>&amp;Account:</source>
        <translation>&amp;Akun:</translation>
    </message>
    <message>
        <location filename="../audit_window.py" line="383"/>
        <source>A&amp;ction:</source>
        <translation>&amp;Tindakan:</translation>
    </message>
    <message>
        <location filename="../audit_window.py" line="384"/>
        <source>Case &amp;number:</source>
        <translation>&amp;Nomor kasus:</translation>
    </message>
    <message>
        <location filename="../audit_window.py" line="386"/>
        <source>every account</source>
        <translation>semua akun</translation>
    </message>
    <message>
        <location filename="../audit_window.py" line="387"/>
        <source>e.g. SBY-2026-A-00012</source>
        <translation>mis. SBY-2026-A-00012</translation>
    </message>
    <message>
        <location filename="../audit_window.py" line="388"/>
        <source>S&amp;how</source>
        <translation>Tam&amp;pilkan</translation>
    </message>
    <message>
        <location filename="../audit_window.py" line="389"/>
        <source>Read the trail with these filters (F5)</source>
        <translation>Baca jejak dengan penyaring ini (F5)</translation>
    </message>
    <message>
        <location filename="../audit_window.py" line="390"/>
        <source>&amp;Open case</source>
        <translation>&amp;Buka kasus</translation>
    </message>
    <message>
        <location filename="../audit_window.py" line="391"/>
        <source>C&amp;lose</source>
        <translation>T&amp;utup</translation>
    </message>
    <message>
        <location filename="../audit_window.py" line="411"/>
        <source>This PC</source>
        <translation>Komputer ini</translation>
    </message>
    <message>
        <location filename="../audit_window.py" line="413"/>
        <source>Every office (central server)</source>
        <translation>Semua kantor (server pusat)</translation>
    </message>
    <message>
        <location filename="../audit_window.py" line="415"/>
        <source>The office&apos;s PCs (central server)</source>
        <translation>Komputer-komputer kantor (server pusat)</translation>
    </message>
    <message>
        <location filename="../audit_window.py" line="426"/>
        <source>every action</source>
        <translation>semua tindakan</translation>
    </message>
    <message>
        <location filename="../audit_window.py" line="434"/>
        <source>every office</source>
        <translation>semua kantor</translation>
    </message>
    <message>
        <location filename="../audit_window.py" line="534"/>
        <source>{shown} of {total} entries shown, newest first.</source>
        <translation>{shown} dari {total} catatan ditampilkan, yang terbaru di atas.</translation>
    </message>
    <message>
        <location filename="../audit_window.py" line="537"/>
        <source>{shown} entries shown, newest first; scroll down for older ones.</source>
        <translation>{shown} catatan ditampilkan, yang terbaru di atas; gulir ke bawah untuk yang lebih lama.</translation>
    </message>
    <message>
        <location filename="../audit_window.py" line="540"/>
        <source>{shown} entries, newest first.</source>
        <translation>{shown} catatan, yang terbaru di atas.</translation>
    </message>
    <message>
        <location filename="../audit_window.py" line="545"/>
        <source>No entry of the trail matches these filters.</source>
        <translation>Tidak ada catatan jejak yang cocok dengan penyaring ini.</translation>
    </message>
</context>
<context>
    <name>BackupDialog</name>
    <message>
        <location filename="../backup_dialog.py" line="37"/>
        <source>Back up data</source>
        <translation>Cadangkan data</translation>
    </message>
    <message>
        <location filename="../backup_dialog.py" line="59"/>
        <source>Back up data to</source>
        <translation>Simpan cadangan data ke</translation>
    </message>
    <message>
        <location filename="../backup_dialog.py" line="61"/>
        <source>Halo TKI Desk backups (*.zip)</source>
        <translation>Cadangan Halo TKI Desk (*.zip)</translation>
    </message>
    <message>
        <location filename="../backup_dialog.py" line="71"/>
        <source>Writing the encrypted backup to {path}…</source>
        <translation>Menulis cadangan terenkripsi ke {path}…</translation>
    </message>
    <message>
        <location filename="../backup_dialog.py" line="85"/>
        <source>Backup written: {path}

Keep it somewhere other than this PC (an external disk). It is encrypted: the passwords of this PC&apos;s accounts open it.</source>
        <translation>Cadangan dibuat: {path}

Simpan di tempat lain selain komputer ini (disk eksternal). Cadangan ini terenkripsi: kata sandi akun-akun di komputer ini membukanya.</translation>
    </message>
    <message>
        <location filename="../backup_dialog.py" line="96"/>
        <source>The backup was not written.</source>
        <translation>Cadangan tidak dibuat.</translation>
    </message>
</context>
<context>
    <name>BasisDialog</name>
    <message>
        <location filename="../case_view/referral_dialog.py" line="131"/>
        <source>Basis for sharing with {addressee}</source>
        <translation>Dasar berbagi data dengan {addressee}</translation>
    </message>
    <message>
        <location filename="../case_view/referral_dialog.py" line="133"/>
        <source>&amp;Save basis</source>
        <translation>&amp;Simpan dasar</translation>
    </message>
</context>
<context>
    <name>BasisRows</name>
    <message>
        <location filename="../case_view/referral_dialog.py" line="66"/>
        <source>— choose —</source>
        <translation>— pilih —</translation>
    </message>
    <message>
        <location filename="../case_view/referral_dialog.py" line="69"/>
        <source>Basis for sharing the data</source>
        <translation>Dasar berbagi data</translation>
    </message>
    <message>
        <location filename="../case_view/referral_dialog.py" line="70"/>
        <source>&amp;Basis for sharing:</source>
        <translation>&amp;Dasar berbagi data:</translation>
    </message>
    <message>
        <location filename="../case_view/referral_dialog.py" line="73"/>
        <source>Consent &amp;given on:</source>
        <translation>Tanggal pe&amp;rsetujuan:</translation>
    </message>
    <message>
        <location filename="../case_view/referral_dialog.py" line="75"/>
        <source>N&amp;ote about the basis:</source>
        <translation>Ket&amp;erangan dasar:</translation>
    </message>
    <message>
        <location filename="../case_view/referral_dialog.py" line="97"/>
        <source>e.g. signed consent form, scanned as an attachment</source>
        <translation>mis. surat persetujuan bertanda tangan, dipindai sebagai lampiran</translation>
    </message>
    <message>
        <location filename="../case_view/referral_dialog.py" line="98"/>
        <source>Which legal duty, e.g. the article of the law</source>
        <translation>Kewajiban hukum yang mana, mis. pasal undang-undangnya</translation>
    </message>
    <message>
        <location filename="../case_view/referral_dialog.py" line="99"/>
        <source>Optional</source>
        <translation>Tidak wajib</translation>
    </message>
    <message>
        <location filename="../case_view/referral_dialog.py" line="103"/>
        <source>The complainant agreed, at the desk or on the phone, that the office shares their data with this addressee. Recorded by {name}.</source>
        <translation>Pengadu setuju, di loket atau lewat telepon, bahwa kantor membagikan datanya kepada penerima ini. Dicatat oleh {name}.</translation>
    </message>
    <message>
        <location filename="../case_view/referral_dialog.py" line="107"/>
        <source>The complainant signed their agreement that the office shares their data with this addressee. Recorded by {name}.</source>
        <translation>Pengadu menandatangani persetujuan bahwa kantor membagikan datanya kepada penerima ini. Dicatat oleh {name}.</translation>
    </message>
    <message>
        <location filename="../case_view/referral_dialog.py" line="110"/>
        <source>Sharing protects the worker&apos;s life, safety or freedom: death, trafficking, detention.</source>
        <translation>Berbagi data ini melindungi nyawa, keselamatan, atau kebebasan TKI: meninggal dunia, perdagangan orang, ditahan.</translation>
    </message>
    <message>
        <location filename="../case_view/referral_dialog.py" line="113"/>
        <source>Write which legal duty requires the office to share the data.</source>
        <translation>Tulis kewajiban hukum yang mewajibkan kantor membagikan data ini.</translation>
    </message>
    <message>
        <location filename="../case_view/referral_dialog.py" line="115"/>
        <source>Sharing the complainant&apos;s and the worker&apos;s personal data needs a basis (UU PDP). For this category the worker&apos;s vital interest is the usual one.</source>
        <translation>Berbagi data pribadi pengadu dan TKI memerlukan dasar (UU PDP). Untuk jenis pengaduan ini, dasarnya biasanya kepentingan vital TKI.</translation>
    </message>
    <message>
        <location filename="../case_view/referral_dialog.py" line="118"/>
        <source>Sharing the complainant&apos;s and the worker&apos;s personal data needs a basis (UU PDP): ask the complainant&apos;s consent to share with this addressee.</source>
        <translation>Berbagi data pribadi pengadu dan TKI memerlukan dasar (UU PDP): mintalah persetujuan pengadu untuk berbagi dengan penerima ini.</translation>
    </message>
</context>
<context>
    <name>CaseHeader</name>
    <message>
        <location filename="../case_view/header.py" line="49"/>
        <source>1 working day</source>
        <translation>1 hari kerja</translation>
    </message>
    <message>
        <location filename="../case_view/header.py" line="50"/>
        <source>{n} working days</source>
        <translation>{n} hari kerja</translation>
    </message>
    <message>
        <location filename="../case_view/header.py" line="58"/>
        <source>Finished on day {day} of {target}</source>
        <translation>Selesai pada hari ke-{day} dari {target}</translation>
    </message>
    <message>
        <location filename="../case_view/header.py" line="62"/>
        <source>Deadline: {days}, from the next working day</source>
        <translation>Tenggat: {days}, mulai hari kerja berikutnya</translation>
    </message>
    <message>
        <location filename="../case_view/header.py" line="65"/>
        <source>Deadline: day {day} of {target}</source>
        <translation>Tenggat: hari ke-{day} dari {target}</translation>
    </message>
    <message>
        <location filename="../case_view/header.py" line="68"/>
        <source>paused — waiting for documents, {days}</source>
        <translation>dijeda — menunggu dokumen, {days}</translation>
    </message>
    <message>
        <location filename="../case_view/header.py" line="72"/>
        <source>{days} past the deadline</source>
        <translation>lewat tenggat {days}</translation>
    </message>
    <message>
        <location filename="../case_view/header.py" line="78"/>
        <source>due today</source>
        <translation>jatuh tempo hari ini</translation>
    </message>
    <message>
        <location filename="../case_view/header.py" line="79"/>
        <source>{days} left</source>
        <translation>sisa {days}</translation>
    </message>
    <message>
        <location filename="../case_view/header.py" line="82"/>
        <source>was paused {days}</source>
        <translation>pernah dijeda {days}</translation>
    </message>
    <message>
        <location filename="../case_view/header.py" line="94"/>
        <source>verification overdue since {date}</source>
        <translation>verifikasi terlambat sejak {date}</translation>
    </message>
    <message>
        <location filename="../case_view/header.py" line="96"/>
        <source>verify by {date}</source>
        <translation>verifikasi paling lambat {date}</translation>
    </message>
    <message>
        <location filename="../case_view/header.py" line="189"/>
        <source>Received {when} · {office}</source>
        <translation>Diterima {when} · {office}</translation>
    </message>
    <message>
        <location filename="../case_view/header.py" line="192"/>
        <source>Received {when} · recorded {recorded} · {office}</source>
        <translation>Diterima {when} · dicatat {recorded} · {office}</translation>
    </message>
    <message>
        <location filename="../case_view/header.py" line="198"/>
        <source>Worker: {worker}   ·   Complainant: {complainant}</source>
        <translation>TKI: {worker}   ·   Pengadu: {complainant}</translation>
    </message>
    <message>
        <location filename="../case_view/header.py" line="212"/>
        <source>⚠ Contact with the family lost: {n} failed attempts in a row. Try another channel or number.</source>
        <translation>⚠ Kontak dengan keluarga terputus: {n} kali gagal berturut-turut. Coba saluran atau nomor lain.</translation>
    </message>
    <message>
        <location filename="../case_view/header.py" line="218"/>
        <source>No next contact planned</source>
        <translation>Belum ada jadwal kontak berikutnya</translation>
    </message>
    <message>
        <location filename="../case_view/header.py" line="227"/>
        <source>Next contact OVERDUE since {date}</source>
        <translation>Kontak berikutnya TERLAMBAT sejak {date}</translation>
    </message>
    <message>
        <location filename="../case_view/header.py" line="230"/>
        <source>Next contact due {date}</source>
        <translation>Kontak berikutnya {date}</translation>
    </message>
    <message>
        <location filename="../case_view/header.py" line="242"/>
        <source>urgent category: {category}</source>
        <translation>kategori mendesak: {category}</translation>
    </message>
    <message>
        <location filename="../case_view/header.py" line="244"/>
        <source>URGENT</source>
        <translation>MENDESAK</translation>
    </message>
    <message>
        <location filename="../case_view/header.py" line="260"/>
        <source>Restricted</source>
        <translation>Dibatasi</translation>
    </message>
    <message>
        <location filename="../case_view/header.py" line="262"/>
        <source>Restricted by {name} on {when}. Only supervisors see this case, and each view is recorded.
Reason: {reason}</source>
        <translation>Dibatasi oleh {name} pada {when}. Hanya supervisor yang dapat melihat kasus ini, dan setiap kali kasus ini dilihat tercatat.
Alasan: {reason}</translation>
    </message>
    <message>
        <location filename="../case_view/header.py" line="271"/>
        <source>Handling officer: {name}</source>
        <translation>Petugas penanganan: {name}</translation>
    </message>
    <message>
        <location filename="../case_view/header.py" line="276"/>
        <source>No handling officer</source>
        <translation>Tanpa petugas penanganan</translation>
    </message>
    <message>
        <location filename="../case_view/header.py" line="281"/>
        <source>No handling officer yet</source>
        <translation>Belum ada petugas penanganan</translation>
    </message>
    <message>
        <location filename="../case_view/header.py" line="284"/>
        <source>A supervisor assigns an officer (Handling menu); a case officer can take the case.</source>
        <translation>Kepala seksi menetapkan petugas (menu Penanganan); petugas penanganan dapat mengambil kasus ini.</translation>
    </message>
    <message>
        <location filename="../case_view/header.py" line="299"/>
        <source>The clock stopped when the case was resolved or closed.</source>
        <translation>Hitungan berhenti saat kasus diselesaikan atau ditutup.</translation>
    </message>
    <message>
        <location filename="../case_view/header.py" line="302"/>
        <source>Working days since the complaint was received, weekends and Indonesian holidays excluded; the clock pauses while the case waits for documents. Target reached on {date}.</source>
        <translation>Hari kerja sejak pengaduan diterima, tanpa akhir pekan dan hari libur nasional; hitungan dijeda selama kasus menunggu dokumen. Batas target jatuh pada {date}.</translation>
    </message>
    <message>
        <location filename="../case_view/header.py" line="313"/>
        <source>Awaiting approval: {status} proposed by {name}</source>
        <translation>Menunggu persetujuan: {status} diusulkan oleh {name}</translation>
    </message>
</context>
<context>
    <name>CaseListExport</name>
    <message>
        <location filename="../reports/case_list_export.py" line="111"/>
        <location filename="../reports/case_list_export.py" line="118"/>
        <location filename="../reports/case_list_export.py" line="139"/>
        <source>Export the case list</source>
        <translation>Ekspor daftar kasus</translation>
    </message>
    <message>
        <location filename="../reports/case_list_export.py" line="112"/>
        <source>No case matches the current filter: there is nothing to export.</source>
        <translation>Tidak ada kasus yang cocok dengan saringan saat ini: tidak ada yang dapat diekspor.</translation>
    </message>
    <message>
        <location filename="../reports/case_list_export.py" line="125"/>
        <source>Writing the case list…</source>
        <translation>Menulis daftar kasus…</translation>
    </message>
    <message>
        <location filename="../reports/case_list_export.py" line="125"/>
        <source>Case list saved</source>
        <translation>Daftar kasus tersimpan</translation>
    </message>
    <message>
        <location filename="../reports/case_list_export.py" line="128"/>
        <source>{cases} cases ({persons} persons) were saved to:
{path}

It holds personal data: keep it safe and delete it when you are done.</source>
        <translation>{cases} kasus ({persons} orang) disimpan ke:
{path}

Berkas ini memuat data pribadi: jaga baik-baik dan hapus setelah selesai.</translation>
    </message>
    <message>
        <location filename="../reports/case_list_export.py" line="140"/>
        <source>Only the kepala seksi may export the case list, because it holds the personal data of workers and complainants.</source>
        <translation>Hanya kepala seksi yang boleh mengekspor daftar kasus, karena memuat data pribadi TKI dan pengadu.</translation>
    </message>
</context>
<context>
    <name>CaseListExportDialog</name>
    <message>
        <location filename="../reports/case_list_export.py" line="37"/>
        <source>Export the case list</source>
        <translation>Ekspor daftar kasus</translation>
    </message>
    <message>
        <location filename="../reports/case_list_export.py" line="39"/>
        <source>The file will hold the personal data of {persons} persons (workers and complainants) in {cases} cases: names, sex, passport numbers, phone numbers, the family relation and destination country, with each complaint.</source>
        <translation>Berkas ini akan memuat data pribadi {persons} orang (TKI dan pengadu) dari {cases} kasus: nama, jenis kelamin, nomor paspor, nomor telepon, hubungan keluarga dan negara tujuan, beserta pengaduannya.</translation>
    </message>
    <message>
        <location filename="../reports/case_list_export.py" line="44"/>
        <source>The export is recorded in the audit trail: who exported, when, with which filter, and how many cases and persons.</source>
        <translation>Ekspor ini dicatat dalam jejak audit: siapa yang mengekspor, kapan, dengan saringan apa, serta berapa kasus dan orang.</translation>
    </message>
    <message>
        <location filename="../reports/case_list_export.py" line="47"/>
        <source>Keep the file safe: do not send it by e-mail or chat, do not leave it on a shared PC or a USB stick, and delete it when you are done with it.</source>
        <translation>Jaga berkas ini: jangan kirim lewat e-mail atau chat, jangan tinggalkan di PC bersama atau flashdisk, dan hapus setelah selesai dipakai.</translation>
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
        <translation>&amp;Ekspor…</translation>
    </message>
    <message>
        <location filename="../reports/case_list_export.py" line="67"/>
        <source>Cancel</source>
        <translation>Batal</translation>
    </message>
</context>
<context>
    <name>CaseListMenu</name>
    <message>
        <location filename="../case_list_menu.py" line="47"/>
        <source>&amp;Open</source>
        <translation>&amp;Buka</translation>
    </message>
    <message>
        <location filename="../case_list_menu.py" line="48"/>
        <source>&amp;Print the receipt again…</source>
        <translation>&amp;Cetak ulang tanda terima…</translation>
    </message>
    <message>
        <location filename="../case_list_menu.py" line="50"/>
        <source>Your role cannot print receipts.</source>
        <translation>Peran Anda tidak dapat mencetak tanda terima.</translation>
    </message>
    <message>
        <location filename="../case_list_menu.py" line="51"/>
        <source>&amp;Copy case number</source>
        <translation>&amp;Salin nomor kasus</translation>
    </message>
    <message>
        <location filename="../case_list_menu.py" line="52"/>
        <source>Copy case number</source>
        <translation>Salin nomor kasus</translation>
    </message>
</context>
<context>
    <name>CaseListModel</name>
    <message>
        <location filename="../case_list_model.py" line="164"/>
        <source>Case number</source>
        <translation>Nomor kasus</translation>
    </message>
    <message>
        <location filename="../case_list_model.py" line="164"/>
        <source>Received</source>
        <translation>Diterima</translation>
    </message>
    <message>
        <location filename="../case_list_model.py" line="164"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../case_list_model.py" line="164"/>
        <source>Deadline</source>
        <translation>Tenggat</translation>
    </message>
    <message>
        <location filename="../case_list_model.py" line="165"/>
        <source>Category</source>
        <translation>Jenis pengaduan</translation>
    </message>
    <message>
        <location filename="../case_list_model.py" line="165"/>
        <source>Worker</source>
        <translation>TKI</translation>
    </message>
    <message>
        <location filename="../case_list_model.py" line="165"/>
        <source>Complainant</source>
        <translation>Pengadu</translation>
    </message>
    <message>
        <location filename="../case_list_model.py" line="166"/>
        <source>Destination</source>
        <translation>Negara tujuan</translation>
    </message>
    <message>
        <location filename="../case_list_model.py" line="166"/>
        <source>Next contact</source>
        <translation>Kontak berikutnya</translation>
    </message>
    <message>
        <location filename="../case_list_model.py" line="166"/>
        <source>Officer</source>
        <translation>Petugas</translation>
    </message>
    <message>
        <location filename="../case_list_model.py" line="240"/>
        <source>{number}: {n} conflicting change(s) to decide — the same detail was changed in two places at once. Open the case to choose.</source>
        <translation>{number}: {n} perubahan yang bertentangan menunggu keputusan — data yang sama diubah di dua tempat sekaligus. Buka kasusnya untuk memilih.</translation>
    </message>
    <message>
        <location filename="../case_list_model.py" line="245"/>
        <source>Awaiting approval: closing as “{proposed}” was proposed; a supervisor approves or returns it.</source>
        <translation>Menunggu persetujuan: diusulkan ditutup sebagai “{proposed}”; kepala seksi menyetujui atau mengembalikannya.</translation>
    </message>
    <message>
        <location filename="../case_list_model.py" line="252"/>
        <source>No handling officer yet: a supervisor assigns one.</source>
        <translation>Belum ada petugas penanganan: kepala seksi yang menetapkannya.</translation>
    </message>
    <message>
        <location filename="../case_list_model.py" line="256"/>
        <source>Follow-up overdue: the complainant was to be contacted by {date}.</source>
        <translation>Tindak lanjut terlambat: pengadu seharusnya dihubungi paling lambat {date}.</translation>
    </message>
    <message>
        <location filename="../case_list_model.py" line="263"/>
        <source>The clock is paused while waiting for documents (day {day} of {target}).</source>
        <translation>Penghitungan hari dijeda selama menunggu dokumen (hari ke-{day} dari {target}).</translation>
    </message>
    <message>
        <location filename="../case_list_model.py" line="269"/>
        <source>Past its deadline: day {day} of {target} working days; it was due on {date}.</source>
        <translation>Lewat tenggat: hari ke-{day} dari {target} hari kerja; tenggatnya {date}.</translation>
    </message>
    <message>
        <location filename="../case_list_model.py" line="272"/>
        <source>Deadline near: day {day} of {target} working days, due on {date}.</source>
        <translation>Mendekati tenggat: hari ke-{day} dari {target} hari kerja, tenggat {date}.</translation>
    </message>
    <message>
        <location filename="../case_list_model.py" line="274"/>
        <source>Day {day} of {target} working days, due on {date}.</source>
        <translation>Hari ke-{day} dari {target} hari kerja, tenggat {date}.</translation>
    </message>
    <message>
        <location filename="../case_list_model.py" line="304"/>
        <source>— none —</source>
        <translation>— belum ada —</translation>
    </message>
    <message>
        <location filename="../case_list_model.py" line="314"/>
        <source>paused</source>
        <translation>dijeda</translation>
    </message>
    <message>
        <location filename="../case_list_model.py" line="317"/>
        <source>1 day late</source>
        <translation>lewat 1 hari</translation>
    </message>
    <message>
        <location filename="../case_list_model.py" line="317"/>
        <source>{n} days late</source>
        <translation>lewat {n} hari</translation>
    </message>
    <message>
        <location filename="../case_list_model.py" line="319"/>
        <source>day {day}/{target}</source>
        <translation>hari {day}/{target}</translation>
    </message>
    <message>
        <location filename="../case_list_model.py" line="330"/>
        <source>flagged by staff (the case says why)</source>
        <translation>ditandai petugas (alasannya ada di kasus)</translation>
    </message>
    <message>
        <location filename="../case_list_model.py" line="331"/>
        <source>Urgent: {reason}</source>
        <translation>Mendesak: {reason}</translation>
    </message>
</context>
<context>
    <name>CaseWindow</name>
    <message>
        <location filename="../case_view/case_window.py" line="207"/>
        <source>Loading the case…</source>
        <translation>Memuat kasus…</translation>
    </message>
    <message>
        <location filename="../case_view/case_window.py" line="247"/>
        <source>&amp;Details</source>
        <translation>&amp;Rincian</translation>
    </message>
    <message>
        <location filename="../case_view/case_window.py" line="250"/>
        <source>D&amp;ocuments</source>
        <translation>&amp;Dokumen</translation>
    </message>
    <message>
        <location filename="../case_view/case_window.py" line="252"/>
        <source>&amp;Attachments</source>
        <translation>L&amp;ampiran</translation>
    </message>
    <message>
        <location filename="../case_view/case_window.py" line="211"/>
        <source>&amp;Timeline (newest first)</source>
        <translation>&amp;Linimasa (terbaru di atas)</translation>
    </message>
    <message>
        <location filename="../case_view/case_window.py" line="206"/>
        <source>Case</source>
        <translation>Kasus</translation>
    </message>
    <message>
        <location filename="../case_view/case_window.py" line="212"/>
        <source>Ca&amp;se</source>
        <translation>&amp;Kasus</translation>
    </message>
    <message>
        <location filename="../case_view/case_window.py" line="213"/>
        <source>Hand&amp;ling</source>
        <translation>&amp;Penanganan</translation>
    </message>
    <message>
        <location filename="../case_view/case_window.py" line="214"/>
        <source>Re&amp;ferrals</source>
        <translation>Ru&amp;jukan</translation>
    </message>
    <message>
        <location filename="../case_view/case_window.py" line="215"/>
        <source>&amp;Print</source>
        <translation>&amp;Cetak</translation>
    </message>
    <message>
        <location filename="../case_view/case_window.py" line="219"/>
        <source>Contact with the &amp;family…</source>
        <translation>Kontak dengan &amp;keluarga…</translation>
    </message>
    <message>
        <location filename="../case_view/case_window.py" line="220"/>
        <source>Change &amp;status…</source>
        <translation>Ubah &amp;status…</translation>
    </message>
    <message>
        <location filename="../case_view/case_window.py" line="221"/>
        <source>&amp;Edit details…</source>
        <translation>&amp;Perbaiki data…</translation>
    </message>
    <message>
        <location filename="../case_view/case_window.py" line="222"/>
        <source>&amp;Print receipt…</source>
        <translation>&amp;Cetak tanda terima…</translation>
    </message>
    <message>
        <location filename="../case_view/case_window.py" line="223"/>
        <source>Case &amp;file (PDF)…</source>
        <translation>&amp;Berkas kasus (PDF)…</translation>
    </message>
    <message>
        <location filename="../case_view/case_window.py" line="224"/>
        <source>&amp;Reload</source>
        <translation>&amp;Muat ulang</translation>
    </message>
    <message>
        <location filename="../case_view/case_window.py" line="225"/>
        <source>&amp;Close</source>
        <translation>&amp;Tutup</translation>
    </message>
    <message>
        <location filename="../case_view/case_window.py" line="226"/>
        <source>Assi&amp;gn to an office…</source>
        <translation>Tu&amp;gaskan ke kantor…</translation>
    </message>
    <message>
        <location filename="../case_view/case_window.py" line="227"/>
        <source>&amp;Transfer to another office…</source>
        <translation>Pi&amp;ndahkan ke kantor lain…</translation>
    </message>
    <message>
        <location filename="../case_view/case_window.py" line="228"/>
        <source>Assign &amp;officer…</source>
        <translation>Tetapkan &amp;petugas…</translation>
    </message>
    <message>
        <location filename="../case_view/case_window.py" line="229"/>
        <source>&amp;Take this case</source>
        <translation>&amp;Ambil kasus ini</translation>
    </message>
    <message>
        <location filename="../case_view/case_window.py" line="230"/>
        <source>Flag &amp;urgent…</source>
        <translation>Tandai &amp;mendesak…</translation>
    </message>
    <message>
        <location filename="../case_view/case_window.py" line="231"/>
        <source>&amp;Clear urgent flag…</source>
        <translation>&amp;Cabut tanda mendesak…</translation>
    </message>
    <message>
        <location filename="../case_view/case_window.py" line="232"/>
        <source>&amp;Propose closure…</source>
        <translation>&amp;Usulkan penutupan…</translation>
    </message>
    <message>
        <location filename="../case_view/case_window.py" line="233"/>
        <source>&amp;Approve / return proposal…</source>
        <translation>Setujui / &amp;kembalikan usulan…</translation>
    </message>
    <message>
        <location filename="../case_view/case_window.py" line="234"/>
        <source>&amp;Mark as duplicate of…</source>
        <translation>Tandai sebagai &amp;duplikat dari…</translation>
    </message>
    <message>
        <location filename="../case_view/case_window.py" line="236"/>
        <source>Case actions</source>
        <translation>Tindakan kasus</translation>
    </message>
    <message>
        <location filename="../case_view/case_window.py" line="256"/>
        <source>&amp;Change history ({count})</source>
        <translation>Ri&amp;wayat perubahan ({count})</translation>
    </message>
    <message>
        <location filename="../case_view/case_window.py" line="257"/>
        <source>&amp;Change history</source>
        <translation>Ri&amp;wayat perubahan</translation>
    </message>
    <message>
        <location filename="../case_view/case_window.py" line="327"/>
        <source>Your role cannot do this.</source>
        <translation>Peran Anda tidak dapat melakukan ini.</translation>
    </message>
    <message>
        <location filename="../case_view/case_window.py" line="330"/>
        <location filename="../case_view/case_window.py" line="332"/>
        <source>Your role cannot add to the timeline.</source>
        <translation>Peran Anda tidak dapat menambah linimasa.</translation>
    </message>
    <message>
        <location filename="../case_view/case_window.py" line="334"/>
        <source>Your role cannot correct case details.</source>
        <translation>Peran Anda tidak dapat memperbaiki data kasus.</translation>
    </message>
    <message>
        <location filename="../case_view/case_window.py" line="336"/>
        <source>Your role cannot print receipts.</source>
        <translation>Peran Anda tidak dapat mencetak tanda terima.</translation>
    </message>
    <message>
        <location filename="../case_view/case_window.py" line="338"/>
        <source>Your role cannot save the case file.</source>
        <translation>Peran Anda tidak dapat menyimpan berkas kasus.</translation>
    </message>
    <message>
        <location filename="../case_view/case_window.py" line="367"/>
        <location filename="../case_view/case_window.py" line="413"/>
        <source>The case is resolved or closed.</source>
        <translation>Kasus ini sudah selesai atau ditutup.</translation>
    </message>
    <message>
        <location filename="../case_view/case_window.py" line="378"/>
        <source>You already handle this case.</source>
        <translation>Anda sudah menangani kasus ini.</translation>
    </message>
    <message>
        <location filename="../case_view/case_window.py" line="380"/>
        <source>Handled by {name}: a supervisor can reassign it.</source>
        <translation>Ditangani oleh {name}: kepala seksi dapat menetapkan petugas lain.</translation>
    </message>
    <message>
        <location filename="../case_view/case_window.py" line="383"/>
        <source>Urgent because of its category: there is no flag to clear.</source>
        <translation>Mendesak karena kategorinya: tidak ada tanda yang dapat dicabut.</translation>
    </message>
    <message>
        <location filename="../case_view/case_window.py" line="385"/>
        <source>The case is not flagged urgent.</source>
        <translation>Kasus ini tidak ditandai mendesak.</translation>
    </message>
    <message>
        <location filename="../case_view/case_window.py" line="388"/>
        <source>Only a supervisor assigns the handling officer.</source>
        <translation>Hanya kepala seksi yang menetapkan petugas penanganan.</translation>
    </message>
    <message>
        <location filename="../case_view/case_window.py" line="391"/>
        <source>Your role does not handle cases.</source>
        <translation>Peran Anda tidak menangani kasus.</translation>
    </message>
    <message>
        <location filename="../case_view/case_window.py" line="394"/>
        <source>Your role cannot flag a case urgent.</source>
        <translation>Peran Anda tidak dapat menandai kasus sebagai mendesak.</translation>
    </message>
    <message>
        <location filename="../case_view/case_window.py" line="395"/>
        <source>Already flagged urgent.</source>
        <translation>Sudah ditandai mendesak.</translation>
    </message>
    <message>
        <location filename="../case_view/case_window.py" line="397"/>
        <source>Only a supervisor clears the urgent flag.</source>
        <translation>Hanya kepala seksi yang dapat mencabut tanda mendesak.</translation>
    </message>
    <message>
        <location filename="../case_view/case_window.py" line="399"/>
        <source>Your role cannot propose closing a case.</source>
        <translation>Peran Anda tidak dapat mengusulkan penutupan kasus.</translation>
    </message>
    <message>
        <location filename="../case_view/case_window.py" line="401"/>
        <location filename="../case_view/case_window.py" line="417"/>
        <source>A closure proposal is already waiting for a supervisor.</source>
        <translation>Sudah ada usulan penutupan yang menunggu persetujuan kepala seksi.</translation>
    </message>
    <message>
        <location filename="../case_view/case_window.py" line="404"/>
        <source>Only a supervisor approves closing a case.</source>
        <translation>Hanya kepala seksi yang menyetujui penutupan kasus.</translation>
    </message>
    <message>
        <location filename="../case_view/case_window.py" line="405"/>
        <source>No closure proposal is waiting.</source>
        <translation>Tidak ada usulan penutupan yang menunggu.</translation>
    </message>
    <message>
        <location filename="../case_view/case_window.py" line="411"/>
        <source>Your role cannot close a case.</source>
        <translation>Peran Anda tidak dapat menutup kasus.</translation>
    </message>
    <message>
        <location filename="../case_view/case_window.py" line="440"/>
        <source>Only a case received at central can be assigned; transfer it instead.</source>
        <translation>Hanya kasus yang diterima di pusat yang dapat ditugaskan; gunakan pemindahan kasus.</translation>
    </message>
    <message>
        <location filename="../case_view/case_window.py" line="441"/>
        <location filename="../case_view/case_window.py" line="442"/>
        <source>Your role cannot move cases.</source>
        <translation>Peran Anda tidak dapat memindahkan kasus.</translation>
    </message>
    <message>
        <location filename="../case_view/case_window.py" line="469"/>
        <source>Your role cannot change documents.</source>
        <translation>Peran Anda tidak dapat mengubah dokumen.</translation>
    </message>
    <message>
        <location filename="../case_view/case_window.py" line="587"/>
        <source>Case file {number}.pdf</source>
        <translation>Berkas kasus {number}.pdf</translation>
    </message>
    <message>
        <location filename="../case_view/case_window.py" line="589"/>
        <source>Save the case file as PDF</source>
        <translation>Simpan berkas kasus sebagai PDF</translation>
    </message>
    <message>
        <location filename="../case_view/case_window.py" line="590"/>
        <source>PDF files (*.pdf)</source>
        <translation>Berkas PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../case_view/case_window.py" line="601"/>
        <source>The case file was saved to:
{path}</source>
        <translation>Berkas kasus disimpan di:
{path}</translation>
    </message>
    <message>
        <location filename="../case_view/case_window.py" line="603"/>
        <source>Case file saved</source>
        <translation>Berkas kasus disimpan</translation>
    </message>
    <message>
        <location filename="../case_view/case_window.py" line="725"/>
        <source>Attach the scan?</source>
        <translation>Lampirkan pindaian?</translation>
    </message>
    <message>
        <location filename="../case_view/case_window.py" line="726"/>
        <source>{document} is present. Attach its scan or photo now?</source>
        <translation>{document} sudah ada. Lampirkan pindaian atau fotonya sekarang?</translation>
    </message>
    <message>
        <location filename="../case_view/case_window.py" line="249"/>
        <source>D&amp;ocuments ({missing} missing)</source>
        <translation>&amp;Dokumen ({missing} belum ada)</translation>
    </message>
    <message>
        <location filename="../case_view/case_window.py" line="218"/>
        <source>&amp;Add resolution step…</source>
        <translation>Tambah &amp;langkah penanganan…</translation>
    </message>
    <message>
        <location filename="../case_view/case_window.py" line="252"/>
        <source>&amp;Attachments ({count})</source>
        <translation>L&amp;ampiran ({count})</translation>
    </message>
    <message>
        <location filename="../case_view/case_window.py" line="626"/>
        <source>You now handle this case.</source>
        <translation>Anda sekarang menangani kasus ini.</translation>
    </message>
    <message>
        <location filename="../case_view/case_window.py" line="698"/>
        <source>Assigned to {office}.</source>
        <translation>Ditugaskan ke {office}.</translation>
    </message>
    <message>
        <location filename="../case_view/case_window.py" line="699"/>
        <source>Transferred to {office}.</source>
        <translation>Dipindahkan ke {office}.</translation>
    </message>
    <message>
        <location filename="../case_view/case_window.py" line="701"/>
        <source>The case shows the change after the next sync.</source>
        <translation>Perubahan tampil pada kasus setelah sinkronisasi berikutnya.</translation>
    </message>
</context>
<context>
    <name>CentralMoveDialog</name>
    <message>
        <location filename="../case_view/transfer_dialog.py" line="47"/>
        <source>Assign {number} to an office</source>
        <translation>Tugaskan {number} ke kantor</translation>
    </message>
    <message>
        <location filename="../case_view/transfer_dialog.py" line="48"/>
        <source>Case {number} was received at central. Choose the office that will handle it; that office receives it with its next sync.</source>
        <translation>Kasus {number} diterima di pusat. Pilih kantor yang akan menanganinya; kantor itu menerimanya pada sinkronisasi berikutnya.</translation>
    </message>
    <message>
        <location filename="../case_view/transfer_dialog.py" line="51"/>
        <source>Transfer {number} to another office</source>
        <translation>Pindahkan {number} ke kantor lain</translation>
    </message>
    <message>
        <location filename="../case_view/transfer_dialog.py" line="53"/>
        <source>Case {number} is now handled by {office}. Choose the office that takes it over and say why: the reason goes on the case&apos;s timeline.</source>
        <translation>Kasus {number} sekarang ditangani {office}. Pilih kantor yang mengambil alih dan tulis alasannya: alasan itu dicatat di linimasa kasus.</translation>
    </message>
    <message>
        <location filename="../case_view/transfer_dialog.py" line="68"/>
        <source>&amp;Office:</source>
        <translation>&amp;Kantor:</translation>
    </message>
    <message>
        <location filename="../case_view/transfer_dialog.py" line="71"/>
        <source>&amp;Note (optional):</source>
        <translation>&amp;Catatan (tidak wajib):</translation>
    </message>
    <message>
        <location filename="../case_view/transfer_dialog.py" line="72"/>
        <source>&amp;Reason (required):</source>
        <translation>&amp;Alasan (wajib):</translation>
    </message>
    <message>
        <location filename="../case_view/transfer_dialog.py" line="78"/>
        <source>&amp;Assign</source>
        <translation>&amp;Tugaskan</translation>
    </message>
    <message>
        <location filename="../case_view/transfer_dialog.py" line="78"/>
        <source>&amp;Transfer</source>
        <translation>&amp;Pindahkan</translation>
    </message>
    <message>
        <location filename="../case_view/transfer_dialog.py" line="80"/>
        <source>Try &amp;again</source>
        <translation>&amp;Coba lagi</translation>
    </message>
    <message>
        <location filename="../case_view/transfer_dialog.py" line="102"/>
        <source>Asking the central server for the offices…</source>
        <translation>Meminta daftar kantor dari server pusat…</translation>
    </message>
    <message>
        <location filename="../case_view/transfer_dialog.py" line="117"/>
        <source>— choose the office —</source>
        <translation>— pilih kantor —</translation>
    </message>
    <message>
        <location filename="../case_view/transfer_dialog.py" line="135"/>
        <source>Choose the office.</source>
        <translation>Pilih kantornya.</translation>
    </message>
    <message>
        <location filename="../case_view/transfer_dialog.py" line="139"/>
        <source>Write why the case is transferred.</source>
        <translation>Tulis alasan kasus ini dipindahkan.</translation>
    </message>
    <message>
        <location filename="../case_view/transfer_dialog.py" line="149"/>
        <source>Sending to the central server…</source>
        <translation>Mengirim ke server pusat…</translation>
    </message>
    <message>
        <location filename="../case_view/transfer_dialog.py" line="169"/>
        <source>This needs the central server, and it cannot be reached now. Nothing was changed; try again when this computer is online.</source>
        <translation>Tindakan ini memerlukan server pusat, dan server tidak dapat dihubungi sekarang. Tidak ada yang diubah; coba lagi saat komputer ini tersambung.</translation>
    </message>
</context>
<context>
    <name>ChangePasswordDialog</name>
    <message>
        <location filename="../password_dialog.py" line="162"/>
        <source>Change my password</source>
        <translation>Ganti kata sandi saya</translation>
    </message>
    <message>
        <location filename="../password_dialog.py" line="163"/>
        <source>Your new password opens the data on this PC from now on. Other people&apos;s passwords are not affected.</source>
        <translation>Mulai sekarang data di komputer ini dibuka dengan kata sandi baru Anda. Kata sandi petugas lain tidak berubah.</translation>
    </message>
    <message>
        <location filename="../password_dialog.py" line="165"/>
        <source>&amp;Current password:</source>
        <translation>Kata sandi saat &amp;ini:</translation>
    </message>
    <message>
        <location filename="../password_dialog.py" line="166"/>
        <source>&amp;New password:</source>
        <translation>Kata sandi &amp;baru:</translation>
    </message>
    <message>
        <location filename="../password_dialog.py" line="167"/>
        <source>Con&amp;firm new password:</source>
        <translation>&amp;Ulangi kata sandi baru:</translation>
    </message>
    <message>
        <location filename="../password_dialog.py" line="171"/>
        <source>Type your current password.</source>
        <translation>Ketik kata sandi Anda saat ini.</translation>
    </message>
</context>
<context>
    <name>ComplaintSection</name>
    <message>
        <location filename="../intake/complaint_section.py" line="80"/>
        <source>Nobody yet (the supervisor assigns it)</source>
        <translation>Belum ada (ditetapkan kepala seksi)</translation>
    </message>
    <message>
        <location filename="../intake/complaint_section.py" line="81"/>
        <source>Me ({name})</source>
        <translation>Saya sendiri ({name})</translation>
    </message>
</context>
<context>
    <name>ConflictsPanel</name>
    <message>
        <location filename="../case_view/conflicts_panel.py" line="79"/>
        <source>The same detail was changed in two places at once, and both values were kept. Choose the right one: your choice is recorded and sent like any change.</source>
        <translation>Data yang sama diubah di dua tempat pada waktu bersamaan, dan kedua nilainya disimpan. Pilih yang benar: pilihan Anda dicatat dan dikirim seperti perubahan lainnya.</translation>
    </message>
    <message>
        <location filename="../case_view/conflicts_panel.py" line="96"/>
        <source>1 conflicting change to decide</source>
        <translation>1 perbedaan data perlu diputuskan</translation>
    </message>
    <message>
        <location filename="../case_view/conflicts_panel.py" line="97"/>
        <source>{n} conflicting changes to decide</source>
        <translation>{n} perbedaan data perlu diputuskan</translation>
    </message>
    <message>
        <location filename="../case_view/conflicts_panel.py" line="107"/>
        <source>The other status change was refused: it does not follow the order of the statuses.</source>
        <translation>Perubahan status yang lain ditolak: tidak sesuai urutan status.</translation>
    </message>
    <message>
        <location filename="../case_view/conflicts_panel.py" line="110"/>
        <source>Changed on two computers at the same time.</source>
        <translation>Diubah di dua komputer pada waktu bersamaan.</translation>
    </message>
    <message>
        <location filename="../case_view/conflicts_panel.py" line="120"/>
        <source>Kept: “{value}” — by {who}</source>
        <translation>Dipertahankan: “{value}” — oleh {who}</translation>
    </message>
    <message>
        <location filename="../case_view/conflicts_panel.py" line="123"/>
        <source>Other value: “{value}” — by {who}</source>
        <translation>Nilai lain: “{value}” — oleh {who}</translation>
    </message>
    <message>
        <location filename="../case_view/conflicts_panel.py" line="129"/>
        <source>Keep</source>
        <translation>Pertahankan</translation>
    </message>
    <message>
        <location filename="../case_view/conflicts_panel.py" line="130"/>
        <source>The kept value stays; the other one is dropped.</source>
        <translation>Nilai yang dipertahankan tetap; nilai lain dibuang.</translation>
    </message>
    <message>
        <location filename="../case_view/conflicts_panel.py" line="131"/>
        <source>Use the other value</source>
        <translation>Pakai nilai lain</translation>
    </message>
    <message>
        <location filename="../case_view/conflicts_panel.py" line="132"/>
        <source>The other value replaces the kept one.</source>
        <translation>Nilai lain menggantikan nilai yang dipertahankan.</translation>
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
        <translation>hh/bb/tttt</translation>
    </message>
</context>
<context>
    <name>DetailsPanel</name>
    <message>
        <location filename="../case_fields.py" line="15"/>
        <source>Category</source>
        <translation>Jenis pengaduan</translation>
    </message>
    <message>
        <location filename="../case_fields.py" line="16"/>
        <source>Channel</source>
        <translation>Saluran</translation>
    </message>
    <message>
        <location filename="../case_fields.py" line="17"/>
        <source>Complainant type</source>
        <translation>Kategori pengadu</translation>
    </message>
    <message>
        <location filename="../case_fields.py" line="19"/>
        <source>Description</source>
        <translation>Uraian</translation>
    </message>
    <message>
        <location filename="../case_fields.py" line="20"/>
        <source>Outcome</source>
        <translation>Hasil penanganan</translation>
    </message>
    <message>
        <location filename="../case_fields.py" line="21"/>
        <source>Duplicate of</source>
        <translation>Duplikat dari</translation>
    </message>
    <message>
        <location filename="../case_fields.py" line="24"/>
        <location filename="../case_fields.py" line="46"/>
        <source>Name</source>
        <translation>Nama</translation>
    </message>
    <message>
        <location filename="../case_fields.py" line="25"/>
        <source>Sex</source>
        <translation>Jenis kelamin</translation>
    </message>
    <message>
        <location filename="../case_fields.py" line="26"/>
        <source>Date of birth</source>
        <translation>Tanggal lahir</translation>
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
        <translation>Paspor</translation>
    </message>
    <message>
        <location filename="../case_fields.py" line="29"/>
        <source>KTKLN</source>
        <translation>KTKLN</translation>
    </message>
    <message>
        <location filename="../case_fields.py" line="30"/>
        <source>Phone</source>
        <translation>Telepon</translation>
    </message>
    <message>
        <location filename="../case_fields.py" line="31"/>
        <location filename="../case_fields.py" line="51"/>
        <source>Address</source>
        <translation>Alamat</translation>
    </message>
    <message>
        <location filename="../case_fields.py" line="32"/>
        <source>Province</source>
        <translation>Provinsi</translation>
    </message>
    <message>
        <location filename="../case_fields.py" line="33"/>
        <source>Regency / city</source>
        <translation>Kabupaten / kota</translation>
    </message>
    <message>
        <location filename="../case_fields.py" line="34"/>
        <source>Destination country</source>
        <translation>Negara tujuan</translation>
    </message>
    <message>
        <location filename="../case_fields.py" line="35"/>
        <source>Destination city</source>
        <translation>Kota tujuan</translation>
    </message>
    <message>
        <location filename="../case_fields.py" line="36"/>
        <source>Job</source>
        <translation>Pekerjaan</translation>
    </message>
    <message>
        <location filename="../case_fields.py" line="37"/>
        <source>Employer</source>
        <translation>Majikan</translation>
    </message>
    <message>
        <location filename="../case_fields.py" line="38"/>
        <source>Employer address</source>
        <translation>Alamat majikan</translation>
    </message>
    <message>
        <location filename="../case_fields.py" line="39"/>
        <source>Employer phone</source>
        <translation>Telepon majikan</translation>
    </message>
    <message>
        <location filename="../case_fields.py" line="40"/>
        <source>First employer</source>
        <translation>Majikan pertama</translation>
    </message>
    <message>
        <location filename="../case_fields.py" line="41"/>
        <source>Placement agency (PPTKIS)</source>
        <translation>Perusahaan penempatan (PPTKIS)</translation>
    </message>
    <message>
        <location filename="../case_fields.py" line="42"/>
        <source>Departure date</source>
        <translation>Tanggal berangkat</translation>
    </message>
    <message>
        <location filename="../case_fields.py" line="43"/>
        <source>Work agreement</source>
        <translation>Perjanjian kerja</translation>
    </message>
    <message>
        <location filename="../case_fields.py" line="47"/>
        <source>Relation to the worker</source>
        <translation>Hubungan dengan TKI</translation>
    </message>
    <message>
        <location filename="../case_fields.py" line="49"/>
        <source>Phones</source>
        <translation>Telepon</translation>
    </message>
    <message>
        <location filename="../case_fields.py" line="50"/>
        <source>Email</source>
        <translation>Email</translation>
    </message>
    <message>
        <location filename="../case_fields.py" line="52"/>
        <source>Preferred contact</source>
        <translation>Kontak yang diutamakan</translation>
    </message>
    <message>
        <location filename="../case_view/details_panel.py" line="52"/>
        <source>Complaint</source>
        <translation>Pengaduan</translation>
    </message>
    <message>
        <location filename="../case_view/details_panel.py" line="52"/>
        <source>Complainant</source>
        <translation>Pengadu</translation>
    </message>
    <message>
        <location filename="../case_view/details_panel.py" line="52"/>
        <source>Worker (TKI)</source>
        <translation>TKI</translation>
    </message>
    <message>
        <location filename="../case_view/details_panel.py" line="98"/>
        <location filename="../sync/field_labels.py" line="152"/>
        <source>Male (L)</source>
        <translation>Laki-laki (L)</translation>
    </message>
    <message>
        <location filename="../case_view/details_panel.py" line="98"/>
        <location filename="../sync/field_labels.py" line="153"/>
        <source>Female (P)</source>
        <translation>Perempuan (P)</translation>
    </message>
</context>
<context>
    <name>DirectoryEntryDialog</name>
    <message>
        <location filename="../directory_entry_dialog.py" line="38"/>
        <source>New directory entry</source>
        <translation>Entri direktori baru</translation>
    </message>
    <message>
        <location filename="../directory_entry_dialog.py" line="40"/>
        <source>Edit {name}</source>
        <translation>Ubah {name}</translation>
    </message>
    <message>
        <location filename="../directory_entry_dialog.py" line="42"/>
        <source>&amp;Kind:</source>
        <translation>&amp;Jenis:</translation>
    </message>
    <message>
        <location filename="../directory_entry_dialog.py" line="45"/>
        <source>As the partner writes it, e.g. RSUD Dr. Soetomo</source>
        <translation>Seperti ditulis oleh mitra, mis. RSUD Dr. Soetomo</translation>
    </message>
    <message>
        <location filename="../directory_entry_dialog.py" line="46"/>
        <source>&amp;Name:</source>
        <translation>&amp;Nama:</translation>
    </message>
    <message>
        <location filename="../directory_entry_dialog.py" line="47"/>
        <source>— none —</source>
        <translation>— tidak ada —</translation>
    </message>
    <message>
        <location filename="../directory_entry_dialog.py" line="48"/>
        <source>&amp;Country:</source>
        <translation>Ne&amp;gara:</translation>
    </message>
    <message>
        <location filename="../directory_entry_dialog.py" line="51"/>
        <source>&amp;Licence number:</source>
        <translation>Nomor &amp;izin:</translation>
    </message>
    <message>
        <location filename="../directory_entry_dialog.py" line="53"/>
        <source>Licence &amp;status:</source>
        <translation>&amp;Status izin:</translation>
    </message>
    <message>
        <location filename="../directory_entry_dialog.py" line="57"/>
        <source>Street, city; leave empty when unknown</source>
        <translation>Jalan, kota; kosongkan bila tidak diketahui</translation>
    </message>
    <message>
        <location filename="../directory_entry_dialog.py" line="58"/>
        <source>&amp;Address:</source>
        <translation>&amp;Alamat:</translation>
    </message>
    <message>
        <location filename="../directory_entry_dialog.py" line="61"/>
        <source>&amp;Phone:</source>
        <translation>&amp;Telepon:</translation>
    </message>
    <message>
        <location filename="../directory_entry_dialog.py" line="64"/>
        <source>&amp;Email:</source>
        <translation>&amp;Email:</translation>
    </message>
    <message>
        <location filename="../directory_entry_dialog.py" line="69"/>
        <source>A local partner of {office}.</source>
        <translation>Mitra lokal kantor {office}.</translation>
    </message>
    <message>
        <location filename="../directory_entry_dialog.py" line="71"/>
        <source>A central entry: every office sees the change after its next sync.</source>
        <translation>Entri pusat: setiap kantor melihat perubahan ini setelah sinkronisasi berikutnya.</translation>
    </message>
    <message>
        <location filename="../directory_entry_dialog.py" line="73"/>
        <source>A central entry: every office sees it after its next sync.</source>
        <translation>Entri pusat: setiap kantor melihatnya setelah sinkronisasi berikutnya.</translation>
    </message>
    <message>
        <location filename="../directory_entry_dialog.py" line="75"/>
        <source>A local partner of this office ({office}): every office sees it after the next sync, and central may adopt it.</source>
        <translation>Mitra lokal kantor ini ({office}): setiap kantor melihatnya setelah sinkronisasi berikutnya, dan pusat dapat mengambil alihnya.</translation>
    </message>
</context>
<context>
    <name>DirectoryPicker</name>
    <message>
        <location filename="../directory_picker.py" line="61"/>
        <source>licence {number}</source>
        <translation>izin {number}</translation>
    </message>
    <message>
        <location filename="../directory_picker.py" line="65"/>
        <source>local partner of {office}</source>
        <translation>mitra lokal {office}</translation>
    </message>
    <message>
        <location filename="../directory_picker.py" line="67"/>
        <source>demo entry</source>
        <translation>entri demo</translation>
    </message>
    <message>
        <location filename="../directory_picker.py" line="69"/>
        <source>switched off</source>
        <translation>nonaktif</translation>
    </message>
    <message>
        <location filename="../directory_picker.py" line="77"/>
        <source>⚠ {n} summons not attended</source>
        <translation>⚠ {n} panggilan tidak dihadiri</translation>
    </message>
    <message>
        <location filename="../directory_picker.py" line="188"/>
        <source>Type a name, then choose with ↓ and Enter</source>
        <translation>Ketik nama, lalu pilih dengan ↓ dan Enter</translation>
    </message>
    <message>
        <location filename="../directory_picker.py" line="239"/>
        <source>Nothing in the directory matches; the name is used as typed.</source>
        <translation>Tidak ada yang cocok di direktori; nama dipakai seperti yang diketik.</translation>
    </message>
</context>
<context>
    <name>DirectoryWindow</name>
    <message>
        <location filename="../directory_window.py" line="194"/>
        <source>Stakeholder directory</source>
        <translation>Direktori mitra</translation>
    </message>
    <message>
        <location filename="../directory_window.py" line="195"/>
        <source>&amp;Search:</source>
        <translation>&amp;Cari:</translation>
    </message>
    <message>
        <location filename="../directory_window.py" line="196"/>
        <source>Name or licence number</source>
        <translation>Nama atau nomor izin</translation>
    </message>
    <message>
        <location filename="../directory_window.py" line="197"/>
        <source>&amp;Kind:</source>
        <translation>&amp;Jenis:</translation>
    </message>
    <message>
        <location filename="../directory_window.py" line="198"/>
        <source>All kinds</source>
        <translation>Semua jenis</translation>
    </message>
    <message>
        <location filename="../directory_window.py" line="202"/>
        <source>Ke&amp;pt by:</source>
        <translation>&amp;Dikelola oleh:</translation>
    </message>
    <message>
        <location filename="../directory_window.py" line="203"/>
        <source>Everyone</source>
        <translation>Semua</translation>
    </message>
    <message>
        <location filename="../directory_window.py" line="203"/>
        <location filename="../directory_window.py" line="279"/>
        <location filename="../directory_window.py" line="311"/>
        <source>Central</source>
        <translation>Pusat</translation>
    </message>
    <message>
        <location filename="../directory_window.py" line="204"/>
        <source>Offices (local partners)</source>
        <translation>Kantor daerah (mitra lokal)</translation>
    </message>
    <message>
        <location filename="../directory_window.py" line="206"/>
        <source>Show s&amp;witched-off entries</source>
        <translation>Tampilkan entri &amp;nonaktif</translation>
    </message>
    <message>
        <location filename="../directory_window.py" line="207"/>
        <source>Name</source>
        <translation>Nama</translation>
    </message>
    <message>
        <location filename="../directory_window.py" line="207"/>
        <location filename="../directory_window.py" line="300"/>
        <source>Kind</source>
        <translation>Jenis</translation>
    </message>
    <message>
        <location filename="../directory_window.py" line="208"/>
        <location filename="../directory_window.py" line="302"/>
        <source>Country</source>
        <translation>Negara</translation>
    </message>
    <message>
        <location filename="../directory_window.py" line="208"/>
        <location filename="../directory_window.py" line="311"/>
        <source>Kept by</source>
        <translation>Dikelola oleh</translation>
    </message>
    <message>
        <location filename="../directory_window.py" line="209"/>
        <source>Summons</source>
        <translation>Panggilan</translation>
    </message>
    <message>
        <location filename="../directory_window.py" line="210"/>
        <source>&amp;New entry…</source>
        <translation>Entri &amp;baru…</translation>
    </message>
    <message>
        <location filename="../directory_window.py" line="211"/>
        <source>New entry (Ctrl+N)</source>
        <translation>Entri baru (Ctrl+N)</translation>
    </message>
    <message>
        <location filename="../directory_window.py" line="212"/>
        <source>&amp;Edit…</source>
        <translation>&amp;Ubah…</translation>
    </message>
    <message>
        <location filename="../directory_window.py" line="213"/>
        <location filename="../directory_window.py" line="350"/>
        <source>Edit the selected entry (F2 or Enter)</source>
        <translation>Ubah entri yang dipilih (F2 atau Enter)</translation>
    </message>
    <message>
        <location filename="../directory_window.py" line="214"/>
        <source>A&amp;dopt as central entry</source>
        <translation>Ambil alih sebagai entri &amp;pusat</translation>
    </message>
    <message>
        <location filename="../directory_window.py" line="215"/>
        <source>&amp;Close</source>
        <translation>&amp;Tutup</translation>
    </message>
    <message>
        <location filename="../directory_window.py" line="267"/>
        <source>{n} entries</source>
        <translation>{n} entri</translation>
    </message>
    <message>
        <location filename="../directory_window.py" line="271"/>
        <source> (demo)</source>
        <translation> (demo)</translation>
    </message>
    <message>
        <location filename="../directory_window.py" line="273"/>
        <source> (switched off)</source>
        <translation> (nonaktif)</translation>
    </message>
    <message>
        <location filename="../directory_window.py" line="296"/>
        <source>No entry selected.</source>
        <translation>Belum ada entri yang dipilih.</translation>
    </message>
    <message>
        <location filename="../directory_window.py" line="299"/>
        <source>not known</source>
        <translation>tidak diketahui</translation>
    </message>
    <message>
        <location filename="../directory_window.py" line="304"/>
        <source>Licence number</source>
        <translation>Nomor izin</translation>
    </message>
    <message>
        <location filename="../directory_window.py" line="305"/>
        <source>Licence status</source>
        <translation>Status izin</translation>
    </message>
    <message>
        <location filename="../directory_window.py" line="308"/>
        <source>Address</source>
        <translation>Alamat</translation>
    </message>
    <message>
        <location filename="../directory_window.py" line="309"/>
        <source>Phone</source>
        <translation>Telepon</translation>
    </message>
    <message>
        <location filename="../directory_window.py" line="310"/>
        <source>Email</source>
        <translation>Email</translation>
    </message>
    <message>
        <location filename="../directory_window.py" line="312"/>
        <source>{office} (local partner)</source>
        <translation>{office} (mitra lokal)</translation>
    </message>
    <message>
        <location filename="../directory_window.py" line="315"/>
        <source>Flagged: {n} summons not attended.</source>
        <translation>Ditandai: {n} panggilan tidak dihadiri.</translation>
    </message>
    <message>
        <location filename="../directory_window.py" line="319"/>
        <source>Demo entry: not a real partner.</source>
        <translation>Entri demo: bukan mitra sungguhan.</translation>
    </message>
    <message>
        <location filename="../directory_window.py" line="321"/>
        <source>Switched off: no longer offered in the forms.</source>
        <translation>Nonaktif: tidak lagi ditawarkan di formulir.</translation>
    </message>
    <message>
        <location filename="../directory_window.py" line="323"/>
        <source>{n} summons not attended.</source>
        <translation>{n} panggilan tidak dihadiri.</translation>
    </message>
    <message>
        <location filename="../directory_window.py" line="342"/>
        <source>Switch &amp;on</source>
        <translation>Akti&amp;fkan</translation>
    </message>
    <message>
        <location filename="../directory_window.py" line="342"/>
        <source>Switch o&amp;ff</source>
        <translation>Nonakti&amp;fkan</translation>
    </message>
    <message>
        <location filename="../directory_window.py" line="346"/>
        <source>Kept by {owner}: only they can change it.</source>
        <translation>Dikelola oleh {owner}: hanya mereka yang dapat mengubahnya.</translation>
    </message>
    <message>
        <location filename="../directory_window.py" line="382"/>
        <source>Switch off entry</source>
        <translation>Nonaktifkan entri</translation>
    </message>
    <message>
        <location filename="../directory_window.py" line="383"/>
        <source>Switch off {name}?

It is no longer offered in referral and summons forms; the cases that name it keep it.</source>
        <translation>Nonaktifkan {name}?

Entri ini tidak lagi ditawarkan di formulir rujukan dan panggilan; kasus yang menyebutnya tetap menyimpannya.</translation>
    </message>
    <message>
        <location filename="../directory_window.py" line="398"/>
        <source>Adopt entry</source>
        <translation>Ambil alih entri</translation>
    </message>
    <message>
        <location filename="../directory_window.py" line="399"/>
        <source>Make {name} a central entry?

It is then kept by central; {office} can no longer change it.</source>
        <translation>Jadikan {name} entri pusat?

Selanjutnya entri ini dikelola pusat; {office} tidak dapat mengubahnya lagi.</translation>
    </message>
</context>
<context>
    <name>DocumentsPanel</name>
    <message>
        <location filename="../case_view/documents_panel.py" line="80"/>
        <source>Present</source>
        <translation>Ada</translation>
    </message>
    <message>
        <location filename="../case_view/documents_panel.py" line="80"/>
        <source>Missing</source>
        <translation>Belum ada</translation>
    </message>
    <message>
        <location filename="../case_view/documents_panel.py" line="80"/>
        <source>Not applicable</source>
        <translation>Tidak berlaku</translation>
    </message>
    <message>
        <location filename="../case_view/documents_panel.py" line="90"/>
        <source>Attach scan…</source>
        <translation>Lampirkan pindaian…</translation>
    </message>
    <message>
        <location filename="../case_view/documents_panel.py" line="91"/>
        <source>Attach the scan or photo of {document}</source>
        <translation>Lampirkan pindaian atau foto {document}</translation>
    </message>
    <message>
        <location filename="../case_view/documents_panel.py" line="114"/>
        <source>Missing: {names}</source>
        <translation>Belum ada: {names}</translation>
    </message>
    <message>
        <location filename="../case_view/documents_panel.py" line="117"/>
        <source>No documents missing.</source>
        <translation>Tidak ada dokumen yang kurang.</translation>
    </message>
    <message>
        <location filename="../case_view/documents_panel.py" line="130"/>
        <source>Scan: {names}</source>
        <translation>Pindaian: {names}</translation>
    </message>
</context>
<context>
    <name>DuplicateDecisionDialog</name>
    <message>
        <location filename="../intake/duplicate_decision.py" line="49"/>
        <source>Possible duplicate</source>
        <translation>Kemungkinan duplikat</translation>
    </message>
    <message>
        <location filename="../intake/duplicate_decision.py" line="56"/>
        <source>This complaint may already be recorded. Ask the complainant, then choose what to do.</source>
        <translation>Pengaduan ini mungkin sudah tercatat. Tanyakan kepada pengadu, lalu pilih tindakannya.</translation>
    </message>
    <message>
        <location filename="../intake/duplicate_decision.py" line="68"/>
        <source>&amp;Existing case:</source>
        <translation>Kasus yang &amp;ada:</translation>
    </message>
    <message>
        <location filename="../intake/duplicate_decision.py" line="79"/>
        <source>Not with scans chosen or an information request: record it as a case of its own.</source>
        <translation>Tidak bisa bila ada pindaian yang dipilih atau berasal dari permintaan informasi: catat sebagai kasus tersendiri.</translation>
    </message>
    <message>
        <location filename="../intake/duplicate_decision.py" line="84"/>
        <source>Why it is not the same case (required)</source>
        <translation>Mengapa ini bukan kasus yang sama (wajib)</translation>
    </message>
    <message>
        <location filename="../intake/duplicate_decision.py" line="93"/>
        <source>&amp;Continue</source>
        <translation>Lan&amp;jutkan</translation>
    </message>
    <message>
        <location filename="../intake/duplicate_decision.py" line="95"/>
        <source>&amp;Back to the form</source>
        <translation>Kembali ke &amp;formulir</translation>
    </message>
    <message>
        <location filename="../intake/duplicate_decision.py" line="114"/>
        <source>&amp;Add this visit to case {number} and open it (no new case)</source>
        <translation>Tambahkan &amp;kunjungan ini ke kasus {number} lalu buka kasusnya (tanpa kasus baru)</translation>
    </message>
    <message>
        <location filename="../intake/duplicate_decision.py" line="116"/>
        <source>Record a &amp;new complaint, linked to case {number} as related (same worker, another problem)</source>
        <translation>Catat pengaduan &amp;baru, terkait dengan kasus {number} (pekerja sama, masalah lain)</translation>
    </message>
    <message>
        <location filename="../intake/duplicate_decision.py" line="119"/>
        <source>Record it anyway: &amp;not the same as case {number}</source>
        <translation>Tetap catat sebagai kasus &amp;lain: bukan kasus {number}</translation>
    </message>
</context>
<context>
    <name>DuplicatesPanel</name>
    <message>
        <location filename="../intake/duplicates_panel.py" line="28"/>
        <source>same passport</source>
        <translation>paspor sama</translation>
    </message>
    <message>
        <location filename="../intake/duplicates_panel.py" line="29"/>
        <source>same NIK</source>
        <translation>NIK sama</translation>
    </message>
    <message>
        <location filename="../intake/duplicates_panel.py" line="30"/>
        <source>similar name, same birth date</source>
        <translation>nama mirip, tanggal lahir sama</translation>
    </message>
    <message>
        <location filename="../intake/duplicates_panel.py" line="31"/>
        <source>same phone number</source>
        <translation>nomor telepon sama</translation>
    </message>
    <message>
        <location filename="../intake/duplicates_panel.py" line="32"/>
        <source>similar name, same destination country</source>
        <translation>nama mirip, negara tujuan sama</translation>
    </message>
    <message>
        <location filename="../intake/duplicates_panel.py" line="93"/>
        <source>Possible duplicates.</source>
        <translation>Kemungkinan duplikat.</translation>
    </message>
    <message>
        <location filename="../intake/duplicates_panel.py" line="94"/>
        <source>This worker may already have a case. Check with the complainant; if it is the same complaint, open that case instead of recording a new one.</source>
        <translation>TKI ini mungkin sudah punya kasus. Tanyakan kepada pengadu; jika pengaduannya sama, buka kasus itu dan jangan mencatat kasus baru.</translation>
    </message>
    <message>
        <location filename="../intake/duplicates_panel.py" line="96"/>
        <source>(Ctrl+Shift+D: go to the list)</source>
        <translation>(Ctrl+Shift+D: ke daftar)</translation>
    </message>
    <message>
        <location filename="../intake/duplicates_panel.py" line="98"/>
        <source>Case number</source>
        <translation>Nomor kasus</translation>
    </message>
    <message>
        <location filename="../intake/duplicates_panel.py" line="98"/>
        <source>Worker</source>
        <translation>TKI</translation>
    </message>
    <message>
        <location filename="../intake/duplicates_panel.py" line="98"/>
        <source>Complainant</source>
        <translation>Pengadu</translation>
    </message>
    <message>
        <location filename="../intake/duplicates_panel.py" line="98"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../intake/duplicates_panel.py" line="99"/>
        <source>Why</source>
        <translation>Alasan</translation>
    </message>
    <message>
        <location filename="../intake/duplicates_panel.py" line="100"/>
        <source>Open this case instead (Enter)</source>
        <translation>Buka kasus ini saja (Enter)</translation>
    </message>
</context>
<context>
    <name>EditPeopleDialog</name>
    <message>
        <location filename="../case_view/edit_people_dialog.py" line="33"/>
        <source>Correct details of {number}</source>
        <translation>Perbaiki data {number}</translation>
    </message>
    <message>
        <location filename="../case_view/edit_people_dialog.py" line="39"/>
        <source>&amp;Worker</source>
        <translation>&amp;TKI</translation>
    </message>
    <message>
        <location filename="../case_view/edit_people_dialog.py" line="40"/>
        <location filename="../case_view/edit_people_dialog.py" line="67"/>
        <source>Name:</source>
        <translation>Nama:</translation>
    </message>
    <message>
        <location filename="../case_view/edit_people_dialog.py" line="42"/>
        <source>— not recorded —</source>
        <translation>— tidak dicatat —</translation>
    </message>
    <message>
        <location filename="../case_view/edit_people_dialog.py" line="42"/>
        <source>Male (L)</source>
        <translation>Laki-laki (L)</translation>
    </message>
    <message>
        <location filename="../case_view/edit_people_dialog.py" line="43"/>
        <source>Female (P)</source>
        <translation>Perempuan (P)</translation>
    </message>
    <message>
        <location filename="../case_view/edit_people_dialog.py" line="45"/>
        <source>Sex:</source>
        <translation>Jenis kelamin:</translation>
    </message>
    <message>
        <location filename="../case_view/edit_people_dialog.py" line="46"/>
        <source>Date of birth:</source>
        <translation>Tanggal lahir:</translation>
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
        <translation>Paspor:</translation>
    </message>
    <message>
        <location filename="../case_view/edit_people_dialog.py" line="49"/>
        <source>KTKLN:</source>
        <translation>KTKLN:</translation>
    </message>
    <message>
        <location filename="../case_view/edit_people_dialog.py" line="50"/>
        <source>Phone:</source>
        <translation>Telepon:</translation>
    </message>
    <message>
        <location filename="../case_view/edit_people_dialog.py" line="51"/>
        <location filename="../case_view/edit_people_dialog.py" line="73"/>
        <source>Address:</source>
        <translation>Alamat:</translation>
    </message>
    <message>
        <location filename="../case_view/edit_people_dialog.py" line="52"/>
        <source>Province:</source>
        <translation>Provinsi:</translation>
    </message>
    <message>
        <location filename="../case_view/edit_people_dialog.py" line="53"/>
        <source>Regency / city:</source>
        <translation>Kabupaten / kota:</translation>
    </message>
    <message>
        <location filename="../case_view/edit_people_dialog.py" line="54"/>
        <source>Destination country:</source>
        <translation>Negara tujuan:</translation>
    </message>
    <message>
        <location filename="../case_view/edit_people_dialog.py" line="56"/>
        <source>Destination city:</source>
        <translation>Kota tujuan:</translation>
    </message>
    <message>
        <location filename="../case_view/edit_people_dialog.py" line="57"/>
        <source>Job:</source>
        <translation>Pekerjaan:</translation>
    </message>
    <message>
        <location filename="../case_view/edit_people_dialog.py" line="58"/>
        <source>Employer:</source>
        <translation>Majikan:</translation>
    </message>
    <message>
        <location filename="../case_view/edit_people_dialog.py" line="59"/>
        <source>Employer address:</source>
        <translation>Alamat majikan:</translation>
    </message>
    <message>
        <location filename="../case_view/edit_people_dialog.py" line="60"/>
        <source>Employer phone:</source>
        <translation>Telepon majikan:</translation>
    </message>
    <message>
        <location filename="../case_view/edit_people_dialog.py" line="61"/>
        <source>First employer:</source>
        <translation>Majikan pertama:</translation>
    </message>
    <message>
        <location filename="../case_view/edit_people_dialog.py" line="62"/>
        <source>Placement agency (PPTKIS):</source>
        <translation>Perusahaan penempatan (PPTKIS):</translation>
    </message>
    <message>
        <location filename="../case_view/edit_people_dialog.py" line="63"/>
        <source>Departure date:</source>
        <translation>Tanggal berangkat:</translation>
    </message>
    <message>
        <location filename="../case_view/edit_people_dialog.py" line="64"/>
        <source>Work agreement:</source>
        <translation>Perjanjian kerja:</translation>
    </message>
    <message>
        <location filename="../case_view/edit_people_dialog.py" line="66"/>
        <source>&amp;Complainant</source>
        <translation>&amp;Pengadu</translation>
    </message>
    <message>
        <location filename="../case_view/edit_people_dialog.py" line="68"/>
        <source>Relation to the worker:</source>
        <translation>Hubungan dengan TKI:</translation>
    </message>
    <message>
        <location filename="../case_view/edit_people_dialog.py" line="71"/>
        <source>Phones:</source>
        <translation>Telepon:</translation>
    </message>
    <message>
        <location filename="../case_view/edit_people_dialog.py" line="72"/>
        <source>Email:</source>
        <translation>Email:</translation>
    </message>
    <message>
        <location filename="../case_view/edit_people_dialog.py" line="74"/>
        <source>Preferred contact:</source>
        <translation>Kontak yang diutamakan:</translation>
    </message>
</context>
<context>
    <name>EnrolBox</name>
    <message>
        <location filename="../first_run_enrol.py" line="69"/>
        <source>Central server</source>
        <translation>Server pusat</translation>
    </message>
    <message>
        <location filename="../first_run_enrol.py" line="70"/>
        <source>Server &amp;address:</source>
        <translation>&amp;Alamat server:</translation>
    </message>
    <message>
        <location filename="../first_run_enrol.py" line="71"/>
        <source>Enrolment co&amp;de:</source>
        <translation>K&amp;ode pendaftaran:</translation>
    </message>
    <message>
        <location filename="../first_run_enrol.py" line="72"/>
        <source>Name of this &amp;PC:</source>
        <translation>Nama ko&amp;mputer ini:</translation>
    </message>
    <message>
        <location filename="../first_run_enrol.py" line="73"/>
        <source>e.g. https://pusat.example.go.id</source>
        <translation>mis. https://pusat.example.go.id</translation>
    </message>
    <message>
        <location filename="../first_run_enrol.py" line="74"/>
        <source>e.g. 7K3M-Q9XD-2HPA</source>
        <translation>mis. 7K3M-Q9XD-2HPA</translation>
    </message>
    <message>
        <location filename="../first_run_enrol.py" line="75"/>
        <source>e.g. Front desk 1</source>
        <translation>mis. Loket 1</translation>
    </message>
</context>
<context>
    <name>EnrolExistingDialog</name>
    <message>
        <location filename="../enrol_existing_dialog.py" line="95"/>
        <source>Enrol with the central server</source>
        <translation>Daftarkan ke server pusat</translation>
    </message>
    <message>
        <location filename="../enrol_existing_dialog.py" line="98"/>
        <source>This PC keeps all its cases and their numbers ({office}-…-{letter}-…). The central server checks that no other PC uses letter {letter}; if one does, it says so and nothing changes here. Once enrolled, log in again: the first sync sends the cases.</source>
        <translation>Komputer ini tetap menyimpan semua kasusnya beserta nomornya ({office}-…-{letter}-…). Server pusat memeriksa bahwa tidak ada komputer lain yang memakai huruf {letter}; jika ada, server menyebutkannya dan tidak ada yang berubah di sini. Setelah terdaftar, masuk lagi: sinkronisasi pertama mengirim kasus-kasus itu.</translation>
    </message>
    <message>
        <location filename="../enrol_existing_dialog.py" line="103"/>
        <source>Server &amp;address:</source>
        <translation>&amp;Alamat server:</translation>
    </message>
    <message>
        <location filename="../enrol_existing_dialog.py" line="104"/>
        <source>Enrolment co&amp;de:</source>
        <translation>K&amp;ode pendaftaran:</translation>
    </message>
    <message>
        <location filename="../enrol_existing_dialog.py" line="105"/>
        <source>Name of this &amp;PC:</source>
        <translation>Nama ko&amp;mputer ini:</translation>
    </message>
    <message>
        <location filename="../enrol_existing_dialog.py" line="106"/>
        <source>e.g. https://pusat.example.go.id</source>
        <translation>mis. https://pusat.example.go.id</translation>
    </message>
    <message>
        <location filename="../enrol_existing_dialog.py" line="107"/>
        <source>e.g. 7K3M-Q9XD-2HPA</source>
        <translation>mis. 7K3M-Q9XD-2HPA</translation>
    </message>
    <message>
        <location filename="../enrol_existing_dialog.py" line="108"/>
        <source>&amp;Enrol</source>
        <translation>&amp;Daftarkan</translation>
    </message>
    <message>
        <location filename="../enrol_existing_dialog.py" line="109"/>
        <source>Cancel</source>
        <translation>Batal</translation>
    </message>
    <message>
        <location filename="../enrol_existing_dialog.py" line="110"/>
        <source>Asking the central server…</source>
        <translation>Menghubungi server pusat…</translation>
    </message>
    <message>
        <location filename="../enrol_existing_dialog.py" line="195"/>
        <source>This PC is enrolled as device {letter} of office {office}; its cases keep their numbers. Log in again to start syncing: the first sync sends the cases to the central server.</source>
        <translation>Komputer ini terdaftar sebagai perangkat {letter} kantor {office}; kasus-kasusnya tetap dengan nomornya. Masuk lagi untuk mulai sinkronisasi: sinkronisasi pertama mengirim kasus-kasus itu ke server pusat.</translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <location filename="../errors.py" line="19"/>
        <source>Something went wrong. Nothing was lost; try again. If it happens again, tell the office administrator (details are in the log file).</source>
        <translation>Terjadi kesalahan. Tidak ada data yang hilang; silakan coba lagi. Jika terulang, beri tahu administrator kantor (rinciannya ada di berkas log).</translation>
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
        <translation>Kontak dengan keluarga</translation>
    </message>
    <message>
        <location filename="../case_view/event_dialog.py" line="149"/>
        <source>&amp;Channel:</source>
        <translation>&amp;Saluran:</translation>
    </message>
    <message>
        <location filename="../case_view/event_dialog.py" line="159"/>
        <source>Add resolution step</source>
        <translation>Tambah langkah penanganan</translation>
    </message>
    <message>
        <location filename="../case_view/event_dialog.py" line="163"/>
        <source>&amp;Step:</source>
        <translation>&amp;Langkah:</translation>
    </message>
    <message>
        <location filename="../case_view/event_dialog.py" line="134"/>
        <source>What was done or agreed, and with whom</source>
        <translation>Apa yang dilakukan atau disepakati, dan dengan siapa</translation>
    </message>
    <message>
        <location filename="../case_view/event_dialog.py" line="135"/>
        <source>S&amp;ummary:</source>
        <translation>&amp;Ringkasan:</translation>
    </message>
    <message>
        <location filename="../case_view/event_dialog.py" line="139"/>
        <source>&amp;When it happened:</source>
        <translation>&amp;Waktu kejadian:</translation>
    </message>
    <message>
        <location filename="../case_view/event_dialog.py" line="151"/>
        <source>Name, e.g. Ibu Sri (the worker&apos;s mother)</source>
        <translation>Nama, mis. Ibu Sri (ibu TKI)</translation>
    </message>
    <message>
        <location filename="../case_view/event_dialog.py" line="152"/>
        <source>S&amp;poke with:</source>
        <translation>&amp;Yang dihubungi:</translation>
    </message>
    <message>
        <location filename="../case_view/event_dialog.py" line="156"/>
        <source>&amp;Result:</source>
        <translation>&amp;Hasil:</translation>
    </message>
    <message>
        <location filename="../case_view/event_dialog.py" line="167"/>
        <source>&amp;Next contact due:</source>
        <translation>&amp;Kontak berikutnya:</translation>
    </message>
    <message>
        <location filename="../case_view/event_dialog.py" line="168"/>
        <source>Leave empty when no follow-up is planned.</source>
        <translation>Kosongkan jika tidak ada tindak lanjut yang direncanakan.</translation>
    </message>
    <message>
        <location filename="../case_view/event_dialog.py" line="201"/>
        <source>Choose whether the contact got through.</source>
        <translation>Pilih hasil kontak (tersambung atau tidak).</translation>
    </message>
</context>
<context>
    <name>ExportFlow</name>
    <message>
        <location filename="../reports/export_flow.py" line="66"/>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Buku kerja Excel (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../reports/export_flow.py" line="66"/>
        <source>CSV files (*.csv)</source>
        <translation>Berkas CSV (*.csv)</translation>
    </message>
    <message>
        <location filename="../reports/export_flow.py" line="67"/>
        <source>PDF files (*.pdf)</source>
        <translation>Berkas PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../reports/export_flow.py" line="89"/>
        <source>Export the report</source>
        <translation>Ekspor laporan</translation>
    </message>
    <message>
        <location filename="../reports/export_flow.py" line="95"/>
        <source>Writing the report…</source>
        <translation>Menulis laporan…</translation>
    </message>
    <message>
        <location filename="../reports/export_flow.py" line="95"/>
        <source>Report saved</source>
        <translation>Laporan tersimpan</translation>
    </message>
    <message>
        <location filename="../reports/export_flow.py" line="117"/>
        <source>Cancel</source>
        <translation>Batal</translation>
    </message>
    <message>
        <location filename="../reports/export_flow.py" line="118"/>
        <source>Export</source>
        <translation>Ekspor</translation>
    </message>
    <message>
        <location filename="../reports/export_flow.py" line="133"/>
        <source>Cancelling…</source>
        <translation>Membatalkan…</translation>
    </message>
    <message>
        <location filename="../reports/export_flow.py" line="156"/>
        <source>Saved to:
{path}</source>
        <translation>Disimpan ke:
{path}</translation>
    </message>
    <message>
        <location filename="../reports/export_flow.py" line="157"/>
        <source>&amp;Open folder</source>
        <translation>&amp;Buka folder</translation>
    </message>
</context>
<context>
    <name>FieldLabels</name>
    <message>
        <location filename="../sync/field_labels.py" line="23"/>
        <source>Complaint</source>
        <translation>Pengaduan</translation>
    </message>
    <message>
        <location filename="../sync/field_labels.py" line="24"/>
        <source>Worker (TKI)</source>
        <translation>TKI</translation>
    </message>
    <message>
        <location filename="../sync/field_labels.py" line="25"/>
        <source>Complainant</source>
        <translation>Pengadu</translation>
    </message>
    <message>
        <location filename="../sync/field_labels.py" line="26"/>
        <source>Document</source>
        <translation>Dokumen</translation>
    </message>
    <message>
        <location filename="../sync/field_labels.py" line="27"/>
        <source>Timeline entry</source>
        <translation>Catatan linimasa</translation>
    </message>
    <message>
        <location filename="../sync/field_labels.py" line="28"/>
        <source>Attachment</source>
        <translation>Lampiran</translation>
    </message>
    <message>
        <location filename="../sync/field_labels.py" line="29"/>
        <source>Conflict decision</source>
        <translation>Keputusan perbedaan data</translation>
    </message>
    <message>
        <location filename="../sync/field_labels.py" line="30"/>
        <source>Referral</source>
        <translation>Rujukan</translation>
    </message>
    <message>
        <location filename="../sync/field_labels.py" line="31"/>
        <source>PPTKIS summons</source>
        <translation>Panggilan PPTKIS</translation>
    </message>
    <message>
        <location filename="../sync/field_labels.py" line="32"/>
        <source>Directory entry</source>
        <translation>Entri direktori</translation>
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
        <translation>Kantor</translation>
    </message>
    <message>
        <location filename="../sync/field_labels.py" line="38"/>
        <source>Received</source>
        <translation>Diterima</translation>
    </message>
    <message>
        <location filename="../sync/field_labels.py" line="39"/>
        <source>Next contact</source>
        <translation>Kontak berikutnya</translation>
    </message>
    <message>
        <location filename="../sync/field_labels.py" line="40"/>
        <source>State</source>
        <translation>Keadaan</translation>
    </message>
    <message>
        <location filename="../sync/field_labels.py" line="41"/>
        <source>Note</source>
        <translation>Catatan</translation>
    </message>
    <message>
        <location filename="../sync/field_labels.py" line="42"/>
        <source>Summary</source>
        <translation>Ringkasan</translation>
    </message>
    <message>
        <location filename="../sync/field_labels.py" line="43"/>
        <source>File name</source>
        <translation>Nama berkas</translation>
    </message>
    <message>
        <location filename="../sync/field_labels.py" line="45"/>
        <source>Handling officer</source>
        <translation>Petugas penanganan</translation>
    </message>
    <message>
        <location filename="../sync/field_labels.py" line="46"/>
        <source>Urgent</source>
        <translation>Mendesak</translation>
    </message>
    <message>
        <location filename="../sync/field_labels.py" line="47"/>
        <source>Reason it is urgent</source>
        <translation>Alasan mendesak</translation>
    </message>
    <message>
        <location filename="../sync/field_labels.py" line="48"/>
        <source>Proposed status</source>
        <translation>Status yang diusulkan</translation>
    </message>
    <message>
        <location filename="../sync/field_labels.py" line="49"/>
        <source>Proposed outcome</source>
        <translation>Hasil yang diusulkan</translation>
    </message>
    <message>
        <location filename="../sync/field_labels.py" line="50"/>
        <source>Proposed duplicate of</source>
        <translation>Diusulkan duplikat dari</translation>
    </message>
    <message>
        <location filename="../sync/field_labels.py" line="52"/>
        <source>Proposal summary</source>
        <translation>Ringkasan usulan</translation>
    </message>
    <message>
        <location filename="../sync/field_labels.py" line="53"/>
        <source>Proposed by</source>
        <translation>Diusulkan oleh</translation>
    </message>
    <message>
        <location filename="../sync/field_labels.py" line="54"/>
        <source>Proposed on</source>
        <translation>Diusulkan pada</translation>
    </message>
    <message>
        <location filename="../sync/field_labels.py" line="55"/>
        <source>Addressee</source>
        <translation>Tujuan</translation>
    </message>
    <message>
        <location filename="../sync/field_labels.py" line="56"/>
        <source>Sent by</source>
        <translation>Dikirim melalui</translation>
    </message>
    <message>
        <location filename="../sync/field_labels.py" line="57"/>
        <location filename="../sync/field_labels.py" line="77"/>
        <source>Letter number</source>
        <translation>Nomor surat</translation>
    </message>
    <message>
        <location filename="../sync/field_labels.py" line="58"/>
        <source>Sent on</source>
        <translation>Tanggal kirim</translation>
    </message>
    <message>
        <location filename="../sync/field_labels.py" line="59"/>
        <source>What was asked</source>
        <translation>Yang diminta</translation>
    </message>
    <message>
        <location filename="../sync/field_labels.py" line="60"/>
        <source>Reply due</source>
        <translation>Batas jawaban</translation>
    </message>
    <message>
        <location filename="../sync/field_labels.py" line="61"/>
        <source>Replied on</source>
        <translation>Tanggal jawaban</translation>
    </message>
    <message>
        <location filename="../sync/field_labels.py" line="62"/>
        <source>Reply</source>
        <translation>Jawaban</translation>
    </message>
    <message>
        <location filename="../sync/field_labels.py" line="63"/>
        <source>Withdrawn on</source>
        <translation>Ditarik pada</translation>
    </message>
    <message>
        <location filename="../sync/field_labels.py" line="65"/>
        <source>Basis for sharing</source>
        <translation>Dasar berbagi data</translation>
    </message>
    <message>
        <location filename="../sync/field_labels.py" line="67"/>
        <source>Consent given on</source>
        <translation>Persetujuan diberikan pada</translation>
    </message>
    <message>
        <location filename="../sync/field_labels.py" line="68"/>
        <source>Consent recorded by</source>
        <translation>Persetujuan dicatat oleh</translation>
    </message>
    <message>
        <location filename="../sync/field_labels.py" line="69"/>
        <source>Note on the basis</source>
        <translation>Keterangan dasar</translation>
    </message>
    <message>
        <location filename="../sync/field_labels.py" line="71"/>
        <source>Restricted since</source>
        <translation>Dibatasi sejak</translation>
    </message>
    <message>
        <location filename="../sync/field_labels.py" line="72"/>
        <source>Restricted by</source>
        <translation>Dibatasi oleh</translation>
    </message>
    <message>
        <location filename="../sync/field_labels.py" line="73"/>
        <source>Reason for the restriction</source>
        <translation>Alasan pembatasan</translation>
    </message>
    <message>
        <location filename="../sync/field_labels.py" line="75"/>
        <source>Anonymised on</source>
        <translation>Dianonimkan pada</translation>
    </message>
    <message>
        <location filename="../sync/field_labels.py" line="76"/>
        <source>Agency</source>
        <translation>Perusahaan (PPTKIS)</translation>
    </message>
    <message>
        <location filename="../sync/field_labels.py" line="78"/>
        <source>Meeting</source>
        <translation>Pertemuan</translation>
    </message>
    <message>
        <location filename="../sync/field_labels.py" line="79"/>
        <source>Place</source>
        <translation>Tempat</translation>
    </message>
    <message>
        <location filename="../sync/field_labels.py" line="80"/>
        <source>Attendance</source>
        <translation>Kehadiran</translation>
    </message>
    <message>
        <location filename="../sync/field_labels.py" line="81"/>
        <source>Result</source>
        <translation>Hasil</translation>
    </message>
    <message>
        <location filename="../sync/field_labels.py" line="82"/>
        <source>Name</source>
        <translation>Nama</translation>
    </message>
    <message>
        <location filename="../sync/field_labels.py" line="83"/>
        <source>Kind</source>
        <translation>Jenis</translation>
    </message>
    <message>
        <location filename="../sync/field_labels.py" line="84"/>
        <source>Address</source>
        <translation>Alamat</translation>
    </message>
    <message>
        <location filename="../sync/field_labels.py" line="85"/>
        <source>Phone</source>
        <translation>Telepon</translation>
    </message>
    <message>
        <location filename="../sync/field_labels.py" line="86"/>
        <source>Email</source>
        <translation>Email</translation>
    </message>
    <message>
        <location filename="../sync/field_labels.py" line="87"/>
        <source>Licence number</source>
        <translation>Nomor izin</translation>
    </message>
    <message>
        <location filename="../sync/field_labels.py" line="88"/>
        <source>Licence status</source>
        <translation>Status izin</translation>
    </message>
    <message>
        <location filename="../sync/field_labels.py" line="91"/>
        <source>In use</source>
        <translation>Dipakai</translation>
    </message>
    <message>
        <location filename="../sync/field_labels.py" line="95"/>
        <source>Yes</source>
        <translation>Ya</translation>
    </message>
    <message>
        <location filename="../sync/field_labels.py" line="95"/>
        <source>No</source>
        <translation>Tidak</translation>
    </message>
    <message>
        <location filename="../sync/field_labels.py" line="97"/>
        <source>Present</source>
        <translation>Ada</translation>
    </message>
    <message>
        <location filename="../sync/field_labels.py" line="98"/>
        <source>Missing</source>
        <translation>Belum ada</translation>
    </message>
    <message>
        <location filename="../sync/field_labels.py" line="99"/>
        <source>Not applicable</source>
        <translation>Tidak berlaku</translation>
    </message>
    <message>
        <location filename="../sync/field_labels.py" line="140"/>
        <source>Nobody (unassigned)</source>
        <translation>Belum ada petugas</translation>
    </message>
    <message>
        <location filename="../sync/field_labels.py" line="143"/>
        <source>(empty)</source>
        <translation>(kosong)</translation>
    </message>
</context>
<context>
    <name>FilterBar</name>
    <message>
        <location filename="../filter_bar.py" line="90"/>
        <location filename="../filter_bar.py" line="403"/>
        <source>All statuses</source>
        <translation>Semua status</translation>
    </message>
    <message>
        <location filename="../filter_bar.py" line="92"/>
        <location filename="../filter_bar.py" line="404"/>
        <source>All categories</source>
        <translation>Semua jenis</translation>
    </message>
    <message>
        <location filename="../filter_bar.py" line="248"/>
        <source>Referral waiting for a reply</source>
        <translation>Rujukan menunggu jawaban</translation>
    </message>
    <message>
        <location filename="../filter_bar.py" line="249"/>
        <source>Cases with a referral that has no reply yet and was not withdrawn. Click to drop this filter.</source>
        <translation>Kasus dengan rujukan yang belum dijawab dan tidak ditarik. Klik untuk melepas filter ini.</translation>
    </message>
    <message>
        <location filename="../filter_bar.py" line="263"/>
        <source>Removes this filter</source>
        <translation>Melepas filter ini</translation>
    </message>
    <message>
        <location filename="../filter_bar.py" line="264"/>
        <source>Also filtered by:</source>
        <translation>Juga disaring menurut:</translation>
    </message>
    <message>
        <location filename="../filter_bar.py" line="310"/>
        <source>1 case</source>
        <translation>1 kasus</translation>
    </message>
    <message>
        <location filename="../filter_bar.py" line="311"/>
        <source>{n} cases</source>
        <translation>{n} kasus</translation>
    </message>
    <message>
        <location filename="../filter_bar.py" line="333"/>
        <location filename="../filter_bar.py" line="366"/>
        <source>Everyone</source>
        <translation>Semua petugas</translation>
    </message>
    <message>
        <location filename="../filter_bar.py" line="335"/>
        <location filename="../filter_bar.py" line="370"/>
        <source>My cases</source>
        <translation>Kasus saya</translation>
    </message>
    <message>
        <location filename="../filter_bar.py" line="336"/>
        <location filename="../filter_bar.py" line="368"/>
        <source>No officer yet</source>
        <translation>Belum ada petugas</translation>
    </message>
    <message>
        <location filename="../filter_bar.py" line="353"/>
        <source>Stat&amp;us:</source>
        <translation>Stat&amp;us:</translation>
    </message>
    <message>
        <location filename="../filter_bar.py" line="355"/>
        <source>Handled &amp;by:</source>
        <translation>Petu&amp;gas:</translation>
    </message>
    <message>
        <location filename="../filter_bar.py" line="356"/>
        <source>Or&amp;der:</source>
        <translation>U&amp;rutan:</translation>
    </message>
    <message>
        <location filename="../filter_bar.py" line="357"/>
        <source>Newest first</source>
        <translation>Terbaru dulu</translation>
    </message>
    <message>
        <location filename="../filter_bar.py" line="358"/>
        <source>Most pressing first</source>
        <translation>Prioritas penanganan</translation>
    </message>
    <message>
        <location filename="../filter_bar.py" line="371"/>
        <source>Open cases of one handling officer, or those nobody handles yet</source>
        <translation>Kasus terbuka yang ditangani satu petugas, atau yang belum ada petugasnya</translation>
    </message>
    <message>
        <location filename="../filter_bar.py" line="373"/>
        <source>Ur&amp;gent</source>
        <translation>&amp;Mendesak</translation>
    </message>
    <message>
        <location filename="../filter_bar.py" line="374"/>
        <source>Open cases flagged urgent or of an urgent category</source>
        <translation>Kasus terbuka yang ditandai mendesak atau jenis pengaduannya mendesak</translation>
    </message>
    <message>
        <location filename="../filter_bar.py" line="375"/>
        <source>&amp;Past deadline</source>
        <translation>Le&amp;wat tenggat</translation>
    </message>
    <message>
        <location filename="../filter_bar.py" line="377"/>
        <source>Open cases whose working days are past their category&apos;s target</source>
        <translation>Kasus terbuka yang jumlah hari kerjanya sudah melewati target jenis pengaduannya</translation>
    </message>
    <message>
        <location filename="../filter_bar.py" line="378"/>
        <source>&amp;Near deadline</source>
        <translation>Mende&amp;kati tenggat</translation>
    </message>
    <message>
        <location filename="../filter_bar.py" line="380"/>
        <source>Open cases at most {n} working days before their deadline</source>
        <translation>Kasus terbuka yang tenggatnya tinggal paling lama {n} hari kerja lagi</translation>
    </message>
    <message>
        <location filename="../filter_bar.py" line="381"/>
        <source>Awa&amp;iting approval</source>
        <translation>Menu&amp;nggu persetujuan</translation>
    </message>
    <message>
        <location filename="../filter_bar.py" line="383"/>
        <source>Cases proposed for closing, waiting for a supervisor to approve or return</source>
        <translation>Kasus yang diusulkan untuk ditutup, menunggu kepala seksi menyetujui atau mengembalikannya</translation>
    </message>
    <message>
        <location filename="../filter_bar.py" line="384"/>
        <source>&amp;Contact today</source>
        <translation>Kontak &amp;hari ini</translation>
    </message>
    <message>
        <location filename="../filter_bar.py" line="386"/>
        <source>Open cases whose next contact with the complainant is due today</source>
        <translation>Kasus terbuka yang jadwal kontak berikutnya dengan pengadu jatuh hari ini</translation>
    </message>
    <message>
        <location filename="../filter_bar.py" line="387"/>
        <source>Contact &amp;overdue</source>
        <translation>Kontak t&amp;erlambat</translation>
    </message>
    <message>
        <location filename="../filter_bar.py" line="390"/>
        <source>Only op&amp;en cases</source>
        <translation>Han&amp;ya kasus terbuka</translation>
    </message>
    <message>
        <location filename="../filter_bar.py" line="391"/>
        <source>Hide resolved and closed cases</source>
        <translation>Sembunyikan kasus yang sudah selesai atau ditutup</translation>
    </message>
    <message>
        <location filename="../filter_bar.py" line="392"/>
        <source>Received fro&amp;m:</source>
        <translation>Diterima &amp;dari:</translation>
    </message>
    <message>
        <location filename="../filter_bar.py" line="395"/>
        <source>Cases received from this day to that one, both included; “—” (Delete key) leaves that end open. The received date is when the complaint arrived.</source>
        <translation>Kasus yang diterima dari tanggal ini sampai tanggal itu, keduanya termasuk; “—” (tombol Delete) membiarkan ujung itu terbuka. Tanggal diterima adalah saat pengaduan masuk.</translation>
    </message>
    <message>
        <location filename="../filter_bar.py" line="397"/>
        <source>Received up to</source>
        <translation>Diterima sampai</translation>
    </message>
    <message>
        <location filename="../filter_bar.py" line="398"/>
        <source>Cases in the list now (these filters and search)</source>
        <translation>Kasus dalam daftar saat ini (filter dan pencarian ini)</translation>
    </message>
    <message>
        <location filename="../filter_bar.py" line="401"/>
        <source>Sho&amp;w all</source>
        <translation>Tamp&amp;ilkan semua</translation>
    </message>
    <message>
        <location filename="../filter_bar.py" line="402"/>
        <source>Clear every filter (Ctrl+1)</source>
        <translation>Hapus semua saringan (Ctrl+1)</translation>
    </message>
    <message>
        <location filename="../filter_bar.py" line="354"/>
        <source>Ca&amp;tegory:</source>
        <translation>&amp;Jenis:</translation>
    </message>
    <message>
        <location filename="../filter_bar.py" line="258"/>
        <source>Recorded after {when}</source>
        <translation>Dicatat setelah {when}</translation>
    </message>
    <message>
        <location filename="../filter_bar.py" line="259"/>
        <source>Cases recorded since your last login. Click to drop this filter.</source>
        <translation>Kasus yang dicatat sejak login terakhir Anda. Klik untuk melepas filter ini.</translation>
    </message>
    <message>
        <location filename="../filter_bar.py" line="360"/>
        <source>Urgent cases always come first. “Most pressing first” then puts family contacts due today or overdue, then the nearest deadline. A click on a column heading sorts by that column instead; a third click comes back to this order.</source>
        <translation>Kasus mendesak selalu di atas. “Prioritas penanganan” lalu mendahulukan kontak keluarga yang jatuh tempo hari ini atau sudah terlambat, kemudian tenggat terdekat. Klik judul kolom untuk mengurutkan menurut kolom itu; klik ketiga kembali ke urutan ini.</translation>
    </message>
    <message>
        <location filename="../filter_bar.py" line="389"/>
        <source>Only open cases whose next contact with the complainant is past its date</source>
        <translation>Hanya kasus terbuka yang jadwal kontak berikutnya dengan pengadu sudah lewat</translation>
    </message>
</context>
<context>
    <name>FirstRunDialog</name>
    <message>
        <location filename="../first_run.py" line="232"/>
        <source>Set up this PC</source>
        <translation>Penyiapan komputer ini</translation>
    </message>
    <message>
        <location filename="../first_run.py" line="233"/>
        <source>Set up Halo TKI Desk</source>
        <translation>Penyiapan Halo TKI Desk</translation>
    </message>
    <message>
        <location filename="../first_run.py" line="236"/>
        <source>No data was found on this PC. Type the central server&apos;s address and the enrolment code, and create the first administrator account. The data will be encrypted with its password.</source>
        <translation>Belum ada data di komputer ini. Ketik alamat server pusat dan kode pendaftaran, lalu buat akun administrator pertama. Data akan dienkripsi dengan kata sandinya.</translation>
    </message>
    <message>
        <location filename="../first_run.py" line="241"/>
        <source>No data was found on this PC. Choose the office this PC belongs to and create the first administrator account. The data will be encrypted with its password.</source>
        <translation>Belum ada data di komputer ini. Pilih kantor pemilik komputer ini dan buat akun administrator pertama. Data akan dienkripsi dan dibuka dengan kata sandinya.</translation>
    </message>
    <message>
        <location filename="../first_run.py" line="245"/>
        <source>&amp;Language:</source>
        <translation>&amp;Bahasa:</translation>
    </message>
    <message>
        <location filename="../first_run.py" line="246"/>
        <source>Office and PC</source>
        <translation>Kantor dan komputer</translation>
    </message>
    <message>
        <location filename="../first_run.py" line="247"/>
        <source>First administrator</source>
        <translation>Administrator pertama</translation>
    </message>
    <message>
        <location filename="../first_run.py" line="249"/>
        <source>&amp;Office code:</source>
        <translation>&amp;Kode kantor:</translation>
    </message>
    <message>
        <location filename="../first_run.py" line="250"/>
        <source>Office &amp;name:</source>
        <translation>Nama ka&amp;ntor:</translation>
    </message>
    <message>
        <location filename="../first_run.py" line="251"/>
        <source>Name of this &amp;PC:</source>
        <translation>Nama ko&amp;mputer ini:</translation>
    </message>
    <message>
        <location filename="../first_run.py" line="252"/>
        <source>&amp;Username:</source>
        <translation>Nama &amp;pengguna:</translation>
    </message>
    <message>
        <location filename="../first_run.py" line="253"/>
        <source>&amp;Full name:</source>
        <translation>Nama &amp;lengkap:</translation>
    </message>
    <message>
        <location filename="../first_run.py" line="254"/>
        <source>Pass&amp;word:</source>
        <translation>Kata &amp;sandi:</translation>
    </message>
    <message>
        <location filename="../first_run.py" line="255"/>
        <source>&amp;Confirm password:</source>
        <translation>Ulan&amp;gi kata sandi:</translation>
    </message>
    <message>
        <location filename="../first_run.py" line="266"/>
        <source>e.g. SBY</source>
        <translation>mis. SBY</translation>
    </message>
    <message>
        <location filename="../first_run.py" line="267"/>
        <source>e.g. Front desk 1</source>
        <translation>mis. Loket 1</translation>
    </message>
    <message>
        <location filename="../first_run.py" line="268"/>
        <source>e.g. admin.sby</source>
        <translation>mis. admin.sby</translation>
    </message>
    <message>
        <location filename="../first_run.py" line="269"/>
        <source>at least 8 characters</source>
        <translation>minimal 8 karakter</translation>
    </message>
    <message>
        <location filename="../first_run.py" line="271"/>
        <source>The administrator manages staff accounts on this PC. Keep the password safe: without any valid password the data cannot be opened.</source>
        <translation>Administrator mengelola akun petugas di komputer ini. Simpan kata sandinya baik-baik: tanpa kata sandi yang sah, data tidak dapat dibuka.</translation>
    </message>
    <message>
        <location filename="../first_run.py" line="273"/>
        <source>&amp;Set up</source>
        <translation>S&amp;iapkan</translation>
    </message>
    <message>
        <location filename="../first_run.py" line="274"/>
        <source>&amp;Quit</source>
        <translation>Kel&amp;uar</translation>
    </message>
    <message>
        <location filename="../first_run.py" line="405"/>
        <source>Enrolling with the central server…</source>
        <translation>Mendaftar ke server pusat…</translation>
    </message>
    <message>
        <location filename="../first_run.py" line="407"/>
        <source>Creating the encrypted data…</source>
        <translation>Membuat data terenkripsi…</translation>
    </message>
    <message>
        <location filename="../first_run.py" line="459"/>
        <source>The two passwords do not match.</source>
        <translation>Kedua kata sandi tidak sama.</translation>
    </message>
</context>
<context>
    <name>GuideDialog</name>
    <message>
        <location filename="../help/dialogs.py" line="38"/>
        <source>User guide</source>
        <translation>Panduan pengguna</translation>
    </message>
</context>
<context>
    <name>HistoryPanel</name>
    <message>
        <location filename="../case_view/history_panel.py" line="50"/>
        <source>Every correction of the complaint, worker and complainant details, newest first.</source>
        <translation>Setiap perbaikan data pengaduan, TKI, dan pengadu (terbaru di atas).</translation>
    </message>
    <message>
        <location filename="../case_view/history_panel.py" line="51"/>
        <source>Change history</source>
        <translation>Riwayat perubahan</translation>
    </message>
    <message>
        <location filename="../case_view/history_panel.py" line="62"/>
        <source>No corrections yet.</source>
        <translation>Belum ada perbaikan data.</translation>
    </message>
    <message>
        <location filename="../case_view/history_panel.py" line="74"/>
        <source>{when} · {user} · PC: {device}</source>
        <translation>{when} · {user} · komputer: {device}</translation>
    </message>
</context>
<context>
    <name>HomeView</name>
    <message>
        <location filename="../home/home_view.py" line="206"/>
        <source>Your open cases</source>
        <translation>Kasus terbuka Anda</translation>
    </message>
    <message>
        <location filename="../home/home_view.py" line="206"/>
        <source>Open cases of the office</source>
        <translation>Kasus terbuka di kantor ini</translation>
    </message>
    <message>
        <location filename="../home/home_view.py" line="208"/>
        <source>&amp;Urgent open cases</source>
        <translation>Kasus &amp;mendesak terbuka</translation>
    </message>
    <message>
        <location filename="../home/home_view.py" line="209"/>
        <source>{whose} flagged urgent or of an urgent category</source>
        <translation>{whose} yang ditandai mendesak atau berkategori mendesak</translation>
    </message>
    <message>
        <location filename="../home/home_view.py" line="210"/>
        <source>Family contacts due &amp;today</source>
        <translation>Kontak keluarga &amp;hari ini</translation>
    </message>
    <message>
        <location filename="../home/home_view.py" line="211"/>
        <source>{whose} whose next contact with the family is due today</source>
        <translation>{whose} yang kontak berikutnya dengan keluarga jatuh hari ini</translation>
    </message>
    <message>
        <location filename="../home/home_view.py" line="213"/>
        <source>Family contacts &amp;overdue</source>
        <translation>K&amp;ontak keluarga terlambat</translation>
    </message>
    <message>
        <location filename="../home/home_view.py" line="214"/>
        <source>{whose} whose next contact with the family is past its date</source>
        <translation>{whose} yang kontak berikutnya dengan keluarga sudah lewat tanggalnya</translation>
    </message>
    <message>
        <location filename="../home/home_view.py" line="216"/>
        <source>&amp;Past deadline</source>
        <translation>L&amp;ewat tenggat</translation>
    </message>
    <message>
        <location filename="../home/home_view.py" line="217"/>
        <source>{whose} whose working days are past their category&apos;s target</source>
        <translation>{whose} yang hari kerjanya melewati target kategorinya</translation>
    </message>
    <message>
        <location filename="../home/home_view.py" line="219"/>
        <source>Near &amp;deadline</source>
        <translation>Men&amp;dekati tenggat</translation>
    </message>
    <message>
        <location filename="../home/home_view.py" line="220"/>
        <source>{whose} close to their deadline</source>
        <translation>{whose} yang mendekati tenggatnya</translation>
    </message>
    <message>
        <location filename="../home/home_view.py" line="221"/>
        <source>Unass&amp;igned cases</source>
        <translation>Belum ada petu&amp;gas</translation>
    </message>
    <message>
        <location filename="../home/home_view.py" line="222"/>
        <source>Open cases nobody handles yet: assign an officer</source>
        <translation>Kasus terbuka yang belum ditangani siapa pun: tetapkan petugasnya</translation>
    </message>
    <message>
        <location filename="../home/home_view.py" line="223"/>
        <source>Awaitin&amp;g approval</source>
        <translation>Menunggu persetu&amp;juan</translation>
    </message>
    <message>
        <location filename="../home/home_view.py" line="224"/>
        <source>Cases proposed for closing, waiting for the supervisor</source>
        <translation>Kasus yang diusulkan untuk ditutup, menunggu persetujuan kepala seksi</translation>
    </message>
    <message>
        <location filename="../home/home_view.py" line="226"/>
        <source>Referrals &amp;waiting for a reply</source>
        <translation>&amp;Rujukan menunggu jawaban</translation>
    </message>
    <message>
        <location filename="../home/home_view.py" line="227"/>
        <source>Cases with a referral that has no reply yet</source>
        <translation>Kasus dengan rujukan yang belum dijawab</translation>
    </message>
    <message>
        <location filename="../home/home_view.py" line="228"/>
        <source>New since my &amp;last login</source>
        <translation>Baru sejak log&amp;in terakhir</translation>
    </message>
    <message>
        <location filename="../home/home_view.py" line="229"/>
        <source>Cases recorded since you last logged in</source>
        <translation>Kasus yang dicatat sejak Anda terakhir masuk</translation>
    </message>
    <message>
        <location filename="../home/home_view.py" line="235"/>
        <source>Home</source>
        <translation>Beranda</translation>
    </message>
    <message>
        <location filename="../home/home_view.py" line="237"/>
        <source>{greeting}, {name}</source>
        <translation>{greeting}, {name}</translation>
    </message>
    <message>
        <location filename="../home/home_view.py" line="247"/>
        <source>R&amp;efresh</source>
        <translation>Perbar&amp;ui</translation>
    </message>
    <message>
        <location filename="../home/home_view.py" line="248"/>
        <source>Count again (F5)</source>
        <translation>Hitung ulang (F5)</translation>
    </message>
    <message>
        <location filename="../home/home_view.py" line="249"/>
        <source>&amp;Case list</source>
        <translation>Da&amp;ftar kasus</translation>
    </message>
    <message>
        <location filename="../home/home_view.py" line="250"/>
        <source>The case list with its filters as you left it</source>
        <translation>Daftar kasus dengan filter seperti terakhir Anda tinggalkan</translation>
    </message>
    <message>
        <location filename="../home/home_view.py" line="257"/>
        <source>Good morning</source>
        <translation>Selamat pagi</translation>
    </message>
    <message>
        <location filename="../home/home_view.py" line="259"/>
        <source>Good day</source>
        <translation>Selamat siang</translation>
    </message>
    <message>
        <location filename="../home/home_view.py" line="261"/>
        <source>Good afternoon</source>
        <translation>Selamat sore</translation>
    </message>
    <message>
        <location filename="../home/home_view.py" line="262"/>
        <source>Good evening</source>
        <translation>Selamat malam</translation>
    </message>
    <message>
        <location filename="../home/home_view.py" line="269"/>
        <source>since {when}</source>
        <translation>sejak {when}</translation>
    </message>
    <message>
        <location filename="../home/home_view.py" line="272"/>
        <source>Counting…</source>
        <translation>Menghitung…</translation>
    </message>
    <message>
        <location filename="../home/home_view.py" line="276"/>
        <source>Counted at {time}</source>
        <translation>Dihitung pukul {time}</translation>
    </message>
</context>
<context>
    <name>InquiriesWindow</name>
    <message>
        <location filename="../inquiries/inquiries_window.py" line="97"/>
        <source>Information requests</source>
        <translation>Permintaan informasi</translation>
    </message>
    <message>
        <location filename="../inquiries/inquiries_window.py" line="98"/>
        <source>&amp;Search:</source>
        <translation>&amp;Cari:</translation>
    </message>
    <message>
        <location filename="../inquiries/inquiries_window.py" line="99"/>
        <source>Question, answer, name or phone number</source>
        <translation>Pertanyaan, jawaban, nama atau nomor telepon</translation>
    </message>
    <message>
        <location filename="../inquiries/inquiries_window.py" line="101"/>
        <source>Received</source>
        <translation>Diterima</translation>
    </message>
    <message>
        <location filename="../inquiries/inquiries_window.py" line="101"/>
        <source>Channel</source>
        <translation>Saluran</translation>
    </message>
    <message>
        <location filename="../inquiries/inquiries_window.py" line="101"/>
        <source>Topic</source>
        <translation>Topik</translation>
    </message>
    <message>
        <location filename="../inquiries/inquiries_window.py" line="101"/>
        <source>Question</source>
        <translation>Pertanyaan</translation>
    </message>
    <message>
        <location filename="../inquiries/inquiries_window.py" line="102"/>
        <source>Name</source>
        <translation>Nama</translation>
    </message>
    <message>
        <location filename="../inquiries/inquiries_window.py" line="102"/>
        <source>Phone</source>
        <translation>Telepon</translation>
    </message>
    <message>
        <location filename="../inquiries/inquiries_window.py" line="102"/>
        <source>Complaint</source>
        <translation>Pengaduan</translation>
    </message>
    <message>
        <location filename="../inquiries/inquiries_window.py" line="103"/>
        <source>&amp;New request… (Ctrl+I)</source>
        <translation>Permintaan &amp;baru… (Ctrl+I)</translation>
    </message>
    <message>
        <location filename="../inquiries/inquiries_window.py" line="104"/>
        <source>&amp;Make a complaint of it…</source>
        <translation>&amp;Jadikan pengaduan…</translation>
    </message>
    <message>
        <location filename="../inquiries/inquiries_window.py" line="105"/>
        <source>&amp;Close</source>
        <translation>&amp;Tutup</translation>
    </message>
    <message>
        <location filename="../inquiries/inquiries_window.py" line="146"/>
        <source>{shown} of {total} requests</source>
        <translation>{shown} dari {total} permintaan</translation>
    </message>
    <message>
        <location filename="../inquiries/inquiries_window.py" line="159"/>
        <source>Already complaint {number}.</source>
        <translation>Sudah menjadi pengaduan {number}.</translation>
    </message>
</context>
<context>
    <name>InquiryDialog</name>
    <message>
        <location filename="../inquiries/inquiry_dialog.py" line="24"/>
        <source>Information request</source>
        <translation>Permintaan informasi</translation>
    </message>
    <message>
        <location filename="../inquiries/inquiry_dialog.py" line="26"/>
        <source>&amp;Save</source>
        <translation>&amp;Simpan</translation>
    </message>
    <message>
        <location filename="../inquiries/inquiry_dialog.py" line="27"/>
        <source>Save (Ctrl+S)</source>
        <translation>Simpan (Ctrl+S)</translation>
    </message>
    <message>
        <location filename="../inquiries/inquiry_dialog.py" line="33"/>
        <source>A question answered, not a complaint: no worker&apos;s identity is needed. It is counted apart from complaints.</source>
        <translation>Pertanyaan yang dijawab, bukan pengaduan: identitas pekerja tidak diperlukan. Dihitung terpisah dari pengaduan.</translation>
    </message>
    <message>
        <location filename="../inquiries/inquiry_dialog.py" line="40"/>
        <source>C&amp;hannel:</source>
        <translation>Sal&amp;uran:</translation>
    </message>
    <message>
        <location filename="../inquiries/inquiry_dialog.py" line="42"/>
        <source>&amp;Topic:</source>
        <translation>&amp;Topik:</translation>
    </message>
    <message>
        <location filename="../inquiries/inquiry_dialog.py" line="44"/>
        <source>What was asked</source>
        <translation>Apa yang ditanyakan</translation>
    </message>
    <message>
        <location filename="../inquiries/inquiry_dialog.py" line="45"/>
        <source>&amp;Question:</source>
        <translation>&amp;Pertanyaan:</translation>
    </message>
    <message>
        <location filename="../inquiries/inquiry_dialog.py" line="47"/>
        <source>What the office answered</source>
        <translation>Jawaban yang diberikan kantor</translation>
    </message>
    <message>
        <location filename="../inquiries/inquiry_dialog.py" line="48"/>
        <source>&amp;Answer given:</source>
        <translation>&amp;Jawaban:</translation>
    </message>
    <message>
        <location filename="../inquiries/inquiry_dialog.py" line="50"/>
        <source>Optional</source>
        <translation>Tidak wajib</translation>
    </message>
    <message>
        <location filename="../inquiries/inquiry_dialog.py" line="51"/>
        <source>&amp;Name:</source>
        <translation>&amp;Nama:</translation>
    </message>
    <message>
        <location filename="../inquiries/inquiry_dialog.py" line="54"/>
        <source>Optional, e.g. 0812-3456-7890</source>
        <translation>Tidak wajib, mis. 0812-3456-7890</translation>
    </message>
    <message>
        <location filename="../inquiries/inquiry_dialog.py" line="55"/>
        <source>&amp;Phone:</source>
        <translation>No. &amp;HP/telepon:</translation>
    </message>
    <message>
        <location filename="../inquiries/inquiry_dialog.py" line="57"/>
        <source>Asked &amp;by:</source>
        <translation>Ditanyakan &amp;oleh:</translation>
    </message>
</context>
<context>
    <name>IntakeDialog</name>
    <message>
        <location filename="../intake/intake_dialog.py" line="254"/>
        <source>New complaint from an information request</source>
        <translation>Pengaduan baru dari permintaan informasi</translation>
    </message>
    <message>
        <location filename="../intake/intake_dialog.py" line="256"/>
        <source>New complaint — walk-in intake</source>
        <translation>Pengaduan baru — datang langsung</translation>
    </message>
    <message>
        <location filename="../intake/intake_dialog.py" line="258"/>
        <source>Needed to save: the complainant&apos;s name, relation and a phone number or address; the worker&apos;s name, passport or NIK; the category and a description. Dates are typed as dd/mm/yyyy.</source>
        <translation>Wajib untuk menyimpan: nama pengadu, hubungan dengan TKI, dan nomor telepon atau alamat; nama, paspor atau NIK TKI; jenis pengaduan dan uraian. Tanggal diketik hh/bb/tttt.</translation>
    </message>
    <message>
        <location filename="../intake/intake_dialog.py" line="263"/>
        <source>Ctrl+S saves · Esc cancels · Alt + underlined letter jumps to a field</source>
        <translation>Ctrl+S menyimpan · Esc membatalkan · Alt + huruf bergaris bawah melompat ke isian</translation>
    </message>
    <message>
        <location filename="../intake/intake_dialog.py" line="265"/>
        <source>Save complaint</source>
        <translation>Simpan pengaduan</translation>
    </message>
    <message>
        <location filename="../intake/intake_dialog.py" line="266"/>
        <source>Save (Ctrl+S)</source>
        <translation>Simpan (Ctrl+S)</translation>
    </message>
    <message>
        <location filename="../intake/intake_dialog.py" line="267"/>
        <source>Cancel</source>
        <translation>Batal</translation>
    </message>
    <message>
        <location filename="../intake/intake_dialog.py" line="352"/>
        <source>Open the existing case</source>
        <translation>Buka kasus yang sudah ada</translation>
    </message>
    <message>
        <location filename="../intake/intake_dialog.py" line="353"/>
        <source>Open case {number} instead? What you typed here will be discarded; nothing is saved.</source>
        <translation>Buka kasus {number} saja? Yang sudah Anda ketik di sini dibuang; tidak ada yang disimpan.</translation>
    </message>
    <message>
        <location filename="../intake/intake_dialog.py" line="438"/>
        <source>Scan not attached</source>
        <translation>Pindaian tidak terlampir</translation>
    </message>
    <message>
        <location filename="../intake/intake_dialog.py" line="439"/>
        <source>Complaint {number} is saved, but these scans could not be attached: {documents}. Attach them from the case window.</source>
        <translation>Pengaduan {number} sudah tersimpan, tetapi pindaian ini tidak dapat dilampirkan: {documents}. Lampirkan dari jendela kasus.</translation>
    </message>
    <message>
        <location filename="../intake/intake_dialog.py" line="510"/>
        <source>Discard this complaint?</source>
        <translation>Buang pengaduan ini?</translation>
    </message>
    <message>
        <location filename="../intake/intake_dialog.py" line="511"/>
        <source>The complaint you typed has not been saved. Discard it?</source>
        <translation>Pengaduan yang Anda ketik belum disimpan. Buang?</translation>
    </message>
    <message>
        <location filename="../intake/intake_dialog.py" line="515"/>
        <source>&amp;Discard</source>
        <translation>&amp;Buang</translation>
    </message>
</context>
<context>
    <name>IntakeForm</name>
    <message>
        <location filename="../intake/complainant_section.py" line="24"/>
        <source>Complainant</source>
        <translation>Pengadu</translation>
    </message>
    <message>
        <location filename="../intake/complainant_section.py" line="25"/>
        <source>&amp;Name:</source>
        <translation>&amp;Nama:</translation>
    </message>
    <message>
        <location filename="../intake/complainant_section.py" line="28"/>
        <source>&amp;Relation to worker:</source>
        <translation>Hu&amp;bungan dengan TKI:</translation>
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
        <translation>16 digit</translation>
    </message>
    <message>
        <location filename="../intake/complainant_section.py" line="32"/>
        <source>&amp;Phone numbers:</source>
        <translation>Nomor &amp;telepon:</translation>
    </message>
    <message>
        <location filename="../intake/complainant_section.py" line="33"/>
        <source>0812-3456-7890, 031-1234567</source>
        <translation>0812-3456-7890, 031-1234567</translation>
    </message>
    <message>
        <location filename="../intake/complainant_section.py" line="35"/>
        <source>E&amp;mail:</source>
        <translation>Email:</translation>
    </message>
    <message>
        <location filename="../intake/complainant_section.py" line="36"/>
        <source>&amp;Address:</source>
        <translation>&amp;Alamat:</translation>
    </message>
    <message>
        <location filename="../intake/complainant_section.py" line="38"/>
        <source>Pre&amp;ferred contact:</source>
        <translation>Kontak &amp;yang diutamakan:</translation>
    </message>
    <message>
        <location filename="../intake/complainant_section.py" line="47"/>
        <source>The complainant is the &amp;worker (complains in person)</source>
        <translation>Pengadu adalah TKI &amp;sendiri (datang langsung)</translation>
    </message>
    <message>
        <location filename="../intake/worker_section.py" line="23"/>
        <source>Migrant worker</source>
        <translation>Pekerja migran (TKI)</translation>
    </message>
    <message>
        <location filename="../intake/worker_section.py" line="24"/>
        <source>Nam&amp;e:</source>
        <translation>Nama pek&amp;erja:</translation>
    </message>
    <message>
        <location filename="../intake/worker_section.py" line="25"/>
        <source>Se&amp;x:</source>
        <translation>Jenis kelamin:</translation>
    </message>
    <message>
        <location filename="../intake/worker_section.py" line="26"/>
        <source>&amp;Birth date:</source>
        <translation>Tanggal la&amp;hir:</translation>
    </message>
    <message>
        <location filename="../intake/worker_section.py" line="27"/>
        <source>NI&amp;K:</source>
        <translation>NI&amp;K:</translation>
    </message>
    <message>
        <location filename="../intake/worker_section.py" line="29"/>
        <source>Pa&amp;ssport no.:</source>
        <translation>No. &amp;paspor:</translation>
    </message>
    <message>
        <location filename="../intake/worker_section.py" line="30"/>
        <source>e.g. B1234567</source>
        <translation>mis. B1234567</translation>
    </message>
    <message>
        <location filename="../intake/worker_section.py" line="31"/>
        <source>P&amp;hone abroad:</source>
        <translation>Telepon di &amp;luar negeri:</translation>
    </message>
    <message>
        <location filename="../intake/worker_section.py" line="32"/>
        <source>+60 12-345 6789</source>
        <translation>+60 12-345 6789</translation>
    </message>
    <message>
        <location filename="../intake/worker_section.py" line="34"/>
        <source>Destination co&amp;untry:</source>
        <translation>Ne&amp;gara tujuan:</translation>
    </message>
    <message>
        <location filename="../intake/worker_section.py" line="36"/>
        <source>Destination ci&amp;ty:</source>
        <translation>Kota tujuan:</translation>
    </message>
    <message>
        <location filename="../intake/worker_section.py" line="38"/>
        <source>&amp;Job:</source>
        <translation>Peke&amp;rjaan:</translation>
    </message>
    <message>
        <location filename="../intake/worker_section.py" line="39"/>
        <source>Emp&amp;loyer:</source>
        <translation>&amp;Majikan:</translation>
    </message>
    <message>
        <location filename="../intake/worker_section.py" line="46"/>
        <source>Employer address:</source>
        <translation>Alamat majikan:</translation>
    </message>
    <message>
        <location filename="../intake/worker_section.py" line="48"/>
        <source>Employer phone:</source>
        <translation>Telepon majikan:</translation>
    </message>
    <message>
        <location filename="../intake/worker_section.py" line="50"/>
        <source>First employer:</source>
        <translation>Majikan pertama:</translation>
    </message>
    <message>
        <location filename="../intake/worker_section.py" line="52"/>
        <source>Placement agency (PPTKIS):</source>
        <translation>Perusahaan penempatan (PPTKIS):</translation>
    </message>
    <message>
        <location filename="../intake/worker_section.py" line="54"/>
        <source>Departure date:</source>
        <translation>Tanggal berangkat:</translation>
    </message>
    <message>
        <location filename="../intake/worker_section.py" line="56"/>
        <source>Work agreement:</source>
        <translation>Perjanjian kerja:</translation>
    </message>
    <message>
        <location filename="../intake/worker_section.py" line="58"/>
        <source>number, date, duration</source>
        <translation>nomor, tanggal, jangka waktu</translation>
    </message>
    <message>
        <location filename="../intake/worker_section.py" line="59"/>
        <source>KTKLN no.:</source>
        <translation>No. KTKLN:</translation>
    </message>
    <message>
        <location filename="../intake/worker_section.py" line="60"/>
        <source>Home address:</source>
        <translation>Alamat asal:</translation>
    </message>
    <message>
        <location filename="../intake/worker_section.py" line="61"/>
        <source>Province:</source>
        <translation>Provinsi:</translation>
    </message>
    <message>
        <location filename="../intake/worker_section.py" line="62"/>
        <source>Regency / city:</source>
        <translation>Kabupaten / kota:</translation>
    </message>
    <message>
        <location filename="../intake/worker_section.py" line="76"/>
        <source>L (male)</source>
        <translation>L (laki-laki)</translation>
    </message>
    <message>
        <location filename="../intake/worker_section.py" line="77"/>
        <source>P (female)</source>
        <translation>P (perempuan)</translation>
    </message>
    <message>
        <location filename="../intake/worker_section.py" line="79"/>
        <source>More worker details (a&amp;gency, employer, home address)</source>
        <translation>Rin&amp;cian TKI lainnya (perusahaan, majikan, alamat asal)</translation>
    </message>
    <message>
        <location filename="../intake/documents_section.py" line="29"/>
        <source>Present</source>
        <translation>Ada</translation>
    </message>
    <message>
        <location filename="../intake/documents_section.py" line="30"/>
        <source>Missing</source>
        <translation>Belum ada</translation>
    </message>
    <message>
        <location filename="../intake/documents_section.py" line="31"/>
        <source>Not applicable</source>
        <translation>Tidak berlaku</translation>
    </message>
    <message>
        <location filename="../intake/documents_section.py" line="88"/>
        <source>Scan of the document</source>
        <translation>Pindaian dokumen</translation>
    </message>
    <message>
        <location filename="../intake/documents_section.py" line="89"/>
        <source>Scans and photos (*.pdf *.jpg *.jpeg *.png *.tif *.tiff);;All files (*)</source>
        <translation>Pindaian dan foto (*.pdf *.jpg *.jpeg *.png *.tif *.tiff);;Semua berkas (*)</translation>
    </message>
    <message>
        <location filename="../intake/documents_section.py" line="100"/>
        <source>Scan: {name}</source>
        <translation>Pindaian: {name}</translation>
    </message>
    <message>
        <location filename="../intake/documents_section.py" line="104"/>
        <source>Attach scan…</source>
        <translation>Lampirkan pindaian…</translation>
    </message>
    <message>
        <location filename="../intake/documents_section.py" line="161"/>
        <source>Documents brought</source>
        <translation>Dokumen yang dibawa</translation>
    </message>
    <message>
        <location filename="../intake/documents_section.py" line="162"/>
        <source>Tab moves to the next document; the arrow keys choose.</source>
        <translation>Tab pindah ke dokumen berikutnya; tombol panah untuk memilih.</translation>
    </message>
    <message>
        <location filename="../intake/complaint_section.py" line="26"/>
        <source>Complaint</source>
        <translation>Pengaduan</translation>
    </message>
    <message>
        <location filename="../intake/complaint_section.py" line="28"/>
        <source>&amp;Category:</source>
        <translation>&amp;Jenis pengaduan:</translation>
    </message>
    <message>
        <location filename="../intake/complaint_section.py" line="32"/>
        <source>Recei&amp;ved via:</source>
        <translation>&amp;Diterima melalui:</translation>
    </message>
    <message>
        <location filename="../intake/complaint_section.py" line="35"/>
        <source>Received &amp;on (letter, message):</source>
        <translation>Tanggal diterima (surat, pesan) — &amp;bila bukan hari ini:</translation>
    </message>
    <message>
        <location filename="../intake/complaint_section.py" line="36"/>
        <source>dd/mm/yyyy (empty: today)</source>
        <translation>hh/bb/tttt (kosong: hari ini)</translation>
    </message>
    <message>
        <location filename="../intake/complaint_section.py" line="41"/>
        <source>Complainant t&amp;ype:</source>
        <translation>Kateg&amp;ori pengadu:</translation>
    </message>
    <message>
        <location filename="../intake/complaint_section.py" line="50"/>
        <source>&amp;Description:</source>
        <translation>&amp;Uraian:</translation>
    </message>
    <message>
        <location filename="../intake/complaint_section.py" line="51"/>
        <source>What happened, since when, what the complainant asks for</source>
        <translation>Apa yang terjadi, sejak kapan, dan apa yang diminta pengadu</translation>
    </message>
    <message>
        <location filename="../intake/complaint_section.py" line="73"/>
        <source>Handled by:</source>
        <translation>Ditangani oleh:</translation>
    </message>
    <message>
        <location filename="../intake/form_binding.py" line="147"/>
        <source>Nothing was saved. Please correct the marked entries — {where}.</source>
        <translation>Belum ada yang disimpan. Perbaiki isian yang ditandai — {where}.</translation>
    </message>
</context>
<context>
    <name>LetterDialog</name>
    <message>
        <location filename="../letter_dialog.py" line="38"/>
        <source>Referral letter — {number}</source>
        <translation>Surat rujukan — {number}</translation>
    </message>
    <message>
        <location filename="../letter_dialog.py" line="39"/>
        <source>Summons letter — {number}</source>
        <translation>Surat panggilan — {number}</translation>
    </message>
    <message>
        <location filename="../letter_dialog.py" line="42"/>
        <source>Print the letter on the office&apos;s paper, sign and stamp it, and send it; keep a copy in the case file.</source>
        <translation>Cetak surat ini, tanda tangani dan beri cap, lalu kirimkan; simpan salinannya di berkas kasus.</translation>
    </message>
    <message>
        <location filename="../letter_dialog.py" line="44"/>
        <source>Print the summons letter (surat panggilan klarifikasi), sign and stamp it, and send it to the agency; keep a copy in the case file.</source>
        <translation>Cetak surat panggilan klarifikasi ini, tanda tangani dan beri cap, lalu kirimkan kepada perusahaan; simpan salinannya di berkas kasus.</translation>
    </message>
    <message>
        <location filename="../letter_dialog.py" line="46"/>
        <source>&amp;Print…</source>
        <translation>&amp;Cetak…</translation>
    </message>
    <message>
        <location filename="../letter_dialog.py" line="47"/>
        <source>Print (Ctrl+P)</source>
        <translation>Cetak (Ctrl+P)</translation>
    </message>
    <message>
        <location filename="../letter_dialog.py" line="48"/>
        <source>Save as P&amp;DF…</source>
        <translation>Simpan sebagai P&amp;DF…</translation>
    </message>
    <message>
        <location filename="../letter_dialog.py" line="49"/>
        <source>Save as PDF (Ctrl+S)</source>
        <translation>Simpan sebagai PDF (Ctrl+S)</translation>
    </message>
    <message>
        <location filename="../letter_dialog.py" line="50"/>
        <source>&amp;Close</source>
        <translation>&amp;Tutup</translation>
    </message>
    <message>
        <location filename="../letter_dialog.py" line="53"/>
        <source>Preparing the letter…</source>
        <translation>Menyiapkan surat…</translation>
    </message>
    <message>
        <location filename="../letter_dialog.py" line="66"/>
        <source>The letter could not be shown.</source>
        <translation>Surat tidak dapat ditampilkan.</translation>
    </message>
    <message>
        <location filename="../letter_dialog.py" line="69"/>
        <source>Print letter</source>
        <translation>Cetak surat</translation>
    </message>
    <message>
        <location filename="../letter_dialog.py" line="72"/>
        <source>The letter could not be printed. Check that the printer is on and has paper, then try again.</source>
        <translation>Surat tidak dapat dicetak. Pastikan printer menyala dan berisi kertas, lalu coba lagi.</translation>
    </message>
    <message>
        <location filename="../letter_dialog.py" line="83"/>
        <source>Save letter as PDF</source>
        <translation>Simpan surat sebagai PDF</translation>
    </message>
    <message>
        <location filename="../letter_dialog.py" line="84"/>
        <source>PDF files (*.pdf)</source>
        <translation>Berkas PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../letter_dialog.py" line="98"/>
        <source>Saved to {path}</source>
        <translation>Disimpan di {path}</translation>
    </message>
</context>
<context>
    <name>LinksStrip</name>
    <message>
        <location filename="../case_view/links_strip.py" line="35"/>
        <source>Related case</source>
        <translation>Kasus terkait</translation>
    </message>
    <message>
        <location filename="../case_view/links_strip.py" line="36"/>
        <source>Duplicate of</source>
        <translation>Duplikat dari</translation>
    </message>
    <message>
        <location filename="../case_view/links_strip.py" line="37"/>
        <source>Kept for its duplicate</source>
        <translation>Kasus yang dipertahankan untuk duplikatnya</translation>
    </message>
    <message>
        <location filename="../case_view/links_strip.py" line="38"/>
        <source>Checked, not the same as</source>
        <translation>Sudah diperiksa, bukan kasus yang sama dengan</translation>
    </message>
    <message>
        <location filename="../case_view/links_strip.py" line="51"/>
        <source>(another office: number only)</source>
        <translation>(kantor lain: hanya nomor)</translation>
    </message>
</context>
<context>
    <name>LoginDialog</name>
    <message>
        <location filename="../login.py" line="189"/>
        <source>The backup was restored. Log in with an account of the backup.</source>
        <translation>Cadangan sudah dipulihkan. Masuk dengan akun yang ada di cadangan itu.</translation>
    </message>
    <message>
        <location filename="../login.py" line="191"/>
        <source>The previous data is kept in: {path}</source>
        <translation>Data sebelumnya disimpan di: {path}</translation>
    </message>
    <message>
        <location filename="../login.py" line="192"/>
        <source>Restore from a backup</source>
        <translation>Pulihkan dari cadangan</translation>
    </message>
    <message>
        <location filename="../login.py" line="202"/>
        <source>Log in</source>
        <translation>Masuk</translation>
    </message>
    <message>
        <location filename="../login.py" line="203"/>
        <source>Halo TKI Desk</source>
        <translation>Halo TKI Desk</translation>
    </message>
    <message>
        <location filename="../login.py" line="204"/>
        <source>Log in with your own username and password.</source>
        <translation>Masuk dengan nama pengguna dan kata sandi Anda sendiri.</translation>
    </message>
    <message>
        <location filename="../login.py" line="205"/>
        <source>Lan&amp;guage:</source>
        <translation>&amp;Bahasa:</translation>
    </message>
    <message>
        <location filename="../login.py" line="206"/>
        <source>&amp;Username:</source>
        <translation>Nama &amp;pengguna:</translation>
    </message>
    <message>
        <location filename="../login.py" line="207"/>
        <source>&amp;Password:</source>
        <translation>&amp;Kata sandi:</translation>
    </message>
    <message>
        <location filename="../login.py" line="208"/>
        <source>&amp;Log in</source>
        <translation>&amp;Masuk</translation>
    </message>
    <message>
        <location filename="../login.py" line="209"/>
        <source>&amp;Quit</source>
        <translation>Kel&amp;uar</translation>
    </message>
    <message>
        <location filename="../login.py" line="210"/>
        <source>&amp;Restore from a backup…</source>
        <translation>Pu&amp;lihkan dari cadangan…</translation>
    </message>
    <message>
        <location filename="../login.py" line="211"/>
        <source>Asking the central server…</source>
        <translation>Menghubungi server pusat…</translation>
    </message>
    <message>
        <location filename="../login.py" line="212"/>
        <source>Opening the data…</source>
        <translation>Membuka data…</translation>
    </message>
    <message>
        <location filename="../login.py" line="243"/>
        <source>Type your username.</source>
        <translation>Ketik nama pengguna Anda.</translation>
    </message>
</context>
<context>
    <name>MainStatusBar</name>
    <message>
        <location filename="../status_bar.py" line="95"/>
        <source>Loading cases…</source>
        <translation>Memuat kasus…</translation>
    </message>
    <message>
        <location filename="../status_bar.py" line="100"/>
        <source>1 case</source>
        <translation>1 kasus</translation>
    </message>
    <message>
        <location filename="../status_bar.py" line="100"/>
        <source>{n} cases</source>
        <translation>{n} kasus</translation>
    </message>
    <message>
        <location filename="../status_bar.py" line="102"/>
        <source>{shown} of {total} cases</source>
        <translation>{shown} dari {total} kasus</translation>
    </message>
    <message>
        <location filename="../status_bar.py" line="119"/>
        <source>No urgent case open</source>
        <translation>Tidak ada kasus mendesak terbuka</translation>
    </message>
    <message>
        <location filename="../status_bar.py" line="123"/>
        <source>1 urgent case open</source>
        <translation>1 kasus mendesak terbuka</translation>
    </message>
    <message>
        <location filename="../status_bar.py" line="124"/>
        <source>{n} urgent cases open</source>
        <translation>{n} kasus mendesak terbuka</translation>
    </message>
    <message>
        <location filename="../status_bar.py" line="128"/>
        <source>Show the urgent open cases (Ctrl+6)</source>
        <translation>Tampilkan kasus mendesak yang terbuka (Ctrl+6)</translation>
    </message>
    <message>
        <location filename="../status_bar.py" line="154"/>
        <source>This computer is not linked to the central server. Everything is saved on this computer only.</source>
        <translation>Komputer ini tidak terhubung ke server pusat. Semua data disimpan hanya di komputer ini.</translation>
    </message>
    <message>
        <location filename="../status_bar.py" line="177"/>
        <source>Office {code} · {device}</source>
        <translation>Kantor {code} · {device}</translation>
    </message>
    <message>
        <location filename="../status_bar.py" line="179"/>
        <source>{office}, device {letter}</source>
        <translation>{office}, perangkat {letter}</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../main_window.py" line="395"/>
        <source>&amp;File</source>
        <translation>&amp;Berkas</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="396"/>
        <source>&amp;View</source>
        <translation>Tampi&amp;lan</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="397"/>
        <source>&amp;All cases</source>
        <translation>&amp;Semua kasus</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="397"/>
        <source>&amp;My cases</source>
        <translation>&amp;Kasus saya</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="398"/>
        <source>Awaiting appro&amp;val</source>
        <translation>Menunggu &amp;persetujuan</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="399"/>
        <source>&amp;Contacts due today</source>
        <translation>K&amp;ontak hari ini</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="400"/>
        <source>&amp;Unassigned cases</source>
        <translation>&amp;Belum ada petugas</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="401"/>
        <source>U&amp;rgent cases</source>
        <translation>Kasus &amp;mendesak</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="403"/>
        <source>Re&amp;fresh</source>
        <translation>M&amp;uat ulang</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="404"/>
        <source>&amp;Home</source>
        <translation>B&amp;eranda</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="405"/>
        <source>What needs you today, in counts (F2)</source>
        <translation>Yang perlu Anda tangani hari ini, dalam angka (F2)</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="406"/>
        <source>Re&amp;ports…</source>
        <translation>&amp;Laporan…</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="407"/>
        <source>The office&apos;s figures for any period, with charts (Ctrl+L)</source>
        <translation>Angka kantor untuk periode mana pun, dengan grafik (Ctrl+L)</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="409"/>
        <source>Personal data of a per&amp;son…</source>
        <translation>Data pr&amp;ibadi seseorang…</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="410"/>
        <source>What the office holds about one person, for them or to restrict it (UU PDP) (Ctrl+Shift+P)</source>
        <translation>Data yang disimpan kantor tentang satu orang, untuk diserahkan kepadanya atau untuk dibatasi pemrosesannya (UU PDP) (Ctrl+Shift+P)</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="412"/>
        <source>Audit &amp;trail…</source>
        <translation>&amp;Jejak audit…</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="413"/>
        <source>Who did what and who read whose data (Ctrl+Shift+A)</source>
        <translation>Siapa melakukan apa dan siapa membaca data siapa (Ctrl+Shift+A)</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="415"/>
        <source>&amp;Export case list…</source>
        <translation>&amp;Ekspor daftar kasus…</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="417"/>
        <source>The cases of the list, with its filters and search, to an Excel or CSV file (Ctrl+Shift+E)</source>
        <translation>Kasus dalam daftar, dengan filter dan pencariannya, ke berkas Excel atau CSV (Ctrl+Shift+E)</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="419"/>
        <source>Search cases</source>
        <translation>Cari kasus</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="420"/>
        <source>Referrals a&amp;waiting reply…</source>
        <translation>&amp;Rujukan menunggu jawaban…</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="421"/>
        <source>Partner &amp;directory…</source>
        <translation>&amp;Direktori mitra…</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="422"/>
        <source>New &amp;information request…</source>
        <translation>Permintaan &amp;informasi baru…</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="423"/>
        <source>A question answered, not a complaint (Ctrl+I)</source>
        <translation>Pertanyaan yang dijawab, bukan pengaduan (Ctrl+I)</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="424"/>
        <source>Information re&amp;quests…</source>
        <translation>Daftar permintaan in&amp;formasi…</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="425"/>
        <source>&amp;Account</source>
        <translation>&amp;Akun</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="426"/>
        <source>S&amp;ync</source>
        <translation>&amp;Sinkronisasi</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="427"/>
        <source>&amp;Settings</source>
        <translation>&amp;Pengaturan</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="428"/>
        <source>&amp;Help</source>
        <translation>Ban&amp;tuan</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="429"/>
        <source>&amp;New complaint…</source>
        <translation>Pengaduan &amp;baru…</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="430"/>
        <source>Record a new complaint (Ctrl+N)</source>
        <translation>Catat pengaduan baru (Ctrl+N)</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="431"/>
        <source>Your role does not record complaints</source>
        <translation>Peran Anda tidak mencatat pengaduan</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="432"/>
        <source>&amp;Quit</source>
        <translation>Kel&amp;uar</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="433"/>
        <source>&amp;Change my password…</source>
        <translation>&amp;Ganti kata sandi saya…</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="434"/>
        <source>&amp;Manage accounts…</source>
        <translation>&amp;Kelola akun…</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="435"/>
        <source>&amp;Log out</source>
        <translation>K&amp;eluar dari akun</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="436"/>
        <source>&amp;Language…</source>
        <translation>&amp;Bahasa…</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="437"/>
        <source>&amp;About Halo TKI Desk</source>
        <translation>&amp;Tentang Halo TKI Desk</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="438"/>
        <source>User &amp;guide</source>
        <translation>&amp;Panduan pengguna</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="439"/>
        <source>B&amp;ack up data…</source>
        <translation>&amp;Cadangkan data…</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="440"/>
        <source>&amp;Enrol with the central server…</source>
        <translation>&amp;Daftarkan ke server pusat…</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="441"/>
        <source>&amp;Restore from a backup…</source>
        <translation>&amp;Pulihkan dari cadangan…</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="442"/>
        <source>&amp;Keyboard shortcuts</source>
        <translation>Pintasan &amp;keyboard</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="443"/>
        <source>&amp;Sync now</source>
        <translation>&amp;Sinkronkan sekarang</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="444"/>
        <source>Send and receive changes now (F9)</source>
        <translation>Kirim dan terima perubahan sekarang (F9)</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="445"/>
        <source>Sync &amp;history…</source>
        <translation>&amp;Riwayat sinkronisasi…</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="446"/>
        <source>&amp;Refused changes…</source>
        <translation>Perubahan yang &amp;ditolak…</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="447"/>
        <source>Next &amp;conflict to resolve…</source>
        <translation>&amp;Perbedaan data berikutnya…</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="448"/>
        <source>Sea&amp;rch:</source>
        <translation>&amp;Cari:</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="449"/>
        <source>Case number, name, passport, NIK or phone (Ctrl+F)</source>
        <translation>Nomor kasus, nama, paspor, NIK atau telepon (Ctrl+F)</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="547"/>
        <source>No case matches “{text}”.</source>
        <translation>Tidak ada kasus yang cocok dengan “{text}”.</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="549"/>
        <source>You have no open cases. Cases assigned to you, or that you take, are listed here.</source>
        <translation>Anda tidak memiliki kasus terbuka. Kasus yang ditetapkan untuk Anda, atau yang Anda ambil, tampil di sini.</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="552"/>
        <source>No case is awaiting approval.</source>
        <translation>Tidak ada kasus yang menunggu persetujuan.</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="554"/>
        <source>No family contact is due today.</source>
        <translation>Tidak ada kontak keluarga yang dijadwalkan hari ini.</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="556"/>
        <source>Every open case has a handling officer.</source>
        <translation>Semua kasus terbuka sudah memiliki petugas penanganan.</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="558"/>
        <source>No urgent case is open.</source>
        <translation>Tidak ada kasus mendesak yang terbuka.</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="560"/>
        <source>No case matches these filters.</source>
        <translation>Tidak ada kasus yang cocok dengan saringan ini.</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="562"/>
        <source>No complaints recorded yet.
Press Ctrl+N to record the first one.</source>
        <translation>Belum ada pengaduan yang dicatat.
Tekan Ctrl+N untuk mencatat yang pertama.</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="564"/>
        <source>No complaints recorded yet.</source>
        <translation>Belum ada pengaduan yang dicatat.</translation>
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
        <translation>Bagian ini belum tersedia di versi ini.</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="800"/>
        <source>Information request recorded.</source>
        <translation>Permintaan informasi dicatat.</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="946"/>
        <source>Restore from a backup</source>
        <translation>Pulihkan dari cadangan</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="947"/>
        <source>Restoring replaces the data on this PC with the backup. You are logged out first (the data must be closed); then choose the backup.</source>
        <translation>Pemulihan mengganti data di komputer ini dengan cadangan. Anda keluar dari akun lebih dulu (data harus ditutup); lalu pilih cadangannya.</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="996"/>
        <source>There is no conflict to resolve.</source>
        <translation>Tidak ada perbedaan data yang perlu diputuskan.</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="1012"/>
        <source>About Halo TKI Desk</source>
        <translation>Tentang Halo TKI Desk</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="1013"/>
        <source>&lt;b&gt;Halo TKI Desk&lt;/b&gt;&lt;p&gt;Records and follows up complaints of Indonesian migrant workers and their families at BP3TKI offices, on this PC, with or without internet.&lt;/p&gt;&lt;p&gt;Halo TKI: 0800 1000 (toll-free), +62 21 29244800 from abroad.&lt;/p&gt;</source>
        <translation>&lt;b&gt;Halo TKI Desk&lt;/b&gt;&lt;p&gt;Mencatat dan menindaklanjuti pengaduan pekerja migran Indonesia dan keluarganya di kantor BP3TKI, di komputer ini, dengan atau tanpa internet.&lt;/p&gt;&lt;p&gt;Halo TKI: 0800 1000 (bebas pulsa), +62 21 29244800 dari luar negeri.&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="1016"/>
        <source>Version {version}</source>
        <translation>Versi {version}</translation>
    </message>
</context>
<context>
    <name>MainWindowSync</name>
    <message>
        <location filename="../sync/window_sync.py" line="55"/>
        <source>These cases were transferred to another office and are no longer on this computer: {numbers}. Everything recorded here about them had reached the central server first.</source>
        <translation>Kasus berikut dipindahkan ke kantor lain dan tidak ada lagi di komputer ini: {numbers}. Semua yang dicatat di sini tentang kasus tersebut sudah terkirim ke server pusat sebelumnya.</translation>
    </message>
    <message>
        <location filename="../sync/window_sync.py" line="60"/>
        <source>Their open windows were closed.</source>
        <translation>Jendela kasus tersebut yang masih terbuka sudah ditutup.</translation>
    </message>
    <message>
        <location filename="../sync/window_sync.py" line="61"/>
        <source>Cases moved to another office</source>
        <translation>Kasus dipindahkan ke kantor lain</translation>
    </message>
    <message>
        <location filename="../sync/window_sync.py" line="67"/>
        <source>This computer no longer synchronises. The data on it can still be read, and what is recorded here stays here.</source>
        <translation>Komputer ini tidak lagi melakukan sinkronisasi. Data di komputer ini tetap dapat dibaca, dan yang dicatat di sini tetap tersimpan di sini.</translation>
    </message>
    <message>
        <location filename="../sync/window_sync.py" line="69"/>
        <source>Synchronisation stopped</source>
        <translation>Sinkronisasi dihentikan</translation>
    </message>
</context>
<context>
    <name>PendingReferralsWindow</name>
    <message>
        <location filename="../referrals_window.py" line="155"/>
        <source>Every referral still waiting for its reply, the longest overdue first. Press Enter to open the case and record the reply, or to chase the partner.</source>
        <translation>Semua rujukan yang masih menunggu jawaban, yang paling lama terlambat di atas. Tekan Enter untuk membuka kasusnya dan mencatat jawaban, atau untuk menagih jawaban dari mitra.</translation>
    </message>
    <message>
        <location filename="../referrals_window.py" line="157"/>
        <source>&amp;Addressee:</source>
        <translation>&amp;Kepada:</translation>
    </message>
    <message>
        <location filename="../referrals_window.py" line="158"/>
        <source>Only o&amp;verdue</source>
        <translation>Hanya yang ter&amp;lambat</translation>
    </message>
    <message>
        <location filename="../referrals_window.py" line="160"/>
        <source>Case</source>
        <translation>Kasus</translation>
    </message>
    <message>
        <location filename="../referrals_window.py" line="160"/>
        <source>TKI</source>
        <translation>TKI</translation>
    </message>
    <message>
        <location filename="../referrals_window.py" line="160"/>
        <source>Officer</source>
        <translation>Petugas</translation>
    </message>
    <message>
        <location filename="../referrals_window.py" line="160"/>
        <source>Addressee</source>
        <translation>Tujuan</translation>
    </message>
    <message>
        <location filename="../referrals_window.py" line="161"/>
        <source>Sent</source>
        <translation>Dikirim</translation>
    </message>
    <message>
        <location filename="../referrals_window.py" line="161"/>
        <source>Reply due</source>
        <translation>Batas jawaban</translation>
    </message>
    <message>
        <location filename="../referrals_window.py" line="161"/>
        <source>Days overdue</source>
        <translation>Hari terlambat</translation>
    </message>
    <message>
        <location filename="../referrals_window.py" line="153"/>
        <location filename="../referrals_window.py" line="162"/>
        <source>Referrals waiting for a reply</source>
        <translation>Rujukan menunggu jawaban</translation>
    </message>
    <message>
        <location filename="../referrals_window.py" line="163"/>
        <source>&amp;Open case</source>
        <translation>&amp;Buka kasus</translation>
    </message>
    <message>
        <location filename="../referrals_window.py" line="164"/>
        <source>&amp;Refresh</source>
        <translation>&amp;Muat ulang</translation>
    </message>
    <message>
        <location filename="../referrals_window.py" line="165"/>
        <source>Read the list again (F5)</source>
        <translation>Baca ulang daftar (F5)</translation>
    </message>
    <message>
        <location filename="../referrals_window.py" line="166"/>
        <source>&amp;Close</source>
        <translation>&amp;Tutup</translation>
    </message>
    <message>
        <location filename="../referrals_window.py" line="223"/>
        <source>All addressees</source>
        <translation>Semua tujuan</translation>
    </message>
    <message>
        <location filename="../referrals_window.py" line="242"/>
        <source>{count} waiting for a reply, {overdue} of them overdue.</source>
        <translation>{count} menunggu jawaban, {overdue} di antaranya terlambat.</translation>
    </message>
    <message>
        <location filename="../referrals_window.py" line="246"/>
        <source>No referral is waiting for a reply.</source>
        <translation>Tidak ada rujukan yang menunggu jawaban.</translation>
    </message>
    <message>
        <location filename="../referrals_window.py" line="247"/>
        <source>No referral matches the filter.</source>
        <translation>Tidak ada rujukan yang sesuai dengan saringan.</translation>
    </message>
    <message>
        <location filename="../referrals_window.py" line="257"/>
        <source>unassigned</source>
        <translation>belum ditetapkan</translation>
    </message>
    <message>
        <location filename="../referrals_window.py" line="266"/>
        <source>{addressee}: the basis for sharing the data has not been recorded.</source>
        <translation>{addressee}: dasar berbagi data belum dicatat.</translation>
    </message>
    <message>
        <location filename="../referrals_window.py" line="274"/>
        <source>The reply is {days} days late.</source>
        <translation>Jawaban terlambat {days} hari.</translation>
    </message>
</context>
<context>
    <name>PeriodPicker</name>
    <message>
        <location filename="../reports/period_picker.py" line="82"/>
        <source>&amp;Period:</source>
        <translation>&amp;Periode:</translation>
    </message>
    <message>
        <location filename="../reports/period_picker.py" line="83"/>
        <location filename="../reports/period_picker.py" line="96"/>
        <source>Month</source>
        <translation>Bulan</translation>
    </message>
    <message>
        <location filename="../reports/period_picker.py" line="83"/>
        <location filename="../reports/period_picker.py" line="97"/>
        <source>Quarter</source>
        <translation>Triwulan</translation>
    </message>
    <message>
        <location filename="../reports/period_picker.py" line="83"/>
        <location filename="../reports/period_picker.py" line="95"/>
        <source>Year</source>
        <translation>Tahun</translation>
    </message>
    <message>
        <location filename="../reports/period_picker.py" line="84"/>
        <source>Date range</source>
        <translation>Rentang tanggal</translation>
    </message>
    <message>
        <location filename="../reports/period_picker.py" line="91"/>
        <location filename="../reports/period_picker.py" line="93"/>
        <source>First day</source>
        <translation>Tanggal awal</translation>
    </message>
    <message>
        <location filename="../reports/period_picker.py" line="92"/>
        <location filename="../reports/period_picker.py" line="94"/>
        <source>Last day (included)</source>
        <translation>Tanggal akhir (termasuk)</translation>
    </message>
</context>
<context>
    <name>ProposalDialog</name>
    <message>
        <location filename="../case_view/proposal_dialog.py" line="29"/>
        <source>Propose closing {number}</source>
        <translation>Usulkan penutupan {number}</translation>
    </message>
    <message>
        <location filename="../case_view/proposal_dialog.py" line="30"/>
        <source>P&amp;ropose</source>
        <translation>&amp;Kirim usulan</translation>
    </message>
    <message>
        <location filename="../case_view/proposal_dialog.py" line="31"/>
        <source>A supervisor approves the proposal, or returns it to you with a note. Until then the case stays open.</source>
        <translation>Kepala seksi menyetujui usulan ini atau mengembalikannya kepada Anda dengan catatan. Sampai saat itu kasus tetap terbuka.</translation>
    </message>
    <message>
        <location filename="../case_view/proposal_dialog.py" line="38"/>
        <source>&amp;Propose to:</source>
        <translation>Usulkan &amp;menjadi:</translation>
    </message>
    <message>
        <location filename="../case_view/proposal_dialog.py" line="40"/>
        <source>&amp;Outcome:</source>
        <translation>&amp;Hasil penanganan:</translation>
    </message>
    <message>
        <location filename="../case_view/proposal_dialog.py" line="42"/>
        <source>Number of the case that is kept</source>
        <translation>Nomor kasus yang dipertahankan</translation>
    </message>
    <message>
        <location filename="../case_view/proposal_dialog.py" line="43"/>
        <source>&amp;Duplicate of case:</source>
        <translation>&amp;Duplikat dari kasus:</translation>
    </message>
    <message>
        <location filename="../case_view/proposal_dialog.py" line="45"/>
        <source>What was done, and why the case can be resolved or closed now</source>
        <translation>Apa yang sudah dilakukan, dan mengapa kasus dapat diselesaikan atau ditutup sekarang</translation>
    </message>
    <message>
        <location filename="../case_view/proposal_dialog.py" line="47"/>
        <source>&amp;Summary:</source>
        <translation>&amp;Ringkasan:</translation>
    </message>
    <message>
        <location filename="../case_view/proposal_dialog.py" line="58"/>
        <source>— choose —</source>
        <translation>— pilih —</translation>
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
        <translation>Folder berkas</translation>
    </message>
    <message>
        <location filename="../qt_strings.py" line="118"/>
        <source>Drive</source>
        <translation>Drive</translation>
    </message>
    <message>
        <location filename="../qt_strings.py" line="119"/>
        <source>Shortcut</source>
        <translation>Pintasan</translation>
    </message>
    <message>
        <location filename="../qt_strings.py" line="120"/>
        <source>File</source>
        <translation>Berkas</translation>
    </message>
    <message>
        <location filename="../qt_strings.py" line="121"/>
        <source>Unknown</source>
        <translation>Tidak diketahui</translation>
    </message>
</context>
<context>
    <name>QFileDialog</name>
    <message>
        <location filename="../qt_strings.py" line="62"/>
        <source>&amp;Look in:</source>
        <translation>Cari &amp;di:</translation>
    </message>
    <message>
        <location filename="../qt_strings.py" line="63"/>
        <source>Look in:</source>
        <translation>Cari di:</translation>
    </message>
    <message>
        <location filename="../qt_strings.py" line="64"/>
        <source>File &amp;name:</source>
        <translation>&amp;Nama berkas:</translation>
    </message>
    <message>
        <location filename="../qt_strings.py" line="65"/>
        <source>Files of &amp;type:</source>
        <translation>&amp;Jenis berkas:</translation>
    </message>
    <message>
        <location filename="../qt_strings.py" line="66"/>
        <source>Files of type:</source>
        <translation>Jenis berkas:</translation>
    </message>
    <message>
        <location filename="../qt_strings.py" line="67"/>
        <source>Directory:</source>
        <translation>Folder:</translation>
    </message>
    <message>
        <location filename="../qt_strings.py" line="68"/>
        <source>&amp;Open</source>
        <translation>&amp;Buka</translation>
    </message>
    <message>
        <location filename="../qt_strings.py" line="69"/>
        <source>&amp;Save</source>
        <translation>&amp;Simpan</translation>
    </message>
    <message>
        <location filename="../qt_strings.py" line="70"/>
        <source>&amp;Choose</source>
        <translation>&amp;Pilih</translation>
    </message>
    <message>
        <location filename="../qt_strings.py" line="71"/>
        <source>Open</source>
        <translation>Buka</translation>
    </message>
    <message>
        <location filename="../qt_strings.py" line="72"/>
        <source>Save As</source>
        <translation>Simpan sebagai</translation>
    </message>
    <message>
        <location filename="../qt_strings.py" line="73"/>
        <source>Find Directory</source>
        <translation>Cari folder</translation>
    </message>
    <message>
        <location filename="../qt_strings.py" line="74"/>
        <source>Back</source>
        <translation>Kembali</translation>
    </message>
    <message>
        <location filename="../qt_strings.py" line="75"/>
        <source>Go back</source>
        <translation>Kembali ke folder sebelumnya</translation>
    </message>
    <message>
        <location filename="../qt_strings.py" line="76"/>
        <source>Forward</source>
        <translation>Maju</translation>
    </message>
    <message>
        <location filename="../qt_strings.py" line="77"/>
        <source>Go forward</source>
        <translation>Maju ke folder berikutnya</translation>
    </message>
    <message>
        <location filename="../qt_strings.py" line="78"/>
        <source>Parent Directory</source>
        <translation>Folder induk</translation>
    </message>
    <message>
        <location filename="../qt_strings.py" line="79"/>
        <source>Go to the parent directory</source>
        <translation>Naik ke folder induk</translation>
    </message>
    <message>
        <location filename="../qt_strings.py" line="80"/>
        <source>Create New Folder</source>
        <translation>Buat folder baru</translation>
    </message>
    <message>
        <location filename="../qt_strings.py" line="81"/>
        <source>Create a New Folder</source>
        <translation>Buat folder baru</translation>
    </message>
    <message>
        <location filename="../qt_strings.py" line="82"/>
        <source>List View</source>
        <translation>Tampilan daftar</translation>
    </message>
    <message>
        <location filename="../qt_strings.py" line="83"/>
        <source>Change to list view mode</source>
        <translation>Tampilkan sebagai daftar</translation>
    </message>
    <message>
        <location filename="../qt_strings.py" line="84"/>
        <source>Detail View</source>
        <translation>Tampilan rinci</translation>
    </message>
    <message>
        <location filename="../qt_strings.py" line="85"/>
        <source>Change to detail view mode</source>
        <translation>Tampilkan dengan rincian</translation>
    </message>
    <message>
        <location filename="../qt_strings.py" line="86"/>
        <source>Sidebar</source>
        <translation>Panel samping</translation>
    </message>
    <message>
        <location filename="../qt_strings.py" line="87"/>
        <source>List of places and bookmarks</source>
        <translation>Daftar tempat dan penanda</translation>
    </message>
    <message>
        <location filename="../qt_strings.py" line="88"/>
        <source>Files</source>
        <translation>Berkas</translation>
    </message>
    <message>
        <location filename="../qt_strings.py" line="89"/>
        <source>Show </source>
        <translation>Tampilkan </translation>
    </message>
    <message>
        <location filename="../qt_strings.py" line="90"/>
        <source>&amp;Rename</source>
        <translation>&amp;Ganti nama</translation>
    </message>
    <message>
        <location filename="../qt_strings.py" line="91"/>
        <source>&amp;Delete</source>
        <translation>&amp;Hapus</translation>
    </message>
    <message>
        <location filename="../qt_strings.py" line="92"/>
        <source>Show &amp;hidden files</source>
        <translation>Tampilkan berkas &amp;tersembunyi</translation>
    </message>
    <message>
        <location filename="../qt_strings.py" line="93"/>
        <source>&amp;New Folder</source>
        <translation>Folder &amp;baru</translation>
    </message>
    <message>
        <location filename="../qt_strings.py" line="94"/>
        <source>New Folder</source>
        <translation>Folder baru</translation>
    </message>
    <message>
        <location filename="../qt_strings.py" line="95"/>
        <source>All Files (*)</source>
        <translation>Semua berkas (*)</translation>
    </message>
    <message>
        <location filename="../qt_strings.py" line="96"/>
        <source>All files (*)</source>
        <translation>Semua berkas (*)</translation>
    </message>
    <message>
        <location filename="../qt_strings.py" line="97"/>
        <source>Directories</source>
        <translation>Folder</translation>
    </message>
    <message>
        <location filename="../qt_strings.py" line="98"/>
        <source>Recent Places</source>
        <translation>Tempat terakhir</translation>
    </message>
    <message>
        <location filename="../qt_strings.py" line="99"/>
        <source>Remove</source>
        <translation>Hapus dari daftar</translation>
    </message>
    <message>
        <location filename="../qt_strings.py" line="100"/>
        <source>Delete</source>
        <translation>Hapus</translation>
    </message>
    <message>
        <location filename="../qt_strings.py" line="101"/>
        <source>%1 already exists.
Do you want to replace it?</source>
        <translation>%1 sudah ada.
Ganti berkas itu?</translation>
    </message>
    <message>
        <location filename="../qt_strings.py" line="103"/>
        <source>%1
File not found.
Please verify the correct file name was given.</source>
        <translation>%1
Berkas tidak ditemukan.
Periksa kembali nama berkasnya.</translation>
    </message>
    <message>
        <location filename="../qt_strings.py" line="104"/>
        <source>%1
Directory not found.
Please verify the correct directory name was given.</source>
        <translation>%1
Folder tidak ditemukan.
Periksa kembali nama foldernya.</translation>
    </message>
    <message>
        <location filename="../qt_strings.py" line="105"/>
        <source>&apos;%1&apos; is write protected.
Do you want to delete it anyway?</source>
        <translation>&apos;%1&apos; dilindungi dari perubahan.
Tetap hapus?</translation>
    </message>
    <message>
        <location filename="../qt_strings.py" line="106"/>
        <source>Are you sure you want to delete &apos;%1&apos;?</source>
        <translation>Yakin ingin menghapus &apos;%1&apos;?</translation>
    </message>
    <message>
        <location filename="../qt_strings.py" line="107"/>
        <source>Could not delete directory.</source>
        <translation>Folder tidak dapat dihapus.</translation>
    </message>
</context>
<context>
    <name>QFileSystemModel</name>
    <message>
        <location filename="../qt_strings.py" line="109"/>
        <source>Name</source>
        <translation>Nama</translation>
    </message>
    <message>
        <location filename="../qt_strings.py" line="110"/>
        <source>Size</source>
        <translation>Ukuran</translation>
    </message>
    <message>
        <location filename="../qt_strings.py" line="111"/>
        <source>Type</source>
        <translation>Jenis</translation>
    </message>
    <message>
        <location filename="../qt_strings.py" line="112"/>
        <source>Date Modified</source>
        <translation>Tanggal diubah</translation>
    </message>
    <message>
        <location filename="../qt_strings.py" line="113"/>
        <source>Computer</source>
        <translation>Komputer</translation>
    </message>
    <message>
        <location filename="../qt_strings.py" line="114"/>
        <source>My Computer</source>
        <translation>Komputer Saya</translation>
    </message>
</context>
<context>
    <name>QLineEdit</name>
    <message>
        <location filename="../qt_strings.py" line="37"/>
        <source>&amp;Undo</source>
        <translation>&amp;Batalkan</translation>
    </message>
    <message>
        <location filename="../qt_strings.py" line="38"/>
        <source>&amp;Redo</source>
        <translation>&amp;Ulangi</translation>
    </message>
    <message>
        <location filename="../qt_strings.py" line="39"/>
        <source>Cu&amp;t</source>
        <translation>Po&amp;tong</translation>
    </message>
    <message>
        <location filename="../qt_strings.py" line="40"/>
        <source>&amp;Copy</source>
        <translation>&amp;Salin</translation>
    </message>
    <message>
        <location filename="../qt_strings.py" line="41"/>
        <source>&amp;Paste</source>
        <translation>T&amp;empel</translation>
    </message>
    <message>
        <location filename="../qt_strings.py" line="42"/>
        <source>Delete</source>
        <translation>Hapus</translation>
    </message>
    <message>
        <location filename="../qt_strings.py" line="43"/>
        <source>Select All</source>
        <translation>Pilih semua</translation>
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
        <translation>Simpan</translation>
    </message>
    <message>
        <location filename="../qt_strings.py" line="17"/>
        <source>Save All</source>
        <translation>Simpan semua</translation>
    </message>
    <message>
        <location filename="../qt_strings.py" line="18"/>
        <source>Open</source>
        <translation>Buka</translation>
    </message>
    <message>
        <location filename="../qt_strings.py" line="19"/>
        <source>&amp;Yes</source>
        <translation>&amp;Ya</translation>
    </message>
    <message>
        <location filename="../qt_strings.py" line="20"/>
        <source>Yes to &amp;All</source>
        <translation>Ya untuk &amp;semua</translation>
    </message>
    <message>
        <location filename="../qt_strings.py" line="21"/>
        <source>&amp;No</source>
        <translation>&amp;Tidak</translation>
    </message>
    <message>
        <location filename="../qt_strings.py" line="22"/>
        <source>N&amp;o to All</source>
        <translation>Tidak untuk s&amp;emua</translation>
    </message>
    <message>
        <location filename="../qt_strings.py" line="23"/>
        <source>Abort</source>
        <translation>Batalkan</translation>
    </message>
    <message>
        <location filename="../qt_strings.py" line="24"/>
        <source>Retry</source>
        <translation>Coba lagi</translation>
    </message>
    <message>
        <location filename="../qt_strings.py" line="25"/>
        <source>Ignore</source>
        <translation>Abaikan</translation>
    </message>
    <message>
        <location filename="../qt_strings.py" line="26"/>
        <source>Close</source>
        <translation>Tutup</translation>
    </message>
    <message>
        <location filename="../qt_strings.py" line="27"/>
        <source>Cancel</source>
        <translation>Batal</translation>
    </message>
    <message>
        <location filename="../qt_strings.py" line="28"/>
        <source>Discard</source>
        <translation>&amp;Buang</translation>
    </message>
    <message>
        <location filename="../qt_strings.py" line="29"/>
        <source>Help</source>
        <translation>Bantuan</translation>
    </message>
    <message>
        <location filename="../qt_strings.py" line="30"/>
        <source>Apply</source>
        <translation>Terapkan</translation>
    </message>
    <message>
        <location filename="../qt_strings.py" line="31"/>
        <source>Reset</source>
        <translation>Atur ulang</translation>
    </message>
    <message>
        <location filename="../qt_strings.py" line="32"/>
        <source>Restore Defaults</source>
        <translation>Kembalikan bawaan</translation>
    </message>
</context>
<context>
    <name>QWidgetTextControl</name>
    <message>
        <location filename="../qt_strings.py" line="48"/>
        <source>&amp;Undo</source>
        <translation>&amp;Batalkan</translation>
    </message>
    <message>
        <location filename="../qt_strings.py" line="49"/>
        <source>&amp;Redo</source>
        <translation>&amp;Ulangi</translation>
    </message>
    <message>
        <location filename="../qt_strings.py" line="50"/>
        <source>Cu&amp;t</source>
        <translation>Po&amp;tong</translation>
    </message>
    <message>
        <location filename="../qt_strings.py" line="51"/>
        <source>&amp;Copy</source>
        <translation>&amp;Salin</translation>
    </message>
    <message>
        <location filename="../qt_strings.py" line="52"/>
        <source>Copy &amp;Link Location</source>
        <translation>Salin alamat &amp;tautan</translation>
    </message>
    <message>
        <location filename="../qt_strings.py" line="53"/>
        <source>&amp;Paste</source>
        <translation>T&amp;empel</translation>
    </message>
    <message>
        <location filename="../qt_strings.py" line="54"/>
        <source>Delete</source>
        <translation>Hapus</translation>
    </message>
    <message>
        <location filename="../qt_strings.py" line="55"/>
        <source>Select All</source>
        <translation>Pilih semua</translation>
    </message>
</context>
<context>
    <name>ReceiptDialog</name>
    <message>
        <location filename="../receipt_dialog.py" line="99"/>
        <source>Complaint receipt — {number}</source>
        <translation>Tanda terima pengaduan — {number}</translation>
    </message>
    <message>
        <location filename="../receipt_dialog.py" line="101"/>
        <source>Print this receipt and give it to the complainant: it has the case number to quote when they call, and lists the documents still missing.</source>
        <translation>Cetak tanda terima ini dan serahkan kepada pengadu: di dalamnya ada nomor kasus untuk disebutkan saat menghubungi kantor, dan daftar dokumen yang masih diperlukan.</translation>
    </message>
    <message>
        <location filename="../receipt_dialog.py" line="103"/>
        <source>&amp;Print…</source>
        <translation>&amp;Cetak…</translation>
    </message>
    <message>
        <location filename="../receipt_dialog.py" line="104"/>
        <source>Print (Ctrl+P)</source>
        <translation>Cetak (Ctrl+P)</translation>
    </message>
    <message>
        <location filename="../receipt_dialog.py" line="105"/>
        <source>Save as P&amp;DF…</source>
        <translation>Simpan sebagai P&amp;DF…</translation>
    </message>
    <message>
        <location filename="../receipt_dialog.py" line="106"/>
        <source>Save as PDF (Ctrl+S)</source>
        <translation>Simpan sebagai PDF (Ctrl+S)</translation>
    </message>
    <message>
        <location filename="../receipt_dialog.py" line="107"/>
        <source>&amp;Close</source>
        <translation>&amp;Tutup</translation>
    </message>
    <message>
        <location filename="../receipt_dialog.py" line="120"/>
        <source>Preparing the receipt…</source>
        <translation>Menyiapkan tanda terima…</translation>
    </message>
    <message>
        <location filename="../receipt_dialog.py" line="140"/>
        <source>The receipt could not be shown.</source>
        <translation>Tanda terima tidak dapat ditampilkan.</translation>
    </message>
    <message>
        <location filename="../receipt_dialog.py" line="198"/>
        <source>Print receipt</source>
        <translation>Cetak tanda terima</translation>
    </message>
    <message>
        <location filename="../receipt_dialog.py" line="201"/>
        <source>The receipt could not be printed. Check that the printer is on and has paper, then try again.</source>
        <translation>Tanda terima tidak dapat dicetak. Pastikan printer menyala dan berisi kertas, lalu coba lagi.</translation>
    </message>
    <message>
        <location filename="../receipt_dialog.py" line="192"/>
        <source>Sent to the printer.</source>
        <translation>Dikirim ke printer.</translation>
    </message>
    <message>
        <location filename="../receipt_dialog.py" line="218"/>
        <source>Save receipt as PDF</source>
        <translation>Simpan tanda terima sebagai PDF</translation>
    </message>
    <message>
        <location filename="../receipt_dialog.py" line="218"/>
        <source>PDF files (*.pdf)</source>
        <translation>Berkas PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../receipt_dialog.py" line="232"/>
        <source>Saved to {path}</source>
        <translation>Disimpan di {path}</translation>
    </message>
    <message>
        <location filename="../receipt_dialog.py" line="234"/>
        <source>Receipt saved</source>
        <translation>Tanda terima disimpan</translation>
    </message>
    <message>
        <location filename="../receipt_dialog.py" line="235"/>
        <source>The receipt was saved to:
{path}

Open it now?</source>
        <translation>Tanda terima disimpan di:
{path}

Buka sekarang?</translation>
    </message>
</context>
<context>
    <name>RefComboBox</name>
    <message>
        <location filename="../widgets.py" line="25"/>
        <source>— choose —</source>
        <translation>— pilih —</translation>
    </message>
</context>
<context>
    <name>ReferralDialog</name>
    <message>
        <location filename="../case_view/referral_dialog.py" line="151"/>
        <source>Refer case {number}</source>
        <translation>Rujuk kasus {number}</translation>
    </message>
    <message>
        <location filename="../case_view/referral_dialog.py" line="152"/>
        <source>&amp;Save referral</source>
        <translation>&amp;Simpan rujukan</translation>
    </message>
    <message>
        <location filename="../case_view/referral_dialog.py" line="164"/>
        <source>&amp;To:</source>
        <translation>&amp;Kepada:</translation>
    </message>
    <message>
        <location filename="../case_view/referral_dialog.py" line="172"/>
        <source>&amp;How sent:</source>
        <translation>&amp;Cara kirim:</translation>
    </message>
    <message>
        <location filename="../case_view/referral_dialog.py" line="176"/>
        <source>e.g. B.123/BP3TKI-SBY/XII/2026</source>
        <translation>mis. B.123/BP3TKI-SBY/XII/2026</translation>
    </message>
    <message>
        <location filename="../case_view/referral_dialog.py" line="177"/>
        <source>&amp;Letter number:</source>
        <translation>&amp;Nomor surat:</translation>
    </message>
    <message>
        <location filename="../case_view/referral_dialog.py" line="181"/>
        <source>&amp;Date sent:</source>
        <translation>&amp;Tanggal kirim:</translation>
    </message>
    <message>
        <location filename="../case_view/referral_dialog.py" line="183"/>
        <source>What the office asks of them</source>
        <translation>Apa yang diminta kantor dari mereka</translation>
    </message>
    <message>
        <location filename="../case_view/referral_dialog.py" line="184"/>
        <source>&amp;Request:</source>
        <translation>&amp;Permintaan:</translation>
    </message>
    <message>
        <location filename="../case_view/referral_dialog.py" line="189"/>
        <source>Reply d&amp;ue by:</source>
        <translation>&amp;Batas jawaban:</translation>
    </message>
    <message>
        <location filename="../case_view/referral_dialog.py" line="196"/>
        <source>&amp;Also set the case status to “{status}”</source>
        <translation>&amp;Ubah juga status kasus menjadi “{status}”</translation>
    </message>
    <message>
        <location filename="../case_view/referral_dialog.py" line="229"/>
        <source>{kind}: a reply is expected within {days} working days.</source>
        <translation>{kind}: jawaban diharapkan dalam {days} hari kerja.</translation>
    </message>
    <message>
        <location filename="../case_view/referral_dialog.py" line="233"/>
        <source>A reply is expected within {days} working days unless you change the date.</source>
        <translation>Jawaban diharapkan dalam {days} hari kerja, kecuali Anda mengubah tanggalnya.</translation>
    </message>
</context>
<context>
    <name>ReferralSummary</name>
    <message>
        <location filename="../case_view/reply_dialog.py" line="29"/>
        <source>Sent {date} · {method}</source>
        <translation>Dikirim {date} · {method}</translation>
    </message>
    <message>
        <location filename="../case_view/reply_dialog.py" line="32"/>
        <source>no. {number}</source>
        <translation>no. {number}</translation>
    </message>
    <message>
        <location filename="../case_view/reply_dialog.py" line="37"/>
        <source>Asked: {request}</source>
        <translation>Permintaan: {request}</translation>
    </message>
</context>
<context>
    <name>ReferralsPanel</name>
    <message>
        <location filename="../case_view/referrals_panel.py" line="203"/>
        <location filename="../case_view/referrals_panel.py" line="211"/>
        <source>Referrals sent</source>
        <translation>Rujukan yang dikirim</translation>
    </message>
    <message>
        <location filename="../case_view/referrals_panel.py" line="204"/>
        <location filename="../case_view/referrals_panel.py" line="214"/>
        <source>PPTKIS summonses</source>
        <translation>Panggilan PPTKIS</translation>
    </message>
    <message>
        <location filename="../case_view/referrals_panel.py" line="206"/>
        <source>The KTKLN is missing or the complaint is about the placement agency: summon the agency (PPTKIS) for clarification.</source>
        <translation>KTKLN tidak ada atau pengaduan menyangkut perusahaan penempatan: panggil PPTKIS untuk klarifikasi.</translation>
    </message>
    <message>
        <location filename="../case_view/referrals_panel.py" line="209"/>
        <source>To</source>
        <translation>Kepada</translation>
    </message>
    <message>
        <location filename="../case_view/referrals_panel.py" line="209"/>
        <source>State</source>
        <translation>Keadaan</translation>
    </message>
    <message>
        <location filename="../case_view/referrals_panel.py" line="209"/>
        <source>Reply due</source>
        <translation>Batas jawaban</translation>
    </message>
    <message>
        <location filename="../case_view/referrals_panel.py" line="209"/>
        <source>Sent</source>
        <translation>Dikirim</translation>
    </message>
    <message>
        <location filename="../case_view/referrals_panel.py" line="210"/>
        <source>How sent</source>
        <translation>Cara kirim</translation>
    </message>
    <message>
        <location filename="../case_view/referrals_panel.py" line="210"/>
        <source>Letter no.</source>
        <translation>No. surat</translation>
    </message>
    <message>
        <location filename="../case_view/referrals_panel.py" line="213"/>
        <source>Agency</source>
        <translation>Perusahaan</translation>
    </message>
    <message>
        <location filename="../case_view/referrals_panel.py" line="213"/>
        <source>Meeting</source>
        <translation>Pertemuan</translation>
    </message>
    <message>
        <location filename="../case_view/referrals_panel.py" line="213"/>
        <source>Attendance</source>
        <translation>Kehadiran</translation>
    </message>
    <message>
        <location filename="../case_view/referrals_panel.py" line="213"/>
        <source>Place</source>
        <translation>Tempat</translation>
    </message>
    <message>
        <location filename="../case_view/referrals_panel.py" line="216"/>
        <source>&amp;New referral…</source>
        <translation>Rujukan &amp;baru…</translation>
    </message>
    <message>
        <location filename="../case_view/referrals_panel.py" line="217"/>
        <source>Record repl&amp;y…</source>
        <translation>Ca&amp;tat jawaban…</translation>
    </message>
    <message>
        <location filename="../case_view/referrals_panel.py" line="218"/>
        <source>&amp;Withdraw referral…</source>
        <translation>Tar&amp;ik rujukan…</translation>
    </message>
    <message>
        <location filename="../case_view/referrals_panel.py" line="219"/>
        <source>Print r&amp;eferral letter…</source>
        <translation>Cetak &amp;surat rujukan…</translation>
    </message>
    <message>
        <location filename="../case_view/referrals_panel.py" line="220"/>
        <source>&amp;Basis for sharing…</source>
        <translation>Dasar b&amp;erbagi data…</translation>
    </message>
    <message>
        <location filename="../case_view/referrals_panel.py" line="221"/>
        <source>Summon PPT&amp;KIS…</source>
        <translation>Pan&amp;ggil PPTKIS…</translation>
    </message>
    <message>
        <location filename="../case_view/referrals_panel.py" line="222"/>
        <source>Record &amp;meeting outcome…</source>
        <translation>Catat &amp;hasil pertemuan…</translation>
    </message>
    <message>
        <location filename="../case_view/referrals_panel.py" line="223"/>
        <source>Print s&amp;ummons letter…</source>
        <translation>Cetak surat pa&amp;nggilan…</translation>
    </message>
    <message>
        <location filename="../case_view/referrals_panel.py" line="235"/>
        <source>&amp;Referrals ({count} waiting)</source>
        <translation>R&amp;ujukan ({count} menunggu)</translation>
    </message>
    <message>
        <location filename="../case_view/referrals_panel.py" line="236"/>
        <source>&amp;Referrals</source>
        <translation>R&amp;ujukan</translation>
    </message>
    <message>
        <location filename="../case_view/referrals_panel.py" line="297"/>
        <source>Overdue ({days} days)</source>
        <translation>Terlambat {days} hari</translation>
    </message>
    <message>
        <location filename="../case_view/referrals_panel.py" line="299"/>
        <source>Answered</source>
        <translation>Dijawab</translation>
    </message>
    <message>
        <location filename="../case_view/referrals_panel.py" line="301"/>
        <source>Withdrawn</source>
        <translation>Ditarik</translation>
    </message>
    <message>
        <location filename="../case_view/referrals_panel.py" line="302"/>
        <source>Waiting for reply</source>
        <translation>Menunggu jawaban</translation>
    </message>
    <message>
        <location filename="../case_view/referrals_panel.py" line="307"/>
        <source>Not recorded yet</source>
        <translation>Belum dicatat</translation>
    </message>
    <message>
        <location filename="../case_view/referrals_panel.py" line="323"/>
        <source>The basis for sharing the data has not been recorded.</source>
        <translation>Dasar berbagi data belum dicatat.</translation>
    </message>
    <message>
        <location filename="../case_view/referrals_panel.py" line="326"/>
        <source>{agency} stayed away from summonses more than once and is flagged in the directory.</source>
        <translation>{agency} sudah lebih dari sekali tidak memenuhi panggilan dan ditandai di direktori.</translation>
    </message>
    <message>
        <location filename="../case_view/referrals_panel.py" line="343"/>
        <source>Asked: {request}</source>
        <translation>Permintaan: {request}</translation>
    </message>
    <message>
        <location filename="../case_view/referrals_panel.py" line="345"/>
        <source>Reply of {date}: {summary}</source>
        <translation>Jawaban tanggal {date}: {summary}</translation>
    </message>
    <message>
        <location filename="../case_view/referrals_panel.py" line="348"/>
        <source>Withdrawn on {date}.</source>
        <translation>Ditarik pada {date}.</translation>
    </message>
    <message>
        <location filename="../case_view/referrals_panel.py" line="355"/>
        <source>The basis for sharing the data has not been recorded: record the complainant&apos;s consent or another legal basis before the letter can be printed.</source>
        <translation>Dasar berbagi data belum dicatat: catat persetujuan pengadu atau dasar hukum lainnya sebelum surat dapat dicetak.</translation>
    </message>
    <message>
        <location filename="../case_view/referrals_panel.py" line="361"/>
        <source>Basis for sharing: {basis}, given {date}, recorded by {name}</source>
        <translation>Dasar berbagi data: {basis}, diberikan {date}, dicatat oleh {name}</translation>
    </message>
    <message>
        <location filename="../case_view/referrals_panel.py" line="365"/>
        <source>Basis for sharing: {basis}</source>
        <translation>Dasar berbagi data: {basis}</translation>
    </message>
    <message>
        <location filename="../case_view/referrals_panel.py" line="368"/>
        <source>About the basis: {note}</source>
        <translation>Keterangan dasar: {note}</translation>
    </message>
    <message>
        <location filename="../case_view/referrals_panel.py" line="377"/>
        <source>Letter {number}</source>
        <translation>Surat {number}</translation>
    </message>
    <message>
        <location filename="../case_view/referrals_panel.py" line="379"/>
        <source>Result: {result}</source>
        <translation>Hasil: {result}</translation>
    </message>
    <message>
        <location filename="../case_view/referrals_panel.py" line="427"/>
        <source>Your role cannot refer cases or summon agencies.</source>
        <translation>Peran Anda tidak dapat merujuk kasus atau memanggil PPTKIS.</translation>
    </message>
    <message>
        <location filename="../case_view/referrals_panel.py" line="428"/>
        <source>The case is resolved or closed; reopen it first.</source>
        <translation>Kasus sudah selesai atau ditutup; buka kembali dulu.</translation>
    </message>
    <message>
        <location filename="../case_view/referrals_panel.py" line="432"/>
        <location filename="../case_view/referrals_panel.py" line="434"/>
        <source>Choose a referral that is still waiting for its reply.</source>
        <translation>Pilih rujukan yang masih menunggu jawaban.</translation>
    </message>
    <message>
        <location filename="../case_view/referrals_panel.py" line="436"/>
        <source>Record the basis for sharing the data first: the complainant&apos;s consent with its date, vital interest or a legal obligation.</source>
        <translation>Catat dulu dasar berbagi data: persetujuan pengadu beserta tanggalnya, kepentingan vital, atau kewajiban menurut undang-undang.</translation>
    </message>
    <message>
        <location filename="../case_view/referrals_panel.py" line="438"/>
        <location filename="../case_view/referrals_panel.py" line="440"/>
        <source>Choose a referral first.</source>
        <translation>Pilih rujukan terlebih dahulu.</translation>
    </message>
    <message>
        <location filename="../case_view/referrals_panel.py" line="443"/>
        <location filename="../case_view/referrals_panel.py" line="445"/>
        <source>Choose a summons first.</source>
        <translation>Pilih panggilan terlebih dahulu.</translation>
    </message>
    <message>
        <location filename="../case_view/referrals_panel.py" line="451"/>
        <source>The case was anonymised: it can only be read.</source>
        <translation>Kasus ini telah dianonimkan: hanya dapat dibaca.</translation>
    </message>
    <message>
        <location filename="../case_view/referrals_panel.py" line="484"/>
        <source>Referral saved</source>
        <translation>Rujukan disimpan</translation>
    </message>
    <message>
        <location filename="../case_view/referrals_panel.py" line="485"/>
        <source>The referral was saved, but the case status was not changed: {reason}</source>
        <translation>Rujukan sudah disimpan, tetapi status kasus tidak diubah: {reason}</translation>
    </message>
    <message>
        <location filename="../case_view/referrals_panel.py" line="487"/>
        <source>Print the referral letter</source>
        <translation>Cetak surat rujukan</translation>
    </message>
    <message>
        <location filename="../case_view/referrals_panel.py" line="488"/>
        <source>The referral was saved. Print the referral letter now?</source>
        <translation>Rujukan sudah disimpan. Cetak surat rujukan sekarang?</translation>
    </message>
    <message>
        <location filename="../case_view/referrals_panel.py" line="524"/>
        <source>No referral left open</source>
        <translation>Tidak ada rujukan yang masih terbuka</translation>
    </message>
    <message>
        <location filename="../case_view/referrals_panel.py" line="525"/>
        <source>No referral of this case is waiting for a reply any more. Move the case back to status “{status}”?</source>
        <translation>Tidak ada lagi rujukan kasus ini yang menunggu jawaban. Kembalikan status kasus ke “{status}”?</translation>
    </message>
    <message>
        <location filename="../case_view/referrals_panel.py" line="542"/>
        <source>Print the summons letter</source>
        <translation>Cetak surat panggilan</translation>
    </message>
    <message>
        <location filename="../case_view/referrals_panel.py" line="543"/>
        <source>The summons was saved. Print the summons letter (surat panggilan) now?</source>
        <translation>Panggilan sudah disimpan. Cetak surat panggilan sekarang?</translation>
    </message>
    <message>
        <location filename="../case_view/referrals_panel.py" line="566"/>
        <source>Agency flagged</source>
        <translation>PPTKIS ditandai</translation>
    </message>
    <message>
        <location filename="../case_view/referrals_panel.py" line="567"/>
        <source>{agency} has now stayed away from summonses more than once and is flagged in the directory. Tell your supervisor.</source>
        <translation>{agency} kini sudah lebih dari sekali tidak memenuhi panggilan dan ditandai di direktori. Beri tahu kepala seksi.</translation>
    </message>
    <message>
        <location filename="../case_view/referrals_panel.py" line="607"/>
        <source>Basis for sharing not recorded</source>
        <translation>Dasar berbagi data belum dicatat</translation>
    </message>
    <message>
        <location filename="../case_view/referrals_panel.py" line="608"/>
        <source>The letter to {addressee} shares the complainant&apos;s and the worker&apos;s personal data. First record what that rests on: the complainant&apos;s consent (oral or written, with its date), vital interest, or a legal obligation.

Record it now?</source>
        <translation>Surat kepada {addressee} memuat data pribadi pengadu dan TKI. Catat dulu dasar berbaginya: persetujuan pengadu (lisan atau tertulis, dengan tanggalnya), kepentingan vital, atau kewajiban menurut undang-undang.

Catat sekarang?</translation>
    </message>
</context>
<context>
    <name>RejectedChangesDialog</name>
    <message>
        <location filename="../sync/rejected_dialog.py" line="19"/>
        <source>Refused changes</source>
        <translation>Perubahan yang ditolak</translation>
    </message>
    <message>
        <location filename="../sync/rejected_dialog.py" line="21"/>
        <source>Changes the central server refused, newest first. They are kept on this computer but not sent again: check the case and record it again correctly if needed.</source>
        <translation>Perubahan yang ditolak server pusat, terbaru di atas. Perubahan ini tetap tersimpan di komputer ini tetapi tidak dikirim lagi: periksa kasusnya dan catat ulang dengan benar bila perlu.</translation>
    </message>
    <message>
        <location filename="../sync/rejected_dialog.py" line="25"/>
        <source>When</source>
        <translation>Waktu</translation>
    </message>
    <message>
        <location filename="../sync/rejected_dialog.py" line="25"/>
        <source>Case</source>
        <translation>Kasus</translation>
    </message>
    <message>
        <location filename="../sync/rejected_dialog.py" line="25"/>
        <source>What was changed</source>
        <translation>Yang diubah</translation>
    </message>
    <message>
        <location filename="../sync/rejected_dialog.py" line="25"/>
        <source>Value</source>
        <translation>Nilai</translation>
    </message>
    <message>
        <location filename="../sync/rejected_dialog.py" line="26"/>
        <source>Why the server refused it</source>
        <translation>Alasan server menolak</translation>
    </message>
    <message>
        <location filename="../sync/rejected_dialog.py" line="44"/>
        <source>The central server has not refused any change from this computer.</source>
        <translation>Server pusat belum pernah menolak perubahan dari komputer ini.</translation>
    </message>
    <message>
        <location filename="../sync/rejected_dialog.py" line="51"/>
        <source>{entity} ({n} fields)</source>
        <translation>{entity} ({n} isian)</translation>
    </message>
    <message>
        <location filename="../sync/rejected_dialog.py" line="68"/>
        <source>(no longer on this computer)</source>
        <translation>(tidak ada lagi di komputer ini)</translation>
    </message>
</context>
<context>
    <name>ReplyDialog</name>
    <message>
        <location filename="../case_view/reply_dialog.py" line="50"/>
        <source>Record the reply from {addressee}</source>
        <translation>Catat jawaban dari {addressee}</translation>
    </message>
    <message>
        <location filename="../case_view/reply_dialog.py" line="52"/>
        <source>&amp;Save reply</source>
        <translation>&amp;Simpan jawaban</translation>
    </message>
    <message>
        <location filename="../case_view/reply_dialog.py" line="56"/>
        <source>Reply &amp;received on:</source>
        <translation>&amp;Tanggal jawaban diterima:</translation>
    </message>
    <message>
        <location filename="../case_view/reply_dialog.py" line="58"/>
        <source>What they answered, and what happens next</source>
        <translation>Apa jawaban mereka, dan apa langkah berikutnya</translation>
    </message>
    <message>
        <location filename="../case_view/reply_dialog.py" line="59"/>
        <source>&amp;What they replied:</source>
        <translation>&amp;Isi jawaban:</translation>
    </message>
</context>
<context>
    <name>ReportWindow</name>
    <message>
        <location filename="../reports/report_window.py" line="224"/>
        <location filename="../reports/report_window.py" line="334"/>
        <source>All offices</source>
        <translation>Semua kantor</translation>
    </message>
    <message>
        <location filename="../reports/report_window.py" line="231"/>
        <source>Reports</source>
        <translation>Laporan</translation>
    </message>
    <message>
        <location filename="../reports/report_window.py" line="233"/>
        <source>&amp;Office:</source>
        <translation>&amp;Kantor:</translation>
    </message>
    <message>
        <location filename="../reports/report_window.py" line="236"/>
        <source>&amp;Show</source>
        <translation>&amp;Tampilkan</translation>
    </message>
    <message>
        <location filename="../reports/report_window.py" line="237"/>
        <source>Compute the figures for this period (Enter)</source>
        <translation>Hitung angka untuk periode ini (Enter)</translation>
    </message>
    <message>
        <location filename="../reports/report_window.py" line="238"/>
        <source>&amp;Export…</source>
        <translation>&amp;Ekspor…</translation>
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
        <translation>Ta&amp;bel:</translation>
    </message>
    <message>
        <location filename="../reports/report_window.py" line="243"/>
        <source>Tables</source>
        <translation>Tabel</translation>
    </message>
    <message>
        <location filename="../reports/report_window.py" line="244"/>
        <source>Figures</source>
        <translation>Angka</translation>
    </message>
    <message>
        <location filename="../reports/report_window.py" line="245"/>
        <source>Chart</source>
        <translation>Grafik</translation>
    </message>
    <message>
        <location filename="../reports/report_window.py" line="246"/>
        <location filename="../reports/report_window.py" line="418"/>
        <source>This table has no chart.</source>
        <translation>Tabel ini tidak bergrafik.</translation>
    </message>
    <message>
        <location filename="../reports/report_window.py" line="247"/>
        <source>&amp;Close</source>
        <translation>T&amp;utup</translation>
    </message>
    <message>
        <location filename="../reports/report_window.py" line="262"/>
        <source>Reports are for the kepala seksi and the office administrator. Ask them for the figures you need.</source>
        <translation>Laporan hanya untuk kepala seksi dan administrator kantor. Mintalah angka yang Anda perlukan kepada mereka.</translation>
    </message>
    <message>
        <location filename="../reports/report_window.py" line="295"/>
        <source>Computing…</source>
        <translation>Menghitung…</translation>
    </message>
    <message>
        <location filename="../reports/report_window.py" line="335"/>
        <source>{office} — {period}</source>
        <translation>{office} — {period}</translation>
    </message>
    <message>
        <location filename="../reports/report_window.py" line="337"/>
        <source>Computed {when}</source>
        <translation>Dihitung {when}</translation>
    </message>
    <message>
        <location filename="../reports/report_window.py" line="409"/>
        <source>Total</source>
        <translation>Jumlah</translation>
    </message>
    <message>
        <location filename="../reports/report_window.py" line="416"/>
        <source>Nothing to count in this period.</source>
        <translation>Tidak ada data pada periode ini.</translation>
    </message>
</context>
<context>
    <name>ResetPasswordDialog</name>
    <message>
        <location filename="../password_dialog.py" line="211"/>
        <source>Reset password</source>
        <translation>Atur ulang kata sandi</translation>
    </message>
    <message>
        <location filename="../password_dialog.py" line="213"/>
        <source>Set a new password for {name} ({username}). Give it to them in person; they can change it after logging in.</source>
        <translation>Tetapkan kata sandi baru untuk {name} ({username}). Sampaikan langsung kepada yang bersangkutan; ia dapat menggantinya setelah masuk.</translation>
    </message>
    <message>
        <location filename="../password_dialog.py" line="215"/>
        <source>&amp;New password:</source>
        <translation>Kata sandi &amp;baru:</translation>
    </message>
    <message>
        <location filename="../password_dialog.py" line="216"/>
        <source>Con&amp;firm new password:</source>
        <translation>&amp;Ulangi kata sandi baru:</translation>
    </message>
</context>
<context>
    <name>RestoreDialog</name>
    <message>
        <location filename="../restore_dialog.py" line="43"/>
        <source>Restore from a backup</source>
        <translation>Pulihkan dari cadangan</translation>
    </message>
    <message>
        <location filename="../restore_dialog.py" line="49"/>
        <source>The data on this PC is replaced by the backup; the current files are kept aside first. Log in with the administrator account of the backup.</source>
        <translation>Data di komputer ini diganti dengan cadangan; berkas yang sekarang disimpan terpisah lebih dulu. Gunakan akun administrator yang ada di cadangan.</translation>
    </message>
    <message>
        <location filename="../restore_dialog.py" line="53"/>
        <source>&amp;Choose…</source>
        <translation>&amp;Pilih…</translation>
    </message>
    <message>
        <location filename="../restore_dialog.py" line="66"/>
        <source>Only for a backup of a PC enrolled with the server</source>
        <translation>Hanya untuk cadangan komputer yang terdaftar di server</translation>
    </message>
    <message>
        <location filename="../restore_dialog.py" line="69"/>
        <source>Backup &amp;file:</source>
        <translation>&amp;Berkas cadangan:</translation>
    </message>
    <message>
        <location filename="../restore_dialog.py" line="70"/>
        <source>Backup&apos;s &amp;administrator:</source>
        <translation>&amp;Administrator cadangan:</translation>
    </message>
    <message>
        <location filename="../restore_dialog.py" line="71"/>
        <source>Pass&amp;word:</source>
        <translation>&amp;Kata sandi:</translation>
    </message>
    <message>
        <location filename="../restore_dialog.py" line="72"/>
        <source>New enrolment c&amp;ode:</source>
        <translation>K&amp;ode pendaftaran baru:</translation>
    </message>
    <message>
        <location filename="../restore_dialog.py" line="83"/>
        <source>&amp;Restore</source>
        <translation>Pu&amp;lihkan</translation>
    </message>
    <message>
        <location filename="../restore_dialog.py" line="94"/>
        <source>Choose the backup</source>
        <translation>Pilih cadangan</translation>
    </message>
    <message>
        <location filename="../restore_dialog.py" line="95"/>
        <source>Halo TKI Desk backups (*.zip)</source>
        <translation>Cadangan Halo TKI Desk (*.zip)</translation>
    </message>
    <message>
        <location filename="../restore_dialog.py" line="105"/>
        <source>Choose the backup file (.zip).</source>
        <translation>Pilih berkas cadangan (.zip).</translation>
    </message>
</context>
<context>
    <name>RestrictionDialog</name>
    <message>
        <location filename="../subject_access/restriction_dialog.py" line="44"/>
        <source>e.g. The worker asked in writing on 12/11/2026; letter scanned in the case</source>
        <translation>mis. TKI meminta secara tertulis pada 12/11/2026; suratnya dipindai di kasus</translation>
    </message>
    <message>
        <location filename="../subject_access/restriction_dialog.py" line="45"/>
        <source>&amp;Reason:</source>
        <translation>&amp;Alasan:</translation>
    </message>
    <message>
        <location filename="../subject_access/restriction_dialog.py" line="46"/>
        <source>Required; at most {n} characters; kept in the records&apos; history.</source>
        <translation>Wajib diisi; paling banyak {n} karakter; disimpan dalam riwayat data.</translation>
    </message>
    <message>
        <location filename="../subject_access/restriction_dialog.py" line="52"/>
        <source>Lift the restriction</source>
        <translation>Cabut pembatasan</translation>
    </message>
    <message>
        <location filename="../subject_access/restriction_dialog.py" line="53"/>
        <source>&amp;Lift the restriction</source>
        <translation>&amp;Cabut pembatasan</translation>
    </message>
    <message>
        <location filename="../subject_access/restriction_dialog.py" line="55"/>
        <source>Restrict processing</source>
        <translation>Batasi pemrosesan</translation>
    </message>
    <message>
        <location filename="../subject_access/restriction_dialog.py" line="56"/>
        <source>Restrict &amp;processing</source>
        <translation>&amp;Batasi pemrosesan</translation>
    </message>
    <message>
        <location filename="../subject_access/restriction_dialog.py" line="63"/>
        <source>This lifts the restriction from this person&apos;s records — cases: {cases}, information requests: {requests}. Staff will see them again in search, lists and exports.</source>
        <translation>Pembatasan atas data orang ini dicabut — kasus: {cases}, permintaan informasi: {requests}. Petugas akan melihatnya lagi di pencarian, daftar, dan ekspor.</translation>
    </message>
    <message>
        <location filename="../subject_access/restriction_dialog.py" line="67"/>
        <source>This restricts this person&apos;s records — cases: {cases}, information requests: {requests}. They disappear from search, lists and exports for everyone but supervisors, and each time a supervisor opens one it is recorded.</source>
        <translation>Pemrosesan data orang ini akan dibatasi — kasus: {cases}, permintaan informasi: {requests}. Data itu tidak lagi muncul di pencarian, daftar, dan ekspor bagi siapa pun selain kepala seksi, dan setiap kali kepala seksi membukanya, hal itu dicatat.</translation>
    </message>
    <message>
        <location filename="../subject_access/restriction_dialog.py" line="80"/>
        <source>Give the reason: it is kept in the records&apos; history.</source>
        <translation>Tuliskan alasannya: alasan disimpan dalam riwayat data.</translation>
    </message>
    <message>
        <location filename="../subject_access/restriction_dialog.py" line="82"/>
        <source>The reason is {n} characters long; at most {max} are kept. Shorten it.</source>
        <translation>Alasan ini {n} karakter; paling banyak {max} karakter. Persingkat alasannya.</translation>
    </message>
</context>
<context>
    <name>ResultsView</name>
    <message>
        <location filename="../subject_access/results_view.py" line="110"/>
        <source>Case number</source>
        <translation>Nomor kasus</translation>
    </message>
    <message>
        <location filename="../subject_access/results_view.py" line="110"/>
        <location filename="../subject_access/results_view.py" line="113"/>
        <source>Received</source>
        <translation>Diterima</translation>
    </message>
    <message>
        <location filename="../subject_access/results_view.py" line="110"/>
        <source>Category</source>
        <translation>Jenis pengaduan</translation>
    </message>
    <message>
        <location filename="../subject_access/results_view.py" line="110"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../subject_access/results_view.py" line="111"/>
        <source>The person is</source>
        <translation>Sebagai</translation>
    </message>
    <message>
        <location filename="../subject_access/results_view.py" line="111"/>
        <source>Attachments</source>
        <translation>Lampiran</translation>
    </message>
    <message>
        <location filename="../subject_access/results_view.py" line="111"/>
        <location filename="../subject_access/results_view.py" line="114"/>
        <source>Restricted</source>
        <translation>Dibatasi</translation>
    </message>
    <message>
        <location filename="../subject_access/results_view.py" line="113"/>
        <source>Topic</source>
        <translation>Topik</translation>
    </message>
    <message>
        <location filename="../subject_access/results_view.py" line="113"/>
        <source>Name</source>
        <translation>Nama</translation>
    </message>
    <message>
        <location filename="../subject_access/results_view.py" line="113"/>
        <source>Phone</source>
        <translation>Telepon</translation>
    </message>
    <message>
        <location filename="../subject_access/results_view.py" line="115"/>
        <source>Cases</source>
        <translation>Kasus</translation>
    </message>
    <message>
        <location filename="../subject_access/results_view.py" line="116"/>
        <source>Information requests</source>
        <translation>Permintaan informasi</translation>
    </message>
    <message>
        <location filename="../subject_access/results_view.py" line="123"/>
        <source>Type one of the person&apos;s identifiers above and press Enter.</source>
        <translation>Isi salah satu data pengenal orang tersebut di atas, lalu tekan Enter.</translation>
    </message>
    <message>
        <location filename="../subject_access/results_view.py" line="126"/>
        <source>No data about this person on this computer.</source>
        <translation>Tidak ada data tentang orang ini di komputer ini.</translation>
    </message>
    <message>
        <location filename="../subject_access/results_view.py" line="130"/>
        <source>C&amp;ases ({n})</source>
        <translation>K&amp;asus ({n})</translation>
    </message>
    <message>
        <location filename="../subject_access/results_view.py" line="131"/>
        <source>Information re&amp;quests ({n})</source>
        <translation>Permintaan informa&amp;si ({n})</translation>
    </message>
    <message>
        <location filename="../subject_access/results_view.py" line="146"/>
        <source>Held on this computer — cases: {cases}, information requests: {requests}, attachments: {files}.</source>
        <translation>Tersimpan di komputer ini — kasus: {cases}, permintaan informasi: {requests}, lampiran: {files}.</translation>
    </message>
    <message>
        <location filename="../subject_access/results_view.py" line="151"/>
        <source>Restricted — cases: {cases}, requests: {requests}.</source>
        <translation>Dibatasi — kasus: {cases}, permintaan: {requests}.</translation>
    </message>
    <message>
        <location filename="../subject_access/results_view.py" line="166"/>
        <source>Worker (TKI)</source>
        <translation>TKI</translation>
    </message>
    <message>
        <location filename="../subject_access/results_view.py" line="166"/>
        <source>Complainant</source>
        <translation>Pengadu</translation>
    </message>
    <message>
        <location filename="../subject_access/results_view.py" line="195"/>
        <source>Yes, since {day}</source>
        <translation>Ya, sejak {day}</translation>
    </message>
    <message>
        <location filename="../subject_access/results_view.py" line="196"/>
        <source>Reason: {reason}</source>
        <translation>Alasan: {reason}</translation>
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
        <translation>&amp;Paspor:</translation>
    </message>
    <message>
        <location filename="../subject_access/search_form.py" line="65"/>
        <source>P&amp;hone:</source>
        <translation>T&amp;elepon:</translation>
    </message>
    <message>
        <location filename="../subject_access/search_form.py" line="65"/>
        <source>&amp;Name:</source>
        <translation>&amp;Nama:</translation>
    </message>
    <message>
        <location filename="../subject_access/search_form.py" line="66"/>
        <source>&amp;Date of birth:</source>
        <translation>Tanggal &amp;lahir:</translation>
    </message>
    <message>
        <location filename="../subject_access/search_form.py" line="68"/>
        <source>16 digits</source>
        <translation>16 angka</translation>
    </message>
    <message>
        <location filename="../subject_access/search_form.py" line="69"/>
        <source>e.g. B1234567</source>
        <translation>mis. B1234567</translation>
    </message>
    <message>
        <location filename="../subject_access/search_form.py" line="70"/>
        <source>e.g. 0812 3456 7890</source>
        <translation>mis. 0812 3456 7890</translation>
    </message>
    <message>
        <location filename="../subject_access/search_form.py" line="71"/>
        <source>Only with the date of birth</source>
        <translation>Hanya bersama tanggal lahir</translation>
    </message>
    <message>
        <location filename="../subject_access/search_form.py" line="87"/>
        <source>Give the date of birth too: a name alone may belong to another person.</source>
        <translation>Isi juga tanggal lahirnya: nama saja bisa milik orang lain.</translation>
    </message>
    <message>
        <location filename="../subject_access/search_form.py" line="91"/>
        <source>Give the name too: a date of birth alone does not say who the person is.</source>
        <translation>Isi juga namanya: tanggal lahir saja tidak menunjukkan siapa orangnya.</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../settings_dialog.py" line="65"/>
        <source>Settings</source>
        <translation>Pengaturan</translation>
    </message>
    <message>
        <location filename="../settings_dialog.py" line="66"/>
        <source>&amp;Language:</source>
        <translation>&amp;Bahasa:</translation>
    </message>
    <message>
        <location filename="../settings_dialog.py" line="67"/>
        <source>The language of the screens, messages and lists on this PC.</source>
        <translation>Bahasa layar, pesan dan daftar di komputer ini.</translation>
    </message>
    <message>
        <location filename="../settings_dialog.py" line="68"/>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <location filename="../settings_dialog.py" line="69"/>
        <source>Cancel</source>
        <translation>Batal</translation>
    </message>
</context>
<context>
    <name>SetupChoice</name>
    <message>
        <location filename="../first_run_enrol.py" line="34"/>
        <source>How is this PC set up?</source>
        <translation>Bagaimana komputer ini disiapkan?</translation>
    </message>
    <message>
        <location filename="../first_run_enrol.py" line="35"/>
        <source>&amp;Enrol with the central server</source>
        <translation>&amp;Daftarkan ke server pusat</translation>
    </message>
    <message>
        <location filename="../first_run_enrol.py" line="37"/>
        <source>With the server address and the one-time enrolment code from central. The office and this PC&apos;s letter come from the server; central accounts can then log in here.</source>
        <translation>Dengan alamat server dan kode pendaftaran sekali pakai dari pusat. Kantor dan huruf komputer ini ditentukan oleh server; akun pusat kemudian dapat masuk di sini.</translation>
    </message>
    <message>
        <location filename="../first_run_enrol.py" line="39"/>
        <source>&amp;This PC only, without the central server</source>
        <translation>&amp;Hanya komputer ini, tanpa server pusat</translation>
    </message>
    <message>
        <location filename="../first_run_enrol.py" line="41"/>
        <source>Choose the office yourself. The data stays on this PC.</source>
        <translation>Pilih kantor sendiri. Data tetap di komputer ini.</translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <location filename="../help/dialogs.py" line="93"/>
        <source>Keyboard shortcuts</source>
        <translation>Pintasan keyboard</translation>
    </message>
    <message>
        <location filename="../help/dialogs.py" line="96"/>
        <source>Menu</source>
        <translation>Menu</translation>
    </message>
    <message>
        <location filename="../help/dialogs.py" line="96"/>
        <source>Action</source>
        <translation>Perintah</translation>
    </message>
    <message>
        <location filename="../help/dialogs.py" line="97"/>
        <source>Keys</source>
        <translation>Tombol</translation>
    </message>
</context>
<context>
    <name>StartupFlow</name>
    <message>
        <location filename="../startup_flow.py" line="146"/>
        <source>Halo TKI Desk will close now.</source>
        <translation>Halo TKI Desk akan ditutup sekarang.</translation>
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
        <translation>Hanya kepala seksi yang dapat membuka kembali kasus yang sudah ditutup.</translation>
    </message>
    <message>
        <location filename="../case_view/status_dialog.py" line="50"/>
        <source>Your role cannot change the status of a case.</source>
        <translation>Peran Anda tidak dapat mengubah status kasus.</translation>
    </message>
    <message>
        <location filename="../case_view/status_dialog.py" line="75"/>
        <source>Change status of {number}</source>
        <translation>Ubah status {number}</translation>
    </message>
    <message>
        <location filename="../case_view/status_dialog.py" line="156"/>
        <source>&amp;Propose closure…</source>
        <translation>&amp;Usulkan penutupan…</translation>
    </message>
    <message>
        <location filename="../case_view/status_dialog.py" line="158"/>
        <source>A closure proposed by {name} is already waiting for a supervisor&apos;s approval.</source>
        <translation>Usulan penutupan dari {name} sudah menunggu persetujuan kepala seksi.</translation>
    </message>
    <message>
        <location filename="../case_view/status_dialog.py" line="162"/>
        <source>Only a supervisor resolves or closes a case. Propose it instead: you give the outcome and a summary, and a supervisor approves it or returns it to you with a note.</source>
        <translation>Hanya kepala seksi yang menyelesaikan atau menutup kasus. Ajukan usulan: Anda mengisi hasil penanganan dan ringkasannya, lalu kepala seksi menyetujui atau mengembalikannya kepada Anda dengan catatan.</translation>
    </message>
    <message>
        <location filename="../case_view/status_dialog.py" line="166"/>
        <source>&amp;Change status</source>
        <translation>&amp;Ubah status</translation>
    </message>
    <message>
        <location filename="../case_view/status_dialog.py" line="88"/>
        <source>Current status:</source>
        <translation>Status saat ini:</translation>
    </message>
    <message>
        <location filename="../case_view/status_dialog.py" line="93"/>
        <source>{status} — propose to a supervisor</source>
        <translation>{status} — usulkan ke kepala seksi</translation>
    </message>
    <message>
        <location filename="../case_view/status_dialog.py" line="95"/>
        <source>&amp;New status:</source>
        <translation>Status &amp;baru:</translation>
    </message>
    <message>
        <location filename="../case_view/status_dialog.py" line="97"/>
        <source>&amp;Outcome:</source>
        <translation>&amp;Hasil penanganan:</translation>
    </message>
    <message>
        <location filename="../case_view/status_dialog.py" line="99"/>
        <source>Number of the case that is kept</source>
        <translation>Nomor kasus yang dipertahankan</translation>
    </message>
    <message>
        <location filename="../case_view/status_dialog.py" line="100"/>
        <source>&amp;Duplicate of case:</source>
        <translation>&amp;Duplikat dari kasus:</translation>
    </message>
    <message>
        <location filename="../case_view/status_dialog.py" line="102"/>
        <source>Optional: why the status changes</source>
        <translation>Opsional: alasan perubahan status</translation>
    </message>
    <message>
        <location filename="../case_view/status_dialog.py" line="103"/>
        <source>No&amp;te:</source>
        <translation>&amp;Catatan:</translation>
    </message>
    <message>
        <location filename="../case_view/status_dialog.py" line="112"/>
        <source>Go to the &amp;Referrals tab</source>
        <translation>Buka tab &amp;Rujukan</translation>
    </message>
    <message>
        <location filename="../case_view/status_dialog.py" line="127"/>
        <source>— choose —</source>
        <translation>— pilih —</translation>
    </message>
    <message>
        <location filename="../case_view/status_dialog.py" line="168"/>
        <source>{name} proposed to close this case. Closing it here sets that proposal aside; to agree with it, use Approve / return proposal (Handling menu).</source>
        <translation>{name} mengusulkan penutupan kasus ini. Menutupnya di sini mengesampingkan usulan itu; untuk menyetujuinya, gunakan Setujui / kembalikan usulan (menu Penanganan).</translation>
    </message>
    <message>
        <location filename="../case_view/status_dialog.py" line="172"/>
        <source>You close this case yourself: the timeline will record that nobody else approved it.</source>
        <translation>Anda menutup kasus ini sendiri: linimasa akan mencatat bahwa penutupan ini tanpa persetujuan pihak lain.</translation>
    </message>
</context>
<context>
    <name>SubjectAccessWindow</name>
    <message>
        <location filename="../subject_access/subject_window.py" line="132"/>
        <source>Personal data of a person</source>
        <translation>Data pribadi seseorang</translation>
    </message>
    <message>
        <location filename="../subject_access/subject_window.py" line="134"/>
        <source>Under the Personal Data Protection Law (UU PDP), a person may ask what this office holds about them, have it corrected, and have its processing restricted. Find the person here to hand them their data or to restrict it. Corrections are made in the case itself (double-click it).</source>
        <translation>Menurut UU Pelindungan Data Pribadi (UU PDP), setiap orang berhak mengetahui data apa yang disimpan kantor ini tentang dirinya, meminta data itu diperbaiki, dan meminta pemrosesannya dibatasi. Cari orangnya di sini untuk menyerahkan datanya atau membatasi pemrosesannya. Perbaikan data dilakukan di kasusnya sendiri (klik dua kali pada kasus).</translation>
    </message>
    <message>
        <location filename="../subject_access/subject_window.py" line="139"/>
        <source>&amp;Search</source>
        <translation>&amp;Cari</translation>
    </message>
    <message>
        <location filename="../subject_access/subject_window.py" line="140"/>
        <source>Find everything held about this person (Enter)</source>
        <translation>Cari semua data yang disimpan tentang orang ini (Enter)</translation>
    </message>
    <message>
        <location filename="../subject_access/subject_window.py" line="141"/>
        <source>Cl&amp;ear</source>
        <translation>&amp;Kosongkan</translation>
    </message>
    <message>
        <location filename="../subject_access/subject_window.py" line="142"/>
        <source>Save PD&amp;F for the person…</source>
        <translation>Simpan PD&amp;F untuk yang bersangkutan…</translation>
    </message>
    <message>
        <location filename="../subject_access/subject_window.py" line="143"/>
        <source>in:</source>
        <translation>dalam:</translation>
    </message>
    <message>
        <location filename="../subject_access/subject_window.py" line="144"/>
        <source>Language of the PDF</source>
        <translation>Bahasa PDF</translation>
    </message>
    <message>
        <location filename="../subject_access/subject_window.py" line="145"/>
        <source>Save &amp;JSON…</source>
        <translation>Simpan &amp;JSON…</translation>
    </message>
    <message>
        <location filename="../subject_access/subject_window.py" line="146"/>
        <source>&amp;Restrict processing…</source>
        <translation>&amp;Batasi pemrosesan…</translation>
    </message>
    <message>
        <location filename="../subject_access/subject_window.py" line="148"/>
        <source>Hide these records from search, lists and exports for everyone but supervisors</source>
        <translation>Sembunyikan data ini dari pencarian, daftar, dan ekspor bagi siapa pun selain kepala seksi</translation>
    </message>
    <message>
        <location filename="../subject_access/subject_window.py" line="149"/>
        <source>&amp;Lift the restriction…</source>
        <translation>Cab&amp;ut pembatasan…</translation>
    </message>
    <message>
        <location filename="../subject_access/subject_window.py" line="150"/>
        <source>&amp;Close</source>
        <translation>&amp;Tutup</translation>
    </message>
    <message>
        <location filename="../subject_access/subject_window.py" line="163"/>
        <source>Only the kepala seksi and the office administrator may look up everything held about a person.</source>
        <translation>Hanya kepala seksi dan administrator kantor yang boleh mencari semua data yang disimpan tentang seseorang.</translation>
    </message>
    <message>
        <location filename="../subject_access/subject_window.py" line="186"/>
        <source>Searching…</source>
        <translation>Mencari…</translation>
    </message>
    <message>
        <location filename="../subject_access/subject_window.py" line="267"/>
        <source>Records no longer restricted: {n}.</source>
        <translation>Data yang tidak lagi dibatasi: {n}.</translation>
    </message>
    <message>
        <location filename="../subject_access/subject_window.py" line="268"/>
        <source>Records restricted: {n}.</source>
        <translation>Data yang dibatasi: {n}.</translation>
    </message>
</context>
<context>
    <name>SubjectExport</name>
    <message>
        <location filename="../subject_access/export.py" line="42"/>
        <source>PDF files (*.pdf)</source>
        <translation>Berkas PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../subject_access/export.py" line="42"/>
        <source>JSON files (*.json)</source>
        <translation>Berkas JSON (*.json)</translation>
    </message>
    <message>
        <location filename="../subject_access/export.py" line="47"/>
        <source>Save the PDF for the person</source>
        <translation>Simpan PDF untuk yang bersangkutan</translation>
    </message>
    <message>
        <location filename="../subject_access/export.py" line="48"/>
        <source>Save as JSON</source>
        <translation>Simpan sebagai JSON</translation>
    </message>
    <message>
        <location filename="../subject_access/export.py" line="80"/>
        <source>Saved to:
{path}

It holds personal data: hand it only to the person or to whom they authorised, and delete your copy when it is no longer needed.</source>
        <translation>Disimpan ke:
{path}

Berkas ini berisi data pribadi: serahkan hanya kepada yang bersangkutan atau kepada orang yang diberinya kuasa, dan hapus salinan Anda bila sudah tidak diperlukan.</translation>
    </message>
    <message>
        <location filename="../subject_access/export.py" line="83"/>
        <source>Personal data saved</source>
        <translation>Data pribadi disimpan</translation>
    </message>
    <message>
        <location filename="../subject_access/export.py" line="84"/>
        <source>&amp;Open folder</source>
        <translation>&amp;Buka folder</translation>
    </message>
</context>
<context>
    <name>SummonsDialog</name>
    <message>
        <location filename="../case_view/summons_dialog.py" line="24"/>
        <source>Summon the placement agency — {number}</source>
        <translation>Panggil perusahaan penempatan — {number}</translation>
    </message>
    <message>
        <location filename="../case_view/summons_dialog.py" line="26"/>
        <source>&amp;Save summons</source>
        <translation>&amp;Simpan panggilan</translation>
    </message>
    <message>
        <location filename="../case_view/summons_dialog.py" line="34"/>
        <source>&amp;Agency (PPTKIS):</source>
        <translation>&amp;Perusahaan (PPTKIS):</translation>
    </message>
    <message>
        <location filename="../case_view/summons_dialog.py" line="41"/>
        <source>Named at intake: {name}</source>
        <translation>Disebut saat pengaduan: {name}</translation>
    </message>
    <message>
        <location filename="../case_view/summons_dialog.py" line="53"/>
        <source>e.g. B.45/BP3TKI-SBY/XII/2026</source>
        <translation>mis. B.45/BP3TKI-SBY/XII/2026</translation>
    </message>
    <message>
        <location filename="../case_view/summons_dialog.py" line="54"/>
        <source>&amp;Letter number:</source>
        <translation>&amp;Nomor surat:</translation>
    </message>
    <message>
        <location filename="../case_view/summons_dialog.py" line="59"/>
        <source>Meeting &amp;date:</source>
        <translation>&amp;Tanggal pertemuan:</translation>
    </message>
    <message>
        <location filename="../case_view/summons_dialog.py" line="61"/>
        <source>e.g. 09.30</source>
        <translation>mis. 09.30</translation>
    </message>
    <message>
        <location filename="../case_view/summons_dialog.py" line="63"/>
        <source>Meeting &amp;time ({zone}):</source>
        <translation>&amp;Jam pertemuan ({zone}):</translation>
    </message>
    <message>
        <location filename="../case_view/summons_dialog.py" line="66"/>
        <source>&amp;Place:</source>
        <translation>Te&amp;mpat:</translation>
    </message>
    <message>
        <location filename="../case_view/summons_dialog.py" line="73"/>
        <source>{name} did not attend {count} earlier summonses and is flagged in the directory. You can still summon it; tell your supervisor.</source>
        <translation>{name} tidak memenuhi {count} panggilan sebelumnya dan ditandai di direktori. Panggilan tetap dapat dibuat; beri tahu kepala seksi.</translation>
    </message>
</context>
<context>
    <name>SummonsOutcomeDialog</name>
    <message>
        <location filename="../case_view/summons_outcome_dialog.py" line="22"/>
        <source>Outcome of the meeting with {agency}</source>
        <translation>Hasil pertemuan dengan {agency}</translation>
    </message>
    <message>
        <location filename="../case_view/summons_outcome_dialog.py" line="24"/>
        <source>&amp;Save outcome</source>
        <translation>&amp;Simpan hasil</translation>
    </message>
    <message>
        <location filename="../case_view/summons_outcome_dialog.py" line="26"/>
        <source>Meeting {when} · {place}</source>
        <translation>Pertemuan {when} · {place}</translation>
    </message>
    <message>
        <location filename="../case_view/summons_outcome_dialog.py" line="35"/>
        <source>&amp;Attendance:</source>
        <translation>&amp;Kehadiran:</translation>
    </message>
    <message>
        <location filename="../case_view/summons_outcome_dialog.py" line="38"/>
        <source>What the agency said or agreed to do, e.g. return the passport by Friday</source>
        <translation>Apa yang disampaikan atau disanggupi perusahaan, mis. mengembalikan paspor paling lambat Jumat</translation>
    </message>
    <message>
        <location filename="../case_view/summons_outcome_dialog.py" line="40"/>
        <source>&amp;Result:</source>
        <translation>&amp;Hasil:</translation>
    </message>
</context>
<context>
    <name>SyncLogDialog</name>
    <message>
        <location filename="../sync/log_dialog.py" line="20"/>
        <source>Sync history</source>
        <translation>Riwayat sinkronisasi</translation>
    </message>
    <message>
        <location filename="../sync/log_dialog.py" line="22"/>
        <source>Each synchronisation with the central server, newest first. Times are in the office&apos;s time zone ({tz}).</source>
        <translation>Setiap sinkronisasi dengan server pusat, terbaru di atas. Waktu menurut zona waktu kantor ({tz}).</translation>
    </message>
    <message>
        <location filename="../sync/log_dialog.py" line="26"/>
        <source>When</source>
        <translation>Waktu</translation>
    </message>
    <message>
        <location filename="../sync/log_dialog.py" line="26"/>
        <source>Result</source>
        <translation>Hasil</translation>
    </message>
    <message>
        <location filename="../sync/log_dialog.py" line="26"/>
        <source>Sent</source>
        <translation>Dikirim</translation>
    </message>
    <message>
        <location filename="../sync/log_dialog.py" line="26"/>
        <source>Received</source>
        <translation>Diterima</translation>
    </message>
    <message>
        <location filename="../sync/log_dialog.py" line="27"/>
        <source>Data</source>
        <translation>Data</translation>
    </message>
    <message>
        <location filename="../sync/log_dialog.py" line="27"/>
        <source>Problem</source>
        <translation>Masalah</translation>
    </message>
    <message>
        <location filename="../sync/log_dialog.py" line="33"/>
        <source>No synchronisation has run on this computer yet.</source>
        <translation>Belum pernah ada sinkronisasi di komputer ini.</translation>
    </message>
    <message>
        <location filename="../sync/log_dialog.py" line="43"/>
        <source>{n} requests to the server</source>
        <translation>{n} permintaan ke server</translation>
    </message>
    <message>
        <location filename="../sync/log_dialog.py" line="45"/>
        <source>Started {start}, finished {end}</source>
        <translation>Mulai {start}, selesai {end}</translation>
    </message>
    <message>
        <location filename="../sync/log_dialog.py" line="48"/>
        <source>Changes sent to the server</source>
        <translation>Perubahan yang dikirim ke server</translation>
    </message>
    <message>
        <location filename="../sync/log_dialog.py" line="49"/>
        <source>Changes received from the server</source>
        <translation>Perubahan yang diterima dari server</translation>
    </message>
</context>
<context>
    <name>SyncText</name>
    <message>
        <location filename="../sync/describe.py" line="28"/>
        <source>Sending</source>
        <translation>Mengirim</translation>
    </message>
    <message>
        <location filename="../sync/describe.py" line="29"/>
        <source>Receiving</source>
        <translation>Menerima</translation>
    </message>
    <message>
        <location filename="../sync/describe.py" line="30"/>
        <source>Checking</source>
        <translation>Memeriksa</translation>
    </message>
    <message>
        <location filename="../sync/describe.py" line="31"/>
        <source>Restoring</source>
        <translation>Memulihkan</translation>
    </message>
    <message>
        <location filename="../sync/describe.py" line="32"/>
        <source>Uploading attachments</source>
        <translation>Mengunggah lampiran</translation>
    </message>
    <message>
        <location filename="../sync/describe.py" line="33"/>
        <source>Downloading attachment</source>
        <translation>Mengunduh lampiran</translation>
    </message>
    <message>
        <location filename="../sync/describe.py" line="34"/>
        <source>Receiving cases</source>
        <translation>Menerima kasus</translation>
    </message>
    <message>
        <location filename="../sync/describe.py" line="37"/>
        <source>Succeeded</source>
        <translation>Berhasil</translation>
    </message>
    <message>
        <location filename="../sync/describe.py" line="38"/>
        <source>Done, but this computer&apos;s clock is wrong</source>
        <translation>Selesai, tetapi jam komputer ini tidak tepat</translation>
    </message>
    <message>
        <location filename="../sync/describe.py" line="39"/>
        <source>Offline: the server could not be reached</source>
        <translation>Luring: server tidak dapat dihubungi</translation>
    </message>
    <message>
        <location filename="../sync/describe.py" line="40"/>
        <location filename="../sync/describe.py" line="229"/>
        <source>Access revoked</source>
        <translation>Akses dicabut</translation>
    </message>
    <message>
        <location filename="../sync/describe.py" line="41"/>
        <source>Failed</source>
        <translation>Gagal</translation>
    </message>
    <message>
        <location filename="../sync/describe.py" line="48"/>
        <source>Synchronising</source>
        <translation>Menyinkronkan</translation>
    </message>
    <message>
        <location filename="../sync/describe.py" line="94"/>
        <source>All changes sent</source>
        <translation>Semua perubahan terkirim</translation>
    </message>
    <message>
        <location filename="../sync/describe.py" line="96"/>
        <source>1 change waiting to be sent</source>
        <translation>1 perubahan menunggu dikirim</translation>
    </message>
    <message>
        <location filename="../sync/describe.py" line="97"/>
        <source>{n} changes waiting to be sent</source>
        <translation>{n} perubahan menunggu dikirim</translation>
    </message>
    <message>
        <location filename="../sync/describe.py" line="122"/>
        <source>Receiving cases: {done} of {total}</source>
        <translation>Menerima kasus: {done} dari {total}</translation>
    </message>
    <message>
        <location filename="../sync/describe.py" line="140"/>
        <source>Only on this computer</source>
        <translation>Hanya di komputer ini</translation>
    </message>
    <message>
        <location filename="../sync/describe.py" line="141"/>
        <source>Not connected to a server: the data is kept on this computer only.</source>
        <translation>Tidak terhubung ke server: data hanya tersimpan di komputer ini.</translation>
    </message>
    <message>
        <location filename="../sync/describe.py" line="149"/>
        <location filename="../sync/describe.py" line="190"/>
        <source>Connecting…</source>
        <translation>Menghubungkan…</translation>
    </message>
    <message>
        <location filename="../sync/describe.py" line="152"/>
        <source>Last sync: {when}</source>
        <translation>Sinkron terakhir: {when}</translation>
    </message>
    <message>
        <location filename="../sync/describe.py" line="153"/>
        <source>Not synchronised yet</source>
        <translation>Belum pernah sinkron</translation>
    </message>
    <message>
        <location filename="../sync/describe.py" line="158"/>
        <source>Sync stopped after an unexpected error; your data is safe on this computer. Close and reopen the application; if it happens again, tell the office IT (the log file has the details).</source>
        <translation>Sinkronisasi berhenti karena kesalahan tak terduga; data Anda aman di komputer ini. Tutup lalu buka lagi aplikasi; jika terulang, beri tahu petugas TI kantor (rinciannya ada di berkas log).</translation>
    </message>
    <message>
        <location filename="../sync/describe.py" line="162"/>
        <source>Sync stopped</source>
        <translation>Sinkronisasi berhenti</translation>
    </message>
    <message>
        <location filename="../sync/describe.py" line="168"/>
        <source>It is about 1 minute ahead of the server.</source>
        <translation>Jam ini lebih cepat sekitar 1 menit dari server.</translation>
    </message>
    <message>
        <location filename="../sync/describe.py" line="170"/>
        <source>It is about {n} minutes ahead of the server.</source>
        <translation>Jam ini lebih cepat sekitar {n} menit dari server.</translation>
    </message>
    <message>
        <location filename="../sync/describe.py" line="172"/>
        <source>This computer&apos;s clock is wrong; correct the date and time.</source>
        <translation>Jam komputer ini tidak tepat; perbaiki tanggal dan jam.</translation>
    </message>
    <message>
        <location filename="../sync/describe.py" line="174"/>
        <source>Clock wrong</source>
        <translation>Jam tidak tepat</translation>
    </message>
    <message>
        <location filename="../sync/describe.py" line="177"/>
        <source>Your data is safe on this computer and will be sent when the connection returns.</source>
        <translation>Data Anda aman di komputer ini dan akan dikirim saat koneksi tersambung kembali.</translation>
    </message>
    <message>
        <location filename="../sync/describe.py" line="218"/>
        <source>Reason: {reason}. The data on this computer can still be read.</source>
        <translation>Alasan: {reason}. Data di komputer ini tetap dapat dibaca.</translation>
    </message>
    <message>
        <location filename="../sync/describe.py" line="221"/>
        <source>The data on this computer can still be read.</source>
        <translation>Data di komputer ini tetap dapat dibaca.</translation>
    </message>
    <message>
        <location filename="../sync/describe.py" line="179"/>
        <source>Offline</source>
        <translation>Luring</translation>
    </message>
    <message>
        <location filename="../sync/describe.py" line="182"/>
        <source>Sync will try again by itself.</source>
        <translation>Sinkronisasi akan dicoba lagi dengan sendirinya.</translation>
    </message>
    <message>
        <location filename="../sync/describe.py" line="184"/>
        <source>Sync failed</source>
        <translation>Sinkronisasi gagal</translation>
    </message>
    <message>
        <location filename="../sync/describe.py" line="188"/>
        <source>Synchronising…</source>
        <translation>Menyinkronkan…</translation>
    </message>
    <message>
        <location filename="../sync/describe.py" line="192"/>
        <source>Online</source>
        <translation>Daring</translation>
    </message>
    <message>
        <location filename="../sync/describe.py" line="200"/>
        <source>1 conflict to resolve</source>
        <translation>1 perbedaan data perlu diputuskan</translation>
    </message>
    <message>
        <location filename="../sync/describe.py" line="202"/>
        <source>{n} conflicts to resolve</source>
        <translation>{n} perbedaan data perlu diputuskan</translation>
    </message>
    <message>
        <location filename="../sync/describe.py" line="205"/>
        <source>1 change refused</source>
        <translation>1 perubahan ditolak</translation>
    </message>
    <message>
        <location filename="../sync/describe.py" line="207"/>
        <source>{n} changes refused</source>
        <translation>{n} perubahan ditolak</translation>
    </message>
    <message>
        <location filename="../sync/describe.py" line="225"/>
        <source>1 change not sent</source>
        <translation>1 perubahan tidak terkirim</translation>
    </message>
    <message>
        <location filename="../sync/describe.py" line="227"/>
        <source>{n} changes not sent</source>
        <translation>{n} perubahan tidak terkirim</translation>
    </message>
</context>
<context>
    <name>TableDialog</name>
    <message>
        <location filename="../sync/table_dialog.py" line="54"/>
        <source>&amp;Refresh</source>
        <translation>&amp;Segarkan</translation>
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
        <translation>Petugas penanganan dilepas: {name}</translation>
    </message>
    <message>
        <location filename="../case_view/timeline_view.py" line="101"/>
        <source>Channel: {channel}</source>
        <translation>Saluran: {channel}</translation>
    </message>
    <message>
        <location filename="../case_view/timeline_view.py" line="104"/>
        <source>Next contact due {date}</source>
        <translation>Kontak berikutnya {date}</translation>
    </message>
    <message>
        <location filename="../case_view/timeline_view.py" line="108"/>
        <location filename="../case_view/timeline_view.py" line="127"/>
        <source>Duplicate of {number}</source>
        <translation>Duplikat dari {number}</translation>
    </message>
    <message>
        <location filename="../case_view/timeline_view.py" line="126"/>
        <source>Related to case {number}</source>
        <translation>Terkait dengan kasus {number}</translation>
    </message>
    <message>
        <location filename="../case_view/timeline_view.py" line="128"/>
        <source>Kept; case {number} is its duplicate</source>
        <translation>Dipertahankan; kasus {number} duplikatnya</translation>
    </message>
    <message>
        <location filename="../case_view/timeline_view.py" line="130"/>
        <source>Checked: not the same as case {number}</source>
        <translation>Sudah diperiksa: bukan kasus yang sama dengan {number}</translation>
    </message>
    <message>
        <location filename="../case_view/timeline_view.py" line="143"/>
        <source>The account was removed from this PC: the case waits for a new handling officer.</source>
        <translation>Akun petugas dihapus dari PC ini: kasus menunggu petugas penanganan baru.</translation>
    </message>
    <message>
        <location filename="../case_view/timeline_view.py" line="147"/>
        <source>Unassigned by {name}</source>
        <translation>Dilepas oleh {name}</translation>
    </message>
    <message>
        <location filename="../case_view/timeline_view.py" line="150"/>
        <source>Taken by {name} for themselves</source>
        <translation>Diambil sendiri oleh {name}</translation>
    </message>
    <message>
        <location filename="../case_view/timeline_view.py" line="152"/>
        <source>Assigned by {name}</source>
        <translation>Ditetapkan oleh {name}</translation>
    </message>
    <message>
        <location filename="../case_view/timeline_view.py" line="155"/>
        <source>The proposal by {proposer} was set aside: {name} closed the case directly</source>
        <translation>Usulan {proposer} dikesampingkan: {name} menutup kasus secara langsung</translation>
    </message>
    <message>
        <location filename="../case_view/timeline_view.py" line="158"/>
        <source>Proposal by {proposer} returned by {name}</source>
        <translation>Usulan {proposer} dikembalikan oleh {name}</translation>
    </message>
    <message>
        <location filename="../case_view/timeline_view.py" line="163"/>
        <source>Proposed by {proposer}, approved by {name}</source>
        <translation>Diusulkan oleh {proposer}, disetujui oleh {name}</translation>
    </message>
    <message>
        <location filename="../case_view/timeline_view.py" line="168"/>
        <source>Closed directly by {name}, without anyone else&apos;s approval</source>
        <translation>Ditutup langsung oleh {name}, tanpa persetujuan pihak lain</translation>
    </message>
    <message>
        <location filename="../case_view/timeline_view.py" line="198"/>
        <source>Tried to reach {name}</source>
        <translation>Mencoba menghubungi {name}</translation>
    </message>
    <message>
        <location filename="../case_view/timeline_view.py" line="200"/>
        <source>Spoke with {name}</source>
        <translation>Berbicara dengan {name}</translation>
    </message>
    <message>
        <location filename="../case_view/timeline_view.py" line="224"/>
        <source>Timeline</source>
        <translation>Linimasa</translation>
    </message>
    <message>
        <location filename="../case_view/timeline_view.py" line="249"/>
        <source>Nothing recorded yet.</source>
        <translation>Belum ada catatan.</translation>
    </message>
</context>
<context>
    <name>UrgentDialog</name>
    <message>
        <location filename="../case_view/urgent_dialog.py" line="29"/>
        <source>Flag {number} urgent</source>
        <translation>Tandai {number} mendesak</translation>
    </message>
    <message>
        <location filename="../case_view/urgent_dialog.py" line="30"/>
        <source>&amp;Flag urgent</source>
        <translation>&amp;Tandai mendesak</translation>
    </message>
    <message>
        <location filename="../case_view/urgent_dialog.py" line="31"/>
        <source>Urgent cases go to the top of every list. Say why, so whoever opens the case next understands at once.</source>
        <translation>Kasus mendesak tampil paling atas di setiap daftar. Tulis alasannya, agar siapa pun yang membuka kasus ini berikutnya langsung paham.</translation>
    </message>
    <message>
        <location filename="../case_view/urgent_dialog.py" line="35"/>
        <source>e.g. The worker is held by the employer and threatened</source>
        <translation>mis. TKI ditahan dan diancam majikan</translation>
    </message>
    <message>
        <location filename="../case_view/urgent_dialog.py" line="37"/>
        <source>&amp;Reason:</source>
        <translation>&amp;Alasan:</translation>
    </message>
    <message>
        <location filename="../case_view/urgent_dialog.py" line="41"/>
        <source>Clear the urgent flag of {number}</source>
        <translation>Cabut tanda mendesak {number}</translation>
    </message>
    <message>
        <location filename="../case_view/urgent_dialog.py" line="43"/>
        <source>&amp;Clear flag</source>
        <translation>Ca&amp;but tanda</translation>
    </message>
    <message>
        <location filename="../case_view/urgent_dialog.py" line="47"/>
        <source>Flagged because:</source>
        <translation>Ditandai karena:</translation>
    </message>
    <message>
        <location filename="../case_view/urgent_dialog.py" line="50"/>
        <source>The case stays urgent: its category ({category}) is urgent by itself.</source>
        <translation>Kasus tetap mendesak: kategorinya ({category}) memang mendesak.</translation>
    </message>
    <message>
        <location filename="../case_view/urgent_dialog.py" line="55"/>
        <source>Optional: why it is no longer urgent</source>
        <translation>Opsional: mengapa tidak lagi mendesak</translation>
    </message>
    <message>
        <location filename="../case_view/urgent_dialog.py" line="56"/>
        <source>N&amp;ote:</source>
        <translation>&amp;Catatan:</translation>
    </message>
</context>
<context>
    <name>WithdrawDialog</name>
    <message>
        <location filename="../case_view/reply_dialog.py" line="76"/>
        <source>Withdraw the referral to {addressee}</source>
        <translation>Tarik rujukan kepada {addressee}</translation>
    </message>
    <message>
        <location filename="../case_view/reply_dialog.py" line="78"/>
        <source>&amp;Withdraw referral</source>
        <translation>&amp;Tarik rujukan</translation>
    </message>
    <message>
        <location filename="../case_view/reply_dialog.py" line="81"/>
        <source>Why it is withdrawn (optional)</source>
        <translation>Alasan rujukan ditarik (boleh dikosongkan)</translation>
    </message>
    <message>
        <location filename="../case_view/reply_dialog.py" line="82"/>
        <source>&amp;Note:</source>
        <translation>&amp;Catatan:</translation>
    </message>
</context>
<context>
    <name>_PasswordForm</name>
    <message>
        <location filename="../password_dialog.py" line="78"/>
        <source>The two new passwords do not match.</source>
        <translation>Kedua kata sandi baru tidak sama.</translation>
    </message>
    <message>
        <location filename="../password_dialog.py" line="135"/>
        <source>&amp;Save</source>
        <translation>&amp;Simpan</translation>
    </message>
    <message>
        <location filename="../password_dialog.py" line="136"/>
        <source>Cancel</source>
        <translation>Batal</translation>
    </message>
    <message>
        <location filename="../password_dialog.py" line="138"/>
        <source>at least {n} characters</source>
        <translation>minimal {n} karakter</translation>
    </message>
</context>
</TS>
