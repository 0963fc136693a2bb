"""Building a sync run for a PC from what its encrypted store knows (the central link).

Shared by `halotki sync` and the desktop's background sync, so both run the same engine
the same way and both write the sync log.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime

from desktop.domain.reference import Reference
from desktop.store.replica import Replica
from desktop.sync.api import CentralClient
from desktop.sync.engine import Progress, SyncEngine, SyncReport, utc_now
from desktop.sync.transport import SyncTransport
from sync.credentials import parse_token


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
    report = engine.run()
    error = report.error.code if report.error is not None else ""
    engine.replica.record_run(report.started_at, report.finished_at or report.started_at,
                              report.outcome, report.pushed, report.pulled, report.requests,
                              report.bytes_up, report.bytes_down, error)
    return report
