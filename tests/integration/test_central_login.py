"""A central account's first login on an enrolled PC: the server checks the password and
releases the device unlock key; the account then has its own key slot and logs in offline."""

from __future__ import annotations

import pytest
from sqlalchemy import select

from desktop.crypto.keyslots import (
    KeySlotFile,
    SlotFileWriteFailed,
    UnknownUser,
    WrongPassword,
)
from desktop.services.throttle import LoginThrottle
from desktop.session import enrolment
from desktop.session.enrolment import EnrolRequest, FirstLoginOffline
from desktop.session.login import NeedsCentralLogin, log_in
from desktop.session.opening import AccountInactive
from desktop.sync import errors as e
from sync.server.db.tables import audit_log
from tests.conftest import ADMIN, ADMIN_PW, STAFF_PW, TEST_KDF
from tests.integration.conftest import CENTRAL_PW

BUDI = "budi.sby"


@pytest.fixture
def pc(server, pc_paths):
    """An SBY PC enrolled with the server (nobody logged in) and a central SBY account."""
    core = enrolment.enrol(pc_paths, EnrolRequest(server.url, server.code("SBY"), ADMIN,
                                                   "Admin Kantor", ADMIN_PW, "PC-Loket"), TEST_KDF)
    core.close()
    server.account = server.add_account(BUDI, full_name="Budi Santoso", role="supervisor")
    return pc_paths


def _state(paths):
    """What the PC knows about budi: (has a key slot, users row)."""
    core = log_in(paths, ADMIN, ADMIN_PW, TEST_KDF, record_login=False)
    try:
        row = core.store.query_one("SELECT id, full_name, role, active FROM users WHERE username = ?",
                                   (BUDI,))
        return core.keyslots.has_user(BUDI), row
    finally:
        core.close()


def test_first_login_creates_the_account_here_and_then_works_offline(server, pc):
    core = log_in(pc, " Budi.SBY ", CENTRAL_PW, TEST_KDF)
    try:
        assert (core.session.username, core.session.full_name, core.session.role) == (
            BUDI, "Budi Santoso", "supervisor")
        row = core.store.query_one("SELECT id, role, active FROM users WHERE username = ?", (BUDI,))
        assert row == (server.account["id"], "supervisor", 1)  # the central account's id
        # Through the outbox (it goes up with the next sync) and in the audit trail.
        outbox = core.store.query("SELECT entity, entity_id, op FROM changes WHERE entity = 'user'")
        assert ("user", server.account["id"], "insert") in outbox
        audit = core.store.query("SELECT user, action, target, detail FROM audit_log"
                                 " WHERE action IN ('user_added', 'login')")
        assert (BUDI, "user_added", BUDI, "supervisor central") in audit
        assert (BUDI, "login", "", "central_first_login") in audit
        assert core.keyslots.has_user(BUDI)
    finally:
        core.close()
    with server.ctx.db.read() as conn:
        actions = list(conn.scalars(select(audit_log.c.action)
                                    .where(audit_log.c.action.like("user.device_unlock%"))))
    assert actions == ["user.device_unlocked"]
    # The internet goes away: the account's own slot opens the data now.
    server.stop()
    again = log_in(pc, BUDI, CENTRAL_PW, TEST_KDF)
    assert again.session.role == "supervisor"
    again.close()
    with pytest.raises(WrongPassword):
        log_in(pc, BUDI, "salah-sekali", TEST_KDF)


@pytest.mark.parametrize("who", ["wrong password", "unknown user", "other office",
                                 "deactivated"])
def test_refusals_say_the_same_and_create_nothing(server, pc, who):
    other = server.add_account("ani.smg", office="SMG")
    if who == "deactivated":
        server.deactivate(server.account["id"])
    username, password = {"wrong password": (BUDI, "salah-salah-1"),
                          "unknown user": ("siapa.ini", CENTRAL_PW),
                          "other office": (other["username"], CENTRAL_PW),
                          "deactivated": (BUDI, CENTRAL_PW)}[who]
    with pytest.raises(e.InvalidCredentials) as info:
        log_in(pc, username, password, TEST_KDF)
    assert info.value.exit_code == 2 and info.value.field == "password"
    assert info.value.text("en") == ("Wrong username or password, or this account does not "
                                      "belong to your office.")
    assert info.value.text("id").startswith("Nama pengguna atau kata sandi salah")
    slots = KeySlotFile(pc.keyslots, TEST_KDF)
    assert slots.usernames() == [ADMIN]
    core = log_in(pc, ADMIN, ADMIN_PW, TEST_KDF, record_login=False)
    users = [r[0] for r in core.store.query("SELECT username FROM users")]
    core.close()
    assert users == [ADMIN]
    assert LoginThrottle(pc.login_state).failures == 1


