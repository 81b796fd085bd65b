"""Errors that services raise and views word for the user.

Each error carries a stable ``code`` and parameters; the view turns them into a translated
message, so the service layer never builds user-facing sentences.
"""

from __future__ import annotations

from typing import Any


class CounterError(Exception):
    """Base of every expected business error."""

    code = "error"

    def __init__(self, message: str = "", /, **params: Any) -> None:
        super().__init__(message or self.code)
        self.params: dict[str, Any] = params


class CodedError(CounterError):
    """One of a family of refusals, its ``code`` chosen where it is raised.

    A family subclasses this and the base a view treats it by, e.g.
    ``class PaymentInputError(CodedError, InvalidInput)``; the family's docstring lists its
    codes and their parameters.
    """

    def __init__(self, code: str, message: str = "", /, **params: Any) -> None:
        super().__init__(message or code, **params)
        self.code = code


class PermissionDenied(CounterError):
    code = "permission_denied"


class AuthenticationFailed(CounterError):
    code = "auth_failed"


class AccountLocked(CounterError):
    code = "account_locked"


class NotFound(CounterError):
    code = "not_found"


class Conflict(CounterError):
    code = "conflict"


class InvalidInput(CounterError):
    code = "invalid_input"


class DatabaseUnavailable(CounterError):
    code = "database_unavailable"


class CommitUncertain(DatabaseUnavailable):
    """The connection broke while the database was committing: the work may have been saved
    or not, and nobody can tell until the database answers again. The caller settles it by
    the unit of work's own key (a payment's confirm key), never by guessing."""

    code = "database.commit_uncertain"


class DatabaseBusy(CounterError):
    """A record stayed locked by another counter longer than a counter waits; nothing was
    saved."""

    code = "database.busy"
