"""Message templates of personal data at rest: the data key and the vault
(services/data_key.py, services/personal_data.py).

See :mod:`counter_app.views.messages`, which merges every area's templates.
"""

from __future__ import annotations

from counter_app.views.templates import QT_TRANSLATE_NOOP

TEMPLATES: dict[str, str] = {
    "data.key_unreadable": QT_TRANSLATE_NOOP(
        "Messages",
        "The data key in {source} cannot be read (it must be 64 hexadecimal digits). "
        "Put back the key file from its backup or call the IT department.",
    ),
    "data.key_missing": QT_TRANSLATE_NOOP(
        "Messages",
        "The customers' personal data is protected with a data key and none was found "
        "({source}). Copy the key file from its backup or from another counter of the hall, "
        "or call the IT department. The counter does not start without it.",
    ),
    "data.key_mismatch": QT_TRANSLATE_NOOP(
        "Messages",
        "The data key in {source} (key id {key_id}) is not the one the customers' personal "
        "data is protected with (key id {stored_key_id}). Copy the right key file to this PC; "
        "the counter does not start with another key.",
    ),
    "data.rotate_supplied": QT_TRANSLATE_NOOP(
        "Messages",
        "The data key comes from {source}, which the IT department sets: they rotate it there. "
        "Nothing was changed.",
    ),
}

#: What a message says when the error does not carry a param: the data directory's key file.
DEFAULTS: dict[str, dict[str, object]] = {
    "data.key_unreadable": {"source": "data.key"},
    "data.key_missing": {"source": "data.key"},
    "data.key_mismatch": {"source": "data.key", "key_id": "—", "stored_key_id": "—"},
    "data.rotate_supplied": {"source": "COUNTER_DATA_KEY"},
}
