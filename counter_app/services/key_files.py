"""Secrets kept outside the database, one 32-byte key per purpose (docs/domain.md §11).

The audit key (:mod:`counter_app.services.audit_key`) and the data key
(:mod:`counter_app.services.data_key`) are found the same way, first found wins:

1. an environment variable holding 64 hexadecimal digits, for an IT department that hands out
   secrets through the environment;
2. an environment variable naming a file that holds them (e.g. on a protected share, the same
   file for every counter of a central database);
3. a file in the data directory, beside ``workstation.json``: made at the first start with a
   fresh random key, readable by its owner only (0600).

Each kind of key says where it is looked for and with which errors it is refused
(:class:`KeyPlace`); this module only finds, makes and parses the hex digits.
"""

from __future__ import annotations

import contextlib
import os
import secrets
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from counter_app.domain.errors import CodedError

KEY_BYTES = 32


@dataclass(frozen=True)
class KeyPlace:
    """Where one kind of key is looked for and how it is refused: ``unreadable`` and
    ``missing`` make the error for a ``source`` (the path, or the variable's name)."""

    env: str
    env_file: str
    file_name: str
    unreadable: Callable[[str], CodedError]
    missing: Callable[[str], CodedError]

    def path(self, data_dir: Path) -> Path:
        """Where this PC's key file is: the one the variable names or the data directory's."""
        configured = os.environ.get(self.env_file)
        return Path(configured).expanduser() if configured else data_dir / self.file_name

    def parse(self, text: str, source: str) -> bytes:
        raw = text.strip()
        try:
            secret = bytes.fromhex(raw)
        except ValueError:
            secret = b""
        if len(secret) != KEY_BYTES:
            raise self.unreadable(source)
        return secret

    def find(self, data_dir: Path, *, create: bool) -> tuple[bytes, str] | None:
        """The key's bytes and where they came from; with ``create``, the data directory's file
        is made first when no key is configured and none exists yet. ``None``: no key.

        Raises:
            CodedError: ``unreadable``; ``missing`` when the file the ``env_file`` variable
            names is not there (a key that is supplied is never invented).
        """
        value = os.environ.get(self.env)
        if value:
            return self.parse(value, self.env), self.env
        path = self.path(data_dir)
        if not path.exists():
            if os.environ.get(self.env_file):
                raise self.missing(str(path))
            if not create:
                return None
            create_key_file(path)
        try:
            text = path.read_text(encoding="ascii")
        except (OSError, UnicodeDecodeError):
            text = ""
        return self.parse(text, str(path)), str(path)


def create_key_file(path: Path, secret: bytes | None = None) -> None:
    """Write a key (a new random one by default) to ``path`` unless a key is there already:
    0600, and under its name only whole."""
    path.parent.mkdir(parents=True, exist_ok=True)
    partial = path.with_name(f".{path.name}.{secrets.token_hex(4)}")
    fd = os.open(partial, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    try:
        with os.fdopen(fd, "w", encoding="ascii") as out:
            out.write((secret or secrets.token_bytes(KEY_BYTES)).hex() + "\n")
            out.flush()
            os.fsync(out.fileno())
        # A link fails where a file exists: two counters starting at once keep one key.
        with contextlib.suppress(FileExistsError):
            os.link(partial, path)
    finally:
        partial.unlink(missing_ok=True)
