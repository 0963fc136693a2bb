"""`make package-smoke`: prove that the frozen program in dist/HaloTKI works, as CI does.

1. the folder holds both executables, the data files and the Qt parts the app needs, and
   none of the Qt modules the spec leaves out, nor anything of the central server;
2. (Linux) every bundled library resolves, except the system libraries the spec leaves to
   the PC on purpose (pyi_common.SYSTEM_LIBS);
3. `halotki --version` is the version in pyproject.toml;
4. `halotki --self-test` passes (encrypted store, unlock, case, receipt PDF, check);
5. with a store prepared by `halotki init`, the windowed program started offscreen shows
   the login window, in Bahasa Indonesia (so the translations were bundled and load).

Run with the project's Python (not frozen): python packaging/smoke.py [DIST] [--screenshot PNG]
One line per check; exit 1 at the first failure, with the reason.
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import pyi_common as common  # noqa: E402

IS_WINDOWS = sys.platform == "win32"
EXE_SUFFIX = ".exe" if IS_WINDOWS else ""
READY_PREFIX = "halotki-ready: "
LOGIN_TITLE_ID = "Masuk"  # the login window's title in halotki_id.qm
ADMIN, ADMIN_PW = "admin", "smoke-admin-pass-1"
TIMEOUT_S = 120

REQUIRED = [
    "desktop/seed/reference.json",
    "desktop/ui/translations/halotki_id.qm",
    "desktop/ui/translations/halotki_en.qm",
    "desktop/ui/icons/app-256.png",
    "desktop/ui/icons/app.svg",
]
# Qt parts per platform: (Linux name, Windows name) of what printing, the PDF preview, the
# icon and the displays need; a missing one would fail only when a person uses it.
REQUIRED_QT = [
    ("PySide6/QtPdf.abi3.so", "PySide6/QtPdf.pyd"),
    ("PySide6/QtPdfWidgets.abi3.so", "PySide6/QtPdfWidgets.pyd"),
    ("PySide6/QtPrintSupport.abi3.so", "PySide6/QtPrintSupport.pyd"),
    ("PySide6/QtCharts.abi3.so", "PySide6/QtCharts.pyd"),  # the report window's charts
    ("PySide6/Qt/plugins/printsupport/libcupsprintersupport.so", None),
    ("PySide6/Qt/plugins/platforms/libqxcb.so", "PySide6/plugins/platforms/qwindows.dll"),
    ("PySide6/Qt/plugins/platforms/libqoffscreen.so", "PySide6/plugins/platforms/qoffscreen.dll"),
    ("PySide6/Qt/plugins/iconengines/libqsvgicon.so", "PySide6/plugins/iconengines/qsvgicon.dll"),
    ("PySide6/Qt/plugins/imageformats/libqsvg.so", "PySide6/plugins/imageformats/qsvg.dll"),
    # Attachments: scans arrive as JPEG, TIFF or WebP (PNG is built into QtGui).
    ("PySide6/Qt/plugins/imageformats/libqjpeg.so", "PySide6/plugins/imageformats/qjpeg.dll"),
    ("PySide6/Qt/plugins/imageformats/libqtiff.so", "PySide6/plugins/imageformats/qtiff.dll"),
    ("PySide6/Qt/plugins/imageformats/libqwebp.so", "PySide6/plugins/imageformats/qwebp.dll"),
]
FORBIDDEN = ("QtQuick", "QtQml", "QtWebEngine", "Qt3D", "QtMultimedia", "QtVirtualKeyboard")


class SmokeFailed(Exception):
    pass


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("dist", nargs="?", type=Path,
                        default=common.ROOT / "dist" / common.BUNDLE_NAME)
    parser.add_argument("--screenshot", type=Path, help="save the login window here (PNG)")
    args = parser.parse_args(argv)
    started = time.monotonic()
    checks = [
        ("layout", lambda: check_layout(args.dist)),
        ("no server", lambda: check_no_server(args.dist)),
        ("libraries", lambda: check_libraries(args.dist)),
        ("version", lambda: check_version(args.dist)),
        ("self-test", lambda: check_self_test(args.dist)),
        ("login window", lambda: check_login_window(args.dist, args.screenshot)),
    ]
    for name, check in checks:
        try:
            detail = check()
        except SmokeFailed as exc:
            print(f"package smoke: {name}: FAILED: {exc}", file=sys.stderr)
            return 1
        print(f"package smoke: {name}: OK" + (f" ({detail})" if detail else ""), flush=True)
    print(f"package smoke: passed in {time.monotonic() - started:.1f} s")
    return 0


def executable(dist: Path, name: str) -> Path:
    return dist / (name + EXE_SUFFIX)


def check_layout(dist: Path) -> str:
    for name in ("halotki", common.GUI_NAME):
        if not executable(dist, name).exists():
            raise SmokeFailed(f"{executable(dist, name)} is missing (run 'make package')")
    internal = dist / "_internal"
    index = {p.relative_to(internal).as_posix() for p in internal.rglob("*")}
    wanted = REQUIRED + [win if IS_WINDOWS else linux for linux, win in REQUIRED_QT]
    missing = [p for p in wanted if p is not None and p not in index]
    if missing:
        raise SmokeFailed("missing from the bundle: " + ", ".join(missing))
    forbidden = sorted(p for p in index if _left_out_module(Path(p).name))
    if forbidden:
        raise SmokeFailed("left-out Qt modules were bundled: " + ", ".join(forbidden[:5]))
    return f"{len(index)} files"


def _left_out_module(filename: str) -> bool:
    # libQt6Quick.so.6, Qt6Quick.dll and QtQuick.abi3.so all name the module QtQuick.
    name = filename.replace("Qt6", "Qt").removeprefix("lib")
    return any(name.startswith(module) for module in FORBIDDEN)


def check_no_server(dist: Path) -> str:
    """The central server's stack stays out of an office PC's program: no module of it in
    the executable's archive and no folder of it beside (C extensions live there)."""
    out = subprocess.run([sys.executable, "-m", "PyInstaller.utils.cliutils.archive_viewer",
                          "-r", "-b", str(executable(dist, "halotki"))],
                         capture_output=True, text=True, check=False, timeout=TIMEOUT_S)
    modules = [line.strip() for line in out.stdout.splitlines()]
    if out.returncode != 0 or not any(m.startswith("desktop.") for m in modules):
        raise SmokeFailed("could not list the executable's archive: " + out.stderr[-300:])
    on_disk = [p.name for p in (dist / "_internal").iterdir()]
    found = sorted({name for name in modules + on_disk for package in common.SERVER_PACKAGES
                    if name == package or name.startswith(package + ".")
                    or name.startswith(package + "-") or name.startswith(package + "_")})
    if found:
        raise SmokeFailed("the central server's libraries were bundled: " + ", ".join(found[:5]))
    return f"{len(modules)} archive entries"


