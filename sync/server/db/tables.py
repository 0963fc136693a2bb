"""The server's tables (SQLAlchemy Core). The migrations build exactly this; a test compares.

Cases, workers, complainants, documents, events, users and the audit log use the column
names of the desktop schema (desktop/store/schema.py), so one protocol definition can
carry a row between a desktop and the server. Timestamps in those tables are the desktop's
ISO-8601 UTC strings (text order is time order); server-only tables use real timestamps.
"""

from __future__ import annotations

from sqlalchemy import (
    BigInteger,
    Boolean,
    Column,
    ForeignKey,
    Index,
    Integer,
    LargeBinary,
    MetaData,
    String,
    Table,
    Text,
    UniqueConstraint,
)

from sync.server.db.types import BigId, UtcDateTime

metadata = MetaData(naming_convention={
    "ix": "ix_%(table_name)s_%(column_0_N_name)s",
    "uq": "uq_%(table_name)s_%(column_0_N_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
})


def _text(name: str, **kw) -> Column:
    return Column(name, Text, nullable=False, server_default="", **kw)


def _uuid(name: str = "id", *args, **kw) -> Column:
    return Column(name, String(36), *args, **kw)


# -- organisation ----------------------------------------------------------------------------

offices = Table(
    "offices", metadata,
    Column("code", String(5), primary_key=True),
    Column("name", String(200), nullable=False),
    Column("tz", String(4), nullable=False),  # WIB / WITA / WIT
    Column("national", Boolean, nullable=False, server_default="0"),  # PST: every case
    Column("active", Boolean, nullable=False, server_default="1"),
    Column("created_at", UtcDateTime, nullable=False),
    Column("updated_at", UtcDateTime, nullable=False),
)

# Reference lists (categories, channels, ...): same shape as the desktop's ref_items.
ref_items = Table(
    "ref_items", metadata,
    Column("kind", String(40), primary_key=True),
    Column("code", String(60), primary_key=True),
    Column("label_id", Text, nullable=False),
    Column("label_en", Text, nullable=False),
    Column("sort", Integer, nullable=False, server_default="0"),
    Column("active", Integer, nullable=False, server_default="1"),
    Column("extra", Text, nullable=False, server_default="{}"),
)

# Central staff accounts: the desktop's users columns plus office and password verifier.
users = Table(
    "users", metadata,
    _uuid(primary_key=True),
    Column("username", String(64), nullable=False, unique=True),
    Column("full_name", Text, nullable=False),
    Column("role", String(20), nullable=False),
    Column("active", Integer, nullable=False, server_default="1"),
    Column("created_at", Text, nullable=False),
    Column("updated_at", Text, nullable=False),
    Column("office_code", String(5), ForeignKey("offices.code"), nullable=False, index=True),
    # Argon2id encoded hash (parameters and salt included); never the password.
    Column("password_verifier", Text, nullable=False),
)

devices = Table(
    "devices", metadata,
    Column("id", String(32), primary_key=True),  # uuid4 hex, part of the credential
    Column("office_code", String(5), ForeignKey("offices.code"), nullable=False),
    Column("label", String(120), nullable=False),
    # Never reused, not even after revocation: case numbers carry it.
    Column("device_letter", String(1), nullable=False),
    Column("secret_hash", String(64), nullable=False),  # SHA-256 of the 256-bit secret
    Column("enrolled_at", UtcDateTime, nullable=False),
    Column("last_seen_at", UtcDateTime, nullable=True),
    Column("revoked_at", UtcDateTime, nullable=True),
    Column("revoked_reason", String(500), nullable=False, server_default=""),
    # Escrowed device unlock key (32 random bytes), encrypted with the server key kept outside
    # the database: released only to a staff member who proves their central password, for
    # a central account's first login. Erased when the device is revoked.
    Column("unlock_key", Text, nullable=True),
    # The highest change-log seq sent to this device in a pull answer: whether a device had
    # been sent a case's move is then the server's fact, not the device's word.
    Column("pulled_seq", BigInteger, nullable=False, server_default="0"),
    UniqueConstraint("office_code", "device_letter"),
)

