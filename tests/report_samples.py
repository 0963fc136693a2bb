"""A realistic `Report` built by hand for the renderer tests: every table key of the issue 13
contract, labels in both languages, numbers shaped like the published 2021 figures
(DESIGN.md: 1,702 complaints, 939 resolved; Malaysia first)."""

from __future__ import annotations

from datetime import UTC, date, datetime

from desktop.domain.reports.period import Period
from desktop.domain.reports.tables import (
    BAR,
    DAYS,
    HBAR,
    LINE,
    PERCENT,
    PIE,
    Column,
    Report,
    Row,
    Table,
)

COUNT_COL = Column("count", "Jumlah", "Count")
RESOLVED_COL = Column("resolved", "Selesai", "Resolved")
SHARE_COL = Column("share", "Persentase", "Share", PERCENT)

TABLE_KEYS = ("outcomes", "resolution_time", "by_category", "by_status", "by_country",
              "by_channel", "by_complainant_type", "by_sex", "by_province", "by_regency",
              "by_agency", "by_office", "ageing", "deadlines", "workload",
              "inquiries_by_topic", "inquiries_by_channel", "trend")

# Indonesian spellings with characters a careless encoder breaks (en dash, é, ü).
REGENCIES = [
    "Kabupaten Indramayu", "Kabupaten Cirebon", "Kabupaten Lombok Timur", "Kabupaten Cilacap",
    "Kabupaten Ponorogo", "Kabupaten Blitar", "Kabupaten Tulungagung", "Kabupaten Malang",
    "Kabupaten Kendal", "Kabupaten Sumbawa", "Kabupaten Subang", "Kabupaten Karawang",
    "Kabupaten Banyuwangi", "Kota Kupang – NTT", "Kabupaten Sikka (Maumére)",
    "Kabupaten Jember", "Kabupaten Kebumen", "Kabupaten Lampung Timur",
]


def _share(n: int, total: int) -> float | None:
    return round(100.0 * n / total, 1) if total else None


def _dimension(key: str, title: tuple[str, str], heading: tuple[str, str],
               rows: list[tuple[str, str, str, int, int]], chart: str) -> Table:
    total = sum(r[3] for r in rows)
    out = tuple(Row(k, i, e, (n, done, _share(n, total))) for k, i, e, n, done in rows)
    return Table(key, *title, *heading, (COUNT_COL, RESOLVED_COL, SHARE_COL), out, chart)


def _same(pairs: list[tuple[str, int, int]]) -> list[tuple[str, str, str, int, int]]:
    return [(label.casefold(), label, label, n, done) for label, n, done in pairs]


def _outcomes() -> Table:
    received, resolved, closed = 1702, 939, 211
    still = received - resolved - closed
    rows = (Row("resolved", "Selesai", "Resolved", (resolved, _share(resolved, received))),
            Row("closed", "Ditutup tanpa penyelesaian", "Closed without resolution",
                (closed, _share(closed, received))),
            Row("open", "Masih dalam penanganan", "Still being handled",
                (still, _share(still, received))))
    return Table("outcomes", "Hasil penanganan pengaduan", "Outcomes of complaints", "Hasil",
                 "Outcome", (COUNT_COL, SHARE_COL), rows, PIE,
                 note_id="Pengaduan diterima: 1702. Tingkat penyelesaian: 55,2 %.",
                 note_en="Complaints received: 1702. Resolution rate: 55.2 %.")


def _resolution_time() -> Table:
    days = Column("days", "Hari kerja", "Working days", DAYS)
    rows = (Row("median", "Median", "Median", (12.5,)),
            Row("p90", "Persentil ke-90", "90th percentile", (41,)))
    return Table("resolution_time", "Lama penyelesaian (hari kerja)",
                 "Time to resolve (working days)", "Ukuran", "Measure", (days,), rows, BAR,
                 total=False, note_id="Dari 939 pengaduan yang selesai.",
                 note_en="Of 939 resolved complaints.")


