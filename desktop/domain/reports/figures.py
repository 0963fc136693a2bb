"""Every figure of the supervisor's report, from one short path of GROUP BY queries.

The SQL is portable (SQLite/SQLCipher on an office PC, PostgreSQL or SQLite on the central
server) and uses named parameters only; `db.rows(sql, params)` runs it on whichever side.
Counts use the day a complaint was received (the office's zone); the figures about open
cases (ageing, deadlines, workload) describe the period's cases as they stand on the day the
report is made. Working days come from the deadline clock (`case_clock`, derived from the
synced status history with Indonesia's holidays excluded and the days waiting for documents
not counted), so every replica gives the same numbers.
"""

from __future__ import annotations

import math
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from typing import Any, Protocol

from desktop.domain.deadlines import NEAR_DAYS, add_working_days
from desktop.domain.reference import Reference
from desktop.domain.reports.period import Period, day_start, months_ending
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
from desktop.domain.status import ALL_STATUSES, DITUTUP, SELESAI
from desktop.formatting import format_date, zone_info


class FigureDb(Protocol):
    def rows(self, sql: str, params: dict[str, Any]) -> list[tuple]: ...


UNASSIGNED = "-"
NOT_GIVEN = ("(tidak diisi)", "(not recorded)")
_OPEN = f"c.status NOT IN ('{SELESAI}', '{DITUTUP}')"
_RESOLVED = f"CASE WHEN c.status = '{SELESAI}' THEN 1 ELSE 0 END"
# The period's complaints, in one office or (office '') in all of them.
_BASE = ("c.received_at >= :since AND c.received_at < :until"
         " AND (:office = '' OR c.office_code = :office)")

_COUNT = Column("count", "Jumlah", "Count")
_RESOLVED_COL = Column("resolved", "Selesai", "Resolved")
_SHARE = Column("share", "Persentase", "Share", PERCENT)
_DIMENSION_COLUMNS = (_COUNT, _RESOLVED_COL, _SHARE)


@dataclass(frozen=True)
class _Dimension:
    key: str
    title: tuple[str, str]
    heading: tuple[str, str]
    expr: str  # what the complaints are grouped by
    join_worker: bool
    chart: str
    ref_kind: str = ""  # labels from the reference data ("" = the text itself)
    closed_list: Sequence[tuple[str, str, str]] = ()  # (code, id, en): every one shown, zeros too


_SEX = (("L", "Laki-laki", "Male"), ("P", "Perempuan", "Female"))
DIMENSIONS = (
    _Dimension("by_category", ("Pengaduan menurut jenis", "Complaints by category"),
               ("Jenis pengaduan", "Category"), "c.category", False, HBAR, "category"),
    _Dimension("by_status", ("Pengaduan menurut status", "Complaints by status"),
               ("Status", "Status"), "c.status", False, PIE, "status"),
    _Dimension("by_country", ("Pengaduan menurut negara tujuan",
                              "Complaints by destination country"),
               ("Negara tujuan", "Destination country"), "w.destination_country", True, HBAR,
               "country"),
    _Dimension("by_channel", ("Pengaduan menurut saluran", "Complaints by channel"),
               ("Saluran", "Channel"), "c.channel", False, PIE, "channel"),
    _Dimension("by_complainant_type", ("Pengaduan menurut jenis pengadu",
                                       "Complaints by complainant type"),
               ("Jenis pengadu", "Complainant type"), "c.complainant_type", False, PIE,
               "complainant_type"),
    _Dimension("by_sex", ("Pengaduan menurut jenis kelamin TKI",
                          "Complaints by the worker's sex"),
               ("Jenis kelamin", "Sex"), "w.sex", True, PIE, closed_list=_SEX),
    _Dimension("by_province", ("Pengaduan menurut provinsi asal TKI",
                               "Complaints by the worker's province of origin"),
               ("Provinsi", "Province"), "w.province", True, HBAR),
    _Dimension("by_regency", ("Pengaduan menurut kabupaten/kota asal TKI",
                              "Complaints by the worker's regency of origin"),
               ("Kabupaten/kota", "Regency"), "w.regency", True, HBAR),
    _Dimension("by_agency", ("Pengaduan menurut PPTKIS yang diadukan",
                             "Complaints by placement agency (PPTKIS)"),
               ("PPTKIS", "Placement agency"), "w.pptkis", True, HBAR),
)
BY_OFFICE = _Dimension("by_office", ("Pengaduan menurut kantor", "Complaints by office"),
                       ("Kantor", "Office"), "c.office_code", False, HBAR, "office")
