<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="id_ID">
<context>
    <name>AccountsDialog</name>
    <message>
        <location filename="../accounts_dialog.py" line="134"/>
        <source>Yes</source>
        <translation>Ya</translation>
    </message>
    <message>
        <location filename="../accounts_dialog.py" line="134"/>
        <source>No (removed)</source>
        <translation>Tidak (dihapus)</translation>
    </message>
    <message>
        <location filename="../accounts_dialog.py" line="175"/>
        <source>The password of {username} was reset.</source>
        <translation>Kata sandi {username} sudah diatur ulang.</translation>
    </message>
    <message>
        <location filename="../accounts_dialog.py" line="183"/>
        <source>Remove account</source>
        <translation>Hapus akun</translation>
    </message>
    <message>
        <location filename="../accounts_dialog.py" line="184"/>
        <source>Remove the account of {name} ({username})?

They will no longer be able to log in on this PC. What they recorded stays in the cases and the audit trail.</source>
        <translation>Hapus akun {name} ({username})?

Orang ini tidak dapat lagi masuk di komputer ini. Apa yang sudah dicatatnya tetap ada di kasus dan jejak audit.</translation>
    </message>
    <message>
        <location filename="../accounts_dialog.py" line="199"/>
        <source>The account {username} was removed.</source>
        <translation>Akun {username} sudah dihapus.</translation>
    </message>
    <message>
        <location filename="../accounts_dialog.py" line="229"/>
        <source>Staff accounts</source>
        <translation>Akun petugas</translation>
    </message>
    <message>
        <location filename="../accounts_dialog.py" line="231"/>
        <source>Each person logs in with their own account; what they record is signed with it. Remove the account of someone who leaves the office.</source>
        <translation>Setiap petugas masuk dengan akunnya sendiri; semua yang dicatat ditandai dengan akun itu. Hapus akun petugas yang sudah tidak bertugas di kantor ini.</translation>
    </message>
    <message>
        <location filename="../accounts_dialog.py" line="234"/>
        <source>Username</source>
        <translation>Nama pengguna</translation>
    </message>
    <message>
        <location filename="../accounts_dialog.py" line="234"/>
        <source>Full name</source>
        <translation>Nama lengkap</translation>
    </message>
    <message>
        <location filename="../accounts_dialog.py" line="234"/>
        <source>Role</source>
        <translation>Peran</translation>
    </message>
    <message>
        <location filename="../accounts_dialog.py" line="234"/>
        <source>Active</source>
        <translation>Aktif</translation>
    </message>
    <message>
        <location filename="../accounts_dialog.py" line="235"/>
        <source>&amp;Add…</source>
        <translation>&amp;Tambah…</translation>
    </message>
    <message>
        <location filename="../accounts_dialog.py" line="236"/>
        <source>&amp;Reset password…</source>
        <translation>Atur &amp;ulang kata sandi…</translation>
    </message>
    <message>
        <location filename="../accounts_dialog.py" line="237"/>
        <source>Re&amp;move…</source>
        <translation>&amp;Hapus…</translation>
    </message>
    <message>
        <location filename="../accounts_dialog.py" line="238"/>
        <source>Close</source>
        <translation>Tutup</translation>
    </message>
</context>
<context>
    <name>AddUserDialog</name>
    <message>
        <location filename="../accounts_dialog.py" line="300"/>
        <source>Add an account</source>
        <translation>Tambah akun</translation>
    </message>
    <message>
        <location filename="../accounts_dialog.py" line="301"/>
        <source>&amp;Username:</source>
        <translation>Nama &amp;pengguna:</translation>
    </message>
    <message>
        <location filename="../accounts_dialog.py" line="301"/>
        <source>&amp;Full name:</source>
        <translation>Nama &amp;lengkap:</translation>
    </message>
    <message>
        <location filename="../accounts_dialog.py" line="302"/>
        <source>&amp;Role:</source>
        <translation>Pe&amp;ran:</translation>
    </message>
    <message>
        <location filename="../accounts_dialog.py" line="302"/>
        <source>&amp;Password:</source>
        <translation>&amp;Kata sandi:</translation>
    </message>
    <message>
        <location filename="../accounts_dialog.py" line="303"/>
        <source>&amp;Confirm password:</source>
        <translation>Ulan&amp;gi kata sandi:</translation>
    </message>
    <message>
        <location filename="../accounts_dialog.py" line="306"/>
        <source>e.g. siti.a</source>
        <translation>mis. siti.a</translation>
    </message>
    <message>
        <location filename="../accounts_dialog.py" line="307"/>
        <source>at least 8 characters</source>
        <translation>minimal 8 karakter</translation>
    </message>
    <message>
        <location filename="../accounts_dialog.py" line="310"/>
        <source>&amp;Add</source>
        <translation>&amp;Tambah</translation>
    </message>
    <message>
        <location filename="../accounts_dialog.py" line="311"/>
        <source>Cancel</source>
        <translation>Batal</translation>
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
        <location filename="../case_view/attachments_panel.py" line="117"/>
        <source>Scans and photos attached here are kept encrypted on this PC and open inside the application. Only “Save a copy…” writes a file, where you choose.</source>
        <translation>Hasil pindaian dan foto yang dilampirkan di sini disimpan terenkripsi di komputer ini dan dibuka di dalam aplikasi. Hanya “Simpan salinan…” yang menulis berkas, di tempat yang Anda pilih.</translation>
    </message>
    <message>
        <location filename="../case_view/attachments_panel.py" line="119"/>
        <source>File name</source>
        <translation>Nama berkas</translation>
    </message>
    <message>
        <location filename="../case_view/attachments_panel.py" line="119"/>
        <source>Type</source>
        <translation>Jenis</translation>
    </message>
    <message>
        <location filename="../case_view/attachments_panel.py" line="119"/>
        <source>Size</source>
        <translation>Ukuran</translation>
    </message>
    <message>
        <location filename="../case_view/attachments_panel.py" line="120"/>
        <source>Added</source>
        <translation>Ditambahkan</translation>
    </message>
    <message>
        <location filename="../case_view/attachments_panel.py" line="120"/>
        <source>By</source>
        <translation>Oleh</translation>
    </message>
    <message>
        <location filename="../case_view/attachments_panel.py" line="120"/>
        <source>State</source>
        <translation>Keadaan</translation>
    </message>
    <message>
        <location filename="../case_view/attachments_panel.py" line="121"/>
        <source>Attachments</source>
        <translation>Lampiran</translation>
    </message>
    <message>
        <location filename="../case_view/attachments_panel.py" line="122"/>
        <source>No attachments yet.</source>
        <translation>Belum ada lampiran.</translation>
    </message>
    <message>
        <location filename="../case_view/attachments_panel.py" line="123"/>
        <source>Attac&amp;h file…</source>
        <translation>Lampirkan &amp;berkas…</translation>
    </message>
    <message>
        <location filename="../case_view/attachments_panel.py" line="124"/>
        <source>Ope&amp;n</source>
        <translation>B&amp;uka</translation>
    </message>
    <message>
        <location filename="../case_view/attachments_panel.py" line="125"/>
        <source>Save a cop&amp;y…</source>
        <translation>Simpan sali&amp;nan…</translation>
    </message>
    <message>
        <location filename="../case_view/attachments_panel.py" line="143"/>
        <source>not downloaded yet</source>
        <translation>belum diunduh</translation>
    </message>
    <message>
        <location filename="../case_view/attachments_panel.py" line="151"/>
        <source>The content arrives with the next sync; it cannot be opened before.</source>
        <translation>Isinya tiba pada sinkronisasi berikutnya; sebelum itu lampiran belum dapat dibuka.</translation>
    </message>
    <message>
        <location filename="../case_view/attachments_panel.py" line="173"/>
        <source>Your role cannot attach files.</source>
        <translation>Peran Anda tidak dapat melampirkan berkas.</translation>
    </message>
    <message>
        <location filename="../case_view/attachments_panel.py" line="178"/>
        <location filename="../case_view/attachments_panel.py" line="265"/>
        <source>Your role cannot save copies of attachments.</source>
        <translation>Peran Anda tidak dapat menyimpan salinan lampiran.</translation>
    </message>
    <message>
        <location filename="../case_view/attachments_panel.py" line="182"/>
        <source>“{name}” is not on this PC yet: “Open” downloads it from the central server ({size}).</source>
        <translation>“{name}” belum ada di komputer ini: “Buka” mengunduhnya dari server pusat ({size}).</translation>
    </message>
    <message>
        <location filename="../case_view/attachments_panel.py" line="187"/>
        <source>“{name}” has not been downloaded to this PC yet. It can be opened after the next sync with the server.</source>
        <translation>“{name}” belum diunduh ke komputer ini. Lampiran dapat dibuka setelah sinkronisasi berikutnya dengan server.</translation>
    </message>
    <message>
        <location filename="../case_view/attachments_panel.py" line="215"/>
        <source>Choosing a file…</source>
        <translation>Memilih berkas…</translation>
    </message>
    <message>
        <location filename="../case_view/attachments_panel.py" line="225"/>
        <source>Attach a scan or photo</source>
        <translation>Lampirkan hasil pindaian atau foto</translation>
    </message>
    <message>
        <location filename="../case_view/attachments_panel.py" line="226"/>
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
        <location filename="../case_view/attachments_panel.py" line="316"/>
        <source>“{name}” could not be downloaded: the central server cannot be reached. Try again when this computer is online.</source>
        <translation>“{name}” tidak dapat diunduh: server pusat tidak dapat dihubungi. Coba lagi saat komputer ini tersambung.</translation>
    </message>
    <message>
        <location filename="../case_view/attachments_panel.py" line="320"/>
        <source>Sync is not running on this computer, so “{name}” cannot be downloaded.</source>
        <translation>Sinkronisasi tidak berjalan di komputer ini, jadi “{name}” tidak dapat diunduh.</translation>
    </message>
    <message>
        <location filename="../case_view/attachments_panel.py" line="340"/>
        <source>Save a copy of the attachment</source>
        <translation>Simpan salinan lampiran</translation>
    </message>
    <message>
        <location filename="../case_view/attachments_panel.py" line="341"/>
        <source>{kind} files ({patterns})</source>
        <translation>Berkas {kind} ({patterns})</translation>
    </message>
    <message>
        <location filename="../case_view/attachments_panel.py" line="348"/>
        <source>Saving a copy…</source>
        <translation>Menyimpan salinan…</translation>
    </message>
    <message>
        <location filename="../case_view/attachments_panel.py" line="354"/>
        <source>A copy was saved to {path}</source>
        <translation>Salinan disimpan di {path}</translation>
    </message>
