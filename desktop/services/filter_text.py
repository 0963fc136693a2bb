"""The case list's filter in words: printed on an exported list and kept in the audit
trail, so anyone can tell later which cases a file holds."""

from __future__ import annotations

from collections.abc import Mapping
from datetime import datetime

from desktop.domain.reference import Reference
from desktop.formatting import format_date, format_datetime
from desktop.services.cases import UNASSIGNED, CaseFilter, CaseSort

# (Indonesian, English) for each yes/no condition of the filter.
_FLAGS = (
    ("overdue", ("kontak keluarga terlambat", "family contact overdue")),
    ("contact_today", ("kontak keluarga hari ini", "family contact due today")),
    ("urgent", ("mendesak", "urgent")),
    ("past_deadline", ("lewat tenggat", "past deadline")),
    ("near_deadline", ("mendekati tenggat", "near deadline")),
    ("awaiting_approval", ("menunggu persetujuan", "awaiting approval")),
    ("open_only", ("hanya yang masih terbuka", "open cases only")),
    ("referral_waiting", ("rujukan menunggu balasan", "referral waiting for a reply")),
)
_WORDS = {
    "status": ("status", "status"), "category": ("kategori", "category"),
    "officer": ("petugas", "officer"), "unassigned": ("belum ditetapkan", "unassigned"),
    "from": ("diterima sejak", "received from"), "to": ("diterima sampai", "received until"),
    "since": ("dicatat setelah", "recorded after"),
    "search": ("pencarian", "search"), "sort": ("urut", "sorted by"),
    "descending": ("menurun", "descending"), "due": ("urut: yang perlu dikerjakan dulu",
                                                     "order: what needs doing first"),
    "all": ("semua kasus", "all cases"),
}
_SORT_LABELS = {
    "number": ("nomor kasus", "case number"), "received": ("tanggal diterima", "received"),
    "status": ("status", "status"), "deadline": ("tenggat", "deadline"),
    "category": ("kategori", "category"), "worker": ("nama TKI", "worker"),
    "complainant": ("pengadu", "complainant"), "destination": ("negara tujuan", "destination"),
    "officer": ("petugas", "officer"), "next_contact": ("kontak berikutnya", "next contact"),
}


def _pick(pair: tuple[str, str], lang: str) -> str:
    return pair[1] if lang == "en" else pair[0]


def filter_fields(flt: CaseFilter, search: str, sort: CaseSort | None = None) -> dict:
    """The conditions that are set, as plain values (for the audit's JSON)."""
    out = {k: (v.isoformat() if hasattr(v, "isoformat") else v)
           for k, v in vars(flt).items() if v not in ("", False, None)}
    if (search or "").strip():
        out["search"] = search.strip()
    if sort is not None:
        out["sort"] = sort.key + (" desc" if sort.descending else "")
    return out


# Conditions said in words above; any other one set is still named (key: value).
_DESCRIBED = {"status", "category", "officer", "received_from", "received_to",
              "recorded_since", "order", *(key for key, _ in _FLAGS)}


def describe_filter(flt: CaseFilter, search: str, sort: CaseSort | None, ref: Reference,
                    names: Mapping[str, str], lang: str = "id", tz: str = "WIB") -> str:
    """'status: Proses; mendesak; diterima sejak 1 Oktober 2026; pencarian: "siti"', or
    'semua kasus' when nothing narrows the list."""
    parts = []
    if flt.status:
        parts.append(f"{_pick(_WORDS['status'], lang)}: {ref.label('status', flt.status, lang)}")
    if flt.category:
        parts.append(f"{_pick(_WORDS['category'], lang)}: "
                     f"{ref.label('category', flt.category, lang)}")
    if flt.officer:
        who = (_pick(_WORDS["unassigned"], lang) if flt.officer == UNASSIGNED
               else names.get(flt.officer) or flt.officer)
        parts.append(f"{_pick(_WORDS['officer'], lang)}: {who}")
    parts += [_pick(pair, lang) for key, pair in _FLAGS if getattr(flt, key)]
    if flt.received_from:
        parts.append(f"{_pick(_WORDS['from'], lang)} {format_date(flt.received_from, lang)}")
    if flt.received_to:
        parts.append(f"{_pick(_WORDS['to'], lang)} {format_date(flt.received_to, lang)}")
    if flt.recorded_since:
        parts.append(f"{_pick(_WORDS['since'], lang)} {_instant(flt.recorded_since, tz, lang)}")
    parts += [f"{key}: {value}" for key, value in filter_fields(flt, "").items()
              if key not in _DESCRIBED]
    if (search or "").strip():
        parts.append(f'{_pick(_WORDS["search"], lang)}: "{search.strip()}"')
    narrowing = bool(parts)
    if sort is not None:
        column = _pick(_SORT_LABELS.get(sort.key, (sort.key, sort.key)), lang)
        way = f" ({_pick(_WORDS['descending'], lang)})" if sort.descending else ""
        parts.append(f"{_pick(_WORDS['sort'], lang)}: {column}{way}")
    elif flt.order == "due":
        parts.append(_pick(_WORDS["due"], lang))
    if not narrowing:
        parts.insert(0, _pick(_WORDS["all"], lang))
    return "; ".join(parts)


def _instant(stored: str, tz: str, lang: str) -> str:
    try:
        return format_datetime(datetime.fromisoformat(stored), tz, lang)
    except ValueError:
        return stored
