"""Per-PC preferences that are needed before login (no personal data)."""

from __future__ import annotations

from dataclasses import asdict, dataclass
from pathlib import Path

from desktop.jsonfile import read_json, write_json_atomic
from desktop.messages import DEFAULT_LANGUAGE, LANGUAGES


@dataclass
class Settings:
    language: str = DEFAULT_LANGUAGE
    last_username: str = ""

    @classmethod
    def load(cls, path: Path) -> Settings:
        data = read_json(path, {})
        lang = data.get("language") if isinstance(data, dict) else None
        user = data.get("last_username") if isinstance(data, dict) else None
        return cls(
            language=lang if lang in LANGUAGES else DEFAULT_LANGUAGE,
            last_username=user if isinstance(user, str) else "",
        )

    def save(self, path: Path) -> None:
        write_json_atomic(path, asdict(self))
