"""Phone numbers on screen: grouped in international form in the case view and the
correction dialog, and tidied in the intake when the officer leaves a number field, so it
shows which country the number was read for."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLineEdit

from desktop.ui.phone_fields import tidied, tidy_on_leave
from tests.conftest import make_intake
from tests.ui.test_intake_dialog import focused, keys  # noqa: F401 - fixtures

PHONES = {"worker__phone": "0060 12 345 6789", "worker__employer_phone": "+852 5123 4567",
          "complainant__phones": "0813 3312 4455, 031 8410040"}


@pytest.mark.parametrize(("typed", "many", "shown"), [
    ("0813 3312 4455", False, "+62 813-3312-4455"),
    ("813-3312-4455", False, "+62 813-3312-4455"),
    ("0060 12 345 6789", False, "+60 12-345 6789"),
    ("0812-3456-7890; 031 8410040", True, "+62 812-3456-7890, +62 31 8410040"),
    ("0812-3456", False, "0812-3456"),  # not a number yet: left as typed
    ("0812-3456-7890, 0812", True, "0812-3456-7890, 0812"),  # one bad number: all left
    ("tanya Pak RT", False, "tanya Pak RT"),
    ("  ", False, "  "),
])
def test_tidied(typed: str, many: bool, shown: str):
    assert tidied(typed, many) == shown


def test_the_case_view_groups_every_number(qtbot, ctx, open_case):
    window = open_case(ctx, ctx.core.cases.record_intake(make_intake(**PHONES)))
    assert window.details.text("worker.phone") == "+60 12-345 6789"
    assert window.details.text("worker.employer_phone") == "+852 5123 4567"
    assert window.details.text("complainant.phones") == "+62 813-3312-4455, +62 31 8410040"


def test_correcting_details_shows_grouped_numbers_and_keeps_them(qtbot, ctx, open_case):
    number = ctx.core.cases.record_intake(make_intake(**PHONES))
    window = open_case(ctx, number)
    window.edit_people()
    dialog = window.dialog
    qtbot.waitExposed(dialog)
    assert dialog.inputs["worker.phone"].text() == "+60 12-345 6789"
    assert dialog.inputs["complainant.phones"].text() == "+62 813-3312-4455, +62 31 8410040"
    last = ctx.core.store.query_one("SELECT max(seq) FROM changes")[0]
    dialog.inputs["worker.name"].setText("Dewi Lestari Putri")
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: window.details.text("worker.name") == "Dewi Lestari Putri",
                    timeout=5000)
    worker = ctx.core.cases.get(number).worker
    assert worker["phone"] == "+60123456789"  # read back from the grouped form: unchanged
    # Only the name (and the case's time of change) were written, not the numbers.
    written = [r[0] for r in ctx.core.store.query(
        "SELECT fields FROM changes WHERE seq > ?", (last,))]
    assert written and not any("phone" in f for f in written)


def test_intake_number_is_grouped_when_the_officer_moves_on(qtbot, open_intake, keys):  # noqa: F811
    dialog = open_intake()
    phones = dialog.complainant.phones
    phones.setFocus()
    qtbot.waitUntil(lambda: focused() is phones)
    keys.type("0813 3312 4455, 0060 12 345 6789")
    keys.tab()
    assert phones.text() == "+62 813-3312-4455, +60 12-345 6789"
    assert dialog.complainant.value().phones == phones.text()


def test_a_wrong_number_is_left_as_typed_for_the_error_to_point_at(
        qtbot, open_intake, keys):  # noqa: F811
    dialog = open_intake()
    phone = dialog.worker.phone
    phone.setFocus()
    qtbot.waitUntil(lambda: focused() is phone)
    keys.type("+60 12 345")
    keys.tab()
    assert phone.text() == "+60 12 345"


def test_enter_also_tidies(qtbot):
    edit = QLineEdit()
    qtbot.addWidget(edit)
    tidy_on_leave(edit)
    edit.setText("0813 3312 4455")
    qtbot.keyClick(edit, Qt.Key.Key_Return)
    assert edit.text() == "+62 813-3312-4455"
