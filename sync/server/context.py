"""The server's application context: settings, database, clock, password policy and where
the server key is.

Passed explicitly to everything (no module globals); one per process, rebuilt per worker.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import UTC, datetime

from sync.server.config import Settings
from sync.server.db.engine import Database
from sync.server.keys import KeySource
from sync.server.services.passwords import PasswordPolicy


def utc_now() -> datetime:
    return datetime.now(UTC)


@dataclass
class ServerContext:
    settings: Settings
    db: Database
    clock: Callable[[], datetime] = utc_now
    passwords: PasswordPolicy = field(init=False)
    keys: KeySource = field(init=False)

    def __post_init__(self) -> None:
        self.passwords = PasswordPolicy(fast=self.settings.fast_kdf)
        self.keys = KeySource.of(self.settings)

    @classmethod
    def create(cls, settings: Settings, clock: Callable[[], datetime] = utc_now) -> ServerContext:
        return cls(settings, Database(settings.database_url), clock)

    def now(self) -> datetime:
        return self.clock()

    def close(self) -> None:
        self.db.dispose()
