"""A referral or summons letter (core.letters) shown like the receipt: preview, print, or
save as PDF where the officer says."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtPdf import QPdfDocument
from PySide6.QtWidgets import QWidget

from desktop.ui import file_dialogs
from desktop.ui.context import UiContext
from desktop.ui.receipt_dialog import ReceiptDialog

REFERRAL_LETTER, SUMMONS_LETTER = "referral", "summons"
# An official letter to an Indonesian partner: in Bahasa Indonesia, whatever the screen's.
LETTER_LANGUAGE = "id"


class LetterDialog(ReceiptDialog):
    """A referral or summons letter (core.letters): preview, print, or save as PDF.

    The receipt's dialog with the letter's words and calls; like the receipt, the letter is
    held in memory only and written to a file only where the officer chooses.
    """

    def __init__(self, ctx: UiContext, kind: str, item_id: str, case_number: str,
                 parent: QWidget | None = None) -> None:
        self.kind = kind
        self.item_id = item_id
        self.number = case_number
        stem = "rujukan" if kind == REFERRAL_LETTER else "panggilan"
        # The base names the printed document and the suggested file after this.
        super().__init__(ctx, f"{case_number}-surat-{stem}", parent)

    def retranslate(self) -> None:
        referral = self.kind == REFERRAL_LETTER
        self.setWindowTitle((self.tr("Referral letter — {number}") if referral
                             else self.tr("Summons letter — {number}")).format(
            number=self.number))
        self.intro.setText(self.tr(
            "Print the letter on the office's paper, sign and stamp it, and send it; keep a "
            "copy in the case file.") if referral else self.tr(
            "Print the summons letter (surat panggilan klarifikasi), sign and stamp it, and "
            "send it to the agency; keep a copy in the case file."))
        self.print_button.setText(self.tr("&Print…"))
        self.print_button.setToolTip(self.tr("Print (Ctrl+P)"))
        self.save_button.setText(self.tr("Save as P&DF…"))
        self.save_button.setToolTip(self.tr("Save as PDF (Ctrl+S)"))
        self.close_button.setText(self.tr("&Close"))

    def load(self) -> None:
        self.status.setText(self.tr("Preparing the letter…"))
        letters, item_id = self.core.letters, self.item_id
        render = (letters.referral_letter if self.kind == REFERRAL_LETTER
                  else letters.summons_letter)
        # An official letter to an Indonesian partner: in Bahasa Indonesia, whatever the
        # language of the screen.
        self.tasks.run_db(lambda: render(item_id, LETTER_LANGUAGE), self._loaded,
                          self._load_failed)

    def _document_status(self, status: QPdfDocument.Status) -> None:
        super()._document_status(status)
        finished = status in (QPdfDocument.Status.Ready, QPdfDocument.Status.Error)
        if finished and not self._closed and not self.print_button.isEnabled():
            self.status.setText(self.tr("The letter could not be shown."))

    def print_title(self) -> str:
        return self.tr("Print letter")

    def print_failed_text(self) -> str:
        return self.tr("The letter could not be printed. Check that the printer is on and has "
                       "paper, then try again.")

    def printed_recorder(self):
        letters, pdf = self.core.letters, bytes(self._pdf.data())
        return lambda: letters.record_printed(pdf)

    def save_as_pdf(self) -> None:
        if not self.save_button.isEnabled():
            return
        path = file_dialogs.save_file(
            self, self.tr("Save letter as PDF"), self.default_path(),
            self.tr("PDF files (*.pdf)"))
        if not path:
            return
        target = Path(path)
        if target.suffix.lower() != ".pdf":
            target = target.with_name(target.name + ".pdf")
        letters, pdf = self.core.letters, bytes(self._pdf.data())
        self._set_ready(False)
        self.tasks.run_db(lambda: letters.export(pdf, target), self._exported,
                          self._export_failed)

    def _exported(self, target: Path) -> None:
        self._set_ready(True)
        self.saved_path = Path(target)
        self.status.setText(self.tr("Saved to {path}").format(path=str(target)))
