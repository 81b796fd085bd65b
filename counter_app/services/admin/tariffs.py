"""Tariffs with the dates they take effect (docs/domain.md §4), for administrators.

A price change is entered ahead as a new tariff of the class with the date it applies from;
a tariff that is in force or past is never edited, only superseded, so every bill keeps the
prices it was made with. A change not yet in force may still be corrected or withdrawn.
"""

from __future__ import annotations

from datetime import date, timedelta
from decimal import Decimal

from sqlalchemy import select
from sqlalchemy.orm import Session, selectinload

from counter_app.db.models import Tariff, TariffTier
from counter_app.domain.clock import hall_date
from counter_app.domain.enums import UtilityKind
from counter_app.domain.identity import has_forbidden_characters
from counter_app.domain.permissions import Permission
from counter_app.domain.tariffs import tiers_from_rows
from counter_app.services.admin.common import AdminService
from counter_app.services.admin.dto import (
    TARIFF_CLASS_MAX,
    UNITS,
    AdminInputError,
    AdminNotFound,
    AdminRefused,
    TariffDraft,
    TariffRow,
    TierDraft,
)
from counter_app.services.base import requires
from counter_app.services.settings import read_setting


def _class_name(name: str) -> str:
    name = " ".join(name.split())
    if not name or len(name) > TARIFF_CLASS_MAX or has_forbidden_characters(name):
        raise AdminInputError("tariff.class_format", field="tariff_class")
    return name


def tariff_tiers(draft: TariffDraft) -> list[TariffTier]:
    """The tier rows of a checked draft.

    Raises:
        TariffInputError: the tiers overlap, leave a gap, or have a negative price (...).
    """
    tiers = tiers_from_rows([(t.lower, t.upper, t.unit_price) for t in draft.tiers])
    return [
        TariffTier(tier_no=t.number, upper_volume=t.upper, unit_price=t.unit_price) for t in tiers
    ]


def new_tariff(s: Session, draft: TariffDraft, today: date) -> Tariff:
    """Add a tariff from ``draft`` in the caller's unit of work.

    Raises:
        AdminInputError: ``tariff.class_format``, ``tariff.effective_in_past``,
            ``tariff.kind_not_served``.
        TariffInputError: the tiers do not make a tariff.
        AdminRefused: ``tariff.date_taken``: the class has a tariff from that date.
    """
    name = _class_name(draft.tariff_class)
    if draft.effective_from < today:
        raise AdminInputError("tariff.effective_in_past", field="effective_from", today=today)
    if draft.utility_kind.value not in read_setting(s, "utility_kinds"):
        raise AdminInputError(
            "tariff.kind_not_served", field="utility_kind", kind=draft.utility_kind
        )
    tiers = tariff_tiers(draft)
    _refuse_taken_date(s, draft.utility_kind, name, draft.effective_from, None)
    tariff = Tariff(
        utility_kind=draft.utility_kind,
        tariff_class=name,
        residential=draft.residential,
        effective_from=draft.effective_from,
        unit=UNITS[draft.utility_kind],
    )
    tariff.tiers = tiers
    s.add(tariff)
    s.flush()
    return tariff


def _refuse_taken_date(
    s: Session, kind: UtilityKind, name: str, on: date, other_than: int | None
) -> None:
    taken = s.execute(
        select(Tariff.id).where(
            Tariff.utility_kind == kind, Tariff.tariff_class == name, Tariff.effective_from == on
        )
    ).scalar_one_or_none()
    if taken is not None and taken != other_than:
        raise AdminRefused("tariff.date_taken", field="effective_from", effective_from=on)


def _described(tariff: Tariff) -> dict[str, object]:
    return {
        "utility_kind": tariff.utility_kind,
        "tariff_class": tariff.tariff_class,
        "residential": tariff.residential,
        "effective_from": tariff.effective_from,
        "tiers": [[t.tier_no, t.upper_volume, t.unit_price] for t in tariff.tiers],
    }


def _drafts(tariff: Tariff) -> tuple[TierDraft, ...]:
    rows = []
    lower = Decimal(0)
    for tier in tariff.tiers:
        rows.append(TierDraft(lower, tier.upper_volume, tier.unit_price))
        if tier.upper_volume is not None:
            lower = tier.upper_volume
    return tuple(rows)


