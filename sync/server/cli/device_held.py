"""`halotki-server device held DEVICE`: what a lost or stolen PC held at its last contact
(issue 14 §1.5, UU PDP Pasal 46), as text or CSV: the basis of the 3×24-hour breach notice
(DEPLOY.md, "Lost or stolen PC")."""

from __future__ import annotations

import csv
import io
import sys
from datetime import UTC, date, datetime
from pathlib import Path

from desktop.domain import data_protection as pdp
from desktop.domain.reference import Reference
from desktop.formatting import format_date, format_datetime, zone_info
from desktop.messages import HaloError, Msg
from sync.server.cli.output import save_output
from sync.server.context import ServerContext
from sync.server.services import audit, device_holdings, offices, reference
from sync.server.services.actor import cli_actor
from sync.server.services.device_holdings import HeldList


def _actor(ctx: ServerContext):
    with ctx.db.read() as conn:
        return cli_actor(offices.national_code(conn))


HELD_FORMATS = ("text", "csv")
MSG_OUTPUT_FOLDER = Msg(
    "held_output_folder",
    "Folder untuk berkas {path} tidak ada. Tidak ada yang ditulis.",
    "The folder of the file {path} does not exist. Nothing was written.")
MSG_OUTPUT_FAILED = Msg(
    "held_output_failed",
    "Berkas {path} tidak dapat ditulis ({reason}). Tidak ada yang ditulis.",
    "The file {path} cannot be written ({reason}). Nothing was written.")


def device_held(ctx: ServerContext, args) -> int:
    """The list a breach notice names: written whole or not at all, and audited (a file
    never exists without its audit row)."""
    target = _output_path(args.output)
    actor = _actor(ctx)
    with ctx.db.snapshot() as conn:
        held = device_holdings.held_list(conn, args.device)
        labels = _HeldLabels(args.lang, reference.load(conn),
                             {r["code"]: r["tz"] for r in offices.list_offices(conn)})
    write = held_csv if args.format == "csv" else held_text
    data = write(held, labels).encode("utf-8")
    detail = (f"format={args.format} cases={len(held.cases)} requests={len(held.requests)}"
              f" to={'file' if target else 'stdout'}")
    with ctx.db.write() as conn:
        audit.record(conn, actor, device_holdings.HELD_LISTED, at=ctx.now(),
                     target=held.device["id"], detail=detail,
                     office_code=held.device["office_code"])
        if target is not None:
            _write_file(target, data)
    if target is None:
        _emit(data)
    else:
        print(f"{target}: {len(held.cases)} cases, {len(held.requests)} information requests",
              file=sys.stderr)
    return 0


def _output_path(value: str | None) -> Path | None:
    if value is None or value == "-":
        return None
    path = Path(value).expanduser()
    if not path.parent.is_dir():
        raise HaloError(MSG_OUTPUT_FOLDER, field="output", path=str(path))
    if path.is_dir():
        raise HaloError(MSG_OUTPUT_FAILED, field="output", path=str(path), reason="folder")
    return path


def _write_file(path: Path, data: bytes) -> None:
    """All of `data` in `path` (0600), or no file."""
    save_output(path, data, MSG_OUTPUT_FAILED)


def _emit(data: bytes) -> None:
    """Bytes to standard output, whatever its text encoding."""
    sys.stdout.flush()
    buffer = getattr(sys.stdout, "buffer", None)
    if buffer is None:
        sys.stdout.write(data.decode("utf-8"))
        return
    buffer.write(data)
    buffer.flush()


