"""Push cost against a case's history (tests.bench.sync_bench; issue 15): 1,000 edits pushed
to cases that already have 10 / 1,000 / 5,000 changes each, on SQLite and PostgreSQL.

One enrolled device of SBY makes its cases (the case and worker inserts of a demo case,
copied for the device, tests.bench.scope_factory.copy_case) and works on them, a timeline
step and an edit in turn: the step is a new event row (so a case with 5,000 changes holds
about 2,500 rows, and its digest sums them all), the edit the case's description (with its
updated_at) or the worker's address, in turn, each edit's `base` the field's version, as a
desktop records it (no conflicts). The history is built through the server's own
apply_push in batches of MAX_PUSH, whole cases one after the other, so whatever the server
keeps beside its rows (digests, field versions) is written as in production.

Measured: 1,000 edits (field edits only, no new rows) spread round-robin over the tier's
cases (so every batch touches all of them), pushed as POST /sync applies them (parse_change,
the reference, apply_push in one write transaction per batch of MAX_PUSH), the median of a
few rounds after a warm-up round, tiers in a rotating order. The baseline is the fastest
tier's per-change time: the target is flat, max/min <= 1.3. The smallest tier gets new
cases, made just before each of its pushes (its history would double in a round); the
others' histories grow by EDITS / cases a round (10 in the full run, 50 with --quick),
which is noted.

Usage alone: python -m tests.bench.sync_history [--quick] [--profile] [--only sqlite,pg]
"""

from __future__ import annotations

import argparse
import cProfile
import itertools
import statistics
import sys
import tempfile
import time
import uuid
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path

from sqlalchemy import text

from desktop.formatting import iso_utc
from sync import protocol
from sync.server.config import Settings
from sync.server.context import ServerContext
from sync.server.services.actor import Actor
from sync.server.setup import migrate_and_seed
from tests.bench.run import Figure, failed, print_table, profile_report
from tests.bench.scope_factory import copy_case, demo_template
from tests.bench.sync_env import STAFF, enrol_direct, sqlite_context
from tests.bench.sync_pg import SEED, Device, apply_batch, pg_admin_url

TIERS = (10, 1_000, 5_000)  # changes each case already has
EDITS = 1_000
FLAT = 1.3  # per-change time, slowest tier / fastest tier
FRESH_BELOW = 100  # a history this short gets new cases each round
OFFICE = "SBY"
TEMPLATE_CASES = 20
EVENT_TYPES = ("konsultasi", "informasi", "koordinasi_pusat", "catatan")


@dataclass(frozen=True)
class Plan:
    cases: int  # per tier
    rounds: int

    @classmethod
    def of(cls, quick: bool) -> Plan:
        return cls(cases=20, rounds=3) if quick else cls(cases=100, rounds=5)


# -- the changes a desktop would push -------------------------------------------------------

@dataclass
class EditedCase:
    """One case of the device, with the newest clock of each field it edits (the next
    edit's base, as the desktop records it)."""

    case_id: str
    worker_id: str
    versions: dict[tuple[str, str], str] = field(default_factory=dict)
    edits: int = 0
    events: int = 0


def new_case(bundle: list[dict], dev: Device) -> tuple[list[dict], EditedCase]:
    """The case and worker inserts of a demo case, as made on `dev`."""
    inserts = [c for c in bundle if c["op"] == "insert" and c["entity"] in ("case", "worker")]
    made = copy_case(inserts, dev)
    by_entity = {c["entity"]: c for c in made}
    case = EditedCase(by_entity["case"]["entity_id"], by_entity["worker"]["entity_id"])
    for c in made:
        for name in c["fields"]:
            case.versions[(c["entity"], name)] = c["hlc"]
    return made, case


