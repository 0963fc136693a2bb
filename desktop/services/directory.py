"""The stakeholder directory: the partners cases are referred to and agencies summoned.

Every PC holds all of it (synced). Central (the national office) keeps it and may change any
entry; a regional office adds its own local partners and changes only those: the server
refuses anything else (sync/server/services/directory.py), so the same rule is checked here
first, with a message the officer can act on. Central adopts an office's partner by making
it a central entry (office_code '').

Search follows case search (desktop/services/search.py): trigram substring matches first,
then likely misspellings ranked by trigram similarity; a query too short for trigrams
matches the start of a word of the name.
"""

from __future__ import annotations

import uuid
from collections.abc import Sequence
from typing import TYPE_CHECKING

from desktop.domain import casework
from desktop.domain import validation as v
from desktop.domain.directory import (
    MSG_DUPLICATE,
    DirectoryEntry,
    entry_from_row,
    kind_order,
    normalize_entry,
    same_name,
)
from desktop.domain.roles import Perm
from desktop.messages import HaloError, Msg
from desktop.services.search import _WORD, NameMatcher, _phrase, exact_match_query

if TYPE_CHECKING:
    from desktop.core import Core

ENTITY = "stakeholder"
ADDED, CHANGED, ADOPTED = "directory_added", "directory_changed", "directory_adopted"
ACTIVATED, DEACTIVATED = "directory_activated", "directory_deactivated"

FUZZY_CANDIDATES = 100
FUZZY_MIN_SIMILARITY = 0.45
MIN_FUZZY_WORD = 4  # partner names are short ("KJRI Jedah"): halves of 4 letters still help
MAX_LIST = 5000

MSG_UNKNOWN = Msg("directory_entry_unknown", "Entri direktori tidak ditemukan.",
                  "Directory entry not found.")
MSG_NOT_YOURS = Msg(
    "directory_entry_not_yours",
    "Entri ini dikelola {owner}; kantor ini hanya dapat mengubah mitra lokalnya sendiri. "
    "Minta {owner} mengubahnya.",
    "This entry is kept by {owner_en}; this office can change only its own local partners. "
    "Ask {owner_en} to change it.")
MSG_CENTRAL_ONLY = Msg(
    "directory_central_only",
    "Hanya pusat (PST) yang dapat mengambil alih entri kantor daerah.",
    "Only central (PST) can adopt an office's entry.")