def _dimensions() -> list[Table]:
    category = [("ingin_dipulangkan", "Ingin dipulangkan", "Wants repatriation", 508, 301),
                ("gaji_tidak_dibayar", "Gaji tidak dibayar", "Unpaid wages", 216, 120),
                ("meninggal", "Meninggal dunia di negara tujuan", "Death abroad", 172, 150),
                ("gagal_berangkat", "Gagal berangkat", "Failed departure", 147, 70),
                ("putus_komunikasi", "Putus komunikasi", "Lost contact", 131, 60),
                ("sakit", "Sakit / rawat inap", "Illness", 98, 55),
                ("penganiayaan", "Penganiayaan / kekerasan majikan", "Abuse", 87, 41),
                ("overstay", "Overstay", "Overstay", 74, 30),
                ("phk", "PHK sebelum kontrak berakhir", "Dismissed before the contract ended",
                 61, 28),
                ("penipuan", "Penipuan peluang kerja", "Job fraud", 55, 20),
                ("asuransi", "Asuransi / jaminan sosial", "Insurance claim", 49, 25),
                ("tppo", "Perdagangan orang (TPPO)", "Trafficking", 41, 9),
                ("ditahan", "Ditahan majikan", "Held by the employer", 33, 12),
                ("lainnya", "Lainnya", "Other", 30, 18)]
    status = [("baru", "Baru", "New", 120, 0), ("verifikasi", "Verifikasi", "Verification", 95, 0),
              ("proses", "Proses", "In progress", 337, 0),
              ("selesai", "Selesai", "Resolved", 939, 939),
              ("ditutup", "Ditutup", "Closed", 211, 0)]
    country = _same([("Malaysia", 403, 230), ("Arab Saudi", 351, 160), ("Taiwan", 262, 150),
                     ("Hong Kong", 211, 130), ("Singapura", 140, 80), ("Uni Emirat Arab", 92, 40),
                     ("Qatar", 61, 30), ("Kuwait", 55, 22), ("Oman", 41, 18),
                     ("Brunei Darussalam", 33, 20), ("Korea Selatan", 24, 17),
                     ("Jepang", 17, 12), ("Polandia", 12, 10)])
    channel = [("datang_langsung", "Datang langsung", "Walk-in", 702, 420),
               ("telepon", "Telepon", "Telephone", 488, 250),
               ("surat", "Surat", "Letter", 160, 90), ("email", "Email", "Email", 121, 70),
               ("media_sosial", "Media sosial", "Social media", 150, 70),
               ("sms", "SMS", "SMS", 50, 24), ("faksimili", "Faksimili", "Fax", 11, 5),
               ("lainnya", "Lainnya", "Other", 20, 10)]
    complainant = [("keluarga", "Keluarga", "Family", 980, 540),
                   ("tki", "TKI sendiri", "The worker", 520, 300),
                   ("kuasa", "Kuasa hukum / LSM", "Representative / NGO", 202, 99)]
    sex = [("P", "Perempuan", "Female", 1321, 730), ("L", "Laki-laki", "Male", 381, 209)]
    province = _same([("Jawa Barat", 402, 220), ("Jawa Timur", 380, 210),
                      ("Jawa Tengah", 311, 170), ("Nusa Tenggara Barat", 260, 140),
                      ("Nusa Tenggara Timur", 141, 80), ("Lampung", 88, 50),
                      ("Sumatera Utara", 60, 34), ("Bali", 30, 20), ("Banten", 30, 15)])
    regency = _same([(name, 150 - 7 * n, 80 - 4 * n) for n, name in enumerate(REGENCIES)])
    agency = _same([("PT Maju Bersama Sejahtera", 44, 20), ("PT Cahaya Abadi Mandiri", 37, 15),
                    ("PT Bintang Timur Raya", 29, 14), ("PT Anugerah Karya Utama", 22, 9)])
    office = [("SBY", "UPT BP2MI Surabaya", "UPT BP2MI Surabaya", 612, 340),
              ("SMG", "UPT BP2MI Semarang", "UPT BP2MI Semarang", 430, 240),
              ("MTR", "UPT BP2MI Mataram", "UPT BP2MI Mataram", 380, 210),
              ("KPG", "UPT BP2MI Kupang", "UPT BP2MI Kupang", 280, 149)]
    return [
        _dimension("by_category", ("Pengaduan menurut jenis", "Complaints by category"),
                   ("Jenis pengaduan", "Category"), category, HBAR),
        _dimension("by_status", ("Pengaduan menurut status", "Complaints by status"),
                   ("Status", "Status"), status, PIE),
        _dimension("by_country", ("Pengaduan menurut negara tujuan",
                                  "Complaints by destination country"),
                   ("Negara tujuan", "Destination country"), country, HBAR),
        _dimension("by_channel", ("Pengaduan menurut saluran", "Complaints by channel"),
                   ("Saluran", "Channel"), channel, PIE),
        _dimension("by_complainant_type", ("Pengaduan menurut jenis pengadu",
                                           "Complaints by complainant type"),
                   ("Jenis pengadu", "Complainant type"), complainant, PIE),
        _dimension("by_sex", ("Pengaduan menurut jenis kelamin TKI",
                              "Complaints by the worker's sex"),
                   ("Jenis kelamin", "Sex"), sex, PIE),
        _dimension("by_province", ("Pengaduan menurut provinsi asal TKI",
                                   "Complaints by the worker's province of origin"),
                   ("Provinsi", "Province"), province, HBAR),
        _dimension("by_regency", ("Pengaduan menurut kabupaten/kota asal TKI",
                                  "Complaints by the worker's regency of origin"),
                   ("Kabupaten/kota", "Regency"), regency, HBAR),
        _dimension("by_agency", ("Pengaduan menurut PPTKIS yang diadukan",
                                 "Complaints by placement agency (PPTKIS)"),
                   ("PPTKIS", "Placement agency"), agency, HBAR),
        _dimension("by_office", ("Pengaduan menurut kantor", "Complaints by office"),
                   ("Kantor", "Office"), office, HBAR),
    ]


