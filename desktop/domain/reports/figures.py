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
from collections import Counter
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
    source: str  # "case" or "worker": which row holds the property
    column: str  # the property (a column of that row)
    chart: str
    ref_kind: str = ""  # labels from the reference data ("" = the text itself)
    closed_list: Sequence[tuple[str, str, str]] = ()  # (code, id, en): every one shown, zeros too


_SEX = (("L", "Laki-laki", "Male"), ("P", "Perempuan", "Female"))
DIMENSIONS = (
    _Dimension("by_category", ("Pengaduan menurut jenis", "Complaints by category"),
               ("Jenis pengaduan", "Category"), "case", "category", HBAR, "category"),
    _Dimension("by_status", ("Pengaduan menurut status", "Complaints by status"),
               ("Status", "Status"), "case", "status", PIE, "status"),
    _Dimension("by_country", ("Pengaduan menurut negara tujuan",
                              "Complaints by destination country"),
               ("Negara tujuan", "Destination country"), "worker", "destination_country", HBAR,
               "country"),
    _Dimension("by_channel", ("Pengaduan menurut saluran", "Complaints by channel"),
               ("Saluran", "Channel"), "case", "channel", PIE, "channel"),
    _Dimension("by_complainant_type", ("Pengaduan menurut jenis pengadu",
                                       "Complaints by complainant type"),
               ("Jenis pengadu", "Complainant type"), "case", "complainant_type", PIE,
               "complainant_type"),
    _Dimension("by_sex", ("Pengaduan menurut jenis kelamin TKI",
                          "Complaints by the worker's sex"),
               ("Jenis kelamin", "Sex"), "worker", "sex", PIE, closed_list=_SEX),
    _Dimension("by_province", ("Pengaduan menurut provinsi asal TKI",
                               "Complaints by the worker's province of origin"),
               ("Provinsi", "Province"), "worker", "province", HBAR),
    _Dimension("by_regency", ("Pengaduan menurut kabupaten/kota asal TKI",
                              "Complaints by the worker's regency of origin"),
               ("Kabupaten/kota", "Regency"), "worker", "regency", HBAR),
    _Dimension("by_agency", ("Pengaduan menurut PPTKIS yang diadukan",
                             "Complaints by placement agency (PPTKIS)"),
               ("PPTKIS", "Placement agency"), "worker", "pptkis", HBAR),
)
BY_OFFICE = _Dimension("by_office", ("Pengaduan menurut kantor", "Complaints by office"),
                       ("Kantor", "Office"), "case", "office_code", HBAR, "office")
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


# The period's complaints are read in three passes, each with every property its tables
# need (one scan instead of one per table: at 100,000 cases a pass over the cases joined
# with their workers costs ~0.3 s, and five tables read it). The rows are grouped here, not
# by GROUP BY: SQLite sorts 100,000 rows for it in a temporary b-tree, slower than
# counting the same tuples in a dict (measured: tests/bench/report_bench.py).
CASE_COLUMNS = ("category", "status", "channel", "complainant_type", "office_code")
WORKER_COLUMNS = ("destination_country", "sex", "province", "regency", "pptkis")
_CLOSED_SQL = f"c.status IN ('{SELESAI}', '{DITUTUP}')"
_CASE_FACTS = (f"SELECT {', '.join('c.' + c for c in CASE_COLUMNS)}"
               f" FROM cases c WHERE {_BASE}")
_WORKER_FACTS = (
    f"SELECT {', '.join(f'coalesce(w.{c}, {chr(39) * 2})' for c in WORKER_COLUMNS)},"
    f" {_RESOLVED} FROM cases c LEFT JOIN workers w ON w.case_id = c.id WHERE {_BASE}")
