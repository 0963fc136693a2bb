"""The complaint pipeline: which status may follow which, and what closing needs."""

from __future__ import annotations

from desktop.messages import HaloError, Msg

BARU, VALIDASI, MENUNGGU_DOKUMEN, PROSES, DIRUJUK, SELESAI, DITUTUP = (
    "baru", "validasi", "menunggu_dokumen", "proses", "dirujuk", "selesai", "ditutup",
)
ALL_STATUSES = (BARU, VALIDASI, MENUNGGU_DOKUMEN, PROSES, DIRUJUK, SELESAI, DITUTUP)
CLOSED = frozenset({SELESAI, DITUTUP})
OPEN = frozenset(ALL_STATUSES) - CLOSED

TRANSITIONS: dict[str, frozenset[str]] = {
    BARU: frozenset({VALIDASI, MENUNGGU_DOKUMEN, PROSES, DIRUJUK, DITUTUP}),
    VALIDASI: frozenset({MENUNGGU_DOKUMEN, PROSES, DIRUJUK, DITUTUP}),
    MENUNGGU_DOKUMEN: frozenset({VALIDASI, PROSES, DITUTUP}),
    PROSES: frozenset({MENUNGGU_DOKUMEN, DIRUJUK, SELESAI, DITUTUP}),
    DIRUJUK: frozenset({PROSES, SELESAI, DITUTUP}),
    # Reopening (a dibuka_kembali event) is the only way out of a closed case.
    SELESAI: frozenset({PROSES}),
    DITUTUP: frozenset({PROSES}),
}

MSG_BAD_TRANSITION = Msg(
    "status_transition_invalid",
    "Status tidak dapat diubah dari '{old}' ke '{new}'.",
    "The status cannot change from '{old}' to '{new}'.",
)
MSG_UNKNOWN_STATUS = Msg("status_unknown", "Status tidak dikenal.", "Unknown status.")
MSG_OUTCOME_REQUIRED = Msg(
    "outcome_required",
    "Untuk menyelesaikan atau menutup kasus, pilih hasil penanganannya.",
    "To resolve or close a case, choose its outcome.",
)
MSG_OUTCOME_MISMATCH = Msg(
    "outcome_mismatch",
    "Hasil penanganan ini tidak cocok dengan status yang dipilih.",
    "This outcome does not fit the chosen status.",
)
MSG_DUPLICATE_REQUIRED = Msg(
    "duplicate_of_required",
    "Kasus yang ditutup sebagai duplikat harus menyebut nomor kasus yang dipertahankan.",
    "A case closed as a duplicate must name the case number that is kept.",
)
MSG_DUPLICATE_SELF = Msg(
    "duplicate_of_self",
    "Kasus tidak dapat menjadi duplikat dari dirinya sendiri.",
    "A case cannot be a duplicate of itself.",
)
MSG_DUPLICATE_UNKNOWN = Msg(
    "duplicate_of_unknown",
    "Nomor kasus yang dipertahankan tidak ditemukan.",
    "The case number to keep was not found.",
)


class StatusError(HaloError):
    pass


def check_transition(old: str, new: str) -> None:
    if new not in TRANSITIONS:
        raise StatusError(MSG_UNKNOWN_STATUS, field="status")
    if new not in TRANSITIONS.get(old, frozenset()):
        raise StatusError(MSG_BAD_TRANSITION, field="status", old=old, new=new)


def allowed_next(old: str) -> list[str]:
    return [s for s in ALL_STATUSES if s in TRANSITIONS.get(old, frozenset())]


def is_reopen(old: str, new: str) -> bool:
    return old in CLOSED and new == PROSES
