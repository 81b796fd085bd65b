"""The manager's dashboard shows today's figures as the database has them, and keeps them
current by itself without holding up the window."""

from __future__ import annotations

import threading
import uuid
from decimal import Decimal

import pytest
from payment_screen import debtor
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot
from sqlalchemy import func, select

from counter_app.context import AppContext, Services
from counter_app.db.models import Account, Payment, PaymentTender
from counter_app.domain.enums import PaymentStatus, Tender
from counter_app.services.demo import DEMO_PASSWORD
from counter_app.services.payments.dto import PaymentRequest, TenderLine
from counter_app.views.labels import tender_label
from counter_app.views.reports.dashboard import DashboardView


def services_of(ctx: AppContext, employee_no: str, counter: int = 1) -> Services:
    return ctx.services_for(ctx.auth.sign_in(employee_no, DEMO_PASSWORD, counter))


def pay(ctx: AppContext, clerk: Services, amount: str, tender: str) -> None:
    with ctx.db.read() as s:
        account_id = s.execute(select(Account.id).where(Account.number == debtor(ctx))).scalar_one()
    clerk.payments.take_payment(
        PaymentRequest(
            account_id=account_id,
            amount=Decimal(amount),
            tenders=[TenderLine(tender, Decimal(amount), "" if tender == "cash" else "88")],
            idempotency_key=uuid.uuid4().hex,
        )
    )


def takings_by_tender(ctx: AppContext, shift_ids: list[int]) -> dict[Tender, Decimal]:
    """Today's takings by tender, from the tender rows themselves."""
    with ctx.db.read() as s:
        rows = s.execute(
            select(PaymentTender.tender, func.sum(PaymentTender.amount))
            .join(Payment, Payment.id == PaymentTender.payment_id)
            .where(Payment.shift_id.in_(shift_ids), Payment.status == PaymentStatus.COMPLETED)
            .group_by(PaymentTender.tender)
        ).all()
    return {Tender(t): Decimal(a) for t, a in rows}


def test_the_dashboard_shows_today_and_refreshes_itself(
    qtbot: QtBot, ctx: AppContext, en: QApplication
) -> None:
    clerk = services_of(ctx, "G1001")
    shift = clerk.shifts.open_shift(Decimal("500.00"))
    pay(ctx, clerk, "86.40", "cash")
    pay(ctx, clerk, "120.00", "wechat")
    manager = services_of(ctx, "M1001", 3)
    view = DashboardView(manager.reports, refresh_ms=150)
    qtbot.addWidget(view)
    with qtbot.waitSignal(view.refreshed, timeout=10_000):
        view.show()  # shown: reads at once, then on its timer
    board = view.dashboard
    assert board is not None
    expected = takings_by_tender(ctx, [shift.shift_id])
    assert dict(board.by_tender)[Tender.CASH] == expected[Tender.CASH]
    assert dict(board.by_tender)[Tender.WECHAT] == expected[Tender.WECHAT]
    assert board.takings_total == sum(expected.values()) == Decimal("206.40")
    assert view.takings.value.text() == "¥206.40"
    assert "2 transactions" in view.takings.note.text()
    bars = dict(view.by_tender.bars())
    assert bars[tender_label(Tender.WECHAT)] == Decimal("120.00")
    assert sum(v for _, v in view.by_hour.bars()) == Decimal("206.40")
    assert dict(view.by_hour.bars())["09"] == Decimal("206.40")  # the fixed clock's hour
    counters = {r.counter_number: r for r in view.counters_model.rows}
    assert counters[1].shift_open
    assert counters[1].clerk_employee_no == "G1001"
    assert not counters[2].shift_open
    assert "target 98.0 %" in view.satisfaction.note.text()

    # A payment at the counter shows on the next refresh, by the dashboard's own timer.
    pay(ctx, clerk, "13.60", "cash")
    assert view.timer.isActive()
    with qtbot.waitSignal(view.refreshed, timeout=10_000):
        pass
    assert view.takings.value.text() == "¥220.00"
    assert view.dashboard is not None
    assert view.dashboard.transactions == 3

    # Off screen, it stops reading.
    view.hide()
    assert not view.timer.isActive()


def test_a_shift_open_past_its_business_date_is_flagged(
    qtbot: QtBot, ctx: AppContext, en: QApplication
) -> None:
    clerk = services_of(ctx, "G1001")
    clerk.shifts.open_shift(Decimal("500.00"))
    ctx.clock.advance(days=1)  # type: ignore[attr-defined]
    manager = services_of(ctx, "M1001", 3)
    view = DashboardView(manager.reports)
    qtbot.addWidget(view)
    with qtbot.waitSignal(view.refreshed, timeout=10_000):
        view.show()
    row = view.counters_model.find_row(lambda r: r.counter_number == 1)
    index = view.counters_model.index(row, 2)
    assert view.counters_model.data(index) == "Open past its business date"
    assert view.counters_model.data(index, 9) is not None  # ForegroundRole: in red
    QApplication.processEvents()


def test_the_dashboard_reads_off_the_gui_thread_and_the_window_answers_meanwhile(
    qtbot: QtBot, ctx: AppContext, en: QApplication, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A read that takes its time (a slow database) runs in the worker: the GUI thread keeps
    serving its events, and a refresh asked for meanwhile starts no second read."""
    manager = services_of(ctx, "M1001", 3)
    gui = threading.get_ident()
    release = threading.Event()
    readers: list[int] = []
    read = manager.reports.dashboard

    def slow_read() -> object:
        readers.append(threading.get_ident())
        release.wait(10)
        return read()

    monkeypatch.setattr(manager.reports, "dashboard", slow_read)
    view = DashboardView(manager.reports, refresh_ms=60_000)
    qtbot.addWidget(view)
    ticks: list[int] = []
    heartbeat = QTimer()
    heartbeat.setInterval(10)
    heartbeat.timeout.connect(lambda: ticks.append(1))
    heartbeat.start()
    try:
        view.show()
        qtbot.waitUntil(lambda: bool(readers), timeout=10_000)
        qtbot.waitUntil(lambda: len(ticks) >= 5, timeout=10_000)  # the read is still held
        assert view.loading
        view.refresh()  # 立即刷新 while reading: no second read
        with qtbot.waitSignal(view.refreshed, timeout=10_000):
            release.set()
    finally:
        heartbeat.stop()
        release.set()
    assert readers == [readers[0]]
    assert gui not in readers
    assert view.dashboard is not None