</context>
<context>
    <name>CaseHeader</name>
    <message>
        <location filename="../case_view/header.py" line="70"/>
        <source>Received {when} · {office}</source>
        <translation>Diterima {when} · {office}</translation>
    </message>
    <message>
        <location filename="../case_view/header.py" line="74"/>
        <source>Worker: {worker}   ·   Complainant: {complainant}</source>
        <translation>TKI: {worker}   ·   Pengadu: {complainant}</translation>
    </message>
    <message>
        <location filename="../case_view/header.py" line="80"/>
        <source>No next contact planned</source>
        <translation>Belum ada jadwal kontak berikutnya</translation>
    </message>
    <message>
        <location filename="../case_view/header.py" line="89"/>
        <source>Next contact OVERDUE since {date}</source>
        <translation>Kontak berikutnya TERLAMBAT sejak {date}</translation>
    </message>
    <message>
        <location filename="../case_view/header.py" line="92"/>
        <source>Next contact due {date}</source>
        <translation>Kontak berikutnya {date}</translation>
    </message>
</context>
<context>
    <name>CaseListModel</name>
    <message>
        <location filename="../case_list_model.py" line="142"/>
        <source>Case number</source>
        <translation>Nomor kasus</translation>
    </message>
    <message>
        <location filename="../case_list_model.py" line="142"/>
        <source>Received</source>
        <translation>Diterima</translation>
    </message>
    <message>
        <location filename="../case_list_model.py" line="142"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../case_list_model.py" line="142"/>
        <source>Category</source>
        <translation>Jenis pengaduan</translation>
    </message>
    <message>
        <location filename="../case_list_model.py" line="143"/>
        <source>Worker</source>
        <translation>TKI</translation>
    </message>
    <message>
        <location filename="../case_list_model.py" line="143"/>
        <source>Complainant</source>
        <translation>Pengadu</translation>
    </message>
    <message>
        <location filename="../case_list_model.py" line="143"/>
        <source>Destination</source>
        <translation>Negara tujuan</translation>
    </message>
    <message>
        <location filename="../case_list_model.py" line="144"/>
        <source>Next contact</source>
        <translation>Kontak berikutnya</translation>
    </message>
    <message>
        <location filename="../case_list_model.py" line="178"/>
        <source>{number}: {n} conflicting change(s) to decide — the same detail was changed in two places at once. Open the case to choose.</source>
        <translation>{number}: {n} perubahan yang bertentangan menunggu keputusan — data yang sama diubah di dua tempat sekaligus. Buka kasusnya untuk memilih.</translation>
    </message>
    <message>
        <location filename="../case_list_model.py" line="182"/>
        <source>Follow-up overdue: the complainant was to be contacted by {date}.</source>
        <translation>Tindak lanjut terlambat: pengadu seharusnya dihubungi paling lambat {date}.</translation>
    </message>
</context>
<context>
    <name>CaseWindow</name>
    <message>
        <location filename="../case_view/case_window.py" line="124"/>
        <source>Case — Halo TKI Desk</source>
        <translation>Kasus — Halo TKI Desk</translation>
    </message>
    <message>
        <location filename="../case_view/case_window.py" line="125"/>
        <source>Loading the case…</source>
        <translation>Memuat kasus…</translation>
    </message>
    <message>
        <location filename="../case_view/case_window.py" line="152"/>
        <source>&amp;Details</source>
        <translation>&amp;Rincian</translation>
    </message>
    <message>
        <location filename="../case_view/case_window.py" line="155"/>
        <source>D&amp;ocuments</source>
        <translation>&amp;Dokumen</translation>
    </message>
    <message>
        <location filename="../case_view/case_window.py" line="157"/>
        <source>&amp;Attachments</source>
        <translation>L&amp;ampiran</translation>
    </message>
    <message>
        <location filename="../case_view/case_window.py" line="130"/>
        <source>&amp;Timeline (newest first)</source>
        <translation>&amp;Linimasa (terbaru di atas)</translation>
    </message>
    <message>
        <location filename="../case_view/case_window.py" line="132"/>
        <source>Add resolution &amp;step…</source>
        <translation>Tambah &amp;langkah penanganan…</translation>
    </message>
    <message>
        <location filename="../case_view/case_window.py" line="133"/>
        <source>Contact with the &amp;family…</source>
        <translation>Kontak dengan &amp;keluarga…</translation>
    </message>
    <message>
        <location filename="../case_view/case_window.py" line="134"/>
        <source>Change &amp;status…</source>
        <translation>Ubah &amp;status…</translation>
    </message>
    <message>
        <location filename="../case_view/case_window.py" line="135"/>
        <source>&amp;Edit details…</source>
        <translation>&amp;Perbaiki data…</translation>
    </message>
    <message>
        <location filename="../case_view/case_window.py" line="136"/>
        <source>&amp;Print receipt…</source>
        <translation>&amp;Cetak tanda terima…</translation>
    </message>
    <message>
        <location filename="../case_view/case_window.py" line="137"/>
        <source>&amp;Reload</source>
        <translation>&amp;Muat ulang</translation>
    </message>
    <message>
        <location filename="../case_view/case_window.py" line="138"/>
        <source>&amp;Close</source>
        <translation>&amp;Tutup</translation>
    </message>
    <message>
        <location filename="../case_view/case_window.py" line="139"/>
        <source>Assi&amp;gn to an office…</source>
        <translation>Tu&amp;gaskan ke kantor…</translation>
    </message>
    <message>
        <location filename="../case_view/case_window.py" line="140"/>
        <source>&amp;Transfer to another office…</source>
        <translation>Pi&amp;ndahkan ke kantor lain…</translation>
    </message>
    <message>
        <location filename="../case_view/case_window.py" line="142"/>
        <source>Case actions</source>
        <translation>Tindakan kasus</translation>
    </message>
    <message>
        <location filename="../case_view/case_window.py" line="195"/>
        <source>Your role cannot do this.</source>
        <translation>Peran Anda tidak dapat melakukan ini.</translation>
    </message>
    <message>
        <location filename="../case_view/case_window.py" line="198"/>
        <location filename="../case_view/case_window.py" line="200"/>
        <source>Your role cannot add to the timeline.</source>
        <translation>Peran Anda tidak dapat menambah linimasa.</translation>
    </message>
    <message>
        <location filename="../case_view/case_window.py" line="202"/>
        <source>Your role cannot correct case details.</source>
        <translation>Peran Anda tidak dapat memperbaiki data kasus.</translation>
    </message>
    <message>
        <location filename="../case_view/case_window.py" line="204"/>
        <source>Your role cannot print receipts.</source>
        <translation>Peran Anda tidak dapat mencetak tanda terima.</translation>
    </message>
    <message>
        <location filename="../case_view/case_window.py" line="233"/>
        <source>Only a case received at central can be assigned; transfer it instead.</source>
        <translation>Hanya kasus yang diterima di pusat yang dapat ditugaskan; gunakan pemindahan kasus.</translation>
    </message>
    <message>
        <location filename="../case_view/case_window.py" line="234"/>
        <location filename="../case_view/case_window.py" line="235"/>
        <source>Your role cannot move cases.</source>
        <translation>Peran Anda tidak dapat memindahkan kasus.</translation>
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
        <translation>Peran Anda tidak dapat mengubah dokumen.</translation>
    </message>
    <message>
        <location filename="../case_view/case_window.py" line="154"/>
        <source>D&amp;ocuments ({missing} missing)</source>
        <translation>&amp;Dokumen ({missing} belum ada)</translation>
    </message>
    <message>
        <location filename="../case_view/case_window.py" line="157"/>
        <source>&amp;Attachments ({count})</source>
        <translation>L&amp;ampiran ({count})</translation>
    </message>
    <message>
        <location filename="../case_view/case_window.py" line="367"/>
        <source>Assigned to {office}.</source>
        <translation>Ditugaskan ke {office}.</translation>
    </message>
    <message>
        <location filename="../case_view/case_window.py" line="368"/>
        <source>Transferred to {office}.</source>
        <translation>Dipindahkan ke {office}.</translation>
    </message>
    <message>
        <location filename="../case_view/case_window.py" line="370"/>
        <source>The case shows the change after the next sync.</source>
        <translation>Perubahan tampil pada kasus setelah sinkronisasi berikutnya.</translation>
    </message>
