"""Finding cases by case number, name, passport, NIK or phone, and spotting likely duplicates.

The index uses FTS5's trigram tokenizer: a query matches as a substring. A misspelled name
still shares long runs with the right one, so the fuzzy pass looks for either half of each
word and then ranks the candidates by trigram similarity.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import TYPE_CHECKING

from desktop.domain import validation as v
from desktop.domain.case_numbers import NumberQuery, parse_number_query
from desktop.domain.models import ComplainantInput, DuplicateCandidate, WorkerInput
from desktop.domain.phones import search_digits
from desktop.domain.roles import Perm

if TYPE_CHECKING:
    from desktop.core import Core

MAX_RESULTS = 500
# Cases sharing a number's padded tail: one per office, year and PC letter (a few hundred
# at the very most in the national office's copy).
NUMBER_CANDIDATES = 2000
FUZZY_CANDIDATES = 100
FUZZY_WHEN_FEWER = 20  # enough exact hits: the officer typed it right
FUZZY_MIN_SIMILARITY = 0.45
MIN_FUZZY_WORD = 5
# How strongly each kind of evidence says "the same person" (lower is stronger).
DUPLICATE_STRENGTH = {"passport": 0, "nik": 1, "phone": 2, "name_birth": 3, "name_country": 4,
                      "weakest": 99}
# A similar name with only the destination country in common must be closer than a search
# hit: common names (Siti, Nur...) would otherwise flag half the office.
DUPLICATE_NAME_SIMILARITY = 0.6
_WORD = re.compile(r"[^\W_]+", re.UNICODE)


def trigrams(text: str) -> set[str]:
    padded = f"  {text.lower()} "
    return {padded[i:i + 3] for i in range(len(padded) - 2)}


def _jaccard(ta: set[str], tb: set[str]) -> float:
    return len(ta & tb) / len(ta | tb) if ta and tb else 0.0


def similarity(a: str, b: str) -> float:
    return _jaccard(trigrams(a), trigrams(b))


class NameMatcher:
    """Scores names against one query; the query's trigrams are computed once."""

    def __init__(self, query: str) -> None:
        self.words = _WORD.findall(query)
        self.grams = trigrams(" ".join(self.words))

    def score(self, name: str) -> float:
        """Best match against the whole name or any run of as many words of it
        ("Nurhalisa" against "Siti Nurhaliza binti Ahmad" compares with "Nurhaliza")."""
        nwords = _WORD.findall(name)
        best = _jaccard(self.grams, trigrams(" ".join(nwords)))
        width = len(self.words)
        if width and len(nwords) > width:
            for i in range(len(nwords) - width + 1):
                best = max(best, _jaccard(self.grams, trigrams(" ".join(nwords[i:i + width]))))
        return best


def name_similarity(query: str, name: str) -> float:
    return NameMatcher(query).score(name)


def _phrase(text: str) -> str:
    return '"' + text.replace('"', '""') + '"'


def exact_match_query(text: str) -> str | None:
    """Every word must appear somewhere (as a substring of at least 3 characters)."""
    words = [w for w in _WORD.findall(text) if len(w) >= 3]
    return " AND ".join(_phrase(w) for w in words) if words else None


def fuzzy_match_query(text: str) -> str | None:
    """A single typo spoils only one half of a long word, so the other half still matches:
    every long word must match by at least one of its halves. Short words are left to the
    similarity score, since a typo in them would leave nothing to match."""
    groups = []
    for word in _WORD.findall(text):
        if len(word) >= 6:
            half = len(word) // 2  # halves do not overlap: one typo breaks only one of them
            groups.append(f"({_phrase(word[:half])} OR {_phrase(word[half:])})")
        elif len(word) >= MIN_FUZZY_WORD:
            groups.append(f"({_phrase(word[:3])} OR {_phrase(word[-3:])})")
    if not groups:
        return None
    return "{worker_name complainant_name} : (" + " AND ".join(groups) + ")"


class _Tiers:
    """Which column a substring match came from, as a sort key (the index's rank breaks
    ties, the sort being stable): an exact NIK or passport, then phone numbers, then
    names, then anything else."""

    IDENTITY, PHONE, NAME, OTHER = range(4)

    def __init__(self, identifier: str) -> None:
        self.words = [w.lower() for w in _WORD.findall(identifier) if len(w) >= 3]
        self.passport = _quiet(v.normalize_passport, identifier)
        self.nik = _quiet(v.normalize_nik, identifier)

    def of(self, row) -> int:
        _seq, worker, complainant, passport, nik, phones = row
        if (self.passport and passport == self.passport) or (self.nik and self.nik in nik.split()):
            return self.IDENTITY
        if self._has_all(phones):
            return self.PHONE
        if self._has_all(f"{worker} {complainant}"):
            return self.NAME
        return self.OTHER

    def _has_all(self, text: str) -> bool:
        text = text.lower()
        return bool(self.words) and all(w in text for w in self.words)


