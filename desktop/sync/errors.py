"""What can go wrong talking to the central server, in words staff can act on (id and en).

Each class carries the server's error code, HTTP status and details, so the desktop can
react (e.g. DeviceRevoked: stop syncing and show the reason). SyncFailed is the one that
is not the server's: a sync run that raised what the engine does not expect.
"""

from __future__ import annotations

from desktop.messages import HaloError, Msg

# Exit codes of the `halotki` commands that talk to the server (also `halotki sync`'s).
EXIT_UNREACHABLE, EXIT_NOT_ENROLLED = 9, 10

MSG_URL_INVALID = Msg(
    "server_url_invalid",
    "Alamat server tidak sah. Tulis seperti https://pusat.example.go.id",
    "The server address is not valid. Write it like https://central.example.go.id")
MSG_URL_INSECURE = Msg(
    "server_url_insecure",
    "Alamat server harus diawali https:// agar data pengaduan terenkripsi (http:// hanya "
    "untuk server di komputer ini).",
    "The server address must start with https:// so complaint data is encrypted (http:// "
    "only for a server on this computer).")
MSG_UNREACHABLE = Msg(
    "server_unreachable",
    "Server pusat tidak dapat dihubungi. Periksa koneksi internet; data tetap tersimpan di "
    "komputer ini dan dapat dikirim nanti.",
    "The central server cannot be reached. Check the internet connection; your data stays "
    "on this computer and can be sent later.")
MSG_ANSWER_CUT = Msg(
    "server_answer_cut",
    "Jawaban server pusat tidak sampai utuh (koneksi terputus). Data tetap tersimpan di "
    "komputer ini; coba lagi nanti.",
    "The central server's answer did not arrive whole (the connection was cut). Your data "
    "stays on this computer; try again later.")
MSG_TLS = Msg(
    "server_certificate_invalid",
    "Sertifikat keamanan server pusat tidak dapat diverifikasi. Jangan lanjutkan; hubungi "
    "administrator pusat.",
    "The central server's security certificate cannot be verified. Do not continue; contact "
    "the central administrator.")
MSG_BAD_RESPONSE = Msg(
    "server_bad_response",
    "Jawaban server pusat tidak dapat dibaca (status {status}). Periksa alamat server.",
    "The central server's answer could not be read (status {status}). Check the server address.")
MSG_SERVER_ERROR = Msg(
    "server_error",
    "Server pusat sedang bermasalah (status {status}). Coba lagi nanti.",
    "The central server has a problem (status {status}). Try again later.")
MSG_NOT_ENROLLED = Msg(
    "device_not_enrolled",
    "Komputer ini belum (atau tidak lagi) terdaftar di server pusat. Daftarkan dengan kode "
    "pendaftaran dari pusat.",
    "This computer is not (or no longer) enrolled with the central server. Enrol it with an "
    "enrolment code from central.")
MSG_REVOKED = Msg(
    "device_revoked",
    "Akses komputer ini ke server pusat telah dicabut. Alasan: {reason}. Hubungi administrator "
    "pusat.",
    "This computer's access to the central server was revoked. Reason: {reason}. Contact the "
    "central administrator.")
MSG_CODE_INVALID = Msg(
    "enrolment_code_invalid",
    "Kode pendaftaran tidak dikenal. Periksa ketikan Anda (12 huruf/angka).",
    "Unknown enrolment code. Check what you typed (12 letters/digits).")
MSG_CODE_EXPIRED = Msg(
    "enrolment_code_expired",
    "Kode pendaftaran sudah kedaluwarsa (berlaku 24 jam). Minta kode baru ke pusat.",
    "The enrolment code has expired (codes last 24 hours). Ask central for a new one.")
MSG_CODE_USED = Msg(
    "enrolment_code_used",
    "Kode pendaftaran ini sudah dipakai. Minta kode baru ke pusat.",
    "This enrolment code was already used. Ask central for a new one.")
MSG_CODE_OFFICE = Msg(
    "enrolment_office_mismatch",
    "Kode pendaftaran ini untuk kantor lain. Minta kode untuk kantor Anda.",
    "This enrolment code is for another office. Ask for your office's code.")
MSG_BAD_LOGIN = Msg(
    "invalid_credentials",
    "Nama pengguna atau kata sandi salah, atau akun ini bukan akun kantor Anda.",
    "Wrong username or password, or this account does not belong to your office.")
