"""Files that appear whole or not at all: written beside the target, then renamed into place.

Every file a person chooses or keeps (Excel exports, the readings template, PDF copies of
printed documents, this PC's workstation settings, database backups) is written through
:func:`atomic_write` or :func:`replacing`. A crash, a killed process or a full disk then leaves
the previous file intact or the complete new one, never a truncated one.

Standard library only, and outside the layers, so views, config and db may all use it.
"""

from __future__ import annotations

import contextlib
import os
import re
import secrets
import stat
from collections.abc import Iterator
from pathlib import Path

#: Temporary files are named ``.<target name>.<16 hex digits>.partial`` in the target's folder.
PARTIAL_SUFFIX = ".partial"
# Room for the random part within the 255-byte name limit (Chinese file names are 3 bytes a
# character in UTF-8).
_NAME_PART = 60


def atomic_write(path: str | os.PathLike[str], data: bytes) -> None:
    """Write ``data`` to ``path`` so that the file holds either what it held before or all of
    ``data``.

    Args:
        path: the file to create or replace; a symbolic link is written through.
        data: the whole new content.

    Raises:
        OSError: the file could not be written; it is then unchanged.
    """
    with replacing(path) as temporary, open(temporary, "r+b") as file:
        file.write(data)


@contextlib.contextmanager
def replacing(path: str | os.PathLike[str]) -> Iterator[Path]:
    """Yield an empty temporary file beside ``path``; fill it, and on leaving the ``with``
    block it is flushed to disk and renamed over ``path`` in one step.

    Use it for writers that need a file name (an SQLite backup); :func:`atomic_write` for bytes.
    When the block raises, the temporary file is removed and ``path`` is unchanged. A temporary
    file left by a killed process is removed by the next write to the same target, so at most
    one is ever left per target. That write also wins over one running at the same moment in
    another process: the other fails with an ``OSError`` instead of mixing the two files.
    """
    target = Path(os.path.realpath(path))
    _remove_leftovers(target)
    name_part = target.name[:_NAME_PART]
    temporary = target.with_name(f".{name_part}.{secrets.token_hex(8)}{PARTIAL_SUFFIX}")
    temporary.touch(exist_ok=False)  # the usual permissions, as a plain new file gets
    try:
        yield temporary
        with contextlib.suppress(FileNotFoundError):
            os.chmod(temporary, stat.S_IMODE(target.stat().st_mode))
        with open(temporary, "r+b") as written:
            os.fsync(written.fileno())
        os.replace(temporary, target)
    except BaseException:
        with contextlib.suppress(OSError):
            temporary.unlink()
        raise
    _sync_folder(target.parent)


def leftovers(path: str | os.PathLike[str]) -> list[Path]:
    """Temporary files that writes to ``path`` left behind (killed before the rename)."""
    target = Path(os.path.realpath(path))
    pattern = re.compile(
        re.escape(f".{target.name[:_NAME_PART]}.") + "[0-9a-f]{16}" + re.escape(PARTIAL_SUFFIX)
    )
    try:
        with os.scandir(target.parent) as entries:
            return [Path(e.path) for e in entries if pattern.fullmatch(e.name)]
    except FileNotFoundError:
        return []


def _remove_leftovers(target: Path) -> None:
    for leftover in leftovers(target):
        with contextlib.suppress(OSError):  # open elsewhere (Windows) or already gone
            leftover.unlink()


def _sync_folder(folder: Path) -> None:
    """Make the rename itself survive a power cut (POSIX; Windows has no folder handles)."""
    if os.name == "nt":
        return
    with contextlib.suppress(OSError):  # some network file systems refuse it
        descriptor = os.open(folder, os.O_RDONLY)
        try:
            os.fsync(descriptor)
        finally:
            os.close(descriptor)