def edit(case: EditedCase, dev: Device) -> dict:
    """The next edit of a real field: the case's description (with its updated_at) and the
    worker's address, in turn."""
    case.edits += 1
    now = iso_utc(datetime.now(UTC))
    if case.edits % 2:
        entity, entity_id = "case", case.case_id
        fields = {"description": f"Keterangan kasus diperbarui petugas (revisi {case.edits}).",
                  "updated_at": now}
    else:
        entity, entity_id = "worker", case.worker_id
        fields = {"address": f"Jl. Melati No. {case.edits % 200 + 1}, RT {case.edits % 9 + 1}"}
    hlc = dev.tick()
    base = {name: case.versions[(entity, name)] for name in fields
            if (entity, name) in case.versions}
    for name in fields:
        case.versions[(entity, name)] = hlc
    return {"change_id": str(uuid.uuid4()), "entity": entity, "entity_id": entity_id,
            "case_id": case.case_id, "op": "update", "fields": fields, "hlc": hlc,
            "user": STAFF, "device": dev.device_id, "created_at": now, "base": base}


def add_event(case: EditedCase, dev: Device) -> dict:
    """The case's next timeline step: a new event row (append-only), as the desktop's
    event form records it."""
    case.events += 1
    now = iso_utc(datetime.now(UTC))
    event_id = str(uuid.uuid4())
    fields = {"id": event_id, "case_id": case.case_id,
              "event_type": EVENT_TYPES[case.events % len(EVENT_TYPES)],
              "occurred_at": now, "recorded_at": now, "user": STAFF, "device": dev.device_id,
              "summary": f"Tindak lanjut ke-{case.events}: pengadu dihubungi melalui telepon.",
              "channel": "", "next_contact_due": "", "data": "{}"}
    return {"change_id": str(uuid.uuid4()), "entity": "event", "entity_id": event_id,
            "case_id": case.case_id, "op": "insert", "fields": fields, "hlc": dev.tick(),
            "user": STAFF, "device": dev.device_id, "created_at": now}


def step(case: EditedCase, dev: Device) -> dict:
    """The next change of a history: a timeline event and an edit in turn, so about half
    of a history adds rows to its case."""
    return add_event(case, dev) if case.events <= case.edits else edit(case, dev)


def history(bundles: list[list[dict]], dev: Device, cases: int, changes: int,
            made: list[EditedCase]) -> Iterator[dict]:
    """Every change of `cases` new cases with `changes` changes each (their inserts, then
    events and edits in turn), case after case (the cases are appended to `made` as they
    are started)."""
    for i in range(cases):
        inserts, case = new_case(bundles[i % len(bundles)], dev)
        made.append(case)
        yield from inserts
        for _ in range(changes - len(inserts)):
            yield step(case, dev)


def spread_edits(cases: list[EditedCase], dev: Device, total: int) -> list[dict]:
    """`total` edits, round-robin over the cases: every batch touches each of them."""
    return [edit(cases[i % len(cases)], dev) for i in range(total)]


# -- pushing --------------------------------------------------------------------------------

def push_all(ctx: ServerContext, actor: Actor, changes: Iterator[dict] | list[dict]) -> int:
    """Apply the changes in batches of MAX_PUSH as POST /sync does; returns how many."""
    it = iter(changes)
    done = 0
    while batch := list(itertools.islice(it, protocol.MAX_PUSH)):
        refused = apply_batch(ctx, actor, batch)
        if refused:
            raise RuntimeError(f"the server refused {refused} of a history batch")
        done += len(batch)
    return done


def timed_push(ctx: ServerContext, actor: Actor, changes: list[dict]) -> float:
    start = time.perf_counter()
    push_all(ctx, actor, changes)
    return time.perf_counter() - start


@dataclass
class Tier:
    changes: int  # each case's history when its edits are pushed
    cases: list[EditedCase] = field(default_factory=list)
    seconds: list[float] = field(default_factory=list)

    @property
    def fresh(self) -> bool:
        """New cases for each round: a history this short would double in one."""
        return self.changes < FRESH_BELOW

    @property
    def per_change_us(self) -> float:
        return statistics.median(self.seconds) / EDITS * 1e6


