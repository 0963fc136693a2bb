"""A server holding tens of thousands of demo cases, built in minutes (tests.bench.sync_scale);
and the demo cases every sync bench copies (demo_template, copy_case).

The cases are the demo generator's: a template office store is filled by the bulk writer
(a few hundred cases), and each of its cases (the case, its worker, complainant, document
checklist and timeline, with the status changes and case work the demo records) is copied
as many times as needed: new ids, a number of the device it is copied for, that device's
clocks, the template's order. Each copy is a list of valid protocol changes (wire dicts).

They reach the server one of two ways, both measured:
- `write_direct`: each entity's final row, every change-log row and each mutable row's
  field clocks as one executemany per table and chunk of cases, then the digests by the
  server's own digests.refresh in the same transaction (the case digests and the scope's
  running digest): what a push leaves for the sync, without the push's per-change merge.
  The deadline clocks the /stats figures read (case_clock) are not written: no sync
  reads them, and they cost more than the rest;
- `push_through_apply`: the /sync route's apply path (parse_change, apply_push) in big
  batches of whole cases, one write transaction each.
The offices' cases reach the change log in turns (some of each office a turn), as offices
working at the same time would leave it; "quiet" offices all come first, before the rest.
Nothing is cached between runs: the template and every copy are made again each time.
"""

from __future__ import annotations

import json
import random
import time
import uuid
from collections import defaultdict
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from itertools import islice
from pathlib import Path
from typing import Protocol

from sqlalchemy import Table, bindparam, insert

from desktop.demo.generator import bulk_generate
from sync import protocol
from sync.hlc import format_hlc
from sync.server.context import ServerContext
from sync.server.db.tables import ENTITY_TABLES
from sync.server.db.tables import changes as changes_table
from sync.server.db.tables import field_clocks as field_clocks_table
from sync.server.services import digests, field_clocks
from sync.server.services import reference as reference_service
from sync.server.services.actor import Actor
from sync.server.services.sync_apply import apply_push
from tests.bench.sync_env import STAFF, enrol_direct, office_store

# What a case of the scope holds: the case and what hangs off it (no referrals, summonses,
# links or information requests: they name partners and other cases of the template).
ENTITIES = ("case", "worker", "complainant", "document", "event")
TEMPLATE_CASES = 300  # demo cases made; those with EVENTS timeline steps are kept (~120)
EVENTS = (5, 8)
TEMPLATE_SEED = 20_251_206
CHUNK_CASES = 2_000  # cases per write transaction of write_direct
TURNS = 10  # at least: the offices' cases reach the log in this many interleaved turns
PUSH_CHANGES = 5_000  # changes per apply_push batch (whole cases)
CLOCK_SPAN = timedelta(days=3)  # the copies' clocks start this long ago (never ahead)


# -- the template -----------------------------------------------------------------------------

def demo_template(tmp: Path, cases: int, seed: int, events: tuple[int, int] | None = None
                  ) -> list[list[dict]]:
    """Each of `cases` demo cases' changes of ENTITIES, in the order the desktop recorded
    them; with `events`, only the cases with events[0] to events[1] timeline steps."""
    core = office_store(tmp / f"demo-template-{uuid.uuid4().hex[:8]}", "SBY")
    try:
        bulk_generate(core, cases, seed=seed)
        marks = ", ".join("?" * len(ENTITIES))
        rows = core.store.query_dicts(
            "SELECT entity, entity_id, case_id, op, fields, base, hlc, user, created_at"
            f" FROM changes WHERE entity IN ({marks}) ORDER BY seq", ENTITIES)
    finally:
        core.close()
    by_case: dict[str, list[dict]] = defaultdict(list)
    for r in rows:
        r["fields"], r["base"] = json.loads(r["fields"]), json.loads(r["base"])
        by_case[r["case_id"]].append(r)
    low, high = events or (0, len(rows))
    return [b for b in by_case.values() if b[0]["entity"] == "case" and b[0]["op"] == "insert"
            and low <= sum(1 for c in b if c["entity"] == "event") <= high]


# -- copies -----------------------------------------------------------------------------------

