"""Case work benchmarks (issue 11), run by tests/bench/run.py on the 100,000-case store.

- Opening a busy case: 200 timeline steps and 10 referrals, some answered. Timed as the
  case window does it: `load_case` on the database thread, then the window filled and shown
  (CaseWindow with its TaskManager, until `loaded` and the paint after it). Baseline: the
  raw SQL reads of the same case (its rows, timeline, referrals) on the same connection.
- The deadline filters at 100k cases: list_seqs(CaseFilter(past_deadline=True)) and
  (near_deadline=True) against the hand-written SQL that selects the same seqs from
  case_clock and cases in the same order. Both query plans are printed, with a census of
  the store's clock rows (a filter over no matching case measures nothing).

When opening misses its target the notes show the floor: where the window's time goes, the
timeline's rich-text layout alone, and the change-history query behind load_case with its
plan (history_probe).
"""

from __future__ import annotations

import os
import random
import statistics
import time as clock_time
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date, datetime, time, timedelta

from desktop.core import Core
from desktop.domain import casework
from desktop.domain.deadlines import NEAR_DAYS, add_working_days, is_working_day
from desktop.domain.models import IntakeInput
from desktop.formatting import zone_info
from desktop.services.cases import CaseFilter
from desktop.settings import Settings

BUSY_STEPS = 200
BUSY_REFERRALS = 10
BUSY_ANSWERED = 6  # the rest still wait for their reply (the case is `dirujuk`)
BUSY_DAYS = 120  # the case was received this many days before the run
CASE_OPEN_RUNS = 20  # p95 over OPEN_RUNS (10) would be the single slowest run
SLOW_OPEN_MS = 1000.0  # a first load_case slower than this: only SLOW_OPEN_RUNS runs
SLOW_OPEN_RUNS = 3
FILTER_RUNS = 20
WINDOW_TIMEOUT_S = 30.0
OPEN_TARGET_MS = 150.0
FILTER_RATIO = 1.5

# Words officers write in a timeline, combined at random into steps of realistic length
# (one line to a long paragraph); the timeline renders them all.
_OPENINGS = [
    "Menghubungi {who} melalui telepon terkait {topic}.",
    "Koordinasi dengan {who} mengenai {topic}.",
    "Menerima informasi dari {who} tentang {topic}.",
    "Mengirim surat kepada {who} untuk menanyakan {topic}.",
    "Rapat klarifikasi bersama {who} membahas {topic}.",
    "Mendampingi keluarga pekerja ke kantor {who} terkait {topic}.",
    "Menindaklanjuti jawaban {who} tentang {topic}.",
]
_WHO = ["KBRI Kuala Lumpur", "KJRI Jeddah", "KDEI Taipei", "PT Bina Karya Mandiri",
        "Disnaker Kabupaten Cilacap", "Dinas Sosial Provinsi Jawa Timur", "BPJS Ketenagakerjaan",
        "Polres Ponorogo", "RSUD dr. Soetomo", "suami pekerja", "ibu kandung pekerja",
        "kepala desa Sukamaju"]
_TOPICS = ["gaji yang belum dibayar selama tujuh bulan", "paspor yang ditahan majikan",
           "rencana pemulangan pekerja", "kondisi kesehatan pekerja di rumah sakit",
           "klaim asuransi kecelakaan kerja", "dokumen kontrak kerja yang hilang",
           "keberadaan pekerja yang tidak dapat dihubungi", "biaya penempatan yang berlebihan",
           "jadwal penerbangan kepulangan", "penyelesaian sisa gaji dan pesangon"]