def make_cases(ctx: ServerContext, actor: Actor, dev: Device, bundles: list[list[dict]],
               tier: Tier, count: int) -> int:
    """`count` new cases with the tier's history each, through apply_push; returns the
    changes pushed."""
    made: list[EditedCase] = []
    pushed = push_all(ctx, actor, history(bundles, dev, count, tier.changes, made))
    tier.cases = made
    return pushed


def build_tiers(ctx: ServerContext, actor: Actor, dev: Device, bundles: list[list[dict]],
                plan: Plan) -> tuple[list[Tier], float, int]:
    """The long histories, through apply_push: (tiers, seconds, changes). A fresh tier's
    cases are made by `measure`, round by round."""
    tiers = [Tier(changes) for changes in TIERS]
    total = 0
    start = time.perf_counter()
    for tier in tiers:
        if tier.fresh:
            continue
        total += make_cases(ctx, actor, dev, bundles, tier, plan.cases)
        print(f"    {plan.cases} cases with {tier.changes:,} changes each: "
              f"{total:,} changes so far, {time.perf_counter() - start:.1f} s", flush=True)
    return tiers, time.perf_counter() - start, total


def measure(ctx: ServerContext, actor: Actor, dev: Device, bundles: list[list[dict]],
            tiers: list[Tier], plan: Plan) -> None:
    """A warm-up round (not timed), then rounds of EDITS edits per tier, the tiers' order
    rotating from round to round. A fresh tier's cases are made just before each of its
    pushes (not timed): every push meets cases written a moment before, whatever the tier,
    so what differs between tiers is their history."""
    for r in range(-1, plan.rounds):
        shift = r % len(tiers)
        for tier in tiers[shift:] + tiers[:shift]:
            if tier.fresh:
                make_cases(ctx, actor, dev, bundles, tier, plan.cases)
            seconds = timed_push(ctx, actor, spread_edits(tier.cases, dev, EDITS))
            if r >= 0:
                tier.seconds.append(seconds)


def profile_slowest(ctx: ServerContext, actor: Actor, dev: Device, bundles: list[list[dict]],
                    tier: Tier, plan: Plan) -> str:
    """One more push of EDITS edits to the slowest tier, under cProfile (not timed)."""
    if tier.fresh:
        make_cases(ctx, actor, dev, bundles, tier, plan.cases)
    edits = spread_edits(tier.cases, dev, EDITS)
    prof = cProfile.Profile()
    prof.enable()
    push_all(ctx, actor, edits)
    prof.disable()
    return profile_report(prof)


def _analyze(ctx: ServerContext) -> None:
    """PostgreSQL's autovacuum would have analysed tables this size by now: the planner
    then sees the history it has to plan for."""
    if ctx.db.engine.dialect.name == "postgresql":
        with ctx.db.write() as conn:
            conn.execute(text("ANALYZE"))


def tier_figures(prefix: str, where: str, tiers: list[Tier], plan: Plan, build_s: float,
                 built: int) -> list[Figure]:
    floor = min(t.per_change_us for t in tiers)
    out = []
    for t in tiers:
        value = t.per_change_us
        rounds = ", ".join(f"{s * 1000:.0f}" for s in t.seconds)
        grown = ("new cases for each round" if t.fresh else
                 f"history grows by {EDITS // plan.cases} a round, a warm-up round first")
        out.append(Figure(
            f"{prefix}_push_hist{t.changes}_us", value, "us", floor, f"max/min <= {FLAT}",
            value <= FLAT * floor,
            f"{where}: {EDITS:,} edits over {plan.cases} cases with {t.changes:,} changes each "
            f"(about half of them new timeline events: ~{t.changes // 2:,} rows a case; "
            f"{grown}), batches of {protocol.MAX_PUSH}; rounds {rounds} ms, median per "
            f"change; baseline: the fastest tier; history built through apply_push: "
            f"{built:,} changes in {build_s:.0f} s"))
    return out


