"""What both PyInstaller specs share (the app and the bare-window baseline of `make bench`).

The baseline must be frozen exactly like the app, so the excludes and the trimming live
here and not in either spec. Imported by the .spec files, which PyInstaller executes with
SPECPATH set; nothing here runs inside the frozen program.
"""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
import tomllib
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import icu_data  # noqa: E402  (beside this file; the specs put only their own folder on the path)

ROOT = Path(__file__).resolve().parents[1]
ICU_WORKDIR = ROOT / "build" / "icu"
BUNDLE_NAME = "HaloTKI"  # dist/HaloTKI/, the one folder the installers ship
GUI_NAME = "HaloTKIDesk"  # the windowed executable (halotki is the console one)

# Qt modules the application never imports. PyInstaller's PySide6 hooks collect a Qt
# module (library, plugins, translations) only when something imports it, but PySide6's
# own helpers and third-party hooks can reach for these; excluding them keeps the build
# to what the app uses: QtCore, QtGui, QtWidgets, QtPrintSupport, QtPdf(Widgets),
# QtNetwork (QLocalServer: a second start brings the running copy forward) and QtCharts
# (the report window's charts; its library links QtOpenGL(Widgets), whose libraries come
# along, ~0.8 MiB, while their Python bindings stay out).
QT_EXCLUDES = [
    f"PySide6.{m}" for m in (
        # Their libraries stay (QtPdf and the SVG icon plugin link them); the Python bindings
        # are never imported (QtSvg only by the icon tool, python -m desktop.ui.icons).
        "QtDBus", "QtSvg",
        "Qt3DAnimation", "Qt3DCore", "Qt3DExtras", "Qt3DInput", "Qt3DLogic", "Qt3DRender",
        "QtBluetooth", "QtCanvasPainter", "QtConcurrent", "QtDataVisualization",
        "QtDesigner", "QtGraphs", "QtGraphsWidgets", "QtHelp", "QtHttpServer", "QtLocation",
        "QtMultimedia", "QtMultimediaWidgets", "QtNetworkAuth", "QtNfc", "QtOpenGL",
        "QtOpenGLWidgets", "QtPositioning", "QtQml", "QtQuick", "QtQuick3D",
        "QtQuickControls2", "QtQuickTest", "QtQuickWidgets", "QtRemoteObjects", "QtScxml",
        "QtSensors", "QtSerialBus", "QtSerialPort", "QtSpatialAudio", "QtSql",
        "QtStateMachine", "QtSvgWidgets", "QtTest", "QtTextToSpeech", "QtUiTools",
        "QtWebChannel", "QtWebEngineCore", "QtWebEngineQuick", "QtWebEngineWidgets",
        "QtWebSockets", "QtWebView", "QtXml",
    )
]
# Python packages that only the tools or the tests use, and the parts of Pillow that
# reportlab (which imports PIL for pictures in PDFs) does not need for a text receipt:
# AVIF and WebP codecs, colour management, and the Tk and Qt bridges.
PY_EXCLUDES = [
    "tkinter", "_tkinter", "PySide6.scripts", "PyInstaller", "pytest", "_pytest", "pytestqt",
    "hypothesis", "pypdf", "ruff", "setuptools", "pip", "IPython", "numpy",
    "readline",  # line editing for the interactive interpreter; the CLI reads plain lines
    # Developer tools that libraries import only in their self-tests or debuggers
    # (reportlab's `if __name__ == "__main__": doctest`, sqlite-utils' own command line).
    "doctest", "unittest", "pdb", "pydoc", "pydoc_data", "sqlite_utils.cli",
    "_decimal",  # the C accelerator: the decimal module falls back to _pydecimal by design
    "PIL._avif", "PIL.AvifImagePlugin", "PIL._webp", "PIL.WebPImagePlugin",
    "PIL._imagingcms", "PIL.ImageCms", "PIL._imagingtk", "PIL.ImageTk", "PIL.ImageQt",
    # phonenumbers: only parsing and validation are used, not its place names, carriers
    # or time zones (5 MB of data modules).
    "phonenumbers.geocoder", "phonenumbers.geodata", "phonenumbers.carrier",
    "phonenumbers.carrierdata", "phonenumbers.timezone", "phonenumbers.tzdata",
]
# Symbols and debug information make up most of libpython and the SQLCipher module of a
# pyenv or pip build; stripping is safe for ELF files. Windows DLLs ship without them.
STRIP = sys.platform.startswith("linux")
EXCLUDES = QT_EXCLUDES + PY_EXCLUDES
# The central server's stack is not excluded here: the desktop never imports it (an
# import-linter contract keeps desktop/ off sync/server), so PyInstaller never collects it.
# The smoke test fails if any of it is in the bundle all the same.
SERVER_PACKAGES = ("sync.server", "fastapi", "starlette", "uvicorn", "sqlalchemy", "alembic",
                   "psycopg", "psycopg_binary", "pydantic")

