"""The case list's rows for an export: which cases, in the list's order, and their columns
read one chunk at a time (one query per chunk, the order kept in SQL).

Which cases is decided by CaseService and SearchService, so a restricted case is in the
file only when a supervisor makes it (and is then named in a RESTRICTED_VIEWED row)."""

from __future__ import annotations

import json
from collections.abc import Iterator, Sequence
from typing import TYPE_CHECKING

from desktop.domain.case_numbers import parse_number_query
from desktop.services.cases import CaseFilter, CaseSort

if TYPE_CHECKING:
    from desktop.core import Core

CHUNK = 2000

# The columns desktop/reports/case_list.py writes, as codes; it turns them into labels.
# json_each keeps the seqs' order: key is the position in the list.
_ROWS_SQL = """
SELECT c.case_number, c.received_at, c.status, c.category, c.channel, c.urgent,
       coalesce(w.name, ''), coalesce(w.sex, ''), coalesce(w.passport, ''),
       coalesce(w.destination_country, ''), coalesce(p.name, ''), coalesce(p.relation, ''),
       coalesce(p.phones, ''), c.officer, coalesce(k.state, ''), coalesce(k.due, ''),
       c.next_contact_due
FROM json_each(?) j JOIN cases c ON c.seq = j.value
LEFT JOIN workers w ON w.case_id = c.id LEFT JOIN complainants p ON p.case_id = c.id
LEFT JOIN case_clock k ON k.case_id = c.id
ORDER BY j.key
"""

# Persons named in the file: each worker and each complainant row with a name.
_PERSONS_SQL = """
SELECT coalesce(sum(coalesce(w.name, '') != ''), 0) + coalesce(sum(coalesce(p.name, '') != ''), 0)
FROM json_each(?) j JOIN cases c ON c.seq = j.value
LEFT JOIN workers w ON w.case_id = c.id LEFT JOIN complainants p ON p.case_id = c.id
"""


def list_order(core: Core, text: str, flt: CaseFilter, sort: CaseSort | None = None
               ) -> list[int]:
    """The seqs the main window's list shows for this search, filter and sort, in its
    order (desktop/ui/main_window.py _fetch_seqs does the same; the file must hold exactly
    what the person saw): a column's order when chosen; else the filter's order; a search's
    matches best first, filtered, urgent open ones first unless a case number was typed."""
    cases = core.cases
    text = (text or "").strip()
    if sort is not None:
        return cases.list_seqs(flt, sort, within=core.search.search(text) if text else None)
    if not text:
        return cases.list_seqs(flt)
    seqs = core.search.search(text)
    if flt != CaseFilter():
        allowed = set(cases.list_seqs(flt))
        seqs = [s for s in seqs if s in allowed]
    if parse_number_query(text) is not None:
        return seqs
    urgent = set(cases.list_seqs(CaseFilter(urgent=True)))
    return [s for s in seqs if s in urgent] + [s for s in seqs if s not in urgent]


def restricted_numbers(core: Core, seqs: Sequence[int]) -> list[str]:
    """The case numbers of the restricted cases among `seqs` (only a supervisor's list has
    any): what the export's RESTRICTED_VIEWED row names."""
    if not seqs:
        return []
    return [r[0] for r in core.store.query(
        "SELECT c.case_number FROM json_each(?) j JOIN cases c ON c.seq = j.value"
        " WHERE c.restricted_at != ''", (json.dumps(list(seqs)),))]


def count_persons(core: Core, seqs: Sequence[int]) -> int:
    if not seqs:
        return 0
    return core.store.query_one(_PERSONS_SQL, (json.dumps(list(seqs)),))[0]


def row_chunks(core: Core, seqs: Sequence[int], size: int | None = None
               ) -> Iterator[list[tuple]]:
    """The rows of `seqs` in their order, `size` (default CHUNK) cases per query."""
    size = size or CHUNK
    for start in range(0, len(seqs), size):
        yield core.store.query(_ROWS_SQL, (json.dumps(list(seqs[start:start + size])),))
