"""Benchmarks of sync (`make bench`, after tests.bench.run and tests.bench.package_bench).

Usage: python -m tests.bench.sync_bench [--quick] [--profile] [--serial-links] [--json FILE]
       [--only loopback,pg,link,scale,history]

Every figure is printed beside a baseline measured in the same run:
- loopback (tests/bench/sync_loopback.py): push and pull of 10,000 changes between two
  office PCs through a live uvicorn server, on SQLite and on PostgreSQL. Baseline: a raw
  round trip of the same request and answer bytes (one requests.Session) to an echo
  endpoint of the same app, plus a raw executemany of the same rows in one transaction
  (push: into the server's tables, on a database as it was before; pull: into a new
  SQLCipher store without its digest triggers). Wire bytes against the gzip of the
  changes' compact JSON; HTTP requests per batch; an idle sync (SQLite).
- pg (tests/bench/sync_pg.py): the server on PostgreSQL (a fresh database, dropped
  afterwards): ingest through apply_push against a raw executemany of the same rows; 200
  devices (the server as `serve --workers 3`) doing a bounded run of incremental syncs at
  once, p50 and p99 against the same bodies to the echo endpoint, 0 errors and every
  device converged; one device alone.
- link (tests/bench/sync_link.py): an office's day (50 cases, 300 events, 20 scans of
  500 KB) over 256 kbit/s, through the token-bucket proxy and, as root with `ip netns` and
  `tc`, through a tbf-shaped loopback in a network namespace of its own; against wire
  bytes / bandwidth. And an upload cut at 60%, resumed. The two days run at the same time
  (they share no link; each mostly waits on its own) unless --serial-links.
- scale (tests/bench/sync_scale.py, issue 15): a server of 50,000 demo cases (built by
  tests/bench/scope_factory.py); idle sync and sync after one new intake at scopes of 300 /
  10,000 / 50,000 cases on SQLite and PostgreSQL, against the same bytes to the echo
  endpoint and flat across scopes; the first sync of the 50,000-case national scope against
  raw transfer + raw executemany, its progress, and its resume after a kill -9.
  --quick: scopes of 300 / 2,000 / 5,000.
- history (tests/bench/sync_history.py): a push of 1,000 edits to cases that already have
  10 / 1,000 / 5,000 changes each (about half of them timeline events, so rows), on SQLite
  and PostgreSQL: per-change time against the fastest tier, flat.

--quick: 4 scans instead of 20, fewer PostgreSQL changes and syncs (the day's figure is
then not the issue's day), one raw run per loopback baseline, smaller scopes, fewer cases
and rounds of history. --profile: cProfile of the server's sync handler (replayed on a
copy of the database), of a PC's pull and of apply_push on PostgreSQL, printed at the end.
Results are merged into bench-results.json (the other bench modules' figures are kept).
"""

from __future__ import annotations

import argparse
import shutil
import sys
import tempfile
import time
import traceback
from pathlib import Path

from tests.bench.run import Figure, failed, merge_results, print_table

SECTIONS = ("loopback", "pg", "link", "scale", "history")


def run_loopback(tmp: Path, quick: bool, profile: bool) -> tuple[list[Figure], dict[str, str]]:
    from tests.bench.sync_loopback import bench_loopback

    print("Push and pull of 10,000 changes over loopback (SQLite, PostgreSQL), idle sync ...",
          flush=True)
    return bench_loopback(tmp, profile, quick)


def run_pg(tmp: Path, quick: bool, profile: bool) -> tuple[list[Figure], dict[str, str]]:
    from tests.bench.sync_pg import DEVICES, PG_DEFAULT, PG_ENV, bench_pg, pg_admin_url

    print(f"The server on PostgreSQL: ingest, {DEVICES} devices ...", flush=True)
    url = pg_admin_url()
    if url is None:
        reason = f"PostgreSQL unreachable (${PG_ENV} or {PG_DEFAULT})"
        return [failed("sync_pg_ingest_changes_per_s", "ch/s", reason),
                failed(f"sync_pg_{DEVICES}dev_p50_ms", "ms", reason),
                failed(f"sync_pg_{DEVICES}dev_p99_ms", "ms", reason),
                failed("sync_pg_1dev_p50_ms", "ms", reason)], {}
    return bench_pg(tmp, url, quick, profile)


def run_scale(tmp: Path, quick: bool, profile: bool) -> tuple[list[Figure], dict[str, str]]:
    from tests.bench.sync_scale import bench_scale

    print(f"Sync at scale: scopes of {'300 / 2,000 / 5,000' if quick else '300 / 10,000 / 50,000'}"
          " cases ...", flush=True)
    return bench_scale(tmp, quick, profile)


def run_history(tmp: Path, quick: bool, profile: bool) -> tuple[list[Figure], dict[str, str]]:
    from tests.bench.sync_history import bench_history

    print("Push of 1,000 edits as a case's history grows (SQLite, PostgreSQL) ...", flush=True)
    return bench_history(tmp, quick, profile)


def day_figure(name: str, result: dict, what: str) -> Figure:
    from tests.bench.sync_link import RATE

    baseline = result["wire_bytes"] / RATE
    note = (f"{what}; {result['changes']:,} changes + {result['scans']} scans of "
            f"{result['scan_bytes'] // max(result['scans'], 1):,} B; PC A "
            f"{result['a_seconds']:.1f} s in {result['a_requests']} requests (up "
            f"{result['a_up']:,} B, down {result['a_down']:,} B), PC B {result['b_seconds']:.1f} s "
            f"in {result['b_requests']} (down {result['b_down']:,} B); baseline: "
            f"{result['wire_bytes']:,} wire bytes (bodies) / 32,000 B/s")
    if "http_bytes" in result:
        note += (f"; with HTTP heads {result['http_bytes']:,} B "
                 f"(+{100 * (result['http_bytes'] / result['wire_bytes'] - 1):.1f}%)")
    return Figure(name, result["seconds"], "s", baseline, "ratio <= 1.3",
                  result["seconds"] <= 1.3 * baseline, note)


