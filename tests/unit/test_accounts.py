"""Staff accounts (desktop/services/accounts.py): who may log in, with which role."""

from __future__ import annotations

import pytest

from desktop.crypto.keyslots import UnknownUser, WeakPassword, WrongPassword
from desktop.domain.accounts import AccountError, check_username
from desktop.domain.roles import PermissionDenied, Role
from desktop.messages import HaloError
from desktop.services import audit
from desktop.session.login import log_in
from desktop.session.opening import AccountInactive
from tests.conftest import ADMIN, ADMIN_PW, STAFF_PW, TEST_KDF

NEW_PW = "baru-sekali-456"


def _audit(core, action: str) -> list[dict]:
    return [r for r in core.audit.recent() if r["action"] == action]


def _user_changes(core, username: str) -> list[tuple[str, str]]:
    uid = core.accounts.get(username)["id"]
    return core.store.query(
        "SELECT op, fields FROM changes WHERE entity = 'user' AND entity_id = ? ORDER BY seq", (uid,))


@pytest.mark.parametrize("role", [r.value for r in Role])
def test_add_user_with_each_role_can_log_in(admin_core, paths, role):
    admin_core.accounts.add_user("budi.s", "Budi  Santoso", role, STAFF_PW)
    user = admin_core.accounts.get("budi.s")
    assert user["role"] == role and user["active"] == 1
    assert user["full_name"] == "Budi Santoso"
    listed = {u["username"]: u for u in admin_core.accounts.list_users()}
    assert listed["budi.s"]["has_password"] is True
    core = log_in(paths, "budi.s", STAFF_PW, TEST_KDF)
    try:
        assert core.session.role == role
        assert core.session.full_name == "Budi Santoso"
    finally:
        core.close()
    added = _audit(admin_core, audit.USER_ADDED)
    assert [(r["user"], r["target"], r["detail"]) for r in added] == [(ADMIN, "budi.s", role)]


def test_role_is_parsed_leniently_but_unknown_roles_are_refused(admin_core):
    admin_core.accounts.add_user("rina", "Rina", " Supervisor ", STAFF_PW)
    assert admin_core.accounts.get("rina")["role"] == "supervisor"
    with pytest.raises(HaloError) as info:
        admin_core.accounts.add_user("tono", "Tono", "kepala", STAFF_PW)
    assert info.value.code == "unknown_role"
    assert admin_core.accounts.get("tono") is None


@pytest.mark.parametrize("name", ["abc", "budi.s", "a_b-c", "petugas01", "x" * 32, "9lives"])
def test_valid_usernames(name):
    assert check_username(name) == name


def test_usernames_are_normalised():
    assert check_username("  BUDI ") == "budi"


@pytest.mark.parametrize("name", ["", "ab", "x" * 33, "budi santoso", "-budi", ".budi",
                                  "budi@kantor", "budi/../x", "búdi", "bu\tdi"])
def test_invalid_usernames(admin_core, name):
    with pytest.raises(AccountError) as info:
        admin_core.accounts.add_user(name, "Someone", "front_office", STAFF_PW)
    assert info.value.code == "username_invalid"
    assert info.value.field == "username"
    assert not _audit(admin_core, audit.USER_ADDED)


def test_username_must_be_unique(admin_core):
    admin_core.accounts.add_user("budi", "Budi", "front_office", STAFF_PW)
    with pytest.raises(AccountError) as info:
        admin_core.accounts.add_user("BUDI", "Budi Lain", "supervisor", STAFF_PW)
    assert info.value.code == "user_exists"
    assert admin_core.accounts.get("budi")["full_name"] == "Budi"


def test_weak_password_and_missing_name_are_refused(admin_core):
    with pytest.raises(WeakPassword):
        admin_core.accounts.add_user("budi", "Budi", "front_office", "pendek")
    with pytest.raises(HaloError) as info:
        admin_core.accounts.add_user("budi", "   ", "front_office", STAFF_PW)
    assert info.value.field == "full_name"
    assert admin_core.accounts.get("budi") is None
    assert "budi" not in admin_core.keyslots.usernames()


