"""Recording and handling complaints: intake, timeline, documents and status."""

from __future__ import annotations

import json
import uuid
from collections.abc import Sequence
from dataclasses import dataclass, replace
from datetime import UTC, date, datetime, timedelta
from typing import TYPE_CHECKING

from desktop.domain import case_links as cl
from desktop.domain import casework
from desktop.domain import status as st
from desktop.domain import validation as v
from desktop.domain.case_events import ASSIGNED, FAMILY_CONTACT, PROPOSAL_FIELDS
from desktop.domain.deadlines import NEAR_DAYS, add_working_days
from desktop.domain.intake import (
    MSG_REQUIRED,
    MSG_UNKNOWN_CODE,
    normalize_complainant,
    normalize_intake,
    normalize_worker,
)
from desktop.domain.models import (
    DOC_STATES,
    CaseDetail,
    CaseRow,
    ComplainantInput,
    IntakeInput,
    WorkerInput,
)
from desktop.domain.roles import Perm, can
from desktop.formatting import zone_info
from desktop.messages import HaloError, Msg
from desktop.services import anonymised, audit

if TYPE_CHECKING:
    from desktop.core import Core
    from desktop.domain.case_links import IntakeLink

MSG_CASE_NOT_FOUND = Msg("case_not_found", "Kasus tidak ditemukan.", "Case not found.")
MSG_CASE_RESTRICTED = Msg(
    "case_restricted",
    "Data kasus ini dibatasi oleh supervisor.",
    "This case's data is restricted by a supervisor.")
MSG_SYSTEM_EVENT = Msg(
    "event_type_reserved",
    "Jenis catatan ini dibuat otomatis oleh aplikasi.",
    "This kind of entry is made by the application itself.",
)
MSG_REFERRAL_NEEDED = Msg(
    "status_needs_referral",
    "Status 'dirujuk' memerlukan rujukan yang masih terbuka: catat dulu rujukannya (kepada "
    "siapa, kapan, apa yang diminta).",
    "The status 'referred' needs an open referral: record the referral first (to whom, when, "
    "what was asked).")
MSG_INTAKE_OFFICER = Msg(
    "intake_officer_self_only",
    "Pengaduan baru dicatat tanpa petugas atau untuk Anda sendiri (bila peran Anda menangani "
    "kasus); petugas lain ditetapkan oleh kepala seksi setelahnya.",
    "A new complaint is recorded unassigned or to yourself (when your role handles cases); "
    "another officer is assigned by the supervisor afterwards.")
MSG_CONTACT_DUE_PAST = Msg(
    "next_contact_in_past",
    "Tanggal kontak berikutnya tidak boleh sebelum hari ini.",
    "The next contact date cannot be before today.",
)

SYSTEM_EVENTS = {"pengaduan_diterima", "perubahan_status", "dibuka_kembali"}

_ROW_SQL = """
SELECT c.seq, c.id, c.case_number, c.received_at, c.status, c.category,
       coalesce(w.name, ''), coalesce(p.name, ''), coalesce(w.destination_country, ''),
       c.next_contact_due,
       (SELECT count(*) FROM conflicts k WHERE k.case_id = c.id AND k.resolved_at = ''),
       c.officer, {urgent}, c.proposed_status, coalesce(k.state, ''), coalesce(k.day, 0),
       coalesce(k.target, 0), coalesce(k.due, ''), c.urgent_reason
FROM cases c LEFT JOIN workers w ON w.case_id = c.id LEFT JOIN complainants p ON p.case_id = c.id
LEFT JOIN case_clock k ON k.case_id = c.id
WHERE c.seq IN ({marks}){visible}
"""


class CaseNotFound(HaloError):
    exit_code = 7

    def __init__(self) -> None:
        super().__init__(MSG_CASE_NOT_FOUND)


class CaseRestricted(HaloError):
    """A restricted case asked for by someone who may not see it (a link, a number typed)."""

    exit_code = 6

    def __init__(self) -> None:
        super().__init__(MSG_CASE_RESTRICTED, field="case")


