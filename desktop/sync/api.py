"""Client of the central server's HTTP API, shared by the desktop and central integrations.

One pooled requests.Session per client; no Qt, so it runs on any worker thread. It refuses
plain http:// except to this machine, never follows redirects (a redirect could downgrade
to http or leak the credential to another host), and turns every failure into a
CentralError subclass with a message in Bahasa Indonesia and English. Every answer, here
and in the sync transport, is read by read_answer: one that arrived cut, empty or in a
shape the server never sends is "offline, try again later" (AnswerCut), never a crash.
"""

from __future__ import annotations

import base64
import binascii
import json as jsonlib
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any, TypeVar
from urllib.parse import quote, urlsplit

import requests
from requests.adapters import HTTPAdapter

from desktop.messages import Msg
from desktop.sync import errors as e
from sync.credentials import DeviceCredential, parse_token
from sync.netaddr import is_loopback_host

DEFAULT_TIMEOUT = (5.0, 30.0)  # connect, read (seconds): offices have slow links
T = TypeVar("T")
# What reading an answer of the wrong shape raises: a missing key, a wrong type, bad JSON
# (json's and protocol's decode errors are ValueErrors).
MALFORMED = (KeyError, IndexError, TypeError, ValueError, AttributeError)

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
# Refusals of a PC set up locally (its case numbers could collide): an enrolment refused,
# in the server's own words, which name the letter, the other PC and the offices.
_EXISTING_REFUSALS = frozenset({
    "enrolment_existing_invalid", "enrolment_existing_office", "enrolment_letter_reserved",
    "enrolment_letter_taken", "enrolment_numbers_taken"})
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
class StoreNumbers:
    """A PC set up locally, as its enrolment tells the server: the office and letter its
    case numbers carry, and the highest sequence number per year ((year, seq), ...)."""

    office_code: str
    letter: str
    latest: tuple[tuple[int, int], ...] = ()

    def body(self) -> dict:
        return {"office_code": self.office_code, "letter": self.letter,
                "latest": [{"year": y, "highest": n} for y, n in self.latest]}


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


# -- reading answers ------------------------------------------------------------------------

def read_answer(resp: requests.Response, parse: Callable[[Any], T], *,
                ok: tuple[int, ...] = (200, 201),
                decode: Callable[[bytes], Any] = jsonlib.loads) -> T:
    """What the server answered, decoded and read by `parse`; or the error it stands for.

    The one place the client reads an answer. The server always sends a whole body with
    its length, so an answer that is empty, does not decode, or lacks what `parse` needs
    was cut on the way (cut in its headers, requests sees the status line and an empty
    body): offline, try again later. `parse` raises any of MALFORMED for a wrong shape.
    """
    if resp.status_code not in ok:
        raise refusal(resp)
    try:
        return parse(decode(resp.content))
    except MALFORMED:
        raise e.AnswerCut(status=resp.status_code) from None


def refusal(resp: requests.Response) -> e.CentralError:
    """The error a non-OK answer stands for: the server's (its JSON error body), a cut
    answer (no body, and no length that says it has none), or another server's page."""
    try:
        data = jsonlib.loads(resp.content)
    except ValueError:
        data = None
    if data is None and not _framed(resp):
        return e.AnswerCut(status=resp.status_code)
    return _error(resp.status_code, data)


def _framed(resp: requests.Response) -> bool:
    """The answer says how long its body is (a whole head arrived)."""
    return ("content-length" in resp.headers
            or "chunked" in resp.headers.get("transfer-encoding", "").lower())


def _object(out: Any) -> dict:
    if not isinstance(out, dict):
        raise TypeError("not an object")
    return out


def _objects(out: Any) -> list[dict]:
    if not isinstance(out, list) or not all(isinstance(o, dict) for o in out):
        raise TypeError("not a list of objects")
    return out


def _text(obj: dict, key: str) -> str:
    value = obj[key]
    if not isinstance(value, str):
        raise TypeError(key)
    return value


def _offices(out: Any) -> list[dict]:
    for office in _objects(out):
        for key in ("code", "name"):  # what the transfer dialog shows
            _text(office, key)
    return out


_AUDIT_TEXT = ("id", "at", "user", "device", "device_label", "office_code", "action", "target",
               "detail")


def _audit_page(out: Any) -> dict:
    """GET /api/v1/audit's answer: {"entries": [...], "next_cursor": str | None}."""
    out = _object(out)
    for entry in _objects(out["entries"]):
        for key in _AUDIT_TEXT:
            _text(entry, key)
    if out["next_cursor"] is not None:
        _text(out, "next_cursor")
    return out


def _account(u: Any) -> CentralAccount:
    u = _object(u)
    return CentralAccount(_text(u, "id"), _text(u, "username"), _text(u, "full_name"),
                          _text(u, "role"), _text(u, "office_code"), bool(u["active"]))


