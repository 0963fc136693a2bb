"""The supervisor's desk benchmarks (issue 13), run by tests/bench/run.py on the 100,000-case
store, or alone: python -m tests.bench.report_bench [--cases N] [--store-cache DIR].

- The full report over every case (a period covering the whole store): ReportService.compute
  beside the raw GROUP BY queries of the same figures, hand-written here, on the same
  connection (what the figures boil down to).
- The dashboard counts (Beranda) for the supervisor: DashboardService.counts() beside the
  same counts as raw SQL.
- The case list as XLSX (100,000 rows): ReportService.export_case_list beside XlsxWriter
  writing the same rows, fetched by one plain SELECT, directly.
- The case file PDF of a case with 200 timeline steps (built through the services).
"""

from __future__ import annotations

import argparse
import shutil
import statistics
import sys
import tempfile
import time
from datetime import date, timedelta
from pathlib import Path

import xlsxwriter

from desktop.core import Core
from desktop.crypto.keyslots import MINIMUM_KDF, KeySlotFile
from desktop.domain.deadlines import NEAR_DAYS, add_working_days
from desktop.domain.reports.period import Period, day_start
from desktop.formatting import zone_info
from desktop.paths import DataPaths
from desktop.services.cases import CaseFilter
from tests.bench import casework_bench as cw

REPORT_RUNS = 7
DASHBOARD_RUNS = 20
PDF_RUNS = 5
REPORT_RATIO = 1.5
XLSX_RATIO = 1.5

_OPEN = "status NOT IN ('selesai', 'ditutup')"


def whole_period(core: Core) -> Period:
    first, last = core.store.query_one("SELECT min(received_at), max(received_at) FROM cases")
    zone = zone_info(core.office.tz)

    def day(text: str) -> date:
        from datetime import datetime
        return datetime.fromisoformat(text.replace("Z", "+00:00")).astimezone(zone).date()
    return Period.days(day(first), day(last))


def raw_report_queries(core: Core, period: Period) -> list[tuple[str, dict]]:
    """The same figures as plain GROUP BY queries (the floor the report's code stands on)."""
    since, until = period.instants(core.office.tz)
    today = core.cases.today()
    p = {"since": since, "until": until, "today": today.isoformat(),
         "near": add_working_days(today, NEAR_DAYS).isoformat(),
         "a7": day_start(today - timedelta(days=7), core.office.tz),
         "a30": day_start(today - timedelta(days=30), core.office.tz),
         "a90": day_start(today - timedelta(days=90), core.office.tz)}
    base = "c.received_at >= :since AND c.received_at < :until"
    done = "CASE WHEN c.status = 'selesai' THEN 1 ELSE 0 END"
    queries = [
        (f"SELECT count(*), sum({done}), sum(c.status = 'ditutup') FROM cases c WHERE {base}", p),
        (f"SELECT k.day, count(*) FROM cases c JOIN case_clock k ON k.case_id = c.id"
         f" WHERE {base} AND c.status = 'selesai' AND k.state = 'stopped' GROUP BY k.day", p),
    ]
    for column in ("c.category", "c.status", "c.channel", "c.complainant_type"):
        queries.append((f"SELECT {column}, count(*), sum({done}) FROM cases c WHERE {base}"
                        f" GROUP BY {column}", p))
    for column in ("w.destination_country", "w.sex", "w.province", "w.regency", "w.pptkis"):
        queries.append((f"SELECT {column}, count(*), sum({done}) FROM cases c"
                        f" LEFT JOIN workers w ON w.case_id = c.id WHERE {base}"
                        f" GROUP BY {column}", p))
    queries += [
        ("SELECT CASE WHEN c.received_at >= :a7 THEN 0 WHEN c.received_at >= :a30 THEN 1"
         " WHEN c.received_at >= :a90 THEN 2 ELSE 3 END, count(*) FROM cases c"
         f" WHERE {base} AND c.{_OPEN} GROUP BY 1", p),
        ("SELECT CASE WHEN k.state = 'paused' THEN 0 WHEN k.due < :today THEN 1"
         " WHEN k.due <= :near THEN 2 ELSE 3 END, count(*) FROM cases c"
         f" JOIN case_clock k ON k.case_id = c.id WHERE {base} AND c.{_OPEN}"
         " AND k.state IN ('running', 'paused') GROUP BY 1", p),
        ("SELECT c.officer, count(*), sum(c.next_contact_due != '' AND c.next_contact_due"
         " < :today), sum(k.state = 'running' AND k.due < :today), min(c.received_at)"
         " FROM cases c LEFT JOIN case_clock k ON k.case_id = c.id"
         f" WHERE {base} AND c.{_OPEN} GROUP BY c.officer", p),
        ("SELECT username, full_name FROM users", {}),
        ("SELECT topic, count(*) FROM inquiries WHERE received_at >= :since"
         " AND received_at < :until GROUP BY topic", p),
        ("SELECT channel, count(*) FROM inquiries WHERE received_at >= :since"
         " AND received_at < :until GROUP BY channel", p),
    ]
    months = [date(period.last.year - (period.last.month <= m), (period.last.month - m - 1) % 12
                   + 1, 1) for m in range(11, -1, -1)]
    bounds = {f"m{i}": day_start(d, core.office.tz) for i, d in enumerate(months)}
    nxt = months[-1]
    bounds["m12"] = day_start(date(nxt.year + (nxt.month == 12), nxt.month % 12 + 1, 1),
                              core.office.tz)
    which = " ".join(f"WHEN c.received_at < :m{i + 1} THEN {i}" for i in range(12))
    queries.append((f"SELECT CASE {which} END, count(*), sum({done}) FROM cases c"
                    " WHERE c.received_at >= :m0 AND c.received_at < :m12 GROUP BY 1", bounds))
    queries.append((f"SELECT CASE {which.replace('c.received_at', 'received_at')} END, count(*)"
                    " FROM inquiries WHERE received_at >= :m0 AND received_at < :m12 GROUP BY 1",
                    bounds))
    return queries


