"""Request and response bodies. Shapes and bounds only: the rules are the domain's code.

Requests forbid unknown fields and bound every string, so nothing unbounded reaches the
domain or the database; the domain functions then decide what is valid.
"""

from __future__ import annotations

from datetime import datetime
from typing import Annotated, Any, Literal

from pydantic import AwareDatetime, BaseModel, ConfigDict, Field

OfficeCode = Annotated[str, Field(min_length=1, max_length=5)]
Short = Annotated[str, Field(max_length=200)]
Medium = Annotated[str, Field(max_length=500)]
Long = Annotated[str, Field(max_length=4000)]


class RequestModel(BaseModel):
    model_config = ConfigDict(extra="forbid")


# -- errors ----------------------------------------------------------------------------------

class ErrorDetail(BaseModel):
    code: str = Field(description="stable machine-readable code, e.g. device_revoked")
    message: str = Field(description="English message for people")
    message_id: str = Field(description="the same message in Bahasa Indonesia")
    field: str | None = None
    details: dict[str, Any] = Field(default_factory=dict)


class ErrorBody(BaseModel):
    error: ErrorDetail


# -- health, enrolment, device ----------------------------------------------------------------

class HealthOut(BaseModel):
    status: Literal["ok", "unavailable"]
    database: Literal["reachable", "unreachable"]
    backend: str
    schema_version: str | None
    schema_head: str
    up_to_date: bool
    version: str


class OfficeOut(BaseModel):
    code: str
    name: str
    tz: str
    national: bool
    active: bool


# A device credential, exactly as in `Authorization: Bearer` (sync/credentials.py).
DeviceToken = Annotated[str, Field(pattern=r"^hd1\.[0-9a-f]{32}\.[A-Za-z0-9_-]{43}$",
                                   description="hd1.<device id>.<secret>")]
# base64url without padding of 32 random bytes.
UnlockKey = Annotated[str, Field(pattern=r"^[A-Za-z0-9_-]{43}$",
                                 description="base64url (no padding) of 32 random bytes")]


class EnrolIn(RequestModel):
    code: Annotated[str, Field(min_length=1, max_length=40, description="e.g. 7K3M-Q9XD-2HPA")]
    label: Annotated[str, Field(min_length=1, max_length=120, description="e.g. PC-Loket-1")]
    office_code: OfficeCode | None = Field(
        default=None, description="the office the desktop expects; refused if the code differs")
    unlock_key: UnlockKey | None = Field(
        default=None, description="the device unlock key the desktop wrapped its database key "
        "with; kept encrypted, handed back only by /auth/device-unlock, to a staff member of "
        "this office in a role that works on a PC")
    replaces: DeviceToken | None = Field(
        default=None, description="a restored backup's old device credential (as sent in "
        "Authorization: Bearer): that device is re-keyed instead of a new one enrolled; it "
        "keeps its id and letter, and its old secret stops working")


class EnrolOut(BaseModel):
    device_id: str
    device_letter: str
    device_secret: str = Field(description="keep only in the encrypted desktop database")
    office: OfficeOut
    server_time: datetime


class DeviceOut(BaseModel):
    device_id: str
    office_code: str
    national: bool
    label: str
    device_letter: str
    enrolled_at: datetime
    last_seen_at: datetime | None


# -- staff -----------------------------------------------------------------------------------

class StaffOut(BaseModel):
    id: str
    username: str
    full_name: str
    role: str
    office_code: str
    active: bool
    created_at: str
    updated_at: str


class VerifyIn(RequestModel):
    username: Annotated[str, Field(min_length=1, max_length=64)]
    password: Annotated[str, Field(min_length=1, max_length=1024)]


class VerifyOut(BaseModel):
    user: StaffOut


class DeviceUnlockIn(RequestModel):
    device_id: Annotated[str, Field(pattern=r"^[0-9a-f]{32}$", description="from enrolment")]
    username: Annotated[str, Field(min_length=1, max_length=64)]
    password: Annotated[str, Field(min_length=1, max_length=1024)]


class DeviceUnlockOut(BaseModel):
    unlock_key: str = Field(description="the device unlock key given at enrolment")
    user: StaffOut


class StaffIn(RequestModel):
    username: Annotated[str, Field(max_length=64)]
    full_name: Short
    office_code: OfficeCode
    role: Annotated[str, Field(max_length=20)]
    password: Annotated[str, Field(max_length=1024)]


class StaffChange(RequestModel):
    full_name: Short | None = None
    role: Annotated[str, Field(max_length=20)] | None = None
    active: bool | None = None
    password: Annotated[str, Field(max_length=1024)] | None = None


# -- offices ---------------------------------------------------------------------------------

class OfficeIn(RequestModel):
    code: OfficeCode
    name: Short
    tz: Annotated[str, Field(max_length=4, description="WIB, WITA or WIT")]


class OfficeChange(RequestModel):
    name: Short | None = None
    tz: Annotated[str, Field(max_length=4)] | None = None
    active: bool | None = None


# -- cases -----------------------------------------------------------------------------------