# Open cases by officer, age, deadline and an overdue family contact; resolved ones by the
# working days their clock ran ("" / -1 where a property does not apply).
_CLOCK_FACTS = (
    f"SELECT CASE WHEN {_CLOSED_SQL} THEN 0 ELSE 1 END,"
    f" CASE WHEN {_CLOSED_SQL} THEN '' ELSE c.officer END,"
    f" CASE WHEN {_CLOSED_SQL} THEN '' WHEN c.received_at >= :a7 THEN 'd0_7'"
    " WHEN c.received_at >= :a30 THEN 'd8_30' WHEN c.received_at >= :a90 THEN 'd31_90'"
    " ELSE 'd90_plus' END,"
    f" CASE WHEN {_CLOSED_SQL} THEN '' WHEN k.state = 'paused' THEN 'paused'"
    " WHEN k.state = 'running' AND k.due < :today THEN 'past'"
    " WHEN k.state = 'running' AND k.due <= :near THEN 'near'"
    " WHEN k.state = 'running' THEN 'on_time' ELSE '' END,"
    f" CASE WHEN {_CLOSED_SQL} THEN 0 WHEN c.next_contact_due != ''"
    " AND c.next_contact_due < :today THEN 1 ELSE 0 END,"
    f" CASE WHEN c.status = '{SELESAI}' AND k.state = 'stopped' THEN k.day ELSE -1 END,"
    " c.received_at"
    f" FROM cases c LEFT JOIN case_clock k ON k.case_id = c.id WHERE {_BASE}")


@dataclass(frozen=True)
class _ClockFact:
    open: bool
    officer: str
    age: str  # an AGE_BUCKETS key
    deadline: str  # past, near, on_time, paused
    overdue: bool  # a family contact overdue
    day: int  # working days to resolve (-1: not resolved)
    count: int
    oldest: str  # the earliest received_at