def _median_ms(fn, runs: int) -> tuple[float, list[float]]:
    fn()  # warm the page cache
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        fn()
        times.append((time.perf_counter() - start) * 1000)
    return statistics.median(times), times


def bench_report(core: Core, figure) -> list:
    period = whole_period(core)
    queries = raw_report_queries(core, period)
    app, app_runs = _median_ms(lambda: core.reports.compute(period), REPORT_RUNS)
    raw, _ = _median_ms(lambda: [core.store.query(sql, p) for sql, p in queries], REPORT_RUNS)
    cases = core.store.query_one("SELECT count(*) FROM cases")[0]
    return [figure("report_full_ms", app, "ms", raw,
                   f"< 1000 ms, ratio <= {REPORT_RATIO}",
                   app < 1000 and app / raw <= REPORT_RATIO,
                   f"{cases:,} cases, {period.label('en')}; {len(queries)} raw queries; "
                   f"max {max(app_runs):.0f} ms")]


def raw_dashboard_sql(core: Core) -> list[tuple[str, list]]:
    today = core.cases.today().isoformat()
    near = (add_working_days(core.cases.today(), NEAR_DAYS) + timedelta(days=1)).isoformat()
    urgent = ", ".join(f"'{i.code}'" for i in core.reference.items("category")
                       if i.extra.get("urgent"))
    return [
        (f"SELECT count(*) FROM cases WHERE (urgent = '1' OR category IN ({urgent})) AND {_OPEN}",
         []),
        (f"SELECT count(*) FROM cases WHERE next_contact_due = ? AND {_OPEN}", [today]),
        (f"SELECT count(*) FROM cases WHERE next_contact_due != '' AND next_contact_due < ?"
         f" AND {_OPEN}", [today]),
        ("SELECT count(*) FROM case_clock WHERE state = 'running' AND due < ?", [today]),
        ("SELECT count(*) FROM case_clock WHERE state = 'running' AND due >= ? AND due < ?",
         [today, near]),
        (f"SELECT count(*) FROM cases WHERE officer = '' AND {_OPEN}", []),
        ("SELECT count(*) FROM cases WHERE proposed_status != ''", []),
        ("SELECT count(DISTINCT case_id) FROM referrals WHERE reply_on = '' AND withdrawn_on = ''",
         []),
        ("SELECT count(*) FROM cases WHERE received_at > ?", ["2026-12-01T00:00:00.000000Z"]),
    ]


def bench_dashboard(core: Core, figure) -> list:
    raw_sql = raw_dashboard_sql(core)
    app, runs = _median_ms(core.dashboard.counts, DASHBOARD_RUNS)
    raw, _ = _median_ms(lambda: [core.store.query(sql, p) for sql, p in raw_sql], DASHBOARD_RUNS)
    items = core.dashboard.counts()
    shown = ", ".join(f"{i.key} {i.count:,}" for i in getattr(items, "items", ()))
    return [figure("dashboard_counts_ms", app, "ms", raw, "< 100 ms", app < 100,
                   f"p95-ish max {max(runs):.1f} ms; {shown}")]


_LIST_SQL = """
SELECT c.case_number, c.received_at, c.status, c.category, c.channel, c.urgent,
       coalesce(w.name, ''), coalesce(w.sex, ''), coalesce(w.passport, ''),
       coalesce(w.destination_country, ''), coalesce(p.name, ''), coalesce(p.relation, ''),
       coalesce(p.phones, ''), c.officer, coalesce(k.state, ''), coalesce(k.due, ''),
       c.next_contact_due
FROM cases c LEFT JOIN workers w ON w.case_id = c.id LEFT JOIN complainants p ON p.case_id = c.id
LEFT JOIN case_clock k ON k.case_id = c.id ORDER BY c.received_at DESC, c.seq DESC
"""