def from_system(name: str) -> bool:
    """Left to the PC on purpose: by the spec (SYSTEM_LIBS) or by PyInstaller (libGL, libxcb,
    libwayland-*, glibc); this machine need not have them all (CI has no Wayland)."""
    from PyInstaller.depend.dylib import include_library

    return name in common.SYSTEM_LIBS or not include_library(name)


def check_libraries(dist: Path) -> str:
    """ldd resolves every ELF file against the bundle as the bootloader will."""
    if not sys.platform.startswith("linux"):
        return "skipped (Linux only)"
    internal = dist / "_internal"
    env = dict(os.environ, LD_LIBRARY_PATH=os.pathsep.join(
        [str(internal), str(internal / "PySide6" / "Qt" / "lib")]))
    unresolved: set[str] = set()
    files = [p for p in internal.rglob("*.so*") if p.is_file() and not p.is_symlink()]
    for path in files:
        out = subprocess.run(["ldd", str(path)], capture_output=True, text=True, env=env,
                             check=False).stdout
        for line in out.splitlines():
            if "=> not found" in line:
                name = line.split("=>")[0].strip()
                if not from_system(name):
                    unresolved.add(f"{name} (for {path.relative_to(internal)})")
    if unresolved:
        raise SmokeFailed("unresolved libraries: " + ", ".join(sorted(unresolved)[:5]))
    return f"{len(files)} ELF files"


