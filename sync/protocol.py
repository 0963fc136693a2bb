"""The sync protocol: one definition, used by the client engine and by the server.

One round trip per batch. The PC POSTs its pending changes (at most MAX_PUSH) and its
cursor; the server applies each change exactly once (it remembers change ids: a re-sent
change is acknowledged again, never applied again) and answers with the acknowledgements,
the changes of the PC's scope after the cursor (about MAX_PULL; a case arriving whole may
add its history), the new cursor, whether more is waiting and, when nothing is, the
checksum of the scope's state. Bodies are compact JSON, gzip'd both ways.

A full batch (MAX_PUSH changes) means the PC has more to push: that answer carries no
changes (the cursor stays, "more" is true), so a PC learns what others did, a case's move
among it, only after it has pushed everything it recorded before (the server keeps late
changes of a case that left the office only from a device it had not yet sent the move).

The merge rule is the same everywhere: per field, the value of the change with the newest
hybrid-logical-clock timestamp wins. A replica's state is a function of the set of changes
it has seen, whatever order they came in, so replicas that saw the same changes agree.

Request  {"v": 2, "cursor": int, "changes": [Change...], "check": true?}
          (PCs of the previous release also send "before_move": [change ids]; the server
          ignores it: whether a change was recorded before a move is for it to tell)
Response {"v": 2, "acked": int, "restamped": [{"id", "hlc"}], "rejected": [{"id", "code",
          "message_id", "message_en"}], "changes": [Change...], "cursor": int, "more": bool,
          "checksum": str | null, "clock_skew_ms": int, "server_time_ms": int,
          "scope_roots": int?}
          "acked": how many changes of the request were processed: each of them is
          acknowledged unless it is in "rejected"; "restamped" lists those whose clock the
          server replaced. "checksum" comes when the PC asked ("check", on its last round)
          and nothing more is waiting: "<rows>:<the sum of the scope's case digests mod
          2**256, 64 hex digits>" (ScopeTotal), which both sides keep running as they write,
          so comparing costs the same whatever the scope. "scope_roots" comes while more is
          waiting: the cases and information requests in the scope, for a PC's progress.
Change   {"change_id", "entity", "entity_id", "case_id", "op", "fields", "base", "hlc",
          "user", "device", "created_at"}
          A desktop writes no control characters (line breaks and tabs only in field values)
          and no lone surrogates; the server refuses a pushed change that holds any.
          A change of the directory (DIRECTORY: partners cases are referred to) names no
          case ("case_id": ""): every PC of every office receives every one of them.

Version 2 added the office's case work (officer, urgency and closure proposal of a case,
referrals, summons, the stakeholder directory): a PC of version 1 could not read those
changes, so each side refuses the other's version with "update Halo TKI Desk" instead.

The scoped re-download (REBUILD_PATH) pages through the scope's cases by id; after the last
case page comes the directory's change history, paged by the server's log position
("after": DIRECTORY_PAGE + "<seq>"; answer {"cases": [], "changes": [], "directory":
[Change...], "next": ...}). A PC re-applies those changes over its own directory, which it
never removes (directory_page_after / is_directory_page). It also takes {"ids": [case ids]}
(at most REBUILD_CASES): those cases of the scope with their whole history.

When the checksums differ the PC first asks which cases differ (DRIFT_PATH): it sends
{"buckets": {bucket: checksum}} of its cases summed per drift_bucket, the server answers
{"whole": bool, "buckets": [the buckets that differ], "cases": [[case id, rows, digest]...]}
of its cases in those buckets; the PC downloads again the cases whose digests differ and
removes those the server's scope lacks. "whole": more than MAX_DRIFT_BUCKETS differ, and
the scope is downloaded again page by page.
"""

from __future__ import annotations

import gzip
import hashlib
import json
import re
import uuid
import zlib
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

from sync.hlc import format_hlc, parse_hlc