enrolment_codes = Table(
    "enrolment_codes", metadata,
    Column("id", String(32), primary_key=True),
    Column("code_hash", String(64), nullable=False, unique=True),
    Column("office_code", String(5), ForeignKey("offices.code"), nullable=False),
    Column("created_at", UtcDateTime, nullable=False),
    Column("expires_at", UtcDateTime, nullable=False),
    Column("created_by", String(64), nullable=False),
    Column("used_at", UtcDateTime, nullable=True),
    Column("device_id", String(32), nullable=True),
)

# -- cases (desktop column names) ------------------------------------------------------------

PROTECTION = ("restricted_at", "restricted_by", "restriction_reason", "anonymised_at")
CASE_WORK = ("officer", "urgent", "urgent_reason", "proposed_status", "proposed_outcome",
             "proposed_duplicate_of", "proposal_summary", "proposed_by", "proposed_at")
cases = Table(
    "cases", metadata,
    Column("seq", BigId, primary_key=True, autoincrement=True),
    _uuid(nullable=False, unique=True),
    Column("case_number", String(40), nullable=False, unique=True),
    Column("office_code", String(5), ForeignKey("offices.code"), nullable=False),
    Column("status", String(30), nullable=False),
    Column("category", String(60), nullable=False),
    Column("channel", String(30), nullable=False),
    _text("complainant_type"),
    Column("received_at", Text, nullable=False),
    _text("description"), _text("outcome"), _text("duplicate_of"), _text("next_contact_due"),
    Column("created_at", Text, nullable=False),
    Column("created_by", Text, nullable=False),
    Column("updated_at", Text, nullable=False),
    # The office's case work: handling officer, urgency, a closure awaiting approval.
    *(_text(n) for n in CASE_WORK),
    # data protection (issue 14): restriction, and when the retention run anonymised it
    *(_text(n) for n in PROTECTION),
    Index(None, "office_code", "received_at"),
    Index(None, "received_at"),
)

_WORKER_TEXT = (
    "name", "sex", "birth_date", "nik", "passport", "ktkln", "phone", "address", "province",
    "regency", "destination_country", "destination_city", "job", "employer_name",
    "employer_address", "employer_phone", "first_employer", "pptkis", "departure_date",
    "work_agreement",
)
workers = Table(
    "workers", metadata,
    _uuid(primary_key=True),
    _uuid("case_id", ForeignKey("cases.id"), nullable=False, unique=True),
    *(_text(n) for n in _WORKER_TEXT),
)

_COMPLAINANT_TEXT = ("name", "relation", "nik", "phones", "email", "address", "preferred_contact")
complainants = Table(
    "complainants", metadata,
    _uuid(primary_key=True),
    _uuid("case_id", ForeignKey("cases.id"), nullable=False, unique=True),
    *(_text(n) for n in _COMPLAINANT_TEXT),
)

case_documents = Table(
    "case_documents", metadata,
    Column("id", String(100), primary_key=True),  # "<case id>:<doc type>" as on the desktop
    _uuid("case_id", ForeignKey("cases.id"), nullable=False),
    Column("doc_type", String(60), nullable=False),
    Column("state", String(20), nullable=False),
    _text("note"),
    Column("updated_at", Text, nullable=False),
    UniqueConstraint("case_id", "doc_type"),
)

events = Table(
    "events", metadata,
    _uuid(primary_key=True),
    _uuid("case_id", ForeignKey("cases.id"), nullable=False),
    Column("event_type", String(60), nullable=False),
    Column("occurred_at", Text, nullable=False),
    Column("recorded_at", Text, nullable=False),
    Column("user", Text, nullable=False),
    Column("device", Text, nullable=False),
    _text("summary"), _text("channel"), _text("next_contact_due"),
    Column("data", Text, nullable=False, server_default="{}"),
    Index(None, "case_id", "occurred_at"),
)

# Metadata of scanned documents and photos (the bytes travel separately, by sha256).
attachments = Table(
    "attachments", metadata,
    _uuid(primary_key=True),
    _uuid("case_id", ForeignKey("cases.id"), nullable=False, index=True),
    Column("sha256", String(64), nullable=False, index=True),
    Column("filename", Text, nullable=False),
    _text("mime"),
    Column("size", BigInteger, nullable=False),
    _text("note"),
    Column("created_at", Text, nullable=False),
    Column("created_by", Text, nullable=False),
    Column("doc_type", String(60), nullable=False, server_default=""),  # a checklist scan
)