MSG_NO_UNLOCK_KEY = Msg(
    "device_no_unlock_key",
    "Komputer ini didaftarkan tanpa kunci untuk akun pusat, jadi akun ini belum dapat masuk "
    "di sini. Minta administrator kantor masuk dan menambahkan akun Anda di komputer ini.",
    "This computer was enrolled without a key for central accounts, so this account cannot "
    "log in here yet. Ask the office administrator to log in and add your account on this "
    "computer.")
MSG_RATE_LIMITED = Msg(
    "rate_limited",
    "Terlalu banyak percobaan. Tunggu {seconds} detik lalu coba lagi.",
    "Too many attempts. Wait {seconds} seconds, then try again.")
MSG_NATIONAL_ONLY = Msg(
    "national_office_only",
    "Hanya komputer kantor pusat yang dapat melakukan tindakan ini.",
    "Only computers of the national office can do this.")
MSG_SYNC_FAILED = Msg(
    "sync_failed_unexpected",
    "Sinkronisasi gagal karena kesalahan yang tidak terduga; data tetap aman di komputer ini. "
    "Jika terus terjadi, beri tahu petugas TI kantor (rinciannya ada di berkas log).",
    "Sync failed on an unexpected error; your data is safe on this computer. If it keeps "
    "happening, tell the office IT (the log file has the details).")
MSG_NOT_FOUND = Msg("not_found", "Data tidak ditemukan di server pusat.",
                    "Not found on the central server.")
MSG_INVALID = Msg("validation_failed", "Ada isian yang perlu diperbaiki.",
                  "Some fields need correcting.")


class CentralError(HaloError):
    """Base class; `status` is the HTTP status (0 when no answer came)."""

    msg_default = MSG_SERVER_ERROR

    def __init__(self, msg: Msg | None = None, *, status: int = 0, server_code: str = "",
                 details: dict | None = None, field: str | None = None, **params: object) -> None:
        super().__init__(msg or self.msg_default, field, **{"status": status, **params})
        self.status = status
        self.server_code = server_code
        self.details = details or {}


class InvalidServerUrl(CentralError):
    msg_default = MSG_URL_INVALID


class InsecureServerUrl(CentralError):
    msg_default = MSG_URL_INSECURE


class ServerUnreachable(CentralError):
    """No answer: offline, DNS, refused, timed out. The desktop retries later."""

    msg_default = MSG_UNREACHABLE
    exit_code = EXIT_UNREACHABLE


class AnswerCut(ServerUnreachable):
    """The server answered, but not all of it arrived (or not in a form it ever sends): the
    link was cut on the way back, after the server had acted. Offline, as far as the PC
    can tell: it tries again later (a sync run repeats safely; a one-time code does not)."""

    msg_default = MSG_ANSWER_CUT


class CertificateError(ServerUnreachable):
    msg_default = MSG_TLS


class BadResponse(CentralError):
    msg_default = MSG_BAD_RESPONSE
    exit_code = EXIT_UNREACHABLE


class ServerError(CentralError):
    msg_default = MSG_SERVER_ERROR
    exit_code = EXIT_UNREACHABLE


class NotEnrolled(CentralError):
    msg_default = MSG_NOT_ENROLLED
    exit_code = EXIT_NOT_ENROLLED


class DeviceRevoked(NotEnrolled):
    msg_default = MSG_REVOKED

    @property
    def reason(self) -> str:
        return str(self.details.get("reason", ""))


class EnrolmentRefused(CentralError):
    msg_default = MSG_CODE_INVALID
    exit_code = 2  # the code is what authenticates an enrolment


class InvalidCredentials(CentralError):
    msg_default = MSG_BAD_LOGIN
    exit_code = 2


class NoUnlockKey(CentralError):
    msg_default = MSG_NO_UNLOCK_KEY
    exit_code = 2


class RateLimited(CentralError):
    msg_default = MSG_RATE_LIMITED
    exit_code = 2

    @property
    def retry_after(self) -> int:
        return int(self.params.get("seconds", 0))


class Forbidden(CentralError):
    msg_default = MSG_NATIONAL_ONLY
    exit_code = 6


class NotFound(CentralError):
    msg_default = MSG_NOT_FOUND


class Conflict(CentralError):
    pass


class InvalidInput(CentralError):
    """422: `fields` lists {field, code, message, message_id} for each field at fault."""

    msg_default = MSG_INVALID

    @property
    def fields(self) -> list[dict]:
        return list(self.details.get("fields", []))


class SyncFailed(HaloError):
    """A sync run raised what the engine does not expect (a bug): the background sync shows
    this, logs where it happened, and tries again later."""

    def __init__(self) -> None:
        super().__init__(MSG_SYNC_FAILED)
