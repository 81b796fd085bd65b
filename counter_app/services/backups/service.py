"""Backups on demand and at day close, each proved by a restore, and the restore itself
(docs/domain.md §11).

A backup is written whole or not at all (:func:`counter_app.files.replacing`), then proved:
decrypted, restored into a temporary database (an SQLite file beside the live one, a
temporary schema on PostgreSQL), and every table's row count and the audit trail's check
compared with what the live database had. A backup that fails its proof is removed and
reported failed, never good.

A restore refuses a file cut short, changed, made with another data key, of the other
backend or of a newer schema, before anything is written; it then restores into a temporary
database, proves it the same way, and only then puts it in place in one step. Restoring is
an administrator's job with every counter of the database stopped.
"""

from __future__ import annotations

import contextlib
import hashlib
import logging
import shutil
import sqlite3
import tempfile
from collections.abc import Iterator, Mapping
from dataclasses import dataclass, replace
from datetime import UTC
from pathlib import Path
from typing import Any

from counter_app import __version__
from counter_app.config import Config, load_config
from counter_app.db.engine import Database
from counter_app.db.migrate import alembic_config
from counter_app.db.models import User
from counter_app.domain.clock import LOCAL_TZ, Clock
from counter_app.domain.errors import CounterError
from counter_app.domain.permissions import Permission
from counter_app.files import replacing
from counter_app.services import audit, personal_data
from counter_app.services.audit_key import AuditKey
from counter_app.services.backups import archive, facts, postgres, retention, sqlite
from counter_app.services.backups.archive import Header
from counter_app.services.backups_dto import (
    BackupError,
    BackupOutcome,
    BackupResult,
    RestoreResult,
)
from counter_app.services.base import Actor, Service, requires
from counter_app.services.data_key import PLACE, DataKey, DataKeyError, key_path, load_data_key
from counter_app.services.settings import read_setting

log = logging.getLogger(__name__)

#: The file ending of a backup.
SUFFIX = ".cbak"


def backup_key(data_dir: Path) -> DataKey:
    """This PC's data key, whose ``backup`` sub-key encrypts the backups.

    Raises:
        BackupError: ``backup.key_missing``; DataKeyError: an unreadable key.
    """
    key = load_data_key(data_dir, create=False)
    if key is None:
        raise BackupError("backup.key_missing", "no data key on this PC")
    return key


def kept_keys(data_dir: Path) -> dict[str, DataKey]:
    """The data keys a rotation kept beside the key file (``data.key.old-KEYID``), by key id:
    backups made before the rotation need them."""
    path = key_path(data_dir)
    kept: dict[str, DataKey] = {}
    for old in path.parent.glob(f"{path.name}.old-*"):
        try:
            key = DataKey(PLACE.parse(old.read_text(encoding="ascii"), str(old)), str(old))
        except (OSError, UnicodeDecodeError, DataKeyError):
            continue
        kept[key.key_id] = key
    return kept


def key_for(header: Header, key: DataKey, kept: Mapping[str, DataKey] | None) -> DataKey:
    """The key the backup says it was made with: ``key``, or a kept one (else ``key``)."""
    if header.key_id == key.key_id or not kept:
        return key
    return kept.get(header.key_id, key)


def _audit_key(db: Database) -> AuditKey | None:
    with db.read() as s:
        return audit.key_of(s)


def _backend(db: Database) -> str:
    return "sqlite" if db.is_sqlite else "postgresql"


def _header(s: Any, key: DataKey, clock: Clock, backend: str, schema: str | None) -> Header:
    """What the backup will say of the database as ``s`` reads it."""
    tables = facts.app_tables(s)
    return Header(
        key_id=key.key_id,
        salt=archive.new_salt(),
        created_at=clock.now().astimezone(UTC),
        backend=backend,
        schema_revision=facts.revisions(s),
        rows=facts.row_counts(s, tables),
        audit=facts.audit_end(s),
        database_id=facts.database_id(s),
        company=facts.company_name(s),
        app_version=__version__,
        schema=schema,
    )


