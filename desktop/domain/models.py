"""What a form hands to the core (raw text as typed) and what the core hands back."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime

from desktop.domain.deadlines import Clock

DOC_PRESENT, DOC_MISSING, DOC_NOT_APPLICABLE = "ada", "tidak_ada", "tidak_berlaku"
DOC_STATES = (DOC_PRESENT, DOC_MISSING, DOC_NOT_APPLICABLE)


@dataclass
class WorkerInput:
    name: str = ""
    sex: str = ""  # "L" / "P" / ""
    birth_date: str = ""
    nik: str = ""
    passport: str = ""
    ktkln: str = ""
    phone: str = ""
    address: str = ""
    province: str = ""
    regency: str = ""
    destination_country: str = ""
    destination_city: str = ""
    job: str = ""
    employer_name: str = ""
    employer_address: str = ""
    employer_phone: str = ""
    first_employer: str = ""
    pptkis: str = ""
    departure_date: str = ""
    work_agreement: str = ""


@dataclass
class ComplainantInput:
    name: str = ""
    relation: str = ""
    nik: str = ""
    phones: str = ""
    email: str = ""
    address: str = ""
    preferred_contact: str = ""


@dataclass
class ComplaintInput:
    category: str = ""
    channel: str = "datang_langsung"
    complainant_type: str = ""
    description: str = ""
    received_at: datetime | None = None  # None: now (or the day typed in received_on)
    # The day a letter, email, fax or message arrived, as typed (dd/mm/yyyy); "" = today.
    received_on: str = ""
    officer: str = ""  # "" unassigned, or the recording person's own username (handles it)


@dataclass
class IntakeInput:
    complainant: ComplainantInput = field(default_factory=ComplainantInput)
    worker: WorkerInput = field(default_factory=WorkerInput)
    complaint: ComplaintInput = field(default_factory=ComplaintInput)
    documents: dict[str, str] = field(default_factory=dict)  # doc_type -> state


@dataclass(frozen=True)
class CaseRow:
    """One line of the case list."""

    seq: int
    case_id: str
    case_number: str
    received_at: str
    status: str
    category: str
    worker_name: str
    complainant_name: str
    destination_country: str
    next_contact_due: str
    open_conflicts: int = 0  # values changed in two places at once, waiting for a person
    officer: str = ""  # the handling officer's username; "" = unassigned
    urgent: bool = False  # flagged by a person, or of an urgent category
    proposed_status: str = ""  # a closure proposal waiting for a supervisor
    clock_state: str = ""  # running | paused | stopped ("" = no clock yet)
    clock_day: int = 0  # "hari ke-N" as of clock_as_of
    clock_target: int = 0  # "dari M"
    clock_due: str = ""  # ISO date the target is (or was) reached
    urgent_reason: str = ""  # why a person flagged it ("" for an urgent category)


@dataclass(frozen=True)
class DuplicateCandidate:
    seq: int
    case_number: str
    worker_name: str
    complainant_name: str
    status: str
    reason: str  # "passport" | "nik" | "phone" | "name_birth" | "name_country"


@dataclass(frozen=True)
class Attachment:
    """A file attached to a case. `local`: its content is on this PC (a received attachment
    may not be downloaded yet)."""

    id: str
    case_id: str
    sha256: str
    filename: str
    mime: str
    size: int
    note: str
    created_at: str
    created_by: str
    local: bool
    doc_type: str = ""  # the checklist item it is the scan of ("" : not a document's scan)


@dataclass
class CaseDetail:
    case: dict
    worker: dict
    complainant: dict
    documents: list[dict]
    events: list[dict]
    attachments: list[Attachment] = field(default_factory=list)  # newest first
    deadline: Clock | None = None  # today's deadline clock (desktop/domain/deadlines.py)

    @property
    def case_number(self) -> str:
        return self.case["case_number"]

    def missing_documents(self) -> list[str]:
        return [d["doc_type"] for d in self.documents if d["state"] == DOC_MISSING]