@dataclass(frozen=True)
class CaseFilter:
    status: str = ""
    category: str = ""
    overdue: bool = False  # a family contact is overdue
    officer: str = ""  # a username; UNASSIGNED for open cases nobody handles
    urgent: bool = False
    past_deadline: bool = False
    near_deadline: bool = False  # within NEAR_DAYS working days of it
    awaiting_approval: bool = False
    contact_today: bool = False  # a family contact is due today
    open_only: bool = False
    # "due": what needs doing first (an officer's own list): urgent, then an overdue or
    # due-today family contact, then the nearest deadline; "" = urgent, then newest.
    order: str = ""
    # Received between these days (the office's calendar), both included; None: open-ended.
    received_from: date | None = None
    received_to: date | None = None
    # An open referral waits for its reply (none recorded, not withdrawn).
    referral_waiting: bool = False
    # Recorded after this UTC instant (stored form, "2026-03-10T03:00:00.000000Z"): the
    # home view's "new since my last login" (a letter typed in today is new, whatever day
    # it was received); "" = no bound.
    recorded_since: str = ""


# Columns the list can be sorted by (a header click), and the SQL each sorts on. Coded
# columns follow the reference data's own order (as in the filter's choices), not the codes.
SORT_KEYS = ("number", "received", "status", "deadline", "category", "worker", "complainant",
             "destination", "officer", "next_contact")


@dataclass(frozen=True)
class CaseSort:
    """One column's order instead of the filter's (urgent first, then newest or due)."""

    key: str  # one of SORT_KEYS
    descending: bool = False


MSG_RANGE_REVERSED = Msg(
    "received_range_reversed",
    "Tanggal awal penerimaan tidak boleh setelah tanggal akhirnya.",
    "The first received date cannot be after the last one.")
MSG_SORT_UNKNOWN = Msg("case_sort_unknown", "Kolom urutan tidak dikenal.",
                       "Unknown column to sort by.")


UNASSIGNED = "-"
VERIFY_DAYS = 3  # when the reference data has no verification policy


def _new_id() -> str:
    return str(uuid.uuid4())


