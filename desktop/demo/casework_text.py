"""What officers write on the office's case work, in the office's Indonesian: referral
letters and their replies, summons results, urgency reasons, family contacts, closure
proposals and the supervisor's notes.

Placeholders as in generator.py (`{W}` the worker's first name, `{country}`, `{city}`,
`{pptkis}`, `{fee}`, ...) plus `{addressee}` (whom a referral went to), `{sent}` (the date a
referral was sent) and `{person}` (whom a family contact reached).
"""

from __future__ import annotations

# -- referrals: what is asked, per kind of addressee ------------------------------------------

REFERRAL_REQUEST = {
    "perwakilan": {
        "repatriation": [
            "Mohon bantuan {addressee} untuk menelusuri keberadaan {W} di {city} dan "
            "memfasilitasi pemulangannya ke daerah asal.",
            "Bersama ini kami teruskan pengaduan keluarga {W}; mohon {addressee} memanggil "
            "majikan ({emp}) dan mengupayakan pemulangan yang bersangkutan.",
        ],
        "wages": [
            "Mohon bantuan {addressee} untuk memfasilitasi pembayaran gaji {W} yang belum "
            "dibayarkan oleh majikan ({emp}).",
        ],
        "death": [
            "Mohon bantuan {addressee} untuk memastikan penyebab kematian {W}, mengurus "
            "pemulangan jenazah, serta hak-hak yang bersangkutan (gaji dan asuransi).",
        ],
        "legal": [
            "Mohon {addressee} memberikan pendampingan hukum kepada {W} dan menyampaikan "
            "perkembangan perkaranya kepada kami.",
        ],
        "health": [
            "Mohon bantuan {addressee} untuk memeriksa kondisi {W} di {city}, memastikan "
            "yang bersangkutan mendapat perawatan, dan bila perlu memfasilitasi pemulangan.",
        ],
        "other": [
            "Mohon bantuan {addressee} untuk menindaklanjuti pengaduan keluarga {W} yang "
            "bekerja di {city}.",
        ],
    },
    "asuransi": [
        "Mohon pemrosesan klaim atas nama {W}; berkas klaim dan dokumen pendukung terlampir.",
        "Bersama ini kami sampaikan berkas klaim perlindungan TKI atas nama {W} untuk "
        "diproses sesuai ketentuan.",
    ],
    "polisi": [
        "Mohon tindak lanjut atas dugaan tindak pidana yang dialami {W}; kronologi kejadian "
        "dan dokumen pendukung terlampir.",
        "Bersama ini kami teruskan laporan pengadu terkait perekrutan {W} oleh sponsor "
        "perorangan untuk diproses sesuai hukum yang berlaku.",
    ],
    "rumah_sakit": [
        "Mohon penanganan medis lanjutan bagi {W}, TKI yang baru kembali dari {country} "
        "dalam keadaan sakit.",
    ],
    "dinas_sosial": [
        "Mohon pendampingan psikososial dan bantuan transportasi pulang ke daerah asal bagi "
        "{W}.",
    ],
    "pemda": [
        "Mohon Disnakertrans memanggil {pptkis} untuk klarifikasi dan fasilitasi penyelesaian "
        "pengaduan {W}.",
    ],
    "unit_pusat": [
        "Mohon koordinasi {addressee} dengan perwakilan RI di {country} untuk penanganan "
        "kasus {W}.",
        "Kasus {W} kami laporkan untuk koordinasi dan arahan lebih lanjut dari pusat.",
    ],
}
FOLLOW_UP_REQUEST = (
    "Menindaklanjuti jawaban {addressee} tanggal {sent}, mohon informasi perkembangan "
    "terakhir penanganan {W}.")

