"""First-run set-up, login and restore (desktop/session/)."""

from __future__ import annotations

import hashlib
import json
import os
import shutil
import zipfile
from pathlib import Path

import pytest

from desktop.crypto.keyslots import (
    EmptyPassword,
    SlotFileMissing,
    UnknownUser,
    WeakPassword,
    WrongPassword,
)
from desktop.domain.accounts import AccountError
from desktop.messages import HaloError
from desktop.services import audit
from desktop.services.maintenance import DB_MEMBER, MANIFEST, SLOTS_MEMBER
from desktop.services.throttle import BASE_DELAY_S, FREE_ATTEMPTS, LoginThrottle, LoginThrottled
from desktop.session.login import log_in
from desktop.session.opening import AccountInactive
from desktop.session.restore import BadBackup, restore
from desktop.session.setup import InitRequest, SetupState, initialize, setup_state
from desktop.store.errors import StoreCorrupt, StoreExists, StoreMissing, StoreNotInitialized
from sync.credentials import DeviceCredential, parse_token
from tests.conftest import ADMIN, ADMIN_PW, STAFF_PW, TEST_KDF, make_intake


class Clock:
    def __init__(self) -> None:
        self.t = 1_700_000_000.0

    def __call__(self) -> float:
        return self.t


def _init_file(path):
    return path.with_name(path.name + ".init")