_DETAILS = [
    "Pihak yang dihubungi berjanji memberi kabar dalam tiga hari kerja.",
    "Keluarga menyampaikan bahwa pekerja terakhir menghubungi mereka dua minggu lalu.",
    "Diminta salinan paspor, kontrak kerja dan bukti transfer gaji terakhir.",
    "Perusahaan menyatakan sedang berkoordinasi dengan agensi di negara penempatan.",
    "Disepakati pertemuan lanjutan setelah dokumen lengkap diterima.",
    "Pekerja dalam keadaan sehat dan tinggal sementara di shelter perwakilan.",
    "Majikan bersedia membayar sebagian gaji, sisanya masih dirundingkan.",
    "Keluarga meminta agar pemulangan dipercepat karena orang tua pekerja sakit.",
    "Nomor telepon agensi di luar negeri tidak aktif; dicoba lagi besok pagi.",
    "Surat balasan belum diterima; akan diingatkan melalui surel.",
]
_STEP_TYPES = ["informasi", "konsultasi", "klarifikasi_pptkis", "koordinasi_perwakilan",
               "koordinasi_pusat", "mediasi", "pendampingan_hukum", "klaim_asuransi",
               "catatan", "kontak_keluarga", "kontak_keluarga", "kontak_keluarga"]
_CONTACT_RESULTS = ["tersambung", "tersambung", "tidak_diangkat", "pesan_ditinggalkan"]
_RELATIVES = ["Ibu Sri Wahyuni", "Bapak Slamet Riyadi", "Siti Aminah", "Mas Agus Prasetyo"]


def step_text(rng: random.Random) -> str:
    text = rng.choice(_OPENINGS).format(who=rng.choice(_WHO), topic=rng.choice(_TOPICS))
    return " ".join([text] + rng.sample(_DETAILS, rng.choice((0, 1, 1, 2, 3, 5))))


@dataclass
class BusyCase:
    seq: int
    case_id: str
    events: int
    referrals: int
    answered: int


class _Clock:
    """Moves the core's time along the case's history while it is recorded (as the demo
    generator does), so every step is dated in order and none lies in the future."""

    def __init__(self, core: Core, start: datetime) -> None:
        self.core, self.real_now, self.moment = core, core.now, start

    def at(self, moment: datetime) -> None:
        self.moment = moment
        self.core.now = lambda: moment

    def restore(self) -> None:
        self.core.now = self.real_now


def make_busy_case(core: Core, intake: IntakeInput, seed: int) -> BusyCase:
    """A case received BUSY_DAYS ago with BUSY_STEPS steps added through core.cases.add_event
    and BUSY_REFERRALS referrals to directory entries through core.referrals (some answered),
    all through the services as an officer would record them."""
    rng = random.Random(seed)
    entries = [e for e in core.directory.search("", limit=200) if e.active][:BUSY_REFERRALS]
    if len(entries) < BUSY_REFERRALS:
        raise RuntimeError(f"the bench store's directory has only {len(entries)} entries")
    moments = office_hours(core, rng)
    start = moments[0].replace(hour=8, minute=0)  # the worker's family walks in
    clock = _Clock(core, start)
    referral_at = set(rng.sample(range(10, BUSY_STEPS - 10), BUSY_REFERRALS))
    sent: list[tuple[str, int]] = []  # referral id, step index
    try:
        clock.at(start)
        intake.complaint.received_at = None
        number = core.cases.record_intake(intake)
        clock.at(start + timedelta(minutes=15))
        core.cases.change_status(number, "proses", note="Kasus mulai ditangani.")
        for i, when in enumerate(moments):
            clock.at(when + timedelta(minutes=5))
            _add_step(core, number, rng, when)
            if i in referral_at:
                entry = entries[len(sent)]
                rid = core.referrals.refer(number, casework.ReferralInput(
                    legal_basis="vital_interest",
                    stakeholder_id=entry.id, addressee=entry.name, kind=entry.kind,
                    method=rng.choice(["surat", "email"]),
                    letter_no=f"B.{rng.randrange(100, 999)}/BP3TKI-SBY/{when.year}",
                    request=step_text(rng)))
                sent.append((rid, i))
            # Some referrals are answered fifteen steps (a week or two) after they were sent.
            for rid, at in sent[:BUSY_ANSWERED]:
                if i == at + 15:
                    core.referrals.answer(rid, casework.ReplyInput(
                        reply_summary=step_text(rng)))
        clock.at(clock.moment + timedelta(minutes=30))
        core.cases.change_status(number, "dirujuk", note="Menunggu jawaban rujukan.")
    finally:
        clock.restore()
    case = core.cases.resolve(number)
    detail = core.cases.get(number)
    refs = core.referrals.of_case(number)
    return BusyCase(case["seq"], case["id"], len(detail.events), len(refs),
                    sum(1 for r in refs if r["reply_on"]))


