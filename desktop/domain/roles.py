"""Roles and what each may do; enforced by the services, not only by hidden buttons."""

from __future__ import annotations

from enum import StrEnum

from desktop.messages import HaloError, Msg


class Role(StrEnum):
    FRONT_OFFICE = "front_office"
    CASE_OFFICER = "case_officer"
    SUPERVISOR = "supervisor"
    ADMIN = "admin"


class Perm(StrEnum):
    CASE_READ = "case.read"
    CASE_CREATE = "case.create"
    CASE_EDIT = "case.edit"
    EVENT_ADD = "event.add"
    STATUS_CHANGE = "status.change"
    CASE_CLOSE = "case.close"
    CASE_REOPEN = "case.reopen"
    RECEIPT_PRINT = "receipt.print"
    EXPORT = "export"
    ACCOUNTS_MANAGE = "accounts.manage"
    MAINTENANCE = "maintenance"
    CASE_ASSIGN = "case.assign"  # choose a case's handling officer
    CASE_HANDLE = "case.handle"  # be a case's handling officer
    URGENT_CLEAR = "urgent.clear"  # anyone may flag a case urgent; few may clear it
    CLOSURE_PROPOSE = "closure.propose"
    CLOSURE_APPROVE = "closure.approve"
    REFERRAL_ADD = "referral.add"  # referrals and PPTKIS summons
    DIRECTORY_EDIT = "directory.edit"  # the office's own partners in the directory
    REPORT_VIEW = "report.view"  # the office's figures: counts, no personal data
    CASE_LIST_EXPORT = "case_list.export"  # the case list with its personal data, to a file
    SUBJECT_ACCESS = "subject_access"  # everything held about one person (UU PDP), to a file
    # Restrict a person's data (UU PDP Pasal 11) and lift it; only those who may restrict
    # see restricted records in search, lists and exports (data_protection.RESTRICTION_ROLES).
    RESTRICT = "restrict"
    AUDIT_VIEW = "audit.view"  # read the audit trail: who did what, who read whose data


ROLE_LABELS = {
    Role.FRONT_OFFICE: ("Petugas front office", "Front-office officer"),
    Role.CASE_OFFICER: ("Petugas penanganan", "Case officer"),
    Role.SUPERVISOR: ("Kepala seksi", "Supervisor"),
    Role.ADMIN: ("Administrator", "Administrator"),
}

_FRONT = {Perm.CASE_READ, Perm.CASE_CREATE, Perm.CASE_EDIT, Perm.EVENT_ADD, Perm.RECEIPT_PRINT}
_OFFICER = _FRONT | {Perm.STATUS_CHANGE, Perm.EXPORT, Perm.CASE_HANDLE, Perm.CLOSURE_PROPOSE,
                     Perm.REFERRAL_ADD, Perm.DIRECTORY_EDIT}
PERMISSIONS: dict[Role, frozenset[Perm]] = {
    Role.FRONT_OFFICE: frozenset(_FRONT),
    Role.CASE_OFFICER: frozenset(_OFFICER),
    # A supervisor closes directly (the timeline then shows nobody else approved it).
    Role.SUPERVISOR: frozenset(_OFFICER | {Perm.CASE_CLOSE, Perm.CASE_REOPEN, Perm.CASE_ASSIGN,
                                           Perm.URGENT_CLEAR, Perm.CLOSURE_APPROVE,
                                           Perm.REPORT_VIEW, Perm.CASE_LIST_EXPORT,
                                           Perm.SUBJECT_ACCESS, Perm.RESTRICT,
                                           Perm.AUDIT_VIEW}),
    # The administrator runs the PC and the accounts; reading cases lets them help staff.
    Role.ADMIN: frozenset({Perm.CASE_READ, Perm.ACCOUNTS_MANAGE, Perm.MAINTENANCE, Perm.EXPORT,
                           Perm.REPORT_VIEW, Perm.SUBJECT_ACCESS, Perm.AUDIT_VIEW}),
}

MSG_DENIED = Msg(
    "permission_denied",
    "Peran Anda ({role_id}) tidak berwenang untuk tindakan ini.",
    "Your role ({role_en}) is not allowed to do this.",
)
MSG_UNKNOWN_ROLE = Msg(
    "unknown_role",
    "Peran tidak dikenal. Pilih: front_office, case_officer, supervisor, admin.",
    "Unknown role. Choose one of: front_office, case_officer, supervisor, admin.",
)


class PermissionDenied(HaloError):
    exit_code = 6

    def __init__(self, role: Role) -> None:
        super().__init__(MSG_DENIED, role_id=role_label(role, "id"), role_en=role_label(role, "en"))


def parse_role(value: str) -> Role:
    try:
        return Role(value.strip().lower())
    except ValueError:
        raise HaloError(MSG_UNKNOWN_ROLE, field="role") from None


def role_label(role: Role | str, lang: str = "id") -> str:
    labels = ROLE_LABELS.get(Role(role))
    return labels[1 if lang == "en" else 0] if labels else str(role)


def can(role: Role | str, perm: Perm) -> bool:
    return perm in PERMISSIONS.get(Role(role), frozenset())


def require(role: Role | str, perm: Perm) -> None:
    if not can(role, perm):
        raise PermissionDenied(Role(role))
