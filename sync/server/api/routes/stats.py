"""The supervisor's report as JSON (issue 13 §4), for central's own dashboards: the same
tables as the desktop's report window, for an office (its own) or, from PST, every office."""

from __future__ import annotations

from datetime import date
from typing import Annotated

from fastapi import APIRouter, Query

from desktop.domain.reports.period import Period
from desktop.messages import HaloError, Msg
from sync.server.api.deps import Context, CurrentActor
from sync.server.api.responses import errors
from sync.server.api.schemas import StatsOut
from sync.server.services import case_clock, stats

router = APIRouter(prefix="/api/v1/stats", tags=["stats"])
# The period's fields as this request names them.
_FIELDS = {"period.first": "query.from", "period.last": "query.to"}
# Days a report can count: the UTC bounds of a day at either end of the calendar do not
# exist (year 1, year 9999), and nothing was received outside these years.
EARLIEST, LATEST = date(1900, 1, 1), date(2199, 12, 31)
MSG_DAY_OUT_OF_RANGE = Msg(
    "report_period_out_of_range",
    "Tanggal periode harus di antara tahun 1900 dan 2199.",
    "The period's days must be between the years 1900 and 2199.")


@router.get("", response_model=StatsOut, responses=errors(400, 401, 403, 404, 422, 503))
def get_stats(
    actor: CurrentActor, ctx: Context,
    first: Annotated[date, Query(alias="from", description="first day counted, YYYY-MM-DD")],
    last: Annotated[date, Query(alias="to", description="last day counted (included)")],
    office: Annotated[str, Query(pattern=r"^[A-Z]{2,5}$", description=(
        "an office code; absent: the device's own office, or every office for a device "
        "of the national office (PST). Another office than its own is refused (403) to a "
        "regional device."))] = "",
) -> dict:
    # Checked before any work: a reversed or over-long period (422), another office (403).
    period = _period(first, last)
    stats.office_in_scope(actor, office)
    now = ctx.now()
    case_clock.refresh_if_stale(ctx.db, now)  # new holidays, targets or zones
    with ctx.db.snapshot() as conn:  # every figure as of one moment
        return stats.compute(conn, actor, now, period, office).to_json()


def _period(first: date, last: date) -> Period:
    for day, field in ((first, "query.from"), (last, "query.to")):
        if not EARLIEST <= day <= LATEST:
            raise HaloError(MSG_DAY_OUT_OF_RANGE, field=field)
    try:
        return Period.days(first, last)
    except HaloError as exc:
        raise HaloError(exc.msg, field=_FIELDS.get(exc.field or "", exc.field),
                        **exc.params) from None
