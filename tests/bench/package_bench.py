"""Benchmarks of the installable program (`make bench`, after tests.bench.run).

Usage: python -m tests.bench.package_bench [--dist DIR] [--rebuild] [--runs N] [--json FILE]

- Size of the one-folder build (dist/HaloTKI), with its largest contributors; baseline: a
  bare PySide6 window frozen the same way (packaging/bench/bare.spec: same excludes,
  trimming and stripping), so the ratio is what the application adds to Python and Qt.
- Launch to login window: from starting the windowed program (offscreen, on a store made
  by the frozen `halotki init`) until it reports the login window on screen
  (HALOTKI_EXIT_WHEN_READY); median of --runs runs after one warm-up, against the bare
  frozen window started the same way.

Builds what is missing (or everything with --rebuild). Merges its figures into
bench-results.json, which tests.bench.run writes first.
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
from collections import Counter
from pathlib import Path

from tests.bench.run import Figure, merge_results, print_table

ROOT = Path(__file__).resolve().parents[2]
PACKAGING = ROOT / "packaging"
sys.path.insert(0, str(PACKAGING))
import pyi_common as common  # noqa: E402

EXE_SUFFIX = ".exe" if sys.platform == "win32" else ""
BARE_DIR = ROOT / "build" / "bench"
BARE_INPUTS = (PACKAGING / "bench" / "bare.spec", PACKAGING / "bench" / "bare_window.py",
               PACKAGING / "pyi_common.py", PACKAGING / "icu_data.py")
READY = "halotki-ready: "
SIZE_TARGET_MB = 150  # decimal megabytes (10**6 bytes), the stricter reading of "150 MB"
LAUNCH_TARGET_MS = 2000  # ours: the login window within 2 s of a double-click
TOP = 10
MB = 1000 * 1000


def pyinstaller(spec: Path, dist: Path, work: Path) -> None:
    print(f"Building {spec.relative_to(ROOT)} ...", flush=True)
    subprocess.run([sys.executable, "-m", "PyInstaller", "--noconfirm", "--log-level", "WARN",
                    "--distpath", str(dist), "--workpath", str(work), str(spec)],
                   cwd=ROOT, check=True)


def ensure_builds(dist: Path, rebuild: bool) -> Path:
    """The app's folder (`dist`) and the bare baseline's; returns the baseline's folder."""
    if rebuild or not (dist / ("halotki" + EXE_SUFFIX)).exists():
        pyinstaller(PACKAGING / "halotki.spec", dist.parent, ROOT / "build" / "pyinstaller")
    bare = BARE_DIR / "dist" / "bare"
    exe = bare / ("bare" + EXE_SUFFIX)
    stale = not exe.exists() or any(p.stat().st_mtime > exe.stat().st_mtime for p in BARE_INPUTS)
    if rebuild or stale:
        pyinstaller(PACKAGING / "bench" / "bare.spec", BARE_DIR / "dist", BARE_DIR / "work")
    return bare


# -- size ---------------------------------------------------------------------------------

def files(folder: Path) -> dict[str, int]:
    """Bytes of each regular file (links cost nothing), by path relative to the folder."""
    return {p.relative_to(folder).as_posix(): p.lstat().st_size
            for p in folder.rglob("*") if p.is_file() and not p.is_symlink()}


def component(path: str) -> str:
    """What a person would name as the cause: a Qt library, a Python package, a file."""
    parts = path.split("/")
    if parts[0] == "_internal":
        parts = parts[1:]
    if parts[:3] == ["PySide6", "Qt", "lib"] and len(parts) == 4:
        name = parts[3].split(".so")[0].removesuffix(".dll")
        return "Qt: ICU (libicu*)" if name.startswith("libicu") else f"Qt: {name}"
    if parts[:3] == ["PySide6", "Qt", "plugins"] or parts[:2] == ["PySide6", "plugins"]:
        return "Qt: plugins"
    if parts[0] == "PySide6" or parts[0] == "shiboken6":
        return "PySide6/shiboken6 bindings"
    if len(parts) == 1:
        return f"file: {parts[0]}"
    return f"package: {parts[0]}"


def contributors(sizes: dict[str, int]) -> list[tuple[str, int]]:
    grouped: Counter[str] = Counter()
    for path, size in sizes.items():
        grouped[component(path)] += size
    return grouped.most_common()


# -- launch to login ----------------------------------------------------------------------

