"""The main window: work areas for the signed-in role, a status bar, and the idle lock.

Each work area's page is built the first time the area is shown (or asked for with
:meth:`MainWindow.page`), not at sign-in: a clerk who signs in to take a payment waits for the
first area only, not for all eight. :attr:`MainWindow.page_built` says when one is, so the
links between pages (views/pages.py) are made as they come.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass
from typing import TYPE_CHECKING

import shiboken6
from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QSize, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QCloseEvent, QColor, QFont, QFontMetrics, QKeySequence, QPainter
from PySide6.QtWidgets import (
    QApplication,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QSizePolicy,
    QStackedWidget,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QVBoxLayout,
    QWidget,
)

from counter_app.domain.errors import CounterError
from counter_app.domain.permissions import Permission
from counter_app.services import oplog
from counter_app.views import msgbox
from counter_app.views.alerts import AlertBanner, HallAlertFeed
from counter_app.views.background import Loads
from counter_app.views.connection_banner import ConnectionBanner
from counter_app.views.errors import error_message
from counter_app.views.lock import IdleWatcher, LockDialog
from counter_app.views.timefmt import date_text
from counter_app.views.widgets import ElidedLabel, fit_to_screen

if TYPE_CHECKING:
    from counter_app.context import Services
    from counter_app.services.auth import AuthService
    from counter_app.services.status import CounterStatus


@dataclass(frozen=True)
class Area:
    key: str
    shortcut: str
    permission: Permission


AREAS = (
    Area("customers", "Ctrl+1", Permission.CUSTOMER_READ),
    Area("payments", "Ctrl+2", Permission.PAYMENT_TAKE),
    Area("requests", "Ctrl+3", Permission.REQUEST_ACCEPT),
    Area("complaints", "Ctrl+4", Permission.COMPLAINT_ACCEPT),
    Area("shift", "Ctrl+5", Permission.SHIFT_OWN),
    Area("reports", "Ctrl+6", Permission.REPORT_EXPORT),
    Area("audit", "Ctrl+7", Permission.AUDIT_READ),
    Area("admin", "Ctrl+8", Permission.USER_ADMIN),
)

PageFactory = Callable[[], QWidget]

SHORTCUT_ROLE = Qt.ItemDataRole.UserRole + 1


class _AreaDelegate(QStyledItemDelegate):
    """An area's title on the left and its shortcut at the right edge, muted."""

    def sizeHint(
        self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> QSize:
        size = super().sizeHint(option, index)
        shortcut = index.data(SHORTCUT_ROLE)
        if shortcut:
            width = QFontMetrics(option.font).horizontalAdvance(shortcut)
            size.setWidth(size.width() + width + 16)
        return size

    def paint(
        self,
        painter: QPainter,
        option: QStyleOptionViewItem,
        index: QModelIndex | QPersistentModelIndex,
    ) -> None:
        super().paint(painter, option, index)
        shortcut = index.data(SHORTCUT_ROLE)
        if not shortcut:
            return
        selected = bool(option.state & QStyle.StateFlag.State_Selected)
        painter.save()
        painter.setFont(option.font)
        painter.setPen(QColor("white") if selected else QColor("#5f6b76"))
        painter.drawText(
            option.rect.adjusted(0, 0, -12, 0),
            int((Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter).value),
            shortcut,
        )
        painter.restore()


class PlaceholderPage(QWidget):
    """A work area that is not built yet says so plainly."""

    def __init__(self, title: str, purpose: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("placeholderPage")
        heading = QLabel(title)
        font = QFont(heading.font())
        font.setPointSize(font.pointSize() + 6)
        font.setBold(True)
        heading.setFont(font)
        self.notice = QLabel(self.tr("This area is not built yet."))
        self.notice.setObjectName("notBuilt")
        self.notice.setWordWrap(True)
        self.notice.setStyleSheet("color: #8a5a00; font-weight: bold;")
        body = QLabel(purpose)
        body.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addWidget(heading)
        layout.addWidget(self.notice)
        layout.addWidget(body)
        layout.addStretch(1)


class MainWindow(QMainWindow):
    """Work areas allowed to the signed-in role.

    Signals:
        signed_out: the user signed out (from the menu or the lock screen).
        page_built: an area's key and its page, just built.
    """

    signed_out = Signal()
    page_built = Signal(str, QWidget)

    def __init__(
        self,
        services: Services,
        auth: AuthService,
        *,
        pages: Mapping[str, PageFactory] | None = None,
        idle_minutes: float = 10,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._services = services
        self._auth = auth
        self._pages = dict(pages or {})
        self._locked = False
        self.lock_dialog: LockDialog | None = None
        self.loads = Loads(self)
        self.setObjectName("mainWindow")
        self.setWindowTitle(self.tr("Service Hall Counter"))

        self.nav = QListWidget()
        self.nav.setObjectName("areaList")
        self.nav.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.nav.setItemDelegate(_AreaDelegate(self.nav))
        nav_font = QFont(self.nav.font())
        nav_font.setPointSize(nav_font.pointSize() + 2)
        self.nav.setFont(nav_font)
        self.nav.setStyleSheet(
            "QListWidget#areaList { background: #f4f6f8; border: none; "
            "border-right: 1px solid #d0d5da; }"
            "QListWidget#areaList::item { padding: 10px 12px; }"
            "QListWidget#areaList::item:selected { background: #1f6feb; color: white; }"
        )
        self.stack = QStackedWidget()
        self.stack.setObjectName("areaStack")
        self._area_index: dict[str, int] = {}
        self._built: dict[str, QWidget] = {}
        for area in self.allowed_areas():
            self._add_area(area)
        self.nav.currentRowChanged.connect(self._show_row)
        self._fit_area_list()

        # Emergencies for the hall's manager show above every work area (views/alerts.py);
        # each area makes its kind of alert open its screen in connect_pages.
        self.alert_banner = AlertBanner()
        self.alert_feed: HallAlertFeed | None = None
        if services.actor.can(Permission.DASHBOARD):
            self.alert_feed = HallAlertFeed(services.alerts)
        # A database outage shows above everything (views/connection_banner.py).
        self.connection_banner = ConnectionBanner(services.status.ping)
        central = QWidget()
        column = QVBoxLayout(central)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(0)
        column.addWidget(self.connection_banner)
        column.addWidget(self.alert_banner)
        row = QHBoxLayout()
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.nav)
        row.addWidget(self.stack, 1)
        column.addLayout(row, 1)
        self.setCentralWidget(central)

        self._build_menu()
        self._build_status_bar()
        if self.nav.count():
            self.nav.setCurrentRow(0)
            self._show_row(0)
        # The layouts set the smallest size; the first size is what the screen has room for.
        fit_to_screen(self, QSize(1440, 900))

        self.idle = IdleWatcher(idle_minutes, self)
        self.idle.idle.connect(self.lock_screen)
        app = QApplication.instance()
        if app is not None:
            app.installEventFilter(self.idle)
        self.idle.start()

        self._status_timer = QTimer(self)
        self._status_timer.setInterval(60_000)  # the business date can change at midnight
        self._status_timer.timeout.connect(self.refresh_status)
        self._status_timer.start()
        if self.alert_feed is not None:
            self.alert_banner.add_feed(self.alert_feed)

    # ------------------------------------------------------------------ areas

    def allowed_areas(self) -> list[Area]:
        actor = self._services.actor
        return [a for a in AREAS if actor.can(a.permission)]

    def area_title(self, key: str) -> str:
        titles = {
            "customers": self.tr("Customers"),
            "payments": self.tr("Payments"),
            "requests": self.tr("Service requests"),
            "complaints": self.tr("Complaints"),
            "shift": self.tr("Shift"),
            "reports": self.tr("Reports"),
            "audit": self.tr("Audit"),
            "admin": self.tr("Administration"),
        }
        return titles[key]

    def area_purpose(self, key: str) -> str:
        purposes = {
            "customers": self.tr(
                "Find customers by account number, name, phone, ID number, meter number or "
                "address; open accounts; see everything about a customer on one screen."
            ),
            "payments": self.tr(
                "Take payments with any tender, print receipts, reprint and void them."
            ),
            "requests": self.tr(
                "Accept service requests (change of owner, relocation, modification, "
                "suspension, closure, repair), print work orders and track deadlines."
            ),
            "complaints": self.tr(
                "Accept complaints from every channel and track them to closure within "
                "their deadlines."
            ),
            "shift": self.tr(
                "Open and close your shift with the cash count, cash in and out, handover."
            ),
            "reports": self.tr(
                "Daily and monthly reports, ledgers and the dashboard; export to Excel."
            ),
            "audit": self.tr(
                "Printed-document register, reprints, voids, cash variances, data-change "
                "history and receipt verification."
            ),
            "admin": self.tr(
                "Users and roles, halls and counters, tariffs, service catalogue, holiday "
                "calendar and backups."
            ),
        }
        return purposes[key]

    def _add_area(self, area: Area) -> None:
        title = self.area_title(area.key)
        shortcut = QKeySequence(area.shortcut).toString(QKeySequence.SequenceFormat.NativeText)
        item = QListWidgetItem(title)
        item.setData(Qt.ItemDataRole.UserRole, area.key)
        item.setData(SHORTCUT_ROLE, shortcut)
        self.nav.addItem(item)
        # Stands in for the page until the area is first shown.
        self._area_index[area.key] = self.stack.addWidget(QWidget())
        action = QAction(title, self)
        action.setShortcut(QKeySequence(area.shortcut))
        action.triggered.connect(lambda _=False, k=area.key: self.show_area(k))
        self.addAction(action)

    def _fit_area_list(self) -> None:
        """As wide as its longest entry, a title and its shortcut, in either language."""
        widest = self.nav.sizeHintForColumn(0) if self.nav.count() else 0
        scroll_bar = self.nav.verticalScrollBar().sizeHint().width()
        self.nav.setFixedWidth(max(180, widest + 2 * self.nav.frameWidth() + scroll_bar))

    def show_area(self, key: str) -> None:
        index = self._area_index.get(key)
        if index is not None:
            self.nav.setCurrentRow(index)

    def _show_row(self, row: int) -> None:
        item = self.nav.item(row)
        if item is None:
            return
        self.page(str(item.data(Qt.ItemDataRole.UserRole)))
        self.stack.setCurrentIndex(row)

    def has_page(self, key: str) -> bool:
        """Whether the area is the signed-in role's and has its real page rather than a
        placeholder; the page itself is not built by asking."""
        return key in self._area_index and key in self._pages

    def built_pages(self) -> dict[str, QWidget]:
        """The pages built so far, by area."""
        return dict(self._built)

    def page(self, key: str) -> QWidget | None:
        """The page of a work area, built now if it was not yet; None when the signed-in role
        does not have that area."""
        index = self._area_index.get(key)
        if index is None:
            return None
        page = self._built.get(key)
        if page is not None:
            return page
        factory = self._pages.get(key)
        page = (
            factory() if factory else PlaceholderPage(self.area_title(key), self.area_purpose(key))
        )
        page.setProperty("areaKey", key)
        stand_in = self.stack.widget(index)
        assert stand_in is not None  # one for each area, put there by _add_area
        self.stack.insertWidget(index, page)
        self.stack.removeWidget(stand_in)
        stand_in.deleteLater()
        self._built[key] = page
        self.page_built.emit(key, page)
        return page

    def current_area(self) -> str | None:
        item = self.nav.currentItem()
        return None if item is None else str(item.data(Qt.ItemDataRole.UserRole))

    # ------------------------------------------------------------------ menu and status

    def _build_menu(self) -> None:
        menu = self.menuBar().addMenu(self.tr("&Counter"))
        self.lock_action = QAction(self.tr("&Lock screen"), self)
        self.lock_action.setShortcut(QKeySequence("Ctrl+L"))
        self.lock_action.triggered.connect(self.lock_screen)
        self.sign_out_action = QAction(self.tr("&Sign out"), self)
        self.sign_out_action.setShortcut(QKeySequence("Ctrl+Shift+Q"))
        self.sign_out_action.triggered.connect(self.sign_out)
        self.quit_action = QAction(self.tr("&Quit"), self)
        self.quit_action.setShortcut(QKeySequence("Ctrl+Q"))
        self.quit_action.triggered.connect(self.close)
        menu.addAction(self.lock_action)
        menu.addAction(self.sign_out_action)
        menu.addSeparator()
        menu.addAction(self.quit_action)

        areas = self.menuBar().addMenu(self.tr("&Go"))
        for action in self.actions():
            areas.addAction(action)

    def _build_status_bar(self) -> None:
        bar = self.statusBar()
        # Permanent widgets set the status bar's smallest width: long hall or clerk names
        # elide rather than widen the window.
        self.status_hall = ElidedLabel()
        self.status_counter = ElidedLabel()
        self.status_clerk = ElidedLabel()
        self.status_date = ElidedLabel()
        self.status_shift = ElidedLabel()
        for name, label in (
            ("statusHall", self.status_hall),
            ("statusCounter", self.status_counter),
            ("statusClerk", self.status_clerk),
            ("statusDate", self.status_date),
            ("statusShift", self.status_shift),
        ):
            label.setObjectName(name)
            label.setContentsMargins(8, 0, 8, 0)
            bar.addPermanentWidget(label)
        self.calendar_warning = ElidedLabel()
        self.calendar_warning.setObjectName("calendarWarning")
        self.calendar_warning.setStyleSheet("color: #b00020; font-weight: bold;")
        self.calendar_warning.setVisible(False)
        # The room the hall, counter, clerk, date and shift leave; it elides, they do not.
        self.calendar_warning.setSizePolicy(
            QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred
        )
        bar.addWidget(self.calendar_warning, 1)
        self.refresh_status()
        self.check_calendar()

    def check_calendar(self) -> None:
        """Tell administrators when the holiday data does not cover this year or the next;
        checked again when the Administration area's calendar changes."""
        if not self._services.actor.can(Permission.SETTINGS_ADMIN):
            return
        try:
            years = self._services.calendar.years_without_holiday_data()
        except CounterError:
            return
        if years:
            self.calendar_warning.setText(
                self.tr(
                    "No holiday data for {years}: deadlines count Monday to Friday only. "
                    "Enter the holidays and make-up working days as calendar overrides."
                ).format(years=", ".join(str(y) for y in years))
            )
        self.calendar_warning.setVisible(bool(years))

    def refresh_status(self) -> None:
        self.loads.run(
            "status",
            self._services.status.current,
            self._show_status,
            lambda exc: self.statusBar().showMessage(error_message(exc)),
        )

    def _show_status(self, status: CounterStatus) -> None:
        self.statusBar().clearMessage()
        hall = (
            f"{status.hall_name} ({status.hall_code})" if status.hall_code else self.tr("Company")
        )
        self.status_hall.setText(self.tr("Hall: {hall}").format(hall=hall))
        counter = (
            self.tr("Counter {n}").format(n=status.counter_number)
            if status.counter_number is not None
            else self.tr("No counter")
        )
        self.status_counter.setText(counter)
        self.status_clerk.setText(
            self.tr("Clerk: {name} [{no}]").format(name=status.user_name, no=status.employee_no)
        )
        self.status_date.setText(
            self.tr("Business date: {date}").format(date=date_text(status.business_date))
        )
        self.status_shift.setText(
            self.tr("Shift: open") if status.shift_open else self.tr("Shift: not open")
        )

    # ------------------------------------------------------------------ lock and sign-out

    @property
    def locked(self) -> bool:
        return self._locked

    def lock_screen(self) -> None:
        if self._locked:
            return
        self._locked = True
        self.idle.pause()
        # The work itself is hidden too, not only covered: nothing of it shows should the
        # window manager put the lock anywhere else.
        content = self.centralWidget()
        assert content is not None  # set once, in __init__
        focus = self.focusWidget()
        content.setVisible(False)
        oplog.screen_locked(self._services.actor.employee_no)
        dialog = LockDialog(self._auth, self._services.actor, self)
        self.lock_dialog = dialog
        # The banner is hidden with the work; the lock says that an emergency waits.
        dialog.show_alerts(len(self.alert_banner.pending()))
        self.alert_banner.changed.connect(dialog.show_alerts)
        result = dialog.exec()
        self.alert_banner.changed.disconnect(dialog.show_alerts)
        self._locked = False
        self.lock_dialog = None
        dialog.deleteLater()
        content.setVisible(True)
        if focus is not None and shiboken6.isValid(focus) and content.isAncestorOf(focus):
            focus.setFocus()
        if result == LockDialog.SIGN_OUT:
            if self.sign_out():
                return
            # Kept signed in: the work stays behind the lock.
            self.lock_screen()
            return
        self.idle.start()

    def confirm_sign_out(self) -> bool:
        """With a shift open, ask first and say that the shift stays open."""
        shift_open = self._shift_open()
        if not shift_open:
            return True
        return msgbox.question(
            self,
            self.tr("Sign out"),
            self.tr(
                "Your shift is still open. Signing out does not close it: it stays open until "
                "you close it with the cash count. Sign out now?"
            ),
        )

    def _shift_open(self) -> bool:
        try:
            return self._services.status.current().shift_open
        except CounterError:
            return False

    def sign_out(self) -> bool:
        """Sign out (after asking when a shift is open); ``False`` when the user stays."""
        if not self.confirm_sign_out():
            return False
        oplog.signed_out(self._services.actor.employee_no, shift_open=self._shift_open())
        self._signing_out = True
        self.idle.pause()
        app = QApplication.instance()
        if app is not None:
            app.removeEventFilter(self.idle)
        self.close()
        self.signed_out.emit()
        return True

    def closeEvent(self, event: QCloseEvent) -> None:
        self.idle.pause()
        app = QApplication.instance()
        if app is not None:
            app.removeEventFilter(self.idle)
        self._status_timer.stop()
        self.alert_banner.stop()
        self.connection_banner.stop()
        super().closeEvent(event)
