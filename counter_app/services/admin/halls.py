"""Halls and their counters (营业厅与窗口, docs/domain.md §2), for administrators.

A hall's code is the prefix of its receipt and account numbers, so it is given once and never
changed; the rest of a hall and its counters can be edited. A counter taken out of use is
made inactive, never deleted: shifts and payments keep pointing at it.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from sqlalchemy import select
from sqlalchemy.orm import Session, selectinload

from counter_app.db.models import Counter, Hall
from counter_app.domain.identity import has_forbidden_characters
from counter_app.domain.permissions import Permission
from counter_app.services.admin.common import AdminService
from counter_app.services.admin.dto import (
    COUNTER_NAME_MAX,
    HALL_ADDRESS_MAX,
    HALL_HOTLINE_MAX,
    HALL_NAME_MAX,
    MAX_COUNTERS,
    AdminInputError,
    AdminNotFound,
    AdminRefused,
    CounterRow,
    HallDraft,
    HallRow,
)
from counter_app.services.base import requires

#: H01, H02 ...: a letter, then letters or digits (it leads every receipt number).
HALL_CODE = re.compile(r"[A-Z][A-Z0-9]{1,7}")
_HOTLINE = re.compile(r"[0-9+\-() ]{3,30}")


def _text(value: str, code: str, field: str, limit: int) -> str:
    value = " ".join(value.split())
    if not value or len(value) > limit or has_forbidden_characters(value):
        raise AdminInputError(code, field=field)
    return value


def checked_hall(draft: HallDraft) -> HallDraft:
    """The draft with its texts tidied, or the first thing wrong with it.

    Raises:
        AdminInputError: ``hall.code_format``, ``hall.name_format``, ``hall.address_format``,
            ``hall.hotline_format``.
    """
    code = draft.code.strip().upper()
    if not HALL_CODE.fullmatch(code):
        raise AdminInputError("hall.code_format", field="code")
    hotline = draft.hotline.strip()
    if not _HOTLINE.fullmatch(hotline) or len(hotline) > HALL_HOTLINE_MAX:
        raise AdminInputError("hall.hotline_format", field="hotline")
    return HallDraft(
        code=code,
        name=_text(draft.name, "hall.name_format", "name", HALL_NAME_MAX),
        address=_text(draft.address, "hall.address_format", "address", HALL_ADDRESS_MAX),
        hotline=hotline,
    )


def _counter_name(name: str, number: int) -> str:
    name = " ".join(name.split())
    if not name:
        return f"{number}号窗口"
    if len(name) > COUNTER_NAME_MAX or has_forbidden_characters(name):
        raise AdminInputError("counter.name_format", field="counter_name")
    return name


def _check_number(number: int) -> None:
    if not 1 <= number <= MAX_COUNTERS:
        raise AdminInputError("counter.number_range", field="number", max=MAX_COUNTERS)


def create_hall(s: Session, draft: HallDraft, counters: Sequence[tuple[int, str]]) -> Hall:
    """Add a hall with its counters (number, name) in the caller's unit of work.

    Raises:
        AdminInputError: see :func:`checked_hall`; ``counter.number_range``,
            ``counter.name_format``.
        AdminRefused: ``hall.code_taken``, ``counter.number_taken``.
    """
    draft = checked_hall(draft)
    if s.execute(select(Hall.id).where(Hall.code == draft.code)).first() is not None:
        raise AdminRefused("hall.code_taken", field="code", code=draft.code)
    hall = Hall(
        code=draft.code, name=draft.name, address=draft.address, hotline=draft.hotline, active=True
    )
    seen: set[int] = set()
    for number, name in counters:
        _check_number(number)
        if number in seen:
            raise AdminRefused("counter.number_taken", field="number", number=number)
        seen.add(number)
        hall.counters.append(Counter(number=number, name=_counter_name(name, number), active=True))
    s.add(hall)
    s.flush()
    return hall


def hall_rows(s: Session) -> list[HallRow]:
    halls = s.execute(select(Hall).order_by(Hall.code).options(selectinload(Hall.counters)))
    return [
        HallRow(
            hall_id=h.id,
            code=h.code,
            name=h.name,
            address=h.address,
            hotline=h.hotline,
            active=h.active,
            counters=tuple(CounterRow(c.id, c.number, c.name, c.active) for c in h.counters),
        )
        for h in halls.scalars()
    ]


def _hall(s: Session, code: str) -> Hall:
    hall = s.execute(select(Hall).where(Hall.code == code.strip().upper())).scalar_one_or_none()
    if hall is None:
        raise AdminNotFound("hall.not_found", code=code)
    return hall


def _hall_state(hall: Hall) -> dict[str, object]:
    return {
        "name": hall.name,
        "address": hall.address,
        "hotline": hall.hotline,
        "active": hall.active,
    }


class HallAdminService(AdminService):
    """Halls and counters, for administrators."""

    @requires(Permission.SETTINGS_ADMIN)
    def halls(self) -> list[HallRow]:
        """Every hall with its counters, by code."""
        with self._db.read() as s:
            return hall_rows(s)

    @requires(Permission.SETTINGS_ADMIN)
    def add_hall(self, draft: HallDraft, counters: int = 1) -> int:
        """Add a hall with ``counters`` numbered counters (窗口 1 … n); returns its id.

        Raises:
            AdminInputError: a field is not acceptable (``hall.*``, ``counter.number_range``).
            AdminRefused: ``hall.code_taken``.
        """
        _check_number(counters)
        with self._db.write() as s:
            hall = create_hall(s, draft, [(n, "") for n in range(1, counters + 1)])
            after = {"code": hall.code, **_hall_state(hall), "counters": counters}
            self._record(s, "create", "hall", hall.code, None, after)
            return hall.id

    @requires(Permission.SETTINGS_ADMIN)
    def edit_hall(self, code: str, draft: HallDraft, *, active: bool = True) -> None:
        """Change a hall's name, address, hotline, or take it out of use; its code stays.

        Raises:
            AdminNotFound: ``hall.not_found``.
            AdminInputError: a field is not acceptable.
        """
        with self._db.write() as s:
            hall = _hall(s, code)
            checked = checked_hall(HallDraft(hall.code, draft.name, draft.address, draft.hotline))
            before = _hall_state(hall)
            hall.name, hall.address, hall.hotline = checked.name, checked.address, checked.hotline
            hall.active = active
            self._record(s, "update", "hall", hall.code, before, _hall_state(hall))

    @requires(Permission.SETTINGS_ADMIN)
    def add_counter(self, hall_code: str, number: int, name: str = "") -> None:
        """Add a counter to a hall.

        Raises:
            AdminNotFound: ``hall.not_found``.
            AdminInputError: ``counter.number_range``, ``counter.name_format``.
            AdminRefused: ``counter.number_taken``.
        """
        _check_number(number)
        with self._db.write() as s:
            hall = _hall(s, hall_code)
            if any(c.number == number for c in hall.counters):
                raise AdminRefused("counter.number_taken", field="number", number=number)
            counter = Counter(number=number, name=_counter_name(name, number), active=True)
            hall.counters.append(counter)
            s.flush()
            after = {"hall": hall.code, "number": number, "name": counter.name}
            self._record(s, "create", "counter", counter.id, None, after)

    @requires(Permission.SETTINGS_ADMIN)
    def edit_counter(self, hall_code: str, number: int, *, name: str, active: bool) -> None:
        """Rename a counter or take it out of use (or back into use).

        Raises:
            AdminNotFound: ``hall.not_found``.
            AdminInputError: ``counter.name_format``.
        """
        with self._db.write() as s:
            hall = _hall(s, hall_code)
            counter = next((c for c in hall.counters if c.number == number), None)
            if counter is None:
                raise AdminInputError("counter.number_range", field="number", max=MAX_COUNTERS)
            before = {"name": counter.name, "active": counter.active}
            counter.name = _counter_name(name, number)
            counter.active = active
            after = {"name": counter.name, "active": counter.active}
            self._record(s, "update", "counter", counter.id, before, after)
