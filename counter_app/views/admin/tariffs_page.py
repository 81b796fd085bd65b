"""Tariffs and price changes (docs/domain.md §4).

A price change is entered ahead: a new tariff of the class from the date it applies. A tariff
in force or past is never edited, only superseded; a change not yet in force may be corrected
or withdrawn. Bills of earlier readings keep their prices; a reading period that spans the
change is shared out by days.
"""

from __future__ import annotations

from datetime import date, timedelta
from decimal import Decimal
from typing import TYPE_CHECKING

from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDateEdit,
    QHBoxLayout,
    QHeaderView,
    QLineEdit,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from counter_app.domain.enums import UtilityKind
from counter_app.domain.tariffs import parse_tier_rows
from counter_app.services.admin.dto import TARIFF_CLASS_MAX, TariffDraft, TariffRow, TierDraft
from counter_app.views import msgbox
from counter_app.views.admin.common import FormDialog, ListTab
from counter_app.views.labels import tariff_class_label, tariff_state_label, utility_label
from counter_app.views.table_models import MUTED_GREY, Column
from counter_app.views.timefmt import date_text, from_qdate, hall_today, qdate
from counter_app.views.widgets import action_button

if TYPE_CHECKING:
    from counter_app.domain.clock import Clock
    from counter_app.services.admin.tariffs import TariffAdminService


def number_text(value: Decimal, places: int = 0) -> str:
    """A volume or price without the zeros its column pads it with: 300.000 → 300,
    2.6100 → 2.61 (at least ``places`` decimals)."""
    text = f"{value.normalize():f}"
    decimals = len(text.partition(".")[2])
    return f"{value:.{places}f}" if decimals < places else text


def tiers_text(tiers: tuple[TierDraft, ...], unit: str) -> str:
    """``0–300 m³ ¥2.61 · 300–600 m³ ¥3.13 · 600+ m³ ¥3.91``."""
    parts = []
    for tier in tiers:
        lower = number_text(tier.lower)
        span = f"{lower}+" if tier.upper is None else f"{lower}–{number_text(tier.upper)}"
        parts.append(f"{span} {unit} ¥{number_text(tier.unit_price, 2)}")
    return " · ".join(parts)


class TierTable(QWidget):
    """The tiers of a tariff as rows of from, up to (empty: no limit) and unit price."""

    def __init__(self, tiers: tuple[TierDraft, ...] = (), parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.table = QTableWidget(0, 3)
        self.table.setObjectName("tierTable")
        self.table.setHorizontalHeaderLabels(
            [self.tr("From"), self.tr("Up to (empty: no limit)"), self.tr("Unit price (¥)")]
        )
        self.table.verticalHeader().setVisible(False)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setMinimumHeight(self.table.fontMetrics().height() * 7)
        add = action_button(self.tr("Add &tier"), "addTier", lambda _c=False: self.add_tier())
        remove = action_button(
            self.tr("Remove &last tier"), "removeTier", lambda _c=False: self.remove_tier()
        )
        buttons = QHBoxLayout()
        buttons.addWidget(add)
        buttons.addWidget(remove)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.table)
        layout.addLayout(buttons)
        for tier in tiers:
            self.add_tier(
                number_text(tier.lower),
                "" if tier.upper is None else number_text(tier.upper),
                number_text(tier.unit_price, 2),
            )
        if not tiers:
            self.add_tier("0", "", "")

    def add_tier(self, lower: str | None = None, upper: str = "", price: str = "") -> None:
        row = self.table.rowCount()
        if lower is None:
            # A new tier starts where the one before it ends.
            lower = self._cell(row - 1, 1) if row else "0"
        self.table.insertRow(row)
        for column, text in enumerate((lower, upper, price)):
            self.table.setItem(row, column, QTableWidgetItem(text))

    def remove_tier(self) -> None:
        if self.table.rowCount() > 1:
            self.table.removeRow(self.table.rowCount() - 1)

    def _cell(self, row: int, column: int) -> str:
        item = self.table.item(row, column)
        return "" if item is None else item.text()

    def tiers(self) -> tuple[TierDraft, ...]:
        """The typed tiers. Raises TariffInputError for a cell that is no number."""
        texts = [
            (self._cell(r, 0), self._cell(r, 1), self._cell(r, 2))
            for r in range(self.table.rowCount())
        ]
        return tuple(TierDraft(lo, hi, price) for lo, hi, price in parse_tier_rows(texts))


class TariffFields:
    """Kind, class, residential and tiers of a tariff: the tariff dialog's and the wizard's."""

    def __init__(self, kinds: list[UtilityKind], tariff: TariffRow | None = None) -> None:
        self.kind = QComboBox()
        self.kind.setObjectName("utilityKind")
        for kind in kinds:
            self.kind.addItem(utility_label(kind), kind)
        self.tariff_class = QLineEdit(tariff.tariff_class if tariff else "")
        self.tariff_class.setObjectName("tariffClass")
        self.tariff_class.setMaxLength(TARIFF_CLASS_MAX)
        self.residential = QCheckBox()
        self.residential.setObjectName("residential")
        self.residential.setChecked(tariff.residential if tariff else True)
        if tariff is not None:
            self.kind.setCurrentIndex(max(0, self.kind.findData(tariff.utility_kind)))
        self.tier_table = TierTable(tariff.tiers if tariff else ())

    def draft(self, effective_from: date) -> TariffDraft:
        return TariffDraft(
            utility_kind=UtilityKind(self.kind.currentData()),
            tariff_class=self.tariff_class.text(),
            residential=self.residential.isChecked(),
            effective_from=effective_from,
            tiers=self.tier_table.tiers(),
        )


