"""The packaging files agree with each other and do what they promise, without building.

The build itself is proven by `make package-smoke` (CI); these catch the cheap mistakes
early: a version that drifted, a trimmed Qt part the app needs, an installer that names
the wrong executable or could delete the staff's data, a Linux install that loses it.
"""

from __future__ import annotations

import configparser
import json
import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

import desktop

ROOT = Path(__file__).resolve().parents[2]
PACKAGING = ROOT / "packaging"
sys.path.insert(0, str(PACKAGING))
import pyi_common as common  # noqa: E402
import smoke  # noqa: E402

ISS = (PACKAGING / "windows" / "halotki.iss").read_text(encoding="utf-8")
LINUX = sys.platform.startswith("linux")


def test_the_version_is_kept_once():
    assert common.project_version() == desktop.__version__


@pytest.mark.parametrize("dest", [
    "PySide6/Qt/plugins/platforms/libqxcb.so",
    "PySide6/Qt/plugins/platforms/libqwayland.so",
    "PySide6/Qt/plugins/platforms/libqoffscreen.so",
    "PySide6/Qt/plugins/printsupport/libcupsprintersupport.so",
    "PySide6/Qt/plugins/iconengines/libqsvgicon.so",
    "PySide6/Qt/plugins/imageformats/libqsvg.so",
    "PySide6/Qt/plugins/imageformats/libqjpeg.so",
    "PySide6/Qt/plugins/imageformats/libqtiff.so",
    "PySide6/Qt/plugins/imageformats/libqwebp.so",
    "PySide6/Qt/plugins/platforminputcontexts/libibusplatforminputcontextplugin.so",
    "PySide6/Qt/plugins/wayland-shell-integration/libxdg-shell.so",
    "PySide6/Qt/translations/qtbase_en.qm",
    "PySide6\\plugins\\platforms\\qwindows.dll",
    "PySide6\\plugins\\styles\\qmodernwindowsstyle.dll",
    "PySide6\\plugins\\imageformats\\qjpeg.dll",
    "PySide6\\translations\\qtbase_en.qm",
    "PySide6/Qt/lib/libQt6Pdf.so.6",
    "desktop/ui/translations/halotki_id.qm",
])
def test_what_the_app_uses_is_kept(dest):
    assert not common._dropped(dest)


@pytest.mark.parametrize("dest", [
    "PySide6/Qt/plugins/platformthemes/libqgtk3.so",
    "PySide6/Qt/plugins/platforminputcontexts/libqtvirtualkeyboardplugin.so",
    "PySide6/Qt/plugins/platforms/libqeglfs.so",
    "PySide6/Qt/plugins/platforms/libqvnc.so",
    "PySide6/Qt/plugins/wayland-graphics-integration-client/libqt-plugin-wayland-egl.so",
    "PySide6/Qt/plugins/tls/libqopensslbackend.so",
    "PySide6/Qt/plugins/imageformats/libqicns.so",
    "PySide6/Qt/translations/qtbase_de.qm",
    # The Windows wheel's layout: plugins and translations directly under PySide6/.
    "PySide6\\plugins\\platforms\\qdirect2d.dll",
    "PySide6\\plugins\\tls\\qschannelbackend.dll",
    "PySide6\\translations\\qtbase_de.qm",
])
def test_what_no_office_pc_needs_is_dropped(dest):
    assert common._dropped(dest)


def test_linux_takes_cups_and_dbus_from_the_system():
    assert common._dropped("libcups.so.2") is LINUX
    assert common._dropped("libdbus-1.so.3") is LINUX
    assert not common._dropped("libX11.so.6")