# Qt plugins for hardware or services an office PC or this app does not use: framebuffer,
# VNC and embedded GL displays, Qt's test platform, touch and tablet input, the on-screen
# keyboard (it pulls in QtQuick and QtQml), the GTK3 theme (it would mix this machine's
# GTK stack with the office PC's), network reachability and TLS (the app makes no Qt
# network connections), OpenGL buffer sharing on Wayland (widgets paint in software; it
# pulls in QtOpenGL), Wayland shells of cars, kiosks and Qt's own compositor, and image
# formats the app never reads. Kept: the xcb, wayland (xdg-shell) and offscreen platforms,
# PNG/SVG/ICO/JPEG/GIF/TIFF/WebP, CUPS printing, the XDG portal theme and the compose and ibus input
# methods (accents and other scripts).
# Written without the "lib" of Linux file names, so one list serves both plugin layouts
# (PySide6/Qt/plugins/platforms/libqvnc.so, PySide6/plugins/platforms/qdirect2d.dll).
DROP_PLUGINS = (
    "platforms/qeglfs", "platforms/qlinuxfb", "platforms/qminimal", "platforms/qvkkhrdisplay",
    "platforms/qvnc", "platforms/qdirect2d", "generic/", "egldeviceintegrations/",
    "xcbglintegrations/qxcb-egl-integration",  # X11 GL goes through GLX unless told
    "platforminputcontexts/qtvirtualkeyboardplugin",
    "platformthemes/qgtk3", "networkinformation/", "tls/",
    "wayland-graphics-integration-client/",
    "wayland-shell-integration/ivi-shell", "wayland-shell-integration/fullscreen-shell",
    "wayland-shell-integration/wl-shell", "wayland-shell-integration/qt-shell",
    # Attachments (scans of passports, ID cards, letters) come as JPEG, PNG, TIFF or WebP
    # and PDFs are shown by QtPdf itself; these formats are never attached.
    "imageformats/qicns", "imageformats/qpdf", "imageformats/qtga", "imageformats/qwbmp",
)
# Linux client libraries of system services, taken from the office PC rather than bundled,
# as PyInstaller already does for libGL, libxcb and libwayland: they belong with the
# service and its configuration on that PC. The CUPS client (printing) drags in a TLS and
# Kerberos stack (~8 MiB) and the D-Bus client systemd's journal and libgcrypt (~3 MiB).
# Every desktop installation has libcups2 and libdbus-1-3 (README: Linux requirements);
# without libcups2 Qt offers "print to PDF" only and the application still runs.
SYSTEM_LIBS = ("libcups.so.2", "libdbus-1.so.3")
# Qt's own catalogues: the app loads only qtbase (Qt has none in Bahasa Indonesia).
KEEP_QT_TRANSLATIONS = ("qtbase_en.qm", "qt_en.qm")


def project_version() -> str:
    """The version is kept once, in pyproject.toml."""
    with open(ROOT / "pyproject.toml", "rb") as fh:
        return tomllib.load(fh)["project"]["version"]


def _norm(dest: str) -> str:
    return dest.replace("\\", "/")


def _qt_part(dest: str, kind: str) -> str | None:
    """"platforms/qxcb.so" for a plugin (kind "plugins"), in the Linux or Windows layout."""
    for marker in (f"PySide6/Qt/{kind}/", f"PySide6/{kind}/"):
        if dest.startswith(marker) or f"/{marker}" in dest:
            folder, _, name = dest.split(marker, 1)[1].rpartition("/")
            return (folder + "/" if folder else "") + name.removeprefix("lib")
    return None


def _dropped(dest: str) -> bool:
    dest = _norm(dest)
    name = dest.rsplit("/", 1)[-1]
    if sys.platform.startswith("linux") and name in SYSTEM_LIBS:
        return True
    if _qt_part(dest, "translations") is not None:
        return name not in KEEP_QT_TRANSLATIONS
    plugin = _qt_part(dest, "plugins")
    return plugin is not None and any(plugin.startswith(p) for p in DROP_PLUGINS)


