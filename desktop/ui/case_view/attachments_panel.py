"""The case's attachments: scans and photos kept encrypted in the store, opened in the app.

"Open" shows the content from memory (AttachmentViewer); only "Save a copy…" writes a file,
where the person chose, and the core audits it. All store work runs through the TaskManager.
An attachment received from another PC may not be here yet: while sync runs, "Open" asks
the sync thread to download it first (ctx.sync), showing how far it got.
"""

from __future__ import annotations

import contextlib
from pathlib import Path

from PySide6.QtCore import QStandardPaths, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop.domain.models import Attachment, CaseDetail
from desktop.domain.roles import Perm, can
from desktop.formatting import format_datetime, format_size
from desktop.services.attachments import TYPES
from desktop.sync.errors import CertificateError, ServerUnreachable
from desktop.ui import file_dialogs
from desktop.ui.case_view.attachment_viewer import AttachmentViewer
from desktop.ui.case_view.header import parse_utc
from desktop.ui.context import UiContext
from desktop.ui.errors import error_text
from desktop.ui.sync.controller import NotSyncing
from desktop.ui.widgets import set_busy_cursor

ERROR_STYLE = "color: #c0392b;"
NOT_LOCAL_STYLE = "color: #8a6d00;"
# What the open dialog offers first; "All files" stays, the core decides by content.
OPEN_PATTERNS = "*.pdf *.jpg *.jpeg *.jfif *.png *.tif *.tiff *.webp *.heic *.heif"


