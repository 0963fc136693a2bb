"""Enrolling later (issue 12 §5.8): a PC set up on its own, with cases, joins the central
server keeping every case and its number; the first sync sends them, and another PC of the
office receives them. Refusals leave the PC as it was and the code usable."""

from __future__ import annotations

import functools
from datetime import UTC, datetime

import pytest
from sqlalchemy import select

from desktop.crypto.keyslots import KeySlotFile
from desktop.domain.roles import PermissionDenied
from desktop.paths import DataPaths
from desktop.session import enrol_existing, enrolment
from desktop.session.enrol_existing import AlreadyEnrolled, ExistingRequest
from desktop.session.enrolment import EnrolRequest
from desktop.session.login import log_in
from desktop.session.setup import InitRequest, initialize
from desktop.store.replica import CENTRAL_CREDENTIAL_KEY, Replica
from desktop.sync import errors as e
from desktop.sync.runner import make_engine, run_and_log
from sync.server.db.tables import audit_log, cases, devices
from tests.conftest import ADMIN, ADMIN_PW, STAFF_PW, TEST_KDF, make_intake


@pytest.fixture
def server_clock():
    # The PCs stamp their changes with the real time: so does the server here.
    return lambda: datetime.now(UTC)


def local_pc(root, letter: str = "C", office: str = "SBY", n_cases: int = 3) -> list[str]:
    """A PC set up with `halotki init` (no server), its supervisor's cases: their numbers."""
    paths = DataPaths(root)
    admin = initialize(paths, InitRequest(office, ADMIN, "Admin Kantor", ADMIN_PW,
                                          device_label="PC-Lama", device_letter=letter),
                       TEST_KDF)
    admin.accounts.add_user("kasi", "Kasi", "supervisor", STAFF_PW)
    admin.close()
    core = log_in(paths, "kasi", STAFF_PW, TEST_KDF)
    try:
        return [core.cases.record_intake(make_intake(worker__name=f"Pekerja {i}"))
                for i in range(n_cases)]
    finally:
        core.close()


def sync_as(paths: DataPaths, user: str, password: str):
    core = log_in(paths, user, password, TEST_KDF)
    try:
        engine = make_engine(core.store, office_code=core.office.code, national=False,
                             user=user)
        assert engine is not None
        report = run_and_log(engine)
        assert report.outcome == "ok", report.error
        return report
    finally:
        core.close()


def enrolled_pc(server, root) -> DataPaths:
    paths = DataPaths(root)
    enrolment.enrol(paths, EnrolRequest(server.url, server.code("SBY"), ADMIN, "Admin", ADMIN_PW,
                                        "PC-Loket-1"), TEST_KDF).close()
    return paths


def test_a_local_pc_with_cases_enrols_syncs_and_another_pc_receives_them(server, tmp_path):
    other = enrolled_pc(server, tmp_path / "other")  # letter A
    numbers = local_pc(tmp_path / "pc", letter="C")
    paths = DataPaths(tmp_path / "pc")
    year = datetime.now(UTC).year
    assert numbers == [f"SBY-{year}-C-{i:05d}" for i in (1, 2, 3)]

    core = log_in(paths, ADMIN, ADMIN_PW, TEST_KDF)
    try:
        reg = enrol_existing.enrol_existing(core, ExistingRequest(server.url, server.code("SBY")))
        assert reg.enrolment.device_letter == "C"
        # Like a fresh enrolment: the credential inside the store, the device slot beside it.
        assert core.store.meta(CENTRAL_CREDENTIAL_KEY) == reg.enrolment.credential.token
        link = KeySlotFile(paths.keyslots, TEST_KDF).device()
        assert link.device_id == reg.enrolment.credential.device_id
        assert KeySlotFile(paths.keyslots, TEST_KDF).unlock_device(reg.unlock_key) == core.db_key
        assert ("enrolled", "SBY") in core.store.query(
            "SELECT action, target FROM audit_log WHERE action = 'enrolled'")
        # Enrolled once is enough.
        with pytest.raises(AlreadyEnrolled) as info:
            enrol_existing.prepare(core, ExistingRequest(server.url, server.code("SBY")))
        assert server.url in info.value.text("en") and info.value.exit_code == 3
    finally:
        core.close()
    with server.ctx.db.read() as conn:
        device = conn.execute(select(devices).where(devices.c.device_letter == "C")
                              ).mappings().one()
        detail = conn.scalar(select(audit_log.c.detail).where(
            audit_log.c.action == "device.enrolled", audit_log.c.target == device["id"]))
    assert device["label"] == "PC-Lama"
    assert detail == f"letter=C existing=SBY/C latest={year}:3"

    pushed = sync_as(paths, "kasi", STAFF_PW)
    assert pushed.pushed > 0 and not pushed.rejected
    with server.ctx.db.read() as conn:
        on_server = set(conn.scalars(select(cases.c.case_number)))
    assert on_server == set(numbers)
    # A new case continues the PC's own numbers and is accepted too.
    core = log_in(paths, "kasi", STAFF_PW, TEST_KDF)
    try:
        fourth = core.cases.record_intake(make_intake(worker__name="Pekerja Baru"))
    finally:
        core.close()
    assert fourth == f"SBY-{year}-C-00004"
    assert not sync_as(paths, "kasi", STAFF_PW).rejected

    sync_as(other, ADMIN, ADMIN_PW)
    core = log_in(other, ADMIN, ADMIN_PW, TEST_KDF)
    try:
        assert core.cases.get(numbers[1]).worker["name"] == "Pekerja 1"
        assert core.cases.get(fourth).case["case_number"] == fourth
    finally:
        core.close()