_WORDS: dict[str, tuple[str, str]] = {
    "title": ("DATA YANG DIPEGANG KOMPUTER PADA KONTAK TERAKHIRNYA - RAHASIA",
              "DATA HELD BY THE COMPUTER AT ITS LAST CONTACT - CONFIDENTIAL"),
    "purpose": ("Dasar pemberitahuan kegagalan pelindungan data pribadi (UU 27/2022 Pasal 46)",
                "Basis of the personal data breach notice (Law 27/2022 Article 46)"),
    "device": ("Perangkat", "Device"), "office": ("Kantor", "Office"),
    "scope": ("Cakupan", "Scope"), "enrolled": ("Didaftarkan", "Enrolled"),
    "last_sync": ("Sinkronisasi terakhir", "Last sync"),
    "last_contact": ("Kontak terakhir", "Last contact"),
    "revoked": ("Dicabut", "Revoked"),
    "values": ("Isian", "Values"),
    "values_note": ("sebagaimana tersimpan di server saat daftar ini dibuat",
                    "as the server holds them when this list is made"),
    "national": ("nasional (semua kantor)", "national (every office)"),
    "office_scope": ("kantor {code}", "office {code}"),
    "unknown": ("tidak tercatat", "not recorded"), "not_revoked": ("tidak", "no"),
    "cases": ("Kasus", "Cases"), "requests": ("Permintaan informasi", "Information requests"),
    "none": ("(tidak ada)", "(none)"),
    "kind": ("Jenis", "Kind"), "case": ("kasus", "case"),
    "request": ("permintaan informasi", "information request"),
    "number": ("Nomor", "Number"), "category": ("Kategori/topik", "Category/topic"),
    "status": ("Status", "Status"), "received": ("Diterima", "Received"),
    "restricted": ("Dibatasi", "Restricted"), "anonymised": ("Dianonimkan", "Anonymised"),
    "worker": ("TKI", "Worker"), "complainant": ("Pengadu", "Complainant"),
    "asker": ("Penanya", "Asker"),
    "worker_name": ("Nama TKI", "Worker's name"),
    "worker_nik": ("NIK TKI", "Worker's NIK"),
    "worker_passport": ("Paspor TKI", "Worker's passport"),
    "worker_phone": ("Telepon TKI", "Worker's phone"),
    "complainant_name": ("Nama pengadu/penanya", "Complainant's/asker's name"),
    "complainant_nik": ("NIK pengadu", "Complainant's NIK"),
    "complainant_phone": ("Telepon pengadu/penanya", "Complainant's/asker's phone"),
    "nik": ("NIK", "NIK"), "passport": ("paspor", "passport"), "phone": ("telepon", "phone"),
    "specific": ("Kategori khusus", "Specific categories"),
    "since": ("Dipegang sejak", "Held since"),
    "yes": ("ya", "yes"), "no": ("tidak", "no"),
    "anonymised_after": ("sesudah kontak terakhir: data pribadinya masih ada di komputer ini",
                         "after the last contact: the computer still holds the personal data"),
    "summary": ("Ringkasan", "Summary"),
    "persons": ("Orang yang disebut", "Persons named"),
    "with": ("Kasus dengan {what}", "Cases with {what}"),
    "anonymised_later": ("Dianonimkan sesudah kontak terakhir",
                         "Anonymised after the last contact"),
}


class _HeldLabels:
    """The words, reference labels and office time zones the list is written with."""

    def __init__(self, lang: str, ref: Reference, zones: dict[str, str]) -> None:
        self.lang, self.ref, self.zones = lang, ref, zones

    def __call__(self, key: str, **params: str) -> str:
        text = _WORDS[key][1 if self.lang == "en" else 0]
        return text.format(**params) if params else text

    def yes(self, flag: bool) -> str:
        return self("yes" if flag else "no")

    def anonymised(self, state: str) -> str:
        if state == device_holdings.ANONYMISED_LATER:
            return self("anonymised_after")
        return self.yes(state == device_holdings.ANONYMISED)

    def ref_label(self, kind: str, code: str) -> str:
        return self.ref.label(kind, code, self.lang)

    def kinds(self, kinds) -> str:
        i = 1 if self.lang == "en" else 0
        return ", ".join(pdp.SPECIFIC_LABELS[k][i] for k in pdp.SPECIFIC_KINDS if k in kinds)

    def moment(self, value: datetime | None, office: str) -> str:
        return format_datetime(value, self.zones.get(office, "WIB"), self.lang) if value \
            else self("unknown")

    def day(self, received_at: str, office: str) -> date | None:
        """The day a complaint arrived, in its office's zone."""
        try:
            moment = datetime.fromisoformat(received_at)
        except ValueError:
            return None
        if moment.tzinfo is None:
            return moment.date()
        return moment.astimezone(zone_info(self.zones.get(office, "WIB"))).date()

    def received(self, received_at: str, office: str) -> str:
        day = self.day(received_at, office)
        return format_date(day, self.lang) if day else received_at

    def received_iso(self, received_at: str, office: str) -> str:
        day = self.day(received_at, office)
        return day.isoformat() if day else received_at