class CaseMaker(Protocol):
    """A device cases are copied for: its office, id and letter, the last case number it
    gave, and its clock."""

    office: str
    device_id: str
    letter: str
    numbers: int

    def tick(self) -> str: ...


@dataclass
class ArchiveDevice:
    """The device an office's generated cases come from: its id, letter and clock."""

    office: str
    device_id: str
    letter: str
    numbers: int = 0
    _wall: int = 0
    _counter: int = 0

    def __post_init__(self) -> None:
        start = datetime.now(UTC) - CLOCK_SPAN
        self._wall = int(start.timestamp() * 1000)

    def tick(self) -> str:
        # Ten changes a millisecond: a million copies stay well in the past.
        self._counter += 1
        if self._counter > 9:
            self._wall, self._counter = self._wall + 1, 0
        return format_hlc(self._wall, self._counter, self.device_id[:8])

    def actor(self) -> Actor:
        return Actor(user=STAFF, device=self.device_id, office_code=self.office, national=False,
                     request_id="bench-scope")


def enrol_archive(ctx: ServerContext, office: str) -> ArchiveDevice:
    e = enrol_direct(ctx, office, f"Arsip-{office}")
    return ArchiveDevice(office, e.credential.device_id, e.device_letter)


def copy_case(bundle: list[dict], dev: CaseMaker) -> list[dict]:
    """The template case as made on `dev`: new ids and change ids, its office, a number of
    its letter, its clocks (`base` mapped onto them)."""
    old_case = bundle[0]["case_id"]
    new_case = str(uuid.uuid4())
    ids = {old_case: new_case}
    clocks: dict[str, str] = {}
    dev.numbers += 1
    out = []
    for ch in bundle:
        old_id = ch["entity_id"]
        new_id = ids.get(old_id)
        if new_id is None:
            # A document's id is "<case id>:<type>"; the others are uuids of their own.
            new_id = ids[old_id] = (new_case + old_id[len(old_case):]
                                    if old_id.startswith(old_case) else str(uuid.uuid4()))
        fields = dict(ch["fields"])
        if "id" in fields:
            fields["id"] = new_id
        if "case_id" in fields:
            fields["case_id"] = new_case
        if ch["entity"] == "case":
            if "case_number" in fields:
                year = fields["case_number"].split("-")[1]
                fields["case_number"] = f"{dev.office}-{year}-{dev.letter}-{dev.numbers:05d}"
            if "office_code" in fields:
                fields["office_code"] = dev.office
        elif ch["entity"] == "event" and "device" in fields:
            fields["device"] = dev.device_id
        hlc = clocks[ch["hlc"]] = dev.tick()
        change = {"change_id": str(uuid.uuid4()), "entity": ch["entity"], "entity_id": new_id,
                  "case_id": new_case, "op": ch["op"], "fields": fields, "hlc": hlc,
                  "user": ch["user"], "device": dev.device_id, "created_at": ch["created_at"]}
        base = {k: clocks[v] for k, v in ch["base"].items() if v in clocks}
        if base:
            change["base"] = base
        out.append(change)
    return out


def copies(template: list[list[dict]], dev: ArchiveDevice, count: int, seed: int
           ) -> Iterator[list[dict]]:
    """`count` new cases of `dev`'s office, drawn from the template."""
    rng = random.Random(f"{seed}-{dev.office}")
    for _ in range(count):
        yield copy_case(rng.choice(template), dev)


# -- the server's rows, written directly --------------------------------------------------------

# changelog._json's text (sorted keys, compact), with the encoder built once.
_LOG_JSON = json.JSONEncoder(ensure_ascii=False, separators=(",", ":"), sort_keys=True).encode


@dataclass
class Written:
    cases: int = 0
    changes: int = 0
    rows: int = 0
    seconds: float = 0.0
    mix: dict[str, int] = field(default_factory=dict)  # "entity.op" -> changes

    def add(self, other: Written) -> None:
        self.cases += other.cases
        self.changes += other.changes
        self.rows += other.rows
        self.seconds += other.seconds
        for k, v in other.mix.items():
            self.mix[k] = self.mix.get(k, 0) + v


@dataclass
class ServerRows:
    tables: dict[str, list[dict]]  # entity -> final rows
    log: list[dict]  # change-log rows, in order
    clocks: list[dict]  # field_clocks rows of the mutable rows


