"""Every file of the data folder is 0600 and every folder 0700, whatever the umask of the
process that writes them; backups too (review finding 9: after a restore halotki.db and
keyslots.json were 0644, and backups 0644)."""

from __future__ import annotations

import logging
import os
import stat
import sys
from pathlib import Path

import pytest

from desktop.crypto.keyslots import WrongPassword
from desktop.logging_setup import configure_logging
from desktop.paths import DataPaths
from desktop.session.login import log_in
from desktop.session.restore import restore
from desktop.session.setup import InitRequest, initialize
from desktop.settings import Settings
from tests.conftest import ADMIN, ADMIN_PW, STAFF_PW, TEST_KDF, make_intake

pytestmark = pytest.mark.skipif(sys.platform == "win32",
                                reason="on Windows the per-user folder's ACL does this job")


@pytest.fixture(params=[0o022, 0o000], ids=["umask-022", "umask-000"])
def permissive_umask(request):
    previous = os.umask(request.param)
    yield request.param
    os.umask(previous)


def not_private(root: Path) -> list[str]:
    """Every path below `root` (and root) whose mode lets anyone else in."""
    found = []
    for path in [root, *root.rglob("*")]:
        mode = stat.S_IMODE(path.lstat().st_mode)
        wanted = 0o700 if path.is_dir() else 0o600
        if mode != wanted:
            found.append(f"{path.relative_to(root.parent)}: {oct(mode)}")
    return found


def _office_day(paths: DataPaths, backup: Path) -> None:
    """What an office does with the data folder: set up, accounts, a case, a wrong
    password, settings, the log, a backup, then a restore over it."""
    core = initialize(paths, InitRequest("SBY", ADMIN, "Admin", ADMIN_PW), TEST_KDF)
    try:
        core.accounts.add_user("budi", "Budi", "front_office", STAFF_PW)
        front = log_in(paths, "budi", STAFF_PW, TEST_KDF)
        try:
            front.cases.record_intake(make_intake())
        finally:
            front.close()
        core.maintenance.backup(backup)
    finally:
        core.close()
    with pytest.raises(WrongPassword):
        log_in(paths, "budi", "not-the-password", TEST_KDF)
    Settings(language="en").save(paths.settings)
    assert configure_logging(paths.logs) is not None
    logging.getLogger("permissions-test").warning("a line in the log")
    restore(paths, backup, ADMIN, ADMIN_PW, TEST_KDF)
    log_in(paths, "budi", STAFF_PW, TEST_KDF).close()  # the WAL of the restored store


def test_the_data_folder_and_backups_are_private_whatever_the_umask(tmp_path, permissive_umask):
    paths = DataPaths(tmp_path / "data")
    backup = tmp_path / "out" / "cadangan.zip"
    backup.parent.mkdir()
    try:
        _office_day(paths, backup)
    finally:
        for handler in list(logging.getLogger().handlers):
            if getattr(handler, "_halotki", False):
                logging.getLogger().removeHandler(handler)
                handler.close()
    assert (paths.backups).is_dir()  # the files kept aside by the restore are in there
    assert not_private(paths.root) == []
    assert stat.S_IMODE(backup.stat().st_mode) == 0o600


def test_the_command_line_keeps_the_data_private_whatever_the_umask(tmp_path, cli_runner,
                                                                     permissive_umask):
    data = tmp_path / "data"
    r = cli_runner.halotki("init", "--office", "SBY", "--admin", ADMIN, "--new-password-stdin",
                           data_dir=data, stdin=ADMIN_PW + "\n")
    assert r.code == 0, r.err
    r = cli_runner.halotki("demo-data", "--cases", "3", data_dir=data, user=ADMIN,
                           password=ADMIN_PW)
    assert r.code == 6  # an administrator may not record cases: the log still gets a line
    assert not_private(data) == []
    assert os.umask(permissive_umask) == permissive_umask  # given back after the run
