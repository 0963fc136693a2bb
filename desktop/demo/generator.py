"""Synthetic but realistic complaints for demos, training and benchmarks.

Every case is first *planned* (pure data drawn from the seed): its intake and base timeline
here, the office's case work woven in by desktop/demo/casework.py (officers, referrals,
summonses, urgency, family contacts, closure proposals). The office's demo partners are put
in the directory first (desktop/demo/directory.py). The plan is then written by one of two
writers:

- `generate_cases` goes through the public services one call at a time, exactly as the
  office working through the UI would (desktop/demo/service_writer.py), so permissions,
  validation, the outbox and the search index are exercised for real;
- `bulk_generate` writes the same plans many cases per transaction (desktop/demo/
  bulk_writer.py). It still goes through `Store.write()` and `tx.insert`/`tx.update` (so
  every row has its change record, its search-index row and its deadline clock), checks
  what the services check, and reuses the core's intake normalisation and case numbering;
  only the per-call transaction overhead is skipped.

The same seed gives the same case numbers, people, timelines, statuses and case work on
both paths (only when the rows were recorded differs: see `bulk_generate`). Both require a
session that may do everything the generator does (a supervisor); steps of colleagues are
done as those colleagues, never with more rights than the logged-in person has
(desktop/demo/officers.py).
"""

from __future__ import annotations

import bisect
import math
import os
import pickle
import random
import subprocess
import sys
from collections import deque
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

from desktop.demo import names as N
from desktop.demo.bulk_writer import BulkWriter
from desktop.demo.casework import QUOTA_FROM, CaseworkPlanner
from desktop.demo.checks import check_steps
from desktop.demo.directory import directory_moment, ensure_directory
from desktop.demo.officers import Cast, clerks, roster
from desktop.demo.plan import CasePlan, OfficeSetup, Step
from desktop.demo.service_writer import record_with_services
from desktop.domain import phones
from desktop.domain import status as st
from desktop.domain.deadlines import NEAR_DAYS, add_working_days, is_working_day
from desktop.domain.intake import NormalizedIntake, normalize_intake
from desktop.domain.models import (
    DOC_MISSING,
    DOC_NOT_APPLICABLE,
    DOC_PRESENT,
    ComplainantInput,
    ComplaintInput,
    IntakeInput,
    WorkerInput,
)
from desktop.domain.roles import Perm
from desktop.formatting import format_date, zone_info

Progress = Callable[[int, int], None]

# Everything the generator does on the case services as the person running it; checked up
# front so a front-office login fails at once instead of after half the cases are written.
REQUIRED_PERMS = (Perm.CASE_CREATE, Perm.CASE_EDIT, Perm.EVENT_ADD, Perm.STATUS_CHANGE,
                  Perm.CASE_CLOSE, Perm.CASE_REOPEN, Perm.CASE_ASSIGN, Perm.CLOSURE_APPROVE,
                  Perm.REFERRAL_ADD, Perm.DIRECTORY_EDIT)

HISTORY_DAYS = 730
BULK_BATCH = 10_000
BULK_CACHE_MIB = 2048
BULK_CACHE_KIB_PER_CASE = 24  # what a case weighs in the store, indexes and outbox included
PROGRESS_EVERY = 1000
PARALLEL_FROM = 5000  # below this, starting a helper process costs more than it saves
PLAN_CHUNK = 500

# DESIGN §2, first half of 2018, walk-in raised to about 55% as the issue asks; fax has no
# published count and is rare.
CHANNEL_WEIGHTS = {
    "datang_langsung": 1390, "surat": 667, "telepon": 209, "email": 49, "media_sosial": 49,
    "sms": 7, "faksimili": 5, "lainnya": 156,
}
OFFICE_HOURS_CHANNELS = {"datang_langsung", "telepon", "surat", "faksimili"}

# A fifth of complaints come from workers themselves, a few from lawyers/NGOs; the spouse
# share goes to "suami" or "istri" depending on the worker's sex.
RELATION_WEIGHTS = {
    "diri_sendiri": 20, "ibu": 19, "spouse": 18, "ayah": 12, "saudara": 15, "anak": 7,
    "kerabat": 3, "lainnya": 3, "kuasa": 3,
}
PRE_DEPARTURE = {"gagal_berangkat", "penipuan_peluang_kerja", "penahanan_dokumen"}
PRE_DEPARTURE_NA = {"ktkln", "identitas_majikan", "kontak_majikan"}

OPEN_WEIGHTS = {st.BARU: 4, st.VALIDASI: 14, st.MENUNGGU_DOKUMEN: 22, st.PROSES: 38,
                st.DIRUJUK: 22}
FRESH_OPEN_WEIGHTS = {st.BARU: 50, st.VALIDASI: 30, st.MENUNGGU_DOKUMEN: 10, st.PROSES: 10}
CLOSE_SHARE = 0.70  # of cases old enough to be closed; gives ~56% selesai + ~8% ditutup
DITUTUP_SHARE = 8 / 63
CLOSED_OUTCOMES = {"dicabut": 35, "tidak_dapat_dihubungi": 35, "duplikat": 20,
                   "bukan_kewenangan": 10}
REOPEN_SHARE = 0.01
# Open cases planned to be a few working days from their deadline today (at least two when
# the run's dates allow it): the "near deadline" list is never empty in a demo office.
NEAR_SHARE = 0.012
NEAR_MIN = 2
DEFAULT_TARGET_DAYS = 30  # desktop/store/clock.py DEFAULT_TARGET
NEAR_STATUSES = (st.PROSES, st.PROSES, st.VALIDASI, st.DIRUJUK)

RESOLVED_OUTCOMES = {
    "ingin_dipulangkan": ["dipulangkan"], "overstay": ["dipulangkan"],
    "tidak_dipulangkan": ["dipulangkan"], "ditahan_majikan": ["dipulangkan"],
    "deportasi": ["dipulangkan", "informasi_diberikan"],
    "tidak_punya_biaya_pulang": ["dipulangkan"],
    "gaji_tidak_dibayar": ["hak_dibayar", "mediasi_berhasil"],
    "phk_sebelum_kontrak_berakhir": ["hak_dibayar", "mediasi_berhasil"],
    "pekerjaan_tidak_sesuai": ["mediasi_berhasil", "dipulangkan"],
    "biaya_berlebih": ["mediasi_berhasil", "hak_dibayar"],
    "meninggal_dunia": ["jenazah_dipulangkan", "klaim_dibayar"],
    "asuransi": ["klaim_dibayar"], "kecelakaan_kerja": ["klaim_dibayar", "dipulangkan"],
    "sakit": ["dipulangkan", "klaim_dibayar"], "putus_komunikasi": ["komunikasi_pulih"],
    "penganiayaan": ["dipulangkan", "diproses_hukum"],
    "pelecehan_seksual": ["dipulangkan", "diproses_hukum"],
    "kasus_hukum": ["diproses_hukum"], "perdagangan_orang": ["diproses_hukum", "dipulangkan"],
    "penipuan_peluang_kerja": ["diproses_hukum", "mediasi_berhasil"],
    "rekrut_ilegal": ["diproses_hukum", "dipulangkan"],
    "pemalsuan_dokumen": ["diproses_hukum"],
    "gagal_berangkat": ["mediasi_berhasil", "hak_dibayar"],
    "penahanan_dokumen": ["mediasi_berhasil"],
    "tidak_berdokumen": ["dipulangkan", "informasi_diberikan"],
    "lainnya": ["informasi_diberikan"],
}

