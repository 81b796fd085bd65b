"""No route in the main window leads a counter user to the auditor's or administrator's areas
(docs/domain.md §1): not the area list, not a shortcut, not a menu, not a link between pages.
The services refuse them too (tests/unit/test_role_routes.py); this is the screen's part."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from counter_app.context import AppContext
from counter_app.services.demo import DEMO_PASSWORD
from counter_app.views.main_window import AREAS, MainWindow
from counter_app.views.pages import build_pages, connect_pages

SHORTCUT = {a.key: a.shortcut for a in AREAS}


def _window(qtbot: QtBot, ctx: AppContext, employee_no: str) -> MainWindow:
    """The signed-in user's main window with the real pages and links, active."""
    services = ctx.services_for(ctx.auth.sign_in(employee_no, DEMO_PASSWORD, 1))
    window = MainWindow(services, ctx.auth, pages=build_pages(services, ctx.config))
    connect_pages(window)
    qtbot.addWidget(window)
    window.show()
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window, timeout=20000)
    return window


def _shortcuts(window: MainWindow) -> set[str]:
    """Every key sequence an action of the window (its menus included) answers to."""
    return {
        sequence.toString()
        for action in window.findChildren(QAction)
        for sequence in action.shortcuts()
        if action.isEnabled()
    }


@pytest.mark.parametrize(
    ("employee_no", "closed"),
    [("G1001", ("audit", "admin")), ("M1001", ("audit", "admin")), ("A1001", ("admin",))],
)
def test_no_route_leads_a_counter_user_to_the_back_office(
    qtbot: QtBot, ctx: AppContext, en: QApplication, employee_no: str, closed: tuple[str, ...]
) -> None:
    window = _window(qtbot, ctx, employee_no)
    start = window.current_area()
    listed = [window.nav.item(i).data(Qt.ItemDataRole.UserRole) for i in range(window.nav.count())]
    for key in closed:
        assert key not in listed
        assert window.page(key) is None
        assert QKeySequence(SHORTCUT[key]).toString() not in _shortcuts(window)
        key_number = getattr(Qt.Key, f"Key_{SHORTCUT[key][-1]}")
        qtbot.keyClick(window, key_number, Qt.KeyboardModifier.ControlModifier)
        assert window.current_area() == start  # the shortcut does nothing
        window.show_area(key)  # what a link between pages would call
        assert window.current_area() == start
    # The keys do reach the window: an area the user has opens by its shortcut.
    other = next(key for key in listed if key != start)
    qtbot.keyClick(
        window, getattr(Qt.Key, f"Key_{SHORTCUT[other][-1]}"), Qt.KeyboardModifier.ControlModifier
    )
    assert window.current_area() == other
    titles = {a.text() for a in window.findChildren(QAction)}
    assert not titles & {window.area_title(key) for key in closed}  # nor a menu entry