def write_backup(db: Database, out_path: Path, key: DataKey, clock: Clock) -> Header:
    """Write the encrypted backup of ``db`` to ``out_path`` (whole or not at all), unproved.

    Clear temporary copies of an SQLite database go beside the live file (its disk, its
    access rights), never to a shared temporary folder."""
    out_path.parent.mkdir(parents=True, exist_ok=True)
    secret = key.derive("backup")
    if db.is_sqlite:
        live = sqlite.live_path(db)
        with tempfile.TemporaryDirectory(dir=live.parent, prefix=".counter-backup-") as work:
            snap = Path(work) / "snapshot.sqlite3"
            sqlite.copy_database(live, snap)
            with sqlite.opened(snap) as copy, copy.read() as s:
                header = _header(s, key, clock, "sqlite", None)
            with (
                replacing(out_path) as partial,
                open(partial, "r+b") as out,
                open(snap, "rb") as source,
            ):
                archive.write(out, header, secret, source)
        return header
    schema = postgres.app_schema(db)
    with postgres.snapshot_session(db) as (s, snapshot):
        header = _header(s, key, clock, "postgresql", schema)
        with replacing(out_path) as partial, open(partial, "r+b") as out:
            postgres.dump(
                db, schema, snapshot, lambda stream: archive.write(out, header, secret, stream)
            )
    return header


def _plaintext(path: Path, secret: bytes) -> Iterator[bytes]:
    with open(path, "rb") as stream:
        yield from archive.chunks(stream, path, secret)


def check_file(
    path: Path,
    key: DataKey,
    db: Database | None = None,
    kept: Mapping[str, DataKey] | None = None,
) -> Header:
    """The backup's header once every byte of the file has authenticated with ``key``, or
    with the one of the ``kept`` keys (by key id) it was made with before a key rotation.

    Raises:
        BackupError: ``backup.not_a_backup``, ``backup.version``, ``backup.truncated``,
            ``backup.damaged``; ``backup.wrong_key`` when the file is of ``db`` (the same
            audit trail's first entry) and ``backup.foreign`` otherwise, for a backup made
            with another data key.
    """
    header = archive.header_of(path)
    key = key_for(header, key, kept)
    if header.key_id != key.key_id:
        live_id = None
        if db is not None:
            with db.read() as s:
                live_id = facts.database_id(s)
        same = header.database_id is not None and header.database_id == live_id
        raise BackupError(
            "backup.wrong_key" if same else "backup.foreign",
            f"{path} was made with data key {header.key_id}, this PC has {key.key_id}",
            key_id=key.key_id,
            backup_key_id=header.key_id,
            company=header.company,
        )
    for _ in _plaintext(path, key.derive("backup")):
        pass
    return header


@contextlib.contextmanager
def restored_copy(
    db: Database, path: Path, header: Header, key: DataKey, *, of_live: bool = False
) -> Iterator[tuple[Any, bool]]:
    """Restore the checked backup ``path`` into a temporary database beside ``db`` and prove
    it against ``header``; yield the copy (an SQLite file's path, a schema's name) and whether
    its audit trail is intact, and remove the copy afterwards unless it was put in place.

    ``of_live``: the backup was just made of ``db``, so a trail that breaks in the copy passes
    (as not intact) when the live trail breaks at the same entry: it was broken already.

    Raises:
        BackupError: ``backup.mismatch``, ``backup.audit_differs``, ``backup.audit_broken``,
            ``backup.damaged``, the tools' errors.
    """
    secret = key.derive("backup")
    audit_key = _audit_key(db)

    def live_check() -> audit.ChainCheck:
        with db.read() as s:
            return audit.verify_chain(s, key=audit_key)

    source = live_check if of_live else None
    if db.is_sqlite:
        live = sqlite.live_path(db)
        with tempfile.TemporaryDirectory(dir=live.parent, prefix=".counter-restore-") as work:
            copy = Path(work) / "copy.sqlite3"
            with open(copy, "wb") as out:
                for piece in _plaintext(path, secret):
                    out.write(piece)
            sqlite.check_integrity(copy)
            with sqlite.opened(copy) as restored, restored.read() as s:
                intact = facts.compare(header.rows, header.audit, s, audit_key, source)
            yield copy, intact
        return
    schema = postgres.restore_into(db, lambda: _plaintext(path, secret), header.schema or "public")
    try:
        with postgres.in_schema(db, schema) as s:
            intact = facts.compare(header.rows, header.audit, s, audit_key, source)
        yield schema, intact
    finally:
        postgres.drop_schema(db, schema)  # nothing left once swapped in


