"""The filters of a reading of the audit trail: what the PC's window and the server's
endpoint both refuse, in the same words."""

from __future__ import annotations

from desktop.messages import Msg

MSG_REVERSED = Msg(
    "audit_filter_reversed",
    "Tanggal awal tidak boleh setelah tanggal akhir.",
    "The first day cannot be after the last day.")
MSG_TOO_LONG = Msg(
    "audit_filter_too_long",
    "Isian terlalu panjang (paling banyak {max} karakter).",
    "The value is too long (at most {max} characters).")
