"""Building a sync run for a PC from what its encrypted store knows (the central link).

Shared by `halotki sync` and the desktop's background sync, so both run the same engine
the same way and both write the sync log.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from datetime import datetime

from desktop.domain.reference import Reference
from desktop.store.replica import Replica
from desktop.sync.api import CentralClient
from desktop.sync.engine import Progress, SyncEngine, SyncReport, utc_now
from desktop.sync.errors import MSG_SYNC_FAILED
from desktop.sync.transport import SyncTransport
from sync.credentials import parse_token

log = logging.getLogger(__name__)


def is_national(reference: Reference, office_code: str) -> bool:
    return bool(reference.extra("office", office_code).get("national"))


def make_engine(store, *, office_code: str, national: bool, user: str,
                progress: Progress | None = None, now: Callable[[], datetime] = utc_now,
                client: CentralClient | None = None) -> SyncEngine | None:
    """The engine for this store, or None when the PC was never enrolled centrally."""
    replica = Replica(store)
    link = replica.link()
    if link is None:
        return None
    url, token = link
    credential = parse_token(token)
    if credential is None:
        return None
    client = client or CentralClient(url, credential, user=user)
    return SyncEngine(replica, SyncTransport(client), office_code=office_code, national=national,
                      user=user, now=now, progress=progress)


def run_and_log(engine: SyncEngine) -> SyncReport:
    """One run, written to the sync log. A run that raises (the engine turns every failure
    it expects into an outcome, so this is a bug) is written as failed, then re-raised."""
    started = utc_now()
    try:
        report = engine.run()
    except Exception:
        _log_failed_run(engine.replica, started)
        raise
    error = report.error.code if report.error is not None else ""
    engine.replica.record_run(report.started_at, report.finished_at or report.started_at,
                              report.outcome, report.pushed, report.pulled, report.requests,
                              report.bytes_up, report.bytes_down, error)
    return report


def _log_failed_run(replica: Replica, started: datetime) -> None:
    try:
        replica.record_run(started, utc_now(), "error", 0, 0, 0, 0, 0, MSG_SYNC_FAILED.code)
    except Exception as exc:  # the store may be what failed; the run's own error matters
        log.warning("a failed sync run could not be written to the sync log: %s",
                    type(exc).__name__)