def make_backup(db: Database, out_path: Path, key: DataKey, clock: Clock) -> BackupResult:
    """Write the backup of ``db`` to ``out_path`` and prove it; a backup that fails its proof
    is removed.

    Raises:
        BackupError: any of :class:`BackupError`'s making and proving codes.
    """
    header = write_backup(db, out_path, key, clock)
    try:
        checked = check_file(out_path, key)
        with restored_copy(db, out_path, checked, key, of_live=True) as (_copy, intact):
            pass
    except BaseException:
        out_path.unlink(missing_ok=True)
        raise
    return BackupResult(
        path=str(out_path),
        created_at=header.created_at,
        backend=header.backend,
        key_id=header.key_id,
        tables=len(header.rows),
        rows=header.total_rows,
        audit_head=header.audit_head,
        audit_intact=intact,
        size=out_path.stat().st_size,
    )


def _known_revisions() -> set[str]:
    # Imported here: every start builds this service, and Alembic is for upgrades and restores.
    from alembic.script import ScriptDirectory

    return {rev.revision for rev in ScriptDirectory.from_config(alembic_config()).walk_revisions()}


def restorable(
    db: Database, path: Path, key: DataKey, kept: Mapping[str, DataKey] | None = None
) -> Header:
    """The header of the backup ``path`` once the whole file is checked and could go into
    ``db``: the same backend, a schema this version knows.

    Raises:
        BackupError: as :func:`check_file`; ``backup.backend``, ``backup.unknown_schema``.
    """
    header = check_file(path, key, db, kept)
    live_backend = _backend(db)
    if header.backend != live_backend:
        raise BackupError(
            "backup.backend",
            f"a {header.backend} backup cannot go into {live_backend}",
            backend=header.backend,
            live=live_backend,
        )
    unknown = sorted(set(header.schema_revision) - _known_revisions())
    if unknown:
        raise BackupError(
            "backup.unknown_schema", f"schema revision {unknown[0]}", revision=unknown[0]
        )
    return header


def prove_backup(
    db: Database, path: Path, key: DataKey, kept: Mapping[str, DataKey] | None = None
) -> Header:
    """Prove the backup ``path`` by restoring it to a temporary database beside ``db``, as
    a restore would, and change nothing (an off-site copy checked now and then).

    Raises:
        BackupError: as :func:`restorable` and :func:`restored_copy`.
    """
    header = restorable(db, path, key, kept)
    with restored_copy(db, path, header, key_for(header, key, kept)):
        pass
    return header


def restore_backup(
    db: Database, path: Path, key: DataKey, kept: Mapping[str, DataKey] | None = None
) -> Header:
    """Put the backup ``path`` in place of ``db``'s data once it is checked and proved.

    A backup made with a key a rotation kept (``kept``) is decrypted with it, and the
    restored customers' keys are then re-wrapped with ``key`` in one transaction, as the
    rotation did, so the database opens with this PC's key.

    Raises:
        BackupError: as :func:`restorable` and :func:`restored_copy`.
    """
    header = restorable(db, path, key, kept)
    used = key_for(header, key, kept)
    with restored_copy(db, path, header, used) as (copy, _intact):
        db.dispose()  # no pooled connection of this process holds the old data
        if db.is_sqlite:
            try:
                sqlite.copy_database(copy, sqlite.live_path(db))
            except sqlite3.OperationalError as exc:  # a counter still writing: stop it first
                raise BackupError(
                    "backup.tool_failed", str(exc), tool="SQLite", detail=str(exc)
                ) from exc
        else:
            postgres.swap(db, postgres.app_schema(db), copy)
    db.dispose()
    if used is not key:
        with db.write() as s:
            personal_data.rewrap_all(s, personal_data.sealer_of(used), personal_data.sealer_of(key))
    return header


# ----------------------------------------------------------------------------- the services


