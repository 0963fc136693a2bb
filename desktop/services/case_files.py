"""The full case file (berkas kasus) as PDF: gathered from the store, rendered in memory,
saved whole or not at all where the person chose. Every render and every export is audited
with the case number: the file holds everything personal the office knows about the case.
A restricted case's file is made only by a supervisor (CaseService.resolve refuses anyone
else), and each of its renders and exports is also recorded as RESTRICTED_VIEWED.
"""

from __future__ import annotations

from collections import Counter
from pathlib import Path
from typing import TYPE_CHECKING

from desktop.domain import casework
from desktop.domain import status as st
from desktop.domain.models import CaseDetail
from desktop.domain.roles import Perm
from desktop.formatting import format_phone, format_phones, format_size
from desktop.receipt.case_file import (
    AttachmentLine,
    CaseFileData,
    DocumentLine,
    Pair,
    render_case_file,
)
from desktop.receipt.case_file_steps import Words, link_items, partner_items, steps
from desktop.receipt.case_file_text import has
from desktop.reports.files import (
    Cancelled,
    PendingFiles,
    Progress,
    atomic_output,
    check_cancel,
)
from desktop.services import audit
from desktop.services.attachments import TYPES

if TYPE_CHECKING:
    from desktop.core import Core

# (column, how the value is shown); the label is the message "cf.f.<column>".
WORKER_FIELDS = (
    ("name", "text"), ("sex", "sex"), ("birth_date", "date"), ("nik", "text"),
    ("passport", "text"), ("ktkln", "text"), ("phone", "phone"), ("address", "text"),
    ("province", "text"), ("regency", "text"), ("destination_country", "ref:country"),
    ("destination_city", "text"), ("job", "ref:job"), ("employer_name", "text"),
    ("employer_address", "text"), ("employer_phone", "phone"), ("first_employer", "text"),
    ("pptkis", "text"), ("departure_date", "date"), ("work_agreement", "text"),
)
COMPLAINANT_FIELDS = (
    ("name", "text"), ("relation", "ref:relation"), ("nik", "text"), ("phones", "phones"),
    ("email", "text"), ("address", "text"), ("preferred_contact", "ref:channel"),
)
STEPS_PROGRESS = 4  # gather, lay out, write, done


