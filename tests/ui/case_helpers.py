"""Helpers shared by the case-window tests."""

from __future__ import annotations

from tests.conftest import make_intake


def record(context, status: str = "", **overrides) -> str:
    """A walk-in complaint recorded through the services of `context` (then moved to
    `status` when given); returns its case number."""
    number = context.core.cases.record_intake(make_intake(**overrides))
    if status:
        context.core.cases.change_status(number, status)
    return number
