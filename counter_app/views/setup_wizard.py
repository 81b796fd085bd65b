"""First-run setup (docs/domain.md §2): the wizard a new database opens with.

Company and utility kinds, the first hall with its counters, the tariffs, the first
administrator with a password chosen here, and the counter this PC is; or the demo company
instead, for training. Nothing is stored until the last page: the setup service checks all of
it and stores all of it or nothing; a refusal brings the wizard back to the page it is about.
"""

from __future__ import annotations

from decimal import Decimal
from typing import TYPE_CHECKING

from PySide6.QtCore import QDate
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QRadioButton,
    QSpinBox,
    QTabWidget,
    QVBoxLayout,
    QWidget,
    QWizard,
    QWizardPage,
)

from counter_app.domain.enums import UtilityKind
from counter_app.domain.errors import CounterError
from counter_app.services.admin.dto import TariffDraft, TierDraft
from counter_app.services.setup_dto import MAX_SETUP_COUNTERS, SetupPlan
from counter_app.views.admin.halls_page import HallFields
from counter_app.views.admin.tariffs_page import TariffFields
from counter_app.views.dialogs import KeepsTypedWork, message_line
from counter_app.views.errors import error_message
from counter_app.views.labels import tariff_class_label, utility_label
from counter_app.views.password_dialog import password_field
from counter_app.views.timefmt import from_qdate
from counter_app.views.widgets import action_button, wrapping_label

if TYPE_CHECKING:
    from counter_app.services.setup import FirstRunService

PAGE_START, PAGE_COMPANY, PAGE_HALL, PAGE_TARIFFS, PAGE_ADMIN = range(5)

# The tariff classes a new company starts with, per utility kind (docs/domain.md §2, §4):
# (class, residential, tiers as (from, up to, price)).
_Start = tuple[tuple[str, bool, tuple[tuple[str, str | None, str], ...]], ...]
_STARTING_TARIFFS: dict[UtilityKind, _Start] = {
    UtilityKind.GAS: (
        ("居民", True, (("0", "300", "2.61"), ("300", "600", "3.13"), ("600", None, "3.91"))),
        ("非居民", False, (("0", None, "3.50"),)),
    ),
    UtilityKind.ELECTRICITY: (
        (
            "居民生活",
            True,
            (("0", "2760", "0.538"), ("2760", "4800", "0.588"), ("4800", None, "0.838")),
        ),
        ("一般工商业", False, (("0", None, "0.65"),)),
    ),
    UtilityKind.WATER: (
        ("居民", True, (("0", "216", "2.90"), ("216", "300", "3.85"), ("300", None, "6.70"))),
        ("非居民", False, (("0", None, "4.50"),)),
    ),
}


def _tiers(rows: tuple[tuple[str, str | None, str], ...]) -> tuple[TierDraft, ...]:
    return tuple(
        TierDraft(Decimal(lo), None if hi is None else Decimal(hi), Decimal(p))
        for lo, hi, p in rows
    )


# Which page shows the refusal of each code's area.
_PAGE_OF = {
    "setup.company_name": PAGE_COMPANY,
    "setting": PAGE_COMPANY,
    "hall": PAGE_HALL,
    "counter": PAGE_HALL,
    "setup.no_counters": PAGE_HALL,
    "tariff": PAGE_TARIFFS,
    "setup.no_tariffs": PAGE_TARIFFS,
    "user": PAGE_ADMIN,
    "password": PAGE_ADMIN,
}


def _page_of(code: str) -> int:
    return _PAGE_OF.get(code, _PAGE_OF.get(code.split(".")[0], PAGE_ADMIN))


class _Page(QWizardPage):
    def __init__(self, title: str, intro: str = "") -> None:
        super().__init__()
        self.setTitle(title)
        self.body = QVBoxLayout(self)
        if intro:
            self.body.addWidget(wrapping_label(intro))
        self.form = QFormLayout()
        self.body.addLayout(self.form)
        self.error = message_line("setupError")
        self.error.setObjectName(f"setupError{id(self) % 1000}")

    def add_row(self, text: str, field: QWidget) -> None:
        label = QLabel(text)
        label.setBuddy(field)
        self.form.addRow(label, field)

    def finish_layout(self) -> None:
        self.body.addStretch(1)
        self.body.addWidget(self.error)


