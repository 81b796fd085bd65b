"""Shifts and the business day (班次与日结, docs/domain.md §9).

A clerk opens their own shift at the counter they signed in at, with the opening float
(备用金), counted by denomination or not; puts cash in and takes it out with a reason; and
closes it with the cash counted against the cash expected, a variance (长短款) signed off by a
manager, the shift report printed and the handover (交接班) left for the next clerk at the
counter (:class:`ShiftService`, :mod:`.service`). The manager closes the hall's business day
(日结) once every shift of it is closed: the day's totals are fixed, the day is locked and the
daily report is made (:class:`DayCloseService`, :mod:`.day_close`).

:mod:`.core` is what every unit of work that books money asks (the open shift, whether the
day is closed); :mod:`.figures` reads a shift's money. What the services take, give and
refuse is in :mod:`counter_app.services.shifts_dto`, which views may import.
"""

from counter_app.services.shifts.core import (
    business_day_of,
    ensure_business_day,
    is_day_closed_in,
    open_shift_of,
    require_bookable_shift,
    require_open_shift,
    shift_info,
)
from counter_app.services.shifts.day_close import DayCloseService
from counter_app.services.shifts.service import ShiftService, shift_subject
from counter_app.services.shifts_dto import (
    CounterOccupied,
    DayClosed,
    NoCounter,
    NoOpenShift,
    ShiftAlreadyOpen,
    ShiftAtOtherCounter,
    ShiftInfo,
)

__all__ = [
    "CounterOccupied",
    "DayCloseService",
    "DayClosed",
    "NoCounter",
    "NoOpenShift",
    "ShiftAlreadyOpen",
    "ShiftAtOtherCounter",
    "ShiftInfo",
    "ShiftService",
    "business_day_of",
    "ensure_business_day",
    "is_day_closed_in",
    "open_shift_of",
    "require_bookable_shift",
    "require_open_shift",
    "shift_info",
    "shift_subject",
]
