"""Changes the central server refused: which case and field, the value, and the server's
reason in the person's language. They stay on this PC but are not sent again."""

from __future__ import annotations

import json

from desktop.messages import HaloError
from desktop.ui.sync.describe import COLOURS, number, when_text
from desktop.ui.sync.field_labels import entity_label, field_label, value_text, where_label
from desktop.ui.sync.table_dialog import TableDialog

MANY_FIELDS = 3  # more than this: a whole new row, named by what it is


class RejectedChangesDialog(TableDialog):
    def __init__(self, ctx, parent=None) -> None:
        super().__init__(ctx, parent)
        self.setWindowTitle(self.tr("Refused changes"))
        self.intro.setText(self.tr(
            "Changes the central server refused, newest first. They are kept on this computer "
            "but not sent again: check the case and record it again correctly if needed."))

    def columns(self) -> list[str]:
        return [self.tr("When"), self.tr("Case"), self.tr("What was changed"), self.tr("Value"),
                self.tr("Why the server refused it")]

    def fetch(self, core) -> list[dict]:
        rows = []
        for row in core.sync.rejected():
            try:
                case_number = core.cases.resolve(row["case_id"])["case_number"] \
                    if row["case_id"] else ""
            except HaloError:  # the case is no longer on this PC
                case_number = ""
            try:
                fields = json.loads(row["fields"] or "{}")
            except ValueError:
                fields = {}
            rows.append({**row, "case_number": case_number, "fields": fields})
        return rows[::-1]

    def empty_text(self) -> str:
        return self.tr("The central server has not refused any change from this computer.")

    def cells(self, row: dict) -> list[tuple[str, str, str | None]]:
        lang, ref = self.ctx.lang, self.ctx.core.reference
        entity, fields = row["entity"], row["fields"]
        names = [f for f in fields if f not in ("id", "case_id", "updated_at")]
        if len(names) > MANY_FIELDS:
            what = self.tr("{entity} ({n} fields)").format(entity=entity_label(entity),
                                                            n=number(len(names), lang))
            value = ""
        elif len(names) == 1:
            what = where_label(ref, entity, row["entity_id"], names[0], lang)
            value = value_text(ref, entity, names[0], fields[names[0]], lang)
        else:
            what = "{fields} ({entity})".format(
                fields=", ".join(field_label(entity, f) for f in names),
                entity=entity_label(entity))
            value = "; ".join(value_text(ref, entity, f, fields[f], lang) for f in names)
        reason = (row["message_en"] if lang == "en" else row["message_id"]) \
            or row["message_en"] or row["message_id"] or row["code"]
        all_fields = "\n".join(f"{field_label(entity, f)}: {value_text(ref, entity, f, v, lang)}"
                               for f, v in fields.items() if f in names)
        return [
            (when_text(row["rejected_at"], self.ctx.core.office.tz, lang), "", None),
            (row["case_number"] or self.tr("(no longer on this computer)"), "", None),
            (what, all_fields, None),
            (value, all_fields, None),
            (reason, reason, COLOURS["bad"]),
        ]