</context>
<context>
    <name>CentralMoveDialog</name>
    <message>
        <location filename="../case_view/transfer_dialog.py" line="45"/>
        <source>Assign {number} to an office</source>
        <translation>Tugaskan {number} ke kantor</translation>
    </message>
    <message>
        <location filename="../case_view/transfer_dialog.py" line="46"/>
        <source>Case {number} was received at central. Choose the office that will handle it; that office receives it with its next sync.</source>
        <translation>Kasus {number} diterima di pusat. Pilih kantor yang akan menanganinya; kantor itu menerimanya pada sinkronisasi berikutnya.</translation>
    </message>
    <message>
        <location filename="../case_view/transfer_dialog.py" line="49"/>
        <source>Transfer {number} to another office</source>
        <translation>Pindahkan {number} ke kantor lain</translation>
    </message>
    <message>
        <location filename="../case_view/transfer_dialog.py" line="51"/>
        <source>Case {number} is now handled by {office}. Choose the office that takes it over and say why: the reason goes on the case&apos;s timeline.</source>
        <translation>Kasus {number} sekarang ditangani {office}. Pilih kantor yang mengambil alih dan tulis alasannya: alasan itu dicatat di linimasa kasus.</translation>
    </message>
    <message>
        <location filename="../case_view/transfer_dialog.py" line="66"/>
        <source>&amp;Office:</source>
        <translation>&amp;Kantor:</translation>
    </message>
    <message>
        <location filename="../case_view/transfer_dialog.py" line="69"/>
        <source>&amp;Note (optional):</source>
        <translation>&amp;Catatan (tidak wajib):</translation>
    </message>
    <message>
        <location filename="../case_view/transfer_dialog.py" line="70"/>
        <source>&amp;Reason (required):</source>
        <translation>&amp;Alasan (wajib):</translation>
    </message>
    <message>
        <location filename="../case_view/transfer_dialog.py" line="76"/>
        <source>&amp;Assign</source>
        <translation>&amp;Tugaskan</translation>
    </message>
    <message>
        <location filename="../case_view/transfer_dialog.py" line="76"/>
        <source>&amp;Transfer</source>
        <translation>&amp;Pindahkan</translation>
    </message>
    <message>
        <location filename="../case_view/transfer_dialog.py" line="78"/>
        <source>Try &amp;again</source>
        <translation>&amp;Coba lagi</translation>
    </message>
    <message>
        <location filename="../case_view/transfer_dialog.py" line="100"/>
        <source>Asking the central server for the offices…</source>
        <translation>Meminta daftar kantor dari server pusat…</translation>
    </message>
    <message>
        <location filename="../case_view/transfer_dialog.py" line="115"/>
        <source>— choose the office —</source>
        <translation>— pilih kantor —</translation>
    </message>
    <message>
        <location filename="../case_view/transfer_dialog.py" line="133"/>
        <source>Choose the office.</source>
        <translation>Pilih kantornya.</translation>
    </message>
    <message>
        <location filename="../case_view/transfer_dialog.py" line="137"/>
        <source>Write why the case is transferred.</source>
        <translation>Tulis alasan kasus ini dipindahkan.</translation>
    </message>
    <message>
        <location filename="../case_view/transfer_dialog.py" line="147"/>
        <source>Sending to the central server…</source>
        <translation>Mengirim ke server pusat…</translation>
    </message>
    <message>
        <location filename="../case_view/transfer_dialog.py" line="167"/>
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
        <translation>Kata sandi &amp;saat ini:</translation>
    </message>
    <message>
        <location filename="../password_dialog.py" line="166"/>
        <source>&amp;New password:</source>
        <translation>Kata sandi &amp;baru:</translation>
    </message>
    <message>
        <location filename="../password_dialog.py" line="167"/>
        <source>&amp;Confirm new password:</source>
        <translation>&amp;Ulangi kata sandi baru:</translation>
    </message>
    <message>
        <location filename="../password_dialog.py" line="171"/>
        <source>Type your current password.</source>
        <translation>Ketik kata sandi Anda saat ini.</translation>
    </message>
</context>
<context>
    <name>ConflictsPanel</name>
    <message>
        <location filename="../case_view/conflicts_panel.py" line="77"/>
        <source>The same detail was changed in two places at once, and both values were kept. Choose the right one: your choice is recorded and sent like any change.</source>
        <translation>Data yang sama diubah di dua tempat pada waktu bersamaan, dan kedua nilainya disimpan. Pilih yang benar: pilihan Anda dicatat dan dikirim seperti perubahan lainnya.</translation>
    </message>
    <message>
        <location filename="../case_view/conflicts_panel.py" line="92"/>
        <source>1 conflicting change to decide</source>
        <translation>1 perbedaan data perlu diputuskan</translation>
    </message>
    <message>
        <location filename="../case_view/conflicts_panel.py" line="93"/>
        <source>{n} conflicting changes to decide</source>
        <translation>{n} perbedaan data perlu diputuskan</translation>
    </message>
    <message>
        <location filename="../case_view/conflicts_panel.py" line="103"/>
        <source>The other status change was refused: it does not follow the order of the statuses.</source>
        <translation>Perubahan status yang lain ditolak: tidak sesuai urutan status.</translation>
    </message>
    <message>
        <location filename="../case_view/conflicts_panel.py" line="106"/>
        <source>Changed on two computers at the same time.</source>
        <translation>Diubah di dua komputer pada waktu bersamaan.</translation>
    </message>
    <message>
        <location filename="../case_view/conflicts_panel.py" line="115"/>
        <source>Kept: “{value}” — by {who}</source>
        <translation>Dipertahankan: “{value}” — oleh {who}</translation>
    </message>
    <message>
        <location filename="../case_view/conflicts_panel.py" line="117"/>
        <source>Other value: “{value}” — by {who}</source>
        <translation>Nilai lain: “{value}” — oleh {who}</translation>
    </message>
    <message>
        <location filename="../case_view/conflicts_panel.py" line="122"/>
        <source>Keep</source>
        <translation>Pertahankan</translation>
    </message>
    <message>
        <location filename="../case_view/conflicts_panel.py" line="123"/>
        <source>The kept value stays; the other one is dropped.</source>
        <translation>Nilai yang dipertahankan tetap; nilai lain dibuang.</translation>
    </message>
    <message>
        <location filename="../case_view/conflicts_panel.py" line="124"/>
        <source>Use the other value</source>
        <translation>Pakai nilai lain</translation>
    </message>
    <message>
        <location filename="../case_view/conflicts_panel.py" line="125"/>
        <source>The other value replaces the kept one.</source>
        <translation>Nilai lain menggantikan nilai yang dipertahankan.</translation>
    </message>
</context>
<context>
    <name>DateLineEdit</name>
    <message>
        <location filename="../widgets.py" line="43"/>
        <source>dd/mm/yyyy</source>
        <translation>hh/bb/tttt</translation>
    </message>
</context>
<context>
    <name>DetailsPanel</name>
    <message>
        <location filename="../case_view/details_panel.py" line="30"/>
        <source>Category</source>
        <translation>Jenis pengaduan</translation>
    </message>
    <message>
        <location filename="../case_view/details_panel.py" line="31"/>
        <source>Channel</source>
        <translation>Saluran</translation>
    </message>
    <message>
        <location filename="../case_view/details_panel.py" line="32"/>
        <source>Complainant type</source>
        <translation>Kategori pengadu</translation>
    </message>
    <message>
        <location filename="../case_view/details_panel.py" line="34"/>
        <source>Description</source>
        <translation>Uraian</translation>
    </message>
    <message>
        <location filename="../case_view/details_panel.py" line="35"/>
        <source>Outcome</source>
        <translation>Hasil penanganan</translation>
    </message>
    <message>
        <location filename="../case_view/details_panel.py" line="36"/>
        <source>Duplicate of</source>
        <translation>Duplikat dari</translation>
    </message>
    <message>
        <location filename="../case_view/details_panel.py" line="39"/>
        <location filename="../case_view/details_panel.py" line="61"/>
        <source>Name</source>
        <translation>Nama</translation>
    </message>
    <message>
        <location filename="../case_view/details_panel.py" line="40"/>
        <source>Sex</source>
        <translation>Jenis kelamin</translation>
    </message>
    <message>
        <location filename="../case_view/details_panel.py" line="41"/>
        <source>Date of birth</source>
        <translation>Tanggal lahir</translation>
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
        <translation>Paspor</translation>
    </message>
    <message>
        <location filename="../case_view/details_panel.py" line="44"/>
        <source>KTKLN</source>
        <translation>KTKLN</translation>
    </message>
    <message>
        <location filename="../case_view/details_panel.py" line="45"/>
        <source>Phone</source>
        <translation>Telepon</translation>
    </message>
    <message>
        <location filename="../case_view/details_panel.py" line="46"/>
        <location filename="../case_view/details_panel.py" line="66"/>
        <source>Address</source>
        <translation>Alamat</translation>
    </message>
    <message>
        <location filename="../case_view/details_panel.py" line="47"/>
        <source>Province</source>
        <translation>Provinsi</translation>
    </message>
    <message>
        <location filename="../case_view/details_panel.py" line="48"/>
        <source>Regency / city</source>
        <translation>Kabupaten / kota</translation>
    </message>
    <message>
        <location filename="../case_view/details_panel.py" line="49"/>
        <source>Destination country</source>
        <translation>Negara tujuan</translation>
    </message>
    <message>
        <location filename="../case_view/details_panel.py" line="50"/>
        <source>Destination city</source>
        <translation>Kota tujuan</translation>
    </message>
    <message>
        <location filename="../case_view/details_panel.py" line="51"/>
        <source>Job</source>
        <translation>Pekerjaan</translation>
    </message>
    <message>
        <location filename="../case_view/details_panel.py" line="52"/>
        <source>Employer</source>
        <translation>Majikan</translation>
    </message>
    <message>
        <location filename="../case_view/details_panel.py" line="53"/>
        <source>Employer address</source>
        <translation>Alamat majikan</translation>
    </message>
    <message>
        <location filename="../case_view/details_panel.py" line="54"/>
        <source>Employer phone</source>
        <translation>Telepon majikan</translation>
    </message>
    <message>
        <location filename="../case_view/details_panel.py" line="55"/>
        <source>First employer</source>
        <translation>Majikan pertama</translation>
    </message>
    <message>
        <location filename="../case_view/details_panel.py" line="56"/>
        <source>Placement agency (PPTKIS)</source>
        <translation>Perusahaan penempatan (PPTKIS)</translation>
    </message>
    <message>
        <location filename="../case_view/details_panel.py" line="57"/>
        <source>Departure date</source>
        <translation>Tanggal berangkat</translation>
    </message>
    <message>
        <location filename="../case_view/details_panel.py" line="58"/>
        <source>Work agreement</source>
        <translation>Perjanjian kerja</translation>
    </message>
    <message>
        <location filename="../case_view/details_panel.py" line="62"/>
        <source>Relation to the worker</source>
        <translation>Hubungan dengan TKI</translation>
    </message>
    <message>
        <location filename="../case_view/details_panel.py" line="64"/>
        <source>Phones</source>
        <translation>Telepon</translation>
    </message>
    <message>
        <location filename="../case_view/details_panel.py" line="65"/>
        <source>Email</source>
        <translation>Email</translation>
    </message>
    <message>
        <location filename="../case_view/details_panel.py" line="67"/>
        <source>Preferred contact</source>
        <translation>Kontak yang diutamakan</translation>
    </message>
    <message>
        <location filename="../case_view/details_panel.py" line="93"/>
        <source>Complaint</source>
        <translation>Pengaduan</translation>
    </message>
    <message>
        <location filename="../case_view/details_panel.py" line="93"/>
        <source>Worker (PMI)</source>
        <translation>TKI (PMI)</translation>
    </message>
    <message>
        <location filename="../case_view/details_panel.py" line="93"/>
        <source>Complainant</source>
        <translation>Pengadu</translation>
    </message>
    <message>
        <location filename="../case_view/details_panel.py" line="139"/>
        <location filename="../sync/field_labels.py" line="93"/>
        <source>Male (L)</source>
        <translation>Laki-laki (L)</translation>
    </message>
    <message>
        <location filename="../case_view/details_panel.py" line="139"/>
        <location filename="../sync/field_labels.py" line="94"/>
        <source>Female (P)</source>
        <translation>Perempuan (P)</translation>
    </message>
