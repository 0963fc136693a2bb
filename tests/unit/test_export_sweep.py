"""An export of personal data cut off by a crash or a power cut (no exception ran, so no
clean-up) leaves nothing behind for long: its temporary file was listed in the data folder,
and the next login removes it. Only names exports make are ever removed."""

from __future__ import annotations

import json
import time

import pytest

from desktop.reports.files import SWEEP_AFTER_S, PendingFiles, atomic_output, scratch_of
from desktop.services.cases import CaseFilter
from tests.conftest import STAFF_PW, TEST_KDF


class Crash(BaseException):
    """What the process dying looks like to this code: nothing after it runs."""


_DEAD: list = []  # the exports "killed" mid-way: kept referenced, never finished or closed


@pytest.fixture(autouse=True)
def _bury_the_dead():
    """After each test, close what the 'killed' exports left open (a dead process never
    would; the interpreter would, noisily, at exit)."""
    yield
    while _DEAD:
        _DEAD.pop().gen.close()


def _crash_inside(target, pending):
    """Write half an export and 'die' with the temporary file still there (the registry
    entry made, its removal never run)."""
    manager = atomic_output(target, pending)
    _DEAD.append(manager)  # a closed generator would clean up: a dead process does not
    temp = manager.__enter__()
    temp.write_bytes(b"Siti Aminah, B1234567")
    scratch_of(temp).mkdir()
    (scratch_of(temp) / "sheet1.xml").write_text("<row>Siti</row>")
    return temp  # the context is never exited: as after a kill -9


def test_a_dead_export_is_swept_later_and_a_running_one_is_left(tmp_path):
    pending = PendingFiles(tmp_path / "data" / "pending.json")
    (tmp_path / "data").mkdir()
    temp = _crash_inside(tmp_path / "Daftar kasus.xlsx", pending)
    listed = json.loads(pending.registry.read_text())
    assert [e["path"] for e in listed] == [str(temp)]
    assert pending.sweep() == 0 and temp.exists()  # young: it may still be running
    assert pending.sweep(now=time.time() + SWEEP_AFTER_S + 1) == 1
    assert not temp.exists() and not scratch_of(temp).exists()
    assert json.loads(pending.registry.read_text()) == []
    assert not (tmp_path / "Daftar kasus.xlsx").exists()


def test_a_finished_or_failed_export_takes_itself_off_the_list(tmp_path):
    pending = PendingFiles(tmp_path / "pending.json")
    with atomic_output(tmp_path / "ok.csv", pending) as temp:
        temp.write_text("a")
    with pytest.raises(ValueError), atomic_output(tmp_path / "bad.csv", pending) as temp:
        raise ValueError("render failed")
    assert json.loads(pending.registry.read_text()) == []
    assert sorted(p.name for p in tmp_path.iterdir()) == ["ok.csv", "pending.json"]


def test_a_tampered_list_never_deletes_other_files(tmp_path):
    precious = tmp_path / "laporan.xlsx"
    precious.write_text("keep me")
    pending = PendingFiles(tmp_path / "pending.json")
    pending.registry.write_text(json.dumps([{"path": str(precious), "at": 0},
                                            {"path": str(tmp_path), "at": 0}, "junk"]))
    pending.sweep()
    assert precious.read_text() == "keep me" and tmp_path.is_dir()


def test_an_unreadable_list_is_no_list(tmp_path):
    pending = PendingFiles(tmp_path / "pending.json")
    pending.registry.write_text("{not json")
    assert pending.sweep() == 0


def test_the_next_login_sweeps_what_a_dead_case_list_export_left(supervisor, paths,
                                                                  intake_factory, tmp_path):
    from desktop.session.login import log_in

    supervisor.cases.record_intake(intake_factory())
    documents = tmp_path / "Documents"
    documents.mkdir()
    pending = PendingFiles(paths.pending_exports)
    temp = _crash_inside(documents / "Daftar kasus.csv", pending)
    entries = json.loads(pending.registry.read_text())
    entries[0]["at"] -= SWEEP_AFTER_S + 1  # the crash was a while ago
    pending.registry.write_text(json.dumps(entries))
    again = log_in(paths, supervisor.session.username, STAFF_PW, TEST_KDF)
    try:
        assert not temp.exists() and not scratch_of(temp).exists()
        # And the real export registers itself while it runs, then leaves the list empty.
        again.reports.export_case_list(CaseFilter(), "", None, "xlsx", documents / "list.xlsx")
        assert json.loads(pending.registry.read_text()) == []
        assert sorted(p.name for p in documents.iterdir()) == ["list.xlsx"]
    finally:
        again.close()
