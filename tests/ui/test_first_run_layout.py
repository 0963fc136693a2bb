"""First-run set-up at 1366x768 (issue 12 §5.3): with every error showing it still fits the
screen, nothing is squashed or clipped, and an error leaves a field once it is corrected."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QComboBox, QLabel, QLineEdit

from desktop.domain.accounts import MSG_USERNAME
from desktop.messages import HaloError
from desktop.sync import errors as sync_errors
from desktop.ui.first_run import WIDTH, FirstRunDialog
from desktop.ui.i18n import install_translators

SCREEN_HEIGHT = 768
TITLE_BAR = 32  # what a window manager adds above the dialog


@pytest.fixture
def open_dialog(qtbot, make_ctx):
    def _open(lang: str = "en") -> FirstRunDialog:
        ctx = make_ctx(lang=lang)
        ctx.translators = install_translators(QCoreApplication.instance(), lang)
        dialog = FirstRunDialog(ctx)
        qtbot.addWidget(dialog)
        dialog.show()
        qtbot.waitExposed(dialog)
        return dialog
    return _open


def settle(qtbot) -> None:
    """Let the queued fitting (QTimer 0) run."""
    qtbot.wait(20)


def every_error(dialog: FirstRunDialog) -> list[BaseException]:
    """A real, long message at every field of the chosen way and in the general line."""
    fields = (["server_url", "code", "device_label"] if dialog.enrolling()
              else ["office_code", "office_name", "device_label"])
    fields += ["username", "full_name", "password", "password_confirm"]
    return [*(HaloError(MSG_USERNAME, field=f) for f in fields),
            sync_errors.ServerUnreachable()]


def assert_nothing_squashed(dialog: FirstRunDialog) -> None:
    """Each wrapped text has the height its lines need; each input its own height."""
    for label in dialog.findChildren(QLabel):
        if label.isVisibleTo(dialog) and label.wordWrap() and label.text():
            assert label.height() >= label.heightForWidth(label.width()), label.text()
    inputs = [e for e in dialog.findChildren(QLineEdit) if not isinstance(e.parent(), QComboBox)]
    for widget in [*inputs, dialog.office_code]:
        if widget.isVisibleTo(dialog):
            assert widget.height() >= widget.minimumSizeHint().height(), widget


@pytest.mark.parametrize("lang", ["id", "en"])
@pytest.mark.parametrize("enrol", [False, True])
def test_with_every_error_showing_the_dialog_fits_1366x768(qtbot, open_dialog, lang, enrol):
    dialog = open_dialog(lang)
    dialog.choice.enrol.setChecked(enrol)
    settle(qtbot)
    assert_nothing_squashed(dialog)  # the help texts and the admin fields, before any error

    qtbot.mouseClick(dialog.setup_button, Qt.MouseButton.LeftButton)  # all empty: errors
    settle(qtbot)
    assert dialog.errors.text("username")
    dialog._show_errors(every_error(dialog))
    settle(qtbot)
    assert dialog.errors.text() and dialog.errors.text("password_confirm")
    assert_nothing_squashed(dialog)
    # Exactly as tall as its texts need (not grown and left so), and on the screen.
    assert dialog.height() == dialog.heightForWidth(dialog.width())
    assert dialog.screen().availableGeometry().contains(dialog.frameGeometry())
    # At its width on a 1366x768 screen, under a title bar.
    assert WIDTH <= 1366
    assert dialog.heightForWidth(WIDTH) + TITLE_BAR <= SCREEN_HEIGHT


def test_the_dialog_shrinks_back_when_the_errors_go(qtbot, open_dialog):
    dialog = open_dialog()
    settle(qtbot)
    empty = dialog.height()
    dialog._show_errors(every_error(dialog))
    settle(qtbot)
    assert dialog.height() > empty
    dialog._show_errors([])
    settle(qtbot)
    assert dialog.height() == empty


def test_an_edited_field_loses_its_error_and_the_others_keep_theirs(qtbot, open_dialog):
    dialog = open_dialog()
    qtbot.keyClicks(dialog.username, "A B")
    qtbot.mouseClick(dialog.setup_button, Qt.MouseButton.LeftButton)
    assert "3-32 characters" in dialog.errors.text("username")
    assert dialog.errors.text("full_name") and dialog.errors.text("office_code")

    dialog.username.clear()
    qtbot.keyClicks(dialog.username, "admin.sby")
    assert dialog.errors.text("username") == ""
    assert dialog.username.styleSheet() == ""  # no longer marked red
    assert dialog.errors.text("full_name") and dialog.errors.text("office_code")
    # Choosing an office fills its name too: the office code's error goes.
    dialog.office_code.setCurrentIndex(dialog.office_code.findData("SBY"))
    assert dialog.errors.text("office_code") == ""
    assert dialog.errors.text("full_name")
    # Typing in a field without an error shows nothing new for it.
    qtbot.keyClicks(dialog.password, "x")
    assert dialog.errors.text("password") == ""


def test_an_error_goes_when_checking_again_passes(qtbot, open_dialog):
    """The confirmation is wrong until the password itself is changed to match it."""
    dialog = open_dialog()
    qtbot.keyClicks(dialog.password, "rahasia-kantor-1")
    qtbot.keyClicks(dialog.password_confirm, "rahasia-kantor-2")
    qtbot.mouseClick(dialog.setup_button, Qt.MouseButton.LeftButton)
    assert dialog.errors.text("password_confirm") == "The two passwords do not match."
    dialog.password.clear()
    qtbot.keyClicks(dialog.password, "rahasia-kantor-2")
    assert dialog.errors.text("password_confirm") == ""


def test_a_refusal_stays_until_its_field_is_edited(qtbot, open_dialog):
    dialog = open_dialog()
    dialog.choice.enrol.setChecked(True)
    dialog._failed(sync_errors.EnrolmentRefused(sync_errors.MSG_CODE_INVALID, field="code"))
    assert dialog.errors.text("code")
    qtbot.keyClicks(dialog.username, "admin.sby")  # another field: the server's word stands
    assert dialog.errors.text("code")
    qtbot.keyClicks(dialog.enrol_box.code, "7")
    assert dialog.errors.text("code") == ""