</context>
<context>
    <name>DocumentsPanel</name>
    <message>
        <location filename="../case_view/documents_panel.py" line="67"/>
        <source>Present</source>
        <translation>Ada</translation>
    </message>
    <message>
        <location filename="../case_view/documents_panel.py" line="67"/>
        <source>Missing</source>
        <translation>Belum ada</translation>
    </message>
    <message>
        <location filename="../case_view/documents_panel.py" line="67"/>
        <source>Not applicable</source>
        <translation>Tidak berlaku</translation>
    </message>
    <message>
        <location filename="../case_view/documents_panel.py" line="97"/>
        <source>Missing: {names}</source>
        <translation>Belum ada: {names}</translation>
    </message>
    <message>
        <location filename="../case_view/documents_panel.py" line="100"/>
        <source>No documents missing.</source>
        <translation>Tidak ada dokumen yang kurang.</translation>
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
        <location filename="../intake/duplicates_panel.py" line="85"/>
        <source>Possible duplicates.</source>
        <translation>Kemungkinan duplikat.</translation>
    </message>
    <message>
        <location filename="../intake/duplicates_panel.py" line="86"/>
        <source>This worker may already have a case. Check with the complainant; if it is the same complaint, open that case instead of recording a new one.</source>
        <translation>TKI ini mungkin sudah punya kasus. Tanyakan kepada pengadu; jika pengaduannya sama, buka kasus itu dan jangan mencatat kasus baru.</translation>
    </message>
    <message>
        <location filename="../intake/duplicates_panel.py" line="89"/>
        <source>Case number</source>
        <translation>Nomor kasus</translation>
    </message>
    <message>
        <location filename="../intake/duplicates_panel.py" line="89"/>
        <source>Worker</source>
        <translation>TKI</translation>
    </message>
    <message>
        <location filename="../intake/duplicates_panel.py" line="89"/>
        <source>Complainant</source>
        <translation>Pengadu</translation>
    </message>
    <message>
        <location filename="../intake/duplicates_panel.py" line="89"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../intake/duplicates_panel.py" line="90"/>
        <source>Why</source>
        <translation>Alasan</translation>
    </message>
    <message>
        <location filename="../intake/duplicates_panel.py" line="91"/>
        <source>&amp;Open this case instead</source>
        <translation>&amp;Buka kasus ini saja</translation>
    </message>
</context>
<context>
    <name>EditPeopleDialog</name>
    <message>
        <location filename="../case_view/edit_people_dialog.py" line="29"/>
        <source>Correct details of {number}</source>
        <translation>Perbaiki data {number}</translation>
    </message>
    <message>
        <location filename="../case_view/edit_people_dialog.py" line="35"/>
        <source>&amp;Worker</source>
        <translation>&amp;TKI</translation>
    </message>
    <message>
        <location filename="../case_view/edit_people_dialog.py" line="36"/>
        <location filename="../case_view/edit_people_dialog.py" line="63"/>
        <source>Name:</source>
        <translation>Nama:</translation>
    </message>
    <message>
        <location filename="../case_view/edit_people_dialog.py" line="38"/>
        <source>— not recorded —</source>
        <translation>— tidak dicatat —</translation>
    </message>
    <message>
        <location filename="../case_view/edit_people_dialog.py" line="38"/>
        <source>Male (L)</source>
        <translation>Laki-laki (L)</translation>
    </message>
    <message>
        <location filename="../case_view/edit_people_dialog.py" line="39"/>
        <source>Female (P)</source>
        <translation>Perempuan (P)</translation>
    </message>
    <message>
        <location filename="../case_view/edit_people_dialog.py" line="41"/>
        <source>Sex:</source>
        <translation>Jenis kelamin:</translation>
    </message>
    <message>
        <location filename="../case_view/edit_people_dialog.py" line="42"/>
        <source>Date of birth:</source>
        <translation>Tanggal lahir:</translation>
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
        <translation>Paspor:</translation>
    </message>
    <message>
        <location filename="../case_view/edit_people_dialog.py" line="45"/>
        <source>KTKLN:</source>
        <translation>KTKLN:</translation>
    </message>
    <message>
        <location filename="../case_view/edit_people_dialog.py" line="46"/>
        <source>Phone:</source>
        <translation>Telepon:</translation>
    </message>
    <message>
        <location filename="../case_view/edit_people_dialog.py" line="47"/>
        <location filename="../case_view/edit_people_dialog.py" line="69"/>
        <source>Address:</source>
        <translation>Alamat:</translation>
    </message>
    <message>
        <location filename="../case_view/edit_people_dialog.py" line="48"/>
        <source>Province:</source>
        <translation>Provinsi:</translation>
    </message>
    <message>
        <location filename="../case_view/edit_people_dialog.py" line="49"/>
        <source>Regency / city:</source>
        <translation>Kabupaten / kota:</translation>
    </message>
    <message>
        <location filename="../case_view/edit_people_dialog.py" line="50"/>
        <source>Destination country:</source>
        <translation>Negara tujuan:</translation>
    </message>
    <message>
        <location filename="../case_view/edit_people_dialog.py" line="52"/>
        <source>Destination city:</source>
        <translation>Kota tujuan:</translation>
    </message>
    <message>
        <location filename="../case_view/edit_people_dialog.py" line="53"/>
        <source>Job:</source>
        <translation>Pekerjaan:</translation>
    </message>
    <message>
        <location filename="../case_view/edit_people_dialog.py" line="54"/>
        <source>Employer:</source>
        <translation>Majikan:</translation>
    </message>
    <message>
        <location filename="../case_view/edit_people_dialog.py" line="55"/>
        <source>Employer address:</source>
        <translation>Alamat majikan:</translation>
    </message>
    <message>
        <location filename="../case_view/edit_people_dialog.py" line="56"/>
        <source>Employer phone:</source>
        <translation>Telepon majikan:</translation>
    </message>
    <message>
        <location filename="../case_view/edit_people_dialog.py" line="57"/>
        <source>First employer:</source>
        <translation>Majikan pertama:</translation>
    </message>
    <message>
        <location filename="../case_view/edit_people_dialog.py" line="58"/>
        <source>Placement agency (PPTKIS):</source>
        <translation>Perusahaan penempatan (PPTKIS):</translation>
    </message>
    <message>
        <location filename="../case_view/edit_people_dialog.py" line="59"/>
        <source>Departure date:</source>
        <translation>Tanggal berangkat:</translation>
    </message>
    <message>
        <location filename="../case_view/edit_people_dialog.py" line="60"/>
        <source>Work agreement:</source>
        <translation>Perjanjian kerja:</translation>
    </message>
    <message>
        <location filename="../case_view/edit_people_dialog.py" line="62"/>
        <source>&amp;Complainant</source>
        <translation>&amp;Pengadu</translation>
    </message>
    <message>
        <location filename="../case_view/edit_people_dialog.py" line="64"/>
        <source>Relation to the worker:</source>
        <translation>Hubungan dengan TKI:</translation>
    </message>
    <message>
        <location filename="../case_view/edit_people_dialog.py" line="67"/>
        <source>Phones:</source>
        <translation>Telepon:</translation>
    </message>
    <message>
        <location filename="../case_view/edit_people_dialog.py" line="68"/>
        <source>Email:</source>
        <translation>Email:</translation>
    </message>
    <message>
        <location filename="../case_view/edit_people_dialog.py" line="70"/>
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
        <location filename="../case_view/event_dialog.py" line="119"/>
        <source>Contact with the family</source>
        <translation>Kontak dengan keluarga</translation>
    </message>
    <message>
        <location filename="../case_view/event_dialog.py" line="122"/>
        <source>&amp;Channel:</source>
        <translation>&amp;Saluran:</translation>
    </message>
    <message>
        <location filename="../case_view/event_dialog.py" line="124"/>
        <source>Add resolution step</source>
        <translation>Tambah langkah penanganan</translation>
    </message>
    <message>
        <location filename="../case_view/event_dialog.py" line="128"/>
        <source>&amp;Step:</source>
        <translation>&amp;Langkah:</translation>
    </message>
    <message>
        <location filename="../case_view/event_dialog.py" line="130"/>
        <source>What was done or agreed, and with whom</source>
        <translation>Apa yang dilakukan atau disepakati, dan dengan siapa</translation>
    </message>
    <message>
        <location filename="../case_view/event_dialog.py" line="131"/>
        <source>S&amp;ummary:</source>
        <translation>&amp;Ringkasan:</translation>
    </message>
    <message>
        <location filename="../case_view/event_dialog.py" line="136"/>
        <source>&amp;When it happened:</source>
        <translation>&amp;Waktu kejadian:</translation>
    </message>
    <message>
        <location filename="../case_view/event_dialog.py" line="138"/>
        <source>&amp;Next contact due:</source>
        <translation>&amp;Kontak berikutnya:</translation>
    </message>
    <message>
        <location filename="../case_view/event_dialog.py" line="139"/>
        <source>Leave empty when no follow-up is planned.</source>
        <translation>Kosongkan jika tidak ada tindak lanjut yang direncanakan.</translation>
    </message>
