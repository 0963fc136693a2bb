"""A case the retention run anonymised (UU PDP 27/2022, issue 14 §1.3) is read-only here.

The server replaced its personal data with a marker when its retention period ended and
refuses any personal data for it from then on (sync_apply); the edit paths refuse first,
with a message the person understands, instead of a change the server sets aside later.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from desktop.domain import data_protection as pdp
from desktop.messages import HaloError, Msg

MSG_READ_ONLY = Msg(
    "case_anonymised_read_only",
    "Kasus ini telah dianonimkan karena masa retensinya berakhir; kasus ini hanya dapat "
    "dibaca dan tidak dapat diubah lagi.",
    "This case was anonymised when its retention period ended; it can only be read and "
    "cannot be changed any more.")
MSG_PERSONAL = Msg(
    "case_anonymised_personal_data",
    "Kasus ini telah dianonimkan karena masa retensinya berakhir; data pribadi tidak dapat "
    "ditambahkan lagi.",
    "This case was anonymised when its retention period ended; personal data can no longer "
    "be added to it.")


class CaseAnonymised(HaloError):
    """An edit of a case (or information request) that the retention run anonymised."""


def is_anonymised(record: Mapping[str, Any]) -> bool:
    return bool(record.get("anonymised_at"))


def refuse_edit(record: Mapping[str, Any]) -> None:
    """Refuse any change of an anonymised case or information request (`record`: its row)."""
    if is_anonymised(record):
        raise CaseAnonymised(MSG_READ_ONLY, field="case")


def refuse_personal(record: Mapping[str, Any], entity: str, fields: Mapping[str, Any]) -> None:
    """Refuse writing personal data (any value but empty or the marker) into a record of
    an anonymised case: `record` is the case's (or request's) row, `fields` what `entity`
    would get."""
    if not is_anonymised(record) or pdp.keeps_anonymity(entity, fields):
        return
    name = next(n for n in pdp.PERSONAL_FIELDS[entity]
                if n in fields and fields[n] not in (None, "", pdp.ANON_MARKER))
    raise CaseAnonymised(MSG_PERSONAL, field=f"{entity}.{name}")
