"""Opening the store as one account: the last step of a login, a set-up and an enrolment."""

from __future__ import annotations

import contextlib
import logging

from desktop.core import Core, Session
from desktop.crypto.keyslots import KeySlotFile
from desktop.domain.roles import Role
from desktop.messages import HaloError, Msg
from desktop.paths import DataPaths
from desktop.reports.files import PendingFiles
from desktop.services import audit
from desktop.services.throttle import LoginThrottle
from desktop.store.replica import Replica
from desktop.store.store import Store

log = logging.getLogger(__name__)

MSG_ACCOUNT_INACTIVE = Msg(
    "account_inactive",
    "Akun ini sudah tidak aktif. Hubungi administrator kantor.",
    "This account is no longer active. Ask the office administrator.",
)


class AccountInactive(HaloError):
    exit_code = 2

    def __init__(self) -> None:
        super().__init__(MSG_ACCOUNT_INACTIVE)


def repair_device_url(core: Core) -> None:
    """The key file's copy of the server address is readable (and editable) by anyone who
    can reach the data folder; the encrypted store's is not. Where they differ, the store's
    is put back, so an edited address is undone at the next login here (review finding 5)."""
    link = Replica(core.store).link()
    if link is not None and core.keyslots.restore_device_url(link[0]):
        log.warning("the key file named another central server than the store: put back")
        core.audit.record(audit.KEYFILE_URL_RESTORED)


def open_core(paths: DataPaths, slots: KeySlotFile, db_key: bytes, name: str,
              throttle: LoginThrottle, *, record_login: bool = True) -> Core:
    """The core of account `name`, whose key slot gave `db_key`. An account removed here
    opens nothing. `record_login=False` writes nothing (for `check`)."""
    store = Store.open(paths.database, db_key, backup_dir=paths.backups)
    try:
        row = store.query_one("SELECT full_name, role, active FROM users WHERE username = ?", (name,))
        if row is None or not row[2]:
            throttle.record_failure(name, "account_inactive")
            raise AccountInactive()
        core = Core(store, db_key, slots, paths, Session(name, row[0], Role(row[1])))
        if record_login:
            core.audit.record_failed_logins(throttle.record_success())
            core.audit.record(audit.LOGIN)
            repair_device_url(core)
            # What an export cut off by a crash or a power cut left beside its target.
            with contextlib.suppress(OSError):
                PendingFiles(paths.pending_exports).sweep()
        return core
    except BaseException:
        store.close()
        raise