VERSION = 5  # 5: the scope checksum is a sum of case digests (kept running)
# 4: data protection (restriction, anonymisation, a referral's legal basis)
# 3: links between cases, information requests, a scan's document type
SYNC_PATH = "/api/v1/sync"
REBUILD_PATH = "/api/v1/sync/rebuild"
DRIFT_PATH = "/api/v1/sync/drift"
BLOBS_PATH = "/api/v1/blobs"
CONTENT_TYPE = "application/octet-stream"  # gzip'd JSON; generic, so proxies pass it as is
MAX_PUSH = 500  # changes a PC sends in one request
MAX_PULL = 1000  # changes the server sends in one answer (before whole arriving cases)
REBUILD_CASES = 100  # cases per page of a scoped re-download
MAX_BODY = 16 * 1024 * 1024  # bytes of an unzipped sync body
MAX_SKEW_MS = 5 * 60 * 1000  # a clock further ahead of the server's is not trusted
MAX_ATTACHMENT = 20 * 1024 * 1024
BLOB_CHUNK = 256 * 1024  # bytes per upload request: a cut link loses at most this much
ID_LEN = 36  # what a desktop's change ids and case ids are: a UUID's text

# Merged by clock order but never shown as a conflict: bookkeeping, or derived from the
# timeline (which itself never conflicts).
QUIET_FIELDS = frozenset({"updated_at", "next_contact_due"})

# What a PC holds of a case, and the directory: the columns that travel (the server's tables
# use these names).
REPLICATED: dict[str, tuple[str, ...]] = {
    "case": ("id", "case_number", "office_code", "status", "category", "channel",
             "complainant_type", "received_at", "description", "outcome", "duplicate_of",
             "next_contact_due", "created_at", "created_by", "updated_at",
             # the office's case work: who handles it, urgency, a closure awaiting approval
             "officer", "urgent", "urgent_reason", "proposed_status", "proposed_outcome",
             "proposed_duplicate_of", "proposal_summary", "proposed_by", "proposed_at",
             # data protection (issue 14): a supervisor's restriction; when the retention
             # run anonymised it (set by the server only)
             "restricted_at", "restricted_by", "restriction_reason", "anonymised_at"),
    "worker": ("id", "case_id", "name", "sex", "birth_date", "nik", "passport", "ktkln",
               "phone", "address", "province", "regency", "destination_country",
               "destination_city", "job", "employer_name", "employer_address",
               "employer_phone", "first_employer", "pptkis", "departure_date",
               "work_agreement"),
    "complainant": ("id", "case_id", "name", "relation", "nik", "phones", "email", "address",
                    "preferred_contact"),
    "document": ("id", "case_id", "doc_type", "state", "note", "updated_at"),
    "event": ("id", "case_id", "event_type", "occurred_at", "recorded_at", "user", "device",
              "summary", "channel", "next_contact_due", "data"),
    "attachment": ("id", "case_id", "sha256", "filename", "mime", "size", "note",
                   "created_at", "created_by", "doc_type"),
    "conflict": ("id", "case_id", "entity", "entity_id", "field", "kept_value", "kept_by",
                 "other_value", "other_by", "reason", "created_at", "resolved_at",
                 "resolved_by", "resolution"),
    "referral": ("id", "case_id", "stakeholder_id", "addressee", "method", "letter_no",
                 "sent_on", "request", "reply_due", "reply_on", "reply_summary",
                 "withdrawn_on", "created_by", "created_at", "updated_at",
                 # what sharing with the addressee rests on (issue 14 §1.4)
                 "legal_basis", "consent_on", "consent_by", "basis_note"),
    "summons": ("id", "case_id", "stakeholder_id", "agency", "letter_no", "meeting_at",
                "place", "attendance", "result", "created_by", "created_at", "updated_at"),
    # A case's link to another case (issue 12): related, duplicate of / kept for, checked
    # and not the same. Each side of a pair is a row of its own case; `other_number` shows
    # a case this PC does not hold (another office's) by its number only.
    "link": ("id", "case_id", "other_case_id", "other_number", "kind", "reason", "ended_at",
             "created_by", "created_at"),
    # A question answered at the desk or on the phone (issue 12 §3): not a complaint, no
    # worker's identity. Its own scope root, like a case: an office holds its own.
    "inquiry": ("id", "office_code", "channel", "topic", "question", "answer", "name",
                "phone", "complainant_type", "received_at", "complaint_id", "complaint_number",
                "created_by", "created_at", "updated_at",
                "restricted_at", "restricted_by", "restriction_reason", "anonymised_at"),
    "stakeholder": ("id", "kind", "name", "country", "licence_no", "licence_status",
                    "address", "phone", "email", "office_code", "demo", "active",
                    "created_by", "created_at", "updated_at"),
}
APPEND_ONLY = frozenset({"event", "attachment"})
# Entities that are their own scope root: a change's case_id is the row's id, and the row
# carries the office it belongs to. Everything else case-scoped names its case in case_id.
ROOTS = frozenset({"case", "inquiry"})
# Not case-scoped: every PC of every office holds all of it (changes name no case).
DIRECTORY = frozenset({"stakeholder"})
# The pseudo case the directory's rows are counted under in a scope's checksum.
DIRECTORY_SCOPE = "directory"
DIRECTORY_PAGE = "~directory:"  # a rebuild "after" of the directory's pages ("~" after ids)
SEED_NODE = "seed"  # the node of the directory seed's clocks (directory_seed)
PUSH_ONLY = frozenset({"user", "audit"})  # kept by the server for its records, never sent down
SERVER_MADE = frozenset({"conflict"})  # the server creates them; a PC only resolves them
CONFLICT_RESOLUTION_FIELDS = frozenset({"resolved_at", "resolved_by", "resolution"})
PUSHED_ENTITIES = frozenset(REPLICATED) | PUSH_ONLY