</context>
<context>
    <name>FieldLabels</name>
    <message>
        <location filename="../sync/field_labels.py" line="22"/>
        <source>Complaint</source>
        <translation>Pengaduan</translation>
    </message>
    <message>
        <location filename="../sync/field_labels.py" line="23"/>
        <source>Worker (PMI)</source>
        <translation>TKI (PMI)</translation>
    </message>
    <message>
        <location filename="../sync/field_labels.py" line="24"/>
        <source>Complainant</source>
        <translation>Pengadu</translation>
    </message>
    <message>
        <location filename="../sync/field_labels.py" line="25"/>
        <source>Document</source>
        <translation>Dokumen</translation>
    </message>
    <message>
        <location filename="../sync/field_labels.py" line="26"/>
        <source>Timeline entry</source>
        <translation>Catatan linimasa</translation>
    </message>
    <message>
        <location filename="../sync/field_labels.py" line="27"/>
        <source>Attachment</source>
        <translation>Lampiran</translation>
    </message>
    <message>
        <location filename="../sync/field_labels.py" line="28"/>
        <source>Conflict decision</source>
        <translation>Keputusan perbedaan data</translation>
    </message>
    <message>
        <location filename="../sync/field_labels.py" line="32"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../sync/field_labels.py" line="33"/>
        <source>Office</source>
        <translation>Kantor</translation>
    </message>
    <message>
        <location filename="../sync/field_labels.py" line="34"/>
        <source>Received</source>
        <translation>Diterima</translation>
    </message>
    <message>
        <location filename="../sync/field_labels.py" line="35"/>
        <source>Next contact</source>
        <translation>Kontak berikutnya</translation>
    </message>
    <message>
        <location filename="../sync/field_labels.py" line="36"/>
        <source>State</source>
        <translation>Keadaan</translation>
    </message>
    <message>
        <location filename="../sync/field_labels.py" line="37"/>
        <source>Note</source>
        <translation>Catatan</translation>
    </message>
    <message>
        <location filename="../sync/field_labels.py" line="38"/>
        <source>Summary</source>
        <translation>Ringkasan</translation>
    </message>
    <message>
        <location filename="../sync/field_labels.py" line="39"/>
        <source>File name</source>
        <translation>Nama berkas</translation>
    </message>
    <message>
        <location filename="../sync/field_labels.py" line="44"/>
        <source>Present</source>
        <translation>Ada</translation>
    </message>
    <message>
        <location filename="../sync/field_labels.py" line="45"/>
        <source>Missing</source>
        <translation>Belum ada</translation>
    </message>
    <message>
        <location filename="../sync/field_labels.py" line="46"/>
        <source>Not applicable</source>
        <translation>Tidak berlaku</translation>
    </message>
    <message>
        <location filename="../sync/field_labels.py" line="82"/>
        <source>(empty)</source>
        <translation>(kosong)</translation>
    </message>
</context>
<context>
    <name>FilterBar</name>
    <message>
        <location filename="../filter_bar.py" line="22"/>
        <location filename="../filter_bar.py" line="83"/>
        <source>All statuses</source>
        <translation>Semua status</translation>
    </message>
    <message>
        <location filename="../filter_bar.py" line="24"/>
        <location filename="../filter_bar.py" line="84"/>
        <source>All categories</source>
        <translation>Semua jenis</translation>
    </message>
    <message>
        <location filename="../filter_bar.py" line="77"/>
        <source>&amp;Status:</source>
        <translation>&amp;Status:</translation>
    </message>
    <message>
        <location filename="../filter_bar.py" line="78"/>
        <source>Ca&amp;tegory:</source>
        <translation>&amp;Jenis:</translation>
    </message>
    <message>
        <location filename="../filter_bar.py" line="79"/>
        <source>Follow-up &amp;overdue</source>
        <translation>Tindak lanjut &amp;terlambat</translation>
    </message>
    <message>
        <location filename="../filter_bar.py" line="81"/>
        <source>Only open cases whose next contact with the complainant is past its date</source>
        <translation>Hanya kasus terbuka yang jadwal kontak berikutnya dengan pengadu sudah lewat</translation>
    </message>
    <message>
        <location filename="../filter_bar.py" line="82"/>
        <source>Show &amp;all</source>
        <translation>Tampilkan s&amp;emua</translation>
    </message>
</context>
<context>
    <name>FirstRunDialog</name>
    <message>
        <location filename="../first_run.py" line="178"/>
        <source>Halo TKI Desk — Set up this PC</source>
        <translation>Halo TKI Desk — Penyiapan komputer ini</translation>
    </message>
    <message>
        <location filename="../first_run.py" line="179"/>
        <source>Set up Halo TKI Desk</source>
        <translation>Penyiapan Halo TKI Desk</translation>
    </message>
    <message>
        <location filename="../first_run.py" line="182"/>
        <source>No data was found on this PC. Type the central server&apos;s address and the enrolment code, and create the first administrator account. The data will be encrypted with its password.</source>
        <translation>Belum ada data di komputer ini. Ketik alamat server pusat dan kode pendaftaran, lalu buat akun administrator pertama. Data akan dienkripsi dengan kata sandinya.</translation>
    </message>
    <message>
        <location filename="../first_run.py" line="187"/>
        <source>No data was found on this PC. Choose the office this PC belongs to and create the first administrator account. The data will be encrypted with its password.</source>
        <translation>Belum ada data di komputer ini. Pilih kantor pemilik komputer ini dan buat akun administrator pertama. Data akan dienkripsi dan dibuka dengan kata sandinya.</translation>
    </message>
    <message>
        <location filename="../first_run.py" line="191"/>
        <source>&amp;Language:</source>
        <translation>&amp;Bahasa:</translation>
    </message>
    <message>
        <location filename="../first_run.py" line="192"/>
        <source>Office and PC</source>
        <translation>Kantor dan komputer</translation>
    </message>
    <message>
        <location filename="../first_run.py" line="193"/>
        <source>First administrator</source>
        <translation>Administrator pertama</translation>
    </message>
    <message>
        <location filename="../first_run.py" line="195"/>
        <source>&amp;Office code:</source>
        <translation>&amp;Kode kantor:</translation>
    </message>
    <message>
        <location filename="../first_run.py" line="196"/>
        <source>Office &amp;name:</source>
        <translation>Nama ka&amp;ntor:</translation>
    </message>
    <message>
        <location filename="../first_run.py" line="197"/>
        <source>Name of this &amp;PC:</source>
        <translation>Nama ko&amp;mputer ini:</translation>
    </message>
    <message>
        <location filename="../first_run.py" line="198"/>
        <source>&amp;Username:</source>
        <translation>Nama &amp;pengguna:</translation>
    </message>
    <message>
        <location filename="../first_run.py" line="199"/>
        <source>&amp;Full name:</source>
        <translation>Nama &amp;lengkap:</translation>
    </message>
    <message>
        <location filename="../first_run.py" line="200"/>
        <source>Pass&amp;word:</source>
        <translation>Kata &amp;sandi:</translation>
    </message>
    <message>
        <location filename="../first_run.py" line="201"/>
        <source>&amp;Confirm password:</source>
        <translation>Ulan&amp;gi kata sandi:</translation>
    </message>
    <message>
        <location filename="../first_run.py" line="210"/>
        <source>e.g. SBY</source>
        <translation>mis. SBY</translation>
    </message>
    <message>
        <location filename="../first_run.py" line="211"/>
        <source>e.g. Front desk 1</source>
        <translation>mis. Loket 1</translation>
    </message>
    <message>
        <location filename="../first_run.py" line="212"/>
        <source>e.g. admin.sby</source>
        <translation>mis. admin.sby</translation>
    </message>
    <message>
        <location filename="../first_run.py" line="213"/>
        <source>at least 8 characters</source>
        <translation>minimal 8 karakter</translation>
    </message>
    <message>
        <location filename="../first_run.py" line="215"/>
        <source>The administrator manages staff accounts on this PC. Keep the password safe: without any valid password the data cannot be opened.</source>
        <translation>Administrator mengelola akun petugas di komputer ini. Simpan kata sandinya baik-baik: tanpa kata sandi yang sah, data tidak dapat dibuka.</translation>
    </message>
    <message>
        <location filename="../first_run.py" line="217"/>
        <source>&amp;Set up</source>
        <translation>S&amp;iapkan</translation>
    </message>
    <message>
        <location filename="../first_run.py" line="218"/>
        <source>&amp;Quit</source>
        <translation>Kel&amp;uar</translation>
    </message>
    <message>
        <location filename="../first_run.py" line="302"/>
        <source>Enrolling with the central server…</source>
        <translation>Mendaftar ke server pusat…</translation>
    </message>
    <message>
        <location filename="../first_run.py" line="304"/>
        <source>Creating the encrypted data…</source>
        <translation>Membuat data terenkripsi…</translation>
    </message>
    <message>
        <location filename="../first_run.py" line="356"/>
        <source>The two passwords do not match.</source>
        <translation>Kedua kata sandi tidak sama.</translation>
    </message>
</context>
<context>
    <name>IntakeDialog</name>
    <message>
        <location filename="../intake/intake_dialog.py" line="191"/>
        <source>New complaint — walk-in intake</source>
        <translation>Pengaduan baru — datang langsung</translation>
    </message>
    <message>
        <location filename="../intake/intake_dialog.py" line="193"/>
        <source>Needed to save: the complainant&apos;s name, relation and a phone number or address; the worker&apos;s name, passport or NIK; the category and a description. Dates are typed as dd/mm/yyyy.</source>
        <translation>Wajib untuk menyimpan: nama pengadu, hubungan dengan TKI, dan nomor telepon atau alamat; nama, paspor atau NIK TKI; jenis pengaduan dan uraian. Tanggal diketik hh/bb/tttt.</translation>
    </message>
    <message>
        <location filename="../intake/intake_dialog.py" line="198"/>
        <source>Ctrl+S saves · Esc cancels · Alt + underlined letter jumps to a field</source>
        <translation>Ctrl+S menyimpan · Esc membatalkan · Alt + huruf bergaris bawah melompat ke isian</translation>
    </message>
    <message>
        <location filename="../intake/intake_dialog.py" line="200"/>
        <source>Save complaint</source>
        <translation>Simpan pengaduan</translation>
    </message>
    <message>
        <location filename="../intake/intake_dialog.py" line="201"/>
        <source>Save (Ctrl+S)</source>
        <translation>Simpan (Ctrl+S)</translation>
    </message>
    <message>
        <location filename="../intake/intake_dialog.py" line="202"/>
        <source>Cancel</source>
        <translation>Batal</translation>
    </message>
    <message>
        <location filename="../intake/intake_dialog.py" line="268"/>
        <source>Open the existing case</source>
        <translation>Buka kasus yang sudah ada</translation>
    </message>
    <message>
        <location filename="../intake/intake_dialog.py" line="269"/>
        <source>Open case {number} instead? What you typed here will be discarded; nothing is saved.</source>
        <translation>Buka kasus {number} saja? Yang sudah Anda ketik di sini dibuang; tidak ada yang disimpan.</translation>
    </message>
    <message>
        <location filename="../intake/intake_dialog.py" line="339"/>
        <source>Discard this complaint?</source>
        <translation>Buang pengaduan ini?</translation>
    </message>
    <message>
        <location filename="../intake/intake_dialog.py" line="340"/>
        <source>The complaint you typed has not been saved. Discard it?</source>
        <translation>Pengaduan yang Anda ketik belum disimpan. Buang?</translation>
    </message>
