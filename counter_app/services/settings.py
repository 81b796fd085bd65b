"""Reading and changing deployment settings."""

from __future__ import annotations

from typing import Any

from sqlalchemy.orm import Session

from counter_app.db.models import Setting
from counter_app.domain.permissions import Permission
from counter_app.domain.settings import DEFAULTS
from counter_app.services import audit
from counter_app.services.base import Service, requires


def read_setting(s: Session, key: str) -> Any:
    """A setting's value, or its default when the deployment has not changed it."""
    if key not in DEFAULTS:
        raise KeyError(key)
    row = s.get(Setting, key)
    return DEFAULTS[key] if row is None else row.value


class SettingsService(Service):
    @requires()
    def get(self, key: str) -> Any:
        """The current value of a setting."""
        with self._db.read() as s:
            return read_setting(s, key)

    @requires(Permission.SETTINGS_ADMIN)
    def set(self, key: str, value: Any) -> None:
        """Change a setting; the change is audited with its old and new value."""
        if key not in DEFAULTS:
            raise KeyError(key)
        with self._db.write() as s:
            row = s.get(Setting, key)
            before = DEFAULTS[key] if row is None else row.value
            if row is None:
                row = Setting(key=key, value=value, updated_at=self._clock.now())
                s.add(row)
            else:
                row.value = value
                row.updated_at = self._clock.now()
            row.updated_by = self.actor.user_id
            audit.record_by(
                s,
                self.actor,
                self._clock.now(),
                "update",
                "setting",
                key,
                before=before,
                after=value,
            )
