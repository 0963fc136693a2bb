"""What can go wrong on the server, as user-facing messages (Bahasa Indonesia and English).

Every error reaches the client as {"error": {"code", "message", "message_id", "details"}}
with the HTTP status of its class; the client maps the code to its own messages.
"""

from __future__ import annotations

from desktop.messages import HaloError, Msg


class ApiError(HaloError):
    status = 400

    def __init__(self, msg: Msg, field: str | None = None, details: dict | None = None,
                 **params: object) -> None:
        super().__init__(msg, field, **params)
        self.details = details or {}


class BadRequest(ApiError):
    status = 400


class Unauthenticated(ApiError):
    status = 401


class Forbidden(ApiError):
    status = 403


class NotFound(ApiError):
    status = 404
    exit_code = 7


class Conflict(ApiError):
    status = 409


class Gone(ApiError):
    status = 410


class Unprocessable(ApiError):
    status = 422


class RateLimited(ApiError):
    status = 429

    def __init__(self, retry_after: int) -> None:
        super().__init__(MSG_RATE_LIMITED, details={"retry_after": retry_after},
                         seconds=retry_after)
        self.retry_after = retry_after


class Unavailable(ApiError):
    status = 503


# -- generic ---------------------------------------------------------------------------------

MSG_NOT_FOUND = Msg("not_found", "Alamat ini tidak ada di server.",
                    "There is nothing at this address.")
MSG_METHOD = Msg("method_not_allowed", "Metode ini tidak didukung di alamat ini.",
                 "This method is not supported at this address.")
MSG_INVALID_REQUEST = Msg("validation_failed", "Permintaan berisi isian yang tidak sah.",
                          "The request has fields that are not valid.")
MSG_MALFORMED = Msg("malformed_request", "Permintaan tidak dapat dibaca.",
                    "The request could not be read.")
MSG_TOO_LARGE = Msg("body_too_large", "Permintaan terlalu besar (paling banyak {limit} bita).",
                    "The request is too large (at most {limit} bytes).")
MSG_RATE_LIMITED = Msg("rate_limited",
                       "Terlalu banyak percobaan. Tunggu {seconds} detik lalu coba lagi.",
                       "Too many attempts. Wait {seconds} seconds, then try again.")
MSG_INTERNAL = Msg("internal_error",
                   "Terjadi kesalahan di server. Coba lagi nanti; jika berulang, hubungi "
                   "administrator pusat dengan nomor permintaan {request_id}.",
                   "The server had an internal error. Try again later; if it persists, give "
                   "the central administrator request id {request_id}.")
MSG_DB_DOWN = Msg("database_unavailable",
                  "Basis data server tidak dapat dihubungi. Coba lagi nanti.",
                  "The server's database cannot be reached. Try again later.")

# -- device credential -----------------------------------------------------------------------

MSG_CREDENTIAL_MISSING = Msg(
    "credential_missing",
    "Perangkat ini belum terdaftar di server pusat. Daftarkan dengan kode pendaftaran.",
    "This device is not enrolled with the central server. Enrol it with an enrolment code.")
MSG_CREDENTIAL_INVALID = Msg(
    "credential_invalid",
    "Server pusat tidak mengenali perangkat ini. Daftarkan ulang dengan kode pendaftaran baru.",
    "The central server does not recognise this device. Enrol it again with a new code.")
MSG_DEVICE_REVOKED = Msg(
    "device_revoked",
    "Akses perangkat ini ke server pusat telah dicabut. Alasan: {reason}",
    "This device's access to the central server was revoked. Reason: {reason}")
MSG_NATIONAL_ONLY = Msg(
    "national_office_only",
    "Hanya perangkat kantor pusat yang dapat melakukan tindakan ini.",
    "Only devices of the national office can do this.")
MSG_BAD_USER_HEADER = Msg(
    "acting_user_invalid", "Nama pengguna di header X-Halotki-User tidak sah.",
    "The username in the X-Halotki-User header is not valid.")

# -- enrolment -------------------------------------------------------------------------------

MSG_CODE_INVALID = Msg(
    "enrolment_code_invalid",
    "Kode pendaftaran tidak dikenal. Periksa ketikan Anda atau minta kode baru ke pusat.",
    "Unknown enrolment code. Check what you typed or ask central for a new code.")
MSG_CODE_EXPIRED = Msg(
    "enrolment_code_expired",
    "Kode pendaftaran ini sudah kedaluwarsa (berlaku 24 jam). Minta kode baru ke pusat.",
    "This enrolment code has expired (codes last 24 hours). Ask central for a new one.")
MSG_CODE_USED = Msg(
    "enrolment_code_used",
    "Kode pendaftaran ini sudah dipakai. Setiap kode hanya berlaku sekali; minta kode baru.",
    "This enrolment code was already used. Each code works once; ask for a new one.")
MSG_CODE_OFFICE = Msg(
    "enrolment_office_mismatch",
    "Kode pendaftaran ini dibuat untuk kantor lain, bukan {office}. Minta kode untuk kantor Anda.",
    "This enrolment code was issued for another office, not {office}. Ask for your office's code.")
MSG_LETTERS_EXHAUSTED = Msg(
    "device_letters_exhausted",
    "Semua huruf perangkat untuk kantor ini sudah terpakai. Hubungi administrator pusat.",
    "Every device letter of this office is in use. Contact the central administrator.")

# -- offices, staff, cases -------------------------------------------------------------------

MSG_OFFICE_UNKNOWN = Msg("office_not_found", "Kantor tidak ditemukan.", "Office not found.")
MSG_OFFICE_INACTIVE = Msg("office_inactive", "Kantor ini tidak aktif.", "This office is inactive.")
MSG_OFFICE_EXISTS = Msg("office_exists", "Kode kantor ini sudah ada.", "This office code exists.")
MSG_OFFICE_CODE = Msg("office_code_invalid",
                      "Kode kantor terdiri dari 2-5 huruf besar, misalnya SBY.",
                      "The office code is 2-5 capital letters, e.g. SBY.")
MSG_OFFICE_TZ = Msg("office_tz_invalid", "Zona waktu harus WIB, WITA atau WIT.",
                    "The time zone must be WIB, WITA or WIT.")
MSG_USER_UNKNOWN = Msg("user_not_found", "Akun tidak ditemukan.", "Account not found.")
MSG_USER_EXISTS = Msg("user_exists", "Nama pengguna ini sudah dipakai.", "This username is taken.")
MSG_BAD_LOGIN = Msg(
    "invalid_credentials",
    "Nama pengguna atau kata sandi salah, atau akun ini bukan akun kantor Anda.",
    "Wrong username or password, or this account does not belong to your office.")
MSG_DEVICE_UNKNOWN = Msg("device_not_found", "Perangkat tidak ditemukan.", "Device not found.")
MSG_CASE_UNKNOWN = Msg("case_not_found", "Kasus tidak ditemukan.", "Case not found.")
MSG_ALREADY_ASSIGNED = Msg(
    "case_already_assigned",
    "Kasus ini sudah ditangani kantor {office}; gunakan pemindahan kasus.",
    "This case is already handled by office {office}; transfer it instead.")
MSG_SAME_OFFICE = Msg("transfer_same_office", "Kasus sudah berada di kantor tersebut.",
                      "The case is already at that office.")
