"""The message templates of the work areas, one module each, merged by
:mod:`counter_app.views.messages` (context ``Messages`` of the translation file)."""

from __future__ import annotations


def QT_TRANSLATE_NOOP(context: str, source: str) -> str:
    """Mark ``source`` for the translation file (lupdate looks for this name, which is why it
    is not snake case); it is translated when a message is shown."""
    return source
