"""Which automatic backups are kept (docs/domain.md §11): the newest of each of the last N
days that have one, and the newest of each of the last M months that have one (defaults 30
and 12). Days count by the backups made, not by the calendar, so a hall closed for a month
never finds its backups gone. Only the files the day close names are considered: a backup an
administrator made by hand into the same folder is never removed.
"""

from __future__ import annotations

import re
from datetime import datetime
from pathlib import Path

_NAME = re.compile(r"^counter-(\d{8})-(\d{6})-day-close\.cbak$")


def file_name(local_time: datetime) -> str:
    """The name of the day close's backup made at ``local_time`` (hall time)."""
    return f"counter-{local_time:%Y%m%d-%H%M%S}-day-close.cbak"


def kept(names: list[str], keep_daily: int, keep_monthly: int) -> set[str]:
    """Of the day-close backups ``names``, those the retention keeps."""
    dated = sorted(
        ((m.group(1), m.group(2), name) for name in names if (m := _NAME.match(name))),
        reverse=True,
    )
    keep: set[str] = set()
    days: set[str] = set()
    months: set[str] = set()
    for day, _time, name in dated:
        if day not in days and len(days) < keep_daily:
            days.add(day)
            keep.add(name)
        if day[:6] not in months and len(months) < keep_monthly:
            months.add(day[:6])
            keep.add(name)
    return keep


def apply(folder: Path, keep_daily: int, keep_monthly: int, newest: Path) -> tuple[str, ...]:
    """Remove the day-close backups of ``folder`` the retention does not keep (never
    ``newest``, the one just made); the names removed."""
    names = [p.name for p in folder.iterdir() if _NAME.match(p.name)]
    keep = kept(names, keep_daily, keep_monthly) | {newest.name}
    removed = []
    for name in sorted(set(names) - keep):
        try:
            (folder / name).unlink()
        except FileNotFoundError:
            continue
        removed.append(name)
    return tuple(removed)
