"""A stakeholder directory entry as the office sees it, and the rules an entry's fields follow
beyond casework.normalize_stakeholder (which checks each field on its own).

Pure: the service reads the rows and the missed summons; this module turns them into entries.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from desktop.domain import casework
from desktop.domain import validation as v
from desktop.domain.reference import Reference
from desktop.messages import Msg

PPTKIS, MISSION = "pptkis", "perwakilan"
# Only a placement agency holds a licence (izin P3MI); the fields mean nothing elsewhere.
LICENCE_FIELDS = ("licence_no", "licence_status")

MSG_COUNTRY_REQUIRED = Msg(
    "directory_country_required",
    "Pilih negara tempat Perwakilan RI ini berada.",
    "Choose the country this Indonesian mission is in.")
MSG_DUPLICATE = Msg(
    "directory_duplicate",
    "Direktori sudah memuat mitra dengan nama dan jenis ini. Cari entri itu dan ubah bila "
    "perlu.",
    "The directory already holds a partner of this name and kind. Search for that entry "
    "and edit it if needed.")


@dataclass(frozen=True)
class DirectoryEntry:
    """One partner cases are referred to. `office_code` '' is central's entry; `local` is an
    entry of this PC's office; `editable` says whether this PC may change it."""

    id: str
    kind: str
    name: str
    country: str = ""
    licence_no: str = ""
    licence_status: str = ""
    address: str = ""
    phone: str = ""
    email: str = ""
    office_code: str = ""
    active: bool = True
    demo: bool = False
    local: bool = False
    editable: bool = False
    missed_summons: int = 0  # summons it did not attend (in the cases this PC holds)
    flagged: bool = False  # stayed away from enough summons to be flagged

    @property
    def central(self) -> bool:
        return not self.office_code

    def as_input(self) -> casework.StakeholderInput:
        """The entry's values as the edit form starts from."""
        return casework.StakeholderInput(
            kind=self.kind, name=self.name, country=self.country, licence_no=self.licence_no,
            licence_status=self.licence_status, address=self.address, phone=self.phone,
            email=self.email)


def entry_from_row(row: Mapping[str, Any], *, own_office: str, national: bool,
                   missed: int, ref: Reference) -> DirectoryEntry:
    """`own_office` is this PC's office; central (national) may edit every entry, an office
    only its own."""
    office = row.get("office_code") or ""
    local = bool(office) and office == own_office
    return DirectoryEntry(
        id=row["id"], kind=row["kind"], name=row["name"], country=row.get("country") or "",
        licence_no=row.get("licence_no") or "", licence_status=row.get("licence_status") or "",
        address=row.get("address") or "", phone=row.get("phone") or "",
        email=row.get("email") or "", office_code=office,
        active=str(row.get("active", "1")) == "1", demo=row.get("demo") == "1",
        local=local, editable=national or local, missed_summons=missed,
        flagged=missed >= casework.policy(ref, "panggilan_mangkir", 2))


def normalize_entry(inp: casework.StakeholderInput, ref: Reference) -> dict[str, str]:
    """The fields as stored: each field checked (casework.normalize_stakeholder), then what
    depends on the kind: a mission names its country; only an agency keeps a licence."""
    c = v.Collector()
    fields = c.check(casework.normalize_stakeholder, inp, ref)
    kind = (inp.kind or "").strip()
    if kind == MISSION and not (inp.country or "").strip():
        c.add(v.ValidationError(MSG_COUNTRY_REQUIRED, "country"))
    c.raise_if_any()
    assert fields is not None
    if fields["kind"] != PPTKIS:
        fields.update(dict.fromkeys(LICENCE_FIELDS, ""))
    return fields


def same_name(a: str, b: str) -> bool:
    """Two names of one partner, whatever the case and spacing ("KBRI  kuala lumpur")."""
    return " ".join(a.split()).casefold() == " ".join(b.split()).casefold()


def kind_order(ref: Reference) -> dict[str, int]:
    """Kinds in the reference's order (missions first, then agencies, ...)."""
    return {item.code: i for i, item in enumerate(ref.items("stakeholder_kind"))}
