"""The connection banner over the payment screen fits a 1366×768 counter monitor in Chinese and
English, and says what the clerk needs to know."""

from __future__ import annotations

import pytest
from pytestqt.qtbot import QtBot
from test_screen_fit import fit_problems

from counter_app.context import AppContext
from counter_app.domain.errors import DatabaseUnavailable
from counter_app.services.demo import DEMO_PASSWORD
from counter_app.views.main_window import MainWindow
from counter_app.views.pages import build_pages, connect_pages


@pytest.mark.parametrize("language", ["zh", "en"])
def test_the_banner_over_the_payment_screen_fits_the_screen(
    qtbot: QtBot,
    ctx: AppContext,
    request: pytest.FixtureRequest,
    monkeypatch: pytest.MonkeyPatch,
    language: str,
) -> None:
    request.getfixturevalue(language)
    services = ctx.services_for(ctx.auth.sign_in("G1001", DEMO_PASSWORD, 1))

    def no_answer() -> None:
        raise DatabaseUnavailable("connection refused")

    monkeypatch.setattr(services.status, "ping", no_answer)
    window = MainWindow(services, ctx.auth, pages=build_pages(services, ctx.config))
    connect_pages(window)
    qtbot.addWidget(window)
    window.show()
    window.show_area("payments")
    qtbot.waitUntil(window.connection_banner.isVisible, timeout=20_000)
    title = window.connection_banner.title.text()
    assert title == (
        "中央数据库无法连接 — 正在重试…"
        if language == "zh"
        else "The central database cannot be reached — retrying…"
    )
    assert fit_problems(window, language) == []
