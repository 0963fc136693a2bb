"""User-facing messages of the core, in Bahasa Indonesia and English.

The core has no Qt, so it cannot use Qt Linguist; each module declares its messages
next to the code that raises them, and the UI renders them in the user's language.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime

from desktop.formatting import format_date

LANGUAGES = ("id", "en")
DEFAULT_LANGUAGE = "id"


@dataclass(frozen=True)
class Msg:
    code: str
    id: str
    en: str

    def text(self, lang: str = DEFAULT_LANGUAGE, **params: object) -> str:
        template = self.en if lang == "en" else self.id
        if not params:
            return template
        # A calendar date reads as people write it, in the message's language.
        shown = {k: format_date(v, lang) if isinstance(v, date) and not isinstance(v, datetime)
                 else v for k, v in params.items()}
        return template.format(**shown)


class HaloError(Exception):
    """An error whose message is meant for the user, never a traceback.

    `field` names the form field at fault (e.g. "worker.nik") so a form can mark it.
    """

    exit_code = 1

    def __init__(self, msg: Msg, field: str | None = None, **params: object) -> None:
        self.msg = msg
        self.field = field
        self.params = params
        super().__init__(msg.code)

    @property
    def code(self) -> str:
        return self.msg.code

    def text(self, lang: str = DEFAULT_LANGUAGE) -> str:
        return self.msg.text(lang, **self.params)

    def __str__(self) -> str:  # English for logs; never contains personal data
        return f"{self.msg.code}"