REFERRAL_REPLY = {
    "perwakilan": {
        "repatriation": [
            "{addressee} menginformasikan bahwa {W} telah ditemukan dalam keadaan sehat; "
            "pemulangan sedang diatur bersama majikan.",
            "{W} kini berada di penampungan perwakilan sambil menunggu dokumen perjalanan.",
            "Perwakilan menyampaikan bahwa majikan tidak dapat ditemukan di alamat yang "
            "diberikan; diminta data tambahan dari keluarga.",
        ],
        "wages": [
            "{addressee} telah memanggil majikan; majikan bersedia membayar sisa gaji dalam "
            "dua minggu.",
        ],
        "death": [
            "{addressee} menyampaikan surat keterangan kematian; jenazah {W} sedang diurus "
            "untuk dipulangkan.",
        ],
        "legal": [
            "{addressee} telah menunjuk pengacara untuk mendampingi {W}; sidang berikutnya "
            "dijadwalkan bulan depan.",
        ],
        "health": [
            "{addressee} telah menjenguk {W} di rumah sakit; kondisinya stabil dan biaya "
            "perawatan ditanggung majikan.",
        ],
        "other": [
            "{addressee} telah menghubungi {W} dan menyampaikan bahwa yang bersangkutan dalam "
            "keadaan baik.",
        ],
    },
    "asuransi": [
        "Klaim diterima dan sedang diverifikasi; kekurangan berkas akan disampaikan kemudian.",
        "Klaim disetujui; santunan ditransfer ke rekening penerima yang berhak.",
    ],
    "polisi": [
        "Laporan diterima dan ditangani unit PPA; pengadu akan dipanggil untuk dimintai "
        "keterangan.",
        "Penyidik telah memeriksa saksi; perkara naik ke tahap penyidikan.",
    ],
    "rumah_sakit": [
        "Pasien telah diterima dan dirawat inap; biaya ditanggung BPJS Kesehatan.",
    ],
    "dinas_sosial": [
        "Dinas Sosial menyediakan pendamping dan transportasi pulang ke daerah asal.",
    ],
    "pemda": [
        "Disnakertrans telah memanggil PPTKIS; disepakati pengembalian biaya kepada pengadu.",
    ],
    "unit_pusat": [
        "{addressee} telah meneruskan kasus kepada perwakilan RI dan akan menyampaikan "
        "perkembangannya.",
    ],
}
WITHDRAW_NOTES = [
    "TKI sudah pulang secara mandiri; rujukan tidak diperlukan lagi.",
    "Permasalahan diselesaikan langsung dengan PPTKIS; rujukan ditarik.",
    "Rujukan dialihkan melalui Crisis Center pusat.",
]
# What a written consent to share the data with a partner was (issue 14 §1.4).
CONSENT_WRITTEN_NOTE = ("Surat pernyataan persetujuan bertanda tangan pengadu disimpan di "
                        "berkas kasus.")
BACK_TO_PROCESS = "Jawaban rujukan diterima; penanganan dilanjutkan oleh kantor."

# -- PPTKIS summons ---------------------------------------------------------------------------

SUMMONS_ATTENDED = [
    "PPTKIS hadir dan bersedia mengembalikan biaya penempatan sebesar {fee} dalam 14 hari.",
    "PPTKIS hadir; disepakati paspor dan ijazah dikembalikan kepada pengadu minggu ini.",
    "PPTKIS hadir dan berjanji menghubungi agensi di {country} untuk memulangkan {W}.",
    "PPTKIS hadir namun membantah keterangan pengadu; klarifikasi lanjutan akan dijadwalkan.",
]
SUMMONS_MISSED = [
    "PPTKIS tidak hadir tanpa keterangan.",
    "PPTKIS tidak hadir; surat panggilan berikutnya akan dikirim.",
    "",
]

# -- urgency and family contacts ----------------------------------------------------------------