def server_rows(cases: list[list[dict]], office: str, device: str, now: datetime) -> ServerRows:
    """What apply_push would leave for these new cases: each entity's final row (fields
    in log order: a copy's clocks increase), the change-log rows, each mutable row's field
    clocks (field_clocks.advance, as the push's bookkeeping keeps them)."""
    final: dict[str, dict[str, dict]] = {e: {} for e in ENTITIES}
    clocks: dict[tuple[str, str], dict[str, str]] = {}
    log: list[dict] = []
    for bundle in cases:
        for ch in bundle:
            entity, entity_id = ch["entity"], ch["entity_id"]
            final[entity].setdefault(entity_id, {}).update(ch["fields"])
            if entity in field_clocks.CLOCKED:
                field_clocks.advance(clocks.setdefault((entity, entity_id), {}), ch["fields"],
                                     ch["hlc"])
            log.append({"change_id": ch["change_id"], "entity": entity, "entity_id": entity_id,
                        "op": ch["op"], "fields": _LOG_JSON(ch["fields"]), "hlc": ch["hlc"],
                        "user": ch["user"], "device": device, "created_at": ch["created_at"],
                        "case_id": ch["case_id"], "base": _LOG_JSON(ch.get("base", {})),
                        "office_code": office, "left_office": "", "received_at": now})
    tables: dict[str, list[dict]] = {}
    for entity in ENTITIES:
        columns = ENTITY_TABLES[entity].c
        tables[entity] = [{k: v for k, v in row.items() if k in columns}
                          for row in final[entity].values()]
    clock_rows = [{"entity": e, "entity_id": i, "clocks": field_clocks.encode(c)}
                  for (e, i), c in clocks.items()]
    return ServerRows(tables, log, clock_rows)


def fast_insert(conn, table: Table, rows: list[dict]) -> None:
    """INSERT of many rows as the driver's own executemany, one per set of columns: the
    statement compiled once by SQLAlchemy (its quoting, its paramstyle), the parameters
    passed as they are (SQLAlchemy's per-row processing cost more than the inserts)."""
    groups: dict[tuple, list[dict]] = defaultdict(list)
    for row in rows:
        groups[tuple(row)].append(row)
    for names, group in groups.items():
        compiled = insert(table).values({n: bindparam(n) for n in names}).compile(
            dialect=conn.dialect)
        if compiled.positional:
            order = compiled.positiontup
            params = [tuple(row[n] for n in order) for row in group]
        else:
            params = group
        conn.exec_driver_sql(str(compiled), params)


def write_direct(ctx: ServerContext, cases: Iterator[list[dict]], dev: ArchiveDevice,
                 chunk: int = CHUNK_CASES) -> Written:
    """The cases' rows, log and field clocks as executemany, CHUNK_CASES cases per
    transaction, and their digests (digests.refresh: the case digests and the scope's
    running digest) in the same transaction."""
    total = Written()
    batch: list[list[dict]] = []
    for bundle in cases:
        batch.append(bundle)
        if len(batch) == chunk:
            total.add(_write_chunk(ctx, batch, dev))
            batch = []
    if batch:
        total.add(_write_chunk(ctx, batch, dev))
    return total


def _write_chunk(ctx: ServerContext, batch: list[list[dict]], dev: ArchiveDevice) -> Written:
    start = time.perf_counter()
    now = datetime.now(UTC)
    rows = server_rows(batch, dev.office, dev.device_id, now)
    with ctx.db.write() as conn:
        for entity in ENTITIES:  # parents first
            fast_insert(conn, ENTITY_TABLES[entity], rows.tables[entity])
        fast_insert(conn, changes_table, rows.log)
        fast_insert(conn, field_clocks_table, rows.clocks)
        digests.refresh(conn, [bundle[0]["case_id"] for bundle in batch])
    mix: dict[str, int] = {}
    for row in rows.log:
        key = f"{row['entity']}.{row['op']}"
        mix[key] = mix.get(key, 0) + 1
    return Written(len(batch), len(rows.log), sum(len(t) for t in rows.tables.values()),
                   time.perf_counter() - start, mix)