# Event types a category tends to need, on top of the generic ones; "late" ones happen
# near the end of the handling (you fly home after the embassy found you).
CATEGORY_EVENTS = {
    "repatriation": ["koordinasi_perwakilan", "pemulangan", "penjemputan"],
    "death": ["koordinasi_perwakilan", "klaim_asuransi", "pemulangan", "penjemputan"],
    "legal": ["pendampingan_hukum", "koordinasi_pusat", "koordinasi_perwakilan"],
    "claim": ["klaim_asuransi"],
    "agency": ["klarifikasi_pptkis", "mediasi"],
    "health": ["koordinasi_perwakilan", "rujukan", "pemulangan"],
}
CATEGORY_GROUP = {
    "ingin_dipulangkan": "repatriation", "overstay": "repatriation",
    "tidak_dipulangkan": "repatriation", "ditahan_majikan": "repatriation",
    "deportasi": "repatriation", "tidak_punya_biaya_pulang": "repatriation",
    "tidak_berdokumen": "repatriation", "putus_komunikasi": "repatriation",
    "meninggal_dunia": "death", "kasus_hukum": "legal", "perdagangan_orang": "legal",
    "penipuan_peluang_kerja": "legal", "rekrut_ilegal": "legal", "pemalsuan_dokumen": "legal",
    "pelecehan_seksual": "legal", "penganiayaan": "health", "sakit": "health",
    "kecelakaan_kerja": "claim", "asuransi": "claim",
}
GENERIC_EVENTS = {"kontak_keluarga": 40, "informasi": 18, "konsultasi": 12,
                  "klarifikasi_pptkis": 10, "koordinasi_perwakilan": 10, "catatan": 8,
                  "koordinasi_pusat": 4}
HOMECOMING_EVENTS = {"pemulangan", "penjemputan"}
HOMECOMING_OUTCOMES = {"dipulangkan", "jenazah_dipulangkan"}
LATE_EVENTS = {"pemulangan", "penjemputan", "klaim_asuransi", "mediasi", "rujukan"}
EVENT_COUNT_WEIGHTS = [20, 22, 18, 13, 10, 7, 5, 5]  # 1..8 timeline steps
FAMILY_CONTACT_CHANNELS = {"telepon": 60, "media_sosial": 12, "datang_langsung": 15, "sms": 8,
                           "email": 5}

_MONTHS = ("Januari", "Februari", "Maret", "April", "Mei", "Juni", "Juli", "Agustus",
           "September", "Oktober", "November", "Desember")

WAGES = {  # monthly wage in local currency, to make "unpaid wages" amounts plausible
    "MY": ("RM", 1500), "SA": ("SAR", 1500), "TW": ("NT$", 20000), "HK": ("HK$", 4870),
    "SG": ("SGD", 650), "AE": ("AED", 1100), "QA": ("QAR", 1300), "KW": ("KWD", 120),
    "OM": ("OMR", 150), "BN": ("BND", 450), "KR": ("KRW", 2100000), "JP": ("JPY", 170000),
    "JO": ("JOD", 300), "PL": ("PLN", 3500), "LAIN": ("USD", 450),
}
MISSIONS = {
    "MY": ["KBRI Kuala Lumpur", "KJRI Johor Bahru", "KJRI Penang", "KJRI Kota Kinabalu",
           "KJRI Kuching", "Konsulat RI Tawau"],
    "SA": ["KBRI Riyadh", "KJRI Jeddah"], "TW": ["KDEI Taipei"], "HK": ["KJRI Hong Kong"],
    "SG": ["KBRI Singapura"], "AE": ["KBRI Abu Dhabi", "KJRI Dubai"], "QA": ["KBRI Doha"],
    "KW": ["KBRI Kuwait City"], "OM": ["KBRI Muscat"], "BN": ["KBRI Bandar Seri Begawan"],
    "KR": ["KBRI Seoul"], "JP": ["KBRI Tokyo", "KJRI Osaka"], "JO": ["KBRI Amman"],
    "PL": ["KBRI Warsawa"], "LAIN": ["perwakilan RI setempat"],
}
AIRPORTS = ["Bandara Juanda", "Bandara Soekarno-Hatta", "Bandara Lombok Praya",
            "Bandara El Tari Kupang", "Bandara Kualanamu", "Pelabuhan Tunon Taka Nunukan",
            "Bandara Ahmad Yani"]

# --- description texts ----------------------------------------------------------------------