def run_links(tmp: Path, quick: bool, serial: bool) -> list[Figure]:
    from tests.bench.sync_link import DAY_SCANS, TcDay, day, tc_possible

    scans = 4 if quick else DAY_SCANS
    figures: list[Figure] = []
    why_not = tc_possible()
    tc: TcDay | None = None
    try:
        if why_not is None and not serial:
            print("The day over tc (network namespace, started now, runs meanwhile) ...",
                  flush=True)
            try:
                tc = TcDay(scans).start()
            except Exception as exc:
                why_not = f"could not start: {exc!r}"
        print(f"The day over the 256 kbit/s proxy ({scans} scans), then the cut upload ...",
              flush=True)
        try:
            result = day(tmp, "proxy", scans, cut=True)
            figures.append(day_figure("sync_day_256k_proxy_s", result,
                                      "token-bucket proxy, 256 kbit/s each way"))
            cut = result["cut"]
            figures.append(Figure(
                "sync_upload_cut60_resent_pct", 100 * cut["resent_fraction"], "%",
                100 * cut["piece"] / cut["size"], "<= 10 %", cut["resent_fraction"] <= 0.10,
                f"{cut['sent']:,} B sent for a {cut['size']:,} B scan in {cut['pieces']} pieces "
                f"of {cut['piece']:,} B (cut inside the piece holding 60%, then resumed; "
                f"{cut['seconds']:.1f} s); baseline: one piece"))
        except Exception as exc:  # the bench completes and says why
            traceback.print_exc()
            figures += [failed("sync_day_256k_proxy_s", "s", repr(exc)),
                        failed("sync_upload_cut60_resent_pct", "%", repr(exc))]
        if why_not is not None:
            figures.append(failed("sync_day_256k_tc_s", "s", f"tc run not possible: {why_not}"))
            return figures
        try:
            if tc is None:
                print("The day over tc (network namespace) ...", flush=True)
                tc = TcDay(scans).start()
            result = tc.result()
            figures.append(day_figure(
                "sync_day_256k_tc_s", result,
                "tc tbf 256 kbit/s on the loopback of a network namespace (both ways share it;"
                " TCP/IP headers and ACKs count)"))
        except Exception as exc:
            traceback.print_exc()
            figures.append(failed("sync_day_256k_tc_s", "s", repr(exc)))
    finally:
        if tc is not None:
            tc.close()
    return figures


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m tests.bench.sync_bench",
                                     description=__doc__.split("\n")[0])
    parser.add_argument("--quick", action="store_true",
                        help="4 scans, fewer PostgreSQL changes and syncs, smaller scopes")
    parser.add_argument("--profile", action="store_true",
                        help="print cProfile reports of the server and client sync paths")
    parser.add_argument("--serial-links", action="store_true",
                        help="run the tc day after the proxy day, not at the same time")
    parser.add_argument("--only", default=",".join(SECTIONS),
                        help=f"comma-separated sections ({', '.join(SECTIONS)})")
    parser.add_argument("--json", type=Path, default=Path("bench-results.json"))
    parser.add_argument("--strict", action="store_true", help="exit 1 when a figure misses")
    args = parser.parse_args(argv)
    sections = [s.strip() for s in args.only.split(",") if s.strip()]
    unknown = set(sections) - set(SECTIONS)
    if unknown:
        parser.error(f"unknown section(s): {', '.join(sorted(unknown))}")

    started = time.perf_counter()
    figures: list[Figure] = []
    profiles: dict[str, str] = {}
    tmp = Path(tempfile.mkdtemp(prefix="halotki-bench-sync-"))
    for section in SECTIONS:
        (tmp / section).mkdir()
    try:
        if "loopback" in sections:
            try:
                figs, profs = run_loopback(tmp / "loopback", args.quick, args.profile)
                figures += figs
                profiles.update(profs)
            except Exception as exc:
                traceback.print_exc()
                figures.append(failed("sync_push_10k_s", "s", repr(exc)))
        if "pg" in sections:
            try:
                figs, profs = run_pg(tmp / "pg", args.quick, args.profile)
                figures += figs
                profiles.update(profs)
            except Exception as exc:
                traceback.print_exc()
                figures.append(failed("sync_pg_ingest_changes_per_s", "ch/s", repr(exc)))
        if "link" in sections:
            figures += run_links(tmp / "link", args.quick, args.serial_links)
        for section, run, first in (("scale", run_scale, "sync_idle_flat"),
                                    ("history", run_history, "sync_history")):
            if section not in sections:
                continue
            try:
                figs, profs = run(tmp / section, args.quick, args.profile)
                figures += figs
                profiles.update(profs)
            except Exception as exc:
                traceback.print_exc()
                figures.append(failed(first, "-", repr(exc)))
    finally:
        shutil.rmtree(tmp, ignore_errors=True)

    print_table(figures)
    merge_results(args.json, figures)
    print(f"\nMerged into {args.json.resolve()}")
    print(f"Sync bench took {time.perf_counter() - started:.0f} s"
          f"{' (--quick: not the issue day)' if args.quick else ''}")
    for name, report in profiles.items():
        print(f"\n=== profile: {name} ===\n{report}")
    return 1 if args.strict and not all(f.ok for f in figures) else 0


if __name__ == "__main__":
    sys.exit(main())