class AttachmentsPanel(QWidget):
    changed = Signal()  # an attachment was added: the window reloads the case

    COLUMNS = 7
    STATE, DOCUMENT = 5, 6  # columns

    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.case_key: int | str | None = None
        self.attachments: list[Attachment] = []
        self.viewer: AttachmentViewer | None = None
        self._busy = False
        self._hint = False  # the status line shows the "not downloaded" hint
        self._downloading: Attachment | None = None
        self._could_download = self._can_download()
        controller = self._sync()
        if controller is not None:
            # Sync starting, stopping or being revoked changes what "Open" can do.
            controller.linkKnown.connect(self._sync_changed)
            controller.statusChanged.connect(self._sync_changed)
        self._may_attach = self._may_export = False
        self._doc_type = ""  # the checklist item of the file being attached

        self.intro = QLabel()
        self.intro.setWordWrap(True)
        self.table = QTreeWidget()
        self.table.setColumnCount(self.COLUMNS)
        self.table.setRootIsDecorated(False)
        self.table.setUniformRowHeights(True)
        self.table.setAllColumnsShowFocus(True)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        header = self.table.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for column in range(1, self.COLUMNS):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        self.table.itemActivated.connect(lambda _item, _col: self.open_selected())
        self.table.currentItemChanged.connect(lambda *_: self._update_buttons())
        self.empty = QLabel()
        self.status = QLabel()
        self.status.setWordWrap(True)
        self.attach_button = QPushButton()
        self.open_button = QPushButton()
        self.save_button = QPushButton()
        self.attach_button.clicked.connect(lambda: self.attach_file())
        self.open_button.clicked.connect(self.open_selected)
        self.save_button.clicked.connect(lambda: self.save_copy())
        buttons = QHBoxLayout()
        for button in (self.attach_button, self.open_button, self.save_button):
            button.setAutoDefault(False)
            buttons.addWidget(button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addLayout(buttons)
        layout.addWidget(self.status)
        layout.addWidget(self.empty)
        layout.addWidget(self.table, 1)
        self.retranslate()
        self._update_buttons()

    def retranslate(self) -> None:
        """Words in ctx.lang; the rows follow at the next set_case."""
        self.intro.setText(self.tr(
            "Scans and photos attached here are kept encrypted on this PC and open inside the "
            "application. Only “Save a copy…” writes a file, where you choose."))
        self.table.setHeaderLabels([self.tr("File name"), self.tr("Type"), self.tr("Size"),
                                    self.tr("Added"), self.tr("By"), self.tr("State"),
                                    self.tr("Scan of")])
        self.table.setAccessibleName(self.tr("Attachments"))
        self.empty.setText(self.tr("No attachments yet."))
        self.attach_button.setText(self.tr("Attac&h file…"))
        self.open_button.setText(self.tr("Ope&n"))
        self.save_button.setText(self.tr("Save a cop&y…"))
        if self.case_key is not None:
            self._update_buttons()

    # -- showing -------------------------------------------------------------------------
    def set_case(self, detail: CaseDetail) -> None:
        role = self.ctx.core.session.role
        self.case_key = detail.case["seq"]
        self._may_attach = can(role, Perm.CASE_EDIT)
        self._may_export = can(role, Perm.EXPORT)
        current = self.current()
        self.attachments = grouped_by_document(detail.attachments, self.ctx.core.reference)
        lang, tz = self.ctx.lang, self.ctx.core.office.tz
        ref = self.ctx.core.reference
        self.table.clear()
        for att in self.attachments:
            item = QTreeWidgetItem([
                att.filename, TYPES.get(att.mime, ("?",))[0], format_size(att.size, lang),
                format_datetime(parse_utc(att.created_at), tz, lang), att.created_by,
                "" if att.local else self.tr("not downloaded yet"),
                ref.label("document_type", att.doc_type, lang) if att.doc_type else "",
            ])
            item.setData(0, Qt.ItemDataRole.UserRole, att.id)
            item.setTextAlignment(2, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            # The column may cut a long name; the tooltip has it whole, with the note.
            item.setToolTip(0, f"{att.filename}\n{att.note}".strip())
            if not att.local:
                item.setToolTip(self.STATE, self.tr(
                    "The content arrives with the next sync; it cannot be opened before."))
            self.table.addTopLevelItem(item)
        self.empty.setVisible(not self.attachments)
        self.table.setVisible(bool(self.attachments))
        ids = [a.id for a in self.attachments]
        if self.attachments:
            keep = ids.index(current.id) if current and current.id in ids else 0
            self.table.setCurrentItem(self.table.topLevelItem(keep))
        self._update_buttons()

    def current(self) -> Attachment | None:
        item = self.table.currentItem()
        if item is None:
            return None
        att_id = item.data(0, Qt.ItemDataRole.UserRole)
        return next((a for a in self.attachments if a.id == att_id), None)

    def _update_buttons(self) -> None:
        att = self.current()
        ready = not self._busy and self.case_key is not None
        self.attach_button.setEnabled(ready and self._may_attach)
        self.attach_button.setToolTip("" if self._may_attach else self.tr(
            "Your role cannot attach files."))
        self.open_button.setEnabled(ready and att is not None
                                    and (att.local or self._can_download()))
        self.save_button.setEnabled(ready and att is not None and att.local and self._may_export)
        self.save_button.setToolTip("" if self._may_export else self.tr(
            "Your role cannot save copies of attachments."))
        if self._busy:
            return
        if att is not None and not att.local and self._can_download():
            self._say(self.tr("“{name}” is not on this PC yet: “Open” downloads it from the "
                              "central server ({size}).").format(
                name=att.filename, size=format_size(att.size, self.ctx.lang)), NOT_LOCAL_STYLE)
            self._hint = True
        elif att is not None and not att.local:
            self._say(self.tr("“{name}” has not been downloaded to this PC yet. It can be opened "
                              "after the next sync with the server.").format(name=att.filename),
                      NOT_LOCAL_STYLE)
            self._hint = True
        elif self._hint:
            self._say("")

    def _say(self, text: str, style: str = "") -> None:
        self._hint = False
        self.status.setText(text)
        self.status.setStyleSheet(style)

    def _set_busy(self, text: str | None) -> None:
        self._busy = text is not None
        set_busy_cursor(self, self._busy)
        if text is not None:
            self._say(text)
        self._update_buttons()

    def _failed(self, exc: BaseException) -> None:
        self._set_busy(None)
        self._say(error_text(exc, self.ctx.lang), ERROR_STYLE)

    # -- attaching -----------------------------------------------------------------------
    def attach_file(self, doc_type: str = "") -> None:
        """`doc_type`: the checklist item the file is the scan of ('' : any attachment)."""
        if not self.attach_button.isEnabled():
            return
        self._doc_type = doc_type
        service = self.ctx.core.attachments
        self._set_busy(self.tr("Choosing a file…"))
        self.ctx.tasks.run_db(service.scan_folder, self._choose_file, self._failed)

    def _choose_file(self, folder: str) -> None:
        self._set_busy(None)
        self._say("")
        if not folder or not Path(folder).is_dir():
            folder = QStandardPaths.writableLocation(
                QStandardPaths.StandardLocation.DocumentsLocation) or str(Path.home())
        path = file_dialogs.open_file(
            self, self.tr("Attach a scan or photo"), folder,
            self.tr("Scans and photos ({patterns});;All files (*)").format(patterns=OPEN_PATTERNS))
        if not path:
            return
        source, service, key = Path(path), self.ctx.core.attachments, self.case_key
        doc_type = self._doc_type

        def attach() -> Attachment:
            # Remembered first: the next file is usually in the same folder, even after a refusal.
            service.set_scan_folder(source.parent)
            return service.attach(key, source, doc_type=doc_type)

        self._set_busy(self.tr("Attaching “{name}”…").format(name=source.name))
        self.ctx.tasks.run_db(attach, self._attached, self._failed)

    def _attached(self, att: Attachment) -> None:
        self._set_busy(None)
        self._say(self.tr("Attached “{name}”.").format(name=att.filename))
        self.changed.emit()

    # -- opening -------------------------------------------------------------------------
    def open_selected(self) -> None:
        att = self.current()
        if att is None or not self.open_button.isEnabled():
            return
        if not att.local:
            self._download(att)
            return
        self._open_local(att)

    def _open_local(self, att: Attachment) -> None:
        service = self.ctx.core.attachments
        self._set_busy(self.tr("Opening “{name}”…").format(name=att.filename))
        self.ctx.tasks.run_db(lambda: service.content(att.id),
                              lambda data: self._show(att, data), self._failed)

    def _show(self, att: Attachment, data: bytes) -> None:
        self._set_busy(None)
        self._say("")
        if self.viewer is not None:
            self.viewer.close()
        why_not = "" if self._may_export else self.tr("Your role cannot save copies of attachments.")
        viewer = AttachmentViewer(self.ctx, att, data, self._may_export, why_not, self.window())
        viewer.saveRequested.connect(lambda: self.save_copy(att))
        viewer.finished.connect(lambda _result: self._viewer_closed(viewer))
        self.viewer = viewer
        viewer.show()

    # -- downloading on demand -------------------------------------------------------------
    def _sync(self):
        return self.ctx.sync

    def _sync_changed(self, *_args) -> None:
        could = self._can_download()
        if could != self._could_download:
            self._could_download = could
            self._update_buttons()

    def _can_download(self) -> bool:
        controller = self._sync()
        return bool(controller is not None and controller.running and not controller.is_revoked)

    def _download(self, att: Attachment) -> None:
        controller = self._sync()
        self._downloading = att
        self._set_busy(self.tr("Downloading “{name}”…").format(name=att.filename))
        controller.statusChanged.connect(self._download_progress)
        controller.fetch(att.sha256, att.size, lambda error: self._downloaded(att, error))

    def _download_progress(self, status) -> None:
        att = self._downloading
        if att is None or not status.running or status.phase != "download" or not status.total:
            return
        percent = min(100, status.done * 100 // status.total)
        self.status.setText(self.tr("Downloading “{name}”… {percent}%").format(
            name=att.filename, percent=percent))

    def _downloaded(self, att: Attachment, error: BaseException | None) -> None:
        self._downloading = None
        controller = self._sync()
        if controller is not None:
            with contextlib.suppress(RuntimeError, TypeError):  # already disconnected
                controller.statusChanged.disconnect(self._download_progress)
        if error is None:
            # The content is here now: open it, and let the window show its new state.
            self._open_local(att)
            self.changed.emit()
            return
        self._set_busy(None)

        if isinstance(error, ServerUnreachable) and not isinstance(error, CertificateError):
            text = self.tr("“{name}” could not be downloaded: the central server cannot be "
                           "reached. Try again when this computer is online.").format(
                name=att.filename)
        elif isinstance(error, NotSyncing):
            text = self.tr("Sync is not running on this computer, so “{name}” cannot be "
                           "downloaded.").format(name=att.filename)
        else:
            text = error_text(error, self.ctx.lang)
        self._say(text, ERROR_STYLE)

    def _viewer_closed(self, viewer: AttachmentViewer) -> None:
        if self.viewer is viewer:
            self.viewer = None

    # -- saving a copy -------------------------------------------------------------------
    def save_copy(self, att: Attachment | None = None) -> None:
        att = att or self.current()
        if att is None or self._busy or not (att.local and self._may_export):
            return
        label, extensions = TYPES.get(att.mime, ("", ()))
        folder = QStandardPaths.writableLocation(
            QStandardPaths.StandardLocation.DocumentsLocation) or str(Path.home())
        patterns = " ".join(f"*{e}" for e in extensions) or "*"
        path = file_dialogs.save_file(
            self.window(), self.tr("Save a copy of the attachment"), str(Path(folder) / att.filename),
            self.tr("{kind} files ({patterns})").format(kind=label, patterns=patterns))
        if not path:
            return
        target = Path(path)
        if extensions and target.suffix.lower() not in extensions:
            target = target.with_name(target.name + extensions[0])
        service = self.ctx.core.attachments
        self._set_busy(self.tr("Saving a copy…"))
        self.ctx.tasks.run_db(lambda: service.export(att.id, target), self._saved,
                              self._failed)

    def _saved(self, target: Path) -> None:
        self._set_busy(None)
        self._say(self.tr("A copy was saved to {path}").format(path=str(target)))


def grouped_by_document(attachments, reference) -> list:
    """Scans first, grouped by checklist item in the checklist's order (newest first within
    an item), then every other attachment, newest first (as they come)."""
    order = {item.code: i for i, item in enumerate(reference.items("document_type"))}
    scans = [a for a in attachments if a.doc_type]
    others = [a for a in attachments if not a.doc_type]
    scans.sort(key=lambda a: order.get(a.doc_type, len(order)))  # stable: newest first kept
    return scans + others