# Control characters (C0, DEL, C1) and lone surrogates; field values may hold line breaks
# and tabs (descriptions and notes), nothing else of these.
_CONTROL = re.compile(r"[\x00-\x1f\x7f-\x9f\ud800-\udfff]")
_CONTROL_IN_VALUES = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f\ud800-\udfff]")


class ProtocolError(ValueError):
    """A body or change that is not a message of this protocol."""


@dataclass(frozen=True)
class Change:
    change_id: str
    entity: str
    entity_id: str
    case_id: str
    op: str
    fields: dict[str, Any]
    hlc: str
    user: str = ""
    device: str = ""
    created_at: str = ""
    base: dict[str, str] = field(default_factory=dict)

    def wire(self) -> dict[str, Any]:
        out = {"change_id": self.change_id, "entity": self.entity, "entity_id": self.entity_id,
               "case_id": self.case_id, "op": self.op, "fields": self.fields, "hlc": self.hlc,
               "user": self.user, "device": self.device, "created_at": self.created_at}
        if self.base:
            out["base"] = self.base
        return out


# -- bodies ---------------------------------------------------------------------------------

def encode(message: Mapping[str, Any]) -> bytes:
    raw = json.dumps(message, ensure_ascii=False, separators=(",", ":")).encode("utf-8")
    return gzip.compress(raw, compresslevel=6, mtime=0)


