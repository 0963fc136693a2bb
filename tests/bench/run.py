"""Performance benchmarks (`make bench`): each figure beside a baseline measured in the same run.

Usage: python -m tests.bench.run [--cases N] [--store-cache DIR] [--profile NAME ...]

A store of N synthetic cases (100,000 by default) is built once with the demo bulk writer in
a temporary folder that is deleted afterwards (or kept in --store-cache for the next run).
Baselines are the raw SQL the core's work boils down to, on the same encrypted connection,
so a ratio says how much the application layer adds. Results go to bench-results.json in the
current directory. Never collected by pytest (tests/bench is excluded in pyproject).
"""

from __future__ import annotations

import argparse
import cProfile
import io
import json
import pstats
import random
import shutil
import statistics
import sys
import tempfile
import time
import uuid
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from desktop.core import Core, Session
from desktop.crypto.keyslots import DEFAULT_KDF, MINIMUM_KDF, KeySlotFile
from desktop.demo.generator import Planner, bulk_generate
from desktop.domain.case_numbers import parse_number_query
from desktop.domain.intake import normalize_intake
from desktop.domain.roles import Role
from desktop.paths import DataPaths
from desktop.services import search as search_mod
from desktop.session.login import log_in
from desktop.session.setup import InitRequest, initialize
from desktop.store.store import Store
from tests.bench import casework_bench as cw
from tests.bench import report_bench as rb

SEED = 20_240_611
USER, PASSWORD = "kasi", "bench-pass-123"
INTAKE_RUNS = 200
SEARCH_QUERIES = 100
LIST_RUNS = 20
OPEN_RUNS = 10
KDF_RUNS = 5
FTS_SQL = "SELECT rowid FROM case_search WHERE case_search MATCH ? ORDER BY rank LIMIT ?"


@dataclass
class Figure:
    name: str
    value: float
    unit: str
    baseline: float | None
    target: str
    ok: bool
    note: str = ""

    @property
    def ratio(self) -> float | None:
        return self.value / self.baseline if self.baseline else None

    def as_json(self) -> dict:
        return {"value": round(self.value, 4), "unit": self.unit,
                "baseline": None if self.baseline is None else round(self.baseline, 4),
                "ratio": None if self.ratio is None else round(self.ratio, 4),
                "target": self.target, "pass": self.ok}


def failed(name: str, unit: str, reason: str, target: str = "completes") -> Figure:
    """The figure of a bench that could not run to the end, with the reason."""
    return Figure(name, 0.0, unit, None, target, False, f"FAIL: {reason}")


def ms(seconds: float) -> float:
    return seconds * 1000.0


def p95(values: list[float]) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, max(0, round(0.95 * len(ordered)) - 1))]


def timed(fn: Callable[[], object]) -> float:
    start = time.perf_counter()
    fn()
    return time.perf_counter() - start


class Profiles:
    """Optional cProfile of named benchmarks, printed at the end (--profile NAME)."""

    def __init__(self, names: list[str]) -> None:
        self.names = set(names)
        self.reports: dict[str, str] = {}

    def wrap(self, name: str, fn: Callable[[], object]) -> Callable[[], object]:
        if name not in self.names:
            return fn

        def profiled():
            prof = cProfile.Profile()
            prof.enable()
            try:
                return fn()
            finally:
                prof.disable()
                self.reports[name] = self.reports.get(name, "") + profile_report(prof, 25)
        return profiled


# --- the store -------------------------------------------------------------------------------


