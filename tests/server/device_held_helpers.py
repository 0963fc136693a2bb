"""Helpers of the lost-PC tests (issue 14 §1.5): what the server says a device holds, the
records a test needs (a case with a person's identifiers, an information request, an
anonymisation as the retention run writes it), and the `device held` command."""

from __future__ import annotations

import csv
import io
import uuid

from sqlalchemy import select

from desktop.domain import data_protection as pdp
from sync.server.db.tables import device_holdings, device_syncs, workers
from sync.server.services.actor import cli_actor
from sync.server.services.changelog import ServerTx
from tests.server.helpers import Device, create_case
from tests.server.sync_helpers import change, hlc, round_trip

NIK = "3578014101800001"


def held(ctx, device: Device) -> set[str]:
    """The roots the server records the device as holding now."""
    with ctx.db.read() as conn:
        return set(conn.scalars(select(device_holdings.c.root_id).where(
            device_holdings.c.device_id == device.device_id,
            device_holdings.c.until.is_(None))))


def released(ctx, device: Device) -> set[str]:
    """The roots the device held once and no longer does."""
    with ctx.db.read() as conn:
        return set(conn.scalars(select(device_holdings.c.root_id).where(
            device_holdings.c.device_id == device.device_id,
            device_holdings.c.until.is_not(None))))


def last_sync(ctx, device: Device):
    with ctx.db.read() as conn:
        return conn.execute(select(device_syncs).where(
            device_syncs.c.device_id == device.device_id)).mappings().first()


def central_case(client, devices: dict, office: str, **overrides) -> dict:
    """A case received at central and handed to `office`; returns the case."""
    return create_case(client, devices["PST"], assign_to=office, **overrides)["case"]


def inquiry(office: str, **overrides) -> dict:
    """The insert of an information request recorded at `office`."""
    row = {"id": str(uuid.uuid4()), "office_code": office, "channel": "telepon",
           "topic": "biaya_penempatan", "question": "Berapa biaya ke Taiwan?",
           "answer": "Dijelaskan.", "name": "Rina Wati", "phone": "+6281234567890",
           "complainant_type": "", "received_at": "2026-12-01T03:00:00.000000Z",
           "complaint_id": "", "complaint_number": "", "created_by": "petugas",
           "created_at": "2026-12-01T03:00:00.000000Z",
           "updated_at": "2026-12-01T03:00:00.000000Z", **overrides}
    return change("inquiry", row["id"], row["id"], row, hlc(), op="insert")


def sync(client, device: Device, pushed: list[dict] | None = None) -> dict:
    """A whole pull from the start (a PC's first sync), with `pushed` going up first."""
    answer = round_trip(client, device, pushed or [])
    assert answer["rejected"] == [], answer["rejected"]
    while answer["more"]:
        answer = round_trip(client, device, [], cursor=answer["cursor"])
    return answer


def anonymise(ctx, case_id: str, office: str) -> None:
    """What the retention run writes: the personal fields replaced, the case marked."""
    with ctx.db.write() as conn:
        tx = ServerTx(conn, cli_actor(), ctx.now())
        worker = conn.execute(select(workers).where(workers.c.case_id == case_id)
                              ).mappings().one()
        tx.update("worker", worker["id"], pdp.anonymised_fields("worker", worker),
                  office_code=office, case_id=case_id)
        tx.update("case", case_id, {"anonymised_at": tx.now,
                                    "description": pdp.ANON_MARKER},
                  office_code=office, case_id=case_id)
        tx.finish()


def run_held(cli_runner, db_url: str, env: dict, *args: str, lang: str = "en"):
    return cli_runner.server(db_url, "device", "held", *args, lang=lang, env=env)


def csv_table(text: str) -> tuple[list[list[str]], list[dict[str, str]]]:
    """(the rows before the table, the table's rows by header) of a `--format csv` list."""
    assert text.startswith("\ufeff")
    rows = list(csv.reader(io.StringIO(text[1:])))
    start = next(i for i, r in enumerate(rows) if r and r[0] == "Kind")
    header = rows[start]
    table = []
    for r in rows[start + 1:]:
        if not r:
            break
        table.append(dict(zip(header, r, strict=True)))
    return rows[:start], table