# Concurrent edits of one field: both values kept for a person to confirm (desktop shape).
conflicts = Table(
    "conflicts", metadata,
    _uuid(primary_key=True),
    _uuid("case_id", ForeignKey("cases.id"), nullable=False, index=True),
    Column("entity", String(20), nullable=False),
    Column("entity_id", String(100), nullable=False),
    Column("field", String(60), nullable=False),
    _text("kept_value"), _text("kept_by"), _text("other_value"), _text("other_by"),
    _text("reason"),
    Column("created_at", Text, nullable=False),
    _text("resolved_at"), _text("resolved_by"), _text("resolution"),
)

# What a case was referred to a partner for, and the partner's answer (mutable, merged per
# field like the case). The addressee's name is kept as written when sent.
referrals = Table(
    "referrals", metadata,
    _uuid(primary_key=True),
    _uuid("case_id", ForeignKey("cases.id"), nullable=False, index=True),
    Column("stakeholder_id", String(36), nullable=False, server_default=""),
    Column("addressee", Text, nullable=False),
    Column("method", String(30), nullable=False),
    _text("letter_no"),
    Column("sent_on", String(10), nullable=False),
    Column("request", Text, nullable=False),
    Column("reply_due", String(10), nullable=False, server_default=""),
    Column("reply_on", String(10), nullable=False, server_default=""),
    _text("reply_summary"),
    Column("withdrawn_on", String(10), nullable=False, server_default=""),
    Column("created_by", Text, nullable=False),
    Column("created_at", Text, nullable=False),
    Column("updated_at", Text, nullable=False),
    # what sharing with the addressee rests on (issue 14 §1.4)
    Column("legal_basis", String(30), nullable=False, server_default=""),
    Column("consent_on", String(10), nullable=False, server_default=""),
    _text("consent_by"), _text("basis_note"),
)

# A placement agency (PPTKIS) summoned to clarify a case, and how the meeting went.
summons = Table(
    "summons", metadata,
    _uuid(primary_key=True),
    _uuid("case_id", ForeignKey("cases.id"), nullable=False, index=True),
    Column("stakeholder_id", String(36), nullable=False, server_default=""),
    Column("agency", Text, nullable=False),
    _text("letter_no"),
    Column("meeting_at", String(40), nullable=False),
    Column("place", Text, nullable=False),
    Column("attendance", String(30), nullable=False, server_default=""),
    _text("result"),
    Column("created_by", Text, nullable=False),
    Column("created_at", Text, nullable=False),
    Column("updated_at", Text, nullable=False),
)

# One side of a link between two cases (issue 12), kept under its own case: the other side
# is a row of the other case. `other_number` is how a case out of reach is shown.
case_links = Table(
    "case_links", metadata,
    _uuid(primary_key=True),
    _uuid("case_id", ForeignKey("cases.id"), nullable=False, index=True),
    Column("other_case_id", String(36), nullable=False),
    Column("other_number", String(40), nullable=False),
    Column("kind", String(20), nullable=False),
    _text("reason"),
    Column("ended_at", String(40), nullable=False, server_default=""),
    Column("created_by", Text, nullable=False),
    Column("created_at", Text, nullable=False),
)

# A question answered at an office (issue 12 §3): its own scope root, like a case (its
# changes carry its office); `complaint_id`/`complaint_number` name the complaint it became.
inquiries = Table(
    "inquiries", metadata,
    _uuid(primary_key=True),
    Column("office_code", String(5), ForeignKey("offices.code"), nullable=False, index=True),
    Column("channel", String(30), nullable=False),
    Column("topic", String(60), nullable=False),
    Column("question", Text, nullable=False),
    _text("answer"), _text("name"),
    Column("phone", String(20), nullable=False, server_default=""),
    Column("complainant_type", String(30), nullable=False, server_default=""),
    Column("received_at", String(40), nullable=False),
    Column("complaint_id", String(36), nullable=False, server_default=""),
    Column("complaint_number", String(40), nullable=False, server_default=""),
    Column("created_by", Text, nullable=False),
    Column("created_at", Text, nullable=False),
    Column("updated_at", Text, nullable=False),
    *(_text(n) for n in PROTECTION),
)