def build_store(root: Path, cases: int) -> float:
    """Create an office store with a supervisor and `cases` demo cases; returns seconds taken."""
    paths = DataPaths(root)
    admin = initialize(paths, InitRequest("SBY", "admin", "Admin Kantor", PASSWORD), MINIMUM_KDF)
    admin.accounts.add_user(USER, "Kepala Seksi", "supervisor", PASSWORD)
    admin.close()
    core = log_in(paths, USER, PASSWORD, MINIMUM_KDF)
    step = max(1, cases // 10)
    started = time.perf_counter()

    def progress(done: int, total: int) -> None:
        if done == total or done % step < 500:
            print(f"  {done:>7,} / {total:,} cases  {time.perf_counter() - started:6.1f} s",
                  flush=True)
    try:
        bulk_generate(core, cases, seed=SEED, progress=progress)
    finally:
        core.close()
    return time.perf_counter() - started


def cached_store(cache: Path, cases: int) -> tuple[Path, float | None]:
    marker = cache / "bench-store.json"
    want = {"cases": cases, "seed": SEED, "schema": _schema_version()}
    if marker.exists() and json.loads(marker.read_text()) == want:
        print(f"Reusing the {cases:,}-case store in {cache}")
        return cache / "data", None
    shutil.rmtree(cache / "data", ignore_errors=True)
    cache.mkdir(parents=True, exist_ok=True)
    print(f"Building a {cases:,}-case store with bulk_generate ...")
    seconds = build_store(cache / "data", cases)
    marker.write_text(json.dumps(want))
    return cache / "data", seconds


def _schema_version() -> int:
    from desktop.store.schema import schema_version
    return schema_version()


def open_core(paths: DataPaths, key: bytes, slots: KeySlotFile) -> Core:
    store = Store.open(paths.database, key)
    return Core(store, key, slots, paths, Session(USER, "Kepala Seksi", Role.SUPERVISOR))


# --- benchmarks ------------------------------------------------------------------------------


def bench_key_derivation(tmp: Path) -> Figure:
    slots, _ = KeySlotFile.create(tmp / "kdf-keyslots.json", USER, PASSWORD, DEFAULT_KDF)
    slots.unlock(USER, PASSWORD)
    runs = [ms(timed(lambda: slots.unlock(USER, PASSWORD))) for _ in range(KDF_RUNS)]
    value = statistics.median(runs)
    return Figure("key_derivation_ms", value, "ms", None, "200-1000 ms (security floor)",
                  200 <= value <= 1000)


def bench_open(paths: DataPaths, key: bytes, slots: KeySlotFile, cases: int,
               profiles: Profiles) -> Figure:
    runs = []
    for _ in range(OPEN_RUNS + 1):
        start = time.perf_counter()
        core = open_core(paths, key, slots)
        runs.append(ms(time.perf_counter() - start))
        core.close()
    profiles.wrap("open_store_ms", lambda: open_core(paths, key, slots).close())()
    value = statistics.median(runs[1:])
    return Figure("open_store_ms", value, "ms", None, "< 100 ms", value < 100,
                  f"first open {runs[0]:.0f} ms, {cases:,} cases")


def bench_case_list(core: Core, profiles: Profiles) -> Figure:
    def first_page():
        seqs = core.cases.list_seqs()
        return core.cases.rows(seqs[:50])

    first_page()
    profiles.wrap("case_list_first_page_ms", first_page)()
    runs = [ms(timed(first_page)) for _ in range(LIST_RUNS)]
    value = statistics.median(runs)
    return Figure("case_list_first_page_ms", value, "ms", None, "< 150 ms", value < 150,
                  f"max {max(runs):.0f} ms")


def _misspell(word: str, rng: random.Random) -> str:
    i = 1 + rng.randrange(len(word) - 2)
    if rng.random() < 0.5:
        return word[:i] + word[i + 1] + word[i] + word[i + 2:]  # swapped letters
    letters = [c for c in "aeiouhnrst" if c != word[i].lower()]
    return word[:i] + rng.choice(letters) + word[i + 1:]


def search_queries(core: Core) -> dict[str, list[tuple[str, set[int]]]]:
    """(query text, seqs it is meant to find) per kind, drawn from the store.

    For names the meant cases are all cases of that worker name: common names repeat in
    100,000 cases, and any of them is a right answer.
    """
    rng = random.Random(SEED)
    rows = core.store.query(
        "SELECT c.seq, w.name, w.passport, c.case_number FROM cases c"
        " JOIN workers w ON w.case_id = c.id")
    by_name: dict[str, set[int]] = {}
    for seq, name, _, _ in rows:
        by_name.setdefault(name, set()).add(seq)
    rng.shuffle(rows)
    prefix, passport, misspelled, numbers = [], [], [], []
    for seq, name, pp, number in rows:
        if len(numbers) < SEARCH_QUERIES:
            # As a family quotes it on the phone: the tail, with or without the letter.
            office, year, letter, tail = number.split("-")
            form = len(numbers) % 4
            typed = (str(int(tail)), f"{letter}-{int(tail)}", f"{letter.lower()}{tail}",
                     f"{office}/{year}/{letter}/{int(tail)}")[form]
            numbers.append((typed, {seq}))
        words = name.split()
        if len(prefix) < SEARCH_QUERIES and len(words) >= 2 and len(words[1]) >= 4:
            # What a person types before the list narrows: first name and a bit of the next.
            prefix.append((f"{words[0]} {words[1][:3 + rng.randrange(2)]}", by_name[name]))
        if len(passport) < SEARCH_QUERIES and pp:
            passport.append((pp, {seq}))
        long_words = [w for w in words if len(w) >= 6 and w.isalpha()]
        if len(misspelled) < SEARCH_QUERIES and len(words) >= 2 and long_words:
            target = rng.choice(long_words)
            misspelled.append((name.replace(target, _misspell(target, rng), 1), by_name[name]))
        if min(len(prefix), len(passport), len(misspelled)) >= SEARCH_QUERIES:
            break
    return {"name_prefix": prefix, "passport": passport, "misspelled": misspelled,
            "case_number": numbers}


def bench_search(core: Core, profiles: Profiles) -> list[Figure]:
    conn = core.store.raw_connection
    service = core.search
    figures = []
    for kind, queries in search_queries(core).items():
        def raw(text: str, kind=kind):
            if kind == "misspelled":
                # The candidates of a misspelling come from the fuzzy MATCH; the exact pass
                # the service also runs finds nothing for a misspelt name.
                query, limit = search_mod.fuzzy_match_query(text), search_mod.FUZZY_CANDIDATES
            elif kind == "case_number":
                # The cases whose number ends in that tail (from the index's case_number),
                # then, but for a whole number, the substring matches of what was typed.
                number = parse_number_query(text)
                tail = "{case_number} : " + f'"{number.tail}"'
                rows = conn.execute(FTS_SQL, (tail, search_mod.NUMBER_CANDIDATES)).fetchall()
                query = search_mod.exact_match_query(service._identifier_form(text))
                if number.full or not query:
                    return rows
                limit = search_mod.MAX_RESULTS
            else:
                query = search_mod.exact_match_query(service._identifier_form(text))
                limit = search_mod.MAX_RESULTS
            return conn.execute(FTS_SQL, (query, limit)).fetchall()

        for text, _ in queries[:10]:  # warm the page cache for both sides alike
            service.search(text)
            raw(text)
        name = f"search_{kind}_p95_ms"
        profiles.wrap(name, lambda qs=queries: [service.search(t) for t, _ in qs[:20]])()
        app, base, found = [], [], 0
        for i, (text, meant) in enumerate(queries):
            # Alternate which goes first so neither side always gets the warmer cache.
            if i % 2:
                base.append(ms(timed(lambda t=text: raw(t))))
            start = time.perf_counter()
            hits = service.search(text)
            app.append(ms(time.perf_counter() - start))
            if not i % 2:
                base.append(ms(timed(lambda t=text: raw(t))))
            found += not meant.isdisjoint(hits)
        value, baseline = p95(app), p95(base)
        figures.append(Figure(name, value, "ms", baseline, "p95 <= 20 ms, ratio <= 1.5",
                              value <= 20 and value / baseline <= 1.5,
                              f"median {statistics.median(app):.1f} ms, "
                              f"meant case among the hits for {found}/{len(queries)} queries"))
    return figures


def _intakes(core: Core, n: int, seed: int = SEED + 1):
    """Walk-in complaints as the front office types them (drawn by the demo planner)."""
    planner = Planner(core.reference, core.office.code, core.office.tz, core.now(), n, seed)
    out = []
    for _ in range(n):
        intake = planner.next().intake
        intake.complaint.channel = "datang_langsung"
        intake.complaint.received_at = None
        if not intake.complainant.phones:
            intake.complainant.phones = "0812-3456-7890"
        out.append(intake)
    return out


class RawIntake:
    """The rows record_intake writes (tables, change rows, counter, FTS row), as bare SQL."""

    def __init__(self, core: Core) -> None:
        self.core = core
        self.conn = core.store.raw_connection
        self.clock = core.store.clock

    def prepare(self, intake) -> dict:
        core = self.core
        now = core.now()
        data = normalize_intake(intake, core.reference, now)
        stamp = now.strftime("%Y-%m-%dT%H:%M:%S.%fZ")
        case_id = str(uuid.uuid4())
        user, device = core.session.username, core.store.device_id
        case = {"id": case_id, "case_number": None, "office_code": core.office.code,
                "status": "baru", **data.case, "outcome": "", "duplicate_of": "",
                "next_contact_due": "", "created_at": stamp, "created_by": user,
                "updated_at": stamp}
        rows = [("workers", {"id": str(uuid.uuid4()), "case_id": case_id, **data.worker}),
                ("complainants", {"id": str(uuid.uuid4()), "case_id": case_id, **data.complainant})]
        rows += [("case_documents", {"id": f"{case_id}:{d}", "case_id": case_id, "doc_type": d,
                                     "state": s, "note": "", "updated_at": stamp})
                 for d, s in data.documents.items()]
        rows.append(("events", {
            "id": str(uuid.uuid4()), "case_id": case_id, "event_type": "pengaduan_diterima",
            "occurred_at": data.case["received_at"], "recorded_at": stamp, "user": user,
            "device": device, "summary": "", "channel": data.case["channel"],
            "next_contact_due": "", "data": "{}"}))
        entity = {"workers": "worker", "complainants": "complainant",
                  "case_documents": "document", "events": "event"}
        statements = [(f"INSERT INTO {t} ({', '.join(r)}) VALUES ({', '.join('?' * len(r))})",
                       list(r.values())) for t, r in rows]
        case_hlc = self.clock.tick()
        changes = [(str(uuid.uuid4()), entity[t], r["id"], "insert",
                    json.dumps(r, ensure_ascii=False, separators=(",", ":")),
                    self.clock.tick(), user, device, stamp) for t, r in rows]
        w, p = data.worker, data.complainant
        fts = [w["name"], p["name"], w["passport"], f"{w['nik']} {p['nik']}".strip(),
               f"{w['phone']} {p['phones']}".strip()]
        year = now.astimezone(_zone(core)).year
        return {"case": case, "statements": statements, "changes": changes, "fts": fts,
                "seq_key": f"case_seq:{year}", "year": year, "hlc": case_hlc,
                "change_id": str(uuid.uuid4())}

    def write(self, prep: dict) -> None:
        conn, case, office = self.conn, prep["case"], self.core.office
        conn.execute("BEGIN IMMEDIATE")
        try:
            row = conn.execute("SELECT value FROM meta WHERE key = ?", (prep["seq_key"],)).fetchone()
            value = int(row[0]) + 1 if row else 1
            conn.execute("INSERT INTO meta (key, value) VALUES (?, ?) ON CONFLICT(key)"
                         " DO UPDATE SET value = excluded.value", (prep["seq_key"], str(value)))
            case["case_number"] = f"{office.code}-{prep['year']}-{office.device_letter}-{value:05d}"
            seq = conn.execute(
                f"INSERT INTO cases ({', '.join(case)}) VALUES ({', '.join('?' * len(case))})",
                list(case.values())).lastrowid
            insert_change = ("INSERT INTO changes (change_id, entity, entity_id, op, fields, hlc,"
                             " user, device, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)")
            conn.execute(insert_change, (prep["change_id"], "case", case["id"], "insert",
                                         json.dumps(case, ensure_ascii=False, separators=(",", ":")),
                                         prep["hlc"], case["created_by"], self.core.store.device_id,
                                         case["created_at"]))
            for sql, params in prep["statements"]:
                conn.execute(sql, params)
            for change in prep["changes"]:
                conn.execute(insert_change, change)
            conn.execute("INSERT INTO case_search (rowid, case_number, worker_name,"
                         " complainant_name, passport, nik, phones) VALUES (?, ?, ?, ?, ?, ?, ?)",
                         (seq, case["case_number"], *prep["fts"]))
            conn.execute("COMMIT")
        except BaseException:
            conn.execute("ROLLBACK")
            raise


def _zone(core: Core):
    from desktop.formatting import zone_info
    return zone_info(core.office.tz)


def bench_intake(core: Core, profiles: Profiles) -> Figure:
    raw = RawIntake(core)
    warm = 10
    intakes = _intakes(core, 2 * (INTAKE_RUNS + warm))
    app, base = [], []
    profiles.wrap("intake_record_ms",
                  lambda: [core.cases.record_intake(i) for i in intakes[-20:]])()
    for i in range(INTAKE_RUNS + warm):
        mine, theirs = intakes[2 * i], raw.prepare(intakes[2 * i + 1])
        a = ms(timed(lambda m=mine: core.cases.record_intake(m)))
        b = ms(timed(lambda t=theirs: raw.write(t)))
        if i >= warm:
            app.append(a)
            base.append(b)
    value, baseline = statistics.median(app), statistics.median(base)
    return Figure("intake_record_ms", value, "ms", baseline, "median < 5 ms, ratio <= 1.5",
                  value < 5 and value / baseline <= 1.5,
                  f"p95 {p95(app):.1f} ms vs raw p95 {p95(base):.1f} ms")


def bench_deadline_filters(core: Core, profiles: Profiles) -> tuple[list[Figure], str]:
    """list_seqs with the deadline filters beside the raw SQL of the same seqs; also returns
    the store's clock census and both query plans for the report."""
    census = cw.clock_census(core)
    lines = ["Clock rows: " + ", ".join(f"{k} {v:,}" for k, v in census.items())]
    figures = []
    codes = cw.urgent_codes(core)
    conn = core.store.raw_connection
    for kind in ("past", "near"):
        result = cw.bench_deadline_filter(core, kind, profiles.wrap)
        name = f"deadline_{kind}_ms"
        value, value_p95 = cw.median_p95(result.app)
        baseline, base_p95 = cw.median_p95(result.raw)
        # A store with no such case measures nothing: that misses too.
        figures.append(Figure(name, value, "ms", baseline, f"ratio <= {cw.FILTER_RATIO}",
                              result.rows > 0 and value / baseline <= cw.FILTER_RATIO,
                              f"{result.rows:,} cases; p95 {value_p95:.1f} ms vs raw p95 "
                              f"{base_p95:.1f} ms"))
        window = cw.deadline_window(core, kind)
        lines.append(f"{kind} deadline, list_seqs:\n"
                     + cw.explain(conn, cw.service_deadline_sql(codes), window))
        lines.append(f"{kind} deadline, raw:\n" + cw.explain(conn, cw.raw_deadline_sql(codes),
                                                              window))
    return figures, "\n".join(lines)


def bench_case_open(core: Core, profiles: Profiles) -> tuple[list[Figure], str]:
    """A case with 200 steps and 10 referrals, built through the services, opened in the
    case window (offscreen) and read by load_case, each beside the raw reads of the case."""
    started = time.perf_counter()
    busy = cw.make_busy_case(core, _intakes(core, 1)[0], SEED + 2)
    print(f"  built a case with {busy.events} timeline entries and {busy.referrals} referrals"
          f" ({busy.answered} answered) in {time.perf_counter() - started:.1f} s", flush=True)
    result = cw.bench_open_case(core, busy, profiles.wrap)
    probe = cw.history_probe(core, busy)
    baseline, base_p95 = cw.median_p95(result.raw)
    shown, shown_p95 = cw.median_p95([t.shown for t in result.window])
    load, load_p95 = cw.median_p95(result.load)
    fill, fill_p95 = cw.median_p95(result.fill)
    target = f"median and p95 < {cw.OPEN_TARGET_MS:.0f} ms"
    what = (f"{busy.events} timeline entries ({cw.BUSY_STEPS} added steps), {busy.referrals}"
            f" referrals ({busy.answered} answered)")
    plans = (f"Change history of the busy case ({probe.rows} change rows) without the"
             f" partial index's condition (as history.of_case asked before): {probe.ms:.1f} ms"
             f"\n{probe.plan}\nwith AND case_id != '' (as it asks now): {probe.ms_indexed:.1f}"
             f" ms\n{probe.plan_indexed}")
    return [
        Figure("case_open_window_ms", shown, "ms", baseline, target,
               shown_p95 < cw.OPEN_TARGET_MS,
               f"{what}; {len(result.window)} runs; p95 {shown_p95:.1f} ms; median ms: "
               f"{cw.open_breakdown(result)}; "
               f"refill of the shown window {fill:.1f} (p95 {fill_p95:.1f}); the timeline's "
               f"layout alone {result.timeline_one_table:.1f} as one table (as now), "
               f"{result.timeline_table_per_step:.1f} as a table per step"),
        Figure("case_open_load_ms", load, "ms", baseline, target, load_p95 < cw.OPEN_TARGET_MS,
               f"load_case alone; p95 {load_p95:.1f} ms vs raw p95 {base_p95:.1f} ms "
               f"({result.raw_rows} rows); its change history query {probe.ms_indexed:.1f} ms "
               f"on the partial index ({probe.ms:.1f} ms without it, as before)"),
    ], plans


# --- report ----------------------------------------------------------------------------------


def merge_results(path: Path, figures: list[Figure],
                  extra: dict[str, dict] | None = None) -> None:
    """Write these figures into the results file, keeping the other benchmarks' figures
    (the file is shared by `make bench`'s steps); `extra` adds keys to a figure's entry."""
    try:
        results = json.loads(path.read_text(encoding="utf-8"))
        if not isinstance(results, dict):
            results = {}
    except (OSError, ValueError):
        results = {}
    for figure in figures:
        results[figure.name] = figure.as_json() | (extra or {}).get(figure.name, {})
    path.write_text(json.dumps(results, indent=2) + "\n", encoding="utf-8")


def profile_report(prof: cProfile.Profile, top: int = 15) -> str:
    """Where the time went: our functions by cumulative time (the call chain; the HTTP and
    SQL layers' frames would only repeat it), then every function by own time (the floor)."""
    out = io.StringIO()
    stats = pstats.Stats(prof, stream=out)
    stats.sort_stats("cumulative").print_stats(r"/(desktop|sync)/", top)
    stats.sort_stats("tottime").print_stats(top // 2 + 2)
    return "\n".join(line for line in out.getvalue().splitlines() if line.strip())


def print_table(figures: list[Figure]) -> None:
    head = f"{'name':<30} {'value':>10} {'unit':<5} {'baseline':>10} {'ratio':>7}  {'target':<30} result"
    print("\n" + head)
    print("-" * len(head))
    for f in figures:
        base = "-" if f.baseline is None else f"{f.baseline:10.2f}"
        ratio = "-" if f.ratio is None else f"{f.ratio:7.2f}"
        print(f"{f.name:<30} {f.value:>10.2f} {f.unit:<5} {base:>10} {ratio:>7}  {f.target:<30} "
              f"{'PASS' if f.ok else 'MISS'}")
    notes = [f for f in figures if f.note]
    if notes:
        print()
        for f in notes:
            print(f"  {f.name}: {f.note}")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m tests.bench.run", description=__doc__.split("\n")[0])
    parser.add_argument("--cases", type=int, default=100_000)
    parser.add_argument("--store-cache", type=Path, default=None,
                        help="keep the generated store here and reuse it next time")
    parser.add_argument("--profile", action="append", default=[], metavar="NAME",
                        help="print a cProfile of this benchmark (repeatable)")
    parser.add_argument("--json", type=Path, default=Path("bench-results.json"))
    parser.add_argument("--strict", action="store_true", help="exit 1 when a figure misses")
    args = parser.parse_args(argv)
    profiles = Profiles(args.profile)

    tmp = Path(tempfile.mkdtemp(prefix="halotki-bench-"))
    figures: list[Figure] = []
    try:
        print("Key derivation (DEFAULT_KDF) ...", flush=True)
        figures.append(bench_key_derivation(tmp))

        root, build_seconds = cached_store(args.store_cache or tmp / "cache", args.cases)
        if build_seconds is not None:
            print(f"Store built in {build_seconds:.1f} s "
                  f"({build_seconds / args.cases * 1000:.2f} ms per case)", flush=True)
            figures.append(Figure(f"bulk_generate_{args.cases // 1000}k_s", build_seconds, "s",
                                  None, "< 300 s", build_seconds < 300))
        paths = DataPaths(root)
        slots = KeySlotFile(paths.keyslots, MINIMUM_KDF)
        key = slots.unlock(USER, PASSWORD)

        print("Opening the store ...", flush=True)
        figures.append(bench_open(paths, key, slots, args.cases, profiles))

        core = open_core(paths, key, slots)
        try:
            print("Case list ...", flush=True)
            figures.append(bench_case_list(core, profiles))
            print("Search ...", flush=True)
            figures += bench_search(core, profiles)
            print("Deadline filters ...", flush=True)
            filter_figures, plans = bench_deadline_filters(core, profiles)
            figures += filter_figures
            print("Report, dashboard and case-list export ...", flush=True)
            figures += rb.bench_report(core, Figure)
            figures += rb.bench_dashboard(core, Figure)
            figures += rb.bench_case_list_xlsx(core, tmp, Figure)
        finally:
            core.close()

        # These write, so they run on a copy: a cached store must stay as generated.
        work = DataPaths(tmp / "work")
        shutil.copytree(root, work.root)
        core = open_core(work, key, KeySlotFile(work.keyslots, MINIMUM_KDF))
        try:
            print("Opening a busy case (on a copy of the store) ...", flush=True)
            open_figures, open_plans = bench_case_open(core, profiles)
            figures += open_figures
            plans += "\n" + open_plans
            print("Intake (on the copy) ...", flush=True)
            figures.append(bench_intake(core, profiles))
            print("Case file PDF (on the copy) ...", flush=True)
            figures += rb.bench_case_file(core, _intakes(core, 1)[0], Figure)
        finally:
            core.close()
    finally:
        shutil.rmtree(tmp, ignore_errors=True)

    print_table(figures)
    print("\n" + plans)
    args.json.write_text(json.dumps({f.name: f.as_json() for f in figures}, indent=2) + "\n")
    print(f"\nWritten to {args.json.resolve()}")
    for name, report in profiles.reports.items():
        print(f"\n=== profile: {name} ===\n{report}")
    return 1 if args.strict and not all(f.ok for f in figures) else 0


if __name__ == "__main__":
    sys.exit(main())