class DirectoryService:
    def __init__(self, core: Core) -> None:
        self.core = core
        self.store = core.store

    @property
    def national(self) -> bool:
        """This PC is central's (the national office): it keeps the whole directory."""
        return bool(self.core.reference.extra("office", self.core.office.code).get("national"))

    # -- reading ---------------------------------------------------------------------------
    def search(self, text: str, kinds: Sequence[str] = (), limit: int = 20,
               include_inactive: bool = False) -> list[DirectoryEntry]:
        """Entries best first: names (or licence numbers) containing what was typed, then
        likely misspellings; with no text, every entry by kind then name."""
        self.core.require(Perm.CASE_READ)
        text = " ".join((text or "").split())
        limit = max(1, min(limit, MAX_LIST))
        where, params = self._filters(kinds, include_inactive)
        if not text:
            rows = self.store.query_dicts(f"SELECT s.* FROM stakeholders s WHERE {where}", params)
            order = kind_order(self.core.reference)
            rows.sort(key=lambda r: (order.get(r["kind"], len(order)), r["name"].casefold()))
            return self._entries(rows[:limit])
        found = self._substring(text, where, params)
        if len(found) < limit:
            seen = {r["id"] for r in found}
            found += [r for r in self._fuzzy(text, where, params) if r["id"] not in seen]
        return self._entries(found[:limit])

    def get(self, entry_id: str) -> DirectoryEntry:
        self.core.require(Perm.CASE_READ)
        return self._entries([self._row(entry_id)])[0]

    def _filters(self, kinds: Sequence[str], include_inactive: bool) -> tuple[str, list]:
        clauses, params = ["1"], []
        if kinds:
            clauses.append(f"s.kind IN ({', '.join('?' * len(kinds))})")
            params += list(kinds)
        if not include_inactive:
            clauses.append("s.active = '1'")
        return " AND ".join(clauses), params

    def _substring(self, text: str, where: str, params: list) -> list[dict]:
        """Names or licence numbers that contain every word typed, those starting with the
        text first, then the closest names."""
        words = _WORD.findall(text)
        parts = []
        exact = exact_match_query(text)
        if exact is not None:
            parts.append(f"({exact})")
        if len(text) >= 3:  # a licence number as typed, punctuation and all
            parts.append(f"(licence_no : {_phrase(text)})")
        if parts:
            rows = self.store.query_dicts(
                "SELECT s.* FROM stakeholder_search f JOIN stakeholders s ON s.seq = f.rowid"
                f" WHERE stakeholder_search MATCH ? AND {where}", [" OR ".join(parts), *params])
            # Words under 3 letters are not in the trigram query: they must still start a
            # word of the name ("RS Sanglah" should not list every hospital).
            short = [w.casefold() for w in words if len(w) < 3]
            rows = [r for r in rows if _has_word_starts(r["name"], short)
                    or _has_word_starts(r["licence_no"], short)]
        elif words:
            # Too short for trigrams ("RS", "PT"): the start of a word of the name.
            rows = self.store.query_dicts(
                f"SELECT s.* FROM stakeholders s WHERE {where}", params)
            prefixes = [w.casefold() for w in words]
            rows = [r for r in rows if _has_word_starts(r["name"], prefixes)]
        else:
            return []
        matcher = NameMatcher(text)
        lowered = text.casefold()
        rows.sort(key=lambda r: (not r["name"].casefold().startswith(lowered),
                                 -matcher.score(r["name"]), r["name"].casefold()))
        return rows

    def _fuzzy(self, text: str, where: str, params: list) -> list[dict]:
        query = _fuzzy_query(text)
        if query is None or any(ch.isdigit() for ch in text):
            return []
        rows = self.store.query_dicts(
            "SELECT s.* FROM stakeholder_search f JOIN stakeholders s ON s.seq = f.rowid"
            f" WHERE stakeholder_search MATCH ? AND {where} ORDER BY f.rank LIMIT ?",
            [query, *params, FUZZY_CANDIDATES])
        matcher = NameMatcher(text)
        scored = [(matcher.score(r["name"]), r) for r in rows]
        scored = [(s, r) for s, r in scored if s >= FUZZY_MIN_SIMILARITY]
        scored.sort(key=lambda sr: (-sr[0], sr[1]["name"].casefold()))
        return [r for _s, r in scored]

    def _row(self, entry_id: str) -> dict:
        rows = self.store.query_dicts("SELECT * FROM stakeholders WHERE id = ?",
                                      ((entry_id or "").strip(),))
        if not rows:
            raise HaloError(MSG_UNKNOWN, field="stakeholder")
        return rows[0]

    def _entries(self, rows: list[dict]) -> list[DirectoryEntry]:
        missed = self._missed({r["id"] for r in rows})
        own, national, ref = self.core.office.code, self.national, self.core.reference
        return [entry_from_row(r, own_office=own, national=national,
                               missed=missed.get(r["id"], 0), ref=ref) for r in rows]

    def _missed(self, ids: set[str]) -> dict[str, int]:
        """Summons each entry stayed away from, in the cases this PC holds."""
        if not ids:
            return {}
        marks = ", ".join("?" * len(ids))
        rows = self.store.query(
            f"SELECT stakeholder_id, attendance FROM summons WHERE stakeholder_id IN ({marks})"
            " AND attendance != ''", sorted(ids))
        by_entry: dict[str, list[str]] = {}
        for sid, attendance in rows:
            by_entry.setdefault(sid, []).append(attendance)
        return {sid: casework.missed_summons(a) for sid, a in by_entry.items()}

    # -- writing ---------------------------------------------------------------------------
    def add(self, inp: casework.StakeholderInput, demo: bool = False) -> str:
        """A new entry: central's own at central, else a local partner of this office.
        `demo` marks a made-up partner (demo data), so nobody takes it for a real one."""
        core = self.core
        core.require(Perm.DIRECTORY_EDIT)
        fields = self._checked(inp, "")
        entry_id = str(uuid.uuid4())
        with core.write() as tx:
            tx.insert(ENTITY, {"id": entry_id, **fields,
                               "office_code": "" if self.national else core.office.code,
                               "demo": "1" if demo else "", "active": "1",
                               "created_by": tx.user,
                               "created_at": tx.now, "updated_at": tx.now})
            core.audit.add(tx, ADDED, target=entry_id, detail=fields["kind"])
        return entry_id

    def update(self, entry_id: str, inp: casework.StakeholderInput) -> bool:
        """Change an entry this PC may change; False when nothing differed."""
        core = self.core
        core.require(Perm.DIRECTORY_EDIT)
        row = self._editable_row(entry_id)
        fields = self._checked(inp, row["id"])
        return self._write(row, fields, CHANGED)

    def adopt(self, entry_id: str) -> bool:
        """Central makes an office's local partner a central entry (every office then sees it
        as central's); False when it was central's already."""
        core = self.core
        core.require(Perm.DIRECTORY_EDIT)
        if not self.national:
            raise HaloError(MSG_CENTRAL_ONLY, field="office_code")
        row = self._row(entry_id)
        if not row["office_code"]:
            return False
        return self._write(row, {"office_code": ""}, ADOPTED, detail=row["office_code"])

    def set_active(self, entry_id: str, active: bool) -> bool:
        """Switch an entry off (it stays for the referrals that name it, but is no longer
        offered) or on again."""
        core = self.core
        core.require(Perm.DIRECTORY_EDIT)
        row = self._editable_row(entry_id)
        return self._write(row, {"active": "1" if active else "0"},
                           ACTIVATED if active else DEACTIVATED)

    def _write(self, row: dict, fields: dict[str, str], action: str, detail: str = "") -> bool:
        """Write what differs from `row`; nothing (no change to sync) when nothing does."""
        changed = {k: val for k, val in fields.items() if row[k] != val}
        if not changed:
            return False
        core = self.core
        with core.write() as tx:
            tx.update(ENTITY, row["id"], {**changed, "updated_at": tx.now})
            # Which fields, never their values: the trail says what was touched.
            core.audit.add(tx, action, target=row["id"],
                           detail=detail or ",".join(sorted(changed))[:200])
        return True

    def _editable_row(self, entry_id: str) -> dict:
        row = self._row(entry_id)
        if not self.national and row["office_code"] != self.core.office.code:
            owner = row["office_code"]
            ref = self.core.reference
            raise HaloError(
                MSG_NOT_YOURS, field="stakeholder",
                owner=(f"kantor {ref.label('office', owner, 'id')}" if owner else "pusat"),
                owner_en=(f"the {ref.label('office', owner, 'en')} office" if owner
                          else "central"))
        return row

    def _checked(self, inp: casework.StakeholderInput, entry_id: str) -> dict[str, str]:
        """The fields as stored, or every error at once: each field's, and a partner the
        directory already holds under this name and kind."""
        c = v.Collector()
        fields = c.check(normalize_entry, inp, self.core.reference)
        kind, name = (inp.kind or "").strip(), " ".join((inp.name or "").split())
        if kind and name:
            rows = self.store.query("SELECT name FROM stakeholders WHERE kind = ? AND id != ?",
                                    (kind, entry_id))
            if any(same_name(other, name) for (other,) in rows):
                c.add(v.ValidationError(MSG_DUPLICATE, "name"))
        c.raise_if_any()
        assert fields is not None
        return fields

def _has_word_starts(name: str, prefixes: Sequence[str]) -> bool:
    """Each prefix starts some word of `name`."""
    words = [w.casefold() for w in _WORD.findall(name or "")]
    return all(any(w.startswith(p) for w in words) for p in prefixes)


def _fuzzy_query(text: str) -> str | None:
    """Like case search's: a long word must match by one of its halves (one typo spoils only
    one), a shorter one by its first or last three letters; names only."""
    groups = []
    for word in _WORD.findall(text):
        if len(word) >= 6:
            half = len(word) // 2
            groups.append(f"({_phrase(word[:half])} OR {_phrase(word[half:])})")
        elif len(word) >= MIN_FUZZY_WORD:
            groups.append(f"({_phrase(word[:3])} OR {_phrase(word[-3:])})")
    if not groups:
        return None
    return "name : (" + " AND ".join(groups) + ")"
