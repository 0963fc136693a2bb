"""Client of the central server's HTTP API, shared by the desktop and central integrations.

One pooled requests.Session per client; no Qt, so it runs on any worker thread. It refuses
plain http:// except to this machine, never follows redirects (a redirect could downgrade
to http or leak the credential to another host), and turns every failure into a
CentralError subclass with a message in Bahasa Indonesia and English.
"""

from __future__ import annotations

import base64
import binascii
from dataclasses import dataclass, field
from typing import Any
from urllib.parse import quote, urlsplit

import requests
from requests.adapters import HTTPAdapter

from desktop.messages import Msg
from desktop.sync import errors as e
from sync.credentials import DeviceCredential
from sync.netaddr import is_loopback_host

DEFAULT_TIMEOUT = (5.0, 30.0)  # connect, read (seconds): offices have slow links

_BY_CODE: dict[str, tuple[type[e.CentralError], Msg | None]] = {
    "credential_missing": (e.NotEnrolled, None),
    "credential_invalid": (e.NotEnrolled, None),
    "device_revoked": (e.DeviceRevoked, None),
    "enrolment_code_invalid": (e.EnrolmentRefused, e.MSG_CODE_INVALID),
    "enrolment_code_expired": (e.EnrolmentRefused, e.MSG_CODE_EXPIRED),
    "enrolment_code_used": (e.EnrolmentRefused, e.MSG_CODE_USED),
    "enrolment_office_mismatch": (e.EnrolmentRefused, e.MSG_CODE_OFFICE),
    "invalid_credentials": (e.InvalidCredentials, None),
    "device_no_unlock_key": (e.NoUnlockKey, None),
    "national_office_only": (e.Forbidden, None),
    "rate_limited": (e.RateLimited, None),
    "validation_failed": (e.InvalidInput, None),
}
_BY_STATUS: dict[int, type[e.CentralError]] = {
    401: e.NotEnrolled, 403: e.Forbidden, 404: e.NotFound, 409: e.Conflict, 410: e.Conflict,
    422: e.InvalidInput, 429: e.RateLimited,
}


def check_server_url(url: str) -> str:
    """The normalised base URL; https://, or http:// to a loopback address only."""
    try:
        parts = urlsplit((url or "").strip())
        host = parts.hostname
        parts.port  # noqa: B018 - raises ValueError on a bad port
    except ValueError:
        raise e.InvalidServerUrl(field="server_url") from None
    scheme = parts.scheme.lower()
    if (scheme not in ("https", "http") or not host or parts.query or parts.fragment
            or parts.username or parts.password):
        raise e.InvalidServerUrl(field="server_url")
    if scheme == "http" and not is_loopback_host(host):
        raise e.InsecureServerUrl(field="server_url")
    return f"{scheme}://{parts.netloc}{parts.path.rstrip('/')}"


@dataclass(frozen=True)
class Enrolment:
    server_url: str
    credential: DeviceCredential  # keep only inside the encrypted desktop database
    device_letter: str
    office_code: str
    office_name: str
    office_tz: str
    national: bool


@dataclass(frozen=True)
class CentralAccount:
    id: str
    username: str
    full_name: str
    role: str
    office_code: str
    active: bool


@dataclass(frozen=True)
class DeviceUnlock:
    unlock_key: bytes = field(repr=False)  # opens the device key slot; never logged
    account: CentralAccount | None = None


def encode_key(raw: bytes) -> str:
    """32 bytes as base64url without padding (the API's unlock_key)."""
    if not isinstance(raw, bytes) or len(raw) != 32:
        raise ValueError("the unlock key is 32 bytes")
    return base64.urlsafe_b64encode(raw).rstrip(b"=").decode("ascii")


def decode_key(text: str) -> bytes:
    try:
        raw = base64.urlsafe_b64decode(str(text) + "=")
    except (binascii.Error, ValueError):
        raise ValueError("not base64url") from None
    if len(raw) != 32:
        raise ValueError("the unlock key is 32 bytes")
    return raw