def test_a_letter_taken_by_another_pc_is_refused_and_nothing_changes(server, tmp_path):
    enrolled_pc(server, tmp_path / "other")  # letter A, "PC-Loket-1"
    local_pc(tmp_path / "pc", letter="A")
    paths = DataPaths(tmp_path / "pc")
    slots_before = paths.keyslots.read_bytes()
    code = server.code("SBY")
    core = log_in(paths, ADMIN, ADMIN_PW, TEST_KDF)
    try:
        with pytest.raises(e.EnrolmentRefused) as info:
            enrol_existing.enrol_existing(core, ExistingRequest(server.url, code))
        assert info.value.code == "enrolment_letter_taken" and info.value.exit_code == 2
        assert '"PC-Loket-1"' in info.value.text("en") and "sudah dipakai" in info.value.text("id")
        assert Replica(core.store).link() is None
    finally:
        core.close()
    assert paths.keyslots.read_bytes() == slots_before
    # The code was not spent: a PC whose letter is free enrols with it.
    local_pc(tmp_path / "third", letter="D", n_cases=1)
    core = log_in(DataPaths(tmp_path / "third"), ADMIN, ADMIN_PW, TEST_KDF)
    try:
        reg = enrol_existing.enrol_existing(core, ExistingRequest(server.url, code))
        assert reg.enrolment.device_letter == "D"
    finally:
        core.close()


def test_a_code_of_another_office_is_refused_with_both_offices(server, tmp_path):
    local_pc(tmp_path / "pc", letter="C", n_cases=1)
    core = log_in(DataPaths(tmp_path / "pc"), ADMIN, ADMIN_PW, TEST_KDF)
    try:
        with pytest.raises(e.EnrolmentRefused) as info:
            enrol_existing.enrol_existing(core, ExistingRequest(server.url, server.code("SMG")))
        assert info.value.code == "enrolment_existing_office" and info.value.field == "code"
        assert "SBY" in info.value.text("id") and "SMG" in info.value.text("id")
    finally:
        core.close()


def test_only_the_administrator_may_and_numbers_not_of_this_pc_stop_it_before_the_server(
        server, tmp_path):
    local_pc(tmp_path / "pc", letter="C", n_cases=1)
    paths = DataPaths(tmp_path / "pc")
    code = server.code("SBY")
    core = log_in(paths, "kasi", STAFF_PW, TEST_KDF)
    try:
        with pytest.raises(PermissionDenied):
            enrol_existing.enrol_existing(core, ExistingRequest(server.url, code))
    finally:
        core.close()
    core = log_in(paths, ADMIN, ADMIN_PW, TEST_KDF)
    try:
        core.store.set_meta("device_letter", "E")  # its cases say C: the server would refuse
    finally:
        core.close()
    core = log_in(paths, ADMIN, ADMIN_PW, TEST_KDF)
    try:
        with pytest.raises(enrol_existing.HaloError) as info:
            enrol_existing.enrol_existing(core, ExistingRequest(server.url, code))
        assert info.value.code == "enrol_foreign_number" and "-C-00001" in info.value.text("en")
    finally:
        core.close()
    with server.ctx.db.read() as conn:
        assert conn.execute(select(devices)).first() is None  # the server was never asked


