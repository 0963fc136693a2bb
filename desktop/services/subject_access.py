"""Subject access (UU PDP 27/2022): everything this PC holds about one person, found by NIK,
passport number, phone number, or name with date of birth, and handed to them as a PDF or as
JSON.

What counts as "the person":
- a case where they are the worker: workers.nik / passport / phone, or name + birth date;
- a case where they are the complainant: complainants.nik / phones (a stored list), or name
  + birth date, the birth date read from the complainant's NIK (the table has no birth date
  of its own: a name alone would hand one person another's data);
- an information request: its phone is the one asked for, or it is one of the phones of the
  person's cases found above and its name is one of theirs (inquiries hold no NIK or birth
  date, so a request under the same name and another number is someone else's).

Every search and every export is audited with the kind of identifier and the counts, never
the identifier itself: the audit trail syncs to the server and is read by other staff.

Restricted records (issue 14 §1.2) are found only by a supervisor, whose search then also
records a RESTRICTED_VIEWED row. An administrator (who has subject access but is no
supervisor) finds none of them, nor the information requests that only a restricted case's
phone numbers would lead to: a request from a person with restricted data goes to the
supervisor.
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from dataclasses import asdict, dataclass, field
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

from desktop.domain import subject_access as sa
from desktop.domain.models import Attachment
from desktop.domain.roles import Perm
from desktop.domain.subject_access import (
    COMPLAINANT,
    WORKER,
    PersonQuery,
    nik_birth_digits,
    same_name,
)
from desktop.formatting import format_phone, format_size
from desktop.messages import HaloError, Msg
from desktop.receipt.case_file import AttachmentLine, DocumentLine, Pair
from desktop.receipt.case_file_steps import Words, steps
from desktop.receipt.case_file_text import has
from desktop.receipt.subject_access_pdf import (
    CaseBlock,
    InquiryBlock,
    SubjectAccessData,
    render_subject_access,
)
from desktop.receipt.subject_access_pdf import t as sa_t
from desktop.reports.files import PendingFiles, atomic_output
from desktop.services import audit
from desktop.services.attachments import TYPES
from desktop.services.case_files import COMPLAINANT_FIELDS, WORKER_FIELDS, field_pairs

if TYPE_CHECKING:
    from desktop.core import Core

FORMATS = ("pdf", "json")

MSG_FORMAT = Msg("subject_access_format", "Format tidak dikenal: pilih pdf atau json.",
                 "Unknown format: choose pdf or json.")

@dataclass(frozen=True)
class CaseHeld:
    """One case holding the person's data, as stored: `roles` says as whom."""

    roles: tuple[str, ...]
    case: dict
    worker: dict
    complainant: dict
    events: list[dict] = field(default_factory=list)  # oldest first, `data` parsed
    documents: list[dict] = field(default_factory=list)
    attachments: list[Attachment] = field(default_factory=list)  # metadata only


@dataclass(frozen=True)
class PersonRecord:
    query: PersonQuery
    cases: tuple[CaseHeld, ...]
    inquiries: tuple[dict, ...]
    searched_at: str  # ISO instant
    searched_by: str  # username

    def counts(self, **extra: str) -> str:
        """The audit's detail: which kinds of identifier, and numbers; never the identifier."""
        return sa.audit_detail(self.query, len(self.cases), len(self.inquiries),
                               sum(len(c.attachments) for c in self.cases), **extra)


