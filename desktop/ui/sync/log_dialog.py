"""The sync log: each past run, when, how it ended, what went each way, what went wrong."""

from __future__ import annotations

from desktop.formatting import format_size
from desktop.ui.sync.describe import (
    COLOURS,
    error_code_text,
    number,
    outcome_severity,
    outcome_text,
    when_text,
)
from desktop.ui.sync.table_dialog import TableDialog


class SyncLogDialog(TableDialog):
    def __init__(self, ctx, parent=None) -> None:
        super().__init__(ctx, parent)
        self.setWindowTitle(self.tr("Sync history"))
        self.intro.setText(self.tr(
            "Each synchronisation with the central server, newest first. Times are in the "
            "office's time zone ({tz}).").format(tz=ctx.core.office.tz))

    def columns(self) -> list[str]:
        return [self.tr("When"), self.tr("Result"), self.tr("Sent"), self.tr("Received"),
                self.tr("Data"), self.tr("Problem")]

    def fetch(self, core) -> list[dict]:
        return core.sync.runs()

    def empty_text(self) -> str:
        return self.tr("No synchronisation has run on this computer yet.")

    def cells(self, run: dict) -> list[tuple[str, str, str | None]]:
        lang, tz = self.ctx.lang, self.ctx.core.office.tz
        started = when_text(run["started_at"], tz, lang)
        finished = when_text(run["finished_at"], tz, lang)
        data = "↑ {up} · ↓ {down}".format(up=format_size(run["bytes_up"], lang),
                                         down=format_size(run["bytes_down"], lang))
        problem = error_code_text(run["error"], lang)
        colour = COLOURS[outcome_severity(run["outcome"])]
        requests = self.tr("{n} requests to the server").format(n=number(run["requests"], lang))
        return [
            (finished, self.tr("Started {start}, finished {end}").format(start=started,
                                                                        end=finished), None),
            (outcome_text(run["outcome"]), "", colour),
            (number(run["pushed"], lang), self.tr("Changes sent to the server"), None),
            (number(run["pulled"], lang), self.tr("Changes received from the server"), None),
            (data, requests, None),
            (problem, problem, COLOURS["bad"] if problem else None),
        ]
