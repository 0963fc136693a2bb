"""The supervisor's figures and files: a report for a period, its export in four formats,
and the case list with its personal data (supervisors only, audited).

Restricted cases (issue 14 §1.2): the figures count them, since a count carries no personal
data and the office's totals must not change with a restriction; the case list holds them
only for a supervisor (it is built from CaseService's lists), and names them in a
RESTRICTED_VIEWED row when it does."""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

from desktop.domain.reports.figures import compute_report
from desktop.domain.reports.period import MONTH, QUARTER, YEAR, Period
from desktop.domain.reports.tables import Report
from desktop.domain.roles import Perm
from desktop.formatting import format_datetime
from desktop.messages import HaloError, Msg
from desktop.reports import case_list as cl
from desktop.reports.documents_folder import documents_folder
from desktop.reports.files import (
    Cancelled,
    PendingFiles,
    Progress,
    atomic_output,
    check_cancel,
)
from desktop.services import audit
from desktop.services.case_list_rows import (
    count_persons,
    list_order,
    restricted_numbers,
    row_chunks,
)
from desktop.services.cases import CaseFilter, CaseSort
from desktop.services.filter_text import describe_filter, filter_fields

if TYPE_CHECKING:
    from desktop.core import Core

REPORT_FORMATS = ("xlsx", "csv", "pdf", "json")
CASE_LIST_FORMATS = cl.FORMATS
NATIONAL_OFFICE = "PST"
REPORT, CASE_LIST, CASE_FILE = "report", "case_list", "case_file"

MSG_OTHER_OFFICE = Msg(
    "report_other_office",
    "Komputer ini hanya dapat membuat laporan kantornya sendiri ({own}); laporan kantor "
    "lain atau semua kantor dibuat di Kantor Pusat.",
    "This PC can only report on its own office ({own}); reports on another office or on "
    "every office are made at the head office.")
MSG_UNKNOWN_OFFICE = Msg("report_unknown_office", "Kode kantor '{code}' tidak dikenal.",
                         "Unknown office code '{code}'.")
MSG_UNKNOWN_FORMAT = Msg("export_unknown_format",
                         "Format '{fmt}' tidak tersedia; pilih salah satu: {choices}.",
                         "The format '{fmt}' is not available; choose one of: {choices}.")
_NAMES = {REPORT: ("Laporan", "Report"), CASE_LIST: ("Daftar kasus", "Case list"),
          CASE_FILE: ("Berkas kasus", "Case file")}
_UNSAFE_IN_NAME = re.compile(r'[<>:"/\\|?*\x00-\x1f]')


@dataclass(frozen=True)
class CaseListExport:
    path: Path
    cases: int
    persons: int


class _StoreRows:
    """What desktop/domain/reports/figures.py reads through: rows(sql, {name: value})."""

    def __init__(self, store) -> None:
        self.store = store

    def rows(self, sql: str, params: dict) -> list[tuple]:
        return self.store.query(sql, params)


