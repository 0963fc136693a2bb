"""Per-PC preferences that are needed before login (no personal data)."""

from __future__ import annotations

from dataclasses import asdict, dataclass, field
from pathlib import Path

from desktop.jsonfile import read_json, write_json_atomic
from desktop.messages import DEFAULT_LANGUAGE, LANGUAGES


@dataclass(frozen=True)
class WindowGeometry:
    """Where a window was: its normal (not maximised) frame in screen pixels."""

    x: int
    y: int
    width: int
    height: int
    maximized: bool = False

    @classmethod
    def parse(cls, data: object) -> WindowGeometry | None:
        """None for anything a hand edit or an older version could have left behind."""
        if not isinstance(data, dict):
            return None
        numbers = [data.get(k) for k in ("x", "y", "width", "height")]
        if not all(isinstance(n, int) and not isinstance(n, bool) for n in numbers):
            return None
        x, y, width, height = numbers
        if width <= 0 or height <= 0:
            return None
        return cls(x, y, width, height, data.get("maximized") is True)


def _parse_geometries(data: object) -> dict[str, dict[str, WindowGeometry]]:
    if not isinstance(data, dict):
        return {}
    kept: dict[str, dict[str, WindowGeometry]] = {}
    for user, windows in data.items():
        if not isinstance(user, str) or not isinstance(windows, dict):
            continue
        parsed = {name: geo for name, raw in windows.items()
                  if isinstance(name, str) and (geo := WindowGeometry.parse(raw)) is not None}
        if parsed:
            kept[user] = parsed
    return kept


@dataclass
class Settings:
    language: str = DEFAULT_LANGUAGE
    last_username: str = ""
    # Per username, then per window ("main", "case", ...): each person finds the windows
    # where they left them, also after a restart.
    window_geometry: dict[str, dict[str, WindowGeometry]] = field(default_factory=dict)

    @classmethod
    def load(cls, path: Path) -> Settings:
        data = read_json(path, {})
        if not isinstance(data, dict):
            data = {}
        lang = data.get("language")
        user = data.get("last_username")
        return cls(
            language=lang if lang in LANGUAGES else DEFAULT_LANGUAGE,
            last_username=user if isinstance(user, str) else "",
            window_geometry=_parse_geometries(data.get("window_geometry")),
        )

    def save(self, path: Path) -> None:
        write_json_atomic(path, asdict(self))

    def geometry(self, username: str, window: str) -> WindowGeometry | None:
        return self.window_geometry.get(username, {}).get(window)

    def set_geometry(self, username: str, window: str, geometry: WindowGeometry) -> None:
        self.window_geometry.setdefault(username, {})[window] = geometry