def _record(db: Database, clock: Clock, actor: Actor | None, action: str, **after: Any) -> None:
    """Audit a backup or restore. After a restore the user may not exist in the restored
    data: their employee number is kept in the entry either way."""
    with db.write() as s:
        user_id = None
        if actor is not None:
            user = s.get(User, actor.user_id)
            if user is not None and user.employee_no == actor.employee_no:
                user_id = user.id
        audit.record(
            s,
            at=clock.now(),
            user_id=user_id,
            counter_id=None if actor is None else actor.counter_id,
            action=action,
            entity="database",
            entity_id=None,
            after={"employee_no": None if actor is None else actor.employee_no, **after},
        )


class BackupService(Service):
    """The administrator's backups and restores (``counter-app backup`` / ``restore``)."""

    def __init__(self, *args: Any, data_dir: Path | None = None, **kwargs: Any) -> None:
        """``data_dir``: where this PC's data key is looked for (by default the data
        directory the application uses)."""
        super().__init__(*args, **kwargs)
        self._data_dir = data_dir

    def _folder(self) -> Path:
        return self._data_dir or load_config().data_dir

    def _key(self) -> DataKey:
        return backup_key(self._folder())

    @requires(Permission.BACKUP)
    def backup(
        self, out_path: str | Path, *, origin: Mapping[str, str | None] | None = None
    ) -> BackupResult:
        """Back the whole database up to ``out_path``, encrypted, and prove it by a restore;
        audited with ``origin`` (the OS user and host of a command).

        Raises:
            BackupError: the backup could not be made or failed its proof (it is then not
                there).
        """
        target = Path(out_path).expanduser().absolute()
        try:
            result = make_backup(self._db, target, self._key(), self._clock)
        except OSError as exc:
            raise _folder_error(exc, target.parent) from exc
        _record(
            self._db,
            self._clock,
            self.actor,
            "backup",
            path=str(target),
            audit_head=result.audit_head,
            rows=result.rows,
            **(origin or {}),
        )
        return result

    @requires(Permission.BACKUP)
    def verify(
        self, path: str | Path, *, origin: Mapping[str, str | None] | None = None
    ) -> RestoreResult:
        """Prove the backup at ``path`` by restoring it to a temporary database, changing
        nothing; audited like a backup.

        Raises:
            BackupError: the file is refused or its copy fails the proof.
        """
        source = Path(path).expanduser().absolute()
        header = prove_backup(self._db, source, self._key(), kept_keys(self._folder()))
        _record(
            self._db,
            self._clock,
            self.actor,
            "verify_backup",
            path=str(source),
            created_at=header.created_at,
            audit_head=header.audit_head,
            **(origin or {}),
        )
        return _restore_result(source, header)

    @requires(Permission.BACKUP)
    def restore(
        self, path: str | Path, *, origin: Mapping[str, str | None] | None = None
    ) -> RestoreResult:
        """Replace the database's data with the backup at ``path``. Every counter of the
        database must be stopped; the restore is recorded in the restored audit trail, with
        ``origin`` (the OS user and host of a command).

        Raises:
            BackupError: the file is refused (cut short, changed, another data key, another
                backend, a newer schema) or its copy fails the proof; the data is then as
                it was.
        """
        source = Path(path).expanduser().absolute()
        header = restore_backup(self._db, source, self._key(), kept_keys(self._folder()))
        _record(
            self._db,
            self._clock,
            self.actor,
            "restore",
            path=str(source),
            created_at=header.created_at,
            audit_head=header.audit_head,
            **(origin or {}),
        )
        return _restore_result(source, header)


def _restore_result(source: Path, header: Header) -> RestoreResult:
    return RestoreResult(
        path=str(source),
        created_at=header.created_at,
        backend=header.backend,
        tables=len(header.rows),
        rows=header.total_rows,
        audit_head=header.audit_head,
    )


@dataclass(frozen=True)
class BackupFolders:
    """Where automatic backups go, how many are kept, and the off-site copy's folder."""

    folder: Path
    offsite: Path | None
    keep_daily: int
    keep_monthly: int


