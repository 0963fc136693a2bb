"""The supervisor's report on the server (issue 13 §4): the very figures of the desktop's
report window (desktop/domain/reports/figures.py), over the server's tables.

Scope: a regional device counts its own office only; a national (PST) device counts every
office, or the one it names.
"""

from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy import Connection, select, text

from desktop.domain.reports.figures import compute_report
from desktop.domain.reports.period import Period
from desktop.domain.reports.tables import Report
from desktop.messages import Msg
from sync.server.db.tables import offices
from sync.server.errors import MSG_OFFICE_UNKNOWN, Forbidden, NotFound
from sync.server.services import reference
from sync.server.services.actor import Actor

MSG_OTHER_OFFICE = Msg(
    "stats_other_office",
    "Perangkat ini hanya dapat melihat angka kantornya sendiri.",
    "This device can see only its own office's figures.")


class SqlRows:
    """compute_report's `db`: portable SQL with :named parameters on a SQLAlchemy
    connection (SQLite or PostgreSQL)."""

    def __init__(self, conn: Connection) -> None:
        self.conn = conn

    def rows(self, sql: str, params: dict[str, Any]) -> list[tuple]:
        return [tuple(r) for r in self.conn.execute(text(sql), params)]


def office_in_scope(actor: Actor, office: str) -> str:
    """The office to count ('' = every office): a regional device's own whatever it asks
    for but another office (refused); a national device's choice."""
    if actor.national:
        return office
    if office and office != actor.office_code:
        raise Forbidden(MSG_OTHER_OFFICE, field="office")
    return actor.office_code


def compute(conn: Connection, actor: Actor, now: datetime, period: Period, office: str) -> Report:
    """The report of `office` ('' = every office, national devices only) for `period`."""
    code = office_in_scope(actor, office)
    row = conn.execute(select(offices.c.code, offices.c.name, offices.c.tz).where(
        offices.c.code == (code or actor.office_code))).first()
    if row is None:
        raise NotFound(MSG_OFFICE_UNKNOWN, field="office")
    # One office's days are its own zone's (as its PC counts them); every office's, the
    # national office's (as the PST PC counts them), unnamed like the PST PC's report.
    return compute_report(SqlRows(conn), reference.load(conn), period=period, office_code=code,
                          office_name=row.name if code else "", tz=row.tz, now=now)