# -- or through the push's apply path ----------------------------------------------------------

def push_through_apply(ctx: ServerContext, cases: Iterator[list[dict]], dev: ArchiveDevice,
                       limit: int = PUSH_CHANGES) -> tuple[Written, int]:
    """The cases through apply_push, batches of whole cases of at most `limit` changes, one
    write transaction each (what POST /sync does, minus HTTP and gzip). Returns what was
    written and how many changes were refused."""
    total, refused = Written(), 0
    actor = dev.actor()
    batch: list[dict] = []
    count = 0

    def flush() -> None:
        nonlocal refused
        start = time.perf_counter()
        items = [protocol.parse_change(c) for c in batch]
        with ctx.db.write() as conn:
            result = apply_push(conn, actor, datetime.now(UTC), items,
                                reference_service.load(conn))
        refused += len(result.rejected)
        total.seconds += time.perf_counter() - start
        total.changes += len(batch)
        for c in batch:
            key = f"{c['entity']}.{c['op']}"
            total.mix[key] = total.mix.get(key, 0) + 1

    for bundle in cases:
        if batch and len(batch) + len(bundle) > limit:
            flush()
            batch = []
        batch += bundle
        count += 1
    if batch:
        flush()
    total.cases = count
    return total, refused


class TimedCopies:
    """Streams copies while adding up the time spent making them (apart from writing)."""

    def __init__(self) -> None:
        self.seconds = 0.0

    def of(self, stream: Iterator[list[dict]]) -> Iterator[list[dict]]:
        while True:
            start = time.perf_counter()
            bundle = next(stream, None)
            self.seconds += time.perf_counter() - start
            if bundle is None:
                return
            yield bundle


# -- a whole scope --------------------------------------------------------------------------

@dataclass
class BuiltScope:
    offices: dict[str, int]  # cases per office
    devices: dict[str, ArchiveDevice]
    template_s: float
    direct: Written
    pushed: Written
    refused: int
    copy_s: float  # making the copies (Python), apart from the writes' seconds
    wall_s: float  # the whole build

    @property
    def cases(self) -> int:
        return sum(self.offices.values())

    @property
    def cases_written(self) -> int:
        return self.direct.cases + self.pushed.cases

    @property
    def changes(self) -> int:
        return self.direct.changes + self.pushed.changes


def build_scope(ctx: ServerContext, tmp: Path, offices: dict[str, int], pushed_office: str,
                quiet: tuple[str, ...] = (), seed: int = TEMPLATE_SEED,
                progress=print) -> BuiltScope:
    """`offices[code]` demo cases in each office: those of `pushed_office` through apply_push
    (the measured comparison), the others written directly. The `quiet` offices' cases come
    first, all of them; then the others take turns, a share of each office's cases a turn,
    as offices working at the same time fill the change log."""
    started = time.perf_counter()
    template = demo_template(tmp, TEMPLATE_CASES, seed, EVENTS)
    template_s = time.perf_counter() - started
    devices = {office: enrol_archive(ctx, office) for office in offices}
    made = TimedCopies()
    streams = {office: made.of(copies(template, devices[office], count, seed))
               for office, count in offices.items()}
    built = BuiltScope(dict(offices), devices, template_s, Written(), Written(), 0, 0.0, 0.0)

    def write(office: str, count: int) -> None:
        part = islice(streams[office], count)
        if office == pushed_office:
            done, refused = push_through_apply(ctx, part, devices[office])
            built.pushed.add(done)
            built.refused += refused
        else:
            built.direct.add(write_direct(ctx, part, devices[office]))

    for office in quiet:
        write(office, offices[office])
    busy = {office: count for office, count in offices.items() if office not in quiet}
    turns = max(TURNS, -(-max(busy.values(), default=0) // CHUNK_CASES))
    for turn in range(turns):
        for office, count in busy.items():
            share, extra = divmod(count, turns)
            if share + (turn < extra):
                write(office, share + (turn < extra))
        progress(f"    turn {turn + 1}/{turns}: {built.cases_written:,} cases, "
                 f"{built.changes:,} changes in {time.perf_counter() - started:.0f} s")
    built.copy_s = made.seconds
    built.wall_s = time.perf_counter() - started
    return built