TABLE_KEYS = ("outcomes", "resolution_time", *(d.key for d in DIMENSIONS), BY_OFFICE.key,
              "ageing", "deadlines", "workload", "inquiries_by_topic", "inquiries_by_channel",
              "trend")
AGE_BUCKETS = (("d0_7", "0–7 hari", "0–7 days", 7), ("d8_30", "8–30 hari", "8–30 days", 30),
               ("d31_90", "31–90 hari", "31–90 days", 90),
               ("d90_plus", "Lebih dari 90 hari", "Over 90 days", None))


def compute_report(db: FigureDb, reference: Reference, *, period: Period, office_code: str,
                   office_name: str, tz: str, now: datetime) -> Report:
    """The whole report: `office_code` '' counts every office (and adds `by_office`)."""
    today = now.astimezone(zone_info(tz)).date()
    since, until = period.instants(tz)
    params = {"since": since, "until": until, "office": office_code or "",
              "today": today.isoformat()}
    figures = _Figures(db, reference, params, today, tz)
    tables = [figures.outcomes(), figures.resolution_time()]
    dimensions = DIMENSIONS + ((BY_OFFICE,) if not office_code else ())
    tables += [figures.dimension(d) for d in dimensions]
    tables += [figures.ageing(), figures.deadlines(), figures.workload(),
               figures.inquiries("topic", "inquiry_topic",
                                 ("Permintaan informasi menurut topik",
                                  "Information requests by topic"), ("Topik", "Topic"), HBAR),
               figures.inquiries("channel", "channel",
                                 ("Permintaan informasi menurut saluran",
                                  "Information requests by channel"), ("Saluran", "Channel"),
                                 PIE),
               figures.trend(period)]
    return Report(office_code or "", office_name, period, now, tz, tuple(tables))


def percentile(counts: Iterable[tuple[int, int]], fraction: float) -> float | None:
    """Nearest-rank percentile of values given as (value, how many): the smallest value
    with at least `fraction` of all at or below it (fraction 0.9: the 90th percentile)."""
    pairs = sorted((v, n) for v, n in counts if n > 0)
    total = sum(n for _v, n in pairs)
    if not total:
        return None
    rank = max(1, math.ceil(fraction * total))
    seen = 0
    for value, n in pairs:
        seen += n
        if seen >= rank:
            return float(value)
    return float(pairs[-1][0])


