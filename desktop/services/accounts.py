"""Staff accounts on this PC: each account is a row (role, name) plus its own key slot."""

from __future__ import annotations

import uuid
from typing import TYPE_CHECKING

from desktop.domain import validation as v
from desktop.domain.accounts import (
    AccountError,
    check_new_password,
    check_password_length,
    check_username,
    normalize_username,
)
from desktop.domain.roles import Perm, Role, parse_role
from desktop.messages import Msg
from desktop.services import audit

if TYPE_CHECKING:
    from desktop.core import Core

MSG_USER_EXISTS = Msg("user_exists", "Nama pengguna ini sudah dipakai.", "This username is taken.")
MSG_USER_UNKNOWN = Msg("user_unknown", "Akun tidak ditemukan.", "Account not found.")
MSG_REMOVE_SELF = Msg(
    "user_remove_self",
    "Anda tidak dapat menghapus akun Anda sendiri.",
    "You cannot remove your own account.",
)
MSG_LAST_ADMIN = Msg(
    "user_last_admin",
    "Akun ini adalah administrator terakhir dan tidak dapat dihapus.",
    "This is the last administrator account and cannot be removed.",
)


class AccountService:
    def __init__(self, core: Core) -> None:
        self.core = core
        self.store = core.store

    def list_users(self, include_inactive: bool = False) -> list[dict]:
        sql = "SELECT username, full_name, role, active, created_at FROM users"
        if not include_inactive:
            sql += " WHERE active = 1"
        users = self.store.query_dicts(sql + " ORDER BY username")
        slots = set(self.core.keyslots.usernames())
        for u in users:
            u["has_password"] = u["username"] in slots
        return users

    def names(self) -> dict[str, str]:
        """username -> full name of every account known here, removed ones too (a timeline
        still names whoever did a step); cheap enough for every case load."""
        return dict(self.store.query("SELECT username, full_name FROM users"))

    def get(self, username: str) -> dict | None:
        rows = self.store.query_dicts(
            "SELECT id, username, full_name, role, active FROM users WHERE username = ?",
            (normalize_username(username),),
        )
        return rows[0] if rows else None

    def add_user(self, username: str, full_name: str, role: str | Role, password: str) -> None:
        core = self.core
        core.require(Perm.ACCOUNTS_MANAGE)
        name = check_username(username)
        full = v.normalize_name(full_name, "full_name", required=True)
        role = parse_role(str(role))
        check_new_password(password, user_inputs=(name, full))
        existing = self.get(name)
        if existing and existing["active"]:
            raise AccountError(MSG_USER_EXISTS, field="username")
        with core.write() as tx:
            if existing:  # re-activating a removed account keeps its history
                tx.update("user", existing["id"], {"full_name": full, "role": role.value,
                                                   "active": 1, "updated_at": tx.now})
            else:
                tx.insert("user", {"id": str(uuid.uuid4()), "username": name, "full_name": full,
                                   "role": role.value, "active": 1, "created_at": tx.now,
                                   "updated_at": tx.now})
            core.audit.add(tx, audit.USER_ADDED, target=name, detail=role.value)
            # Last, so a failure to write the slot rolls the account back.
            core.keyslots.add_slot(name, password, core.db_key)

    def adopt_central_account(self, username: str, full_name: str, role: str | Role,
                              password: str, account_id: str) -> None:
        """A central account's first login on this PC (session/enrolment.py): the central
        server has just checked the password, so no local administrator is asked.

        The row is committed before the key slot is written. A crash in between leaves an
        account without a slot, which the next first login completes; the other order would
        leave a slot without a row, which refuses every login of that account.
        """
        core = self.core
        name = check_username(username)
        full = v.normalize_name(full_name, "full_name", required=True)
        role = parse_role(str(role))
        check_password_length(password)  # the server judged it when it was set
        existing = self.get(name)
        if existing and not existing["active"]:
            raise AccountError(MSG_USER_UNKNOWN, field="username")
        with core.write() as tx:
            if existing:  # an earlier first login stopped before its slot was written
                tx.update("user", existing["id"], {"full_name": full, "role": role.value,
                                                   "updated_at": tx.now})
            else:  # the central account's id, so both sides name the same account
                tx.insert("user", {"id": account_id, "username": name, "full_name": full,
                                   "role": role.value, "active": 1, "created_at": tx.now,
                                   "updated_at": tx.now})
            core.audit.add(tx, audit.USER_ADDED, target=name, detail=f"{role.value} central")
        core.keyslots.add_slot(name, password, core.db_key)

    def remove_user(self, username: str) -> list[str]:
        """Deactivate the account; returns the numbers of its open cases, now unassigned
        (the supervisor assigns them again)."""
        core = self.core
        core.require(Perm.ACCOUNTS_MANAGE)
        user = self._existing(username)
        if user["username"] == core.session.username:
            raise AccountError(MSG_REMOVE_SELF, field="username")
        if user["role"] == Role.ADMIN and self._active_admins() <= 1:
            raise AccountError(MSG_LAST_ADMIN, field="username")
        # The slot goes first: once it is gone nobody can log in as this account, whatever
        # happens to the rest of this operation.
        if core.keyslots.has_user(user["username"]):
            core.keyslots.remove_slot(user["username"])
        with core.write() as tx:
            tx.update("user", user["id"], {"active": 0, "updated_at": tx.now})
            # Its open cases are nobody's now: the supervisor sees them as unassigned.
            released = core.handling.unassign_all_of(tx, user["username"])
            core.audit.add(tx, audit.USER_REMOVED, target=user["username"],
                           detail=f"{len(released)} open cases unassigned" if released else "")
        return released

    def reset_password(self, username: str, new_password: str) -> None:
        core = self.core
        core.require(Perm.ACCOUNTS_MANAGE)
        user = self._existing(username)
        check_new_password(new_password, user_inputs=(user["username"], user["full_name"]))
        core.keyslots.add_slot(user["username"], new_password, core.db_key)
        core.audit.record(audit.PASSWORD_RESET, target=user["username"])

    def change_own_password(self, old_password: str, new_password: str,
                            confirm: str | None = None) -> None:
        core = self.core
        session = core.session
        check_new_password(new_password, confirm,
                           user_inputs=(session.username, session.full_name))
        core.keyslots.change_password(core.session.username, old_password, new_password)
        core.audit.record(audit.PASSWORD_CHANGED, target=core.session.username)

    def _existing(self, username: str) -> dict:
        user = self.get(username)
        if not user or not user["active"]:
            raise AccountError(MSG_USER_UNKNOWN, field="username")
        return user

    def _active_admins(self) -> int:
        return self.store.query_one(
            "SELECT count(*) FROM users WHERE role = 'admin' AND active = 1")[0]