class TariffAdminService(AdminService):
    """Tariffs and price changes, for administrators."""

    def _today(self) -> date:
        return hall_date(self._clock.now())

    @requires(Permission.SETTINGS_ADMIN)
    def tariffs(self) -> list[TariffRow]:
        """Every tariff by kind, class and date, each with the period it is (or was) in force."""
        today = self._today()
        with self._db.read() as s:
            tariffs = (
                s.execute(
                    select(Tariff)
                    .order_by(Tariff.utility_kind, Tariff.tariff_class, Tariff.effective_from)
                    .options(selectinload(Tariff.tiers))
                )
                .scalars()
                .all()
            )
            rows: list[TariffRow] = []
            for i, t in enumerate(tariffs):
                following = tariffs[i + 1] if i + 1 < len(tariffs) else None
                same = following is not None and (
                    following.utility_kind,
                    following.tariff_class,
                ) == (
                    t.utility_kind,
                    t.tariff_class,
                )
                effective_to = (
                    following.effective_from - timedelta(days=1) if same and following else None
                )
                if t.effective_from > today:
                    state = "scheduled"
                elif effective_to is not None and effective_to < today:
                    state = "past"
                else:
                    state = "in_force"
                rows.append(
                    TariffRow(
                        tariff_id=t.id,
                        utility_kind=t.utility_kind,
                        tariff_class=t.tariff_class,
                        residential=t.residential,
                        unit=t.unit,
                        effective_from=t.effective_from,
                        effective_to=effective_to,
                        tiers=_drafts(t),
                        state=state,
                    )
                )
            return rows

    @requires(Permission.SETTINGS_ADMIN)
    def add_tariff(self, draft: TariffDraft) -> int:
        """Enter a tariff: a new class, or a price change of a class from a date on (today
        or later). Bills of readings before that date keep the old prices; a reading period
        that spans it is shared out by days (docs/domain.md §4). Returns the tariff's id.

        Raises:
            AdminInputError: ``tariff.class_format``, ``tariff.effective_in_past``,
                ``tariff.kind_not_served``.
            TariffInputError: the tiers overlap, leave a gap, have a negative price (...).
            AdminRefused: ``tariff.date_taken``.
        """
        with self._db.write() as s:
            tariff = new_tariff(s, draft, self._today())
            self._record(s, "create", "tariff", tariff.id, None, _described(tariff))
            return tariff.id

    @requires(Permission.SETTINGS_ADMIN)
    def edit_tariff(self, tariff_id: int, draft: TariffDraft) -> None:
        """Correct a price change that has not yet taken effect (its date, tiers, prices).

        Raises:
            AdminNotFound: ``tariff.unknown``.
            AdminRefused: ``tariff.in_force``: it is in force or past, so it can only be
                superseded by a new tariff; ``tariff.date_taken``.
            AdminInputError, TariffInputError: as :meth:`add_tariff`.
        """
        today = self._today()
        with self._db.write() as s:
            tariff = self._scheduled(s, tariff_id, today)
            if draft.effective_from < today:
                raise AdminInputError(
                    "tariff.effective_in_past", field="effective_from", today=today
                )
            tiers = tariff_tiers(draft)
            _refuse_taken_date(
                s, tariff.utility_kind, tariff.tariff_class, draft.effective_from, tariff.id
            )
            before = _described(tariff)
            tariff.tiers.clear()
            s.flush()
            tariff.tiers = tiers
            tariff.effective_from = draft.effective_from
            tariff.residential = draft.residential
            s.flush()
            self._record(s, "update", "tariff", tariff.id, before, _described(tariff))

    @requires(Permission.SETTINGS_ADMIN)
    def withdraw_tariff(self, tariff_id: int) -> None:
        """Withdraw a price change that has not yet taken effect.

        Raises:
            AdminNotFound: ``tariff.unknown``.
            AdminRefused: ``tariff.in_force``.
        """
        with self._db.write() as s:
            tariff = self._scheduled(s, tariff_id, self._today())
            before = _described(tariff)
            s.delete(tariff)
            s.flush()
            self._record(s, "withdraw", "tariff", tariff.id, before, None)

    def _scheduled(self, s: Session, tariff_id: int, today: date) -> Tariff:
        tariff = s.execute(
            select(Tariff).where(Tariff.id == tariff_id).options(selectinload(Tariff.tiers))
        ).scalar_one_or_none()
        if tariff is None:
            raise AdminNotFound("tariff.unknown", tariff_id=tariff_id)
        if tariff.effective_from <= today:
            raise AdminRefused("tariff.in_force", effective_from=tariff.effective_from)
        return tariff