class SubjectAccessService:
    def __init__(self, core: Core) -> None:
        self.core = core
        self.store = core.store

    # -- finding ---------------------------------------------------------------------------
    def find(self, nik: str = "", passport: str = "", phone: str = "", name: str = "",
             birth_date: str | date = "") -> PersonRecord:
        """Everything held about the person the identifiers name (any given ones: a record
        matching one of them counts); audited with the kinds and counts."""
        self.core.require(Perm.SUBJECT_ACCESS)
        query = self._query(nik, passport, phone, name, birth_date)
        roles: dict[str, list[str]] = {}
        for role, case_ids in ((WORKER, self._worker_cases(query)),
                               (COMPLAINANT, self._complainant_cases(query))):
            for case_id in case_ids:
                roles.setdefault(case_id, []).append(role)
        sees = self.core.cases.sees_restricted()
        cases = sorted((c for c in (self._case(cid, tuple(r)) for cid, r in roles.items())
                        if sees or not c.case["restricted_at"]),
                       key=lambda c: (c.case["received_at"], c.case["case_number"]))
        inquiries = [r for r in self._inquiries(query, cases) if sees or not r["restricted_at"]]
        record = PersonRecord(query, tuple(cases), tuple(inquiries),
                              self.core.now().isoformat(), self.core.session.username)
        self._audit(record, audit.SUBJECT_ACCESS_SEARCHED, record.counts(), "subject_access")
        return record

    def _audit(self, record: PersonRecord, action: str, detail: str, via: str) -> None:
        """The search's or the export's row, and in the same transaction a supervisor's
        view of the restricted records among them."""
        with self.core.write() as tx:
            self.core.audit.add(tx, action, detail=detail)
            self.core.restriction.note_views(
                tx, [c.case["case_number"] for c in record.cases if c.case["restricted_at"]],
                sum(bool(r["restricted_at"]) for r in record.inquiries),
                via=via)

    def _query(self, nik: str, passport: str, phone: str, name: str,
               birth_date: str | date) -> PersonQuery:
        return sa.parse_query(nik, passport, phone, name, birth_date)

    def _worker_cases(self, q: PersonQuery) -> set[str]:
        found: set[str] = set()
        for column in ("nik", "passport", "phone"):
            if getattr(q, column):
                found |= self._ids(f"SELECT case_id FROM workers WHERE {column} = ?",
                                   (getattr(q, column),))
        if q.name:
            rows = self.store.query("SELECT case_id, name FROM workers WHERE birth_date = ?",
                                    (q.birth_date,))
            found |= {cid for cid, name in rows if same_name(name, q.name)}
        return found

    def _complainant_cases(self, q: PersonQuery) -> set[str]:
        found: set[str] = set()
        if q.nik:
            found |= self._ids("SELECT case_id FROM complainants WHERE nik = ?", (q.nik,))
        if q.phone:
            found |= self._ids(
                "SELECT case_id FROM complainants WHERE ',' || replace(phones, ' ', '') || ','"
                " LIKE '%,' || ? || ',%'", (q.phone,))
        if q.name:
            rows = self.store.query(
                "SELECT case_id, name FROM complainants WHERE substr(nik, 7, 6) IN (?, ?)",
                nik_birth_digits(date.fromisoformat(q.birth_date)))
            found |= {cid for cid, name in rows if same_name(name, q.name)}
        return found

    def _ids(self, sql: str, params: tuple) -> set[str]:
        return {row[0] for row in self.store.query(sql, params)}

    def _case(self, case_id: str, roles: tuple[str, ...]) -> CaseHeld:
        one = self.store.query_dicts
        worker = one("SELECT * FROM workers WHERE case_id = ?", (case_id,))
        complainant = one("SELECT * FROM complainants WHERE case_id = ?", (case_id,))
        events = one("SELECT * FROM events WHERE case_id = ? ORDER BY occurred_at, recorded_at",
                     (case_id,))
        for event in events:
            event["data"] = json.loads(event["data"] or "{}")
        return CaseHeld(
            roles=roles, case=one("SELECT * FROM cases WHERE id = ?", (case_id,))[0],
            worker=worker[0] if worker else {}, complainant=complainant[0] if complainant else {},
            events=events,
            documents=one("SELECT * FROM case_documents WHERE case_id = ? ORDER BY doc_type",
                          (case_id,)),
            attachments=sorted(self.core.attachments.of_case(case_id),
                               key=lambda a: a.created_at))

    def _inquiries(self, q: PersonQuery, cases: Iterable[CaseHeld]) -> list[dict]:
        names, wanted = sa.request_keys(q, [(c.roles, c.worker, c.complainant) for c in cases])
        if not wanted:
            return []
        marks = ",".join("?" * len(wanted))
        rows = self.store.query_dicts(
            f"SELECT * FROM inquiries WHERE phone IN ({marks}) ORDER BY received_at",
            tuple(sorted(wanted)))
        return [r for r in rows if sa.is_their_request(r, q, names)]

    # -- exporting -------------------------------------------------------------------------
    def export(self, record: PersonRecord, fmt: str, target: Path, lang: str = "id") -> Path:
        """Save the person's data at `target` as PDF or JSON, whole or not at all; audited
        with the format and the counts."""
        self.core.require(Perm.SUBJECT_ACCESS)
        if fmt not in FORMATS:
            raise HaloError(MSG_FORMAT, field="format")
        content = (self.render_pdf(record, lang) if fmt == "pdf"
                   else self.json_text(record).encode("utf-8"))
        target = Path(target)
        with atomic_output(target, PendingFiles(self.core.paths.pending_exports)) as temp:
            temp.write_bytes(content)
            # Inside: the file never exists without its audit row.
            self._audit(record, audit.SUBJECT_ACCESS_EXPORTED, record.counts(format=fmt),
                        "subject_access_export")
        return target

    def dump_json(self, record: PersonRecord) -> str:
        """The JSON for standard output (the command line's `--output -`); audited."""
        self.core.require(Perm.SUBJECT_ACCESS)
        text = self.json_text(record)
        self._audit(record, audit.SUBJECT_ACCESS_EXPORTED,
                    record.counts(format="json", to="stdout"), "subject_access_export")
        return text

    def json_text(self, record: PersonRecord) -> str:
        return json.dumps(person_json(record, self.core.office.code, self.core.office.name),
                          ensure_ascii=False, indent=2) + "\n"

    def render_pdf(self, record: PersonRecord, lang: str = "id") -> bytes:
        return render_subject_access(print_data(self.core, record, lang))


