"""Who is acting: a device of an office (and the staff member it vouches for), or the CLI."""

from __future__ import annotations

import getpass
from dataclasses import dataclass

from sync.server.errors import MSG_NATIONAL_ONLY, Forbidden

SERVER_DEVICE = "server"


@dataclass(frozen=True)
class Actor:
    user: str  # the desktop's logged-in account (attested by the device), or "cli:<os user>"
    device: str  # device id, or "server" for the CLI
    office_code: str
    national: bool  # the national office (PST) sees every office
    request_id: str = ""

    def require_national(self) -> None:
        if not self.national:
            raise Forbidden(MSG_NATIONAL_ONLY)

    def sees_office(self, office_code: str) -> bool:
        return self.national or office_code == self.office_code


def cli_actor(national_office: str = "PST") -> Actor:
    try:
        who = getpass.getuser()
    except (KeyError, OSError):
        who = "unknown"
    return Actor(user=f"cli:{who}"[:64], device=SERVER_DEVICE, office_code=national_office,
                 national=True)