def prepare_store(dist: Path, data: Path) -> None:
    env = _env()
    env["HALOTKI_TEST_FAST_KDF"] = "1"
    proc = subprocess.run([str(dist / ("halotki" + EXE_SUFFIX)), "--data-dir", str(data),
                           "init", "--office", "SBY", "--admin", "admin",
                           "--new-password-stdin"], input="bench-admin-pass-1\n", text=True,
                          capture_output=True, env=env, timeout=120)
    if proc.returncode != 0:
        raise SystemExit(f"frozen 'halotki init' failed ({proc.returncode}): {proc.stderr}")


def _env() -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith("HALOTKI_")}
    env.update(QT_QPA_PLATFORM="offscreen", HALOTKI_EXIT_WHEN_READY="1")
    return env


def time_to_ready(cmd: list[str], expect: str) -> float:
    """Seconds from starting `cmd` until it prints its ready line (then it exits by itself)."""
    started = time.perf_counter()
    proc = subprocess.Popen(cmd, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True,
                            encoding="utf-8", env=_env())
    try:
        assert proc.stdout is not None
        for line in proc.stdout:
            if line.startswith(READY):
                elapsed = time.perf_counter() - started
                if not line[len(READY):].startswith(expect):
                    raise SystemExit(f"{cmd[0]} showed {line.strip()!r}, not {expect}")
                break
        else:
            raise SystemExit(f"{cmd[0]} ended without reporting a window")
        proc.wait(timeout=60)
    finally:
        if proc.poll() is None:
            proc.kill()
            proc.wait()
    return elapsed


def launch_times(app: list[str], bare: list[str], runs: int) -> tuple[list[float], list[float]]:
    time_to_ready(app, "LoginDialog")  # warm-up: the first start also fills the page cache
    time_to_ready(bare, "QWidget")
    app_times, bare_times = [], []
    for _ in range(runs):  # interleaved, so a busy moment of the machine hits both
        app_times.append(time_to_ready(app, "LoginDialog"))
        bare_times.append(time_to_ready(bare, "QWidget"))
    return app_times, bare_times


# -- results ------------------------------------------------------------------------------



def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m tests.bench.package_bench",
                                     description=__doc__.split("\n")[0])
    parser.add_argument("--dist", type=Path, default=ROOT / "dist" / common.BUNDLE_NAME)
    parser.add_argument("--rebuild", action="store_true", help="build both even if present")
    parser.add_argument("--runs", type=int, default=7)
    parser.add_argument("--json", type=Path, default=Path("bench-results.json"))
    args = parser.parse_args(argv)
    dist = args.dist.resolve()
    bare = ensure_builds(dist, args.rebuild)

    app_sizes, bare_sizes = files(dist), files(bare)
    app_total, bare_total = sum(app_sizes.values()), sum(bare_sizes.values())
    largest = contributors(app_sizes)[:TOP]

    with tempfile.TemporaryDirectory(prefix="halotki-bench-") as tmp:
        data = Path(tmp) / "data"
        prepare_store(dist, data)
        print(f"Launch to login window, {args.runs} runs each ...", flush=True)
        app_times, bare_times = launch_times(
            [str(dist / (common.GUI_NAME + EXE_SUFFIX)), "--data-dir", str(data)],
            [str(bare / ("bare" + EXE_SUFFIX))], args.runs)

    launch_ms = statistics.median(app_times) * 1000
    bare_ms = statistics.median(bare_times) * 1000
    size = Figure("package_size_mb", app_total / MB, "MB", bare_total / MB,
                  f"<= {SIZE_TARGET_MB} MB (one folder)", app_total / MB <= SIZE_TARGET_MB,
                  note="baseline: a bare PySide6 window frozen the same way")
    launch = Figure("package_launch_to_login_ms", launch_ms, "ms", bare_ms,
                    f"< {LAUNCH_TARGET_MS} ms", launch_ms < LAUNCH_TARGET_MS,
                    note=f"median of {args.runs}; baseline: the bare frozen window "
                         f"(runs: {', '.join(f'{t * 1000:.0f}' for t in app_times)} vs "
                         f"{', '.join(f'{t * 1000:.0f}' for t in bare_times)} ms)")
    figures = [size, launch]
    print_table(figures)
    print(f"\nLargest contributors to {dist} ({app_total / MB:.1f} MB = {app_total / 2**20:.1f} MiB, "
          f"{len(app_sizes)} files):")
    for name, nbytes in largest:
        print(f"  {nbytes / MB:7.1f} MB  {100 * nbytes / app_total:4.1f} %  {name}")
    merge_results(args.json, figures, {size.name: {"largest": [
        {"name": name, "mb": round(nbytes / MB, 2)} for name, nbytes in largest]}})
    print(f"\nMerged into {args.json.resolve()}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
