"""Staff accounts through the dialogs: add, remove, reset; everyone changes their own password."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from desktop.crypto.keyslots import WrongPassword
from desktop.session.login import log_in
from desktop.ui.accounts_dialog import AccountsDialog, AddUserDialog
from desktop.ui.main_window import MainWindow
from desktop.ui.password_dialog import ChangePasswordDialog
from tests.conftest import ADMIN, STAFF_PW, TEST_KDF, make_intake


@pytest.fixture
def accounts(qtbot, admin_ctx):
    dialog = AccountsDialog(admin_ctx)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitUntil(lambda: dialog.table.rowCount() > 0)
    return dialog


def table_rows(dialog: AccountsDialog) -> list[list[str]]:
    return [[dialog.table.item(r, c).text() for c in range(dialog.table.columnCount())]
            for r in range(dialog.table.rowCount())]


def can_log_in(paths, username: str, password: str) -> bool:
    try:
        core = log_in(paths, username, password, TEST_KDF)
    except WrongPassword:
        return False
    core.close()
    return True


def add_account(qtbot, dialog: AccountsDialog, username: str, full_name: str, role: str,
                password: str, confirm: str | None = None) -> AddUserDialog:
    qtbot.mouseClick(dialog.add_button, Qt.MouseButton.LeftButton)
    form = dialog.add_dialog
    assert form is not None and form.isVisible()
    assert form.focusWidget() is form.username
    qtbot.keyClicks(form.username, username)
    qtbot.keyClicks(form.full_name, full_name)
    form.role.setCurrentIndex(form.role.findData(role))
    qtbot.keyClicks(form.password, password)
    qtbot.keyClicks(form.confirm, password if confirm is None else confirm)
    qtbot.mouseClick(form.ok_button, Qt.MouseButton.LeftButton)
    return form


def test_the_list_shows_each_account_with_its_role(accounts):
    assert table_rows(accounts) == [[ADMIN, "Admin Kantor", "Administrator", "Yes"]]
    headers = [accounts.table.horizontalHeaderItem(c).text() for c in range(4)]
    assert headers == ["Username", "Full name", "Role", "Active"]


def test_adding_an_account(qtbot, accounts, admin_core, paths):
    form = add_account(qtbot, accounts, "siti.a", "Siti Aminah", "case_officer", "siti-pass-123")
    qtbot.waitUntil(lambda: len(table_rows(accounts)) == 2)
    assert not form.isVisible()
    assert ["siti.a", "Siti Aminah", "Case officer", "Yes"] in table_rows(accounts)
    assert accounts.selected_username() == "siti.a"
    assert admin_core.accounts.get("siti.a")["role"] == "case_officer"
    assert can_log_in(paths, "siti.a", "siti-pass-123")


def test_mistakes_in_the_new_account_are_shown_inline(qtbot, accounts, admin_core):
    form = add_account(qtbot, accounts, "S", "", "front_office", "short", "other")
    assert "3-32 characters" in form.errors.text("username")
    assert form.errors.text("full_name") != ""
    assert "at least 8 characters" in form.errors.text("password")
    assert form.isVisible() and not accounts.ctx.tasks.busy

    form.username.clear()
    qtbot.keyClicks(form.username, "budi")
    qtbot.keyClicks(form.full_name, "Budi Santoso")
    form.password.setText("budi-pass-123")
    form.confirm.setText("budi-pass-124")
    qtbot.mouseClick(form.ok_button, Qt.MouseButton.LeftButton)
    assert form.errors.text("password_confirm") == "The two new passwords do not match."
    assert form.errors.text("username") == ""
    assert admin_core.accounts.get("budi") is None


def test_a_taken_username_is_refused_by_the_core(qtbot, accounts):
    form = add_account(qtbot, accounts, ADMIN, "Someone Else", "supervisor", "some-pass-123")
    qtbot.waitUntil(lambda: form.errors.text("username") != "")
    assert form.errors.text("username") == "This username is taken."
    assert form.isVisible()
    assert len(table_rows(accounts)) == 1


def test_removing_an_account_after_confirming(qtbot, accounts, admin_core, paths, message_boxes):
    admin_core.accounts.add_user("petugas", "Petugas Loket", "front_office", STAFF_PW)
    accounts.reload()
    qtbot.waitUntil(lambda: len(table_rows(accounts)) == 2)
    accounts.select_username(ADMIN)
    assert not accounts.remove_button.isEnabled()  # not yourself
    accounts.select_username("petugas")
    assert accounts.remove_button.isEnabled()

    qtbot.mouseClick(accounts.remove_button, Qt.MouseButton.LeftButton)
    assert message_boxes[0][0] == "question" and "Petugas Loket (petugas)" in message_boxes[0][2]
    qtbot.waitUntil(lambda: ["petugas", "Petugas Loket", "Front-office officer", "No (removed)"]
                    in table_rows(accounts))
    assert accounts.message() == "The account petugas was removed."
    assert not admin_core.accounts.get("petugas")["active"]
    assert table_rows(accounts)[-1][0] == "petugas"  # removed accounts are listed last
    accounts.select_username("petugas")
    assert not accounts.remove_button.isEnabled() and not accounts.reset_button.isEnabled()


def test_cancelling_the_removal_keeps_the_account(qtbot, accounts, admin_core, monkeypatch):
    from PySide6.QtWidgets import QMessageBox

    admin_core.accounts.add_user("petugas", "Petugas Loket", "front_office", STAFF_PW)
    accounts.reload()
    qtbot.waitUntil(lambda: len(table_rows(accounts)) == 2)
    monkeypatch.setattr(QMessageBox, "question",
                        staticmethod(lambda *a, **k: QMessageBox.StandardButton.Cancel))
    accounts.select_username("petugas")
    qtbot.mouseClick(accounts.remove_button, Qt.MouseButton.LeftButton)
    assert not accounts.ctx.tasks.busy
    assert admin_core.accounts.get("petugas")["active"]


def test_resetting_a_password(qtbot, accounts, admin_core, paths):
    admin_core.accounts.add_user("petugas", "Petugas Loket", "front_office", STAFF_PW)
    accounts.reload()
    qtbot.waitUntil(lambda: len(table_rows(accounts)) == 2)
    accounts.select_username("petugas")
    qtbot.mouseClick(accounts.reset_button, Qt.MouseButton.LeftButton)
    form = accounts.reset_dialog
    assert "Petugas Loket (petugas)" in form.intro.text()
    qtbot.keyClicks(form.new_password, "baru-pass-456")
    qtbot.keyClicks(form.confirm, "baru-pass-456")
    qtbot.keyClick(form.confirm, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: not form.isVisible())
    assert accounts.message() == "The password of petugas was reset."
    assert can_log_in(paths, "petugas", "baru-pass-456")
    assert not can_log_in(paths, "petugas", STAFF_PW)


def test_changing_my_own_password(qtbot, officer_ctx, paths):
    dialog = ChangePasswordDialog(officer_ctx)
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.focusWidget() is dialog.old_password
    qtbot.keyClicks(dialog.old_password, "not-my-password")
    qtbot.keyClicks(dialog.new_password, "petugas-baru-1")
    qtbot.keyClicks(dialog.confirm, "petugas-baru-1")
    qtbot.keyClick(dialog.confirm, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: dialog.errors.text("old_password") != "")
    assert dialog.errors.text("old_password").startswith("The password is wrong.")
    assert dialog.focusWidget() is dialog.old_password and dialog.isVisible()

    dialog.old_password.setText(STAFF_PW)
    dialog.confirm.setText("petugas-baru-2")
    qtbot.keyClick(dialog.confirm, Qt.Key.Key_Return)
    assert dialog.errors.text("password_confirm") == "The two new passwords do not match."

    dialog.confirm.setText("petugas-baru-1")
    qtbot.keyClick(dialog.confirm, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: not dialog.isVisible())
    assert can_log_in(paths, "petugas", "petugas-baru-1")
    assert not can_log_in(paths, "petugas", STAFF_PW)


def test_a_too_short_new_password_is_refused(qtbot, officer_ctx):
    dialog = ChangePasswordDialog(officer_ctx)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.keyClick(dialog.confirm, Qt.Key.Key_Return)
    assert dialog.errors.text("old_password") == "Type your current password."
    dialog.old_password.setText(STAFF_PW)
    dialog.new_password.setText("kort")
    dialog.confirm.setText("kort")
    qtbot.keyClick(dialog.confirm, Qt.Key.Key_Return)
    assert "at least 8 characters" in dialog.errors.text("password")


def test_manage_accounts_is_only_offered_to_administrators(qtbot, admin_ctx, officer_ctx):
    admin = MainWindow(admin_ctx)
    qtbot.addWidget(admin)
    assert admin.act_accounts.isEnabled()
    admin.act_accounts.trigger()
    assert isinstance(admin.dialogs["accounts"], AccountsDialog)
    admin.dialogs["accounts"].close()

    officer = MainWindow(officer_ctx)
    qtbot.addWidget(officer)
    assert not officer.act_accounts.isEnabled()
    officer.act_change_password.trigger()
    assert isinstance(officer.dialogs["password"], ChangePasswordDialog)
    officer.dialogs["password"].close()
    qtbot.waitUntil(lambda: not admin_ctx.tasks.busy and not officer_ctx.tasks.busy)


def test_removing_a_case_officer_names_the_cases_left_without_an_officer(
        qtbot, accounts, admin_core, login, message_boxes):
    login("budi", "case_officer")
    sup = login("kasi", "supervisor")
    number = sup.cases.record_intake(make_intake())
    sup.handling.assign(number, "budi")
    accounts.reload()
    qtbot.waitUntil(lambda: "budi" in [row[0] for row in table_rows(accounts)])
    accounts.select_username("budi")
    qtbot.mouseClick(accounts.remove_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: accounts.message().startswith("The account budi was removed."))
    assert (f"Open cases now without a handling officer (1): {number}. Assign them from the "
            "list (View > Unassigned cases, Ctrl+5).") in accounts.message()
    assert sup.cases.resolve(number)["officer"] == ""