def _enrolment(server_url: str, out: Any) -> Enrolment:
    out = _object(out)
    credential = DeviceCredential(_text(out, "device_id"), _text(out, "device_secret"))
    if parse_token(credential.token) is None:
        raise ValueError("not a device credential")
    office = _object(out["office"])
    return Enrolment(server_url, credential, _text(out, "device_letter"), _text(office, "code"),
                     _text(office, "name"), _text(office, "tz"), bool(office["national"]))


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
               unlock_key: bytes | None = None, *, replaces: str | None = None,
               existing: StoreNumbers | None = None) -> Enrolment:
        """Exchange a one-time code for this device's credential (kept on the client too).

        `unlock_key` (32 random bytes) is left with the server for central accounts' first
        login on this PC (see device_unlock). `replaces` is the credential token of the
        device this PC takes over (a restore): the server re-keys that device instead of
        making a new one. `existing`: a PC set up locally keeps its letter, or the server
        refuses (EnrolmentRefused, in the server's words)."""
        body = {"code": code, "label": label}
        if office_code:
            body["office_code"] = office_code
        if unlock_key is not None:
            body["unlock_key"] = encode_key(unlock_key)
        if replaces is not None:
            body["replaces"] = replaces
        if existing is not None:
            body["existing"] = existing.body()
        enrolment = self._call("POST", "/api/v1/enroll", json=body, auth=False,
                               parse=lambda out: _enrolment(self.server_url, out))
        self.credential = enrolment.credential
        return enrolment

    def verify_password(self, username: str, password: str) -> CentralAccount:
        """Check a central account's password (first login of that account on this device)."""
        return self._call("POST", "/api/v1/auth/verify-password",
                          json={"username": username, "password": password},
                          parse=lambda out: _account(out["user"]))

    def device_unlock(self, device_id: str, username: str, password: str) -> DeviceUnlock:
        """A central account's first login at this PC's login screen: the account's password
        releases the device unlock key. Sent without the device credential (it is locked)."""
        return self._call("POST", "/api/v1/auth/device-unlock", auth=False,
                          json={"device_id": device_id, "username": username,
                                "password": password},
                          parse=lambda out: DeviceUnlock(decode_key(out["unlock_key"]),
                                                         _account(out["user"])))

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
        return self._call("GET", "/api/v1/offices", parse=_offices)

    def create_office(self, code: str, name: str, tz: str) -> dict:
        return self._call("POST", "/api/v1/offices", json={"code": code, "name": name, "tz": tz})

    def update_office(self, code: str, **fields: Any) -> dict:
        return self._call("PATCH", f"/api/v1/offices/{_seg(code)}", json=fields)

    def list_staff(self, office: str = "") -> list[dict]:
        return self._call("GET", "/api/v1/staff", params={"office": office} if office else None,
                          parse=_objects)

    def add_staff(self, username: str, full_name: str, office_code: str, role: str,
                  password: str) -> dict:
        return self._call("POST", "/api/v1/staff", json={
            "username": username, "full_name": full_name, "office_code": office_code,
            "role": role, "password": password})

    def update_staff(self, user_id: str, **fields: Any) -> dict:
        return self._call("PATCH", f"/api/v1/staff/{_seg(user_id)}", json=fields)

    def read_audit(self, *, since: str = "", until: str = "", user: str = "",
                   action: str = "", target: str = "", office: str = "", limit: int = 100,
                   cursor: str = "") -> dict:
        """One page of the central audit trail, newest first (a supervisor's or an
        administrator's: the server checks the account this client names, and audits the
        read). {"entries": [{"id", "at", "user", "device", "device_label", "office_code",
        "action", "target", "detail"}], "next_cursor": the next page's, or None}."""
        params = {k: v for k, v in {"since": since, "until": until, "user": user,
                                    "action": action, "target": target, "office": office,
                                    "cursor": cursor}.items() if v}
        return self._call("GET", "/api/v1/audit", params={**params, "limit": str(limit)},
                          parse=_audit_page)

    # -- transport ---------------------------------------------------------------------------

    def _call(self, method: str, path: str, *, json: Any = None, params: dict | None = None,
              auth: bool = True, ok: tuple[int, ...] = (200, 201),
              parse: Callable[[Any], Any] = _object) -> Any:
        """One call; its answer read by read_answer, then by `parse` (a dict by default)."""
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
        return read_answer(resp, parse, ok=ok)


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
    if code in _EXISTING_REFUSALS and status < 500:
        cls = e.EnrolmentRefused
    if msg is None and (cls is None or code in _EXISTING_REFUSALS):
        if status >= 500:
            return e.ServerError(status=status, server_code=code)
        cls = cls or _BY_STATUS.get(status, e.CentralError)
        # No message of our own for this code: the server's words (it sends both languages).
        msg = Msg(code, _literal(err.get("message_id") or err.get("message") or code),
                  _literal(err.get("message") or code))
    params: dict[str, object] = {}
    if cls is e.DeviceRevoked:
        params["reason"] = str(details.get("reason") or "-")
    if cls is e.RateLimited:
        retry = details.get("retry_after")
        params["seconds"] = retry if isinstance(retry, int) and retry > 0 else 0
    return cls(msg, status=status, server_code=code, details=details, field=field, **params)
