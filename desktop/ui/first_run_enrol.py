"""The first run's "enrol with the central server" part: server address, code, this PC's name.

The office is not typed here: the enrolment code was issued for one office, and the server
says which (and this PC's letter).
"""

from __future__ import annotations

from PySide6.QtWidgets import QFormLayout, QGroupBox, QLabel, QLineEdit, QRadioButton, QWidget

from desktop.ui.widgets import FormErrors


class SetupChoice(QGroupBox):
    """Enrol with the central server, or set up this PC on its own."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        form = QFormLayout(self)
        self.enrol = QRadioButton()
        self.local = QRadioButton()
        self.enrol_hint = _hint()
        self.local_hint = _hint()
        form.addRow(self.enrol)
        form.addRow(self.enrol_hint)
        form.addRow(self.local)
        form.addRow(self.local_hint)
        self.local.setChecked(True)

    def enrolling(self) -> bool:
        return self.enrol.isChecked()

    def retranslate(self) -> None:
        self.setTitle(self.tr("How is this PC set up?"))
        self.enrol.setText(self.tr("&Enrol with the central server"))
        self.enrol_hint.setText(self.tr(
            "With the server address and the one-time enrolment code from central. The office "
            "and this PC's letter come from the server; central accounts can then log in here."))
        self.local.setText(self.tr("&This PC only, without the central server"))
        self.local_hint.setText(self.tr(
            "Choose the office yourself. The data stays on this PC."))


class EnrolBox(QGroupBox):
    """Server address, enrolment code and this PC's name; errors shown inline via `errors`."""

    def __init__(self, errors: FormErrors, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.server_url = QLineEdit()
        self.server_url.setMaxLength(300)
        self.code = QLineEdit()
        self.code.setMaxLength(40)
        self.device_label = QLineEdit()
        self.device_label.setMaxLength(60)
        self.labels: dict[str, QLabel] = {}
        form = QFormLayout(self)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        for field, widget in (("server_url", self.server_url), ("code", self.code),
                              ("enrol_device_label", self.device_label)):
            label = QLabel()
            label.setBuddy(widget)
            self.labels[field] = label
            form.addRow(label, errors.wrap(field, widget))

    def fields(self) -> list[QLineEdit]:
        return [self.server_url, self.code, self.device_label]

    def retranslate(self) -> None:
        self.setTitle(self.tr("Central server"))
        self.labels["server_url"].setText(self.tr("Server &address:"))
        self.labels["code"].setText(self.tr("Enrolment co&de:"))
        self.labels["enrol_device_label"].setText(self.tr("Name of this &PC:"))
        self.server_url.setPlaceholderText(self.tr("e.g. https://pusat.example.go.id"))
        self.code.setPlaceholderText(self.tr("e.g. 7K3M-Q9XD-2HPA"))
        self.device_label.setPlaceholderText(self.tr("e.g. Front desk 1"))


def _hint() -> QLabel:
    label = QLabel()
    label.setWordWrap(True)
    label.setStyleSheet("color: #555; margin-left: 22px;")
    return label
