"""A central PostgreSQL database backed up and restored with the server's own tools.

``pg_dump`` writes the application's schema in its custom format, reading the very snapshot
the header's row counts and audit check were taken in (``--snapshot``), so the figures and
the dump agree however busy the counters are. Its output is encrypted as it streams: no clear
dump touches the disk.

A restore never writes into the live schema. ``pg_restore`` turns the dump into SQL; the
schema's name in it is changed to a new, temporary schema (only in statements, never in the
rows of ``COPY`` data, and only where it names an object of the dump: ``public.gin_trgm_ops``
of the search extension stays as it is); ``psql`` runs it in one transaction. The copy is
proved there, and only then do the two schemas change names in one transaction, so the
database holds the old data or the proved copy, never a mix.
"""

from __future__ import annotations

import contextlib
import glob
import os
import re
import secrets
import shutil
import subprocess
import tempfile
import threading
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import IO, Any

from sqlalchemy import text
from sqlalchemy.engine import make_url
from sqlalchemy.orm import Session

from counter_app.db.engine import Database
from counter_app.services.backups_dto import BackupError

#: Where the server's client tools are found besides the PATH.
_TOOL_FOLDERS = (
    "/usr/lib/postgresql/*/bin",
    "/usr/pgsql-*/bin",
    "/opt/homebrew/opt/postgresql*/bin",
    "C:/Program Files/PostgreSQL/*/bin",
)
_URL_PARAMS = ("sslmode", "sslrootcert", "sslcert", "sslkey", "options", "application_name")


def tool(name: str) -> str:
    """The path of ``pg_dump``, ``pg_restore`` or ``psql``: on the PATH, else the newest of
    the usual installation folders.

    Raises:
        BackupError: ``backup.tool_missing``.
    """
    found = shutil.which(name)
    if found:
        return found
    candidates: list[str] = []
    for pattern in _TOOL_FOLDERS:
        for folder in glob.glob(pattern):
            for suffix in ("", ".exe"):
                path = Path(folder) / f"{name}{suffix}"
                if path.is_file():
                    candidates.append(str(path))
    if not candidates:
        raise BackupError("backup.tool_missing", f"{name} is not installed", tool=name)
    return sorted(candidates, key=_version_key)[-1]


def _version_key(path: str) -> tuple[int, ...]:
    return tuple(int(n) for n in re.findall(r"\d+", path)) or (0,)


def _quote_value(value: str) -> str:
    return "'" + value.replace("\\", "\\\\").replace("'", "\\'") + "'"


def connection(db: Database) -> tuple[str, dict[str, str]]:
    """The libpq connection string of ``db`` (without the password) and the environment the
    tools run with (the password in ``PGPASSWORD``, never on a command line)."""
    url = make_url(db.url)
    parts = {
        "host": url.host,
        "port": None if url.port is None else str(url.port),
        "user": url.username,
        "dbname": url.database,
    }
    for key in _URL_PARAMS:
        value = url.query.get(key)
        if isinstance(value, tuple):
            value = value[-1]
        parts[key] = value
    conninfo = " ".join(f"{k}={_quote_value(v)}" for k, v in parts.items() if v)
    env = dict(os.environ)
    if url.password:
        env["PGPASSWORD"] = str(url.password)
    return conninfo, env


def quote_ident(name: str) -> str:
    return '"' + name.replace('"', '""') + '"'


def app_schema(db: Database) -> str:
    """The schema the application's tables are in (the first of its search path)."""
    with db.read() as s:
        return str(s.execute(text("SELECT current_schema()")).scalar_one())


@contextlib.contextmanager
def snapshot_session(db: Database) -> Iterator[tuple[Session, str]]:
    """A read-only session in a repeatable-read transaction and the id of its exported
    snapshot, for ``pg_dump --snapshot`` to read exactly what the session reads."""
    with db.engine.connect() as conn:
        conn = conn.execution_options(isolation_level="REPEATABLE READ")
        with conn.begin():
            conn.exec_driver_sql("SET TRANSACTION READ ONLY")
            snapshot = str(conn.exec_driver_sql("SELECT pg_export_snapshot()").scalar_one())
            with Session(bind=conn) as session:
                yield session, snapshot


def _stderr_text(handle: IO[bytes]) -> str:
    handle.seek(0)
    return handle.read().decode("utf-8", "replace").strip()[-500:]