class ReportService:
    def __init__(self, core: Core) -> None:
        self.core = core

    # -- the figures ------------------------------------------------------------------------
    def compute(self, period: Period, office: str | None = None) -> Report:
        """The report for `period`: this PC's office; on the head office's PC every office
        (office None or "") or the one named. Restricted cases are counted like any other:
        figures only, no personal data."""
        core = self.core
        core.require(Perm.REPORT_VIEW)
        code, name = self._office(office)
        # One office's days are its own zone's (as on its PC and in the server's /stats);
        # every office together, the national office's.
        tz = (core.reference.extra("office", code).get("tz") if code else "") or core.office.tz
        return compute_report(_StoreRows(core.store), core.reference, period=period,
                              office_code=code, office_name=name, tz=tz, now=core.now())

    def is_national(self) -> bool:
        """The head office's PC: its copy holds every office's cases."""
        code = self.core.office.code
        return code == NATIONAL_OFFICE or bool(
            self.core.reference.extra("office", code).get("national"))

    def _office(self, office: str | None) -> tuple[str, str]:
        """(office_code, office_name) to count; "" is every office."""
        own = self.core.office
        wanted = own.code if office is None else office.strip().upper()
        if wanted == own.code and not self.is_national():
            return own.code, own.name
        if not self.is_national():
            # The figures come from this PC's copy: it holds its own office only.
            raise HaloError(MSG_OTHER_OFFICE, field="office", own=own.code)
        if office is None or wanted == "":
            return "", ""
        if wanted == own.code:
            return own.code, own.name
        if not self.core.reference.has("office", wanted):
            raise HaloError(MSG_UNKNOWN_OFFICE, field="office", code=wanted)
        return wanted, self.core.reference.label("office", wanted)

    # -- report files -----------------------------------------------------------------------
    def export(self, report: Report, fmt: str, target: Path, lang: str = "id",
               progress: Progress | None = None, cancelled: Cancelled | None = None) -> Path:
        """The report as one file, whole or not at all; recorded in the audit trail (counts
        only: no warning needed)."""
        self.core.require(Perm.REPORT_VIEW)
        fmt = _format(fmt, REPORT_FORMATS)
        target = Path(target)
        # The renderers load on first use: the application starts without XlsxWriter and
        # reportlab's charts.
        if fmt == "json":
            check_cancel(cancelled)
            with atomic_output(target) as temp:
                temp.write_text(report_json(report), "utf-8")
            if progress:
                progress(1, 1)
        elif fmt == "xlsx":
            from desktop.reports.xlsx_report import write_report_xlsx
            write_report_xlsx(report, target, lang, progress=progress, cancelled=cancelled)
        elif fmt == "csv":
            from desktop.reports.csv_report import write_report_csv
            write_report_csv(report, target, lang, progress=progress, cancelled=cancelled)
        else:
            from desktop.reports.pdf_report import Letterhead, write_report_pdf
            office = self.core.office
            write_report_pdf(report, target, lang,
                             letterhead=Letterhead(office.name, office.address, office.phone),
                             progress=progress, cancelled=cancelled)
        self.record_export(report, fmt)
        return target

    def record_export(self, report: Report, fmt: str) -> None:
        """The audit row of a report file (also for JSON written to a pipe)."""
        period = report.period
        self.core.audit.record(audit.REPORT_EXPORTED, target=report.office_code, detail=json.dumps(
            {"period": f"{period.first.isoformat()}..{period.last.isoformat()}",
             "format": fmt}))

    # -- the case list ----------------------------------------------------------------------
    def case_list_preview(self, flt: CaseFilter, search: str = "",
                          sort: CaseSort | None = None) -> tuple[int, int]:
        """(cases, persons) the file would hold, for the warning before it is written."""
        self.core.require(Perm.CASE_LIST_EXPORT)
        seqs = list_order(self.core, search, flt, sort)
        return len(seqs), count_persons(self.core, seqs)

    def export_case_list(self, flt: CaseFilter, search: str, sort: CaseSort | None, fmt: str,
                         target: Path, lang: str = "id", progress: Progress | None = None,
                         cancelled: Cancelled | None = None) -> CaseListExport:
        """The cases the list shows (same filter, search and order) with their personal
        data, as XLSX or CSV. Audited in the same step as the file is completed: no file
        without its audit row."""
        core = self.core
        core.require(Perm.CASE_LIST_EXPORT)
        fmt = _format(fmt, CASE_LIST_FORMATS)
        target = Path(target)
        seqs = list_order(core, search, flt, sort)
        names = core.accounts.names()
        office = core.office
        heading = cl.Heading(
            office.name, describe_filter(flt, search, sort, core.reference, names, lang, office.tz),
            format_datetime(core.now(), office.tz, lang), len(seqs))
        shaper = cl.RowShaper(core.reference, names, lang, office.tz, core.cases.today())
        with atomic_output(target, PendingFiles(core.paths.pending_exports)) as temp:
            cl.write_case_list(fmt, temp, heading, row_chunks(core, seqs), shaper, lang,
                               progress, cancelled)
            persons = shaper.persons
            # The audit trail holds no personal data: a search typed as a name or a
            # passport number is recorded as "a search was applied", not its text.
            searched = bool((search or "").strip())
            fields = filter_fields(flt, "", sort) | ({"search": True} if searched else {})
            detail = json.dumps({
                "filter": describe_filter(flt, "", sort, core.reference, names, "id",
                                          office.tz) + (" · dengan pencarian" if searched else ""),
                "fields": fields,
                "cases": len(seqs), "persons": persons, "format": fmt}, ensure_ascii=False)
            core.audit.record(audit.CASE_LIST_EXPORTED, target=target.name, detail=detail)
            restricted = restricted_numbers(core, seqs)  # only in a supervisor's list
            if restricted:  # still inside: no file without this row either
                with core.write() as tx:
                    core.restriction.note_views(tx, restricted, 0, via=audit.CASE_LIST_EXPORTED)
        return CaseListExport(target, len(seqs), persons)

    # -- file names -------------------------------------------------------------------------
    def default_folder(self) -> Path:
        return documents_folder()

    def suggested_name(self, kind: str, period_or_number: Period | Report | str | date | None,
                       fmt: str, lang: str = "id") -> str:
        """'Laporan SBY 2026-10.xlsx', 'Daftar kasus SBY 2026-10-31.csv',
        'Berkas kasus SBY-2026-A-00012.pdf' (English words with lang="en")."""
        word = _NAMES[kind][1 if lang == "en" else 0]
        office = self.core.office.code
        if kind == REPORT:
            period = period_or_number
            if isinstance(period, Report):
                office = period.office_code or ("All offices" if lang == "en" else "Semua kantor")
                period = period.period
            middle = f"{office} {_period_slug(period)}"
        elif kind == CASE_LIST:
            day = period_or_number if isinstance(period_or_number, date) \
                else self.core.cases.today()
            middle = f"{office} {day.isoformat()}"
        else:
            middle = str(period_or_number or "")
        return _UNSAFE_IN_NAME.sub("-", f"{word} {middle}".strip()) + f".{fmt.lower()}"


def report_json(report: Report) -> str:
    return json.dumps(report.to_json(), ensure_ascii=False, indent=2) + "\n"


def _format(fmt: str, choices: tuple[str, ...]) -> str:
    value = (fmt or "").strip().lower().lstrip(".")
    if value not in choices:
        raise HaloError(MSG_UNKNOWN_FORMAT, field="format", fmt=fmt, choices=", ".join(choices))
    return value


def _period_slug(period: Period) -> str:
    first = period.first
    if period.kind == MONTH:
        return f"{first.year}-{first.month:02d}"
    if period.kind == QUARTER:
        return f"{first.year}-Q{(first.month - 1) // 3 + 1}"
    if period.kind == YEAR:
        return str(first.year)
    return f"{first.isoformat()}_{period.last.isoformat()}"
