"""Phone number fields that show how a number was read.

On leaving the field, a valid number is rewritten grouped, in international form:
"0813 3312 4455" becomes "+62 813-3312-4455" and "0060 12 345 6789" "+60 12-345 6789",
so the officer sees at once which country it was taken for. Text that is not (yet) a
valid number stays exactly as typed: saving says what is wrong with it, in the field.
"""

from __future__ import annotations

from PySide6.QtWidgets import QLineEdit

from desktop.domain import validation as v
from desktop.formatting import format_phone


def tidied(text: str, many: bool = False) -> str:
    """`text` grouped for reading when every number in it is valid; else unchanged."""
    try:
        numbers = v.normalize_phones(text) if many else [v.normalize_phone(text)]
    except v.ValidationError:
        return text
    if not any(numbers):
        return text  # blank: keep what is there (spaces are harmless)
    return ", ".join(format_phone(n) for n in numbers)


def tidy_on_leave(edit: QLineEdit, many: bool = False) -> None:
    """Group the field's number(s) when the officer leaves it or presses Enter."""
    def tidy() -> None:
        shown = tidied(edit.text(), many)
        if shown != edit.text():
            edit.setText(shown)

    edit.editingFinished.connect(tidy)
