"""Which sealer (the data key's sub-keys, :class:`counter_app.domain.sealing.Sealer`) each open
database's engines use, so that a migration sealing stored records finds the key the services
opened the database with (docs/domain.md §11).

``counter_app.services.personal_data`` loads and checks the data key and registers it here;
migration 0011 reads it through :func:`sealer_of` from its connection's engine.
"""

from __future__ import annotations

import weakref
from collections.abc import Iterable

from sqlalchemy import Engine

from counter_app.domain.sealing import Sealer

_SEALERS: weakref.WeakKeyDictionary[Engine, Sealer] = weakref.WeakKeyDictionary()


def register(engines: Iterable[Engine], sealer: Sealer) -> None:
    for engine in engines:
        _SEALERS[engine] = sealer


def sealer_of(engine: Engine) -> Sealer | None:
    return _SEALERS.get(engine)
