"""Cases and information requests for the /stats tests, pushed through /sync as an office PC
records them: a case, its worker, and its status history as timeline events."""

from __future__ import annotations

import json
import random
import uuid
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta

from sync.hlc import format_hlc
from tests.server.helpers import Device
from tests.server.sync_helpers import change, number_of, round_trip

# The server's "today" in these tests: Tuesday 15 December 2026, 10.00 WIB.
NOW = datetime(2026, 12, 15, 3, 0, tzinfo=UTC)
_WALL = int(datetime(2026, 12, 1, tzinfo=UTC).timestamp() * 1000)  # PCs' clocks, before NOW


def stamp(moment: datetime) -> str:
    """A moment as the desktop stores it (desktop.formatting.iso_utc)."""
    return moment.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%S.%fZ")


@dataclass
class Case:
    office: str
    received: datetime
    category: str = "gaji_tidak_dibayar"
    channel: str = "telepon"
    complainant_type: str = "keluarga_tki"
    statuses: list[tuple[datetime, str]] = field(default_factory=list)  # oldest first
    officer: str = ""
    next_contact_due: str = ""
    sex: str = "P"
    country: str = "MY"
    province: str = "Jawa Timur"
    regency: str = "Kab. Malang"
    pptkis: str = "PT Maju Jaya"
    id: str = field(default_factory=lambda: str(uuid.uuid4()))

    @property
    def status(self) -> str:
        return self.statuses[-1][1] if self.statuses else "baru"


class Pusher:
    """Pushes what a device records, each change with a newer clock."""

    def __init__(self, client) -> None:
        self.client = client
        self.counter = 0

    def hlc(self) -> str:
        self.counter += 1
        return format_hlc(_WALL, self.counter, "pc000001")

    def push(self, device: Device, changes: list[dict]) -> None:
        out = round_trip(self.client, device, changes)
        assert out["rejected"] == [], out["rejected"]

    def cases(self, device: Device, cases: list[Case]) -> None:
        changes: list[dict] = []
        for c in cases:
            changes += self.case_changes(device, c)
        self.push(device, changes)

    def case_changes(self, device: Device, c: Case) -> list[dict]:
        at = stamp(c.received)
        fields = {"id": c.id, "case_number": number_of(device), "office_code": c.office,
                  "status": c.status, "category": c.category, "channel": c.channel,
                  "complainant_type": c.complainant_type, "received_at": at,
                  "description": "Pengaduan uji.", "outcome": "", "duplicate_of": "",
                  "next_contact_due": c.next_contact_due, "created_at": at,
                  "created_by": "kasi", "updated_at": at, "officer": c.officer}
        worker_id = str(uuid.uuid4())
        out = [change("case", c.id, c.id, fields, self.hlc(), op="insert"),
               change("worker", worker_id, c.id, {
                   "id": worker_id, "case_id": c.id, "name": "Pekerja Uji", "sex": c.sex,
                   "destination_country": c.country, "province": c.province,
                   "regency": c.regency, "pptkis": c.pptkis}, self.hlc(), op="insert")]
        before = "baru"
        for moment, status in c.statuses:
            out.append(self.status_event(c.id, moment, before, status))
            before = status
        return out

    def status_event(self, case_id: str, moment: datetime, old: str, new: str) -> dict:
        event_id = str(uuid.uuid4())
        kind = "dibuka_kembali" if old in ("selesai", "ditutup") else "perubahan_status"
        return change("event", event_id, case_id, {
            "id": event_id, "case_id": case_id, "event_type": kind,
            "occurred_at": stamp(moment), "recorded_at": stamp(moment), "user": "kasi",
            "device": "pc", "summary": "", "channel": "", "next_contact_due": "",
            "data": json.dumps({"from": old, "to": new})}, self.hlc(), op="insert")

    def inquiries(self, device: Device, rows: list[tuple[datetime, str, str]]) -> None:
        """(received, topic, channel) of each request, at the device's office."""
        changes = []
        for moment, topic, channel in rows:
            inquiry_id = str(uuid.uuid4())
            at = stamp(moment)
            changes.append(change("inquiry", inquiry_id, inquiry_id, {
                "id": inquiry_id, "office_code": device.office, "channel": channel,
                "topic": topic, "question": "Bagaimana prosedurnya?", "received_at": at,
                "created_by": "kasi", "created_at": at, "updated_at": at}, self.hlc(),
                op="insert"))
        self.push(device, changes)


_PATHS = (
    (), (("proses", 1),), (("menunggu_dokumen", 2),), (("proses", 1), ("selesai", 9)),
    (("proses", 1), ("ditutup", 4)), (("validasi", 1), ("menunggu_dokumen", 3),
                                       ("proses", 8), ("selesai", 20)),
    (("proses", 2), ("dirujuk", 5)), (("proses", 1), ("selesai", 3), ("proses", 6)),
)
_CATEGORIES = ("ingin_dipulangkan", "gaji_tidak_dibayar", "meninggal_dunia", "gagal_berangkat",
               "sakit", "putus_komunikasi")
_CHANNELS = ("datang_langsung", "datang_langsung", "surat", "telepon", "email")
_COUNTRIES = ("MY", "MY", "SA", "TW", "HK", "")
_PROVINCES = (("Jawa Timur", "Kab. Malang"), ("Jawa Timur", "Kab. Blitar"),
              ("Jawa Tengah", "Kab. Cilacap"), ("", ""))


def sample(office: str, count: int, seed: int, officers: tuple[str, ...]) -> list[Case]:
    """`count` cases of `office` received between 1 October and 14 December 2026, with
    the published shapes (walk-in first, Malaysia first) and every status path."""
    rng = random.Random(seed)
    start = datetime(2026, 10, 1, 1, 0, tzinfo=UTC)
    out = []
    for i in range(count):
        received = start + timedelta(days=rng.randrange(0, 74), hours=rng.randrange(0, 10))
        path = _PATHS[i % len(_PATHS)]
        statuses = [(received + timedelta(days=d), s) for s, d in path
                    if received + timedelta(days=d) < NOW]
        province, regency = rng.choice(_PROVINCES)
        due = rng.choice(("", "2026-12-01", "2026-12-20"))
        out.append(Case(office, received, rng.choice(_CATEGORIES), rng.choice(_CHANNELS),
                        rng.choice(("tki", "keluarga_tki", "calon_tki")), statuses,
                        rng.choice(officers), due, rng.choice(("L", "P", "P", "")),
                        rng.choice(_COUNTRIES), province, regency,
                        rng.choice(("PT Maju Jaya", "PT Sinar Abadi", ""))))
    return out