@pytest.mark.skipif(not LINUX, reason="ELF libraries of the Linux PySide6 wheel")
def test_trim_drops_a_plugin_with_the_libraries_only_it_needed():
    qt = Path(__import__("PySide6").__file__).parent / "Qt"
    plugin = "plugins/platforminputcontexts/libqtvirtualkeyboardplugin.so"
    libs = ["libQt6VirtualKeyboard.so.6", "libQt6Gui.so.6", "libQt6Core.so.6"]

    class Analysis:
        binaries = [(f"PySide6/Qt/{plugin}", str(qt / plugin), "BINARY"),
                    ("PySide6/Qt/plugins/platforms/libqoffscreen.so",
                     str(qt / "plugins/platforms/libqoffscreen.so"), "BINARY")]
        binaries += [(f"PySide6/Qt/lib/{lib}", str(qt / "lib" / lib), "BINARY") for lib in libs]
        datas = [("libQt6VirtualKeyboard.so.6", "PySide6/Qt/lib/libQt6VirtualKeyboard.so.6",
                  "SYMLINK"), ("desktop/seed/reference.json", "x", "DATA")]

    removed = common.trim(Analysis)
    kept = {Path(dest).name for dest, _, _ in Analysis.binaries + Analysis.datas}
    assert kept == {"libqoffscreen.so", "libQt6Gui.so.6", "libQt6Core.so.6", "reference.json"}
    assert "libQt6VirtualKeyboard.so.6" in removed


@pytest.mark.parametrize(("filename", "left_out"), [
    ("libQt6Quick.so.6", True), ("Qt6Quick.dll", True), ("QtQml.abi3.so", True),
    ("libQt63DCore.so.6", True), ("QtWebEngineCore.pyd", True),
    ("libQt6Gui.so.6", False), ("QtPdf.abi3.so", False), ("libqxcb.so", False),
])
def test_the_smoke_test_recognises_left_out_qt_modules(filename, left_out):
    assert smoke._left_out_module(filename) is left_out


# -- Windows installer ----------------------------------------------------------------------

def _iss_defines() -> dict[str, str]:
    return dict(re.findall(r'^#define (\w+) "([^"]*)"', ISS, re.MULTILINE))


def test_the_installer_names_the_executables_the_spec_builds():
    defines = _iss_defines()
    assert defines["GuiExe"] == common.GUI_NAME + ".exe"
    assert defines["CliExe"] == "halotki.exe"
    assert f"dist\\{common.BUNDLE_NAME}" in ISS
    assert re.search(r"^AppId=\{\{[0-9A-F-]{36}\}$", ISS, re.MULTILINE)
    assert re.search(r'^Name: "\{group\}\\\{#AppName\}"; Filename: "\{app\}\\\{#GuiExe\}"', ISS,
                     re.MULTILINE), "a Start-menu entry for the windowed program"


def _iss_lines() -> list[str]:
    return [line for line in ISS.splitlines() if line.strip() and not line.lstrip().startswith(";")]


def test_the_installer_never_touches_the_staffs_data():
    lines = _iss_lines()
    assert not [line for line in lines if re.search(r"localappdata|userappdata|BP2MI\\HaloTKI",
                                                    line, re.IGNORECASE)]
    assert "[UninstallDelete]" not in lines
    # The one deletion: the previous program files, before an upgrade.
    section = lines[lines.index("[InstallDelete]") + 1]
    assert section == 'Type: filesandordirs; Name: "{app}\\_internal"'


def test_the_windows_icon_has_the_sizes_explorer_asks_for():
    data = (PACKAGING / "windows" / "halotki.ico").read_bytes()
    reserved, kind, count = (int.from_bytes(data[i:i + 2], "little") for i in (0, 2, 4))
    assert (reserved, kind) == (0, 1)
    sizes = {data[6 + 16 * i] or 256 for i in range(count)}
    assert {16, 32, 48, 256} <= sizes


# -- Linux desktop entry and install script -------------------------------------------------

def test_the_desktop_entry_starts_the_program_with_its_icon():
    entry = configparser.ConfigParser(interpolation=None)
    entry.optionxform = str
    entry.read(PACKAGING / "linux" / "halotki.desktop", encoding="utf-8")
    section = entry["Desktop Entry"]
    assert section["Type"] == "Application"
    assert section["Exec"] == "halotki" and section["Icon"] == "halotki"
    assert section["Terminal"] == "false"
    assert section["Name"] == "Halo TKI Desk" and "Comment[id]" in section
    for icon in ("halotki.svg", "halotki.png"):  # links to the app's own icon, one source
        assert (PACKAGING / "linux" / icon).resolve().is_file()


