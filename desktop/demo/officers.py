"""Who handles the demo office's cases, and replaying a step as the colleague who did it.

Demo data does not create accounts: an account is the administrator's to make, with a
password of its own, and demo-data runs as a supervisor. The cases go to the accounts the
office already has that may handle cases (case officers, and supervisors, the one running
the generator included); an office with no case officer yet sees every case handled by
that supervisor (`halotki user add NAME --role case_officer` first for a livelier office).

In the story the demo tells, officers propose closures and a supervisor approves them.
Replaying that through the services needs each step done by its person, so the session is
switched to that colleague for the one call (`Cast.acting`), and the services then check
the colleague's own rights. Only to an account whose rights are all rights of the person
running the generator: the demo never does anything that person could not.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

from desktop.demo.plan import Officer
from desktop.domain.roles import PERMISSIONS, Perm, PermissionDenied, Role, can


def roster(core) -> tuple[Officer, ...]:
    """The accounts that may handle the office's cases, in a stable order."""
    return tuple(sorted((Officer(o.username, str(o.role)) for o in core.handling.officers()),
                        key=lambda o: o.username))


def clerks(core) -> tuple[str, ...]:
    """The front-office accounts that record complaints, in a stable order."""
    return tuple(sorted(u["username"] for u in core.accounts.list_users()
                        if u["role"] == Role.FRONT_OFFICE))


def may_act_as(caller_role: Role | str, role: Role | str) -> bool:
    """Whether someone of `caller_role` may replay steps as someone of `role`."""
    return PERMISSIONS.get(Role(role), frozenset()) <= PERMISSIONS.get(Role(caller_role),
                                                                       frozenset())


def require_role(role: Role | str, perm: Perm) -> None:
    """The services' permission check for a step replayed without them (the bulk writer)."""
    if not can(role, perm):
        raise PermissionDenied(Role(role))


class Cast:
    """The people of the demo: the caller's session and the colleagues it may act as."""

    def __init__(self, core) -> None:
        self.caller = core.session
        self._sessions: dict[str, Any] = {self.caller.username: self.caller}
        for row in core.accounts.list_users():
            role = Role(row["role"])
            if row["username"] not in self._sessions and may_act_as(self.caller.role, role):
                # The core's Session, as the login made it for that person.
                self._sessions[row["username"]] = dataclasses.replace(
                    self.caller, username=row["username"], full_name=row["full_name"],
                    role=role)

    def session(self, username: str):
        """The session of whoever does a step ('' = the caller); refused for anyone the
        caller may not act as."""
        if not username:
            return self.caller
        found = self._sessions.get(username)
        if found is None:
            raise PermissionDenied(self.caller.role)
        return found

    @contextmanager
    def acting(self, core, username: str) -> Iterator[None]:
        """The services see `username` as the logged-in person for the calls inside; the
        caller's session is always put back."""
        session = self.session(username)
        if session is self.caller:
            yield
            return
        core.session = session
        try:
            yield
        finally:
            core.session = self.caller
