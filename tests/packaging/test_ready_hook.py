"""HALOTKI_EXIT_WHEN_READY: the hook the frozen GUI smoke test and the launch benchmark use.

Run as a subprocess, offscreen, exactly as packaging/smoke.py runs the frozen program: it
must name the first window (first run on an empty folder, login once a store exists), in
the saved language, and end with exit code 0.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
ADMIN_PW = "ready-admin-pass-1"


def _env(data: Path, **extra: str) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith("HALOTKI_")}
    env.update(HALOTKI_DATA_DIR=str(data), QT_QPA_PLATFORM="offscreen", **extra)
    return env


def _halotki(env: dict[str, str], *argv: str, stdin: str = "") -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "desktop.cli.main", *argv], cwd=ROOT, env=env,
                          input=stdin, capture_output=True, text=True, timeout=120)


def _ready_lines(proc: subprocess.CompletedProcess) -> list[str]:
    return [line for line in proc.stdout.splitlines() if line.startswith("halotki-ready: ")]


def test_login_window_is_reported_in_bahasa_indonesia_and_saved_as_a_picture(tmp_path):
    data = tmp_path / "data"
    init = _halotki(_env(data, HALOTKI_TEST_FAST_KDF="1"), "init", "--office", "SBY",
                    "--admin", "admin", "--new-password-stdin", stdin=ADMIN_PW + "\n")
    assert init.returncode == 0, init.stderr
    shot = tmp_path / "login.png"
    proc = _halotki(_env(data, HALOTKI_EXIT_WHEN_READY="1", HALOTKI_READY_SCREENSHOT=str(shot)))
    assert proc.returncode == 0, proc.stderr
    assert _ready_lines(proc) == ["halotki-ready: LoginDialog Masuk"]
    assert shot.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"


def test_an_empty_data_folder_reports_the_first_run_window_in_english(tmp_path):
    proc = _halotki(_env(tmp_path / "data", HALOTKI_EXIT_WHEN_READY="1"), "--lang", "en")
    assert proc.returncode == 0, proc.stderr
    assert _ready_lines(proc) == ["halotki-ready: FirstRunDialog Set up this PC"]