class CaseFileService:
    def __init__(self, core: Core) -> None:
        self.core = core

    # -- gathering ---------------------------------------------------------------------------
    def data(self, case_key: str | int, lang: str = "id") -> CaseFileData:
        """Everything the case file prints, in `lang`; raises CaseNotFound for an unknown
        case number, CaseRestricted for a restricted one and anyone but a supervisor."""
        return self._gather(case_key, lang)[0]

    def _gather(self, case_key: str | int, lang: str) -> tuple[CaseFileData, dict]:
        """The file's data and the case row it came from (what its audit needs)."""
        core = self.core
        core.require(Perm.EXPORT)
        lang = "en" if lang == "en" else "id"
        detail = core.cases.get(case_key)
        case_id = detail.case["id"]
        names = core.accounts.names()
        w = Words(core.reference, core.office.tz, lang, names)
        referrals = core.referrals.of_case(case_id)
        summons = core.referrals.summons_of_case(case_id)
        office = core.office
        return CaseFileData(
            case_number=detail.case_number,
            office_name=office.name, office_address=office.address,
            office_phone=format_phone(office.phone),
            status=self._status(detail, w), received=w.when(detail.case["received_at"]),
            printed_at=w.when(core.now().isoformat()),
            printed_by=w.person(core.session.username),
            worker=field_pairs(detail.worker, WORKER_FIELDS, w),
            complainant=field_pairs(detail.complainant, COMPLAINANT_FIELDS, w),
            complaint=self._complaint(detail, w),
            description=detail.case.get("description", ""),
            documents=self._documents(detail, w),
            partners=partner_items(referrals, summons, w),
            steps=steps(detail.events, w, {r["id"]: r for r in referrals},
                        {s["id"]: s for s in summons}),
            attachments=self._attachments(detail, w),
            history=self._history(case_id, w),
            history_note=w.t("cf.hist.none"),
            links=link_items(core.links.of_case(case_id), w),
            urgent=casework.is_urgent(detail.case, core.reference),
            lang=lang,
        ), detail.case

    def _status(self, detail: CaseDetail, w: Words) -> str:
        case = detail.case
        text = w.label("status", case["status"])
        if case.get("outcome"):
            text += f" ({w.label('outcome', case['outcome'])})"
        return text

    def _complaint(self, detail: CaseDetail, w: Words) -> tuple[Pair, ...]:
        case, ref = detail.case, self.core.reference
        if case.get("urgent") == "1":
            urgent = w.t("cf.yes_flagged", reason=case.get("urgent_reason") or "-")
        elif casework.is_urgent(case, ref):
            urgent = w.t("cf.yes_category")
        else:
            urgent = w.t("cf.no")
        recorded = w.t("cf.f.recorded_value", when=w.when(case["created_at"]),
                       who=w.person(case["created_by"]))
        pairs = [
            ("cf.f.received", w.when(case["received_at"])),
            ("cf.f.recorded", recorded),
            ("cf.f.category", w.label("category", case["category"])),
            ("cf.f.channel", w.label("channel", case["channel"])),
            ("cf.f.complainant_type", w.label("complainant_type",
                                              case.get("complainant_type", ""))),
            ("cf.f.status", w.label("status", case["status"])),
            ("cf.f.urgent", urgent),
            ("cf.f.officer", w.person(case["officer"]) if case.get("officer")
             else w.t("cf.unassigned")),
            ("cf.f.deadline", self._clock(detail, w)),
            ("cf.f.next_contact", w.day(case.get("next_contact_due", ""))
             if case["status"] not in st.CLOSED else ""),
        ]
        if case.get("outcome"):
            pairs.append(("cf.f.outcome", w.label("outcome", case["outcome"])))
        if case.get("duplicate_of"):
            pairs.append(("cf.f.duplicate_of", case["duplicate_of"]))
        if case.get("proposed_status"):
            pairs.append(("cf.f.proposal", w.t(
                "cf.proposal", status=w.label("status", case["proposed_status"]),
                outcome=w.label("outcome", case.get("proposed_outcome", "")) or "-",
                who=w.person(case.get("proposed_by", "")))))
        return tuple(Pair(w.t(code), value) for code, value in pairs)

    def _clock(self, detail: CaseDetail, w: Words) -> str:
        """The deadline clock as on the case's header: day N of M, paused, past."""
        clock = detail.deadline
        if clock is None:
            return ""
        if clock.stopped:
            return w.t("cf.clock_stopped", day=clock.day, target=clock.target)
        parts = [w.t("cf.clock", day=clock.day, target=clock.target,
                     due=w.day(clock.due.isoformat()))]
        if clock.past:
            parts.append(w.t("cf.clock_past", days=clock.day - clock.target))
        if clock.paused:
            parts.append(w.t("cf.clock_paused_now"))
        elif clock.paused_days:
            parts.append(w.t("cf.clock_paused", days=clock.paused_days))
        if clock.verify_due is not None:
            parts.append(w.t("cf.verify", due=w.day(clock.verify_due.isoformat())))
        return "; ".join(parts)

    def _documents(self, detail: CaseDetail, w: Words) -> tuple[DocumentLine, ...]:
        scans: dict[str, list[str]] = {}
        for a in detail.attachments:
            if a.doc_type:
                scans.setdefault(a.doc_type, []).append(a.filename)
        out = []
        for d in detail.documents:
            state = d["state"]
            out.append(DocumentLine(
                name=w.label("document_type", d["doc_type"]),
                state=w.t(f"cf.doc.{state}") if has(f"cf.doc.{state}") else state,
                note=d.get("note", ""), scans=", ".join(scans.get(d["doc_type"], [])),
                missing=state == "tidak_ada"))
        return tuple(out)

    def _attachments(self, detail: CaseDetail, w: Words) -> tuple[AttachmentLine, ...]:
        out = []
        for a in sorted(detail.attachments, key=lambda a: a.created_at):  # oldest first
            name = a.filename if a.local else f"{a.filename} {w.t('cf.att.not_here')}"
            added = f"{w.when(a.created_at)}, {w.person(a.created_by)}"
            out.append(AttachmentLine(
                name=name, kind=TYPES.get(a.mime, (a.mime,))[0],
                size=format_size(a.size, w.lang), added=added,
                item=w.label("document_type", a.doc_type)))
        return tuple(out)

    def _history(self, case_id: str, w: Words) -> tuple[Pair, ...]:
        """How many corrections, by whom, first and last, and which fields."""
        changes = self.core.history.of_case(case_id)
        if not changes:
            return ()
        by = Counter(w.person(c.user) for c in changes)
        fields = Counter(_field_label(c.entity, c.field, w) for c in changes)
        return (
            Pair(w.t("cf.hist.count"), str(len(changes))),
            Pair(w.t("cf.hist.by"), ", ".join(w.t("cf.hist.times", name=name, n=n)
                                              for name, n in by.most_common())),
            Pair(w.t("cf.hist.first"), w.when(changes[0].at)),
            Pair(w.t("cf.hist.last"), w.when(changes[-1].at)),
            Pair(w.t("cf.hist.fields"), ", ".join(
                label if n == 1 else w.t("cf.hist.times", name=label, n=n)
                for label, n in fields.most_common())),
        )

    # -- rendering and saving ------------------------------------------------------------------
    def render(self, case_key: str | int, lang: str = "id") -> bytes:
        """PDF bytes in memory, for the preview or the printer; audited as printed."""
        data, case = self._gather(case_key, lang)
        pdf = render_case_file(data)
        self._audit(audit.CASE_FILE_PRINTED, case)
        return pdf

    def _audit(self, action: str, case: dict) -> None:
        self.core.restriction.record_read(action, case)

    def export(self, case_key: str | int, target: Path, lang: str = "id",
               progress: Progress | None = None, cancelled: Cancelled | None = None) -> Path:
        """Save the case file at `target`, whole or not at all (a cancel or a failure
        leaves no file); audited as exported."""
        def step(done: int) -> None:
            check_cancel(cancelled)
            if progress is not None:
                progress(done, STEPS_PROGRESS)

        step(0)
        data, case = self._gather(case_key, lang)
        step(1)
        pdf = render_case_file(data)
        step(2)
        target = Path(target)
        with atomic_output(target, PendingFiles(self.core.paths.pending_exports)) as temp:
            temp.write_bytes(pdf)
            step(3)
            # Inside: a file of personal data never exists without its audit row (a failed
            # record removes the file).
            self._audit(audit.CASE_FILE_EXPORTED, case)
        if progress is not None:
            progress(STEPS_PROGRESS, STEPS_PROGRESS)
        return target


def field_pairs(row: dict, fields, w: Words) -> tuple[Pair, ...]:
    """A row's fields as printed pairs (label, value in words): the case file's, and the
    subject-access printout's."""
    return tuple(Pair(w.t(f"cf.f.{column}"), _value(row.get(column, ""), kind, w))
                 for column, kind in fields)


def _value(value: str, kind: str, w: Words) -> str:
    if not value:
        return ""
    if kind.startswith("ref:"):
        return w.label(kind[4:], value)
    if kind == "date":
        return w.day(value)
    if kind == "sex":
        return w.t(f"cf.sex.{value}") if has(f"cf.sex.{value}") else value
    if kind == "phone":
        return format_phone(value)
    if kind == "phones":
        return format_phones(value)
    return value


def _field_label(entity: str, column: str, w: Words) -> str:
    label = w.t(f"cf.f.{column}") if has(f"cf.f.{column}") else column
    if entity == "worker":
        return w.t("cf.hist.worker", field=label)
    if entity == "complainant":
        return w.t("cf.hist.complainant", field=label)
    return label