# The deadline clock of each case (issue 13), derived and never synced: the desktop's
# case_clock (desktop/store/clock.py), kept by sync/server/services/case_clock.py in the
# transaction of every write that touches a case's status history, category, receipt time
# or office. Dates are ISO text, compared as text like the desktop's.
case_clock = Table(
    "case_clock", metadata,
    Column("case_id", String(36), ForeignKey("cases.id", ondelete="CASCADE"),
           primary_key=True),
    Column("day", Integer, nullable=False),
    Column("target", Integer, nullable=False),
    Column("paused_days", Integer, nullable=False),
    Column("state", String(10), nullable=False),  # running / paused / stopped
    Column("due", String(10), nullable=False),
    Column("as_of", String(10), nullable=False, server_default=""),
    Index(None, "state", "due"),
)

# The directory of partners (not case-scoped: every device receives every entry). office_code
# '' is central's entry; an office code, that office's local partner.
stakeholders = Table(
    "stakeholders", metadata,
    Column("seq", BigId, primary_key=True, autoincrement=True),
    _uuid(nullable=False, unique=True),
    Column("kind", String(60), nullable=False),
    Column("name", Text, nullable=False),
    Column("country", String(60), nullable=False, server_default=""),
    _text("licence_no"),
    Column("licence_status", String(30), nullable=False, server_default=""),
    _text("address"), _text("phone"), _text("email"),
    Column("office_code", String(5), nullable=False, server_default=""),
    Column("demo", String(1), nullable=False, server_default=""),
    Column("active", String(1), nullable=False),
    Column("created_by", Text, nullable=False),
    Column("created_at", Text, nullable=False),
    Column("updated_at", Text, nullable=False),
)

# Attachment content, by SHA-256: one copy whoever uploads it, received in pieces.
blobs = Table(
    "blobs", metadata,
    Column("sha256", String(64), primary_key=True),
    Column("size", BigInteger, nullable=False),
    Column("received", BigInteger, nullable=False, server_default="0"),
    Column("complete", Boolean, nullable=False, server_default="0"),
    Column("created_at", UtcDateTime, nullable=False),
)
blob_chunks = Table(
    "blob_chunks", metadata,
    Column("sha256", String(64), ForeignKey("blobs.sha256", ondelete="CASCADE"),
           primary_key=True),
    Column("offset", BigInteger, primary_key=True),
    Column("data", LargeBinary, nullable=False),
)
# The offices that proved they hold a content: a device of the office uploaded it whole. An
# attachment row grants its content only when the office that created the row owns it.
blob_owners = Table(
    "blob_owners", metadata,
    Column("sha256", String(64), ForeignKey("blobs.sha256", ondelete="CASCADE"),
           primary_key=True),
    Column("office_code", String(5), primary_key=True),
    Column("created_at", UtcDateTime, nullable=False),
)

# Each case's state digest (sync/protocol.py case_digest), kept up to date in the same
# transaction as every write of the case: they sum to the scopes' running digests
# (scope_digests) and show which cases differ when a PC's checksum does. The
# directory's digest is the row of the pseudo case protocol.DIRECTORY_SCOPE, office '*'
# (every device's scope holds it): no foreign key to cases.
case_digests = Table(
    "case_digests", metadata,
    Column("case_id", String(36), primary_key=True),
    Column("office_code", String(5), nullable=False, index=True),
    Column("rows", Integer, nullable=False),
    Column("digest", String(64), nullable=False),
)

# Each scope's running digest (protocol.ScopeTotal): the case digests of one office summed,
# changed by the difference of every case digest rewritten, in the same transaction. The
# row '*' holds the directory (every device's scope). A scope's checksum reads its office's
# row and '*' (a national device: every row), however many cases the scope holds.
scope_digests = Table(
    "scope_digests", metadata,
    Column("office_code", String(5), primary_key=True),
    Column("rows", BigInteger, nullable=False),
    Column("roots", BigInteger, nullable=False),  # cases and requests (the directory: 1)
    Column("acc", String(64), nullable=False),  # the sum modulo 2**256, as 64 hex digits
)

# Each mutable synced row's per-field clocks {field: newest hlc of a logged change carrying
# it}, as JSON: what a merge compares a pushed clock with, written in the transaction of
# every logged change of the row, so a push never reads an entity's whole history.
field_clocks = Table(
    "field_clocks", metadata,
    Column("entity", String(20), primary_key=True),
    Column("entity_id", String(100), primary_key=True),
    Column("clocks", Text, nullable=False),
)