def _run(cmd: list[str], env: dict[str, str] | None = None, stdin: str | None = None,
         ) -> subprocess.CompletedProcess:
    try:
        return subprocess.run(cmd, capture_output=True, text=True, encoding="utf-8",
                              input=stdin, env=env, timeout=TIMEOUT_S, check=False)
    except subprocess.TimeoutExpired:
        raise SmokeFailed(f"{Path(cmd[0]).name} did not finish within {TIMEOUT_S} s") from None


def _env(data_dir: Path, **extra: str) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith("HALOTKI_")}
    env.update(HALOTKI_DATA_DIR=str(data_dir), QT_QPA_PLATFORM="offscreen", **extra)
    return env


def check_version(dist: Path) -> str:
    out = _run([str(executable(dist, "halotki")), "--version"])
    want = f"halotki {common.project_version()}"
    if out.returncode != 0 or out.stdout.strip() != want:
        raise SmokeFailed(f"expected {want!r}, got {out.stdout.strip()!r} (exit {out.returncode})")
    return want


def check_self_test(dist: Path) -> str:
    with tempfile.TemporaryDirectory(prefix="halotki-smoke-") as tmp:
        out = _run([str(executable(dist, "halotki")), "--self-test"], env=_env(Path(tmp)))
    if out.returncode != 0:
        reason = (out.stderr.strip().splitlines() or ["no message"])[-1]
        raise SmokeFailed(f"exit {out.returncode}: {reason}")
    steps = [line for line in out.stdout.splitlines() if line.startswith("[")]
    return f"{len(steps)} steps"


def check_login_window(dist: Path, screenshot: Path | None) -> str:
    with tempfile.TemporaryDirectory(prefix="halotki-smoke-") as tmp:
        data = Path(tmp) / "data"
        init = _run([str(executable(dist, "halotki")), "init", "--office", "SBY",
                     "--admin", ADMIN, "--new-password-stdin"],
                    env=_env(data, HALOTKI_TEST_FAST_KDF="1"), stdin=ADMIN_PW + "\n")
        if init.returncode != 0:
            raise SmokeFailed(f"init: exit {init.returncode}: {init.stderr.strip()}")
        extra = {"HALOTKI_EXIT_WHEN_READY": "1"}
        if screenshot is not None:
            screenshot.parent.mkdir(parents=True, exist_ok=True)
            extra["HALOTKI_READY_SCREENSHOT"] = str(screenshot.resolve())
        # On Windows the windowed program has no stdout to report on; the console one is the
        # same program (without a command it starts the desktop application).
        program = executable(dist, "halotki" if IS_WINDOWS else common.GUI_NAME)
        started = time.monotonic()
        gui = _run([str(program)], env=_env(data, **extra))
        elapsed = time.monotonic() - started
    ready = [line[len(READY_PREFIX):] for line in gui.stdout.splitlines()
             if line.startswith(READY_PREFIX)]
    if gui.returncode != 0 or not ready:
        tail = (gui.stderr.strip().splitlines() or ["no output"])[-1]
        raise SmokeFailed(f"no window reported (exit {gui.returncode}): {tail}")
    if ready[0] != f"LoginDialog {LOGIN_TITLE_ID}":
        raise SmokeFailed(f"expected the Indonesian login window, got {ready[0]!r}")
    if screenshot is not None and not screenshot.is_file():
        raise SmokeFailed(f"no screenshot written to {screenshot}")
    return f"{ready[0]!r} after {elapsed:.1f} s"


if __name__ == "__main__":
    sys.exit(main())