def _device_lines(held: HeldList, t: _HeldLabels) -> list[tuple[str, str]]:
    d = held.device
    office = d["office_code"]
    revoked = (f"{t.moment(d['revoked_at'], office)} ({d['revoked_reason']})"
               if d["revoked_at"] else t("not_revoked"))
    national = d["synced_national"] if d["synced_national"] is not None else d["national"]
    return [
        (t("device"), f"{d['id']} ({office}-{d['device_letter']}, {d['label']})"),
        (t("office"), f"{office} - {d['office_name']}"),
        (t("scope"), t("national") if national else t("office_scope", code=office)),
        (t("enrolled"), t.moment(d["enrolled_at"], office)),
        (t("last_sync"), t.moment(d["synced_at"], office)),
        (t("last_contact"), t.moment(d["last_seen_at"], office)),
        (t("revoked"), revoked),
        (t("values"), t("values_note")),
    ]


def _summary_lines(held: HeldList, t: _HeldLabels) -> list[tuple[str, str]]:
    i = 1 if t.lang == "en" else 0
    lines = [(t("cases"), str(len(held.cases))), (t("requests"), str(len(held.requests))),
             (t("persons"), str(held.persons))]
    lines += [(t("with", what=t(name)), str(held.count(name)))
              for name in device_holdings.IDENTIFIERS]
    lines += [(f"{t('specific')}: {pdp.SPECIFIC_LABELS[k][i]}", str(held.kinds[k]))
              for k in pdp.SPECIFIC_KINDS]
    lines += [(t("restricted"), str(sum(c.restricted for c in held.cases)
                                    + sum(r.restricted for r in held.requests))),
              (t("anonymised"), str(_anonymised(held, device_holdings.ANONYMISED))),
              (t("anonymised_later"), str(_anonymised(held, device_holdings.ANONYMISED_LATER)))]
    return lines


def _anonymised(held: HeldList, state: str) -> int:
    return sum(1 for x in [*held.cases, *held.requests] if x.anonymised == state)


def _clean(text: str) -> str:
    """One line of printable text (a name typed with a newline or a control character
    must not break the list or drive the terminal)."""
    return "".join(ch for ch in " ".join(str(text).split()) if ch.isprintable())


def _row(cells: list[str]) -> str:
    return " | ".join(_clean(c) for c in cells)


def _pairs(lines: list[tuple[str, str]], width: int) -> list[str]:
    return [f"{label.ljust(width)} : {_clean(value)}" for label, value in lines]