URGENT_REASONS = [
    "TKI sedang hamil tua dan tidak mendapat perawatan.",
    "TKI mengirim pesan akan bunuh diri bila tidak segera dipulangkan.",
    "Izin tinggal TKI habis dalam beberapa hari; terancam ditahan imigrasi.",
    "TKI tidak diberi makan sejak beberapa hari.",
    "Orang tua TKI sakit keras dan meminta TKI segera pulang.",
    "TKI dikurung di rumah majikan dan tidak dapat menghubungi siapa pun.",
    "TKI kabur dari majikan dan kini tidak punya tempat tinggal.",
]

CONTACT_TEXT = {
    "tersambung": [
        "Menghubungi {person} untuk menyampaikan perkembangan penanganan kasus.",
        "{person} menanyakan perkembangan; dijelaskan masih menunggu jawaban dari {mission}.",
        "{person} dikabari bahwa berkas sudah diteruskan dan diminta tetap aktif di nomor yang "
        "sama.",
    ],
    "walk_in": [
        "{person} datang ke kantor menanyakan perkembangan; dijelaskan langkah yang sedang "
        "ditempuh.",
        "{person} datang membawa kabar terbaru dari TKI dan diberi penjelasan tentang "
        "perkembangan kasus.",
    ],
    "tidak_diangkat": ["Telepon ke keluarga tidak diangkat; akan dicoba kembali."],
    "pesan_ditinggalkan": [
        "Keluarga tidak dapat dihubungi; pesan ditinggalkan agar menghubungi kantor.",
    ],
    "salah_nomor": [
        "Nomor keluarga tidak aktif atau salah sambung; nomor lain sedang dicari.",
    ],
}

# -- closure proposals ------------------------------------------------------------------------

PROPOSAL_SUMMARY = {
    "dipulangkan": "TKI telah tiba di daerah asal dan diterima keluarga; mohon persetujuan "
                   "penyelesaian.",
    "hak_dibayar": "Sisa gaji telah dibayarkan dan diterima keluarga.",
    "klaim_dibayar": "Klaim telah dibayarkan kepada yang berhak.",
    "jenazah_dipulangkan": "Jenazah telah dipulangkan dan dimakamkan di daerah asal.",
    "komunikasi_pulih": "TKI sudah dapat menghubungi keluarga kembali dan dalam keadaan baik.",
    "mediasi_berhasil": "Mediasi berhasil; kedua pihak menandatangani kesepakatan.",
    "informasi_diberikan": "Pengadu telah diberi informasi dan solusi; tidak ada tindak lanjut "
                           "lagi.",
    "diproses_hukum": "Kasus telah diserahkan kepada kepolisian untuk diproses hukum.",
    "dicabut": "Pengadu mencabut pengaduan secara tertulis.",
    "tidak_dapat_dihubungi": "Pengadu tidak dapat dihubungi setelah beberapa kali dicoba.",
    "bukan_kewenangan": "Permasalahan bukan kewenangan BP2MI; pengadu diarahkan ke instansi "
                        "terkait.",
}
# The supervisor's note when sending a proposal back: what is still missing.
RETURN_NOTES = {
    "hak_dibayar": "Bukti pembayaran gaji belum dilampirkan; mohon dilengkapi dulu.",
    "klaim_dibayar": "Bukti pembayaran klaim belum dilampirkan; mohon dilengkapi dulu.",
    "dipulangkan": "Keluarga belum mengonfirmasi kepulangan TKI; hubungi keluarga dulu.",
    "jenazah_dipulangkan": "Berita acara serah terima jenazah belum ada di berkas.",
    "mediasi_berhasil": "Kesepakatan mediasi yang ditandatangani belum dilampirkan.",
}
RETURN_NOTE = "Hasil penanganan belum dikonfirmasi keluarga; lengkapi berkas dulu."
RETURN_NOTE_REFERRED = "Jawaban tertulis dari {addressee} belum diterima; tunggu dulu."
REASSIGN_NOTES = [
    "Dialihkan karena petugas sebelumnya cuti.",
    "Dialihkan untuk pemerataan beban kerja.",
    "",
]
