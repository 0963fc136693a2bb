"""(Being written: see /work/prompts/contract.md.)"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from desktop.core import Core


class CaseFileService:
    def __init__(self, core: Core) -> None:
        self.core = core