def decode(body: bytes, limit: int = MAX_BODY) -> Any:
    """The message in a gzip'd body; never more than `limit` bytes are inflated."""
    inflater = zlib.decompressobj(16 + zlib.MAX_WBITS)
    try:
        raw = inflater.decompress(body, limit + 1)
    except zlib.error as exc:
        raise ProtocolError("body is not gzip") from exc
    if len(raw) > limit or inflater.unconsumed_tail:
        raise ProtocolError("body too large")
    if not inflater.eof:
        raise ProtocolError("body is cut short")
    try:
        return json.loads(raw)
    except (UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise ProtocolError("body is not JSON") from exc
    except RecursionError:
        # No message of this protocol nests more than a few levels.
        raise ProtocolError("body is nested too deeply") from None


def clean_text(value: str) -> bool:
    """Whether `value` holds no control character and no lone surrogate (ids, names, clocks)."""
    return _CONTROL.search(value) is None


def clean_value(value: str) -> bool:
    """Whether a field value holds nothing a desktop never writes: control characters
    other than line breaks and tabs, or lone surrogates."""
    return _CONTROL_IN_VALUES.search(value) is None


# -- changes --------------------------------------------------------------------------------

def _text(obj: Mapping, key: str, max_len: int = 200, allow_empty: bool = False) -> str:
    value = obj.get(key, "" if allow_empty else None)
    if not isinstance(value, str) or (not value and not allow_empty) or len(value) > max_len:
        raise ProtocolError(f"bad {key}")
    return value


def _value_ok(value: Any) -> bool:
    if isinstance(value, bool):
        return False
    if isinstance(value, str):
        return len(value) <= 100_000
    return value is None or isinstance(value, int | float)


def parse_change(obj: Any, entities: Iterable[str] = PUSHED_ENTITIES) -> Change:
    """Check the shape of one change (what it means is for the receiver to judge)."""
    if not isinstance(obj, Mapping):
        raise ProtocolError("change is not an object")
    entity = _text(obj, "entity", 40)
    if entity not in entities:
        raise ProtocolError(f"entity {entity!r} is not synced this way")
    op = _text(obj, "op", 10)
    if op not in ("insert", "update"):
        raise ProtocolError(f"bad op {op!r}")
    hlc = _text(obj, "hlc", 80)
    try:
        parse_hlc(hlc)
    except ValueError as exc:
        raise ProtocolError("bad hlc") from exc
    fields = obj.get("fields")
    if not isinstance(fields, Mapping) or not fields or len(fields) > 100:
        raise ProtocolError("bad fields")
    for name, value in fields.items():
        if not isinstance(name, str) or len(name) > 60 or not _value_ok(value):
            raise ProtocolError(f"bad value of {entity}.{name}")
    base = obj.get("base", {})
    if not isinstance(base, Mapping) or not all(
            isinstance(k, str) and isinstance(v, str) and len(v) <= 80 for k, v in base.items()):
        raise ProtocolError("bad base")
    entity_id = _text(obj, "entity_id", 100)
    case_id = _text(obj, "case_id", 100, allow_empty=entity in PUSH_ONLY | DIRECTORY)
    if entity in DIRECTORY and case_id:
        raise ProtocolError("a directory change names a case")
    if entity in ROOTS and case_id != entity_id:
        raise ProtocolError("a case change names another case")
    if op == "insert" and fields.get("id", entity_id) != entity_id:
        raise ProtocolError("the inserted row has another id")
    return Change(
        change_id=_text(obj, "change_id", 64), entity=entity, entity_id=entity_id,
        case_id=case_id, op=op, fields=dict(fields), hlc=hlc,
        user=_text(obj, "user", 100, True), device=_text(obj, "device", 100, True),
        created_at=_text(obj, "created_at", 40, True), base=dict(base),
    )


# -- state checksum -------------------------------------------------------------------------

def row_digest(entity: str, row: Mapping[str, Any]) -> bytes:
    return values_digest(entity, [row.get(c) for c in REPLICATED[entity]])


def values_digest(entity: str, values: Sequence[Any]) -> bytes:
    """row_digest of a row given as its REPLICATED[entity] values, in that order."""
    shown = ["" if v is None else v for v in values]
    raw = json.dumps([entity, shown], ensure_ascii=False, separators=(",", ":"))
    return hashlib.sha256(raw.encode("utf-8")).digest()


def case_of(entity: str, row: Mapping[str, Any]) -> str:
    """The case a row's digest is counted under (the directory's: DIRECTORY_SCOPE)."""
    if entity in DIRECTORY:
        return DIRECTORY_SCOPE
    return row["id"] if entity in ROOTS else row["case_id"]


def case_digest(rows: Iterable[tuple[str, Mapping[str, Any]]]) -> tuple[int, str]:
    """(row count, digest) of one case's rows; the server keeps these up to date per case,
    so a scope's checksum never reads the whole scope."""
    return fold_digests(row_digest(entity, row) for entity, row in rows)


def fold_digests(row_digests: Iterable[bytes]) -> tuple[int, str]:
    """(row count, digest) of one case from its rows' digests, in any order: their sum
    modulo 2**256, so that writing one row changes it by that row's difference alone (the
    server keeps it so, whatever the case's history)."""
    count, acc = 0, 0
    for digest in row_digests:
        count += 1
        acc += int.from_bytes(digest, "big")
    return count, f"{acc % DIGEST_MODULUS:064x}"


DIGEST_MODULUS = 1 << 256  # a scope's running digest: the sum of its cases' digests


@dataclass(frozen=True)
class ScopeTotal:
    """A scope's running digest: its rows, its roots (cases, information requests and the
    directory) and the sum of its cases' digests modulo 2**256. Adding or taking away one
    case's digest costs the same however large the scope, so both sides keep it up to date
    as they write and the end-of-sync comparison reads one row."""

    rows: int = 0
    roots: int = 0
    acc: int = 0

    def plus(self, rows: int, digest: str) -> ScopeTotal:
        return ScopeTotal(self.rows + rows, self.roots + 1,
                          (self.acc + int(digest, 16)) % DIGEST_MODULUS)

    def minus(self, rows: int, digest: str) -> ScopeTotal:
        return ScopeTotal(self.rows - rows, self.roots - 1,
                          (self.acc - int(digest, 16)) % DIGEST_MODULUS)

    def merged(self, other: ScopeTotal) -> ScopeTotal:
        return ScopeTotal(self.rows + other.rows, self.roots + other.roots,
                          (self.acc + other.acc) % DIGEST_MODULUS)

    @property
    def checksum(self) -> str:
        return f"{self.rows}:{self.acc:064x}"


def combine(case_digests: Iterable[tuple[int, str]]) -> str:
    """The scope's checksum from its cases' digests; the order they come in does not matter
    (a sum), so a running total gives the same text as a recomputation."""
    total = ScopeTotal()
    for count, digest in case_digests:
        total = total.plus(count, digest)
    return total.checksum


# -- locating drift: which cases differ, in buckets of their ids ----------------------------

DRIFT_PREFIX = 2  # hex characters of the hash of a case id naming its bucket: 256 buckets
MAX_DRIFT_BUCKETS = 32  # when more differ, the whole scope is downloaded again


def drift_bucket(case_id: str) -> str:
    """The bucket a case's digest is summed in when a PC and the server look for the cases
    that differ (the directory is a bucket of its own). From a hash of the id, not the id:
    whatever ids a device made, there are never more than 256 buckets of cases."""
    if case_id == DIRECTORY_SCOPE:
        return case_id
    return hashlib.sha256(case_id.encode("utf-8")).hexdigest()[:DRIFT_PREFIX]


def bucket_checksums(digests: Iterable[tuple[str, int, str]]) -> dict[str, str]:
    """{bucket: checksum} of (case id, rows, digest) triples, in any order."""
    totals: dict[str, ScopeTotal] = {}
    for case_id, rows, digest in digests:
        bucket = drift_bucket(case_id)
        totals[bucket] = totals.get(bucket, ScopeTotal()).plus(rows, digest)
    return {bucket: total.checksum for bucket, total in totals.items()}


def scope_checksum(rows: Iterable[tuple[str, Mapping[str, Any]]]) -> str:
    """Checksum of a replica's state for a scope, from its rows (read in any order)."""
    by_case: dict[str, list[tuple[str, Mapping[str, Any]]]] = {}
    for entity, row in rows:
        by_case.setdefault(case_of(entity, row), []).append((entity, row))
    return combine(case_digest(case_rows) for case_rows in by_case.values())


# -- the scoped re-download's directory pages ------------------------------------------------

def directory_page_after(seq: int) -> str:
    """The rebuild "after" of the directory's page following log position `seq`."""
    return f"{DIRECTORY_PAGE}{seq}"


def is_directory_page(after: str) -> int | None:
    """The log position a directory page starts after, or None for a page of cases."""
    if not after.startswith(DIRECTORY_PAGE):
        return None
    tail = after[len(DIRECTORY_PAGE):]
    if not tail.isascii() or not tail.isdigit() or len(tail) > 19:
        raise ProtocolError("bad directory page")
    return int(tail)


# -- the directory's seed -------------------------------------------------------------------

_SEED_IDS = uuid.UUID("6f1c9a52-4d0e-5b7a-9c41-2f8e3d7b6a10")  # the seed's change ids' namespace


def directory_seed(seed: Mapping[str, Any]) -> list[Change]:
    """The seed of the directory (desktop/seed/stakeholders.json) as the changes every
    replica holds from the start: the same ids, values and clocks on the server and on
    every PC, so their row digests agree. Each clock is older than any real one (its wall
    time is the seed's version, in milliseconds after 1970: a later seed's correction wins
    over an earlier one, any real edit over both) and unique (its counter, the entry's
    place in the seed).
    """
    version = int(seed.get("version", 1))
    created_at = str(seed["created_at"])
    out = []
    for place, item in enumerate(seed["stakeholders"]):
        row = {name: "" for name in REPLICATED["stakeholder"]}
        row.update({"id": item["id"], "kind": item["kind"], "name": item["name"],
                    "country": item.get("country", ""), "active": "1",
                    "created_at": created_at, "updated_at": created_at})
        change_id = str(uuid.uuid5(_SEED_IDS, f"{version}:{item['id']}"))
        out.append(Change(change_id=change_id, entity="stakeholder", entity_id=item["id"],
                          case_id="", op="insert", fields=row,
                          hlc=format_hlc(version, place, SEED_NODE), user="",
                          device=SEED_NODE, created_at=created_at))
    return out
