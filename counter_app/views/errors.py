"""Turn service errors into sentences in the user's language."""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import QCoreApplication

from counter_app.domain.clock import LOCAL_TZ
from counter_app.domain.errors import CounterError
from counter_app.services.customers import FieldErrors
from counter_app.services.payments.messages import PAYMENT_CODES, describe_payment_error
from counter_app.views.messages import localized


def error_message(exc: CounterError) -> str:
    """A short, plain sentence a clerk can act on."""
    if isinstance(exc, FieldErrors):
        # A form's field errors that reach a screen without a widget per field: each one in
        # words, not as its code.
        return "\n".join(localized(e.code, e.params, e.message) for e in exc.errors)
    if exc.code in PAYMENT_CODES:
        return localized(exc.code, exc.params, describe_payment_error(exc))
    p = exc.params
    if exc.code == "auth_failed":
        remaining = p.get("remaining")
        if remaining is not None:
            return QCoreApplication.translate(
                "Errors",
                "Wrong employee number or password. "
                "{n} attempts left before the account is locked.",
            ).format(n=remaining)
        return QCoreApplication.translate("Errors", "Wrong employee number or password.")
    if exc.code == "account_locked":
        until = p.get("until")
        if isinstance(until, datetime):
            return QCoreApplication.translate(
                "Errors", "Too many wrong passwords. The account is locked until {time}."
            ).format(time=until.astimezone(LOCAL_TZ).strftime("%H:%M"))
        return QCoreApplication.translate("Errors", "The account is locked.")
    if exc.code == "permission_denied" or exc.code.startswith("approval."):
        if p.get("own_request"):
            return QCoreApplication.translate(
                "Errors", "You cannot approve your own request. Another manager must approve it."
            )
        if p.get("other_hall"):
            return QCoreApplication.translate("Errors", "Only a manager of this hall can approve.")
        return QCoreApplication.translate("Errors", "Your role does not allow this.")
    if exc.code == "database_unavailable":
        return QCoreApplication.translate(
            "Errors",
            "The database cannot be reached. Nothing was saved. Check the network "
            "connection and try again, or call the administrator.",
        )
    if exc.code == "invalid_input":
        if p.get("field") == "reason":
            return QCoreApplication.translate("Errors", "Please give a reason.")
        return QCoreApplication.translate("Errors", "Some input is not valid: {detail}").format(
            detail=str(exc)
        )
    if exc.code == "not_found":
        return QCoreApplication.translate("Errors", "Not found.")
    if exc.code == "conflict":
        return QCoreApplication.translate(
            "Errors", "This conflicts with an existing record: {detail}"
        ).format(detail=str(exc))
    return QCoreApplication.translate(
        "Errors", "The action could not be completed: {detail}"
    ).format(detail=str(exc))
