"""Information requests: a question answered at the desk or on the phone (fees, procedures,
how to go abroad legally). Not a complaint: no worker's identity, no case number, no
deadline; counted apart from complaints. It can become a complaint later, keeping its text.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime

from desktop.domain import validation as v
from desktop.domain.intake import EARLIEST_RECEIVED, MSG_RECEIVED_TOO_OLD, check_code
from desktop.domain.reference import Reference
from desktop.messages import Msg

QUESTION_MAX, ANSWER_MAX = 4000, 4000

MSG_ALREADY_MADE = Msg("inquiry_already_complaint",
                       "Permintaan informasi ini sudah dijadikan pengaduan {number}.",
                       "This information request already became complaint {number}.")
MSG_UNKNOWN = Msg("inquiry_unknown", "Permintaan informasi ini tidak ditemukan.",
                  "Information request not found.")


@dataclass
class InquiryInput:
    channel: str = "telepon"
    topic: str = ""
    question: str = ""
    answer: str = ""
    name: str = ""
    phone: str = ""
    complainant_type: str = ""
    received_at: datetime | None = None  # None: now


@dataclass(frozen=True)
class InquiryRow:
    """One line of the list of information requests."""

    seq: int
    id: str
    received_at: str
    channel: str
    topic: str
    question: str
    answer: str
    name: str
    phone: str
    complainant_type: str
    created_by: str
    complaint_number: str


def normalize_inquiry(inp: InquiryInput, ref: Reference, now: datetime) -> dict[str, str]:
    """The stored fields of an information request, or ValidationErrors listing every
    problem (fields prefixed "inquiry.")."""
    c = v.Collector()
    out = {
        "channel": check_code(c, ref, "channel", inp.channel, "inquiry.channel", True),
        "topic": check_code(c, ref, "inquiry_topic", inp.topic, "inquiry.topic", True),
        "complainant_type": check_code(c, ref, "complainant_type", inp.complainant_type,
                                  "inquiry.complainant_type", False),
        "question": c.check(v.normalize_text, inp.question, "inquiry.question",
                            max_len=QUESTION_MAX, required=True) or "",
        "answer": c.check(v.normalize_text, inp.answer, "inquiry.answer",
                          max_len=ANSWER_MAX) or "",
        "name": c.check(v.normalize_name, inp.name, "inquiry.name") or "",
        "phone": c.check(v.normalize_phone, inp.phone, "inquiry.phone") or "",
    }
    received = inp.received_at or now
    if received.tzinfo is None:
        raise ValueError("received_at must be timezone-aware")
    c.check(v.validate_not_future, received, "inquiry.received_at", today=now)
    if received.date() < EARLIEST_RECEIVED:
        c.add(v.ValidationError(MSG_RECEIVED_TOO_OLD, field="inquiry.received_at"))
    c.raise_if_any()
    out["received_at"] = received.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%S.%fZ")
    return out


def complaint_description(row: InquiryRow, topic_label: str) -> str:
    """What a complaint made from this request starts with: the question and the answer
    given, so nothing said at the desk is typed twice."""
    parts = [f"[{topic_label}] {row.question}"]
    if row.answer:
        parts.append(row.answer)
    return "\n\n".join(parts)