def held_text(held: HeldList, t: _HeldLabels) -> str:
    device, summary = _device_lines(held, t), _summary_lines(held, t)
    width = max(len(label) for label, _ in device + summary)
    out = [t("title"), t("purpose"), "", *_pairs(device, width)]
    out += ["", f"{t('cases')} ({len(held.cases)})"]
    for c in held.cases:
        flags = [f"{t('restricted')}: {t.yes(True)}"] if c.restricted else []
        if c.anonymised:
            flags.append(f"{t('anonymised')}: {t.anonymised(c.anonymised)}")
        out.append(_row([c.number, c.office_code, t.ref_label("category", c.category),
                         t.ref_label("status", c.status),
                         t.received(c.received_at, c.office_code), *flags]))
        ids = c.identifiers
        out.append(f"    {t('worker')}: {_clean(c.worker_name) or '-'} ({t('nik')}: "
                   f"{t.yes(ids['worker_nik'])}, {t('passport')}: "
                   f"{t.yes(ids['worker_passport'])}, {t('phone')}: "
                   f"{t.yes(ids['worker_phone'])})")
        out.append(f"    {t('complainant')}: {_clean(c.complainant_name) or '-'} ("
                   f"{t('nik')}: {t.yes(ids['complainant_nik'])}, {t('phone')}: "
                   f"{t.yes(ids['complainant_phone'])})")
        if c.kinds:
            out.append(f"    {t('specific')}: {t.kinds(c.kinds)}")
    if not held.cases:
        out.append(f"  {t('none')}")
    out += ["", f"{t('requests')} ({len(held.requests)})"]
    for r in held.requests:
        flags = [f"{t('restricted')}: {t.yes(True)}"] if r.restricted else []
        if r.anonymised:
            flags.append(f"{t('anonymised')}: {t.anonymised(r.anonymised)}")
        out.append(_row([t.received(r.received_at, r.office_code), r.office_code,
                         t.ref_label("inquiry_topic", r.topic),
                         t.ref_label("channel", r.channel), *flags]))
        out.append(f"    {t('asker')}: {_clean(r.name) or '-'} ({t('phone')}: "
                   f"{t.yes(r.phone)}) [{r.id}]")
    if not held.requests:
        out.append(f"  {t('none')}")
    out += ["", t("summary"), *_pairs(summary, width)]
    return "\n".join(out) + "\n"


# A cell starting like this is run as a formula by spreadsheet programs (CSV injection);
# a leading apostrophe keeps it text (desktop/reports/csv_report.py's rule).
_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


def _cell(value: str) -> str:
    text = str(value)
    return "'" + text if text.startswith(_FORMULA_START) and len(text) > 1 else text


_CSV_COLUMNS = ("kind", "number", "office", "category", "status", "received", "restricted",
                "anonymised", "worker_name", "worker_nik", "worker_passport", "worker_phone",
                "complainant_name", "complainant_nik", "complainant_phone", "specific", "since")


def _utc(moment: datetime) -> str:
    return moment.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


def held_csv(held: HeldList, t: _HeldLabels) -> str:
    """A title block (the device), one row per case and information request, a summary;
    UTF-8 with a byte order mark, so spreadsheet programs keep the names intact."""
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\r\n")
    rows: list[list[str]] = [[t("title")], [t("purpose")]]
    rows += [[k, v] for k, v in _device_lines(held, t)]
    rows += [[], [t(c) for c in _CSV_COLUMNS]]
    for c in held.cases:
        ids = c.identifiers
        rows.append([t("case"), c.number, c.office_code, t.ref_label("category", c.category),
                     t.ref_label("status", c.status),
                     t.received_iso(c.received_at, c.office_code), t.yes(c.restricted),
                     t.anonymised(c.anonymised), c.worker_name,
                     *(t.yes(ids[n]) for n in ("worker_nik", "worker_passport", "worker_phone")),
                     c.complainant_name, t.yes(ids["complainant_nik"]),
                     t.yes(ids["complainant_phone"]), t.kinds(c.kinds), _utc(c.since)])
    for r in held.requests:
        rows.append([t("request"), r.id, r.office_code, t.ref_label("inquiry_topic", r.topic),
                     "", t.received_iso(r.received_at, r.office_code), t.yes(r.restricted),
                     t.anonymised(r.anonymised), "", "", "", "", r.name, "", t.yes(r.phone),
                     "", _utc(r.since)])
    rows += [[], [t("summary")]]
    rows += [[k, v] for k, v in _summary_lines(held, t)]
    writer.writerows([_cell(v) for v in row] for row in rows)
    return "\ufeff" + buffer.getvalue()
