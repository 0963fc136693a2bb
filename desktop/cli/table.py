"""Plain-text tables for terminals: fixed columns, long values cut with an ellipsis."""

from __future__ import annotations

import json
from collections.abc import Sequence
from typing import Any


def render(rows: Sequence[Sequence[str]], widths: Sequence[int]) -> list[str]:
    """One line per row, no header: each line starts with its key (`grep`, `cut` friendly).
    The last column is never cut or padded."""
    return [_line(row, widths) for row in rows]


def _line(cells: Sequence[str], widths: Sequence[int]) -> str:
    out = []
    last = len(cells) - 1
    for i, (cell, width) in enumerate(zip(cells, widths, strict=True)):
        text = " ".join(str(cell).split())  # a newline in a name must not break the row
        out.append(text if i == last else _fit(text, width))
    return "  ".join(out).rstrip()


def _fit(text: str, width: int) -> str:
    return text.ljust(width) if len(text) <= width else text[:width - 1] + "…"


def to_json(data: Any) -> str:
    return json.dumps(data, ensure_ascii=False, indent=2, sort_keys=False)
