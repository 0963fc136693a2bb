"""Flipped bytes anywhere in the file are found: at open, or by the page check after it."""

from __future__ import annotations

import pytest

from desktop.session.login import log_in
from desktop.store.errors import StoreCorrupt
from tests.conftest import ADMIN, ADMIN_PW, TEST_KDF, make_intake

PAGE = 4096


@pytest.mark.parametrize("page_from_end", [1, 5, 12])
def test_flipped_bytes_are_detected(paths, admin_core, login, page_from_end):
    officer = login("petugas", "front_office")
    for i in range(40):
        officer.cases.record_intake(make_intake(worker__name=f"Pekerja Nomor {i}"))
    officer.close()
    admin_core.close()
    data = bytearray(paths.database.read_bytes())
    offset = len(data) - page_from_end * PAGE + 700
    for i in range(6):
        data[offset + i] ^= 0x5A
    paths.database.write_bytes(bytes(data))

    try:
        core = log_in(paths, ADMIN, ADMIN_PW, TEST_KDF)
    except StoreCorrupt:
        return  # found while opening: just as good
    try:
        assert core.maintenance.verify_pages()
    finally:
        core.close()


def test_sound_file_has_no_page_errors(admin_core):
    admin_core.cases  # noqa: B018 - the admin's store is freshly made
    assert admin_core.maintenance.verify_pages() == []
