"""Messages of the sync endpoints, in Bahasa Indonesia and English."""

from __future__ import annotations

from desktop.messages import Msg

MSG_SYNC_MALFORMED = Msg(
    "sync_malformed", "Paket sinkronisasi tidak dapat dibaca.",
    "The sync message could not be read.")
MSG_SYNC_VERSION = Msg(
    "sync_version", "Versi aplikasi ini tidak cocok dengan server (protokol {version}). "
    "Perbarui Halo TKI Desk.",
    "This version of the application does not match the server (protocol {version}). "
    "Update Halo TKI Desk.")
