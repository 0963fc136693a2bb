"""A desktop-only install, as an office PC gets it: `pip install .` without the server extra.

The program's self-test passes with no server library present, and `halotki-server` says in
one line what to install instead of failing with an import error.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from sync.server.launcher import EXIT_NOT_INSTALLED, SERVER_LIBRARIES

ROOT = Path(__file__).resolve().parents[2]
# Everything but what a checkout grows by working in it: the copy is what pip would get
# from a fresh clone (plus the built translations, which `make test` makes first).
NOT_SOURCE = shutil.ignore_patterns(".git", ".venv", "build", "dist", "*.egg-info",
                                    "__pycache__", ".pytest_cache", ".ruff_cache",
                                    ".hypothesis", "bench-results.json")
INSTALL_TIMEOUT_S = 600

pytestmark = pytest.mark.skipif(sys.platform == "win32", reason="the venv layout of Linux")


@pytest.fixture(scope="module")
def desktop_only(tmp_path_factory) -> Path:
    """The bin folder of a new virtual environment holding `pip install .` and nothing else."""
    work = tmp_path_factory.mktemp("desktop-only")
    source = work / "halotki"
    shutil.copytree(ROOT, source, ignore=NOT_SOURCE)
    venv = work / "venv"
    subprocess.run([sys.executable, "-m", "venv", str(venv)], check=True, timeout=120)
    done = subprocess.run([str(venv / "bin" / "python"), "-m", "pip", "install", "--quiet",
                           "--disable-pip-version-check", str(source)],
                          capture_output=True, text=True, timeout=INSTALL_TIMEOUT_S)
    assert done.returncode == 0, done.stderr[-3000:]
    return venv / "bin"


def _run(bin_dir: Path, tmp_path: Path, *argv: str) -> subprocess.CompletedProcess:
    env = {k: v for k, v in os.environ.items() if not k.startswith(("HALOTKI_", "PYTHON"))}
    env.update(QT_QPA_PLATFORM="offscreen", HOME=str(tmp_path),
               HALOTKI_DATA_DIR=str(tmp_path / "data"))
    return subprocess.run([str(bin_dir / argv[0]), *argv[1:]], capture_output=True, text=True,
                          env=env, cwd=tmp_path, timeout=300)


def test_no_server_library_is_installed(desktop_only, tmp_path):
    wanted = [*SERVER_LIBRARIES, "psycopg", "starlette", "pydantic"]
    probe = ("import importlib.util, json, sys; print(json.dumps("
             "[m for m in json.loads(sys.argv[1]) if importlib.util.find_spec(m)]))")
    done = _run(desktop_only, tmp_path, "python", "-c", probe, json.dumps(wanted))
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == "[]"


def test_the_self_test_passes_without_the_server(desktop_only, tmp_path):
    done = _run(desktop_only, tmp_path, "halotki", "--lang", "en", "--self-test")
    assert done.returncode == 0, done.stdout + done.stderr
    assert "Self-test passed" in done.stdout
    assert "Traceback" not in done.stdout + done.stderr


@pytest.mark.parametrize(("lang", "words"), [("en", "the server part is not installed"),
                                             ("id", "bagian server belum terpasang")])
def test_the_server_command_says_what_to_install(desktop_only, tmp_path, lang, words):
    done = _run(desktop_only, tmp_path, "halotki-server", "--lang", lang, "migrate")
    assert done.returncode == EXIT_NOT_INSTALLED
    assert done.stdout == ""
    lines = done.stderr.strip().splitlines()
    assert len(lines) == 1, done.stderr
    assert words in lines[0] and "pip install 'halotki[server]'" in lines[0]


def test_with_the_extra_the_command_is_the_server(capsys):
    from sync.server import launcher

    with pytest.raises(SystemExit) as done:
        launcher.main(["--version"])
    assert done.value.code == 0
    assert "halotki-server" in capsys.readouterr().out
