"""The one way a screen words an error: :func:`error_message`."""

from __future__ import annotations

from counter_app.domain.amounts import AmountError
from counter_app.domain.errors import CounterError
from counter_app.domain.identity import ValidationIssue
from counter_app.services.customers_dto import FieldError, FieldErrors
from counter_app.services.readings_file import ImportRefused, RowError
from counter_app.views.messages import (
    UNKNOWN,
    UNKNOWN_AMOUNT,
    UNKNOWN_FILE,
    UNKNOWN_INPUT,
    UNKNOWN_ROW,
    WORDED_CODES,
    render,
)

# What a code without a template of its own falls back to, by the kind of error.
_UNKNOWN_BY_KIND: tuple[tuple[type[CounterError], str], ...] = (
    (AmountError, UNKNOWN_AMOUNT),
    (ValidationIssue, UNKNOWN_INPUT),
    (FieldErrors, UNKNOWN_INPUT),
    (ImportRefused, UNKNOWN_FILE),
)


def error_message(error: CounterError | FieldError | RowError, **context: object) -> str:
    """A short, plain sentence a clerk can act on, in the user's language.

    Every screen words errors through this function: a refused action, one field of a form
    (for a form with a message beside each field) or one row of an imported file.

    Args:
        error: What the domain or a service refused, with its code and params.
        context: Params the screen knows that the error may not carry, such as the account
            number typed or the date chosen; the error's own params win.

    Returns:
        The message; each field's on its own line for :class:`FieldErrors`.
    """
    if isinstance(error, FieldErrors):
        return "\n".join(error_message(e, **context) for e in error.errors)
    params: dict[str, object] = {**context, **error.params}
    if isinstance(error, FieldError):
        return render(error.code, params, unknown=UNKNOWN_INPUT)
    if isinstance(error, RowError):
        return render(error.code, params, unknown=UNKNOWN_ROW)
    params.setdefault("detail", str(error))
    if error.code in WORDED_CODES:
        return render(error.code, params)
    for kind, unknown in _UNKNOWN_BY_KIND:
        if isinstance(error, kind):
            return render(error.code, params, unknown=unknown)
    # A new subclass without its own template reads as the kind of error it is.
    for cls in type(error).__mro__:
        code = getattr(cls, "code", None)
        if isinstance(code, str) and code in WORDED_CODES:
            return render(code, params)
    return render(error.code, params, unknown=UNKNOWN)