def test_removed_user_cannot_log_in(admin_core, paths):
    admin_core.accounts.add_user("budi", "Budi", "case_officer", STAFF_PW)
    log_in(paths, "budi", STAFF_PW, TEST_KDF).close()
    admin_core.accounts.remove_user("budi")
    with pytest.raises((AccountInactive, UnknownUser)):
        log_in(paths, "budi", STAFF_PW, TEST_KDF)
    assert "budi" not in admin_core.keyslots.usernames()
    assert "budi" not in {u["username"] for u in admin_core.accounts.list_users()}
    inactive = {u["username"]: u for u in admin_core.accounts.list_users(include_inactive=True)}
    assert inactive["budi"]["active"] == 0 and inactive["budi"]["has_password"] is False
    removed = _audit(admin_core, audit.USER_REMOVED)
    assert [(r["user"], r["target"]) for r in removed] == [(ADMIN, "budi")]
    assert [op for op, _ in _user_changes(admin_core, "budi")] == ["insert", "update"]


def test_removed_user_can_be_added_again_keeping_history(admin_core, paths):
    admin_core.accounts.add_user("budi", "Budi", "front_office", STAFF_PW)
    first_id = admin_core.accounts.get("budi")["id"]
    admin_core.accounts.remove_user("budi")
    admin_core.accounts.add_user("budi", "Budi Santoso", "supervisor", NEW_PW)
    user = admin_core.accounts.get("budi")
    assert user["id"] == first_id
    assert (user["role"], user["active"], user["full_name"]) == ("supervisor", 1, "Budi Santoso")
    core = log_in(paths, "budi", NEW_PW, TEST_KDF)
    try:
        assert core.session.role == "supervisor"
    finally:
        core.close()
    with pytest.raises(WrongPassword):
        log_in(paths, "budi", STAFF_PW, TEST_KDF)


def test_cannot_remove_self(admin_core):
    with pytest.raises(AccountError) as info:
        admin_core.accounts.remove_user(ADMIN)
    assert info.value.code == "user_remove_self"
    assert admin_core.accounts.get(ADMIN)["active"] == 1
    assert ADMIN in admin_core.keyslots.usernames()


def test_remove_unknown_user(admin_core):
    with pytest.raises(AccountError) as info:
        admin_core.accounts.remove_user("nobody")
    assert info.value.code == "user_unknown"


def test_last_admin_cannot_be_removed(admin_core, paths):
    admin_core.accounts.add_user("admin2", "Admin Dua", "admin", STAFF_PW)
    second = log_in(paths, "admin2", STAFF_PW, TEST_KDF)
    try:
        # Two administrators: one may remove the other.
        second.accounts.remove_user(ADMIN)
        # admin's stale session tries to remove the only administrator left.
        with pytest.raises(AccountError) as info:
            admin_core.accounts.remove_user("admin2")
        assert info.value.code == "user_last_admin"
        assert second.accounts.get("admin2")["active"] == 1
        assert "admin2" in second.keyslots.usernames()
    finally:
        second.close()
    log_in(paths, "admin2", STAFF_PW, TEST_KDF).close()


def test_admin_can_be_removed_when_another_admin_remains(admin_core, paths):
    admin_core.accounts.add_user("admin2", "Admin Dua", "admin", STAFF_PW)
    admin_core.accounts.add_user("admin3", "Admin Tiga", "admin", STAFF_PW)
    admin_core.accounts.remove_user("admin2")
    assert admin_core.accounts.get("admin2")["active"] == 0


def test_reset_password(admin_core, paths):
    admin_core.accounts.add_user("budi", "Budi", "front_office", STAFF_PW)
    admin_core.accounts.reset_password("budi", NEW_PW)
    with pytest.raises(WrongPassword):
        log_in(paths, "budi", STAFF_PW, TEST_KDF)
    log_in(paths, "budi", NEW_PW, TEST_KDF).close()
    resets = _audit(admin_core, audit.PASSWORD_RESET)
    assert [(r["user"], r["target"]) for r in resets] == [(ADMIN, "budi")]
    assert NEW_PW not in str(admin_core.audit.recent())


def test_reset_password_refusals(admin_core):
    admin_core.accounts.add_user("budi", "Budi", "front_office", STAFF_PW)
    with pytest.raises(WeakPassword):
        admin_core.accounts.reset_password("budi", "short")
    with pytest.raises(AccountError) as info:
        admin_core.accounts.reset_password("nobody", NEW_PW)
    assert info.value.code == "user_unknown"
    assert not _audit(admin_core, audit.PASSWORD_RESET)


def test_change_own_password(officer, paths):
    officer.accounts.change_own_password(STAFF_PW, NEW_PW, NEW_PW)
    with pytest.raises(WrongPassword):
        log_in(paths, "petugas", STAFF_PW, TEST_KDF)
    log_in(paths, "petugas", NEW_PW, TEST_KDF).close()
    changed = _audit(officer, audit.PASSWORD_CHANGED)
    assert [(r["user"], r["target"]) for r in changed] == [("petugas", "petugas")]