def dump(db: Database, schema: str, snapshot: str, consume: Callable[[IO[bytes]], Any]) -> None:
    """Run ``pg_dump`` of ``schema`` at ``snapshot`` and hand its output stream to
    ``consume`` as it comes.

    Raises:
        BackupError: ``backup.tool_missing``, ``backup.tool_failed``.
    """
    conninfo, env = connection(db)
    args = [
        tool("pg_dump"),
        "--format=custom",
        f"--schema={quote_ident(schema)}",
        f"--snapshot={snapshot}",
        "--no-owner",
        "--no-privileges",
        f"--dbname={conninfo}",
    ]
    with tempfile.TemporaryFile() as errors:
        process = subprocess.Popen(args, stdout=subprocess.PIPE, stderr=errors, env=env)
        assert process.stdout is not None
        try:
            consume(process.stdout)
        finally:
            process.stdout.close()
            code = process.wait()
        if code != 0:
            raise BackupError(
                "backup.tool_failed",
                f"pg_dump: {_stderr_text(errors)}",
                tool="pg_dump",
                detail=_stderr_text(errors),
            )


def _feed(chunks: Iterator[bytes], sink: IO[bytes], failures: list[BaseException]) -> None:
    try:
        for chunk in chunks:
            sink.write(chunk)
    except BrokenPipeError:
        pass  # the reader had what it needed (``pg_restore -l`` stops after the contents)
    except BaseException as exc:
        failures.append(exc)
    finally:
        with contextlib.suppress(BrokenPipeError, OSError):
            sink.close()


def _objects(toc: str, schema: str) -> set[str]:
    """The names of the dump's objects in ``schema``, from ``pg_restore --list``."""
    names = set()
    for line in toc.splitlines():
        if line.startswith(";") or not line.strip():
            continue
        tokens = line.split(" ")
        if schema not in tokens[3:]:
            continue
        at = tokens.index(schema, 3)
        if at + 1 < len(tokens):
            names.add(tokens[at + 1].split("(", 1)[0].strip('"'))
    return names


class _Rewriter:
    """Turns the dump's SQL for schema ``old`` into SQL for schema ``new``, line by line."""

    def __init__(self, old: str, new: str, names: set[str]) -> None:
        self._names = names
        self._new = quote_ident(new)
        quoted = re.escape(quote_ident(old))
        self._qualified = re.compile(rf'(?<![\w"$])(?:{re.escape(old)}|{quoted})\.("?)(\w+)')
        self._own_schema = re.compile(
            rf"^(CREATE|COMMENT ON|ALTER) SCHEMA (?:{re.escape(old)}|{quoted})\b"
        )
        self._in_data = False

    def line(self, raw: bytes) -> bytes:
        if self._in_data:
            if raw.rstrip(b"\r\n") == b"\\.":
                self._in_data = False
            return raw
        decoded = raw.decode("utf-8")
        if self._own_schema.match(decoded):
            return b"-- (schema statement of the dump left out)\n"
        rewritten = self._qualified.sub(self._replace, decoded)
        if rewritten.startswith("COPY ") and rewritten.rstrip().endswith("FROM stdin;"):
            self._in_data = True
        return rewritten.encode("utf-8")

    def _replace(self, match: re.Match[str]) -> str:
        if match.group(2) not in self._names:
            return match.group(0)
        return f"{self._new}.{match.group(1)}{match.group(2)}"


