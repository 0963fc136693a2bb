"""A restore while another process writes (review finding 6): `demo-data` ran while `restore`
ran; the writer reported success, but its cases ended up in the kept-aside folder. Now the
restore refuses while the writer has the store open, and the writer's work stays."""

from __future__ import annotations

import subprocess
import sys
import time

import pytest

from desktop.session.login import log_in
from desktop.session.restore import restore
from desktop.store.folder_lock import DataInUse, FolderLock
from tests.cli_runner import ROOT, halotki_argv, halotki_env, process_env
from tests.conftest import ADMIN, ADMIN_PW, STAFF_PW, TEST_KDF

WRITER_CASES = 40
START_TIMEOUT_S = 60


def _someone_holds_the_store(paths) -> bool:
    try:
        FolderLock.exclusive(paths.root, timeout=0).release()
    except DataInUse:
        return True
    return False


def test_restore_refuses_while_another_process_writes_and_the_writer_keeps_its_work(
        admin_core, supervisor, paths, tmp_path, monkeypatch):
    from desktop.store import folder_lock

    # It would wait this long for the writer to finish: not long enough here.
    monkeypatch.setattr(folder_lock, "EXCLUSIVE_WAIT_S", 0.05)
    backup = admin_core.maintenance.backup(tmp_path / "cadangan.zip")
    admin_core.close()
    supervisor.close()
    writer = subprocess.Popen(
        [sys.executable, "-m", "desktop.cli.main",
         *halotki_argv(["demo-data", "--cases", str(WRITER_CASES)], data_dir=paths.root)],
        cwd=ROOT, env=process_env(halotki_env(user="kasi", password=STAFF_PW)),
        stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    try:
        deadline = time.monotonic() + START_TIMEOUT_S
        while not _someone_holds_the_store(paths):
            assert writer.poll() is None, writer.communicate()
            assert time.monotonic() < deadline, "the writer never opened the store"
            time.sleep(0.02)
        with pytest.raises(DataInUse):
            restore(paths, backup, ADMIN, ADMIN_PW, TEST_KDF)
        out, err = writer.communicate(timeout=300)
    finally:
        if writer.poll() is None:
            writer.kill()
            writer.wait()
    assert writer.returncode == 0, err
    assert f"{WRITER_CASES}" in out
    core = log_in(paths, "kasi", STAFF_PW, TEST_KDF)
    try:
        assert core.cases.count() == WRITER_CASES  # in the store in use, not kept aside
    finally:
        core.close()
    assert not paths.backups.exists() or not list(paths.backups.glob("before-restore-*"))