class CentralClient:
    def __init__(self, server_url: str, credential: DeviceCredential | None = None, *,
                 user: str = "", timeout: tuple[float, float] = DEFAULT_TIMEOUT,
                 verify: bool | str = True, session: requests.Session | None = None) -> None:
        """`user` is the account logged in on the desktop, recorded in the server's audit."""
        self.server_url = check_server_url(server_url)
        self.credential = credential
        self.user = user
        self.timeout = timeout
        self.verify = verify
        self._session = session or _pooled_session()

    def close(self) -> None:
        self._session.close()

    def __enter__(self) -> CentralClient:
        return self

    def __exit__(self, *exc) -> None:
        self.close()

    # -- enrolment and accounts --------------------------------------------------------------

    def enrol(self, code: str, label: str, office_code: str | None = None,
               unlock_key: bytes | None = None) -> Enrolment:
        """Exchange a one-time code for this device's credential (kept on the client too).

        `unlock_key` (32 random bytes) is left with the server for central accounts' first
        login on this PC (see device_unlock)."""
        body = {"code": code, "label": label}
        if office_code:
            body["office_code"] = office_code
        if unlock_key is not None:
            body["unlock_key"] = encode_key(unlock_key)
        out = self._call("POST", "/api/v1/enroll", json=body, auth=False)
        self.credential = DeviceCredential(out["device_id"], out["device_secret"])
        office = out["office"]
        return Enrolment(self.server_url, self.credential, out["device_letter"], office["code"],
                         office["name"], office["tz"], bool(office["national"]))

    def verify_password(self, username: str, password: str) -> CentralAccount:
        """Check a central account's password (first login of that account on this device)."""
        out = self._call("POST", "/api/v1/auth/verify-password",
                         json={"username": username, "password": password})
        u = out["user"]
        return CentralAccount(u["id"], u["username"], u["full_name"], u["role"], u["office_code"],
                              bool(u["active"]))

    def device_unlock(self, device_id: str, username: str, password: str) -> DeviceUnlock:
        """A central account's first login at this PC's login screen: the account's password
        releases the device unlock key. Sent without the device credential (it is locked)."""
        out = self._call("POST", "/api/v1/auth/device-unlock", auth=False,
                         json={"device_id": device_id, "username": username,
                               "password": password})
        u = out["user"]
        try:
            key = decode_key(out["unlock_key"])
        except ValueError:
            raise e.BadResponse(status=200) from None
        return DeviceUnlock(key, CentralAccount(u["id"], u["username"], u["full_name"], u["role"],
                                                u["office_code"], bool(u["active"])))

    def health(self) -> dict:
        return self._call("GET", "/health", auth=False, ok=(200, 503))

    def this_device(self) -> dict:
        return self._call("GET", "/api/v1/device")

    # -- central operations ------------------------------------------------------------------

    def list_cases(self, q: str = "", *, status: str = "", category: str = "", office: str = "",
                   limit: int = 50, offset: int = 0) -> dict:
        params = {k: v for k, v in {"q": q, "status": status, "category": category,
                                    "office": office}.items() if v}
        return self._call("GET", "/api/v1/cases",
                          params={**params, "limit": limit, "offset": offset})

    def get_case(self, case_ref: str) -> dict:
        return self._call("GET", f"/api/v1/cases/{_seg(case_ref)}")

    def create_case(self, complaint: dict, complainant: dict, worker: dict | None = None,
                    documents: dict | None = None, assign_to: str | None = None) -> dict:
        body: dict[str, Any] = {"complaint": complaint, "complainant": complainant,
                                "worker": worker or {}, "documents": documents or {}}
        if assign_to:
            body["assign_to"] = assign_to
        return self._call("POST", "/api/v1/cases", json=body)

    def assign_case(self, case_ref: str, office_code: str, note: str = "") -> dict:
        return self._call("POST", f"/api/v1/cases/{_seg(case_ref)}/assign",
                          json={"office_code": office_code, "note": note})

    def transfer_case(self, case_ref: str, office_code: str, reason: str) -> dict:
        return self._call("POST", f"/api/v1/cases/{_seg(case_ref)}/transfer",
                          json={"office_code": office_code, "reason": reason})

    def list_offices(self) -> list[dict]:
        return self._call("GET", "/api/v1/offices")

    def create_office(self, code: str, name: str, tz: str) -> dict:
        return self._call("POST", "/api/v1/offices", json={"code": code, "name": name, "tz": tz})

    def update_office(self, code: str, **fields: Any) -> dict:
        return self._call("PATCH", f"/api/v1/offices/{_seg(code)}", json=fields)

    def list_staff(self, office: str = "") -> list[dict]:
        return self._call("GET", "/api/v1/staff", params={"office": office} if office else None)

    def add_staff(self, username: str, full_name: str, office_code: str, role: str,
                  password: str) -> dict:
        return self._call("POST", "/api/v1/staff", json={
            "username": username, "full_name": full_name, "office_code": office_code,
            "role": role, "password": password})

    def update_staff(self, user_id: str, **fields: Any) -> dict:
        return self._call("PATCH", f"/api/v1/staff/{_seg(user_id)}", json=fields)

    # -- transport ---------------------------------------------------------------------------

    def _call(self, method: str, path: str, *, json: Any = None, params: dict | None = None,
              auth: bool = True, ok: tuple[int, ...] = (200, 201)) -> Any:
        headers = {"Accept": "application/json"}
        if auth:
            if self.credential is None:
                raise e.NotEnrolled()
            headers["Authorization"] = f"Bearer {self.credential.token}"
            if self.user:
                headers["X-Halotki-User"] = self.user
        try:
            resp = self._session.request(method, self.server_url + path, json=json, params=params,
                                         headers=headers, timeout=self.timeout,
                                         verify=self.verify, allow_redirects=False)
        except requests.exceptions.SSLError:
            raise e.CertificateError() from None
        except (requests.exceptions.ConnectionError, requests.exceptions.Timeout):
            raise e.ServerUnreachable() from None
        except requests.exceptions.RequestException:
            raise e.ServerUnreachable() from None
        try:
            data = resp.json()
        except ValueError:
            data = None
        if resp.status_code in ok and data is not None:
            return data
        raise _error(resp.status_code, data)