class CaseService:
    def __init__(self, core: Core) -> None:
        self.core = core
        self.store = core.store

    # -- intake ------------------------------------------------------------------------
    def record_intake(self, inp: IntakeInput, link: IntakeLink | None = None,
                      inquiry_id: str = "") -> str:
        """Validate and store a new complaint in one transaction; returns its case number.
        `link`: the case it may duplicate, and whether it is related or not the same;
        `inquiry_id`: the information request it is made from (marked in the same
        transaction)."""
        core = self.core
        core.require(Perm.CASE_CREATE)
        now = core.now()
        data = normalize_intake(inp, core.reference, now, self.today(), core.office.tz)
        officer = self._intake_officer(inp.complaint.officer)
        other, reason = core.links.check_intake_link(link) if link else (None, "")
        made_from = core.inquiries.check_convertible(inquiry_id) if inquiry_id else None
        with core.write() as tx:
            case_id = _new_id()
            number = self._next_case_number(tx, now)
            tx.insert("case", {
                "id": case_id, "case_number": number, "office_code": core.office.code,
                "status": st.BARU, **data.case, "officer": officer, "outcome": "",
                "duplicate_of": "",
                "next_contact_due": "", "created_at": tx.now, "created_by": tx.user,
                "updated_at": tx.now,
            })
            tx.insert("worker", {"id": _new_id(), "case_id": case_id, **data.worker})
            tx.insert("complainant", {"id": _new_id(), "case_id": case_id, **data.complainant})
            for doc_type, state in data.documents.items():
                tx.insert("document", {
                    "id": f"{case_id}:{doc_type}", "case_id": case_id, "doc_type": doc_type,
                    "state": state, "note": "", "updated_at": tx.now,
                })
            self._event(tx, case_id, "pengaduan_diterima", summary="",
                        channel=data.case["channel"], occurred_at=data.case["received_at"])
            if officer:  # recorded to themselves: on the timeline like any assignment
                self._event(tx, case_id, ASSIGNED, summary="",
                            data={"from": "", "to": officer})
            if other is not None:
                kind = cl.RELATED if link.decision == cl.NEW_RELATED else cl.DISTINCT
                core.links.write_pair(tx, {"id": case_id, "case_number": number}, other, kind,
                                      reason)
            if made_from is not None:
                core.inquiries.mark_made(tx, made_from, case_id, number)
        return number

    def _intake_officer(self, wanted: str) -> str:
        """A case is recorded unassigned, or to the person recording it when their role
        handles cases; choosing someone else is a supervisor's assignment, made after."""
        wanted = (wanted or "").strip().lower()
        if not wanted:
            return ""
        session = self.core.session
        if wanted != session.username or not can(session.role, Perm.CASE_HANDLE):
            raise HaloError(MSG_INTAKE_OFFICER, field="complaint.officer")
        return wanted

    def _next_case_number(self, tx, now: datetime) -> str:
        office = self.core.office
        year = now.astimezone(zone_info(office.tz)).year
        prefix = f"{office.code}-{year}-{office.device_letter}-"
        # Past every number of this PC's letter the store holds, not only past the counter:
        # a restored backup's counter is behind the cases a pull brings back.
        seq = tx.meta_next(f"case_seq:{year}", floor=self._highest_seq(prefix))
        return f"{prefix}{seq:05d}"

    def _highest_seq(self, prefix: str) -> int:
        # A range on the unique index ("." follows "-"), not LIKE, which would scan.
        row = self.store.query_one(
            "SELECT max(CAST(substr(case_number, ?) AS INTEGER)) FROM cases "
            "WHERE case_number >= ? AND case_number < ?",
            (len(prefix) + 1, prefix, prefix[:-1] + "."))
        return int(row[0] or 0)

    # -- who sees restricted cases (issue 14 §1.2) ----------------------------------------
    def sees_restricted(self) -> bool:
        """Whether the logged-in person sees restricted cases: those who may restrict
        (supervisors). Everyone else finds them in no list, count, search or export."""
        return can(self.core.session.role, Perm.RESTRICT)

    def visible_sql(self, alias: str = "cases") -> str:
        """A condition on `alias` (the cases table) keeping what this person may see:
        "1" for a supervisor, else the unrestricted cases. By seq against the few
        restricted ones (the partial index cases_restricted): every index holds the seq, so
        the lists and home counts still read their covering indexes, not the table."""
        if self.sees_restricted():
            return "1"
        return f"{alias}.seq NOT IN (SELECT seq FROM cases WHERE restricted_at != '')"

    def hidden_seqs(self) -> set[int]:
        """The seqs this person may not see (none for a supervisor): few, on a partial index."""
        if self.sees_restricted():
            return set()
        return {r[0] for r in self.store.query(
            "SELECT seq FROM cases WHERE restricted_at != ''")}

    # -- reading -----------------------------------------------------------------------
    def resolve(self, key: str | int) -> dict:
        """Find a case by case number, seq or id; raises CaseNotFound, or CaseRestricted
        for a restricted case and a person who may not see it."""
        self.core.require(Perm.CASE_READ)
        if isinstance(key, int):
            rows = self.store.query_dicts("SELECT * FROM cases WHERE seq = ?", (key,))
        else:
            text = key.strip()
            rows = self.store.query_dicts(
                "SELECT * FROM cases WHERE case_number = ? OR id = ?", (text.upper(), text)
            )
        if not rows:
            raise CaseNotFound()
        if rows[0]["restricted_at"] and not self.sees_restricted():
            raise CaseRestricted()
        return rows[0]

    def resolve_for_edit(self, key: str | int) -> dict:
        """A case about to be changed: the one place the edit paths check what the case
        allows (restricted: refused in resolve; anonymised by the retention run: here)."""
        case = self.resolve(key)
        anonymised.refuse_edit(case)
        return case

    def get(self, key: str | int) -> CaseDetail:
        case = self.resolve(key)
        cid = case["id"]
        worker = self.store.query_dicts("SELECT * FROM workers WHERE case_id = ?", (cid,))
        complainant = self.store.query_dicts("SELECT * FROM complainants WHERE case_id = ?", (cid,))
        documents = self.store.query_dicts(
            "SELECT d.* FROM case_documents d LEFT JOIN ref_items r"
            " ON r.kind = 'document_type' AND r.code = d.doc_type"
            " WHERE d.case_id = ? ORDER BY coalesce(r.sort, 999), d.doc_type", (cid,)
        )
        events = self.store.query_dicts(
            "SELECT * FROM events WHERE case_id = ? ORDER BY occurred_at, recorded_at", (cid,)
        )
        for event in events:
            event["data"] = json.loads(event["data"] or "{}")
        return CaseDetail(case, worker[0] if worker else {}, complainant[0] if complainant else {},
                          documents, events, self.core.attachments.of_case(cid),
                          self._deadline(case))

    def record_viewed(self, case_key: str | int, via: str = "case_view") -> str:
        """Audit that the logged-in person opened this case (UU PDP: reads are accountable);
        the detail stays empty, the target is the case number. A restricted case (only a
        supervisor opens it) also gets its RESTRICTED_VIEWED row, `via` saying where.
        Returns the case number."""
        case = self.resolve(case_key)
        self.core.restriction.record_read(audit.CASE_VIEWED, case, via)
        return case["case_number"]

    def _deadline(self, case: dict):
        """The case's deadline clock today, with the verification due date while it is new
        or being verified."""
        clock = self.store.case_clock(case["id"], self.core.now())
        if clock is None or case["status"] not in (st.BARU, st.VALIDASI):
            return clock
        days = casework.policy(self.core.reference, "verifikasi_hari", VERIFY_DAYS)
        tz = zone_info(self.core.office.tz)
        received = datetime.fromisoformat(case["received_at"]).astimezone(tz).date()
        return replace(clock, verify_due=add_working_days(received, days))

    def list_seqs(self, flt: CaseFilter = CaseFilter(), sort: CaseSort | None = None,
                  within: Sequence[int] | None = None) -> list[int]:
        """Ids of the matching cases, open urgent ones first then newest (or `flt.order`),
        or in one column's order (`sort`); the list model fetches rows lazily. `within`:
        only these seqs (search results), so one query filters and sorts them."""
        self.core.require(Perm.CASE_READ)
        where, params = self._where(flt, within)
        if sort is not None:
            joins, order = self._sort_sql(sort)
            sql = f"SELECT cases.seq FROM cases {joins}{where} ORDER BY {order}"
            return [r[0] for r in self.store.query(sql, params)]
        sql = "SELECT seq FROM cases" + where
        if flt.order == "due":
            sql += (f" ORDER BY {self._urgent_open_sql()} DESC,"
                    " (next_contact_due != '' AND next_contact_due <= ?) DESC,"
                    " coalesce((SELECT due FROM case_clock k WHERE k.case_id = cases.id"
                    " AND k.state = 'running'), '9999') ASC, received_at DESC, seq DESC")
            params.append(self.today().isoformat())
        else:
            # Open urgent cases first in every list, then the newest.
            sql += f" ORDER BY {self._urgent_open_sql()} DESC, received_at DESC, seq DESC"
        return [r[0] for r in self.store.query(sql, params)]

    def count_matching(self, flt: CaseFilter = CaseFilter()) -> int:
        """How many cases the filter lists: a COUNT in the database, no ids fetched."""
        self.core.require(Perm.CASE_READ)
        where, params = self._where(flt)
        return self.store.query_one("SELECT count(*) FROM cases" + where, params)[0]

    def _where(self, flt: CaseFilter, within: Sequence[int] | None = None
               ) -> tuple[str, list]:
        """The filter as " WHERE ..." (or "") on `cases`, with its parameters; restricted
        cases only for those who see them (every list and count goes through here)."""
        where, params = [], []
        if not self.sees_restricted():
            where.append(self.visible_sql())
        if flt.status:
            where.append("cases.status = ?")
            params.append(flt.status)
        if flt.category:
            where.append("cases.category = ?")
            params.append(flt.category)
        today = self.today()
        still_open = f"cases.status NOT IN ('{st.SELESAI}', '{st.DITUTUP}')"
        if flt.overdue:
            where.append("cases.next_contact_due != '' AND cases.next_contact_due < ?"
                         f" AND {still_open}")
            params.append(today.isoformat())
        if flt.contact_today:
            where.append(f"cases.next_contact_due = ? AND {still_open}")
            params.append(today.isoformat())
        if flt.open_only:
            where.append(still_open)
        if flt.officer:
            where.append(f"cases.officer = ? AND {still_open}")
            params.append("" if flt.officer == UNASSIGNED else flt.officer)
        if flt.urgent:
            where.append(f"{self._urgent_sql('cases.')} AND {still_open}")
        if flt.awaiting_approval:
            where.append("cases.proposed_status != ''")
        if flt.past_deadline or flt.near_deadline:
            where.append("cases.id IN (SELECT case_id FROM case_clock WHERE state = 'running'"
                         " AND due >= ? AND due < ?)")
            first = date.min if flt.past_deadline else today
            last = (add_working_days(today, NEAR_DAYS) + timedelta(days=1)
                    if flt.near_deadline else today)
            params += [first.isoformat(), last.isoformat()]
        if flt.referral_waiting:  # the partial index referrals_waiting holds exactly these
            where.append("cases.id IN (SELECT case_id FROM referrals"
                         " WHERE reply_on = '' AND withdrawn_on = '')")
        if flt.recorded_since:
            where.append("cases.created_at > ?")
            params.append(flt.recorded_since)
        received = self._received_range(flt)
        if received[0]:
            where.append("cases.received_at >= ?")
            params.append(received[0])
        if received[1]:
            where.append("cases.received_at < ?")
            params.append(received[1])
        if within is not None:
            # One parameter however many: no limit on SQL variables to meet.
            where.append("cases.seq IN (SELECT value FROM json_each(?))")
            params.append(json.dumps(list(within)))
        return (" WHERE " + " AND ".join(where)) if where else "", params

    def _received_range(self, flt: CaseFilter) -> tuple[str, str]:
        """The office's days as stored UTC instants: from its first moment, to the first
        moment of the day after `received_to` (received_at sorts as text)."""
        first, last = flt.received_from, flt.received_to
        if first and last and first > last:
            raise v.ValidationError(MSG_RANGE_REVERSED, field="filter.received_to")
        zone = zone_info(self.core.office.tz)

        def instant(day: date | None) -> str:
            if day is None:
                return ""
            moment = datetime(day.year, day.month, day.day, tzinfo=zone)
            return moment.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%S.%fZ")
        return instant(first), instant(last + timedelta(days=1) if last else None)

    def _sort_sql(self, sort: CaseSort) -> tuple[str, str]:
        """(joins, ORDER BY) for one column. Empty values come last either way; ties go
        newest first, then by seq, so the order is the same at every load. Values of the
        worker, complainant and clock are scalar subqueries: at 100,000 cases they cost a
        third of a join on the text ids (a LEFT JOIN must scan cases in id order)."""
        if sort.key not in SORT_KEYS:
            raise HaloError(MSG_SORT_UNKNOWN, field="sort")
        desc = sort.descending
        way = "DESC" if desc else "ASC"
        ties = "cases.received_at DESC, cases.seq DESC"
        # Empty last: above every text going up, below every text going down.
        empty = "''" if desc else "char(1114111)"

        def text(value: str) -> str:
            return f"coalesce(nullif({value}, ''), {empty}) COLLATE NOCASE {way}, {ties}"

        def ranked(kind: str, value: str) -> str:
            codes = [i.code for i in self.core.reference.items(kind)
                     if i.code.replace("-", "_").isidentifier()]  # literal-safe codes only
            whens = " ".join(f"WHEN '{c}' THEN {n}" for n, c in enumerate(codes))
            last = -1 if desc else len(codes) + 1
            return (f"CASE coalesce({value}, '') WHEN '' THEN {last} {whens}"
                    f" ELSE {len(codes)} END {way}, {value} {way}, {ties}")

        def worker(column: str) -> str:
            return f"(SELECT w.{column} FROM workers w WHERE w.case_id = cases.id)"

        key = sort.key
        if key == "number":  # unique: the index gives the order
            return "", f"cases.case_number {way}"
        if key == "received":  # (received_at, seq) is the index's own order
            return "", f"cases.received_at {way}, cases.seq {way}"
        if key in ("status", "category"):
            return "", ranked(key, f"cases.{key}")
        if key == "destination":
            return "", ranked("country", worker("destination_country"))
        if key == "worker":
            return "", text(worker("name"))
        if key == "complainant":
            return "", text("(SELECT p.name FROM complainants p WHERE p.case_id = cases.id)")
        if key == "officer":  # by the name shown, the username when unknown here
            return "", text("coalesce((SELECT u.full_name FROM users u"
                            " WHERE u.username = cases.officer), cases.officer)")
        if key == "deadline":  # running clocks by due date; paused and stopped after
            return "", text("(SELECT k.due FROM case_clock k WHERE k.case_id = cases.id"
                            " AND k.state = 'running')")
        # next_contact: closed cases show none, so they sort with the empty ones
        return "", text(f"CASE WHEN cases.status IN ('{st.SELESAI}', '{st.DITUTUP}') THEN ''"
                        " ELSE cases.next_contact_due END")

    def urgent_open_count(self) -> int:
        """Open cases flagged urgent or of an urgent category (the status bar's figure)."""
        self.core.require(Perm.CASE_READ)
        still_open = f"status NOT IN ('{st.SELESAI}', '{st.DITUTUP}')"
        return self.store.query_one(
            f"SELECT count(*) FROM cases WHERE {self._urgent_sql()} AND {still_open}"
            f" AND {self.visible_sql()}")[0]

    def _urgent_open_sql(self) -> str:
        """Urgent and still open (a resolved death abroad no longer comes first)."""
        return f"({self._urgent_sql()} AND status NOT IN ('{st.SELESAI}', '{st.DITUTUP}'))"

    def _urgent_sql(self, table: str = "") -> str:
        """Flagged by a person, or of a category the reference data calls urgent."""
        codes = sorted(i.code for i in self.core.reference.items("category")
                       if i.extra.get("urgent"))
        listed = ", ".join(f"'{c}'" for c in codes if c.isidentifier()) or "''"
        return f"({table}urgent = '1' OR {table}category IN ({listed}))"

    def rows(self, seqs: Sequence[int]) -> list[CaseRow]:
        """Rows for the given seqs, in the same order (missing ones are skipped)."""
        self.core.require(Perm.CASE_READ)
        if not seqs:
            return []
        found = {}
        for i in range(0, len(seqs), 500):
            chunk = list(seqs[i:i + 500])
            # Restricted ones dropped here too: whatever seqs a caller brings (a duplicate
            # candidate), the rows never carry a restricted case's names to the wrong person.
            sql = _ROW_SQL.format(marks=",".join("?" * len(chunk)),
                                  urgent=self._urgent_sql().replace("urgent", "c.urgent", 1)
                                  .replace("category", "c.category", 1),
                                  visible=f" AND {self.visible_sql('c')}")
            for r in self.store.query(sql, chunk):
                found[r[0]] = CaseRow(*r[:12], bool(r[12]), *r[13:])
        return [found[s] for s in seqs if s in found]

    def count(self) -> int:
        """Every case this person sees (the list's "of N"); the store's own total is a
        count(*) of its own (maintenance)."""
        return self.store.query_one(f"SELECT count(*) FROM cases WHERE {self.visible_sql()}")[0]

    def today(self) -> date:
        return self.core.now().astimezone(zone_info(self.core.office.tz)).date()

    # -- timeline ----------------------------------------------------------------------
    def _event(self, tx, case_id: str, event_type: str, summary: str, channel: str = "",
               occurred_at: str | None = None, next_contact_due: str = "", data: dict | None = None) -> str:
        event_id = _new_id()
        tx.insert("event", {
            "id": event_id, "case_id": case_id, "event_type": event_type,
            "occurred_at": occurred_at or tx.now, "recorded_at": tx.now, "user": tx.user,
            "device": tx.device, "summary": summary, "channel": channel,
            "next_contact_due": next_contact_due,
            "data": json.dumps(data or {}, ensure_ascii=False, separators=(",", ":")),
        })
        return event_id

    def add_event(self, case_key: str | int, event_type: str, summary: str, *,
                  channel: str = "", occurred_at: datetime | None = None,
                  next_contact_due: str | date | None = None, spoke_with: str = "",
                  result: str = "") -> str:
        """Add a resolution step or a family contact to the timeline. A family contact
        also says whom the officer spoke to and whether it got through (`result`, a
        contact_result code), and `occurred_at` is when it happened, not when typed."""
        core = self.core
        core.require(Perm.EVENT_ADD)
        case = self.resolve_for_edit(case_key)
        c = v.Collector()
        if not core.reference.has("event_type", event_type):
            c.add(v.ValidationError(MSG_UNKNOWN_CODE, field="event.event_type"))
        elif (event_type in SYSTEM_EVENTS
              or core.reference.extra("event_type", event_type).get("system")):
            c.add(v.ValidationError(MSG_SYSTEM_EVENT, field="event.event_type"))
        summary = c.check(v.normalize_text, summary, "event.summary", max_len=4000, required=True) or ""
        if channel and not core.reference.has("channel", channel):
            c.add(v.ValidationError(MSG_UNKNOWN_CODE, field="event.channel"))
        data: dict[str, str] = {}
        if event_type == FAMILY_CONTACT:
            if not channel:
                c.add(v.ValidationError(MSG_REQUIRED, field="event.channel"))
            data = self._contact_data(c, spoke_with, result)
        due = self._parse_due(c, next_contact_due)
        now = core.now()
        when = occurred_at or now
        if when.tzinfo is None:
            raise ValueError("occurred_at must be timezone-aware")
        c.check(v.validate_not_future, when, "event.occurred_at", today=now)
        c.raise_if_any()
        with core.write() as tx:
            event_id = self._event(tx, case["id"], event_type, summary, channel,
                                   when.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%S.%fZ"), due,
                                   data)
            fields = {"updated_at": tx.now}
            if due or event_type == FAMILY_CONTACT:
                # A contact without a new due date means the follow-up was done.
                fields["next_contact_due"] = due
            tx.update("case", case["id"], fields)
        return event_id

    def _contact_data(self, c: v.Collector, spoke_with: str, result: str) -> dict[str, str]:
        # '' is a contact recorded without its result (before results were kept).
        if result and not self.core.reference.has("contact_result", result):
            c.add(v.ValidationError(MSG_UNKNOWN_CODE, field="event.result"))
        name = c.check(v.normalize_name, spoke_with, "event.spoke_with") or ""
        return {"result": result, "spoke_with": name}

    def contact_results(self, case_key: str | int) -> list[str]:
        """The results of the case's family contacts, oldest first (when they happened)."""
        case = self.resolve(case_key)
        rows = self.store.query(
            "SELECT data FROM events WHERE case_id = ? AND event_type = ?"
            " ORDER BY occurred_at, recorded_at", (case["id"], FAMILY_CONTACT))
        return [json.loads(r[0] or "{}").get("result", "") for r in rows]

    def contact_lost(self, case_key: str | int) -> bool:
        """Three failed family contacts in a row (the reference policy): contact with the
        family must never be lost, so the case carries a flag until one gets through."""
        return casework.contact_lost(self.contact_results(case_key), self.core.reference)

    def _parse_due(self, c: v.Collector, value: str | date | None) -> str:
        if not value:
            return ""
        parsed = value if isinstance(value, date) else c.check(v.parse_date, value, "event.next_contact_due")
        if parsed is None:
            return ""
        if parsed < self.today():
            c.add(v.ValidationError(MSG_CONTACT_DUE_PAST, field="event.next_contact_due"))
            return ""
        return parsed.isoformat()

    # -- status ------------------------------------------------------------------------
    def change_status(self, case_key: str | int, new_status: str, *, outcome: str = "",
                      duplicate_of: str = "", note: str = "",
                      approved_proposal: bool = False) -> None:
        """Move the case through the pipeline. Closing is a supervisor's: directly (the
        timeline then says nobody else approved it) or by approving an officer's proposal
        (`approved_proposal`, see services/handling.py)."""
        core = self.core
        case = self.resolve_for_edit(case_key)
        old = case["status"]
        st.check_transition(old, new_status)
        reopen = st.is_reopen(old, new_status)
        if reopen:
            core.require(Perm.CASE_REOPEN)
        elif new_status in st.CLOSED:
            core.require(Perm.CLOSURE_APPROVE if approved_proposal else Perm.CASE_CLOSE)
        else:
            core.require(Perm.STATUS_CHANGE)
        if new_status == st.DIRUJUK and not self.open_referrals(case["id"]):
            raise st.StatusError(MSG_REFERRAL_NEEDED, field="status")
        note = v.normalize_text(note, "status.note", max_len=4000)
        fields: dict = {"status": new_status}
        if new_status in st.CLOSED:
            fields.update(self._closing_fields(case, new_status, outcome, duplicate_of))
        elif reopen:
            fields.update({"outcome": "", "duplicate_of": ""})
        proposal = case["proposed_status"]
        if new_status in st.CLOSED or reopen:
            fields.update(dict.fromkeys(PROPOSAL_FIELDS, ""))  # settled, or moot
        with core.write() as tx:
            fields["updated_at"] = tx.now
            tx.update("case", case["id"], fields)
            if fields.get("duplicate_of"):
                core.links.link_duplicate(tx, case, fields["duplicate_of"])
            elif reopen:
                core.links.end_duplicate(tx, case)
            data = {"from": old, "to": new_status}
            if fields.get("outcome"):
                data["outcome"] = fields["outcome"]
            if fields.get("duplicate_of"):
                data["duplicate_of"] = fields["duplicate_of"]
            if new_status in st.CLOSED:
                # Who else agreed: the officer who proposed it, or nobody (closed directly).
                data["proposed_by"] = case["proposed_by"] if approved_proposal else ""
            self._event(tx, case["id"], "dibuka_kembali" if reopen else "perubahan_status",
                        summary=note, data=data)
            if approved_proposal:
                self._event(tx, case["id"], "usulan_disetujui", summary="",
                            data={"proposed_by": case["proposed_by"], "status": new_status})
            elif proposal and new_status in st.CLOSED:
                self._event(tx, case["id"], "usulan_dikembalikan", summary="",
                            data={"proposed_by": case["proposed_by"], "closed_directly": True})

    def record_step(self, tx, case_id: str, event_type: str, summary: str,
                    data: dict | None = None, *, channel: str = "",
                    occurred_at: str | None = None) -> str:
        """A step the application records itself (an assignment, a flag, a proposal, a
        repeat visit), in the caller's transaction; people add steps through add_event."""
        return self._event(tx, case_id, event_type, summary=summary, channel=channel,
                           occurred_at=occurred_at, data=data)

    def open_referrals(self, case_id: str) -> int:
        return self.store.query_one(
            "SELECT count(*) FROM referrals WHERE case_id = ? AND reply_on = ''"
            " AND withdrawn_on = ''", (case_id,))[0]

    def _closing_fields(self, case: dict, new_status: str, outcome: str, duplicate_of: str) -> dict:
        ref = self.core.reference
        if not outcome:
            raise st.StatusError(st.MSG_OUTCOME_REQUIRED, field="status.outcome")
        if not ref.has("outcome", outcome):
            raise v.ValidationError(MSG_UNKNOWN_CODE, field="status.outcome")
        extra = ref.extra("outcome", outcome)
        if extra.get("closes_as", new_status) != new_status:
            raise st.StatusError(st.MSG_OUTCOME_MISMATCH, field="status.outcome")
        survivor = ""
        if extra.get("requires_duplicate_of"):
            survivor = (duplicate_of or "").strip().upper()
            if not survivor:
                raise st.StatusError(st.MSG_DUPLICATE_REQUIRED, field="status.duplicate_of")
            if survivor == case["case_number"]:
                raise st.StatusError(st.MSG_DUPLICATE_SELF, field="status.duplicate_of")
            if not self.store.query_one("SELECT 1 FROM cases WHERE case_number = ?", (survivor,)):
                raise st.StatusError(st.MSG_DUPLICATE_UNKNOWN, field="status.duplicate_of")
        return {"outcome": outcome, "duplicate_of": survivor}

    # -- documents and corrections -----------------------------------------------------
    def set_document(self, case_key: str | int, doc_type: str, state: str, note: str = "") -> None:
        core = self.core
        core.require(Perm.CASE_EDIT)
        case = self.resolve_for_edit(case_key)
        if state not in DOC_STATES or not core.reference.has("document_type", doc_type):
            raise v.ValidationError(MSG_UNKNOWN_CODE, field=f"documents.{doc_type}")
        note = v.normalize_text(note, f"documents.{doc_type}", max_len=500)
        doc_id = f"{case['id']}:{doc_type}"
        with core.write() as tx:
            exists = self.store.query_one("SELECT state FROM case_documents WHERE id = ?", (doc_id,))
            if exists is None:
                tx.insert("document", {"id": doc_id, "case_id": case["id"], "doc_type": doc_type,
                                       "state": state, "note": note, "updated_at": tx.now})
            elif not tx.update("document", doc_id, {"state": state, "note": note}):
                return
            else:
                tx.update("document", doc_id, {"updated_at": tx.now})
            if state == "ada" and (exists is None or exists[0] != "ada"):
                label = core.reference.label("document_type", doc_type)
                self._event(tx, case["id"], "dokumen_diterima", summary=label, data={"doc_type": doc_type})
            tx.update("case", case["id"], {"updated_at": tx.now})

    def update_people(self, case_key: str | int, worker: WorkerInput | None = None,
                      complainant: ComplainantInput | None = None) -> list[str]:
        """Correct the worker's or complainant's data; returns the changed field names."""
        core = self.core
        core.require(Perm.CASE_EDIT)
        case = self.resolve_for_edit(case_key)
        c = v.Collector()
        w = normalize_worker(c, worker, core.reference, self.today()) if worker else None
        p = normalize_complainant(c, complainant, core.reference) if complainant else None
        c.raise_if_any()
        changed: list[str] = []
        with core.write() as tx:
            if w is not None:
                wid = self.store.query_one("SELECT id FROM workers WHERE case_id = ?", (case["id"],))[0]
                changed += [f"worker.{k}" for k in tx.update("worker", wid, w)]
            if p is not None:
                pid = self.store.query_one("SELECT id FROM complainants WHERE case_id = ?", (case["id"],))[0]
                changed += [f"complainant.{k}" for k in tx.update("complainant", pid, p)]
            if changed:
                tx.update("case", case["id"], {"updated_at": tx.now})
        return changed