# {W} worker's first name, {subj} how the officer refers to the worker, {emp} employer, etc.
CATEGORY_TEXT = {
    "ingin_dipulangkan": [
        "{W} menyampaikan kepada keluarga bahwa tidak betah karena beban kerja berat dan jam istirahat sangat kurang; majikan ({emp}) menolak memulangkan sebelum kontrak selesai.",
        "Menurut pengadu, {W} sering dimarahi majikan di {city} dan ingin segera pulang ke Indonesia, namun paspornya dipegang majikan.",
        "{W} sakit-sakitan selama {months} bulan terakhir dan minta dipulangkan, tetapi agensi di {city} belum menanggapi.",
    ],
    "gaji_tidak_dibayar": [
        "Gaji {W} tidak dibayar selama {months} bulan dengan alasan majikan sedang kesulitan keuangan.",
        "Sejak {months} bulan terakhir {W} hanya menerima sebagian gaji; sisa gaji kurang lebih {amount} belum dibayarkan oleh {emp}.",
        "Gaji {W} dikirim melalui agensi dan sudah {months} bulan tidak ada kiriman uang ke keluarga di kampung.",
    ],
    "meninggal_dunia": [
        "Keluarga menerima kabar dari rekan kerja bahwa {W} meninggal dunia di {city} pada {event_date}; penyebab kematian belum jelas.",
        "{W} dilaporkan meninggal dunia di rumah sakit di {city} setelah dirawat {days} hari.",
    ],
    "gagal_berangkat": [
        "{W} sudah {months} bulan tinggal di penampungan {pptkis} dan mengikuti pelatihan, namun tidak kunjung diberangkatkan ke {country}.",
        "{W} telah membayar {fee} kepada sponsor untuk proses ke {country}, tetapi keberangkatan terus ditunda tanpa kejelasan.",
    ],
    "overstay": [
        "Kontrak kerja {W} berakhir {months} bulan lalu tetapi izin tinggal tidak diperpanjang majikan, sehingga {W} kini berstatus overstay di {city}.",
    ],
    "putus_komunikasi": [
        "Keluarga kehilangan kontak dengan {W} sejak {months} bulan lalu; nomor telepon terakhir tidak aktif.",
        "Terakhir kali {W} menghubungi keluarga {months} bulan yang lalu dari {city}; setelah itu tidak ada kabar sama sekali.",
    ],
    "sakit": [
        "{W} dirawat di rumah sakit di {city} karena {illness} dan tidak dapat bekerja.",
        "{W} mengeluh {illness} sejak {months} bulan terakhir tetapi tidak diizinkan berobat oleh majikan.",
    ],
    "penganiayaan": [
        "{W} mengaku sering dipukul dan dimaki majikan; terdapat luka memar di tangan dan wajah.",
        "Melalui pesan suara kepada keluarga, {W} menceritakan mengalami kekerasan fisik dan tidak diberi makan yang cukup.",
    ],
    "pelecehan_seksual": [
        "{W} melaporkan mengalami pelecehan seksual oleh anggota keluarga majikan dan merasa tidak aman tinggal di rumah majikan.",
    ],
    "pekerjaan_tidak_sesuai": [
        "{W} dijanjikan bekerja sebagai {promised}, tetapi di {city} dipekerjakan sebagai {actual} dengan jam kerja lebih dari 16 jam sehari.",
        "Pekerjaan {W} tidak sesuai perjanjian kerja: harus membersihkan {houses} rumah sekaligus milik keluarga majikan.",
    ],
    "phk_sebelum_kontrak_berakhir": [
        "{W} diberhentikan oleh {emp} setelah bekerja {months} bulan, padahal kontrak masih berlaku; sisa gaji dan tiket pulang tidak diberikan.",
    ],
    "tidak_dipulangkan": [
        "Kontrak kerja {W} telah selesai {months} bulan lalu tetapi majikan belum memulangkan dan masih menahan paspornya.",
    ],
    "ditahan_majikan": [
        "{W} tidak diizinkan keluar rumah dan tidak boleh memegang telepon; keluarga hanya sekali dihubungi secara diam-diam.",
    ],
    "kasus_hukum": [
        "{W} ditahan kepolisian {city} atas tuduhan {charge}; keluarga belum menerima informasi resmi.",
    ],
    "kecelakaan_kerja": [
        "{W} mengalami kecelakaan kerja di {workplace} dan luka pada {body_part}; belum jelas siapa yang menanggung biaya pengobatan.",
    ],
    "deportasi": [
        "{W} dideportasi dari {country} melalui {port} dan saat ini berada di penampungan sementara tanpa biaya pulang ke daerah asal.",
    ],
    "tidak_berdokumen": [
        "{W} berangkat ke {country} tanpa dokumen resmi melalui calo dan kini bekerja tanpa izin kerja di {city}.",
    ],
    "penipuan_peluang_kerja": [
        "Pengadu tertarik lowongan kerja ke {country} yang ditawarkan lewat media sosial dan sudah mentransfer {fee}, namun perekrut tidak dapat dihubungi lagi.",
    ],
    "rekrut_ilegal": [
        "{W} direkrut sponsor perorangan tanpa melalui Dinas Tenaga Kerja dan diberangkatkan ke {country} dengan visa kunjungan.",
    ],
    "pemalsuan_dokumen": [
        "Data umur {W} pada paspor diubah oleh sponsor agar memenuhi syarat usia minimal penempatan ke {country}.",
    ],
    "penahanan_dokumen": [
        "Paspor dan ijazah {W} ditahan {pptkis} karena {W} mengundurkan diri dari proses penempatan; PPTKIS meminta ganti rugi {fee}.",
    ],
    "biaya_berlebih": [
        "Gaji {W} dipotong selama {months} bulan untuk biaya penempatan sebesar {fee}, melebihi ketentuan biaya resmi.",
    ],
    "perdagangan_orang": [
        "{W} direkrut dengan janji bekerja di restoran, tetapi di {city} dipaksa bekerja tanpa gaji dan dijaga ketat; diduga korban TPPO.",
    ],
    "asuransi": [
        "Pengadu ingin mengajukan klaim asuransi/BPJS Ketenagakerjaan atas {claim_reason} yang dialami {W}, namun berkas dikembalikan karena {missing_doc} belum ada.",
    ],
    "tidak_punya_biaya_pulang": [
        "{W} sudah selesai kontrak di {city} tetapi tidak memiliki biaya untuk membeli tiket pulang.",
    ],
    "lainnya": [
        "Pengadu menanyakan prosedur {topic}.",
        "Pengadu meminta informasi tentang {topic} untuk {W}.",
    ],
}
REQUEST_TEXT = {
    "repatriation": "Keluarga memohon bantuan agar {W} dapat segera dipulangkan ke daerah asal.",
    "death": "Keluarga memohon bantuan pemulangan jenazah serta pengurusan asuransi dan sisa gaji.",
    "legal": "Pengadu meminta pendampingan dan agar kasus ini diteruskan kepada pihak berwenang.",
    "claim": "Pengadu meminta bantuan agar klaim segera diproses.",
    "agency": "Pengadu meminta PPTKIS dipanggil dan bertanggung jawab.",
    "health": "Keluarga meminta bantuan perawatan dan, bila perlu, pemulangan {W}.",
    "wages": "Pengadu meminta bantuan agar hak gaji {W} dibayarkan.",
    "other": "Pengadu meminta penjelasan dan tindak lanjut dari BP3TKI.",
}
FILLERS = {
    "illness": ["stroke ringan", "gangguan ginjal", "patah tulang kaki", "TBC", "depresi berat",
                "sakit jantung", "tumor payudara", "demam berdarah"],
    "charge": ["pencurian", "pelanggaran keimigrasian", "memakai dokumen palsu", "penganiayaan",
               "kepemilikan narkotika"],
    "workplace": ["pabrik", "kapal ikan", "lokasi proyek", "kebun sawit", "gudang"],
    "body_part": ["tangan kanan", "kaki", "punggung", "kepala", "jari tangan"],
    "port": ["Nunukan", "Tanjung Pinang", "Dumai", "Entikong", "Bandara Soekarno-Hatta"],
    "promised": ["perawat lansia", "pekerja pabrik", "penjaga toko"],
    "actual": ["pekerja rumah tangga", "buruh kebun", "pelayan restoran"],
    "claim_reason": ["kecelakaan kerja", "PHK sepihak", "sakit berat", "kematian"],
    "missing_doc": ["perjanjian kerja", "surat keterangan kematian", "fotokopi paspor",
                    "Kartu Keluarga"],
    "topic": ["pengurusan KTKLN", "pengiriman uang ke Indonesia", "perpanjangan kontrak",
              "pindah majikan", "pengecekan legalitas PPTKIS", "pendaftaran kerja ke luar negeri"],
}

EVENT_TEXT = {
    "informasi": [
        "Pengadu diberi informasi tentang prosedur penanganan dan dokumen yang perlu dilengkapi.",
        "Dijelaskan hak-hak TKI sesuai perjanjian kerja dan mekanisme penyelesaian pengaduan.",
    ],
    "konsultasi": [
        "Konsultasi dengan pengadu mengenai langkah penyelesaian; pengadu setuju kasus dimediasi.",
        "Pengadu berkonsultasi tentang pilihan penyelesaian dan diminta melengkapi berkas.",
    ],
    "klarifikasi_pptkis": [
        "Surat panggilan klarifikasi dikirim kepada {pptkis}.",
        "{pptkis} hadir memenuhi panggilan dan berjanji menghubungi agensi di {country}.",
    ],
    "koordinasi_perwakilan": [
        "Kasus diteruskan kepada {mission} melalui email untuk penelusuran keberadaan TKI.",
        "{mission} mengabarkan telah menghubungi majikan dan TKI dalam keadaan sehat.",
    ],
    "koordinasi_pusat": ["Kasus dilaporkan ke Crisis Center BP2MI pusat untuk koordinasi lanjutan."],
    "mediasi": ["Mediasi antara pengadu dan {pptkis} di kantor BP3TKI; disepakati penyelesaian secara kekeluargaan."],
    "pendampingan_hukum": ["Pengadu didampingi membuat laporan polisi dan diberi rujukan bantuan hukum."],
    "klaim_asuransi": ["Berkas klaim asuransi diajukan kepada konsorsium asuransi TKI/BPJS Ketenagakerjaan."],
    "pemulangan": ["TKI dijadwalkan pulang dengan penerbangan ke {airport}."],
    "penjemputan": ["TKI dijemput petugas di {airport} dan diantar ke daerah asal."],
    "rujukan": ["TKI dirujuk ke rumah sakit daerah untuk pemeriksaan lanjutan.",
                "TKI dirujuk ke Dinas Sosial untuk pendampingan psikososial."],
    "kontak_keluarga": [
        "Menghubungi keluarga untuk menyampaikan perkembangan penanganan kasus.",
        "Keluarga menanyakan perkembangan; dijelaskan masih menunggu jawaban dari {mission}.",
        "Keluarga belum dapat dihubungi; akan dicoba kembali.",
    ],
    "catatan": ["Berkas pengaduan diperiksa ulang dan dilengkapi.",
                "Kasus dibahas dalam rapat koordinasi seksi perlindungan."],
}
STATUS_NOTES = {
    st.VALIDASI: "Data dan dokumen pengaduan sedang diverifikasi.",
    st.MENUNGGU_DOKUMEN: "Pengadu diminta melengkapi dokumen.",
    st.PROSES: "Dokumen cukup, kasus ditangani.",
    st.DIRUJUK: "Kasus dirujuk kepada perwakilan RI/instansi terkait.",
}