def test_change_own_password_refusals(officer, paths):
    with pytest.raises(WrongPassword):
        officer.accounts.change_own_password("not-my-password", NEW_PW)
    with pytest.raises(AccountError) as info:
        officer.accounts.change_own_password(STAFF_PW, NEW_PW, NEW_PW + "x")
    assert info.value.code == "password_mismatch"
    with pytest.raises(WeakPassword):
        officer.accounts.change_own_password(STAFF_PW, "short", "short")
    assert not _audit(officer, audit.PASSWORD_CHANGED)
    log_in(paths, "petugas", STAFF_PW, TEST_KDF).close()


@pytest.mark.parametrize("role", ["front_office", "case_officer", "supervisor"])
def test_non_admin_cannot_manage_accounts(admin_core, login, role):
    admin_core.accounts.add_user("target", "Target", "front_office", STAFF_PW)
    core = login(f"user.{role}", role)
    with pytest.raises(PermissionDenied):
        core.accounts.add_user("sneaky", "Sneaky", "admin", STAFF_PW)
    with pytest.raises(PermissionDenied):
        core.accounts.remove_user("target")
    with pytest.raises(PermissionDenied):
        core.accounts.reset_password("target", NEW_PW)
    with pytest.raises(PermissionDenied):
        core.accounts.reset_password(ADMIN, NEW_PW)
    assert admin_core.accounts.get("sneaky") is None
    assert admin_core.accounts.get("target")["active"] == 1
    assert "sneaky" not in admin_core.keyslots.usernames()
    log_in(admin_core.paths, ADMIN, ADMIN_PW, TEST_KDF).close()
    # Everyone may change their own password.
    core.accounts.change_own_password(STAFF_PW, NEW_PW)


def test_account_changes_go_through_the_outbox(admin_core):
    admin_core.accounts.add_user("budi", "Budi", "front_office", STAFF_PW)
    admin_core.accounts.remove_user("budi")
    admin_core.accounts.add_user("budi", "Budi", "supervisor", STAFF_PW)
    changes = _user_changes(admin_core, "budi")
    assert [op for op, _ in changes] == ["insert", "update", "update"]
    assert '"active":0' in changes[1][1] and '"role"' not in changes[1][1]
    assert '"role":"supervisor"' in changes[2][1] and '"full_name"' not in changes[2][1]
    assert STAFF_PW not in str(admin_core.store.query("SELECT fields FROM changes"))


# -- what a new password must be ------------------------------------------------------------

@pytest.mark.parametrize("password", ["password123", "qwerty123", "12345678", "jakarta123",
                                      "bismillah", "budi.sby2026", "Budi Santoso 1"])
def test_the_commonest_passwords_and_the_name_are_refused(admin_core, password):
    with pytest.raises(AccountError) as info:
        admin_core.accounts.add_user("budi.sby", "Budi Santoso", "front_office", password)
    assert info.value.code == "password_too_common" and info.value.field == "password"
    assert "mudah ditebak" in info.value.text("id") and "easy to guess" in info.value.text("en")
    assert admin_core.accounts.get("budi.sby") is None


def test_a_password_has_an_upper_bound(admin_core):
    with pytest.raises(AccountError) as info:
        admin_core.accounts.add_user("budi", "Budi", "front_office", "kopi-hujan-" * 12)
    assert info.value.code == "password_too_long"
    assert "128" in info.value.text("id") and "128" in info.value.text("en")
    admin_core.accounts.add_user("budi", "Budi", "front_office", "kopi-hujan-" * 11)


def test_resetting_or_changing_to_a_common_password_is_refused(admin_core):
    admin_core.accounts.add_user("budi", "Budi", "front_office", STAFF_PW)
    with pytest.raises(AccountError):
        admin_core.accounts.reset_password("budi", "password1")
    with pytest.raises(AccountError):
        admin_core.accounts.change_own_password(ADMIN_PW, "admin12345")


def test_a_central_accounts_password_is_not_judged_again_on_its_first_login(admin_core, paths):
    """The server judged it when it was set; an older, weaker one must still log in."""
    admin_core.accounts.adopt_central_account("budi.sby", "Budi", "case_officer", "jakarta123",
                                              account_id="central-id-1")
    log_in(paths, "budi.sby", "jakarta123", TEST_KDF).close()
