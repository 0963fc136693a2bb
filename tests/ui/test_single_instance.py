"""A second start on the same data folder brings the first copy forward instead of opening."""

from __future__ import annotations

import subprocess
import sys
import textwrap
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWidget

from desktop.ui.single_instance import SingleInstance, bring_to_front, instance_name

ROOT = Path(__file__).resolve().parents[2]

# A second program start, as far as the single-instance check goes; prints claim()'s answer.
SECOND_START = textwrap.dedent("""
    import os, sys
    from pathlib import Path
    from PySide6.QtCore import QCoreApplication
    app = QCoreApplication([])
    from desktop.ui.single_instance import SingleInstance
    instance = SingleInstance(Path(sys.argv[1]))
    print(instance.claim(), flush=True)
    if sys.argv[2] == "crash":
        os._exit(1)  # no clean-up: the lock and the socket file stay behind
""")


def _start(data_dir: Path, mode: str = "ask") -> subprocess.Popen:
    return subprocess.Popen([sys.executable, "-c", SECOND_START, str(data_dir), mode],
                            cwd=ROOT, stdout=subprocess.PIPE, text=True)


@pytest.fixture
def instances():
    made: list[SingleInstance] = []

    def _make(data_dir: Path) -> SingleInstance:
        instance = SingleInstance(data_dir)
        made.append(instance)
        return instance

    yield _make
    for instance in made:
        instance.close()


def test_the_name_depends_on_the_folder_not_on_how_it_is_written(tmp_path):
    (tmp_path / "data").mkdir()
    assert instance_name(tmp_path / "data") == instance_name(tmp_path / "x" / ".." / "data")
    assert instance_name(tmp_path / "data") != instance_name(tmp_path / "other")


def test_a_second_start_asks_the_first_to_come_forward(qtbot, tmp_path, instances):
    first = instances(tmp_path)
    assert first.claim()
    with qtbot.waitSignal(first.activated, timeout=5000):
        assert not instances(tmp_path).claim()
    # Another data folder is another office's data: it may run beside it.
    assert instances(tmp_path / "other").claim()


def test_once_the_first_copy_ends_the_next_start_runs(qtbot, tmp_path, instances):
    first = instances(tmp_path)
    assert first.claim()
    first.close()
    assert instances(tmp_path).claim()


def test_a_second_program_is_refused_and_the_first_comes_forward(qtbot, tmp_path, instances):
    first = instances(tmp_path)
    assert first.claim()
    with qtbot.waitSignal(first.activated, timeout=10000):
        second = _start(tmp_path)
    out, _ = second.communicate(timeout=20)
    assert out.strip() == "False"


def test_a_crashed_copy_does_not_block_the_next_start(qtbot, tmp_path, instances):
    crashed = _start(tmp_path, "crash")
    out, _ = crashed.communicate(timeout=20)
    assert out.strip() == "True" and crashed.returncode == 1
    again = instances(tmp_path)
    assert again.claim()  # the stale lock and socket are taken over
    with qtbot.waitSignal(again.activated, timeout=5000):
        assert not instances(tmp_path).claim()


def test_run_gui_ends_at_once_when_the_folder_is_in_use(qtbot, qapp, tmp_path, instances):
    from desktop.ui.app import run_gui

    running = instances(tmp_path)
    assert running.claim()
    with qtbot.waitSignal(running.activated, timeout=5000):
        assert run_gui(tmp_path) == 0
    assert not (tmp_path / "halotki.db").exists()  # nothing was opened or set up


def test_bring_to_front_restores_a_minimised_window(qtbot):
    window = QWidget()
    qtbot.addWidget(window)
    window.showMinimized()
    bring_to_front(window)
    assert not window.windowState() & Qt.WindowState.WindowMinimized
    assert window.isVisible()
    bring_to_front(None)  # nothing on screen yet: nothing to do
