"""What each role may do (docs/domain.md §1).

Services check these; views only hide what is refused.
"""

from __future__ import annotations

from enum import StrEnum

from counter_app.domain.enums import Role


class Permission(StrEnum):
    # Counter work
    CUSTOMER_READ = "customer.read"
    CUSTOMER_WRITE = "customer.write"
    CUSTOMER_REVEAL = "customer.reveal"  # see a full ID number or phone (logged)
    ACCOUNT_OPEN = "account.open"
    PAYMENT_TAKE = "payment.take"
    RECEIPT_REPRINT = "receipt.reprint"
    REQUEST_ACCEPT = "request.accept"
    COMPLAINT_ACCEPT = "complaint.accept"
    SHIFT_OWN = "shift.own"  # open and close one's own shift
    # Hall manager
    APPROVE = "approve"  # voids, refunds, waivers, variances, extensions, arrears overrides
    DAY_CLOSE = "day.close"
    REPORT_EXPORT = "report.export"
    DASHBOARD = "dashboard"
    COMPLAINT_MANAGE = "complaint.manage"  # the overdue view, 催办, appeals, major complaints
    # A customer's rights over their personal data (docs/domain.md §11): export, deletion
    CUSTOMER_DATA_RIGHTS = "customer.data_rights"
    # Auditor
    AUDIT_READ = "audit.read"
    # Administrator
    USER_ADMIN = "user.admin"
    SETTINGS_ADMIN = "settings.admin"
    BACKUP = "backup"


_CLERK = frozenset(
    {
        Permission.CUSTOMER_READ,
        Permission.CUSTOMER_WRITE,
        Permission.CUSTOMER_REVEAL,
        Permission.ACCOUNT_OPEN,
        Permission.PAYMENT_TAKE,
        Permission.RECEIPT_REPRINT,
        Permission.REQUEST_ACCEPT,
        Permission.COMPLAINT_ACCEPT,
        Permission.SHIFT_OWN,
    }
)

ROLE_PERMISSIONS: dict[Role, frozenset[Permission]] = {
    Role.CLERK: _CLERK,
    Role.MANAGER: _CLERK
    | {
        Permission.APPROVE,
        Permission.DAY_CLOSE,
        Permission.REPORT_EXPORT,
        Permission.DASHBOARD,
        Permission.COMPLAINT_MANAGE,
        Permission.CUSTOMER_DATA_RIGHTS,
    },
    # Auditors read everything, reveal for verification, export audit reports; they change nothing.
    Role.AUDITOR: frozenset(
        {
            Permission.CUSTOMER_READ,
            Permission.CUSTOMER_REVEAL,
            Permission.AUDIT_READ,
            Permission.REPORT_EXPORT,
        }
    ),
    # Separation of duties: administrators do not take payments or serve customers.
    Role.ADMIN: frozenset(
        {Permission.USER_ADMIN, Permission.SETTINGS_ADMIN, Permission.BACKUP, Permission.AUDIT_READ}
    ),
}


def role_has(role: Role, permission: Permission) -> bool:
    return permission in ROLE_PERMISSIONS[role]