def median(counts: Iterable[tuple[int, int]]) -> float | None:
    """The middle value (the mean of the two middle ones for an even count)."""
    pairs = sorted((v, n) for v, n in counts if n > 0)
    total = sum(n for _v, n in pairs)
    if not total:
        return None

    def nth(k: int) -> int:  # 1-based
        seen = 0
        for value, n in pairs:
            seen += n
            if seen >= k:
                return value
        return pairs[-1][0]
    if total % 2:
        return float(nth(total // 2 + 1))
    return (nth(total // 2) + nth(total // 2 + 1)) / 2


def _share(count: int, total: int) -> float | None:
    return round(100.0 * count / total, 1) if total else None


class _Figures:
    def __init__(self, db: FigureDb, reference: Reference, params: dict, today: date,
                 tz: str) -> None:
        self.db, self.ref, self.params, self.today, self.tz = db, reference, params, today, tz

    def _rows(self, sql: str, **extra) -> list[tuple]:
        return self.db.rows(sql, {**self.params, **extra})

    # -- outcomes and timing --------------------------------------------------------------
    def outcomes(self) -> Table:
        received, resolved, closed = self._rows(
            f"SELECT count(*), coalesce(sum({_RESOLVED}), 0),"
            f" coalesce(sum(CASE WHEN c.status = '{DITUTUP}' THEN 1 ELSE 0 END), 0)"
            f" FROM cases c WHERE {_BASE}")[0]
        received, resolved, closed = int(received), int(resolved), int(closed)
        still_open = received - resolved - closed
        rows = (Row("resolved", "Selesai", "Resolved", (resolved, _share(resolved, received))),
                Row("closed", "Ditutup tanpa penyelesaian", "Closed without resolution",
                    (closed, _share(closed, received))),
                Row("open", "Masih dalam penanganan", "Still being handled",
                    (still_open, _share(still_open, received))))
        rate = _share(resolved, received)
        rate_text = "-" if rate is None else f"{rate:.1f}"
        return Table("outcomes", "Hasil penanganan pengaduan", "Outcomes of complaints",
                     "Hasil", "Outcome", (_COUNT, _SHARE), rows, PIE,
                     note_id=f"Pengaduan diterima: {received}. Tingkat penyelesaian: "
                             f"{rate_text.replace('.', ',')} %.",
                     note_en=f"Complaints received: {received}. Resolution rate: {rate_text} %.")

    def resolution_time(self) -> Table:
        counts = [(int(d), int(n)) for d, n in self._rows(
            f"SELECT k.day, count(*) FROM cases c JOIN case_clock k ON k.case_id = c.id"
            f" WHERE {_BASE} AND c.status = '{SELESAI}' AND k.state = 'stopped'"
            " GROUP BY k.day")]
        measured = sum(n for _d, n in counts)
        days = Column("days", "Hari kerja", "Working days", DAYS)
        rows = (Row("median", "Median", "Median", (median(counts),)),
                Row("p90", "Persentil ke-90", "90th percentile", (percentile(counts, 0.9),)))
        return Table("resolution_time", "Lama penyelesaian (hari kerja)",
                     "Time to resolve (working days)", "Ukuran", "Measure", (days,), rows, BAR,
                     total=False,
                     note_id=f"Dari {measured} pengaduan yang selesai; hari libur nasional dan "
                             "hari menunggu dokumen tidak dihitung.",
                     note_en=f"Of {measured} resolved complaints; national holidays and days "
                             "waiting for documents are not counted.")

    # -- complaints by one property -------------------------------------------------------
    def dimension(self, d: _Dimension) -> Table:
        join = " LEFT JOIN workers w ON w.case_id = c.id" if d.join_worker else ""
        expr = f"coalesce({d.expr}, '')"
        found = self._rows(f"SELECT {expr}, count(*), coalesce(sum({_RESOLVED}), 0)"
                           f" FROM cases c{join} WHERE {_BASE} GROUP BY {expr}")
        merged: dict[str, list] = {}  # key -> [label source, count, resolved, best count]
        for raw, count, resolved in found:
            text = (raw or "").strip()
            key = text if d.ref_kind or d.closed_list else text.casefold()
            slot = merged.setdefault(key, [text, 0, 0, -1])
            slot[1] += int(count)
            slot[2] += int(resolved)
            if int(count) > slot[3]:  # the commonest spelling names a free-text group
                slot[0], slot[3] = text, int(count)
        total = sum(s[1] for s in merged.values())
        rows = []
        if d.closed_list or d.key in ("by_status", "by_channel", "by_complainant_type"):
            listed = list(d.closed_list) or [(i.code, i.label_id, i.label_en)
                                              for i in self.ref.items(d.ref_kind)]
            if d.key == "by_status":
                order = {s: n for n, s in enumerate(ALL_STATUSES)}
                listed.sort(key=lambda item: order.get(item[0], len(order)))
            for code, label_id, label_en in listed:
                count, resolved = merged.pop(code, [None, 0, 0])[1:3]
                rows.append(Row(code, label_id, label_en,
                                (count, resolved, _share(count, total))))
        extra = []
        for key, (text, count, resolved, _best) in merged.items():
            label_id, label_en = self._label(d, text)
            extra.append(Row(key or "", label_id, label_en,
                             (count, resolved, _share(count, total))))
        extra.sort(key=lambda r: (r.key == "", -r.values[0], r.label_id.casefold()))  # unrecorded last
        rows += extra
        return Table(d.key, *d.title, *d.heading, _DIMENSION_COLUMNS, tuple(rows), d.chart)

    def _label(self, d: _Dimension, text: str) -> tuple[str, str]:
        if not text:
            return NOT_GIVEN
        if d.ref_kind:
            item = self.ref.get(d.ref_kind, text)
            if item is not None:
                return item.label_id, item.label_en
        return text, text

    # -- open cases as they stand today ---------------------------------------------------
    def ageing(self) -> Table:
        bounds = {f"a{limit}": day_start(self.today - timedelta(days=limit), self.tz)
                  for _k, _i, _e, limit in AGE_BUCKETS if limit}
        found = dict(self._rows(
            "SELECT CASE WHEN c.received_at >= :a7 THEN 'd0_7'"
            " WHEN c.received_at >= :a30 THEN 'd8_30'"
            " WHEN c.received_at >= :a90 THEN 'd31_90' ELSE 'd90_plus' END, count(*)"
            f" FROM cases c WHERE {_BASE} AND {_OPEN} GROUP BY 1", **bounds))
        rows = tuple(Row(key, label_id, label_en, (int(found.get(key, 0)),))
                     for key, label_id, label_en, _limit in AGE_BUCKETS)
        return Table("ageing", "Umur pengaduan yang masih terbuka",
                     "Age of the complaints still open", "Umur", "Age", (_COUNT,), rows, BAR,
                     note_id=f"Hari kalender sejak diterima, per {format_date(self.today, 'id')}.",
                     note_en=f"Calendar days since received, as of "
                             f"{format_date(self.today, 'en')}.")

    def deadlines(self) -> Table:
        near = add_working_days(self.today, NEAR_DAYS).isoformat()
        found = dict(self._rows(
            "SELECT CASE WHEN k.state = 'paused' THEN 'paused'"
            " WHEN k.due < :today THEN 'past' WHEN k.due <= :near THEN 'near'"
            " ELSE 'on_time' END, count(*)"
            f" FROM cases c JOIN case_clock k ON k.case_id = c.id WHERE {_BASE} AND {_OPEN}"
            " AND k.state IN ('running', 'paused') GROUP BY 1", near=near))
        labels = (("past", "Melewati tenggat", "Past the deadline"),
                  ("near", f"Mendekati tenggat ({NEAR_DAYS} hari kerja)",
                   f"Close to the deadline ({NEAR_DAYS} working days)"),
                  ("on_time", "Masih dalam tenggat", "Within the deadline"),
                  ("paused", "Menunggu dokumen (jam berhenti)",
                   "Waiting for documents (clock paused)"))
        rows = tuple(Row(k, i, e, (int(found.get(k, 0)),)) for k, i, e in labels)
        return Table("deadlines", "Tenggat pengaduan yang masih terbuka",
                     "Deadlines of the complaints still open", "Keadaan", "State", (_COUNT,),
                     rows, PIE)

    def workload(self) -> Table:
        names = dict(self._rows("SELECT username, full_name FROM users"))
        found = self._rows(
            "SELECT c.officer, count(*),"
            " coalesce(sum(CASE WHEN c.next_contact_due != '' AND c.next_contact_due < :today"
            " THEN 1 ELSE 0 END), 0),"
            " coalesce(sum(CASE WHEN k.state = 'running' AND k.due < :today"
            " THEN 1 ELSE 0 END), 0),"
            " min(c.received_at)"
            f" FROM cases c LEFT JOIN case_clock k ON k.case_id = c.id WHERE {_BASE} AND {_OPEN}"
            " GROUP BY c.officer")
        zone = zone_info(self.tz)
        rows = []
        for officer, count, overdue, past, oldest in found:
            received = datetime.fromisoformat(oldest.replace("Z", "+00:00"))
            age = (self.today - received.astimezone(zone).date()).days
            if officer:
                label_id = label_en = names.get(officer) or officer
            else:
                label_id, label_en = "(belum ditetapkan)", "(unassigned)"
            rows.append(Row(officer or UNASSIGNED, label_id, label_en,
                            (int(count), int(overdue), int(past), age)))
        rows.sort(key=lambda r: (r.key == UNASSIGNED, -r.values[0], r.label_id.casefold()))
        columns = (Column("open", "Terbuka", "Open"),
                   Column("overdue_contacts", "Kontak keluarga terlambat",
                          "Family contacts overdue"),
                   Column("past_deadline", "Melewati tenggat", "Past deadline"),
                   Column("oldest_days", "Umur kasus tertua (hari)",
                          "Oldest case (days)", DAYS))
        return Table("workload", "Beban kerja per petugas", "Workload per officer",
                     "Petugas", "Officer", columns, tuple(rows), HBAR)

    # -- information requests and the year ------------------------------------------------
    def inquiries(self, column: str, ref_kind: str, title: tuple[str, str],
                  heading: tuple[str, str], chart: str) -> Table:
        found = self._rows(
            f"SELECT i.{column}, count(*) FROM inquiries i"
            " WHERE i.received_at >= :since AND i.received_at < :until"
            f" AND (:office = '' OR i.office_code = :office) GROUP BY i.{column}")
        total = sum(int(n) for _c, n in found)
        rows = []
        for code, count in found:
            item = self.ref.get(ref_kind, code)
            label_id, label_en = (item.label_id, item.label_en) if item else (code, code)
            rows.append(Row(code, label_id, label_en, (int(count), _share(int(count), total))))
        rows.sort(key=lambda r: (-r.values[0], r.label_id.casefold()))
        return Table(f"inquiries_by_{column}", *title, *heading, (_COUNT, _SHARE), tuple(rows),
                     chart)

    def trend(self, period: Period) -> Table:
        months = months_ending(period.last)
        firsts = [date(y, m, 1) for y, m in months]
        after = firsts[-1].replace(year=firsts[-1].year + (firsts[-1].month == 12),
                                   month=firsts[-1].month % 12 + 1)
        bounds = {f"m{i}": day_start(d, self.tz) for i, d in enumerate([*firsts, after])}
        which = " ".join(f"WHEN {{col}} < :m{i + 1} THEN {i}" for i in range(len(months)))
        scope = "{col} >= :m0 AND {col} < :m12 AND (:office = '' OR {office} = :office)"
        cases = dict((int(i), (int(n), int(r))) for i, n, r in self.db.rows(
            f"SELECT CASE {which.format(col='c.received_at')} END, count(*),"
            f" coalesce(sum({_RESOLVED}), 0) FROM cases c"
            f" WHERE {scope.format(col='c.received_at', office='c.office_code')} GROUP BY 1",
            {**self.params, **bounds}))
        asked = dict((int(i), int(n)) for i, n in self.db.rows(
            f"SELECT CASE {which.format(col='i.received_at')} END, count(*) FROM inquiries i"
            f" WHERE {scope.format(col='i.received_at', office='i.office_code')} GROUP BY 1",
            {**self.params, **bounds}))
        rows = []
        for i, first in enumerate(firsts):
            label_id = format_date(first, "id").split(" ", 1)[1]
            label_en = format_date(first, "en").split(" ", 1)[1]
            complaints, resolved = cases.get(i, (0, 0))
            rows.append(Row(f"{first:%Y-%m}", label_id, label_en,
                            (complaints, resolved, asked.get(i, 0))))
        columns = (Column("complaints", "Pengaduan", "Complaints"),
                   Column("resolved", "Selesai", "Resolved"),
                   Column("inquiries", "Permintaan informasi", "Information requests"))
        return Table("trend", "Tren bulanan (12 bulan)", "Monthly trend (12 months)", "Bulan",
                     "Month", columns, tuple(rows), LINE)