# --- the plan -------------------------------------------------------------------------------


@dataclass
class _Recent:
    index: int
    worker: WorkerInput
    complainant: ComplainantInput
    category: str


def require_generator_rights(core) -> None:
    """Raise PermissionDenied unless the session may do everything the generator does."""
    for perm in REQUIRED_PERMS:
        core.require(perm)


def _weighted(items: dict) -> tuple[list, list[float]]:
    keys = list(items)
    acc, total = [], 0.0
    for k in keys:
        total += items[k]
        acc.append(total)
    return keys, acc


class Planner:
    """Plans `count` cases; the same (seed, office, day) always gives the same cases."""

    def __init__(self, reference, office_code: str, office_tz: str, now: datetime,
                 count: int, seed: int, setup: OfficeSetup | None = None) -> None:
        self.ref = reference
        self.office_code = office_code
        self.rng = random.Random(seed)
        self._seed = seed
        self.now = now.astimezone(UTC)
        self.zone = zone_info(office_tz)
        self.count = count
        self._cum = {}
        self._table("category", {i.code: float(i.extra.get("weight", 1))
                                 for i in reference.items("category")})
        self._table("country", {i.code: float(i.extra.get("weight", 1))
                                for i in reference.items("country")})
        self._table("channel", {c: w for c, w in CHANNEL_WEIGHTS.items()
                                if reference.has("channel", c)})
        self._table("relation", RELATION_WEIGHTS)
        self._table("province", dict(N.OFFICE_PROVINCES.get(office_code, N.OFFICE_PROVINCES["PST"])))
        for prov, flavours in N.PROVINCE_FLAVOURS.items():
            self._table(f"flavour:{prov}", dict(flavours))
        self._table("open", OPEN_WEIGHTS)
        self._table("fresh_open", FRESH_OPEN_WEIGHTS)
        self._table("closed_outcome", CLOSED_OUTCOMES)
        self._table("generic_event", GENERIC_EVENTS)
        self._table("contact_channel", FAMILY_CONTACT_CHANNELS)
        self._table("event_count", dict(enumerate(EVENT_COUNT_WEIGHTS, start=1)))
        self._docs = [(i.code, i.extra.get("when")) for i in reference.items("document_type")]
        self._doc_label = {i.code: i.label_id for i in reference.items("document_type")}
        self._recent: deque[_Recent] = deque(maxlen=400)
        self._arrivals = self._plan_arrivals()
        self._near = self._plan_near()
        self._no_pause = False
        # Without the office's setup (who handles cases, the directory) only intakes and
        # their base timelines are planned (benchmarks draw intakes this way).
        self.casework = CaseworkPlanner(self, setup) if setup is not None else None
        self._next = 0

    # -- random helpers --------------------------------------------------------------------
    def _table(self, name: str, weights: dict) -> None:
        self._cum[name] = _weighted(weights)

    def pick(self, name: str):
        keys, acc = self._cum[name]
        x = self.rng.random() * acc[-1]
        lo, hi = 0, len(acc) - 1
        while lo < hi:  # bisect by hand: this runs millions of times for a benchmark store
            mid = (lo + hi) // 2
            if acc[mid] > x:
                hi = mid
            else:
                lo = mid + 1
        return keys[lo]

    def chance(self, p: float) -> bool:
        return self.rng.random() < p

    def choice(self, seq):
        return seq[int(self.rng.random() * len(seq))]

    # -- time -------------------------------------------------------------------------------
    def _plan_arrivals(self) -> list[tuple[datetime, str]]:
        """All receipt moments, oldest first, so case numbers rise with time as in real use."""
        out = []
        for _ in range(self.count):
            channel = self.pick("channel")
            days = self.rng.random() * HISTORY_DAYS
            at = self._snap(self.now - timedelta(days=days), channel in OFFICE_HOURS_CHANNELS)
            out.append((min(at, self.now - timedelta(minutes=10)), channel))
        out.sort(key=lambda a: a[0])
        return out

    def _plan_near(self) -> dict[int, list[str]]:
        """{case index: categories whose target would bring it within NEAR_DAYS working days
        of its deadline today}, for a few cases received at the right time, which will run
        without pause."""
        today = self.now.astimezone(self.zone).date()
        last = add_working_days(today, NEAR_DAYS)
        targets = {i.code: int(i.extra.get("target_days", DEFAULT_TARGET_DAYS))
                   for i in self.ref.items("category")}
        first_day = today - timedelta(days=2 * max(targets.values(), default=30) + 14)
        days = (first_day + timedelta(days=n) for n in range((last - first_day).days + 1))
        work = [d for d in days if is_working_day(d)]
        found: dict[int, list[str]] = {}
        for index, (at, _channel) in enumerate(self._arrivals):
            received = at.astimezone(self.zone).date()
            if received < first_day:
                continue
            day_one = bisect.bisect_left(work, received)  # day 1: the first working day
            fits = [code for code, target in targets.items()
                    if day_one + target - 1 < len(work)
                    and today <= work[day_one + target - 1] <= last]
            if fits:
                found[index] = fits
        least = NEAR_MIN if self.count >= QUOTA_FROM else 0  # a few cases: left to chance
        want = min(len(found), max(least, round(self.count * NEAR_SHARE)))
        chosen = self.rng.sample(sorted(found), want)
        return {i: found[i] for i in sorted(chosen)}

    def _snap(self, moment: datetime, office_hours: bool) -> datetime:
        local = moment.astimezone(self.zone)
        if office_hours:
            day = local.date()
            if day.weekday() >= 5:  # offices are closed at the weekend
                day -= timedelta(days=day.weekday() - 4)
            minutes = 8 * 60 + int(self.rng.random() * 7.5 * 60)
        else:
            day = local.date()
            minutes = int(min(max(self.rng.gauss(14 * 60, 5 * 60), 0), 24 * 60 - 1))
        snapped = datetime(day.year, day.month, day.day, minutes // 60, minutes % 60,
                           int(self.rng.random() * 60), tzinfo=self.zone)
        return snapped.astimezone(UTC)

    # -- people -----------------------------------------------------------------------------
    def _name(self, flavour: str, sex: str, second: str | None = None) -> str:
        pool = N.FEMALE if sex == "P" else N.MALE
        given = self.choice(pool[flavour])
        if second is not None:
            return f"{given} {second}"
        if " " in given and self.chance(0.6):
            return given  # "Baiq Nurul", "Lalu Ahmad" are full names already
        if self.chance(N.PATRONYM_SHARE[flavour]):
            return f"{given} {'binti' if sex == 'P' else 'bin'} {self.choice(N.MUSLIM_FATHERS)}"
        if self.chance(N.SINGLE_NAME_SHARE[flavour]):
            return given
        return f"{given} {self.choice(N.SECOND[flavour])}"

    def _nik(self, prov: str, regency: str, born: date, sex: str) -> str:
        day = born.day + (40 if sex == "P" else 0)
        district = 1 + int(self.rng.random() * 24)
        serial = 1 + int(self.rng.random() * 2999)
        return f"{prov}{regency}{district:02d}{day:02d}{born.month:02d}{born.year % 100:02d}{serial:04d}"

    def _typed_nik(self, nik: str) -> str:
        # Officers copy NIKs from cards in different ways; the core strips the separators.
        r = self.rng.random()
        if r < 0.8:
            return nik
        if r < 0.9:
            return f"{nik[:6]} {nik[6:12]} {nik[12:]}"
        return f"{nik[:6]}.{nik[6:12]}.{nik[12:]}"

    def _birth(self, received: date, min_age: float, max_age: float) -> date:
        age_days = (min_age + self.rng.random() * (max_age - min_age)) * 365.25
        return received - timedelta(days=age_days)

    def _typed_date(self, d: date) -> str:
        r = self.rng.random()
        if r < 0.5:
            return f"{d.day:02d}/{d.month:02d}/{d.year}"
        if r < 0.75:
            return d.isoformat()
        if r < 0.9:
            return f"{d.day} {_MONTHS[d.month - 1]} {d.year}"
        return f"{d.day:02d}-{d.month:02d}-{d.year}"

    def _mobile(self) -> str:
        return self._valid_number(self._mobile_as_typed)

    def _mobile_as_typed(self) -> str:
        prefix = self.choice(N.MOBILE_PREFIXES)
        rest = "".join(str(int(self.rng.random() * 10)) for _ in range(7 + int(self.rng.random() * 2)))
        digits = prefix + rest
        r = self.rng.random()
        if r < 0.45:
            return "0" + digits
        if r < 0.75:
            return f"0{digits[:3]}-{digits[3:7]}-{digits[7:]}"
        if r < 0.9:
            return f"0{digits[:3]} {digits[3:7]} {digits[7:]}"
        return f"+62 {digits[:3]}-{digits[3:7]}-{digits[7:]}"

    def _foreign_phone(self, country: str) -> str:
        def typed() -> str:
            code, prefixes, length = N.COUNTRY_PHONE[country]
            rest = "".join(str(int(self.rng.random() * 10)) for _ in range(length))
            return f"+{code} {self.choice(prefixes)}{rest[:3]} {rest[3:]}"

        return self._valid_number(typed)

    def _valid_number(self, make: Callable[[], str], tries: int = 50) -> str:
        """A made-up number that its country's plan accepts (random digits often fall in a
        range no operator has: the intake would refuse them); "" if none comes up."""
        for _ in range(tries):
            number = make()
            if phones.search_digits(number):
                return number
        return ""

    def _passport(self) -> str:
        letter = self.choice("BBBBBCCAXE")
        number = f"{letter}{int(self.rng.random() * 10_000_000):07d}"
        return number if self.chance(0.9) else f"{letter.lower()} {number[1:]}"

    def _pptkis(self, category: str) -> str:
        if self.casework is not None and self.casework.agencies:
            return self.casework.agency_name(category)  # the directory's demo agencies
        return (f"PT {self.choice(N.PPTKIS_WORDS_1)} {self.choice(N.PPTKIS_WORDS_2)} "
                f"{self.choice(N.PPTKIS_WORDS_3)}")

    def _address(self, regency: str) -> str:
        street = self.choice(N.STREETS)
        number = "" if street.startswith("Dusun") else f" No. {1 + int(self.rng.random() * 120)}"
        rt, rw = 1 + int(self.rng.random() * 12), 1 + int(self.rng.random() * 8)
        return (f"{street}{number}, RT {rt:03d}/RW {rw:03d}, Desa {self.choice(N.VILLAGES)}, "
                f"{regency}")

    def _email(self, name: str) -> str:
        local = "".join(c for c in name.lower().replace(" ", ".") if c.isalpha() or c == ".")
        local = ".".join(p for p in local.split(".") if p)[:20] or "pengadu"
        return f"{local}{int(self.rng.random() * 1000)}@{self.choice(N.EMAIL_DOMAINS)}"

    # -- one case ---------------------------------------------------------------------------
    def next(self) -> CasePlan:
        index = self._next
        self._next += 1
        received, channel = self._arrivals[index]
        # One stream per case: a case that comes out differently because "now" moved (a
        # closing that no longer fits before today) must not reshuffle all later cases.
        rng = self.rng = random.Random((self._seed << 40) + index)
        delay = timedelta(minutes=5 + rng.random() * (40 if channel == "datang_langsung" else 180))
        recorded = min(received + delay, self.now)
        age_days = (self.now - received).total_seconds() / 86400

        # Final status first: a duplicate closure decides whose data this case repeats.
        close_after = max(0.2, math.exp(rng.gauss(math.log(35), 1.0)))
        close_roll, ditutup_roll = rng.random(), rng.random()
        near = self._near.get(index)
        closed = close_after <= age_days * 0.95 and close_roll < CLOSE_SHARE and near is None
        final, outcome, source = "", "", None
        if closed:
            if ditutup_roll < DITUTUP_SHARE:
                final, outcome = st.DITUTUP, self.pick("closed_outcome")
                if outcome == "duplikat":
                    source = self._duplicate_source()
                    if source is None:
                        outcome = "dicabut"
                    else:
                        close_after = min(close_after, 2 + rng.random() * 12)
            else:
                final = st.SELESAI
        else:
            final = self.pick("fresh_open" if age_days < 2 else "open")
            if near is not None:
                final = self.choice(NEAR_STATUSES)

        if source is not None:
            category = source.category
            worker = WorkerInput(**vars(source.worker))
            complainant = ComplainantInput(**vars(source.complainant))
            prov = self.pick("province")
            relation = complainant.relation
        else:
            category = self.pick("category")
            if near is not None:
                category = self._near_category(near)
            worker, complainant, relation, prov = self._people(category, received.date())
        if final == st.SELESAI:
            outcome = self._resolved_outcome(category)

        if channel in ("telepon", "sms", "faksimili") and not complainant.phones:
            complainant.phones = self._mobile()
        if channel == "surat" and not complainant.address:
            complainant.address = self._address(self.choice(N.PROVINCES[prov][1])[1])
        if channel == "email" and not complainant.email:
            complainant.email = self._email(complainant.name or worker.name)
        if channel in ("datang_langsung", "media_sosial") and not (
                complainant.phones or complainant.address or complainant.email):
            complainant.phones = self._mobile()

        if relation == "diri_sendiri":
            ctype = "calon_tki" if category in PRE_DEPARTURE else "tki"
        elif relation == "kuasa":
            ctype = "kuasa"
        else:
            ctype = "keluarga_tki" if self.ref.extra("relation", relation).get("family") else ""
        documents = self._documents(category, relation, channel)
        description = self._description(category, relation, worker, received)
        intake = IntakeInput(
            complainant=complainant, worker=worker, documents=documents,
            complaint=ComplaintInput(category=category, channel=channel, complainant_type=ctype,
                                     description=description, received_at=received),
        )
        plan = CasePlan(index, received, recorded, intake)
        end = min(received + timedelta(days=close_after if closed else
                                       max(age_days * (0.3 + 0.7 * rng.random()), 0.01)),
                  self.now)
        self._no_pause = near is not None
        plan.steps = self._timeline(plan, category, final, outcome, source, end, documents)
        if self.casework is not None:
            plan.recorder = self.casework.recorder()
            self.casework.add(plan, category, final, documents)
        self._recent.append(_Recent(index, worker, complainant, category))
        return plan

    def _near_category(self, fits: list[str]) -> str:
        keys, acc = self._cum["category"]
        weights = {k: acc[i] - (acc[i - 1] if i else 0.0) for i, k in enumerate(keys)}
        total = sum(weights.get(c, 1.0) for c in fits)
        x = self.rng.random() * total
        for code in fits:
            x -= weights.get(code, 1.0)
            if x < 0:
                return code
        return fits[-1]

    def _duplicate_source(self) -> _Recent | None:
        if not self._recent:
            return None
        return self._recent[len(self._recent) - 1 - int(self.rng.random() * min(len(self._recent), 60))]

    def _resolved_outcome(self, category: str) -> str:
        if self.chance(0.12):
            return "informasi_diberikan"
        return self.choice(RESOLVED_OUTCOMES.get(category, ["informasi_diberikan"]))

    def _people(self, category: str, received: date):
        rng = self.rng
        prov = self.pick("province")
        prov_name, regencies = N.PROVINCES[prov]
        reg_code, regency = self.choice(regencies)
        flavour = self.pick(f"flavour:{prov}")
        country = self.pick("country")
        jobs = N.COUNTRY_JOBS.get(country, ["lainnya"])
        sex = "P" if self.chance(0.7) else "L"
        fitting = [j for j in jobs if (j in N.MALE_JOBS) == (sex == "L")] or jobs
        job = self.choice(fitting)
        if sex == "P" and job in N.MALE_JOBS:
            sex = "L"
        name = self._name(flavour, sex)
        born = self._birth(received, 19, 45)
        abroad = category not in PRE_DEPARTURE
        departed = (received - timedelta(days=60 + rng.random() * 2000)) if abroad else None
        wnik = self._nik(prov, reg_code, born, sex)
        home = self._address(regency)
        city = self.choice(N.CITIES.get(country, ["-"]))
        worker = WorkerInput(
            name=name, sex=sex, birth_date=self._typed_date(born),
            nik=self._typed_nik(wnik) if self.chance(0.55) else "",
            passport=self._passport() if self.chance(0.75 if abroad else 0.35) else "",
            ktkln=f"{int(rng.random() * 10**10):010d}" if abroad and self.chance(0.2) else "",
            phone=(self._foreign_phone(country) if abroad and country in N.COUNTRY_PHONE
                   else self._mobile()) if self.chance(0.4) else "",
            address=home, province=prov_name, regency=regency,
            destination_country=country, destination_city=city if abroad else "",
            job=job if self.chance(0.9) else "",
            employer_name=self.choice(N.EMPLOYERS.get(country, ["-"])) if abroad else "",
            employer_address=f"{city}, {self.ref.label('country', country)}" if abroad and self.chance(0.4) else "",
            employer_phone=self._foreign_phone(country) if abroad and country in N.COUNTRY_PHONE and self.chance(0.25) else "",
            first_employer=self.choice(N.EMPLOYERS.get(country, ["-"])) if abroad and self.chance(0.08) else "",
            pptkis=self._pptkis(category) if self.chance(0.85) else "",
            departure_date=self._typed_date(departed) if departed else "",
            work_agreement=(f"Kontrak 2 tahun, gaji {self._money(country, 1)} per bulan"
                            if abroad and self.chance(0.3) else ""),
        )

        relation = self.pick("relation")
        if relation == "spouse":
            relation = "suami" if sex == "P" else "istri"
        worker_age = (received - born).days / 365.25
        if relation == "anak" and worker_age < 36:
            relation = "saudara"
        if relation == "diri_sendiri":
            complainant = ComplainantInput(relation=relation, nik="",
                                           phones=self._mobile() if self.chance(0.9) else "",
                                           address=home if self.chance(0.8) else "")
        else:
            complainant = self._complainant(relation, flavour, sex, name, born, prov, reg_code,
                                             home, received)
        if self.chance(0.12) and not complainant.email:
            complainant.email = self._email(complainant.name or name)
        complainant.preferred_contact = self.choice(
            ["telepon", "telepon", "telepon", "sms", "media_sosial", "datang_langsung", ""])
        return worker, complainant, relation, prov

    def _complainant(self, relation, flavour, worker_sex, worker_name, worker_born, prov,
                     reg_code, home, received) -> ComplainantInput:
        rng = self.rng
        sex = {"ibu": "P", "istri": "P", "ayah": "L", "suami": "L"}.get(
            relation, "P" if self.chance(0.5) else "L")
        years = {"ibu": (18, 35), "ayah": (20, 38), "istri": (-8, 3), "suami": (-3, 10),
                 "saudara": (-12, 12), "anak": (-32, -18)}.get(relation)
        if years is not None:
            born = worker_born - timedelta(days=(years[0] + rng.random() * (years[1] - years[0])) * 365.25)
        else:
            born = self._birth(received, 25, 60)
        if (received - born).days < 17 * 365:
            born = self._birth(received, 17, 25)
        parts = worker_name.split()
        second = None
        if relation in ("ayah", "saudara", "anak") and flavour in ("batak", "ntt") and len(parts) > 1:
            second = parts[-1]  # marga and fam names pass from father to children
        if relation == "ayah" and len(parts) >= 3 and parts[-2] in ("bin", "binti"):
            name = parts[-1]
        elif relation == "kuasa":
            name = f"{self._name(flavour, sex)}, {self.choice(N.LAWYER_TITLES)}"
        else:
            name = self._name(flavour, sex, second)
        phones = self._mobile() if self.chance(0.93) else ""
        if phones and self.chance(0.12):
            phones += self.choice([", ", " / ", "; "]) + self._mobile()
        if relation == "kuasa":
            address = f"{self.choice(N.NGO_NAMES)}, {self.choice(N.STREETS)} No. {1 + int(rng.random() * 80)}"
        elif relation in ("kerabat", "lainnya") or self.chance(0.25):
            address = self._address(self.choice(N.PROVINCES[prov][1])[1])
        else:
            address = home
        return ComplainantInput(
            name=name, relation=relation,
            nik=self._typed_nik(self._nik(prov, reg_code, born, sex)) if self.chance(0.7) else "",
            phones=phones, address=address if self.chance(0.92) else "",
        )

    def _documents(self, category: str, relation: str, channel: str) -> dict[str, str]:
        rel = self.ref.extra("relation", relation)
        walk_in = channel == "datang_langsung"
        present = {"paspor": 0.6, "ktkln": 0.2, "perjanjian_kerja": 0.3, "identitas_majikan": 0.2,
                   "kontak_majikan": 0.35, "ktp_pengadu": 0.85 if walk_in else 0.3,
                   "kartu_keluarga": 0.6, "surat_kuasa": 0.9,
                   "polis_asuransi": 0.5 if category in ("asuransi", "meninggal_dunia",
                                                         "kecelakaan_kerja") else 0.1,
                   "surat_foto_tki": 0.2}
        out = {}
        for code, when in self._docs:
            # The same rule as the core's default (family/kuasa documents), plus: nothing
            # about an employer exists before departure.
            if ((when == "family" and not rel.get("family"))
                    or (when == "kuasa" and not rel.get("kuasa"))
                    or (category in PRE_DEPARTURE and code in PRE_DEPARTURE_NA)):
                out[code] = DOC_NOT_APPLICABLE
            else:
                out[code] = DOC_PRESENT if self.chance(present.get(code, 0.3)) else DOC_MISSING
        return out

    def _money(self, country: str, months: int) -> str:
        currency, wage = WAGES.get(country, ("USD", 400))
        amount = wage * months
        return f"{currency} {amount:,}".replace(",", ".")

    def _fill(self, text: str, worker: WorkerInput, received: date | None = None) -> str:
        if "{" not in text:
            return text
        country = worker.destination_country or "MY"
        months = 2 + int(self.rng.random() * 14)
        values = {
            "W": worker.name.split()[0] if worker.name else "TKI",
            "emp": worker.employer_name or "majikan",
            "city": worker.destination_city or self.choice(N.CITIES.get(country, ["-"])),
            "country": self.ref.label("country", country),
            "months": months, "days": 2 + int(self.rng.random() * 20),
            "amount": self._money(country, months),
            "fee": f"Rp {int(5 + self.rng.random() * 30)}.000.000",
            "pptkis": worker.pptkis or "PPTKIS",
            "houses": 2 + int(self.rng.random() * 2),
            "mission": self.choice(MISSIONS.get(country, ["perwakilan RI"])),
            "airport": self.choice(AIRPORTS),
            "event_date": format_date(received - timedelta(days=1 + int(self.rng.random() * 20)))
            if received else "",
        }
        for key, options in FILLERS.items():
            if "{" + key + "}" in text:
                values[key] = self.choice(options)
        return text.format(**values)

    def _description(self, category, relation, worker: WorkerInput, received: datetime) -> str:
        day = received.astimezone(self.zone).date()
        first = worker.name.split()[0] if worker.name else "TKI"
        subject = {
            "diri_sendiri": "Pengadu", "ibu": f"Anak pengadu, {first},",
            "ayah": f"Anak pengadu, {first},", "istri": f"Suami pengadu, {first},",
            "suami": f"Istri pengadu, {first},", "anak": f"Orang tua pengadu, {first},",
            "saudara": f"Saudara kandung pengadu, {first},", "kuasa": f"Klien pengadu, {first},",
        }.get(relation, f"Kerabat pengadu, {first},")
        country = self.ref.label("country", worker.destination_country or "MY")
        if category in PRE_DEPARTURE:
            intro = (f"{subject} mendaftar sebagai calon TKI tujuan {country}"
                     + (f" melalui {worker.pptkis}." if worker.pptkis else " melalui sponsor."))
        else:
            label = self.ref.label("job", worker.job) if worker.job else "TKI"
            job = label if label.isupper() else label[0].lower() + label[1:]
            intro = (f"{subject} bekerja sebagai {job} di {worker.destination_city}, {country}"
                     + (f" melalui {worker.pptkis}." if worker.pptkis else "."))
        body = self._fill(self.choice(CATEGORY_TEXT.get(category, CATEGORY_TEXT["lainnya"])),
                          worker, day)
        group = CATEGORY_GROUP.get(category) or (
            "wages" if category in ("gaji_tidak_dibayar", "phk_sebelum_kontrak_berakhir",
                                    "biaya_berlebih") else
            "agency" if category in ("gagal_berangkat", "penahanan_dokumen",
                                     "pekerjaan_tidak_sesuai") else "other")
        parts = [intro, body]
        if self.chance(0.8):
            parts.append(self._fill(REQUEST_TEXT[group], worker))
        return " ".join(parts)

    # -- timeline ---------------------------------------------------------------------------
    def _status_path(self, final: str, outcome: str) -> list[str]:
        r = self.chance
        if final == st.BARU:
            path = []
        elif final == st.VALIDASI:
            path = [st.VALIDASI]
        elif final == st.MENUNGGU_DOKUMEN:
            path = ([st.VALIDASI] if r(0.7) else []) + [st.MENUNGGU_DOKUMEN]
        elif final == st.PROSES:
            paused = r(0.25) and not self._no_pause
            path = ([st.VALIDASI] if r(0.75) else []) + ([st.MENUNGGU_DOKUMEN] if paused else [])
            path.append(st.PROSES)
        elif final == st.DIRUJUK:
            path = ([st.VALIDASI] if r(0.6) else []) + ([st.PROSES] if r(0.5) else [])
            path.append(st.DIRUJUK)
        elif final == st.SELESAI:
            path = self._status_path(st.PROSES, "")
            if r(0.3):
                path.append(st.DIRUJUK)
            path.append(st.SELESAI)
            if self.chance(REOPEN_SHARE):
                path += [st.PROSES, st.SELESAI]
        else:
            path = [] if outcome == "duplikat" and r(0.6) else self.choice(
                [[], [st.VALIDASI], [st.VALIDASI, st.PROSES], [st.VALIDASI, st.MENUNGGU_DOKUMEN]])
            path = list(path) + [st.DITUTUP]
        return path

    def _timeline(self, plan: CasePlan, category, final, outcome, source, end, documents):
        rng = self.rng
        start = plan.recorded_at
        span = max((end - start).total_seconds(), 60.0)
        path = self._status_path(final, outcome)
        steps: list[Step] = []

        n_events = self.pick("event_count")
        age_days = (self.now - plan.received_at).total_seconds() / 86400
        if age_days < 3:
            n_events = min(n_events, 2)
        group = CATEGORY_GROUP.get(category, "agency" if category in (
            "gagal_berangkat", "penahanan_dokumen", "biaya_berlebih", "pekerjaan_tidak_sesuai",
            "gaji_tidak_dibayar") else "")
        specific = CATEGORY_EVENTS.get(group, [])
        worker = plan.intake.worker
        # Flying home and the airport pick-up only happen on cases resolved that way.
        homecoming = final == st.SELESAI and outcome in HOMECOMING_OUTCOMES
        specific = [c for c in specific if homecoming or c not in HOMECOMING_EVENTS]
        codes = [self.choice(specific) if specific and self.chance(0.35)
                 else self.pick("generic_event") for _ in range(n_events)]
        if category in PRE_DEPARTURE:  # nobody abroad for an embassy to look for
            codes = ["konsultasi" if c == "koordinasi_perwakilan" else c for c in codes]
        if homecoming and "pemulangan" not in codes:
            codes[-1] = "pemulangan"
        for code in codes:
            if code == "penjemputan":
                frac = 0.97  # the pick-up follows the flight home
            elif code in LATE_EVENTS:
                frac = 0.55 + 0.4 * rng.random()
            else:
                frac = rng.random() * 0.9
            steps.append(Step(start + timedelta(seconds=span * frac), "event", code,
                              self._fill(self.choice(EVENT_TEXT[code]), worker)))

        # Status changes spread over the handling, the closing one last.
        for i, status in enumerate(path):
            last = i == len(path) - 1
            frac = 1.0 if last and status in st.CLOSED else (i + rng.random()) / (len(path) + 0.5)
            step = Step(start + timedelta(seconds=span * frac), "status", status,
                        summary=STATUS_NOTES.get(status, "") if self.chance(0.4) else "")
            if status in st.CLOSED:
                step.outcome = outcome
                if step.outcome == "duplikat":
                    step.duplicate_of = source.index
                step.summary = ""
            steps.append(step)

        missing = [c for c, s in documents.items() if s == DOC_MISSING]
        received_docs: list[str] = []
        if missing and (st.MENUNGGU_DOKUMEN in path[:-1] or self.chance(0.25)):
            received_docs = [self.choice(missing)]
            if len(missing) > 1 and self.chance(0.4):
                received_docs.append(self.choice([m for m in missing if m != received_docs[0]]))
        for code in received_docs:
            steps.append(Step(start + timedelta(seconds=span * rng.random() * 0.8), "document",
                              code, summary=self._doc_label[code]))

        # Real steps happen in office hours and in order; the closing one stays last.
        for s in steps:
            s.at = self._snap(s.at, True)
        order = {"document": 0, "event": 1, "status": 2}
        status_steps = [s for s in steps if s.kind == "status"]
        others = sorted((s for s in steps if s.kind != "status"), key=lambda s: (s.at, order[s.kind]))
        # Statuses keep their path order; other steps slot in by time around them.
        merged: list[Step] = []
        oi = 0
        for s in status_steps:
            while oi < len(others) and others[oi].at <= s.at:
                merged.append(others[oi])
                oi += 1
            merged.append(s)
        tail = others[oi:]
        if path and path[-1] in st.CLOSED:
            # Nothing happens on a closed case; what was drawn later moves before the close.
            merged = merged[:-1] + tail + merged[-1:]
        else:
            merged += tail

        out: list[Step] = []
        previous = start
        limit = self.now - timedelta(seconds=30)
        for s in merged:
            at = max(s.at, previous + timedelta(minutes=1 + int(rng.random() * 20)))
            if at > limit:
                break  # a suffix of the path is still a valid path
            s.at = at
            previous = at
            out.append(s)
        # Family contacts promise the next call; dates are relative to the contact itself,
        # so older open cases end up overdue as they would in a real office.
        for s in out:
            if s.kind == "event" and s.code == "kontak_keluarga":
                s.channel = self.pick("contact_channel")
                if self.chance(0.75):
                    s.due = s.at.astimezone(self.zone).date() + timedelta(days=3 + int(rng.random() * 19))
        return out


