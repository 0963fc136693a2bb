"""Is a pushed change's content valid? The same rules the desktop applied before saving.

A PC normalises what staff type before it stores it (desktop.domain), so a valid change
holds values that normalising leaves unchanged: no control characters but the line breaks
and tabs of notes, codes from the reference lists, normalised numbers. An insert carries
every column its row needs, and no value is longer than its column. Anything else came
from an old or broken client and is refused with a reason, before anything is written (so
one bad change never fails its batch); the PC sets it aside for a person to look at.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from datetime import date
from typing import Any

from desktop.domain import case_links
from desktop.domain import data_protection as pdp
from desktop.domain import validation as v
from desktop.domain.accounts import USERNAME_RE
from desktop.domain.models import DOC_STATES
from desktop.domain.reference import Reference
from desktop.domain.status import ALL_STATUSES, CLOSED
from desktop.messages import Msg
from sync import protocol
from sync.server.db.tables import ENTITY_TABLES

MSG_UNKNOWN_FIELD = Msg("sync_unknown_field", "Isian {field} tidak dikenal server.",
                        "The server does not know the field {field}.")
MSG_READ_ONLY = Msg("sync_read_only_field", "Isian {field} tidak boleh diubah dari kantor.",
                    "The field {field} cannot be changed by an office.")
MSG_BAD_VALUE = Msg("sync_invalid_value", "Isian {field} berisi nilai yang tidak sah.",
                    "The field {field} holds an invalid value.")
MSG_BAD_CODE = Msg("sync_unknown_code", "Isian {field} berisi pilihan yang tidak dikenal server.",
                   "The field {field} holds a choice the server does not know.")
MSG_CONTROL_CHARS = Msg(
    "sync_control_chars",
    "Isian {field} berisi karakter tersembunyi yang tidak diizinkan; ketik ulang isiannya.",
    "The field {field} contains hidden characters that are not allowed; retype it.")
MSG_MISSING_FIELD = Msg(
    "sync_missing_field",
    "Isian {field} wajib ada pada data baru, tetapi tidak dikirim. Perbarui Halo TKI Desk.",
    "The field {field} is required in a new record but was not sent. Update Halo TKI Desk.")

# Code fields and the reference list (data, extendable by central) they draw from.
_CODES: dict[tuple[str, str], str] = {
    ("case", "category"): "category", ("case", "channel"): "channel",
    ("case", "complainant_type"): "complainant_type", ("case", "outcome"): "outcome",
    ("worker", "destination_country"): "country", ("worker", "job"): "job",
    ("complainant", "relation"): "relation", ("complainant", "preferred_contact"): "channel",
    ("document", "doc_type"): "document_type", ("event", "event_type"): "event_type",
    ("event", "channel"): "channel", ("case", "proposed_outcome"): "outcome",
    ("referral", "method"): "referral_method", ("summons", "attendance"): "attendance",
    ("stakeholder", "kind"): "stakeholder_kind", ("stakeholder", "country"): "country",
    ("stakeholder", "licence_status"): "licence_status",
    ("inquiry", "channel"): "channel", ("inquiry", "topic"): "inquiry_topic",
    ("inquiry", "complainant_type"): "complainant_type",
    ("attachment", "doc_type"): "document_type",
}
_REQUIRED = {("case", "status"), ("case", "category"), ("case", "channel"),
             ("document", "doc_type"), ("document", "state"), ("event", "event_type"),
             ("referral", "addressee"), ("referral", "method"), ("referral", "sent_on"),
             ("referral", "request"), ("summons", "agency"), ("summons", "meeting_at"),
             ("summons", "place"), ("stakeholder", "kind"), ("stakeholder", "name"),
             ("stakeholder", "active"), ("link", "other_case_id"), ("link", "other_number"),
             ("inquiry", "channel"), ("inquiry", "topic"), ("inquiry", "question"),
             ("inquiry", "office_code"), ("inquiry", "received_at")}
def _one_line(value: str) -> str:
    return " ".join(value.split())


_NORMALISED: dict[tuple[str, str], Callable[[str], str]] = {
    ("worker", "nik"): v.normalize_nik, ("complainant", "nik"): v.normalize_nik,
    ("worker", "passport"): v.normalize_passport, ("worker", "phone"): v.normalize_phone,
    ("worker", "employer_phone"): v.normalize_phone, ("complainant", "email"): v.normalize_email,
    ("complainant", "phones"): lambda s: ", ".join(v.normalize_phones(s)),
    # desktop/domain/casework.py: names as typed (whitespace collapsed), one phone, email.
    ("referral", "addressee"): lambda s: v.normalize_name(s, "addressee"),
    ("summons", "agency"): lambda s: v.normalize_name(s, "agency"),
    ("stakeholder", "name"): lambda s: v.normalize_name(s, "name"),
    ("stakeholder", "phone"): v.normalize_phone, ("stakeholder", "email"): v.normalize_email,
    # letter and licence numbers on one line; a case number as the desktop writes it
    ("referral", "letter_no"): _one_line, ("summons", "letter_no"): _one_line,
    ("stakeholder", "licence_no"): _one_line,
    ("case", "proposed_duplicate_of"): lambda s: _one_line(s).upper(),
    ("link", "other_number"): lambda s: _one_line(s).upper(),
    ("link", "reason"): _one_line,
    ("inquiry", "phone"): v.normalize_phone,
    ("inquiry", "name"): lambda s: v.normalize_name(s, "name"),
    ("inquiry", "complaint_number"): lambda s: _one_line(s).upper(),
}
_DATES = {("worker", "birth_date"), ("worker", "departure_date"), ("case", "next_contact_due"),
          ("event", "next_contact_due"), ("referral", "sent_on"), ("referral", "reply_due"),
          ("referral", "reply_on"), ("referral", "withdrawn_on"), ("referral", "consent_on")}
# Instants as the desktop stores them (desktop.formatting.iso_utc).
_TIMESTAMPS = {("summons", "meeting_at"), ("case", "proposed_at"), ("link", "ended_at"),
               ("inquiry", "received_at"), ("case", "restricted_at"),
               ("inquiry", "restricted_at")}
_ISO_DATE = re.compile(r"[0-9]{4}-[0-9]{2}-[0-9]{2}")
_ISO_UTC = re.compile(r"[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}:[0-9]{2}\.[0-9]{6}Z")
_USERNAMES = {("case", "officer"), ("case", "proposed_by"), ("case", "restricted_by"),
              ("inquiry", "restricted_by"), ("referral", "consent_by")}
# Fields holding one of a few fixed values ('' included where they may be unset).
_CHOICES: dict[tuple[str, str], frozenset[str]] = {
    ("case", "urgent"): frozenset({"", "1"}),
    ("case", "proposed_status"): frozenset({"", *CLOSED}),
    ("stakeholder", "demo"): frozenset({"", "1"}),
    ("stakeholder", "active"): frozenset({"1", "0"}),
    ("link", "kind"): frozenset(case_links.KINDS),
    ("referral", "legal_basis"): frozenset({"", *pdp.LEGAL_BASES}),
}
# Written only by the server (the retention run): an office never sends them.
SERVER_ONLY = frozenset({("case", "anonymised_at"), ("inquiry", "anonymised_at")})
IMMUTABLE = frozenset({"id", "case_id", "case_number", "office_code", "created_at",
                        "created_by"})
# A directory entry's office changes (central adopts a local partner): sync_apply's rules
# say who may change it.
_MUTABLE = {"stakeholder": frozenset({"office_code"})}


def immutable(entity: str) -> frozenset[str]:
    """The fields of `entity` no update may change."""
    return IMMUTABLE - _MUTABLE.get(entity, frozenset())
_SHA256 = re.compile(r"[0-9a-f]{64}")
_MAX_TEXT = 10_000


def _required(entity: str) -> tuple[str, ...]:
    """Columns an inserted row must name: not null, no default (the id comes from the
    change itself)."""
    table = ENTITY_TABLES[entity]
    return tuple(c.name for c in table.columns if not c.nullable and c.server_default is None
                 and not c.primary_key and c.name != "id")


def _lengths(entity: str) -> dict[str, int]:
    """The columns of limited length (PostgreSQL refuses a longer value; SQLite would
    keep it, and the two would then differ)."""
    return {c.name: c.type.length for c in ENTITY_TABLES[entity].columns
            if getattr(c.type, "length", None)}


_REQUIRED_ON_INSERT = {e: _required(e) for e in protocol.REPLICATED}
_MAX_LEN = {e: _lengths(e) for e in protocol.REPLICATED}


class Invalid(Exception):
    def __init__(self, msg: Msg, field: str) -> None:
        super().__init__(msg.code)
        self.msg = msg
        self.field = field

    def wire(self, change_id: str) -> dict[str, str]:
        return {"id": change_id, "code": self.msg.code, "field": self.field,
                "message_id": self.msg.text("id", field=self.field),
                "message_en": self.msg.text("en", field=self.field)}


def check_envelope(ch: protocol.Change) -> None:
    """Raise Invalid when the change's own fields (ids, clock, author, base) hold what no
    desktop writes, or more than the change log's columns hold; checked before any of
    them reaches a query."""
    if len(ch.change_id) > protocol.ID_LEN:
        raise Invalid(MSG_BAD_VALUE, "change.change_id")
    if len(ch.case_id) > protocol.ID_LEN:
        raise Invalid(MSG_BAD_VALUE, "change.case_id")
    for name in ("change_id", "entity_id", "case_id", "hlc", "user", "device", "created_at"):
        if not protocol.clean_text(getattr(ch, name)):
            raise Invalid(MSG_CONTROL_CHARS, f"change.{name}")
    if not all(protocol.clean_text(k) and protocol.clean_text(v) for k, v in ch.base.items()):
        raise Invalid(MSG_CONTROL_CHARS, "change.base")


def check_change(ch: protocol.Change, ref: Reference) -> None:
    """Raise Invalid for the first field of `ch` that no desktop would have written."""
    _check_text(ch)
    if ch.entity in protocol.PUSH_ONLY:
        return
    allowed = set(protocol.REPLICATED[ch.entity])
    for name, value in ch.fields.items():
        where = f"{ch.entity}.{name}"
        if name not in allowed:
            raise Invalid(MSG_UNKNOWN_FIELD, where)
        if ch.op == "update" and name in immutable(ch.entity):
            raise Invalid(MSG_READ_ONLY, where)
        if (ch.entity, name) in SERVER_ONLY and (ch.op == "update" or ch.fields[name] != ""):
            raise Invalid(MSG_READ_ONLY, where)
        if ch.entity in protocol.SERVER_MADE and ch.op == "insert":
            raise Invalid(MSG_READ_ONLY, where)
        if (ch.entity in protocol.SERVER_MADE
                and name not in protocol.CONFLICT_RESOLUTION_FIELDS):
            raise Invalid(MSG_READ_ONLY, where)
        _check_value(ch.entity, name, value, ref, where)
    if ch.op == "insert":
        _check_insert(ch)


def _check_text(ch: protocol.Change) -> None:
    """No control characters (but line breaks and tabs), in accounts and audit entries too
    (which the server only keeps), and no value longer than its column."""
    lengths = _MAX_LEN.get(ch.entity, {})
    for name, value in ch.fields.items():
        if not protocol.clean_text(name):
            raise Invalid(MSG_CONTROL_CHARS, ch.entity)  # the name itself is not shown
        if not isinstance(value, str):
            continue
        if not protocol.clean_value(value):
            raise Invalid(MSG_CONTROL_CHARS, f"{ch.entity}.{name}")
        if len(value) > lengths.get(name, len(value)):
            raise Invalid(MSG_BAD_VALUE, f"{ch.entity}.{name}")


def _check_insert(ch: protocol.Change) -> None:
    """A new row names every column it needs and an id its table can hold."""
    if len(ch.entity_id) > _MAX_LEN[ch.entity].get("id", protocol.ID_LEN):
        raise Invalid(MSG_BAD_VALUE, f"{ch.entity}.id")
    for name in _REQUIRED_ON_INSERT[ch.entity]:
        if name not in ch.fields:
            raise Invalid(MSG_MISSING_FIELD, f"{ch.entity}.{name}")
    # The desktop's id of a case's document state: one row per case and document type.
    if ch.entity == "document" and ch.entity_id != (
            f"{ch.fields.get('case_id')}:{ch.fields.get('doc_type')}"):
        raise Invalid(MSG_BAD_VALUE, "document.id")
    if ch.entity == "link" and ch.fields.get("other_case_id") == ch.fields.get("case_id"):
        raise Invalid(MSG_BAD_VALUE, "link.other_case_id")


def _check_value(entity: str, name: str, value: Any, ref: Reference, where: str) -> None:
    key = (entity, name)
    if entity == "attachment" and name == "size":
        if not isinstance(value, int) or not 0 < value <= protocol.MAX_ATTACHMENT:
            raise Invalid(MSG_BAD_VALUE, where)
        return
    if not isinstance(value, str) or len(value) > _MAX_TEXT:
        raise Invalid(MSG_BAD_VALUE, where)
    if key in _CHOICES:
        if value not in _CHOICES[key]:
            raise Invalid(MSG_BAD_VALUE, where)
        return
    if not value:
        if key in _REQUIRED:
            raise Invalid(MSG_BAD_VALUE, where)
        return
    if key == ("case", "status"):
        if value not in ALL_STATUSES:
            raise Invalid(MSG_BAD_CODE, where)
    elif key in _CODES:
        if not ref.has(_CODES[key], value):
            raise Invalid(MSG_BAD_CODE, where)
    elif key == ("document", "state"):
        if value not in DOC_STATES:
            raise Invalid(MSG_BAD_CODE, where)
    elif key == ("worker", "sex"):
        if value not in ("L", "P"):
            raise Invalid(MSG_BAD_VALUE, where)
    elif key in _NORMALISED:
        try:
            same = _NORMALISED[key](value) == value
        except v.ValidationError:
            same = False
        if not same:
            raise Invalid(MSG_BAD_VALUE, where)
    elif key in _DATES:
        if not _iso_date(value):
            raise Invalid(MSG_BAD_VALUE, where)
    elif key in _TIMESTAMPS:
        if not (_ISO_UTC.fullmatch(value) and _iso_date(value[:10])):
            raise Invalid(MSG_BAD_VALUE, where)
    elif key in _USERNAMES:
        if not USERNAME_RE.fullmatch(value):
            raise Invalid(MSG_BAD_VALUE, where)
    elif entity == "attachment" and name == "sha256" and not _SHA256.fullmatch(value):
        raise Invalid(MSG_BAD_VALUE, where)


def _iso_date(value: str) -> bool:
    """YYYY-MM-DD, a real day (the only form a desktop writes)."""
    if not _ISO_DATE.fullmatch(value):
        return False
    try:
        date.fromisoformat(value)
    except ValueError:
        return False
    return True
