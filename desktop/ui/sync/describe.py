"""The sync state in words: status bar texts, phases, outcomes of the sync log.

Pure functions of a SyncStatus (or a sync-log row): no widgets, so every state can be
tested and looked at without a server.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import datetime

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from desktop.formatting import format_datetime
from desktop.messages import Msg
from desktop.sync import errors
from desktop.ui.errors import error_text
from desktop.ui.i18n import locale_for

# lupdate reads translate("Context", "literal") calls; the source texts are English.
translate = QCoreApplication.translate

# Severity decides the colour of the state: green, grey, amber, red.
OK, QUIET, WARN, BAD = "ok", "quiet", "warn", "bad"
COLOURS = {OK: "#2e7d32", QUIET: "#7f8c8d", WARN: "#b26a00", BAD: "#c0392b"}

PHASES = {
    "push": QT_TRANSLATE_NOOP("SyncText", "Sending"),
    "pull": QT_TRANSLATE_NOOP("SyncText", "Receiving"),
    "verify": QT_TRANSLATE_NOOP("SyncText", "Checking"),
    "heal": QT_TRANSLATE_NOOP("SyncText", "Restoring"),
    "upload": QT_TRANSLATE_NOOP("SyncText", "Uploading attachments"),
    "download": QT_TRANSLATE_NOOP("SyncText", "Downloading attachment"),
    "cases": QT_TRANSLATE_NOOP("SyncText", "Receiving cases"),
}
OUTCOMES = {
    "ok": QT_TRANSLATE_NOOP("SyncText", "Succeeded"),
    "clock": QT_TRANSLATE_NOOP("SyncText", "Done, but this computer's clock is wrong"),
    "offline": QT_TRANSLATE_NOOP("SyncText", "Offline: the server could not be reached"),
    "revoked": QT_TRANSLATE_NOOP("SyncText", "Access revoked"),
    "error": QT_TRANSLATE_NOOP("SyncText", "Failed"),
}


def phase_text(phase: str) -> str:
    if phase in PHASES:
        return QCoreApplication.translate("SyncText", PHASES[phase])
    return QCoreApplication.translate("SyncText", "Synchronising")


def outcome_text(outcome: str) -> str:
    if outcome in OUTCOMES:
        return QCoreApplication.translate("SyncText", OUTCOMES[outcome])
    return outcome


def outcome_severity(outcome: str) -> str:
    return {"ok": OK, "offline": WARN}.get(outcome, BAD)


class _Blank(dict):
    def __missing__(self, key: str) -> str:
        return "…"


def _error_messages() -> dict[str, Msg]:
    return {m.code: m for m in vars(errors).values() if isinstance(m, Msg)}


def error_code_text(code: str, lang: str) -> str:
    """The words for an error code of the sync log (the log keeps codes, no details)."""
    if not code:
        return ""
    msg = _error_messages().get(code)
    if msg is None:
        return code
    template = msg.en if lang == "en" else msg.id
    return template.format_map(_Blank())


def when_text(iso: str | None, tz: str, lang: str) -> str:
    """'22 November 2026, 14.05 WIB' for a stored UTC time ('' for none)."""
    if not iso:
        return ""
    return format_datetime(datetime.fromisoformat(iso.replace("Z", "+00:00")), tz, lang)


def number(n: int, lang: str) -> str:
    return locale_for(lang).toString(int(n))


def pending_text(pending: int, lang: str) -> str:
    if pending == 0:
        return QCoreApplication.translate("SyncText", "All changes sent")
    if pending == 1:
        return QCoreApplication.translate("SyncText", "1 change waiting to be sent")
    return QCoreApplication.translate("SyncText", "{n} changes waiting to be sent").format(
        n=number(pending, lang))


@dataclass(frozen=True)
class SyncView:
    # unknown | local | starting | syncing | online | offline | revoked | clock | error | stopped
    state: str
    label: str  # the short state ("Online")
    severity: str
    message: str  # what it means and what to do, in words
    pending: str  # "" when there is nothing to say (a local-only PC)
    progress: tuple[str, int, int] | None  # (phase in words, done, total) while working
    notes: tuple[tuple[str, str], ...] = ()  # ("rejected" | "conflicts", text)
    tooltip: str = ""  # more than the message, when there is more to say
    progress_text: str = ""  # the progress in words ("Receiving cases: 1,200 of 50,000")


def progress_words(phase: str, done: int, total: int, lang: str) -> str:
    """A phase with how far it got: the cases of a large scope as a count (a first sync
    takes a while and an officer wants to see it move), the rest as a percentage."""
    words = phase_text(phase)
    if total <= 0 or done >= total:
        return words + "…"
    if phase == "cases":
        return translate("SyncText", "Receiving cases: {done} of {total}").format(
            done=number(done, lang), total=number(total, lang))
    percent = locale_for(lang).toString(int(done * 100 / total))
    return f"{words} {percent}%"


def sync_view(enrolled: bool | None, status, pending: int | None, lang: str,
              tz: str) -> SyncView:
    view = _sync_view(enrolled, status, pending, lang, tz)
    if view.progress is None:
        return view
    return replace(view, progress_text=progress_words(status.phase, status.done, status.total,
                                                      lang))


def _sync_view(enrolled: bool | None, status, pending: int | None, lang: str,
               tz: str) -> SyncView:
    if enrolled is False or (status is not None and not status.enrolled):
        return SyncView("local", translate("SyncText", "Only on this computer"), QUIET,
                        translate("SyncText", "Not connected to a server: the data is kept on "
                                              "this computer only."), "", None)
    if enrolled is None and status is None:
        # Not known yet whether this PC syncs at all: say nothing rather than "Connecting…",
        # which a PC that is not enrolled must never show.
        return SyncView("unknown", "", QUIET, "", "", None)
    waiting = pending_text(pending, lang) if pending is not None else ""
    if status is None:
        return SyncView("starting", translate("SyncText", "Connecting…"), QUIET, "", waiting,
                        None)
    last = when_text(status.last_success, tz, lang)
    last_words = (translate("SyncText", "Last sync: {when}").format(when=last) if last
                  else translate("SyncText", "Not synchronised yet"))
    progress = ((phase_text(status.phase), status.done, status.total) if status.running
                else None)
    notes = _notes(status, lang)
    if getattr(status, "stopped", False):
        message = translate("SyncText", "Sync stopped after an unexpected error; your data is "
                                        "safe on this computer. Close and reopen the "
                                        "application; if it happens again, tell the office IT "
                                        "(the log file has the details).")
        return SyncView("stopped", translate("SyncText", "Sync stopped"), BAD, message, waiting,
                        None, notes)
    if status.revoked:
        return _revoked(status, pending, lang, notes)
    if status.clock_skew_ms > 0:
        minutes = max(1, round(status.clock_skew_ms / 60000))
        ahead = (translate("SyncText", "It is about 1 minute ahead of the server.")
                 if minutes == 1 else
                 translate("SyncText", "It is about {n} minutes ahead of the server.").format(
                     n=number(minutes, lang)))
        message = translate("SyncText", "This computer's clock is wrong; correct the date and "
                                        "time.") + " " + ahead
        return SyncView("clock", translate("SyncText", "Clock wrong"), BAD, message, waiting,
                        progress, notes)
    if status.online is False:
        message = translate("SyncText", "Your data is safe on this computer and will be sent "
                                        "when the connection returns.") + " " + last_words
        return SyncView("offline", translate("SyncText", "Offline"), WARN, message, waiting,
                        progress, notes)
    if status.error is not None:
        message = error_text(status.error, lang) + " " + translate(
            "SyncText", "Sync will try again by itself.")
        return SyncView("error", translate("SyncText", "Sync failed"), BAD, message, waiting,
                        progress, notes)
    if status.online is None:  # no answer yet from the first attempt
        if status.running:
            return SyncView("syncing", translate("SyncText", "Synchronising…"), QUIET,
                            last_words, waiting, progress, notes)
        return SyncView("starting", translate("SyncText", "Connecting…"), QUIET, last_words,
                        waiting, progress, notes)
    return SyncView("online", translate("SyncText", "Online"), OK, last_words, waiting,
                    progress, notes)


def _notes(status, lang: str) -> tuple[tuple[str, str], ...]:
    """Links in the status bar to what needs a person: conflicts, refused changes."""
    notes = []
    if status.conflicts == 1:
        notes.append(("conflicts", translate("SyncText", "1 conflict to resolve")))
    elif status.conflicts:
        notes.append(("conflicts", translate("SyncText", "{n} conflicts to resolve").format(
            n=number(status.conflicts, lang))))
    if status.rejected == 1:
        notes.append(("rejected", translate("SyncText", "1 change refused")))
    elif status.rejected:
        notes.append(("rejected", translate("SyncText", "{n} changes refused").format(
            n=number(status.rejected, lang))))
    return tuple(notes)


def _revoked(status, pending: int | None, lang: str, notes) -> SyncView:
    """A revoked PC stops syncing; its data stays readable. The reason is the server's."""
    error = status.error
    reason = str(getattr(error, "reason", "") or getattr(error, "params", {}).get("reason")
                 or "")
    if reason:
        message = translate("SyncText", "Reason: {reason}. The data on this computer can still "
                                        "be read.").format(reason=reason)
    else:
        message = translate("SyncText", "The data on this computer can still be read.")
    if not pending:
        not_sent = ""
    elif pending == 1:
        not_sent = translate("SyncText", "1 change not sent")
    else:
        not_sent = translate("SyncText", "{n} changes not sent").format(n=number(pending, lang))
    full = error_text(error, lang) if error is not None else message
    return SyncView("revoked", translate("SyncText", "Access revoked"), BAD, message, not_sent,
                    None, notes, tooltip=full)
