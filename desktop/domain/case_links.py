"""Links between cases: what kinds there are and how each side of a pair reads.

A link is two rows, one under each case (each travels and leaves with its own case):
- `related`: the same worker or family, another complaint (both sides `related`);
- `duplicate_of` / `kept_for`: this case was closed as a duplicate of the other / the
  other was closed as a duplicate of this one;
- `distinct`: checked at intake and recorded as not the same, with the reason given.
"""

from __future__ import annotations

from dataclasses import dataclass

from desktop.messages import Msg

RELATED, DUPLICATE_OF, KEPT_FOR, DISTINCT = "related", "duplicate_of", "kept_for", "distinct"
KINDS = (RELATED, DUPLICATE_OF, KEPT_FOR, DISTINCT)
# The kind of the other case's row for a link of this kind from this case.
MIRROR = {RELATED: RELATED, DUPLICATE_OF: KEPT_FOR, KEPT_FOR: DUPLICATE_OF, DISTINCT: DISTINCT}
REASON_MAX = 500

# What an officer decides when saving an intake while possible duplicates are shown.
ADD_VISIT, NEW_RELATED, NEW_DISTINCT = "add_visit", "new_related", "new_distinct"

MSG_LINK_SELF = Msg("link_self", "Kasus tidak dapat ditautkan dengan dirinya sendiri.",
                    "A case cannot be linked to itself.")
MSG_LINK_REASON = Msg("link_reason_required",
                      "Tuliskan singkat mengapa ini bukan kasus yang sama.",
                      "Say briefly why this is not the same case.")
MSG_LINK_UNKNOWN = Msg("link_case_unknown",
                       "Kasus {number} tidak ada di komputer ini.",
                       "Case {number} is not on this computer.")
MSG_LINK_CLOSED = Msg("link_visit_closed",
                      "Kasus {number} sudah ditutup; buka kembali kasus itu lebih dulu, atau "
                      "catat pengaduan baru yang terkait.",
                      "Case {number} is closed; reopen it first, or record a new complaint "
                      "linked to it.")


@dataclass(frozen=True)
class IntakeLink:
    """How a new intake relates to a case it may duplicate (NEW_RELATED or NEW_DISTINCT)."""

    decision: str
    other_number: str
    reason: str = ""


@dataclass(frozen=True)
class CaseLink:
    """One link as a case shows it. `other_seq` is None when this PC does not hold the
    other case (another office's): it is then shown by its number only."""

    id: str
    kind: str
    other_case_id: str
    other_number: str
    reason: str
    created_by: str
    created_at: str
    other_seq: int | None = None
    other_worker: str = ""
    other_status: str = ""


def duplicate_outcome(ref) -> str:
    """The outcome that closes a case as a duplicate (it names the case kept); '' if the
    reference lists have none."""
    return next((it.code for it in ref.items("outcome")
                 if it.extra.get("requires_duplicate_of")), "")