def enrol(server_url: str, code: str, label: str, office_code: str | None = None, *,
           verify: bool | str = True) -> Enrolment:
    """Enrol this device: server URL + one-time code in, credential out."""
    with CentralClient(server_url, verify=verify) as client:
        return client.enrol(code, label, office_code)


def _seg(value: str) -> str:
    return quote(str(value), safe="")


def _pooled_session() -> requests.Session:
    session = requests.Session()
    session.trust_env = True  # office networks often need the system proxy settings
    adapter = HTTPAdapter(pool_connections=1, pool_maxsize=4, max_retries=0)
    session.mount("https://", adapter)
    session.mount("http://", adapter)
    return session


def _literal(text: object) -> str:
    """Already-formatted server text, safe to pass through Msg.text()'s str.format."""
    return str(text).replace("{", "{{").replace("}", "}}")


def _error(status: int, data: Any) -> e.CentralError:
    err = data.get("error") if isinstance(data, dict) else None
    if not isinstance(err, dict) or "code" not in err:
        if status >= 500:
            return e.ServerError(status=status)
        return e.BadResponse(status=status)
    code = str(err.get("code"))
    details = err.get("details") if isinstance(err.get("details"), dict) else {}
    field = err.get("field") if isinstance(err.get("field"), str) else None
    cls, msg = _BY_CODE.get(code, (None, None))
    if cls is None:
        if status >= 500:
            return e.ServerError(status=status, server_code=code)
        cls = _BY_STATUS.get(status, e.CentralError)
        # No message of our own for this code: the server's words (it sends both languages).
        msg = Msg(code, _literal(err.get("message_id") or err.get("message") or code),
                  _literal(err.get("message") or code))
    params: dict[str, object] = {}
    if cls is e.DeviceRevoked:
        params["reason"] = str(details.get("reason") or "-")
    if cls is e.RateLimited:
        params["seconds"] = int(details.get("retry_after") or 0)
    return cls(msg, status=status, server_code=code, details=details, field=field, **params)