</context>
<context>
    <name>IntakeForm</name>
    <message>
        <location filename="../intake/complainant_section.py" line="23"/>
        <source>Complainant</source>
        <translation>Pengadu</translation>
    </message>
    <message>
        <location filename="../intake/complainant_section.py" line="24"/>
        <source>&amp;Name:</source>
        <translation>&amp;Nama:</translation>
    </message>
    <message>
        <location filename="../intake/complainant_section.py" line="27"/>
        <source>&amp;Relation to worker:</source>
        <translation>&amp;Hubungan dengan TKI:</translation>
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
        <translation>16 digit</translation>
    </message>
    <message>
        <location filename="../intake/complainant_section.py" line="31"/>
        <source>&amp;Phone numbers:</source>
        <translation>Nomor &amp;telepon:</translation>
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
        <translation>&amp;Alamat:</translation>
    </message>
    <message>
        <location filename="../intake/complainant_section.py" line="37"/>
        <source>Pre&amp;ferred contact:</source>
        <translation>Kontak yan&amp;g diutamakan:</translation>
    </message>
    <message>
        <location filename="../intake/complainant_section.py" line="45"/>
        <source>The complainant is the &amp;worker (complains in person)</source>
        <translation>Pengadu adalah TKI &amp;sendiri (datang langsung)</translation>
    </message>
    <message>
        <location filename="../intake/worker_section.py" line="22"/>
        <source>Migrant worker</source>
        <translation>Pekerja migran (TKI)</translation>
    </message>
    <message>
        <location filename="../intake/worker_section.py" line="23"/>
        <source>Nam&amp;e:</source>
        <translation>Nama pek&amp;erja:</translation>
    </message>
    <message>
        <location filename="../intake/worker_section.py" line="24"/>
        <source>Se&amp;x:</source>
        <translation>Jenis ke&amp;lamin:</translation>
    </message>
    <message>
        <location filename="../intake/worker_section.py" line="25"/>
        <source>&amp;Birth date:</source>
        <translation>Tanggal lahi&amp;r:</translation>
    </message>
    <message>
        <location filename="../intake/worker_section.py" line="26"/>
        <source>NI&amp;K:</source>
        <translation>NI&amp;K:</translation>
    </message>
    <message>
        <location filename="../intake/worker_section.py" line="28"/>
        <source>Pa&amp;ssport no.:</source>
        <translation>No. &amp;paspor:</translation>
    </message>
    <message>
        <location filename="../intake/worker_section.py" line="29"/>
        <source>e.g. B1234567</source>
        <translation>mis. B1234567</translation>
    </message>
    <message>
        <location filename="../intake/worker_section.py" line="30"/>
        <source>P&amp;hone abroad:</source>
        <translation>Telepon di &amp;luar negeri:</translation>
    </message>
    <message>
        <location filename="../intake/worker_section.py" line="31"/>
        <source>+60 12-345 6789</source>
        <translation>+60 12-345 6789</translation>
    </message>
    <message>
        <location filename="../intake/worker_section.py" line="33"/>
        <source>Destination co&amp;untry:</source>
        <translation>&amp;Negara tujuan:</translation>
    </message>
    <message>
        <location filename="../intake/worker_section.py" line="35"/>
        <source>Destination ci&amp;ty:</source>
        <translation>K&amp;ota tujuan:</translation>
    </message>
    <message>
        <location filename="../intake/worker_section.py" line="37"/>
        <source>&amp;Job:</source>
        <translation>P&amp;ekerjaan:</translation>
    </message>
    <message>
        <location filename="../intake/worker_section.py" line="38"/>
        <source>Emp&amp;loyer:</source>
        <translation>Ma&amp;jikan:</translation>
    </message>
    <message>
        <location filename="../intake/worker_section.py" line="45"/>
        <source>Employer address:</source>
        <translation>Alamat majikan:</translation>
    </message>
    <message>
        <location filename="../intake/worker_section.py" line="47"/>
        <source>Employer phone:</source>
        <translation>Telepon majikan:</translation>
    </message>
    <message>
        <location filename="../intake/worker_section.py" line="49"/>
        <source>First employer:</source>
        <translation>Majikan pertama:</translation>
    </message>
    <message>
        <location filename="../intake/worker_section.py" line="51"/>
        <source>Placement agency (PPTKIS):</source>
        <translation>Perusahaan penempatan (PPTKIS):</translation>
    </message>
    <message>
        <location filename="../intake/worker_section.py" line="53"/>
        <source>Departure date:</source>
        <translation>Tanggal berangkat:</translation>
    </message>
    <message>
        <location filename="../intake/worker_section.py" line="55"/>
        <source>Work agreement:</source>
        <translation>Perjanjian kerja:</translation>
    </message>
    <message>
        <location filename="../intake/worker_section.py" line="57"/>
        <source>number, date, duration</source>
        <translation>nomor, tanggal, jangka waktu</translation>
    </message>
    <message>
        <location filename="../intake/worker_section.py" line="58"/>
        <source>KTKLN no.:</source>
        <translation>No. KTKLN:</translation>
    </message>
    <message>
        <location filename="../intake/worker_section.py" line="59"/>
        <source>Home address:</source>
        <translation>Alamat asal:</translation>
    </message>
    <message>
        <location filename="../intake/worker_section.py" line="60"/>
        <source>Province:</source>
        <translation>Provinsi:</translation>
    </message>
    <message>
        <location filename="../intake/worker_section.py" line="61"/>
        <source>Regency / city:</source>
        <translation>Kabupaten / kota:</translation>
    </message>
    <message>
        <location filename="../intake/worker_section.py" line="73"/>
        <source>L (male)</source>
        <translation>L (laki-laki)</translation>
    </message>
    <message>
        <location filename="../intake/worker_section.py" line="74"/>
        <source>P (female)</source>
        <translation>P (perempuan)</translation>
    </message>
    <message>
        <location filename="../intake/worker_section.py" line="76"/>
        <source>More worker details (a&amp;gency, employer, home address)</source>
        <translation>Rincian TKI lainn&amp;ya (perusahaan, majikan, alamat asal)</translation>
    </message>
    <message>
        <location filename="../intake/documents_section.py" line="26"/>
        <source>Present</source>
        <translation>Ada</translation>
    </message>
    <message>
        <location filename="../intake/documents_section.py" line="27"/>
        <source>Missing</source>
        <translation>Belum ada</translation>
    </message>
    <message>
        <location filename="../intake/documents_section.py" line="28"/>
        <source>Not applicable</source>
        <translation>Tidak berlaku</translation>
    </message>
    <message>
        <location filename="../intake/documents_section.py" line="120"/>
        <source>Documents brought</source>
        <translation>Dokumen yang dibawa</translation>
    </message>
    <message>
        <location filename="../intake/documents_section.py" line="121"/>
        <source>Tab moves to the next document; the arrow keys choose.</source>
        <translation>Tab pindah ke dokumen berikutnya; tombol panah untuk memilih.</translation>
    </message>
    <message>
        <location filename="../intake/complaint_section.py" line="21"/>
        <source>Complaint</source>
        <translation>Pengaduan</translation>
    </message>
    <message>
        <location filename="../intake/complaint_section.py" line="23"/>
        <source>&amp;Category:</source>
        <translation>&amp;Jenis pengaduan:</translation>
    </message>
    <message>
        <location filename="../intake/complaint_section.py" line="27"/>
        <source>Recei&amp;ved via:</source>
        <translation>&amp;Diterima melalui:</translation>
    </message>
    <message>
        <location filename="../intake/complaint_section.py" line="29"/>
        <source>Complainant t&amp;ype:</source>
        <translation>&amp;Kategori pengadu:</translation>
    </message>
    <message>
        <location filename="../intake/complaint_section.py" line="38"/>
        <source>&amp;Description:</source>
        <translation>&amp;Uraian:</translation>
    </message>
    <message>
        <location filename="../intake/complaint_section.py" line="39"/>
        <source>What happened, since when, what the complainant asks for</source>
        <translation>Apa yang terjadi, sejak kapan, dan apa yang diminta pengadu</translation>
    </message>
    <message>
        <location filename="../intake/form_binding.py" line="147"/>
        <source>Nothing was saved. Please correct the marked entries — {where}.</source>
        <translation>Belum ada yang disimpan. Perbaiki isian yang ditandai — {where}.</translation>
    </message>
</context>
<context>
    <name>LoginDialog</name>
    <message>
        <location filename="../login.py" line="166"/>
        <source>Halo TKI Desk — Log in</source>
        <translation>Halo TKI Desk — Masuk</translation>
    </message>
    <message>
        <location filename="../login.py" line="167"/>
        <source>Halo TKI Desk</source>
        <translation>Halo TKI Desk</translation>
    </message>
    <message>
        <location filename="../login.py" line="168"/>
        <source>Log in with your own username and password.</source>
        <translation>Masuk dengan nama pengguna dan kata sandi Anda sendiri.</translation>
    </message>
    <message>
        <location filename="../login.py" line="169"/>
        <source>&amp;Language:</source>
        <translation>&amp;Bahasa:</translation>
    </message>
    <message>
        <location filename="../login.py" line="170"/>
        <source>&amp;Username:</source>
        <translation>Nama &amp;pengguna:</translation>
    </message>
    <message>
        <location filename="../login.py" line="171"/>
        <source>&amp;Password:</source>
        <translation>&amp;Kata sandi:</translation>
    </message>
    <message>
        <location filename="../login.py" line="172"/>
        <source>&amp;Log in</source>
        <translation>&amp;Masuk</translation>
    </message>
    <message>
        <location filename="../login.py" line="173"/>
        <source>&amp;Quit</source>
        <translation>Kel&amp;uar</translation>
    </message>
    <message>
        <location filename="../login.py" line="174"/>
        <source>Asking the central server…</source>
        <translation>Menghubungi server pusat…</translation>
    </message>
    <message>
        <location filename="../login.py" line="175"/>
        <source>Opening the data…</source>
        <translation>Membuka data…</translation>
    </message>
    <message>
        <location filename="../login.py" line="206"/>
        <source>Type your username.</source>
        <translation>Ketik nama pengguna Anda.</translation>
    </message>