def test_a_revoked_pc_shows_the_reason(server, pc):
    link = KeySlotFile(pc.keyslots, TEST_KDF).device()
    server.revoke(link.device_id, "Laptop dicuri 1 Desember")
    with pytest.raises(e.DeviceRevoked) as info:
        log_in(pc, BUDI, CENTRAL_PW, TEST_KDF)
    assert "Laptop dicuri 1 Desember" in info.value.text("id")
    assert "Laptop dicuri 1 Desember" in info.value.text("en")
    assert info.value.exit_code == 10
    assert _state(pc) == (False, None)


def test_too_many_attempts_give_the_seconds_to_wait(server, pc):
    limit = server.ctx.settings.verify_user_limit.attempts
    for _ in range(limit):
        with pytest.raises(e.InvalidCredentials):
            log_in(pc, BUDI, "tebak-tebak-1", TEST_KDF)
    with pytest.raises(e.RateLimited) as info:
        log_in(pc, BUDI, CENTRAL_PW, TEST_KDF)  # even the right password waits now
    seconds = info.value.retry_after
    assert 0 < seconds <= server.ctx.settings.verify_user_limit.window_s
    assert f"Tunggu {seconds} detik" in info.value.text("id")
    assert f"Wait {seconds} seconds" in info.value.text("en")
    assert _state(pc) == (False, None)


def test_offline_first_login_says_to_connect(server, pc, closed_url):
    server.stop()
    with pytest.raises(FirstLoginOffline) as info:
        log_in(pc, BUDI, CENTRAL_PW, TEST_KDF)
    assert info.value.text("en").startswith(
        "This account has not logged in on this computer yet. Connect to the internet for")
    assert "belum pernah masuk di komputer ini" in info.value.text("id")
    assert info.value.exit_code == 9
    # Local accounts are not affected; nothing was created for budi.
    assert _state(pc) == (False, None)
    assert LoginThrottle(pc.login_state).failures == 0  # not a guess


def test_a_crash_between_the_row_and_the_slot_does_not_block_a_retry(server, pc, monkeypatch):
    real = KeySlotFile.add_slot

    def crash(self, *args, **kwargs):
        raise SlotFileWriteFailed()

    monkeypatch.setattr(KeySlotFile, "add_slot", crash)
    with pytest.raises(SlotFileWriteFailed):
        log_in(pc, BUDI, CENTRAL_PW, TEST_KDF)
    has_slot, row = _state(pc)
    assert not has_slot and row is not None and row[3] == 1  # committed, without a slot
    monkeypatch.setattr(KeySlotFile, "add_slot", real)
    core = log_in(pc, BUDI, CENTRAL_PW, TEST_KDF)  # the retry completes the account
    try:
        assert core.session.username == BUDI
        assert core.store.query_one("SELECT count(*) FROM users WHERE username = ?",
                                    (BUDI,))[0] == 1
    finally:
        core.close()
    server.stop()
    log_in(pc, BUDI, CENTRAL_PW, TEST_KDF).close()


def test_an_account_removed_on_this_pc_stays_removed(server, pc):
    log_in(pc, BUDI, CENTRAL_PW, TEST_KDF).close()
    admin = log_in(pc, ADMIN, ADMIN_PW, TEST_KDF)
    admin.accounts.remove_user(BUDI)
    admin.close()
    with pytest.raises(AccountInactive):
        log_in(pc, BUDI, CENTRAL_PW, TEST_KDF)
    assert _state(pc)[0] is False


def test_the_application_does_the_network_part_itself(server, pc):
    # central=False: no request from the database thread; the caller gets the link.
    with pytest.raises(NeedsCentralLogin) as info:
        log_in(pc, BUDI, CENTRAL_PW, TEST_KDF, central=False)
    link = info.value.link
    assert link.server_url == server.url
    answer = enrolment.ask_server(link, BUDI, CENTRAL_PW)
    core = enrolment.first_login(pc, BUDI, CENTRAL_PW, answer, TEST_KDF)
    assert core.session.username == BUDI
    core.close()


def test_check_never_asks_the_server(server, pc):
    # `halotki check` opens the store with record_login=False: it must not write anything.
    with pytest.raises(UnknownUser) as info:
        log_in(pc, BUDI, CENTRAL_PW, TEST_KDF, record_login=False)
    assert not isinstance(info.value, NeedsCentralLogin)
    assert _state(pc) == (False, None)


def test_a_local_only_pc_never_asks_a_server(pc_paths, admin_core):
    with pytest.raises(UnknownUser) as info:
        log_in(admin_core.paths, "siapa.ini", STAFF_PW, TEST_KDF)
    assert not isinstance(info.value, NeedsCentralLogin)
