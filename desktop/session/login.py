"""Logging in: the store unlocked with a staff member's password, as a Core.

On a PC enrolled with the central server a name without a key slot here may be a central
account logging in for the first time; `log_in` then asks the server (enrolment.py)."""

from __future__ import annotations

from desktop.core import Core
from desktop.crypto.keyslots import (
    DEFAULT_KDF,
    DeviceLink,
    EmptyPassword,
    KdfParams,
    KeySlotFile,
    UnknownUser,
    WrongPassword,
    normalize_username,
)
from desktop.paths import DataPaths
from desktop.services.throttle import LoginThrottle
from desktop.session import enrolment
from desktop.session.opening import open_core
from desktop.session.setup import SetupState, setup_state
from desktop.store.errors import StoreNotInitialized


class NeedsCentralLogin(UnknownUser):
    """No key slot for this name on a PC enrolled with the central server: the account may
    be a central one logging in here for the first time (session/enrolment.py)."""

    def __init__(self, link: DeviceLink) -> None:
        super().__init__("username")
        self.link = link


def log_in(paths: DataPaths, username: str, password: str, kdf: KdfParams = DEFAULT_KDF,
           throttle: LoginThrottle | None = None, record_login: bool = True,
           central: bool = True) -> Core:
    """Open the store as this user. `record_login=False` writes nothing (for `check`, which
    must not change a store it is examining); failed attempts are then audited later.

    On an enrolled PC a name without a key slot here may be a central account's first login:
    with `central` that is tried against the server, ON THE CALLING THREAD (the command
    line). The application passes central=False, gets NeedsCentralLogin and does the network
    part on its network pool."""
    if setup_state(paths) is SetupState.NEW:
        raise StoreNotInitialized()
    throttle = throttle or LoginThrottle(paths.login_state)
    throttle.check()
    name = normalize_username(username)
    slots = KeySlotFile(paths.keyslots, kdf)
    try:
        key = slots.unlock(name, password)
    except UnknownUser as exc:
        link = slots.device() if record_login else None  # a first login writes: not in `check`
        if link is None:
            # An unknown name is not kept: it may be a password typed into the wrong field.
            throttle.record_failure("?", exc.code)
            raise
        if not central:
            raise NeedsCentralLogin(link) from None
        answer = enrolment.ask_server(link, name, password, throttle)
        return enrolment.first_login(paths, name, password, answer, kdf, throttle)
    except WrongPassword as exc:
        throttle.record_failure(name, exc.code)
        raise
    except EmptyPassword:
        raise
    return open_core(paths, slots, key, name, throttle, record_login=record_login)
