"""Store failures, each with a message that tells office staff what to do next."""

from __future__ import annotations

from desktop.messages import HaloError, Msg

MSG_NOT_ENCRYPTED = Msg(
    "store_not_encrypted",
    "Berkas basis data {path} tidak terenkripsi. Halo TKI Desk menolak memakainya. "
    "Hubungi administrator kantor untuk memulihkan dari cadangan.",
    "The database file {path} is not encrypted. Halo TKI Desk refuses to use it. "
    "Ask the office administrator to restore it from a backup.",
)
MSG_CORRUPT = Msg(
    "store_corrupt",
    "Berkas basis data {path} rusak atau bukan milik aplikasi ini ({detail}). "
    "Data tidak diubah. Pulihkan dari cadangan dengan 'halotki restore' atau hubungi administrator.",
    "The database file {path} is damaged or does not belong to this application ({detail}). "
    "Nothing was changed. Restore it from a backup with 'halotki restore' or ask the administrator.",
)
MSG_MISSING = Msg(
    "store_missing",
    "Berkas basis data {path} tidak ditemukan, padahal berkas kunci ada. "
    "Pulihkan dari cadangan dengan 'halotki restore' atau hubungi administrator.",
    "The database file {path} is missing although the key file exists. "
    "Restore it from a backup with 'halotki restore' or ask the administrator.",
)
MSG_EXISTS = Msg(
    "store_exists",
    "Di folder data {path} sudah ada data Halo TKI Desk. Tidak ada yang ditimpa.",
    "Halo TKI Desk data already exists in {path}. Nothing was overwritten.",
)
MSG_NOT_INITIALIZED = Msg(
    "store_not_initialized",
    "Komputer ini belum disiapkan. Jalankan aplikasi untuk penyiapan awal atau 'halotki init'.",
    "This PC has not been set up yet. Start the application for first-run set-up or run 'halotki init'.",
)
MSG_WRITE_FAILED = Msg(
    "store_write_failed",
    "Data tidak dapat disimpan ({detail}). Tidak ada yang tersimpan sebagian; isian Anda masih ada. "
    "Periksa ruang disk yang tersisa lalu coba simpan lagi.",
    "The data could not be saved ({detail}). Nothing was partly saved and your input is kept. "
    "Check the free disk space, then try saving again.",
)
MSG_NEWER_SCHEMA = Msg(
    "store_newer_schema",
    "Basis data dibuat oleh versi Halo TKI Desk yang lebih baru. Perbarui aplikasi ini.",
    "The database was created by a newer version of Halo TKI Desk. Please update this application.",
)


class StoreError(HaloError):
    exit_code = 3


class StoreNotEncrypted(StoreError):
    def __init__(self, path: object) -> None:
        super().__init__(MSG_NOT_ENCRYPTED, path=str(path))


class StoreCorrupt(StoreError):
    def __init__(self, path: object, detail: str) -> None:
        super().__init__(MSG_CORRUPT, path=str(path), detail=detail)


class StoreMissing(StoreError):
    def __init__(self, path: object) -> None:
        super().__init__(MSG_MISSING, path=str(path))


class StoreExists(StoreError):
    def __init__(self, path: object) -> None:
        super().__init__(MSG_EXISTS, path=str(path))


class StoreNotInitialized(StoreError):
    exit_code = 4

    def __init__(self) -> None:
        super().__init__(MSG_NOT_INITIALIZED)


class StoreNewerSchema(StoreError):
    def __init__(self) -> None:
        super().__init__(MSG_NEWER_SCHEMA)


class WriteFailed(StoreError):
    exit_code = 5

    def __init__(self, detail: str) -> None:
        super().__init__(MSG_WRITE_FAILED, detail=detail)