</context>
<context>
    <name>MainStatusBar</name>
    <message>
        <location filename="../status_bar.py" line="82"/>
        <source>Loading cases…</source>
        <translation>Memuat kasus…</translation>
    </message>
    <message>
        <location filename="../status_bar.py" line="87"/>
        <source>1 case</source>
        <translation>1 kasus</translation>
    </message>
    <message>
        <location filename="../status_bar.py" line="87"/>
        <source>{n} cases</source>
        <translation>{n} kasus</translation>
    </message>
    <message>
        <location filename="../status_bar.py" line="89"/>
        <source>{shown} of {total} cases</source>
        <translation>{shown} dari {total} kasus</translation>
    </message>
    <message>
        <location filename="../status_bar.py" line="115"/>
        <source>This computer is not linked to the central server. Everything is saved on this computer only.</source>
        <translation>Komputer ini tidak terhubung ke server pusat. Semua data disimpan hanya di komputer ini.</translation>
    </message>
    <message>
        <location filename="../status_bar.py" line="140"/>
        <source>Office {code} · {device}</source>
        <translation>Kantor {code} · {device}</translation>
    </message>
    <message>
        <location filename="../status_bar.py" line="142"/>
        <source>{office}, device {letter}</source>
        <translation>{office}, perangkat {letter}</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../main_window.py" line="234"/>
        <source>&amp;File</source>
        <translation>&amp;Berkas</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="235"/>
        <source>&amp;Account</source>
        <translation>&amp;Akun</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="236"/>
        <source>S&amp;ync</source>
        <translation>&amp;Sinkronisasi</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="237"/>
        <source>&amp;Settings</source>
        <translation>&amp;Pengaturan</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="238"/>
        <source>&amp;Help</source>
        <translation>Ban&amp;tuan</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="239"/>
        <source>&amp;New complaint…</source>
        <translation>Pengaduan &amp;baru…</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="240"/>
        <source>Record a new complaint (Ctrl+N)</source>
        <translation>Catat pengaduan baru (Ctrl+N)</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="241"/>
        <source>Your role does not record complaints</source>
        <translation>Peran Anda tidak mencatat pengaduan</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="242"/>
        <source>&amp;Quit</source>
        <translation>Kel&amp;uar</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="243"/>
        <source>&amp;Change my password…</source>
        <translation>&amp;Ganti kata sandi saya…</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="244"/>
        <source>&amp;Manage accounts…</source>
        <translation>&amp;Kelola akun…</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="245"/>
        <source>&amp;Log out</source>
        <translation>K&amp;eluar dari akun</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="246"/>
        <source>&amp;Language…</source>
        <translation>&amp;Bahasa…</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="247"/>
        <source>&amp;About Halo TKI Desk</source>
        <translation>&amp;Tentang Halo TKI Desk</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="248"/>
        <source>&amp;Sync now</source>
        <translation>&amp;Sinkronkan sekarang</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="249"/>
        <source>Send and receive changes now (F9)</source>
        <translation>Kirim dan terima perubahan sekarang (F9)</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="250"/>
        <source>Sync &amp;history…</source>
        <translation>&amp;Riwayat sinkronisasi…</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="251"/>
        <source>&amp;Refused changes…</source>
        <translation>Perubahan yang &amp;ditolak…</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="252"/>
        <source>Next &amp;conflict to resolve…</source>
        <translation>&amp;Perbedaan data berikutnya…</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="253"/>
        <source>Sea&amp;rch:</source>
        <translation>&amp;Cari:</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="254"/>
        <source>Case number, name, passport, NIK or phone (Ctrl+F)</source>
        <translation>Nomor kasus, nama, paspor, NIK atau telepon (Ctrl+F)</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="324"/>
        <source>No case matches “{text}”.</source>
        <translation>Tidak ada kasus yang cocok dengan “{text}”.</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="326"/>
        <source>No case matches these filters.</source>
        <translation>Tidak ada kasus yang cocok dengan saringan ini.</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="328"/>
        <source>No complaints recorded yet.
Press Ctrl+N to record the first one.</source>
        <translation>Belum ada pengaduan yang dicatat.
Tekan Ctrl+N untuk mencatat yang pertama.</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="330"/>
        <source>No complaints recorded yet.</source>
        <translation>Belum ada pengaduan yang dicatat.</translation>
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
        <translation>Bagian ini belum tersedia di versi ini.</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="477"/>
        <source>There is no conflict to resolve.</source>
        <translation>Tidak ada perbedaan data yang perlu diputuskan.</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="491"/>
        <source>About Halo TKI Desk</source>
        <translation>Tentang Halo TKI Desk</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="492"/>
        <source>&lt;b&gt;Halo TKI Desk&lt;/b&gt;&lt;p&gt;Records and follows up complaints of Indonesian migrant workers and their families at BP3TKI offices, on this PC, with or without internet.&lt;/p&gt;&lt;p&gt;Halo TKI: 0800 1000 (toll-free), +62 21 29244800 from abroad.&lt;/p&gt;</source>
        <translation>&lt;b&gt;Halo TKI Desk&lt;/b&gt;&lt;p&gt;Mencatat dan menindaklanjuti pengaduan pekerja migran Indonesia dan keluarganya di kantor BP3TKI, di komputer ini, dengan atau tanpa internet.&lt;/p&gt;&lt;p&gt;Halo TKI: 0800 1000 (bebas pulsa), +62 21 29244800 dari luar negeri.&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>MainWindowSync</name>
    <message>
        <location filename="../sync/window_sync.py" line="53"/>
        <source>These cases were transferred to another office and are no longer on this computer: {numbers}. Everything recorded here about them had reached the central server first.</source>
        <translation>Kasus berikut dipindahkan ke kantor lain dan tidak ada lagi di komputer ini: {numbers}. Semua yang dicatat di sini tentang kasus tersebut sudah terkirim ke server pusat sebelumnya.</translation>
    </message>
    <message>
        <location filename="../sync/window_sync.py" line="58"/>
        <source>Their open windows were closed.</source>
        <translation>Jendela kasus tersebut yang masih terbuka sudah ditutup.</translation>
    </message>
    <message>
        <location filename="../sync/window_sync.py" line="59"/>
        <source>Cases moved to another office</source>
        <translation>Kasus dipindahkan ke kantor lain</translation>
    </message>
    <message>
        <location filename="../sync/window_sync.py" line="65"/>
        <source>This computer no longer synchronises. The data on it can still be read, and what is recorded here stays here.</source>
        <translation>Komputer ini tidak lagi melakukan sinkronisasi. Data di komputer ini tetap dapat dibaca, dan yang dicatat di sini tetap tersimpan di sini.</translation>
    </message>
    <message>
        <location filename="../sync/window_sync.py" line="67"/>
        <source>Synchronisation stopped</source>
        <translation>Sinkronisasi dihentikan</translation>
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
        <translation>Buang</translation>
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
        <location filename="../receipt_dialog.py" line="96"/>
        <source>Complaint receipt — {number}</source>
        <translation>Tanda terima pengaduan — {number}</translation>
    </message>
    <message>
        <location filename="../receipt_dialog.py" line="98"/>
        <source>Print this receipt and give it to the complainant: it has the case number to quote when they call, and lists the documents still missing.</source>
        <translation>Cetak tanda terima ini dan serahkan kepada pengadu: di dalamnya ada nomor kasus untuk disebutkan saat menghubungi kantor, dan daftar dokumen yang masih diperlukan.</translation>
    </message>
    <message>
        <location filename="../receipt_dialog.py" line="100"/>
        <source>&amp;Print…</source>
        <translation>&amp;Cetak…</translation>
    </message>
    <message>
        <location filename="../receipt_dialog.py" line="101"/>
        <source>Print (Ctrl+P)</source>
        <translation>Cetak (Ctrl+P)</translation>
    </message>
    <message>
        <location filename="../receipt_dialog.py" line="102"/>
        <source>Save as P&amp;DF…</source>
        <translation>Simpan sebagai P&amp;DF…</translation>
    </message>
    <message>
        <location filename="../receipt_dialog.py" line="103"/>
        <source>Save as PDF (Ctrl+S)</source>
        <translation>Simpan sebagai PDF (Ctrl+S)</translation>
    </message>
    <message>
        <location filename="../receipt_dialog.py" line="104"/>
        <source>&amp;Close</source>
        <translation>&amp;Tutup</translation>
    </message>
    <message>
        <location filename="../receipt_dialog.py" line="117"/>
        <source>Preparing the receipt…</source>
        <translation>Menyiapkan tanda terima…</translation>
    </message>
    <message>
        <location filename="../receipt_dialog.py" line="137"/>
        <source>The receipt could not be shown.</source>
        <translation>Tanda terima tidak dapat ditampilkan.</translation>
    </message>
    <message>
        <location filename="../receipt_dialog.py" line="175"/>
        <location filename="../receipt_dialog.py" line="187"/>
        <source>Print receipt</source>
        <translation>Cetak tanda terima</translation>
    </message>
    <message>
        <location filename="../receipt_dialog.py" line="188"/>
        <source>The receipt could not be printed. Check that the printer is on and has paper, then try again.</source>
        <translation>Tanda terima tidak dapat dicetak. Pastikan printer menyala dan berisi kertas, lalu coba lagi.</translation>
    </message>
    <message>
        <location filename="../receipt_dialog.py" line="191"/>
        <source>Sent to the printer.</source>
        <translation>Dikirim ke printer.</translation>
    </message>
    <message>
        <location filename="../receipt_dialog.py" line="205"/>
        <source>Save receipt as PDF</source>
        <translation>Simpan tanda terima sebagai PDF</translation>
    </message>
    <message>
        <location filename="../receipt_dialog.py" line="205"/>
        <source>PDF files (*.pdf)</source>
        <translation>Berkas PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../receipt_dialog.py" line="219"/>
        <source>Saved to {path}</source>
        <translation>Disimpan di {path}</translation>
    </message>
    <message>
        <location filename="../receipt_dialog.py" line="221"/>
        <source>Receipt saved</source>
        <translation>Tanda terima disimpan</translation>
    </message>
    <message>
        <location filename="../receipt_dialog.py" line="222"/>
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
        <location filename="../widgets.py" line="24"/>
        <source>— choose —</source>
        <translation>— pilih —</translation>
    </message>