def _ageing() -> Table:
    rows = (Row("d0_7", "0–7 hari", "0–7 days", (88,)),
            Row("d8_30", "8–30 hari", "8–30 days", (171,)),
            Row("d31_90", "31–90 hari", "31–90 days", (190,)),
            Row("d90_plus", "Lebih dari 90 hari", "Over 90 days", (103,)))
    return Table("ageing", "Umur pengaduan yang masih terbuka",
                 "Age of the complaints still open", "Umur", "Age", (COUNT_COL,), rows, BAR,
                 note_id="Hari kalender sejak diterima, per 22 November 2026.",
                 note_en="Calendar days since received, as of 22 November 2026.")


def _deadlines() -> Table:
    rows = (Row("past", "Melewati tenggat", "Past the deadline", (97,)),
            Row("near", "Mendekati tenggat (3 hari kerja)",
                "Close to the deadline (3 working days)", (41,)),
            Row("on_time", "Masih dalam tenggat", "Within the deadline", (352,)),
            Row("paused", "Menunggu dokumen (jam berhenti)",
                "Waiting for documents (clock paused)", (62,)))
    return Table("deadlines", "Tenggat pengaduan yang masih terbuka",
                 "Deadlines of the complaints still open", "Keadaan", "State", (COUNT_COL,),
                 rows, PIE)