class WorkerIn(RequestModel):
    name: Short = ""
    sex: Annotated[str, Field(max_length=1)] = ""
    birth_date: Annotated[str, Field(max_length=40)] = ""
    nik: Annotated[str, Field(max_length=40)] = ""
    passport: Annotated[str, Field(max_length=40)] = ""
    ktkln: Medium = ""
    phone: Annotated[str, Field(max_length=40)] = ""
    address: Medium = ""
    province: Medium = ""
    regency: Medium = ""
    destination_country: Annotated[str, Field(max_length=60)] = ""
    destination_city: Medium = ""
    job: Annotated[str, Field(max_length=60)] = ""
    employer_name: Medium = ""
    employer_address: Medium = ""
    employer_phone: Annotated[str, Field(max_length=40)] = ""
    first_employer: Medium = ""
    pptkis: Medium = ""
    departure_date: Annotated[str, Field(max_length=40)] = ""
    work_agreement: Medium = ""


class ComplainantIn(RequestModel):
    name: Short = ""
    relation: Annotated[str, Field(max_length=60)] = ""
    nik: Annotated[str, Field(max_length=40)] = ""
    phones: Medium = ""
    email: Annotated[str, Field(max_length=254)] = ""
    address: Medium = ""
    preferred_contact: Annotated[str, Field(max_length=60)] = ""


class ComplaintIn(RequestModel):
    category: Annotated[str, Field(max_length=60)]
    channel: Annotated[str, Field(max_length=60)]
    complainant_type: Annotated[str, Field(max_length=60)] = ""
    description: Long
    received_at: AwareDatetime | None = Field(default=None, description="default: now")


class CaseCreateIn(RequestModel):
    complaint: ComplaintIn
    complainant: ComplainantIn
    worker: WorkerIn = Field(default_factory=WorkerIn)
    documents: Annotated[dict[Annotated[str, Field(max_length=60)],
                              Annotated[str, Field(max_length=20)]],
                         Field(max_length=30)] = Field(default_factory=dict)
    assign_to: OfficeCode | None = Field(default=None, description="office to hand it to")


class AssignIn(RequestModel):
    office_code: OfficeCode
    note: Annotated[str, Field(max_length=1000)] = ""


class TransferIn(RequestModel):
    office_code: OfficeCode
    reason: Annotated[str, Field(min_length=1, max_length=1000)]


class CaseSummaryOut(BaseModel):
    id: str
    case_number: str
    office_code: str
    status: str
    category: str
    channel: str
    received_at: str
    updated_at: str
    next_contact_due: str
    worker_name: str
    complainant_name: str
    destination_country: str


class CaseListOut(BaseModel):
    items: list[CaseSummaryOut]
    total: int
    limit: int
    offset: int


class CaseOut(BaseModel):
    id: str
    case_number: str
    office_code: str
    status: str
    category: str
    channel: str
    complainant_type: str
    received_at: str
    description: str
    outcome: str
    duplicate_of: str
    next_contact_due: str
    created_at: str
    created_by: str
    updated_at: str


class WorkerOut(BaseModel):
    id: str
    case_id: str
    name: str
    sex: str
    birth_date: str
    nik: str
    passport: str
    ktkln: str
    phone: str
    address: str
    province: str
    regency: str
    destination_country: str
    destination_city: str
    job: str
    employer_name: str
    employer_address: str
    employer_phone: str
    first_employer: str
    pptkis: str
    departure_date: str
    work_agreement: str


class ComplainantOut(BaseModel):
    id: str
    case_id: str
    name: str
    relation: str
    nik: str
    phones: str
    email: str
    address: str
    preferred_contact: str


class DocumentOut(BaseModel):
    id: str
    case_id: str
    doc_type: str
    state: str
    note: str
    updated_at: str


class EventOut(BaseModel):
    id: str
    case_id: str
    event_type: str
    occurred_at: str
    recorded_at: str
    user: str
    device: str
    summary: str
    channel: str
    next_contact_due: str
    data: dict[str, Any]


class CaseDetailOut(BaseModel):
    case: CaseOut
    worker: WorkerOut | None
    complainant: ComplainantOut | None
    documents: list[DocumentOut]
    events: list[EventOut]


# -- stats (the supervisor's report as JSON: desktop/domain/reports/tables.py to_json) -------

class TextsOut(BaseModel):
    id: str = Field(description="Bahasa Indonesia")
    en: str = Field(description="English")


class StatsColumnOut(BaseModel):
    key: str
    label: TextsOut
    kind: Literal["count", "percent", "days"]


class StatsRowOut(BaseModel):
    key: str = Field(description="the code counted: a category, an officer's username, "
                     "a month 'YYYY-MM'; '' for complaints where it was not recorded")
    label: TextsOut
    values: list[int | float | None] = Field(
        description="one per column, in the columns' order (null: nothing to measure)")


class StatsTableOut(BaseModel):
    key: str = Field(description="outcomes, resolution_time, by_category, ..., trend")
    title: TextsOut
    label: TextsOut = Field(description="the heading of the rows' label column")
    columns: list[StatsColumnOut]
    rows: list[StatsRowOut]
    chart: Literal["bar", "hbar", "pie", "line", ""]
    chart_column: int = Field(description="the column the chart draws (every one for line)")
    total: bool = Field(description="whether a total row makes sense")
    note: TextsOut


class StatsPeriodOut(BaseModel):
    first: str = Field(description="YYYY-MM-DD, included")
    last: str = Field(description="YYYY-MM-DD, included")
    kind: Literal["month", "quarter", "year", "range"]


class StatsOut(BaseModel):
    office_code: str = Field(description="the office counted; '' for every office")
    office_name: str
    period: StatsPeriodOut
    generated_at: str = Field(description="ISO-8601 moment the figures were computed")
    tz: Literal["WIB", "WITA", "WIT"] = Field(description="the zone days are counted in")
    tables: list[StatsTableOut]
