"""What the demo planner hands the writers: one case's intake and its steps, oldest first.

Pure data (picklable: a helper process plans while the bulk writer writes). A step is what a
person does on the case through one service call; `actor` is who does it ('' = the person
who runs the generator), `key` ties a reply or an outcome to the referral or summons it
answers, `data` carries the service's input (desktop/domain/casework.py inputs, or an
officer's username for an assignment).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from typing import Any

from desktop.domain.models import IntakeInput

# Step kinds besides "event", "status" and "document": the office's case work.
ASSIGN, TAKE, URGENT = "assign", "take", "urgent"
REFER, REPLY, WITHDRAW = "refer", "reply", "withdraw"
SUMMON, SUMMONS_OUTCOME = "summon", "summons_outcome"
PROPOSE, APPROVE, RETURN = "propose", "approve", "return"
# The services stamp a step with the core's clock, which the services writer sets this long
# after the step's planned moment.
SERVICE_DELAY = timedelta(minutes=2)


@dataclass
class Step:
    at: datetime  # aware, UTC
    kind: str  # "event" | "status" | "document" | one of the case-work kinds above
    code: str = ""  # event type, new status or document type
    summary: str = ""
    channel: str = ""
    due: date | None = None
    outcome: str = ""
    duplicate_of: int | None = None  # index of the surviving case in this run
    spoke_with: str = ""  # a family contact: whom the officer reached
    result: str = ""  # a family contact: contact_result code
    actor: str = ""  # username of who does it; '' = the generator's own session
    key: int = -1  # which referral or summons of the case a reply/outcome is about
    data: Any = None
    fields: dict[str, str] | None = None  # the checked values (desktop/demo/checks.py)


@dataclass
class CasePlan:
    index: int
    received_at: datetime
    recorded_at: datetime
    intake: IntakeInput
    steps: list[Step] = field(default_factory=list)
    recorder: str = ""  # who records the intake; '' = the generator's own session


@dataclass(frozen=True)
class Officer:
    """An account that may handle cases (desktop/services/handling.py officers())."""

    username: str
    role: str


@dataclass(frozen=True)
class Partner:
    """A directory entry the demo refers cases to or summons (desktop/demo/directory.py)."""

    id: str
    kind: str
    name: str
    country: str = ""
    demo: bool = False


@dataclass(frozen=True)
class OfficeSetup:
    """What the planner knows of the office beyond the reference data: who runs the
    generator, who may handle cases, who records complaints at the front desk, and the
    directory."""

    caller: str
    officers: tuple[Officer, ...] = ()
    partners: tuple[Partner, ...] = ()
    office_name: str = ""
    clerks: tuple[str, ...] = ()  # front-office accounts