# -- the JSON --------------------------------------------------------------------------------


def person_json(record: PersonRecord, office_code: str, office_name: str) -> dict:
    """The export's JSON (desktop.domain.subject_access.person_json: the server writes the
    same shape)."""
    return sa.person_json(record.query, record.searched_at, record.searched_by, office_code,
                          office_name, [_case_json(c) for c in record.cases], record.inquiries)


def _case_json(c: CaseHeld) -> dict:
    return sa.case_json(c.roles, c.case, c.worker, c.complainant, c.events, c.documents,
                        [asdict(a) for a in c.attachments])


# -- the PDF's words -------------------------------------------------------------------------


def print_data(core: Core, record: PersonRecord, lang: str = "id") -> SubjectAccessData:
    """What the PDF prints, in `lang`: codes as labels, dates and phones as people read them."""
    lang = "en" if lang == "en" else "id"
    w = Words(core.reference, core.office.tz, lang, core.accounts.names())
    q = record.query
    shown = {"phone": format_phone(q.phone), "birth_date": w.day(q.birth_date)}
    identifiers = tuple(Pair(sa_t(f"sa.id.{k}", lang), shown.get(k) or value)
                        for k, value in q.identifiers().items())
    return SubjectAccessData(
        office_name=core.office.name, office_address=core.office.address,
        office_phone=format_phone(core.office.phone), person=_person_name(record),
        printed_at=w.when(record.searched_at), printed_by=w.person(record.searched_by),
        identifiers=identifiers, cases=tuple(_case_block(c, w) for c in record.cases),
        inquiries=tuple(_inquiry_block(r, w) for r in record.inquiries), lang=lang)


def _person_name(record: PersonRecord) -> str:
    if record.query.name:
        return record.query.name
    for c in record.cases:
        row = c.worker if WORKER in c.roles else c.complainant
        if row.get("name"):
            return row["name"]
    return next((r["name"] for r in record.inquiries if r.get("name")), "")


def _case_block(c: CaseHeld, w: Words) -> CaseBlock:
    case = c.case
    complaint = [("cf.f.received", w.when(case["received_at"])),
                 ("cf.f.category", w.label("category", case["category"])),
                 ("cf.f.channel", w.label("channel", case["channel"])),
                 ("cf.f.status", w.label("status", case["status"]))]
    if case.get("outcome"):
        complaint.append(("cf.f.outcome", w.label("outcome", case["outcome"])))
    return CaseBlock(
        case_number=case["case_number"], roles=c.roles,
        complaint=tuple(Pair(w.t(code), value) for code, value in complaint),
        worker=field_pairs(c.worker, WORKER_FIELDS, w),
        complainant=field_pairs(c.complainant, COMPLAINANT_FIELDS, w),
        description=case.get("description", ""),
        steps=steps(c.events, w),
        documents=tuple(DocumentLine(
            name=w.label("document_type", d["doc_type"]),
            state=w.t(f"cf.doc.{d['state']}") if has(f"cf.doc.{d['state']}") else d["state"],
            note=d.get("note", "")) for d in c.documents),
        attachments=tuple(AttachmentLine(
            name=a.filename, kind=TYPES.get(a.mime, (a.mime,))[0],
            size=format_size(a.size, w.lang), added=w.when(a.created_at))
            for a in c.attachments))


def _inquiry_block(row: dict, w: Words) -> InquiryBlock:
    lang = w.lang
    pairs = [("sa.f.topic", w.label("inquiry_topic", row["topic"]) or row["topic"]),
             ("sa.f.channel", w.label("channel", row["channel"])),
             ("sa.f.name", row["name"]), ("sa.f.phone", format_phone(row["phone"])),
             ("sa.f.question", row["question"]), ("sa.f.answer", row["answer"])]
    if row.get("complaint_number"):
        pairs.append(("sa.f.complaint", row["complaint_number"]))
    return InquiryBlock(when=w.when(row["received_at"]),
                        pairs=tuple(Pair(sa_t(code, lang), value) for code, value in pairs))