@dataclass(frozen=True)
class SearchHit:
    seq: int
    score: float


class SearchService:
    def __init__(self, core: Core) -> None:
        self.core = core
        self.store = core.store

    def search(self, text: str, limit: int = MAX_RESULTS) -> list[int]:
        """Case seqs best first. A whole case number: that case alone. Otherwise, in tiers:
        cases whose number the text names ("899", "A-899", "2026/A/899"; newest first),
        then of the substring matches those with that exact NIK or passport, those matching
        by phone number, by name, and the rest; then, for names, likely misspellings.
        Restricted cases only for those who see them (a supervisor): for anyone else they
        are not found at all, not even by their full number."""
        self.core.require(Perm.CASE_READ)
        text = (text or "").strip()
        if not text:
            return []
        hidden = self.core.cases.hidden_seqs()
        found: dict[int, None] = {}  # ordered, without repeats
        number = parse_number_query(text)
        if number is not None:
            hits = [seq for seq in self._by_case_number(number) if seq not in hidden]
            if number.full and hits:
                return hits[:1]  # the family quoted the receipt: exactly that case
            found.update(dict.fromkeys(hits))
        identifier = self._identifier_form(text)
        query = exact_match_query(identifier)
        if query and not any(ch.isdigit() for ch in identifier):
            # Letters only: no NIK, passport or phone number to rank first; names it is.
            found.update(dict.fromkeys(r[0] for r in self.store.query(
                "SELECT rowid FROM case_search WHERE case_search MATCH ? ORDER BY rank LIMIT ?",
                (query, limit))))
        elif query:
            rows = self.store.query(
                "SELECT rowid, worker_name, complainant_name, passport, nik, phones"
                " FROM case_search WHERE case_search MATCH ? ORDER BY rank LIMIT ?",
                (query, limit))
            tiers = _Tiers(identifier)
            found.update(dict.fromkeys(r[0] for r in sorted(rows, key=tiers.of)))
        for seq in hidden.intersection(found):
            del found[seq]
        if len(found) < min(limit, FUZZY_WHEN_FEWER) and not any(ch.isdigit() for ch in text):
            found.update(dict.fromkeys(h.seq for h in self._fuzzy(text, limit)
                                       if h.seq not in hidden))
        return list(found)[:limit]

    def _by_case_number(self, number: NumberQuery) -> list[int]:
        """Cases whose number has the parts given, newest first (the trigram index finds
        the padded tail; the parts decide)."""
        rows = self.store.query(
            "SELECT rowid, case_number FROM case_search WHERE case_search MATCH ? LIMIT ?",
            ("{case_number} : " + _phrase(number.tail), NUMBER_CANDIDATES))
        seqs = [seq for seq, stored in rows if number.matches(stored)]
        if not seqs:
            return []
        marks = ", ".join("?" * len(seqs))
        return [r[0] for r in self.store.query(
            f"SELECT seq FROM cases WHERE seq IN ({marks}) ORDER BY received_at DESC, seq DESC",
            seqs)]

    def _identifier_form(self, text: str) -> str:
        """Numbers are indexed normalised: '0812-345' finds '+62812345', 'a 123' finds 'A123'."""
        whole = search_digits(text)  # a whole phone number in any form ("0062 813...")
        if whole:
            return whole
        digits = re.sub(r"[\s.\-()]", "", text)
        if digits.isdigit() and digits.startswith("0") and len(digits) >= 4:
            return "62" + digits[1:]
        if re.fullmatch(r"[A-Za-z]{1,2}\s?\d{4,8}", text):
            return text.replace(" ", "")
        return text

    def _fuzzy(self, text: str, limit: int) -> list[SearchHit]:
        query = fuzzy_match_query(text)
        if not query:
            return []
        # The index keeps its own copy of the names (inside the encrypted file): no join needed.
        rows = self.store.query(
            "SELECT rowid, worker_name, complainant_name FROM case_search"
            " WHERE case_search MATCH ? ORDER BY rank LIMIT ?",
            (query, FUZZY_CANDIDATES),
        )
        hits = []
        matcher = NameMatcher(text)
        for seq, worker, complainant in rows:
            score = max(matcher.score(worker), matcher.score(complainant))
            if score >= FUZZY_MIN_SIMILARITY:
                hits.append(SearchHit(seq, score))
        hits.sort(key=lambda h: -h.score)
        return hits[:limit]

    # -- duplicates while typing an intake ---------------------------------------------
    def find_duplicates(self, worker: WorkerInput, complainant: ComplainantInput | None = None,
                        limit: int = 10) -> list[DuplicateCandidate]:
        """Cases that may be about the same person, strongest evidence first (DUPLICATE_
        STRENGTH), newest first within the same evidence: same passport or NIK, a phone
        number of the worker or the complainant, a similar name with the same birth date or
        the same destination country. Tolerates half-typed input: invalid fields are simply
        not used.

        A restricted case is no candidate for anyone but a supervisor (CaseService.rows
        leaves it out): its data may not be processed, and a candidate without names would
        still tell the front desk that this NIK or passport has a hidden case."""
        self.core.require(Perm.CASE_READ)
        found: dict[int, str] = {}

        def add(seqs, reason: str) -> None:
            for seq in seqs:
                if DUPLICATE_STRENGTH[reason] < DUPLICATE_STRENGTH[found.get(seq, "weakest")]:
                    found[seq] = reason

        passport = _quiet(v.normalize_passport, worker.passport)
        nik = _quiet(v.normalize_nik, worker.nik)
        if passport:
            add((seq for (seq,) in self.store.query(
                "SELECT c.seq FROM workers w JOIN cases c ON c.id = w.case_id WHERE w.passport = ?",
                (passport,))), "passport")
        if nik:
            add((seq for (seq,) in self.store.query(
                "SELECT c.seq FROM workers w JOIN cases c ON c.id = w.case_id WHERE w.nik = ?"
                " UNION SELECT c.seq FROM complainants p JOIN cases c ON c.id = p.case_id"
                " WHERE p.nik = ?", (nik, nik))), "nik")
        add(self._same_phone(worker, complainant), "phone")
        name = (worker.name or "").strip()
        birth = _quiet(v.parse_date, worker.birth_date, "birth_date")
        if birth and len(name) >= 3:
            add((seq for seq, other in self.store.query(
                "SELECT c.seq, w.name FROM workers w JOIN cases c ON c.id = w.case_id"
                " WHERE w.birth_date = ?", (birth.isoformat(),))
                if name_similarity(name, other) >= FUZZY_MIN_SIMILARITY), "name_birth")
        country = (worker.destination_country or "").strip()
        if country and len(name) >= 3:
            add(self._similar_name_in(name, country), "name_country")
        for seq in self.core.cases.hidden_seqs():  # before the limit: it takes no place
            found.pop(seq, None)
        if not found:
            return []
        ranked = sorted(found, key=lambda seq: (DUPLICATE_STRENGTH[found[seq]], -seq))[:limit]
        rows = {r.seq: r for r in self.core.cases.rows(ranked)}
        return [DuplicateCandidate(seq, rows[seq].case_number, rows[seq].worker_name,
                                   rows[seq].complainant_name, rows[seq].status, found[seq])
                for seq in ranked if seq in rows]

    def _same_phone(self, worker: WorkerInput, complainant: ComplainantInput | None) -> set[int]:
        numbers = {_quiet(v.normalize_phone, worker.phone)}
        if complainant is not None:
            numbers.update(_quiet(v.normalize_phones, complainant.phones) or [])
        numbers.discard(None)
        numbers.discard("")
        seqs: set[int] = set()
        for number in numbers:
            # The index holds each case's numbers (worker's and complainant's) as text: a
            # substring match finds the candidates, the stored lists confirm them.
            for seq, phones in self.store.query(
                    "SELECT rowid, phones FROM case_search WHERE case_search MATCH ? LIMIT ?",
                    ("phones : " + _phrase(number), FUZZY_CANDIDATES)):
                if number in re.split(r"[\s,;]+", phones or ""):
                    seqs.add(seq)
        return seqs

    def _similar_name_in(self, name: str, country: str) -> set[int]:
        query = fuzzy_match_query(name)
        if not query:
            return set()
        rows = self.store.query(
            "SELECT s.rowid, w.name FROM case_search s JOIN cases c ON c.seq = s.rowid"
            " JOIN workers w ON w.case_id = c.id"
            " WHERE case_search MATCH ? AND w.destination_country = ? LIMIT ?",
            ("{worker_name} : " + query.split(" : ", 1)[1], country, FUZZY_CANDIDATES))
        matcher = NameMatcher(name)
        return {seq for seq, other in rows if matcher.score(other) >= DUPLICATE_NAME_SIMILARITY}


def _quiet(fn, *args):
    try:
        return fn(*args)
    except v.ValidationError:
        return None
