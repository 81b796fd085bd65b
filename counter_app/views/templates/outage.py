"""Message templates of a database outage: a commit whose fate is unknown and a record held
locked too long (counter_app/db/engine.py).

See :mod:`counter_app.views.messages`, which merges every area's templates.
"""

from __future__ import annotations

from counter_app.views.templates import QT_TRANSLATE_NOOP

TEMPLATES: dict[str, str] = {
    "database.commit_uncertain": QT_TRANSLATE_NOOP(
        "Messages",
        "The connection to the database broke while it was saving: whether it was saved is "
        "not known yet. Look it up again once the connection is back before doing it again.",
    ),
    "database.busy": QT_TRANSLATE_NOOP(
        "Messages",
        "Another counter is working on the same record: nothing was saved. Try again in a moment.",
    ),
}