# --- writers --------------------------------------------------------------------------------


def office_setup(core, seed: int) -> OfficeSetup:
    """What the planner needs of the office: who handles cases, and the directory (its demo
    entries added first when the office lacks them)."""
    partners = ensure_directory(core, seed, directory_moment(core.now(), HISTORY_DAYS))
    return OfficeSetup(core.session.username, roster(core), partners, core.office.name,
                       clerks(core))


def generate_cases(core, count: int, seed: int = 1, progress: Progress | None = None) -> list[str]:
    """Record `count` synthetic cases through the services; returns their case numbers.

    The core's clock is moved to each step's moment while it is recorded (and always put
    back), so case numbers, validation and due dates follow the case's own history.
    """
    require_generator_rights(core)
    setup = office_setup(core, seed)
    planner = Planner(core.reference, core.office.code, core.office.tz, core.now(), count, seed,
                      setup)
    cast = Cast(core)
    numbers: list[str] = []
    real_now = core.now
    try:
        for i in range(count):
            plan = planner.next()
            numbers.append(record_with_services(core, cast, plan, numbers))
            if progress:
                progress(i + 1, count)
    finally:
        core.now = real_now
    return numbers


def bulk_generate(core, count: int, seed: int = 1, progress: Progress | None = None,
                  batch: int = BULK_BATCH, cache_mib: int | None = None,
                  parallel: bool | None = None) -> list[str]:
    """The same cases as `generate_cases`, written `batch` cases per transaction.

    Rows, change records and search-index rows are those the services write; the times
    rows were recorded (`recorded_at`, `created_at`, `proposed_at`) are the transaction's,
    the times things happened (events, referrals, summonses) follow the plan. While it
    runs, the connection's page cache is raised to `cache_mib` (default: scaled to `count`,
    at most BULK_CACHE_MIB) and put back afterwards. With `parallel` (default: for large
    counts, except in a frozen build) the cases are planned and normalised in a helper
    process while this one writes.
    """
    require_generator_rights(core)
    if parallel is None:
        parallel = count >= PARALLEL_FROM and not getattr(sys, "frozen", False)
    setup = office_setup(core, seed)
    args = (core.reference, core.office.code, core.office.tz, core.now(), count, seed, setup)
    numbers: list[str] = []
    writer = BulkWriter(core, Cast(core), {o.username for o in setup.officers})
    store = core.store
    if cache_mib is None:
        cache_mib = min(BULK_CACHE_MIB, max(16, count * BULK_CACHE_KIB_PER_CASE // 1024))
    previous_cache = store.query_one("PRAGMA cache_size")[0]
    # Every case adds ~90 entries at random places in the uuid-keyed indexes; once those
    # outgrow the cache, each insert reads and re-encrypts a page. Big transactions also
    # write each dirty index page once per commit instead of once per few cases.
    store.query(f"PRAGMA cache_size = {-int(cache_mib) * 1024}")
    planned = _planned_in_process(args) if parallel else _planned_here(args)
    try:
        done = 0
        while done < count:
            n = min(batch, count - done)
            with store.write(core.session.username) as tx:
                for i in range(n):
                    plan, data = next(planned)
                    numbers.append(writer.write(tx, plan, data, numbers))
                    if progress and (i + 1) % PROGRESS_EVERY == 0 and i + 1 < n:
                        progress(done + i + 1, count)
            done += n
            if progress:
                progress(done, count)
    finally:
        planned.close()
        store.query(f"PRAGMA cache_size = {int(previous_cache)}")
    return numbers


def _planned_here(args) -> Iterator[tuple[CasePlan, NormalizedIntake]]:
    reference, zone = args[0], zone_info(args[2])
    planner = Planner(*args)
    for _ in range(planner.count):
        plan = planner.next()
        # As record_intake: typed dates are checked against the office's local date.
        today = plan.recorded_at.astimezone(zone).date()
        data = normalize_intake(plan.intake, reference, plan.recorded_at, today)
        check_steps(plan, reference, zone)
        yield plan, data


def _planner_child() -> None:
    """Entry point of the helper process: args on stdin, pickled chunks on stdout."""
    args = pickle.load(sys.stdin.buffer)
    out = sys.stdout.buffer
    try:
        chunk = []
        for item in _planned_here(args):
            chunk.append(item)
            if len(chunk) == PLAN_CHUNK:
                pickle.dump(chunk, out, protocol=pickle.HIGHEST_PROTOCOL)
                chunk = []
        pickle.dump(chunk, out, protocol=pickle.HIGHEST_PROTOCOL)
    except Exception as exc:  # handed to the writer, which raises it where the caller sees it
        pickle.dump(exc, out, protocol=pickle.HIGHEST_PROTOCOL)
    out.flush()


def _planned_in_process(args) -> Iterator[tuple[CasePlan, NormalizedIntake]]:
    # A plain child interpreter rather than multiprocessing: spawn would re-run the caller's
    # main script, and fork is unsafe in a Qt application.
    root = str(Path(__file__).resolve().parents[2])
    env = dict(os.environ, PYTHONPATH=os.pathsep.join(
        p for p in (root, os.environ.get("PYTHONPATH", "")) if p))
    proc = subprocess.Popen(
        [sys.executable, "-c", "from desktop.demo.generator import _planner_child; _planner_child()"],
        stdin=subprocess.PIPE, stdout=subprocess.PIPE, env=env)
    try:
        pickle.dump(args, proc.stdin, protocol=pickle.HIGHEST_PROTOCOL)
        proc.stdin.close()
        remaining = args[4]
        while remaining > 0:
            try:
                chunk = pickle.load(proc.stdout)
            except EOFError:
                raise RuntimeError(
                    f"the demo planning process stopped (exit code {proc.wait()})") from None
            if isinstance(chunk, BaseException):
                raise chunk
            remaining -= len(chunk)
            yield from chunk
    finally:
        if proc.poll() is None:
            proc.kill()
        proc.wait()
        proc.stdout.close()