def bench_backend(ctx: ServerContext, prefix: str, where: str, bundles: list[list[dict]],
                  plan: Plan, profile: bool) -> tuple[list[Figure], dict[str, str]]:
    migrate_and_seed(ctx)
    enrolled = enrol_direct(ctx, OFFICE, f"PC-{OFFICE}-history")
    dev = Device(OFFICE, enrolled.credential.device_id, enrolled.device_letter,
                 enrolled.credential)
    actor = Actor(user=STAFF, device=dev.device_id, office_code=OFFICE, national=False,
                  request_id="bench-history")
    print(f"  {where}: building the histories ({', '.join(f'{t:,}' for t in TIERS)} changes "
          f"x {plan.cases} cases) ...", flush=True)
    tiers, build_s, built = build_tiers(ctx, actor, dev, bundles, plan)
    _analyze(ctx)
    print(f"  {where}: {plan.rounds} rounds of {EDITS:,} edits per tier ...", flush=True)
    measure(ctx, actor, dev, bundles, tiers, plan)
    figures = tier_figures(prefix, where, tiers, plan, build_s, built)
    profiles = {}
    slowest = max(tiers, key=lambda t: t.per_change_us)
    if profile or not all(f.ok for f in figures):
        profiles[f"{prefix}_push_hist{slowest.changes}_us (apply_push, {where})"] = \
            profile_slowest(ctx, actor, dev, bundles, slowest, plan)
    return figures, profiles


def _pg_missing(reason: str) -> list[Figure]:
    return [failed(f"sync_pg_push_hist{t}_us", "us", reason, f"max/min <= {FLAT}")
            for t in TIERS]


def bench_history(tmp: Path, quick: bool, profile: bool,
                  backends: tuple[str, ...] = ("sqlite", "pg")
                  ) -> tuple[list[Figure], dict[str, str]]:
    plan = Plan.of(quick)
    print("  template cases (demo bulk writer) ...", flush=True)
    bundles = demo_template(tmp, TEMPLATE_CASES, SEED)
    figures: list[Figure] = []
    profiles: dict[str, str] = {}
    if "sqlite" in backends:
        ctx = sqlite_context(tmp / "history-server.db")
        try:
            figs, profs = bench_backend(ctx, "sync", "SQLite", bundles, plan, profile)
        finally:
            ctx.close()
        figures += figs
        profiles.update(profs)
    if "pg" in backends:
        from tests.bench.sync_pg import PG_DEFAULT, PG_ENV
        from tests.server.helpers import pg_database

        admin_url = pg_admin_url()
        if admin_url is None:
            figures += _pg_missing(f"PostgreSQL unreachable (${PG_ENV} or {PG_DEFAULT})")
        else:
            with pg_database(admin_url, prefix="halotki_bench") as db_url:
                ctx = ServerContext.create(Settings(database_url=db_url, fast_kdf=True))
                try:
                    figs, profs = bench_backend(ctx, "sync_pg", "PostgreSQL", bundles, plan,
                                                profile)
                finally:
                    ctx.close()
            figures += figs
            profiles.update(profs)
    return figures, profiles


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m tests.bench.sync_history",
                                     description=__doc__.split("\n")[0])
    parser.add_argument("--quick", action="store_true", help="fewer cases and rounds")
    parser.add_argument("--profile", action="store_true", help="profile the slowest tier")
    parser.add_argument("--only", default="sqlite,pg", help="sqlite, pg or both")
    args = parser.parse_args(argv)
    backends = tuple(b.strip() for b in args.only.split(",") if b.strip())
    with tempfile.TemporaryDirectory(prefix="halotki-bench-history-") as tmp:
        figures, profiles = bench_history(Path(tmp), args.quick, args.profile, backends)
    print_table(figures)
    for name, report in profiles.items():
        print(f"\n=== profile: {name} ===\n{report}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
