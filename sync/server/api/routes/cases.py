"""Cases: search and read (scoped to the device's office); create, assign, transfer (central)."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Path, Query, status

from desktop.domain import validation as v
from desktop.domain.models import ComplainantInput, ComplaintInput, IntakeInput, WorkerInput
from sync.server.api.deps import Context, CurrentActor
from sync.server.api.responses import READ, WRITE
from sync.server.api.schemas import (
    AssignIn,
    CaseCreateIn,
    CaseDetailOut,
    CaseListOut,
    CaseSummaryOut,
    TransferIn,
)
from sync.server.services import cases

router = APIRouter(prefix="/api/v1/cases", tags=["cases"])

CaseRef = Annotated[str, Path(pattern=r"^[A-Za-z0-9-]{1,64}$",
                              description="case id (UUID) or case number, e.g. SBY-2026-A-00001")]
Code = Annotated[str, Query(pattern=r"^[a-z_]{1,60}$")]


@router.get("", response_model=CaseListOut, responses=READ)
def list_cases(
    actor: CurrentActor, ctx: Context,
    q: Annotated[str, Query(max_length=cases.MAX_QUERY_LEN,
                            description="case number, name, passport, NIK or phone")] = "",
    status_: Annotated[str, Query(alias="status", pattern=r"^[a-z_]{1,60}$")] = "",
    category: Annotated[str, Query(pattern=r"^[a-z_]{1,60}$")] = "",
    office: Annotated[str, Query(pattern=r"^[A-Z]{2,5}$")] = "",
    limit: Annotated[int, Query(ge=1, le=200)] = 50,
    offset: Annotated[int, Query(ge=0, le=100_000)] = 0,
) -> CaseListOut:
    text = v.normalize_text(q, "q", max_len=cases.MAX_QUERY_LEN)
    query = cases.CaseQuery(text, status_, category, office, limit, offset)
    with ctx.db.read() as conn:
        rows, total = cases.search(conn, actor, query)
    return CaseListOut(items=[CaseSummaryOut(**r) for r in rows], total=total, limit=limit,
                       offset=offset)


@router.post("", status_code=status.HTTP_201_CREATED, response_model=CaseDetailOut,
             responses=WRITE)
def create_case(body: CaseCreateIn, actor: CurrentActor, ctx: Context) -> dict:
    inp = IntakeInput(
        complainant=ComplainantInput(**body.complainant.model_dump()),
        worker=WorkerInput(**body.worker.model_dump()),
        complaint=ComplaintInput(**body.complaint.model_dump()),
        documents=dict(body.documents),
    )
    with ctx.db.write() as conn:
        case = cases.create(conn, actor, ctx.now(), inp, body.assign_to)
        return cases.detail(conn, actor, case["id"])


@router.get("/{case_ref}", response_model=CaseDetailOut, responses=READ)
def get_case(case_ref: CaseRef, actor: CurrentActor, ctx: Context) -> dict:
    with ctx.db.read() as conn:
        return cases.detail(conn, actor, case_ref)


@router.post("/{case_ref}/assign", response_model=CaseDetailOut, responses=WRITE)
def assign_case(case_ref: CaseRef, body: AssignIn, actor: CurrentActor, ctx: Context) -> dict:
    with ctx.db.write() as conn:
        case = cases.assign(conn, actor, ctx.now(), case_ref, body.office_code, body.note)
        return cases.detail(conn, actor, case["id"])


@router.post("/{case_ref}/transfer", response_model=CaseDetailOut, responses=WRITE)
def transfer_case(case_ref: CaseRef, body: TransferIn, actor: CurrentActor, ctx: Context) -> dict:
    with ctx.db.write() as conn:
        case = cases.transfer(conn, actor, ctx.now(), case_ref, body.office_code, body.reason)
        return cases.detail(conn, actor, case["id"])