# -- change log and audit --------------------------------------------------------------------

# The desktop outbox row shape plus the global sequence (the sync cursor) and the scope.
changes = Table(
    "changes", metadata,
    Column("seq", BigId, primary_key=True, autoincrement=True),
    Column("change_id", String(36), nullable=False, unique=True),  # applied exactly once
    Column("entity", String(20), nullable=False),
    Column("entity_id", String(100), nullable=False),
    Column("op", String(10), nullable=False),
    Column("fields", Text, nullable=False),
    Column("hlc", String(80), nullable=False),
    Column("user", Text, nullable=False),
    Column("device", Text, nullable=False),
    Column("created_at", Text, nullable=False),
    Column("case_id", String(36), nullable=False, server_default=""),
    # For an edit, {field: hlc} of the versions it overwrote (how a concurrent edit shows).
    Column("base", Text, nullable=False, server_default="{}"),
    # Scope: the office that holds the entity after this change ('*': every office, the
    # directory's changes), and for a transfer the office it left (so that office learns
    # the case is gone).
    Column("office_code", String(5), nullable=False),
    Column("left_office", String(5), nullable=False, server_default=""),
    Column("received_at", UtcDateTime, nullable=False),
    Index(None, "office_code", "seq"),
    Index(None, "entity", "entity_id"),
    Index(None, "case_id"),
)

audit_log = Table(
    "audit_log", metadata,
    _uuid(primary_key=True),
    Column("at", Text, nullable=False),
    Column("user", Text, nullable=False),
    Column("device", Text, nullable=False),
    Column("action", String(60), nullable=False),
    _text("target"), _text("detail"),
    Column("office_code", String(5), nullable=False, server_default=""),
    Column("request_id", String(64), nullable=False, server_default=""),
    Index(None, "at"),
)

# -- small server state ----------------------------------------------------------------------

counters = Table(  # case-number sequences of cases created at the server
    "counters", metadata,
    Column("name", String(100), primary_key=True),
    Column("value", BigInteger, nullable=False),
)

server_meta = Table(  # e.g. the server's last hybrid-clock reading, shared by all workers
    "server_meta", metadata,
    Column("key", String(60), primary_key=True),
    Column("value", Text, nullable=False),
)

# Attempt counters for rate limits, in the database so every worker sees the same count.
rate_limits = Table(
    "rate_limits", metadata,
    Column("bucket", String(64), primary_key=True),  # SHA-256 of e.g. "enrol:<address>"
    Column("window_start", BigInteger, nullable=False),  # epoch seconds
    Column("attempts", Integer, nullable=False),
)

APPEND_ONLY = ("events", "audit_log", "changes", "attachments")

# The table of each synced entity (sync/protocol.py names the entities).
ENTITY_TABLES: dict[str, Table] = {
    "case": cases, "worker": workers, "complainant": complainants,
    "document": case_documents, "event": events, "user": users, "attachment": attachments,
    "conflict": conflicts, "referral": referrals, "summons": summons,
    "link": case_links, "inquiry": inquiries, "stakeholder": stakeholders,
}

# -- what each PC holds (issue 14 §1.5) ------------------------------------------------------

# The scope roots (cases, information requests) each device holds, kept in the transaction
# of each sync from what the server sent it and what it pushed: the list a lost PC's breach
# notice names. One row per device and root; `until` is set when the root leaves the
# device's scope (a transfer, a re-download without it) and cleared if it comes back.
device_holdings = Table(
    "device_holdings", metadata,
    Column("device_id", String(32), ForeignKey("devices.id"), primary_key=True),
    Column("root_id", String(36), primary_key=True),
    Column("root_kind", String(10), nullable=False),  # case / inquiry
    Column("since", UtcDateTime, nullable=False),
    Column("until", UtcDateTime, nullable=True),  # NULL while held
)

# Each device's last sync: when, and the scope it synced in (an office, or every office).
device_syncs = Table(
    "device_syncs", metadata,
    Column("device_id", String(32), ForeignKey("devices.id"), primary_key=True),
    Column("synced_at", UtcDateTime, nullable=False),
    Column("office_code", String(5), nullable=False),
    Column("national", Boolean, nullable=False, server_default="0"),
)
