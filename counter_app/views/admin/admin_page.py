"""The Administration area (Ctrl+8): one tab per thing an administrator keeps.

Only administrators have the area (the main window lists it for ``user.admin``); every
service behind it refuses every other role as well, so no other route opens it.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtWidgets import QTabWidget, QVBoxLayout, QWidget

from counter_app.domain.enums import UtilityKind
from counter_app.views.admin.calendar_page import CalendarPage
from counter_app.views.admin.catalogue_page import CataloguePage
from counter_app.views.admin.halls_page import HallsPage
from counter_app.views.admin.settings_page import SettingsPage
from counter_app.views.admin.tariffs_page import TariffsPage
from counter_app.views.admin.users_page import UsersPage

if TYPE_CHECKING:
    from counter_app.domain.clock import Clock
    from counter_app.services.admin.halls import HallAdminService
    from counter_app.services.admin.tariffs import TariffAdminService
    from counter_app.services.admin.users import UserAdminService
    from counter_app.services.calendar import CalendarService
    from counter_app.services.requests.catalogue import CatalogueService
    from counter_app.services.settings import SettingsService


class AdminPage(QWidget):
    """Users, halls and counters, tariffs, holiday calendar, settings, service catalogue."""

    def __init__(
        self,
        users: UserAdminService,
        halls: HallAdminService,
        tariffs: TariffAdminService,
        calendar: CalendarService,
        settings: SettingsService,
        catalogue: CatalogueService,
        clock: Clock,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("adminPage")
        kinds = [UtilityKind(k) for k in settings.get("utility_kinds")]
        self.users = UsersPage(users, clock, lambda: [h.code for h in halls.halls() if h.active])
        self.halls = HallsPage(halls)
        self.tariffs = TariffsPage(tariffs, clock, kinds)
        self.calendar = CalendarPage(calendar, clock)
        self.settings = SettingsPage(settings)
        self.catalogue = CataloguePage(catalogue, kinds)
        self.tabs = QTabWidget()
        self.tabs.setObjectName("adminTabs")
        self.tabs.addTab(self.users, self.tr("&Users"))
        self.tabs.addTab(self.halls, self.tr("&Halls and counters"))
        self.tabs.addTab(self.tariffs, self.tr("&Tariffs"))
        self.tabs.addTab(self.calendar, self.tr("Holiday &calendar"))
        self.tabs.addTab(self.settings, self.tr("&Settings"))
        self.tabs.addTab(self.catalogue, self.tr("Service c&atalogue"))
        self.tabs.currentChanged.connect(self._shown)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 8, 8, 8)
        layout.addWidget(self.tabs)

    def _shown(self, index: int) -> None:
        """A tab shows what is stored now: another counter or tab may have changed it."""
        page = self.tabs.widget(index)
        refresh = getattr(page, "refresh", None)
        if callable(refresh):
            refresh()