def office_hours(core: Core, rng: random.Random) -> list[datetime]:
    """BUSY_STEPS moments in office hours on the working days of the BUSY_DAYS before today
    (a few steps a day, from 08:30), oldest first."""
    zone = zone_info(core.office.tz)
    today = core.now().astimezone(zone).date()
    days = [d for d in (today - timedelta(days=n) for n in range(BUSY_DAYS - 1, 1, -1))
            if is_working_day(d)]
    moments, per_day = [], {}
    for i in range(BUSY_STEPS):
        day = days[i * len(days) // BUSY_STEPS]
        slot = per_day[day] = per_day.get(day, -1) + 1
        minute = 30 + 50 * slot + rng.randrange(40)
        moments.append(datetime.combine(day, time(8 + minute // 60, minute % 60), tzinfo=zone))
    return moments


def _add_step(core: Core, number: str, rng: random.Random, when: datetime) -> None:
    kind = rng.choice(_STEP_TYPES)
    if kind == "kontak_keluarga":
        core.cases.add_event(number, kind, step_text(rng), channel="telepon", occurred_at=when,
                             spoke_with=rng.choice(_RELATIVES),
                             result=rng.choice(_CONTACT_RESULTS))
    else:
        core.cases.add_event(number, kind, step_text(rng), occurred_at=when)


# --- opening the case -------------------------------------------------------------------

# What the window shows of one case, read with no service in between.
RAW_CASE_SQL = (
    ("SELECT * FROM cases WHERE seq = ?", "seq"),
    ("SELECT * FROM workers WHERE case_id = ?", "id"),
    ("SELECT * FROM complainants WHERE case_id = ?", "id"),
    ("SELECT * FROM case_documents WHERE case_id = ?", "id"),
    ("SELECT * FROM events WHERE case_id = ? ORDER BY occurred_at, recorded_at", "id"),
    ("SELECT * FROM referrals WHERE case_id = ? ORDER BY sent_on, created_at", "id"),
    ("SELECT * FROM summons WHERE case_id = ? ORDER BY meeting_at", "id"),
    ("SELECT * FROM case_clock WHERE case_id = ?", "id"),
)


def raw_case_read(conn, busy: BusyCase) -> int:
    rows = 0
    for sql, key in RAW_CASE_SQL:
        rows += len(conn.execute(sql, (busy.seq if key == "seq" else busy.case_id,)).fetchall())
    return rows


@dataclass
class OpenTimes:
    """One opening of the case window, in ms from the constructor's call."""

    construct: float = 0.0  # the constructor returned (widgets built, the load queued)
    show: float = 0.0  # show() returned (the load runs meanwhile on the database thread)
    load_start: float = 0.0
    load_end: float = 0.0  # load_case done on the database thread
    loaded: float = 0.0  # panels filled (the first `loaded` signal)
    shown: float = 0.0  # the layout and paint after it done

    @property
    def parts(self) -> dict[str, float]:
        return {"construct": self.construct, "show": self.show - self.construct,
                "load_case (db thread)": self.load_end - self.load_start,
                "deliver+fill": self.loaded - max(self.load_end, self.show),
                "paint": self.shown - self.loaded}

    def mark_loaded(self, value: float) -> None:
        if not self.loaded:  # a refill emits `loaded` again
            self.loaded = value


@dataclass
class OpenResult:
    load: list[float] = field(default_factory=list)  # load_case alone, ms
    fill: list[float] = field(default_factory=list)  # window._loaded alone (a refill), ms
    window: list[OpenTimes] = field(default_factory=list)
    raw: list[float] = field(default_factory=list)
    raw_rows: int = 0
    # The timeline's rich-text layout alone (setHtml and the events after it), ms: its HTML
    # as TimelineView makes it (one table, a row per step), and the same rows as one table
    # per step, which Qt lays out far faster (the floor of the fill, see the report).
    timeline_one_table: float = 0.0
    timeline_table_per_step: float = 0.0


class WindowBench:
    """Opens CaseWindow offscreen with its own TaskManager, as the main window does."""

    def __init__(self, core: Core) -> None:
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
        from PySide6.QtWidgets import QApplication

        from desktop.ui.case_view import case_window
        from desktop.ui.context import UiContext
        from desktop.ui.tasks import TaskManager

        self.app = QApplication.instance() or QApplication([])
        self.module = case_window
        self.tasks = TaskManager()
        self.ctx = UiContext(core.paths, Settings(language="id"), core=core, tasks=self.tasks)
        self._times: OpenTimes | None = None
        self._t0 = 0.0
        self._real_load = case_window.load_case

    def close(self) -> None:
        self.tasks.shutdown()
        self.app.processEvents()

    def _timed_load(self, core, key):
        # Marks when the window's read starts and ends on the database thread.
        times, t0 = self._times, self._t0
        if times is not None:
            times.load_start = ms_since(t0)
        try:
            return self._real_load(core, key)
        finally:
            if times is not None:
                times.load_end = ms_since(t0)

    def open(self, seq: int) -> tuple[OpenTimes, object]:
        from PySide6.QtCore import QEventLoop, QTimer

        times = OpenTimes()
        self._times, self._t0 = times, clock_time.perf_counter()
        self.module.load_case = self._timed_load
        try:
            loop = QEventLoop()
            window = self.module.CaseWindow(self.ctx, seq)
            times.construct = ms_since(self._t0)
            t0 = self._t0
            window.loaded.connect(lambda: times.mark_loaded(ms_since(t0)))
            window.loaded.connect(loop.quit)
            window.show()
            times.show = ms_since(self._t0)
            if window.detail is None:
                timer = QTimer()
                timer.setSingleShot(True)
                timer.timeout.connect(loop.quit)
                timer.start(int(WINDOW_TIMEOUT_S * 1000))
                loop.exec()
                timer.stop()
            if window.detail is None:
                raise RuntimeError(f"the case window did not load: {window.message.text()}")
            self.app.processEvents()  # the layout and paint the fill asked for
            times.shown = ms_since(self._t0)
        finally:
            self.module.load_case = self._real_load
            self._times = None
        return times, window

    def dispose(self, window) -> None:
        from PySide6.QtCore import QCoreApplication, QEvent

        window.hide()
        window.deleteLater()
        QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
        self.app.processEvents()


def ms_since(t0: float) -> float:
    return (clock_time.perf_counter() - t0) * 1000.0


def bench_open_case(core: Core, busy: BusyCase, wrap: Callable[[str, Callable], Callable]
                    ) -> OpenResult:
    """Whole openings of the window, then load_case and the fill alone, each beside the
    raw reads; the runs alternate so neither side always gets the warmer cache."""
    from desktop.ui.case_view.case_window import load_case

    conn = core.store.raw_connection
    result = OpenResult(raw_rows=raw_case_read(conn, busy))
    bench = WindowBench(core)
    try:
        first = clock_time.perf_counter()
        loaded = load_case(core, busy.seq)
        # An opening far past the target shows its floor in a few runs (the profile and the
        # notes say where the time goes); twenty would only make the run long.
        runs = CASE_OPEN_RUNS if ms_since(first) < SLOW_OPEN_MS else SLOW_OPEN_RUNS
        result.timeline_one_table, result.timeline_table_per_step = timeline_floor(
            bench, loaded)
        bench.dispose(bench.open(busy.seq)[1])
        raw_case_read(conn, busy)
        wrap("case_open_window_ms", lambda: bench.dispose(bench.open(busy.seq)[1]))()
        wrap("case_open_load_ms", lambda: load_case(core, busy.seq))()
        for i in range(runs):
            if i % 2:
                result.raw.append(_ms(lambda: raw_case_read(conn, busy)))
            times, window = bench.open(busy.seq)
            result.window.append(times)
            start = clock_time.perf_counter()
            loaded = load_case(core, busy.seq)
            result.load.append(ms_since(start))
            # A refill of the shown window, as after every change to the case.
            start = clock_time.perf_counter()
            window._loaded(loaded)
            bench.app.processEvents()
            result.fill.append(ms_since(start))
            bench.dispose(window)
            if not i % 2:
                result.raw.append(_ms(lambda: raw_case_read(conn, busy)))
    finally:
        bench.close()
    return result


TIMELINE_TABLE = '<table width="100%" cellspacing="0" style="border-collapse: collapse;">'


def timeline_floor(bench: WindowBench, loaded) -> tuple[float, float]:
    """Median ms to lay out the case's timeline in a shown TimelineView the size the window
    gives it: its HTML as set_case makes it, then split into one table per step."""
    from PySide6.QtWidgets import QTextBrowser

    from desktop.ui.case_view.timeline_view import TimelineView

    view = TimelineView(bench.ctx)
    view.resize(640, 560)
    view.show()
    made: list[str] = []
    view.setHtml = made.append  # set_case's HTML, kept instead of shown
    view.set_case(loaded.detail, getattr(loaded, "names", None))
    html = made[0]
    per_step = html.replace("</td></tr><tr><td", "</td></tr></table>" + TIMELINE_TABLE + "<tr><td")

    def layout(text: str) -> float:
        runs = []
        for _ in range(5):
            start = clock_time.perf_counter()
            QTextBrowser.setHtml(view, text)
            bench.app.processEvents()
            runs.append(ms_since(start))
        return statistics.median(runs)

    try:
        return layout(html), layout(per_step)
    finally:
        bench.dispose(view)


def _ms(fn: Callable[[], object]) -> float:
    start = clock_time.perf_counter()
    fn()
    return (clock_time.perf_counter() - start) * 1000.0


def open_breakdown(result: OpenResult) -> str:
    parts: dict[str, list[float]] = {}
    for times in result.window:
        for name, value in times.parts.items():
            parts.setdefault(name, []).append(value)
    return ", ".join(f"{name} {statistics.median(v):.1f}" for name, v in parts.items())


# history.of_case's query (desktop/services/history.py), and the same with the condition of
# the partial index changes_case (WHERE case_id != ''): SQLite uses a partial index only when
# the query's WHERE implies its condition, which `case_id = ?` alone does not.
HISTORY_SQL = ("SELECT entity, entity_id, op, fields, user, device, created_at FROM changes"
               " WHERE case_id = ?{extra} AND entity IN ('case', 'worker', 'complainant')"
               " ORDER BY hlc")


@dataclass
class HistoryProbe:
    rows: int
    ms: float
    plan: str
    ms_indexed: float
    plan_indexed: str


def history_probe(core: Core, busy: BusyCase) -> HistoryProbe:
    conn = core.store.raw_connection
    out = []
    for extra in ("", " AND case_id != ''"):
        sql = HISTORY_SQL.format(extra=extra)
        rows = len(conn.execute(sql, (busy.case_id,)).fetchall())  # warm
        runs = sorted(_ms(lambda s=sql: conn.execute(s, (busy.case_id,)).fetchall())
                      for _ in range(3))
        out.append((rows, runs[1], explain(conn, sql, (busy.case_id,))))
    (rows, ms, plan), (_, ms_indexed, plan_indexed) = out
    return HistoryProbe(rows, ms, plan, ms_indexed, plan_indexed)


# --- deadline filters ---------------------------------------------------------------------


def urgent_codes(core: Core) -> list[str]:
    return sorted(i.code for i in core.reference.items("category") if i.extra.get("urgent"))


def deadline_window(core: Core, kind: str) -> tuple[str, str]:
    """[first, last) of `due` for the filter, as list_seqs computes it."""
    today = core.cases.today()
    if kind == "past":
        return date.min.isoformat(), today.isoformat()
    return today.isoformat(), (add_working_days(today, NEAR_DAYS) + timedelta(days=1)).isoformat()


def raw_deadline_sql(codes: list[str]) -> str:
    """The same seqs in the same order (urgent first, then newest), driven by the clock's
    (state, due) index and joined to the cases by their id."""
    listed = ", ".join(f"'{c}'" for c in codes) or "''"
    return ("SELECT c.seq FROM case_clock k JOIN cases c ON c.id = k.case_id"
            " WHERE k.state = 'running' AND k.due >= ? AND k.due < ?"
            f" ORDER BY (c.urgent = '1' OR c.category IN ({listed})) DESC,"
            " c.received_at DESC, c.seq DESC")


def service_deadline_sql(codes: list[str]) -> str:
    """What list_seqs runs for the filter (desktop/services/cases.py), for its plan."""
    listed = ", ".join(f"'{c}'" for c in codes) or "''"
    return ("SELECT seq FROM cases WHERE id IN (SELECT case_id FROM case_clock"
            " WHERE state = 'running' AND due >= ? AND due < ?)"
            f" ORDER BY (urgent = '1' OR category IN ({listed})) DESC,"
            " received_at DESC, seq DESC")


@dataclass
class FilterResult:
    kind: str
    app: list[float]
    raw: list[float]
    rows: int


def bench_deadline_filter(core: Core, kind: str, wrap: Callable[[str, Callable], Callable]
                          ) -> FilterResult:
    conn = core.store.raw_connection
    flt = CaseFilter(past_deadline=kind == "past", near_deadline=kind == "near")
    sql, window = raw_deadline_sql(urgent_codes(core)), deadline_window(core, kind)

    def raw():
        return [r[0] for r in conn.execute(sql, window)]

    def app():
        return core.cases.list_seqs(flt)

    mine, theirs = app(), raw()
    if mine != theirs:
        raise AssertionError(f"{kind}: the raw SQL selects {len(theirs)} seqs, list_seqs "
                             f"{len(mine)} (or in another order): the baseline is wrong")
    wrap(f"deadline_{kind}_ms", app)()
    a, b = [], []
    for i in range(FILTER_RUNS):
        if i % 2:
            b.append(_ms(raw))
        a.append(_ms(app))
        if not i % 2:
            b.append(_ms(raw))
    return FilterResult(kind, a, b, len(mine))


def explain(conn, sql: str, params) -> str:
    rows = conn.execute("EXPLAIN QUERY PLAN " + sql, params).fetchall()
    return "\n".join(f"    {r[-1]}" for r in rows)


def clock_census(core: Core) -> dict[str, int]:
    """How many clock rows the store holds by state, and how many running cases are past or
    near their deadline: the filters are only worth timing on a store that has them."""
    conn = core.store.raw_connection
    out = {f"state {s}": n for s, n in conn.execute(
        "SELECT state, count(*) FROM case_clock GROUP BY state ORDER BY state")}
    out["cases"] = conn.execute("SELECT count(*) FROM cases").fetchone()[0]
    out["cases without a clock row"] = conn.execute(
        "SELECT count(*) FROM cases c WHERE NOT EXISTS"
        " (SELECT 1 FROM case_clock k WHERE k.case_id = c.id)").fetchone()[0]
    for kind in ("past", "near"):
        out[f"{kind} deadline"] = conn.execute(
            "SELECT count(*) FROM case_clock WHERE state = 'running' AND due >= ? AND due < ?",
            deadline_window(core, kind)).fetchone()[0]
    return out


def median_p95(values: list[float]) -> tuple[float, float]:
    ordered = sorted(values)
    return (statistics.median(ordered),
            ordered[min(len(ordered) - 1, max(0, round(0.95 * len(ordered)) - 1))])