def _sha(path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def _snapshot(paths) -> dict[str, str]:
    return {p.name: _sha(p) for p in (paths.database, paths.keyslots) if p.exists()}


# -- setup state --------------------------------------------------------------------------

def test_new_when_nothing_is_there(paths):
    assert setup_state(paths) is SetupState.NEW
    paths.ensure_root()
    assert setup_state(paths) is SetupState.NEW


def test_ready_after_initialize(admin_core, paths):
    assert setup_state(paths) is SetupState.READY
    assert admin_core.session.username == ADMIN
    assert admin_core.session.role == "admin"
    assert admin_core.office.code == "SBY"
    assert admin_core.office.device_letter == "A"
    actions = [r["action"] for r in admin_core.audit.recent()]
    assert audit.INITIALIZED in actions and audit.LOGIN in actions
    assert not _init_file(paths.database).exists()
    assert not _init_file(paths.keyslots).exists()


def test_database_without_slot_file_is_an_error_never_new(admin_core, paths):
    admin_core.close()
    paths.keyslots.unlink()
    with pytest.raises(SlotFileMissing):
        setup_state(paths)
    with pytest.raises(SlotFileMissing):
        log_in(paths, ADMIN, ADMIN_PW, TEST_KDF)
    before = _sha(paths.database)
    with pytest.raises(HaloError):
        initialize(paths, InitRequest("SBY", "other", "Other", "other-pass-123"), TEST_KDF)
    assert _sha(paths.database) == before
    assert not paths.keyslots.exists()


def test_slot_file_without_database_is_an_error_never_new(admin_core, paths):
    admin_core.close()
    paths.database.unlink()
    for companion in paths.database_companions():
        companion.unlink(missing_ok=True)
    with pytest.raises(StoreMissing) as info:
        setup_state(paths)
    assert info.value.code == "store_missing"
    with pytest.raises(StoreMissing):
        log_in(paths, ADMIN, ADMIN_PW, TEST_KDF)
    before = _sha(paths.keyslots)
    with pytest.raises(HaloError):
        initialize(paths, InitRequest("SBY", "other", "Other", "other-pass-123"), TEST_KDF)
    assert _sha(paths.keyslots) == before
    assert not paths.database.exists()


def test_interrupted_init_before_the_database_was_in_place_is_cleaned(admin_core, paths):
    admin_core.close()
    os.replace(paths.database, _init_file(paths.database))
    os.replace(paths.keyslots, _init_file(paths.keyslots))
    wal = _init_file(paths.database).with_name("halotki.db.init-wal")
    wal.write_bytes(b"leftover")
    assert setup_state(paths) is SetupState.NEW
    assert not _init_file(paths.database).exists()
    assert not _init_file(paths.keyslots).exists()
    assert not wal.exists()
    # A fresh set-up now works.
    core = initialize(paths, InitRequest("SMG", "admin2", "Admin Dua", "admin2-pass-123"), TEST_KDF)
    try:
        assert core.office.code == "SMG"
    finally:
        core.close()


def test_interrupted_init_with_only_a_slot_leftover_is_cleaned(paths):
    paths.ensure_root()
    _init_file(paths.keyslots).write_text("{}")
    assert setup_state(paths) is SetupState.NEW
    assert list(paths.root.iterdir()) == []


def test_interrupted_init_after_the_database_was_in_place_is_recovered(admin_core, paths):
    admin_core.close()
    os.replace(paths.keyslots, _init_file(paths.keyslots))
    assert setup_state(paths) is SetupState.READY
    assert paths.keyslots.exists()
    assert not _init_file(paths.keyslots).exists()
    core = log_in(paths, ADMIN, ADMIN_PW, TEST_KDF)
    core.close()


def test_initialize_refuses_when_data_exists(admin_core, paths):
    admin_core.close()
    before = _snapshot(paths)
    with pytest.raises(StoreExists) as info:
        initialize(paths, InitRequest("SBY", "admin", "Admin", "another-pass-123"), TEST_KDF)
    assert info.value.code == "store_exists"
    assert _snapshot(paths) == before
    log_in(paths, ADMIN, ADMIN_PW, TEST_KDF).close()


@pytest.mark.parametrize("req, error, field", [
    (InitRequest("S1", "admin", "Admin", ADMIN_PW), HaloError, "office_code"),
    (InitRequest("SURABAYA", "admin", "Admin", ADMIN_PW), HaloError, "office_code"),
    (InitRequest("SBY", "admin", "Admin", ADMIN_PW, device_letter="AB"), HaloError, "device_letter"),
    (InitRequest("SBY", "a", "Admin", ADMIN_PW), AccountError, "username"),
    (InitRequest("SBY", "admin", "Admin", "short"), WeakPassword, "password"),
])
def test_initialize_validates_before_creating_anything(paths, req, error, field):
    with pytest.raises(error) as info:
        initialize(paths, req, TEST_KDF)
    assert info.value.field == field
    assert setup_state(paths) is SetupState.NEW
    assert not paths.root.exists() or list(paths.root.iterdir()) == []


def test_initialize_normalises_office_code_and_letter(paths):
    core = initialize(paths, InitRequest(" mtr ", "Admin", "", ADMIN_PW, device_letter="c"),
                      TEST_KDF)
    try:
        assert core.office.code == "MTR"
        assert core.office.device_letter == "C"
        assert core.office.tz == "WITA"
        assert core.session.username == "admin"
        assert core.session.full_name == "admin"
    finally:
        core.close()


# -- unlock -------------------------------------------------------------------------------

def test_unlock_before_setup(paths):
    with pytest.raises(StoreNotInitialized):
        log_in(paths, ADMIN, ADMIN_PW, TEST_KDF)


def test_unlock_refusals(admin_core, paths):
    with pytest.raises(WrongPassword):
        log_in(paths, ADMIN, "not-the-password", TEST_KDF)
    with pytest.raises(UnknownUser):
        log_in(paths, "nobody", ADMIN_PW, TEST_KDF)
    with pytest.raises(EmptyPassword):
        log_in(paths, ADMIN, "", TEST_KDF)
    assert LoginThrottle(paths.login_state).failures == 2  # the empty password is not a guess


def test_unlock_is_case_insensitive_for_the_username(admin_core, paths):
    core = log_in(paths, "  ADMIN ", ADMIN_PW, TEST_KDF)
    try:
        assert core.session.username == ADMIN
    finally:
        core.close()


def test_failed_logins_are_audited_at_the_next_successful_login(admin_core, paths):
    admin_core.close()
    with pytest.raises(WrongPassword):
        log_in(paths, ADMIN, "tebak-tebakan", TEST_KDF)
    with pytest.raises(UnknownUser):
        log_in(paths, "mallory", "tebak-tebakan", TEST_KDF)
    assert "tebak" not in paths.login_state.read_text()
    assert "mallory" not in paths.login_state.read_text()
    core = log_in(paths, ADMIN, ADMIN_PW, TEST_KDF)
    try:
        failed = [r for r in core.audit.recent() if r["action"] == audit.LOGIN_FAILED]
        assert sorted((r["user"], r["target"], r["detail"]) for r in failed) == [
            ("?", "?", "keyslot.unknown_user"),  # an unknown name may be a mistyped password
            ("admin", "admin", "keyslot.wrong_password"),
        ]
        assert LoginThrottle(paths.login_state).failures == 0
    finally:
        core.close()
    core = log_in(paths, ADMIN, ADMIN_PW, TEST_KDF)
    try:
        failed = [r for r in core.audit.recent() if r["action"] == audit.LOGIN_FAILED]
        assert len(failed) == 2  # recorded once only
    finally:
        core.close()


def test_throttle_after_five_failures_with_growing_delays(admin_core, paths):
    admin_core.close()
    clock = Clock()
    throttle = LoginThrottle(paths.login_state, clock=clock)
    for _ in range(FREE_ATTEMPTS):
        with pytest.raises(WrongPassword):
            log_in(paths, ADMIN, "wrong-guess-1", TEST_KDF, throttle=throttle)
    # The 6th attempt waits, even with the right password.
    with pytest.raises(LoginThrottled) as info:
        log_in(paths, ADMIN, ADMIN_PW, TEST_KDF, throttle=throttle)
    assert info.value.seconds == pytest.approx(BASE_DELAY_S)
    clock.t += BASE_DELAY_S
    with pytest.raises(WrongPassword):
        log_in(paths, ADMIN, "wrong-guess-2", TEST_KDF, throttle=throttle)
    # The next wait is twice as long.
    clock.t += BASE_DELAY_S
    with pytest.raises(LoginThrottled) as info:
        log_in(paths, ADMIN, ADMIN_PW, TEST_KDF, throttle=throttle)
    assert info.value.seconds == pytest.approx(BASE_DELAY_S)
    clock.t += BASE_DELAY_S
    core = log_in(paths, ADMIN, ADMIN_PW, TEST_KDF, throttle=throttle)
    try:
        failed = [r for r in core.audit.recent() if r["action"] == audit.LOGIN_FAILED]
        assert len(failed) == FREE_ATTEMPTS + 1
    finally:
        core.close()
    assert throttle.failures == 0
    throttle.check()


def test_inactive_account_with_a_slot_cannot_log_in(admin_core, paths):
    admin_core.accounts.add_user("budi", "Budi", "front_office", STAFF_PW)
    admin_core.accounts.remove_user("budi")
    # A stray slot (e.g. restored key file) must not bring the account back.
    admin_core.keyslots.add_slot("budi", STAFF_PW, admin_core.db_key)
    with pytest.raises(AccountInactive):
        log_in(paths, "budi", STAFF_PW, TEST_KDF)
    assert LoginThrottle(paths.login_state).failures == 1


def test_damaged_pending_entry_does_not_block_login(admin_core, paths):
    admin_core.close()
    paths.login_state.write_text(json.dumps(
        {"failures": 1, "last_failure": 0, "pending": [{"at": "kemarin", "user": "x"}]}))
    core = log_in(paths, ADMIN, ADMIN_PW, TEST_KDF)
    core.close()


def test_huge_failure_count_still_gives_a_clear_wait(admin_core, paths):
    admin_core.close()
    paths.login_state.write_text(json.dumps({"failures": 100_000, "last_failure": 0, "pending": []}))
    core = log_in(paths, ADMIN, ADMIN_PW, TEST_KDF)
    core.close()


# -- restore ------------------------------------------------------------------------------

@pytest.fixture
def backup_file(admin_core, supervisor, tmp_path):
    supervisor.cases.record_intake(make_intake())
    target = admin_core.maintenance.backup(tmp_path / "cadangan.zip")
    # Recorded after the backup: must be gone after restoring.
    supervisor.cases.record_intake(make_intake(worker__name="Sesudah Cadangan",
                                               worker__passport="C9999999"))
    return target


def _close_all(*cores):
    for core in cores:
        core.close()


def _rewrite_zip(src, dst, *, drop=(), replace=None):
    replace = replace or {}
    with zipfile.ZipFile(src) as zin, zipfile.ZipFile(dst, "w") as zout:
        for item in zin.infolist():
            if item.filename in drop:
                continue
            data = replace.get(item.filename, zin.read(item.filename))
            zout.writestr(item.filename, data)
    return dst


def test_backup_bundle_contents(backup_file):
    with zipfile.ZipFile(backup_file) as zf:
        assert set(zf.namelist()) == {MANIFEST, DB_MEMBER, SLOTS_MEMBER}
        manifest = json.loads(zf.read(MANIFEST))
        assert manifest["sha256"][DB_MEMBER] == hashlib.sha256(zf.read(DB_MEMBER)).hexdigest()
        assert not zf.read(DB_MEMBER).startswith(b"SQLite format 3")
        assert b"Dewi Lestari" not in zf.read(DB_MEMBER)


def test_restore_round_trip(admin_core, supervisor, paths, backup_file):
    assert supervisor.cases.count() == 2
    _close_all(admin_core, supervisor)
    kept = restore(paths, backup_file, ADMIN, ADMIN_PW, TEST_KDF)
    assert kept is not None and (kept / paths.database.name).exists()
    assert (kept / paths.keyslots.name).exists()
    assert not list(paths.root.glob(".restore-*"))
    core = log_in(paths, ADMIN, ADMIN_PW, TEST_KDF)
    try:
        assert core.cases.count() == 1
        assert core.search.search("Sesudah Cadangan") == []
        assert core.maintenance.check().ok
    finally:
        core.close()
    log_in(paths, "kasi", STAFF_PW, TEST_KDF).close()


def _assert_refused_and_untouched(paths, bundle, *, user=ADMIN, password=ADMIN_PW,
                                  error=BadBackup, restore_kw=None):
    before = _snapshot(paths)
    with pytest.raises(error) as info:
        restore(paths, bundle, user, password, TEST_KDF, **(restore_kw or {}))
    assert _snapshot(paths) == before
    assert not list(paths.root.glob(".restore-*"))
    assert not paths.backups.exists() or not list(paths.backups.glob("before-restore-*"))
    core = log_in(paths, ADMIN, ADMIN_PW, TEST_KDF)
    try:
        assert core.cases.count() == 2  # still the current data
    finally:
        core.close()
    return info.value


def test_restore_refuses_a_file_that_is_not_a_zip(admin_core, supervisor, paths, backup_file,
                                                  tmp_path):
    _close_all(admin_core, supervisor)
    bogus = tmp_path / "bogus.zip"
    bogus.write_bytes(b"this is not a zip file at all" * 10)
    _assert_refused_and_untouched(paths, bogus)


def test_restore_refuses_a_missing_file(admin_core, supervisor, paths, backup_file, tmp_path):
    _close_all(admin_core, supervisor)
    _assert_refused_and_untouched(paths, tmp_path / "nowhere.zip")


@pytest.mark.parametrize("member", [MANIFEST, DB_MEMBER, SLOTS_MEMBER])
def test_restore_refuses_missing_members(admin_core, supervisor, paths, backup_file, tmp_path,
                                         member):
    _close_all(admin_core, supervisor)
    partial = _rewrite_zip(backup_file, tmp_path / "partial.zip", drop=(member,))
    err = _assert_refused_and_untouched(paths, partial)
    assert err.code == "backup_invalid"


def test_restore_refuses_an_altered_database(admin_core, supervisor, paths, backup_file,
                                             tmp_path):
    _close_all(admin_core, supervisor)
    with zipfile.ZipFile(backup_file) as zf:
        data = bytearray(zf.read(DB_MEMBER))
    data[len(data) // 2] ^= 0xFF
    altered = _rewrite_zip(backup_file, tmp_path / "altered.zip", replace={DB_MEMBER: bytes(data)})
    err = _assert_refused_and_untouched(paths, altered)
    assert "checksum" in err.params["reason"]


def test_restore_refuses_altered_key_slots(admin_core, supervisor, paths, backup_file, tmp_path):
    _close_all(admin_core, supervisor)
    with zipfile.ZipFile(backup_file) as zf:
        slots = zf.read(SLOTS_MEMBER) + b" "
    altered = _rewrite_zip(backup_file, tmp_path / "altered.zip", replace={SLOTS_MEMBER: slots})
    _assert_refused_and_untouched(paths, altered)


def test_restore_refuses_a_broken_manifest(admin_core, supervisor, paths, backup_file, tmp_path):
    _close_all(admin_core, supervisor)
    broken = _rewrite_zip(backup_file, tmp_path / "m.zip", replace={MANIFEST: b"{not json"})
    _assert_refused_and_untouched(paths, broken)


def test_restore_refuses_a_consistently_forged_database(admin_core, supervisor, paths,
                                                        backup_file, tmp_path):
    """Checksums recomputed by the forger: the encryption's page check still refuses it."""
    _close_all(admin_core, supervisor)
    with zipfile.ZipFile(backup_file) as zf:
        data = bytearray(zf.read(DB_MEMBER))
        manifest = json.loads(zf.read(MANIFEST))
    data[len(data) - 100] ^= 0xFF
    manifest["sha256"][DB_MEMBER] = hashlib.sha256(bytes(data)).hexdigest()
    forged = _rewrite_zip(backup_file, tmp_path / "forged.zip", replace={
        DB_MEMBER: bytes(data), MANIFEST: json.dumps(manifest).encode()})
    _assert_refused_and_untouched(paths, forged, error=(BadBackup, StoreCorrupt))


def test_restore_refuses_a_wrong_password(admin_core, supervisor, paths, backup_file):
    _close_all(admin_core, supervisor)
    _assert_refused_and_untouched(paths, backup_file, password="not-the-password",
                                  error=WrongPassword)


def test_restore_needs_an_administrator(admin_core, supervisor, paths, backup_file):
    _close_all(admin_core, supervisor)
    err = _assert_refused_and_untouched(paths, backup_file, user="kasi", password=STAFF_PW,
                                        error=HaloError)
    assert err.code == "restore_needs_admin"


# --- an enrolled PC (no server here: what the server would say is given directly) ---------

DEVICE_ID = "0123456789abcdef0123456789abcdef"
TOKEN = "hd1." + DEVICE_ID + "." + "s" * 43


@pytest.fixture
def enrolled(paths):
    """A store made the way enrolment makes it, with the unlock key the server would keep."""
    from desktop.session.setup import CentralLink

    unlock_key = os.urandom(32)
    link = CentralLink("https://pusat.example.go.id", DEVICE_ID, TOKEN, unlock_key, "WITA")
    core = initialize(paths, InitRequest("MTR", ADMIN, "Admin", ADMIN_PW, office_name="BP3TKI NTB",
                                         device_letter="C"), TEST_KDF, link)
    yield core, unlock_key
    core.close()


def _answer(unlock_key, username="budi.mtr", role="case_officer"):
    from desktop.sync.api import CentralAccount, DeviceUnlock

    return DeviceUnlock(unlock_key, CentralAccount("8c1f7a52-3a47-4e4c-9a57-0d6f3f9d2b11",
                                                   username, "Budi Santoso", role, "MTR", True))


def test_an_enrolled_store_uses_the_server_s_device_and_keeps_the_link_inside(enrolled, paths):
    from desktop.store.replica import CENTRAL_CREDENTIAL_KEY, CENTRAL_URL_KEY

    core, unlock_key = enrolled
    assert (core.office.device_id, core.office.device_letter, core.office.code) == (
        DEVICE_ID, "C", "MTR")
    assert core.store.meta(CENTRAL_CREDENTIAL_KEY) == TOKEN
    assert core.store.meta(CENTRAL_URL_KEY) == "https://pusat.example.go.id"
    assert core.store.meta("office_tz") == "WITA"
    assert core.store.clock.node == DEVICE_ID[:8]
    slots = core.keyslots
    assert slots.device().device_id == DEVICE_ID
    assert slots.unlock_device(unlock_key) == core.db_key
    assert slots.usernames() == [ADMIN]
    for path in paths.root.rglob("*"):
        if path.is_file():
            data = path.read_bytes()
            assert TOKEN.encode() not in data and unlock_key not in data


def test_a_name_without_a_slot_on_an_enrolled_pc_asks_for_the_central_login(enrolled, paths):
    from desktop.session.login import NeedsCentralLogin

    with pytest.raises(NeedsCentralLogin) as info:
        log_in(paths, "budi.mtr", STAFF_PW, TEST_KDF, central=False)
    assert info.value.link.device_id == DEVICE_ID
    assert isinstance(info.value, UnknownUser)  # older callers still read it as "unknown"
    assert LoginThrottle(paths.login_state).failures == 0  # the server decides, and counts


def test_first_login_with_the_server_s_answer_creates_the_account(enrolled, paths):
    from desktop.session import enrolment

    _core, unlock_key = enrolled
    core = enrolment.first_login(paths, "Budi.MTR", STAFF_PW, _answer(unlock_key), TEST_KDF)
    try:
        assert (core.session.username, core.session.role) == ("budi.mtr", "case_officer")
        row = core.store.query_one("SELECT id, full_name FROM users WHERE username = 'budi.mtr'")
        assert row == ("8c1f7a52-3a47-4e4c-9a57-0d6f3f9d2b11", "Budi Santoso")
    finally:
        core.close()
    log_in(paths, "budi.mtr", STAFF_PW, TEST_KDF).close()  # its own slot from now on


def test_a_wrong_unlock_key_or_an_answer_for_someone_else_opens_nothing(enrolled, paths):
    from desktop.crypto.keyslots import DeviceKeyMismatch
    from desktop.session import enrolment
    from desktop.sync.errors import BadResponse

    _core, unlock_key = enrolled
    with pytest.raises(DeviceKeyMismatch):
        enrolment.first_login(paths, "budi.mtr", STAFF_PW, _answer(os.urandom(32)), TEST_KDF)
    with pytest.raises(BadResponse):
        enrolment.first_login(paths, "budi.mtr", STAFF_PW, _answer(unlock_key, "ani.mtr"),
                              TEST_KDF)
    with pytest.raises(HaloError):  # a role this desktop does not know
        enrolment.first_login(paths, "budi.mtr", STAFF_PW, _answer(unlock_key, role="boss"),
                              TEST_KDF)
    core = log_in(paths, ADMIN, ADMIN_PW, TEST_KDF, record_login=False)
    assert [r[0] for r in core.store.query("SELECT username FROM users")] == [ADMIN]
    core.close()


def test_an_office_unknown_to_this_build_keeps_the_zone_enrolment_gave(admin_core, paths):
    from desktop.session.login import log_in as unlock_again
    from tests.conftest import ADMIN, ADMIN_PW, TEST_KDF

    admin_core.store.set_meta("office_code", "TRK")  # Tarakan: created centrally later
    admin_core.store.set_meta("office_tz", "WITA")
    admin_core.close()
    core = unlock_again(paths, ADMIN, ADMIN_PW, TEST_KDF)
    try:
        assert core.office.tz == "WITA"
    finally:
        core.close()


# -- restore: the review's findings -----------------------------------------------------------

def test_restore_refuses_while_the_store_is_open_and_changes_nothing(
        admin_core, supervisor, paths, backup_file, monkeypatch):
    """Review finding 6: a restore under a live writer moved the writer's database away, so
    its later work ended up in the kept-aside folder."""
    from desktop.store import folder_lock

    monkeypatch.setattr(folder_lock, "EXCLUSIVE_WAIT_S", 0.2)
    before = _snapshot(paths)
    with pytest.raises(folder_lock.DataInUse) as info:
        restore(paths, backup_file, ADMIN, ADMIN_PW, TEST_KDF)
    assert "in use" in info.value.text("en") and "dipakai" in info.value.text("id")
    assert _snapshot(paths) == before
    supervisor.cases.record_intake(make_intake())  # the writer goes on, in the real store
    assert supervisor.cases.count() == 3
    _close_all(admin_core, supervisor)
    restore(paths, backup_file, ADMIN, ADMIN_PW, TEST_KDF)  # alone now: it goes through


def test_whoever_opens_the_store_waits_for_a_restore_to_finish(admin_core, supervisor, paths,
                                                                backup_file, monkeypatch):
    from desktop.store import folder_lock

    _close_all(admin_core, supervisor)
    monkeypatch.setattr(folder_lock, "OPEN_WAIT_S", 0.2)
    with folder_lock.FolderLock.exclusive(paths.root):  # a restore at work
        with pytest.raises(folder_lock.DataInUse) as info:
            log_in(paths, ADMIN, ADMIN_PW, TEST_KDF)
        assert "being restored" in info.value.text("en")
    log_in(paths, ADMIN, ADMIN_PW, TEST_KDF).close()


def test_a_file_held_open_elsewhere_puts_everything_back(admin_core, supervisor, paths,
                                                         backup_file, monkeypatch):
    """Windows cannot replace a file another program holds open: never half-replaced."""
    from desktop.session import restore as restoring

    _close_all(admin_core, supervisor)
    real = os.replace

    def held(src, dst):
        if Path(dst) == paths.keyslots and ".restore-" in str(src):
            raise PermissionError(13, "The process cannot access the file")
        real(src, dst)

    monkeypatch.setattr(restoring.os, "replace", held)
    error = _assert_refused_and_untouched(paths, backup_file, error=restoring.FilesHeld)
    assert "another program" in error.text("en") and "program lain" in error.text("id")


def test_the_declared_sizes_are_checked_before_anything_is_unpacked(
        admin_core, supervisor, paths, backup_file, tmp_path, monkeypatch):
    from desktop.session import restore as restoring

    _close_all(admin_core, supervisor)

    def never(*args, **kwargs):
        raise AssertionError("unpacked before the sizes were checked")

    monkeypatch.setattr(zipfile.ZipFile, "extract", never)
    big_slots = _rewrite_zip(backup_file, tmp_path / "big-slots.zip",
                             replace={SLOTS_MEMBER: b" " * (restoring.MAX_SLOTS_BYTES + 1)})
    assert "too large" in _assert_refused_and_untouched(paths, big_slots).text("en")
    not_pages = _rewrite_zip(backup_file, tmp_path / "not-pages.zip",
                             replace={DB_MEMBER: b"x" * 5000})
    assert "whole database" in _assert_refused_and_untouched(paths, not_pages).text("en")
    monkeypatch.setattr(restoring.shutil, "disk_usage",
                        lambda path: shutil._ntuple_diskusage(10**9, 10**9 - 1000, 1000))
    error = _assert_refused_and_untouched(paths, backup_file, error=restoring.RestoreRefused)
    assert "not enough disk space" in error.text("en")


def test_a_directory_in_place_of_the_database_is_damaged_data_not_an_internal_error(
        admin_core, paths, cli_runner):
    """Review finding 11: it gave 'internal error' (exit 70)."""
    admin_core.close()
    paths.database.unlink()
    paths.database.mkdir()
    r = cli_runner.halotki("check", data_dir=paths.root, user=ADMIN, password=ADMIN_PW,
                           lang="en")
    assert r.code == 3, r.err
    assert "damaged" in r.line and "not a file" in r.line


# -- restore of an enrolled PC's backup: its identity is taken over, never shared -----------

SERVER_URL = "https://pusat.example.go.id"
CODE = "7K3M-Q9XD-2HPA"


def _enrol_the_store(core) -> DeviceCredential:
    """As enrolment leaves it: the link inside the store and a device slot in the key file."""
    from desktop.store.replica import Replica

    credential = DeviceCredential(core.office.device_id, "a" * 43)
    Replica(core.store).set_link(SERVER_URL, credential.token)
    core.keyslots.set_device_slot(credential.device_id, SERVER_URL, os.urandom(32), core.db_key)
    return credential


class FakeCentral:
    """The central server's side of a take-over, as the client sees it."""

    def __init__(self, letter: str = "A", device_id: str | None = None) -> None:
        self.letter, self.device_id, self.calls = letter, device_id, []

    def enrol(self, code, label, office_code=None, unlock_key=None, replaces=None):
        from desktop.sync.api import Enrolment

        self.calls.append({"code": code, "replaces": replaces, "unlock_key": unlock_key})
        old = parse_token(replaces)
        credential = DeviceCredential(self.device_id or old.device_id, "b" * 43)
        return Enrolment(SERVER_URL, credential, self.letter, "SBY", "Surabaya", "WIB", False)


@pytest.fixture
def enrolled_backup(admin_core, supervisor, tmp_path):
    credential = _enrol_the_store(admin_core)
    supervisor.cases.record_intake(make_intake())
    target = admin_core.maintenance.backup(tmp_path / "cadangan-pc.zip")
    supervisor.cases.record_intake(make_intake())  # after the backup: the current data has 2
    _close_all(admin_core, supervisor)
    return target, credential


def test_an_enrolled_pcs_backup_needs_a_new_enrolment_code(paths, enrolled_backup):
    """Review finding 1: a restored backup gave two PCs one identity."""
    from desktop.session.restore import RestoreNeedsCode

    backup, _ = enrolled_backup
    before = _snapshot(paths)
    with pytest.raises(RestoreNeedsCode) as info:
        restore(paths, backup, ADMIN, ADMIN_PW, TEST_KDF)
    assert info.value.exit_code == 10 and info.value.field == "code"
    assert "--code" in info.value.text("en") and "kode pendaftaran baru" in info.value.text("id")
    assert _snapshot(paths) == before


def test_with_the_code_the_restored_pc_takes_the_identity_over(paths, enrolled_backup):
    from desktop.store.replica import Replica

    backup, old = enrolled_backup
    central = FakeCentral()
    restore(paths, backup, ADMIN, ADMIN_PW, TEST_KDF, code=CODE.lower(), client=central)
    [call] = central.calls
    assert call["code"] == CODE and call["replaces"] == old.token
    core = log_in(paths, ADMIN, ADMIN_PW, TEST_KDF)
    try:
        url, token = Replica(core.store).link()
        assert (url, parse_token(token)) == (SERVER_URL, DeviceCredential(old.device_id, "b" * 43))
        assert core.office.device_id == old.device_id and core.office.device_letter == "A"
        # The new unlock key (left with the server) opens the device slot.
        assert core.keyslots.unlock_device(call["unlock_key"]) == core.db_key
    finally:
        core.close()


@pytest.mark.parametrize("central", [FakeCentral(letter="B"), FakeCentral(device_id="f" * 32)],
                         ids=["other-letter", "other-device"])
def test_a_server_that_does_not_hand_the_identity_over_changes_nothing(paths, enrolled_backup,
                                                                       central):
    from desktop.session.restore import RestoreRefused

    backup, _ = enrolled_backup
    error = _assert_refused_and_untouched(paths, backup, error=RestoreRefused,
                                          restore_kw={"code": CODE, "client": central})
    assert "did not hand" in error.text("en")


def test_a_local_pcs_backup_takes_no_code(admin_core, supervisor, paths, backup_file):
    from desktop.session.restore import RestoreRefused

    _close_all(admin_core, supervisor)
    error = _assert_refused_and_untouched(paths, backup_file, error=RestoreRefused,
                                          restore_kw={"code": CODE})
    assert "needs no enrolment code" in error.text("en")


# -- the server URL in the key file (review finding 5) ----------------------------------------

EVIL_URL = "http://127.0.0.1:9"


def _edit_device_url(paths, url: str) -> None:
    doc = json.loads(paths.keyslots.read_text())
    doc["device"]["server_url"] = url
    paths.keyslots.write_text(json.dumps(doc))


def test_an_edited_server_url_no_longer_opens_the_device_slot(enrolled, paths):
    """Before, the URL was not authenticated: the key file could send a central first login
    anywhere, and the slot still opened afterwards."""
    from desktop.crypto.keyslots import DeviceKeyMismatch
    from desktop.session import enrolment

    core, unlock_key = enrolled
    core.close()
    _edit_device_url(paths, EVIL_URL)
    with pytest.raises(DeviceKeyMismatch):
        enrolment.first_login(paths, "budi.mtr", STAFF_PW, _answer(unlock_key), TEST_KDF)


def test_the_next_login_here_puts_the_store_s_server_url_back(enrolled, paths):
    from desktop.session import enrolment

    core, unlock_key = enrolled
    core.close()
    _edit_device_url(paths, EVIL_URL)
    core = log_in(paths, ADMIN, ADMIN_PW, TEST_KDF)
    try:
        assert core.keyslots.device().server_url == "https://pusat.example.go.id"
        assert [r["action"] for r in core.audit.recent()][:2] == [
            audit.KEYFILE_URL_RESTORED, audit.LOGIN]
    finally:
        core.close()
    enrolment.first_login(paths, "budi.mtr", STAFF_PW, _answer(unlock_key), TEST_KDF).close()


def test_check_reads_the_edited_url_but_writes_nothing(enrolled, paths):
    core, _ = enrolled
    core.close()
    _edit_device_url(paths, EVIL_URL)
    before = paths.keyslots.read_bytes()
    log_in(paths, ADMIN, ADMIN_PW, TEST_KDF, record_login=False).close()
    assert paths.keyslots.read_bytes() == before


def test_a_slot_of_the_older_format_is_bound_at_its_next_central_first_login(enrolled, paths):
    """Slots written before the URL was bound still open, once, and are then bound."""
    from desktop.crypto import keyslots
    from desktop.session import enrolment

    core, unlock_key = enrolled
    old = keyslots._DeviceSlot(core.keyslots.device(), os.urandom(12), b"", "", url_bound=False)
    nonce = os.urandom(12)
    wrapped = keyslots.AESGCM(unlock_key).encrypt(
        nonce, core.db_key, keyslots._device_aad(core.keyslots.store_id(), old.link, False))
    doc = json.loads(paths.keyslots.read_text())
    doc["device"].update(nonce=keyslots._enc(nonce), wrapped=keyslots._enc(wrapped))
    doc["device"].pop("aad")
    paths.keyslots.write_text(json.dumps(doc))
    core.close()
    assert not keyslots.KeySlotFile(paths.keyslots).device_url_bound()
    enrolment.first_login(paths, "budi.mtr", STAFF_PW, _answer(unlock_key), TEST_KDF).close()
    slots = keyslots.KeySlotFile(paths.keyslots)
    assert slots.device_url_bound()
    assert json.loads(paths.keyslots.read_text())["device"]["aad"] == 2
    _edit_device_url(paths, EVIL_URL)
    with pytest.raises(keyslots.DeviceKeyMismatch):
        keyslots.KeySlotFile(paths.keyslots).unlock_device(unlock_key)