class _Figures:
    def __init__(self, db: FigureDb, reference: Reference, params: dict, today: date,
                 tz: str) -> None:
        self.db, self.ref, self.params, self.today, self.tz = db, reference, params, today, tz
        self._facts: dict[str, list] = {}

    def _rows(self, sql: str, **extra) -> list[tuple]:
        return self.db.rows(sql, {**self.params, **extra})

    def _case_facts(self) -> list[tuple]:
        """(category, status, channel, complainant_type, office_code, count)."""
        if "case" not in self._facts:
            counted = Counter(map(tuple, self._rows(_CASE_FACTS)))
            self._facts["case"] = [(*key, n) for key, n in counted.items()]
        return self._facts["case"]

    def _worker_facts(self) -> list[tuple]:
        """(destination_country, sex, province, regency, pptkis, resolved 0/1, count)."""
        if "worker" not in self._facts:
            counted = Counter(map(tuple, self._rows(_WORKER_FACTS)))
            self._facts["worker"] = [(*key[:5], int(key[5]), n) for key, n in counted.items()]
        return self._facts["worker"]

    def _clock_facts(self) -> list[_ClockFact]:
        if "clock" not in self._facts:
            bounds = {f"a{limit}": day_start(self.today - timedelta(days=limit), self.tz)
                      for _k, _i, _e, limit in AGE_BUCKETS if limit}
            near = add_working_days(self.today, NEAR_DAYS).isoformat()
            groups: dict[tuple, list] = {}  # the six properties -> [count, oldest]
            for *key, received in self._rows(_CLOCK_FACTS, near=near, **bounds):
                slot = groups.get(tuple(key))
                if slot is None:
                    groups[tuple(key)] = [1, received]
                else:
                    slot[0] += 1
                    if received < slot[1]:
                        slot[1] = received
            self._facts["clock"] = [
                _ClockFact(bool(k[0]), k[1] or "", k[2] or "", k[3] or "", bool(k[4]),
                           int(k[5]), count, oldest or "")
                for k, (count, oldest) in groups.items()]
        return self._facts["clock"]

    def _grouped(self, d: _Dimension) -> list[tuple[str, int, int]]:
        """(value, count, resolved) of one property, from its pass."""
        out: dict[str, list[int]] = {}
        if d.source == "case":
            at, status_at = CASE_COLUMNS.index(d.column), CASE_COLUMNS.index("status")
            for fact in self._case_facts():
                slot = out.setdefault(fact[at] or "", [0, 0])
                slot[0] += fact[-1]
                slot[1] += fact[-1] if fact[status_at] == SELESAI else 0
        else:
            at = WORKER_COLUMNS.index(d.column)
            for fact in self._worker_facts():
                slot = out.setdefault(fact[at] or "", [0, 0])
                slot[0] += fact[-1]
                slot[1] += fact[-1] if fact[5] else 0
        return [(value, count, resolved) for value, (count, resolved) in out.items()]

    # -- outcomes and timing --------------------------------------------------------------
    def outcomes(self) -> Table:
        status_at = CASE_COLUMNS.index("status")
        facts = self._case_facts()
        received = sum(f[-1] for f in facts)
        resolved = sum(f[-1] for f in facts if f[status_at] == SELESAI)
        closed = sum(f[-1] for f in facts if f[status_at] == DITUTUP)
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
        counts = [(f.day, f.count) for f in self._clock_facts() if f.day >= 0]
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
        found = self._grouped(d)
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
        found: dict[str, int] = {}
        for f in self._clock_facts():
            if f.open:
                found[f.age] = found.get(f.age, 0) + f.count
        rows = tuple(Row(key, label_id, label_en, (found.get(key, 0),))
                     for key, label_id, label_en, _limit in AGE_BUCKETS)
        return Table("ageing", "Umur pengaduan yang masih terbuka",
                     "Age of the complaints still open", "Umur", "Age", (_COUNT,), rows, BAR,
                     note_id=f"Hari kalender sejak diterima, per {format_date(self.today, 'id')}.",
                     note_en=f"Calendar days since received, as of "
                             f"{format_date(self.today, 'en')}.")

    def deadlines(self) -> Table:
        found: dict[str, int] = {}
        for f in self._clock_facts():
            if f.open and f.deadline:
                found[f.deadline] = found.get(f.deadline, 0) + f.count
        labels = (("past", "Melewati tenggat", "Past the deadline"),
                  ("near", f"Mendekati tenggat ({NEAR_DAYS} hari kerja)",
                   f"Close to the deadline ({NEAR_DAYS} working days)"),
                  ("on_time", "Masih dalam tenggat", "Within the deadline"),
                  ("paused", "Menunggu dokumen (jam berhenti)",
                   "Waiting for documents (clock paused)"))
        rows = tuple(Row(k, i, e, (found.get(k, 0),)) for k, i, e in labels)
        return Table("deadlines", "Tenggat pengaduan yang masih terbuka",
                     "Deadlines of the complaints still open", "Keadaan", "State", (_COUNT,),
                     rows, PIE)

    def workload(self) -> Table:
        names = dict(self._rows("SELECT username, full_name FROM users"))
        per: dict[str, list] = {}  # officer -> [open, overdue contacts, past deadline, oldest]
        for f in self._clock_facts():
            if not f.open:
                continue
            slot = per.setdefault(f.officer, [0, 0, 0, f.oldest])
            slot[0] += f.count
            slot[1] += f.count if f.overdue else 0
            slot[2] += f.count if f.deadline == "past" else 0
            slot[3] = min(slot[3], f.oldest)
        zone = zone_info(self.tz)
        rows = []
        for officer, (count, overdue, past, oldest) in per.items():
            received = datetime.fromisoformat(oldest.replace("Z", "+00:00"))
            age = (self.today - received.astimezone(zone).date()).days
            if officer:
                label_id = label_en = names.get(officer) or officer
            else:
                label_id, label_en = "(belum ditetapkan)", "(unassigned)"
            rows.append(Row(officer or UNASSIGNED, label_id, label_en,
                            (count, overdue, past, age)))
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