</context>
<context>
    <name>RejectedChangesDialog</name>
    <message>
        <location filename="../sync/rejected_dialog.py" line="19"/>
        <source>Refused changes — Halo TKI Desk</source>
        <translation>Perubahan yang ditolak — Halo TKI Desk</translation>
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
        <source>&amp;Confirm new password:</source>
        <translation>&amp;Ulangi kata sandi baru:</translation>
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
    <name>StartupFlow</name>
    <message>
        <location filename="../startup_flow.py" line="138"/>
        <source>Halo TKI Desk will close now.</source>
        <translation>Halo TKI Desk akan ditutup sekarang.</translation>
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
        <translation>Hanya kepala seksi yang dapat membuka kembali kasus yang sudah ditutup.</translation>
    </message>
    <message>
        <location filename="../case_view/status_dialog.py" line="31"/>
        <source>Your role cannot change the status of a case.</source>
        <translation>Peran Anda tidak dapat mengubah status kasus.</translation>
    </message>
    <message>
        <location filename="../case_view/status_dialog.py" line="41"/>
        <source>Change status of {number}</source>
        <translation>Ubah status {number}</translation>
    </message>
    <message>
        <location filename="../case_view/status_dialog.py" line="42"/>
        <source>&amp;Change status</source>
        <translation>&amp;Ubah status</translation>
    </message>
    <message>
        <location filename="../case_view/status_dialog.py" line="46"/>
        <source>Current status:</source>
        <translation>Status saat ini:</translation>
    </message>
    <message>
        <location filename="../case_view/status_dialog.py" line="50"/>
        <source>&amp;New status:</source>
        <translation>Status &amp;baru:</translation>
    </message>
    <message>
        <location filename="../case_view/status_dialog.py" line="52"/>
        <source>&amp;Outcome:</source>
        <translation>&amp;Hasil penanganan:</translation>
    </message>
    <message>
        <location filename="../case_view/status_dialog.py" line="54"/>
        <source>Number of the case that is kept</source>
        <translation>Nomor kasus yang dipertahankan</translation>
    </message>
    <message>
        <location filename="../case_view/status_dialog.py" line="55"/>
        <source>&amp;Duplicate of case:</source>
        <translation>&amp;Duplikat dari kasus:</translation>
    </message>
    <message>
        <location filename="../case_view/status_dialog.py" line="57"/>
        <source>Optional: why the status changes</source>
        <translation>Opsional: alasan perubahan status</translation>
    </message>
    <message>
        <location filename="../case_view/status_dialog.py" line="58"/>
        <source>No&amp;te:</source>
        <translation>&amp;Catatan:</translation>
    </message>
    <message>
        <location filename="../case_view/status_dialog.py" line="71"/>
        <source>— choose —</source>
        <translation>— pilih —</translation>
    </message>
</context>
<context>
    <name>SyncLogDialog</name>
    <message>
        <location filename="../sync/log_dialog.py" line="20"/>
        <source>Sync history — Halo TKI Desk</source>
        <translation>Riwayat sinkronisasi — Halo TKI Desk</translation>
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
        <location filename="../sync/describe.py" line="27"/>
        <source>Sending</source>
        <translation>Mengirim</translation>
    </message>
    <message>
        <location filename="../sync/describe.py" line="28"/>
        <source>Receiving</source>
        <translation>Menerima</translation>
    </message>
    <message>
        <location filename="../sync/describe.py" line="29"/>
        <source>Checking</source>
        <translation>Memeriksa</translation>
    </message>
    <message>
        <location filename="../sync/describe.py" line="30"/>
        <source>Restoring</source>
        <translation>Memulihkan</translation>
    </message>
    <message>
        <location filename="../sync/describe.py" line="31"/>
        <source>Uploading attachments</source>
        <translation>Mengunggah lampiran</translation>
    </message>
    <message>
        <location filename="../sync/describe.py" line="32"/>
        <source>Downloading attachment</source>
        <translation>Mengunduh lampiran</translation>
    </message>
    <message>
        <location filename="../sync/describe.py" line="35"/>
        <source>Succeeded</source>
        <translation>Berhasil</translation>
    </message>
    <message>
        <location filename="../sync/describe.py" line="36"/>
        <source>Done, but this computer&apos;s clock is wrong</source>
        <translation>Selesai, tetapi jam komputer ini tidak tepat</translation>
    </message>
    <message>
        <location filename="../sync/describe.py" line="37"/>
        <source>Offline: the server could not be reached</source>
        <translation>Luring: server tidak dapat dihubungi</translation>
    </message>
    <message>
        <location filename="../sync/describe.py" line="38"/>
        <location filename="../sync/describe.py" line="200"/>
        <source>Access revoked</source>
        <translation>Akses dicabut</translation>
    </message>
    <message>
        <location filename="../sync/describe.py" line="39"/>
        <source>Failed</source>
        <translation>Gagal</translation>
    </message>
    <message>
        <location filename="../sync/describe.py" line="46"/>
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
        <location filename="../sync/describe.py" line="116"/>
        <source>Only on this computer</source>
        <translation>Hanya di komputer ini</translation>
    </message>
    <message>
        <location filename="../sync/describe.py" line="120"/>
        <location filename="../sync/describe.py" line="161"/>
        <source>Connecting…</source>
        <translation>Menghubungkan…</translation>
    </message>
    <message>
        <location filename="../sync/describe.py" line="123"/>
        <source>Last sync: {when}</source>
        <translation>Sinkron terakhir: {when}</translation>
    </message>
    <message>
        <location filename="../sync/describe.py" line="124"/>
        <source>Not synchronised yet</source>
        <translation>Belum pernah sinkron</translation>
    </message>
    <message>
        <location filename="../sync/describe.py" line="129"/>
        <source>Sync stopped after an unexpected error; your data is safe on this computer. Close and reopen the application; if it happens again, tell the office IT (the log file has the details).</source>
        <translation>Sinkronisasi berhenti karena kesalahan tak terduga; data Anda aman di komputer ini. Tutup lalu buka lagi aplikasi; jika terulang, beri tahu petugas TI kantor (rinciannya ada di berkas log).</translation>
    </message>
    <message>
        <location filename="../sync/describe.py" line="133"/>
        <source>Sync stopped</source>
        <translation>Sinkronisasi berhenti</translation>
    </message>
    <message>
        <location filename="../sync/describe.py" line="139"/>
        <source>It is about 1 minute ahead of the server.</source>
        <translation>Jam ini lebih cepat sekitar 1 menit dari server.</translation>
    </message>
    <message>
        <location filename="../sync/describe.py" line="141"/>
        <source>It is about {n} minutes ahead of the server.</source>
        <translation>Jam ini lebih cepat sekitar {n} menit dari server.</translation>
    </message>
    <message>
        <location filename="../sync/describe.py" line="143"/>
        <source>This computer&apos;s clock is wrong; correct the date and time.</source>
        <translation>Jam komputer ini tidak tepat; perbaiki tanggal dan jam.</translation>
    </message>
    <message>
        <location filename="../sync/describe.py" line="145"/>
        <source>Clock wrong</source>
        <translation>Jam tidak tepat</translation>
    </message>
    <message>
        <location filename="../sync/describe.py" line="148"/>
        <source>Your data is safe on this computer and will be sent when the connection returns.</source>
        <translation>Data Anda aman di komputer ini dan akan dikirim saat koneksi tersambung kembali.</translation>
    </message>
    <message>
        <location filename="../sync/describe.py" line="189"/>
        <source>Reason: {reason}. The data on this computer can still be read.</source>
        <translation>Alasan: {reason}. Data di komputer ini tetap dapat dibaca.</translation>
    </message>
    <message>
        <location filename="../sync/describe.py" line="192"/>
        <source>The data on this computer can still be read.</source>
        <translation>Data di komputer ini tetap dapat dibaca.</translation>
    </message>
    <message>
        <location filename="../sync/describe.py" line="150"/>
        <source>Offline</source>
        <translation>Luring</translation>
    </message>
    <message>
        <location filename="../sync/describe.py" line="153"/>
        <source>Sync will try again by itself.</source>
        <translation>Sinkronisasi akan dicoba lagi dengan sendirinya.</translation>
    </message>
    <message>
        <location filename="../sync/describe.py" line="155"/>
        <source>Sync failed</source>
        <translation>Sinkronisasi gagal</translation>
    </message>
    <message>
        <location filename="../sync/describe.py" line="159"/>
        <source>Synchronising…</source>
        <translation>Menyinkronkan…</translation>
    </message>
    <message>
        <location filename="../sync/describe.py" line="163"/>
        <source>Online</source>
        <translation>Daring</translation>
    </message>
    <message>
        <location filename="../sync/describe.py" line="171"/>
        <source>1 conflict to resolve</source>
        <translation>1 perbedaan data perlu diputuskan</translation>
    </message>
    <message>
        <location filename="../sync/describe.py" line="173"/>
        <source>{n} conflicts to resolve</source>
        <translation>{n} perbedaan data perlu diputuskan</translation>
    </message>
    <message>
        <location filename="../sync/describe.py" line="176"/>
        <source>1 change refused</source>
        <translation>1 perubahan ditolak</translation>
    </message>
    <message>
        <location filename="../sync/describe.py" line="178"/>
        <source>{n} changes refused</source>
        <translation>{n} perubahan ditolak</translation>
    </message>
    <message>
        <location filename="../sync/describe.py" line="196"/>
        <source>1 change not sent</source>
        <translation>1 perubahan tidak terkirim</translation>
    </message>
    <message>
        <location filename="../sync/describe.py" line="198"/>
        <source>{n} changes not sent</source>
        <translation>{n} perubahan tidak terkirim</translation>
    </message>
</context>
<context>
    <name>TableDialog</name>
    <message>
        <location filename="../sync/table_dialog.py" line="53"/>
        <source>&amp;Refresh</source>
        <translation>&amp;Segarkan</translation>
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
        <translation>Saluran: {channel}</translation>
    </message>
    <message>
        <location filename="../case_view/timeline_view.py" line="41"/>
        <source>Next contact due {date}</source>
        <translation>Kontak berikutnya {date}</translation>
    </message>
    <message>
        <location filename="../case_view/timeline_view.py" line="45"/>
        <source>Duplicate of {number}</source>
        <translation>Duplikat dari {number}</translation>
    </message>
    <message>
        <location filename="../case_view/timeline_view.py" line="69"/>
        <source>Timeline</source>
        <translation>Linimasa</translation>
    </message>
    <message>
        <location filename="../case_view/timeline_view.py" line="91"/>
        <source>Nothing recorded yet.</source>
        <translation>Belum ada catatan.</translation>
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
