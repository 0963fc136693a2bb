"""The rules that make a case's deadline-clock row (`case_clock`), shared by the office
PC (desktop/store/clock.py) and the central server (sync/server/services/case_clock.py):
both derive the same rows from the same synced history, so the report's figures agree."""

from __future__ import annotations

RULES_KEY = "case_clock_rules"
RULES_VERSION = "1"  # raise when the derivation here changes
# Timeline events that record a status change, with data {"from": ..., "to": ...}
# (desktop/services/cases.py change_status).
STATUS_EVENTS = ("perubahan_status", "dibuka_kembali")
# A category without a target in the reference data still gets a clock (central should
# give it one): the most common target of the published categories.
DEFAULT_TARGET = 30
DEFAULT_TZ = "WIB"
# Fields whose change rewrites a case's clock (besides status-change events).
CASE_FIELDS = frozenset({"category", "received_at", "office_code"})

RUNNING, PAUSED, STOPPED = "running", "paused", "stopped"


def touches_clock(entity: str, op: str, fields: dict) -> bool:
    """Whether a write of these fields of this entity changes its case's clock."""
    if entity == "case":
        return op == "insert" or bool(CASE_FIELDS & fields.keys())
    return entity == "event" and op == "insert" and fields.get("event_type") in STATUS_EVENTS
