"""The demo office's partners in the stakeholder directory.

The seed already holds the missions, central units and insurers (names only, central's to
fill in; the demo never adds to them). What a demo office lacks is added once, as the
office's own entries marked demo ('1'), through the outbox like any local partner:

- placement agencies (PPTKIS): invented company names, licence numbers that say DEMO, and
  licence statuses of every kind, with a made-up street address and nothing to call;
- local partners of the office's province (police, a regional hospital, the social service,
  the labour office): the real institutions' names only, never contact details.

Entries already in the directory (same kind and name) are used as they are, and an office
that has demo agencies from an earlier run keeps them: running demo-data twice does not
fill the directory with a second set.
"""

from __future__ import annotations

import random
import uuid
from datetime import datetime, timedelta

from desktop.demo import names as N
from desktop.demo.plan import Partner
from desktop.domain import casework
from desktop.domain.directory import PPTKIS, normalize_entry, same_name
from desktop.domain.roles import Perm

AGENCY_COUNT = 24
ADDED = "directory_added"  # the audit action of desktop/services/directory.py add()
# Statuses of the demo agencies' licences, so the directory shows each kind.
LICENCE_STATUS_WEIGHTS = {"aktif": 70, "dibekukan": 12, "dicabut": 8, "tidak_diketahui": 10}


def plan_entries(office_code: str, office_name: str, seed: int,
                 with_agencies: bool) -> list[casework.StakeholderInput]:
    """The demo entries of an office: the same office and seed give the same entries."""
    rng = random.Random(f"demo-directory:{office_code}:{seed}")
    prov = N.OFFICE_PROVINCES.get(office_code, N.OFFICE_PROVINCES["PST"])[0][0]
    province, regencies = N.PROVINCES[prov]
    city = office_name.removeprefix("BP3TKI ") if office_name.startswith("BP3TKI ") else "Jakarta"
    out = [casework.StakeholderInput(kind=kind, name=name.format(province=province, city=city))
           for kind, name in N.LOCAL_PARTNERS]
    if with_agencies:
        out += _agencies(rng, regencies)
    return out


def _long(regency: str) -> str:
    return regency.replace("Kab. ", "Kabupaten ")


def _agencies(rng: random.Random, regencies) -> list[casework.StakeholderInput]:
    names: list[str] = []
    while len(names) < AGENCY_COUNT:
        words = (rng.choice(N.PPTKIS_WORDS_1), rng.choice(N.PPTKIS_WORDS_2),
                 rng.choice(N.PPTKIS_WORDS_3))
        name = "PT " + " ".join(words)
        if len(set(words)) == 3 and name not in names:
            names.append(name)
    statuses = list(LICENCE_STATUS_WEIGHTS)
    streets = [s for s in N.STREETS if s.startswith("Jl.") and "Desa" not in s]
    weights = list(LICENCE_STATUS_WEIGHTS.values())
    out = []
    for i, name in enumerate(names):
        # The first few take each status once, so a small directory shows them all.
        status = statuses[i] if i < len(statuses) else rng.choices(statuses, weights)[0]
        city = rng.choice(N.AGENCY_SEATS) if rng.random() < 0.5 else _long(rng.choice(regencies)[1])
        out.append(casework.StakeholderInput(
            kind=PPTKIS, name=name,
            licence_no=f"DEMO-P3MI {rng.randrange(1, 999):03d}/{rng.randrange(2012, 2025)}",
            licence_status=status,
            address=f"{rng.choice(streets)} No. {rng.randrange(1, 150)}, {city}"))
    return out


def ensure_directory(core, seed: int, moment: datetime) -> tuple[Partner, ...]:
    """Add the office's demo entries it lacks (dated `moment`, before the first demo case)
    and return every active entry, in a stable order, for the planner. An entry of the same
    kind and name, even one switched off, is never added twice (as DirectoryService.add)."""
    core.require(Perm.DIRECTORY_EDIT)
    office = core.office.code
    rows = core.store.query_dicts(
        "SELECT id, kind, name, country, office_code, demo, active FROM stakeholders")
    has_agencies = any(r["kind"] == PPTKIS and r["demo"] == "1" and r["office_code"] == office
                       and r["active"] == "1" for r in rows)
    wanted = []
    for inp in plan_entries(office, core.office.name, seed, with_agencies=not has_agencies):
        fields = normalize_entry(inp, core.reference)  # the rules of a person's entry
        if not any(r["kind"] == fields["kind"] and same_name(r["name"], fields["name"])
                   for r in rows):
            wanted.append(fields)
    if wanted:
        with core.store.write(core.session.username, moment) as tx:
            for fields in wanted:
                entry_id = str(uuid.uuid4())
                row = {"id": entry_id, **fields, "office_code": office, "demo": "1",
                       "active": "1", "created_by": tx.user, "created_at": tx.now,
                       "updated_at": tx.now}
                tx.insert("stakeholder", row)
                core.audit.add(tx, ADDED, target=entry_id, detail=fields["kind"])
                rows.append(row)
    partners = [Partner(r["id"], r["kind"], r["name"], r["country"], r["demo"] == "1")
                for r in rows if r["active"] == "1"]
    return tuple(sorted(partners, key=lambda p: (p.kind, p.name.casefold(), p.id)))


def directory_moment(now: datetime, history_days: int) -> datetime:
    """When the office put its partners in the directory: before its oldest demo case."""
    return now - timedelta(days=history_days + 30)