def test_local_mistakes_are_named_before_anything_is_sent(tmp_path, closed_url):
    found = enrol_existing.problems(ExistingRequest("http://pusat.example.go.id", ""))
    assert {p.field for p in found} == {"server_url", "code"}
    local_pc(tmp_path / "pc", n_cases=0)
    core = log_in(DataPaths(tmp_path / "pc"), ADMIN, ADMIN_PW, TEST_KDF)
    try:
        with pytest.raises(e.ServerUnreachable) as info:
            enrol_existing.enrol_existing(core, ExistingRequest(closed_url, "AAAA-BBBB-CCCC"))
        assert info.value.field == "server_url"
        assert Replica(core.store).link() is None
    finally:
        core.close()


# -- the command line ------------------------------------------------------------------------

@pytest.fixture
def halotki(cli_runner, tmp_path):
    return functools.partial(cli_runner.halotki, data_dir=tmp_path / "pc", lang="en")


def test_halotki_enrol_existing(halotki, server, tmp_path):
    enrolled_pc(server, tmp_path / "other")  # A
    local_pc(tmp_path / "pc", letter="A", n_cases=2)
    status, _out, err = halotki("enrol", "--existing", "--server", server.url, "--code",
                                server.code("SBY"), user=ADMIN, password=ADMIN_PW)
    assert status == 2 and "PC-Loket-1" in err and err.startswith("halotki: ")
    assert len(err.splitlines()) == 1
    # A PC lettered B enrols, keeps its 2 cases, and its supervisor syncs them.
    local_pc(tmp_path / "b", letter="B", n_cases=2)
    status, out, err = halotki("enrol", "--existing", "--server", server.url, "--code",
                               server.code("SBY"), "--device-label", "PC-Loket-2",
                               user=ADMIN, password=ADMIN_PW, data_dir=tmp_path / "b")
    assert status == 0, err
    assert "Enrolled: SBY" in out and "PC-Loket-2 (B)" in out and "2 cases" in out
    status, out, err = halotki("sync", user="kasi", password=STAFF_PW, data_dir=tmp_path / "b")
    assert status == 0, err
    with server.ctx.db.read() as conn:
        assert len(conn.execute(select(cases)).all()) == 2
    status, _out, err = halotki("enrol", "--existing", "--server", server.url, "--code",
                                server.code("SBY"), user=ADMIN, password=ADMIN_PW,
                                data_dir=tmp_path / "b")
    assert status == 3 and "already enrolled" in err


def test_halotki_enrol_without_admin_or_existing_says_what_is_missing(halotki, server):
    status, _out, err = halotki("enrol", "--server", server.url, "--code", "AAAA-BBBB-CCCC")
    assert status == 1 and "--admin" in err and "--existing" in err


def test_halotki_enrol_existing_on_a_pc_not_set_up(halotki, server):
    status, _out, err = halotki("enrol", "--existing", "--server", server.url, "--code",
                                server.code("SBY"), user=ADMIN, password=ADMIN_PW)
    assert status == 4


def test_when_the_store_cannot_record_the_enrolment_the_message_says_what_to_do(
        server, tmp_path, monkeypatch):
    local_pc(tmp_path / "pc", n_cases=1)
    core = log_in(DataPaths(tmp_path / "pc"), ADMIN, ADMIN_PW, TEST_KDF)
    try:
        def broken(*_a, **_k):
            raise OSError(28, "No space left on device")

        monkeypatch.setattr(Replica, "set_link", broken)
        with pytest.raises(enrolment.EnrolledButNotSetUp) as info:
            enrol_existing.enrol_existing(core, ExistingRequest(server.url, server.code("SBY")))
        with server.ctx.db.read() as conn:
            row = conn.execute(select(devices)).mappings().one()
        assert row["id"] in info.value.text("en") and "revoke" in info.value.text("en")
        assert info.value.exit_code == 5
        monkeypatch.undo()
        assert Replica(core.store).link() is None  # not enrolled here: no sync with half a link
    finally:
        core.close()
