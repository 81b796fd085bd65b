"""Message templates of the boundaries: typed text (domain/text.py), the hall a record
belongs to (docs/domain.md §1) and a payment confirmed on an amount due that has changed.

See :mod:`counter_app.views.messages`, which merges every area's templates.
"""

from __future__ import annotations

from counter_app.views.templates import QT_TRANSLATE_NOOP

TEMPLATES: dict[str, str] = {
    "text.control_character": QT_TRANSLATE_NOOP(
        "Messages",
        "The text contains an invisible control character ({character}) at position "
        "{position}, or a line break where only one line is allowed. Delete it and type "
        "the text again.",
    ),
    "text.too_long": QT_TRANSLATE_NOOP(
        "Messages",
        "The text is too long: {length} characters, at most {max_length} are allowed here.",
    ),
    "hall.other_hall": QT_TRANSLATE_NOOP(
        "Messages",
        "This belongs to service hall {hall}. Another hall may find the customer and take "
        "a payment, but only hall {hall} shows the full record, changes it, reprints or "
        "takes back its documents, and handles its requests and complaints.",
    ),
    "payment.quote_changed": QT_TRANSLATE_NOOP(
        "Messages",
        "The amount due is now {amount}: the bills of this account changed while the screen "
        "was open (a payment at another counter, or a new bill). Nothing was taken.",
    ),
}