def restore_into(db: Database, decrypted: Callable[[], Iterator[bytes]], old: str) -> str:
    """Restore the dump ``decrypted()`` yields (it may be called twice) into a new schema and
    return the schema's name. The live schema is not touched; a failure drops what was made.

    Raises:
        BackupError: ``backup.tool_missing``, ``backup.tool_failed``.
    """
    conninfo, env = connection(db)
    pg_restore, psql = tool("pg_restore"), tool("psql")
    listing = _run_list(pg_restore, decrypted(), env)
    names = _objects(listing, old)
    new = f"counter_restore_{secrets.token_hex(6)}"
    rewriter = _Rewriter(old, new, names)
    with tempfile.TemporaryFile() as restore_errors, tempfile.TemporaryFile() as psql_errors:
        reader = subprocess.Popen(
            [pg_restore, "--no-owner", "--no-privileges", "--file=-"],
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            stderr=restore_errors,
            env=env,
        )
        writer = subprocess.Popen(
            [
                psql,
                "--no-psqlrc",
                "--quiet",
                "--single-transaction",
                "--set=ON_ERROR_STOP=1",
                f"--dbname={conninfo}",
                "--file=-",
            ],
            stdin=subprocess.PIPE,
            stdout=subprocess.DEVNULL,
            stderr=psql_errors,
            env=env,
        )
        assert reader.stdin is not None
        assert reader.stdout is not None
        assert writer.stdin is not None
        failures: list[BaseException] = []
        feeder = threading.Thread(target=_feed, args=(decrypted(), reader.stdin, failures))
        feeder.start()
        try:
            writer.stdin.write(f"CREATE SCHEMA {quote_ident(new)};\n".encode())
            for raw in reader.stdout:
                writer.stdin.write(rewriter.line(raw))
        except BrokenPipeError:
            pass  # psql stopped at an error: its message says which
        finally:
            # Closed before waiting for the feeder: a pg_restore stuck writing would hold it.
            reader.stdout.close()
            with contextlib.suppress(BrokenPipeError, OSError):
                writer.stdin.close()
            feeder.join()
            restored, applied = reader.wait(), writer.wait()
        if failures:
            drop_schema(db, new)
            raise failures[0]
        for name, code, errors in (
            ("pg_restore", restored, restore_errors),
            ("psql", applied, psql_errors),
        ):
            if code != 0:
                drop_schema(db, new)
                detail = _stderr_text(errors)
                raise BackupError(
                    "backup.tool_failed", f"{name}: {detail}", tool=name, detail=detail
                )
    return new


def _run_list(pg_restore: str, chunks: Iterator[bytes], env: dict[str, str]) -> str:
    with tempfile.TemporaryFile() as errors:
        process = subprocess.Popen(
            [pg_restore, "--list"],
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            stderr=errors,
            env=env,
        )
        assert process.stdin is not None
        assert process.stdout is not None
        failures: list[BaseException] = []
        feeder = threading.Thread(target=_feed, args=(chunks, process.stdin, failures))
        feeder.start()
        listing = process.stdout.read()
        process.stdout.close()
        feeder.join()
        code = process.wait()
        if failures:
            raise failures[0]
        if code != 0:
            detail = _stderr_text(errors)
            raise BackupError(
                "backup.tool_failed", f"pg_restore: {detail}", tool="pg_restore", detail=detail
            )
    return listing.decode("utf-8", "replace")


@contextlib.contextmanager
def in_schema(db: Database, schema: str) -> Iterator[Session]:
    """A read session whose unqualified names are those of ``schema``."""
    with db.read() as s:
        s.execute(text(f"SET LOCAL search_path TO {quote_ident(schema)}"))
        yield s


def drop_schema(db: Database, schema: str) -> None:
    with db.engine.begin() as conn:
        conn.exec_driver_sql(f"DROP SCHEMA IF EXISTS {quote_ident(schema)} CASCADE")


def swap(db: Database, live: str, restored: str) -> None:
    """Put the ``restored`` schema in place of ``live`` in one transaction and drop the old
    one. An extension living in the live schema (``pg_trgm`` in ``public``) moves first, so
    dropping the old schema cannot take the copy's search indexes with it."""
    old = f"counter_replaced_{secrets.token_hex(6)}"
    with db.engine.begin() as conn:
        extensions = conn.execute(
            text(
                "SELECT e.extname FROM pg_extension e JOIN pg_namespace n "
                "ON n.oid = e.extnamespace WHERE n.nspname = :s"
            ),
            {"s": live},
        ).scalars()
        for name in list(extensions):
            conn.exec_driver_sql(
                f"ALTER EXTENSION {quote_ident(name)} SET SCHEMA {quote_ident(restored)}"
            )
        conn.exec_driver_sql(f"ALTER SCHEMA {quote_ident(live)} RENAME TO {quote_ident(old)}")
        conn.exec_driver_sql(f"ALTER SCHEMA {quote_ident(restored)} RENAME TO {quote_ident(live)}")
        conn.exec_driver_sql(f"DROP SCHEMA {quote_ident(old)} CASCADE")