class _StartPage(_Page):
    """Set up the company, or open the demo company (which ends the wizard here)."""

    def __init__(self, title: str, intro: str, own: str, demo: str) -> None:
        super().__init__(title, intro)
        self.own = QRadioButton(own)
        self.own.setObjectName("setupOwn")
        self.own.setChecked(True)
        self.demo = QRadioButton(demo)
        self.demo.setObjectName("setupDemo")
        self.body.addWidget(self.own)
        self.body.addWidget(self.demo)
        self.finish_layout()
        self.demo.toggled.connect(self._chosen)

    def _chosen(self, demo: bool) -> None:
        # The wizard lays out its buttons again on completeChanged: 完成 for the demo.
        self.setFinalPage(demo)
        self.completeChanged.emit()

    def nextId(self) -> int:
        return -1 if self.demo.isChecked() else PAGE_COMPANY


class SetupWizard(KeepsTypedWork, QWizard):
    """Sets up a new company; :attr:`admin_employee_no` is whom the sign-in then expects
    (None after the demo company was chosen), :attr:`counter_number` this PC's counter."""

    def __init__(self, setup: FirstRunService, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("setupWizard")
        self._setup = setup
        self.admin_employee_no: str | None = None
        self.counter_number: int | None = None
        self.demo_chosen = False
        self.setWindowTitle(self.tr("First-run setup"))
        self.setWizardStyle(QWizard.WizardStyle.ClassicStyle)
        self.setOption(QWizard.WizardOption.NoBackButtonOnStartPage, True)
        self.setButtonText(QWizard.WizardButton.NextButton, self.tr("&Next >"))
        self.setButtonText(QWizard.WizardButton.BackButton, self.tr("< &Back"))
        self.setButtonText(QWizard.WizardButton.CancelButton, self.tr("Cancel"))
        self.setButtonText(QWizard.WizardButton.FinishButton, self.tr("&Set up"))
        self._build_start()
        self._build_company()
        self._build_hall()
        self._build_tariffs()
        self._build_admin()
        self.currentIdChanged.connect(self._entered)
        self.resize(820, 600)

    # ------------------------------------------------------------------ pages

    def _build_start(self) -> None:
        page = _StartPage(
            self.tr("Welcome"),
            self.tr(
                "This database holds no company yet. Set up your company: its first hall, "
                "counters, tariffs and first administrator. Or open the demo company to try "
                "the counter out; demo data never mixes with real data."
            ),
            self.tr("Set up &my company"),
            self.tr("Open the &demo company (training only)"),
        )
        self.own, self.demo = page.own, page.demo
        self.demo.toggled.connect(self._finish_text)
        self.start_page = page
        self.setPage(PAGE_START, page)

    def _finish_text(self, demo: bool) -> None:
        text = self.tr("&Open the demo") if demo else self.tr("&Set up")
        self.setButtonText(QWizard.WizardButton.FinishButton, text)

    def _build_company(self) -> None:
        page = _Page(self.tr("Company"))
        self.company = QLineEdit()
        self.company.setObjectName("companyName")
        self.company.setMaxLength(100)
        page.add_row(self.tr("&Company name:"), self.company)
        kinds = QHBoxLayout()
        self.kind_boxes: dict[UtilityKind, QCheckBox] = {}
        for kind in UtilityKind:
            box = QCheckBox(utility_label(kind))
            box.setObjectName(f"kind_{kind.value}")
            box.setChecked(kind is UtilityKind.GAS)
            self.kind_boxes[kind] = box
            kinds.addWidget(box)
        kinds.addStretch(1)
        holder = QWidget()
        kinds.setContentsMargins(0, 0, 0, 0)
        holder.setLayout(kinds)
        page.add_row(self.tr("Utility kinds served:"), holder)
        page.finish_layout()
        self.setPage(PAGE_COMPANY, page)

    def _build_hall(self) -> None:
        page = _Page(
            self.tr("First hall"),
            self.tr("The hall code (e.g. H01) starts every receipt number of the hall."),
        )
        self.hall = HallFields()
        page.add_row(self.tr("Hall &code:"), self.hall.code)
        page.add_row(self.tr("Hall n&ame:"), self.hall.name)
        page.add_row(self.tr("A&ddress:"), self.hall.address)
        page.add_row(self.tr("Service &hotline:"), self.hall.hotline)
        self.counters = QSpinBox()
        self.counters.setObjectName("setupCounters")
        self.counters.setRange(1, MAX_SETUP_COUNTERS)
        self.counters.setValue(4)
        page.add_row(self.tr("Number of c&ounters:"), self.counters)
        page.finish_layout()
        self.setPage(PAGE_HALL, page)

    def _build_tariffs(self) -> None:
        page = _Page(
            self.tr("Tariffs"),
            self.tr(
                "One tab per tariff class. Volumes are cumulative in a calendar year; later "
                "price changes are entered in Administration."
            ),
        )
        self.effective = QDateEdit()
        self.effective.setObjectName("setupEffectiveFrom")
        self.effective.setCalendarPopup(True)
        self.effective.setDisplayFormat("yyyy-MM-dd")
        today = self._setup.today()
        self.effective.setDate(QDate(today.year, 1, 1))
        page.add_row(self.tr("Tariffs take &effect on:"), self.effective)
        self.tariff_tabs = QTabWidget()
        self.tariff_tabs.setObjectName("setupTariffTabs")
        self.tariff_fields: list[TariffFields] = []
        page.body.addWidget(self.tariff_tabs, 1)
        row = QHBoxLayout()
        row.addWidget(
            action_button(
                self.tr("&Add tariff class"), "addTariffClass", lambda _c=False: self._add_tariff()
            )
        )
        row.addWidget(
            action_button(
                self.tr("&Remove this class"),
                "removeTariffClass",
                lambda _c=False: self._remove_tariff(),
            )
        )
        row.addStretch(1)
        page.body.addLayout(row)
        page.finish_layout()
        self._filled_for: tuple[UtilityKind, ...] = ()
        self.setPage(PAGE_TARIFFS, page)

    def _build_admin(self) -> None:
        page = _Page(
            self.tr("First administrator"),
            self.tr(
                "The administrator adds the clerks, managers and auditors afterwards. An "
                "administrator takes no payments. Choose the password here: at least 8 "
                "characters, not the employee number."
            ),
        )
        self.admin_no = QLineEdit()
        self.admin_no.setObjectName("adminEmployeeNo")
        self.admin_no.setMaxLength(20)
        self.admin_name = QLineEdit()
        self.admin_name.setObjectName("adminName")
        self.admin_name.setMaxLength(50)
        self.admin_password = password_field("adminPassword")
        self.admin_repeat = password_field("adminRepeat")
        self.this_counter = QComboBox()
        self.this_counter.setObjectName("thisCounter")
        page.add_row(self.tr("&Employee no.:"), self.admin_no)
        page.add_row(self.tr("&Full name:"), self.admin_name)
        page.add_row(self.tr("&Password:"), self.admin_password)
        page.add_row(self.tr("&Repeat password:"), self.admin_repeat)
        page.add_row(self.tr("This PC is &counter:"), self.this_counter)
        page.finish_layout()
        self.admin_page = page
        self.setPage(PAGE_ADMIN, page)

    # ------------------------------------------------------------------ tariffs

    def _kinds(self) -> tuple[UtilityKind, ...]:
        return tuple(k for k, box in self.kind_boxes.items() if box.isChecked())

    def _add_tariff(
        self,
        kind: UtilityKind | None = None,
        name: str = "",
        residential: bool = True,
        tiers: tuple[TierDraft, ...] = (),
    ) -> None:
        kinds = list(self._kinds()) or [UtilityKind.GAS]
        fields = TariffFields(kinds)
        fields.kind.setCurrentIndex(max(0, fields.kind.findData(kind or kinds[0])))
        fields.tariff_class.setText(name)
        fields.residential.setChecked(residential)
        if tiers:
            fields.tier_table.table.setRowCount(0)
            for tier in tiers:
                fields.tier_table.add_tier(
                    str(tier.lower),
                    "" if tier.upper is None else str(tier.upper),
                    str(tier.unit_price),
                )
        tab = QWidget()
        form = QFormLayout(tab)
        form.addRow(self.tr("Utility kind:"), fields.kind)
        form.addRow(self.tr("Tariff class:"), fields.tariff_class)
        form.addRow(self.tr("Residential:"), fields.residential)
        form.addRow(self.tr("Tiers:"), fields.tier_table)
        fields.tariff_class.textChanged.connect(lambda text, t=tab: self._name_tab(t, text))
        self.tariff_fields.append(fields)
        index = self.tariff_tabs.addTab(
            tab, tariff_class_label(name) if name else self.tr("New class")
        )
        self.tariff_tabs.setCurrentIndex(index)

    def _name_tab(self, tab: QWidget, text: str) -> None:
        name = tariff_class_label(text.strip()) if text.strip() else self.tr("New class")
        self.tariff_tabs.setTabText(self.tariff_tabs.indexOf(tab), name)

    def _remove_tariff(self) -> None:
        index = self.tariff_tabs.currentIndex()
        if index >= 0 and self.tariff_tabs.count() > 1:
            self.tariff_tabs.removeTab(index)
            del self.tariff_fields[index]

    def _entered(self, page_id: int) -> None:
        if page_id == PAGE_TARIFFS and self._filled_for != self._kinds():
            # The starting classes of the kinds chosen; typed classes are replaced only when
            # the kinds change.
            self._filled_for = self._kinds()
            self.tariff_tabs.clear()
            self.tariff_fields.clear()
            for kind in self._filled_for:
                for name, residential, tiers in _STARTING_TARIFFS[kind]:
                    self._add_tariff(kind, name, residential, _tiers(tiers))
            self.tariff_tabs.setCurrentIndex(0)
        if page_id == PAGE_ADMIN:
            chosen = self.this_counter.currentData()
            self.this_counter.clear()
            for n in range(1, self.counters.value() + 1):
                self.this_counter.addItem(self.tr("Counter {n}").format(n=n), n)
            self.this_counter.setCurrentIndex(max(0, self.this_counter.findData(chosen)))

    # ------------------------------------------------------------------ finishing

    def plan(self) -> SetupPlan:
        """What the pages hold. Raises TariffInputError for a tier cell that is no number."""
        chosen = self.effective.date()
        effective = from_qdate(chosen)
        return SetupPlan(
            company_name=self.company.text(),
            utility_kinds=self._kinds(),
            hall=self.hall.draft(),
            counters=self.counters.value(),
            tariffs=tuple(
                TariffDraft(
                    utility_kind=UtilityKind(f.kind.currentData()),
                    tariff_class=f.tariff_class.text(),
                    residential=f.residential.isChecked(),
                    effective_from=effective,
                    tiers=f.tier_table.tiers(),
                )
                for f in self.tariff_fields
            ),
            admin_employee_no=self.admin_no.text(),
            admin_name=self.admin_name.text(),
            admin_password=self.admin_password.text(),
        )

    def validateCurrentPage(self) -> bool:
        current = self.currentId()
        if current == PAGE_START and self.demo.isChecked():
            return self._open_demo()
        if current == PAGE_COMPANY and not self._kinds():
            page = self.page(PAGE_COMPANY)
            assert isinstance(page, _Page)
            page.error.setText(self.tr("Choose at least one utility kind the company serves."))
            return False
        if current != PAGE_ADMIN:
            return True
        if self.admin_password.text() != self.admin_repeat.text():
            self.admin_page.error.setText(self.tr("The two passwords differ."))
            self.admin_repeat.clear()
            self.admin_repeat.setFocus()
            return False
        try:
            self._setup.set_up(self.plan())
        except CounterError as exc:
            target = _page_of(exc.code)
            page = self.page(target)
            assert isinstance(page, _Page)
            page.error.setText(error_message(exc))
            while self.currentId() > target:
                self.back()
            return False
        self.admin_employee_no = self.admin_no.text().strip()
        self.counter_number = self.this_counter.currentData()
        self._stored = True
        return True

    def _open_demo(self) -> bool:
        try:
            self._setup.seed_demo()
        except CounterError as exc:
            self.start_page.error.setText(error_message(exc))
            return False
        self.demo_chosen = True
        self._stored = True
        return True

    _stored = False

    def has_typed_work(self) -> bool:
        return not self._stored and super().has_typed_work()
