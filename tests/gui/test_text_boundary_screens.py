"""A control character or a page of text typed on a screen is answered in words beside what
was typed, in the user's language (docs/domain.md §11 "Text at the boundary")."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from counter_app.context import AppContext
from counter_app.services.customers import CustomerService
from counter_app.services.demo import DEMO_PASSWORD
from counter_app.views.customers.search_page import CustomerSearchPage


def _page(qtbot: QtBot, ctx: AppContext) -> CustomerSearchPage:
    actor = ctx.auth.sign_in("G1001", DEMO_PASSWORD, 1)
    page = CustomerSearchPage(CustomerService(ctx.db, ctx.clock, actor), ctx.clock)
    qtbot.addWidget(page)
    page.resize(1060, 700)
    page.show()
    return page


def test_a_nul_pasted_into_the_search_box_is_worded_in_chinese(
    qtbot: QtBot, ctx: AppContext, zh: QApplication, tmp_path: Path
) -> None:
    page = _page(qtbot, ctx)
    page.search_box.setText("张\x00三")  # a paste keeps the NUL
    page.flush_search()
    qtbot.waitUntil(lambda: "控制字符" in page.status.text(), timeout=20000)
    assert "U+0000" in page.status.text()
    assert "第 2 个字符" in page.status.text()
    assert page.search_box.text() == "张\x00三"  # kept as typed, to be corrected
    assert page.results_model.rows == ()
    page.grab().save(str(tmp_path / "search_nul.png"))


def test_ten_thousand_characters_pasted_into_the_search_box_are_answered_in_words(
    qtbot: QtBot, ctx: AppContext, en: QApplication
) -> None:
    page = _page(qtbot, ctx)
    page.search_box.setText("号" * 10_000)
    page.flush_search()
    # The box keeps what it takes; the search says it used only the beginning.
    qtbot.waitUntil(lambda: "too long" in page.status.text(), timeout=20000)
