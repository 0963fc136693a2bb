"""A case the retention run anonymised (UU PDP 27/2022, issue 14 §1.3) is read-only here.

The server replaced its personal data with a marker when its retention period ended and
refuses any change of it from then on (sync_apply); the edit paths refuse first,
with a message the person understands, instead of a change the server sets aside later.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from desktop.messages import HaloError, Msg

MSG_READ_ONLY = Msg(
    "case_anonymised_read_only",
    "Kasus ini telah dianonimkan karena masa retensinya berakhir; kasus ini hanya dapat "
    "dibaca dan tidak dapat diubah lagi.",
    "This case was anonymised when its retention period ended; it can only be read and "
    "cannot be changed any more.")


class CaseAnonymised(HaloError):
    """An edit of a case (or information request) that the retention run anonymised."""


def is_anonymised(record: Mapping[str, Any]) -> bool:
    return bool(record.get("anonymised_at"))


def refuse_edit(record: Mapping[str, Any]) -> None:
    """Refuse any change of an anonymised case or information request (`record`: its row)."""
    if is_anonymised(record):
        raise CaseAnonymised(MSG_READ_ONLY, field="case")