class TariffDialog(FormDialog):
    """A price change of a class (from an existing tariff), a new class, or the correction
    of a change not yet in force."""

    def __init__(
        self,
        tariffs: TariffAdminService,
        kinds: list[UtilityKind],
        today: date,
        *,
        based_on: TariffRow | None = None,
        correcting: bool = False,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__("tariffDialog", parent)
        self._tariffs = tariffs
        self._based_on = based_on
        self._correcting = correcting
        if correcting:
            self.setWindowTitle(self.tr("Correct a scheduled price change"))
        elif based_on is not None:
            self.setWindowTitle(self.tr("New price change"))
        else:
            self.setWindowTitle(self.tr("New tariff class"))
        self.setMinimumWidth(560)
        self.fields = TariffFields(kinds, based_on)
        fixed = based_on is not None
        self.fields.kind.setEnabled(not fixed)
        self.fields.tariff_class.setReadOnly(fixed)
        self.effective = QDateEdit()
        self.effective.setObjectName("effectiveFrom")
        self.effective.setCalendarPopup(True)
        self.effective.setDisplayFormat("yyyy-MM-dd")
        start = based_on.effective_from if correcting and based_on else today + timedelta(days=1)
        self.effective.setDate(qdate(start))
        self.add_row(self.tr("Utility &kind:"), self.fields.kind)
        self.add_row(self.tr("Tariff &class:"), self.fields.tariff_class)
        self.add_row(self.tr("Re&sidential:"), self.fields.residential)
        self.add_row(self.tr("Takes &effect on:"), self.effective)
        self.add_row(self.tr("Tiers:"), self.fields.tier_table)
        self.set_intro(
            self.tr(
                "Volumes are cumulative in a calendar year. Readings before the date keep the "
                "old prices; a reading period across it is shared out by days."
            )
        )

    def save(self) -> None:
        chosen = self.effective.date()
        draft = self.fields.draft(from_qdate(chosen))
        if self._correcting and self._based_on is not None:
            self._tariffs.edit_tariff(self._based_on.tariff_id, draft)
        else:
            self._tariffs.add_tariff(draft)


class TariffsPage(ListTab[TariffRow]):
    """Every tariff by kind, class and date, with the period it is in force."""

    def __init__(
        self,
        tariffs: TariffAdminService,
        clock: Clock,
        kinds: list[UtilityKind],
        parent: QWidget | None = None,
    ) -> None:
        self._tariffs = tariffs
        self._clock = clock
        self._kinds = kinds
        columns: list[Column[TariffRow]] = [
            Column(self.tr("Kind"), lambda r: utility_label(r.utility_kind)),
            Column(self.tr("Class"), lambda r: tariff_class_label(r.tariff_class)),
            Column(
                self.tr("Residential"), lambda r: self.tr("Yes") if r.residential else self.tr("No")
            ),
            Column(self.tr("From"), lambda r: r.effective_from),
            Column(self.tr("Until"), lambda r: r.effective_to),
            Column(
                self.tr("State"),
                lambda r: tariff_state_label(r.state),
                foreground=lambda r: MUTED_GREY if r.state == "past" else None,
            ),
            Column(
                self.tr("Tiers and prices"),
                lambda r: tiers_text(r.tiers, r.unit),
                tooltip=lambda r: tiers_text(r.tiers, r.unit),
            ),
        ]
        super().__init__("tariffsPage", columns, stretch=(6,), parent=parent)
        self.add_button(self.tr("New &price change…"), "newPriceChange", self.new_change)
        self.add_button(self.tr("New tariff &class…"), "newTariffClass", self.new_class)
        self.add_button(self.tr("&Correct scheduled change…"), "correctTariff", self.correct)
        self.add_button(self.tr("&Withdraw scheduled change"), "withdrawTariff", self.withdraw)
        self.end_buttons()
        self.refresh()

    def _today(self) -> date:
        return hall_today(self._clock)

    def refresh(self) -> None:
        chosen = self.selected()
        self.show_rows(
            self._tariffs.tariffs(), (lambda r: r.tariff_id == chosen.tariff_id) if chosen else None
        )

    def _open(self, dialog: TariffDialog, done: str) -> None:
        if dialog.exec():
            self.say(done)
            self.refresh()

    def new_change(self) -> None:
        row = self.selected()
        if row is None:
            self.new_class()
            return
        dialog = TariffDialog(self._tariffs, self._kinds, self._today(), based_on=row, parent=self)
        self._open(dialog, self.tr("Price change of {cls} entered.").format(cls=row.tariff_class))

    def new_class(self) -> None:
        dialog = TariffDialog(self._tariffs, self._kinds, self._today(), parent=self)
        self._open(dialog, self.tr("Tariff entered."))

    def correct(self) -> None:
        row = self.selected()
        if row is None:
            return
        if not row.editable:
            self.say(
                self.tr(
                    "Only a price change not yet in force can be corrected; enter a new price "
                    "change instead."
                ),
                error=True,
            )
            return
        dialog = TariffDialog(
            self._tariffs, self._kinds, self._today(), based_on=row, correcting=True, parent=self
        )
        self._open(dialog, self.tr("Scheduled price change corrected."))

    def withdraw(self) -> None:
        row = self.selected()
        if row is not None and msgbox.question(
            self,
            self.tr("Withdraw price change"),
            self.tr("Withdraw the price change of {cls} from {day}?").format(
                cls=row.tariff_class, day=date_text(row.effective_from)
            ),
        ):
            self.act(
                lambda: self._tariffs.withdraw_tariff(row.tariff_id),
                self.tr("Scheduled price change withdrawn."),
            )