def raw_xlsx(core: Core, target: Path) -> int:
    """XlsxWriter writing the list's rows straight from one SELECT (the floor)."""
    from datetime import datetime
    book = xlsxwriter.Workbook(str(target), {"constant_memory": True})
    sheet = book.add_worksheet("Kasus")
    bold = book.add_format({"bold": True})
    dates = book.add_format({"num_format": "dd/mm/yyyy"})
    sheet.write_row(0, 0, [f"col{i}" for i in range(17)], bold)
    n = 0
    for n, row in enumerate(core.store.query(_LIST_SQL), start=1):
        received = datetime.fromisoformat(row[1].replace("Z", "+00:00")).replace(tzinfo=None)
        sheet.write_string(n, 0, row[0])
        sheet.write_datetime(n, 1, received, dates)
        for col in range(2, 17):
            sheet.write_string(n, col, str(row[col]))
    book.close()
    return n


def bench_case_list_xlsx(core: Core, tmp: Path, figure) -> list:
    app_times, raw_times = [], []
    result = None
    for run in range(2):
        target = tmp / f"list-{run}.xlsx"
        start = time.perf_counter()
        result = core.reports.export_case_list(CaseFilter(), "", None, "xlsx", target)
        app_times.append(time.perf_counter() - start)
        target.unlink()
        start = time.perf_counter()
        rows = raw_xlsx(core, target)
        raw_times.append(time.perf_counter() - start)
        target.unlink()
    app, raw = min(app_times), min(raw_times)
    return [figure("case_list_xlsx_s", app, "s", raw, f"< 15 s, ratio <= {XLSX_RATIO}",
                   app < 15 and app / raw <= XLSX_RATIO,
                   f"{getattr(result, 'cases', rows):,} cases; best of 2 (runs {app_times[0]:.1f},"
                   f" {app_times[1]:.1f} s)")]


def bench_case_file(core: Core, intake, figure) -> list:
    busy = cw.make_busy_case(core, intake, 4242)
    app, runs = _median_ms(lambda: core.case_files.render(busy.seq), PDF_RUNS)
    pdf = core.case_files.render(busy.seq)
    return [figure("case_file_pdf_ms", app, "ms", None, "< 1000 ms", app < 1000,
                   f"{busy.events} timeline entries, {busy.referrals} referrals; {len(pdf):,} "
                   f"bytes; max {max(runs):.0f} ms")]


def run_all(core: Core, work_core: Core, intake, tmp: Path, figure) -> list:
    """Read-only figures on `core`; the case file (which writes a busy case) on `work_core`."""
    figures = []
    print("Report (whole store) ...", flush=True)
    figures += bench_report(core, figure)
    print("Dashboard counts ...", flush=True)
    figures += bench_dashboard(core, figure)
    print("Case list as XLSX ...", flush=True)
    figures += bench_case_list_xlsx(core, tmp, figure)
    print("Case file PDF (on the copy) ...", flush=True)
    figures += bench_case_file(work_core, intake, figure)
    return figures


def main(argv: list[str] | None = None) -> int:
    from tests.bench import run as bench_run
    parser = argparse.ArgumentParser(prog="python -m tests.bench.report_bench")
    parser.add_argument("--cases", type=int, default=100_000)
    parser.add_argument("--store-cache", type=Path, default=None)
    args = parser.parse_args(argv)
    tmp = Path(tempfile.mkdtemp(prefix="halotki-report-bench-"))
    try:
        root, _seconds = bench_run.cached_store(args.store_cache or tmp / "cache", args.cases)
        paths = DataPaths(root)
        slots = KeySlotFile(paths.keyslots, MINIMUM_KDF)
        key = slots.unlock(bench_run.USER, bench_run.PASSWORD)
        work = DataPaths(tmp / "work")
        shutil.copytree(root, work.root)
        core = bench_run.open_core(paths, key, slots)
        work_core = bench_run.open_core(work, key, KeySlotFile(work.keyslots, MINIMUM_KDF))
        try:
            intake = bench_run._intakes(work_core, 1)[0]
            figures = run_all(core, work_core, intake, tmp, bench_run.Figure)
        finally:
            core.close()
            work_core.close()
    finally:
        shutil.rmtree(tmp, ignore_errors=True)
    bench_run.print_table(figures)
    bench_run.merge_results(Path("bench-results.json"), figures)
    return 0


if __name__ == "__main__":
    sys.exit(main())