def _fake_build(root: Path) -> Path:
    dist = root / "dist" / "HaloTKI"
    icons = dist / "_internal" / "desktop" / "ui" / "icons"
    icons.mkdir(parents=True)
    for name in ("app-256.png", "app.svg"):
        (icons / name).write_bytes((ROOT / "desktop" / "ui" / "icons" / name).read_bytes())
    exe = dist / "halotki"
    exe.write_text("#!/bin/sh\necho fake halotki\n")
    exe.chmod(0o755)
    for name in ("install.sh", "halotki.desktop"):  # as the spec ships them in the folder
        (dist / name).write_bytes((PACKAGING / "linux" / name).read_bytes())
    return dist


@pytest.mark.skipif(not LINUX, reason="POSIX shell script")
def test_install_and_uninstall_keep_the_staffs_data(tmp_path):
    dist = _fake_build(tmp_path)
    home = tmp_path / "home"
    data = home / ".local" / "share" / "HaloTKI"
    data.mkdir(parents=True)
    (data / "halotki.db").write_bytes(b"encrypted")
    env = {k: v for k, v in os.environ.items() if k not in ("XDG_DATA_HOME",)} | {"HOME": str(home)}

    def install(*args: str) -> subprocess.CompletedProcess:
        return subprocess.run(["sh", str(dist / "install.sh"), *args], env=env,
                              capture_output=True, text=True, timeout=60)

    proc = install()
    assert proc.returncode == 0, proc.stderr
    program = home / ".local" / "opt" / "halotki" / "halotki"
    assert subprocess.run([str(home / ".local" / "bin" / "halotki")], capture_output=True,
                          text=True).stdout == "fake halotki\n"
    entry = (home / ".local" / "share" / "applications" / "halotki.desktop").read_text()
    assert f"\nExec={program}\n" in entry
    assert (home / ".local/share/icons/hicolor/scalable/apps/halotki.svg").is_file()

    assert install().returncode == 0  # an upgrade over the installed copy
    proc = install("--uninstall")
    assert proc.returncode == 0, proc.stderr
    assert not program.exists() and not (home / ".local" / "bin" / "halotki").exists()
    assert (data / "halotki.db").read_bytes() == b"encrypted"

    assert install(str(dist)).returncode == 0  # DIST given explicitly
    installed_script = home / ".local" / "opt" / "halotki" / "install.sh"
    again = subprocess.run(["sh", str(installed_script)], env=env, capture_output=True,
                           text=True, timeout=60)
    assert again.returncode == 1 and "installed copy" in again.stderr
    assert program.exists(), "the refused run must not remove the installed program"


# -- benchmark helpers ----------------------------------------------------------------------

def test_bench_results_are_merged_not_replaced(tmp_path):
    from tests.bench.package_bench import component
    from tests.bench.run import Figure, merge_results

    path = tmp_path / "bench-results.json"
    path.write_text(json.dumps({"open_store_ms": {"value": 1.2, "unit": "ms"}}))
    merge_results(path, [Figure("package_size_mb", 129.3, "MB", 112.9, "<= 150 MB", True)],
                  {"package_size_mb": {"largest": [{"name": "Qt: ICU", "mb": 5.8}]}})
    results = json.loads(path.read_text())
    assert results["open_store_ms"] == {"value": 1.2, "unit": "ms"}
    assert results["package_size_mb"]["baseline"] == 112.9
    assert results["package_size_mb"]["largest"][0]["name"] == "Qt: ICU"
    assert component("_internal/PySide6/Qt/lib/libicudata.so.73") == "Qt: ICU (libicu*)"
    assert component("_internal/PySide6/Qt/lib/libQt6Gui.so.6") == "Qt: libQt6Gui"
    assert component("_internal/cryptography/hazmat/bindings/_rust.abi3.so") == "package: cryptography"
    assert component("halotki") == "file: halotki"