def _workload() -> Table:
    columns = (Column("open", "Terbuka", "Open"),
               Column("overdue_contacts", "Kontak keluarga terlambat", "Family contacts overdue"),
               Column("past_deadline", "Melewati tenggat", "Past deadline"),
               Column("oldest_days", "Umur kasus tertua (hari)", "Oldest case (days)", DAYS))
    people = [("dewi", "Dewi Kartika Sari", 142, 12, 30, 211),
              ("budi", "Budi Santoso", 131, 9, 25, 187),
              ("ni_luh", "Ni Luh Putu Ayu Wédari", 118, 4, 17, 96),
              ("agus", "Agus Salim Nasution", 97, 7, 14, 143),
              ("-", "(belum ditetapkan)", 64, 0, 11, 40)]
    rows = tuple(Row(k, label, "(unassigned)" if k == "-" else label, (n, o, p, d))
                 for k, label, n, o, p, d in people)
    return Table("workload", "Beban kerja per petugas", "Workload per officer", "Petugas",
                 "Officer", columns, rows, HBAR)


def _inquiries() -> list[Table]:
    def table(key: str, title: tuple[str, str], heading: tuple[str, str],
              rows: list[tuple[str, str, str, int]], chart: str) -> Table:
        total = sum(r[3] for r in rows)
        out = tuple(Row(k, i, e, (n, _share(n, total))) for k, i, e, n in rows)
        return Table(key, *title, *heading, (COUNT_COL, SHARE_COL), out, chart)
    topics = [("prosedur", "Prosedur penempatan", "Placement procedure", 310),
              ("dokumen", "Dokumen dan paspor", "Documents and passport", 204),
              ("lowongan", "Lowongan kerja resmi", "Official job openings", 151),
              ("pptkis", "Legalitas PPTKIS", "Agency licensing", 88),
              ("asuransi", "Asuransi", "Insurance", 45)]
    channels = [("telepon", "Telepon", "Telephone", 401), ("datang_langsung", "Datang langsung",
                                                           "Walk-in", 250),
                ("media_sosial", "Media sosial", "Social media", 147)]
    return [table("inquiries_by_topic", ("Permintaan informasi menurut topik",
                                         "Information requests by topic"),
                  ("Topik", "Topic"), topics, HBAR),
            table("inquiries_by_channel", ("Permintaan informasi menurut saluran",
                                           "Information requests by channel"),
                  ("Saluran", "Channel"), channels, PIE)]


MONTHS_ID = ("Januari", "Februari", "Maret", "April", "Mei", "Juni", "Juli", "Agustus",
             "September", "Oktober", "November", "Desember")
MONTHS_EN = ("January", "February", "March", "April", "May", "June", "July", "August",
             "September", "October", "November", "December")


def _trend(last: date) -> Table:
    rows = []
    y, m = last.year - (last.month < 12), last.month % 12 + 1
    for n in range(12):
        complaints = 120 + (n * 37) % 60
        rows.append(Row(f"{y}-{m:02d}", f"{MONTHS_ID[m - 1]} {y}", f"{MONTHS_EN[m - 1]} {y}",
                        (complaints, complaints * 11 // 20, 60 + (n * 13) % 30)))
        y, m = (y + 1, 1) if m == 12 else (y, m + 1)
    columns = (Column("complaints", "Pengaduan", "Complaints"),
               Column("resolved", "Selesai", "Resolved"),
               Column("inquiries", "Permintaan informasi", "Information requests"))
    return Table("trend", "Tren bulanan (12 bulan)", "Monthly trend (12 months)", "Bulan",
                 "Month", columns, tuple(rows), LINE)


def sample_report(office_code: str = "", period: Period | None = None) -> Report:
    """All offices by default (so `by_office` is there); an office code leaves it out."""
    period = period or Period.year(2026)
    tables = [_outcomes(), _resolution_time(), *_dimensions(), _ageing(), _deadlines(),
              _workload(), *_inquiries(), _trend(period.last)]
    if office_code:
        tables = [t for t in tables if t.key != "by_office"]
    name = "UPT BP2MI Surabaya" if office_code else "Pusat Pengaduan (PST)"
    return Report(office_code, name, period, datetime(2026, 11, 22, 7, 5, tzinfo=UTC), "WIB",
                  tuple(tables))
