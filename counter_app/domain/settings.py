"""Deployment settings and their defaults (the figures docs/domain.md marks *default*)."""

from __future__ import annotations

from typing import Any

DEFAULTS: dict[str, Any] = {
    # The utility company (收款单位): who a customer paid, printed on every receipt and slip.
    "company.name": "",
    # Security
    "security.idle_lock_minutes": 10,
    "security.max_failed_logins": 5,
    "security.lockout_minutes": 15,
    # Accounts: {seq} is a running number, zero-padded to the width given.
    "accounts.number_format": "{hall_digits}{seq:08d}",
    # Payments (yuan as strings: settings are JSON and money is never a float)
    "payments.minimum": "0.01",
    "payments.maximum": "100000.00",
    "payments.cash_approval_above": "50000.00",
    # Bills: days from the end of the reading period to the due date
    "bills.due_days": 20,
    # Complaints
    "complaints.repeat_window_days": 30,
    # Utility kinds served by this deployment
    "utility_kinds": ["gas"],
}
