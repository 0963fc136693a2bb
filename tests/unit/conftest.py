"""Two PCs of one office, each a real encrypted store with a supervisor logged in: what one
records reaches the other as the server forwards it (test_replica, the running digest, the
batched receive)."""

from __future__ import annotations

import pytest

from desktop.paths import DataPaths
from desktop.session.login import log_in
from desktop.session.setup import InitRequest, initialize
from tests.conftest import ADMIN, ADMIN_PW, STAFF_PW, TEST_KDF


def supervisor_pc(root, letter: str):
    paths = DataPaths(root)
    admin = initialize(paths, InitRequest("SBY", ADMIN, "Admin", ADMIN_PW, device_letter=letter),
                       TEST_KDF)
    admin.accounts.add_user("kasi", "Kasi", "supervisor", STAFF_PW)
    admin.close()
    return log_in(paths, "kasi", STAFF_PW, TEST_KDF)


@pytest.fixture
def pc_a(tmp_path):
    core = supervisor_pc(tmp_path / "a", "A")
    yield core
    core.close()


@pytest.fixture
def pc_b(tmp_path):
    core = supervisor_pc(tmp_path / "b", "B")
    yield core
    core.close()
