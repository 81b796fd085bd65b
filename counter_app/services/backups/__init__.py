"""Encrypted backups proved by a restore, and the restore (docs/domain.md §11).

:mod:`.archive` is the file (a header in clear, then authenticated encrypted chunks);
:mod:`.sqlite` and :mod:`.postgres` copy and restore each backend; :mod:`.facts` reads the
row counts and the audit trail's check a proof compares; :mod:`.retention` decides which
automatic backups are kept; :mod:`.service` puts them together. What the services give and
refuse is in :mod:`counter_app.services.backups_dto`, which views may import.
"""

from counter_app.services.backups.service import (
    BackupService,
    DayCloseBackups,
    make_backup,
    restore_backup,
)

__all__ = ["BackupService", "DayCloseBackups", "make_backup", "restore_backup"]