def _direct_imports(src: str) -> set[str]:
    """Names of the libraries this file links directly (a dependency graph's edges).

    On Linux PyInstaller asks ldd, which lists the whole transitive closure and resolves it
    against this machine, so a library bundled only for a system library we leave out
    (SYSTEM_LIBS) would look needed; DT_NEEDED from readelf gives the direct edges.
    """
    if sys.platform.startswith("linux") and shutil.which("readelf"):
        out = subprocess.run(["readelf", "-d", src], capture_output=True, text=True,
                             check=False).stdout
        return set(re.findall(r"\(NEEDED\)\s+Shared library: \[([^\]]+)\]", out))
    from PyInstaller.depend.bindepend import get_imports  # pefile / macholib: direct edges

    try:
        return {Path(name).name for name, _ in get_imports(src)}
    except Exception:  # an unreadable file: it keeps whatever it is linked with anyway
        return set()


def trim(analysis) -> list[str]:
    """Drop the plugins, libraries and catalogues listed above, and what only they needed.

    PyInstaller has already added each plugin's link-time dependencies (the on-screen
    keyboard brings QtQuick, GTK3 brings cairo and pango), so those are removed too when
    nothing that stays links against them. Only libraries a dropped plugin linked are
    candidates, so a library loaded through ctypes is never touched. Returns what went.
    """
    dropped = [entry for entry in analysis.binaries if _dropped(entry[0])]
    kept = [entry for entry in analysis.binaries if not _dropped(entry[0])]
    # A SYMLINK entry (a top-level alias of a Qt library) goes wherever its target goes.
    by_name = {Path(dest).name: (dest, src) for dest, src, kind in kept if kind != "SYMLINK"}

    # Libraries reachable from what a dropped plugin links against.
    candidates: set[str] = set()
    todo = [src for _, src, _ in dropped]
    while todo:
        for name in _direct_imports(todo.pop()):
            if name in by_name and name not in candidates:
                candidates.add(name)
                todo.append(by_name[name][1])
    # Of those, the ones still needed by something that stays.
    needed: set[str] = set()
    todo = [src for dest, src, kind in kept
            if kind != "SYMLINK" and Path(dest).name not in candidates]
    while todo:
        for name in _direct_imports(todo.pop()):
            if name in candidates and name not in needed:
                needed.add(name)
                todo.append(by_name[name][1])
    orphans = candidates - needed
    analysis.binaries = [e for e in kept if Path(e[0]).name not in orphans]
    analysis.datas = [e for e in analysis.datas
                      if not _dropped(e[0]) and Path(e[0]).name not in orphans]
    return sorted(_norm(e[0]) for e in dropped) + sorted(orphans) + _slim_icu(analysis)


def _slim_icu(analysis) -> list[str]:
    """Swap the wheel's ICU data library for the smaller one of icu_data.py (Linux only)."""
    if not sys.platform.startswith("linux"):
        return []
    said = []
    for i, (dest, src, kind) in enumerate(analysis.binaries):
        name = Path(dest).name
        if kind == "SYMLINK" or not name.startswith("libicudata.so"):
            continue
        slim = icu_data.slim(Path(src), ICU_WORKDIR / name)
        analysis.binaries[i] = (dest, str(slim), kind)
        said.append(f"{_norm(dest)}: ICU data for root, id and en only "
                    f"({Path(src).stat().st_size >> 20} MiB -> {slim.stat().st_size >> 20} MiB)")
    return said


def windows_version_info(version: str, description: str, internal_name: str):
    """The version resource Explorer shows; None off Windows (PyInstaller ignores it there)."""
    if sys.platform != "win32":
        return None
    from PyInstaller.utils.win32 import versioninfo as vi

    parts = tuple(int(p) for p in (version.split(".") + ["0", "0", "0"])[:4])
    strings = [
        vi.StringStruct("CompanyName", "BP2MI"),
        vi.StringStruct("FileDescription", description),
        vi.StringStruct("FileVersion", version),
        vi.StringStruct("InternalName", internal_name),
        vi.StringStruct("OriginalFilename", internal_name + ".exe"),
        vi.StringStruct("ProductName", "Halo TKI Desk"),
        vi.StringStruct("ProductVersion", version),
    ]
    return vi.VSVersionInfo(
        ffi=vi.FixedFileInfo(filevers=parts, prodvers=parts),
        kids=[vi.StringFileInfo([vi.StringTable("040904B0", strings)]),
              vi.VarFileInfo([vi.VarStruct("Translation", [1033, 1200])])],
    )