def folders(db: Database, config: Config) -> BackupFolders:
    """The backup settings (docs/domain.md §11), the data directory's ``backups/`` when no
    folder is set."""
    with db.read() as s:
        folder = str(read_setting(s, "backups.folder") or "")
        offsite = str(read_setting(s, "backups.offsite_folder") or "")
        daily = int(read_setting(s, "backups.keep_daily"))
        monthly = int(read_setting(s, "backups.keep_monthly"))
    return BackupFolders(
        folder=Path(folder).expanduser() if folder else config.backup_dir,
        offsite=Path(offsite).expanduser() if offsite else None,
        keep_daily=daily,
        keep_monthly=monthly,
    )


class DayCloseBackups:
    """The backup every day close makes: into the backup folder, proved, the retention
    applied, and copied off site. It never raises: a failure is the outcome, reported on the
    day-close screen and in the log, and the day stays closed."""

    def __init__(self, db: Database, clock: Clock, config: Config) -> None:
        self._db = db
        self._clock = clock
        self._config = config

    def after_day_close(self, actor: Actor) -> BackupOutcome:
        try:
            where = folders(self._db, self._config)
            name = retention.file_name(self._clock.now().astimezone(LOCAL_TZ))
            target = where.folder / name
            try:
                where.folder.mkdir(parents=True, exist_ok=True)
            except OSError as exc:
                raise _folder_error(exc, where.folder) from exc
            result = make_backup(self._db, target, backup_key(self._config.data_dir), self._clock)
            removed = retention.apply(where.folder, where.keep_daily, where.keep_monthly, target)
            _record(
                self._db,
                self._clock,
                actor,
                "backup",
                path=str(target),
                audit_head=result.audit_head,
                rows=result.rows,
            )
        except CounterError as exc:
            log.error("The backup at day close failed: %s (%s)", exc.code, exc)
            return BackupOutcome(error=_as_backup_error(exc))
        except OSError as exc:
            log.error("The backup at day close failed: %s", exc)
            return BackupOutcome(error=_folder_error(exc, self._config.backup_dir))
        except Exception as exc:  # whatever it is, the day stays closed
            log.exception("The backup at day close failed")
            detail = f"{type(exc).__name__}: {exc}"[:300]
            return BackupOutcome(
                error=BackupError("backup.tool_failed", detail, tool="Counter", detail=detail)
            )
        log.info("Backup made at day close: %s (%d rows)", target, result.rows)
        result = replace(result, removed=removed)
        if where.offsite is None:
            return BackupOutcome(result=result)
        try:
            copy = offsite_copy(target, where.offsite)
            retention.apply(where.offsite, where.keep_daily, where.keep_monthly, copy)
        except BackupError as exc:
            log.error("The off-site copy of %s failed: %s", target, exc)
            return BackupOutcome(result=result, offsite_error=exc)
        return BackupOutcome(result=replace(result, offsite_path=str(copy)))


def _folder_error(exc: OSError, folder: Path) -> BackupError:
    return BackupError(
        "backup.folder",
        str(exc),
        path=str(exc.filename or folder),
        detail=exc.strerror or str(exc),
    )


def _as_backup_error(exc: CounterError) -> BackupError:
    if isinstance(exc, BackupError):
        return exc
    if exc.code.endswith("key_missing") or exc.code.endswith("key_unreadable"):
        return BackupError("backup.key_missing", str(exc))
    return BackupError("backup.tool_failed", str(exc), tool="counter", detail=str(exc))


def _digest(path: Path) -> str:
    sha = hashlib.sha256()
    with open(path, "rb") as stream:
        for block in iter(lambda: stream.read(1 << 20), b""):
            sha.update(block)
    return sha.hexdigest()


def offsite_copy(backup: Path, folder: Path) -> Path:
    """Copy a proved backup into the off-site folder, whole or not at all, and check the
    copy's bytes are the backup's.

    Raises:
        BackupError: ``backup.folder``.
    """
    target = folder / backup.name
    try:
        folder.mkdir(parents=True, exist_ok=True)
        with replacing(target) as partial:
            shutil.copyfile(backup, partial)
        if _digest(target) != _digest(backup):
            target.unlink(missing_ok=True)
            raise BackupError(
                "backup.folder",
                f"{target} differs from {backup}",
                path=str(folder),
                detail="the copy differs",
            )
    except OSError as exc:
        raise BackupError(
            "backup.folder", str(exc), path=str(folder), detail=exc.strerror or str(exc)
        ) from exc
    return target
